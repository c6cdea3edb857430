/**
 * The README shows real output: its Use example's printed lines are what
 * the library prints for the same calls.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fix, lint, type LintOptions } from '../src/index.js'
import { root } from './helpers/fixtures.js'

/** The calls of the README's Use example, in order. */
function exampleOutput(): string {
  const lines: string[] = []
  const report = (text: string, options?: LintOptions) => {
    for (const d of lint(text, options).diagnostics) {
      lines.push(`${d.start.line}:${d.start.column}-${d.end.line}:${d.end.column}  ${d.severity}  ${d.message}  ${d.ruleId}`)
      if (d.expected.length > 0) lines.push(`  → ${d.expected.join(' | ')}`)
    }
  }
  report('亲，这个价格没办法再优惠了哦，你自己去看详情页吧。')
  report("Didn't you read the description? I can't change the address now.")
  report('有的亲', { context: { history: [{ role: 'customer', text: '有返现吗？' }] } })
  lines.push(fix('你好，这款有货的，今天下单明天发。').text)
  return lines.join('\n')
}

describe('README', () => {
  it('prints what the library prints', () => {
    const file = path.join(root, 'README.md')
    let readme = fs.readFileSync(file, 'utf8')
    const block = /(Then `node example\.js` prints:\n\n```text\n)([\s\S]*?)(\n```)/
    if (process.env.REPLYLINT_UPDATE === '1') {
      readme = readme.replace(block, (_, open: string, _old: string, close: string) => open + exampleOutput() + close)
      fs.writeFileSync(file, readme)
    }
    expect(block.exec(readme)?.[2]).toBe(exampleOutput())
  })
})
