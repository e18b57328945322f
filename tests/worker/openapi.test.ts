/**
 * The OpenAPI document describes what the server does: every operation is called for real (200,
 * 304, 400, 404, 405, the preflight's 204), each answer's status must be documented for it, and
 * each JSON body must validate against the documented schema (@cfworker/json-schema, JSON Schema
 * 2020-12 as OpenAPI 3.1 uses). The schemas are tight enough to catch a wrong body.
 */

import { env, exports } from 'cloudflare:workers'
import { Validator } from '@cfworker/json-schema'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'
// This file's local R2 starts with the bundled datasets, as `npm start` seeds them.
import './lib/seed-r2.ts'

const app = createApp(createCatalog(bundledPackages))
const BASE = 'http://factbox.test/api/v1'
const get = (path: string, init?: RequestInit) => app.request(`${BASE}${path}`, init, env)

interface Response_ {
  $ref?: string
  headers?: Record<string, unknown>
  content?: Record<string, { schema: unknown }>
}
interface Operation {
  operationId?: string
  parameters?: { name: string; in: string; example?: string }[]
  responses: Record<string, Response_>
}
interface Document {
  security: unknown[]
  paths: Record<string, Record<string, Operation>>
  components: { responses: Record<string, Response_>; schemas: Record<string, unknown> }
}

const doc = (await (await get('/openapi.json')).json()) as Document

/** A documented response, its `$ref` followed. */
function documented(operation: Operation, status: number): Response_ | undefined {
  const response = operation.responses[String(status)]
  if (!response?.$ref) return response
  return doc.components.responses[response.$ref.split('/').pop()!]
}

/** Validates `value` against a schema of the document, its `$ref`s resolved within the document. */
function validate(schema: unknown, value: unknown) {
  return new Validator({ ...(schema as object), components: doc.components } as never, '2020-12', false).validate(value)
}

/** The path with its parameters filled from their examples, plus a query. */
function concrete(path: string, operation: Operation, query = ''): string {
  let filled = path
  for (const p of operation.parameters ?? []) if (p.in === 'path') filled = filled.replace(`{${p.name}}`, p.example!)
  return `${filled}${query}`
}

/** Checks one real answer against what the document says of it; returns what is wrong. */
async function check(operation: Operation, res: Response, label: string): Promise<string[]> {
  const response = documented(operation, res.status)
  if (!response) return [`${label}: ${res.status} is not documented`]
  const problems: string[] = []
  for (const header of Object.keys(response.headers ?? {}))
    if (res.headers.get(header) === null) problems.push(`${label}: header ${header} is missing`)
  const type = res.headers.get('Content-Type')?.split(';')[0]
  if (!response.content) {
    if (res.status !== 304 && res.status !== 204) problems.push(`${label}: a body is documented as none`)
    if ((await res.text()) !== '') problems.push(`${label}: a body where none is documented`)
    return problems
  }
  const media = response.content[type ?? '']
  if (!media) return [...problems, `${label}: ${type} is not a documented content type`]
  const body = await res.text()
  const value = type?.endsWith('json') ? JSON.parse(body) : body
  const result = validate(media.schema, value)
  if (!result.valid)
    problems.push(
      `${label}: ${result.errors
        .map((e) => `${e.instanceLocation} ${e.error}`)
        .join('; ')
        .slice(0, 400)}`,
    )
  return problems
}

describe('the OpenAPI document', () => {
  it('declares that reading needs no credentials', () => {
    expect(doc.security).toEqual([])
  })

  it('describes the real answer of every operation: 200, 304, 400, 404, 405 and the preflight', async () => {
    const problems: string[] = []
    let checked = 0
    for (const [path, item] of Object.entries(doc.paths)) {
      // POST /charts has no GET: the publishing tests below call it.
      if (!item.get) continue
      const operation = item.get
      const url = concrete(path, operation)
      const ok = await get(url)
      const etag = ok.headers.get('ETag')
      problems.push(...(await check(operation, ok, `GET ${url}`)))
      problems.push(...(await check(operation, await get(url, { headers: { 'If-None-Match': etag! } }), `304 ${url}`)))
      problems.push(...(await check(operation, await get(url, { method: 'DELETE' }), `DELETE ${url}`)))
      problems.push(...(await check(item.options!, await get(url, { method: 'OPTIONS' }), `OPTIONS ${url}`)))
      checked += 4
      const params = (operation.parameters ?? []).map((p) => p.name)
      if (params.includes('lang')) {
        problems.push(...(await check(operation, await get(concrete(path, operation, '?lang=xx')), `lang=xx ${url}`)))
        checked++
      }
      if (params.includes('id')) {
        const missing = path.replace('{id}', 'nope').replace('{resource}', 'territories')
        problems.push(...(await check(operation, await get(missing), `GET ${missing}`)))
        checked++
      }
    }
    expect(problems).toEqual([])
    expect(checked).toBeGreaterThanOrEqual(6 * 4 + 3 + 3)
  })

  it('describes the list and the 503s when one dataset fails validation', async () => {
    const broken = {
      ...balticStates,
      files: { 'states.csv': balticStates.files['states.csv']!.replace(',65300', ',-1') },
    }
    const faulty = createApp(createCatalog([...bundledPackages, broken]))
    const problems: string[] = []
    for (const [path, url] of [
      ['/datasets', '/datasets'],
      ['/datasets/{id}', '/datasets/baltic-states'],
      ['/datasets/{id}/datapackage.json', '/datasets/baltic-states/datapackage.json'],
      ['/datasets/{id}/{resource}.json', '/datasets/baltic-states/states.json'],
      ['/datasets/{id}/{resource}.csv', '/datasets/baltic-states/states.csv'],
    ] as const)
      problems.push(...(await check(doc.paths[path]!.get!, await faulty.request(`${BASE}${url}`, {}, env), url)))
    expect(problems).toEqual([])
  })

  it('has response schemas that reject a wrong body', () => {
    const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` })
    for (const name of ['DatasetList', 'Dataset', 'Table', 'Problem', 'OpenApi', 'UnavailableDataset', 'DataPackage'])
      expect(validate(schema(name), {}).valid, name).toBe(false)
    const table = {
      dataset: 'x',
      resource: 'y',
      version: '0123456789ab',
      lang: null,
      sort: null,
      columns: [{ name: 'a', type: 'string' }],
      rows: [{ a: 'b' }],
    }
    expect(validate(schema('Table'), table).valid).toBe(true)
    expect(validate(schema('Table'), { ...table, rows: [{ a: { nested: true } }] }).valid).toBe(false)
    expect(validate(schema('Table'), { ...table, extra: 1 }).valid).toBe(false)
    expect(
      validate(schema('Problem'), { type: 'about:blank', title: 'Not Found', status: 200, detail: 'x' }).valid,
    ).toBe(false)
  })
})

describe('the publishing operation', () => {
  const put = (id: string, body: string, headers: Record<string, string>) =>
    exports.default.fetch(`http://factbox.test/api/v1/datasets/${id}`, {
      method: 'PUT',
      headers: { 'CF-Connecting-IP': `203.0.113.${++client}`, ...headers },
      body,
    })
  let client = 0

  it('declares its bearer token and describes its real answers: 201, 200, 400, 401, 415, 422', async () => {
    const operation = doc.paths['/datasets/{id}']!.put!
    expect((operation as unknown as { security: unknown }).security).toEqual([{ publishToken: [] }])
    const auth = { 'Content-Type': 'application/json', Authorization: `Bearer ${env.PUBLISH_TOKEN}` }
    const body = JSON.stringify({
      descriptor: balticStates.descriptor,
      files: balticStates.files,
      changes: { en: 'x' },
    })
    const answers: [string, Response][] = [
      ['201', await put('baltic-states', body, auth)],
      ['200', await put('baltic-states', body, auth)],
      ['400', await put('baltic-states', '{', auth)],
      ['401', await put('baltic-states', body, { 'Content-Type': 'application/json' })],
      ['415', await put('baltic-states', body, { ...auth, 'Content-Type': 'text/plain' })],
      ['422', await put('baltic-states', JSON.stringify({ descriptor: {}, files: {} }), auth)],
    ]
    const problems: string[] = []
    for (const [expected, res] of answers) {
      expect(res.status).toBe(Number(expected))
      problems.push(...(await check(operation, res, `PUT ${expected}`)))
    }
    expect(problems).toEqual([])
    const list = await exports.default.fetch('http://factbox.test/api/v1/datasets/baltic-states/versions')
    problems.push(...(await check(doc.paths['/datasets/{id}/versions']!.get!, list, 'GET versions')))
    expect(problems).toEqual([])
  })
})

describe('the chart publishing operation', () => {
  let client = 0
  const post = (body: string, headers: Record<string, string>) =>
    exports.default.fetch('http://factbox.test/api/v1/charts', {
      method: 'POST',
      headers: { 'CF-Connecting-IP': `203.0.113.${100 + ++client}`, ...headers },
      body,
    })

  it('declares its bearer token and describes its real answers: 201, 200, 400, 401, 404, 413, 415, 422', async () => {
    const operation = doc.paths['/charts']!.post!
    expect((operation as unknown as { security: unknown }).security).toEqual([{ publishToken: [] }])
    const auth = { 'Content-Type': 'application/json', Authorization: `Bearer ${env.PUBLISH_TOKEN}` }
    const body = JSON.stringify({ dataset: 'occupation-in-figures', widget: 'bar', options: { lang: 'az' } })
    const answers: [string, Response][] = [
      ['201', await post(body, auth)],
      ['200', await post(body, auth)],
      [
        '400',
        await post(JSON.stringify({ dataset: 'occupation-in-figures', widget: 'bar', options: { lang: 'xx' } }), auth),
      ],
      ['401', await post(body, { 'Content-Type': 'application/json' })],
      ['404', await post(JSON.stringify({ dataset: 'nope', widget: 'bar' }), auth)],
      ['413', await post(JSON.stringify({ dataset: 'x'.repeat(20_000) }), auth)],
      ['415', await post(body, { ...auth, 'Content-Type': 'text/plain' })],
      ['422', await post(JSON.stringify({ dataset: 'occupation-in-figures' }), auth)],
    ]
    const problems: string[] = []
    for (const [expected, res] of answers) {
      expect(res.status).toBe(Number(expected))
      problems.push(...(await check(operation, res, `POST ${expected}`)))
    }
    expect(problems).toEqual([])
  })
})
