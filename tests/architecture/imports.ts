import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'

/** One `import`/`export … from` statement or dynamic `import()` of a source file. */
export interface Import {
  /** The importing file, relative to the repository root, with `/` separators: `widgets/bar-chart/index.ts`. */
  file: string
  /** 1-based line of the statement. */
  line: number
  /** The specifier as written: `'../../data/types.ts'`, `'hono/jsx'`. */
  specifier: string
  /** A relative specifier resolved against the file (`data/types.ts`); a package specifier as written. */
  target: string
  /** `import type …` / `export type …`: erased from the build, so it loads nothing at run time. */
  typeOnly: boolean
}

/** A source file and what the rules need to know about it. */
export interface SourceFile {
  file: string
  imports: Import[]
  /** The code, outside strings, template text, regular expressions and comments, holds a JSX element. */
  hasJsx: boolean
}

/**
 * The source with the inside of every comment, string, template text and regular expression turned into spaces
 * (line breaks kept), so offsets still match and what remains is code: a `from '…'` in a comment or an `<svg>` in
 * a template is not seen. Template substitutions (`${…}`) stay code. Whether `/` starts a regular expression is
 * decided by the character before it, which is right for the code this repository writes.
 */
export function codeOnly(source: string): string {
  const out = source.split('')
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' '
  }
  // One entry per open template literal: the brace depth of the `${` that left it.
  const templates: number[] = []
  let depth = 0
  let i = 0
  const n = source.length
  const template = () => {
    // At the character after the opening backtick or the `}` that closes a substitution.
    const start = i
    while (i < n && source[i] !== '`') {
      if (source[i] === '\\') i += 2
      else if (source[i] === '$' && source[i + 1] === '{') {
        blank(start, i)
        templates.push(depth)
        depth++
        i += 2
        return
      } else i++
    }
    blank(start, i)
    i++
  }
  while (i < n) {
    const c = source[i]!
    const next = source[i + 1]
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i)
      blank(i, end === -1 ? n : end)
      i = end === -1 ? n : end
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2)
      blank(i, end === -1 ? n : end + 2)
      i = end === -1 ? n : end + 2
    } else if (c === "'" || c === '"') {
      const start = ++i
      while (i < n && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1
      blank(start, i)
      i++
    } else if (c === '`') {
      i++
      template()
    } else if (c === '/' && startsRegex(source, i)) {
      const start = ++i
      let inClass = false
      while (i < n && source[i] !== '\n' && (inClass || source[i] !== '/')) {
        if (source[i] === '\\') i++
        else if (source[i] === '[') inClass = true
        else if (source[i] === ']') inClass = false
        i++
      }
      blank(start, i)
      i++
    } else if (c === '{') {
      depth++
      i++
    } else if (c === '}') {
      depth--
      i++
      if (templates.length && templates.at(-1) === depth) {
        templates.pop()
        template()
      }
    } else i++
  }
  return out.join('')
}

/** A `/` at `at` starts a regular expression (not a division) when what precedes it cannot end a value. */
function startsRegex(source: string, at: number): boolean {
  const before = source.slice(0, at).trimEnd()
  if (before === '') return true
  if (/(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/.test(before)) return true
  // Not after `<`: in JSX, `</` closes an element.
  return /[(,=:[!&|?{};+\-*%>~^]$/.test(before)
}

// `import x from`, `import type { a } from`, `import x, * as y from`, `export * from`, `export { a as b } from`.
const CLAUSE = String.raw`(?:[\w$]+\s*,\s*)?(?:\{[^{}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+)`
const STATIC = new RegExp(String.raw`(?<![\w$.])(import|export)(\s+type(?=[\s{*]))?\s*${CLAUSE}\s*from\s*(['"])`, 'g')
const SIDE_EFFECT = /(?<![\w$.])import\s*(['"])/g
const DYNAMIC = /(?<![\w$.])import\s*\(\s*(['"])/g
/** An element's end: `</a>`, `</>` or `/>`. Every JSX element has one; TypeScript code outside strings has none. */
const JSX_END = /<\/[\w.:-]*\s*>|\/>/

/** Every import of one file; `file` is its path from the repository root. */
export function importsOf(file: string, source: string): Import[] {
  const code = codeOnly(source)
  const found: Import[] = []
  const add = (at: number, quoteAt: number, typeOnly: boolean) => {
    const end = source.indexOf(source[quoteAt]!, quoteAt + 1)
    const specifier = source.slice(quoteAt + 1, end)
    const line = source.slice(0, at).split('\n').length
    found.push({ file, line, specifier, target: resolve(file, specifier), typeOnly })
  }
  for (const m of code.matchAll(STATIC)) add(m.index, m.index + m[0].length - 1, Boolean(m[2]))
  for (const m of code.matchAll(SIDE_EFFECT)) add(m.index, m.index + m[0].length - 1, false)
  for (const m of code.matchAll(DYNAMIC)) add(m.index, m.index + m[0].length - 1, false)
  return found.sort((a, b) => a.line - b.line)
}

/** A relative specifier as a path from the repository root; any other (a package) as written. */
export function resolve(file: string, specifier: string): string {
  return specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)) : specifier
}

/** The code (outside strings and comments) holds a JSX element. */
export function hasJsx(source: string): boolean {
  return JSX_END.test(codeOnly(source))
}

/** Every `.ts`/`.tsx` file under `dirs` (relative to `root`), read and scanned, in path order. */
export function scanTree(root: string, dirs: readonly string[]): SourceFile[] {
  const files = dirs.flatMap((dir) => sourceFiles(root, dir)).sort()
  return files.map((file) => {
    const source = readFileSync(join(root, file), 'utf8')
    return { file, imports: importsOf(file, source), hasJsx: hasJsx(source) }
  })
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(root, path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** The repository root, two folders above this file. */
export const ROOT = dirname(dirname(import.meta.dirname))
