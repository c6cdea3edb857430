/**
 * Lexicon matching: every phrase of every lexicon of every enabled rule is
 * compiled into one Aho–Corasick automaton (`automaton.ts`), so a reply is scanned once,
 * whatever the number of rules and phrases, in time linear in its length
 * (plus the matches found).
 */
import { Automaton } from './automaton.js'
import { isAsciiAlnum } from './chars.js'
import { type BuiltInLexicons, builtInLexicons, builtInRegistered } from './compiled-lexicons.js'
import { WatchSet } from './disguise/watch.js'
import { LruCache } from './lru.js'
import { normalisePhrase } from './normalise.js'
import type { Lexicon, LexiconEntry } from './types.js'
import { doubled } from './typed-arrays.js'

/** One phrase of the automaton. */
interface Pattern {
  /** Index of its lexicon among those its automaton was built from. */
  readonly lexicon: number
  readonly entry: LexiconEntry
  /** The normalised phrase. */
  readonly phrase: string
  /** Whether a Latin letter or digit may not stand right before / after it. */
  readonly boundaryStart: boolean
  readonly boundaryEnd: boolean
  readonly notAfter: readonly string[]
  readonly notBefore: readonly string[]
}

/** A raw match: pattern index and normalised range. */
export interface RawMatch {
  readonly pattern: Pattern
  readonly start: number
  readonly end: number
}

/** An automaton and, for each of the lexicons it was built from, its index in a set (-1: not in it). */
interface Part {
  readonly automaton: Automaton<Pattern>
  readonly slots: Int32Array
  /** Per node hit so far, where its outputs that feed a lexicon of the set start in `pool` (see `outputsOf`). */
  readonly outputs: Map<number, number>
  /** The outputs of those nodes, each `count, (slot, value index) × count`: one buffer, not an array per node. */
  pool: Int32Array
  poolSize: number
}

/** A part of a set for `automaton`, its outputs not worked out yet. */
function partOf(automaton: Automaton<Pattern>, slots: Int32Array): Part {
  return { automaton, slots, outputs: new Map(), pool: new Int32Array(64), poolSize: 0 }
}

/**
 * Where in `part.pool` the `(slot, value index)` pairs of `node`'s outputs
 * whose lexicon is in the part's set are. Worked out on the node's first hit
 * and kept, not on every lint for every node hit (a pronoun or a negator
 * feeds dozens of lexicons, most of them not in the set); not for every node
 * at once either, which would slow the first lint of a configuration never
 * seen before.
 */
function outputsOf(part: Part, node: number): number {
  let at = part.outputs.get(node)
  if (at !== undefined) return at
  const { automaton, slots } = part
  at = part.poolSize
  let size = at + 1
  for (let v = automaton.outputStart(node); v < automaton.outputEnd(node); v++) {
    const slot = slots[automaton.value(v).lexicon]!
    if (slot < 0) continue
    while (size + 2 > part.pool.length) part.pool = doubled(part.pool)
    part.pool[size++] = slot
    part.pool[size++] = v
  }
  if (size > part.pool.length) part.pool = doubled(part.pool)
  part.pool[at] = (size - at - 1) >> 1
  part.poolSize = size
  part.outputs.set(node, at)
  return at
}

/**
 * Sets holding at least this many phrases of built-in lexicons (a linter's
 * rules) scan the one automaton of every built-in lexicon and keep the hits
 * of their own: a configuration never seen before then compiles nothing.
 * Smaller sets (a rule's own word lists) get an automaton of their own,
 * quicker to scan.
 */
const sharedFrom = 1000

/** The automaton of every built-in lexicon, built on first use. */
let shared: { readonly table: BuiltInLexicons; readonly automaton: Automaton<Pattern> } | undefined

function sharedAutomaton(table: BuiltInLexicons): Automaton<Pattern> {
  if (shared?.table !== table) shared = { table, automaton: compile(table.lexicons, table.normalised) }
  return shared.automaton
}

const none: readonly string[] = []

function compile(lexicons: readonly Lexicon[], normalised: (written: string) => string): Automaton<Pattern> {
  const automaton = new Automaton<Pattern>()
  lexicons.forEach((lexicon, index) => {
    for (const entry of lexicon) {
      const notAfter = entry.notAfter?.length ? entry.notAfter.map(normalised) : none
      const notBefore = entry.notBefore?.length ? entry.notBefore.map(normalised) : none
      const add = (written: string) => {
        const phrase = normalised(written)
        if (phrase.length === 0) throw new Error(`Lexicon phrase \`${written}\` is empty once normalised`)
        automaton.add(phrase, {
          lexicon: index,
          entry,
          phrase,
          boundaryStart: isAsciiAlnum(phrase.charCodeAt(0)),
          boundaryEnd: isAsciiAlnum(phrase.charCodeAt(phrase.length - 1)),
          notAfter,
          notBefore,
        })
      }
      if (typeof entry.match === 'string') add(entry.match)
      else for (const written of entry.match) add(written)
    }
  })
  return automaton
}

/** Disguise matchers by the watched entries they hold: most configurations share one. */
const watchSets = new LruCache<string, WatchSet>(64)
const entryIds = new WeakMap<LexiconEntry, number>()
let nextEntryId = 0

/** The watched entries of each lexicon: most have none. */
const watchedEntries = new WeakMap<Lexicon, readonly LexiconEntry[]>()

function watchedOf(lexicon: Lexicon): readonly LexiconEntry[] {
  let entries = watchedEntries.get(lexicon)
  if (!entries) {
    entries = lexicon.filter((entry) => entry.watch)
    watchedEntries.set(lexicon, entries)
  }
  return entries
}

function watchSetOf(lexicons: readonly Lexicon[], table: BuiltInLexicons | undefined): WatchSet {
  const watched: LexiconEntry[] = []
  const ids: number[] = []
  for (const lexicon of lexicons) {
    const builtIn = table?.index.has(lexicon) ?? false
    for (const entry of watchedOf(lexicon)) {
      watched.push(entry)
      let id = entryIds.get(entry)
      if (id === undefined) entryIds.set(entry, (id = nextEntryId++))
      // A custom entry never shares the built-in normalisation.
      ids.push(builtIn ? id : -1 - id)
    }
  }
  const key = ids.join(',')
  let set = watchSets.get(key)
  if (!set) {
    const known = new Set(ids.filter((id) => id >= 0))
    set = new WatchSet(watched, (written, entry) => (table && known.has(entryIds.get(entry)!) ? table.normalised(written) : normalisePhrase(written)))
    watchSets.set(key, set)
  }
  return set
}

/**
 * Every phrase of a set of lexicons, compiled into one automaton over the
 * normalised text; the watched ones also into the disguise matcher that the
 * normaliser runs first (see `disguise/watch.ts`). Built-in lexicons come
 * with their phrases normalised by the build (`compiled-lexicons.ts`);
 * compiling waits for the first scan.
 */
export class LexiconSet {
  /** The lexicons, in the order their indices refer to. */
  readonly lexicons: readonly Lexicon[]
  private readonly index = new Map<Lexicon, number>()
  private parts: Part[] | undefined
  private watchSet: WatchSet | undefined

  /**
   * @param lexicons The lexicons, in the order their indices refer to.
   * @param watchBuiltIn Fold the disguises of every built-in watched word, not only of
   *   these lexicons' (the linter's sets: a rule must read the same text whichever other
   *   rules run). Default `false`.
   */
  constructor(
    lexicons: Iterable<Lexicon>,
    private readonly watchBuiltIn = false,
  ) {
    const list: Lexicon[] = []
    for (const lexicon of lexicons) {
      if (this.index.has(lexicon)) continue
      this.index.set(lexicon, list.length)
      list.push(lexicon)
    }
    this.lexicons = list
    // Lexicons from outside the build are compiled at once, so that an empty phrase throws here;
    // the rest waits for the first scan.
    // (While the rules load, their own sets wait: the table of their lexicons is not there yet.)
    const table = builtInLexicons()
    if (builtInRegistered() && list.some((lexicon) => !table?.index.has(lexicon))) this.prepare()
  }

  /**
   * The watched phrases, for `normalise(text, set.watch)`: the set's own, and
   * with `watchBuiltIn` every built-in watched word too.
   */
  get watch(): WatchSet {
    if (!this.watchSet) {
      const table = builtInLexicons()
      const lexicons = this.watchBuiltIn && table ? [...table.lexicons, ...this.lexicons.filter((lexicon) => !table.index.has(lexicon))] : this.lexicons
      this.watchSet = watchSetOf(lexicons, table)
    }
    return this.watchSet
  }

  /** The index of `lexicon`, or -1 when it was not compiled in. */
  indexOf(lexicon: Lexicon): number {
    return this.index.get(lexicon) ?? -1
  }

  private prepare(): Part[] {
    if (this.parts) return this.parts
    const table = builtInLexicons()
    const builtIn: Lexicon[] = []
    const own: Lexicon[] = []
    let phrases = 0
    for (const lexicon of this.lexicons) {
      if (table?.index.has(lexicon)) {
        builtIn.push(lexicon)
        // Counted only as far as the threshold: a set of rules holds thousands.
        if (phrases < sharedFrom) for (const entry of lexicon) phrases += typeof entry.match === 'string' ? 1 : entry.match.length
      } else own.push(lexicon)
    }
    const parts: Part[] = []
    if (table && phrases >= sharedFrom) {
      const slots = new Int32Array(table.lexicons.length).fill(-1)
      for (const lexicon of builtIn) slots[table.index.get(lexicon)!] = this.index.get(lexicon)!
      parts.push(partOf(sharedAutomaton(table), slots))
      builtIn.length = 0
    }
    // What is left is compiled here: small built-in sets from the build's phrases, the rest through the normaliser.
    for (const [lexicons, normalised] of [
      [builtIn, table?.normalised],
      [own, normalisePhrase],
    ] as const) {
      if (lexicons.length === 0 || !normalised) continue
      parts.push(partOf(compile(lexicons, normalised), Int32Array.from(lexicons, (lexicon) => this.index.get(lexicon)!)))
    }
    this.parts = parts
    return parts
  }

  /**
   * Find every pattern in `text` (normalised) that passes its boundary checks.
   *
   * @returns Matches grouped by lexicon index.
   */
  scan(text: string): RawMatch[][] {
    const found = this.scanSparse(text)
    for (let i = 0; i < this.lexicons.length; i++) found[i] ??= []
    return found as RawMatch[][]
  }

  /**
   * As `scan`, but a lexicon with no match has no entry: most of the hundreds
   * of lexicons find nothing in a reply, and an empty array for each showed
   * in the per-lint profile.
   */
  scanSparse(text: string): Array<RawMatch[] | undefined> {
    const hits = this.hits(text)
    const found = new Array<RawMatch[] | undefined>(this.lexicons.length)
    for (let slot = 0; slot < found.length; slot++) {
      if (!hits.has(slot)) continue
      const matches: RawMatch[] = []
      hits.each(slot, (pattern, start, end) => void matches.push({ pattern, start, end }))
      if (matches.length > 0) found[slot] = matches
    }
    return found
  }

  /** Every phrase found in `text` (normalised), held compactly until a lexicon's matches are asked for (see `Hits`). */
  hits(text: string): Hits {
    const parts = this.prepare()
    const hits = new Hits(text, parts, this.lexicons.length)
    for (let p = 0; p < parts.length; p++) hits.scan(p)
    hits.finish()
    return hits
  }
}

/**
 * Hits in scan order while a text is scanned (number of the node, end), in
 * typed arrays shared by every scan: a megabyte makes millions, a reply a
 * few dozen, and each `Hits` is finished before the next scan starts.
 */
let scanNode = new Int32Array(1024)
let scanEnd = new Int32Array(1024)
/** The part of each node number of the scan under way, and where the outputs of its node in the set are in the part's pool (`outputsOf`). */
let scanPartOf = new Int32Array(256)
let scanOutputAt = new Int32Array(256)

/** The largest scan buffers kept between scans. */
const maxScanScratch = 1 << 16

/**
 * Per automaton, the number each node got in the scan under way: valid where
 * `stamp[node]` is that scan's `generation` (no map, and nothing to clear
 * between scans).
 */
interface Numbering {
  readonly number: Int32Array
  readonly stamp: Int32Array
}
const numberings = new WeakMap<Automaton<Pattern>, Numbering>()
let generation = 0

function numberingOf(automaton: Automaton<Pattern>): Numbering {
  let numbering = numberings.get(automaton)
  const nodes = automaton.nodeCount
  if (numbering?.number.length !== nodes) {
    numbering = { number: new Int32Array(nodes), stamp: new Int32Array(nodes) }
    numberings.set(automaton, numbering)
  }
  return numbering
}

/** Shared until `finish` sets the real ones. */
const unfinished = new Int32Array(1)

/**
 * The phrases of a lexicon set found in one text, kept by automaton node and
 * position (two numbers per hit), not as one object per lexicon that holds
 * the phrase: a negator or a pronoun belongs to dozens of lexicons, and on
 * a megabyte of `不能；` one object per lexicon and hit held 1.4 GB. A
 * lexicon's matches are made when asked for, and not kept.
 */
export class Hits {
  /** Distinct nodes hit, numbered from 0 in the order first hit. */
  private nodes = 0
  /** How many hits the scan recorded (in `scanNode`, `scanEnd`). */
  private hitCount = 0
  /**
   * After `finish`, every table of the hits in one typed array (a typed array
   * each cost more to allocate than to fill on a reply's few dozen hits):
   * - from 0: the ends of node number `n`'s hits are at `[table[n], table[n + 1])`, ascending;
   * - from `partAt`: the part of node number `n`;
   * - from `numberAt`, `valueAt`, `nextAt`: per pair, its node number, its value index and the pair before it (-1 for none);
   * - from `headAt`: per lexicon slot, one more than its last pair, 0 for none.
   */
  private table = unfinished
  private partAt = 0
  private numberAt = 0
  private valueAt = 0
  private nextAt = 0
  private headAt = 0

  constructor(
    private readonly text: string,
    private readonly parts: readonly Part[],
    private readonly slots: number,
  ) {
    if (++generation === 0x7fffffff) {
      // Stamps of a scan two billion scans ago could pass for this one's.
      generation = 1
      for (const part of parts) numberingOf(part.automaton).stamp.fill(0)
    }
  }

  /** Scan the text with the automaton of part `part`. */
  scan(part: number): void {
    const { automaton } = this.parts[part]!
    const { number, stamp } = numberingOf(automaton)
    const current = generation
    automaton.scanNodes(this.text, (node, end) => {
      let n: number
      if (stamp[node] === current) n = number[node]!
      else {
        n = this.nodes++
        stamp[node] = current
        number[node] = n
        if (n === scanPartOf.length) {
          scanPartOf = doubled(scanPartOf)
          scanOutputAt = doubled(scanOutputAt)
        }
        scanPartOf[n] = part
        scanOutputAt[n] = outputsOf(this.parts[part]!, node)
      }
      if (this.hitCount === scanNode.length) {
        scanNode = doubled(scanNode)
        scanEnd = doubled(scanEnd)
      }
      scanNode[this.hitCount] = n
      scanEnd[this.hitCount++] = end
    })
  }

  /** Group the hits by node and link each lexicon to the nodes that hold its phrases. */
  finish(): void {
    const { nodes, hitCount } = this
    const hitNode = scanNode
    const hitEnd = scanEnd
    let pairs = 0
    for (let n = 0; n < nodes; n++) pairs += this.parts[scanPartOf[n]!]!.pool[scanOutputAt[n]!]!
    const endsAt = nodes + 1
    const partAt = endsAt + hitCount
    const numberAt = partAt + nodes
    const valueAt = numberAt + pairs
    const nextAt = valueAt + pairs
    const headAt = nextAt + pairs
    const table = new Int32Array(headAt + this.slots)
    for (let h = 0; h < hitCount; h++) table[hitNode[h]! + 1]!++
    for (let n = 0; n < nodes; n++) table[n + 1]! += table[n]!
    // Each node's next free place among the ends, counted in the part column before it is filled.
    for (let n = 0; n < nodes; n++) table[partAt + n] = table[n]!
    for (let h = 0; h < hitCount; h++) table[endsAt + table[partAt + hitNode[h]!]!++] = hitEnd[h]!
    for (let n = 0; n < nodes; n++) table[partAt + n] = scanPartOf[n]!
    let pair = 0
    for (let n = 0; n < nodes; n++) {
      const outputs = this.parts[scanPartOf[n]!]!.pool
      const from = scanOutputAt[n]! + 1
      for (let i = from; i < from + 2 * outputs[from - 1]!; i += 2) {
        const head = headAt + outputs[i]!
        table[nextAt + pair] = table[head]! - 1
        table[head] = pair + 1
        table[numberAt + pair] = n
        table[valueAt + pair++] = outputs[i + 1]!
      }
    }
    this.table = table
    this.partAt = partAt
    this.numberAt = numberAt
    this.valueAt = valueAt
    this.nextAt = nextAt
    this.headAt = headAt
    this.hitCount = 0
    if (scanNode.length > maxScanScratch) {
      scanNode = new Int32Array(1024)
      scanEnd = new Int32Array(1024)
    }
    if (scanPartOf.length > maxScanScratch) {
      scanPartOf = new Int32Array(256)
      scanOutputAt = new Int32Array(256)
    }
  }

  /** Whether a phrase of the lexicon at `slot` was found (before its boundary checks: a match may still be refused). */
  has(slot: number): boolean {
    return this.table[this.headAt + slot]! > 0
  }

  /** As `has`, as a table: non-zero at `slot` where a phrase of that lexicon was found (for loops over hundreds of lexicons). */
  get found(): Int32Array {
    return this.table.subarray(this.headAt)
  }

  /**
   * Visit the matches of the lexicon at `slot` that pass their boundary
   * checks, in scan order: by part, then by end, longest phrase first, then
   * in the order phrases were added.
   */
  each(slot: number, visit: (pattern: Pattern, start: number, end: number) => void): void {
    const { text, table, numberAt, nextAt, partAt } = this
    const endsAt = this.nodes + 1
    let pair = table[this.headAt + slot]! - 1
    if (pair < 0) return
    if (table[nextAt + pair]! < 0) {
      // One phrase: its hits are in order already.
      const pattern = this.patternOf(pair)
      const n = table[numberAt + pair]!
      for (let h = table[n]!; h < table[n + 1]!; h++) {
        const end = table[endsAt + h]!
        const start = end - pattern.phrase.length
        if (accepts(text, pattern, start, end)) visit(pattern, start, end)
      }
      return
    }
    // Several phrases: their hits are merged by one numeric sort on a key that orders
    // (part, end, phrase rank), the rank putting longer phrases first, then earlier ones.
    const pairs: number[] = []
    let total = 0
    for (; pair >= 0; pair = table[nextAt + pair]!) {
      pairs.push(pair)
      const n = table[numberAt + pair]!
      total += table[n + 1]! - table[n]!
    }
    const { valueAt } = this
    pairs.sort(
      (a, b) =>
        table[partAt + table[numberAt + a]!]! - table[partAt + table[numberAt + b]!]! ||
        this.patternOf(b).phrase.length - this.patternOf(a).phrase.length ||
        table[valueAt + a]! - table[valueAt + b]!,
    )
    const k = pairs.length
    const span = text.length + 1
    // The keys go to a buffer kept between calls, unless a visit under way holds it.
    let buffer = mergeKeys
    mergeKeys = undefined
    if (!buffer || buffer.length < total) buffer = new Float64Array(Math.max(64, total))
    let at = 0
    for (let rank = 0; rank < k; rank++) {
      const n = table[numberAt + pairs[rank]!]!
      const base = table[partAt + n]! * span
      for (let h = table[n]!; h < table[n + 1]!; h++) buffer[at++] = (base + table[endsAt + h]!) * k + rank
    }
    const keys = buffer.subarray(0, total).sort()
    for (let i = 0; i < total; i++) {
      const key = keys[i]!
      const rank = key % k
      const end = Math.floor(key / k) % span
      const pattern = this.patternOf(pairs[rank]!)
      const start = end - pattern.phrase.length
      if (accepts(text, pattern, start, end)) visit(pattern, start, end)
    }
    if (buffer.length <= maxMergeKeys) mergeKeys = buffer
  }

  private patternOf(pair: number): Pattern {
    const { table } = this
    return this.parts[table[this.partAt + table[this.numberAt + pair]!]!]!.automaton.value(table[this.valueAt + pair]!)
  }
}

/** The sort buffer of `Hits.each` while no call holds it, and the largest kept. */
let mergeKeys: Float64Array | undefined = new Float64Array(64)
const maxMergeKeys = 1 << 14

/** Whether the unit at `index` continues a word: a letter or digit, or an apostrophe between two. */
function inWord(text: string, index: number): boolean {
  const c = text.charCodeAt(index)
  if (isAsciiAlnum(c)) return true
  return c === 0x27 && isAsciiAlnum(text.charCodeAt(index - 1)) && isAsciiAlnum(text.charCodeAt(index + 1))
}

function accepts(text: string, pattern: Pattern, start: number, end: number): boolean {
  // In English a phrase is whole words (`no` is not in `not`, `i` not in `i'm`); Chinese has no such boundary.
  if (pattern.boundaryStart && start > 0 && inWord(text, start - 1)) return false
  if (pattern.boundaryEnd && end < text.length && inWord(text, end)) return false
  for (const before of pattern.notAfter) {
    if (start >= before.length && text.startsWith(before, start - before.length)) return false
  }
  for (const after of pattern.notBefore) {
    if (text.startsWith(after, end)) return false
  }
  return true
}

/**
 * Leftmost-longest selection of overlapping matches, so that `不好意思` wins
 * over the `不` inside it and `特别` over its `别`. O(n log n).
 */
export function leftmostLongest<T extends { readonly start: number; readonly end: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: T[] = []
  let reached = -1
  for (const match of sorted) {
    if (match.start >= reached) {
      kept.push(match)
      reached = match.end
    }
  }
  return kept
}
