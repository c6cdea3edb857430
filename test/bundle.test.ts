/**
 * The library runs in browsers and stays small: it bundles for the browser
 * (no Node built-ins) within its budget.
 */
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { root } from './helpers/fixtures.js'

/** Minified browser bundle budget, dependencies (zod, OpenCC's tables) included. */
const budget = 250 * 1024

describe('browser bundle', () => {
  it('builds for the browser within its budget', async () => {
    const result = await build({
      entryPoints: [`${root}/src/index.ts`],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      charset: 'utf8',
      logLevel: 'silent',
    })
    const size = result.outputFiles[0]!.contents.byteLength
    expect(size).toBeLessThan(budget)
  })
})
