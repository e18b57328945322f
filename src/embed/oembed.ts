import { Hono } from 'hono'
import { OptionError } from '../../data/vocabulary/index.ts'
import { type CommonOptions, findWidget } from '../../widgets/registry.ts'
import type { AppEnv } from '../env.ts'
import { createBodyCache, sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { badParameter, notFound, ProblemException } from '../lib/problem.ts'
import { readParams } from '../lib/query.ts'
import { embedCodes } from './embed-code.ts'
import { csvUrl, embedUrl, parseEmbedUrl } from './embed-url.ts'
import { initialHeight } from './height.ts'
import { embedLoader } from './loader.ts'
import { CARD } from './png.ts'

/** Width of the embed when the consumer sets no `maxwidth`: a common article column. */
export const DEFAULT_WIDTH = 640
/** How long consumers may cache an answer, in seconds. */
const CACHE_AGE = 86_400
/** Strict decimal pixels: no sign, exponent, hex, leading zero or non-ASCII digits. */
const PIXELS = /^[1-9][0-9]{0,4}$/
const bodies = createBodyCache()

/**
 * oEmbed (https://oembed.com) for our widget pages: `type: rich`, with `html` a plain iframe that
 * works without any script. It reads only the URL it is given and never fetches anything.
 */
export const oembed = new Hono<AppEnv>()

oembed.get('/oembed', async (c) => {
  const params = readParams(c.req.url, ['url', 'maxwidth', 'maxheight', 'format'])
  const format = params.format ?? 'json'
  if (format === 'xml')
    throw new ProblemException(501, {
      title: 'Not implemented',
      detail: 'format=xml is not supported; use format=json.',
      parameter: 'format',
    })
  if (format !== 'json') throw badParameter('format', 'invalid format: expected json', ['json', 'xml'])
  const maxWidth = pixels('maxwidth', params.maxwidth)
  const maxHeight = pixels('maxheight', params.maxheight)
  if (params.url === undefined) throw badParameter('url', 'url is required: the address of a factbox widget page')
  const origin = publicOrigin(c)
  const address = parseEmbedUrl(params.url, origin)
  const notOurs = () => notFound(`url is not a factbox widget page of ${origin}.`)
  if (address?.format !== 'page') throw notOurs()
  const dataset = await c.var.catalog.get(address.dataset)
  const widget = findWidget(address.widget)
  const view =
    dataset && widget && Object.hasOwn(dataset.views, address.widget) ? dataset.views[address.widget] : undefined
  if (!dataset || !widget || !view) throw notOurs()

  const given: Record<string, string> = {}
  for (const name of widget.params) {
    const values = address.params.getAll(name)
    if (values.length > 1) throw badParameter('url', `url repeats the option ${name}`)
    if (values[0]) given[name] = values[0]
  }
  let options: CommonOptions
  try {
    options = widget.options(given, dataset, view)
  } catch (error) {
    if (error instanceof OptionError) throw badParameter('url', `url has an invalid option ${error.option}`)
    throw error
  }
  // A pin to data this deployment no longer has embeds the latest chart, as the page redirects.
  const version = address.version === dataset.version ? address.version : undefined
  const key = JSON.stringify([origin, dataset.id, dataset.version, version, address.widget, given, maxWidth, maxHeight])
  const body = await bodies(key, async () => {
    const rendered = widget.render(dataset, view, options, { dataUrl: csvUrl(origin, dataset.id, view.resource) })
    const width = Math.min(maxWidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH)
    const natural = initialHeight(rendered, Math.max(280, width))
    const height = Math.min(natural, maxHeight ?? natural)
    const loader = await embedLoader(c)
    const codes = embedCodes({
      origin,
      dataset: dataset.id,
      widget: address.widget,
      ...(version ? { version } : {}),
      params: given,
      title: rendered.title,
      height,
      loader: { url: `${origin}/embed.${loader.hash}.js`, integrity: loader.integrity },
    })
    return JSON.stringify({
      version: '1.0',
      type: 'rich',
      title: rendered.title,
      provider_name: 'factbox',
      provider_url: `${origin}/`,
      cache_age: CACHE_AGE,
      html: codes.iframe,
      width,
      height,
      thumbnail_url: embedUrl(origin, {
        dataset: dataset.id,
        ...(version ? { version } : {}),
        widget: address.widget,
        format: 'png',
        params: { ...given, size: 'card' },
      }),
      thumbnail_width: CARD.width,
      thumbnail_height: CARD.height,
    })
  })
  return sendCached(c, body, {
    type: 'application/json; charset=utf-8',
    kind: 'api',
    cacheControl: `public, max-age=${CACHE_AGE}`,
  })
})

function pixels(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!PIXELS.test(value))
    throw badParameter(name, `invalid ${name}: expected a whole number of pixels from 1 to 99999`)
  return Number(value)
}
