/**
 * The built-in lexicons are compiled once into an automaton that every
 * configuration shares (src/matcher.ts): it finds exactly what an automaton
 * compiled for the set alone finds.
 */
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { builtInLexicons } from '../src/built-in-lexicons.js'
import { lexiconsOf } from '../src/construction.js'
import { LexiconSet } from '../src/matcher.js'
import { normalise } from '../src/normalise.js'
import type { Lexicon } from '../src/types.js'
import { loadFixture } from './helpers/fixtures.js'

const distinct = (lexicons: Iterable<Lexicon>) => [...new Set(lexicons)]

/** Every fixture text of every rule: replies that hit and miss the word lists. */
const texts = rules.flatMap((rule) => {
  const fixture = loadFixture(rule.meta.id)
  return [...fixture.valid.map((item) => (typeof item === 'string' ? item : item.text)), ...fixture.invalid.map((item) => item.text)]
})

/** What a scan found, comparable across sets: lexicon index, phrase and range, in the order reported. */
function found(set: LexiconSet, text: string) {
  return set.scan(normalise(text, set.watch).text).map((matches) => matches.map((m) => [m.pattern.entry, m.pattern.phrase, m.start, m.end]))
}

/** The same lexicons as new arrays: not built in, so compiled for the set alone. */
const copies = (lexicons: readonly Lexicon[]) => lexicons.map((lexicon) => [...lexicon])

describe('built-in lexicons', () => {
  it('are registered by the rules, each once', () => {
    expect(builtInLexicons()!.lexicons).toEqual(distinct(rules.flatMap(lexiconsOf)))
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
  })

  it('compile a rule’s own small set alike', () => {
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
