/**
 * The built-in lexicons come compiled by the build (src/compiled-lexicons.ts):
 * the generated table is current, it is trusted only while it fits the
 * lexicons, and the automaton shared by every configuration finds exactly
 * what an automaton compiled at run time through the normaliser finds.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { builtInLexicons, distinct, fingerprint } from '../src/compiled-lexicons.js'
import { lexiconsOf } from '../src/construction.js'
import { phraseExceptions } from '../src/lexicons.generated.js'
import { LexiconSet } from '../src/matcher.js'
import { normalise, normalisePhrase } from '../src/normalise.js'
import type { Lexicon } from '../src/types.js'
import { lexiconTable } from '../scripts/generate-lexicons.js'
import { loadFixture, root } from './helpers/fixtures.js'

/** Every fixture text of every rule: replies that hit and miss the word lists. */
const texts = rules.flatMap((rule) => {
  const fixture = loadFixture(rule.meta.id)
  return [...fixture.valid.map((item) => (typeof item === 'string' ? item : item.text)), ...fixture.invalid.map((item) => item.text)]
})

/** What a scan found, comparable across sets: lexicon index, phrase and range, in the order reported. */
function found(set: LexiconSet, text: string) {
  return set.scan(normalise(text, set.watch).text).map((matches) => matches.map((m) => [m.pattern.entry, m.pattern.phrase, m.start, m.end]))
}

/** The same lexicons as new arrays: unknown to the build, so compiled at run time through the normaliser. */
const copies = (lexicons: readonly Lexicon[]) => lexicons.map((lexicon) => [...lexicon])

describe('compiled lexicons', () => {
  it('are generated from the lexicons as they are (`npm run generate`)', () => {
    const file = path.join(root, 'src', 'lexicons.generated.ts')
    if (process.env.REPLYLINT_UPDATE === '1') fs.writeFileSync(file, lexiconTable())
    expect(fs.readFileSync(file, 'utf8')).toBe(lexiconTable())
  })

  it('are trusted while the fingerprint fits, and hold the normaliser’s forms', () => {
    const table = builtInLexicons()
    expect(table).toBeDefined()
    expect(table!.lexicons).toEqual(distinct(rules.flatMap(lexiconsOf)))
    for (let i = 0; i < phraseExceptions.length; i += 2) expect(normalisePhrase(phraseExceptions[i]!)).toBe(phraseExceptions[i + 1])
    expect(table!.normalised('Ｑ Ｑ')).toBe('Ｑ Ｑ') // only for phrases of the lexicons: others go through the normaliser
    expect(table!.normalised('I’m')).toBe('I’m')
    expect(table!.normalised("I'm")).toBe("i'm")
  })

  it('change their fingerprint with any phrase', () => {
    const lexicons = table().lexicons
    const before = fingerprint(lexicons)
    const edited = lexicons.map((lexicon, i) => (i === 3 ? [{ ...lexicon[0]!, match: '加我' }, ...lexicon.slice(1)] : lexicon))
    expect(fingerprint(edited)).not.toBe(before)
    const aliased = lexicons.map((lexicon, i) => (i === 3 ? [{ ...lexicon[0]!, notBefore: ['x'] }, ...lexicon.slice(1)] : lexicon))
    expect(fingerprint(aliased)).not.toBe(before)
    expect(fingerprint([...lexicons])).toBe(before)
  })

  it('find in the shared automaton what a run-time automaton finds, for every rule set', () => {
    const all = distinct(rules.flatMap(lexiconsOf))
    const sets = [
      all,
      distinct(rules.filter((rule) => rule.meta.preset === 'recommended').flatMap(lexiconsOf)),
      distinct(rules.filter((rule) => rule.meta.id !== 'no-command').flatMap(lexiconsOf)),
    ]
    for (const lexicons of sets) {
      const compiled = new LexiconSet(lexicons)
      const runtime = new LexiconSet(copies(lexicons))
      for (const text of texts) expect(found(compiled, text), text).toEqual(found(runtime, text))
    }
  }, 60_000)

  it('compile a rule’s own small set from the build’s phrases alike', () => {
    const one = rules.find((rule) => rule.meta.id === 'no-off-platform-contact')!
    const lexicons = distinct(lexiconsOf(one))
    const compiled = new LexiconSet(lexicons)
    const runtime = new LexiconSet(copies(lexicons))
    for (const text of [...texts, '加我微 信 看看', '加我V♡X吧', 'add me on w h a t s a p p']) expect(found(compiled, text), text).toEqual(found(runtime, text))
  })

  it('still reject a custom phrase that normalises to nothing, when the set is made', () => {
    expect(() => new LexiconSet([[{ match: '\u200b' }]])).toThrow(/empty once normalised/)
  })
})

function table() {
  const value = builtInLexicons()
  if (!value) throw new Error('no compiled lexicons')
  return value
}
