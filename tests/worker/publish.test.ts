import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { latestKey } from '../../data/store.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'
// This file's local R2 starts with the bundled datasets, as `npm start` seeds them.
import { startOfRateWindow } from './lib/rate-window.ts'
import './lib/seed-r2.ts'

const TOKEN = env.PUBLISH_TOKEN
let client = 0

/** A request to the real Worker (R2 catalog, rate limiter), from its own client unless `ip` is given. */
function request(path: string, init: RequestInit & { ip?: string } = {}) {
  const headers = new Headers(init.headers)
  headers.set('CF-Connecting-IP', init.ip ?? `192.0.2.${++client}`)
  return exports.default.fetch(`http://factbox.test${path}`, { ...init, headers })
}

function publish(body: unknown, options: { token?: string; type?: string; ip?: string; id?: string } = {}) {
  return request(`/api/v1/datasets/${options.id ?? 'baltic-states'}`, {
    method: 'PUT',
    headers: {
      'Content-Type': options.type ?? 'application/json',
      ...(options.token === '' ? {} : { Authorization: `Bearer ${options.token ?? TOKEN}` }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(options.ip ? { ip: options.ip } : {}),
  })
}

const withArea = (area: string, en = `Area ${area}`) => ({
  descriptor: balticStates.descriptor,
  files: { 'states.csv': balticStates.files['states.csv']!.replace('45339', area) },
  changes: { en },
})

async function problem(res: Response) {
  expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
  return (await res.json()) as { status: number; detail: string; parameter?: string; allowed?: string[] }
}

describe('PUT /api/v1/datasets/{id}', () => {
  it('publishes a new version (201), and the same content again is a no-op (200, nothing written)', async () => {
    const first = await publish(withArea('45339'))
    expect(first.status).toBe(201)
    const created = (await first.json()) as { id: string; version: string; previous: string | null }
    expect(created).toEqual({ id: 'baltic-states', version: expect.stringMatching(/^[0-9a-f]{12}$/), previous: null })
    const pointer = (await env.DATASETS.head(latestKey('baltic-states')))!.etag
    const again = await publish(withArea('45339', 'other words, same data'))
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(created)
    expect((await env.DATASETS.head(latestKey('baltic-states')))!.etag).toBe(pointer)

    const next = await publish(withArea('45400', 'Estonia remeasured'))
    expect(next.status).toBe(201)
    const second = (await next.json()) as { version: string; previous: string }
    expect(second.previous).toBe(created.version)
    const latest = (await (await request('/api/v1/datasets/baltic-states')).json()) as { version: string }
    expect(latest.version).toBe(second.version)
    const list = (await (await request('/api/v1/datasets')).json()) as { datasets: { id: string }[] }
    expect(list.datasets.map((d) => d.id)).toEqual(['occupation-in-figures', 'baltic-states'])
    // The old pin still draws the old figures; the new one the new.
    const old = await (await request(`/embed/baltic-states@${created.version}/bar.svg`)).text()
    expect(old).toContain('45,339')
    expect(await (await request(`/embed/baltic-states@${second.version}/bar.svg`)).text()).toContain('45,400')

    const versions = await request('/api/v1/datasets/baltic-states/versions?limit=1')
    expect(versions.status).toBe(200)
    const page = (await versions.json()) as {
      versions: { version: string; published: string; changes: Record<string, string> }[]
      links: { next: string }
    }
    expect(page.versions).toEqual([
      {
        version: second.version,
        published: expect.any(String),
        previous: created.version,
        changes: { en: 'Estonia remeasured' },
      },
    ])
    const rest = (await (
      await request(new URL(page.links.next).pathname + new URL(page.links.next).search)
    ).json()) as {
      versions: { version: string }[]
      links: { next: null }
    }
    expect(rest.versions.map((v) => v.version)).toEqual([created.version])
    expect(rest.links.next).toBe(null)
  })

  it('refuses a bad or missing token with 401, saying nothing of whether the dataset exists', async () => {
    const answers = []
    for (const [token, id] of [
      ['', 'baltic-states'],
      ['wrong', 'baltic-states'],
      ['wrong', 'no-such-dataset'],
      [`${TOKEN}x`, 'occupation-in-figures'],
    ] as const) {
      const res = await publish(withArea('1'), { token, id })
      expect(res.status).toBe(401)
      expect(res.headers.get('WWW-Authenticate')).toContain('Bearer')
      answers.push(await res.text())
    }
    expect(new Set(answers).size).toBe(1)
  })

  it('refuses another content type (415), a body that is not JSON (400) or too large (413)', async () => {
    const type = await publish(withArea('1'), { type: 'text/csv' })
    expect(type.status).toBe(415)
    expect(await problem(type)).toMatchObject({ parameter: 'Content-Type', allowed: ['application/json'] })
    const notJson = await publish('{"descriptor":')
    expect(notJson.status).toBe(400)
    expect((await problem(notJson)).parameter).toBe('body')
    const large = await publish(`{"x":"${'a'.repeat(5 * 1024 * 1024)}"}`)
    expect(large.status).toBe(413)
  })

  it('refuses a package that fails the schema with 422 naming file, line and field, writing nothing', async () => {
    const before = await env.DATASETS.head(latestKey('baltic-states'))
    const bad = { ...withArea('1'), files: { 'states.csv': balticStates.files['states.csv']!.replace('45339', 'big') } }
    const res = await publish(bad)
    expect(res.status).toBe(422)
    expect((await problem(res)).detail).toBe('states.csv line 2, field "area_km2": "big" is not an integer')
    const shape = await publish({ descriptor: balticStates.descriptor, files: [] })
    expect(shape.status).toBe(422)
    expect((await problem(shape)).parameter).toBe('files')
    const lang = await publish({ ...withArea('2'), changes: { xx: 'note' } })
    expect(await problem(lang)).toMatchObject({ status: 422, parameter: 'changes' })
    const otherId = await publish(withArea('3'), { id: 'another-id' })
    expect(otherId.status).toBe(422)
    expect((await problem(otherId)).detail).toContain('name must be "another-id"')
    expect((await env.DATASETS.head(latestKey('baltic-states')))?.etag).toBe(before?.etag)
  })

  it('rate-limits publishing per client with 429 and Retry-After', async () => {
    const statuses = []
    await startOfRateWindow(60, 15_000)
    for (let i = 0; i < 12; i++)
      statuses.push((await publish(withArea('1'), { token: 'wrong', ip: '198.51.100.7' })).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    const limited = await publish(withArea('1'), { ip: '198.51.100.7' })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('60')
  })
})

describe('GET /api/v1/datasets/{id}/versions', () => {
  it('lists a bundled dataset with its seeded version, and checks its parameters', async () => {
    const res = await request('/api/v1/datasets/occupation-in-figures/versions')
    const body = (await res.json()) as { versions: { changes: { en: string } }[] }
    expect(body.versions).toHaveLength(1)
    expect(body.versions[0]!.changes.en).toBe('The version bundled with the Worker.')
    expect(await problem(await request('/api/v1/datasets/occupation-in-figures/versions?limit=0'))).toMatchObject({
      status: 400,
      parameter: 'limit',
    })
    expect((await problem(await request('/api/v1/datasets/x/versions?before=zz'))).parameter).toBe('before')
    expect((await request('/api/v1/datasets/nope/versions')).status).toBe(404)
  })
})
