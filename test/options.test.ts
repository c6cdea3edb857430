import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check, optionsSchema, plainlyValidOptions } from '../src/config.js'
import { lint } from '../src/index.js'

const valid = {
  lang: 'zh',
  preset: 'strict',
  locale: 'zh-TW',
  rules: { 'no-command': 'off', 'no-blame': ['warn', {}] },
  context: {
    history: [
      { role: 'customer', text: '在吗', time: '2024-05-01T10:00:00Z' },
      { role: 'agent', text: '在的', time: 1714557700000 },
    ],
    customer: { orderIds: ['A1'], phones: [], names: ['王'], addresses: undefined },
    platform: 'jd',
    time: '2024-05-01T10:05:00Z',
    waitedSeconds: 0,
  },
}

/** Values that are valid in some field and wrong in most. */
const anything = fc.oneof(
  fc.constantFrom(undefined, null, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', 'zh', 'en', 'auto', 'zh-CN', 'zh-TW', 'strict', 'all', 'fr'),
  fc.constantFrom('recommended', 'customer', 'agent', 'hi', '2024-05-01', 'not a date', true, [], {}, ['x'], [1], Object.create(null)),
)
/** Mostly a valid value, sometimes anything: so that some options are valid throughout and some wrong in one place. */
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: anything, weight: 1 })
/** Now and then, a key the fast path leaves to the schema (unknown, or `plugins`) added to an object. */
const stray = <T extends object>(base: fc.Arbitrary<T>) =>
  fc
    .tuple(base, fc.oneof({ arbitrary: fc.constant(null), weight: 12 }, { arbitrary: fc.constantFrom('plugins', 'other', 'role', 'phones'), weight: 1 }), anything)
    .map(([object, key, value]) => (key === null ? object : { ...object, [key]: value }))
const time = fc.oneof(fc.constantFrom('2024-05-01T10:00:00Z', 'Wed, 01 May 2024', 'soon'), fc.double())
const strings = fc.array(fc.string(), { maxLength: 2 })
const turn = mostly(stray(
  fc.record({ role: mostly(fc.constantFrom('customer', 'agent')), text: mostly(fc.string()), time: mostly(time) }, { requiredKeys: ['role', 'text'] })),
)
const context = fc.record(
  {
    history: mostly(fc.array(turn, { maxLength: 3 })),
    customer: mostly(stray(fc.record({ orderIds: mostly(strings), phones: mostly(strings), names: mostly(strings) }, { requiredKeys: [] }))),
    platform: mostly(fc.string()),
    time: mostly(time),
    waitedSeconds: mostly(fc.oneof(fc.double({ min: 0, max: 1e6 }), fc.double())),
  },
  { requiredKeys: [] },
)
const options = stray(fc.record(
  {
    lang: mostly(fc.constantFrom('auto', 'zh', 'en')),
    preset: mostly(fc.constantFrom('recommended', 'strict', 'all')),
    locale: mostly(fc.constantFrom('zh-CN', 'zh-TW', 'en')),
    rules: mostly(fc.dictionary(fc.string(), anything, { maxKeys: 2 })),
    context: mostly(stray(context)),
  },
  { requiredKeys: [] },
))

describe('options fast path', () => {
  it('vouches only for options the schema accepts', () => {
    let vouched = 0
    fc.assert(
      fc.property(options, (value) => {
        if (!plainlyValidOptions(value)) return
        vouched++
        expect(check(optionsSchema, value).success).toBe(true)
      }),
      { numRuns: 3000 },
    )
    // The generator must reach the fast path often, or the property says nothing.
    expect(vouched).toBeGreaterThan(300)
  })

  it('vouches for the usual shapes, so they skip the schema', () => {
    expect(check(optionsSchema, valid).success).toBe(true)
    for (const value of [{}, { lang: 'auto' }, { rules: {} }, valid, { context: { history: [] } }, { locale: undefined }]) {
      expect(plainlyValidOptions(value)).toBe(true)
    }
    for (const value of [
      { langs: 'zh' },
      { lang: 'fr' },
      { unknown: undefined },
      { plugins: [] },
      { rules: [] },
      { context: { history: [{ role: 'customer' }] } },
      { context: { history: [{ role: 'customer', text: 'x', time: 'soon' }] } },
      { context: { waitedSeconds: -1 } },
      { context: { customer: { phones: [1] } } },
      { context: { customer: { phones: new Array(2) } } },
      { context: { extra: undefined } },
      new (class Options {})(),
    ]) {
      expect(plainlyValidOptions(value)).toBe(false)
    }
  })

  it('still reports what is wrong through the schema', () => {
    expect(() => lint('你好', { lang: 'fr' } as never)).toThrow(/Invalid lint options at `lang`/)
    expect(() => lint('你好', { context: { waitedSeconds: -1 } })).toThrow(/Invalid lint options at `context.waitedSeconds`/)
  })
})
