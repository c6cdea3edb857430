/**
 * The real command, bundled from the sources, on real arguments.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers/cli.js'

const run = (args: string[], input?: string) => runCli(args, { input })

// Each test starts the command several times, on a machine other test runs share.
describe('replylint command', { timeout: 60_000 }, () => {
  it('prints help and version', () => {
    expect(run(['--help']).stdout).toContain('Usage: replylint [options] [file, folder or glob ...]')
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('lints replies on standard input as JSON', () => {
    const { code, stdout } = run(['--format', 'json'], '亲，您好～\n')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([{ file: '<stdin>', diagnostics: [] }])
  })

  it('exits 2 on usage and configuration errors, naming the problem', () => {
    expect(run(['--format', 'xml', 'x'])).toMatchObject({ code: 2, stderr: 'replylint: Unknown format `xml`: use stylish, json or sarif\n' })
    expect(run(['--rule', 'no-such-rule=warn', '--text', 'x'])).toMatchObject({ code: 2, stderr: 'replylint: Unknown rule `no-such-rule`\n' })
    expect(run(['--rule', 'oops', 'x'])).toMatchObject({ code: 2, stderr: 'replylint: Invalid --rule `oops`: use id=off|info|warn|error\n' })
    expect(run(['--preset', 'loose', 'x']).code).toBe(2)
  })
})
