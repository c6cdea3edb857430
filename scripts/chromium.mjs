// Headless Chromium for the browser tests and `npm run bench`: Debian's `chromium` driven by
// playwright-core (nothing downloads a browser), quiet and offline, with a fresh profile.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

/** The browser binary (`REPLYLINT_CHROMIUM` overrides it). */
export const executablePath = process.env.REPLYLINT_CHROMIUM ?? '/usr/bin/chromium'

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

/** Start Chromium with a fresh `--user-data-dir`; `close()` stops it and removes the profile. */
export async function launchChromium() {
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
