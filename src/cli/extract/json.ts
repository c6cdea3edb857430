/**
 * JSON and JSON Lines with positions: `JSON.parse` forgets where a string
 * was, so this small parser keeps, for every character of every string
 * value, the escape or character of the file it was written as.
 */
import { SegmentBuilder } from '../source-map.js'
import { collectUnits, type TreeNode, type TreeOptions } from './tree.js'
import type { Extraction } from './types.js'

/** A syntax error at a file offset. */
class SyntaxProblem extends Error {
  constructor(
    message: string,
    /** Where, in the file. */
    readonly offset: number,
  ) {
    super(message)
  }
}

/** An array or object being read. */
type Frame =
  | { readonly type: 'array'; readonly items: TreeNode[]; readonly start: number }
  | { readonly type: 'object'; readonly entries: Array<readonly [string, TreeNode]>; readonly start: number; key: string }

const simpleEscapes: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

class Parser {
  private position: number

  constructor(
    private readonly source: string,
    from: number,
    private readonly to: number,
  ) {
    this.position = from
  }

  document(): TreeNode {
    const value = this.value()
    this.space()
    if (this.position < this.to) this.fail(`Unexpected ${this.describe()} after the value`)
    return value
  }

  private fail(message: string): never {
    throw new SyntaxProblem(message, this.position)
  }

  private describe(): string {
    if (this.position >= this.to) return 'end of input'
    const c = this.source[this.position]!
    return c === '\n' || c === '\r' ? 'line break' : `\`${c}\``
  }

  private space(): void {
    while (this.position < this.to) {
      const c = this.source.charCodeAt(this.position)
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break
      this.position++
    }
  }

  /** A scalar or string at the current position (after white space). */
  private scalar(): TreeNode {
    const start = this.position
    if (this.source[start] === '"') {
      const segment = this.string(true)
      return { type: 'string', value: segment.text, segment: { text: segment.text, map: segment.map, encoding: 'json', range: [start, this.position] }, start, end: this.position }
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.source.slice(start, Math.min(this.to, start + 64)))
    if (!literal) this.fail(`Unexpected ${this.describe()}: expected a value`)
    this.position += literal[0].length
    const word = literal[0]
    const value = word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Number(word)
    return { type: 'scalar', value, start, end: this.position }
  }

  /** A property name and its `:`, inside an object. */
  private key(): string {
    this.space()
    if (this.source[this.position] !== '"') this.fail(`Unexpected ${this.describe()}: expected a property name`)
    const key = this.string(false).text
    this.space()
    if (this.source[this.position] !== ':') this.fail(`Unexpected ${this.describe()}: expected \`:\``)
    this.position++
    return key
  }

  /**
   * Any value. Arrays and objects being read are kept on a stack of their
   * own, not the call stack, so that nesting 100,000 deep is read like any
   * other value.
   */
  private value(): TreeNode {
    const open: Frame[] = []
    for (;;) {
      this.space()
      const c = this.source[this.position]
      let done: TreeNode | undefined
      if (c === '[' || c === '{') {
        const start = this.position++
        this.space()
        const close = c === '[' ? ']' : '}'
        if (this.source[this.position] === close) {
          this.position++
          done = c === '[' ? { type: 'array', items: [], start, end: this.position } : { type: 'object', entries: [], start, end: this.position }
        } else {
          open.push(c === '[' ? { type: 'array', items: [], start } : { type: 'object', entries: [], start, key: this.key() })
          continue
        }
      } else done = this.scalar()
      // Put the value in the containers it completes.
      for (;;) {
        const frame = open.at(-1)
        if (!frame) return done
        if (frame.type === 'array') frame.items.push(done)
        else frame.entries.push([frame.key, done])
        this.space()
        const next = this.source[this.position]
        const close = frame.type === 'array' ? ']' : '}'
        if (next === ',') {
          this.position++
          if (frame.type === 'object') frame.key = this.key()
          break
        }
        if (next !== close) this.fail(`Unexpected ${this.describe()}: expected \`,\` or \`${close}\``)
        this.position++
        open.pop()
        done = frame.type === 'array' ? { type: 'array', items: frame.items, start: frame.start, end: this.position } : { type: 'object', entries: frame.entries, start: frame.start, end: this.position }
      }
    }
  }

  /** A string from its opening quote; keys need no map. */
  private string(mapped: boolean): SegmentBuilder {
    const source = this.source
    const out = new SegmentBuilder()
    let run = ++this.position
    for (;;) {
      if (this.position >= this.to) this.fail('Unterminated string')
      const c = source.charCodeAt(this.position)
      if (c === 0x22) {
        if (mapped) out.copy(run, source.slice(run, this.position))
        else out.text += source.slice(run, this.position)
        this.position++
        return out
      }
      if (c < 0x20) this.fail('Unescaped control character in a string')
      if (c !== 0x5c) {
        this.position++
        continue
      }
      if (mapped) out.copy(run, source.slice(run, this.position))
      else out.text += source.slice(run, this.position)
      const escapeStart = this.position
      const kind = source[this.position + 1] ?? ''
      let decoded = simpleEscapes[kind]
      let length = 2
      if (kind === 'u') {
        const hex = source.slice(this.position + 2, this.position + 6)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\u escape')
        decoded = String.fromCharCode(parseInt(hex, 16))
        length = 6
      }
      if (decoded === undefined) {
        this.position++
        this.fail(`Invalid escape \`\\${kind}\``)
      }
      if (mapped) out.escape(escapeStart, length, decoded)
      else out.text += decoded
      this.position += length
      run = this.position
    }
  }
}

/** Parse one JSON value in `source[from, to)`. */
function parseJson(source: string, from = 0, to = source.length): TreeNode {
  return new Parser(source, from, to).document()
}

/** The replies of a `.json` file. */
export function extractJson(source: string, options: TreeOptions): Extraction {
  const extraction: Extraction = { units: [], problems: [] }
  try {
    collectUnits(parseJson(source), options, extraction)
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error
    extraction.problems.push({ message: `Invalid JSON: ${error.message}`, start: error.offset, end: error.offset })
  }
  return extraction
}

/** The replies of a `.jsonl` file: each line on its own, a broken line reported and skipped. */
export function extractJsonLines(source: string, options: TreeOptions): Extraction {
  const extraction: Extraction = { units: [], problems: [] }
  let start = 0
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end < 0) end = source.length
    const lineEnd = end > start && source.charCodeAt(end - 1) === 0x0d ? end - 1 : end
    if (source.slice(start, lineEnd).trim() !== '') {
      try {
        collectUnits(parseJson(source, start, lineEnd), options, extraction)
      } catch (error) {
        if (!(error instanceof SyntaxProblem)) throw error
        extraction.problems.push({ message: `Invalid JSON: ${error.message}`, start: error.offset, end: error.offset })
      }
    }
    start = end + 1
  }
  return extraction
}
