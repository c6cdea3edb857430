/**
 * Identifiers of people and orders: mainland mobile numbers, order ids and
 * tracking numbers. Used to find other customers' data in a reply and to
 * mask it wherever replylint prints it.
 */
import { numerals } from '../disguise/lookalikes.js'
import { normalise } from '../normalise.js'
import type { Normalised } from '../types.js'

/** The kind of an identifier. */
export type IdentifierKind = 'phone' | 'order' | 'tracking'

/** An identifier found in a text. */
export interface Identifier {
  readonly kind: IdentifierKind
  /** Start offset in the original text. */
  readonly start: number
  /** End offset in the original text. */
  readonly end: number
  /** Its digits (and courier prefix, upper case), separators removed: comparable across spellings. */
  readonly value: string
}

// Each pattern has bounded quantifiers only, so scanning stays linear in the text.
const patterns: ReadonlyArray<{ kind: IdentifierKind; pattern: RegExp }> = [
  // A courier's digits may be spaced or hyphenated anywhere, as copied from an app or read out
  // (`JT 5520 1879 3364 1`).
  { kind: 'tracking', pattern: /(?<![a-z0-9])(?:sf[ -]?(?:\d[ -]?){11}\d|(?:yt|jt)[ -]?(?:\d[ -]?){12}\d|jd[a-z]?\d{11,13})(?![0-9])/g },
  // UPS: 1Z and sixteen letters and digits.
  { kind: 'tracking', pattern: /(?<![a-z0-9])1z[0-9a-z]{16}(?![a-z0-9])/g },
  { kind: 'tracking', pattern: /(?<=(?:运单|快递单|物流单|快递|面单)(?:号|号码|编号)?\s{0,2}(?:是|为)?\s{0,2}[:：]?\s{0,2})\d{12,15}(?!\d)/g },
  { kind: 'order', pattern: /(?<=订单(?:号|编号)?\s{0,2}(?:是|为)?\s{0,2}[:：]?\s{0,2})\d{6,20}(?!\d)/g },
  // Amazon's order ids (`113-3632693-6196346`).
  { kind: 'order', pattern: /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/g },
  // English shops number orders from four digits (`order #48213`, `order number 100234`).
  { kind: 'order', pattern: /(?<=\border\s{0,2}(?:#|no\.?|number|id)\s{0,2}[:：]?\s{0,2}#?)\d{4,20}(?![\d-])/g },
  { kind: 'order', pattern: /(?<![\d.])\d{15,20}(?![\d.])/g },
  // An order id copied in groups of four (`2024 0315 8876 5432 10`), not a list of sizes (`160 165 170`).
  { kind: 'order', pattern: /(?<![\d.])\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,4})?(?![\d.])/g },
  // Groups may be split by a space, a hyphen or a dot (`135.7777.6666`).
  { kind: 'phone', pattern: /(?<![\d+])(?:\+?86[ .-]?)?1[3-9]\d(?:[ .-]?\d{4}){2}(?![\d]|\.\d)/g },
  // Or spelled out digit by digit to pass a filter (`1 3 9 - 0 0 0 1 - 2 3 4 5`): every digit apart, so a list of
  // sizes (`13 15 17 19 21 23`) is not one.
  { kind: 'phone', pattern: /(?<![\d+][ .-]{0,3})1[ .-]{1,3}[3-9](?:[ .-]{1,3}\d){9}(?![ .-]{0,3}\d)/g },
]

/**
 * Find identifiers in `text` (or in its normalised view, if given).
 * Overlaps resolve to the first found: a courier number wins over the bare
 * digits inside it.
 */
export function findIdentifiers(text: string, view?: Normalised): Identifier[] {
  // Every identifier holds at least four digits (an English shop's `order #4821`; the others six or more,
  // perhaps spaced: 138 0013 8000); most replies hold fewer.
  if (countDigits(text) < 4) return []
  const normal = view ?? normalise(text)
  const found: Identifier[] = []
  // Units already claimed by an earlier pattern: a bitmap keeps the overlap check linear.
  const taken = new Uint8Array(normal.text.length)
  for (const { kind, pattern } of patterns) {
    pattern.lastIndex = 0
    for (const match of normal.text.matchAll(pattern)) {
      const from = match.index
      const to = from + match[0].length
      if (taken.subarray(from, to).includes(1)) continue
      taken.fill(1, from, to)
      found.push({
        kind,
        start: normal.starts[from]!,
        end: normal.ends[to - 1]!,
        value: match[0].replace(/[^0-9a-z]/g, '').replace(/^86(?=1[3-9]\d{9}$)/, '').toUpperCase(),
      })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Digits as the normaliser reads them: ASCII, full-width, circled (`①`, `❶`) and Chinese numerals (`一三九`). */
function countDigits(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x2460 && c <= 0x2473) || (c >= 0x2776 && c <= 0x2793) || numerals.has(c)) count++
  }
  return count
}

/** Mask the middle of an identifier: `13812345678` → `138****5678`. */
export function maskValue(value: string): string {
  const characters = [...value]
  if (characters.length <= 4) return '*'.repeat(characters.length)
  const keepStart = Math.min(3, characters.length - 4)
  const keepEnd = 4
  const hidden = characters.length - keepStart - keepEnd
  // A short id (an English shop's `48213`) keeps only its last two: its first ones would give most of it away.
  if (hidden <= 0) return '*'.repeat(characters.length - 2) + characters.slice(-2).join('')
  return characters.slice(0, keepStart).join('') + '*'.repeat(Math.min(hidden, 4)) + characters.slice(-keepEnd).join('')
}

/** Mask every phone number, order id and tracking number in `text`. */
export function maskIdentifiers(text: string): string {
  const identifiers = findIdentifiers(text)
  let out = ''
  let position = 0
  for (const { start, end } of identifiers) {
    out += text.slice(position, start) + maskValue(text.slice(start, end))
    position = end
  }
  return out + text.slice(position)
}
