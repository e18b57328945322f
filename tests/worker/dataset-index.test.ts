import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { INDEX_OBJECT, indexEntryOf, readIndexEntries, upsertIndex } from '../../data/dataset-index.ts'
import { r2Catalogs } from '../../data/r2-catalog.ts'
import type { PackageSource } from '../../data/schema.ts'
import { publishPackage } from '../../data/store.ts'
import { createApp } from '../../src/app.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'

const bucket = env.DATASETS
const ORIGIN = new URL(env.PUBLIC_ORIGIN).origin

/** The Baltic fixture under another id and title: `state-01` "Baltic copy 1". */
function copy(i: number): PackageSource {
  const id = `state-${String(i).padStart(2, '0')}`
  return {
    ...balticStates,
    id,
    descriptor: { ...(balticStates.descriptor as object), name: id, title: `Baltic copy ${i}` },
  }
}

/** The local R2 recording every key read; listing it fails the test. */
function recordingBucket() {
  const keys: string[] = []
  const recorded = new Proxy(bucket, {
    get(target, name) {
      if (name === 'list') return () => Promise.reject(new Error('the request path must not list the bucket'))
      const value = Reflect.get(target, name)
      if (typeof value !== 'function') return value
      return (key: string, ...rest: unknown[]) => {
        keys.push(key)
        return value.call(target, key, ...rest)
      }
    },
  })
  return { bucket: recorded, keys }
}

/** The ids of datasets whose own objects (`datasets/<id>/…`) were read. */
const datasetsRead = (keys: readonly string[]) =>
  new Set(keys.flatMap((k) => (k.startsWith('datasets/') ? [k.split('/')[1]] : [])))

// Each test starts from an empty bucket.
beforeEach(async () => {
  const listed = await bucket.list()
  if (listed.objects.length) await bucket.delete(listed.objects.map((o) => o.key))
})

describe('the index of datasets', () => {
  it("holds each dataset's latest version, in a few hundred bytes, updated by every publish", async () => {
    const first = await publishPackage(bucket, balticStates)
    const second = await publishPackage(bucket, {
      ...balticStates,
      files: { 'states.csv': balticStates.files['states.csv']!.replace('45339', '45340') },
    })
    const entries = await readIndexEntries(bucket)
    expect(entries).toEqual([
      {
        id: 'baltic-states',
        version: second.version,
        published: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        title: { en: 'The Baltic states' },
        languages: ['en'],
        updated: '2026-11-28',
        widgets: ['bar', 'timeline'],
        resources: [{ name: 'states', title: 'Baltic states', rowCount: 3 }],
      },
    ])
    expect(second.version).not.toBe(first.version)
    expect((await bucket.head(INDEX_OBJECT))!.size).toBeLessThan(400)
  })

  it('is healed by publishing the same content again when a publish died before it', async () => {
    const first = await publishPackage(bucket, balticStates, { index: false })
    expect(await readIndexEntries(bucket)).toEqual([])
    const again = await publishPackage(bucket, balticStates)
    expect(again.created).toBe(false)
    expect((await readIndexEntries(bucket)).map((e) => [e.id, e.version])).toEqual([['baltic-states', first.version]])
  })

  it('takes many entries in one write, and replaces an entry of the same id', async () => {
    const published = await Promise.all([1, 2, 3].map((i) => publishPackage(bucket, copy(i), { index: false })))
    await upsertIndex(
      bucket,
      published.map((p) => indexEntryOf(p.dataset, null)),
    )
    const etag = (await bucket.head(INDEX_OBJECT))!.etag
    await upsertIndex(bucket, [indexEntryOf(published[1]!.dataset, null)])
    expect((await bucket.head(INDEX_OBJECT))!.etag).toBe(etag)
    await upsertIndex(bucket, [indexEntryOf(published[1]!.dataset, '2026-12-02T00:00:00.000Z')])
    expect((await readIndexEntries(bucket)).map((e) => [e.id, e.published])).toEqual([
      ['state-01', null],
      ['state-02', '2026-12-02T00:00:00.000Z'],
      ['state-03', null],
    ])
  })
})

describe('GET /api/v1/datasets over the index', () => {
  const fill = async (n: number) => {
    const published = await Promise.all(
      Array.from({ length: n }, (_, i) => publishPackage(bucket, copy(i + 1), { index: false })),
    )
    await upsertIndex(
      bucket,
      published.map((p) => indexEntryOf(p.dataset, '2026-12-02T00:00:00.000Z')),
    )
  }

  it('pages through every dataset reading only the index: no listing, no dataset loaded', async () => {
    await fill(25)
    const { bucket: recorded, keys } = recordingBucket()
    const app = createApp(r2Catalogs({ defaults: bundledPackages })(recorded))
    const ids: string[] = []
    let url: string | null = 'http://factbox.test/api/v1/datasets?limit=10'
    const totals: number[] = []
    while (url) {
      const res = await app.request(url.replace(ORIGIN, 'http://factbox.test'), {}, env)
      expect(res.status).toBe(200)
      const body = (await res.json()) as {
        datasets: { id: string; title: Record<string, string>; resources: { rowCount: number }[] }[]
        total: number
        links: { next: string | null }
      }
      expect(body.datasets.length).toBeLessThanOrEqual(10)
      ids.push(...body.datasets.map((d) => d.id))
      totals.push(body.total)
      url = body.links.next
    }
    // The bundled dataset first (the default of an id R2 has not got), then in publishing order.
    expect(ids).toEqual(['occupation-in-figures', ...Array.from({ length: 25 }, (_, i) => copy(i + 1).id)])
    expect(totals).toEqual([26, 26, 26])
    expect(datasetsRead(keys)).toEqual(new Set())
    expect(new Set(keys)).toEqual(new Set([INDEX_OBJECT]))
  })

  it('searches ids and titles in every language, every word, case-insensitively', async () => {
    await fill(12)
    const app = createApp(r2Catalogs({ defaults: bundledPackages })(bucket))
    const search = async (q: string) => {
      const res = await app.request(`http://factbox.test/api/v1/datasets?${new URLSearchParams({ q })}`, {}, env)
      return ((await res.json()) as { datasets: { id: string }[] }).datasets.map((d) => d.id)
    }
    expect(await search('COPY 1')).toEqual(['state-01', 'state-10', 'state-11', 'state-12'])
    expect(await search('state-07')).toEqual(['state-07'])
    expect(await search('İşğal')).toEqual(['occupation-in-figures'])
    expect(await search('no such words')).toEqual([])
  })

  it('refuses a limit out of range and an after that names no listed dataset, naming the parameter', async () => {
    await fill(2)
    const app = createApp(r2Catalogs({ defaults: bundledPackages })(bucket))
    for (const [query, parameter] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['after=nobody', 'after'],
      ['after=<b>', 'after'],
      [`q=${'x'.repeat(101)}`, 'q'],
    ]) {
      const res = await app.request(`http://factbox.test/api/v1/datasets?${query}`, {}, env)
      expect(res.status, query).toBe(400)
      const problem = (await res.json()) as { parameter: string; detail: string }
      expect(problem.parameter, query).toBe(parameter)
      expect(problem.detail, query).not.toContain('<b>')
    }
  })
})

describe('the builder over the index', () => {
  it('lists a page of datasets, searchable, and loads only the dataset being built', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => publishPackage(bucket, copy(i + 1), { index: false }))).then(
      (published) =>
        upsertIndex(
          bucket,
          published.map((p) => indexEntryOf(p.dataset, null)),
        ),
    )
    const { bucket: recorded, keys } = recordingBucket()
    const app = createApp(r2Catalogs({ defaults: bundledPackages })(recorded))
    const page = async (query: string) => (await app.request(`http://factbox.test/?${query}`, {}, env)).text()

    const first = await page('')
    expect(first.match(/<span class="dataset">/g)).toHaveLength(20)
    expect(first).toContain('31 datasets.')
    expect(first).toContain('<a href="/?after=state-19">More datasets</a>')
    expect(datasetsRead(keys)).toEqual(new Set(['occupation-in-figures']))

    keys.length = 0
    const found = await page('q=copy+2&dataset=state-21&widget=timeline')
    expect(found.match(/<p class="hint" id="list-count">[^<]*/)?.[0]).toBe(
      '<p class="hint" id="list-count">12 datasets match.',
    )
    expect(found).toContain('value="copy 2"')
    expect(found).toContain(
      '<a href="/?dataset=state-21&amp;widget=timeline&amp;q=copy+2" aria-current="page">Timeline</a>',
    )
    expect(found).toContain('<input type="hidden" name="dataset" value="state-21"/>')
    expect(datasetsRead(keys)).toEqual(new Set(['state-21']))

    const later = await page('after=state-19')
    expect(later.match(/<span class="dataset">/g)).toHaveLength(11)
    expect(later).toContain('Baltic copy 30')
    expect(later).not.toContain('More datasets')
  })

  it('reports an unknown dataset without listing every id, and builds the first one', async () => {
    const res = await createApp(r2Catalogs({ defaults: bundledPackages })(bucket)).request(
      'http://factbox.test/?dataset=no-such-thing',
      {},
      env,
    )
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('no dataset with a chart has this id')
    expect(html).toContain('<input type="hidden" name="dataset" value="occupation-in-figures"/>')
  })
})
