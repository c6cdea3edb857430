/**
 * The command line on hostile and unusual input (issue 11): files in other
 * encodings, files and folders it cannot read or write, deep nesting, a
 * report that cannot be written, fixes that leave errors, customer data in
 * diffs, and Markdown and ignore files read as their own tools read them.
 * Each test failed before its fix.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { maskIdentifiers } from '../src/language/identifiers.js'
import { type CliResult, cliPath, runCli } from './helpers/cli.js'
import { type FileReport, libraries, lintJson, onlyStable, places, scratch } from './helpers/cli-library.js'

const library = path.join(libraries, 'library')

function write(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const report = (result: CliResult) => JSON.parse(result.stdout) as FileReport[]

describe('encodings', () => {
  it('reads GB18030 and UTF-16 files with exact places, and --fix writes them back in their encoding', () => {
    const dir = write(scratch(), {
      'gbk.txt': iconv.encode('亲，请稍等\n你好\n', 'gbk'),
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('亲\r\n你好\r\n', 'utf16le')]),
      'be.csv': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('reply\n"你好"\n', 'utf16be')]),
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('你好\n')]),
    })
    const { code, report: before } = lintJson(['.'], { cwd: dir })
    expect(code).toBe(0)
    expect(before.map((entry) => [entry.file, places(before, entry.file)])).toEqual([
      ['be.csv', ['2:2-2:4 prefer-we 你好']],
      ['bom.txt', ['1:1-1:3 prefer-we 你好']],
      ['gbk.txt', ['2:1-2:3 prefer-we 你好']],
      ['le.txt', ['2:1-2:3 prefer-we 你好']],
    ])
    runCli(['.', '--fix', ...onlyStable], { cwd: dir })
    const bytes = (file: string) => fs.readFileSync(path.join(dir, file))
    expect(bytes('gbk.txt')).toEqual(iconv.encode('亲，请稍等\n您好\n', 'gbk'))
    expect(bytes('le.txt')).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('亲\r\n您好\r\n', 'utf16le')]))
    expect(bytes('be.csv')).toEqual(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('reply\n"您好"\n', 'utf16be')]))
    expect(bytes('bom.txt')).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('您好\n')]))
  })

  it('refuses a file it could not write back as it was, naming it, and still reports the others (exit 2)', () => {
    const binary = Buffer.from([0x41, 0x00, 0x42, 0x0a])
    const broken = Buffer.from([0xe4, 0xbd, 0xa0, 0xff, 0x0a])
    const dir = write(scratch(), { 'binary.txt': binary, 'broken.txt': broken, 'good.txt': '你好\n' })
    for (const args of [['--format', 'json'], ['--fix', '--format', 'json']]) {
      const result = runCli(['.', ...args, ...onlyStable], { cwd: dir })
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(
        [
          'replylint: binary.txt: not text (it holds NUL bytes: UTF-16 without a byte order mark?); save it as UTF-8 (or UTF-16 with a byte order mark, or GB18030)',
          'replylint: broken.txt: neither UTF-8 nor GB18030; save it as UTF-8 (or UTF-16 with a byte order mark, or GB18030)',
          '',
        ].join('\n'),
      )
      expect(report(result).map((entry) => entry.file)).toEqual(['good.txt'])
    }
    expect(fs.readFileSync(path.join(dir, 'binary.txt'))).toEqual(binary)
    expect(fs.readFileSync(path.join(dir, 'broken.txt'))).toEqual(broken)
  })
})

/** Run the command as an unprivileged user when this is root, for whom every file is readable and writable. */
function runUnprivileged(args: string[], cwd: string): CliResult {
  if (process.getuid?.() !== 0) return runCli(args, { cwd })
  fs.chmodSync(path.dirname(cliPath()), 0o755)
  const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cliPath(), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('files that cannot be read or written', () => {
  it('an unreadable file, a file in an unreadable folder, a read-only file to fix: one line each, exit 2, the others reported', () => {
    const dir = write(scratch(), { 'secret.txt': '你好\n', 'locked/in.txt': '你好\n', 'read-only.txt': '你好\n', 'good.txt': '你好\n' })
    fs.chmodSync(dir, 0o755)
    fs.chmodSync(path.join(dir, 'secret.txt'), 0o000)
    fs.chmodSync(path.join(dir, 'locked'), 0o000)
    fs.chmodSync(path.join(dir, 'read-only.txt'), 0o444)
    fs.chmodSync(path.join(dir, 'good.txt'), 0o666)
    try {
      const lint = runUnprivileged(['secret.txt', 'locked/in.txt', 'locked', 'good.txt', '--format', 'json', ...onlyStable], dir)
      expect(lint.code).toBe(2)
      expect(lint.stderr).toBe(
        [
          'replylint: locked/in.txt: cannot read it (permission denied)',
          'replylint: locked: cannot read the folder (permission denied)',
          'replylint: secret.txt: cannot read it (permission denied)',
          '',
        ].join('\n'),
      )
      expect(report(lint).map((entry) => entry.file)).toEqual(['good.txt'])

      const fix = runUnprivileged(['read-only.txt', 'good.txt', '--fix', '--format', 'json', ...onlyStable], dir)
      expect(fix.code).toBe(2)
      expect(fix.stderr).toBe('replylint: read-only.txt: cannot write it (permission denied)\n')
      // The file left as it was is reported as it is; the other one is fixed.
      expect(report(fix).map((entry) => [entry.file, entry.diagnostics.length])).toEqual([
        ['read-only.txt', 1],
        ['good.txt', 0],
      ])
      expect(fs.readFileSync(path.join(dir, 'good.txt'), 'utf8')).toBe('您好\n')
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755)
    }
  })

  it('-o into a missing folder: one line, exit 2, and the report on standard output', () => {
    const result = runCli(['replies.txt', '-o', 'missing/report.json', '--format', 'json', ...onlyStable], { cwd: library })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('replylint: missing/report.json: cannot write the report (no such file or folder); it follows on standard output\n')
    expect(report(result).map((entry) => entry.file)).toEqual(['replies.txt'])
    expect(fs.existsSync(path.join(library, 'missing'))).toBe(false)
  })

  it('JSON nested 100,000 deep is read like any JSON; Markdown nested too deep is a parse error of its file', () => {
    const depth = 100_000
    const dir = write(scratch(), { 'deep.json': `${'['.repeat(depth)}"你好"${']'.repeat(depth)}`, 'deep.md': `${'>'.repeat(100)} 你好\n`, 'good.txt': '你好\n' })
    const { code, report: all } = lintJson(['.'], { cwd: dir })
    expect(code).toBe(1)
    expect(places(all, 'deep.json')).toEqual([`1:${depth + 2}-1:${depth + 4} prefer-we 你好`])
    expect(all.find((entry) => entry.file === 'deep.md')!.diagnostics.map((d) => d.message)).toEqual(['Markdown nested more than 16 levels deep: this part is not read'])
    expect(places(all, 'good.txt')).toEqual(['1:1-1:3 prefer-we 你好'])
  })
})

describe('large files', () => {
  it('are reported a share of replies at a time, in order, broken lines among them', () => {
    const lines = Array.from({ length: 4500 }, (_, i) => (i === 1999 || i === 2000 || i === 4400 ? '{"reply": broken' : JSON.stringify({ reply: i % 1000 === 0 ? '你好' : '您好' })))
    const dir = write(scratch(), { 'big.jsonl': lines.join('\n') + '\n' })
    const { report: all } = lintJson(['big.jsonl'], { cwd: dir })
    expect(places(all, 'big.jsonl')).toEqual([
      '1:11-1:13 prefer-we 你好',
      '1001:11-1001:13 prefer-we 你好',
      '2000:11-2000:11 parse-error ',
      '2001:11-2001:11 parse-error ',
      '3001:11-3001:13 prefer-we 你好',
      '4001:11-4001:13 prefer-we 你好',
      '4401:11-4401:11 parse-error ',
    ])
  })
})

describe('--fix and --fix-dry-run', () => {
  it('--fix on --text or standard input exits 1 while errors remain', () => {
    // In the fixture library, 中转仓 is an error that has no fix.
    const text = runCli(['--fix', '--text', '你好，从中转仓发货', ...onlyStable], { cwd: library })
    expect(text).toMatchObject({ code: 1, stdout: '您好，从中转仓发货\n' })
    const stdin = runCli(['--fix', ...onlyStable], { cwd: library, input: '你好，从中转仓发货\n' })
    expect(stdin).toMatchObject({ code: 1, stdout: '您好，从中转仓发货\n' })
    expect(runCli(['--fix', ...onlyStable], { cwd: library, input: '你好\n' })).toMatchObject({ code: 0, stdout: '您好\n' })
  })

  it('--fix-dry-run masks phone numbers, order ids and tracking numbers in its diff', () => {
    const line = '你好，订单号 123456789012345 已发货，运单号 SF123456789012，有问题请打13812345678'
    const dir = write(scratch(), { 'x.txt': `${line}\n` })
    const { stdout } = runCli(['x.txt', '--fix-dry-run', ...onlyStable], { cwd: dir })
    expect(stdout).toBe(['--- x.txt', '+++ x.txt', '@@ -1,1 +1,1 @@', `-${maskIdentifiers(line)}`, `+${maskIdentifiers(line.replace('你好', '您好'))}`, ''].join('\n'))
    for (const secret of ['123456789012345', 'SF123456789012', '13812345678']) expect(stdout).not.toContain(secret)
  })

  it.skipIf(spawnSync('patch', ['--version']).status !== 0)('--fix-dry-run prints a diff that patch applies, also with CRLF and no final line break', () => {
    const source = '亲\r\n你好\r\n在的\r\n你好'
    const dir = write(scratch(), { 'x.txt': source, 'copy.txt': source })
    const diff = runCli(['x.txt', '--fix-dry-run', ...onlyStable], { cwd: dir }).stdout
    expect(diff).toContain('\\ No newline at end of file')
    const patched = spawnSync('patch', ['--silent', 'copy.txt'], { cwd: dir, input: diff, encoding: 'utf8' })
    expect(patched.status, patched.stdout + patched.stderr).toBe(0)
    runCli(['x.txt', '--fix', ...onlyStable], { cwd: dir })
    expect(fs.readFileSync(path.join(dir, 'copy.txt'), 'utf8')).toBe('亲\r\n您好\r\n在的\r\n您好')
    expect(fs.readFileSync(path.join(dir, 'x.txt'), 'utf8')).toBe('亲\r\n您好\r\n在的\r\n您好')
  })
})

describe('Markdown, read as CommonMark and GFM', () => {
  const source = [
    '请看[你的订单](https://shop.example.com/你的订单)。',
    '',
    '[帮助]: https://shop.example.com/你好',
    '',
    '问题 | 回复',
    '--- | ---',
    '你好 | 你好',
    '',
    '1.  第一段',
    '',
    '    你好，第二段',
    '',
  ].join('\n')

  it('lints link text but not link destinations, skips definitions and tables without a leading pipe, reads indented paragraphs of lists', () => {
    const dir = write(scratch(), { 'faq.md': source })
    expect(places(lintJson(['faq.md'], { cwd: dir }).report, 'faq.md')).toEqual(['1:4-1:5 prefer-we 你', '11:5-11:7 prefer-we 你好'])
    runCli(['faq.md', '--fix', ...onlyStable], { cwd: dir })
    expect(fs.readFileSync(path.join(dir, 'faq.md'), 'utf8')).toBe(source.replace('[你的订单]', '[您的订单]').replace('    你好，第二段', '    您好，第二段'))
  })

  it('resolves references to definitions anywhere in the file, also in a long file read a part at a time', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `- 第${i}条：亲，您好`).join('\n')
    const source = `你好，应价保 [价保金额] 元。\n\n${filler}\n\n[价保金额]: https://shop.example.com/price-protection\n`
    const dir = write(scratch(), { 'faq.md': source })
    const result = runCli(['faq.md', '--format', 'json', ...onlyStable, '--rule', 'no-placeholder=error'], { cwd: dir })
    // Unresolved, `[价保金额]` would be left in the reply and read as a template field never filled in.
    expect(places(report(result), 'faq.md')).toEqual(['1:1-1:3 prefer-we 你好'])
  })
})

describe('ignore files and overrides', () => {
  it('.replylintignore follows git: no file comes back from an excluded folder, and escapes work', () => {
    const dir = write(scratch(), {
      '.replylintignore': 'drafts/\n!drafts/keep.txt\n\\#notes.txt\n',
      'drafts/keep.txt': '你好\n',
      '#notes.txt': '你好\n',
      'ok.txt': '你好\n',
    })
    expect(lintJson(['.'], { cwd: dir }).report.map((entry) => entry.file)).toEqual(['ok.txt'])
  })

  it('overrides[].files are globs with nested braces', () => {
    const dir = write(scratch(), {
      'replylint.config.json': JSON.stringify({ overrides: [{ files: '*.{txt,{md,csv}}', rules: { 'prefer-we': 'off' } }] }),
      'x.md': '你好\n',
      'x.json': '["你好"]\n',
    })
    const { report: all } = lintJson(['x.md', 'x.json'], { cwd: dir })
    expect(all.map((entry) => [entry.file, entry.diagnostics.length])).toEqual([
      ['x.md', 0],
      ['x.json', 1],
    ])
  })
})

describe('suppressions', () => {
  it('disable comments in Markdown, YAML and .txt turn rules off for the next line or the reply that starts there', () => {
    const dir = write(scratch(), {
      'x.md': '<!-- replylint-disable-next-line prefer-we -->\n你好\n\n<!-- replylint-disable-next-line no-command -->\n你好\n',
      'x.yaml': 'greetings:\n  # replylint-disable-next-line prefer-we -- a greeting we keep\n  - 你好\n  - 你好\n# replylint-disable-next-line\nanswer: |\n  亲\n  你好\n',
      'x.txt': '# replylint-disable-next-line\n你好\n你好\n',
    })
    const { report: all } = lintJson(['.'], { cwd: dir })
    expect(places(all, 'x.md')).toEqual(['5:1-5:3 prefer-we 你好'])
    expect(places(all, 'x.yaml')).toEqual(['4:5-4:7 prefer-we 你好'])
    expect(places(all, 'x.txt')).toEqual(['3:1-3:3 prefer-we 你好'])
  })

  it('a suppressions file counts errors per file and rule, as ESLint 9 bulk suppressions do', () => {
    const dir = write(scratch(), { 'a.json': '["你好", "你好"]\n', 'b.csv': 'reply\n你好\n' })
    const args = ['.', '--rule', 'prefer-we=error', '--format', 'json', ...onlyStable]
    const suppressed = runCli([...args, '--suppress-all'], { cwd: dir })
    expect(suppressed.code).toBe(0)
    expect(report(suppressed).flatMap((entry) => entry.diagnostics)).toEqual([])
    const file = () => JSON.parse(fs.readFileSync(path.join(dir, 'replylint-suppressions.json'), 'utf8')) as unknown
    expect(file()).toEqual({ 'a.json': { 'prefer-we': { count: 2 } }, 'b.csv': { 'prefer-we': { count: 1 } } })
    expect(runCli(args, { cwd: dir }).code).toBe(0)
    // One more error than suppressed: all of them are reported.
    fs.writeFileSync(path.join(dir, 'a.json'), '["你好", "你好", "你好"]\n')
    const more = runCli(args, { cwd: dir })
    expect(more.code).toBe(1)
    expect(places(report(more), 'a.json')).toHaveLength(3)
    // Fewer: nothing reported, and a hint to prune.
    fs.writeFileSync(path.join(dir, 'a.json'), '["你好"]\n')
    expect(runCli(args, { cwd: dir })).toMatchObject({ code: 0, stderr: 'replylint: replylint-suppressions.json: some suppressed errors are gone; run with --prune-suppressions to update it\n' })
    expect(runCli([...args, '--prune-suppressions'], { cwd: dir }).code).toBe(0)
    expect(file()).toEqual({ 'a.json': { 'prefer-we': { count: 1 } }, 'b.csv': { 'prefer-we': { count: 1 } } })
  })
})
