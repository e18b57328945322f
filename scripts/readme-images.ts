/**
 * Regenerates the README's pictures, docs/images/{widget}-{theme}.png: both widgets in light and
 * dark, plus {widget}-phone-{theme}.png drawn for a 320 px column (`width=320`), made by the
 * project's own PNG renderer. Starts both local Workers (`wrangler dev` with the
 * main and the PNG config, as `npm start` does) on a free port, fetches each `.png` route and
 * writes the bytes unchanged, so the pictures are exactly what `/embed/…/{widget}.png` serves.
 *
 *   npm run readme:images
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { startLocalWorker } from './local-worker.ts'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = resolve(ROOT, 'docs/images')
const DATASET = 'occupation-in-figures'
const WIDGETS = ['bar', 'timeline'] as const
const THEMES = ['light', 'dark'] as const
/** Sent with every image request (the README shows the English chart). */
const PARAMS = { lang: 'en' }

/** Fetches `url`, waiting out the PNG renders' rate limit (5 new images per 10 s a client). */
async function fetchImage(url: string): Promise<Response> {
  for (;;) {
    const res = await fetch(url)
    if (res.status !== 429) return res
    await res.body?.cancel()
    await new Promise((done) => setTimeout(done, 1000 * Number(res.headers.get('Retry-After') ?? 10)))
  }
}

const { origin, stop } = await startLocalWorker()
process.once('SIGINT', () => void stop().then(() => process.exit(130)))

try {
  mkdirSync(OUT, { recursive: true })
  for (const widget of WIDGETS) {
    for (const [suffix, theme, extra] of THEMES.flatMap(
      (t) =>
        [
          [t, t, {}],
          [`phone-${t}`, t, { width: '320' }],
        ] as const,
    )) {
      const url = `${origin}/embed/${DATASET}/${widget}.png?${new URLSearchParams({ ...PARAMS, ...extra, theme })}`
      const res = await fetchImage(url)
      const type = res.headers.get('Content-Type') ?? ''
      if (res.status !== 200 || !type.startsWith('image/png'))
        throw new Error(`${url}: ${res.status} ${type}\n${(await res.text()).slice(0, 500)}`)
      const bytes = new Uint8Array(await res.arrayBuffer())
      const file = resolve(OUT, `${widget}-${suffix}.png`)
      writeFileSync(file, bytes)
      const view = new DataView(bytes.buffer)
      console.info(`${file.slice(ROOT.length + 1)}: ${view.getUint32(16)}x${view.getUint32(20)}, ${bytes.length} bytes`)
    }
  }
} finally {
  await stop()
}
