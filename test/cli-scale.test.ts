/**
 * Large libraries: worker threads give the same report as one thread, and
 * progress shows on a terminal only when a run takes more than a second.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Progress } from '../src/cli/progress.js'
import { lintJson, scratch } from './helpers/cli-library.js'

/** A synthetic library: replies of our own, some with a problem, in JSON Lines. */
function library(size: number, filler = ''): string {
  const dir = scratch()
  const replies = ['亲，您好，有什么可以帮您？', '你好，这款今天下单明天发货。', '亲，这款从中转仓发货哦', 'Hi, I will check your order for you.', '我们不开发票，抱歉']
  const lines = Array.from({ length: size }, (_, i) => JSON.stringify({ id: i, reply: `${replies[i % replies.length]}（${i}）${filler}` }))
  fs.writeFileSync(path.join(dir, 'big.jsonl'), lines.join('\n') + '\n')
  // Only the custom rule reports, so the report stays within what the test helper reads back.
  const config = { rules: { 'prefer-we': 'off' }, customRules: { warehouse: { type: 'ban', phrases: ['中转仓'] } } }
  fs.writeFileSync(path.join(dir, 'replylint.config.json'), JSON.stringify(config))
  return dir
}

describe('worker threads', () => {
  it('give the same report as one thread, with --workers and on their own for large runs', () => {
    const small = library(300)
    const one = lintJson(['big.jsonl', '--workers', '1'], { cwd: small })
    expect(lintJson(['big.jsonl', '--workers', '2'], { cwd: small }).report).toEqual(one.report)
    expect(one.report[0]!.diagnostics.map((d) => d.ruleId)).toEqual(Array(60).fill('custom-warehouse'))

    // Enough text for two threads (about 850,000 characters).
    const large = library(6000, '感谢您的耐心等待，我们会尽快为您处理，祝您生活愉快。'.repeat(5))
    const single = lintJson(['big.jsonl', '--workers', '1'], { cwd: large })
    const auto = lintJson(['big.jsonl'], { cwd: large })
    expect(auto.result.stderr).toBe('')
    expect(auto.report).toEqual(single.report)
    expect(auto.report[0]!.diagnostics.at(-1)!.start.line).toBe(5998)
  })
})

describe('progress', () => {
  function terminal(isTTY: boolean) {
    const written: string[] = []
    let time = 0
    return { stream: { isTTY, write: (text: string) => written.push(text) }, written, tick: (ms: number) => (time += ms), now: () => time }
  }

  it('appears on a terminal after a second, at most ten times a second, and is cleared', () => {
    const tty = terminal(true)
    const progress = new Progress(tty.stream, 100_000, tty.now)
    progress.update(10_000)
    expect(tty.written).toEqual([])
    tty.tick(1200)
    progress.update(40_000)
    tty.tick(50)
    progress.update(45_000)
    progress.finish()
    expect(tty.written).toEqual(['\r\u001b[2Kreplylint: 40,000/100,000 replies (40%)', '\r\u001b[2K'])
  })

  it('never appears when standard error is not a terminal', () => {
    const pipe = terminal(false)
    const progress = new Progress(pipe.stream, 10, pipe.now)
    pipe.tick(5000)
    progress.update(5)
    progress.finish()
    expect(pipe.written).toEqual([])
  })
})
