import { bundledPackages } from '../data/bundled.ts'
import { createCatalog } from '../data/catalog.ts'
import { createApp } from './app.ts'

/** The Worker: the factbox app over the datasets bundled in `data/`. */
export default createApp(createCatalog(bundledPackages))
