/**
 * Every route that reads widget options refuses the same hostile values (one table,
 * tests/worker/lib/hostile-values.ts), because they all read them through one function
 * (src/embed/widget-options.ts): the widget page, pinned or not, its SVG and PNG, oEmbed's `url`,
 * and the builder's form.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { HOSTILE_CHARACTERS, HOSTILE_VALUES } from './lib/hostile-values.ts'

const catalog = createCatalog(bundledPackages)
const app = createApp(catalog)
const origin = new URL(env.PUBLIC_ORIGIN).origin
const get = (path: string) => app.request(`http://factbox.test${path}`, {}, env)
const OPTIONS = ['title', 'subtitle', 'lang', 'theme', 'highlight'] as const
const version = (await catalog.get('occupation-in-figures'))!.version

/** A route that takes widget options, and how it must refuse a hostile one. */
interface Route {
  name: string
  request(option: string, value: string): Response | Promise<Response>
  /** Status of the refusal; the body must name the option. */
  status: number
  names(body: string, option: string): boolean
}

const query = (option: string, value: string) => `${option}=${encodeURIComponent(value)}`
const inProblem = (body: string, option: string) => (JSON.parse(body) as { parameter?: string }).parameter === option
const inPage = (body: string, option: string) => body.includes(`<code>${option}</code>`)

const ROUTES: Route[] = [
  ...['bar', 'timeline'].flatMap((widget): Route[] => [
    {
      name: `/embed/…/${widget}`,
      request: (o, v) => get(`/embed/occupation-in-figures/${widget}?${query(o, v)}`),
      status: 400,
      names: inPage,
    },
    {
      name: `/embed/…@version/${widget}`,
      request: (o, v) => get(`/embed/occupation-in-figures@${version}/${widget}?${query(o, v)}`),
      status: 400,
      names: inPage,
    },
    {
      name: `/embed/…/${widget}.svg`,
      request: (o, v) => get(`/embed/occupation-in-figures/${widget}.svg?${query(o, v)}`),
      status: 400,
      names: inProblem,
    },
    {
      name: `/embed/…/${widget}.png`,
      request: (o, v) => get(`/embed/occupation-in-figures/${widget}.png?${query(o, v)}`),
      status: 400,
      names: inProblem,
    },
    {
      // The oEmbed spec: a URL that is not one of our embeds is a 404; it names the option.
      name: `/oembed?url=…/${widget}`,
      request: (o, v) =>
        get(`/oembed?url=${encodeURIComponent(`${origin}/embed/occupation-in-figures/${widget}?${query(o, v)}`)}`),
      status: 404,
      names: (body, option) => (JSON.parse(body) as { detail: string }).detail.includes(`option ${option} `),
    },
    {
      name: `/?widget=${widget} (the builder)`,
      request: (o, v) => get(`/?dataset=occupation-in-figures&widget=${widget}&${query(o, v)}`),
      status: 400,
      names: (body, option) => body.includes(option),
    },
  ]),
]

describe('hostile widget options', () => {
  for (const route of ROUTES)
    it(`${route.name} refuses each of ${HOSTILE_VALUES.length} hostile values in ${OPTIONS.join(', ')}`, async () => {
      const failures: string[] = []
      for (const option of OPTIONS)
        for (const { name, value } of HOSTILE_VALUES) {
          const res = await route.request(option, value)
          const body = await res.text()
          const label = `${option} with ${name}`
          if (res.status !== route.status) failures.push(`${label}: ${res.status}`)
          else if (!route.names(body, option)) failures.push(`${label}: the answer does not name ${option}`)
          if (HOSTILE_CHARACTERS.test(body)) failures.push(`${label}: the character is in the body`)
          expect(res.headers.get('Cache-Control'), label).toBe('no-store')
        }
      expect(failures).toEqual([])
    })
})
