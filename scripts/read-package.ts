import { existsSync, readdirSync, readFileSync } from 'node:fs'
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

/**
 * Every folder of `root` with a datapackage.json. A folder without one is not a package; a folder
 * whose descriptor or files cannot be read is left out and handed to `onError`, so it is not
 * dropped silently.
 */
export function packageFolders(root: string, onError?: (folder: string, error: unknown) => void): PackageSource[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || !existsSync(join(root, entry.name, 'datapackage.json'))) return []
    try {
      return [readPackageFolder(join(root, entry.name))]
    } catch (error) {
      onError?.(join(root, entry.name), error)
      return []
    }
  })
}
