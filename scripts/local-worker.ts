/**
 * Starts the Workers locally as `npm start` does (the main Worker and the PNG Worker, in workerd
 * through `wrangler dev`, bundled data) on a free 127.0.0.1 port, for the load test and the
 * benchmark. PUBLIC_ORIGIN points at the local origin. Runs under the project's pinned Node.
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

export interface LocalWorker {
  origin: string
  stop(): Promise<void>
}

const ROOT = resolve(import.meta.dirname, '..')

export async function startLocalWorker(): Promise<LocalWorker> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const args = [
    resolve(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
    'dev',
    '-c', 'wrangler.toml',
    '-c', 'src/png/wrangler.toml',
    '--ip', '127.0.0.1',
    '--port', String(port),
    '--inspector-port', String(await freePort()),
    '--var', `PUBLIC_ORIGIN:${origin}`,
    '--show-interactive-dev-session=false',
    '--log-level', 'error',
  ]
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // No metrics, and no fetch of Request.cf from the network (offline machines, CI).
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const exited = new Promise<never>((_, fail) => child.once('exit', (code) => fail(new Error(`wrangler dev exited with ${code}`))))
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
    await Promise.race([waitFor(`${origin}/health`, 90_000), exited])
  } catch (error) {
    await stop()
    throw error
  }
  return { origin, stop }
}

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      await res.body?.cancel()
      if (res.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer within ${ms} ms`)
}

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
