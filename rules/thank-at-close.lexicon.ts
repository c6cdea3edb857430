/**
 * What tells `thank-at-close` that the customer is leaving, and the thanks
 * it suggests (003 "好的，謝謝您，買不買都是朋友").
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** The customer is leaving, wherever in the message they say so. */
export const leaving: Lexicon<LexiconEntry> = [
  {
    match: [
      '考虑一下', '考虑考虑', '再考虑', '我再看看', '再看看吧', '先看看', '再说吧', '不买了', '下次吧', '下次再买', '拜拜', '再见',
      '先这样',
    ],
  },
  {
    match: [
      'bye', 'goodbye', 'see you later', 'see you soon', 'see ya', "i'll think about it", 'i will think about it', 'think it over', "i'll pass", 'never mind',
      'maybe later', 'not now', 'no thanks',
    ],
  },
]

/**
 * Thanks and "nothing else": a goodbye only when it is the whole message
 * (`好的谢谢`, `没有了`), not the end of a request (`帮我改一下地址，谢谢`).
 */
export const closingOnly: Lexicon<LexiconEntry> = [
  { match: ['谢谢', '谢谢你', '谢谢您', '多谢', '感谢', '谢啦', '谢了', '没有了', '没别的了', '没其他问题了', '没有其他问题了', '没事了'] },
  // `不要了` and `算了` are mostly about an order (`这个音箱不要了`) or a complaint.
  { match: ['不要了', '算了'] },
  { match: ['thanks', 'thank you', 'thx', "that's all", 'that is all', 'all good', 'nothing else'] },
]

/** Words that may stand beside the thanks in a goodbye (`好的，谢谢！`). */
export const acknowledgements: Lexicon<LexiconEntry> = [
  { match: ['好的', '好滴', '好嘞', '好', '嗯嗯', '嗯', '恩', '哦', '行', '可以', '没问题', '收到', '知道了', '亲', '啦', '哈', '了'] },
  { match: ['ok', 'okay', 'great', 'cool', 'got it', 'alright', 'perfect', 'so much', 'a lot', 'again'] },
]

/** An answer to thanks: courteous on its own (`不客气`, `you're welcome`). */
export const welcomes: Lexicon<LexiconEntry> = [
  { match: ['不客气', '您客气', '客气了', '客气啦', '太客气', '别客气', '不用客气', '不用谢', '应该的', '这是我应该做的', '不谢'] },
  { match: ["you're welcome", 'you are welcome', 'my pleasure', 'anytime', 'any time', 'happy to help', 'glad to help', 'glad we could help', 'no problem'] },
]

/** How the suggested reply thanks the customer, by language. */
export const thanks = {
  zh: { afterAcknowledgement: '谢谢您，', alone: '谢谢您，买不买都是朋友，' },
  en: { alone: 'Thanks so much! ' },
} as const
