/**
 * The one table of hostile option values every route that reads widget options is tested with
 * (tests/worker/hostile-options.test.ts): characters that reorder or hide what a reader sees
 * (Trojan Source) or that terminals and parsers act on. Each must be refused wherever it comes in.
 */
export const HOSTILE_VALUES: readonly { name: string; value: string }[] = [
  { name: 'right-to-left override U+202E', value: 'a\u202egpj.exe' },
  { name: 'NUL', value: 'a\u0000b' },
  { name: 'ESC', value: 'a\u001b[31mb' },
  { name: 'BEL', value: 'a\u0007b' },
  { name: 'left-to-right isolate U+2066', value: 'a\u2066b\u2069' },
  { name: 'next line U+0085 (NEL)', value: 'a\u0085b' },
  { name: 'left-to-right mark U+200E', value: 'a\u200eb' },
  { name: 'DEL', value: 'a\u007fb' },
]

/** Every character of {@link HOSTILE_VALUES} that must never appear in a response. */
export const HOSTILE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/
