import { LANG_PARAM, type ParamSpec, SORT_PARAM } from './params.ts'

const PROBLEM = { $ref: '#/components/responses/Problem' }

function parameter(spec: ParamSpec) {
  return {
    name: spec.name,
    in: 'query',
    required: false,
    description: spec.description,
    schema: spec.schema,
    ...(spec.example ? { example: spec.example } : {}),
  }
}

const ID_PARAM = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Dataset id.',
  schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
  example: 'occupation-in-figures',
}

const cached = (description: string, content: Record<string, unknown>) => ({
  description,
  headers: {
    ETag: { description: 'Strong validator of this representation.', schema: { type: 'string' } },
    'Cache-Control': { schema: { type: 'string' } },
  },
  content,
})

/**
 * The OpenAPI 3.1 description of the API, built from the same parameter specs that validate
 * requests (src/api/params.ts).
 */
export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'factbox data API',
      version: '1.0.0',
      description:
        'Read-only datasets behind factbox charts, as JSON and CSV. Every response has a strong ETag and answers If-None-Match with 304; CORS is open (no credentials); errors are RFC 9457 problem+json naming the parameter at fault. Unknown query parameters are ignored; a repeated one is an error.',
    },
    servers: [{ url: `${origin}/api/v1` }],
    paths: {
      '/datasets': {
        get: {
          summary: 'List the datasets',
          operationId: 'listDatasets',
          responses: {
            '200': cached('Every dataset with its resources and content version.', {
              'application/json': { schema: { $ref: '#/components/schemas/DatasetList' } },
            }),
            '304': { description: 'Not modified.' },
          },
        },
      },
      '/datasets/{id}': {
        get: {
          summary: 'One dataset: its descriptor and the typed rows of every resource',
          operationId: 'getDataset',
          parameters: [ID_PARAM, parameter(LANG_PARAM)],
          responses: {
            '200': cached('The dataset.', { 'application/json': { schema: { type: 'object' } } }),
            '304': { description: 'Not modified.' },
            '400': PROBLEM,
            '404': PROBLEM,
          },
        },
      },
      '/datasets/{id}/{resource}.json': {
        get: {
          summary: 'One resource as JSON rows',
          operationId: 'getResourceJson',
          parameters: [
            ID_PARAM,
            { name: 'resource', in: 'path', required: true, schema: { type: 'string' }, example: 'territories' },
            parameter(LANG_PARAM),
            parameter(SORT_PARAM),
          ],
          responses: {
            '200': cached('Columns and rows.', {
              'application/json': { schema: { $ref: '#/components/schemas/Table' } },
            }),
            '304': { description: 'Not modified.' },
            '400': PROBLEM,
            '404': PROBLEM,
          },
        },
      },
      '/datasets/{id}/{resource}.csv': {
        get: {
          summary: 'One resource as CSV (RFC 4180, UTF-8, a download)',
          description:
            'The same columns and rows as the JSON. Text cells that start with = + - @ or a tab are prefixed with an apostrophe so that spreadsheets do not run them as formulas.',
          operationId: 'getResourceCsv',
          parameters: [
            ID_PARAM,
            { name: 'resource', in: 'path', required: true, schema: { type: 'string' }, example: 'territories' },
            parameter(LANG_PARAM),
            parameter(SORT_PARAM),
          ],
          responses: {
            '200': cached('CSV with a header row.', { 'text/csv': { schema: { type: 'string' } } }),
            '304': { description: 'Not modified.' },
            '400': PROBLEM,
            '404': PROBLEM,
          },
        },
      },
      '/openapi.json': {
        get: {
          summary: 'This document',
          operationId: 'getOpenApi',
          responses: { '200': { description: 'OpenAPI 3.1.' } },
        },
      },
    },
    components: {
      responses: {
        Problem: {
          description: 'RFC 9457 problem details.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            parameter: { type: 'string', description: 'The parameter at fault.' },
            allowed: { type: 'array', items: { type: 'string' }, description: 'The values it accepts.' },
          },
        },
        DatasetList: { type: 'object', properties: { datasets: { type: 'array', items: { type: 'object' } } } },
        Table: {
          type: 'object',
          properties: {
            dataset: { type: 'string' },
            resource: { type: 'string' },
            version: { type: 'string' },
            lang: { type: ['string', 'null'] },
            sort: { type: ['string', 'null'] },
            columns: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  name: { type: 'string' },
                  type: { enum: ['string', 'number'] },
                  unit: { type: 'string' },
                },
              },
            },
            rows: {
              type: 'array',
              items: { type: 'object', additionalProperties: { type: ['string', 'number', 'null'] } },
            },
          },
        },
      },
    },
  }
}
