/**
 * Words `no-size-promise` reads (002 "尺碼只能建議，不要給買家保證一定可穿"; 003 item 11
 * "客服回覆只能建議尺碼 不要給買家保證一定可穿").
 *
 * A Chinese promise is a word of certainty (`肯定`, `保证`, `一定`) a few
 * characters before a word of fit (`合适`, `合身`, `能穿`), or a flat
 * "it's exactly right" (`穿正好`) said about a size. English promises are
 * whole phrases, each with the hedged wording that replaces it.
 */
import { classes } from '../src/language/classes.js'
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A word of fit, with the hedged form that replaces it. */
export interface FitEntry extends LexiconEntry {
  /**
   * What the word is about: `fit` is always about size (`合身`, `能穿`);
   * `generic` may be about a price or a colour too (`合适`), so it needs no
   * other topic in its clause; `size` needs a word of size in its clause
   * (`没问题`). "Exactly right" (`正好`, `正合适`) is the `exact-fit`
   * constructions'.
   */
  readonly topic: 'fit' | 'generic' | 'size'
  /** The hedged form, after `应该` (the engine writes the suggestion in the reply's script). */
  readonly hedged: string
}

/** Things a product is not worn for: the tail turns `能穿` into a claim of durability or season. */
const notWear = ['很久', '好久', '好几', '几年', '多年', '很多年', '一年', '两年', '到', '出去', '去']

/**
 * Verbs and degrees that make `合适` attributive or comparative (`选择合适的`, `更合适`);
 * `正合适` is the `exact-fit` constructions'.
 */
const notPredicative = ['不', '选择', '挑选', '选', '找', '找到', '挑', '有', '更', '最', '不太', '比较', '挺', '正', '正好', '刚好', '刚刚好']

/** Words of fit (`合适`, `合身`, `能穿`, `穿得下`). */
export const fits: Lexicon<FitEntry> = [
  { match: '合适', notAfter: notPredicative, topic: 'generic', hedged: '比较合适' },
  { match: '合身', notAfter: notPredicative, topic: 'fit', hedged: '比较合身' },
  { match: '合脚', notAfter: notPredicative, topic: 'fit', hedged: '比较合脚' },
  // Round 8: lying close and smooth on the body (`S码上身绝对服帖`).
  { match: '服帖', notAfter: notPredicative, topic: 'fit', hedged: '比较服帖' },
  { match: '适合您', notAfter: notPredicative, topic: 'size', hedged: '比较适合您' },
  { match: '适合你', notAfter: notPredicative, topic: 'size', hedged: '比较适合您' },
  { match: '能穿', notAfter: ['不'], notBefore: notWear, topic: 'fit', hedged: '能穿' },
  { match: '可以穿', notAfter: ['不'], notBefore: notWear, topic: 'fit', hedged: '可以穿' },
  { match: ['穿得下', '穿的下', '能穿下', '穿得上', '穿的上', '能穿上', '穿得进', '穿的进'], topic: 'fit', hedged: '穿得下' },
  { match: '够穿', notBefore: notWear, topic: 'fit', hedged: '够穿' },
  { match: ['不会小', '不会紧', '不会短', '不会挤脚', '不会夹脚', '不会勒'], topic: 'fit', hedged: '不会小' },
  { match: ['不会大', '不会太大', '不会偏大', '不会松', '不会长'], topic: 'fit', hedged: '不会大' },
  { match: ['没问题', '可以的'], topic: 'size', hedged: '没问题' },
]

/**
 * What the suggestion appends after the hedged fit,
 * after 002's own advice: only suggest a size, let the customer's measurements decide.
 */
export const tail = '，具体以您的实际尺寸为准'

/** Words between the certainty and the fit that the hedged wording drops (`一定会很合身` → `应该比较合身`). */
export const dropped: readonly string[] = [...'会是很都也就非常特别绝对的地']

/** The customer as the subject, kept before `应该` (`保证您穿得下` → `您应该穿得下`). */
export const customerWords: readonly string[] = ['您', '你', '妳', '亲', '親']

/** Words of certainty; `一定要` and `肯定要` are advice, `保证金` a deposit. */
export const certainties: Lexicon<LexiconEntry> = [
  { match: ['肯定', '一定', '绝对'], notBefore: ['要', '得', '程度'] },
  { match: '保证', notBefore: ['金', '书', '期'] },
  {
    match: ['百分百', '百分之百', '100%', '包您', '包你', '保准', '准保', '保管', '包管', '铁定', '必定', '妥妥', '稳稳', '一准', '绝对会', '肯定会', '一定会', '完全'],
  },
]

/**
 * Words that make a sentence advice or a guess (`建议`, `应该`, `一般`), or
 * doubt the promise (`很难保证`, `不敢保证`: the negation lexicon has `不`,
 * these have none).
 */
export const hedges: Lexicon<LexiconEntry> = [
  { match: ['应该', '可能', '一般', '大概', '估计', '比较', '建议', '推荐', '参考', '也许', '或许', '差不多', '基本', '大致', '如果', '要是', '的话', '看看', '试试'] },
]

/** Doubt that has no negator in it. */
export const doubts: Lexicon<LexiconEntry> = [{ match: ['很难', '难以', '谁也', '没人', '不敢', '没法', '没办法'] }]

/** Words that put a clause about size: the shared class (`码`, `尺码`, `身高`, `M码`, `size`). */
export const sizeWords: Lexicon<LexiconEntry> = classes.size

/** Topics `合适` may be about that are not size (a price can be `合适` too). */
export const otherTopics: Lexicon<LexiconEntry> = [
  {
    match: ['价', '颜色', '色系', '款式', '风格', '搭配', '时间', '快递', '物流', '送人', '送礼', '礼物', '场合', '季节', '天气', '年龄', '性价比', '配色', '图案', '味道', '口味'],
  },
]

/** An English promise, with its hedged replacement. */
export interface EnglishPromise extends LexiconEntry {
  /** What replaces the phrase. */
  readonly expected: readonly string[]
}

const adverbs = ['definitely', 'surely', 'certainly', 'absolutely', '100%', 'totally']
const subjects = ['it', 'they', 'you']
const things = ['it', 'they']

/** English promises that a size fits, each with its hedged wording. */
export const englishPromises: Lexicon<EnglishPromise> = [
  { match: adverbs.flatMap((a) => [`will ${a} fit`, `${a} will fit`]), expected: ['should fit'] },
  ...subjects.map((who) => ({ match: adverbs.map((a) => `${who}'ll ${a} fit`), expected: [`${who} should fit`] })),
  { match: adverbs.map((a) => `${a} fits`), expected: ['should fit'] },
  { match: adverbs.map((a) => `${a} fit`), expected: ['should fit'] },
  { match: ['will fit for sure', 'fits for sure', 'will fit 100%', 'fits 100%'], expected: ['should fit'] },
  { match: ['will fit you for sure', 'will fit you 100%'], expected: ['should fit you'] },
  { match: ['is guaranteed to fit'], expected: ['is likely to fit'] },
  { match: ['are guaranteed to fit'], expected: ['are likely to fit'] },
  { match: ["it's guaranteed to fit"], expected: ["it's likely to fit"] },
  { match: ['guaranteed to fit'], expected: ['likely to fit'] },
  {
    match: ['guarantee it will fit', "guarantee it'll fit", 'guarantee it fits', 'promise it will fit', "promise it'll fit", 'promise it fits'],
    expected: ['think it should fit'],
  },
  { match: ['guarantee they will fit', 'guarantee they fit', 'promise they will fit', 'promise they fit'], expected: ['think they should fit'] },
  {
    match: ['will fit you perfectly', 'fit you perfectly', 'will fit perfectly', 'fit perfectly', 'will fit you just right', 'fit you just right', 'will fit just right', 'fit just right'],
    expected: ['should fit you well'],
  },
  { match: ['fits you perfectly', 'fits perfectly', 'fits you just right', 'fits just right'], expected: ['should fit you well'] },
  { match: ['is a sure fit', 'is a guaranteed fit'], expected: ['should be a good fit'] },
  { match: ["you'll fit the", 'you will fit the'], expected: ['you should fit the'] },
  // Round 8: how it will sit or hang, promised (`Size 8 will sit perfectly on you`).
  { match: ['will sit perfectly on you', 'will sit perfectly', 'will hang perfectly on you', 'will look perfect on you', 'will sit just right on you', 'sits perfectly on you'], expected: ['should sit well on you'] },
  { match: ['no need to size up', 'no need to size down', "don't need to size up", "don't need to size down", 'no need to go up a size', 'no need to go down a size'], expected: ['you may not need to size up'] },
  ...things.map((who) => ({ match: [`${who}'ll fit you perfectly`, `${who}'ll fit perfectly`, `${who}'ll fit you just right`], expected: [`${who} should fit you well`] })),
  { match: 'will fit you', notAfter: ['that ', 'which ', 'who ', 'one '], expected: ['should fit you'] },
  // The future with going to (`the medium is going to fit you`).
  { match: ['is going to fit you', 'are going to fit you', "'s going to fit you", "'re going to fit you", 'is gonna fit you', 'are gonna fit you'], notAfter: ['that ', 'which ', 'who ', 'one '], expected: ['should fit you'] },
  { match: 'will fit you well', notAfter: ['that ', 'which ', 'who ', 'one '], expected: ['should fit you well'] },
  ...things.map((who) => ({ match: `${who}'ll fit you`, expected: [`${who} should fit you`] })),
  ...things.map((who) => ({ match: `${who}'ll fit you well`, expected: [`${who} should fit you well`] })),
  { match: ['is a perfect fit for you', 'will be a perfect fit', 'perfect fit for you'], expected: ['should be a good fit for you'] },
  { match: ["it's a perfect fit for you", "it'll be a perfect fit"], expected: ['it should be a good fit for you'] },
  { match: ['is exactly your size', 'is definitely your size', 'is your size for sure'], expected: ['should be your size'] },
  { match: ["it's exactly your size", "it's definitely your size", "it's your size for sure"], expected: ['it should be your size'] },
]

/** English words that make a phrase a condition, a check or a guess (`make sure it will fit you`, `if it fits`). */
export const englishHedges: Lexicon<LexiconEntry> = [
  { match: ['if', 'whether', 'make sure', 'to ensure', 'ensure', 'check', 'see', 'hope', 'hopefully', 'should', 'might', 'may', 'probably', 'likely', 'think', 'unless', 'not sure', 'no guarantee', "can't guarantee", 'cannot guarantee'] },
]

// Constructions (see `constructions` in no-size-promise.ts): word lists joined into pattern alternatives.

/**
 * Colloquial certainty: "it's a sure thing", said after a size (`M码准没错`,
 * `选L码稳了`, `闭眼入不会错`, `两个码都能穿`).
 */
export const sureThing = [
  '稳稳', '稳稳的', '稳了', '妥妥', '妥妥的', '准没错', '错不了', '不会错', '没跑', '没跑了', '就对了', '闭眼入', '闭眼买', '闭眼拍',
  '闭眼入不会错', '闭着眼睛买', '闭着眼睛拍', '放心拍', '放心入', '放心买', '大胆拍', '大胆入', '包合适', '包合身', '没毛病', '都能穿',
  '都可以穿', '都穿得下', '都合适', '随便穿', '一定行', '绝对行', '肯定行', '稳的', '绰绰有余', '一定没错', '肯定没错', '绝对没错', '保证没错',
].join('|')

/** Denials before the certainty (`不敢说…准没错`). */
export const denials = ['不敢', '不能', '没法', '无法', '很难', '不一定', '不好说', '说不准', '不保证'].join('|')

/** English assurance that it fits (`it'll fit, trust me`). */
export const englishSure = ['for_sure', 'guaranteed', 'no_doubt', 'without_a_doubt', 'no_question', '100%', 'i_promise', 'we_promise', 'trust_me', 'no_problem', 'for_certain'].join('|')

/** English words of certainty before a size (`you're definitely a medium`). */
export const englishCertain = ['definitely', '100%', 'for_sure', 'clearly', 'totally', 'absolutely', 'surely', 'certainly'].join('|')

/** "Exactly right" (`正好`, `正合适`), by the hedged word that replaces it. */
export const exactlyRight = ['正好合适', '刚好合适', '正合适', '刚刚好合适', '正好', '刚好', '刚刚好', '正正好'].join('|')
export const exactlyFitting = ['正好合身', '刚好合身', '正合身'].join('|')
export const exactlyOnFoot = ['正好合脚', '刚好合脚', '正合脚'].join('|')

/** Certainty before "exactly right" (`肯定正好`). */
export const certainBefore = ['肯定', '一定', '绝对', '保证', '百分百', '百分之百', '100%', '铁定', '保准', '准保', '妥妥', '包'].join('|')

/** What makes "exactly right" advice, a guess or a doubt (`应该正好`, `不一定正好`). */
export const exactHedges = [
  '应该', '可能', '一般', '大概', '估计', '比较', '建议', '推荐', '参考', '也许', '或许', '差不多', '基本', '大致', '如果', '要是', '的话', '看看',
  '试试', '不', '没', '很难', '不敢', '没法', '没办法', '谁也',
].join('|')

// Round 2 (families written from the phenomenon; see the rule page's Constructions).

/** Wearing it (`穿`, `上脚`): what a flat "no problem" about a size is said of. */
export const wearing = ['穿', '穿着', '穿上', '上身', '上脚', '穿起来', '穿进去'].join('|')

/** A flat "it's fine" about a size (`穿L码没问题`, `XL码足够了`). */
export const flatFit = ['没问题', '没毛病', 'no_problem', 'no_prob', 'np', '足够了', '足够', '够了', '完全ok', '完全可以', 'ok的', 'ok', '没压力', '轻松穿', '轻松驾驭', '妥妥的', '绰绰有余', '可以的'].join('|')

/** What makes a clause about a size advice, a guess or a doubt, or about an exchange (`换码没问题`). */
export const sizeHedges = [
  '应该', '可能', '一般', '大概', '估计', '比较', '建议', '推荐', '参考', '也许', '或许', '差不多', '基本', '大致', '如果', '要是', '的话',
  '不一定', '很难', '不敢', '没法', '担心', '怕', '会不会', '是否', '换', '退', '改', '调换', '补', '试试', '看看',
].join('|')

/** Too small or too big, denied (`不会小`). */
export const tooSmallOrBig = ['小', '大', '紧', '短', '挤脚', '夹脚', '勒', '磨脚', '松', '太小', '太大', '太紧', '太短', '太松', '卡脖子', '挤', '顶脚', '勒脚', '紧绷'].join('|')
export const wontBe = ['不会', '绝对不会', '肯定不会', '一点都不会', '一点也不会', '保证不会', '根本不会', '完全不会'].join('|')

/** "Trust me" before a size (`相信我，M码就是您的`). */
export const trustMe = ['相信我', '听我的', '信我', '包在我身上', '听小妹的', '信小妹', '相信小妹', '听客服的'].join('|')

/** The customer said to be a size, for certain (`您就是M码`). */
export const surelyIs = ['就是', '绝对是', '肯定是', '一定是', '百分百是', '妥妥的', '铁定是', '妥妥是'].join('|')

// English.

/** Sure it fits (`I'm sure the medium will fit`). */
export const englishSureOf = ["i'm_sure", 'i_am_sure', "we're_sure", 'we_are_sure', "i'm_certain", "we're_certain", 'i_promise', 'we_promise', 'i_guarantee', 'we_guarantee', 'trust_me', 'rest_assured', "i'm_confident", "we're_confident"].join('|')
/** Right for the customer (`will be perfect on you`). */
export const rightForYou = ['perfect', 'ideal', 'right', 'just_right', 'spot_on', 'no_problem', 'exactly_right', 'the_one', 'a_perfect_fit', 'a_great_fit'].join('|')
export const englishTooSmallOrBig = ['tight', 'small', 'big', 'loose', 'short', 'long', 'snug', 'baggy'].join('|')
