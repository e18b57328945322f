/**
 * Regenerates the README's pictures, docs/images/{widget}-{theme}.png: both widgets in light and
 * dark, made by the project's own PNG renderer. Starts both local Workers (`wrangler dev` with the
 * main and the PNG config, as `npm start` does) on a free port, fetches each `.png` route and
 * writes the bytes unchanged, so the pictures are exactly what `/embed/…/{widget}.png` serves.
 *
 *   npm run readme:images
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = resolve(ROOT, 'docs/images')
const DATASET = 'occupation-in-figures'
const WIDGETS = ['bar', 'timeline'] as const
const THEMES = ['light', 'dark'] as const
/** Sent with every image request (the README shows the English chart). */
const PARAMS = { lang: 'en' }
const READY_TIMEOUT_MS = 90_000

const port = await freePort()
const origin = `http://127.0.0.1:${port}`
const wrangler = spawn(
  process.execPath,
  [
    resolve(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
    'dev',
    '-c',
    'wrangler.toml',
    '-c',
    'src/png/wrangler.toml',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(await freePort()),
    '--var',
    `PUBLIC_ORIGIN:${origin}`,
    '--show-interactive-dev-session=false',
    '--log-level',
    'warn',
  ],
  {
    cwd: ROOT,
    // No metrics, and no fetch of Request.cf from the network (offline machines, CI).
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
    // Its own process group, so that stopping it also stops workerd below it.
    detached: true,
  },
)
const stop = () => {
  if (wrangler.exitCode === null && wrangler.pid !== undefined) process.kill(-wrangler.pid, 'SIGTERM')
}
process.once('SIGINT', () => (stop(), process.exit(130)))

try {
  await waitForHttp(`${origin}/api/v1/datasets`)
  mkdirSync(OUT, { recursive: true })
  for (const widget of WIDGETS) {
    for (const theme of THEMES) {
      const url = `${origin}/embed/${DATASET}/${widget}.png?${new URLSearchParams({ ...PARAMS, theme })}`
      const res = await fetch(url)
      const type = res.headers.get('Content-Type') ?? ''
      if (res.status !== 200 || !type.startsWith('image/png'))
        throw new Error(`${url}: ${res.status} ${type}\n${(await res.text()).slice(0, 500)}`)
      const bytes = new Uint8Array(await res.arrayBuffer())
      const file = resolve(OUT, `${widget}-${theme}.png`)
      writeFileSync(file, bytes)
      const view = new DataView(bytes.buffer)
      console.info(`${file.slice(ROOT.length + 1)}: ${view.getUint32(16)}x${view.getUint32(20)}, ${bytes.length} bytes`)
    }
  }
} finally {
  stop()
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

/** Polls `url` until it answers 200, or fails after READY_TIMEOUT_MS or when wrangler exits. */
async function waitForHttp(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (wrangler.exitCode !== null) throw new Error(`wrangler dev exited with ${wrangler.exitCode}`)
    try {
      if ((await fetch(url)).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer 200 within ${READY_TIMEOUT_MS} ms`)
}
