import { badParameter } from './problem.ts'

/**
 * Control characters, NUL and the bidirectional overrides and isolates that can reorder what a
 * reader sees (Trojan Source): never accepted in any parameter, never silently stripped.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are refused.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/**
 * The known query parameters of a request (its URL, or a query already parsed), each at most once. Unknown parameters (tracking tags,
 * cache busters) are ignored so they cannot change the response; a repeated or poisoned known
 * parameter is a 400 that names it.
 */
export function readParams<K extends string>(
  url: string | URLSearchParams,
  names: readonly K[],
): Partial<Record<K, string>> {
  const search = typeof url === 'string' ? new URL(url).searchParams : url
  const params: Partial<Record<K, string>> = {}
  for (const name of names) {
    const values = search.getAll(name)
    if (values.length > 1) throw badParameter(name, `${name} is given ${values.length} times; give it once`)
    const value = values[0]
    if (value === undefined) continue
    if (FORBIDDEN.test(value))
      throw badParameter(name, `${name} contains a control or bidirectional-override character`)
    params[name] = value
  }
  return params
}
