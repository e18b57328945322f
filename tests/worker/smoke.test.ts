import { exports } from 'cloudflare:workers'
import { expect, it } from 'vitest'
// This file's local R2 starts with the bundled datasets, as `npm start` seeds them.
import './lib/seed-r2.ts'

it('lists the bundled dataset', async () => {
  const res = await exports.default.fetch('http://example.com/api/v1/datasets')
  expect(res.status).toBe(200)
  const body = (await res.json()) as { datasets: { id: string }[] }
  expect(body.datasets.map((d) => d.id)).toEqual(['occupation-in-figures'])
})
