import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { ProblemException } from './problem.ts'

/**
 * What every publishing route (datasets, charts) checks before it reads a body: the client's
 * rate limit first (so a wrong token costs a guess, and a refused client costs no work), then the
 * bearer token. A 429 with `Retry-After` or a 401 that says nothing of what exists.
 */
export async function admitPublisher(c: Context<AppEnv>): Promise<void> {
  const { success } = await c.env.PUBLISH_RATE.limit({ key: c.req.header('CF-Connecting-IP') ?? 'local' })
  if (!success)
    throw new ProblemException(429, {
      title: 'Too many publishes',
      detail: 'Too many publishes from this client: try again in a minute.',
      headers: { 'Retry-After': '60' },
    })
  if (!(await authorized(c.req.header('Authorization'), c.env.PUBLISH_TOKEN)))
    throw new ProblemException(401, {
      title: 'Unauthorized',
      detail: 'A valid publishing token is required (Authorization: Bearer <token>).',
      headers: { 'WWW-Authenticate': 'Bearer realm="factbox publishing"' },
    })
}

/**
 * Whether the Authorization header carries the token, compared in constant time (over SHA-256
 * digests, so neither the length nor a prefix leaks). No token configured: nobody may publish.
 */
export async function authorized(header: string | undefined, token: string | undefined): Promise<boolean> {
  const given = /^Bearer (\S+)$/.exec(header ?? '')?.[1]
  if (!token || !given) return false
  const digest = async (text: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  const [a, b] = (await Promise.all([digest(given), digest(token)])).map((d) => new Uint8Array(d))
  let difference = 0
  for (let i = 0; i < a!.length; i++) difference |= a![i]! ^ b![i]!
  return difference === 0
}

/**
 * A publishing body: JSON by its Content-Type (415), at most `maxBytes` by its header and by what
 * arrives (413), parsed (400). Its shape is the route's to check.
 */
export async function readJsonBody(c: Context<AppEnv>, maxBytes: number): Promise<unknown> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json')
    throw new ProblemException(415, {
      title: 'Unsupported media type',
      detail: 'The body must be JSON: Content-Type: application/json.',
      parameter: 'Content-Type',
      allowed: ['application/json'],
    })
  const tooLarge = () =>
    new ProblemException(413, {
      title: 'Body too large',
      detail: `The body is over ${maxBytes} bytes.`,
      parameter: 'body',
    })
  if (Number(c.req.header('Content-Length') ?? 0) > maxBytes) throw tooLarge()
  const bytes = await c.req.arrayBuffer()
  if (bytes.byteLength > maxBytes) throw tooLarge()
  try {
    return JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new ProblemException(400, { title: 'Invalid body', detail: 'The body is not valid JSON.', parameter: 'body' })
  }
}
