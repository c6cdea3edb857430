/**
 * no-blame: take responsibility, don't blame the customer (000 "用自己承擔責任方式
 * 說話"; 003 "有爭論或分歧多檢討自己的過錯").
 *
 *   是你自己填错了地址，快递才送不到的。  →  可能是我们没有说明清楚，我们马上帮您处理。
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { startsSentence } from '../src/language/case.js'
import { writesTraditional } from '../src/language/script.js'
import { isQuestion } from '../src/language/questions.js'
import { MatchIndex } from '../src/language/match-index.js'
import { clauseIndexAt } from '../src/language/proximity.js'
import { leftmostLongest } from '../src/matcher.js'
import type { ClauseInfo, Construction, LexiconEntry, Match, RuleContext } from '../src/types.js'
import {
  type BlameEntry,
  blames,
  conditions,
  consequences,
  customers,
  doer,
  duties,
  englishDuties,
  faultMarks,
  faults,
  ledTo,
  notReachable,
  ownChoices,
  gapBlockers,
  type HedgeEntry,
  hedges,
  helps,
  maxGap,
} from './no-blame.lexicon.js'

const zh = ['可能是我们没有说明清楚，我们马上帮您处理']
const en = ['We may not have made this clear; let us fix it for you']

/**
 * Blame as the customer's own action, beyond the fixed phrases of the lexicon:
 * a duty the customer did not do, a cause the customer is named as, a choice
 * stressed as the customer's own.
 */
const constructions: readonly Construction[] = [
  {
    id: 'duty-not-done',
    meaning: 'the customer did not do what was expected',
    example: '这是您没按说明书操作导致的。',
    pattern: `${doer} 自己? ~2 没|没有|未|不 按|${duties} !时|期 ~ $`,
    question: false,
    unless: { before: conditions, after: '的话|也没关系|没关系|不要紧' },
    expected: zh,
  },
  {
    id: 'self-not-done',
    meaning: 'the customer, stressed, did not do it',
    example: '您当时下单的时候自己没填门牌号。',
    pattern: `${doer} ~12 自己 没|没有|未|忘了|忘记 ${duties}|填|写|选|看|问|说 ~ $`,
    question: false,
    unless: { before: conditions, after: '的话|也没关系|没关系|不要紧' },
    expected: zh,
  },
  {
    id: 'customer-as-cause',
    meaning: 'the customer\'s fault named as the cause',
    example: '是您不小心碰到导致的。',
    pattern: `是|因为|由于|都怪|全怪 ${doer} 自己? ~8 ${faultMarks} ~10 ${ledTo} 的?`,
    scope: 'sentence',
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'not-reachable',
    meaning: 'a failed delivery put down to the customer',
    example: '由于您电话打不通，快递才退回的。',
    pattern: `因为|由于|怪 ${doer} ~6 ${notReachable} ~ $`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'had-you',
    meaning: 'what the customer would have avoided, had they done their duty',
    example: "Had you checked the size chart, this wouldn't have happened.",
    pattern: "had_you|if_only_you|if_you_had_just|if_you'd_just|if_you_had_only ~3 checked|read|followed|measured|looked|paid|noticed|selected|chosen|specified|confirmed|filled|entered|bothered ~ $",
    question: false,
    expected: en,
  },
  {
    id: 'own-choice',
    meaning: 'a choice stressed as the customer\'s own doing',
    example: '尺码是亲自己选的呀。',
    pattern: `${doer} 自己 当时|之前|当初? ${ownChoices} ~6 的 !话`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'you-are-the-one',
    meaning: 'the customer singled out as the one who did it',
    example: "You're the one who picked this size.",
    pattern: "you're|you_are the_one who|that ~ $",
    question: false,
    expected: en,
  },
  {
    id: 'because-you-did-not',
    meaning: 'a duty the customer skipped, named as the cause',
    example: "It came in black because you didn't specify a colour.",
    pattern: `because|since|as you ~8 didn't|did_not|never|failed_to|forgot_to ~4 ${englishDuties} ~ $`,
    question: false,
    expected: en,
  },
  {
    id: 'you-did-not-duty',
    meaning: 'a duty the customer skipped, stated flat',
    example: "You clearly didn't measure before ordering.",
    pattern: `you ~8 didn't|did_not|never|failed_to ~4 ${englishDuties} ~ $`,
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'your-side-caused',
    meaning: 'the customer\'s side named as what caused it',
    example: '这个问题是您这边造成的。',
    pattern: `是|由|因为 ${doer} 这边|那边|自己 ~2 ${ledTo} 的?`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'user-error',
    meaning: 'the problem called the customer\'s error',
    example: "That's user error.",
    pattern: '^ ~12 user_error|operator_error|a_you_problem ~ $',
    question: false,
    expected: en,
  },
  {
    id: 'you-ignored',
    meaning: 'the customer ignored what they were told',
    example: 'You ignored the care label.',
    pattern: `you ~4 ignored|skipped|overlooked|disregarded|neglected|didn't_bother ~ $`,
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'you-were-supposed-to',
    meaning: 'what the customer was supposed to do',
    example: 'You were supposed to check the size chart first.',
    pattern: `you were|you_were supposed_to|meant_to|expected_to|required_to !receive|get|hear|be|have ~ $`,
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'what-happens-when',
    meaning: 'the consequence of the customer\'s action',
    example: "That's what happens when you skip the instructions.",
    pattern: `what_happens when|if you ~ $`,
    question: false,
    expected: en,
  },
]

export default defineRule({
  meta: {
    id: 'no-blame',
    description: 'Disallow blaming the customer; take responsibility instead.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('no-blame'),
    messages: {
      blame: {
        'zh-CN': '“{actual}”把过错推给顾客，改为承担责任：“{expected}”',
        'zh-TW': '「{actual}」把過錯推給顧客，改為承擔責任：「{expected}」',
        en: 'Unexpected `{actual}`: it blames the customer; use `{expected}` instead',
      },
      deflect: {
        'zh-CN': '“{actual}”在推卸责任，改为承担责任：“{expected}”',
        'zh-TW': '「{actual}」在推卸責任，改為承擔責任：「{expected}」',
        en: 'Unexpected `{actual}`: it disowns the problem; use `{expected}` instead',
      },
    },
    note: {
      'zh-CN': '手册 000：“用自己承担责任方式说话”；003：“有争论或分歧多检讨自己的过错，少抱怨，尊重顾客的意见”。',
      'zh-TW': '手冊 000：「用自己承擔責任方式說話」；003：「有爭論或分歧多檢討自己的過錯，少抱怨，尊重顧客的意見」。',
      en: 'Handbook 000: speak in a way that takes responsibility yourself; 003: in a disagreement, look for our own fault, complain less and respect the customer.',
    },
  },
  lexicons: [blames, customers, faults, hedges, consequences, helps],
  constructions,
  check(_tree, context) {
    const found = leftmostLongest([...context.find(blames), ...customerFaults(context)])
    if (found.length === 0) return
    const hedgeMatches = context.find(hedges)
    const hedgeIndex = {
      before: new MatchIndex(hedgeMatches.filter((hedge) => hedge.entry.position === 'before')),
      after: new MatchIndex(hedgeMatches.filter((hedge) => hedge.entry.position === 'after')),
    }
    const clauses = context.clauses
    // Clause index → the blame it holds (the first one decides the suggestion).
    const blamed = new Map<number, Match<BlameEntry>>()
    for (const match of found) {
      const index = clauseIndexAt(context, match.normalStart)
      if (index < 0 || blamed.has(index)) continue
      if (hedged(context, clauses, index, match, hedgeIndex)) continue
      blamed.set(index, match)
    }
    // Binary searches over sorted starts: a reply with thousands of clauses stays linear.
    const consequenceStarts = context.find(consequences).map((match) => match.normalStart).sort((a, b) => a - b)
    const helpStarts = context.find(helps).map((match) => match.normalStart).sort((a, b) => a - b)
    const within = (starts: number[], clause: ClauseInfo) => {
      const first = firstAtOrAfter(starts, clause.normalStart)
      return first < starts.length && starts[first]! < clause.normalEnd
    }

    for (let index = 0; index < clauses.length; index++) {
      const first = blamed.get(index)
      if (!first) continue
      // Blaming clauses in a row, and the consequence after them, are one span.
      let last = index
      let deflectOnly = first.entry.message === 'deflect'
      for (;;) {
        const next = clauses[last + 1]
        if (!next || next.sentence !== clauses[index]!.sentence) break
        const more = blamed.get(last + 1)
        if (more) {
          if (more.entry.message === 'blame') deflectOnly = false
          last++
        } else if (within(consequenceStarts, next) && !within(helpStarts, next)) {
          last++
          break
        } else break
      }
      const start = skipMentions(context.text, clauses[index]!.start, clauses[last]!.end)
      const end = trimEnd(context.text, start, clauses[last]!.end)
      context.report({
        messageId: deflectOnly ? 'deflect' : 'blame',
        start,
        end,
        expected: suggestion(context, first.entry, start, end, skipMentions(context.text, clauses[index]!.sentence.start, context.text.length)),
      })
      index = last
    }
  },
})

/**
 * Faults whose doer is the customer: `您` before `没看清` with at most `maxGap`
 * characters between them and nothing there that makes someone else the doer.
 * Each is returned as one match from the pronoun to the end of the fault.
 */
function customerFaults(context: RuleContext): Match<BlameEntry>[] {
  const found = context.find(faults)
  if (found.length === 0) return []
  // Doers by end: the doer of a fault is the one ending last before it (binary search).
  const doers = [...context.find(customers)].sort((a, b) => a.normalEnd - b.normalEnd)
  const doerEnds = doers.map((doer) => doer.normalEnd)
  const text = context.normal.text
  const paired: Match<BlameEntry>[] = []
  for (const fault of found) {
    let before = firstAtOrAfter(doerEnds, fault.normalStart + 1) - 1
    // Of doers ending at the same place, the first found (as before this was a binary search).
    while (before > 0 && doerEnds[before - 1] === doerEnds[before]) before--
    const doer: Match<LexiconEntry> | undefined = doers[before]
    if (!doer || fault.normalStart - doer.normalEnd > maxGap) continue
    const gap = text.slice(doer.normalEnd, fault.normalStart)
    if (gapBlockers.some((word) => gap.includes(word)) || /[\s,.;:!?，。；：！？、]/.test(gap)) continue
    paired.push({ ...fault, start: doer.start, normalStart: doer.normalStart })
  }
  return paired
}

/**
 * Whether a blaming phrase is taken back by its clause: a condition or a
 * precaution before it (`如果您填错了`, `以免您拍错`, `If you entered the wrong
 * address`), a condition or reassurance after it in its sentence (`拍错了也没关系`),
 * or a question that checks a fact (`您是不是填错了？`).
 */
function hedged(
  context: RuleContext,
  clauses: readonly ClauseInfo[],
  index: number,
  match: Match<BlameEntry>,
  hedgeIndex: { readonly before: MatchIndex<HedgeEntry>; readonly after: MatchIndex<HedgeEntry> },
): boolean {
  const clause = clauses[index]!
  const previous = index > 0 && clauses[index - 1]!.sentence === clause.sentence ? clauses[index - 1]! : clause
  const sentence = clause.sentence
  if (hedgeIndex.before.any(previous.normalStart, match.normalStart)) return true
  if (hedgeIndex.after.any(match.normalEnd, sentence.normalEnd)) return true
  return match.entry.askable === true && (isQuestion(clause) || isQuestion(sentence))
}

const letterOrDigit = /[\p{L}\p{N}]/u

/**
 * The start of the span after the handles that open a tweet (`@AirlineCare
 * Sorry you misunderstood`). A handle that would reach `end` is not one
 * (`@你没看清楚 好的`): the span keeps it rather than start past its end.
 */
function skipMentions(text: string, start: number, end: number): number {
  let at = start
  while (text.charCodeAt(at) === 0x40) {
    let next = at
    while (next < end && !/\s/.test(text.charAt(next))) next++
    while (next < end && /\s/.test(text.charAt(next))) next++
    if (next >= end) return at
    at = next
  }
  return at
}

/** The index of the first of ascending `values` that is at least `at`. */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! < at) low = middle + 1
    else high = middle
  }
  return low
}

/** The end of the span without the punctuation, spaces and emoji that close it. */
function trimEnd(text: string, start: number, end: number): number {
  let at = end
  while (at > start + 1) {
    const low = text.charCodeAt(at - 1)
    const width = low >= 0xdc00 && low <= 0xdfff ? 2 : 1
    if (letterOrDigit.test(text.slice(at - width, at))) break
    at -= width
  }
  return at
}

/** The handbook's rewrite in the script of the reply, or in English with the case of its place. */
function suggestion(context: RuleContext, entry: BlameEntry, start: number, end: number, sentenceStart: number): string[] {
  if (entry.traditional) {
    return [...(writesTraditional([context.text.slice(start, end), context.text], context.history) ? entry.traditional : entry.expected)]
  }
  if (startsSentence(context.text, sentenceStart, start)) return [...entry.expected]
  return entry.expected.map((phrase) => phrase.charAt(0).toLowerCase() + phrase.slice(1))
}
