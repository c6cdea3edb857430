/**
 * One runner for every rule's fixtures: each case runs with only its rule on.
 */
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { createLinter } from '../src/index.js'
import type { RuleSetting } from '../src/index.js'
import { type Fixture, loadFixture } from './helpers/fixtures.js'

const ids = rules.map((rule) => rule.meta.id)

it('finds a fixture file for every registered rule', () => {
  for (const id of ids) expect(() => loadFixture(id)).not.toThrow()
})

/** A linter with only `id` on, at its default severity, with `options`. */
function only(id: string, options?: Record<string, unknown>) {
  const rule = rules.find((r) => r.meta.id === id)!
  const settings: Record<string, RuleSetting> = Object.fromEntries(ids.map((other) => [other, 'off']))
  settings[id] = options ? [rule.meta.severity, options] : rule.meta.severity
  return createLinter({ preset: 'all', rules: settings })
}

describe.each(ids)('%s', (id) => {
  let fixture: Fixture
  try {
    fixture = loadFixture(id)
  } catch (error) {
    // A broken fixture file fails its own rule, not every rule's run.
    it('has well-formed fixtures', () => {
      throw error
    })
    return
  }
  const plain = only(id)

  it.each(fixture.valid.map((item) => (typeof item === 'string' ? { text: item } : item)))('valid: $text', (item) => {
    const linter = item.options ? only(id, item.options) : plain
    const { diagnostics } = linter.lint(item.text, item.context ? { context: item.context } : undefined)
    expect(diagnostics.map((d) => `${d.ruleId}: ${d.actual} (${d.message})`)).toEqual([])
  })

  it.each(fixture.invalid)('invalid: $text', (item) => {
    const linter = item.options ? only(id, item.options) : plain
    const options = item.context ? { context: item.context } : undefined
    const { diagnostics } = linter.lint(item.text, options)
    const actual = diagnostics.map((d) => {
      expect(d.actual).toBe(item.text.slice(d.start.offset, d.end.offset))
      const error: Record<string, unknown> = {
        actual: d.actual,
        expected: d.expected,
        line: d.start.line,
        column: d.start.column,
      }
      return error
    })
    const expected = item.errors.map((e) => {
      const error: Record<string, unknown> = { actual: e.actual, expected: e.expected, line: e.line, column: e.column }
      return error
    })
    expect(actual).toEqual(expected)
    item.errors.forEach((e, index) => {
      const d = diagnostics[index]!
      expect(d.ruleId).toBe(e.ruleId ?? id)
      if (e.messageId) expect(d.messageId).toBe(e.messageId)
      if (e.message) expect(d.message).toBe(e.message)
      if (e.severity) expect(d.severity).toBe(e.severity)
      if (e.endLine) expect(d.end.line).toBe(e.endLine)
      if (e.endColumn) expect(d.end.column).toBe(e.endColumn)
    })

    const fixable = diagnostics.some((d) => d.fix)
    if (fixable && item.output === undefined) throw new Error('a case whose diagnostics carry a fix needs its `output`')
    if (!fixable && item.output !== undefined) throw new Error('`output` given, but no diagnostic carries a fix')
    if (item.output !== undefined) {
      const fixed = linter.fix(item.text, options)
      expect(fixed.text).toBe(item.output)
      expect(linter.fix(fixed.text, options).text).toBe(fixed.text)
    }
  })
})
