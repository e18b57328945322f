import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { seedBucket } from '../../data/seed.ts'
import { cityBudget } from '../fixtures/city-budget/index.ts'
import { cityReserves } from '../fixtures/city-reserves/index.ts'

describe('seeding the local R2 at start', () => {
  it('reports a package that fails validation with its file, line and field, and seeds the others', async () => {
    const csv = cityBudget.files['spending.csv']!.replace('Sport,Спорт,4250000', 'Sport,Спорт,')
    const results = await seedBucket(env.DATASETS, [{ ...cityBudget, files: { 'spending.csv': csv } }, cityReserves])
    expect(results[0]).toEqual({
      id: 'city-budget',
      message: 'spending.csv line 11, field "amount_eur": a value is required',
    })
    expect(results[1]).toMatchObject({ id: 'city-reserves', created: true })
    expect(await env.DATASETS.get('datasets/city-budget/latest')).toBeNull()
    expect(await env.DATASETS.get('datasets/city-reserves/latest')).not.toBeNull()
  })
})
