/**
 * Negation: which words negate, and which look like they do but are fixed
 * polite idioms or ordinary words (`不好意思`, `特别`, `是不是`, `no problem`).
 *
 * Matching is leftmost-longest, so an idiom entry hides the negator inside it.
 */
import { leftmostLongest } from '../matcher.js'
import type { Lexicon, LexiconEntry, Match, RuleContext } from '../types.js'

/** A negation lexicon entry. */
export interface NegationEntry extends LexiconEntry {
  /** `false` for idioms and words that only contain a negator. */
  readonly negation: boolean
}

const negators: readonly NegationEntry[] = [
  { match: ['不', '没', '没有', '别', '无法', '不能', '不行', '不可以', '不会', '不要', '不用', '未', '勿', '莫', '甭', '无'], negation: true },
  {
    match: [
      'not', 'no', 'never', 'cannot', 'unable', 'nothing', 'none', 'nobody', 'nowhere', 'neither', 'nor',
      "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't",
      "shouldn't", "couldn't", "haven't", "hasn't", "hadn't", "mustn't", "needn't", "ain't",
    ],
    negation: true,
  },
]

/** Idioms and ordinary words that contain a negator without negating anything. */
const notNegations: readonly NegationEntry[] = [
  // Polite idioms (001: 多用敬语).
  { match: ['不好意思', '不客气', '没关系', '不错', '不用谢', '别客气', '不谢', '没事', '没问题', '不要紧', '不敢当', '没错', '不便', '不小心'], negation: false },
  // Conjunctions and adverbs.
  { match: ['不过', '不仅', '不但', '不管', '不论', '无论', '不少', '不断', '不久', '不妨', '不如', '不然', '不只', '不光', '差不多', '了不起', '要不', '不同', '毫无疑问', '未来', '莫名'], negation: false },
  // A-not-A questions ask; they do not negate.
  {
    match: ['是不是', '有没有', '能不能', '可不可以', '会不会', '好不好', '行不行', '对不对', '要不要', '需不需要', '用不用', '喜不喜欢', '合不合适', '满不满意', '在不在', '收没收到', '到没到', '够不够', '大不大', '小不小'],
    negation: false,
  },
  // Words with 别 or 无 that name things.
  { match: ['别人', '别的', '特别', '区别', '分别', '告别', '类别', '级别', '性别', '识别', '别致', '差别', '个别', '辨别', '鉴别', '别墅', '别针'], negation: false },
  { match: ['无线', '无忧', '无限', '无缝', '无糖', '无添加', '无理由', '无门槛', '无损', '无偿', '无印', '无菌', '无痕', '无骨', '无袖', '无框', '无籽', '无刺激', '无异味', '无色'], negation: false },
  { match: ['约莫'], negation: false },
  // English.
  {
    match: [
      'no problem', 'no problems', 'not a problem', 'no worries', 'not at all', "don't hesitate", 'do not hesitate', 'not only',
      'no matter', 'no later than', 'at no extra cost', 'at no cost', 'no extra charge', 'no charge', "can't wait", 'no doubt',
      'nothing to worry', 'never mind', 'no longer than',
    ],
    negation: false,
  },
]

/** Negators and the idioms that hide them, as one lexicon for the shared pass. */
export const negationLexicon: Lexicon<NegationEntry> = [...negators, ...notNegations]

/** The negations of a reply (outside quotation marks), idioms left out. */
export function findNegations(context: Pick<RuleContext, 'find'>): Match<NegationEntry>[] {
  return leftmostLongest(context.find(negationLexicon)).filter((match) => match.entry.negation)
}
