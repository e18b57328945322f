import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Catalog } from '../../data/catalog.ts'
import type { R2Catalog, VersionPage } from '../../data/r2-catalog.ts'
import { DataPackageError } from '../../data/schema.ts'
import { LANGS } from '../../data/vocabulary/index.ts'
import { ID_PATTERN } from '../embed/embed-url.ts'
import type { AppEnv } from '../env.ts'
import { policyHeaders } from '../lib/headers.ts'
import { createBodyCache, sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { badParameter, notFound, ProblemException } from '../lib/problem.ts'
import { admitPublisher, readJsonBody } from '../lib/publisher.ts'
import { readParams } from '../lib/query.ts'

/** The largest publish body: a story's dataset is kilobytes; this leaves room for thousands of rows. */
export const MAX_PUBLISH_BYTES = 5 * 1024 * 1024
/** Versions per page of `GET /datasets/{id}/versions`. */
export const VERSIONS_PAGE = { default: 20, max: 100 }
const VERSION = /^[0-9a-f]{12}$/
const JSON_TYPE = 'application/json; charset=utf-8'
const bodies = createBodyCache(200)

/**
 * Publishing, mounted in the API before its read routes: `PUT /datasets/{id}` writes a new version
 * to the R2 record (data/store.ts), `GET /datasets/{id}/versions` lists them, newest first.
 */
export const publishing = new Hono<AppEnv>()

publishing.put('/datasets/:id', async (c) => {
  const catalog = c.var.catalog
  // A catalog held in memory (tests' fixtures) is read-only, as every route was before publishing.
  if (!canPublish(catalog))
    throw new ProblemException(405, {
      title: 'Method not allowed',
      detail: 'This address is read-only: use GET, HEAD, OPTIONS.',
      headers: { Allow: 'GET, HEAD, OPTIONS' },
    })
  await admitPublisher(c)
  const id = c.req.param('id')
  if (!ID_PATTERN.test(id)) throw badParameter('id', `id must match ${ID_PATTERN}`)
  const body = await readBody(c)
  try {
    const result = await catalog.publish(
      { id, descriptor: body.descriptor, files: body.files },
      { changes: body.changes, by: 'PUBLISH_TOKEN' },
    )
    const { version, previous, created } = result
    return c.json({ id, version, previous }, created ? 201 : 200, {
      ...policyHeaders('api', ''),
      'Cache-Control': 'no-store',
      Location: `${publicOrigin(c)}/api/v1/datasets/${id}/versions`,
    })
  } catch (error) {
    if (error instanceof DataPackageError)
      throw new ProblemException(422, { title: 'Invalid data package', detail: error.message, parameter: 'body' })
    throw error
  }
})

publishing.get('/datasets/:id/versions', async (c) => {
  const id = c.req.param('id')
  const params = readParams(c.req.url, ['limit', 'before'])
  const limit = params.limit === undefined ? VERSIONS_PAGE.default : Number(params.limit)
  if (!/^\d{1,3}$/.test(params.limit ?? '1') || !(limit >= 1 && limit <= VERSIONS_PAGE.max))
    throw badParameter('limit', `limit must be a whole number from 1 to ${VERSIONS_PAGE.max}`)
  if (params.before !== undefined && !VERSION.test(params.before))
    throw badParameter('before', 'before must be a version: 12 hexadecimal digits, as `next` gives it')
  const page = ID_PATTERN.test(id) ? await versionsOf(c.var.catalog, id, params.before, limit) : undefined
  if (!page) throw notFound('There is no dataset with this id.')
  const origin = publicOrigin(c)
  const base = `${origin}/api/v1/datasets/${id}/versions`
  const last = page.versions.at(-1)?.version
  const json = {
    id,
    versions: page.versions.map((v) => ({
      version: v.version,
      published: v.published,
      previous: v.previous,
      changes: v.changes,
    })),
    links: {
      next: page.next && last ? `${base}?${new URLSearchParams({ before: last, limit: String(limit) })}` : null,
    },
  }
  const body = await bodies(JSON.stringify(json), () => `${JSON.stringify(json, null, 2)}\n`)
  return sendCached(c, body, { type: JSON_TYPE, kind: 'api', cacheControl: 'public, max-age=60' })
})

function canPublish(catalog: Catalog): catalog is R2Catalog {
  return 'publish' in catalog && 'versions' in catalog
}

/** The versions of a dataset; a catalog in memory has one, its own, never published. */
async function versionsOf(catalog: Catalog, id: string, before: string | undefined, limit: number) {
  if (canPublish(catalog)) return catalog.versions(id, { ...(before ? { before } : {}), limit })
  const dataset = await catalog.get(id)
  if (!dataset) return undefined
  const versions: VersionPage['versions'] = before
    ? []
    : [{ id, version: dataset.version, previous: null, published: null, changes: {} }]
  return { versions, next: null }
}

interface PublishBody {
  descriptor: unknown
  files: Record<string, string>
  changes: Record<string, string>
}

/** The body, bounded in size and checked in shape; a 413, 400 or 422 naming the field otherwise. */
async function readBody(c: Context<AppEnv>): Promise<PublishBody> {
  const value = await readJsonBody(c, MAX_PUBLISH_BYTES)
  const invalid = (field: string, detail: string) =>
    new ProblemException(422, { title: 'Invalid body', detail: `${field}: ${detail}`, parameter: field })
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  if (!isObject(value)) throw invalid('body', 'must be an object with descriptor, files and changes')
  const { descriptor, files, changes = {} } = value
  if (!isObject(descriptor)) throw invalid('descriptor', 'must be the datapackage.json object')
  if (!isObject(files)) throw invalid('files', 'must map each resource path to its CSV text')
  for (const [path, text] of Object.entries(files))
    if (typeof text !== 'string') throw invalid(`files["${path}"]`, 'must be the CSV text')
  if (!isObject(changes)) throw invalid('changes', 'must map language codes to a change note')
  for (const [lang, note] of Object.entries(changes)) {
    if (!(LANGS as readonly string[]).includes(lang))
      throw new ProblemException(422, {
        title: 'Invalid body',
        detail: `changes: unknown language "${lang.slice(0, 16)}"`,
        parameter: 'changes',
        allowed: LANGS,
      })
    if (typeof note !== 'string' || note.length > 2000)
      throw invalid(`changes.${lang}`, 'must be a note of at most 2000 characters')
  }
  return { descriptor, files: files as Record<string, string>, changes: changes as Record<string, string> }
}
