import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** An RFC 9457 problem, thrown from handlers and rendered by the app's one `onError`. */
export interface ProblemDetails {
  /** Short, stable summary of the problem type ("Invalid parameter"). */
  title: string
  /** What went wrong in this request, for a person. Never contains raw input. */
  detail: string
  /** The query parameter or path segment at fault, if any. */
  parameter?: string
  /** The values the parameter accepts, when they can be listed. */
  allowed?: readonly string[]
  /** Extra headers for the error response (`Allow`, `Retry-After`). */
  headers?: Record<string, string>
}

/** An `HTTPException` that carries problem details. */
export class ProblemException extends HTTPException {
  readonly problem: ProblemDetails
  constructor(status: ContentfulStatusCode, problem: ProblemDetails) {
    super(status, { message: problem.detail })
    this.problem = problem
  }
}

/** 400 for a bad query parameter or path segment. */
export function badParameter(parameter: string, detail: string, allowed?: readonly string[]): ProblemException {
  return new ProblemException(400, {
    title: 'Invalid parameter',
    detail,
    parameter,
    ...(allowed ? { allowed } : {}),
  })
}

/** 404 for an unknown dataset, resource or widget. */
export function notFound(detail: string): ProblemException {
  return new ProblemException(404, { title: 'Not found', detail })
}
