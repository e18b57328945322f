/**
 * Seeds wrangler's local R2 (.wrangler/state, the one `wrangler dev` reads) with the datasets
 * bundled in data/, so a fresh clone serves them with no account. Idempotent: a version already
 * there is not written again. Runs at the start of `npm start`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getPlatformProxy } from 'wrangler'
import type { PackageSource } from '../data/schema.ts'
import { seedBucket } from '../data/seed.ts'

const root = new URL('../data/', import.meta.url).pathname

/** Every folder of data/ with a datapackage.json, read as the Worker bundles it. */
function bundledFolders(): PackageSource[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return []
    let descriptor: { resources?: { path?: string }[] }
    try {
      descriptor = JSON.parse(readFileSync(join(root, entry.name, 'datapackage.json'), 'utf8'))
    } catch {
      return []
    }
    const paths = (descriptor.resources ?? []).flatMap((r) => (typeof r.path === 'string' ? [r.path] : []))
    const files = Object.fromEntries(paths.map((p) => [p, readFileSync(join(root, entry.name, p), 'utf8')]))
    return [{ id: entry.name, descriptor, files }]
  })
}

const proxy = await getPlatformProxy<Env>({ configPath: 'wrangler.toml', persist: true })
try {
  for (const result of await seedBucket(proxy.env.DATASETS, bundledFolders()))
    console.log(`seed: ${result.id}@${result.version} ${result.created ? 'published' : 'already in local R2'}`)
} finally {
  await proxy.dispose()
}
