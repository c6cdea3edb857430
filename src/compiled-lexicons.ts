/**
 * The built-in lexicons, compiled by the build: their phrases come
 * normalised from `lexicons.generated.ts` (written by `npm run generate`), so
 * that a cold start does not run the normaliser over some 12,000 phrases.
 *
 * Almost every phrase is written as the normaliser sees it; the generated
 * file holds only the exceptions and a fingerprint of every phrase. The
 * table is trusted only when the fingerprint of the lexicons the process
 * actually has matches (a lexicon edited without `npm run generate` still
 * matches correctly, through the normaliser, and a test fails until the
 * file is regenerated). The package build checks the fingerprint itself and
 * refuses a stale table (`tsup.config.ts`), so the built package skips the
 * check: hashing 29,000 phrases was two thirds of a cold `createLinter`.
 *
 * `rules/index.ts` registers the built-in rules here; the matcher never
 * imports the rules itself, so no module cycle forms.
 */
import { phraseExceptions, phraseFingerprint } from './lexicons.generated.js'
import type { Lexicon, LexiconEntry } from './types.js'

/** The built-in lexicons, verified against the generated table. */
export interface BuiltInLexicons {
  /** Every built-in lexicon, in the order the generator saw them. */
  readonly lexicons: readonly Lexicon[]
  /** Index of each in `lexicons`. */
  readonly index: ReadonlyMap<Lexicon, number>
  /** The normalised form of a phrase written in one of them. */
  normalised(written: string): string
}

/** `true` in the built package, whose build checked the table (`tsup.config.ts`); undeclared in the sources. */
declare const REPLYLINT_TABLE_CHECKED: boolean | undefined
const checkedByBuild = typeof REPLYLINT_TABLE_CHECKED === 'boolean' && REPLYLINT_TABLE_CHECKED

let source: (() => Iterable<Lexicon>) | undefined
let table: BuiltInLexicons | null | undefined

/**
 * Register where the built-in lexicons come from (called by `rules/index.ts`):
 * a function, so that nothing is enumerated before the first lint.
 */
export function registerBuiltInLexicons(lexicons: () => Iterable<Lexicon>): void {
  source = lexicons
  table = undefined
}

/** Whether the built-in rules have registered their lexicons (not yet while their modules load). */
export function builtInRegistered(): boolean {
  return source !== undefined
}

/** The built-in lexicons with their precompiled phrases, or `undefined` when none are registered or the table is stale. */
export function builtInLexicons(): BuiltInLexicons | undefined {
  // Nothing is cached before the rules register: a rule module may build a set while they load.
  if (table === undefined && source) table = load()
  return table ?? undefined
}

/** The registered built-in lexicons, distinct, in the order the table is made in (for the generator). */
export function registeredLexicons(): Lexicon[] {
  return source ? distinct(source()) : []
}

/** Every distinct lexicon of `lexicons`, in first-seen order. */
export function distinct(lexicons: Iterable<Lexicon>): Lexicon[] {
  const seen = new Set<Lexicon>()
  for (const lexicon of lexicons) seen.add(lexicon)
  return [...seen]
}

/** Whether the table was made from the registered lexicons (see `fingerprint`). */
export function tableIsCurrent(): boolean {
  return isCurrent(registeredLexicons())
}

/** Whether the table was made from these very lexicons. */
function isCurrent(lexicons: readonly Lexicon[]): boolean {
  return fingerprint(lexicons) === phraseFingerprint
}

function load(): BuiltInLexicons | null {
  const lexicons = registeredLexicons()
  if (!checkedByBuild && !isCurrent(lexicons)) return null
  const exceptions = new Map<string, string>()
  for (let i = 0; i + 1 < phraseExceptions.length; i += 2) exceptions.set(phraseExceptions[i]!, phraseExceptions[i + 1]!)
  return {
    lexicons,
    index: new Map(lexicons.map((lexicon, i) => [lexicon, i])),
    normalised: (written) => exceptions.get(written) ?? written,
  }
}

/** Every phrase of an entry that the matcher normalises: its matches, `notAfter`, `notBefore` and watch aliases. */
export function writtenPhrases(entry: LexiconEntry): string[] {
  const phrases: string[] = []
  eachPhrase(entry, (phrase) => phrases.push(phrase))
  return phrases
}

function eachPhrase(entry: LexiconEntry, visit: (phrase: string) => void): void {
  if (typeof entry.match === 'string') visit(entry.match)
  else for (const phrase of entry.match) visit(phrase)
  if (entry.notAfter) for (const phrase of entry.notAfter) visit(phrase)
  if (entry.notBefore) for (const phrase of entry.notBefore) visit(phrase)
  if (typeof entry.watch === 'object' && entry.watch.aliases) for (const phrase of entry.watch.aliases) visit(phrase)
}

/** FNV-1a over every phrase of `lexicons`, with separators: any edit of a phrase changes it. */
export function fingerprint(lexicons: readonly Lexicon[]): number {
  let hash = 0x811c9dc5
  const mix = (phrase: string) => {
    for (let i = 0; i < phrase.length; i++) hash = Math.imul(hash ^ phrase.charCodeAt(i), 0x01000193)
    hash = Math.imul(hash ^ 0xffff, 0x01000193)
  }
  for (const lexicon of lexicons) {
    for (const entry of lexicon) {
      eachPhrase(entry, mix)
      hash = Math.imul(hash ^ 0xfffe, 0x01000193)
    }
    hash = Math.imul(hash ^ 0xfffd, 0x01000193)
  }
  return hash >>> 0
}
