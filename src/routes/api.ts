import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'

/** The read-only JSON/CSV API, mounted at `/api/v1`. */
export const api = new Hono<AppEnv>()

api.get('/datasets', async (c) => {
  const { catalog } = c.var
  const datasets = await Promise.all(catalog.ids.map((id) => catalog.get(id)))
  return c.json({ datasets: datasets.map((d) => ({ id: d!.id, title: d!.title.en, version: d!.version })) })
})
