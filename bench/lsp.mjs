#!/usr/bin/env node
// The language server as an editor sees it: the time from a `didChange` to the
// `publishDiagnostics` of that version on a 200-line library file (median, p99; the
// server's pause in typing, 30 ms, included), the first lint of the file on open, and the
// server's resident memory. Run by `npm run bench` (bench/index.mjs), or on its own:
//
//   node bench/lsp.mjs [--quick] [--server FILE]
//
// The library is made up here from a handful of invented replies: no corpus text.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node.js'

const here = path.dirname(fileURLToPath(import.meta.url))

const replies = [
  '亲，这个价格没办法再优惠了哦，你自己去看详情页吧。',
  '您好，我们马上为您处理，请稍等。',
  "Didn't you read the description? I can't change the address now.",
  '亲，不包邮的哦，偏远地区要补运费。',
  '您好，发货后会有物流单号，您可以在订单里查看。',
  '你们这个问题我也没办法，找快递吧。',
  'Thanks for waiting! We have shipped your order today.',
  '亲亲，尺码您放心，肯定合适的，不合适您再联系我们。',
]

/** A JSON library of exactly 200 lines: `[`, 198 replies, `]`. */
export function library() {
  const rows = Array.from({ length: 198 }, (_, i) => `  {"id": ${i + 1}, "reply": ${JSON.stringify(replies[i % replies.length])}}`)
  return `[\n${rows.join(',\n')}\n]\n`
}

/** Resident memory of a process in MB (Linux /proc; `ps` elsewhere). */
function rssOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024
  } catch {
    return undefined
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]

/** Measure the server; `{ lines, openMs, edits, median, p99, rssMB }`. */
export async function benchLanguageServer({ quick = false, server = path.join(here, '..', 'dist', 'lsp.js') } = {}) {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' })
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onNotification(PublishDiagnosticsNotification.type, ({ version }) => {
    waiting.get(version)?.()
    waiting.delete(version)
  })
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} })
  await connection.sendNotification(InitializedNotification.type, {})

  const uri = pathToFileURL(path.join(here, 'bench-library.json')).href
  const text = library()
  let start = performance.now()
  let done = published(1)
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version: 1, text } })
  await done
  const openMs = performance.now() - start

  // Typing in one reply after another: each edit replaces a character of a reply in the middle of a line.
  const lines = text.split('\n')
  const edits = quick ? 60 : 300
  const times = []
  for (let i = 0; i < edits; i++) {
    const version = i + 2
    const line = 1 + ((i * 37) % 198)
    const column = lines[line].indexOf('"reply": "') + 11
    const change = { range: { start: { line, character: column }, end: { line, character: column + 1 } }, text: i % 2 ? '们' : '您' }
    done = published(version)
    start = performance.now()
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] })
    await done
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const rssMB = rssOf(child.pid)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  await connection.sendRequest(ShutdownRequest.type)
  await connection.sendNotification(ExitNotification.type)
  await exited
  connection.dispose()
  return { lines: lines.length - 1, openMs, edits, median: percentile(times, 0.5), p99: percentile(times, 0.99), rssMB }
}

/** The lines `npm run bench` prints. */
export function report(r) {
  return [
    `language server, ${r.lines}-line JSON library`,
    `  first lint on open          ${r.openMs.toFixed(1)} ms`,
    `  didChange → diagnostics     median ${r.median.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (${r.edits} edits; 30 ms pause in typing included)`,
    `  resident memory             ${r.rssMB === undefined ? 'unknown' : `${r.rssMB.toFixed(0)} MB`}`,
  ].join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const index = args.indexOf('--server')
  const result = await benchLanguageServer({ quick: args.includes('--quick'), ...(index >= 0 && { server: path.resolve(args[index + 1]) }) })
  console.log(report(result))
}
