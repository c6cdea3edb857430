import { describe, expect, it } from 'vitest'
import { anySpanIn, anyStartIn, lowerBound } from '../src/binary-search.js'

describe('binary searches', () => {
  it('finds the first item not below the value', () => {
    const items = [2, 4, 4, 9]
    expect(lowerBound(items.length, (i) => items[i]! < 4)).toBe(1)
    expect(lowerBound(items.length, (i) => items[i]! < 10)).toBe(4)
  })

  it('tells whether a start lies in a range, ends excluded', () => {
    const starts = [3, 10, 20]
    expect(anyStartIn(starts, 4, 10)).toBe(false)
    expect(anyStartIn(starts, 4, 11)).toBe(true)
    expect(anyStartIn(starts, 21, 99)).toBe(false)
    expect(anyStartIn([], 0, 9)).toBe(false)
  })

  it('tells whether a span lies wholly in a range', () => {
    const starts = [3, 10, 20]
    const ends = [5, 14, 22]
    expect(anySpanIn(starts, ends, 10, 14)).toBe(true)
    expect(anySpanIn(starts, ends, 10, 13)).toBe(false)
    expect(anySpanIn(starts, ends, 4, 12)).toBe(false)
    expect(anySpanIn(starts, ends, 15, 22)).toBe(true)
  })
})
