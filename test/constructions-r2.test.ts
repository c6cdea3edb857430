/**
 * The constructions of no-cash-rebate, no-credential-request,
 * no-off-platform-contact and no-competitor-platform: each one's example
 * fires by that construction alone (the rule's `check` and its other
 * constructions left out), with that rule's id, and each is listed on the
 * rule's page.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { lexiconsOf } from '../src/construction.js'
import { check } from '../src/config.js'
import { LexiconSet } from '../src/matcher.js'
import { Run } from '../src/run.js'
import type { Construction, LintContext, Rule } from '../src/types.js'
import { root } from './helpers/fixtures.js'

const ids = ['no-cash-rebate', 'no-credential-request', 'no-off-platform-contact', 'no-competitor-platform']

/** The platform an example is written for (`context.platform`), when not the default. */
const platformOf: Record<string, string> = {}

function lintWith(rule: Rule, construction: Construction) {
  const solo: Rule = { meta: rule.meta, constructions: [construction] }
  const context: LintContext = {
    ...(construction.exampleCustomer ? { history: [{ role: 'customer', text: construction.exampleCustomer }] } : {}),
    ...(platformOf[construction.id] ? { platform: platformOf[construction.id] } : {}),
  }
  const run = new Run(construction.example, new LexiconSet(lexiconsOf(solo)), undefined, undefined, context)
  const options = rule.meta.options ? (check(rule.meta.options, {}) as { data: unknown }).data : undefined
  run.check({ rule: solo, severity: 'error', options })
  return run.diagnostics
}

describe.each(ids.map((id) => [id, rules.find((rule) => rule.meta.id === id)!] as const))('%s constructions', (id, rule) => {
  const constructions = rule.constructions ?? []
  const page = fs.readFileSync(path.join(root, 'rules', `${id}.md`), 'utf8')

  it('gives what the customer said for every construction that needs it', () => {
    for (const c of constructions) expect(c.customerSaid === undefined || c.exampleCustomer !== undefined, c.id).toBe(true)
  })

  it('has constructions with unique ids', () => {
    expect(constructions.length).toBeGreaterThan(0)
    expect(new Set(constructions.map((c) => c.id)).size).toBe(constructions.length)
  })

  it.each(constructions.map((c) => [c.id, c] as const))('%s: its example fires by it alone', (_, construction) => {
    const diagnostics = lintWith(rule, construction)
    expect(diagnostics.map((d) => d.ruleId)).toEqual([id])
  })

  it.each(constructions.map((c) => [c.id, c] as const))('%s: is listed on the page with its example', (_, construction) => {
    const section = page.slice(page.indexOf('## Constructions'))
    expect(page).toContain('## Constructions')
    expect(section).toContain(`\`${construction.id}\``)
    expect(section).toContain(construction.example)
  })
})
