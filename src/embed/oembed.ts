import { Hono } from 'hono'
import { OptionError } from '../../data/vocabulary/index.ts'
import { findWidget } from '../../widgets/registry.ts'
import { chartOembed, publishedChartId } from '../charts/oembed.ts'
import type { AppEnv } from '../env.ts'
import { createBodyCache, sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { badParameter, notFound, ProblemException } from '../lib/problem.ts'
import { readParams } from '../lib/query.ts'
import { embedCodes } from './embed-code.ts'
import { csvUrl, embedUrl, parseEmbedUrl } from './embed-url.ts'
import { tallestHeight } from './height.ts'
import { embedLoader } from './loader.ts'
import { CARD } from './png.ts'
import { RENDERER_VERSION } from './renderer-version.ts'
import { readWidgetOptions, type WidgetOptions } from './widget-options.ts'

/** Width of the embed when the consumer sets no `maxwidth`: a common article column. */
export const DEFAULT_WIDTH = 640
/** The widest the embed gets, whatever `maxwidth` allows: the widest a widget knows its height at. */
export const MAX_WIDTH = 1200
/** How long consumers may cache an answer, in seconds. */
const CACHE_AGE = 86_400
/** Strict decimal pixels: no sign, exponent, hex, leading zero or non-ASCII digits. */
const PIXELS = /^[1-9][0-9]{0,4}$/
const bodies = createBodyCache(500, RENDERER_VERSION)

/**
 * oEmbed (https://oembed.com) for our widget pages: `type: rich`, with `html` a plain iframe that
 * works without any script. It reads only the URL it is given and never fetches anything.
 */
export const oembed = new Hono<AppEnv>()

oembed.get('/oembed', async (c) => {
  const params = readParams(c.req.url, ['url', 'maxwidth', 'maxheight', 'format'])
  // The oEmbed spec: a format the provider cannot write is a 501, whatever its letter case.
  if (params.format !== undefined && params.format.toLowerCase() !== 'json')
    throw new ProblemException(501, {
      title: 'Not implemented',
      detail: 'format: only json is supported.',
      parameter: 'format',
      allowed: ['json'],
    })
  const maxWidth = pixels('maxwidth', params.maxwidth)
  const maxHeight = pixels('maxheight', params.maxheight)
  if (!params.url) throw badParameter('url', 'url is required: the address of a factbox widget page')
  const origin = publicOrigin(c)
  // A published chart (src/charts/): its frozen page, at the height stored when it was published.
  const chart = publishedChartId(params.url, origin)
  if (chart) {
    const width = Math.min(maxWidth ?? DEFAULT_WIDTH, MAX_WIDTH)
    const answer = await chartOembed(c, chart, origin, {
      width,
      ...(maxHeight ? { maxHeight } : {}),
      cacheAge: CACHE_AGE,
    })
    return sendCached(c, answer, {
      type: 'application/json; charset=utf-8',
      kind: 'api',
      cacheControl: `public, max-age=${CACHE_AGE}`,
    })
  }
  const address = parseEmbedUrl(params.url, origin)
  const notOurs = (why = '') => notFound(`url is not a factbox widget page of ${origin}${why}.`)
  if (address?.format !== 'page') throw notOurs()
  const dataset = await c.var.catalog.get(address.dataset, address.version)
  const widget = findWidget(address.widget)
  const view =
    dataset && widget && Object.hasOwn(dataset.views, address.widget) ? dataset.views[address.widget] : undefined
  if (!dataset || !widget || !view) throw notOurs()

  // The options inside `url` go through the same validation as the page's own; a URL the page
  // would refuse is not one of our embeds (the spec's 404), and its text is never copied out.
  let read: WidgetOptions
  try {
    read = readWidgetOptions(address.params, widget, dataset, view)
  } catch (error) {
    const option = optionAtFault(error)
    if (option === undefined) throw error
    throw notOurs(`: its option ${option} is invalid`)
  }
  const { given, options } = read
  const version = address.version
  const key = JSON.stringify([origin, dataset.id, dataset.version, version, address.widget, given, maxWidth, maxHeight])
  const body = await bodies(key, async () => {
    const rendered = widget.render(dataset, view, options, {
      dataUrl: csvUrl(origin, dataset.id, view.resource, address.version, given.lang),
    })
    const width = Math.min(maxWidth ?? DEFAULT_WIDTH, MAX_WIDTH)
    const tallest = tallestHeight(rendered, width)
    const height = Math.min(tallest, maxHeight ?? tallest)
    const loader = await embedLoader(c)
    const codes = embedCodes({
      origin,
      dataset: dataset.id,
      widget: address.widget,
      ...(version ? { version } : {}),
      params: given,
      title: rendered.title,
      height,
      maxWidth: width,
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

/** The option a validation error names, `undefined` for any other error. */
function optionAtFault(error: unknown): string | undefined {
  if (error instanceof OptionError) return error.option
  if (error instanceof ProblemException && error.status === 400) return error.problem.parameter ?? ''
  return undefined
}

function pixels(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!PIXELS.test(value))
    throw badParameter(name, `invalid ${name}: expected a whole number of pixels from 1 to 99999`)
  return Number(value)
}
