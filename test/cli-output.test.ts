/**
 * What the command prints: stylish for people, JSON and SARIF for tools,
 * identifiers masked in all three, and the exit status CI acts on.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers/cli.js'
import { libraries, lintJson, onlyStable, scratch } from './helpers/cli-library.js'

const library = path.join(libraries, 'library')
const run = (args: string[], options: { input?: string; cwd?: string } = {}) => runCli([...args, ...onlyStable], { cwd: library, ...options })

/** The SARIF 2.1.0 schema (the OASIS release candidate 5 text that became 2.1.0), as @microsoft/jest-sarif ships it. */
function sarifValidator() {
  // CommonJS packages whose module.exports is the class: `require` types them as they run.
  const require = createRequire(import.meta.url)
  const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
  // The schema's `language` pattern is not a valid Unicode regular expression; it is one without the `u` flag.
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true })
  addFormats(ajv)
  return ajv.compile(schema)
}

describe('stylish', () => {
  it('groups by file, with places, severities, messages, rule ids and suggestions', () => {
    const { stdout, code } = run(['replies.txt', 'replies.jsonl'])
    expect(code).toBe(1)
    expect(stdout).toBe(
      [
        'replies.txt',
        '  2:4-2:7   error    不要透露“中转仓”的信息  custom-transfer-warehouse',
        '  4:6-4:10  warning  不要说“不开发票”，改说“可以开发票”  custom-invoices',
        '            → 可以开发票',
        '  5:6-5:9   error    不要透露“中轉倉”的信息  custom-transfer-warehouse',
        '',
        'replies.jsonl',
        '  2:23-2:26  error    不要透露“中转仓”的信息  custom-transfer-warehouse',
        '  3:10-3:10  error    Invalid JSON: Unexpected `b`: expected a value  parse-error',
        '  4:12-4:17  warning  不要说“不提供发票”，改说“可以开发票”  custom-invoices',
        '             → 可以开发票',
        '',
        '✖ 6 problems (4 errors, 2 warnings)',
        '',
      ].join('\n'),
    )
  })

  it('prints nothing for a clean library', () => {
    expect(run(['replies.txt', '--rule', 'custom-transfer-warehouse=off', '--rule', 'custom-invoices=off'])).toMatchObject({ code: 0, stdout: '' })
  })
})

describe('json', () => {
  it('prints one array of {file, diagnostics} with positions in the file', () => {
    const { report } = lintJson(['hotline.txt', '--text', '亲，您好'], { cwd: library })
    expect(report).toEqual([
      {
        file: 'hotline.txt',
        diagnostics: [
          {
            ruleId: 'custom-old-hotline',
            messageId: 'ban',
            severity: 'error',
            message: '旧热线“138****5678”已停用',
            start: { line: 1, column: 4, offset: 3 },
            end: { line: 1, column: 15, offset: 14 },
            actual: '138****5678',
            expected: [],
            note: '本店自定义的规则。',
            url: 'https://github.com/replylint/replylint#custom-rules',
          },
        ],
      },
      { file: '<argument 1>', diagnostics: [] },
    ])
  })

  it('gives each fix in the file: its range there and its text in the file’s notation', () => {
    const dir = scratch()
    fs.writeFileSync(path.join(dir, 'x.json'), '["\\u4f60\\"好\\""]\n')
    const [d] = lintJson(['x.json'], { cwd: dir }).report[0]!.diagnostics
    expect(d).toMatchObject({ ruleId: 'prefer-we', actual: '你', start: { line: 1, column: 3, offset: 2 }, end: { column: 9, offset: 8 }, fix: { range: [2, 8], text: '您' } })
  })
})

describe('sarif', () => {
  const validate = sarifValidator()

  it('is valid SARIF 2.1.0 with the results, rules and regions GitHub code scanning reads', () => {
    const { stdout, code } = run(['.', '--format', 'sarif'])
    expect(code).toBe(1)
    const log = JSON.parse(stdout) as { runs: Array<{ results: Array<Record<string, any>>; tool: { driver: { rules: Array<{ id: string }> } } }> }
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const [sarifRun] = log.runs
    expect(sarifRun!.results).toHaveLength(lintJson(['.'], { cwd: library }).report.flatMap((entry) => entry.diagnostics).length)
    const hotline = sarifRun!.results.find((result) => result.ruleId === 'custom-old-hotline')!
    expect(hotline).toMatchObject({
      level: 'error',
      message: { text: '旧热线“138****5678”已停用' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'hotline.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 4, endLine: 1, endColumn: 15, charOffset: 3, charLength: 11 } } }],
    })
    expect(sarifRun!.tool.driver.rules[hotline.ruleIndex as number]!.id).toBe('custom-old-hotline')
    // The validator does reject what is not SARIF.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false)
  })

  it('stays valid for standard input and fixes (non-ASCII file names are URIs)', () => {
    const dir = scratch()
    fs.writeFileSync(path.join(dir, '话术 #1.txt'), '你好\n')
    const file = JSON.parse(run(['话术 #1.txt', '--format', 'sarif'], { cwd: dir }).stdout)
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true)
    expect(file.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('%E8%AF%9D%E6%9C%AF%20%231.txt')
    expect(file.runs[0].results[0].fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { charOffset: 0, charLength: 1 }, insertedContent: { text: '您' } })
    const stdin = JSON.parse(run(['--format', 'sarif'], { input: '你好' }).stdout)
    expect(validate(stdin), JSON.stringify(validate.errors)).toBe(true)
  })
})

describe('masking', () => {
  it('never prints a phone number, order id or tracking number in any format', () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const { stdout } = run(['hotline.txt', '--text', '请拨打13812345678联系我们', '--format', format])
      expect(stdout, format).toContain('138****5678')
      expect(stdout, format).not.toContain('13812345678')
    }
  })
})

describe('exit status', () => {
  it('is 0 without errors, 1 with errors, 2 on usage errors', () => {
    expect(run(['亲，您好～']).code).toBe(0)
    expect(run(['--text', '从中转仓发货']).code).toBe(1)
    expect(run(['--max-warnings', 'many', 'x']).code).toBe(2)
    expect(run(['--fix', '--fix-dry-run', 'x']).code).toBe(2)
    expect(run(['--workers', '0', 'x']).code).toBe(2)
  })

  it('--quiet reports errors only; --max-warnings fails a run with too many warnings', () => {
    const quiet = lintJson(['replies.txt', '--quiet'], { cwd: library })
    expect(quiet.report[0]!.diagnostics.map((d) => d.severity)).toEqual(['error', 'error'])
    const warnings = run(['--text', '我们不开发票', '--max-warnings', '0'])
    expect(warnings).toMatchObject({ code: 1, stderr: 'replylint: too many warnings (1; the maximum is 0)\n' })
    expect(run(['--text', '我们不开发票', '--max-warnings', '1']).code).toBe(0)
  })

  it('--output-file writes the report to a file', () => {
    const dir = scratch()
    const out = path.join(dir, 'report.sarif')
    const result = run(['replies.txt', '--format', 'sarif', '--output-file', out])
    expect(result).toMatchObject({ code: 1, stdout: '' })
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).version).toBe('2.1.0')
  })
})
