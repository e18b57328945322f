import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** An RFC 9457 problem, thrown from handlers and rendered by the app's one `onError`. */
export interface ProblemDetails {
  /**
   * Short summary for a person ("Invalid parameter"): the heading of the HTML error page. The
   * problem+json's `title` is the status phrase instead, as RFC 9457 asks of `type: about:blank`.
   */
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

/**
 * The reason phrase of each status the service answers with (RFC 9110, RFC 6585): the `title` of a
 * problem whose `type` is `about:blank` (RFC 9457, section 4.2.1).
 */
const STATUS_PHRASES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** The HTTP reason phrase of `status` ("Not Found"); a generic one for a status not listed. */
export function statusPhrase(status: number): string {
  return STATUS_PHRASES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error')
}
