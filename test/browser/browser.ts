/**
 * Headless Chromium for the browser tests: Debian's `chromium` driven by
 * playwright-core (nothing downloads a browser), a fresh profile each time,
 * and esbuild bundles of the sources to load into pages.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import type { Page } from 'playwright-core'
import { onTestFailed } from 'vitest'
import { launchChromium } from '../../scripts/chromium.mjs'
import { root } from '../helpers/fixtures.js'

/** Where a failing test leaves its screenshot. */
export const artefacts = path.join(root, '.tmp', 'browser')

/** A running browser with a fresh profile, and a page in it. */
export type Session = Awaited<ReturnType<typeof launchChromium>>

/** Start Chromium with a fresh `--user-data-dir`. */
export const launch = launchChromium

/** Keep a screenshot of `page` in `.tmp/browser/` when the running test fails. */
export function screenshotOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    fs.mkdirSync(artefacts, { recursive: true })
    const file = path.join(artefacts, `${name}.png`)
    await page.screenshot({ path: file, fullPage: true })
    console.error(`screenshot of the failing page: ${path.relative(root, file)}`)
  })
}

/** Bundle a module (its source given, resolved from the repository root) into a script for a page. */
export async function script(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    charset: 'utf8',
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}
