/**
 * Every construction of every built-in rule catches its own example, alone:
 * the rule pages' examples are real, and a construction that stops matching
 * what it was written for fails here.
 */
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { createLinter, defineRule } from '../src/index.js'

const cases = rules.flatMap((rule) => (rule.constructions ?? []).map((construction) => [rule.meta.id, construction.id, rule, construction] as const))

describe.each(cases)('%s: %s', (_id, _construction, rule, construction) => {
  it('catches its example on its own', () => {
    const alone = defineRule({ meta: { ...rule.meta, id: 'construction-under-test' }, constructions: [construction] })
    const linter = createLinter({ preset: 'recommended', plugins: [alone], rules: { 'construction-under-test': 'warn' } })
    // A construction that answers the customer needs their turn before the example.
    const context = construction.exampleCustomer ? { history: [{ role: 'customer' as const, text: construction.exampleCustomer }] } : undefined
    const found = linter.lint(construction.example, { context }).diagnostics.filter((d) => d.ruleId === 'construction-under-test')
    expect(found.length, construction.example).toBeGreaterThan(0)
  })
})
