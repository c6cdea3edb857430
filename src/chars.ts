/**
 * Character classes shared by the parser, the normaliser and the matcher.
 *
 * They work on code points and avoid regular expressions on the hot path:
 * a reply is classified once per character, so each test must be a few
 * comparisons.
 */

/** Whether `cp` is a Han ideograph (CJK unified, extensions, compatibility, `〇`). */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007
  )
}

/** Whether `cp` is an ASCII letter or digit. */
export function isAsciiAlnum(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39)
}

/** Whether `cp` is an ASCII letter. */
export function isAsciiLetter(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)
}

/** Whether `cp` is an ASCII digit. */
export function isDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39
}

/**
 * Whether `cp` is invisible: zero-width characters, bidi controls, soft
 * hyphens, variation selectors and tag characters. Filters are dodged with
 * them (`返\u200b现`), and they never carry meaning in a chat reply.
 */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206f) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e ||
    cp === 0x034f ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  )
}

/** Whether `cp` is white space, including the ideographic space and NBSP. */
export function isWhiteSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x3000 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x85
  )
}

const letterOrNumber = /[\p{L}\p{N}]/u
const combiningMark = /\p{M}/u
const punctuation = /\p{P}/u

/**
 * The Unicode classes below, memoised per BMP code point as they are first
 * asked for: a RegExp per character showed in the per-lint profile, and a
 * table built up front would cost every process start. Bits: known,
 * letter or number, combining mark, punctuation.
 */
const classes = new Uint8Array(0x10000)
const known = 1
const letterOrNumberBit = 2
const markBit = 4
const punctuationBit = 8

function classOf(cp: number): number {
  let bits = classes[cp]!
  if (bits === 0) {
    const character = String.fromCharCode(cp)
    bits =
      known |
      (letterOrNumber.test(character) ? letterOrNumberBit : 0) |
      (combiningMark.test(character) ? markBit : 0) |
      (punctuation.test(character) ? punctuationBit : 0)
    classes[cp] = bits
  }
  return bits
}

/** Whether `cp` has the class `bit` (astral code points are tested with `pattern`). */
function hasClass(cp: number, bit: number, pattern: RegExp): boolean {
  return cp > 0xffff ? pattern.test(String.fromCodePoint(cp)) : (classOf(cp) & bit) !== 0
}

/** Whether `cp` is a letter or digit of any script other than Han. */
export function isOtherLetter(cp: number): boolean {
  if (cp < 0x80) return isAsciiAlnum(cp)
  if (isHan(cp)) return false
  return hasClass(cp, letterOrNumberBit, letterOrNumber)
}

/** Whether `cp` is a combining mark (it belongs to the character before it). */
export function isCombiningMark(cp: number): boolean {
  if (cp < 0x300) return false
  return hasClass(cp, markBit, combiningMark)
}

/** Whether `cp` is punctuation (Unicode category P). */
export function isPunctuation(cp: number): boolean {
  if (cp < 0x80) {
    return (
      (cp >= 0x21 && cp <= 0x2f && cp !== 0x24 && cp !== 0x2b) ||
      (cp >= 0x3a && cp <= 0x40 && cp !== 0x3c && cp !== 0x3d && cp !== 0x3e) ||
      (cp >= 0x5b && cp <= 0x60 && cp !== 0x5e && cp !== 0x60) ||
      cp === 0x7b ||
      cp === 0x7d
    )
  }
  return hasClass(cp, punctuationBit, punctuation)
}

/**
 * Lower case that keeps every offset: a character whose lower case has
 * another length (`İ` → `i̇`) stays as it is. For code that finds words in
 * a lower-cased copy and reports offsets in the original.
 */
export function lowerCaseInPlace(text: string): string {
  const lower = text.toLowerCase()
  // Lower-casing only ever lengthens a character, so the same length means the same offsets.
  if (lower.length === text.length) return lower
  let out = ''
  for (const character of text) {
    const folded = character.toLowerCase()
    out += folded.length === character.length ? folded : character
  }
  return out
}
