/**
 * Linear time on hostile input (issue 11): for each pattern that once grew
 * 30–160× per 10× of input, and a random mix, a 1 MB reply may cost at most
 * 15× what a 100 KB one costs. Costs are CPU time (the process's, garbage
 * collection included), not wall time, and each size takes the fastest of a
 * few runs, so that other work on a busy machine does not fail the test;
 * absolute times belong to `npm run bench`, which prints the worst 1 MB time
 * over the same patterns.
 */
import { describe, expect, it } from 'vitest'
import { cashRebate, conversationOf, hostileReplies, type HostilePattern } from '../bench/hostile.mjs'
import { createLinter } from '../src/index.js'

const linter = createLinter({ preset: 'all' })
const maxRatio = 15

/** The CPU time of one run of `work`, in milliseconds. */
function cpuTime(work: () => void): number {
  // The garbage of earlier runs is collected first (the timed project runs with --expose-gc).
  ;(globalThis as { gc?: () => void }).gc?.()
  const start = process.cpuUsage()
  work()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}

/**
 * How many times more 1 MB costs than 100 KB: the least time of a few runs
 * of each, interleaved so that both sizes meet the same load from other work.
 */
function ratio(work: (size: number) => () => void): number {
  const small = work(100_000)
  const large = work(1_000_000)
  // An untimed run of each first: the JIT and the heap settle before timing.
  small()
  large()
  let smallBest = Infinity
  let largeBest = Infinity
  for (let round = 0; round < 3; round++) {
    largeBest = Math.min(largeBest, cpuTime(large))
    for (let i = 0; i < 2; i++) smallBest = Math.min(smallBest, cpuTime(small))
  }
  return largeBest / smallBest
}

const lintOf = (pattern: HostilePattern) => (size: number) => {
  const text = pattern.text(size)
  return () => void linter.lint(text)
}

describe('linear time on hostile replies (1 MB ≤ 15× 100 KB)', () => {
  const timeout = 300_000
  const patterns = hostileReplies.filter((pattern) => /clause splitter|random mix|@你没看清楚|jd\.com|“好 好”|invitations|orders, one sentence|claims, one sentence|superlatives, one clause|mocking words|lists|names, one clause|bubble ends|bubbles/.test(pattern.name))

  it.each(patterns.map((pattern) => [pattern.name, pattern] as const))('lint %s', { timeout }, (_name, pattern) => {
    expect(ratio(lintOf(pattern))).toBeLessThanOrEqual(maxRatio)
  })

  it("fix '你好' repeated on one line", { timeout }, () => {
    expect(
      ratio((size) => {
        const text = '你好'.repeat(size / 2)
        return () => void linter.fix(text)
      }),
    ).toBeLessThanOrEqual(maxRatio)
  })

  it('lintConversation, 5k turns against 50k', { timeout }, () => {
    expect(
      ratio((size) => {
        const turns = conversationOf(size)
        return () => void linter.lintConversation(turns)
      }),
    ).toBeLessThanOrEqual(maxRatio)
  })

  // Disguises (noise inside words, pinyin, numerals, emoji for words) are folded in one pass, whatever their mix.
  it("lint disguised words: '微♡薇信v·x k o u 一三九八 …'", { timeout }, () => {
    const unit = '微♡薇信v·x k o u 一三九八 p@ss 🧧红🎁 wei xin 不，是。'
    expect(
      ratio((size) => {
        const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
        return () => void linter.lint(text)
      }),
    ).toBeLessThanOrEqual(maxRatio)
  })

  // no-cash-rebate once checked every candidate against every match; its rewrite made it linear.
  it(`lint ${cashRebate.name}`, { timeout }, () => {
    expect(ratio(lintOf(cashRebate))).toBeLessThanOrEqual(maxRatio)
  })
})
