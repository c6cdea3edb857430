import { ParseLatin } from 'parse-latin'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
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

  it('lints the tree it is given: under remark-retext, not code fences or link syntax', async () => {
    const markdown = '# 回复\n\n亲，您自己看`你`详情页[你们的链接](https://jd.com/你)。\n\n```\n你自己看\n```\n\n您好，你看。\n'
    const file = new VFile({ path: 'reply.md', value: markdown })
    const processor = unified()
      .use(remarkParse)
      .use(remarkRetext, ParseLatin as never)
      .use(retextReplylint, { rules: { ...builtInsOff, 'prefer-we': 'warn' } })
    await processor.run(processor.parse(file), file)
    const at = (offset: number) => {
      const before = markdown.slice(0, offset).split('\n')
      return { line: before.length, column: before.at(-1)!.length + 1, offset }
    }
    // Inline code is words to remark-retext; a link's text is, its URL is not; a fence is not.
    const inCode = markdown.indexOf('`你`') + 1
    const link = markdown.indexOf('你们的链接')
    const last = markdown.lastIndexOf('你看')
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.place])).toEqual([
      ['prefer-we', '你', { start: at(inCode), end: at(inCode + 1) }],
      ['prefer-we', '你们', { start: at(link), end: at(link + 2) }],
      ['prefer-we', '你', { start: at(last), end: at(last + 1) }],
    ])
  })
})
