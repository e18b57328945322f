/**
 * A bad widget option. The HTTP layer turns it into a 400 that names the query parameter
 * (`option`) and the allowed values, so the message is written once, here.
 */
export class OptionError extends RangeError {
  override name = 'OptionError'
  constructor(
    /** The option (and query parameter) at fault. */
    readonly option: string,
    message: string,
    /** The values it accepts, when they can be listed. */
    readonly allowed?: readonly string[],
  ) {
    super(message)
  }
}

/**
 * Reads an enumerated option: `undefined` gives the default, anything outside `allowed` throws.
 * @example keyword('theme', 'dark', ['auto', 'light', 'dark'], 'auto') // 'dark'
 */
export function keyword<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new OptionError(option, `invalid ${option}: expected one of ${allowed.join(', ')}`, allowed)
}
