/**
 * The long fuzz run of issue 11: the property tests' invariants on COUNT
 * generated replies (default 1,000,000), with every rule on and random
 * options. Seeded: a failure prints its seed, path and shrunk counterexample.
 *
 *   npm run fuzz -- [COUNT] [SEED]
 */
import * as fc from 'fast-check'
import { createLinter } from '../src/index.js'
import { lintOptions, replies, replyProblems } from '../test/helpers/invariants.js'

const count = Number(process.argv[2] ?? 1_000_000)
const seed = Number(process.argv[3] ?? 20261206)
const linter = createLinter({ preset: 'all' })
const started = performance.now()
let done = 0

fc.assert(
  fc.property(replies, lintOptions, (text, options) => {
    const problems = replyProblems(linter, text, options)
    if (problems.length > 0) throw new Error(problems.join('\n'))
    if (++done % 50_000 === 0) console.error(`${done.toLocaleString('en')} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }),
  { seed, numRuns: count },
)
console.log(`fuzz: ${count.toLocaleString('en')} inputs (seed ${seed}) passed in ${((performance.now() - started) / 1000).toFixed(0)} s`)
