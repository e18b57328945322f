import { env, exports } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createLru } from '../../data/lru.ts'
import { r2Catalogs } from '../../data/r2-catalog.ts'
import { fileKey, publishPackage, StoreUnavailableError } from '../../data/store.ts'
import { createApp } from '../../src/app.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'
// This file's local R2 starts with the bundled datasets, as `npm start` seeds them.
import './lib/seed-r2.ts'

const withArea = (area: string) => ({
  ...balticStates,
  files: { 'states.csv': balticStates.files['states.csv']!.replace('45339', area) },
})

/** The local R2, with a switch that makes every call fail or hang, and listing forbidden. */
function faultyBucket(bucket: R2Bucket) {
  const state = { mode: 'ok' as 'ok' | 'fail' | 'hang', reads: 0 }
  const guarded = new Proxy(bucket, {
    get(target, name) {
      if (name === 'list') return () => Promise.reject(new Error('the request path must not list the bucket'))
      const value = Reflect.get(target, name)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        state.reads++
        if (state.mode === 'fail') return Promise.reject(new Error('R2: internal error'))
        if (state.mode === 'hang') return new Promise(() => {})
        return value.apply(target, args)
      }
    },
  })
  return { bucket: guarded, state }
}

// The tests of this file share one local R2 (seeded with the bundled datasets): each publishes its own content.
describe('the catalog over R2', () => {
  it('serves the bundled datasets from the seeded local R2 through the real Worker', async () => {
    const res = await exports.default.fetch('http://factbox.test/api/v1/datasets/occupation-in-figures')
    expect(res.status).toBe(200)
    const seeded = await env.DATASETS.head('datasets/occupation-in-figures/latest')
    expect(seeded).not.toBe(null)
  })

  it('serves a published dataset, its old versions exactly, and follows the pointer', async () => {
    const catalog = r2Catalogs({ pointerTtlMs: 0 })(faultyBucket(env.DATASETS).bucket)
    const first = await catalog.publish(balticStates)
    const second = await catalog.publish(withArea('45340'))
    expect((await catalog.get('baltic-states'))!.version).toBe(second.version)
    const old = (await catalog.get('baltic-states', first.version))!
    expect(old.version).toBe(first.version)
    expect(old.resources[0]!.rows[0]!.area_km2).toBe(45339)
    expect(await catalog.get('baltic-states', '000000000000')).toBe(undefined)
    expect(await catalog.list()).toEqual(['occupation-in-figures', 'baltic-states'])
    const page = (await catalog.versions('baltic-states', { limit: 1 }))!
    expect(page.versions.map((v) => v.version)).toEqual([second.version])
    const rest = (await catalog.versions('baltic-states', { limit: 5, before: page.next ?? '' }))!
    expect(rest).toMatchObject({ next: null })
  })

  it('sees a publish by another isolate once its pointer is older than pointerTtlMs', async () => {
    let clock = 0
    const catalog = r2Catalogs({ pointerTtlMs: 1000, pointerMaxStaleMs: 1000, now: () => clock })(env.DATASETS)
    const first = await publishPackage(env.DATASETS, withArea('45341'))
    expect((await catalog.get('baltic-states'))!.version).toBe(first.version)
    const second = await publishPackage(env.DATASETS, withArea('45342'))
    expect((await catalog.get('baltic-states'))!.version).toBe(first.version)
    clock = 1001
    expect((await catalog.get('baltic-states'))!.version).toBe(second.version)
  })

  it('past pointerTtlMs answers with the held version and reads the pointer behind, up to pointerMaxStaleMs', async () => {
    let clock = 0
    const { bucket, state } = faultyBucket(env.DATASETS)
    const deferred: Promise<unknown>[] = []
    const catalog = r2Catalogs({ pointerTtlMs: 1000, pointerMaxStaleMs: 10_000, now: () => clock })(bucket, (p) =>
      deferred.push(p),
    )
    const first = await publishPackage(env.DATASETS, withArea('45371'))
    expect((await catalog.get('baltic-states'))!.version).toBe(first.version)
    const second = await publishPackage(env.DATASETS, withArea('45372'))
    clock = 1001
    const reads = state.reads
    // Stale: the held version at once, no R2 read awaited; one background read, handed to waitUntil.
    expect((await catalog.get('baltic-states'))!.version).toBe(first.version)
    expect((await catalog.get('baltic-states'))!.version).toBe(first.version)
    expect(deferred).toHaveLength(1)
    await Promise.all(deferred)
    expect(state.reads).toBe(reads + 1)
    expect((await catalog.get('baltic-states'))!.version).toBe(second.version)
    // Too stale: the read is awaited.
    const third = await publishPackage(env.DATASETS, withArea('45373'))
    clock = 20_000
    expect((await catalog.get('baltic-states'))!.version).toBe(third.version)
    expect(deferred).toHaveLength(1)
  })
})

describe('R2 faults', () => {
  it('is a StoreUnavailableError when R2 fails, never another version', async () => {
    const { bucket, state } = faultyBucket(env.DATASETS)
    const catalog = r2Catalogs({ pointerTtlMs: 0, defaults: bundledPackages })(bucket)
    state.mode = 'fail'
    await expect(catalog.get('occupation-in-figures')).rejects.toThrow(StoreUnavailableError)
  })

  it('answers 503 with Retry-After when R2 hangs past the timeout', async () => {
    const { bucket, state } = faultyBucket(env.DATASETS)
    const app = createApp(r2Catalogs({ timeoutMs: 50, defaults: bundledPackages })(bucket))
    state.mode = 'hang'
    for (const path of ['/api/v1/datasets/occupation-in-figures', '/embed/occupation-in-figures/bar.svg']) {
      const res = await app.request(`http://factbox.test${path}`, {}, env)
      expect(res.status, path).toBe(503)
      expect(res.headers.get('Retry-After'), path).toBe('30')
    }
  })

  it('keeps serving a version already in the isolate cache while R2 is down', async () => {
    const { bucket, state } = faultyBucket(env.DATASETS)
    const catalog = r2Catalogs({ pointerTtlMs: 0, defaults: bundledPackages })(bucket)
    const app = createApp(catalog)
    const warm = await app.request('http://factbox.test/embed/occupation-in-figures/bar.svg', {}, env)
    const version = (await catalog.get('occupation-in-figures'))!.version
    state.mode = 'fail'
    const latest = await app.request('http://factbox.test/embed/occupation-in-figures/bar.svg', {}, env)
    expect(latest.status).toBe(200)
    expect(await latest.text()).toBe(await warm.text())
    expect((await catalog.get('occupation-in-figures', version))!.version).toBe(version)
  })

  it('answers a pin to a version the isolate has not got with 503 while R2 is down, not with the cached one', async () => {
    const older = await publishPackage(env.DATASETS, withArea('45350'))
    const newer = await publishPackage(env.DATASETS, withArea('45351'))
    const { bucket, state } = faultyBucket(env.DATASETS)
    const app = createApp(r2Catalogs({ pointerTtlMs: 0 })(bucket))
    const latest = await app.request('http://factbox.test/embed/baltic-states/bar.svg', {}, env)
    expect(await latest.text()).toContain('45,351')
    state.mode = 'fail'
    const pinned = await app.request(`http://factbox.test/embed/baltic-states@${older.version}/bar.svg`, {}, env)
    expect(pinned.status).toBe(503)
    expect(await pinned.text()).not.toContain('45,351')
    const cached = await app.request(`http://factbox.test/embed/baltic-states@${newer.version}/bar.svg`, {}, env)
    expect(cached.status).toBe(200)
  })

  it('answers 503 for a corrupt version of one dataset, logged once, and serves the others', async () => {
    const { version } = await publishPackage(env.DATASETS, withArea('45343'))
    await env.DATASETS.put(fileKey('baltic-states', version, 'states.csv'), 'id\nforged')
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const app = createApp(r2Catalogs({ defaults: bundledPackages })(env.DATASETS))
    for (let i = 0; i < 2; i++) {
      const res = await app.request('http://factbox.test/api/v1/datasets/baltic-states/states.csv', {}, env)
      expect(res.status).toBe(503)
      expect(await res.text()).not.toContain('forged')
    }
    const ok = await app.request('http://factbox.test/api/v1/datasets/occupation-in-figures', {}, env)
    expect(ok.status).toBe(200)
    expect(error.mock.calls.filter(([m]) => String(m).includes('corrupt'))).toHaveLength(1)
    error.mockRestore()
  })
})

describe('the per-isolate LRU', () => {
  it('is bounded by count and by bytes, dropping the least recently used', () => {
    const lru = createLru<string>({ maxEntries: 3, maxBytes: 100 })
    for (const key of ['a', 'b', 'c']) lru.set(key, key, 10)
    lru.get('a')
    lru.set('d', 'd', 10)
    expect(['a', 'b', 'c', 'd'].map((k) => lru.get(k))).toEqual(['a', undefined, 'c', 'd'])
    lru.set('e', 'e', 90)
    expect(lru.bytes).toBeLessThanOrEqual(100)
    expect(lru.get('e')).toBe('e')
    lru.set('huge', 'huge', 1000)
    expect([lru.size, lru.get('huge')]).toEqual([1, 'huge'])
  })
})
