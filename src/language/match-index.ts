/**
 * Lookups over a rule's lexicon matches that stay linear overall: a rule
 * asks "is there a softener in this clause?" once per marker, and a reply
 * with thousands of markers must not make that quadratic.
 */
import type { ClauseInfo, LexiconEntry, Match } from '../types.js'

/** Matches sorted by their normalised start, with range and position lookups. */
export class MatchIndex<Entry extends LexiconEntry = LexiconEntry> {
  private readonly sorted: Match<Entry>[]

  constructor(matches: readonly Match<Entry>[]) {
    this.sorted = [...matches].sort((a, b) => a.normalStart - b.normalStart || b.normalEnd - a.normalEnd)
  }

  /** The longest match that starts at normalised offset `at` (sorted first among those there; no map by start to hold). */
  at(at: number): Match<Entry> | undefined {
    const match = this.sorted[this.firstFrom(at)]
    return match?.normalStart === at ? match : undefined
  }

  /** The matches lying wholly in normalised `[from, to)`, in order. */
  *within(from: number, to: number): Generator<Match<Entry>> {
    for (let i = this.firstFrom(from); i < this.sorted.length && this.sorted[i]!.normalStart < to; i++) {
      const match = this.sorted[i]!
      if (match.normalEnd <= to) yield match
    }
  }

  /** Whether a match lies wholly in normalised `[from, to)`. */
  any(from: number, to: number): boolean {
    return !this.within(from, to).next().done
  }

  /** The first match lying wholly in `[from, to)` that passes `test`. */
  find(from: number, to: number, test: (match: Match<Entry>) => boolean): Match<Entry> | undefined {
    for (const match of this.within(from, to)) if (test(match)) return match
    return undefined
  }

  /** Index of the first match starting at or after `from` (binary search). */
  private firstFrom(from: number): number {
    let low = 0
    let high = this.sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.sorted[middle]!.normalStart < from) low = middle + 1
      else high = middle
    }
    return low
  }
}

/**
 * The clause holding each of a run of ascending normalised offsets: a cursor
 * over the clauses, so looking up every marker of a reply is linear.
 */
export class ClauseCursor {
  private readonly clauses: readonly ClauseInfo[]
  private index = 0

  constructor(clauses: readonly ClauseInfo[]) {
    this.clauses = clauses
  }

  /** The clause holding `at`, or undefined; `at` must not decrease between calls. */
  at(at: number): ClauseInfo | undefined {
    while (this.index < this.clauses.length && this.clauses[this.index]!.normalEnd <= at) this.index++
    const clause = this.clauses[this.index]
    return clause && clause.normalStart <= at ? clause : undefined
  }
}
