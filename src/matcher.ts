/**
 * Lexicon matching: every phrase of every lexicon of every enabled rule is
 * compiled into one Aho–Corasick automaton, so a reply is scanned once,
 * whatever the number of rules and phrases, in time linear in its length
 * (plus the matches found).
 */
import { isAsciiAlnum } from './chars.js'
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
 * An Aho–Corasick automaton over UTF-16 units of normalised text.
 */
export class LexiconSet {
  /** The lexicons, in the order their indices refer to. */
  readonly lexicons: readonly Lexicon[]
  private readonly index = new Map<Lexicon, number>()
  private readonly patterns: Pattern[] = []
  private readonly goto: Array<Map<number, number>> = [new Map()]
  private fail: Int32Array = new Int32Array(1)
  /** Patterns ending at a node. */
  private readonly output: Array<number[] | undefined> = [undefined]
  /** Nearest node on the fail chain that has output, or 0. */
  private outputLink: Int32Array = new Int32Array(1)

  constructor(lexicons: Iterable<Lexicon>) {
    const list: Lexicon[] = []
    for (const lexicon of lexicons) {
      if (this.index.has(lexicon)) continue
      this.index.set(lexicon, list.length)
      list.push(lexicon)
    }
    this.lexicons = list
    list.forEach((lexicon, lexiconIndex) => {
      for (const entry of lexicon) {
        const phrases = typeof entry.match === 'string' ? [entry.match] : entry.match
        for (const written of phrases) this.add(lexiconIndex, entry, written)
      }
    })
    this.link()
  }

  /** The index of `lexicon`, or -1 when it was not compiled in. */
  indexOf(lexicon: Lexicon): number {
    return this.index.get(lexicon) ?? -1
  }

  private add(lexicon: number, entry: LexiconEntry, written: string): void {
    const phrase = normalisePhrase(written)
    if (phrase.length === 0) throw new Error(`Lexicon phrase \`${written}\` is empty once normalised`)
    const pattern: Pattern = {
      lexicon,
      entry,
      phrase,
      boundaryStart: isAsciiAlnum(phrase.charCodeAt(0)),
      boundaryEnd: isAsciiAlnum(phrase.charCodeAt(phrase.length - 1)),
      notAfter: (entry.notAfter ?? []).map(normalisePhrase),
      notBefore: (entry.notBefore ?? []).map(normalisePhrase),
    }
    let node = 0
    for (let i = 0; i < phrase.length; i++) {
      const unit = phrase.charCodeAt(i)
      let next = this.goto[node]!.get(unit)
      if (next === undefined) {
        next = this.goto.length
        this.goto.push(new Map())
        this.output.push(undefined)
        this.goto[node]!.set(unit, next)
      }
      node = next
    }
    const id = this.patterns.length
    this.patterns.push(pattern)
    const out = this.output[node]
    if (out) out.push(id)
    else this.output[node] = [id]
  }

  private link(): void {
    const size = this.goto.length
    this.fail = new Int32Array(size)
    this.outputLink = new Int32Array(size)
    const queue: number[] = []
    for (const child of this.goto[0]!.values()) queue.push(child)
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!
      for (const [unit, child] of this.goto[node]!) {
        let fallback = this.fail[node]!
        while (fallback !== 0 && !this.goto[fallback]!.has(unit)) fallback = this.fail[fallback]!
        const target = this.goto[fallback]!.get(unit)
        this.fail[child] = target !== undefined && target !== child ? target : 0
        const failNode = this.fail[child]!
        this.outputLink[child] = this.output[failNode] ? failNode : this.outputLink[failNode]!
        queue.push(child)
      }
    }
  }

  /**
   * Find every pattern in `text` (normalised) that passes its boundary checks.
   *
   * @returns Matches grouped by lexicon index.
   */
  scan(text: string): RawMatch[][] {
    const found: RawMatch[][] = this.lexicons.map(() => [])
    let node = 0
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      let next = this.goto[node]!.get(unit)
      while (next === undefined && node !== 0) {
        node = this.fail[node]!
        next = this.goto[node]!.get(unit)
      }
      node = next ?? 0
      for (let hit = this.output[node] ? node : this.outputLink[node]!; hit !== 0; hit = this.outputLink[hit]!) {
        for (const id of this.output[hit]!) {
          const pattern = this.patterns[id]!
          const end = i + 1
          const start = end - pattern.phrase.length
          if (accepts(text, pattern, start, end)) found[pattern.lexicon]!.push({ pattern, start, end })
        }
      }
    }
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
