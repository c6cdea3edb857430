/**
 * The constructions of no-blame, no-insult, no-absolute-claim and
 * no-size-promise: each one's example fires through that construction alone,
 * the rule's example fires only that rule among the four (a size promise is
 * not an absolute claim), and the rule's page lists it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { createLinter, type Rule } from '../src/index.js'
import { builtInsOff } from './helpers/rules.js'

const ids = ['no-blame', 'no-insult', 'no-absolute-claim', 'no-size-promise'] as const
const root = path.join(import.meta.dirname, '..')

/** The four rules on, every other built-in rule off. */
const four = createLinter({ preset: 'all', rules: { ...builtInsOff, ...Object.fromEntries(ids.map((id) => [id, 'warn'])) } })

describe.each(ids)('%s', (id) => {
  const rule = rules.find((r) => r.meta.id === id)! as Rule
  const constructions = rule.constructions ?? []
  const page = fs.readFileSync(path.join(root, 'rules', `${id}.md`), 'utf8')
  const section = page.slice(page.indexOf('## Constructions'))

  it('has constructions and a page section for them', () => {
    expect(constructions.length).toBeGreaterThan(0)
    expect(page).toContain('## Constructions')
  })

  it.each(constructions.map((c) => [c.id, c] as const))('%s: its example fires through it alone', (_name, construction) => {
    // The rule with only this construction and no `check`, under another id.
    const alone: Rule = { meta: { ...rule.meta, id: `${id}-${construction.id}` }, constructions: [construction] }
    const linter = createLinter({ preset: 'all', rules: { ...builtInsOff, [alone.meta.id]: 'warn' }, plugins: [alone] })
    const { diagnostics } = linter.lint(construction.example)
    expect(diagnostics.map((d) => d.ruleId)).toContain(alone.meta.id)
    for (const d of diagnostics) expect(d.actual).toBe(construction.example.slice(d.start.offset, d.end.offset))
  })

  it.each(constructions.map((c) => [c.id, c] as const))('%s: its example fires this rule only, of the four', (_name, construction) => {
    const fired = new Set(four.lint(construction.example).diagnostics.map((d) => d.ruleId))
    expect([...fired]).toEqual([id])
  })

  it.each(constructions.map((c) => [c.id, c] as const))('%s: the page lists it with its example', (_name, construction) => {
    expect(section).toContain(`\`${construction.id}\``)
    expect(section).toContain(construction.example)
  })
})

describe('flagged spans of constructions', () => {
  /** A linter with one plugin rule made of `pattern`. */
  function lint(pattern: string, text: string) {
    const probe: Rule = {
      meta: { ...rules.find((r) => r.meta.id === 'no-blame')!.meta, id: 'probe' },
      constructions: [{ id: 'probe', meaning: 'a probe', example: text, pattern }],
    }
    const linter = createLinter({ preset: 'all', rules: { ...builtInsOff, probe: 'warn' }, plugins: [probe] })
    return linter.lint(text).diagnostics.map((d) => d.actual)
  }

  it('stops a gap that runs to the end before the closing particles and marks', () => {
    expect(lint('@second 没 ~ $', '这是您没按说明书操作导致的哦。😀')).toEqual(['您没按说明书操作导致的'])
    expect(lint('you ~ $', 'It broke because you skipped a step!!')).toEqual(['you skipped a step'])
  })

  it('starts the flagged span at the next word, not at the space before it', () => {
    expect(lint('fit < like_a_glove', 'It will fit like a glove.')).toEqual(['like a glove'])
    expect(lint('fit ~8 < glove', 'It will fit like a glove.')).toEqual(['glove'])
  })
})
