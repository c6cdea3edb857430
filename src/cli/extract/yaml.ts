/**
 * YAML with positions. The `yaml` package gives each scalar its source range
 * and style; this module decodes the scalar again from that range (folding,
 * escapes, quotes, block indentation), keeping for every character of the
 * value the place it is written, and checks the result against the
 * package's own value.
 */
import { type Node, type Pair, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml'
import { type Encoding, SegmentBuilder, type Segment, SourceMap } from '../source-map.js'
import { collectUnits, type TreeNode, type TreeOptions } from './tree.js'
import { type Directive, hashComment, parseDirective } from '../suppress.js'
import type { Extraction } from './types.js'

const escapes: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
}
const hexLengths: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 }

interface Line {
  start: number
  end: number
  breakLength: number
}

function splitLines(source: string, from: number, to: number): Line[] {
  const out: Line[] = []
  let start = from
  for (;;) {
    const newline = source.indexOf('\n', start)
    if (newline < 0 || newline >= to) {
      out.push({ start, end: to, breakLength: 0 })
      return out
    }
    const crlf = newline > start && source.charCodeAt(newline - 1) === 0x0d
    out.push({ start, end: crlf ? newline - 1 : newline, breakLength: crlf ? 2 : 1 })
    start = newline + 1
  }
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t'

/** Copy `[from, to)` of a double-quoted scalar into `out`, decoding escapes. */
function copyDouble(source: string, from: number, to: number, out: SegmentBuilder): void {
  let run = from
  for (let i = from; i < to; i++) {
    if (source[i] !== '\\') continue
    out.copy(run, source.slice(run, i))
    const kind = source[i + 1]!
    const hex = hexLengths[kind]
    if (hex) {
      const code = parseInt(source.slice(i + 2, i + 2 + hex), 16)
      out.escape(i, 2 + hex, String.fromCodePoint(code))
      i += 1 + hex
    } else {
      out.escape(i, 2, escapes[kind] ?? kind)
      i += 1
    }
    run = i + 1
  }
  out.copy(run, source.slice(run, to))
}

/** Decode a plain or quoted (flow) scalar whose content is `[from, to)`. */
function decodeFlow(source: string, from: number, to: number, style: 'plain' | 'single' | 'double'): SegmentBuilder {
  const out = new SegmentBuilder()
  const lines = splitLines(source, from, to)
  const copy = (start: number, end: number) => {
    if (style === 'double') return copyDouble(source, start, end, out)
    if (style === 'plain') return out.copy(start, source.slice(start, end))
    let run = start
    for (let quote = source.indexOf("''", run); quote >= 0 && quote < end; quote = source.indexOf("''", run)) {
      out.copy(run, source.slice(run, quote))
      out.escape(quote, 2, "'")
      run = quote + 2
    }
    out.copy(run, source.slice(run, end))
  }
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    let start = line.start
    let end = line.end
    if (i > 0) while (start < end && isBlank(source[start])) start++
    const last = i === lines.length - 1
    let escapedBreak = false
    if (!last) {
      if (style === 'double') {
        let slashes = 0
        while (source[end - 1 - slashes] === '\\') slashes++
        escapedBreak = slashes % 2 === 1
      }
      if (escapedBreak) end--
      else while (end > start && isBlank(source[end - 1])) end--
    }
    copy(start, end)
    if (last) break
    let next = i + 1
    while (next < lines.length - 1 && source.slice(lines[next]!.start, lines[next]!.end).trim() === '') next++
    if (!escapedBreak) {
      if (next === i + 1) out.escape(line.end, line.breakLength, ' ')
      for (let empty = i + 1; empty < next; empty++) out.escape(lines[empty]!.end, lines[empty]!.breakLength, '\n')
    }
    i = next
  }
  return out
}

/** Decode a block scalar (`|` or `>`) whose header starts at `from`. */
function decodeBlock(source: string, from: number, to: number): SegmentBuilder {
  const out = new SegmentBuilder()
  const lines = splitLines(source, from, to)
  const header = source.slice(lines[0]!.start, lines[0]!.end)
  const folded = header.startsWith('>')
  const indicators = /^[|>]([1-9+-]*)/.exec(header)?.[1] ?? ''
  const chomping = indicators.includes('-') ? '-' : indicators.includes('+') ? '+' : undefined
  let content = lines.slice(1)
  // A range that ends with a line break yields an empty last "line" that is not content.
  if (content.length && content.at(-1)!.start === content.at(-1)!.end && content.at(-1)!.breakLength === 0) content = content.slice(0, -1)
  const firstText = content.find((line) => source.slice(line.start, line.end).trim() !== '')
  let indent = 0
  if (firstText) while (source[firstText.start + indent] === ' ') indent++
  const isEmpty = (line: Line) => line.end - line.start <= indent && source.slice(line.start, line.end).trim() === ''
  let lastText = content.length - 1
  while (lastText >= 0 && isEmpty(content[lastText]!)) lastText--
  const breakOf = (line: Line) => out.escape(line.end, line.breakLength, '\n')
  const moreIndented = (line: Line) => isBlank(source[line.start + indent])
  let previous: Line | undefined
  for (let i = 0; i <= lastText; i++) {
    const line = content[i]!
    if (isEmpty(line)) continue
    if (previous) {
      const prevIndex = content.indexOf(previous)
      const empties = content.slice(prevIndex + 1, i)
      if (folded && !moreIndented(previous) && !moreIndented(line)) {
        if (empties.length === 0) out.escape(previous.end, previous.breakLength, ' ')
        else for (const empty of empties) breakOf(empty)
      } else {
        breakOf(previous)
        for (const empty of empties) breakOf(empty)
      }
    } else {
      for (const empty of content.slice(0, i)) breakOf(empty)
    }
    out.copy(line.start + indent, source.slice(line.start + indent, line.end))
    previous = line
  }
  if (previous && chomping !== '-') {
    if (previous.breakLength) breakOf(previous)
    else out.escape(to, 0, '\n')
    if (chomping === '+') for (const empty of content.slice(lastText + 1)) breakOf(empty)
  }
  return out
}

const encodings: Readonly<Record<string, Encoding>> = {
  PLAIN: 'yaml-plain',
  QUOTE_SINGLE: 'yaml-single',
  QUOTE_DOUBLE: 'json',
  BLOCK_LITERAL: 'yaml-block',
  BLOCK_FOLDED: 'yaml-block',
}

/** A string scalar's segment; a map that only knows the whole scalar when decoding disagrees with `yaml`. */
function scalarSegment(source: string, value: string, type: string, start: number, end: number): Segment {
  let built: SegmentBuilder
  if (type === 'QUOTE_DOUBLE') built = decodeFlow(source, start + 1, end - 1, 'double')
  else if (type === 'QUOTE_SINGLE') built = decodeFlow(source, start + 1, end - 1, 'single')
  else if (type === 'PLAIN') built = decodeFlow(source, start, end, 'plain')
  else built = decodeBlock(source, start, end)
  if (built.text === value) return { text: value, map: built.map, encoding: encodings[type] ?? 'yaml-block', range: [start, end] }
  const map = new SourceMap()
  map.add(value.length, start, end - start)
  return { text: value, map, encoding: encodings[type] ?? 'yaml-block', range: [start, end], coarse: true }
}

function toTree(source: string, node: unknown): TreeNode {
  const range = (node as { range?: [number, number, number] } | null)?.range ?? [0, 0, 0]
  const [start, end] = range
  if (isScalar(node)) {
    const value = node.value
    if (typeof value === 'string') return { type: 'string', value, segment: scalarSegment(source, value, node.type ?? 'PLAIN', start, end), start, end }
    if (typeof value === 'number' || typeof value === 'boolean' || value === null) return { type: 'scalar', value, start, end }
    return { type: 'other', start, end }
  }
  if (isSeq(node)) return { type: 'array', items: node.items.map((item) => toTree(source, item)), start, end }
  if (isMap(node)) {
    const entries = (node.items as Pair[]).map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      return [key, toTree(source, pair.value)] as const
    })
    return { type: 'object', entries, start, end }
  }
  if (isAlias(node)) return { type: 'other', start, end }
  return { type: 'other', start, end }
}

/**
 * `# replylint-disable-next-line …` comments: lines that start with one,
 * outside any reply (a block scalar may hold a line that looks like one).
 */
function directives(source: string, units: Extraction['units']): Directive[] {
  const ranges = units.flatMap((unit) => (unit.kind === 'reply' ? [unit.segment.range] : unit.turns.map((turn) => turn.segment.range)))
  ranges.sort((a, b) => a[0] - b[0])
  const out: Directive[] = []
  let next = 0
  let line = 0
  for (let start = 0; start <= source.length; ) {
    line++
    let end = source.indexOf('\n', start)
    if (end < 0) end = source.length
    const comment = source.indexOf('#', start)
    if (comment >= 0 && comment < end) {
      const match = hashComment.exec(source.slice(start, end).replace(/\r$/, ''))
      const rules = match ? parseDirective(match[1]!) : null
      while (next < ranges.length && ranges[next]![1] <= start) next++
      const inside = next < ranges.length && ranges[next]![0] <= start
      if (rules !== null && !inside) out.push({ line: line + 1, rules })
    }
    start = end + 1
  }
  return out
}

/** The replies of a `.yaml` file (every document of it). */
export function extractYaml(source: string, options: TreeOptions): Extraction {
  const extraction: Extraction = { units: [], problems: [], directives: [] }
  for (const document of parseAllDocuments(source)) {
    if (document.errors.length) {
      for (const error of document.errors) {
        extraction.problems.push({ message: `Invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, start: error.pos[0], end: error.pos[1] })
      }
      continue
    }
    if (document.contents) collectUnits(toTree(source, document.contents as Node), options, extraction)
  }
  return { ...extraction, directives: directives(source, extraction.units) }
}
