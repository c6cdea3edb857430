/**
 * The built-in lexicons, registered by `rules/index.ts` so that the matcher
 * can compile them once into the automaton every configuration shares
 * (`matcher.ts`) without importing the rules itself (no module cycle).
 */
import type { Lexicon } from './types.js'

/** The built-in lexicons, in a fixed order, and the index of each. */
export interface BuiltInLexicons {
  readonly lexicons: readonly Lexicon[]
  readonly index: ReadonlyMap<Lexicon, number>
}

let source: (() => Iterable<Lexicon>) | undefined
let table: BuiltInLexicons | undefined

/**
 * Register where the built-in lexicons come from (called by `rules/index.ts`):
 * a function, so that nothing is enumerated before the first lint.
 */
export function registerBuiltInLexicons(lexicons: () => Iterable<Lexicon>): void {
  source = lexicons
  table = undefined
}

/** The built-in lexicons, or `undefined` while none are registered (a rule module may build a set as the rules load). */
export function builtInLexicons(): BuiltInLexicons | undefined {
  if (!table && source) {
    const lexicons = [...new Set(source())]
    table = { lexicons, index: new Map(lexicons.map((lexicon, i) => [lexicon, i])) }
  }
  return table
}
