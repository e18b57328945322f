import { LANGS, type Lang } from '../../data/vocabulary/index.ts'
import { ID_PATTERN } from '../embed/embed-url.ts'
import { badParameter } from '../lib/problem.ts'

/**
 * A query parameter of the API, described once: requests are validated against it and the
 * OpenAPI document is generated from it, so the two cannot drift apart.
 */
export interface ParamSpec {
  name: string
  description: string
  schema: { type: 'string'; enum?: readonly string[]; pattern?: string; maxLength?: number }
  example?: string
}

export const LANG_PARAM = {
  name: 'lang',
  description:
    "Language of localized columns (names, date labels). Without it, every language is returned (the full form). Must be one of the dataset's languages.",
  schema: { type: 'string', enum: LANGS },
  example: 'az',
} as const satisfies ParamSpec

export const SORT_PARAM = {
  name: 'sort',
  description:
    'Column to sort the rows by, ascending; prefix it with "-" for descending (sort=-area_km2). Dates sort chronologically, text by the language\'s alphabet. Default: the order of the source.',
  schema: { type: 'string', pattern: '^-?[a-z][a-z0-9_]*$', maxLength: 64 },
  example: '-area_km2',
} as const satisfies ParamSpec

/** Checks a value against its spec's schema; `allowed` narrows it to what this resource has. */
export function checkParam(spec: ParamSpec, value: string, allowed?: readonly string[]): string {
  const { schema } = spec
  const list = allowed ?? schema.enum
  const ok =
    (schema.maxLength === undefined || value.length <= schema.maxLength) &&
    (schema.pattern === undefined || patternOf(schema.pattern).test(value)) &&
    (list === undefined || list.includes(value))
  if (!ok) {
    const expected = list ? `one of ${list.join(', ')}` : `a value matching ${schema.pattern}`
    throw badParameter(spec.name, `invalid ${spec.name}: expected ${expected}`, list)
  }
  return value
}

/** The `lang` parameter, limited to the dataset's languages. */
export function parseLang(value: string | undefined, languages: readonly Lang[]): Lang | undefined {
  return value === undefined ? undefined : (checkParam(LANG_PARAM, value, languages) as Lang)
}

/** The `sort` parameter, limited to the columns of the representation. */
export function parseSort(value: string | undefined, columns: readonly string[]) {
  if (value === undefined) return undefined
  const allowed = columns.flatMap((c) => [c, `-${c}`])
  checkParam(SORT_PARAM, value, allowed)
  return { column: value.replace(/^-/, ''), descending: value.startsWith('-') }
}

/** Spec patterns compiled once per isolate, not on every request. */
const patterns = new Map<string, RegExp>()
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source)
  if (!pattern) patterns.set(source, (pattern = new RegExp(source)))
  return pattern
}

export const Q_PARAM = {
  name: 'q',
  description:
    'Search: only the datasets whose id or title (in any language) contains every word of it, case-insensitively.',
  schema: { type: 'string', maxLength: 100 },
  example: 'occupation',
} as const satisfies ParamSpec

export const AFTER_PARAM = {
  name: 'after',
  description: 'The page after this dataset id: the `links.next` of the previous page.',
  schema: { type: 'string', pattern: ID_PATTERN.source, maxLength: 100 },
  example: 'occupation-in-figures',
} as const satisfies ParamSpec

export const LIMIT_PARAM = {
  name: 'limit',
  description: 'At most this many datasets in a page, 1 to 100. Default: 50.',
  schema: { type: 'string', pattern: '^(?:[1-9][0-9]?|100)$', maxLength: 3 },
  example: '20',
} as const satisfies ParamSpec

/** Datasets in a page of the list when `limit` is not given. */
export const DEFAULT_LIMIT = 50

/** The list's `q`, `after` and `limit`, checked (an `after` that names no listed dataset is a 400). */
export function parsePage(
  params: { q?: string; after?: string; limit?: string },
  ids: readonly string[],
): { q?: string; after?: string; limit: number } {
  const q = params.q === undefined ? undefined : checkParam(Q_PARAM, params.q)
  const after = params.after === undefined ? undefined : checkParam(AFTER_PARAM, params.after)
  if (after !== undefined && !ids.includes(after))
    throw badParameter('after', 'invalid after: not the id of a listed dataset (use links.next of the previous page)')
  const limit = params.limit === undefined ? DEFAULT_LIMIT : Number(checkParam(LIMIT_PARAM, params.limit))
  return { ...(q ? { q } : {}), ...(after ? { after } : {}), limit }
}
