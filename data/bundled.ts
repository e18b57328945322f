import occupationDescriptor from './occupation-in-figures/datapackage.json'
import occupationEvents from './occupation-in-figures/events.csv'
import occupationTerritories from './occupation-in-figures/territories.csv'
import type { PackageSource } from './schema.ts'

/**
 * The datasets bundled with the Worker. To add one, put its folder beside this file and list it
 * here: wrangler bundles the CSV files as text (see `[[rules]]` in wrangler.toml).
 */
export const bundledPackages: PackageSource[] = [
  {
    id: 'occupation-in-figures',
    descriptor: occupationDescriptor,
    files: { 'territories.csv': occupationTerritories, 'events.csv': occupationEvents },
  },
]
