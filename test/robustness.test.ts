/**
 * Bad input never crashes a rule: random replies built from the characters
 * rules care about, and large hostile ones, go through every rule. A rule
 * that throws would show up as `internal-error`; a quadratic one would blow
 * the (generous) time limit on the large inputs.
 */
import { describe, expect, it } from 'vitest'
import { createLinter, presets } from '../src/index.js'

const linter = createLinter({ preset: 'all' })
const pieces = [
  ...'你我您们的了吗呢哦亲不没别无能可以行请麻烦返现红包好评微信加QQ京东淘宝拼多多订单号运单手机快递保证绝对肯定合适最好已经在见因该谢谢抱歉久等',
  ...'，。！？、；：“”「」『』（）【】《》~～…',
  ...'abcdefghijklmnopqrstuvwxyzIyou.,!?\'"-/ ',
  '\n', '\r\n', '\u200b', '👍🏻', '👨‍👩‍👧', '138', '0013', '8000', 'SF', '123456789012', '{name}', '[数字x]', 'https://item.jd.com/1.html', '@user',
  "don't", "can't", 'cash back', 'WhatsApp', '&gt;', 'XXX元', '①', '1.', '2.', '3.',
]

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
}

function check(text: string, context?: Parameters<typeof linter.lint>[1]) {
  const { diagnostics } = linter.lint(text, context)
  for (const d of diagnostics) {
    expect(d.ruleId, `${d.ruleId}: ${d.message}`).not.toBe('internal-error')
    expect(text.slice(d.start.offset, d.end.offset)).toBe(d.actual)
  }
  const fixed = linter.fix(text, context)
  expect(linter.fix(fixed.text, context).text).toBe(fixed.text)
}

describe('robustness', () => {
  it('survives 400 random replies from the characters rules care about', () => {
    const next = random(20261122)
    for (let n = 0; n < 400; n++) {
      let text = ''
      const length = Math.floor(next() * 60)
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]
      const context = n % 3 === 0 ? { history: [{ role: 'customer' as const, text: text.slice(0, 10) }], waitedSeconds: 300 } : undefined
      check(text, context ? { context } : undefined)
    }
  })

  it('stays linear on large hostile replies, with every rule on', { timeout: 60_000 }, () => {
    expect(Object.keys(presets.all.rules).length).toBeGreaterThan(20)
    const hostile = [
      '不'.repeat(50_000),
      '你'.repeat(50_000),
      '最'.repeat(50_000),
      '【'.repeat(20_000) + '】'.repeat(20_000),
      '{'.repeat(20_000),
      '1'.repeat(60_000),
      '138 '.repeat(20_000),
      'a.'.repeat(30_000),
      '~'.repeat(50_000) + '吗',
      '微'.repeat(20_000) + '信'.repeat(20_000),
      'X'.repeat(50_000),
      '1. 推荐 '.repeat(10_000),
      "I can't not ".repeat(5_000),
      '“'.repeat(30_000),
      '亲，'.repeat(25_000),
    ]
    for (const text of hostile) check(text)
  })
})
