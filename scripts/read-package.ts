import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { PackageSource } from '../data/schema.ts'

/** A data package folder as the Worker bundles it: its datapackage.json and the files it names. */
export function readPackageFolder(folder: string): PackageSource {
  const descriptor = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')) as {
    resources?: { path?: unknown }[]
  }
  const paths = (descriptor.resources ?? []).flatMap((r) => (typeof r?.path === 'string' ? [r.path] : []))
  const files = Object.fromEntries(paths.map((p) => [p, readFileSync(join(folder, p), 'utf8')]))
  return { id: basename(folder), descriptor, files }
}

/** Every folder of `root` with a datapackage.json. */
export function packageFolders(root: string): PackageSource[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return []
    try {
      return [readPackageFolder(join(root, entry.name))]
    } catch {
      return []
    }
  })
}
