/**
 * What counts as apologising or thanking for a wait, and what
 * `apologise-for-wait` inserts (003 "讓您久等了（最好不要超過2分鐘）").
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** Words that acknowledge the wait anywhere in the reply. */
export const waitAcknowledgements: Lexicon<LexiconEntry> = [
  // Not `请耐心等待`: that asks for more waiting instead of acknowledging it.
  { match: ['久等', '让您等了', '让您等', '等了这么久', '等这么久', '感谢您的耐心', '谢谢您的耐心', '感谢您的等待', '谢谢您的等待', '感谢耐心等待', '回复晚了', '回复慢了', '来晚了', '晚回复'] },
  {
    match: [
      'sorry for the wait', 'sorry for the delay', 'sorry to keep you waiting', 'sorry about the wait', 'sorry about the delay',
      'thanks for waiting', 'thank you for waiting', 'thanks for your patience', 'thank you for your patience', 'apologies for the wait',
      'apologies for the delay', 'sorry for the late reply', 'sorry for the slow reply',
    ],
  },
]

/** What the fix inserts, by reply language. */
export const insertions = { zh: '让您久等了，', en: 'Sorry for the wait! ' } as const

/** A leading greeting the insertion goes after (`亲，让您久等了，…`). */
export const leadingGreetings: Lexicon<LexiconEntry> = [{ match: ['亲', '亲亲', '您好', '你好', '亲爱的', 'hi', 'hello', 'hey', 'hi there'] }]
