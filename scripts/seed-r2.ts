/**
 * Seeds wrangler's local R2 (.wrangler/state, the one `wrangler dev` reads) with the datasets
 * bundled in data/, so a fresh clone serves them with no account. Idempotent: a version already
 * there is not written again. Runs at the start of `npm start`, so each package that fails
 * validation is logged there, with the validator's message (file, line and field), before
 * `wrangler dev` starts; the others are seeded and served.
 */
import { getPlatformProxy } from 'wrangler'
import { seedBucket } from '../data/seed.ts'
import { packageFolders } from './read-package.ts'

const proxy = await getPlatformProxy<Env>({ configPath: 'wrangler.toml', persist: true })
try {
  const folders = packageFolders(new URL('../data/', import.meta.url).pathname, (folder, error) =>
    console.error(`seed: ${folder} is not served: ${error instanceof Error ? error.message : String(error)}`),
  )
  for (const result of await seedBucket(proxy.env.DATASETS, folders))
    if ('message' in result) console.error(`seed: ${result.id} failed validation and is not served: ${result.message}`)
    else console.log(`seed: ${result.id}@${result.version} ${result.created ? 'published' : 'already in local R2'}`)
} finally {
  await proxy.dispose()
}
