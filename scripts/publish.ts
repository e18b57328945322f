/**
 * Publishes a data package folder through the Worker's publishing API:
 *
 *   npm run publish -- <folder> [--changes "What changed"] [--url http://127.0.0.1:8787]
 *
 * Validates it locally first with the Worker's own schema (errors name file, line and field), then
 * sends `PUT /api/v1/datasets/<folder name>` with the token from $PUBLISH_TOKEN or .dev.vars.
 */
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { DataPackageError, loadPackage } from '../data/schema.ts'
import { readPackageFolder } from './read-package.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { changes: { type: 'string' }, url: { type: 'string', default: 'http://127.0.0.1:8787' } },
})
const folder = positionals[0]
if (!folder) {
  console.error('usage: npm run publish -- <folder> [--changes "What changed"] [--url <worker origin>]')
  process.exit(2)
}

const source = readPackageFolder(folder)
try {
  const dataset = await loadPackage(source)
  console.log(`valid: ${dataset.id}@${dataset.version}`)
} catch (error) {
  if (!(error instanceof DataPackageError)) throw error
  console.error(`invalid: ${error.message}`)
  process.exit(1)
}

const token = process.env.PUBLISH_TOKEN ?? devVar('PUBLISH_TOKEN')
if (!token) {
  console.error('no token: set PUBLISH_TOKEN, or put it in .dev.vars (see .dev.vars.example)')
  process.exit(2)
}
const res = await fetch(`${values.url}/api/v1/datasets/${source.id}`, {
  method: 'PUT',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  body: JSON.stringify({
    descriptor: source.descriptor,
    files: source.files,
    ...(values.changes ? { changes: { en: values.changes } } : {}),
  }),
})
console.log(res.status, await res.text())
process.exit(res.ok ? 0 : 1)

function devVar(name: string): string | undefined {
  if (!existsSync('.dev.vars')) return undefined
  const line = readFileSync('.dev.vars', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}=`))
  return line?.slice(name.length + 1).trim()
}
