import type { Catalog } from '../data/catalog.ts'

/** The Hono environment of every route: wrangler's generated bindings and per-app variables. */
export interface AppEnv {
  Bindings: Env
  Variables: {
    /** The datasets this app serves (the bundled ones in production, fixtures in tests). */
    catalog: Catalog
  }
}
