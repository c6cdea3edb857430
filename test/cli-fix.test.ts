/**
 * `--fix` rewrites libraries in place with the certain fixes only, in each
 * file's own notation, so that JSON stays JSON and CSV keeps its quoting;
 * `--fix-dry-run` shows the change as a diff.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml, parseAllDocuments } from 'yaml'
import { extract } from '../src/cli/extract/index.js'
import { runCli } from './helpers/cli.js'
import { lintJson, onlyStable, scratch } from './helpers/cli-library.js'

const fix = (args: string[], cwd: string, input?: string) => runCli([...args, ...onlyStable], { cwd, input })
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8')

describe('--fix', () => {
  it('rewrites every format in place, touching only the fixed words', () => {
    const dir = scratch('library')
    const before = Object.fromEntries(['faq.md', 'replies.csv', 'replies.json', 'replies.jsonl', 'replies.txt', 'replies.yaml'].map((file) => [file, read(dir, file)]))
    const result = fix(['.', '--fix', '--format', 'json'], dir)
    expect(result.code).toBe(1)
    for (const [file, text] of Object.entries(before)) {
      const expected = file === 'replies.jsonl' ? text.replace('不提供发票', '可以开发票') : text.replaceAll('不开发票', '可以开发票')
      expect(read(dir, file), file).toBe(expected)
    }
    // What is left is reported against the rewritten files.
    const left = (JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ ruleId: string }> }>).flatMap((entry) => entry.diagnostics.map((d) => d.ruleId))
    expect(left).not.toContain('custom-invoices')
    expect(left).toContain('custom-transfer-warehouse')
    expect(() => JSON.parse(read(dir, 'replies.json'))).not.toThrow()
    expect(parseAllDocuments(read(dir, 'replies.yaml'))[0]!.errors).toEqual([])
    expect(extract(read(dir, 'replies.csv'), 'csv', {})).toMatchObject({ units: { length: 4 }, problems: [] })
  })

  it('keeps the notation: JSON escapes, CSV quoting, YAML styles', () => {
    const dir = scratch()
    const config = { customRules: { shipping: { type: 'ban', phrases: [{ match: '不包邮', expected: '包邮, 顺丰: "次日达"' }], fix: true } } }
    fs.writeFileSync(path.join(dir, 'replylint.config.json'), JSON.stringify(config))
    fs.writeFileSync(path.join(dir, 'x.json'), '["\\u4e0d包邮哦\\n谢谢", "\\u4f60好"]\n')
    fs.writeFileSync(path.join(dir, 'x.csv'), 'id,reply\r\n1,不包邮哦\r\n2,"""不包邮""，你看"\r\n')
    fs.writeFileSync(path.join(dir, 'x.yaml'), "- 不包邮哦\n- '不包邮'\n- |\n  第一行\n  不包邮\n")
    expect(fix(['.', '--fix'], dir).code).toBe(0)
    expect(read(dir, 'x.json')).toBe('["包邮, 顺丰: \\"次日达\\"哦\\n谢谢", "您好"]\n')
    expect(JSON.parse(read(dir, 'x.json'))).toEqual(['包邮, 顺丰: "次日达"哦\n谢谢', '您好'])
    expect(read(dir, 'x.csv')).toBe('id,reply\r\n1,"包邮, 顺丰: ""次日达""哦"\r\n2,"""不包邮""，您看"\r\n')
    const rows = extract(read(dir, 'x.csv'), 'csv', {}).units.map((unit) => (unit.kind === 'reply' ? unit.segment.text : ''))
    expect(rows).toEqual(['包邮, 顺丰: "次日达"哦', '"不包邮"，您看'])
    expect(read(dir, 'x.yaml')).toBe('- "包邮, 顺丰: \\"次日达\\"哦"\n- \'包邮, 顺丰: "次日达"\'\n- |\n  第一行\n  包邮, 顺丰: "次日达"\n')
    expect(parseYaml(read(dir, 'x.yaml'))).toEqual(['包邮, 顺丰: "次日达"哦', '包邮, 顺丰: "次日达"', '第一行\n包邮, 顺丰: "次日达"\n'])
    // Fixing again changes nothing.
    const after = ['x.json', 'x.csv', 'x.yaml'].map((file) => read(dir, file))
    fix(['.', '--fix'], dir)
    expect(['x.json', 'x.csv', 'x.yaml'].map((file) => read(dir, file))).toEqual(after)
  })

  it('leaves a reply alone when its notation cannot hold the fix, and fixes the others', () => {
    const dir = scratch()
    const config = { customRules: { shipping: { type: 'ban', phrases: [{ match: '不包邮', expected: '包邮\n（偏远地区除外）' }], fix: true } } }
    fs.writeFileSync(path.join(dir, 'replylint.config.json'), JSON.stringify(config))
    fs.writeFileSync(path.join(dir, 'x.yaml'), '- |\n  不包邮\n- "不包邮"\n')
    fix(['x.yaml', '--fix'], dir)
    expect(read(dir, 'x.yaml')).toBe('- |\n  不包邮\n- "包邮\\n（偏远地区除外）"\n')
  })

  it('prints replies given as arguments or on standard input with their fixes, and nothing else', () => {
    expect(fix(['--fix'], scratch(), '你好，我帮你查一下。\n').stdout).toBe('您好，我帮您查一下。\n')
    expect(fix(['--fix', '--text', '你好'], scratch()).stdout).toBe('您好\n')
    // Read as a library, it is printed in its own notation; the file it is named after is not touched.
    const dir = scratch()
    expect(fix(['--fix', '--stdin-filename', 'x.csv'], dir, 'text\n"你好,"\n').stdout).toBe('text\n"您好,"\n')
    expect(fs.existsSync(path.join(dir, 'x.csv'))).toBe(false)
  })
})

describe('--fix-dry-run', () => {
  it('prints a unified diff and changes nothing', () => {
    const dir = scratch('library')
    const before = read(dir, 'replies.csv')
    const result = fix(['replies.csv', 'replies.json', '--fix-dry-run'], dir)
    expect(result.stdout).toBe(
      [
        '--- replies.csv',
        '+++ replies.csv',
        '@@ -1,6 +1,6 @@',
        // The file's CRLF line breaks are kept, so that `patch` applies the diff.
        ' id,category,话术\r',
        ' 1,greet,"亲，您好"\r',
        ' 2,ship,"商品""中转仓""发货,',
        '-第二行不开发票"\r',
        '+第二行可以开发票"\r',
        ' 3,refuse,这个价格不能再低了\r',
        '-4,invoice,我们店不开发票\r',
        '+4,invoice,我们店可以开发票\r',
        '--- replies.json',
        '+++ replies.json',
        '@@ -1,5 +1,5 @@',
        ' [',
        '   { "id": 1, "reply": "亲，\\"现货\\"会从中转仓发出哦" },',
        '   { "id": 2, "reply": "第一行\\n第二行：\\u4e2d转仓地址保密" },',
        '-  { "id": 3, "reply": "我们不开发票，请见谅。", "note": "中转仓 is not a reply field" }',
        '+  { "id": 3, "reply": "我们可以开发票，请见谅。", "note": "中转仓 is not a reply field" }',
        ' ]',
        '',
      ].join('\n'),
    )
    expect(read(dir, 'replies.csv')).toBe(before)
    // The exit status is that of the fixed files: errors are left.
    expect(result.code).toBe(1)
    expect(lintJson(['replies.csv'], { cwd: dir }).report[0]!.diagnostics.map((d) => d.ruleId)).toContain('custom-invoices')
  })
})
