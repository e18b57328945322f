/**
 * Starts the Workers locally as `npm start` does (the main Worker and the PNG Worker, in workerd
 * through `wrangler dev`, bundled data) on a free 127.0.0.1 port, for the load test and the
 * benchmark. PUBLIC_ORIGIN points at the local origin. Runs under the project's pinned Node.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { freePort, waitForHttp } from './net.ts'

export interface LocalWorker {
  origin: string
  stop(): Promise<void>
}

const ROOT = resolve(import.meta.dirname, '..')

export async function startLocalWorker(
  options: { logLevel?: 'error' | 'warn'; vars?: Record<string, string> } = {},
): Promise<LocalWorker> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const args = [
    resolve(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
    'dev',
    '-c',
    'wrangler.toml',
    '-c',
    'src/png-worker/wrangler.toml',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(await freePort()),
    '--var',
    `PUBLIC_ORIGIN:${origin}`,
    ...Object.entries(options.vars ?? {}).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
    '--show-interactive-dev-session=false',
    '--log-level',
    options.logLevel ?? 'error',
  ]
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // No metrics, and no fetch of Request.cf from the network (offline machines, CI).
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const exited = new Promise<never>((_, fail) =>
    child.once('exit', (code) => fail(new Error(`wrangler dev exited with ${code}`))),
  )
  exited.catch(() => {})
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const gone = new Promise<void>((done) => child.once('exit', () => done()))
    process.kill(-child.pid, 'SIGTERM')
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000)
    await gone
    clearTimeout(timer)
  }
  try {
    await Promise.race([waitForHttp(`${origin}/health`, 90_000), exited])
  } catch (error) {
    await stop()
    throw error
  }
  return { origin, stop }
}
