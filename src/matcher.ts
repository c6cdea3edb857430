/**
 * Lexicon matching: every phrase of every lexicon of every enabled rule is
 * compiled into one Aho–Corasick automaton (`automaton.ts`), so a reply is scanned once,
 * whatever the number of rules and phrases, in time linear in its length
 * (plus the matches found).
 */
import { Automaton } from './automaton.js'
import { isAsciiAlnum } from './chars.js'
import { WatchSet } from './disguise/watch.js'
import { normalisePhrase } from './normalise.js'
import type { Lexicon, LexiconEntry } from './types.js'

/** One phrase of the automaton. */
interface Pattern {
  /** Index of its lexicon in the compiled set. */
  readonly lexicon: number
  readonly entry: LexiconEntry
  /** The normalised phrase. */
  readonly phrase: string
  /** Whether a Latin letter or digit may not stand right before / after it. */
  readonly boundaryStart: boolean
  readonly boundaryEnd: boolean
  readonly notAfter: readonly string[]
  readonly notBefore: readonly string[]
}

/** A raw match: pattern index and normalised range. */
export interface RawMatch {
  readonly pattern: Pattern
  readonly start: number
  readonly end: number
}

/**
 * Every phrase of a set of lexicons, compiled into one automaton over the
 * normalised text; the watched ones also into the disguise matcher that the
 * normaliser runs first (see `disguise/watch.ts`).
 */
export class LexiconSet {
  /** The lexicons, in the order their indices refer to. */
  readonly lexicons: readonly Lexicon[]
  /** The watched phrases, for `normalise(text, set.watch)`. */
  readonly watch: WatchSet
  private readonly index = new Map<Lexicon, number>()
  private readonly automaton = new Automaton<Pattern>()

  constructor(lexicons: Iterable<Lexicon>) {
    const list: Lexicon[] = []
    for (const lexicon of lexicons) {
      if (this.index.has(lexicon)) continue
      this.index.set(lexicon, list.length)
      list.push(lexicon)
    }
    this.lexicons = list
    const watched: LexiconEntry[] = []
    list.forEach((lexicon, lexiconIndex) => {
      for (const entry of lexicon) {
        const phrases = typeof entry.match === 'string' ? [entry.match] : entry.match
        for (const written of phrases) this.add(lexiconIndex, entry, written)
        if (entry.watch) watched.push(entry)
      }
    })
    this.watch = new WatchSet(watched)
  }

  /** The index of `lexicon`, or -1 when it was not compiled in. */
  indexOf(lexicon: Lexicon): number {
    return this.index.get(lexicon) ?? -1
  }

  private add(lexicon: number, entry: LexiconEntry, written: string): void {
    const phrase = normalisePhrase(written)
    if (phrase.length === 0) throw new Error(`Lexicon phrase \`${written}\` is empty once normalised`)
    this.automaton.add(phrase, {
      lexicon,
      entry,
      phrase,
      boundaryStart: isAsciiAlnum(phrase.charCodeAt(0)),
      boundaryEnd: isAsciiAlnum(phrase.charCodeAt(phrase.length - 1)),
      notAfter: (entry.notAfter ?? []).map(normalisePhrase),
      notBefore: (entry.notBefore ?? []).map(normalisePhrase),
    })
  }

  /**
   * Find every pattern in `text` (normalised) that passes its boundary checks.
   *
   * @returns Matches grouped by lexicon index.
   */
  scan(text: string): RawMatch[][] {
    const found = this.scanSparse(text)
    for (let i = 0; i < this.lexicons.length; i++) found[i] ??= []
    return found as RawMatch[][]
  }

  /**
   * As `scan`, but a lexicon with no match has no entry: most of the hundreds
   * of lexicons find nothing in a reply, and an empty array for each showed
   * in the per-lint profile.
   */
  scanSparse(text: string): Array<RawMatch[] | undefined> {
    const found = new Array<RawMatch[] | undefined>(this.lexicons.length)
    this.automaton.scan(text, (pattern, end) => {
      const start = end - pattern.phrase.length
      if (accepts(text, pattern, start, end)) (found[pattern.lexicon] ??= []).push({ pattern, start, end })
    })
    return found
  }
}

/** Whether the unit at `index` continues a word: a letter or digit, or an apostrophe between two. */
function inWord(text: string, index: number): boolean {
  const c = text.charCodeAt(index)
  if (isAsciiAlnum(c)) return true
  return c === 0x27 && isAsciiAlnum(text.charCodeAt(index - 1)) && isAsciiAlnum(text.charCodeAt(index + 1))
}

function accepts(text: string, pattern: Pattern, start: number, end: number): boolean {
  // In English a phrase is whole words (`no` is not in `not`, `i` not in `i'm`); Chinese has no such boundary.
  if (pattern.boundaryStart && start > 0 && inWord(text, start - 1)) return false
  if (pattern.boundaryEnd && end < text.length && inWord(text, end)) return false
  for (const before of pattern.notAfter) {
    if (start >= before.length && text.startsWith(before, start - before.length)) return false
  }
  for (const after of pattern.notBefore) {
    if (text.startsWith(after, end)) return false
  }
  return true
}

/**
 * Leftmost-longest selection of overlapping matches, so that `不好意思` wins
 * over the `不` inside it and `特别` over its `别`. O(n log n).
 */
export function leftmostLongest<T extends { readonly start: number; readonly end: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: T[] = []
  let reached = -1
  for (const match of sorted) {
    if (match.start >= reached) {
      kept.push(match)
      reached = match.end
    }
  }
  return kept
}
