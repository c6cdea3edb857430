/**
 * The package as users load it: `import` and `require` on Node 20 (through
 * require(esm), for which the exports map needs a `default` condition).
 * Runs against dist/, which `npm test` builds first.
 */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { root } from './helpers/fixtures.js'

function node(...args: string[]) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
}

const script = "console.log(JSON.stringify(m.lint('亲，这个不能退').diagnostics.map((d) => d.ruleId)))"

describe('package entry points', () => {
  it("loads with require('replylint')", () => {
    const result = node('-e', `const m = require('replylint'); ${script}`)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toContain('apologise-when-refusing')
  })

  it("loads with import('replylint')", () => {
    const result = node('--input-type=module', '-e', `const m = await import('replylint'); ${script}`)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toContain('apologise-when-refusing')
  })
})
