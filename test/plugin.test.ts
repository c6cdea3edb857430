import retextStringify from 'retext-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { defineRule, replylintParse, retextReplylint } from '../src/index.js'
import { builtInsOff } from './helpers/rules.js'

const shout = defineRule({
  meta: {
    id: 'test-shout',
    description: 'Disallow shouting.',
    severity: 'error',
    preset: 'recommended',
    url: 'https://example.com/test-shout',
    messages: { shout: { 'zh-CN': '别喊', 'zh-TW': '別喊', en: 'Unexpected `{actual}`, use `{expected}` instead' } },
    note: { 'zh-CN': '礼貌', 'zh-TW': '禮貌', en: 'Be polite.' },
  },
  lexicons: [[{ match: 'NOW', expected: ['soon'] }]],
  check(_tree, context) {
    for (const match of context.find(this.lexicons![0]!)) {
      context.report({ start: match.start, end: match.end, expected: match.entry.expected })
    }
  },
})

describe('unified plugins', () => {
  it('parses with replylint and reports vfile messages', async () => {
    const file = await unified()
      .use(replylintParse)
      .use(retextReplylint, { plugins: [shout], rules: builtInsOff })
      .use(retextStringify)
      .process(new VFile({ path: 'reply.txt', value: 'Send it now.' }))
    expect(String(file)).toBe('Send it now.')
    const [message] = file.messages
    expect(message).toMatchObject({
      ruleId: 'test-shout',
      source: 'replylint',
      actual: 'now',
      expected: ['soon'],
      url: 'https://example.com/test-shout',
      note: 'Be polite.',
      fatal: true,
      place: { start: { line: 1, column: 9, offset: 8 }, end: { line: 1, column: 12, offset: 11 } },
    })
    expect(reporter([file], { color: false })).toContain('1:9-1:12 error Unexpected `now`, use `soon` instead test-shout replylint')
  })
})
