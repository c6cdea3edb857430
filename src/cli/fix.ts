/**
 * Fixing files in place: the linter fixes each reply and hands over the
 * edits it applied; each is written back into the file in the file's own
 * notation (a JSON escape, a doubled CSV quote), touching nothing else. A
 * file whose replies would not read back exactly as fixed is left alone.
 */
import { FILE_HEADERS_ONLY, createTwoFilesPatch, diffChars } from 'diff'
import { maskIdentifiers } from '../language/identifiers.js'
import type { Diagnostic, FixResult } from '../types.js'
import { type Segment, encodeInline, encodeWhole, plainStartOk } from './source-map.js'

/** A change to a text: replace `[from, to)` with `text`. */
export interface Edit {
  readonly from: number
  readonly to: number
  readonly text: string
}

/** Beyond this many differences a reply is replaced as a whole: a fix never rewrites that much. */
const maxDifferences = 256

/**
 * The edits that turn `a` into `b`, by jsdiff: only for fixes applied over
 * several passes, whose ranges refer to texts in between.
 */
function diffEdits(a: string, b: string): Edit[] {
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < a.length - prefix && suffix < b.length - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++
  const oldMiddle = a.slice(prefix, a.length - suffix)
  const newMiddle = b.slice(prefix, b.length - suffix)
  if (oldMiddle === newMiddle) return []
  const changes = oldMiddle && newMiddle ? diffChars(oldMiddle, newMiddle, { maxEditLength: maxDifferences }) : undefined
  if (!changes) return [{ from: prefix, to: a.length - suffix, text: newMiddle }]
  const edits: Edit[] = []
  let position = prefix
  for (const change of changes) {
    const last = edits.at(-1)
    const open = last && last.to === position ? last : undefined
    if (change.added) {
      if (open) edits[edits.length - 1] = { ...open, text: open.text + change.value }
      else edits.push({ from: position, to: position, text: change.value })
    } else if (change.removed) {
      if (open) edits[edits.length - 1] = { ...open, to: position + change.value.length }
      else edits.push({ from: position, to: position + change.value.length, text: '' })
      position += change.value.length
    } else position += change.value.length
  }
  return edits
}

/** An edit without the characters it would replace by themselves (`你好` → `您好` is `你` → `您`). */
function trim(text: string, edit: Edit): Edit | undefined {
  let { from, to } = edit
  let replacement = edit.text
  let head = 0
  while (from + head < to && head < replacement.length && text.charCodeAt(from + head) === replacement.charCodeAt(head)) head++
  let tail = 0
  while (to - tail > from + head && replacement.length - tail > head && text.charCodeAt(to - 1 - tail) === replacement.charCodeAt(replacement.length - 1 - tail)) tail++
  from += head
  to -= tail
  replacement = replacement.slice(head, replacement.length - tail)
  return from === to && replacement === '' ? undefined : { from, to, text: replacement }
}

/**
 * The edits of a fix of `text`, in `text`'s offsets: those the linter
 * applied when they all came from one pass over the text, else the
 * differences between the text and the fixed text. Either way the cost is
 * linear in the reply, however many fixes it has.
 */
export function replyEdits(text: string, result: Pick<FixResult, 'text' | 'applied'>): Edit[] {
  const edits: Edit[] = []
  let position = 0
  let out = ''
  for (const diagnostic of result.applied) {
    const [from, to] = diagnostic.fix!.range
    // A fix before the end of the previous one was applied on a later pass, to the text in between.
    if (from < position) return diffEdits(text, result.text)
    out += text.slice(position, from) + diagnostic.fix!.text
    position = to
    const edit = trim(text, { from, to, text: diagnostic.fix!.text })
    if (edit) edits.push(edit)
  }
  return out + text.slice(position) === result.text ? edits : diffEdits(text, result.text)
}

/**
 * The edits that make reply edits inside the reply's file, or `undefined`
 * when the file's notation cannot hold them.
 *
 * @param fixed The whole fixed reply, for values that must be written anew.
 */
export function segmentEdits(segment: Segment, edits: readonly Edit[], fixed: () => string): Edit[] | undefined {
  if (edits.length === 0) return []
  const whole = (): Edit[] | undefined => {
    const text = encodeWhole(fixed(), segment.encoding)
    return text === undefined ? undefined : [{ from: segment.range[0], to: segment.range[1], text }]
  }
  if (segment.coarse) return whole()
  const out: Edit[] = []
  const length = segment.text.length
  for (const { from: a0, to: a1, text: replacement } of edits) {
    let text = encodeInline(replacement, segment.encoding)
    if (segment.encoding === 'yaml-plain' && ((a0 === 0 && !plainStartOk(replacement)) || (a1 === length && /\s$/.test(replacement)))) text = undefined
    if (text === undefined) return whole()
    const from = segment.map.start(a0)
    out.push({ from, to: a1 > a0 ? segment.map.end(a1) : from, text })
  }
  return out
}

/** The file edit of one diagnostic's fix, or `undefined` when it is not one edit in the file. */
export function diagnosticEdit(segment: Segment, diagnostic: Diagnostic): Edit | undefined {
  if (!diagnostic.fix) return undefined
  const [from, to] = diagnostic.fix.range
  const edit = trim(segment.text, { from, to, text: diagnostic.fix.text })
  if (!edit) return undefined
  const edits = segmentEdits(segment, [edit], () => segment.text.slice(0, from) + diagnostic.fix!.text + segment.text.slice(to))
  return edits?.length === 1 ? edits[0] : undefined
}

/** Apply non-overlapping edits to a text. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = edits.slice().sort((a, b) => a.from - b.from || a.to - b.to)
  const parts: string[] = []
  let position = 0
  for (const edit of sorted) {
    parts.push(source.slice(position, edit.from), edit.text)
    position = edit.to
  }
  parts.push(source.slice(position))
  return parts.join('')
}

/**
 * A unified diff of a file before and after, as `diff -u` prints it and
 * `patch` applies it (line endings kept, a missing final line break
 * marked), with phone numbers, order ids and tracking numbers masked.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return ''
  const patch = createTwoFilesPatch(file, file, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY })
  return patch
    .split('\n')
    .map((line) => maskIdentifiers(line))
    .join('\n')
}
