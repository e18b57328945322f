import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildSync } from 'esbuild'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * The real PNG Worker (src/png-worker) as an auxiliary Worker of the main Worker's test project, so that
 * its `PNG` service binding resolves and the `.png` routes are tested end to end in workerd.
 *
 * The vitest plugin runs auxiliary Workers from ready modules, not from a wrangler config, so the
 * entry is bundled here with esbuild (the bundler wrangler itself uses, ~20 ms) and the WASM and
 * font imports are handed over as CompiledWasm and Data modules, as wrangler's rules do on deploy.
 */
export function pngAuxiliaryWorker() {
  const root = resolve(ROOT, '.wrangler/factbox-png-test')
  const { outputFiles } = buildSync({
    absWorkingDir: ROOT,
    entryPoints: ['src/png-worker/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    outfile: `${root}/index.js`,
    external: ['cloudflare:workers', '*.wasm', '*.ttf'],
  })
  const js = outputFiles[0]!.text
  // Bare specifiers resolve against the module root, so each binary module is named as imported.
  const binaries = [...js.matchAll(/from\s+"([^"]+\.(wasm|ttf))"/g)].map(([, specifier, ext]) => ({
    type: ext === 'wasm' ? ('CompiledWasm' as const) : ('Data' as const),
    path: resolve(root, specifier!),
    // A package's file (`@expo-google-fonts/…`) or one committed beside the Worker (`./fonts/…`).
    contents: readFileSync(resolve(ROOT, specifier!.startsWith('.') ? 'src/png-worker' : 'node_modules', specifier!)),
  }))
  if (binaries.length === 0) throw new Error('factbox-png: no .wasm or .ttf import found in the bundle')
  return {
    name: 'factbox-png',
    compatibilityDate: /compatibility_date\s*=\s*"([^"]+)"/.exec(
      readFileSync(resolve(ROOT, 'src/png-worker/wrangler.toml'), 'utf8'),
    )![1],
    modulesRoot: root,
    modules: [{ type: 'ESModule' as const, path: `${root}/index.js`, contents: js }, ...binaries],
  }
}
