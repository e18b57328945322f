import { MAX_CHART_BODY } from './request.ts'

const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
})
const published = (description: string) => ({
  description,
  headers: { Location: { schema: { type: 'string', format: 'uri' } } },
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ChartPublished' } } },
})
const url = { type: 'string', format: 'uri' }

/** The published charts' operation, for the API's OpenAPI document (its paths are under `/api/v1`). */
export const CHARTS_PATHS = {
  '/charts': {
    post: {
      summary: 'Publish a chart: freeze it, forever',
      description: `Validates the widget options exactly as the embed route does (\`/embed/{dataset}/{widget}?…\`: the same parameters, as text), resolves the dataset version (default: the latest) to an exact one, renders the page, the SVG, the PNG and the 1200×630 card once and stores them, write-once, under a chart id: a hash of the request and the renderer version. \`/c/{id}\` (and \`.svg\`, \`.png\`, \`/card.png\`, \`/cite.json\`, \`/data.csv\`) then serve those bytes, \`immutable\`; \`/c/{id}/status.json\` says whether the dataset has a newer version. The same request again writes nothing and answers 200 with the same id. A body is at most ${MAX_CHART_BODY} bytes; publishing is rate-limited per client, with dataset publishing.`,
      operationId: 'publishChart',
      security: [{ publishToken: [] }],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ChartRequest' } } },
      },
      responses: {
        '201': published('A new chart was frozen.'),
        '200': published('This chart was already published: nothing was written.'),
        '400': problem('The body is not JSON, or an option has a bad value: `parameter` and `allowed` name it.'),
        '401': problem('No valid bearer token.', { 'WWW-Authenticate': { schema: { type: 'string' } } }),
        '404': problem('No such dataset, or no such version of it.'),
        '413': problem('The body is too large.'),
        '415': problem('The body is not application/json.'),
        '422': problem('A field of the body is missing or malformed, or an option is unknown: `parameter` names it.'),
        '429': problem('Too many publishes from this client.', { 'Retry-After': { schema: { type: 'string' } } }),
        '503': problem('Storage or the image renderer is unavailable; nothing is half-published.'),
      },
    },
  },
}

/** The schemas of {@link CHARTS_PATHS}. */
export const CHARTS_SCHEMAS = {
  ChartRequest: {
    type: 'object',
    required: ['dataset', 'widget'],
    additionalProperties: false,
    properties: {
      dataset: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', example: 'occupation-in-figures' },
      version: { type: 'string', pattern: '^[0-9a-f]{12}$', description: 'Default: the latest.' },
      widget: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', example: 'bar' },
      options: {
        type: 'object',
        description: "The widget's parameters as in its embed URL's query (`lang`, `theme`, `sort`, `width`, …).",
        additionalProperties: { type: 'string', maxLength: 1000 },
        example: { lang: 'en', theme: 'light' },
      },
    },
  },
  ChartPublished: {
    type: 'object',
    required: ['id', 'dataset', 'version', 'widget', 'options', 'published', 'links', 'codes'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^[0-9a-f]{16}$' },
      dataset: { type: 'string' },
      version: { type: 'string', pattern: '^[0-9a-f]{12}$' },
      widget: { type: 'string' },
      options: { type: 'object', additionalProperties: { type: 'string' } },
      published: { type: 'string', format: 'date-time' },
      links: {
        type: 'object',
        required: ['page', 'svg', 'png', 'card', 'cite', 'status', 'data'],
        additionalProperties: false,
        properties: { page: url, svg: url, png: url, card: url, cite: url, status: url, data: url },
      },
      codes: {
        type: 'object',
        required: ['iframe', 'responsive', 'svg', 'png'],
        additionalProperties: false,
        properties: {
          iframe: { type: 'string', pattern: '^<iframe ' },
          responsive: { type: 'string', pattern: '^<iframe ' },
          svg: { type: 'string', pattern: '^<img ' },
          png: { type: 'string', pattern: '^<img ' },
        },
      },
    },
  },
}
