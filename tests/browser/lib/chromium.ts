/**
 * Launching Debian's Chromium through playwright-core. No vitest import here, so the benchmark
 * (plain Node) can use it too.
 */
import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Debian's chromium; never a Playwright-downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Flags for a quiet, deterministic, offline headless Chromium. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Whether Chromium is installed at {@link CHROMIUM_PATH}. */
export const chromiumAvailable = existsSync(CHROMIUM_PATH)

/**
 * Launches headless Chromium. Playwright gives every launch a new, empty temporary profile
 * (user-data-dir) and deletes it on close, so no cache or cookie survives between runs.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS })
}
