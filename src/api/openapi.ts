import { CHARTS_PATHS, CHARTS_SCHEMAS } from '../charts/openapi.ts'
import { AFTER_PARAM, LANG_PARAM, LIMIT_PARAM, type ParamSpec, Q_PARAM, SORT_PARAM } from './params.ts'
import { MAX_PUBLISH_BYTES, VERSIONS_PAGE } from './publish.ts'

const PROBLEM = { $ref: '#/components/responses/Problem' }
const NOT_MODIFIED = { $ref: '#/components/responses/NotModified' }
const METHOD_NOT_ALLOWED = { $ref: '#/components/responses/MethodNotAllowed' }
const UNAVAILABLE = { $ref: '#/components/responses/Unavailable' }

/** The CORS preflight every path answers (OPTIONS), and the 405 for any other method. */
const preflight = {
  summary: 'CORS preflight',
  responses: {
    '204': {
      description: 'Read-only methods, conditional requests, no credentials.',
      headers: {
        Allow: { schema: { const: 'GET, HEAD, OPTIONS' } },
        'Access-Control-Allow-Origin': { schema: { const: '*' } },
        'Access-Control-Allow-Methods': { schema: { const: 'GET, HEAD, OPTIONS' } },
        'Access-Control-Max-Age': { schema: { type: 'string' } },
      },
    },
  },
}

/** A path item: its GET, the preflight, and the 405 every other method gets. */
function readOnly<G extends { summary: string; responses: Record<string, unknown> }>(get: G) {
  return { get: { ...get, responses: { ...get.responses, '405': METHOD_NOT_ALLOWED } }, options: preflight }
}

const ID = '^[a-z0-9]+(?:-[a-z0-9]+)*$'
const text = { type: 'string', minLength: 1 }
const localized = { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } }
const source = {
  type: 'object',
  required: ['title'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    title: text,
    path: { type: 'string' },
    i18n: {
      description: "The citation in the dataset's other languages, by language code.",
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['title'],
        additionalProperties: false,
        properties: { title: text },
      },
    },
  },
}
const links = (...names: string[]) => ({
  type: 'object',
  required: names,
  additionalProperties: false,
  properties: Object.fromEntries(names.map((n) => [n, { type: 'string', format: 'uri' }])),
})
const resourceSummary = {
  name: { type: 'string', pattern: ID },
  title: text,
  description: { type: 'string' },
  sources: { type: 'array', items: { $ref: '#/components/schemas/Source' } },
  rowCount: { type: 'integer', minimum: 0 },
  links: links('json', 'csv'),
}
const datasetSummary = (lang: 'all' | 'one') => ({
  id: { type: 'string', pattern: ID },
  version: { type: 'string', pattern: '^[0-9a-f]{12}$' },
  title: lang === 'all' ? localized : { anyOf: [text, localized] },
  description: lang === 'all' ? localized : { anyOf: [text, localized] },
  languages: { type: 'array', minItems: 1, items: { enum: LANG_PARAM.schema.enum } },
  updated: { type: 'string', format: 'date' },
  asOf: { type: ['string', 'null'], description: 'When the figures are as of, at the precision of their source.' },
  context: {
    anyOf: [
      { type: 'null' },
      {
        type: 'object',
        required: ['text', 'sources'],
        additionalProperties: false,
        properties: {
          text: lang === 'all' ? localized : { anyOf: [text, localized] },
          sources: { type: 'array', items: { $ref: '#/components/schemas/Source' } },
        },
      },
    ],
  },
  licenses: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      properties: { name: { type: 'string' }, title: { type: 'string' }, path: { type: 'string' } },
    },
  },
  sources: { type: 'array', items: { $ref: '#/components/schemas/Source' } },
  widgets: {
    type: 'array',
    items: {
      type: 'object',
      required: ['name', 'embed'],
      additionalProperties: false,
      properties: { name: { type: 'string', pattern: ID }, embed: { type: 'string', format: 'uri' } },
    },
  },
  resources: { type: 'array', items: { $ref: '#/components/schemas/ResourceSummary' } },
  links: links('self', 'datapackage'),
})
const SUMMARY_REQUIRED = [
  'id',
  'version',
  'title',
  'description',
  'languages',
  'updated',
  'asOf',
  'context',
  'licenses',
  'sources',
  'widgets',
  'resources',
  'links',
]
const columns = { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/Column' } }
const rows = {
  type: 'array',
  items: { type: 'object', additionalProperties: { type: ['string', 'number', 'null'] } },
}

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
/** The id of a dataset to read: its latest version, or with `@version` exactly that one. */
const READ_ID_PARAM = {
  ...ID_PARAM,
  description:
    'Dataset id (its latest version), or id@version for exactly that version, for good: what a pinned chart\'s "Get the data" links.',
  schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*(?:@[0-9a-f]{12})?$' },
}

const RESOURCE_PARAM = {
  name: 'resource',
  in: 'path',
  required: true,
  description: 'Resource name.',
  schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
  example: 'territories',
}

const cached = (description: string, content: Record<string, unknown>) => ({
  description,
  headers: {
    ETag: { description: 'Strong validator of this representation.', schema: { type: 'string' } },
    'Cache-Control': { schema: { type: 'string' } },
  },
  content,
})

const published = (description: string) => ({
  description,
  headers: { Location: { description: 'The versions of the dataset.', schema: { type: 'string' } } },
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Published' } } },
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
        'Datasets behind factbox charts, as JSON and CSV, and the publishing of new versions (PUT, with a bearer token). Every read response has a strong ETag and answers If-None-Match with 304; CORS is open (no credentials); errors are RFC 9457 problem+json naming the parameter at fault. Unknown query parameters are ignored; a repeated one is an error.',
    },
    servers: [{ url: `${origin}/api/v1` }],
    // Public data: no authentication to read; publishing (PUT, POST /charts) declares its own bearer token.
    security: [],
    paths: {
      '/datasets': readOnly({
        summary: 'List the datasets, a page at a time',
        description:
          "From the index of datasets: each one's latest version, titles, widgets and resources, in the order they were first published. The full dataset (description, sources, licenses, rows) is at its links.self.",
        operationId: 'listDatasets',
        parameters: [parameter(Q_PARAM), parameter(AFTER_PARAM), parameter(LIMIT_PARAM)],
        responses: {
          '200': cached(
            'A page of datasets with their resources and content versions; one that failed validation is listed with available: false and the reason.',
            { 'application/json': { schema: { $ref: '#/components/schemas/DatasetList' } } },
          ),
          '304': NOT_MODIFIED,
          '400': PROBLEM,
          '503': UNAVAILABLE,
        },
      }),
      '/datasets/{id}': {
        ...readOnly({
          summary: 'One dataset: its descriptor and the typed rows of every resource',
          operationId: 'getDataset',
          parameters: [READ_ID_PARAM, parameter(LANG_PARAM)],
          responses: {
            '200': cached('The dataset.', {
              'application/json': { schema: { $ref: '#/components/schemas/Dataset' } },
            }),
            '304': NOT_MODIFIED,
            '400': PROBLEM,
            '404': PROBLEM,
            '503': UNAVAILABLE,
          },
        }),
        put: {
          summary: 'Publish a new version of a dataset',
          description: `Validates the data package exactly as the bundled ones are validated, then writes it to the record as a new, immutable version (its id is the hash of the content) and moves the latest pointer to it. The same content again writes nothing and answers 200 with the existing version. A body is at most ${MAX_PUBLISH_BYTES} bytes; publishing is rate-limited per client.`,
          operationId: 'publishDataset',
          security: [{ publishToken: [] }],
          parameters: [{ ...ID_PARAM, example: 'baltic-states' }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/PublishRequest' } } },
          },
          responses: {
            '201': published('A new version was published.'),
            '200': published('This content was already published: nothing was written.'),
            '400': PROBLEM,
            '401': {
              description: 'No valid bearer token. Says nothing of whether the dataset exists.',
              headers: { 'WWW-Authenticate': { schema: { type: 'string' } } },
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
            '413': PROBLEM,
            '415': PROBLEM,
            '422': {
              description: 'The package fails the schema: `detail` names the file, line and field.',
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
            '429': {
              description: 'Too many publishes from this client.',
              headers: { 'Retry-After': { schema: { type: 'string' } } },
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
            '503': UNAVAILABLE,
          },
        },
      },
      '/datasets/{id}/versions': readOnly({
        summary: 'The published versions of a dataset, newest first, with their change notes',
        operationId: 'listVersions',
        parameters: [
          ID_PARAM,
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: `Versions per page, from 1 to ${VERSIONS_PAGE.max}. Default: ${VERSIONS_PAGE.default}.`,
            schema: { type: 'string', pattern: '^[0-9]{1,3}$' },
          },
          {
            name: 'before',
            in: 'query',
            required: false,
            description: 'Only versions older than this one (the cursor that links.next carries).',
            schema: { type: 'string', pattern: '^[0-9a-f]{12}$' },
          },
        ],
        responses: {
          '200': cached('A page of versions.', {
            'application/json': { schema: { $ref: '#/components/schemas/VersionList' } },
          }),
          '304': NOT_MODIFIED,
          '400': PROBLEM,
          '404': PROBLEM,
          '503': UNAVAILABLE,
        },
      }),
      '/datasets/{id}/datapackage.json': readOnly({
        summary: 'The dataset as a Frictionless Data Package',
        description:
          "The committed descriptor, with each resource's path being the CSV this API serves beside it (relative to this URL) and its schema declaring every column of that CSV in order, the columns derived from dates included. Validates against the Data Package v2 profile; `created` is an RFC 3339 date-time.",
        operationId: 'getDataPackage',
        parameters: [READ_ID_PARAM],
        responses: {
          '200': cached('Data Package descriptor.', {
            'application/json': { schema: { $ref: '#/components/schemas/DataPackage' } },
          }),
          '304': NOT_MODIFIED,
          '404': PROBLEM,
          '503': UNAVAILABLE,
        },
      }),
      '/datasets/{id}/{resource}.json': readOnly({
        summary: 'One resource as JSON rows',
        operationId: 'getResourceJson',
        parameters: [READ_ID_PARAM, RESOURCE_PARAM, parameter(LANG_PARAM), parameter(SORT_PARAM)],
        responses: {
          '200': cached('Columns and rows.', {
            'application/json': { schema: { $ref: '#/components/schemas/Table' } },
          }),
          '304': NOT_MODIFIED,
          '400': PROBLEM,
          '404': PROBLEM,
          '503': UNAVAILABLE,
        },
      }),
      '/datasets/{id}/{resource}.csv': readOnly({
        summary: 'One resource as CSV (RFC 4180, UTF-8, a download)',
        description:
          'The same columns and rows as the JSON. Text cells that start with = + - @ or a tab are prefixed with an apostrophe so that spreadsheets do not run them as formulas.',
        operationId: 'getResourceCsv',
        parameters: [READ_ID_PARAM, RESOURCE_PARAM, parameter(LANG_PARAM), parameter(SORT_PARAM)],
        responses: {
          '200': cached('CSV with a header row.', { 'text/csv': { schema: { type: 'string', minLength: 1 } } }),
          '304': NOT_MODIFIED,
          '400': PROBLEM,
          '404': PROBLEM,
          '503': UNAVAILABLE,
        },
      }),
      ...CHARTS_PATHS,
      '/openapi.json': readOnly({
        summary: 'This document',
        operationId: 'getOpenApi',
        responses: {
          '200': cached('OpenAPI 3.1.', {
            'application/json': { schema: { $ref: '#/components/schemas/OpenApi' } },
          }),
          '304': NOT_MODIFIED,
        },
      }),
      '/docs': readOnly({
        summary: 'This document as a readable page',
        operationId: 'getDocs',
        responses: {
          '200': cached('HTML.', { 'text/html': { schema: { type: 'string', minLength: 1 } } }),
          '304': NOT_MODIFIED,
        },
      }),
    },
    components: {
      securitySchemes: {
        publishToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The PUBLISH_TOKEN secret of the Worker (`wrangler secret put PUBLISH_TOKEN`).',
        },
      },
      responses: {
        Problem: {
          description: 'RFC 9457 problem details.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
        NotModified: {
          description: 'Not modified: the If-None-Match matched; the headers of the 200, no body.',
          headers: { ETag: { schema: { type: 'string' } } },
        },
        MethodNotAllowed: {
          description: 'The API is read-only.',
          headers: { Allow: { schema: { const: 'GET, HEAD, OPTIONS' } } },
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
        Unavailable: {
          description:
            'The dataset cannot be read right now (storage unavailable, or it failed validation); try again later.',
          headers: { 'Retry-After': { schema: { type: 'string' } } },
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          additionalProperties: false,
          properties: {
            type: { const: 'about:blank' },
            title: { type: 'string', description: 'The HTTP status phrase (RFC 9457, about:blank).' },
            status: { type: 'integer', minimum: 400, maximum: 599 },
            detail: text,
            parameter: { type: 'string', description: 'The parameter at fault.' },
            allowed: { type: 'array', items: { type: 'string' }, description: 'The values it accepts.' },
          },
        },
        Source: source,
        ...CHARTS_SCHEMAS,
        PublishRequest: {
          type: 'object',
          required: ['descriptor', 'files'],
          additionalProperties: false,
          properties: {
            descriptor: { type: 'object', description: 'The datapackage.json, as a JSON object.' },
            files: {
              type: 'object',
              description: 'The text of every resource file, by its path in the descriptor.',
              additionalProperties: { type: 'string' },
            },
            changes: { ...localized, required: [], description: 'What changed, per language.' },
          },
        },
        Published: {
          type: 'object',
          required: ['id', 'version', 'previous'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: ID },
            version: { type: 'string', pattern: '^[0-9a-f]{12}$' },
            previous: { type: ['string', 'null'], pattern: '^[0-9a-f]{12}$' },
          },
        },
        VersionList: {
          type: 'object',
          required: ['id', 'versions', 'links'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: ID },
            versions: {
              type: 'array',
              items: {
                type: 'object',
                required: ['version', 'published', 'previous', 'changes'],
                additionalProperties: false,
                properties: {
                  version: { type: 'string', pattern: '^[0-9a-f]{12}$' },
                  published: { type: ['string', 'null'], description: 'ISO time; null if never published.' },
                  previous: { type: ['string', 'null'], pattern: '^[0-9a-f]{12}$' },
                  changes: { type: 'object', additionalProperties: { type: 'string' } },
                },
              },
            },
            links: {
              type: 'object',
              required: ['next'],
              additionalProperties: false,
              properties: { next: { type: ['string', 'null'], format: 'uri' } },
            },
          },
        },
        ResourceSummary: {
          type: 'object',
          required: ['name', 'title', 'sources', 'rowCount', 'links'],
          additionalProperties: false,
          properties: resourceSummary,
        },
        ListedDataset: {
          type: 'object',
          required: [
            'id',
            'version',
            'published',
            'title',
            'languages',
            'updated',
            'widgets',
            'resources',
            'links',
            'available',
          ],
          additionalProperties: false,
          properties: {
            id: datasetSummary('all').id,
            version: datasetSummary('all').version,
            published: {
              type: ['string', 'null'],
              description: 'When this version was published; null if bundled, never published.',
            },
            title: localized,
            languages: datasetSummary('all').languages,
            updated: datasetSummary('all').updated,
            widgets: datasetSummary('all').widgets,
            resources: {
              type: 'array',
              items: {
                type: 'object',
                required: ['name', 'title', 'rowCount', 'links'],
                additionalProperties: false,
                properties: {
                  name: resourceSummary.name,
                  title: text,
                  rowCount: resourceSummary.rowCount,
                  links: resourceSummary.links,
                },
              },
            },
            links: links('self', 'datapackage'),
            available: { const: true },
          },
        },
        UnavailableDataset: {
          type: 'object',
          description:
            'A dataset that failed validation: the others are listed as usual, and its own routes answer 503 with Retry-After until a fixed package is deployed.',
          required: ['id', 'available', 'problem', 'links'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: ID },
            available: { const: false },
            problem: {
              type: 'object',
              required: ['title', 'detail'],
              additionalProperties: false,
              properties: {
                title: text,
                detail: { ...text, description: "For the dataset's maintainers: the file, line and field at fault." },
              },
            },
            links: links('self'),
          },
        },
        DatasetList: {
          type: 'object',
          required: ['datasets', 'total', 'links'],
          additionalProperties: false,
          properties: {
            datasets: {
              type: 'array',
              items: {
                oneOf: [
                  { $ref: '#/components/schemas/ListedDataset' },
                  { $ref: '#/components/schemas/UnavailableDataset' },
                ],
              },
            },
            total: { type: 'integer', minimum: 0, description: 'Datasets matching q, on every page.' },
            links: {
              type: 'object',
              required: ['next', 'openapi', 'docs'],
              additionalProperties: false,
              properties: {
                next: { type: ['string', 'null'], format: 'uri', description: 'The next page; null on the last.' },
                openapi: { type: 'string', format: 'uri' },
                docs: { type: 'string', format: 'uri' },
              },
            },
          },
        },
        Dataset: {
          type: 'object',
          required: [...SUMMARY_REQUIRED, 'descriptor'],
          additionalProperties: false,
          properties: {
            ...datasetSummary('one'),
            resources: {
              type: 'array',
              items: {
                type: 'object',
                required: ['name', 'title', 'sources', 'rowCount', 'links', 'columns', 'rows'],
                additionalProperties: false,
                properties: { ...resourceSummary, columns, rows },
              },
            },
            descriptor: {
              type: 'object',
              required: ['name', 'resources'],
              description: 'The Data Package descriptor as published.',
            },
          },
        },
        DataPackage: {
          type: 'object',
          required: ['name', 'created', 'resources'],
          properties: {
            name: { type: 'string', pattern: ID },
            created: { type: 'string', format: 'date-time' },
            resources: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                required: ['name', 'path', 'schema'],
                properties: {
                  name: { type: 'string', pattern: ID },
                  path: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*\\.csv$' },
                  schema: {
                    type: 'object',
                    required: ['fields'],
                    properties: {
                      fields: {
                        type: 'array',
                        minItems: 1,
                        items: {
                          type: 'object',
                          required: ['name', 'type'],
                          properties: {
                            name: { type: 'string' },
                            type: { enum: ['string', 'number', 'integer', 'date'] },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        Column: {
          type: 'object',
          required: ['name', 'type'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
            type: { enum: ['string', 'number'] },
            title: { type: 'string' },
            description: { type: 'string' },
            unit: { type: 'string', description: 'What a value measures (km²).' },
            currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code of a column of money.' },
            from: { type: 'string', description: 'The source column a derived column comes from.' },
          },
        },
        Table: {
          type: 'object',
          required: ['dataset', 'resource', 'version', 'lang', 'sort', 'columns', 'rows'],
          additionalProperties: false,
          properties: {
            dataset: { type: 'string', pattern: ID },
            resource: { type: 'string', pattern: ID },
            version: { type: 'string', pattern: '^[0-9a-f]{12}$' },
            lang: { enum: [...LANG_PARAM.schema.enum, null] },
            sort: { type: ['string', 'null'] },
            columns,
            rows,
          },
        },
        OpenApi: {
          type: 'object',
          required: ['openapi', 'info', 'servers', 'security', 'paths', 'components'],
          properties: { openapi: { const: '3.1.0' }, paths: { type: 'object', minProperties: 1 } },
        },
      },
    },
  }
}
