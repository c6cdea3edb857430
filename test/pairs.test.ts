/** The compact character tables decode to their pairs exactly. */
import { describe, expect, it } from 'vitest'
import { decodePairs } from '../src/pairs.js'
import { simplifiedPairs } from '../src/simplified-table.js'
import { traditionalPairs } from '../src/language/traditional-table.js'

describe('decodePairs', () => {
  it('reads distances, escaped code points and astral characters', () => {
    // 乾 absolute, 亂 = 乾 + 4 (`$`), 𠮷 absolute (astral, after a distance too large), then 𠮸 = 𠮷 + 1 (`!`) with x.
    expect(decodePairs('~乾干$乱~𠮷吉!x')).toBe('乾干亂乱𠮷吉𠮸x')
    expect(decodePairs('')).toBe('')
  })

  it('gives the tables as pairs, sorted and with no character twice', () => {
    for (const table of [simplifiedPairs, traditionalPairs]) {
      const units = [...table]
      expect(units.length % 2).toBe(0)
      const from = units.filter((_, i) => i % 2 === 0)
      expect(new Set(from).size).toBe(from.length)
    }
    expect(simplifiedPairs).toContain('這这')
    expect(traditionalPairs).toContain('们們')
  })
})
