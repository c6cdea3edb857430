/**
 * Plain text and Markdown libraries: a reply per line or per paragraph, and
 * in Markdown each paragraph, list item or quote, without the markers,
 * headings, code or front matter around them.
 */
import type { Nodes as MdastNodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { SegmentBuilder, rawSegment } from '../source-map.js'
import { hashComment, parseDirective } from '../suppress.js'
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

/**
 * The replies of a `.txt` file: each non-blank line, or each paragraph
 * (lines up to a blank line). A line `# replylint-disable-next-line …` is a
 * comment, not a reply: it turns rules off for the next line.
 */
export function extractText(source: string, paragraphs: boolean): Extraction {
  const extraction: Extraction = { units: [], problems: [], directives: [] }
  const push = (from: number, to: number) => {
    const [start, end] = trimmed(source, from, to)
    if (end > start) extraction.units.push({ kind: 'reply', segment: rawSegment(start, source.slice(start, end)) })
  }
  let paragraphStart = -1
  let paragraphEnd = -1
  let number = 0
  for (const line of lines(source)) {
    number++
    const content = source.slice(line.start, line.end)
    const comment = hashComment.exec(content)
    const rules = comment ? parseDirective(comment[1]!) : null
    if (rules !== null) extraction.directives!.push({ line: number + 1, rules })
    const blank = rules !== null || content.trim() === ''
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

/** A text node of Markdown: `value` is what `source[start, end)` says once escapes, references and line prefixes are read. */
function copyAligned(source: string, start: number, end: number, value: string, out: SegmentBuilder): void {
  let j = start
  let run = -1
  let runFrom = 0
  const flush = (i: number) => {
    if (run >= 0) out.copy(run, value.slice(runFrom, i))
    run = -1
  }
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!
    if (j < end && source[j] === c && c !== '\n') {
      if (run < 0) {
        run = j
        runFrom = i
      }
      j++
      continue
    }
    flush(i)
    if (c === '\n') {
      // Trailing blanks, the line break, then the next line's indentation and `>` markers.
      let from = j
      while (from < end && (source[from] === ' ' || source[from] === '\t')) from++
      const breakLength = source[from] === '\r' && source[from + 1] === '\n' ? 2 : source[from] === '\n' || source[from] === '\r' ? 1 : 0
      out.escape(from, breakLength, '\n')
      j = from + breakLength
      while (j < end && source[j] !== value[i + 1] && (source[j] === ' ' || source[j] === '\t' || source[j] === '>')) j++
    } else if (source[j] === '\\' && source[j + 1] === c) {
      out.escape(j, 2, c)
      j += 2
    } else if (source[j] === '&' && source.indexOf(';', j) > j && source.indexOf(';', j) < Math.min(end, j + 40)) {
      // A character reference stands for one or two code units.
      const close = source.indexOf(';', j) + 1
      const units = i + 1 < value.length && value[i + 1] !== source[close] && value[i + 2] === source[close] ? 2 : 1
      out.escape(j, close - j, value.slice(i, i + units))
      i += units - 1
      j = close
    } else {
      // Nothing else is expected; the rest stands for the rest, as a whole.
      out.escape(j, end - j, value.slice(i))
      return
    }
  }
  flush(value.length)
}

type Parent = Extract<MdastNodes, { children: unknown }>

/** Append the words of inline Markdown: text, and the text inside emphasis and links; not URLs, images or HTML. */
function appendInline(source: string, base: number, nodes: readonly MdastNodes[], out: SegmentBuilder): void {
  for (const node of nodes) {
    if (node.position?.start.offset === undefined || node.position.end.offset === undefined) continue
    const start = base + node.position.start.offset
    const end = base + node.position.end.offset
    switch (node.type) {
      case 'text':
        copyAligned(source, start, end, node.value, out)
        break
      case 'break':
        out.escape(start, end - start, '\n')
        break
      case 'inlineCode':
        // Words the reply shows, but written in code: a fix there rewrites the whole span.
        out.escape(start, end - start, node.value)
        break
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        appendInline(source, base, node.children, out)
        break
      default:
        break
    }
  }
}

const markdownOptions = {
  extensions: [gfm(), frontmatter(['yaml', 'toml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
}

/** Block nodes whose paragraphs are replies. */
const containers = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition'])

/**
 * Deeper than this, a part of a Markdown file is not read: micromark's time
 * grows with the square of the nesting, and no reply library nests lists
 * or quotes so deep.
 */
const maxDepth = 16

/** A part of a Markdown file that is read on its own: `[start, end)`, from line `line` (0-based). */
interface Block {
  readonly start: number
  readonly end: number
  readonly line: number
  readonly depth: number
}

/** How deep a line nests: its `>` markers, and the list it starts by its indentation. */
function depthOf(text: string): number {
  const prefix = /^[ \t>]*/.exec(text)![0]
  let quotes = 0
  for (const c of prefix) if (c === '>') quotes++
  const listItem = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(text.slice(prefix.length))
  return quotes + (listItem ? 1 + Math.floor((prefix.length - quotes) / 2) : 0)
}

/**
 * Cut a Markdown file into top-level blocks (a paragraph, a top-level list
 * item with what is nested in it, a quote…), never inside front matter,
 * fenced code or an HTML comment. micromark takes time that grows faster
 * than the length of one long list; block by block, a library of 10,000
 * items reads in linear time. The file's link reference definitions are
 * collected too, to be read after each block, so that `[帮助]` still refers
 * to a definition at the end of the file.
 */
function blocks(source: string): { blocks: Block[]; definitions: string } {
  const out: Block[] = []
  const definitions: string[] = []
  let start = 0
  let startLine = 0
  let depth = 0
  let fence: string | undefined
  let comment = false
  let frontMatter = /^(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(source)?.[0].trim()
  let previousBlank = true
  let line = 0
  for (let lineStart = 0; lineStart < source.length; line++) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = source.length
    const text = source.slice(lineStart, lineEnd).replace(/\r$/, '')
    const next = lineEnd + 1
    if (frontMatter !== undefined) {
      if (line > 0 && text.trim() === frontMatter) frontMatter = undefined
    } else if (fence !== undefined) {
      if (new RegExp(`^[\\s>]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(text)) fence = undefined
    } else if (comment) {
      if (text.includes('-->')) comment = false
    } else {
      const blank = text.trim() === ''
      if (lineStart > start && !blank && /^\S/.test(text) && (previousBlank || /^[-*+][ \t]+\S/.test(text))) {
        out.push({ start, end: lineStart, line: startLine, depth })
        start = lineStart
        startLine = line
        depth = 0
      }
      depth = Math.max(depth, depthOf(text))
      if (definition.test(text) && definitions.length < maxDefinitions) definitions.push(text)
      fence = /^[\s>]*(`{3,}|~{3,})/.exec(text)?.[1]
      if (/<!--/.test(text) && !text.slice(text.indexOf('<!--')).includes('-->')) comment = true
      previousBlank = blank
    }
    lineStart = next
  }
  if (start < source.length) out.push({ start, end: source.length, line: startLine, depth })
  return { blocks: merged(out), definitions: definitions.join('\n') }
}

/** A link reference definition's first line (`[帮助]: https://…`). */
const definition = /^ {0,3}\[[^\]]+\]:[ \t]*\S/

/** Definitions given to every block, up to this many: beyond, references resolve within their block only. */
const maxDefinitions = 200

/** Neighbouring blocks read together up to this many characters: each parse has a cost of its own. */
const blockSize = 4096

/** Blocks merged into parts of about `blockSize` characters, a block nested too deep kept apart. */
function merged(all: readonly Block[]): Block[] {
  const out: Block[] = []
  for (const block of all) {
    const last = out.at(-1)
    if (last && last.depth <= maxDepth && block.depth <= maxDepth && last.end - last.start + (block.end - block.start) <= blockSize) {
      out[out.length - 1] = { ...last, end: block.end, depth: Math.max(last.depth, block.depth) }
    } else out.push(block)
  }
  return out
}

/**
 * The replies of a `.md` file, read with mdast (CommonMark and GFM): each
 * paragraph, in lists and quotes too, without markers, link destinations or
 * emphasis marks. Front matter, code, headings, HTML, tables and link
 * definitions are skipped. `<!-- replylint-disable-next-line … -->`
 * comments turn rules off for the next line.
 */
export function extractMarkdown(source: string): Extraction {
  const extraction: Extraction = { units: [], problems: [], directives: [] }
  const { blocks: parts, definitions } = blocks(source)
  for (const block of parts) {
    if (block.depth > maxDepth) {
      extraction.problems.push({ message: `Markdown nested more than ${maxDepth} levels deep: this part is not read`, start: block.start, end: block.start })
      continue
    }
    const text = source.slice(block.start, block.end)
    // The definitions come after the block, so its offsets stay those of the file; nothing after the block is read.
    const tree = fromMarkdown(definitions ? `${text}\n\n${definitions}\n` : text, markdownOptions)
    // Depth-first, in document order, with a stack of its own.
    const pending: MdastNodes[] = [tree]
    while (pending.length) {
      const node = pending.pop()!
      if ((node.position?.start.offset ?? 0) >= text.length) continue
      if (node.type === 'paragraph') {
        const out = new SegmentBuilder()
        appendInline(source, block.start, node.children, out)
        if (out.text.trim() === '') continue
        const [start, end] = trimmedRange(out)
        extraction.units.push({ kind: 'reply', segment: { text: out.text, map: out.map, encoding: 'raw', range: [start, end] } })
      } else if (node.type === 'html') {
        const body = /^<!--([^]*)-->\s*$/.exec(node.value)?.[1]
        const rules = body === undefined ? null : parseDirective(body)
        if (rules !== null && node.position) extraction.directives!.push({ line: block.line + node.position.end.line + 1, rules })
      } else if (containers.has(node.type)) {
        const children = (node as Parent).children as MdastNodes[]
        for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!)
      }
    }
  }
  return extraction
}

function trimmedRange(out: SegmentBuilder): [number, number] {
  return [out.map.start(0), out.map.end(out.text.length)]
}
