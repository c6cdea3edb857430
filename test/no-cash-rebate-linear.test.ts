/**
 * no-cash-rebate stays linear however many offers a reply holds (issue 11:
 * `'好评返现。'` × 25k took 2.9 s when every candidate was checked against
 * every match). Compared as a ratio of times, so a slow machine cannot fail it:
 * ten times the text may cost at most 25 times the time (quadratic is ~100).
 */
import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { builtInsOff } from './helpers/rules.js'

const linter = createLinter({ rules: { ...builtInsOff, 'no-cash-rebate': 'error' } })

/** The fastest of a few runs: the least disturbed by other work on the machine. */
function fastest(text: string): number {
  let best = Infinity
  for (let run = 0; run < 3; run++) {
    const start = performance.now()
    linter.lint(text)
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('no-cash-rebate on long replies', () => {
  it.each(['好评返现。', '好评送您红包。', '追评带视频给您返两块。'])('lints %s × 25k in time proportional to × 2.5k', { timeout: 60_000 }, (unit) => {
    const small = unit.repeat(2_500)
    const large = unit.repeat(25_000)
    expect(linter.lint(small).diagnostics).toHaveLength(2_500)
    expect(linter.lint(large).diagnostics).toHaveLength(25_000)
    expect(fastest(large) / fastest(small)).toBeLessThan(25)
  })
})
