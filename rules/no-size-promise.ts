/**
 * no-size-promise: a size can only be suggested, never promised (002 "尺碼只能建議，
 * 不要給買家保證一定可穿"; 003 item 11).
 *
 *   您168cm穿M码绝对合适哦  →  您168cm穿M码应该比较合适，具体以您的实际尺寸为准哦
 *
 * Advice (`建议您选L码`), a refusal to promise (`尺码没法保证哦`) and what a
 * size fits in general (`L码适合170左右`, `这款版型偏大`) are not promises to
 * this customer and pass. Guarantees about quality (`绝对不起球`) belong to
 * `no-absolute-claim`.
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { finalParticleCharacters } from '../src/language/classes.js'
import { endsClause } from '../src/language/clause-edges.js'
import { clauseAt } from '../src/language/proximity.js'
import { matchCase } from '../src/language/case.js'
import { leftmostLongest } from '../src/matcher.js'
import { negationLexicon } from '../src/language/negation.js'
import { isQuestion } from '../src/language/questions.js'
import type { ClauseInfo, Construction, LexiconEntry, Match, RuleContext } from '../src/types.js'
import {
  type FitEntry,
  certainties,
  customerWords,
  certainBefore,
  denials,
  englishCertain,
  exactHedges,
  exactlyFitting,
  exactlyOnFoot,
  exactlyRight,
  englishSure,
  sureThing,
  doubts,
  dropped,
  englishHedges,
  englishPromises,
  fits,
  hedges,
  otherTopics,
  sizeWords,
  tail,
  wearing,
  flatFit,
  sizeHedges,
  tooSmallOrBig,
  wontBe,
  trustMe,
  surelyIs,
  englishSureOf,
  rightForYou,
  englishTooSmallOrBig,
} from './no-size-promise.lexicon.js'

/** How far (normalised characters) a word of certainty may stand before its word of fit: `保证您穿着合适`. */
const reach = 6
/** How far before a word of certainty a negation still doubts it: `不能保证一定合身`. */
const doubtReach = 4
/** How far before an English promise a condition or a negation still undoes it. */
const englishReach = 24

const fillers = new Set(dropped)

const hedged = ['应该比较合适，具体以您的实际尺寸为准']

/** "Exactly right" at the end of a clause about a size, with or without `肯定` before it, hedged as `应该比较{fit}`. */
function exactFit(id: string, meaning: string, example: string, words: string, fit: string): Construction {
  return {
    id,
    meaning,
    example,
    pattern: `@size ~10 < ${certainBefore}? ~2 ${words} 的? $`,
    question: false,
    unless: { clause: exactHedges },
    expected: [`应该比较${fit}，具体以您的实际尺寸为准`],
  }
}

/**
 * Size promises in colloquial certainty, beyond a word of certainty before a
 * word of fit: a size said to be a sure thing, and English assurances.
 */
const constructions: readonly Construction[] = [
  exactFit('exact-fit', 'a size said to be exactly right', '这个码你穿正好。', exactlyRight, '合适'),
  {
    // The size advised in one clause, the guarantee in the next (`您平时穿39的拍38，保证刚刚好`).
    ...exactFit('advice-then-guarantee', 'a size advised, then its fit guaranteed in the next clause', '您平时穿39的拍38，保证刚刚好。', `${exactlyRight}|合适|合身|合脚`, '合适'),
    pattern: `@size ~24 < ${certainBefore} ~2 ${exactlyRight}|合适|合身|合脚 的? $`,
    scope: 'sentence',
  },
  {
    // Chinese replies borrow the English word (`L码肯定fit的`): only with a word of certainty, as `合适`.
    ...exactFit('sure-fit-borrowed', 'a size said to fit for certain, with the English `fit` in a Chinese reply', '按您的身高拍M码，肯定fit的。', 'fit|fits|fit你|fit您', '合适'),
    pattern: `@size ~24 < ${certainBefore} ~2 fit|fits|fit你|fit您 !不 的|啦|哦?`,
    scope: 'sentence',
  },
  exactFit('exact-fit-body', 'the same, said of the body', '您这个身材穿S码正合身。', exactlyFitting, '合身'),
  exactFit('exact-fit-foot', 'the same, said of shoes', '38码您穿正合脚。', exactlyOnFoot, '合脚'),
  {
    // Its own 没 is no hedge (`一点问题都没有`), so it reads the hedges without the negators.
    ...exactFit('no-problem-at-all', 'wearing it said to be no problem at all', '您平时穿多大就拍多大，穿着一点问题都没有。', '一点问题都没有|一点问题没有|完全没问题|毫无问题|不会有任何问题|绝对没问题', '合适'),
    unless: { clause: '应该|可能|一般|大概|估计|建议|推荐|参考|也许|或许|如果|要是|的话|试试' },
  },
  {
    id: 'sure-thing',
    meaning: 'a size said to be a sure thing',
    example: 'M码闭眼入不会错。',
    pattern: `@size ~10 < ${sureThing}`,
    scope: 'sentence',
    question: false,
    unless: { before: denials },
    expected: hedged,
  },
  {
    id: 'sure-thing-first',
    meaning: 'a sure thing, then the size',
    example: '放心拍L码，穿上就知道。',
    pattern: `< ${sureThing} > ~4 @size`,
    question: false,
    unless: { before: denials },
    expected: ['建议您选'],
  },
  {
    id: 'fit-for-sure',
    meaning: 'English: it will fit, assured',
    example: "It'll fit, trust me.",
    pattern: `fit|fits|fit_you|fits_you ~16 < ${englishSure}`,
    scope: 'sentence',
    question: false,
    unless: { before: "if|whether|not|n't|hope|should|might|may|make_sure" },
    expected: ['if our size chart matches your measurements'],
  },
  {
    id: 'like-a-glove',
    meaning: 'English: "it will fit like a glove"',
    example: 'It will fit like a glove.',
    pattern: 'fit|fits|fit_you|fits_you < like_a_glove',
    question: false,
    unless: { before: "if|whether|not|n't|hope|should|might|may" },
    expected: ['well, if our size chart matches your measurements'],
  },
  {
    id: 'cannot-go-wrong',
    meaning: 'English: "you can\'t go wrong" with a size',
    example: "You can't go wrong with a medium.",
    pattern: "< can't_go_wrong|cannot_go_wrong|won't_go_wrong > ~16 @size",
    scope: 'sentence',
    question: false,
    expected: ['should do well'],
  },
  {
    id: 'you-are-a-size',
    meaning: 'English: the customer said to be a size, for certain',
    example: "You're definitely a medium.",
    pattern: `Y=you're|you_are ~2 ${englishCertain} a|an? S=small|medium|large|xl|size|m|l|s`,
    question: false,
    unless: { before: "if|whether|not|n't" },
    expected: ['{Y} probably a {S}'],
  },
  {
    id: 'perfect-size',
    meaning: 'English: a size perfect for the customer',
    example: 'Size M is perfect for you.',
    pattern: '@size ~16 < is|will_be|would_be perfect|just_right|spot_on|ideal|exactly_right for_you',
    scope: 'sentence',
    question: false,
    unless: { before: "if|whether|not|n't|think|might|may|should" },
    expected: ['should suit you; please check the size chart to be sure'],
  },
  {
    id: 'size-will-be-perfect',
    meaning: 'a size said, in English, to be going to look or feel perfect on the customer',
    example: 'Trust us, a size 8 is going to look and feel perfect on you.',
    pattern: '@size ~40 < going_to|gonna ~24 perfect|just_right|spot_on|great on_you',
    scope: 'sentence',
    question: false,
    expected: ['We recommend this size; please check the size chart to be sure.'],
  },
  // Round 2: families written from how a size is promised, not from cases.
  {
    id: 'flat-no-problem',
    meaning: 'a size said flatly to be fine on the customer, with no hedge',
    example: '您这身高穿L码没问题的。',
    pattern: `${wearing} ~8 @size ~4 < ${flatFit} 的?`,
    question: false,
    unless: { clause: sizeHedges },
    expected: ['应该没问题，具体以您的实际尺寸为准'],
  },
  {
    id: 'wont-be-small',
    meaning: 'a size said not to be too small or big, to the customer',
    example: '放心拍，穿着不会紧。',
    pattern: `@second|放心|放心拍|放心买 ~12 @size ~8 < ${wontBe} ~1 T=${tooSmallOrBig} 的?`,
    scope: 'sentence',
    question: false,
    unless: { sentence: sizeHedges },
    expected: ['应该不会{T}，具体以您的实际尺寸为准'],
  },
  {
    id: 'wont-be-small-rest-assured',
    meaning: 'the same, the reassurance after',
    example: 'M码不会小的，放心。',
    pattern: `@size ~8 < ${wontBe} ~1 T=${tooSmallOrBig} 的? > ~6 放心`,
    scope: 'sentence',
    question: false,
    unless: { clause: sizeHedges },
    expected: ['应该不会{T}，具体以您的实际尺寸为准'],
  },
  {
    id: 'trust-me-size',
    meaning: 'the agent\'s word offered as the guarantee of a size',
    example: '相信我，M码就是您的尺码。',
    pattern: `< ${trustMe} > !们 ~12 @size`,
    scope: 'sentence',
    question: false,
    unless: { sentence: sizeHedges },
    expected: [],
  },
  {
    id: 'you-are-that-size',
    meaning: 'the customer said to be a size, for certain',
    example: '您就是M码。',
    pattern: `@second ${surelyIs} S=~2 Z=@size`,
    question: false,
    unless: { clause: sizeHedges },
    expected: ['建议您选{S}{Z}'],
  },
  {
    id: 'right-for-you',
    meaning: 'English: a size said to be right on the customer',
    example: 'Medium will be perfect on you.',
    pattern: `@size ~16 < is|will_be|would_be|'ll_be definitely|certainly|absolutely|surely|100%? ${rightForYou} for_you|on_you|for_your`,
    scope: 'sentence',
    question: false,
    unless: { before: "if|whether|not|n't|think|might|may|should|probably" },
    expected: ['should suit you; please check the size chart to be sure'],
  },
  {
    id: 'sure-it-fits',
    meaning: 'English: the agent sure that it fits',
    example: "I'm sure the medium will fit.",
    pattern: `${englishSureOf} ~24 fit|fits|fit_you|fits_you`,
    scope: 'sentence',
    question: false,
    unless: { before: "if|whether|not|n't" },
    expected: ['I think it should fit; please check the size chart to be sure'],
  },
  {
    id: 'no-problem-with-fit',
    meaning: 'English: no problem with the fit, promised',
    example: "You won't have any problem with the fit.",
    pattern: "won't_have|will_have_no|won't_be|will_be_no|will_not_have ~8 problem|problems|issue|issues|trouble ~12 fit|fitting|size|sizing",
    question: false,
    unless: { before: "if|whether|hope|should|might|may" },
    expected: ['should not have trouble with the fit; please check the size chart to be sure'],
  },
  {
    id: 'wont-be-tight',
    meaning: 'English: a size said not to be too tight or loose',
    example: "It won't be too tight, trust me.",
    pattern: `won't|will_not|never ~4 be? too? T=${englishTooSmallOrBig} ~24 for_sure|guaranteed|trust_me|i_promise|we_promise|100%|no_doubt`,
    scope: 'sentence',
    question: false,
    unless: { before: 'if|whether|check|make_sure|hope' },
    expected: ["shouldn't be too {T}; please check the size chart to be sure"],
  },
  {
    id: 'size-wont-be-tight',
    meaning: 'English: the same, said of a size',
    example: "The medium won't be too tight on you.",
    pattern: `@size ~16 < won't|will_not|never ~4 be? too? T=${englishTooSmallOrBig}`,
    scope: 'sentence',
    question: false,
    unless: { before: 'if|whether|check|make_sure|hope|should|might|may|think' },
    expected: ["shouldn't be too {T}; please check the size chart to be sure"],
  },
  {
    id: 'certain-not-small',
    meaning: 'a size said, for certain, not to be too small or big',
    example: '这双鞋38码您穿上保证不挤脚。',
    pattern: `@size ~10 < ${certainBefore}|一定|必定|包您|包你 ~6 不会|不 T=${tooSmallOrBig} 的?`,
    question: false,
    unless: { sentence: sizeHedges },
    expected: ['应该不会{T}，具体以您的实际尺寸为准'],
  },
  {
    id: 'size-then-fine',
    meaning: 'the same, the size before wearing it',
    example: '这个码数您穿绝对ok。',
    pattern: `@size ~8 ${wearing} ~4 < ${certainBefore}? ${flatFit} 的?`,
    question: false,
    unless: { clause: sizeHedges },
    expected: ['应该没问题，具体以您的实际尺寸为准'],
  },
  {
    id: 'you-are-a-size-surely',
    meaning: 'English: the customer said to be a size, the certainty after',
    example: "You're a medium for sure.",
    pattern: "Y=you're|you_are a|an? S=small|medium|large|xl|m|l|s|size_small|size_medium|size_large ~4 for_sure|definitely|100%|no_doubt|guaranteed|without_a_doubt",
    question: false,
    unless: { before: "if|whether|not|n't|think|probably" },
    expected: ['{Y} probably a {S}'],
  },
  {
    id: 'it-will-fit',
    meaning: 'English: "it\'ll fit", flat',
    example: "Go with the small, it'll fit.",
    pattern: "it'll|it_will fit $",
    question: false,
    // With `trust me` after it, `fit-for-sure` reports the assurance.
    unless: { before: "if|whether|hope|hopefully|think|should|might|may|not|n't|can't|cannot|guarantee|promise|not_sure|make_sure|check|see", sentence: englishSure },
    expected: ['it should fit; please check the size chart to be sure'],
  },
  {
    id: 'no-way-it-wont-fit',
    meaning: 'English: no way it won\'t fit',
    example: "No way it won't fit.",
    pattern: "no_way|there's_no_way|there_is_no_way ~12 won't|doesn't|will_not|wouldn't fit",
    question: false,
    expected: ['It should fit; please check the size chart to be sure'],
  },
  {
    id: 'size-enough',
    meaning: 'a size said, for certain, to be big enough',
    example: '您这个体重L码完全够了。',
    pattern: `@size ~8 < 完全|绝对|肯定|一定|妥妥|足足 够了|足够了|够穿|够大|足够|绰绰有余 的?`,
    question: false,
    unless: { clause: sizeHedges },
    expected: ['应该够，具体以您的实际尺寸为准'],
  },
  {
    id: 'certain-comfort',
    meaning: 'a size said, for certain, to be comfortable',
    example: '这个码您穿着一定舒服。',
    pattern: `@size ~10 < ${certainBefore}|一定|必定 ~2 宽松|舒适|舒服|宽松舒适|好穿|跟脚 的?`,
    question: false,
    unless: { clause: sizeHedges },
    expected: ['应该比较舒适，具体以您的实际尺寸为准'],
  },
  {
    id: 'sizing-exact',
    meaning: 'the sizing said, for certain, to be exact',
    example: '您放心拍，尺码绝对标准。',
    pattern: `尺码|码数|尺寸 < ${certainBefore}|一定|完全 标准|准|准确|正 的?`,
    question: false,
    unless: { clause: sizeHedges },
    expected: ['一般是标准的，建议您参考尺码表'],
  },
  {
    id: 'choose-it-no-problem',
    meaning: 'choosing a size said to be no problem',
    example: '宝贝选这个码不会有问题的。',
    pattern: `选|拍|拿|买|要 !的|了 ~4 @size ~3 < 不会有问题|不会出问题|没有问题|没问题 的?`,
    question: false,
    unless: { sentence: `${sizeHedges}|备注|记录|登记|确认|核对` },
    expected: ['应该没问题，具体以您的实际尺寸为准'],
  },
  {
    id: 'is-your-size',
    meaning: 'a size said to be the customer\'s own, for certain',
    example: 'M码刚好是您的尺码。',
    pattern: `@size ~3 < 刚好是|正好是|就是|绝对是|肯定是|一定是|妥妥是 @second 的 尺码|码|码数|size`,
    question: false,
    unless: { clause: sizeHedges },
    expected: ['应该适合您，具体以您的实际尺寸为准'],
  },
]

export default defineRule({
  meta: {
    id: 'no-size-promise',
    description: 'Disallow promising the customer that a size will fit.',
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('no-size-promise'),
    messages: {
      promise: {
        'zh-CN': '尺码只能建议，不能保证：用“{expected}”代替“{actual}”',
        'zh-TW': '尺碼只能建議，不能保證：用「{expected}」代替「{actual}」',
        en: 'Unexpected `{actual}`, use `{expected}` instead: a size can be recommended, not promised',
      },
      promisePlain: {
        'zh-CN': '尺码只能建议，不能保证：“{actual}”改成建议，并请顾客以实际尺寸为准',
        'zh-TW': '尺碼只能建議，不能保證：「{actual}」改成建議，並請顧客以實際尺寸為準',
        en: 'Unexpected `{actual}`: a size can be recommended, not promised; ask the customer to check the size chart',
      },
    },
    note: {
      'zh-CN': '手册 002/003：“买家在咨询尺码是否能穿……客服回复只能建议尺码，不要给买家保证一定可穿”。',
      'zh-TW': '手冊 002/003：「買家在諮詢尺碼是否能穿……客服回覆只能建議尺碼，不要給買家保證一定可穿」。',
      en: 'Handbooks 002/003: when a buyer asks whether a size will fit, only recommend a size; never guarantee that it fits.',
    },
  },
  lexicons: [fits, certainties, hedges, doubts, sizeWords, otherTopics, negationLexicon, englishPromises, englishHedges],
  constructions,
  check(_tree, context) {
    const found = leftmostLongest(context.find(fits))
    const promises = leftmostLongest(context.find(englishPromises))
    // Most replies say nothing about fit: stop before the costlier look-ups.
    if (found.length === 0 && promises.length === 0) return
    const certain = context.find(certainties)
    const hedging = context.find(hedges)
    const negations = [...context.find(doubts), ...leftmostLongest(context.find(negationLexicon)).filter((m) => m.entry.negation)]
    const sizes = context.find(sizeWords)
    const others = context.find(otherTopics)

    for (const fit of found) {
      const clause = clauseAt(context, fit.normalStart)
      if (!clause || isQuestion(clause.sentence)) continue
      const inClause = <T extends LexiconEntry>(m: Match<T>) => m.normalStart >= clause.normalStart && m.normalEnd <= clause.normalEnd
      const between = (from: number, to: number) => <T extends LexiconEntry>(m: Match<T>) => m.normalStart >= from && m.normalEnd <= to
      const aboutSize = sizes.some(inClause)
      const { topic } = fit.entry
      if (topic === 'size' && !aboutSize) continue
      if (topic === 'generic' && !aboutSize && others.some(inClause)) continue

      const adverb = nearestCertainty(certain, clause, fit)
      if (!adverb) continue
      if (hedging.some(between(adverb.normalEnd, fit.normalStart))) continue
      if (negations.some(between(adverb.normalEnd, fit.normalStart))) continue
      const doubtFrom = Math.max(clause.normalStart, adverb.normalStart - doubtReach)
      if (negations.some((m) => m.normalEnd <= adverb.normalStart && m.normalEnd >= doubtFrom && m.normalStart >= clause.normalStart)) continue
      if (attributive(context, fit)) continue
      reportChinese(context, adverb.start, fit, adverb.normalEnd)
    }

    const englishDoubts = [...context.find(englishHedges), ...negations]
    for (const promise of promises) {
      const clause = clauseAt(context, promise.normalStart)
      if (!clause || isQuestion(clause.sentence)) continue
      const from = Math.max(clause.normalStart, promise.normalStart - englishReach)
      if (englishDoubts.some((m) => m.normalStart >= from && m.normalEnd <= promise.normalStart)) continue
      const actual = context.text.slice(promise.start, promise.end)
      context.report({ start: promise.start, end: promise.end, expected: promise.entry.expected.map((e) => matchCase(actual, e)) })
    }
  },
})

/** The word of certainty closest before `fit` in its clause, within reach. */
function nearestCertainty(certain: readonly Match[], clause: ClauseInfo, fit: Match<FitEntry>): Match | undefined {
  let best: Match | undefined
  for (const m of certain) {
    if (m.normalStart < clause.normalStart || m.normalEnd > fit.normalStart) continue
    if (fit.normalStart - m.normalEnd > reach) continue
    if (!best || m.normalEnd > best.normalEnd) best = m
  }
  return best
}

/** `肯定有合适的尺码`: `合适的` before a noun describes a thing; it promises nothing. */
function attributive(context: RuleContext, fit: Match<FitEntry>): boolean {
  const text = context.normal.text
  return text.charAt(fit.normalEnd) === '的' && !endsClause(text, fit.normalEnd + 1, finalParticleCharacters)
}

/**
 * Report from `start` through `fit` (and a predicative `的` after it), with
 * the words between the certainty and the fit kept, fillers dropped, and the
 * fit hedged: `保证您穿着合适` → `您穿着应该比较合适，具体以您的实际尺寸为准`.
 */
function reportChinese(context: RuleContext, start: number, fit: Match<FitEntry>, keepFrom: number): void {
  const text = context.normal.text
  let end = fit.end
  if (text.charAt(fit.normalEnd) === '的' && endsClause(text, fit.normalEnd + 1, finalParticleCharacters)) {
    end = context.normal.ends[fit.normalEnd]!
  }
  let kept = ''
  for (let i = keepFrom; i < fit.normalStart; i++) {
    if (fillers.has(text.charAt(i))) continue
    const from = context.normal.starts[i]!
    const to = context.normal.ends[i]!
    // Two normalised units may come from one original character; copy it once.
    if (i > keepFrom && context.normal.starts[i - 1] === from) continue
    kept += context.text.slice(from, to)
  }
  // The customer stays the subject: `保证您穿得下` → `您应该穿得下`.
  const subject = customerWords.find((p) => kept.startsWith(p)) ?? ''
  context.report({ start, end, expected: [`${subject}应该${kept.slice(subject.length)}${fit.entry.hedged}${tail}`] })
}
