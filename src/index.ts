import { bundledPackages } from '../data/bundled.ts'
import { createCatalog } from '../data/catalog.ts'
import { r2Catalogs } from '../data/r2-catalog.ts'
import { createApp } from './app.ts'
import { warmUpRenderers } from './embed/warm-up.ts'

/**
 * The datasets: the R2 record (binding `DATASETS`), with the packages bundled in `data/` as the
 * default for an id R2 has not got. Parsed versions are kept per isolate (data/r2-catalog.ts).
 */
const catalogs = r2Catalogs({ defaults: bundledPackages })

/**
 * Without the binding (a runtime configured without R2, like the benchmark's bare workerd) the
 * bundled packages alone, read-only: the embeds keep working and publishing answers 405.
 */
const bundledOnly = createCatalog(bundledPackages)

/** The Worker: the factbox app over the R2 record of datasets. */
export default createApp((env, ctx) =>
  env.DATASETS ? catalogs(env.DATASETS, ctx && ((promise) => ctx.waitUntil(promise))) : bundledOnly,
)

// While the isolate starts (global scope: up to 1 s of startup, outside any request's 10 ms of
// CPU on the free plan), each widget's renderer runs once, so that a fresh isolate's first reader
// does not pay for compiling it (the timeline's first request: ~12.6 -> ~4.6 ms, bench/README.md).
warmUpRenderers(bundledPackages)
