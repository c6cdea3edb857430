/**
 * Linting a draft of any length without freezing the chat box.
 *
 * A reply up to `whole` characters is linted whole, exactly as `lint` would.
 * A longer one (a pasted document) is linted a paragraph at a time: the
 * paragraphs nearest the caret at once, within a time budget, and the rest in
 * later slices. Paragraph results are cached by their text, so a keystroke
 * re-lints only the paragraph it changed. Only the first paragraph gets the
 * conversation (history, wait); the others keep the customer and platform,
 * so reply-level rules (a greeting, thanks at the close) are not asked of
 * every paragraph.
 */
import { LineIndex } from '../parse.js'
import type { Diagnostic, LintOptions } from '../types.js'

/** Lint one text with the given options. */
export type LintFn = (text: string, options: LintOptions) => Diagnostic[]

/** A paragraph of a long draft. */
interface Piece {
  /** Its offset in the draft. */
  readonly start: number
  /** Its text. */
  readonly text: string
  /** Cache key: the paragraph's text, and whether it opens the draft. */
  readonly key: string
}

/** Longest text cut at sentence ends when a paragraph is longer still. */
const longest = 2000

/** Split a draft into its paragraphs (lines), cutting very long ones at a sentence end. */
export function paragraphs(text: string): Piece[] {
  const pieces: Piece[] = []
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    end = end < 0 ? text.length : end + 1
    if (end - start > longest) end = cut(text, start)
    const part = text.slice(start, end)
    if (part.trim()) pieces.push({ start, text: part, key: (pieces.length === 0 ? '1' : '0') + part })
    start = end
  }
  return pieces
}

/** Where to end a piece of an over-long paragraph: after its last sentence end, else at `longest`. */
function cut(text: string, start: number): number {
  for (let i = start + longest; i > start + longest / 2; i--) if ('。！？!?.;；'.includes(text[i - 1]!)) return i
  const end = start + longest
  // Never split a surrogate pair.
  return (text.charCodeAt(end - 1) & 0xfc00) === 0xd800 ? end - 1 : end
}

/** The options of every paragraph but the first: the customer and platform, without the conversation. */
function laterOptions(options: LintOptions): LintOptions {
  const context = options.context
  if (!context) return options
  return { ...options, context: { customer: context.customer, platform: context.platform } }
}

/** A draft's diagnostics, linted whole or a paragraph at a time. */
export class SlicedLint {
  private cache = new Map<string, Diagnostic[]>()
  private optionsKey = ''
  private pending: Piece[] = []
  private pieces: Piece[] = []
  private text = ''
  private options: LintOptions = {}

  /**
   * @param lintText The linter.
   * @param whole Drafts up to this length are linted whole.
   */
  constructor(
    private readonly lintText: LintFn,
    readonly whole = 2000,
  ) {}

  /** Whether paragraphs are still waiting for `more`. */
  get busy(): boolean {
    return this.pending.length > 0
  }

  /**
   * Lint a draft: whole when it is short, else the paragraphs nearest `focus`
   * for up to `budget` ms (at least one) and the cached ones.
   */
  run(text: string, options: LintOptions, focus: number, budget: number): Diagnostic[] {
    this.text = text
    this.options = options
    if (text.length <= this.whole) {
      this.pending = []
      return this.lintText(text, options)
    }
    const optionsKey = JSON.stringify(options)
    const old = optionsKey === this.optionsKey ? this.cache : new Map<string, Diagnostic[]>()
    this.optionsKey = optionsKey
    this.cache = new Map()
    const pieces = paragraphs(text)
    this.pending = []
    for (const piece of pieces) {
      const known = old.get(piece.key)
      if (known) this.cache.set(piece.key, known)
      else if (!this.cache.has(piece.key)) this.pending.push(piece)
    }
    const distance = (piece: Piece) => Math.max(0, piece.start - focus, focus - piece.start - piece.text.length)
    this.pending.sort((a, b) => distance(b) - distance(a))
    this.pieces = pieces
    this.more(budget)
    return this.current()
  }

  /** Lint waiting paragraphs for up to `budget` ms (at least one). */
  more(budget: number): void {
    const until = performance.now() + budget
    do {
      const piece = this.pending.pop()
      if (!piece) break
      const options = piece.key[0] === '1' ? this.options : laterOptions(this.options)
      this.cache.set(piece.key, this.lintText(piece.text, options))
    } while (performance.now() < until)
  }

  /** The diagnostics of every paragraph linted so far, moved to their place in the draft. */
  current(): Diagnostic[] {
    const lines = new LineIndex(this.text)
    const out: Diagnostic[] = []
    for (const piece of this.pieces) {
      const found = this.cache.get(piece.key)
      if (!found) continue
      for (const d of found) {
        const at = (offset: number) => lines.point(offset + piece.start)
        const moved: Diagnostic = { ...d, start: at(d.start.offset), end: at(d.end.offset) }
        if (d.fix) moved.fix = { range: [d.fix.range[0] + piece.start, d.fix.range[1] + piece.start], text: d.fix.text }
        out.push(moved)
      }
    }
    return out
  }
}
