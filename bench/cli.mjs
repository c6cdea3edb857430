#!/usr/bin/env node
// `npm run bench` (second part): the command line on a large library, for time and peak memory.
//
//   node bench/cli.mjs [--mb N] [--quick]
//
// Writes a synthetic JSON Lines library of N MB (default 50; 10 with --quick) of our own replies
// into a temporary folder, lints it with dist/cli.js on one thread within a 192 MB heap, and prints
// the wall time and the peak resident memory. Memory should follow the largest reply, not the
// library: before streaming, 50 MB took 1.08 GB and a 160 MB heap could not lint 10 MB.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const mb = Number(args[args.indexOf('--mb') + 1] ?? NaN) || (args.includes('--quick') ? 10 : 50)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-bench-'))
try {
  const file = path.join(dir, 'library.jsonl')
  const replies = ['亲，您好，有什么可以帮您？', '你好，这款今天下单明天发货。', '亲，这款从中转仓发货哦', 'Hi, I will check your order for you.', '我们不开发票，抱歉，这个价格不能再低了']
  const out = fs.openSync(file, 'w')
  let size = 0
  const lines = []
  for (let i = 0; size < mb * 1e6; i++) {
    const line = `${JSON.stringify({ id: i, reply: `${replies[i % replies.length]}（${i}）感谢您的耐心等待，我们会尽快为您处理。` })}\n`
    lines.push(line)
    size += Buffer.byteLength(line)
    if (lines.length === 10_000) fs.writeSync(out, lines.splice(0).join(''))
  }
  fs.writeSync(out, lines.join(''))
  fs.closeSync(out)
  const started = performance.now()
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=192', '--import', path.join(here, 'max-rss.mjs'), path.join(here, '..', 'dist', 'cli.js'), file, '--workers', '1', '--format', 'json', '-o', path.join(dir, 'report.json')],
    { encoding: 'utf8' },
  )
  const seconds = (performance.now() - started) / 1000
  const rss = Number(/max-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024
  if (run.status !== 0 && run.status !== 1) {
    console.error(run.stderr)
    process.exitCode = 1
  }
  console.log(`\ncommand line, ${mb} MB JSON Lines library, one thread, 192 MB heap: ${seconds.toFixed(1)} s, peak memory ${rss.toFixed(0)} MB (exit ${run.status})`)
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
