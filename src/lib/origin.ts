import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'

/**
 * The public origin every absolute URL is built from (PUBLIC_ORIGIN), never the request's Host
 * or forwarded headers, so a cached page cannot be poisoned with someone else's host name.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  return new URL(c.env.PUBLIC_ORIGIN).origin
}
