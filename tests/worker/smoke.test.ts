import { exports } from 'cloudflare:workers'
import { expect, it } from 'vitest'

it('lists the bundled dataset', async () => {
  const res = await exports.default.fetch('http://example.com/api/v1/datasets')
  expect(res.status).toBe(200)
  const body = (await res.json()) as { datasets: { id: string }[] }
  expect(body.datasets.map((d) => d.id)).toEqual(['occupation-in-figures'])
})
