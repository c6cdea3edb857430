/**
 * Courtesy phrases several rules look for: apologies, thanks and greetings.
 */
import type { Lexicon, LexiconEntry, RuleContext } from '../types.js'

/** Apologies (000 "在拒绝的时候，一定要说抱歉的话"). */
export const apologyLexicon: Lexicon<LexiconEntry> = [
  { match: ['抱歉', '不好意思', '对不起', '请见谅', '见谅', '请谅解', '谅解', '遗憾', '歉意', '致歉', '道歉', '失礼', '打扰了'] },
  { match: ['sorry', 'apologise', 'apologize', 'apologies', 'apology', 'apologising', 'apologizing', 'regret', 'unfortunately', 'our bad', 'pardon'] },
  { match: ['包涵', '可惜', '对不住', '过意不去', '给您添麻烦', '添麻烦了'] },
  // Asking the customer to understand or bear with a refusal, as `请谅解` does (readers of two readings).
  { match: ['请您理解', '请理解', '还请理解', '还请您理解', '敬请理解', '望理解', '望您理解', '多多理解', '请您体谅', '请体谅', '还请体谅', '还请您体谅', '多多体谅', '望体谅'] },
  { match: ["i'm afraid", 'i am afraid', "we're afraid", 'we are afraid', 'afraid not', 'sadly', 'regrettably'] },
]

/** Thanks (003 "無論購買與不購買，都要用真心感謝顧客的光顧"). */
export const thanksLexicon: Lexicon<LexiconEntry> = [
  { match: ['谢谢', '感谢', '多谢', '谢啦', '谢了', '谢谢您', '劳您', '辛苦了', '辛苦啦'] },
  // `辛苦您了`, `辛苦您久等` thank; `辛苦您点击…评价` asks for a step.
  {
    match: '辛苦您',
    notBefore: ['点', '给', '帮', '再', '提供', '发', '拍', '填', '确认', '留意', '注意', '耐心等', '稍等', '查看', '联系', '配合', '操作', '评价', '关注', '保持', '签收', '核对', '检查', '告诉', '回复', '先'],
  },
  { match: ['thank', 'thanks', 'thx', 'appreciate', 'appreciated', 'grateful'] },
]

/** Greetings (003 "您好，我是客服奧黛麗，很高興為您服務"). */
export const greetingLexicon: Lexicon<LexiconEntry> = [
  { match: ['您好', '你好', '亲', '哈喽', '哈啰', '嗨', '早上好', '上午好', '中午好', '下午好', '晚上好', '欢迎光临', '欢迎', '很高兴为您服务', '哈妮', '宝宝', '小主'] },
  {
    match: [
      'hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening', 'greetings', 'welcome',
      // Thanking the customer for coming is how English support replies greet.
      'thanks for reaching out', 'thank you for reaching out', 'thanks for contacting us', 'thank you for contacting us',
      'thanks for getting in touch', 'thank you for getting in touch', 'thanks for the shout out', 'thanks for the shoutout',
    ],
  },
  // Greetings of the season greet wherever they stand (`老徐，新年快乐啊`, `端午节快乐。`), and warm a reply.
  {
    match: [
      '新年快乐', '新年好', '春节快乐', '节日快乐', '中秋快乐', '中秋节快乐', '国庆快乐', '元旦快乐', '圣诞快乐', '端午安康', '端午快乐', '端午节快乐', '周末愉快',
      'happy new year', 'happy holidays', 'merry christmas', 'happy thanksgiving', 'happy halloween', 'happy friday', 'happy monday',
    ],
  },
]

/** Whether the reply holds any entry of `lexicon` outside quotation marks. */
export function has(context: Pick<RuleContext, 'find'>, lexicon: Lexicon<LexiconEntry>): boolean {
  return context.find(lexicon).length > 0
}
