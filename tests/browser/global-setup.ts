/**
 * Global setup of the `browser` vitest project: runs the real Worker (workerd, bundled datasets)
 * on a free 127.0.0.1 port for the whole run and hands its origin to the tests as
 * `inject('baseUrl')`.
 *
 * Prefers wrangler's programmatic API; if it is missing or fails (it is young), falls back to
 * `wrangler dev` as a child process under the project's pinned Node.
 */
import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startLocalWorker } from '../../scripts/local-worker.ts'
import { waitForHttp } from '../../scripts/net.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local Worker, e.g. `http://127.0.0.1:41234` (no trailing slash). */
    baseUrl: string
    /** The local Worker's PUBLISH_TOKEN, made up for this run (tests publish charts and datasets). */
    publishToken: string
  }
}

const ROOT = resolve(import.meta.dirname, '../..')
const READY_PATH = '/api/v1/datasets'

type Stop = () => Promise<void>
/** A token for this run only: the browser tests publish, and no .dev.vars is needed. */
const PUBLISH_TOKEN = randomUUID()

export default async function setup(project: TestProject): Promise<Stop> {
  const started = Date.now()
  // Miniflare would otherwise try to download Request.cf from workers.cloudflare.com (offline here).
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'
  let running: { baseUrl: string; stop: Stop }
  try {
    running = await startProgrammatic()
  } catch (error) {
    console.warn(`[browser] wrangler createTestHarness failed (${String(error)}); spawning wrangler dev`)
    running = await startChild()
  }
  const { baseUrl, stop } = running
  await waitForHttp(baseUrl + READY_PATH, 60_000)
  console.info(`[browser] Worker ready at ${baseUrl} in ${Date.now() - started} ms`)
  project.provide('baseUrl', baseUrl)
  project.provide('publishToken', PUBLISH_TOKEN)
  return stop
}

/**
 * The Workers as `npm start` runs them: the main Worker first, the PNG Worker behind its `PNG`
 * service binding, in one workerd. `createTestHarness` is wrangler's programmatic API for several
 * Workers (`unstable_startWorker` takes one config, and the main Worker's binding to factbox-png
 * then fails to resolve). It listens on a port of its choosing, so PUBLIC_ORIGIN is pointed at
 * that origin afterwards, and every absolute URL the Worker writes (embed codes, links, og:image)
 * resolves against the server the browser actually talks to.
 */
async function startProgrammatic(): Promise<{ baseUrl: string; stop: Stop }> {
  const { createTestHarness } = await import('wrangler')
  const png = { configPath: 'src/png-worker/wrangler.toml' }
  const main = (origin: string) => ({ configPath: 'wrangler.toml', vars: { PUBLIC_ORIGIN: origin, PUBLISH_TOKEN } })
  const harness = createTestHarness({ root: ROOT, workers: [main('http://127.0.0.1'), png] })
  try {
    const { url } = await harness.listen()
    await harness.update({ root: ROOT, workers: [main(url.origin), png] })
    const after = (await harness.listen()).url
    if (after.origin !== url.origin) throw new Error(`the Worker moved from ${url.origin} to ${after.origin}`)
    return { baseUrl: url.origin, stop: () => harness.close() }
  } catch (error) {
    await harness.close().catch(() => undefined)
    throw error
  }
}

/** `wrangler dev` with both configs, as `npm start` runs them (scripts/local-worker.ts). */
async function startChild(): Promise<{ baseUrl: string; stop: Stop }> {
  const { origin, stop } = await startLocalWorker({ logLevel: 'warn', vars: { PUBLISH_TOKEN } })
  return { baseUrl: origin, stop }
}
