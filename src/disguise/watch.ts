/**
 * Disguise matching: the normaliser's last pass, for watched lexicon entries
 * only (`watch` on an entry; see `types.ts`).
 *
 * People who want to get a contact, a rebate or an insult past a filter
 * write it so that a person still reads it and a plain matcher does not:
 * `微♡信`, `V·X`, `wēi xìn`, `k o u k o u`, `薇信`, `蔻蔻`, `p@ssw0rd`,
 * `领红🎁`. This pass finds those spellings of the watched phrases and folds
 * each to the phrase itself in the normalised view, so every lexicon (and
 * the constructions built on them) matches it there, and a match's original
 * range covers the whole disguise.
 *
 * How: the view is reduced to a *skeleton* of keys, one per character that
 * can spell a word, the noise between them dropped and counted:
 *
 * - a Han character becomes the key of its sound class (syllable without
 *   tone, `zh`/`z` merged), so homophones share a key;
 * - a Latin letter becomes itself, with `i`/`l` merged; a digit, `@` or `$`
 *   between two letters becomes the letter it imitates (`p@ssw0rd`); a
 *   regional indicator (`🇶`) becomes its letter;
 * - an emoji that stands for a word gets a key of its own (`🧧`);
 * - spaces, symbols, emoji and invisible characters are noise; clause
 *   punctuation and line breaks are noise that cuts words apart (below).
 *
 * Each watched phrase is compiled into a few key sequences, its variants
 * (Han characters, pinyin syllables, initials, emoji for part or all of
 * it), and all of them go into one Aho–Corasick automaton run over the
 * skeleton. Every hit is then checked on the view:
 *
 * - at most `maxGap` noise characters between two characters;
 * - within a syllable or an English word the letters are either all
 *   together or all spaced out (`k o u`, `T G`): `ko ukou` is not `koukou`;
 * - a gap holding clause punctuation (`，。！？；：、.`) or a line break only
 *   when the whole spelling stands alone, between punctuation or at an edge
 *   (`V.X`, `微。信。`): `不，是的` never reads `不是`, `好，评价` never `好评`;
 * - letters do not continue a Latin word on either side;
 * - a character in place of a written one is the same, a homophone, or a
 *   rare character that sounds alike in another tone or a near syllable
 *   (`薇` for `微`, `芯` for `信`); a common character only counts in the same
 *   tone (`反` for `返`, but never `未` for `微` or `为新` for `微信`), a
 *   spelling with no written character needs a rare one (`威芯`, `蔻蔻`, not
 *   `反限` in `违反限制`), nor at an edge of the spelling where it makes a
 *   common word with the character beside it (`在线金融`), and real words
 *   written plainly are never disguises (`现今` for `现金`; `威 ❤ 信`, broken up
 *   by noise, is one). Both word lists are generated
 *   from jieba's dictionary.
 *
 * Overlapping hits resolve leftmost-longest, exact spellings first. The
 * pass is linear: the skeleton and the scan are, each hit is checked in
 * time bounded by its phrase and settled as the scan moves on (no sort),
 * and the view is rebuilt once.
 */
import { Automaton } from '../automaton.js'
import { isHan, isOtherLetter } from '../chars.js'
import type { LexiconEntry, Normalised, WatchOptions } from '../types.js'
import { Kind, normalisePhrase } from '../normalise.js'
import { emojiWords, isRegionalIndicator } from './lookalikes.js'
import { maxGap } from './noise.js'
import { Likeness, isGluedWord, isRealWord, likeness, soundOf } from './syllables.js'

/** The view before this pass, with the kind of each unit (`normalise.ts`). */
export interface View {
  readonly text: string
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly kinds: Uint8Array
  readonly size: number
}

const enum Part {
  /** A Han character (or a homophone). */
  Han,
  /** Letters: of a Latin phrase, or the pinyin or initial of a Han character. */
  Letters,
  /** An emoji standing for some characters of the phrase. */
  Emoji,
}

interface Segment {
  readonly part: Part
  /** Key units it takes. */
  readonly keys: number
  /** The units of the target phrase it stands for, `[from, to)`. */
  readonly from: number
  readonly to: number
  /** For `Han`: the written code point. */
  readonly char: number
  /** Whether a gap after it is free (the end of a syllable or of a word), not part of spacing letters out. */
  readonly free: boolean
}

interface Variant {
  readonly keys: string
  /** The normalised phrase a hit folds to. */
  readonly target: string
  /** Whether segment ranges refer to the target's units (false for an alias, whose units differ). */
  readonly aligned: boolean
  readonly segments: readonly Segment[]
  readonly homophones: boolean
  /** How far from the written form: the number of parts not written as in the phrase. */
  readonly cost: number
}

/** Key of an emoji that stands for a word: private-use units after the sound classes. */
const emojiKeyBase = 0xf800
/** Key of a character that spells no watched word but must break one (a kana, a Hangul syllable). */
const barrierKey = 0xfffe
const soundKeyBase = 0xe000

const emojiKeys = new Map([...emojiWords.keys()].map((cp, index) => [cp, emojiKeyBase + index]))

/** A digit or symbol between two letters, as the letter it imitates. */
const leet = new Map<number, number>([
  [0x30, 0x6f], // 0 o
  [0x31, 0x6c], // 1 l
  [0x33, 0x65], // 3 e
  [0x34, 0x61], // 4 a
  [0x35, 0x73], // 5 s
  [0x37, 0x74], // 7 t
  [0x40, 0x61], // @ a
  [0x24, 0x73], // $ s
])

/** Whether the digit or symbol at `i` is one of at most two (`pa$$word`) standing between two letters. */
function leetBetweenLetters(text: string, kinds: Uint8Array, i: number, size: number): boolean {
  let from = i
  while (from > 0 && from > i - 2 && leet.has(text.charCodeAt(from - 1)) && kinds[from - 1] !== Kind.Latin) from--
  let to = i + 1
  while (to < size && to < i + 2 && leet.has(text.charCodeAt(to)) && kinds[to] !== Kind.Latin) to++
  return to - from <= 2 && from > 0 && kinds[from - 1] === Kind.Latin && to < size && kinds[to] === Kind.Latin
}

/** How far into a word `leetOpening` looks for a second imitation. */
const leetWordReach = 8

/**
 * Whether the digit at `i` opens a word that imitates letters again further on (`1d10t`): a word spelled
 * in digits throughout. One digit alone before letters is read as written (`5ms`, `0TP`): too often a number
 * with its unit.
 */
function leetOpening(text: string, kinds: Uint8Array, i: number, size: number): boolean {
  if (i > 0 && isLetterOrDigit(kinds[i - 1]!)) return false
  if (i + 1 >= size || kinds[i + 1] !== Kind.Latin) return false
  for (let j = i + 2; j < size && j < i + leetWordReach; j++) {
    if (!isLetterOrDigit(kinds[j]!)) return false
    if (kinds[j] !== Kind.Latin && leet.has(text.charCodeAt(j)) && leetBetweenLetters(text, kinds, j, size)) return true
  }
  return false
}

/**
 * The fewest joints, each cut by a mark, that spell a word out inside a sentence (`短信里的验.证.码发给我`):
 * two, so a three-character word; one mark between two characters (`好的.信用卡`) may end a sentence.
 */
const minSpelledJoints = 2

/** Clause punctuation as the view has it (full-width forms are half-width there). */
function isClausePunctuation(cp: number): boolean {
  return cp === 0x2c || cp === 0x2e || cp === 0x21 || cp === 0x3f || cp === 0x3b || cp === 0x3a || cp === 0x3002 || cp === 0x3001 || cp === 0x2026
}

/** The key of a Latin letter: `i` and `l` (and a `1` between letters) look alike, so they share one. */
function letterKey(unit: number): number {
  return unit === 0x69 ? 0x6c : unit
}

function hanKey(cp: number): number {
  const cls = soundOf(cp)?.classId ?? -1
  if (cls >= 0) return soundKeyBase + cls
  return cp <= 0xffff ? cp : barrierKey
}

function isLetterOrDigit(kind: number): boolean {
  return kind === Kind.Latin || kind === Kind.Digit
}

/** A watched phrase and how to watch it. */
interface Watched {
  readonly phrase: string
  readonly options: WatchOptions
  /** The phrase a hit folds to (the entry's phrase for an alias). */
  readonly target: string
}

/**
 * Each watched entry's variants, with the id that keeps one of each across
 * entries: a configuration with other watched entries only links them anew.
 */
const variantsByEntry = new WeakMap<LexiconEntry, ReadonlyArray<readonly [string, Variant]>>()

function entryVariants(entry: LexiconEntry, normalised: (written: string, entry: LexiconEntry) => string): Array<readonly [string, Variant]> {
  const options: WatchOptions = typeof entry.watch === 'object' ? entry.watch : {}
  const phrases = (typeof entry.match === 'string' ? [entry.match] : entry.match).map((written) => normalised(written, entry))
  const watched: Watched[] = phrases.map((phrase) => ({ phrase, options, target: phrase }))
  for (const alias of options.aliases ?? []) watched.push({ phrase: normalised(alias, entry), options, target: phrases[0]! })
  const list: Array<readonly [string, Variant]> = []
  for (const item of watched) {
    if (!item.phrase) continue
    for (const variant of variants(item)) list.push([`${variant.target}\u0000${variant.keys}\u0000${variant.segments.map((s) => s.part).join('')}`, variant])
  }
  return list
}

/** The disguise matcher for a set of watched entries. */
export class WatchSet {
  private readonly automaton = new Automaton<Variant>()
  private count = 0
  /** Keys in the longest variant. */
  private longest = 0

  /**
   * @param entries Lexicon entries; those without `watch` are ignored.
   * @param normalised The normalised form of a phrase written in an entry; by default the normaliser's (built-in entries come normalised by the build).
   */
  constructor(entries: Iterable<LexiconEntry>, normalised: (written: string, entry: LexiconEntry) => string = normalisePhrase) {
    const seen = new Set<string>()
    for (const entry of entries) {
      if (!entry.watch) continue
      let list = variantsByEntry.get(entry)
      if (!list) {
        list = entryVariants(entry, normalised)
        variantsByEntry.set(entry, list)
      }
      for (const [id, variant] of list) {
        if (seen.has(id)) continue
        seen.add(id)
        this.automaton.add(variant.keys, variant)
        this.count++
        this.longest = Math.max(this.longest, variant.keys.length)
      }
    }
  }

  /** Whether nothing is watched. */
  get empty(): boolean {
    return this.count === 0
  }

  /** Fold the disguises of watched phrases in `view`. */
  fold(view: View): Normalised {
    const skeleton = buildSkeleton(view)
    const selection = new Selection(this.longest)
    this.automaton.scanUnits(skeleton.keys, skeleton.count, (variant, end) => {
      selection.advance(end)
      const hit = check(view, skeleton, variant, end - variant.keys.length)
      if (hit) selection.offer(hit)
    })
    return rebuild(view, skeleton, selection.finish())
  }
}

/**
 * Leftmost-longest selection of hits as the scan reports them (by end), in
 * linear time: a hit starts at most `longest` keys before it ends, so once
 * the scan is past `start + longest` no better hit at that start can come,
 * and the best one (longest, then exact, then closest to the written form)
 * is settled. Only the hits kept are held.
 */
class Selection {
  private readonly best = new Map<number, Hit>()
  private readonly kept: Hit[] = []
  /** The next start to settle, and the first key a kept hit leaves free. */
  private next = 0
  private reached = 0

  constructor(private readonly longest: number) {}

  /** The scan reached key `end`: settle the starts no later hit can reach. */
  advance(end: number): void {
    this.settle(end - this.longest)
  }

  offer(hit: Hit): void {
    const current = this.best.get(hit.first)
    if (!current || better(hit, current)) this.best.set(hit.first, hit)
  }

  finish(): Hit[] {
    this.settle(Infinity)
    return this.kept
  }

  private settle(until: number): void {
    if (this.best.size === 0) {
      this.next = Math.max(this.next, until)
      return
    }
    for (; this.next < until && this.best.size > 0; this.next++) {
      const hit = this.best.get(this.next)
      if (!hit) continue
      this.best.delete(this.next)
      if (hit.first < this.reached) continue
      this.reached = hit.last + 1
      if (!hit.exact) this.kept.push(hit)
    }
    if (this.best.size === 0) this.next = Math.max(this.next, until)
  }
}

function better(a: Hit, b: Hit): boolean {
  return a.last !== b.last ? a.last > b.last : a.exact !== b.exact ? a.exact : a.variant.cost < b.variant.cost
}

/** The skeleton of a view: the keys and where each comes from. */
interface Skeleton {
  /** The keys, `count` of them: scanned as they are, not made into a string (a megabyte's would be promoted and dropped). */
  readonly keys: Uint16Array
  readonly count: number
  /** View range of each key. */
  readonly from: Int32Array
  readonly to: Int32Array
  /** Noise characters before each key, since the previous one. */
  readonly gap: Uint8Array
  /** Whether that noise holds clause punctuation or a line break. */
  readonly cut: Uint8Array
}

/**
 * The skeleton's buffers, kept between folds (a reply's five typed arrays per
 * lint showed in the profile); a fold reads its skeleton only until it returns.
 */
let skeletonScratch = skeletonBuffers(256)

function skeletonBuffers(length: number) {
  return { keys: new Uint16Array(length), from: new Int32Array(length), to: new Int32Array(length), gap: new Uint8Array(length), cut: new Uint8Array(length) }
}

/** The largest skeleton buffers kept after a fold: a megabyte's are let go. */
const maxSkeletonScratch = 1 << 16

function buildSkeleton(view: View): Skeleton {
  const { text, kinds, size } = view
  if (skeletonScratch.keys.length < size) skeletonScratch = skeletonBuffers(Math.max(size, skeletonScratch.keys.length * 2))
  const { keys, from, to, gap, cut } = skeletonScratch
  if (keys.length > maxSkeletonScratch) skeletonScratch = skeletonBuffers(256)
  let count = 0
  let noise = 0
  let cutting = 0
  const keep = (key: number, start: number, end: number) => {
    keys[count] = key
    from[count] = start
    to[count] = end
    gap[count] = Math.min(noise, 255)
    cut[count] = cutting
    count++
    noise = 0
    cutting = 0
  }
  for (let i = 0; i < size; ) {
    const cp = text.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    const kind = kinds[i]!
    if (kind === Kind.Han) keep(hanKey(cp), i, i + width)
    else if (kind === Kind.Latin) keep(letterKey(cp), i, i + width)
    else if (leet.has(cp) && (leetBetweenLetters(text, kinds, i, size) || leetOpening(text, kinds, i, size))) keep(letterKey(leet.get(cp)!), i, i + width)
    else if (kind === Kind.Digit) keep(cp, i, i + width)
    else if (isRegionalIndicator(cp)) keep(letterKey(0x61 + cp - 0x1f1e6), i, i + width)
    else if (emojiKeys.has(cp)) keep(emojiKeys.get(cp)!, i, i + width)
    // A full stop between two letters spells a word out (`q.q`, `w.x`); it ends no clause there.
    else if (cp === 0x2e && i > 0 && kinds[i - 1] === Kind.Latin && i + 1 < size && kinds[i + 1] === Kind.Latin) noise++
    else if (kind === Kind.LineBreak || isClausePunctuation(cp)) {
      noise++
      cutting = 1
    } else if (kind === Kind.Other && isOtherLetter(cp)) keep(barrierKey, i, i + width)
    else noise++
    i += width
  }
  return { keys, count, from, to, gap, cut }
}

/** A checked hit: a view range and what it folds to. */
interface Hit {
  readonly start: number
  readonly end: number
  readonly variant: Variant
  /** Its first and last keys in the skeleton. */
  readonly first: number
  readonly last: number
  /** The view already spells the target there: nothing to fold, but it wins over overlapping disguises. */
  readonly exact: boolean
}

function check(view: View, skeleton: Skeleton, variant: Variant, first: number): Hit | undefined {
  const { kinds } = view
  const segments = variant.segments
  const start = skeleton.from[first]!
  const last = first + variant.keys.length - 1
  const end = skeleton.to[last]!
  let cuts = false
  // Every joint cut by a mark (`验.证.码`): a word spelled out mark by mark, which no sentence does by chance.
  let spelledOut = true
  let joints = 0
  // Gaps inside syllables and words: all closed, or all open (letters spaced out).
  let tightOpen = 0
  let tightClosed = 0
  let same = 0
  let rare = 0
  let substituted = 0
  let toneShifted = 0
  let noisy = false
  let key = first
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!
    for (let k = 0; k < segment.keys; k++, key++) {
      if (key === first) continue
      const gap = skeleton.gap[key]!
      if (gap > maxGap) return undefined
      if (gap > 0) noisy = true
      if (skeleton.cut[key]) cuts = true
      else spelledOut = false
      joints++
      const inside = k > 0 ? segment.part === Part.Letters : segment.part === Part.Letters && segments[s - 1]!.part === Part.Letters && !segments[s - 1]!.free
      if (inside) {
        if (gap > 0) tightOpen++
        else tightClosed++
      }
    }
    const segmentFirst = key - segment.keys
    if (segment.part === Part.Han) {
      const actual = view.text.codePointAt(skeleton.from[segmentFirst]!)!
      const alike = likeness(segment.char, actual)
      if (alike === Likeness.Same) {
        same++
        continue
      }
      if (!variant.homophones || alike === Likeness.None) return undefined
      const common = soundOf(actual)?.common ?? true
      if (common && alike !== Likeness.Homophone) return undefined
      // A common character at an edge that makes a word with the character beside it belongs to that word (`在线金融` is no 现金).
      if (common && s === 0 && start > 0 && isGluedWord(view.text.slice(start - 1, start + 1))) return undefined
      if (common && s === segments.length - 1 && end < view.size && isGluedWord(view.text.slice(end - 1, end + 1))) return undefined
      substituted++
      if (!common) rare++
      if (alike !== Likeness.Homophone) toneShifted++
    }
  }
  if (tightOpen > 0 && tightClosed > 0) return undefined
  // Punctuation that ends a clause only joins a spelling that stands alone.
  if (cuts && !(spelledOut && joints >= minSpelledJoints) && ((start > 0 && isWordAt(view, start - 1)) || (end < view.size && isWordAt(view, end)))) return undefined
  // Letters at an edge must not continue a Latin word.
  if (segments[0]!.part === Part.Letters && start > 0 && isLetterOrDigit(kinds[start - 1]!)) return undefined
  if (segments[segments.length - 1]!.part === Part.Letters && end < view.size && isLetterOrDigit(kinds[end]!)) return undefined
  if (substituted > 0) {
    // A word of nothing but other-tone or near sounds (`烦嫌` for `返现`) is another word, not a disguise.
    if (same === 0 && (rare === 0 || toneShifted === substituted)) return undefined
    // A real word is written as it is (`树立威信`); broken up by noise (`威 ❤ 信`), it is hidden, as nobody writes a word.
    if (!noisy && isRealWord(hanText(view.text, skeleton, segments, first))) return undefined
  }
  const exact = end - start === variant.target.length && view.text.startsWith(variant.target, start)
  return { start, end, variant, first, last, exact }
}

/** The view range `[from, to)` of each segment of a hit, in pairs. */
function segmentRanges(skeleton: Skeleton, segments: readonly Segment[], first: number): number[] {
  const ranges: number[] = []
  let key = first
  for (const segment of segments) {
    ranges.push(skeleton.from[key]!, skeleton.to[key + segment.keys - 1]!)
    key += segment.keys
  }
  return ranges
}

/** Whether the unit at `i` of the view is part of a word (a letter or digit of any script). */
function isWordAt(view: View, i: number): boolean {
  const kind = view.kinds[i]!
  return kind === Kind.Han || kind === Kind.Latin || kind === Kind.Digit || (kind === Kind.Other && isOtherLetter(view.text.codePointAt(i)!))
}

/** The Han characters a hit spells, in order. */
function hanText(text: string, skeleton: Skeleton, segments: readonly Segment[], first: number): string {
  const ranges = segmentRanges(skeleton, segments, first)
  let out = ''
  for (let s = 0; s < segments.length; s++) {
    if (segments[s]!.part === Part.Han) out += text.slice(ranges[s * 2]!, ranges[s * 2 + 1]!)
  }
  return out
}

/** The view with each hit replaced by its target, every unit mapped to the original range it stands for. */
function rebuild(view: View, skeleton: Skeleton, hits: readonly Hit[]): Normalised {
  const { starts, ends, size } = view
  // Most replies disguise nothing.
  if (hits.length === 0) return { text: view.text, starts: starts.slice(0, size), ends: ends.slice(0, size) }
  let capacity = size
  for (const hit of hits) capacity += hit.variant.target.length
  const outStarts = new Int32Array(capacity)
  const outEnds = new Int32Array(capacity)
  let text = ''
  let n = 0
  let position = 0
  for (const hit of hits) {
    text += view.text.slice(position, hit.start)
    outStarts.set(starts.subarray(position, hit.start), n)
    outEnds.set(ends.subarray(position, hit.start), n)
    n += hit.start - position
    const { target, segments, aligned } = hit.variant
    const ranges = segmentRanges(skeleton, segments, hit.first)
    const whole: [number, number] = [starts[hit.start]!, ends[hit.end - 1]!]
    // Original range of each target unit: its segment's, or for units between segments (the space of `wei xin`), the gap.
    let previousEnd = whole[0]
    let s = 0
    for (let u = 0; u < target.length; u++) {
      let range: [number, number] = whole
      if (!aligned) {
        // An alias (`返钱` for `返现`, `扣扣` for `qq`): spread the target over its segments in order, so
        // that a match of part of the target (`返`) never covers the whole alias.
        // A unit ends where its share of the segments ends, so the last one reaches the alias's end (`绿泡泡` for `微信`).
        const k = Math.floor((u * segments.length) / target.length)
        const last = u === target.length - 1 ? segments.length - 1 : Math.max(k, Math.floor(((u + 1) * segments.length) / target.length) - 1)
        range = [starts[ranges[k * 2]!]!, ends[ranges[last * 2 + 1]! - 1]!]
      } else {
        while (s < segments.length && segments[s]!.to <= u) s++
        const segment = segments[s]
        if (segment && segment.from <= u) {
          range = [starts[ranges[s * 2]!]!, ends[ranges[s * 2 + 1]! - 1]!]
          previousEnd = range[1]
        } else {
          const next = segment ? starts[ranges[s * 2]!]! : whole[1]
          range = [previousEnd, Math.max(previousEnd, next)]
        }
      }
      outStarts[n] = range[0]
      outEnds[n] = range[1]
      n++
    }
    text += target
    position = hit.end
  }
  text += view.text.slice(position, size)
  outStarts.set(starts.subarray(position, size), n)
  outEnds.set(ends.subarray(position, size), n)
  n += size - position
  return { text, starts: outStarts.slice(0, n), ends: outEnds.slice(0, n) }
}

// ---------------------------------------------------------------------------
// Compiling a phrase into its variants.

/** One way to write one unit (a character) of the phrase. */
interface Spelling {
  readonly part: Part
  readonly keys: string
  /** Counts towards the variant's cost. */
  readonly changed: boolean
}

interface Unit {
  readonly cp: number
  /** Index of its first UTF-16 unit in the phrase. */
  readonly from: number
  readonly to: number
  readonly han: boolean
  /** A space or symbol follows it in the phrase (`wei xin`, `jd.com`): the end of a word. */
  free: boolean
}

/** The variants a watched phrase is looked for in. */
function variants(watched: Watched): Variant[] {
  const { phrase, options, target } = watched
  const units: Unit[] = []
  for (let i = 0; i < phrase.length; ) {
    const cp = phrase.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    if (isHan(cp) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) units.push({ cp, from: i, to: i + width, han: isHan(cp), free: false })
    else if (units.length > 0) units[units.length - 1]!.free = true
    i += width
  }
  if (units.length === 0) return []
  const han = units.filter((unit) => unit.han).length
  const allHan = han === units.length
  const homophones = options.homophones !== false && han >= 2
  const sounded = units.every((unit) => !unit.han || soundOf(unit.cp))
  const spellings = (unit: Unit, modes: ReadonlySet<'han' | 'pinyin' | 'initial'>): Spelling[] => {
    if (!unit.han) return [{ part: Part.Letters, keys: String.fromCharCode(letterKey(unit.cp)), changed: false }]
    const list: Spelling[] = []
    if (modes.has('han')) list.push({ part: Part.Han, keys: String.fromCharCode(hanKey(unit.cp)), changed: false })
    const reading = soundOf(unit.cp)?.readings[0]?.slice(0, -1)
    if (reading && modes.has('pinyin')) list.push({ part: Part.Letters, keys: [...reading].map((c) => String.fromCharCode(letterKey(c.charCodeAt(0)))).join(''), changed: true })
    if (reading && modes.has('initial')) {
      list.push({ part: Part.Letters, keys: String.fromCharCode(letterKey(reading.charCodeAt(0))), changed: true })
      // `v` for a `w`: 微信 is written vx as often as wx.
      if (reading.startsWith('w')) list.push({ part: Part.Letters, keys: 'v', changed: true })
    }
    return list
  }
  const out: Variant[] = []
  const emit = (choices: ReadonlyArray<readonly Spelling[]>) => {
    // The product of the choices; callers keep it small (at most 3^2 or 2^3 per phrase).
    let combos: Array<{ keys: string; segments: Segment[]; cost: number }> = [{ keys: '', segments: [], cost: 0 }]
    choices.forEach((options, index) => {
      const unit = units[index]!
      const next: typeof combos = []
      for (const combo of combos) {
        for (const spelling of options) {
          // A syllable ends where the next character starts.
          const free = unit.free || (unit.han && spelling.part === Part.Letters)
          next.push({
            keys: combo.keys + spelling.keys,
            segments: [...combo.segments, { part: spelling.part, keys: spelling.keys.length, from: unit.from, to: unit.to, char: unit.cp, free }],
            cost: combo.cost + Number(spelling.changed),
          })
        }
      }
      combos = next
    })
    for (const combo of combos) out.push({ keys: combo.keys, target, aligned: target === phrase, segments: combo.segments, homophones, cost: combo.cost })
  }
  emit(units.map((unit) => spellings(unit, new Set(['han']))))
  if (sounded && allHan && units.length >= 2) {
    const initials = options.initials === true || units.length >= 3
    if (units.length <= 3) {
      const mixed = new Set<'han' | 'pinyin' | 'initial'>(['han', 'pinyin'])
      if (options.initials && units.length === 2) mixed.add('initial')
      emit(units.map((unit) => spellings(unit, mixed)))
    } else emit(units.map((unit) => spellings(unit, new Set(['pinyin']))))
    if (initials) emit(units.map((unit) => spellings(unit, new Set(['initial']))))
  }
  for (const variant of emojiVariants(units, target, phrase, homophones)) out.push(variant)
  return out
}

/** Variants with an emoji in place of the characters it stands for (`🧧` for 红包, `红🎁` for 红包). */
function emojiVariants(units: readonly Unit[], target: string, phrase: string, homophones: boolean): Variant[] {
  const out: Variant[] = []
  for (const [cp, words] of emojiWords) {
    for (const word of words) {
      const at = phrase.indexOf(word)
      if (at < 0) continue
      const first = units.findIndex((unit) => unit.from === at)
      const last = units.findIndex((unit) => unit.to === at + word.length)
      if (first < 0 || last < first) continue
      let keys = ''
      const segments: Segment[] = []
      units.forEach((unit, index) => {
        if (index > first && index <= last) return
        if (index === first) {
          keys += String.fromCharCode(emojiKeys.get(cp)!)
          segments.push({ part: Part.Emoji, keys: 1, from: unit.from, to: units[last]!.to, char: cp, free: true })
          return
        }
        const key = unit.han ? hanKey(unit.cp) : letterKey(unit.cp)
        keys += String.fromCharCode(key)
        segments.push({ part: unit.han ? Part.Han : Part.Letters, keys: 1, from: unit.from, to: unit.to, char: unit.cp, free: unit.free })
      })
      out.push({ keys, target, aligned: target === phrase, segments, homophones, cost: 1 + words.indexOf(word) })
    }
  }
  return out
}
