/** Before each test file (its own local R2): the bundled datasets, as `npm start` seeds them. */
import { env } from 'cloudflare:workers'
import { bundledPackages } from '../../../data/bundled.ts'
import { seedBucket } from '../../../data/seed.ts'

await seedBucket(env.DATASETS, bundledPackages)
