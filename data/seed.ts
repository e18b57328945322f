import type { PackageSource } from './schema.ts'
import { publishPackage } from './store.ts'

/**
 * Publishes the bundled packages into an R2 bucket, idempotently: a package already there (same
 * content, same version) writes nothing. Run at the start of `npm start` (scripts/seed-r2.ts) and
 * before each test file in workerd (tests/worker/lib/seed-r2.ts).
 */
export async function seedBucket(bucket: R2Bucket, packages: readonly PackageSource[]) {
  return Promise.all(
    packages.map((source) =>
      publishPackage(bucket, source, { by: 'seed', changes: { en: 'The version bundled with the Worker.' } }),
    ),
  )
}
