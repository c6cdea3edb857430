/**
 * Property-based tests (fast-check, seeded so that a failure replays): on
 * random and adversarial Unicode, lint and fix never throw, never report
 * internal-error, report exact spans that never split a surrogate pair with
 * lines and columns that agree with their offsets, settle after one fix,
 * leave the options as they were and give equal results for equal inputs.
 * `scripts/fuzz.ts` runs the same properties on a million inputs.
 */
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLinter, lintConversation } from '../src/index.js'
import { diagnosticProblems, lintOptions, replies, replyProblems } from './helpers/invariants.js'

const linter = createLinter({ preset: 'all' })
const seed = 20261206

describe('properties', () => {
  it('hold for random and adversarial replies with random options', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(replies, lintOptions, (text, options) => {
        expect(replyProblems(linter, text, options)).toEqual([])
      }),
      { seed, numRuns: 1000 },
    )
  })

  it('hold for every turn of random conversations', { timeout: 120_000 }, () => {
    const turn = fc.record({ role: fc.constantFrom('customer' as const, 'agent' as const), text: replies })
    fc.assert(
      fc.property(fc.array(turn, { maxLength: 6 }), (turns) => {
        const results = lintConversation(turns)
        for (const result of results) expect(diagnosticProblems(turns[result.turn]!.text, result.diagnostics)).toEqual([])
        expect(results.map((r) => r.turn)).toEqual(turns.flatMap((t, i) => (t.role === 'agent' ? [i] : [])))
      }),
      { seed, numRuns: 150 },
    )
  })
})
