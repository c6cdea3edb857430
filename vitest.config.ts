import { defineConfig } from 'vitest/config'

/** Tests that time themselves run alone, after the rest, so other test files do not skew them. */
const timed = ['test/linearity.test.ts']

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: timed, sequence: { groupOrder: 0 } } },
      // `--expose-gc`: a timed run starts from a collected heap, not the garbage of the run before.
      { test: { name: 'timed', include: timed, sequence: { groupOrder: 1 }, execArgv: ['--expose-gc'] } },
    ],
  },
})
