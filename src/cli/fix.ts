/**
 * Fixing files in place: the linter fixes each reply, and the change is
 * written back into the file in the file's own notation (a JSON escape, a
 * doubled CSV quote), touching nothing else. A file whose replies would not
 * read back exactly as fixed is left alone.
 */
import { LineIndex } from '../parse.js'
import { type Segment, encodeInline, encodeWhole, plainStartOk } from './source-map.js'

/** A change to a file: replace `[from, to)` with `text`. */
export interface Edit {
  readonly from: number
  readonly to: number
  readonly text: string
}

/** A run of differences: `a[aStart, aEnd)` became `b[bStart, bEnd)`. */
type Hunk = readonly [aStart: number, aEnd: number, bStart: number, bEnd: number]

/** Beyond this many differences a reply is replaced as a whole: a fix never rewrites that much. */
const maxDifferences = 256

/**
 * The differences between two strings, by Myers' algorithm: O((n + m) · d)
 * for d differences, and fixes make d small.
 */
export function diffStrings(a: string, b: string): Hunk[] {
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < a.length - prefix && suffix < b.length - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++
  const n = a.length - prefix - suffix
  const m = b.length - prefix - suffix
  if (n === 0 && m === 0) return []
  const whole: Hunk[] = [[prefix, prefix + n, prefix, prefix + m]]
  if (n === 0 || m === 0) return whole
  const eq = (x: number, y: number) => a.charCodeAt(prefix + x) === b.charCodeAt(prefix + y)
  // trace[d][k + d] is the furthest x on diagonal k after d differences.
  const trace: Int32Array[] = []
  let previous = new Int32Array(1)
  for (let d = 0; d <= Math.min(n + m, maxDifferences); d++) {
    const v = new Int32Array(2 * d + 1)
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1))
      let x = d === 0 ? 0 : down ? at(previous, d - 1, k + 1) : at(previous, d - 1, k - 1) + 1
      let y = x - k
      while (x < n && y < m && eq(x, y)) {
        x++
        y++
      }
      v[k + d] = x
      if (x >= n && y >= m) {
        trace.push(v)
        return backtrack(trace, n, m, prefix)
      }
    }
    trace.push(v)
    previous = v
  }
  return whole
}

function at(v: Int32Array, d: number, k: number): number {
  return v[k + d] ?? -1
}

function backtrack(trace: Int32Array[], n: number, m: number, prefix: number): Hunk[] {
  const hunks: Array<[number, number, number, number]> = []
  let x = n
  let y = m
  const add = (a0: number, a1: number, b0: number, b1: number) => {
    const last = hunks[0]
    if (last && last[0] === a1 && last[2] === b1) {
      last[0] = a0
      last[2] = b0
    } else hunks.unshift([a0, a1, b0, b1])
  }
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1]!
    const k = x - y
    const down = k === -d || (k !== d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1))
    const previousK = down ? k + 1 : k - 1
    const previousX = at(previous, d - 1, previousK)
    const previousY = previousX - previousK
    // The diagonal run after the step needs nothing; the step itself is one insertion or deletion.
    if (down) add(previousX, previousX, previousY, previousY + 1)
    else add(previousX, previousX + 1, previousY, previousY)
    x = previousX
    y = previousY
  }
  return hunks.map(([a0, a1, b0, b1]) => [a0 + prefix, a1 + prefix, b0 + prefix, b1 + prefix] as const)
}

/**
 * The edits that turn a reply into its fixed text inside its file, or
 * `undefined` when the file's notation cannot hold the change.
 */
export function segmentEdits(segment: Segment, fixed: string): Edit[] | undefined {
  const hunks = diffStrings(segment.text, fixed)
  if (hunks.length === 0) return []
  const whole = (): Edit[] | undefined => {
    const text = encodeWhole(fixed, segment.encoding)
    return text === undefined ? undefined : [{ from: segment.range[0], to: segment.range[1], text }]
  }
  if (segment.coarse) return whole()
  const edits: Edit[] = []
  const length = segment.text.length
  for (const [a0, a1, b0, b1] of hunks) {
    const replacement = fixed.slice(b0, b1)
    let text = encodeInline(replacement, segment.encoding)
    if (segment.encoding === 'yaml-plain' && ((a0 === 0 && !plainStartOk(replacement)) || (a1 === length && /\s$/.test(replacement)))) text = undefined
    if (text === undefined) return whole()
    const from = segment.map.start(a0)
    edits.push({ from, to: a1 > a0 ? segment.map.end(a1) : from, text })
  }
  return edits
}

/** Apply non-overlapping edits to a text. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to)
  let out = ''
  let position = 0
  for (const edit of sorted) {
    out += source.slice(position, edit.from) + edit.text
    position = edit.to
  }
  return out + source.slice(position)
}

/** Lines of context around each change of a unified diff. */
const context = 3

/** A unified diff of a file before and after `edits`, as `diff -u` prints it. */
export function unifiedDiff(file: string, before: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return ''
  const lines = new LineIndex(before)
  const lineOf = (offset: number) => lines.point(offset).line - 1
  const lineText = (line: number) => {
    const start = lines.starts[line]!
    const end = line + 1 < lines.starts.length ? lines.starts[line + 1]! : before.length
    return before.slice(start, end).replace(/\r?\n$|\r$/, '')
  }
  // Changes: edits grouped by the lines they touch.
  const changes: Array<{ first: number; last: number; edits: Edit[] }> = []
  for (const edit of [...edits].sort((a, b) => a.from - b.from)) {
    const first = lineOf(edit.from)
    const last = lineOf(Math.max(edit.from, edit.to - 1))
    const previous = changes.at(-1)
    // Changes on neighbouring lines read better as one block of - and + lines.
    if (previous && first <= previous.last + 1) {
      previous.last = Math.max(previous.last, last)
      previous.edits.push(edit)
    } else changes.push({ first, last, edits: [edit] })
  }
  const out = [`--- ${file}`, `+++ ${file}`]
  let delta = 0
  for (let i = 0; i < changes.length; ) {
    let j = i
    while (j + 1 < changes.length && changes[j + 1]!.first - changes[j]!.last <= 2 * context + 1) j++
    const start = Math.max(0, changes[i]!.first - context)
    // A final line break does not start a line of its own.
    const lastLine = lines.starts.length - (before.endsWith('\n') || before.endsWith('\r') ? 2 : 1)
    const end = Math.min(lastLine, changes[j]!.last + context)
    const body: string[] = []
    let oldCount = 0
    let newCount = 0
    let line = start
    for (const change of changes.slice(i, j + 1)) {
      for (; line < change.first; line++, oldCount++, newCount++) body.push(` ${lineText(line)}`)
      const from = lines.starts[change.first]!
      const to = change.last + 1 < lines.starts.length ? lines.starts[change.last + 1]! : before.length
      const changed = applyEdits(before.slice(from, to), change.edits.map((edit) => ({ ...edit, from: edit.from - from, to: edit.to - from })))
      const added = changed.replace(/\r?\n$/, '').split(/\r?\n/)
      for (; line <= change.last; line++, oldCount++) body.push(`-${lineText(line)}`)
      for (const text of added) body.push(`+${text}`)
      newCount += added.length
    }
    for (; line <= end; line++, oldCount++, newCount++) body.push(` ${lineText(line)}`)
    out.push(`@@ -${start + 1},${oldCount} +${start + 1 + delta},${newCount} @@`, ...body)
    delta += newCount - oldCount
    i = j + 1
  }
  return out.join('\n') + '\n'
}
