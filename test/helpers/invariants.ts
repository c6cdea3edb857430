/**
 * What must hold for every reply, whatever it holds (issue 11): checked by
 * the property tests (test/properties.test.ts) and by the long fuzz run
 * (scripts/fuzz.ts). Returns the problems found instead of asserting, so that
 * both can report them.
 */
import * as fc from 'fast-check'
import { pieces } from '../../bench/hostile.mjs'
import type { Diagnostic, Fix, Linter, LintOptions } from '../../src/index.js'

/** Whether `offset` falls between the halves of a surrogate pair of `text`. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/** The 1-based line and column of `offset`, counting `\n`, `\r\n` and `\r` as line breaks. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i)
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue
    if (c === 10 || c === 13) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** What is wrong with the diagnostics of `text`. */
export function diagnosticProblems(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const problems: string[] = []
  for (const d of diagnostics) {
    const at = `${d.ruleId} [${d.start.offset}, ${d.end.offset})`
    if (d.ruleId === 'internal-error') problems.push(`internal-error: ${d.message}`)
    if (!(d.start.offset >= 0 && d.start.offset < d.end.offset && d.end.offset <= text.length)) problems.push(`${at}: invalid span`)
    if (text.slice(d.start.offset, d.end.offset) !== d.actual) problems.push(`${at}: actual is not the slice`)
    if (splitsPair(text, d.start.offset) || splitsPair(text, d.end.offset)) problems.push(`${at}: splits a surrogate pair`)
    for (const point of [d.start, d.end]) {
      const expected = pointAt(text, point.offset)
      if (point.line !== expected.line || point.column !== expected.column) {
        problems.push(`${at}: ${point.line}:${point.column} at offset ${point.offset}, expected ${expected.line}:${expected.column}`)
      }
    }
    if (d.fix && (splitsPair(text, d.fix.range[0]) || splitsPair(text, d.fix.range[1]))) problems.push(`${at}: fix splits a surrogate pair`)
  }
  return problems
}

/** `text` with sorted, non-overlapping `edits` applied; `undefined` if they are not. */
export function applyEdits(text: string, edits: readonly Fix[]): string | undefined {
  let out = ''
  let position = 0
  for (const { range, text: replacement } of edits) {
    if (range[0] < position || range[1] < range[0] || range[1] > text.length) return undefined
    out += text.slice(position, range[0]) + replacement
    position = range[1]
  }
  return out + text.slice(position)
}

/**
 * Every invariant for one reply: no throw, valid diagnostics, equal results
 * for equal inputs, options left as they were, and a fix that settles
 * (fixing the fixed text changes nothing).
 */
export function replyProblems(linter: Linter, text: string, options?: LintOptions): string[] {
  try {
    const before = options === undefined ? undefined : structuredClone(options)
    const first = linter.lint(text, options)
    const problems = diagnosticProblems(text, first.diagnostics)
    const again = linter.lint(text, before === undefined ? undefined : structuredClone(before))
    if (JSON.stringify(again) !== JSON.stringify(first)) problems.push('two lints of the same input differ')
    const fixed = linter.fix(text, options)
    problems.push(...diagnosticProblems(fixed.text, fixed.diagnostics))
    const edited = applyEdits(text, fixed.edits)
    if (edited !== fixed.text) problems.push(`fix's edits give ${JSON.stringify(edited?.slice(0, 80))}, not the fixed text`)
    // Without an applied fix, fixing again is the same call: determinism covers it.
    if (fixed.applied.length > 0) {
      const twice = linter.fix(fixed.text, options)
      if (twice.text !== fixed.text) problems.push(`fix is not idempotent: ${JSON.stringify(fixed.text.slice(0, 80))} → ${JSON.stringify(twice.text.slice(0, 80))}`)
    } else if (fixed.text !== text) problems.push('fix changed the text without applying a fix')
    if (before !== undefined && JSON.stringify(options) !== JSON.stringify(before)) problems.push('options were mutated')
    return problems
  } catch (error) {
    return [`threw: ${error instanceof Error ? error.stack : String(error)}`]
  }
}

/** Code units that break naive code: lone surrogates, BOM, controls, line and paragraph separators. */
const hostileUnits = ['\ud83d', '\ude00', '\ufeff', '\u0000', '\u2028', '\u2029', '\u0301', '\u200d', '\u202e', 'İ', 'ﬃ', 'ẞ', '１３８', '．', '＂']

/**
 * Words of the reproductions of issue 11, to recombine: handles before a
 * blame, refusals inside quotation marks, long links that end in emoji,
 * letters whose case folding changes length, phone numbers with dots.
 */
const issueWords = [
  '@', '@你', '没看清楚', '你自己', ' ', '好', '好的', '“', '”', '「', '」', '，', '。', '不行', '不能', '客户说', 'jd.com/', 'www.', 'a'.repeat(97),
  '😀', 'İ', 'İwww.jd.com', '微信', '加我', '13812345678', '135.7777.6666', '返现', '好评', '？', '吗', '\n',
  // The reproductions themselves, to be cut and glued by the generator.
  '@你没看清楚 好的', '客户说“好 好”，不行', 'jd.com/' + 'a'.repeat(292) + '😀', '加我微信13812345678', '好评返现。',
]

/** Replies: any code points, any code units, the pieces rules care about mixed with hostile units, and the issue's words. */
export const replies: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: fc.constantFrom(...issueWords), maxLength: 12 }), weight: 4 },
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...pieces, ...hostileUnits), maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...pieces), maxLength: 60 }),
)

/** Options: none, a history (customer and agent turns from the same replies), a preset or locale. */
export const lintOptions: fc.Arbitrary<LintOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      preset: fc.constantFrom('recommended' as const, 'strict' as const, 'all' as const),
      locale: fc.constantFrom('zh-CN' as const, 'zh-TW' as const, 'en' as const),
      context: fc.record(
        {
          history: fc.array(fc.record({ role: fc.constantFrom('customer' as const, 'agent' as const), text: replies }), { maxLength: 3 }),
          waitedSeconds: fc.nat(3600),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
)
