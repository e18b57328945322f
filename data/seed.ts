import { DataPackageError, type PackageSource } from './schema.ts'
import { type PublishResult, publishPackage } from './store.ts'

/** A package that was not seeded: it failed validation, with the validator's message (file, line, field). */
export interface SeedFailure {
  id: string
  message: string
}

/**
 * Publishes the bundled packages into an R2 bucket, idempotently: a package already there (same
 * content, same version) writes nothing. Run at the start of `npm start` (scripts/seed-r2.ts) and
 * before each test file in workerd (tests/worker/lib/seed-r2.ts). A package that fails validation
 * is reported, not published, and does not stop the others; any other error (R2) propagates.
 */
export async function seedBucket(
  bucket: R2Bucket,
  packages: readonly PackageSource[],
): Promise<(PublishResult | SeedFailure)[]> {
  return Promise.all(
    packages.map((source) =>
      publishPackage(bucket, source, { by: 'seed', changes: { en: 'The version bundled with the Worker.' } }).catch(
        (error: unknown): SeedFailure => {
          if (error instanceof DataPackageError) return { id: source.id, message: error.message }
          throw error
        },
      ),
    ),
  )
}
