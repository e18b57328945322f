/** Imported first by the test files that read the local R2 (each file has its own): the bundled datasets, as `npm start` seeds them. */
import { env } from 'cloudflare:workers'
import { bundledPackages } from '../../../data/bundled.ts'
import { seedBucket } from '../../../data/seed.ts'

await seedBucket(env.DATASETS, bundledPackages)
