/**
 * Issue 11, engine half: every reproduction is a regression test, and each
 * guards a class (spans, rule misuse, fixes, masking, purity), not one input.
 */
import { describe, expect, it, vi } from 'vitest'
import { Automaton } from '../src/automaton.js'
import { createLinter as createFullLinter, defineRule, fix, lint, lintConversation, ReplylintError, type Diagnostic, type LinterConfig, type Rule } from '../src/index.js'
import { applyEdits } from './helpers/invariants.js'
import { builtInsOff } from './helpers/rules.js'

function createLinter(config: LinterConfig = {}) {
  return createFullLinter({ ...config, rules: { ...builtInsOff, ...config.rules } })
}

const url = 'https://example.com/rules/'
const note = { 'zh-CN': '说明', 'zh-TW': '說明', en: 'Because.' }
const messages = { only: { 'zh-CN': '“{actual}”', 'zh-TW': '「{actual}」', en: '`{actual}`' } }

/** A test rule whose `check` is given. */
function ruleWith(id: string, check: Rule['check']): Rule {
  return defineRule({ meta: { id, description: 'Test.', severity: 'warn', preset: 'recommended', url: url + id, messages, note }, check })
}

/** A rule that reports `你` (so a test can see that other diagnostics survive). */
const pronoun = ruleWith('test-pronoun', (_tree, context) => {
  for (let i = context.text.indexOf('你'); i >= 0; i = context.text.indexOf('你', i + 1)) context.report({ start: i, end: i + 1 })
})

const spans = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => [d.ruleId, d.start.offset, d.end.offset, d.actual])

function isHigh(c: number) {
  return c >= 0xd800 && c <= 0xdbff
}
function isLow(c: number) {
  return c >= 0xdc00 && c <= 0xdfff
}

describe('spans', () => {
  it('reports the blame after a handle with a span inside its clause (`@你没看清楚 好的`)', () => {
    const { diagnostics } = lint('@你没看清楚 好的')
    expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([])
    expect(spans(diagnostics.filter((d) => d.ruleId === 'no-blame'))).toEqual([['no-blame', 0, 6, '@你没看清楚']])
  })

  it('never lets a span end inside a surrogate pair (`jd.com/` + 292 letters + 😀)', () => {
    const text = 'jd.com/' + 'a'.repeat(292) + '😀'
    for (const d of lint(text).diagnostics) {
      expect(isHigh(d.actual.charCodeAt(d.actual.length - 1))).toBe(false)
      expect(isLow(d.actual.charCodeAt(0))).toBe(false)
      expect(text.slice(d.start.offset, d.end.offset)).toBe(d.actual)
    }
  })

  it('widens a span that splits a surrogate pair to whole characters', () => {
    const splitter = ruleWith('test-split', (_tree, context) => context.report({ start: 2, end: 4 }))
    const { diagnostics } = createLinter({ plugins: [splitter] }).lint('a😀😀b')
    expect(spans(diagnostics)).toEqual([['test-split', 1, 5, '😀😀']])
  })

  it('turns an inverted, empty, fractional or out-of-range span into internal-error and keeps the rule’s other reports', () => {
    const bad = ruleWith('test-bad-span', (_tree, context) => {
      context.report({ start: 2, end: 1 })
      context.report({ start: 1, end: 1 })
      context.report({ start: 0.5, end: 2 })
      context.report({ start: 0, end: 99 })
      context.report({ start: -1, end: 1 })
      context.report({ start: 0, end: 1 })
    })
    const { diagnostics } = createLinter({ plugins: [bad, pronoun] }).lint('你们好', { locale: 'en' })
    expect(diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['test-bad-span', '`你`'],
      ['test-pronoun', '`你`'],
      ['internal-error', 'Rule test-bad-span failed on this reply: report has an invalid range [2, 1)'],
      ['internal-error', 'Rule test-bad-span failed on this reply: report has an invalid range [1, 1)'],
      ['internal-error', 'Rule test-bad-span failed on this reply: report has an invalid range [0.5, 2)'],
      ['internal-error', 'Rule test-bad-span failed on this reply: report has an invalid range [0, 99)'],
      ['internal-error', 'Rule test-bad-span failed on this reply: report has an invalid range [-1, 1)'],
    ])
  })
})

describe('rules that misbehave', () => {
  const withBroken = (broken: Rule) => createLinter({ plugins: [broken, pronoun] })

  it.each([
    ['an object without a prototype', () => Object.create(null)],
    ['an object whose toString throws', () => ({ toString: () => { throw new Error('no') } })],
    ['undefined', () => undefined],
    ['a symbol', () => Symbol('s')],
  ])('reports a rule that throws %s as internal-error and keeps the others', (_name, value) => {
    const broken = ruleWith('test-throws', () => {
      throw value()
    })
    const { diagnostics } = withBroken(broken).lint('你好', { locale: 'en' })
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['test-pronoun', 'internal-error'])
    expect(diagnostics[1]!.message).toMatch(/^Rule test-throws failed on this reply: /)
  })

  it('reports an async rule as internal-error and swallows its rejection', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      const asyncRule = ruleWith('test-async', (async (_tree: unknown, context: { report: (r: { start: number; end: number }) => void }) => {
        await Promise.resolve()
        context.report({ start: 0, end: 1 })
        throw new Error('late')
      }) as unknown as Rule['check'])
      const { diagnostics } = withBroken(asyncRule).lint('你好', { locale: 'en' })
      expect(diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
        ['test-pronoun', '`你`'],
        ['internal-error', 'Rule test-async failed on this reply: `check` returned a promise; rules must be synchronous'],
      ])
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })

  it.each([
    ['without text', { range: [0, 1] }],
    ['with a number as text', { range: [0, 1], text: 1 }],
    ['with an inverted range', { range: [1, 0], text: 'x' }],
    ['without a range', { text: 'x' }],
  ])('rejects a fix %s as internal-error and never applies it', (_name, badFix) => {
    const broken = ruleWith('test-bad-fix', (_tree, context) => context.report({ start: 0, end: 1, fix: badFix as never }))
    const linter = withBroken(broken)
    expect(linter.lint('你好', { locale: 'en' }).diagnostics.map((d) => d.ruleId)).toEqual(['test-pronoun', 'internal-error'])
    expect(linter.fix('你好').text).toBe('你好')
  })

  it('rejects a report with an unknown message or non-string data as internal-error', () => {
    const broken = ruleWith('test-bad-report', (_tree, context) => {
      context.report({ start: 0, end: 1, messageId: 'toString' })
      context.report({ start: 0, end: 1, expected: 'x' as never })
      context.report(null as never)
    })
    const { diagnostics } = withBroken(broken).lint('你好', { locale: 'en' })
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['test-pronoun', 'internal-error', 'internal-error', 'internal-error'])
  })
})

describe('validating rules and plugins', () => {
  const meta = { id: 'test-ok', description: 'Test.', severity: 'warn', preset: 'recommended', url: url + 'ok', messages, note } as const

  it.each([
    ['check is not a function', { meta, check: 1 }, /Rule `test-ok`: `check` must be a function/],
    ['meta is empty', { meta: {}, check() {} }, /Rule `\(no id\)`: `id` must be a kebab-case string/],
    ['meta is missing', { check() {} }, /Rule `\(no id\)`: `meta` must be an object/],
    ['the id is reserved', { meta: { ...meta, id: 'internal-error' }, check() {} }, /Rule `internal-error`: the id `internal-error` is reserved/],
    ['the severity is unknown', { meta: { ...meta, severity: 'fatal' }, check() {} }, /Rule `test-ok`: `severity` must be/],
    ['the preset is unknown', { meta: { ...meta, preset: 'loose' }, check() {} }, /Rule `test-ok`: `preset` must be/],
    ['options is not a zod schema', { meta: { ...meta, options: {} }, check() {} }, /Rule `test-ok`: `options` must be a zod schema/],
    ['lexicons is not an array', { meta, lexicons: 'x', check() {} }, /Rule `test-ok`: `lexicons` must be an array of lexicons/],
  ])('defineRule throws when %s, naming the rule', (_name, rule, message) => {
    expect(() => defineRule(rule as never)).toThrow(message)
  })

  it.each([
    ['check is not a function', { meta, check: 1 }, /Invalid plugin 0: Rule `test-ok`: `check` must be a function/],
    ['meta is empty', { meta: {}, check: 1 }, /Invalid plugin 0: Rule `\(no id\)`/],
    ['the id is reserved', { meta: { ...meta, id: 'internal-error' }, check() {} }, /Invalid plugin 0: Rule `internal-error`: the id `internal-error` is reserved/],
    ['the id is a built-in rule’s', { meta: { ...meta, id: 'no-blame' }, check() {} }, /Invalid plugin 0: Rule `no-blame`: a built-in rule has this id/],
  ])('createLinter throws a ReplylintError when a plugin’s %s', (_name, plugin, message) => {
    expect(() => createFullLinter({ plugins: [plugin as never] })).toThrow(ReplylintError)
    expect(() => createFullLinter({ plugins: [plugin as never] })).toThrow(message)
  })
})

describe('fix', () => {
  it('never inserts inside quoted words, so `fix` settles (`客户说“好 好”，不行`)', () => {
    const once = fix('客户说“好 好”，不行')
    expect(once.text).not.toMatch(/“[^”]*非常抱歉/)
    expect(fix(once.text).text).toBe(once.text)
  })

  it('drops a rule’s fix that touches quoted words but keeps its diagnostic', () => {
    const inside = ruleWith('test-quoted-fix', (_tree, context) => {
      if (!context.text.startsWith('你')) return
      context.report({ start: 0, end: 1, fix: { range: [3, 3], text: '！' } })
      context.report({ start: 0, end: 1, fix: { range: [1, 3], text: '' } })
      context.report({ start: 0, end: 1, fix: { range: [0, 0], text: '！' } })
    })
    const linter = createLinter({ plugins: [inside] })
    const { diagnostics } = linter.lint('你“好”')
    expect(diagnostics.map((d) => d.fix)).toEqual([undefined, undefined, { range: [0, 0], text: '！' }])
    expect(linter.fix('你“好”').text).toBe('！你“好”')
  })

  it('hands over its changes as edits of the original text, across passes', () => {
    // Two passes: the second fix only applies once the first one has (it overlaps it).
    const first = ruleWith('test-first', (_tree, context) => {
      if (context.text.startsWith('ab')) context.report({ start: 0, end: 2, fix: { range: [0, 2], text: 'xyz' } })
    })
    const second = ruleWith('test-second', (_tree, context) => {
      const at = context.text.indexOf('yz')
      if (at >= 0) context.report({ start: at, end: at + 2, fix: { range: [at, at + 2], text: 'Y' } })
      const d = context.text.indexOf('d')
      if (d >= 0) context.report({ start: d, end: d + 1, fix: { range: [d, d + 1], text: '' } })
    })
    const result = createLinter({ plugins: [first, second] }).fix('abcd😀e')
    expect(result.text).toBe('xYc😀e')
    expect(result.edits).toEqual([
      { range: [0, 2], text: 'xY' },
      { range: [3, 4], text: '' },
    ])
    expect(applyEdits('abcd😀e', result.edits)).toBe(result.text)
    expect(fix('你好').edits).toEqual([{ range: [0, 2], text: '您好' }])
    expect(fix('您好').edits).toEqual([])
  })

  it('applies a hundred thousand fixes without spreading them onto the stack', { timeout: 60_000 }, () => {
    const text = '你'.repeat(123_923)
    const result = fix(text)
    expect(result.text).toBe('您'.repeat(123_923))
    expect(result.applied.length).toBe(123_923)
    // Adjacent edits merge into one.
    expect(result.edits).toEqual([{ range: [0, 123_923], text: result.text }])
  })
})

describe('customer data in messages', () => {
  it('masks a phone number that a message quotes (`加我微信13812345678`)', () => {
    const { diagnostics } = lint('加我微信13812345678')
    expect(diagnostics.length).toBeGreaterThan(0)
    for (const d of diagnostics) expect(d.message).not.toContain('13812345678')
    expect(diagnostics.find((d) => d.ruleId === 'no-off-platform-contact')!.message).toContain('加我微信138****5678')
  })

  it('masks whatever a rule puts in its message, and caps quoted text', () => {
    const leaky = ruleWith('test-leaky', (_tree, context) =>
      context.report({ start: 0, end: context.text.length, data: { extra: context.text }, display: context.text }),
    )
    const linter = createLinter({ plugins: [leaky] })
    const text = '订单号123456789012345678，' + '很长的回复'.repeat(40)
    const [d] = linter.lint(text).diagnostics
    expect(d!.actual).toBe(text)
    expect(d!.message).not.toContain('123456789012345678')
    expect(d!.message.length).toBeLessThanOrEqual(82)
  })

  it('recognises and masks a phone number written with dots (`135.7777.6666`)', () => {
    const { diagnostics } = lint('加我微信135.7777.6666')
    expect(diagnostics.some((d) => d.ruleId === 'no-other-orders' && d.actual === '135.7777.6666')).toBe(true)
    for (const d of diagnostics) expect(d.message).not.toContain('7777')
  })

  it('keeps whole replies out of the messages of no-rhetorical-question and greet-first', () => {
    for (const long of ['难道你没看到' + '我们在详情页里写得清清楚楚的说明'.repeat(10) + '吗？', "Can't you read the " + 'very long description '.repeat(20) + '?']) {
      const found = lint(long, { rules: { 'no-rhetorical-question': 'warn' } }).diagnostics.filter((d) => d.ruleId === 'no-rhetorical-question')
      expect(found.length).toBe(1)
      expect(found[0]!.message.length).toBeLessThan(250)
    }
    const greeting = { context: { history: [] }, rules: { 'greet-first': 'warn' as const } }
    const greet = lint('订单已经发货了' + '，请耐心等待'.repeat(30), greeting).diagnostics.filter((d) => d.ruleId === 'greet-first')
    expect(greet.length).toBe(1)
    expect(greet[0]!.message.length).toBeLessThan(120)
  })
})

describe('purity', () => {
  it('never returns stale results when `context.history` is changed in place', () => {
    const options = { context: { history: [{ role: 'customer' as const, text: '你好' }] } }
    const text = '有的亲'
    const before = lint(text, options).diagnostics
    options.context.history.push({ role: 'customer', text: '好评有返现吗？' })
    const after = lint(text, options).diagnostics
    const fresh = lint(text, { context: { history: [...options.context.history] } }).diagnostics
    expect(after).toEqual(fresh)
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before))
  })

  it('never returns stale results when `rules` is changed in place', () => {
    const options: { rules: Record<string, 'off' | 'warn'> } = { rules: {} }
    expect(lint('你好', options).diagnostics.some((d) => d.ruleId === 'prefer-we')).toBe(true)
    options.rules['prefer-we'] = 'off'
    expect(lint('你好', options).diagnostics.some((d) => d.ruleId === 'prefer-we')).toBe(false)
  })

  it('does not recompile the lexicons for each of many per-call rule settings', { timeout: 60_000 }, () => {
    const linter = createFullLinter()
    // Forty distinct settings that enable the same rules: only severities differ.
    const levels = ['info', 'warn', 'error'] as const
    const distinct = Array.from({ length: 40 }, (_, i) => ({ 'prefer-we': levels[i % 3]!, 'no-typo': levels[Math.floor(i / 3) % 3]!, 'no-blame': levels[Math.floor(i / 9) % 3]! }))
    const other = createFullLinter()
    const expected = distinct.map((rules) => other.lint('你好', { rules }).diagnostics)
    const link = vi.spyOn(Automaton.prototype as unknown as { link(): void }, 'link')
    try {
      for (let round = 0; round < 2; round++) {
        distinct.forEach((rules, i) => expect(linter.lint('你好', { rules }).diagnostics).toEqual(expected[i]))
      }
      // One compile of the shared set: its phrase automaton and its watched-disguise automaton.
      expect(link.mock.calls.length).toBeLessThanOrEqual(2)
    } finally {
      link.mockRestore()
    }
  })
})

describe('conversations', () => {
  it('gives each turn exactly the turns before it as history', () => {
    const seen: number[] = []
    const spy = ruleWith('test-history', (_tree, context) => void seen.push(context.history.length))
    const turns = [
      { role: 'customer' as const, text: '在吗' },
      { role: 'agent' as const, text: '在的' },
      { role: 'customer' as const, text: '好' },
      { role: 'agent' as const, text: '嗯' },
    ]
    createLinter({ plugins: [spy] }).lintConversation(turns, { context: { history: [{ role: 'customer', text: '早' }] } })
    expect(seen).toEqual([2, 4])
  })

  it('lints a turn the same inside a conversation as alone with its history', () => {
    const turns = [
      { role: 'customer' as const, text: '我的手机号13812345678，好评有返现吗' },
      { role: 'agent' as const, text: '有的，您的手机号13812345678已登记' },
      { role: 'customer' as const, text: '那13912345678呢' },
      { role: 'agent' as const, text: '亲，13912345678和13712345678都登记了' },
    ]
    const results = lintConversation(turns)
    expect(results.map((r) => r.diagnostics)).toEqual([
      lint(turns[1]!.text, { context: { history: turns.slice(0, 1) } }).diagnostics,
      lint(turns[3]!.text, { context: { history: turns.slice(0, 3) } }).diagnostics,
    ])
    expect(results[1]!.diagnostics.filter((d) => d.ruleId === 'no-other-orders').map((d) => d.actual)).toEqual(['13712345678'])
  })
})

describe('source', () => {
  it('spreads no array into a call in src/ outside src/cli (a long one overflows the stack)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const root = join(import.meta.dirname, '..', 'src')
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.startsWith('cli'))
    const spread = /\b(?:push|unshift|splice|max|min|fromCharCode|fromCodePoint|concat)\(\s*(?:[^()]*,\s*)?\.\.\./
    const found = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (spread.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    )
    expect(found).toEqual([])
  })
})
