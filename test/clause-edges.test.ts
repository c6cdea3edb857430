import { describe, expect, it } from 'vitest'
import { closesClause, endsClause, holdsWords } from '../src/language/clause-edges.js'

const particles = new Set(['哦', '呢'])

describe('clause edges', () => {
  it('closesClause reads the whole rest of a clause: marks, spaces and particles only', () => {
    expect(closesClause('加我微信哦~', 4, 6, particles)).toBe(true)
    expect(closesClause('添加微信为好友', 4, 7, particles)).toBe(false)
    expect(closesClause('加微信哦好吗', 3, 6, particles)).toBe(false)
    expect(closesClause('加微信', 3, 3, particles)).toBe(true)
  })

  it('endsClause reads only the first character after the word', () => {
    expect(endsClause('加微信哦好吗', 3, particles)).toBe(true)
    expect(endsClause('添加微信为好友', 4, particles)).toBe(false)
  })

  it('holdsWords reads a character beyond the Basic Multilingual Plane whole', () => {
    expect(holdsWords('~ 𠀾 ~', 0, 5)).toBe(true)
    expect(holdsWords('~，。 ', 0, 4)).toBe(false)
    expect(holdsWords('哦~', 0, 2, particles)).toBe(false)
    expect(closesClause('加微信𠀾', 3, 5, particles)).toBe(false)
  })
})
