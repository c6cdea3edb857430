import { describe, expect, it } from 'vitest'
import { toTraditional } from '../src/language/script.js'

describe('toTraditional', () => {
  it('converts a word as a word where its characters would convert otherwise (OpenCC STPhrases)', () => {
    expect(toTraditional('有需要再联系哦')).toBe('有需要再聯繫喔')
    expect(toTraditional('麻烦您尽快确认收货')).toBe('麻煩您儘快確認收貨')
    expect(toTraditional('这款划算，适合游泳')).toBe('這款划算，適合游泳')
  })

  it('converts the characters of other words one by one, and leaves what is not Chinese', () => {
    expect(toTraditional('系统')).toBe('系統')
    expect(toTraditional('OK 👍 联系')).toBe('OK 👍 聯繫')
    expect(toTraditional('')).toBe('')
  })
})
