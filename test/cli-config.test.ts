/**
 * Configuration: discovery upward from each file (cascading), `--config`,
 * overrides, ignores, declarative custom rules, and errors that name the
 * file, the key and what was expected.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers/cli.js'
import { libraries, lintJson, onlyStable, places, scratch } from './helpers/cli-library.js'

const library = path.join(libraries, 'library')

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const banWarehouse = { customRules: { warehouse: { type: 'ban', phrases: ['中转仓'], severity: 'error' } } }

describe('discovery', () => {
  it('cascades from the folders above: a nearer configuration turns off a rule of the shop', () => {
    const { report } = lintJson(['nested/nested.txt', 'replies.txt'], { cwd: library })
    expect(places(report, path.join('nested', 'nested.txt'))).toEqual([])
    expect(places(report, 'replies.txt')).toHaveLength(3)
  })

  it('reads package.json, .replylintrc (YAML) and .replylintrc.json, and stops at root: true', () => {
    const dir = write(scratch(), {
      'package.json': JSON.stringify({ name: 'shop', replylint: banWarehouse }),
      'a/.replylintrc': 'customRules:\n  warehouse:\n    type: ban\n    phrases: [中转仓]\n    severity: info\n',
      'b/.replylintrc.json': JSON.stringify({ root: true }),
      'a/x.txt': '从中转仓发货\n',
      'b/x.txt': '从中转仓发货\n',
      'x.txt': '从中转仓发货\n',
    })
    const { report } = lintJson(['.'], { cwd: dir })
    expect(report.map((entry) => [entry.file, entry.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)])).toEqual([
      [path.join('a', 'x.txt'), ['custom-warehouse info']],
      [path.join('b', 'x.txt'), []],
      ['x.txt', ['custom-warehouse error']],
    ])
  })

  it('--config names the one configuration to use', () => {
    const dir = write(scratch(), { 'rules.yaml': 'customRules:\n  warehouse: { type: ban, phrases: [中转仓] }\n', 'x.txt': '从中转仓发货\n' })
    expect(places(lintJson(['x.txt', '--config', 'rules.yaml'], { cwd: dir }).report, 'x.txt')).toEqual(['1:2-1:5 custom-warehouse 中转仓'])
  })
})

describe('overrides and ignores', () => {
  it('apply overrides to the files their patterns match', () => {
    // `*.csv` turns custom-apologise-refusal off; in .txt it still applies.
    const dir = write(scratch('library'), { 'refuse.txt': '这个价格不能再低了\n', 'refuse.csv': 'reply\n这个价格不能再低了\n' })
    const { report } = lintJson(['refuse.txt', 'refuse.csv'], { cwd: dir })
    expect(places(report, 'refuse.txt')).toEqual(['1:5-1:7 custom-apologise-refusal 不能'])
    expect(places(report, 'refuse.csv')).toEqual([])
  })

  it('skip files of .replylintignore, the ignores of the configuration and --ignore-pattern; --no-ignore lints them', () => {
    const named = ['ignored-old.txt', 'drafts/draft.txt', 'hotline.txt']
    expect(lintJson(named, { cwd: library }).report.map((entry) => entry.file)).toEqual(['hotline.txt'])
    expect(lintJson([...named, '--ignore-pattern', 'hot*'], { cwd: library }).report).toEqual([])
    expect(lintJson([...named, '--no-ignore'], { cwd: library }).report.map((entry) => entry.file)).toEqual([
      'ignored-old.txt',
      path.join('drafts', 'draft.txt'),
      'hotline.txt',
    ])
  })
})

describe('custom rules', () => {
  it('match traditional, full-width and spaced-out spellings through the normaliser', () => {
    const dir = write(scratch(), {
      'replylint.config.json': JSON.stringify({ customRules: { wechat: { type: 'ban', phrases: ['加微信'] }, ...banWarehouse.customRules } }),
      'x.txt': '請加 微 信 聯繫\n貨從中轉倉發出\n加ＷＸ不算\n',
    })
    expect(places(lintJson(['x.txt'], { cwd: dir }).report, 'x.txt')).toEqual(['1:2-1:7 custom-wechat 加 微 信', '2:3-2:6 custom-warehouse 中轉倉'])
  })

  it('ban with replacements, require within a sentence, messages with a locale fallback', () => {
    const dir = write(scratch(), {
      'replylint.config.json': JSON.stringify({
        customRules: {
          invoices: { type: 'ban', phrases: [{ match: '不开发票', expected: ['可以开发票', '能开发票'] }] },
          apology: { type: 'require', when: ['不能'], phrases: ['抱歉'], scope: 'sentence', message: { en: 'Apologise (`{required}`) when you say `{actual}`' } },
        },
      }),
      'x.txt': '我们不开发票。抱歉，这个不能退。这个也不能换。\n',
    })
    const zh = lintJson(['x.txt'], { cwd: dir }).report[0]!.diagnostics
    expect(zh.map((d) => [d.ruleId, d.start.column, d.message, d.expected])).toEqual([
      ['custom-invoices', 3, '不要说“不开发票”，改说“可以开发票”', ['可以开发票', '能开发票']],
      ['custom-apology', 20, 'Apologise (`抱歉`) when you say `不能`', []],
    ])
    const en = lintJson(['x.txt', '--locale', 'en'], { cwd: dir }).report[0]!.diagnostics
    expect(en[0]!.message).toBe('Unexpected `不开发票`, use `可以开发票` instead')
  })

  it('can be set like built-in rules, from the command line too', () => {
    const { report } = lintJson(['replies.txt', '--rule', 'custom-transfer-warehouse=off', '--rule', 'custom-invoices=error'], { cwd: library })
    expect(report[0]!.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['custom-invoices error'])
  })
})

describe('configuration errors', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['a value of the wrong type', { 'replylint.config.json': '{"rules": 5}' }, 'replylint.config.json: `rules`: Invalid input: expected record, received number'],
    ['an unknown key', { '.replylintrc.yaml': 'presets: strict\n' }, '.replylintrc.yaml: Unrecognized key: "presets"'],
    [
      'a custom rule without phrases',
      { 'replylint.config.json': JSON.stringify({ customRules: { warehouse: { type: 'ban', phrases: [] } } }) },
      'replylint.config.json: `customRules.warehouse.phrases`: Too small: expected array to have >=1 items',
    ],
    [
      'a custom rule of an unknown type',
      { 'replylint.config.json': JSON.stringify({ customRules: { warehouse: { type: 'forbid', phrases: ['中转仓'] } } }) },
      "replylint.config.json: `customRules.warehouse.type`: Invalid discriminator value. Expected 'ban' | 'require'",
    ],
    ['an unknown rule', { 'replylint.config.json': '{"rules": {"prefer-us": "warn"}}' }, 'replylint.config.json: Unknown rule `prefer-us`; did you mean `prefer-we`?'],
    ['invalid JSON', { 'replylint.config.json': '{"rules": }' }, 'replylint.config.json: invalid JSON: Unexpected token'],
  ]
  it.each(cases)('%s: exit 2, naming the file, the key and what was expected', (_, files, message) => {
    const dir = write(scratch(), { ...files, 'x.txt': '亲，您好\n' })
    const result = runCli(['x.txt', ...onlyStable], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.startsWith(`replylint: ${message}`), result.stderr).toBe(true)
  })
})
