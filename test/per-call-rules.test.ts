/**
 * A rule reports the same whichever other rules run: a per-call `rules` option
 * that turns rules of the linter's configuration off, or sets another severity,
 * reuses that configuration's compiled lexicons, and every configuration folds
 * the disguises of every built-in watched word.
 */
import { describe, expect, it } from 'vitest'
import { createLinter, presets, type Diagnostic } from '../src/index.js'
import { loadFixture } from './helpers/fixtures.js'

const strip = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => [d.ruleId, d.start.offset, d.end.offset, d.message, d.expected])

const ids = Object.keys(presets.all.rules)
const texts = [
  // A chat reply whose later bubble is a step, and a disguised channel (the words other rules watch).
  '长按电源键,后续会自动重启哦',
  '亲 加下 威 ❤ 信 有惊喜哦',
  ...ids.flatMap((id) => loadFixture(id).invalid.slice(0, 3).map((item) => item.text)),
]

describe('per-call rules', () => {
  const linter = createLinter({ preset: 'all' })
  it.each(ids)('turning %s off leaves the other rules’ diagnostics as in the full configuration', (id) => {
    for (const text of texts) {
      const full = linter.lint(text).diagnostics.filter((d) => d.ruleId !== id)
      expect(strip(linter.lint(text, { rules: { [id]: 'off' } }).diagnostics)).toEqual(strip(full))
    }
  })

  it.each(ids)('a linter configured without %s reports what the full configuration reports', (id) => {
    const without = createLinter({ preset: 'all', rules: { [id]: 'off' } })
    for (const text of texts) {
      const full = linter.lint(text).diagnostics.filter((d) => d.ruleId !== id)
      expect(strip(without.lint(text).diagnostics)).toEqual(strip(full))
    }
  })

  it('sets another severity without changing what is found', () => {
    const full = linter.lint('你自己去看详情页').diagnostics
    const raised = linter.lint('你自己去看详情页', { rules: { 'no-command': 'error' } }).diagnostics
    expect(raised.map((d) => [d.ruleId, d.actual, d.severity])).toEqual(full.map((d) => [d.ruleId, d.actual, d.ruleId === 'no-command' ? 'error' : d.severity]))
  })
})
