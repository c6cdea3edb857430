import type { BrowserContext, Page } from 'playwright-core'

/** The browser binary (`REPLYLINT_CHROMIUM` overrides it). */
export const executablePath: string

/** Start Chromium with a fresh `--user-data-dir`; `close()` stops it and removes the profile. */
export function launchChromium(): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }>
