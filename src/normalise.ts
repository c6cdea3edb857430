/**
 * The normaliser: the view of a reply that lexicons match.
 *
 * Agents write the same word in many ways (`ＱＱ`, `Q Q`, `微 信`, `微-信`,
 * `v❤信`, `返\u200b现`, `這個`, `薇信`), and people who want to get around a
 * filter do so on purpose. Rules therefore never match the raw text: they
 * match this view, in which
 *
 * - compatibility forms are folded (NFKC: full-width → half-width),
 * - case is folded,
 * - traditional Chinese is converted to simplified (character by character,
 *   with OpenCC's tables, so that no offset moves),
 * - invisible characters and combining marks are dropped,
 * - runs of white space become one space (or one line break),
 * - white space between two Han characters and between single spaced-out
 *   letters (`Q Q`, `w h a t s a p p`) is dropped,
 * - up to `maxGap` symbols wedged between two letters (`微-信`, `v❤信`) are
 *   dropped (not apostrophes: `I'd` must not become `id`; curly ones become
 *   straight),
 * - letters that only look Latin (Cyrillic `а`, Greek `ο`, small capitals
 *   `ᴋ`, negative squared `🅠`) become Latin, accents go (`wēi` → `wei`,
 *   `İ` → `i`), and circled digits (`❶`) become digits,
 * - numbers read out in Chinese numerals (`一三九八八…`, `幺` for 1) and
 *   letters typed for digits inside a number (`138O0l38000`) become digits,
 * - the disguises of watched lexicon entries (`微♡信`, `wēi xìn`, `薇信`,
 *   `🧧`) are folded to the entry's phrase when a watch set is given (see
 *   `disguise/watch.ts`),
 * - a few variant spellings are folded (see `folds.ts`).
 *
 * Every unit of the view remembers the range of the original text it comes
 * from, so any match maps back to an exact span of the original, also where
 * a step changes the length (`ﬀ` → `ff`, `wēi xìn` → `微信`).
 *
 * The whole pass is linear in the length of the text.
 */
import { lowerBound } from './binary-search.js'
import { simplifiedPairs } from './simplified-table.js'
import { characterFolds, phraseFolds } from './folds.js'
import { emojiWords, lookalike, numerals } from './disguise/lookalikes.js'
import { maxGap } from './disguise/noise.js'
import type { WatchSet } from './disguise/watch.js'
import type { Normalised } from './types.js'
import {
  isAsciiLetter,
  isCombiningMark,
  isHan,
  isInvisible,
  isOtherLetter,
  isWhiteSpace,
} from './chars.js'


const variants = new Map(characterFolds.map((fold) => [fold.from.codePointAt(0)!, fold.to.codePointAt(0)!]))

let simplified: Uint16Array | undefined
let simplifiedAstral: Map<number, number> | undefined

/**
 * Traditional → simplified, one code point to one code point.
 *
 * Built on first use from `simplified-table.ts`, which `npm run generate`
 * derives from OpenCC's `TSCharacters` (standard traditional to simplified)
 * and `TWVariantsRev` (Taiwanese variants), keeping the characters lexicons
 * use and the 2,000 most frequent. OpenCC's phrase tables are left out on purpose: they can
 * change the length of a text, and for matching a lexicon the character table
 * is enough. The table is flat (one slot per BMP code point, 0 for "same") so
 * that the hot loop does one array read per character.
 */
function simplifiedTable(): Uint16Array {
  if (simplified) return simplified
  const table = new Uint16Array(0x10000)
  const astral = new Map<number, number>()
  const set = (from: number, to: number) => {
    if (from > 0xffff || to > 0xffff) astral.set(from, to)
    else table[from] = to
  }
  const pairs = Array.from(simplifiedPairs, (char) => char.codePointAt(0)!)
  for (let i = 0; i + 1 < pairs.length; i += 2) set(pairs[i]!, pairs[i + 1]!)
  for (const [from, to] of variants) set(from, to)
  simplifiedAstral = astral
  simplified = table
  return table
}

/**
 * Characters of the simplified standard (GB 2312) that OpenCC's table still
 * maps (`著名` → `着名`, `乾隆` → `干隆`): converting them does no harm to
 * matching, but they say nothing about which script a text is in.
 */
const sharedWithSimplified = new Set([...'著乾菸薹拚捱摺吒徵夥榘袷麴醣'].map((c) => c.codePointAt(0)!))

/** Whether `cp` is a traditional character: one that has a different simplified form. */
export function isTraditional(cp: number): boolean {
  const table = simplifiedTable()
  // The table first: most characters of a reply are not in it, and need no Set lookup.
  if (cp > 0xffff ? !simplifiedAstral!.has(cp) : table[cp] === 0) return false
  return !variants.has(cp) && !sharedWithSimplified.has(cp)
}

/** Convert one code point from traditional to simplified Chinese and fold variants (identity otherwise). */
function toSimplified(cp: number): number {
  const table = simplifiedTable()
  return (cp > 0xffff ? simplifiedAstral!.get(cp) : table[cp]) || cp
}

const compatibilityCache = new Map<number, string>()
const combiningMarks = /\p{M}/u
const latinWithMarks = /([a-z])\p{M}+/gu

/** NFKC and lower case of one code point outside the fast paths, cached. */
function compatibility(cp: number): string {
  let value = compatibilityCache.get(cp)
  if (value === undefined) {
    value = String.fromCodePoint(cp).normalize('NFKC').toLowerCase()
    // Accents are dropped from Latin letters: pinyin tones (`wēi`), and `İ`, whose lower case adds a combining dot.
    const decomposed = value.normalize('NFD')
    if (combiningMarks.test(decomposed)) value = decomposed.replace(latinWithMarks, '$1').normalize('NFC')
    if (compatibilityCache.size < 4096) compatibilityCache.set(cp, value)
  }
  return value
}

const emojiLike = /[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Co}]/u

/** Whether `cp` (normalised) may be wedged between two letters to dodge a filter. */
function isJoiner(cp: number): boolean {
  switch (cp) {
    case 0x2d: // -
    case 0x5f: // _
    case 0x2a: // *
    case 0x2b: // +
    case 0x3d: // =
    case 0x2f: // /
    case 0x5c: // \
    case 0x7c: // |
    case 0x5e: // ^
    case 0x60: // `
    case 0xb7: // ·
    case 0x2022: // •
    case 0x30fb: // ・
    case 0x2027: // ‧
    case 0x2010: // ‐
    case 0x2013: // –
    case 0x2014: // —
      return true
    default:
      // An emoji that stands for a word (`返🧧哦`, `加我🐧哦`) is the word, not decoration to drop.
      return cp >= 0x80 && !isHan(cp) && !emojiWords.has(cp) && emojiLike.test(String.fromCodePoint(cp))
  }
}

/** What a unit of the view is; the watch pass reads it too. */
export const enum Kind {
  None,
  Han,
  Latin,
  Digit,
  Space,
  LineBreak,
  Joiner,
  Other,
}

function isLineBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c || cp === 0x85 || cp === 0x2028 || cp === 0x2029
}

interface FoldTable {
  /** Whether a fold starts with this UTF-16 unit. */
  readonly first: Uint8Array
  readonly byFirst: Map<number, Array<{ from: Uint16Array; to: Uint16Array }>>
}

let folds: FoldTable | undefined

function foldTable(): FoldTable {
  if (folds) return folds
  const first = new Uint8Array(0x10000)
  const byFirst = new Map<number, Array<{ from: Uint16Array; to: Uint16Array }>>()
  for (const fold of phraseFolds) {
    const from = Uint16Array.from(fold.from, (c) => c.charCodeAt(0))
    const to = Uint16Array.from(fold.to, (c) => c.charCodeAt(0))
    const list = byFirst.get(from[0]!) ?? []
    list.push({ from, to })
    byFirst.set(from[0]!, list)
    first[from[0]!] = 1
  }
  folds = { first, byFirst }
  return folds
}

/**
 * Scratch buffers reused between calls (normalising is synchronous and not
 * re-entrant), so a short reply allocates only its result.
 */
let scratch = emptyScratch()

/** The largest scratch buffers kept between calls, in units: a long chat reply fits. */
const maxScratch = 1 << 14

function emptyScratch() {
  return { out: new Uint16Array(512), starts: new Int32Array(512), ends: new Int32Array(512), kinds: new Uint8Array(512) }
}

/**
 * Normalise `text` for matching.
 *
 * @param text The original text.
 * @param watch Watched phrases whose disguises to fold (`LexiconSet.watch`); none by default.
 * @returns The normalised view, with the original range of each unit.
 */
export function normalise(text: string, watch?: WatchSet): Normalised {
  const length = text.length
  // NFKC rarely expands a code point beyond three units (`㈱` → `(株)`); grow when it does.
  if (scratch.out.length < length + 8) {
    const size = Math.max(length + 8, scratch.out.length * 2)
    scratch = { out: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size), kinds: new Uint8Array(size) }
  }
  let capacity = scratch.out.length
  let { out, starts, ends, kinds } = scratch
  let size = 0
  const table = simplifiedTable()
  // Where a run of joiner symbols right after a letter starts in `out`, or -1.
  let joinFrom = -1
  // Where a slash (`/`, `\`, `|`) in that run is, or -1.
  let slashFrom = -1
  // How many code points that run holds: a longer run than `maxGap` separates two words.
  let joined = 0
  // `out` index just past the last single spaced-out ASCII letter, or -1.
  let singleLetterEnd = -1
  let previousSourceKind = Kind.None

  const grow = () => {
    capacity *= 2
    out = widen(out, new Uint16Array(capacity))
    starts = widen(starts, new Int32Array(capacity))
    ends = widen(ends, new Int32Array(capacity))
    kinds = widen(kinds, new Uint8Array(capacity))
  }

  const push = (unit: number, kind: Kind, start: number, end: number) => {
    if (size === capacity) grow()
    out[size] = unit
    kinds[size] = kind
    starts[size] = start
    ends[size] = end
    size++
  }

  const pushCodePoint = (cp: number, kind: Kind, start: number, end: number) => {
    if (cp > 0xffff) {
      const v = cp - 0x10000
      push(0xd800 + (v >> 10), kind, start, end)
      push(0xdc00 + (v & 0x3ff), kind, start, end)
    } else {
      push(cp, kind, start, end)
    }
  }

  /** Drop what may not stand between the letter about to be emitted and the one before it. */
  const beforeLetter = (kind: Kind.Han | Kind.Latin) => {
    if (joinFrom >= 0) {
      const before = kinds[joinFrom - 1]
      // Slashes separate English words (`if/when`, `jd.com/item`); only in Chinese are they a disguise (`微/信`).
      const slashed = slashFrom >= 0 && !(before === Kind.Han && kind === Kind.Han)
      if ((before === Kind.Han || before === Kind.Latin) && !slashed && joined <= maxGap) size = joinFrom
    } else if (kind === Kind.Han && size >= 2 && kinds[size - 1] === Kind.Space && kinds[size - 2] === Kind.Han) {
      size--
    }
    joinFrom = -1
    slashFrom = -1
  }

  let index = 0
  while (index < length) {
    const cp = text.codePointAt(index)!
    const width = cp > 0xffff ? 2 : 1
    const start = index
    const end = index + width
    index = end

    // Most of a Chinese reply: a BMP ideograph, converted through the flat table.
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      if (joinFrom >= 0 || (size >= 2 && kinds[size - 1] === Kind.Space)) beforeLetter(Kind.Han)
      push(table[cp] || cp, Kind.Han, start, end)
      previousSourceKind = Kind.Han
      continue
    }

    if (isInvisible(cp)) continue

    if (isWhiteSpace(cp)) {
      const lineBreak = isLineBreak(cp)
      const last = size > 0 ? kinds[size - 1] : Kind.None
      if (last === Kind.Space || last === Kind.LineBreak) {
        ends[size - 1] = end
        if (lineBreak && last === Kind.Space) {
          out[size - 1] = 0x0a
          kinds[size - 1] = Kind.LineBreak
        }
      } else {
        push(lineBreak ? 0x0a : 0x20, lineBreak ? Kind.LineBreak : Kind.Space, start, end)
      }
      joinFrom = -1
      previousSourceKind = Kind.Space
      continue
    }

    let value = cp
    if (cp >= 0xff01 && cp <= 0xff5e) value = cp - 0xfee0
    // Curly and modifier apostrophes spell the same contraction as the straight one.
    else if (cp === 0x2019 || cp === 0x2018 || cp === 0x02bc) value = 0x27
    if (value < 0x80) {
      if (value >= 0x41 && value <= 0x5a) value += 0x20
      if (isAsciiLetter(value)) {
        // A letter standing alone between spaces may be part of a spaced-out word (`Q Q`).
        const next = index < length ? text.codePointAt(index)! : 0
        const alone = previousSourceKind === Kind.Space || previousSourceKind === Kind.None
        // A letter that opens a dotted spelling (`a s.t.u.p.i.d`) is not one of a spaced-out word's.
        const dotted = (next === 0x2e || isJoiner(next)) && isAsciiLetterOrFullWidth(text.codePointAt(index + (next > 0xffff ? 2 : 1)) ?? 0)
        const single = alone && !isAsciiLetterOrFullWidth(next) && !isOtherLetter(next) && !dotted
        beforeLetter(Kind.Latin)
        if (single && size >= 2 && kinds[size - 1] === Kind.Space && singleLetterEnd === size - 1) size--
        push(value, Kind.Latin, start, end)
        singleLetterEnd = single ? size : -1
        previousSourceKind = Kind.Latin
        continue
      }
      if (value >= 0x30 && value <= 0x39) {
        joinFrom = -1
        push(value, Kind.Digit, start, end)
        previousSourceKind = Kind.Digit
        continue
      }
      emitSymbol(value, start, end)
      continue
    }

    if (isHan(cp)) {
      beforeLetter(Kind.Han)
      pushCodePoint(toSimplified(cp), Kind.Han, start, end)
      previousSourceKind = Kind.Han
      continue
    }

    // Accents typed as separate marks belong to the letter before them, and alone they hide nothing.
    if (isCombiningMark(cp)) continue
    const folded = compatibility(cp)
    if (folded.length === 0) continue
    for (let k = 0; k < folded.length; ) {
      let unit = folded.codePointAt(k)!
      k += unit > 0xffff ? 2 : 1
      unit = lookalike(unit) ?? unit
      if (unit >= 0x30 && unit <= 0x39) {
        joinFrom = -1
        push(unit, Kind.Digit, start, end)
        previousSourceKind = Kind.Digit
      } else if (isHan(unit)) {
        beforeLetter(Kind.Han)
        pushCodePoint(toSimplified(unit), Kind.Han, start, end)
        previousSourceKind = Kind.Han
      } else if (isAsciiLetter(unit)) {
        beforeLetter(Kind.Latin)
        push(unit, Kind.Latin, start, end)
        previousSourceKind = Kind.Latin
      } else if (isOtherLetter(unit)) {
        joinFrom = -1
        pushCodePoint(unit, Kind.Other, start, end)
        previousSourceKind = Kind.Other
      } else {
        emitSymbol(unit, start, end)
      }
    }
  }

  function emitSymbol(value: number, start: number, end: number) {
    if (isJoiner(value)) {
      const last = size > 0 ? kinds[size - 1] : Kind.None
      if (joinFrom < 0 && (last === Kind.Han || last === Kind.Latin)) {
        joinFrom = size
        slashFrom = -1
        joined = 0
      }
      joined++
      if (joinFrom >= 0 && (value === 0x2f || value === 0x5c || value === 0x7c)) slashFrom = size
      pushCodePoint(value, Kind.Joiner, start, end)
    } else {
      joinFrom = -1
      slashFrom = -1
      pushCodePoint(value, Kind.Other, start, end)
    }
    previousSourceKind = Kind.Other
  }

  applyFolds(out, size)
  foldNumbers(out, kinds, size)
  // Buffers grown for a large input are let go after it (11 bytes a unit: 11 MB after 1 MB of text).
  scratch = out.length <= maxScratch ? { out, starts, ends, kinds } : emptyScratch()
  if (watch && !watch.empty) return watch.fold({ text: unitsToString(out, size), starts, ends, kinds, size })
  return {
    text: unitsToString(out, size),
    starts: starts.slice(0, size),
    ends: ends.slice(0, size),
  }
}

/** Digits a number needs before letters and Chinese numerals in it are read as digits: fewer make words (`一五一十`). */
const numberDigits = 6

/** The digit a letter inside a number stands for (`O` for 0, `l` and `I` for 1). */
function letterDigit(unit: number): number {
  if (unit === 0x6f) return 0x30
  if (unit === 0x6c || unit === 0x69) return 0x31
  return 0
}

/**
 * Read numbers spelled with Chinese numerals (`一三九八八…`, `幺`) or with
 * letters for digits (`138O0l38000`) as digits, so identifiers are found.
 * A number is a run of digits, numerals and such letters, possibly split by
 * single spaces or hyphens, holding at least `numberDigits` of them, with
 * no letter at either end. One pass, linear.
 */
function foldNumbers(out: Uint16Array, kinds: Uint8Array, size: number): void {
  let i = 0
  while (i < size) {
    if (!isNumberUnit(out[i]!, kinds[i]!) || letterDigit(out[i]!)) {
      i++
      continue
    }
    // A run may not start right after a letter: `iphone15` holds no phone number.
    let end = i
    let last = i
    let count = 0
    let letters = 0
    while (end < size) {
      const unit = out[end]!
      if (isNumberUnit(unit, kinds[end]!)) {
        if (letterDigit(unit)) letters++
        else {
          count++
          last = end
        }
        end++
      } else if ((unit === 0x20 || unit === 0x2d) && end + 1 < size && isNumberUnit(out[end + 1]!, kinds[end + 1]!)) end++
      else break
    }
    const before = i > 0 ? kinds[i - 1] : Kind.None
    if (count >= numberDigits && letters <= count / 3 && before !== Kind.Latin) {
      for (let k = i; k <= last; k++) {
        const digit = numerals.get(out[k]!) ?? letterDigit(out[k]!)
        if (digit && (kinds[k] === Kind.Han || kinds[k] === Kind.Latin)) {
          out[k] = digit
          kinds[k] = Kind.Digit
        }
      }
    }
    i = Math.max(end, i + 1)
  }
}

function isNumberUnit(unit: number, kind: number): boolean {
  if (kind === Kind.Digit) return true
  if (kind === Kind.Han) return numerals.has(unit)
  return kind === Kind.Latin && letterDigit(unit) !== 0
}

/** Copy `from` into the larger `to`. */
function widen<T extends Uint8Array | Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from)
  return to
}

function isAsciiLetterOrFullWidth(cp: number): boolean {
  return isAsciiLetter(cp) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)
}

/** Replace watched-word variants in place; every fold keeps its length. */
function applyFolds(out: Uint16Array, size: number): void {
  const { first, byFirst } = foldTable()
  for (let i = 0; i < size; i++) {
    if (first[out[i]!] === 0) continue
    const candidates = byFirst.get(out[i]!)
    if (!candidates) continue
    for (const { from, to } of candidates) {
      if (i + from.length > size) continue
      let same = true
      for (let k = 1; k < from.length; k++) {
        if (out[i + k] !== from[k]) {
          same = false
          break
        }
      }
      if (!same) continue
      out.set(to, i)
      i += from.length - 1
      break
    }
  }
}

/** Units that `String.fromCharCode` takes at once (no spread of a huge array). */
const chunk = 4096

/** Whether typed arrays are little-endian here (every platform that runs this, but say so). */
const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1

let decoder: InstanceType<typeof TextDecoder> | undefined

/** The string of the first `size` UTF-16 units of `units`. */
export function unitsToString(units: Uint16Array, size: number): string {
  // Chunks joined make a rope that the first read copies flat: twice the text, promoted before it
  // dies. A decoder makes the flat string at once; it would replace a lone surrogate, so not then.
  if (size > chunk && littleEndian && !hasLoneSurrogate(units, size)) {
    decoder ??= new TextDecoder('utf-16le', { ignoreBOM: true })
    return decoder.decode(units.subarray(0, size))
  }
  let result = ''
  for (let i = 0; i < size; i += chunk) {
    result += String.fromCharCode.apply(null, units.subarray(i, Math.min(size, i + chunk)) as unknown as number[])
  }
  return result
}

function hasLoneSurrogate(units: Uint16Array, size: number): boolean {
  for (let i = 0; i < size; i++) {
    const unit = units[i]!
    if (unit < 0xd800 || unit > 0xdfff) continue
    if (unit > 0xdbff || i + 1 === size || units[i + 1]! < 0xdc00 || units[i + 1]! > 0xdfff) return true
    i++
  }
  return false
}

/**
 * The normalised form of a lexicon phrase. Phrases go through the same steps
 * as replies, so that an entry written in traditional Chinese or full-width
 * letters still matches.
 */
export function normalisePhrase(phrase: string): string {
  return isNormalPhrase(phrase) ? phrase : normalise(phrase).text
}

/**
 * Whether the normaliser would give `phrase` back as it is: lower-case
 * letters, digits, simplified Han characters, ASCII symbols that are not
 * joiners, and single spaces between letters (not between two spaced-out
 * letters).
 * Almost every phrase of a lexicon is written so; checking costs one read
 * per unit where normalising costs a pass with its buffers. Anything else
 * (numbers long enough to be read as digits, folds) goes to the normaliser.
 */
function isNormalPhrase(phrase: string): boolean {
  const table = simplifiedTable()
  const { first } = foldTable()
  let numeralCount = 0
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i)
    if (first[c] === 1) return false
    if (isLowerLetter(c)) continue
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (table[c] !== 0) return false
      // Fewer digits and numerals than a number needs are never read as one.
      if (numerals.has(c) && ++numeralCount >= numberDigits) return false
      continue
    }
    if (c >= 0x30 && c <= 0x39) {
      if (++numeralCount >= numberDigits) return false
      continue
    }
    if (c === 0x20) {
      if (!isLowerLetter(phrase.charCodeAt(i - 1)) || !isLowerLetter(phrase.charCodeAt(i + 1))) return false
      if (mayBeSpacedOut(phrase, i - 1) && mayBeSpacedOut(phrase, i + 1)) return false
      continue
    }
    if (c > 0x20 && c < 0x7f && !(c >= 0x41 && c <= 0x5a) && !isJoiner(c)) continue
    return false
  }
  return phrase.length > 0
}

function isLowerLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}

/** Whether the letter at `i` may stand alone, as one of a spaced-out word's letters (`q q`). */
function mayBeSpacedOut(phrase: string, i: number): boolean {
  return (i === 0 || phrase.charCodeAt(i - 1) === 0x20) && !isLowerLetter(phrase.charCodeAt(i + 1))
}

/**
 * The index of the first normalised unit whose source starts at or after
 * `offset` (`view.text.length` if none does).
 */
export function normalisedIndex(view: Normalised, offset: number): number {
  return lowerBound(view.starts.length, (index) => view.starts[index]! < offset)
}
