/**
 * Headless Chromium for the browser tests: Debian's `chromium` driven by
 * playwright-core (nothing downloads a browser), a fresh profile each time,
 * and esbuild bundles of the sources to load into pages.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { onTestFailed } from 'vitest'
import { root } from '../helpers/fixtures.js'

/** The browser binary (`REPLYLINT_CHROMIUM` overrides it). */
export const executablePath = process.env.REPLYLINT_CHROMIUM ?? '/usr/bin/chromium'

/** Where a failing test leaves its screenshot. */
export const artefacts = path.join(root, '.tmp', 'browser')

/** Flags for a quiet, offline, sandbox-less headless run (CI runs as root). */
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A running browser with a fresh profile, and a page in it. */
export interface Session {
  readonly context: BrowserContext
  readonly page: Page
  close(): Promise<void>
}

/** Start Chromium with a fresh `--user-data-dir`. */
export async function launch(): Promise<Session> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install Debian's package (apt-get install -y chromium), as .ci/run does`)
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-chromium-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args, viewport: { width: 900, height: 700 } })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    async close() {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

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
