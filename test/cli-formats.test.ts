/**
 * Libraries in every format: the real command finds the replies and points
 * every diagnostic at the line and column of the file, also inside JSON
 * escapes, doubled CSV quotes, YAML folding and Markdown lists.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { extract } from '../src/cli/extract/index.js'
import { runCli } from './helpers/cli.js'
import { type FileReport, libraries, lintJson, places, scratch } from './helpers/cli-library.js'

const library = path.join(libraries, 'library')

describe('a library in every format', () => {
  let code: number | null
  let report: FileReport[]
  beforeAll(() => {
    ;({ code, report } = lintJson(['.'], { cwd: library }))
  })

  it('lints every library file of a folder, but not configuration, ignored or dot files', () => {
    expect(code).toBe(1)
    expect(report.map((entry) => entry.file)).toEqual([
      'faq.md',
      'hotline.txt',
      path.join('nested', 'nested.txt'),
      'replies.csv',
      'replies.json',
      'replies.jsonl',
      'replies.txt',
      'replies.yaml',
    ])
  })

  it('.txt: a reply per line, with CRLF lines and traditional spellings', () => {
    expect(places(report, 'replies.txt')).toEqual([
      '2:4-2:7 custom-transfer-warehouse 中转仓',
      '4:6-4:10 custom-invoices 不开发票',
      '5:6-5:9 custom-transfer-warehouse 中轉倉',
    ])
  })

  it('.md: paragraphs, list items and quotes; front matter, headings and code skipped', () => {
    expect(places(report, 'faq.md')).toEqual([
      '7:6-7:9 custom-transfer-warehouse 中转仓',
      '10:7-10:10 custom-apologise-refusal 没办法',
      '18:5-18:9 custom-invoices 不开发票',
    ])
  })

  it('.json: only the reply field, with columns counted in the file through `\\"`, `\\n` and `\\u4e2d`', () => {
    expect(places(report, 'replies.json')).toEqual([
      '2:34-2:37 custom-transfer-warehouse 中转仓',
      '3:33-3:41 custom-transfer-warehouse 中转仓',
      '4:26-4:30 custom-invoices 不开发票',
    ])
  })

  it('.jsonl: a broken line is reported with its line; the other lines are linted', () => {
    expect(places(report, 'replies.jsonl')).toEqual([
      '2:23-2:26 custom-transfer-warehouse 中转仓',
      '3:10-3:10 parse-error ',
      '4:12-4:17 custom-invoices 不提供发票',
    ])
    expect(report.find((entry) => entry.file === 'replies.jsonl')!.diagnostics[1]!.message).toBe('Invalid JSON: Unexpected `b`: expected a value')
  })

  it('.yaml: plain, quoted, block and folded scalars', () => {
    expect(places(report, 'replies.yaml')).toEqual([
      '3:8-3:11 custom-transfer-warehouse 中转仓',
      '4:13-4:16 custom-transfer-warehouse 中转仓',
      '5:12-5:15 custom-transfer-warehouse 转运仓',
      '8:3-8:7 custom-invoices 不开发票',
      '10:6-10:9 custom-transfer-warehouse 中转仓',
    ])
  })

  it('.csv: the 话术 column, through doubled quotes and a line break inside a quoted cell', () => {
    // Row 2's 中转仓 is inside quotation marks (quoted words are not the agent's own), so only 不开发票 counts.
    expect(places(report, 'replies.csv')).toEqual(['4:4-4:8 custom-invoices 不开发票', '6:14-6:18 custom-invoices 不开发票'])
  })

  it('every span is the reply as the file writes it', () => {
    const decode: Record<string, (written: string) => string> = {
      '.txt': (written) => written,
      '.md': (written) => written,
      '.json': (written) => JSON.parse(`"${written}"`) as string,
      '.jsonl': (written) => JSON.parse(`"${written}"`) as string,
      '.csv': (written) => written.replaceAll('""', '"'),
    }
    let checked = 0
    for (const entry of report) {
      const source = fs.readFileSync(path.join(library, entry.file), 'utf8')
      const lines = source.split('\n')
      for (const d of entry.diagnostics) {
        expect(d.start.offset - source.split('\n').slice(0, d.start.line - 1).join('\n').length - (d.start.line > 1 ? 1 : 0)).toBe(d.start.column - 1)
        expect(lines[d.start.line - 1]).toBeDefined()
        const read = decode[path.extname(entry.file)]
        if (!read || d.actual.includes('*') || d.ruleId === 'parse-error') continue
        expect(read(source.slice(d.start.offset, d.end.offset))).toBe(d.actual)
        checked++
      }
    }
    expect(checked).toBe(13)
  })
})

describe('options of the formats', () => {
  it('--paragraphs: a .txt reply per paragraph, lines joined', () => {
    const dir = scratch()
    fs.writeFileSync(path.join(dir, 'long.txt'), '亲，您好。\n我帮你查一下。\n\n第二段回复，\n你稍等。\n')
    const { report } = lintJson(['long.txt', '--paragraphs', '--rule', 'prefer-we=error'], { cwd: dir })
    expect(places(report, 'long.txt')).toEqual(['2:1-2:2 prefer-we 我', '2:3-2:4 prefer-we 你', '5:1-5:2 prefer-we 你'])
  })

  it('--field: another JSON field, another CSV column; a missing one is an error in the file', () => {
    const json = lintJson(['replies.json', '--field', 'note'], { cwd: library })
    expect(places(json.report, 'replies.json')).toEqual(['4:47-4:50 custom-transfer-warehouse 中转仓'])
    const csv = lintJson(['replies.csv', '--field', 'answer'], { cwd: library })
    expect(csv.code).toBe(1)
    expect(csv.report[0]!.diagnostics.map((d) => [d.ruleId, d.message, d.start.line])).toEqual([
      ['parse-error', 'No column named `answer` in the header (id, category, 话术)', 1],
    ])
  })

  it('standard input is one reply, or a library with --stdin-filename', () => {
    const reply = lintJson([], { input: '亲，\n从中转仓发货\n', cwd: library })
    expect(places(reply.report, '<stdin>')).toEqual(['2:2-2:5 custom-transfer-warehouse 中转仓'])
    const csv = lintJson(['--stdin-filename', path.join(library, 'stdin.csv')], { input: 'text\n"你好"\n' })
    expect(places(csv.report, '<stdin>')).toEqual(['2:2-2:4 prefer-we 你好'])
  })

  it('a path, folder or glob that names nothing exits 2 naming it, and the other files are still linted', () => {
    const dir = scratch()
    fs.mkdirSync(path.join(dir, 'empty'))
    fs.writeFileSync(path.join(dir, 'replies.txt'), '你好\n')
    const typo = runCli(['nothing-here/*.csv', 'replies.tx', 'empty', 'replies.txt', '--format', 'json'], { cwd: dir })
    expect(typo.code).toBe(2)
    expect(typo.stderr).toBe(
      [
        'replylint: nothing-here/*.csv: no library file matches this pattern',
        'replylint: replies.tx: no such file or folder (pass replies with --text)',
        'replylint: empty: no library files in this folder',
        '',
      ].join('\n'),
    )
    expect((JSON.parse(typo.stdout) as FileReport[]).map((entry) => [entry.file, entry.diagnostics.length])).toEqual([['replies.txt', 1]])
  })

  it('replies are given with --text; an argument that reads as a reply and names no file still is one, with a warning', () => {
    const { report, result } = lintJson(['--text', '亲，这个价格没办法再优惠了哦。', '--text', 'hello'])
    expect(report.map((entry) => entry.file)).toEqual(['<argument 1>', '<argument 2>'])
    expect(result.stderr).toBe('')
    const old = lintJson(['亲，这个价格没办法再优惠了哦。'])
    expect(old.report.map((entry) => entry.file)).toEqual(['<argument 1>'])
    expect(old.result.stderr).toBe('replylint: an argument that names no file is linted as a reply; pass replies with --text\n')
  })

  it('globs match library files', () => {
    const { report } = lintJson(['*.{csv,yaml}'], { cwd: library })
    expect(report.map((entry) => entry.file)).toEqual(['replies.csv', 'replies.yaml'])
  })
})

describe('broken files', () => {
  it('are reported with their path and line, and the other files are still linted', () => {
    const dir = scratch()
    fs.writeFileSync(path.join(dir, 'bad.json'), '[\n  "亲，您好",\n  "少了引号\n]\n')
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'a: [1, 2\nb: 你好\n')
    fs.writeFileSync(path.join(dir, 'bad.csv'), 'reply\n"没有结束\n')
    fs.writeFileSync(path.join(dir, 'good.txt'), '你好\n')
    const { code, report } = lintJson(['.'], { cwd: dir })
    expect(code).toBe(1)
    const summary = report.map((entry) => [entry.file, entry.diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.ruleId} ${d.message}`)])
    expect(summary).toEqual([
      ['bad.csv', ['2:1 parse-error Invalid CSV: a quoted cell is never closed']],
      ['bad.json', ['3:8 parse-error Invalid JSON: Unescaped control character in a string']],
      ['bad.yaml', ['2:1 parse-error Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']],
      ['good.txt', ['1:1 prefer-we 用“您好”代替“你好”']],
    ])
  })
})

describe('conversations', () => {
  const config = ['--config', path.join(library, 'replylint.config.json')]
  const cwd = path.join(libraries, 'conversations')

  it('lint each agent turn with the turns before it, never the customer turns', () => {
    const { report } = lintJson(['.', ...config], { cwd })
    expect(places(report, 'transcript.json')).toEqual([
      '3:35-3:39 custom-invoices 不开发票',
      '5:32-5:35 custom-transfer-warehouse 中转仓',
      '5:38-5:39 prefer-we 你',
    ])
    // An array of turns, {turns}, and {text, history}: one conversation per line.
    expect(places(report, 'transcripts.jsonl')).toEqual([
      '1:61-1:63 prefer-we 你好',
      '2:79-2:84 custom-invoices 不提供发票',
      '3:24-3:27 custom-transfer-warehouse 中转仓',
    ])
    expect(places(report, 'transcripts.yaml')).toEqual(['4:11-4:13 custom-apologise-refusal 不能', '4:15-4:16 prefer-we 你'])
  })

  it('--conversation: a value that is not one is an error', () => {
    const { report } = lintJson(['replies.json', '--conversation'], { cwd: library })
    expect(report[0]!.diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.message}`)).toEqual([
      '1:1 Expected a conversation: an array of {role, text} turns, {turns: […]} or {text, history: […]}',
    ])
  })
})

describe('YAML scalars', () => {
  it('map every character of every style back to where it is written', () => {
    const source = [
      'plain: 第一行',
      '  第二行',
      '',
      '  第三段',
      "single: 'it''s ''好'''",
      'double: "转\\t义\\u4f60\\',
      '  续行"',
      'literal: |-',
      '  一',
      '',
      '  二',
      'folded: >',
      '  折',
      '  叠',
      '    缩进',
      '  尾',
      '',
    ].join('\n')
    const values = Object.values(parseAllDocuments(source)[0]!.toJSON() as Record<string, string>)
    const { units } = extract(source, 'yaml', {})
    const texts = units.map((unit) => (unit.kind === 'reply' ? unit.segment : undefined)!)
    expect(texts.map((segment) => segment.text)).toEqual(values)
    expect(texts.some((segment) => segment.coarse)).toBe(false)
    // Every Han character maps to itself in the file.
    for (const segment of texts) {
      for (let i = 0; i < segment.text.length; i++) {
        if (!/\p{Script=Han}/u.test(segment.text[i]!)) continue
        const at = segment.map.start(i)
        expect(source.slice(at, segment.map.end(i + 1)), segment.text).toMatch(/^(?:\p{Script=Han}|\\u[0-9a-f]{4})$/u)
      }
    }
  })
})
