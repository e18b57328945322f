import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { DataPackageError } from '../../data/schema.ts'
import {
  fileKey,
  latestKey,
  publishPackage,
  putOnce,
  readIndex,
  readLatest,
  readRecord,
  readSource,
} from '../../data/store.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'

const bucket = env.DATASETS
const withArea = (area: string) => ({
  ...balticStates,
  files: { 'states.csv': balticStates.files['states.csv']!.replace('45339', area) },
})
const changed = withArea('45340')
const edited = withArea('45341')

// The bucket is shared by the tests of this file: each starts from an empty one.
beforeEach(async () => {
  const listed = await bucket.list()
  if (listed.objects.length) await bucket.delete(listed.objects.map((o) => o.key))
})

describe('the R2 record', () => {
  it('refuses a second write with other bytes under the same key', async () => {
    expect(await putOnce(bucket, 'test/once', 'first', 'text/plain')).toBe(true)
    expect(await putOnce(bucket, 'test/once', 'second', 'text/plain')).toBe(false)
    expect(await (await bucket.get('test/once'))!.text()).toBe('first')
  })

  it('publishes files, descriptor and record under the content version, then the latest pointer', async () => {
    const result = await publishPackage(bucket, balticStates, { changes: { en: 'First' } })
    expect(result.created).toBe(true)
    expect(result.previous).toBe(null)
    expect(result.version).toMatch(/^[0-9a-f]{12}$/)
    expect(await readLatest(bucket, 'baltic-states')).toMatchObject({ version: result.version })
    expect(await readSource(bucket, 'baltic-states', result.version)).toEqual(balticStates)
    const record = await readRecord(bucket, 'baltic-states', result.version)
    expect(record).toMatchObject({ previous: null, changes: { en: 'First' } })
  })

  it('writes nothing for the same content and returns the existing version', async () => {
    const first = await publishPackage(bucket, balticStates)
    const pointer = await bucket.head(latestKey('baltic-states'))
    const again = await publishPackage(bucket, balticStates)
    expect(again).toMatchObject({ version: first.version, created: false })
    expect((await bucket.head(latestKey('baltic-states')))!.etag).toBe(pointer!.etag)
  })

  it('moves the pointer for new content and keeps the old version readable', async () => {
    const first = await publishPackage(bucket, balticStates)
    const second = await publishPackage(bucket, changed)
    expect(second.version).not.toBe(first.version)
    expect(second.previous).toBe(first.version)
    expect((await readLatest(bucket, 'baltic-states'))!.version).toBe(second.version)
    expect(await readSource(bucket, 'baltic-states', first.version)).toEqual(balticStates)
  })

  it.each(['files', 'descriptor', 'record'] as const)(
    'leaves no pointer to a partial version when killed after the %s',
    async (step) => {
      const first = await publishPackage(bucket, balticStates)
      const killed = publishPackage(bucket, edited, {
        afterStep: (s) => {
          if (s === step) throw new Error('killed')
        },
      })
      await expect(killed).rejects.toThrow('killed')
      expect((await readLatest(bucket, 'baltic-states'))!.version).toBe(first.version)
      // Publishing again completes the version: the parts written before are taken as they are.
      const retried = await publishPackage(bucket, edited)
      expect(retried.created).toBe(true)
      expect(await readSource(bucket, 'baltic-states', retried.version)).toEqual(edited)
    },
  )

  it('validates before any write', async () => {
    const broken = { ...balticStates, files: { 'states.csv': 'nonsense\n1' } }
    await expect(publishPackage(bucket, broken)).rejects.toThrow(DataPackageError)
    expect(await bucket.head(latestKey('baltic-states'))).toBe(null)
  })

  it('reads a corrupt object as a DataPackageError, not as data', async () => {
    const { version } = await publishPackage(bucket, balticStates)
    await bucket.put(fileKey('baltic-states', version, 'states.csv'), 'name\nforged')
    await expect(readSource(bucket, 'baltic-states', version)).rejects.toThrow(/does not match the version/)
  })
})

describe('the index of datasets', () => {
  it('lists every dataset when first publishes of several run at once', async () => {
    const ids = ['one', 'two', 'three', 'four', 'five', 'six']
    const packages = ids.map((id) => ({
      ...balticStates,
      id: `baltic-${id}`,
      descriptor: { ...(balticStates.descriptor as object), name: `baltic-${id}` },
    }))
    await Promise.all(packages.map((p) => publishPackage(bucket, p)))
    expect((await readIndex(bucket)).sort()).toEqual(packages.map((p) => p.id).sort())
  })
})
