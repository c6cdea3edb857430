/**
 * fewer-negatives: keep negatives few (000 "少说否定句"; 001 "尽量少用'不'字").
 *
 * Fires on every double negative, and once per reply when it holds more
 * negations than `max`, on the first negation beyond the limit.
 *
 *   不是不可以换，就是需要您先寄回来哦。  →  可以换，就是需要您先寄回来哦。
 */
import * as z from 'zod/mini'
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { matchCase } from '../src/language/case.js'
import { findNegations, negationLexicon } from '../src/language/negation.js'
import { isPasted } from '../src/language/pasted.js'
import { leftmostLongest } from '../src/matcher.js'
import type { Match, RuleContext } from '../src/types.js'
import { conditionalNegations, conditionWords, doubleNegativeGaps, doubleNegatives, negativeWords, rewrites } from './fewer-negatives.lexicon.js'

const options = z.strictObject({
  /**
   * How many negations a reply may hold; one more and the rule fires. A
   * double negative counts once (and is reported anyway).
   *
   * @default 2
   */
  max: z._default(z.int().check(z.minimum(0)), 2),
})

/** A range of the reply that holds one negation, or a double negative. */
interface Unit {
  readonly start: number
  readonly end: number
  readonly normalStart: number
  readonly normalEnd: number
  /** Set for a double negative: its positive forms (`[]` when none is known). */
  readonly double?: readonly string[]
}

/** Negators that change their form before `be`: `isn't impossible` → `is possible`. */
const beForms: Readonly<Record<string, string>> = { not: '', never: 'always ', "isn't": 'is ', "aren't": 'are ', "wasn't": 'was ', "weren't": 'were ' }

export default defineRule({
  meta: {
    id: 'fewer-negatives',
    description: 'Limit negatives in a reply and disallow double negatives.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('fewer-negatives'),
    messages: {
      doubleNegative: {
        'zh-CN': '“{actual}”是双重否定，顾客容易看错，直接说“{expected}”',
        'zh-TW': '「{actual}」是雙重否定，顧客容易看錯，直接說「{expected}」',
        en: 'Unexpected double negative `{actual}`, use `{expected}` instead',
      },
      doubleNegativeBare: {
        'zh-CN': '“{actual}”是双重否定，顾客容易看错，请换成肯定的说法',
        'zh-TW': '「{actual}」是雙重否定，顧客容易看錯，請換成肯定的說法',
        en: 'Unexpected double negative `{actual}`: say it positively',
      },
      tooMany: {
        'zh-CN': '这条回复有 {count} 处否定（最多 {max} 处），用“{expected}”代替“{actual}”',
        'zh-TW': '這則回覆有 {count} 處否定（最多 {max} 處），用「{expected}」代替「{actual}」',
        en: 'Unexpected `{actual}`, use `{expected}` instead: this reply has {count} negatives (at most {max})',
      },
      tooManyBare: {
        'zh-CN': '这条回复有 {count} 处否定（最多 {max} 处），请把“{actual}”换成肯定的说法',
        'zh-TW': '這則回覆有 {count} 處否定（最多 {max} 處），請把「{actual}」換成肯定的說法',
        en: 'Unexpected `{actual}`: this reply has {count} negatives (at most {max}); say some of them positively',
      },
    },
    note: {
      'zh-CN': '手册 000：“少说否定句”；001：“尽量少用‘不’字”。',
      'zh-TW': '手冊 000：「少說否定句」；001：「盡量少用『不』字」。',
      en: 'Handbook 000: "use few negative sentences"; 001: "use the word 不 (not) as little as possible".',
    },
    options,
  },
  lexicons: [negationLexicon, doubleNegatives, negativeWords, rewrites],
  check(_tree, context) {
    const units = negationUnits(context)
    for (const unit of units) {
      if (!unit.double) continue
      const actual = context.text.slice(unit.start, unit.end)
      const expected = unit.double.map((word) => matchCase(actual, word))
      context.report({ messageId: expected.length > 0 ? 'doubleNegative' : 'doubleNegativeBare', start: unit.start, end: unit.end, expected })
    }
    const { max } = context.options
    if (units.length <= max) return
    // One report per reply, where it crosses the limit: a double negative there is reported already.
    const beyond = units.slice(max).find((unit) => !unit.double)
    if (!beyond) return
    const rewrite = leftmostLongest(context.find(rewrites)).find((match) => match.start <= beyond.start && match.end >= beyond.end)
    const start = rewrite?.start ?? beyond.start
    const end = rewrite?.end ?? beyond.end
    const actual = context.text.slice(start, end)
    const expected = (rewrite?.entry.expected ?? []).map((word) => matchCase(actual, word))
    context.report({
      messageId: expected.length > 0 ? 'tooMany' : 'tooManyBare',
      start,
      end,
      expected,
      data: { count: String(units.length), max: String(max) },
    })
  },
})

/**
 * The reply's negations in order, idioms left out, with each double negative
 * made one unit.
 */
function negationUnits(context: RuleContext<z.output<typeof options>>): Unit[] {
  const found = findNegations(context)
  if (found.length === 0) return []
  const text = context.normal.text
  // Which normalised characters an idiom covers (`不得不说`): one pass, so the check per match is O(its length).
  const idiom = new Uint8Array(text.length)
  for (const match of context.find(negationLexicon)) if (!match.entry.negation) idiom.fill(1, match.normalStart, match.normalEnd)
  const inIdiom = (match: Match) => idiom.subarray(match.normalStart, match.normalEnd).includes(1)
  // Negations a system, a tracker or a product title wrote (`原因:无法联系客户`, `(非卖品 请勿下单)`) are not the agent's.
  const negations = found.filter((match) => !asksEitherWay(text, match) && !numberSign(text, match) && !isPasted(context.normal, match.normalStart, match.normalEnd))

  const units: Unit[] = []
  const consumed = new Set<Match>()
  // Both lists are in text order, so one sweep pairs each written double negative with its negations.
  let next = 0
  for (const double of leftmostLongest(context.find(doubleNegatives)).filter((match) => !inIdiom(match))) {
    while (next < negations.length && negations[next]!.normalStart < double.normalStart) next++
    for (; next < negations.length && negations[next]!.normalStart < double.normalEnd; next++) consumed.add(negations[next]!)
    units.push({ ...span(double), double: double.entry.expected })
  }
  const words = context.find(negativeWords).sort((a, b) => a.normalStart - b.normalStart)
  let word = 0
  let previous: Match | undefined
  for (const negation of negations) {
    if (consumed.has(negation)) continue
    const last = previous && !consumed.has(previous) ? previous : undefined
    previous = negation
    if (last && repeats(text, last, negation)) {
      // `不不不`, `no, no`: one negation said with emphasis.
      consumed.add(negation)
      previous = last
      continue
    }
    if (last && negatesNegation(text, last, negation)) {
      units.pop()
      units.push({ start: last.start, end: negation.end, normalStart: last.normalStart, normalEnd: negation.normalEnd, double: [] })
      consumed.add(last).add(negation)
      continue
    }
    // Only the nearest negative word after a negation can follow it closely enough.
    while (word < words.length && words[word]!.normalStart < negation.normalEnd) word++
    const after = words[word]
    const gap = after && negation.phrase !== 'no' ? between(text, negation, after) : undefined
    if (after && gap !== undefined && doubleNegativeGaps.has(gap) && !framesQuestion(text, negation, after)) {
      const be = gap === ' ' ? beForms[negation.phrase] : undefined
      units.push({ start: negation.start, end: after.end, normalStart: negation.normalStart, normalEnd: after.normalEnd, double: be === undefined ? [] : [be + after.entry.positive] })
      consumed.add(negation)
      continue
    }
    units.push(span(negation))
  }
  return units.sort((a, b) => a.normalStart - b.normalStart)
}

/** The longest gap `doubleNegativeGaps` holds: a longer one is never sliced out. */
const longestGap = Math.max(...[...doubleNegativeGaps].map((gap) => gap.length))

/** The normalised text between two matches, or `undefined` when it is too long to be a `doubleNegativeGaps` word. */
function between(text: string, first: Pick<Match, 'normalEnd'>, second: Pick<Match, 'normalStart'>): string | undefined {
  const length = second.normalStart - first.normalEnd
  return length >= 0 && length <= longestGap ? text.slice(first.normalEnd, second.normalStart) : undefined
}

function span(match: Pick<Match, 'start' | 'end' | 'normalStart' | 'normalEnd'>): Unit {
  return { start: match.start, end: match.end, normalStart: match.normalStart, normalEnd: match.normalEnd }
}

/** `买不买`, `收没收到`: an either-way question, not a negation. */
function asksEitherWay(text: string, match: Match): boolean {
  if (match.phrase !== '不' && match.phrase !== '没') return false
  const before = text.charAt(match.normalStart - 1)
  return before !== '' && before === text.charAt(match.normalEnd) && before !== '不' && before !== '没'
}

/** `No. 5`, `no.3`: the number sign. */
function numberSign(text: string, match: Match): boolean {
  if (match.phrase !== 'no' || text.charAt(match.normalEnd) !== '.') return false
  const next = text.charAt(match.normalEnd + 1) === ' ' ? text.charAt(match.normalEnd + 2) : text.charAt(match.normalEnd + 1)
  return next >= '0' && next <= '9'
}

/** The same negation twice in a row, said for emphasis. */
function repeats(text: string, first: Match, second: Match): boolean {
  const gap = between(text, first, second)
  return first.phrase === second.phrase && (gap === '' || gap === ' ' || gap === ',' || gap === ', ')
}

/** A negation right before another one, only a copula or modal between: `不是不`, `没有人不`, `can't say no`. */
function negatesNegation(text: string, first: Match, second: Match): boolean {
  if (first.phrase === 'no' || isCondition(text, first) || framesQuestion(text, first, second)) return false
  const gap = between(text, first, second)
  return gap !== undefined && doubleNegativeGaps.has(gap)
}

/** `如果没有不用提供`: a condition "if not" closes before the next negation starts a clause of its own. */
function isCondition(text: string, negation: Match): boolean {
  return conditionalNegations.has(negation.phrase) && conditionWords.some((word) => text.endsWith(word, negation.normalStart))
}

/**
 * `不是说没法收件的吗？`: `不是说…吗` asks "didn't you say …?"; the negation after it belongs to
 * what was said, so the two do not negate each other (readers: a confirmation, not a double negative).
 */
function framesQuestion(text: string, first: Match, second: Pick<Match, 'normalStart' | 'normalEnd'>): boolean {
  if (!text.slice(first.normalStart, second.normalStart).endsWith('不是说')) return false
  const rest = /^[^，。？！,.?!\n]{0,20}/.exec(text.slice(second.normalEnd))![0]
  return /[吗么嘛]的?$|[吗么嘛]呢$/.test(rest)
}

