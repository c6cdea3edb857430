/**
 * `normalisePhrase` skips the normaliser for phrases already written as it
 * writes them; the shortcut must never change a result.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { writtenPhrases } from '../src/compiled-lexicons.js'
import { lexiconsOf } from '../src/construction.js'
import { normalise, normalisePhrase } from '../src/normalise.js'

/** Units around every rule of the shortcut: letters, spaces, symbols, joiners, numerals, digits, traditional and folded characters. */
const alphabet = [...'0138abilo qxyzAQ \'.,!?@$#-_/|~1０一二三四五六七八九十零幺你们妳喔甚麼么這个個微信返现ＱⅠ\u200b\u3000，']

describe('normalisePhrase', () => {
  it('gives what the normaliser gives, for every phrase of the built-in lexicons', () => {
    for (const lexicon of new Set(rules.flatMap(lexiconsOf))) {
      for (const entry of lexicon) for (const phrase of writtenPhrases(entry)) expect(normalisePhrase(phrase), phrase).toBe(normalise(phrase).text)
    }
  })

  it('gives what the normaliser gives, for any phrase', () => {
    const phrase = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((units) => units.join(''))
    fc.assert(fc.property(phrase, (text) => normalisePhrase(text) === normalise(text).text), { numRuns: 20000 })
  })

  it('keeps the cases the shortcut must leave to the normaliser', () => {
    expect(normalisePhrase('q q')).toBe('qq')
    expect(normalisePhrase('a moment')).toBe('a moment')
    expect(normalisePhrase('dry-clean')).toBe('dryclean')
    expect(normalisePhrase('一三九八八六')).toBe('139886')
    expect(normalisePhrase('一三九八八')).toBe('一三九八八')
    expect(normalisePhrase('1三9八8六')).toBe('139886')
    expect(normalisePhrase('o13800138000')).toBe('o13800138000')
    expect(normalisePhrase('138o0138000')).toBe('13800138000')
    expect(normalisePhrase('5元')).toBe('5元')
    expect(normalisePhrase('這個')).toBe('这个')
    expect(normalisePhrase('甚么')).toBe('什么')
    expect(normalisePhrase('微 信')).toBe('微信')
  })
})
