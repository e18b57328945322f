import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'

/**
 * The public origin every absolute URL is built from (PUBLIC_ORIGIN), never the request's Host
 * or forwarded headers, so a cached page cannot be poisoned with someone else's host name.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  const configured = c.env.PUBLIC_ORIGIN
  let origin = origins.get(configured)
  if (origin === undefined) {
    origin = new URL(configured).origin
    origins.set(configured, origin)
  }
  return origin
}

/** Parsed once per isolate and configured value (a URL parse per request adds up). */
const origins = new Map<string, string>()
