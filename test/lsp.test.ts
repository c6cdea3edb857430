/**
 * The language server, driven as an editor drives it: the real server as a
 * child process, a real LSP client connection over its stdio. Diagnostics
 * land where the command line puts them (inside JSON escapes and quoted CSV
 * cells too), quick fixes keep the files valid, and changes to the document,
 * the configuration file and the editor's settings show at once.
 */
import fs from 'node:fs'
import path from 'node:path'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { rules } from '../rules/index.js'
import { extract } from '../src/cli/extract/index.js'
import { TaskRunner } from '../src/cli/lint.js'
import { type Job, analyseNow } from '../src/lsp/analysis.js'
import { describeError } from '../src/lsp/server.js'
import { lintJson, places, scratch } from './helpers/cli-library.js'
import { type Client, editsOf, placesOf, startClient, uriOf } from './helpers/lsp.js'

/** Every built-in rule but `prefer-we` off, as the command-line tests do, in the configuration file. */
const stableRules = Object.fromEntries(rules.filter((rule) => rule.meta.id !== 'prefer-we').map((rule) => [rule.meta.id, 'off']))

/** A scratch copy of the fixture library with the stable rules and one fixable rule whose fix needs escaping. */
function library(): string {
  const dir = scratch('library')
  const file = path.join(dir, 'replylint.config.json')
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as { rules?: object; customRules: object }
  config.rules = stableRules
  config.customRules = { ...config.customRules, shipping: { type: 'ban', phrases: [{ match: '不包邮', expected: '包邮, 顺丰: "次日达"' }], fix: true } }
  fs.writeFileSync(file, JSON.stringify(config, null, 2))
  return dir
}

/** Apply a code action's edits to a document's text, as the editor does. */
function apply(text: string, edits: ReturnType<typeof editsOf>): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits)
}

describe('replylint-language-server', () => {
  let dir: string
  let client: Client
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8')
  const uri = (file: string) => uriOf(path.join(dir, file))

  beforeAll(async () => {
    dir = library()
    client = await startClient(dir)
  })
  afterAll(async () => {
    if (client.child.exitCode === null) client.child.kill()
  })

  it('reports problems in every library format where the command line does', async () => {
    const files = { 'faq.md': 'markdown', 'replies.json': 'json', 'replies.csv': 'csv', 'replies.yaml': 'yaml', 'replies.jsonl': 'jsonl', 'replies.txt': 'plaintext' }
    const received = Object.entries(files).map(([file, languageId]) => {
      const waiting = client.diagnostics(uri(file))
      client.open(uri(file), languageId, read(file))
      return waiting
    })
    const all = await Promise.all(received)
    const [markdown, json, csv] = all
    expect(placesOf(markdown!)).toEqual(['7:6-7:9 custom-transfer-warehouse', '10:7-10:10 custom-apologise-refusal', '18:5-18:9 custom-invoices'])
    // `\u4e2d转仓`: the whole escape is flagged, as in the command line.
    expect(placesOf(json!)).toEqual(['2:34-2:37 custom-transfer-warehouse', '3:33-3:41 custom-transfer-warehouse', '4:26-4:30 custom-invoices'])
    // The second is inside a quoted cell that spans two lines.
    expect(placesOf(csv!)).toEqual(['4:4-4:8 custom-invoices', '6:14-6:18 custom-invoices'])
    const { report } = lintJson(Object.keys(files), { cwd: dir })
    Object.keys(files).forEach((file, index) => {
      expect(placesOf(all[index]!), file).toEqual(places(report, file).map((place) => place.split(' ').slice(0, 2).join(' ')))
    })
    expect(all.slice(3).map((diagnostics) => diagnostics.length)).toEqual([5, 3, 3])
    expect(json![0]).toEqual({
      range: { start: { line: 1, character: 33 }, end: { line: 1, character: 36 } },
      severity: 1,
      code: 'custom-transfer-warehouse',
      codeDescription: { href: 'https://github.com/replylint/replylint#custom-rules' },
      source: 'replylint',
      message: '不要透露“中转仓”的信息',
    })
    expect(csv![0]).toMatchObject({ severity: 2, code: 'custom-invoices', message: '不要说“不开发票”，改说“可以开发票”' })
  })

  it('gives built-in rules their docs url, masks phone numbers and shows the note on hover', async () => {
    const hotline = uri('hotline.txt')
    let waiting = client.diagnostics(hotline)
    client.open(hotline, 'plaintext', read('hotline.txt'))
    expect(await waiting).toEqual([
      {
        range: { start: { line: 0, character: 3 }, end: { line: 0, character: 14 } },
        severity: 1,
        code: 'custom-old-hotline',
        codeDescription: { href: 'https://github.com/replylint/replylint#custom-rules' },
        source: 'replylint',
        message: '旧热线“138****5678”已停用',
      },
    ])
    const file = uri('reply.txt')
    waiting = client.diagnostics(file)
    client.open(file, 'plaintext', '你好，我们已为您处理\n')
    const [diagnostic] = await waiting
    expect(diagnostic).toMatchObject({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } },
      severity: 2,
      code: 'prefer-we',
      codeDescription: { href: expect.stringMatching(/^https:\/\/.*\/prefer-we\.md$/) },
      source: 'replylint',
    })
    const hover = await client.hover(file, 0, 1)
    expect(hover).toEqual({ contents: { kind: 'markdown', value: expect.stringContaining('手册 003：') }, range: diagnostic!.range })
    expect((hover!.contents as { value: string }).value).toMatch(/^\*\*replylint\*\* \[prefer-we\]\(https:.*prefer-we\.md\): /)
    expect(await client.hover(file, 0, 5)).toBeNull()
  })

  it('offers the certain fix as the preferred quick fix and keeps JSON escaped', async () => {
    const file = uri('shipping.json')
    const text = '["\\u4e0d包邮哦\\n谢谢", "第二条"]\n'
    const waiting = client.diagnostics(file)
    client.open(file, 'json', text)
    const [diagnostic] = await waiting
    // `\u4e0d包邮`: an escape and two characters.
    expect(placesOf([diagnostic!])).toEqual(['1:3-1:11 custom-shipping'])
    const actions = await client.codeActions(file, diagnostic!.range)
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred ?? false])).toEqual([
      ['Fix: replace with “包邮, 顺丰: "次日达"”', 'quickfix', true],
      ['Fix all certain problems in this file', 'source.fixAll.replylint', false],
    ])
    const fixed = apply(text, editsOf(actions[0]!.edit, file))
    expect(fixed).toBe('["包邮, 顺丰: \\"次日达\\"哦\\n谢谢", "第二条"]\n')
    expect(JSON.parse(fixed)).toEqual(['包邮, 顺丰: "次日达"哦\n谢谢', '第二条'])
    // The edits are the command line's --fix edits: minimal, in the file's notation.
    expect(editsOf(actions[0]!.edit, file)).toEqual([
      { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 8 } }, newText: '' },
      { range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, newText: ', 顺丰: \\"次日达\\"' },
    ])
  })

  it('offers each suggestion as "Replace with …" and updates as the document changes', async () => {
    const file = uri('replace.csv')
    const opened = client.diagnostics(file)
    client.open(file, 'csv', read('replies.csv'))
    expect(placesOf(await opened)).toEqual(['4:4-4:8 custom-invoices', '6:14-6:18 custom-invoices'])
    // Row 2's cell is quoted and spans lines 3 and 4: what is typed there is written with doubled quotes.
    const typed = { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '你们别""急"" ' }
    const version = client.change(file, [typed])
    const text = apply(read('replies.csv'), [{ range: typed.range, newText: typed.text }])
    const after = await client.diagnostics(file, version)
    expect(placesOf(after)).toEqual(['4:1-4:3 prefer-we', '4:13-4:17 custom-invoices', '6:14-6:18 custom-invoices'])
    const actions = await client.codeActions(file, after[0]!.range)
    expect(actions.map((action) => action.title)).toEqual(['Replace with “您”', 'Replace with “咱们”'])
    expect(actions.every((action) => action.kind === 'quickfix' && !action.isPreferred)).toBe(true)
    const replaced = apply(text, editsOf(actions[1]!.edit, file))
    expect(replaced.split(/\r?\n/)[3]).toBe('咱们别""急"" 第二行不开发票"')
    const rows = extract(replaced, 'csv', {}).units.map((unit) => (unit.kind === 'reply' ? unit.segment.text : ''))
    expect(rows[1]).toBe('商品"中转仓"发货,\n咱们别"急" 第二行不开发票')
  })

  it('ignores a rule for one reply with the command line’s disable comment, in Markdown and YAML', async () => {
    for (const [name, language, text, comment] of [
      ['ignore.md', 'markdown', '# 话术\n\n- 你好，这款有货\n- 你们稍等\n', '  <!-- replylint-disable-next-line prefer-we -->'],
      ['ignore.yaml', 'yaml', 'greeting:\n  - 你好，这款有货\n  - 你们稍等\n', '  # replylint-disable-next-line prefer-we'],
    ] as const) {
      const file = uri(name)
      const opened = client.diagnostics(file)
      client.open(file, language, text)
      const before = (await opened).filter((d) => d.code === 'prefer-we')
      expect(before.length, name).toBe(2)
      const actions = await client.codeActions(file, before[0]!.range)
      const ignore = actions.find((action) => action.title === 'Ignore prefer-we for this reply')
      expect(ignore, name).toBeDefined()
      const edits = editsOf(ignore!.edit, file)
      const ignored = apply(text, edits)
      expect(ignored.split('\n')[name.endsWith('.md') ? 2 : 1], name).toBe(comment.replace(/^ {2}/, name.endsWith('.md') ? '' : '  '))
      const version = client.change(file, [{ range: edits[0]!.range, text: edits[0]!.newText }])
      const after = (await client.diagnostics(file, version)).filter((d) => d.code === 'prefer-we')
      // The ignored reply is quiet; the next one still reports.
      expect(after.map((d) => d.range.start.line), name).toEqual([before[1]!.range.start.line + 1])
    }
  })

  it('fixes every certain problem of a file at once (source.fixAll), keeping CSV quoting', async () => {
    const file = uri('fix-all.csv')
    const text = 'id,reply\r\n1,不包邮哦\r\n2,"""亲""，不开发票，不包邮"\r\n'
    const waiting = client.diagnostics(file)
    client.open(file, 'csv', text)
    expect(placesOf(await waiting)).toEqual(['2:3-2:6 custom-shipping', '3:10-3:14 custom-invoices', '3:15-3:18 custom-shipping'])
    const actions = await client.codeActions(file, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll'])
    expect(actions.map((action) => [action.title, action.kind])).toEqual([['Fix all certain problems in this file', 'source.fixAll.replylint']])
    const fixed = apply(text, editsOf(actions[0]!.edit, file))
    expect(fixed).toBe('id,reply\r\n1,"包邮, 顺丰: ""次日达""哦"\r\n2,"""亲""，可以开发票，包邮, 顺丰: ""次日达"""\r\n')
    const rows = extract(fixed, 'csv', {}).units.map((unit) => (unit.kind === 'reply' ? unit.segment.text : ''))
    expect(rows).toEqual(['包邮, 顺丰: "次日达"哦', '"亲"，可以开发票，包邮, 顺丰: "次日达"'])
    // Only quick fixes were asked for where nothing is fixable: none.
    expect(await client.codeActions(file, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, ['quickfix'])).toEqual([])
  })

  it('reads the configuration file again when it changes, and the editor settings', async () => {
    // The server asked to be told of changes to every configuration and ignore file.
    await vi.waitFor(() =>
      expect(client.registrations).toContainEqual(
        expect.objectContaining({
          method: 'workspace/didChangeWatchedFiles',
          registerOptions: { watchers: [{ globPattern: '**/{replylint.config.json,.replylintrc,.replylintrc.json,.replylintrc.yaml,.replylintrc.yml,package.json,.replylintignore}' }] },
        }),
      ),
    )
    const file = uri('config-check.md')
    let waiting = client.diagnostics(file)
    client.open(file, 'markdown', read('faq.md'))
    expect(await waiting).toHaveLength(3)
    const config = path.join(dir, 'replylint.config.json')
    const data = JSON.parse(fs.readFileSync(config, 'utf8')) as { rules: Record<string, unknown> }
    data.rules['custom-invoices'] = 'off'
    fs.writeFileSync(config, JSON.stringify(data))
    waiting = client.diagnostics(file)
    client.watched([{ uri: uriOf(config), type: 2 }])
    expect(placesOf(await waiting)).toEqual(['7:6-7:9 custom-transfer-warehouse', '10:7-10:10 custom-apologise-refusal'])
    // The editor's locale wins over the file's (none here: messages follow the reply).
    client.settings = { locale: 'en', preset: 'nonsense' }
    waiting = client.diagnostics(file)
    client.configurationChanged()
    const english = await waiting
    expect(english[0]!.message).toBe('Do not mention `中转仓`')
    expect(client.logs).toContainEqual(expect.stringMatching(/^replylint: setting ignored: replylint\.preset: /))
    // A broken configuration is one diagnostic at the top, not a dead server.
    fs.writeFileSync(config, '{ "rules": ')
    waiting = client.diagnostics(file)
    client.watched([{ uri: uriOf(config), type: 2 }])
    expect(await waiting).toEqual([
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, code: 'config-error', source: 'replylint', message: expect.stringMatching(/^replylint\.config\.json: invalid JSON/) },
    ])
    fs.writeFileSync(config, JSON.stringify(data))
    waiting = client.diagnostics(file)
    client.watched([{ uri: uriOf(config), type: 2 }])
    expect(await waiting).toHaveLength(2)
  })

  it('skips ignored files and configuration files', async () => {
    for (const file of ['drafts/draft.txt', 'package.json']) {
      const waiting = client.diagnostics(uri(file))
      client.open(uri(file), file.endsWith('.json') ? 'json' : 'plaintext', '你的订单不开发票\n')
      expect(await waiting).toEqual([])
    }
  })

  it('survives binary files, invalid text, broken JSON and a burst of edits', async () => {
    const binary = uri('binary.txt')
    let waiting = client.diagnostics(binary)
    client.open(binary, 'plaintext', '\u0000\u0001PK\u0003\u0004\uFFFD\uD800')
    expect(placesOf(await waiting)).toEqual(['1:1-1:2 parse-error'])
    const broken = uri('broken.json')
    waiting = client.diagnostics(broken)
    client.open(broken, 'json', '[\n  "你好",\n  "不包邮\uFFFD\uDC00哦",\n  oops\n]')
    expect(placesOf(await waiting)).toEqual(['4:3-4:3 parse-error'])
    // A byte order mark the client kept counts as a character of line 1; the fix keeps it.
    const marked = uri('marked.json')
    const withMark = '\ufeff["不包邮"]\n'
    waiting = client.diagnostics(marked)
    client.open(marked, 'json', withMark)
    const [shipping] = await waiting
    expect(placesOf([shipping!])).toEqual(['1:4-1:7 custom-shipping'])
    const [fix] = await client.codeActions(marked, shipping!.range)
    expect(apply(withMark, editsOf(fix!.edit, marked))).toBe('\ufeff["包邮, 顺丰: \\"次日达\\""]\n')
    // A hundred edits without a pause: the last version is linted, the others are dropped.
    const burst = uri('burst.txt')
    client.open(burst, 'plaintext', '')
    let version = 1
    for (let i = 0; i < 100; i++) version = client.change(burst, [{ range: { start: { line: 0, character: i }, end: { line: 0, character: i } }, text: '你' }])
    const final = await client.diagnostics(burst, version)
    expect(final).toHaveLength(100)
    const versions = client.published.filter((params) => params.uri === burst).map((params) => params.version)
    expect(versions.at(-1)).toBe(101)
    expect(versions.length).toBeLessThan(10)
    // Garbage on the wire is logged by the protocol layer, and the next request is answered.
    client.child.stdin.write('Content-Length: 5\r\n\r\n{oops')
    expect(await client.hover(broken, 0, 0)).toBeNull()
    expect(client.logs.join('\n')).not.toMatch(/不包邮|你好/)
  })

  it('answers while a 10 MB file is linted (in a worker thread), and drops the stale run', async () => {
    const small = uri('small.txt')
    const ready = client.diagnostics(small)
    client.open(small, 'plaintext', '你好\n')
    await ready
    const big = uri('big.txt')
    const line = '亲，这个价格没办法再低了，你自己去看详情页吧。\n'
    const text = line.repeat(Math.ceil(10_000_000 / line.length / 3))
    client.open(big, 'plaintext', text)
    // Once the run has started, another document's requests are still answered before it ends.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(client.published.some((params) => params.uri === big)).toBe(false)
    expect(await client.hover(small, 0, 0)).not.toBeNull()
    expect(client.published.some((params) => params.uri === big)).toBe(false)
    const version = client.change(big, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }])
    const diagnostics = await client.diagnostics(big, version)
    // Two problems a line (`你`, `你自己`), on every line but the one deleted.
    expect(diagnostics.length).toBe((text.split('\n').length - 2) * 2)
    expect(client.published.filter((params) => params.uri === big).map((params) => params.version)).toEqual([version])
    // Hovers still work; quick fixes are left to `replylint --fix` at this size.
    const { start } = diagnostics[0]!.range
    expect(await client.hover(big, start.line, start.character)).toMatchObject({
      contents: { value: expect.stringContaining(`[${String(diagnostics[0]!.code)}](${diagnostics[0]!.codeDescription!.href}): ${diagnostics[0]!.message}\n\n`) },
      range: diagnostics[0]!.range,
    })
    expect(await client.codeActions(big, diagnostics[0]!.range)).toEqual([])
  }, 180_000)

  it('clears a closed document and shuts down cleanly', async () => {
    const file = uri('closing.txt')
    const opened = client.diagnostics(file)
    client.open(file, 'plaintext', '你好\n')
    expect(await opened).toHaveLength(1)
    const waiting = client.diagnostics(file, 0)
    client.close(file)
    expect(await waiting).toEqual([])
    expect(await client.stop()).toBe(0)
    expect(client.stderr()).toBe('')
  })
})

describe('replylint-language-server on conversations', () => {
  it('puts the problems of each agent turn where the command line does', async () => {
    const dir = scratch('conversations')
    fs.writeFileSync(path.join(dir, 'replylint.config.json'), JSON.stringify({ rules: stableRules }))
    const client = await startClient(dir)
    const files = { 'transcript.json': 'json', 'transcripts.jsonl': 'jsonl', 'transcripts.yaml': 'yaml' }
    const { report } = lintJson(Object.keys(files), { cwd: dir })
    for (const [file, languageId] of Object.entries(files)) {
      const fileUri = uriOf(path.join(dir, file))
      const waiting = client.diagnostics(fileUri)
      client.open(fileUri, languageId, fs.readFileSync(path.join(dir, file), 'utf8'))
      const expected = places(report, file).map((place) => place.split(' ').slice(0, 2).join(' '))
      expect(expected.length, file).toBeGreaterThan(0)
      expect(placesOf(await waiting), file).toEqual(expected)
    }
    expect(await client.stop()).toBe(0)
  })
})

describe('replylint-language-server with initialization options', () => {
  it('lints unsaved documents by their language, in the locale the editor asks for', async () => {
    const dir = library()
    const client = await startClient(dir, { initializationOptions: { replylint: { locale: 'en', platform: 'jd' } } })
    const untitled = 'untitled:Untitled-1'
    const waiting = client.diagnostics(untitled)
    client.open(untitled, 'markdown', '# 发货\n\n亲，我们从中转仓发货。\n')
    expect(await waiting).toMatchObject([{ range: { start: { line: 2, character: 5 }, end: { line: 2, character: 8 } }, code: 'custom-transfer-warehouse', message: 'Do not mention `中转仓`' }])
    // A language replylint does not read is left alone.
    const other = 'untitled:Untitled-2'
    const none = client.diagnostics(other)
    client.open(other, 'typescript', 'const reply = "中转仓"\n')
    expect(await none).toEqual([])
    expect(await client.stop()).toBe(0)
  })
})

describe('describeError', () => {
  it('logs where an error was thrown, never its message', () => {
    const error = new SyntaxError('Unexpected token in 亲，您的手机号 13812345678 已登记')
    const logged = describeError(error)
    expect(logged.split('\n')[0]).toBe('SyntaxError')
    expect(logged).toMatch(/\n\s+at /)
    expect(logged).not.toMatch(/13812345678|手机号|Unexpected/)
    expect(describeError('亲，您好')).toBe('string')
  })
})

describe('Analyser', () => {
  it('lints again only the replies that changed, with the same linter', () => {
    const runner = new TaskRunner([{ rules: stableRules }])
    const run = vi.spyOn(runner, 'run')
    const job: Job = { text: '你好\n您好，我们马上处理\n', format: 'txt', extractOptions: {}, runner, linterKey: 'a' }
    const first = analyseNow(job)
    expect(run).toHaveBeenCalledTimes(2)
    const second = analyseNow({ ...job, text: '你好\n您好，我们马上为您处理\n', previous: first })
    expect(run).toHaveBeenCalledTimes(3)
    // The reused reply's problem is where it was.
    expect(second.findings.map((finding) => [finding.diagnostic.ruleId, finding.from, finding.to])).toEqual([['prefer-we', 0, 2]])
    analyseNow({ ...job, linterKey: 'b', previous: second })
    expect(run).toHaveBeenCalledTimes(5)
  })
})
