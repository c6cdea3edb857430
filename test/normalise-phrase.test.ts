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

  it.each([
    ['q q', 'qq'],
    ['a moment', 'a moment'],
    ['dry-clean', 'dryclean'],
    ['一三九八八六', '139886'],
    ['一三九八八', '一三九八八'],
    ['1三9八8六', '139886'],
    ['o13800138000', 'o13800138000'],
    ['138o0138000', '13800138000'],
    ['5元', '5元'],
    ['這個', '这个'],
    ['甚么', '什么'],
    ['微 信', '微信'],
  ])('keeps what the shortcut must leave to the normaliser: %s → %s', (written, normal) => {
    expect(normalisePhrase(written)).toBe(normal)
  })
})
