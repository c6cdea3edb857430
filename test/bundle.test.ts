/**
 * The library runs in browsers and stays small: it bundles for the browser
 * (no Node built-ins) within its budget.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { root } from './helpers/fixtures.js'

/**
 * Budgets for the minified browser bundle, dependencies (zod/mini, OpenCC's
 * character table) included. Most of it is the rules' lexicons: Chinese text.
 */
const minifiedBudget = 320 * 1024
// 125 KiB before issue 10's precision work (pasted-text detector, yes-with-exception, thread
// continuations) added about 3 KiB gzipped.
const gzipBudget = 128 * 1024

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
    const bundle = result.outputFiles[0]!.contents
    expect(bundle.byteLength).toBeLessThan(minifiedBudget)
    expect(gzipSync(bundle, { level: 9 }).byteLength).toBeLessThan(gzipBudget)
  })
})
