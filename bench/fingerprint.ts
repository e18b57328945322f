/**
 * `node bench/fingerprint.ts save|check [file]`: proves a change to the widgets (a speed-up, a
 * refactor) changed no byte of their output, over far more cases than the committed snapshots:
 * every widget of the bundled and fixture datasets, in each language, over a matrix of options
 * (lib/fingerprint-entry.ts), page, SVG and heights. `save` writes a SHA-256 per output (default
 * bench/results/fingerprint.json, gitignored) and the outputs themselves beside it
 * (`.outputs.json`); `check` compares, names each output that differs and shows where.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = resolve(import.meta.dirname, '..')
const [mode, file = resolve(ROOT, 'bench/results/fingerprint.json')] = process.argv.slice(2)
if (mode !== 'save' && mode !== 'check') throw new Error('usage: node bench/fingerprint.ts save|check [file]')

const { build } = await import('esbuild')
const bundle = resolve(ROOT, 'bench/results/build/fingerprint.mjs')
await build({
  entryPoints: [resolve(import.meta.dirname, 'lib/fingerprint-entry.ts')],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  loader: { '.csv': 'text' },
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  logLevel: 'error',
  absWorkingDir: ROOT,
})
const { outputs } = (await import(pathToFileURL(bundle).href)) as { outputs(): Promise<Map<string, string>> }
const texts = await outputs()
const hashes: Record<string, string> = {}
for (const [key, value] of texts) hashes[key] = createHash('sha256').update(value).digest('hex')
const outputsFile = `${file.replace(/\.json$/, '')}.outputs.json`

if (mode === 'save') {
  writeFileSync(file, JSON.stringify(hashes, null, 1))
  writeFileSync(outputsFile, JSON.stringify(Object.fromEntries(texts)))
  console.log(`saved ${Object.keys(hashes).length} output hashes to ${file}`)
} else {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  const keys = new Set([...Object.keys(saved), ...Object.keys(hashes)])
  const changed = [...keys].filter((k) => saved[k] !== hashes[k])
  const before = existsSync(outputsFile)
    ? (JSON.parse(readFileSync(outputsFile, 'utf8')) as Record<string, string>)
    : {}
  for (const k of changed.slice(0, 20)) {
    const [a = '', b = texts.get(k) ?? ''] = [before[k], texts.get(k)]
    let at = 0
    while (at < a.length && a[at] === b[at]) at++
    console.log(
      `differs: ${k}` +
        (k in before ? ` at ${at}\n  was: ${a.slice(at - 60, at + 60)}\n  now: ${b.slice(at - 60, at + 60)}` : ''),
    )
  }
  console.log(`${keys.size - changed.length} of ${keys.size} outputs identical`)
  if (changed.length) process.exit(1)
}
