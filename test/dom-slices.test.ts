/**
 * Long drafts in the checker: linted a paragraph at a time, nearest the caret
 * first, with every diagnostic in its place in the whole draft and unchanged
 * paragraphs never linted twice.
 */
import { describe, expect, it } from 'vitest'
import { paragraphs, SlicedLint } from '../src/dom/slices.js'
import { lint } from '../src/index.js'
import type { LintOptions } from '../src/types.js'

/** A linter that counts what it is asked to lint. */
function counting() {
  const calls: string[] = []
  const sliced = new SlicedLint((text: string, options: LintOptions) => {
    calls.push(text)
    return lint(text, options).diagnostics
  }, 100)
  return { calls, sliced }
}

const paragraph = (n: number) => `第${n}段：亲，这个价格没办法再优惠了哦，你自己去看详情页吧。\n`
const draft = Array.from({ length: 12 }, (_, n) => paragraph(n)).join('')

describe('SlicedLint', () => {
  it('lints a short draft whole, exactly like lint', () => {
    const { sliced } = counting()
    const text = '亲，这个价格没办法再优惠了哦，你自己去看详情页吧。'
    expect(sliced.run(text, {}, 0, 5)).toEqual(lint(text).diagnostics)
    expect(sliced.busy).toBe(false)
  })

  it('splits a long draft into its lines, cutting over-long ones at a sentence end', () => {
    expect(paragraphs('ab\n\ncd').map((p) => [p.start, p.text])).toEqual([[0, 'ab\n'], [4, 'cd']])
    const long = '这是一句话。'.repeat(500)
    const pieces = paragraphs(long)
    expect(pieces.map((p) => p.text).join('')).toBe(long)
    expect(pieces.every((p) => p.text.length <= 2000 && p.text.endsWith('。'))).toBe(true)
    expect(paragraphs('𠀀'.repeat(1500)).every((p) => !/[\ud800-\udbff]$/.test(p.text))).toBe(true)
  })

  it('lints the paragraphs nearest the caret first and the rest later, each diagnostic in place', () => {
    const { calls, sliced } = counting()
    const caret = draft.indexOf('第7段')
    const first = sliced.run(draft, {}, caret, 0)
    expect(calls).toEqual([paragraph(7)])
    expect(sliced.busy).toBe(true)
    expect(first.map((d) => d.start.line)).toEqual([8, 8, 8])
    let all: typeof first
    while (sliced.busy) sliced.more(0)
    all = sliced.current()
    expect(calls.slice(1, 3).sort()).toEqual([paragraph(6), paragraph(8)])
    expect(calls).toHaveLength(12)
    // The same as linting each line alone, moved to the line's place.
    const whole = draft.split('\n').flatMap((line, n) => {
      const at = draft.indexOf(paragraph(n))
      return lint(line).diagnostics.map((d) => [d.ruleId, n + 1, d.start.column, n + 1, d.end.column, d.start.offset + at, d.actual, d.fix && [d.fix.range[0] + at, d.fix.text]])
    })
    expect(all.map((d) => [d.ruleId, d.start.line, d.start.column, d.end.line, d.end.column, d.start.offset, d.actual, d.fix && [d.fix.range[0], d.fix.text]])).toEqual(whole)
    expect(all.filter((d) => d.fix)).toHaveLength(24)
    for (const d of all) expect(draft.slice(d.start.offset, d.end.offset)).toBe(d.actual)
  })

  it('re-lints only the paragraph a keystroke changed, and everything when the options change', () => {
    const { calls, sliced } = counting()
    sliced.run(draft, {}, 0, Infinity)
    calls.length = 0
    const edited = draft.replace('第3段：', '第3段：好的，')
    const after = sliced.run(edited, {}, edited.indexOf('好的'), Infinity)
    expect(calls).toEqual([paragraph(3).replace('第3段：', '第3段：好的，')])
    expect(after.every((d) => edited.slice(d.start.offset, d.end.offset) === d.actual)).toBe(true)
    calls.length = 0
    sliced.run(edited, { locale: 'en' }, 0, Infinity)
    expect(calls).toHaveLength(12)
  })

  it('gives only the first paragraph the conversation', () => {
    const seen: LintOptions[] = []
    const sliced = new SlicedLint((text, options) => (seen.push(options), []), 10)
    const context = { history: [{ role: 'customer' as const, text: '在吗' }], waitedSeconds: 600, platform: 'jd', customer: { phones: ['13800138000'] } }
    sliced.run('第一段很长很长\n第二段也很长很长', { context }, 0, Infinity)
    expect(seen.map((o) => o.context)).toEqual([context, { platform: 'jd', customer: { phones: ['13800138000'] } }])
  })
})
