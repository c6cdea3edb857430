import { describe, expect, it } from 'vitest'
import { createLinter, lintConversation, ReplylintError, type Turn } from '../src/index.js'
import { builtInsOff } from './helpers/rules.js'

/** Only the conversation rules, so other rules' work cannot change what these tests see. */
const conversational = createLinter({
  rules: {
    ...builtInsOff,
    'greet-first': 'warn',
    'thank-at-close': 'warn',
    'apologise-for-wait': 'warn',
  },
})

const chat: Turn[] = [
  { role: 'customer', text: '在吗？这款什么时候发货', time: '2024-05-18T14:00:05+08:00' },
  { role: 'agent', text: '这款48小时内发货哦。', time: '2024-05-18T14:05:05+08:00' },
  { role: 'customer', text: '好的，我再考虑一下', time: 1716012330000 },
  { role: 'agent', text: '好的，有需要再联系。', time: 1716012340000 },
]

describe('lintConversation', () => {
  it('lints each agent turn with the turns before it and its own time', () => {
    const results = conversational.lintConversation(chat)
    expect(results.map((r) => [r.turn, r.diagnostics.map((d) => d.ruleId)])).toEqual([
      // Sent five minutes after the question, and not greeted (same span: sorted by rule id).
      [1, ['apologise-for-wait', 'greet-first']],
      // The customer is leaving, and the reply does not thank them; it came 10 s later.
      [3, ['thank-at-close']],
    ])
  })

  it('is exported at the top level with the recommended preset', () => {
    expect(lintConversation(chat).map((r) => r.turn)).toEqual([1, 3])
  })

  it('passes customer information to every turn and keeps earlier history first', () => {
    const results = conversational.lintConversation([{ role: 'agent', text: '您好，在的' }], {
      context: { history: [{ role: 'customer', text: '在吗' }], customer: { orderIds: ['2087436519284736152'] } },
    })
    expect(results).toEqual([{ turn: 0, diagnostics: [] }])
  })

  it('names the turn and the field of an invalid turn', () => {
    let error: unknown
    try {
      conversational.lintConversation([{ role: 'agent', text: 'ok' }, { role: 'bot', text: 'x' }] as never)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ReplylintError)
    expect(error).toMatchObject({ message: 'Invalid turn 1 at `turns[1].role`: Invalid option: expected one of "customer"|"agent"', path: 'turns[1].role' })
    expect(() => conversational.lintConversation([{ role: 'agent', text: 'ok', time: 'yesterday' }])).toThrow(
      'Invalid turn 0 at `turns[0].time`: expected an ISO 8601 date',
    )
    expect(() => conversational.lintConversation([{ role: 'agent' }] as never)).toThrow(/^Invalid turn 0 at `turns\[0\]\.text`/)
    expect(() => conversational.lintConversation('hi' as never)).toThrow(new TypeError('lintConversation: expected `turns` to be an array, got string'))
  })
})

describe('lint with context', () => {
  it('computes the wait from the reply time and the customer’s last turn', () => {
    const context = {
      time: '2024-05-18T14:03:05+08:00',
      history: [{ role: 'customer' as const, text: '这款什么时候发货', time: '2024-05-18T14:00:05+08:00' }],
    }
    const [diagnostic] = conversational.lint('亲，这款48小时内发货哦。', { context }).diagnostics.filter((d) => d.ruleId === 'apologise-for-wait')
    expect(diagnostic?.message).toBe('顾客已等待 180 秒（超过 120 秒），先说一句“让您久等了，”')
  })

  it('lets waitedSeconds win over the turn times', () => {
    const context = { time: 1716012000000, waitedSeconds: 10, history: [{ role: 'customer' as const, text: '在吗', time: 1716011000000 }] }
    expect(conversational.lint('亲，在的', { context }).diagnostics).toEqual([])
  })
})
