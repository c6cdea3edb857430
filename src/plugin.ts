/**
 * replylint as unified plugins, for existing retext pipelines:
 *
 *     unified().use(replylintParse).use(retextReplylint, {preset: 'strict'})
 *
 * Messages are `VFileMessage`s with `ruleId`, `source: 'replylint'`, `place`,
 * `actual`, `expected`, `url` and `note`, so reporters such as
 * `vfile-reporter` print them.
 */
import type { Root } from 'nlcst'
import { createLinter } from './linter.js'
import type { RetextReplylintOptions } from './types.js'


/** The part of a vfile the plugin uses (structural, so the core need not import vfile). */
interface FileLike {
  value: unknown
  toString(): string
  message(
    reason: string,
    options: { place: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } }; ruleId: string; source: string },
  ): {
    actual?: string
    expected?: string[]
    url?: string
    note?: string
    fatal?: boolean | null | undefined
  }
}

/** A leaf of the tree: its text and where it starts in the file, if the tree says. */
interface Leaf {
  /** Offset of the leaf in the linted text. */
  readonly at: number
  readonly value: string
  readonly start: Point | undefined
  /** Length of its source in the file (differs from `value` for `&amp;`). */
  readonly sourceLength: number
}

type Point = { line: number; column: number; offset: number }

interface NodeLike {
  readonly value?: unknown
  readonly children?: readonly NodeLike[]
  readonly position?: { start?: Partial<Point>; end?: Partial<Point> }
}

/**
 * The text of a tree, leaf by leaf, with each leaf's place in the file.
 * Iterative: a deep tree must not overflow the stack.
 */
function leavesOf(tree: NodeLike): { text: string; leaves: Leaf[] } {
  const leaves: Leaf[] = []
  let text = ''
  const stack: NodeLike[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node.value === 'string') {
      const start = pointOf(node.position?.start)
      const end = pointOf(node.position?.end)
      leaves.push({ at: text.length, value: node.value, start, sourceLength: start && end ? end.offset - start.offset : node.value.length })
      text += node.value
    } else if (node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
    }
  }
  return { text, leaves }
}

function pointOf(point: Partial<Point> | undefined): Point | undefined {
  if (!point || !Number.isInteger(point.line) || !Number.isInteger(point.column) || !Number.isInteger(point.offset)) return undefined
  return point as Point
}

/**
 * Map an offset of the linted text to the file: the same place in its leaf,
 * counted from the leaf's start. A leaf whose source is longer than its text
 * (`&amp;` → `&`) maps to its start or, for `end`, its end; a leaf without a
 * place follows the one before it.
 */
function placeOf(leaves: readonly Leaf[], offset: number, end: boolean): Point {
  let low = 0
  let high = leaves.length - 1
  // The last leaf starting before `offset` (for an end) or at or before it (for a start).
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    const at = leaves[middle]!.at
    if (end ? at < offset : at <= offset) low = middle
    else high = middle - 1
  }
  for (let i = low; i >= 0; i--) {
    const leaf = leaves[i]!
    if (!leaf.start) continue
    const delta = i === low ? offset - leaf.at : leaf.value.length
    if (leaf.sourceLength === leaf.value.length) return advance(leaf.start, leaf.value, delta)
    // An escape or entity: its start, or past its whole source.
    return delta === 0 ? leaf.start : { line: leaf.start.line, column: leaf.start.column + leaf.sourceLength, offset: leaf.start.offset + leaf.sourceLength }
  }
  return { line: 1, column: offset + 1, offset }
}

/** The point `delta` units into `value`, which starts at `start`. */
function advance(start: Point, value: string, delta: number): Point {
  let { line, column } = start
  for (let i = 0; i < delta; i++) {
    const c = value.charCodeAt(i)
    if (c === 10 || (c === 13 && value.charCodeAt(i + 1) !== 10)) {
      line++
      column = 1
    } else column++
  }
  return { line, column, offset: start.offset + delta }
}

/**
 * Lint the tree it is given with replylint's rules and add a message per
 * diagnostic.
 *
 * It lints the text of the tree's leaves, not the file's raw text, so that
 * after `remark-retext` code fences and link syntax (absent from the tree)
 * are never linted; places map back to the file through the leaves'
 * positions. With replylint's own parser the tree's text is the file's.
 */
export function retextReplylint(options: RetextReplylintOptions = {}) {
  const { context, ...config } = options
  const linter = createLinter(config)
  return (tree: Root, file: FileLike): undefined => {
    const { text, leaves } = leavesOf(tree as NodeLike)
    const { diagnostics } = linter.lint(text, context ? { context } : undefined)
    for (const diagnostic of diagnostics) {
      const message = file.message(diagnostic.message, {
        place: { start: placeOf(leaves, diagnostic.start.offset, false), end: placeOf(leaves, diagnostic.end.offset, true) },
        ruleId: diagnostic.ruleId,
        source: 'replylint',
      })
      message.actual = diagnostic.actual
      message.expected = diagnostic.expected
      if (diagnostic.url) message.url = diagnostic.url
      if (diagnostic.note) message.note = diagnostic.note
      message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
    }
    return undefined
  }
}
