/**
 * Plain text and Markdown libraries: a reply per line or per paragraph, and
 * in Markdown each paragraph, list item or quote, without the markers,
 * headings, code or front matter around them.
 */
import { SegmentBuilder, rawSegment } from '../source-map.js'
import type { Extraction } from './types.js'

/** A line of a file: `[start, end)` without its line break, and the break's length. */
interface Line {
  readonly start: number
  readonly end: number
  readonly breakLength: number
}

function lines(source: string): Line[] {
  const out: Line[] = []
  let start = 0
  for (;;) {
    let end = source.indexOf('\n', start)
    if (end < 0) {
      if (start < source.length) out.push({ start, end: source.length, breakLength: 0 })
      return out
    }
    const crlf = end > start && source.charCodeAt(end - 1) === 0x0d
    out.push({ start, end: crlf ? end - 1 : end, breakLength: crlf ? 2 : 1 })
    start = end + 1
  }
}

/** `[start, end)` of `source` without surrounding white space. */
function trimmed(source: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(source[start]!)) start++
  while (end > start && /\s/.test(source[end - 1]!)) end--
  return [start, end]
}

/** The replies of a `.txt` file: each non-blank line, or each paragraph (lines up to a blank line). */
export function extractText(source: string, paragraphs: boolean): Extraction {
  const extraction: Extraction = { units: [], problems: [] }
  const push = (from: number, to: number) => {
    const [start, end] = trimmed(source, from, to)
    if (end > start) extraction.units.push({ kind: 'reply', segment: rawSegment(start, source.slice(start, end)) })
  }
  let paragraphStart = -1
  let paragraphEnd = -1
  for (const line of lines(source)) {
    const blank = source.slice(line.start, line.end).trim() === ''
    if (!paragraphs) {
      if (!blank) push(line.start, line.end)
      continue
    }
    if (blank) {
      if (paragraphStart >= 0) push(paragraphStart, paragraphEnd)
      paragraphStart = -1
    } else {
      if (paragraphStart < 0) paragraphStart = line.start
      paragraphEnd = line.end
    }
  }
  if (paragraphStart >= 0) push(paragraphStart, paragraphEnd)
  return extraction
}

const fence = /^ {0,3}(`{3,}|~{3,})/
const heading = /^ {0,3}#{1,6}(?:\s|$)/
const thematicBreak = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/
const listMarker = /^( {0,3})(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/
const quoteMarker = /^ {0,3}>[ \t]?/
const htmlBlock = /^ {0,3}<(?:!--|[a-zA-Z/])/
const tableRow = /^ {0,3}\|/

/**
 * The replies of a `.md` file. Front matter, fenced and indented code,
 * headings, thematic breaks, HTML blocks and tables are skipped; list
 * markers and `>` are not part of a reply.
 */
export function extractMarkdown(source: string): Extraction {
  const extraction: Extraction = { units: [], problems: [] }
  const all = lines(source)
  let index = 0
  const text = (line: Line) => source.slice(line.start, line.end)
  const frontMatter = all[0] && /^(?:---|\+\+\+)[ \t]*$/.test(text(all[0])) ? text(all[0]).trim() : undefined
  if (frontMatter) {
    const close = all.findIndex((line, i) => i > 0 && text(line).trim() === frontMatter)
    if (close > 0) index = close + 1
  }
  let current: SegmentBuilder | undefined
  let previousBreak: Line | undefined
  let previousBlank = true
  const flush = () => {
    if (current && current.text.trim() !== '') {
      const start = current.map.start(0)
      extraction.units.push({ kind: 'reply', segment: { text: current.text, map: current.map, encoding: 'raw', range: [start, current.map.end(current.text.length)] } })
    }
    current = undefined
  }
  const append = (line: Line, from: number) => {
    const [start, end] = trimmed(source, from, line.end)
    if (end <= start) return
    if (current && previousBreak) current.escape(previousBreak.end, previousBreak.breakLength, '\n')
    current ??= new SegmentBuilder()
    current.copy(start, source.slice(start, end))
    previousBreak = line
  }
  for (; index < all.length; index++) {
    const line = all[index]!
    let content = text(line)
    const blank = content.trim() === ''
    const opening = fence.exec(content)
    if (opening) {
      flush()
      const marker = opening[1]!
      while (++index < all.length && !text(all[index]!).trimStart().startsWith(marker));
      previousBlank = true
      continue
    }
    if (blank) {
      flush()
      previousBlank = true
      continue
    }
    if (previousBlank && /^(?: {4}|\t)/.test(content)) continue
    if (htmlBlock.test(content)) {
      flush()
      // A comment ends at `-->`, any other HTML block at a blank line.
      const ends = content.trimStart().startsWith('<!--') ? (s: string) => s.includes('-->') : (s: string) => s.trim() === ''
      while (!ends(text(all[index]!)) && index + 1 < all.length) index++
      previousBlank = true
      continue
    }
    if (heading.test(content) || tableRow.test(content)) {
      flush()
      continue
    }
    if (current && setextUnderline.test(content)) {
      // The paragraph above was a heading.
      current = undefined
      continue
    }
    if (thematicBreak.test(content)) {
      flush()
      continue
    }
    let from = line.start
    const quote = quoteMarker.exec(content)
    if (quote) {
      from += quote[0].length
      content = content.slice(quote[0].length)
    }
    const item = listMarker.exec(content)
    if (item) {
      flush()
      from += item[0].length
    }
    append(line, from)
    previousBlank = false
  }
  flush()
  return extraction
}
