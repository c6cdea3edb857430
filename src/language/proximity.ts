/**
 * Proximity: whether two matches belong together. Rules that pair a word
 * with a cue (`加` + `微信`, `提供` + `验证码`, `京东` + `更便宜`) read the
 * pair only when it lies in one clause and close together, and drop it when a
 * negation governs it (`这边不方便加微信`, `we will never ask for your
 * password`).
 *
 * Everything here works on the normalised view (lower case, half-width,
 * simplified), and every check is bounded by the gap it is given, so a rule
 * stays linear in the length of the reply.
 */
import type { ClauseInfo, Match, RuleContext, SentenceInfo } from '../types.js'
import { rangeIndex } from '../binary-search.js'

/** Marks that end a clause or sentence in the normalised view (full-width forms are folded already). */
const breaks = new Set([...',;:、。.!?…\n'].map((c) => c.charCodeAt(0)))

/** Whether the normalised unit at `index` ends a clause or a sentence. */
export function isBreak(normal: string, index: number): boolean {
  const c = normal.charCodeAt(index)
  if (!breaks.has(c)) return false
  // A dot between two letters or digits belongs to a word (`jd.com`, `3.5`), not to the sentence.
  if (c === 0x2e) return !(isWordUnit(normal.charCodeAt(index - 1)) && isWordUnit(normal.charCodeAt(index + 1)))
  return true
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)
}

/** Whether the normalised range `[from, to)` holds no clause or sentence break. */
export function unbroken(normal: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBreak(normal, i)) return false
  return true
}

/** The index of the clause holding the normalised index `index`, or -1 in the white space between clauses. */
export function clauseIndexAt(context: Pick<RuleContext, 'clauses'>, index: number): number {
  return rangeIndex(context.clauses, index)
}

/**
 * The clause holding the normalised index `index`, or `undefined` in the
 * white space between clauses. Binary search: clauses are in order.
 */
export function clauseAt(context: Pick<RuleContext, 'clauses'>, index: number): ClauseInfo | undefined {
  return context.clauses[rangeIndex(context.clauses, index)]
}

/** The sentence holding the normalised index `index`, or `undefined` between sentences. */
export function sentenceAt(context: Pick<RuleContext, 'sentences'>, index: number): SentenceInfo | undefined {
  return context.sentences[rangeIndex(context.sentences, index)]
}

/** How many sentences back `runOnStart` reads a chat line. */
const maxRunOn = 2

/** Marks after which a chat line does not run on into the next sentence. */
const terminalMarks = /[。！？!?.…~～]/u

/**
 * Where the chat line holding the normalised index `index` starts: its
 * sentence, with at most `maxRunOn` sentences before it that run on into it
 * with nothing but white space between (the parser cuts chat bubbles at a
 * space between two Han characters: `好评后8元 红包秒到` is two sentences
 * there, one offer here), not after a terminal mark or across a line break.
 */
export function runOnStart(context: Pick<RuleContext, 'sentences' | 'text'>, index: number): number | undefined {
  const sentences = context.sentences
  let at = rangeIndex(sentences, index)
  if (at < 0 || !sentences[at]) return undefined
  for (let guard = 0; guard < maxRunOn && at > 0; guard++) {
    const previous = sentences[at - 1]!
    const between = context.text.slice(previous.end, sentences[at]!.start)
    if (!/^[ \t\u3000]+$/u.test(between) || terminalMarks.test(context.text.charAt(previous.end - 1))) break
    at--
  }
  return sentences[at]!.normalStart
}

/**
 * Where the clause holding `index` starts, with a list cut by `、` read as one
 * clause: a negation before the list governs all of it (`不能通过微信、QQ交流`).
 */
export function listClauseStart(context: Pick<RuleContext, 'clauses' | 'normal'>, index: number): number {
  const clauses = context.clauses
  const found = rangeIndex(clauses, index)
  if (found < 0) return index
  let k = found
  // A list is a few items long; the bound keeps a hostile run of `、` linear.
  for (let steps = 0; k > 0 && steps < 8; k--, steps++) {
    let before = clauses[k]!.normalStart - 1
    while (before > 0 && context.normal.text.charAt(before) === ' ') before--
    if (clauses[k - 1]!.sentence !== clauses[k]!.sentence || context.normal.text.charAt(before) !== '、') break
  }
  return clauses[k]!.normalStart
}

/**
 * Whether any of `matches` overlaps the normalised range `[from, to)`: a
 * negation near a pair (`findNegations`), an exempting word in a clause.
 *
 * @param matches Non-overlapping matches in order (as `leftmostLongest` and
 *   `findNegations` return them), so that a binary search finds the first.
 */
export function anyWithin(matches: readonly Match[], from: number, to: number): boolean {
  let low = 0
  let high = matches.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (matches[middle]!.normalEnd <= from) low = middle + 1
    else high = middle
  }
  return low < matches.length && matches[low]!.normalStart < to
}

/**
 * Whether the words between two English matches are only linking words
 * (`add me` *on* `WhatsApp`, `send us` *the* `code`): a pair with other words
 * between is two separate things (`add a line`).
 *
 * @param gap The normalised text between the two matches.
 * @param linking The words allowed in the gap.
 * @param maxWords How many linking words may stand between.
 */
export function onlyLinkingWords(gap: string, linking: ReadonlySet<string>, maxWords: number): boolean {
  let words = 0
  let start = -1
  for (let i = 0; i <= gap.length; i++) {
    const c = i < gap.length ? gap.charCodeAt(i) : 0x20
    if (c === 0x20) {
      if (start >= 0) {
        if (++words > maxWords || !linking.has(gap.slice(start, i))) return false
        start = -1
      }
    } else if (start < 0) {
      start = i
    }
  }
  return true
}

/** Whether a lexicon phrase (normalised) is English: its gaps are counted in words, not characters. */
export function isLatinPhrase(phrase: string): boolean {
  const c = phrase.charCodeAt(0)
  return c >= 0x61 && c <= 0x7a
}
