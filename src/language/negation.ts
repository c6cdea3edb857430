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
  { match: ['不', '没', '没有', '别', '无法', '不能', '不行', '不可以', '不会', '不要', '不用', '未', '勿', '莫', '甭'], negation: true },
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
  // Four-character idioms and set phrases with a negator inside that negate no claim (`爱不释手`,
  // `供不应求`), and the polite close `不知还有什么可以帮到您`.
  {
    match: [
      '供不应求', '无微不至', '情不自禁', '独一无二', '不计其数', '不厌其烦', '不亦乐乎', '无与伦比', '美不胜收', '应接不暇', '络绎不绝', '不折不扣', '一丝不苟', '层出不穷',
      '不出意外', '万无一失', '不知还有', '不知道还有', '不知您还有',
    ],
    negation: false,
  },
  { match: ['别人', '别的', '特别', '区别', '分别', '告别', '类别', '级别', '性别', '识别', '别致', '差别', '个别', '辨别', '鉴别', '别墅', '别针'], negation: false },
  { match: ['无线', '无忧', '无限', '无缝', '无糖', '无添加', '无理由', '无门槛', '无损', '无偿', '无印', '无菌', '无痕', '无骨', '无袖', '无框', '无籽', '无刺激', '无异味', '无色'], negation: false },
  { match: ['约莫'], negation: false },
  // Found reviewing fewer-negatives on the corpus: polite replies, materials and product
  // features (names, not statements), adjectives, intensifiers and set phrases.
// Polite idioms beyond the shared list (001: 多用敬语).
  // Reassurance: `不用担心` says "rest assured" (001 recommends comforting the customer).
  { match: ['不用担心', '不必担心', '别担心', '无需担心', '不用着急', '别着急', '不着急'], negation: false },
  { match: ['不用客气', '不必客气', '没有问题', '没什么问题', '没啥问题', '没有关系', '不麻烦', '不辛苦', '不打扰', '对不起', '对不住', '过意不去'], negation: false },
  // Materials, product names and product features: names, not statements.
  {
    match: [
      '不锈钢', '不粘锅', '不粘', '不织布', '不干胶', '不倒翁', '不规则', '不对称', '无纺布', '无钢圈', '无毒', '无甲醛', '无荧光剂',
      '无磷', '无酒精', '无香精', '无防腐剂', '无硅油', '无蔗糖', '无麸质', '无公害', '无铅', '无叶', '无刷', '无级', '无极', '无息',
      '无人机', '无尘', '无条件', '无水', '勿扰',
    ],
    negation: false,
  },
  // Adjectives and nouns (`没有不良反应` is a plain negation, not a double one).
  { match: ['不良', '不适', '不足之处', '不妥', '不当', '不法', '不利', '不幸', '不安'], negation: false },
  // Intensifiers and set phrases with a positive meaning.
  {
    match: [
      '无比', '无敌', '无数', '无误', '有无', '前所未有', '莫过于', '不止', '不限', '不定期', '不时', '不失为', '不愧', '不禁',
      '不胜感激', '不可思议', '不可或缺', '必不可少', '不可多得', '不可替代', '迫不及待', '爱不释手', '不见不散', '不知不觉', '不一会',
      '不由得', '不得了', '忍不住', '不在话下', '不言而喻', '不遗余力', '毫不犹豫', '不容错过', '不可错过', '不能错过', '不得不说',
      '别提', '别家', '别处', '别样', '别具', '别名', '别称', '网别', '组别', '有别于', '离别', '别离', '道别', '送别', '无故', '无缘无故', '无端', '无奈', '无聊', '无辜', '无意', '无私', '意想不到',
      '少不了', '说不定', '没准', '怪不得', '恨不得', '巴不得', '大不了', '不要不要的',
    ],
    negation: false,
  },
  // English.
  {
    match: [
      "don't mention it", 'no wonder', 'not to mention', 'no questions asked', 'no sweat', "can't go wrong", 'cannot go wrong',
      "can't beat", "can't thank", "can't recommend", "can't miss", "can't believe", "can't get enough",
    ],
    negation: false,
  },
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
