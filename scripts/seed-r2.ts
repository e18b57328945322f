/**
 * Seeds wrangler's local R2 (.wrangler/state, the one `wrangler dev` reads) with the datasets
 * bundled in data/, so a fresh clone serves them with no account. Idempotent: a version already
 * there is not written again. Runs at the start of `npm start`.
 */
import { getPlatformProxy } from 'wrangler'
import { seedBucket } from '../data/seed.ts'
import { packageFolders } from './read-package.ts'

const proxy = await getPlatformProxy<Env>({ configPath: 'wrangler.toml', persist: true })
try {
  for (const result of await seedBucket(
    proxy.env.DATASETS,
    packageFolders(new URL('../data/', import.meta.url).pathname),
  ))
    console.log(`seed: ${result.id}@${result.version} ${result.created ? 'published' : 'already in local R2'}`)
} finally {
  await proxy.dispose()
}
