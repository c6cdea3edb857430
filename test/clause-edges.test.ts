import { describe, expect, it } from 'vitest'
import { closesClause, endsClause } from '../src/language/clause-edges.js'

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
})
