/**
 * What tells `thank-at-close` that the customer is leaving, and the thanks
 * it suggests (003 "好的，謝謝您，買不買都是朋友").
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** The customer signals the end of the conversation. */
export const closingSignals: Lexicon<LexiconEntry> = [
  {
    match: [
      '考虑一下', '考虑考虑', '再考虑', '我再看看', '再看看吧', '先看看', '再说吧', '不买了', '不要了', '算了', '下次吧', '下次再买',
      '好的谢谢', '好的,谢谢', '谢谢', '多谢', '拜拜', '再见', '先这样', '没别的了', '没有了', '没其他问题',
    ],
  },
  {
    match: [
      'bye', 'goodbye', 'see you', "i'll think about it", 'i will think about it', 'think it over', "i'll pass", 'never mind',
      "that's all", 'thanks', 'thank you', 'no thanks', 'maybe later', 'not now',
    ],
  },
]

/** How the suggested reply thanks the customer, by language. */
export const thanks = {
  zh: { afterAcknowledgement: '谢谢您，', alone: '谢谢您，买不买都是朋友，' },
  en: { alone: 'Thanks so much! ' },
} as const

/** Short acknowledgements a closing reply often starts with; the thanks goes right after them. */
export const acknowledgements: Lexicon<LexiconEntry> = [{ match: ['好的', '好滴', '好嘞', '好', '嗯嗯', '嗯', '没问题', '收到'] }]
