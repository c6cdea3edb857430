import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { createLinter as createFullLinter, defineRule, fix, lint, ReplylintError, type Lexicon, type LexiconEntry, type LinterConfig } from '../src/index.js'
import { builtInsOff } from './helpers/rules.js'

/** A linter with the built-in rules off, so that only the rules defined here report. */
function createLinter(config: LinterConfig = {}) {
  return createFullLinter({ ...config, rules: { ...builtInsOff, ...config.rules } })
}

const url = 'https://example.com/rules/'
const note = { 'zh-CN': '说明', 'zh-TW': '說明', en: 'Because.' }

const pronouns: Lexicon<LexiconEntry> = [
  { match: '我', notBefore: ['们'], expected: ['我们'] },
  { match: '你', notBefore: ['们'], expected: ['您'] },
]

/** A test rule: flags 我/你 and fixes 你 → 您. */
const pronoun = defineRule({
  meta: {
    id: 'test-pronoun',
    description: 'Disallow 我 and 你.',
    severity: 'warn',
    preset: 'recommended',
    url: url + 'test-pronoun',
    fixable: true,
    messages: {
      pronoun: { 'zh-CN': '用“{expected}”代替“{actual}”', 'zh-TW': '用「{expected}」代替「{actual}」', en: 'Use `{expected}` instead of `{actual}`' },
    },
    note,
  },
  lexicons: [pronouns],
  check(_tree, context) {
    for (const match of context.find(pronouns)) {
      const expected = [...(match.entry.expected ?? [])]
      context.report({
        start: match.start,
        end: match.end,
        expected,
        fix: match.phrase === '你' ? { range: [match.start, match.end], text: '您' } : undefined,
      })
    }
  },
})

const maxLength = defineRule({
  meta: {
    id: 'test-max-length',
    description: 'Limit reply length.',
    severity: 'error',
    preset: 'strict',
    url: url + 'test-max-length',
    messages: { long: { 'zh-CN': '太长', 'zh-TW': '太長', en: 'Too long ({max})' } },
    note,
    options: z.strictObject({ max: z.number().int().min(1).default(10) }),
  },
  check(_tree, context) {
    const { max } = context.options
    if (context.text.length > max) context.report({ start: max, end: context.text.length, data: { max: String(max) } })
  },
})

const broken = defineRule({
  meta: {
    id: 'test-broken',
    description: 'Always throws.',
    severity: 'warn',
    preset: 'recommended',
    url: url + 'test-broken',
    messages: { never: { 'zh-CN': '无', 'zh-TW': '無', en: 'never' } },
    note,
  },
  check() {
    throw new Error('boom')
  },
})

describe('createLinter', () => {
  const linter = createLinter({ plugins: [pronoun, maxLength] })

  it('reports exact spans, expected, fixes, note and url', () => {
    const [first, second] = linter.lint('你好，我们帮我看看').diagnostics
    expect(first).toEqual({
      ruleId: 'test-pronoun',
      messageId: 'pronoun',
      severity: 'warning',
      message: '用“您”代替“你”',
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1, column: 2, offset: 1 },
      actual: '你',
      expected: ['您'],
      fix: { range: [0, 1], text: '您' },
      note: '说明',
      url: url + 'test-pronoun',
    })
    // `我们` is not `我`; the second `我` (in 帮我) is.
    expect(second).toMatchObject({ actual: '我', start: { offset: 6, column: 7 } })
    expect(linter.lint('你好，我们帮我看看').diagnostics).toHaveLength(2)
  })

  it('keeps offsets exact after emoji, CRLF and traditional characters', () => {
    const text = '👍🏻好的\r\n妳們好，妳看'
    const diagnostics = linter.lint(text).diagnostics
    expect(diagnostics.map((d) => [d.actual, d.start, d.end])).toEqual([
      ['妳', { line: 2, column: 5, offset: 12 }, { line: 2, column: 6, offset: 13 }],
    ])
    for (const d of diagnostics) expect(text.slice(d.start.offset, d.end.offset)).toBe(d.actual)
  })

  it('writes messages in the reply’s language unless told', () => {
    expect(linter.lint('這個妳看').diagnostics[0]!.message).toBe('用「您」代替「妳」')
    expect(linter.lint('你看', { locale: 'en' }).diagnostics[0]!.message).toBe('Use `您` instead of `你`')
  })

  it('sees through spacing and invisible characters inside a phrase', () => {
    const lexicon: Lexicon = [{ match: '返现' }]
    const rule = defineRule({ ...pronoun, meta: { ...pronoun.meta, id: 'test-rebate' }, lexicons: [lexicon], check(_t, c) { for (const m of c.find(lexicon)) c.report({ start: m.start, end: m.end }) } })
    const diagnostics = createLinter({ plugins: [rule] }).lint('好评返\u200b现，返 现').diagnostics
    expect(diagnostics.map((d) => d.actual)).toEqual(['返\u200b现', '返 现'])
  })

  it('skips quoted words unless the rule asks for them', () => {
    expect(linter.lint('您说“你们太慢了”，我们马上处理').diagnostics).toEqual([])
  })

  it('turns preset rules on and off, with options', () => {
    expect(linter.lint('一二三四五六七八九十十一').diagnostics).toEqual([])
    const strict = linter.lint('一二三四五六七八九十十一', { preset: 'strict' }).diagnostics
    expect(strict.map((d) => [d.ruleId, d.actual, d.message])).toEqual([['test-max-length', '十一', '太长']])
    const custom = linter.lint('一二三四五六', { rules: { 'test-max-length': ['error', { max: 5 }] }, locale: 'en' }).diagnostics
    expect(custom.map((d) => [d.severity, d.actual, d.message])).toEqual([['error', '六', 'Too long (5)']])
    expect(linter.lint('你', { rules: { 'test-pronoun': 'off' } }).diagnostics).toEqual([])
    expect(linter.lint('你', { rules: { 'test-pronoun': 'info' } }).diagnostics[0]!.severity).toBe('info')
  })

  it('reports a throwing rule as internal-error without losing the others', () => {
    const diagnostics = createLinter({ plugins: [pronoun, broken] }).lint('你看', { locale: 'en' }).diagnostics
    expect(diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['test-pronoun', 'Use `您` instead of `你`'],
      ['internal-error', 'Rule test-broken failed on this reply: boom'],
    ])
  })
})

describe('message data', () => {
  // A rule's own words in its message (`{insert}`) follow the reply's script, as its suggestions do.
  it('is shown in the reply’s script', () => {
    const message = (text: string) =>
      lint(text, { preset: undefined, rules: { 'apologise-for-wait': 'warn' }, context: { waitedSeconds: 300 }, locale: 'zh-TW' }).diagnostics[0]?.message
    expect(message('親，這款48小時內發貨哦。')).toBe('顧客已等待 300 秒（超過 120 秒），先說一句「讓您久等了，」')
    expect(message('亲，这款48小时内发货哦。')).toBe('顧客已等待 300 秒（超過 120 秒），先說一句「让您久等了，」')
  })
})

describe('misuse', () => {
  const linter = createLinter({ plugins: [pronoun, maxLength] })

  it('names the argument of a non-string text', () => {
    expect(() => lint(42 as unknown as string)).toThrow(new TypeError('lint: expected `text` to be a string, got number'))
    expect(() => fix(null as unknown as string)).toThrow(TypeError)
  })

  it('names an unknown rule and suggests a close one', () => {
    expect(() => linter.lint('x', { rules: { 'test-pronon': 'warn' } })).toThrow(
      'Unknown rule `test-pronon`; did you mean `test-pronoun`?',
    )
    try {
      createFullLinter({ rules: { nope: 'warn' } })
    } catch (error) {
      expect(error).toBeInstanceOf(ReplylintError)
      expect(error).toMatchObject({ ruleId: 'nope', path: 'rules.nope' })
    }
  })

  it('names the rule and the option path of invalid options', () => {
    expect(() => linter.lint('x', { rules: { 'test-max-length': ['warn', { max: 'ten' }] } })).toThrow(
      /^Invalid options for rule `test-max-length` at `max`: /,
    )
    expect(() => linter.lint('x', { rules: { 'test-max-length': ['warn', { maxx: 3 }] } })).toThrow(/test-max-length/)
    expect(() => linter.lint('x', { rules: { 'test-pronoun': 'loud' as 'warn' } })).toThrow(
      'Invalid setting for rule `test-pronoun`: expected a severity ("off", "info", "warn", "error") or [severity, options]',
    )
    expect(() => linter.lint('x', { rules: { 'test-pronoun': ['warn', { a: 1 }] } })).toThrow('Rule `test-pronoun` takes no options')
  })

  it('rejects invalid options and context with their path', () => {
    expect(() => lint('x', { preset: 'loose' as 'strict' })).toThrow(/^Invalid lint options at `preset`: /)
    expect(() => lint('x', { context: { history: [{ role: 'boss', text: 'x' }] } } as never)).toThrow(
      /^Invalid lint options at `context.history\[0\].role`: /,
    )
  })
})

describe('fix', () => {
  const linter = createLinter({ plugins: [pronoun] })

  it('applies certain fixes and re-lints the result', () => {
    const result = linter.fix('你好，你看我')
    expect(result.text).toBe('您好，您看我')
    expect(result.applied.map((d) => d.actual)).toEqual(['你', '你'])
    expect(result.diagnostics.map((d) => d.actual)).toEqual(['我'])
    expect(linter.fix(result.text).text).toBe(result.text)
  })
})
