import { describe, expect, it } from 'vitest'
import { isCombiningMark, isOtherLetter, isPunctuation } from '../src/chars.js'

describe('character classes', () => {
  it('agree with the Unicode property escapes for every BMP code point and a sample of astral ones, asked twice (memoised)', () => {
    const disagree: number[] = []
    for (let round = 0; round < 2; round++) {
      for (let cp = 0x80; cp <= 0x10ffff; cp += cp > 0xffff ? 97 : 1) {
        const character = String.fromCodePoint(cp)
        const han = /\p{Script=Han}/u.test(character) && /\p{L}|\p{N}/u.test(character)
        if (
          isCombiningMark(cp) !== (cp >= 0x300 && /\p{M}/u.test(character)) ||
          isPunctuation(cp) !== /\p{P}/u.test(character) ||
          (!han && isOtherLetter(cp) !== /[\p{L}\p{N}]/u.test(character))
        ) {
          disagree.push(cp)
        }
      }
    }
    expect(disagree).toEqual([])
  })

  it('classify common characters of a reply', () => {
    expect([0x301, 0x3099, 0x4e00].map(isCombiningMark)).toEqual([true, true, false])
    expect([0xff0c, 0x3002, 0x4f60, 0x1f600].map(isPunctuation)).toEqual([true, true, false, false])
    expect([0x0416, 0xac00, 0x4f60, 0xff0c].map(isOtherLetter)).toEqual([true, true, false, false])
  })
})
