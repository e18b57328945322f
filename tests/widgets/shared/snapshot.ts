import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'

/** Elements that start a line in a snapshot file; breaking there changes nothing a reader sees. */
const BLOCK =
  /<(?=(?:svg|g|rect|line|path|circle|text|title|desc|style|script|head|body|meta|main|figure|figcaption|div|h1|p|ul|li|table|caption|thead|tbody|tfoot|tr)[\s>/])/g

/** Markup with one element per line, so a snapshot diff shows what moved. */
export function readable(markup: string): string {
  return `${markup.replace(BLOCK, '\n<').replace(/^\n/, '')}\n`
}

/**
 * Compares `actual` (made {@link readable}) with the committed file `<dir>/__snapshots__/<name>` byte for byte. A changed
 * output is written beside it as `<dir>/__actual__/<name>` (gitignored) so a person can open both;
 * `UPDATE_SNAPSHOTS=1` rewrites the committed file instead. A missing snapshot is written, and
 * fails under CI, where every snapshot must already be committed.
 * @example expectSnapshot(import.meta.dirname, 'bar-en-light.svg', svg)
 */
export function expectSnapshot(dir: string, name: string, markup: string): void {
  const actual = readable(markup)
  const expectedPath = join(dir, '__snapshots__', name)
  const actualPath = join(dir, '__actual__', name)
  const update = process.env.UPDATE_SNAPSHOTS === '1'
  if (update || !existsSync(expectedPath)) {
    if (!update && process.env.CI) throw new Error(`snapshot ${name} is not committed`)
    mkdirSync(join(dir, '__snapshots__'), { recursive: true })
    writeFileSync(expectedPath, actual)
    rmSync(actualPath, { force: true })
    return
  }
  const expected = readFileSync(expectedPath, 'utf8')
  if (expected === actual) {
    rmSync(actualPath, { force: true })
    return
  }
  mkdirSync(join(dir, '__actual__'), { recursive: true })
  writeFileSync(actualPath, actual)
  const a = actual.split('\n')
  const e = expected.split('\n')
  const line = a.findIndex((text, i) => text !== e[i])
  expect.fail(
    `${name} changed at line ${line + 1}; see __actual__/${name}, or rerun with UPDATE_SNAPSHOTS=1\n` +
      `- ${e[line] ?? '(end of file)'}\n+ ${a[line] ?? '(end of file)'}`,
  )
}
