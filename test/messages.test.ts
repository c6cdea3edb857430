/**
 * A message never shows an empty suggestion (`改为承担责任：“”`, ``use `` instead``): where a
 * report has none, the engine picks the rule's message that names none, and every rule that
 * may report without one has such a message. Checked over every fixture of every rule, in
 * every locale.
 */
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { createLinter } from '../src/index.js'
import type { LintContext, Locale } from '../src/index.js'
import { loadFixture } from './helpers/fixtures.js'

const ids = rules.map((rule) => rule.meta.id)
const empty = /“”|「」|``/

describe.each(['zh-CN', 'zh-TW', 'en'] as Locale[])('messages in %s', (locale) => {
  it.each(ids)('%s names no empty suggestion', (id) => {
    const linter = createLinter({ preset: 'all', locale, rules: Object.fromEntries(ids.map((other) => [other, other === id ? 'warn' : 'off'])) })
    const fixture = loadFixture(id)
    const cases = [...fixture.valid.map((item) => (typeof item === 'string' ? { text: item } : item)), ...fixture.invalid]
    let checked = 0
    for (const item of cases) {
      const options = 'options' in item && item.options ? { rules: { [id]: ['warn', item.options] } } : {}
      const { diagnostics } = (Object.keys(options).length ? createLinter({ preset: 'all', locale, rules: { ...Object.fromEntries(ids.map((other) => [other, 'off'])), ...options.rules } as never }) : linter).lint(item.text, item.context ? { context: item.context } : undefined)
      for (const diagnostic of diagnostics) {
        checked++
        expect(diagnostic.message, `${id}: ${item.text}`).not.toMatch(empty)
      }
    }
    if (fixture.invalid.length > 0) expect(checked).toBeGreaterThan(0)
  })
})

describe('the messages follow the reply, and a reply without words the conversation', () => {
  const linter = createLinter({ preset: 'recommended' })
  const messageOf = (text: string, context?: LintContext) =>
    linter.lint(text, context ? { context } : undefined).diagnostics.find((d) => d.ruleId === 'no-other-orders')?.message

  it('writes Chinese for a bare order number on a Chinese marketplace', () => {
    expect(messageOf('123456789012345678', { platform: 'jd' })).toMatch(/[\u4e00-\u9fff]/)
  })

  it('follows the latest turn with words', () => {
    expect(messageOf('123456789012345678', { platform: 'amazon', history: [{ role: 'customer', text: '我的订单到哪了' }] })).toMatch(/[\u4e00-\u9fff]/)
    expect(messageOf('123456789012345678', { platform: 'jd', history: [{ role: 'customer', text: 'Where is my order?' }] })).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('writes English on an English marketplace with no conversation', () => {
    expect(messageOf('123456789012345678', { platform: 'amazon' })).not.toMatch(/[\u4e00-\u9fff]/)
  })
})
