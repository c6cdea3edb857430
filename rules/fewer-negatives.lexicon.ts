/**
 * Word lists of `fewer-negatives` (000 "少说否定句"; 001 "尽量少用'不'字").
 *
 * The negators themselves come from the shared `negationLexicon`
 * (`src/language/negation.ts`); these lists add what the rule needs on top:
 * words that only contain a negator, double negatives, and positive rewrites.
 */
import { chineseConditions } from '../src/language/classes.js'
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A double negative and its positive form. */
export interface DoubleNegativeEntry extends LexiconEntry {
  /** The positive form, best first (`[]` when none reads naturally in place). */
  readonly expected: readonly string[]
}

/** Words that open a condition: `如果没有` is "if not", a clause of its own even without a comma. */
export const conditionWords: readonly string[] = [...chineseConditions, '若', '如']

/**
 * Double negatives written out, with their positive forms. Others are found
 * by the rule from the negations themselves (two negations with at most a
 * `doubleNegativeGaps` word between them).
 */
export const doubleNegatives: Lexicon<DoubleNegativeEntry> = [
  { match: ['不是不可以', '不是不能', '不是不行', '并不是不可以', '并不是不能', '也不是不可以', '也不是不能', '没有不可以', '没什么不可以'], expected: ['可以'] },
  { match: ['不能不', '不得不'], expected: ['需要', '只能'] },
  { match: ['不会不'], expected: ['会'] },
  { match: ['不可能不'], expected: ['一定会'] },
  { match: ['不会没有', '不会没'], expected: ['会有'] },
  { match: ['不是没有', '并不是没有', '不是没', '并非没有'], expected: ['有'] },
  // `如果没有不用提供的`: a condition ("if not") and then a new clause, not "none fails to".
  { match: ['没有不', '没有一个不', '无一不'], notAfter: conditionWords, expected: ['都'] },
  { match: ['没有人不', '没有谁不'], expected: ['大家都'] },
  { match: ['未必不'], expected: ['也许'] },
  { match: ["can't not", 'cannot not', "couldn't not"], expected: ['have to'] },
  { match: ["won't not"], expected: ['will'] },
  { match: ['never not'], expected: ['always'] },
]

/**
 * Words between two negations that still make them one double negative
 * (`不是不`, `不可能不`, `没有人不`, `can't say no`). Normalised text.
 */
export const doubleNegativeGaps: ReadonlySet<string> = new Set([
  '', '是', '说', '是说', '会', '能', '敢', '该', '得', '可能', '人', '一个', '一', '谁', '哪个', '什么', '并',
  ' ', ' be ', ' have ', ' say ', ' do ', ' get ', ' even ', ' really ', ' just ', ' exactly ', ' entirely ', ' completely ',
  ' totally ', ' altogether ',
])

/** An English word with a negative prefix and its positive stem. */
export interface NegativeWordEntry extends LexiconEntry {
  /** The word without its negative prefix. */
  readonly positive: string
}

const negativeWord = (match: string, positive: string): NegativeWordEntry => ({ match, positive })

/**
 * English words with a negative prefix: after a negation they make a double
 * negative (`not unlike`, `not impossible`, `isn't unusual`, `not without`).
 */
export const negativeWords: Lexicon<NegativeWordEntry> = [
  negativeWord('unlike', 'like'),
  negativeWord('impossible', 'possible'),
  negativeWord('without', 'with'),
  negativeWord('uncommon', 'common'),
  negativeWord('unusual', 'usual'),
  negativeWord('unlikely', 'likely'),
  negativeWord('unreasonable', 'reasonable'),
  negativeWord('unhappy', 'happy'),
  negativeWord('unavailable', 'available'),
  negativeWord('unimportant', 'important'),
  negativeWord('untrue', 'true'),
  negativeWord('unsure', 'sure'),
  negativeWord('unknown', 'known'),
  negativeWord('unaware', 'aware'),
  negativeWord('unfair', 'fair'),
  negativeWord('unclear', 'clear'),
  negativeWord('unhelpful', 'helpful'),
  negativeWord('uncomfortable', 'comfortable'),
  negativeWord('unpleasant', 'pleasant'),
  negativeWord('unsuitable', 'suitable'),
  negativeWord('unsafe', 'safe'),
  negativeWord('unreliable', 'reliable'),
  negativeWord('unnecessary', 'necessary'),
  negativeWord('unaffordable', 'affordable'),
  negativeWord('incorrect', 'correct'),
  negativeWord('inaccurate', 'accurate'),
  negativeWord('invalid', 'valid'),
  negativeWord('improbable', 'probable'),
  negativeWord('insignificant', 'significant'),
  negativeWord('incapable', 'capable'),
  negativeWord('inconvenient', 'convenient'),
  negativeWord('infrequent', 'frequent'),
  negativeWord('irrelevant', 'relevant'),
  negativeWord('dissimilar', 'similar'),
  negativeWord('dislike', 'like'),
  negativeWord('disagree', 'agree'),
]

/** A negative phrase and the positive way to say it. */
export interface RewriteEntry extends LexiconEntry {
  /** What the agent would have said instead, best first. */
  readonly expected: readonly string[]
}

/**
 * Negative phrases with a positive rewrite that reads naturally in their
 * place (001 "尽量少用'不'字"). A longer phrase that takes its subject along
 * (`我们不知道`) wins over the shorter one inside it, so the rewrite never
 * doubles the subject.
 */
export const rewrites: Lexicon<RewriteEntry> = [
  // Returns and stock.
  { match: ['不能退', '不能退货', '不可以退', '不可以退货', '不支持退货', '退不了'], expected: ['可以为您办理换货'] },
  { match: ['没有货了', '没货了', '没有货', '没货', '没有现货', '没现货', '没有库存', '没库存'], expected: ['目前正在补货'] },
  {
    match: [
      '目前没货', '目前没有货', '现在没货', '现在没有货', '暂时没货', '暂时没有货', '暂时没有现货', '目前没有现货', '目前没货了', '目前没有货了',
      '现在没货了', '现在没有货了', '暂时没货了', '暂时没有货了',
    ],
    expected: ['目前正在补货'],
  },
  { match: ['还没发货', '还没有发货', '没有发货', '未发货', '还未发货', '尚未发货'], expected: ['正在安排发货'] },
  // Not knowing: offer to find out (002 "I don't know. Sorry dear" is the reply to improve).
  {
    match: [
      '不知道', '我不知道', '我们不知道', '也不知道', '还不知道', '不清楚', '我不清楚', '我们不清楚', '也不清楚', '还不清楚', '不太清楚',
      '我不太清楚', '我们不太清楚', '也不太清楚',
    ],
    // Only where the agent does not know: `在您不知道的情况下` speaks of the customer.
    notAfter: ['您', '你', '用户', '客户', '顾客', '他', '她', '他们'],
    notBefore: ['的'],
    expected: ['我们帮您确认一下'],
  },
  { match: ['这边不知道', '这边不清楚', '这边不太清楚'], expected: ['这边帮您确认一下'] },
  { match: ['不确定', '不太确定', '无法确定', '不能确定', '没法确定'], expected: ['需要帮您确认一下'] },
  // Price.
  { match: ['不能再便宜了', '不能再便宜', '不能再优惠了', '没办法再优惠了', '没办法再便宜了', '无法再优惠了', '没法再便宜了', '便宜不了了'], expected: ['已经是很优惠的价格了'] },
  { match: ['不贵', '不算贵'], expected: ['很实惠'] },
  // Reassurance.
  // (`不用担心`, `别着急` are reassurance idioms and not counted: see src/language/negation.ts.)
  { match: ['不要着急', '不要急', '别急', '不要担心'], expected: ['请您放心'] },
  { match: ['不要忘记', '不要忘了', '别忘了', '别忘记', '不要忘记了'], expected: ['记得'] },
  { match: ['不难', '不复杂'], expected: ['很简单'] },
  { match: ['不多了'], expected: ['有限了'] },
  { match: ['不会掉色', '不掉色', '不会褪色', '不褪色'], expected: ['色牢度很好'] },
  // English.
  { match: ["don't forget", 'do not forget'], expected: ['remember'] },
  { match: ["don't worry", 'do not worry'], expected: ['rest assured'] },
  { match: ["we don't know", 'we do not know', "i don't know", 'i do not know', "we're not sure", 'we are not sure', "i'm not sure", 'i am not sure'], expected: ["we'll find out"] },
  { match: 'not in stock', expected: ['being restocked'] },
  { match: ["isn't in stock", 'is not in stock'], expected: ['is being restocked'] },
  { match: ['not available yet', 'not out yet'], expected: ['coming soon'] },
  { match: ["isn't available yet", 'is not available yet'], expected: ['is coming soon'] },
  { match: ['not expensive'], expected: ['affordable'] },
  { match: ["isn't expensive", 'is not expensive'], expected: ['is affordable'] },
  { match: ['not difficult', 'not hard', 'not complicated'], expected: ['easy'] },
  { match: ["isn't difficult", 'is not difficult', "isn't hard", 'is not hard'], expected: ['is easy'] },
  { match: ["won't take long", 'will not take long'], expected: ['will be quick'] },
  { match: ["hasn't shipped yet", "hasn't been shipped yet", 'has not shipped yet', 'has not been shipped yet'], expected: ['is being prepared for shipping'] },
]

/** The negations that close such a condition by themselves (`如果没有，不用提供`). */
export const conditionalNegations: ReadonlySet<string> = new Set(['没有', '没', '不是', '不'])

