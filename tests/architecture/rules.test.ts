import { describe, expect, it } from 'vitest'
import { hasJsx, type Import, importsOf } from './imports.ts'
import {
  ADAPTER_FILE,
  DATASET_READERS,
  dataStandsBelow,
  onlyAdaptersReadDatasets,
  srcUsesTheRegistry,
  tsxOnlyForJsx,
  vocabularyStandsAlone,
  widgetsKnowNoHttp,
} from './rules.ts'

/** What the scanner would report for `import [type] … from '<specifier>'` on line 1 of `file`. */
const imports = (file: string, ...specifiers: string[]): Import[] =>
  specifiers.flatMap((s) => {
    const typeOnly = s.startsWith('type ')
    return importsOf(file, `import ${typeOnly ? 'type ' : ''}{ x } from '${typeOnly ? s.slice(5) : s}'\n`)
  })

describe('each rule fails, naming the file and the import', () => {
  it('R1: a widget importing src/ or the hono server', () => {
    expect(widgetsKnowNoHttp(imports('widgets/bar-chart/render.ts', '../../src/lib/headers.ts', 'hono'))).toEqual([
      "R1 widgets/bar-chart/render.ts:1 imports '../../src/lib/headers.ts' (src/lib/headers.ts): widgets/ never imports src/ (no HTTP, no server code)",
      "R1 widgets/bar-chart/render.ts:1 imports 'hono': widgets/ uses only hono/html and hono/jsx of hono, no server code",
    ])
    expect(widgetsKnowNoHttp(imports('widgets/frame/svg-frame.tsx', 'type hono/jsx', '../shared/markup.ts'))).toEqual(
      [],
    )
  })

  it('R2: data importing widgets/ or src/', () => {
    expect(dataStandsBelow(imports('data/columns.ts', '../widgets/registry.ts', '../src/app.ts'))).toEqual([
      "R2 data/columns.ts:1 imports '../widgets/registry.ts' (widgets/registry.ts): data/ never imports widgets/ or src/",
      "R2 data/columns.ts:1 imports '../src/app.ts' (src/app.ts): data/ never imports widgets/ or src/",
    ])
  })

  it('R3: a renderer reading a Dataset, an adapter importing its types as values, widget code loading data', () => {
    const found = [
      ...imports('widgets/timeline/render.ts', 'type ../../data/types.ts', '../../data/columns.ts'),
      ...imports(`widgets/timeline/${ADAPTER_FILE}`, '../../data/types.ts'),
      ...imports('widgets/bar-chart/options.ts', '../../data/bundled.ts', '../../data/schema.ts'),
      ...imports('widgets/shared/x.ts', '../../data/occupation-in-figures/territories.csv'),
    ]
    expect(onlyAdaptersReadDatasets(found)).toEqual([
      "R3 widgets/timeline/render.ts:1 imports '../../data/types.ts' (data/types.ts): only a widget's adapter.ts and index.ts read a Dataset (exceptions: DATASET_READERS in tests/architecture/rules.ts)",
      "R3 widgets/timeline/render.ts:1 imports '../../data/columns.ts' (data/columns.ts): only a widget's adapter.ts and index.ts read a Dataset",
      "R3 widgets/timeline/adapter.ts:1 imports '../../data/types.ts' (data/types.ts): data/types.ts is imported with `import type` only",
      "R3 widgets/bar-chart/options.ts:1 imports '../../data/bundled.ts' (data/bundled.ts): no widget code loads or parses data: only data/vocabulary/ and data/types.ts",
      "R3 widgets/bar-chart/options.ts:1 imports '../../data/schema.ts' (data/schema.ts): no widget code loads or parses data: only data/vocabulary/ and data/types.ts",
      "R3 widgets/shared/x.ts:1 imports '../../data/occupation-in-figures/territories.csv' (data/occupation-in-figures/territories.csv): no widget code loads data",
    ])
  })

  it('R3 holds for an adapter, a definition, the listed readers and the vocabulary', () => {
    const found = [
      ...imports(`widgets/timeline/${ADAPTER_FILE}`, 'type ../../data/types.ts', '../../data/columns.ts'),
      ...imports('widgets/timeline/index.ts', 'type ../../data/types.ts', '../../data/columns.ts'),
      ...Object.keys(DATASET_READERS).flatMap((file) =>
        imports(file, `type ${'../'.repeat(file.split('/').length - 1)}data/types.ts`),
      ),
      ...imports('widgets/timeline/render.ts', '../../data/vocabulary/index.ts'),
    ]
    expect(onlyAdaptersReadDatasets(found)).toEqual([])
    // A file named like a definition outside a widget's folder is not one.
    expect(onlyAdaptersReadDatasets(imports('widgets/frame/index.ts', 'type ../../data/types.ts'))).toHaveLength(1)
  })

  it('R4: src/ importing widget code other than the registry', () => {
    const found = [
      ...imports('src/embed/png.ts', '../../widgets/timeline/render.ts', '../../widgets/widget-definition.ts'),
      ...imports('src/embed/oembed.ts', '../../widgets/registry.ts', 'type ../../widgets/widget-definition.ts'),
    ]
    expect(srcUsesTheRegistry(found)).toEqual([
      "R4 src/embed/png.ts:1 imports '../../widgets/timeline/render.ts' (widgets/timeline/render.ts): src/ reaches widgets only through widgets/registry.ts",
      "R4 src/embed/png.ts:1 imports '../../widgets/widget-definition.ts' (widgets/widget-definition.ts): src/ reaches widgets only through widgets/registry.ts",
    ])
  })

  it('R5: the vocabulary importing beyond itself and d3', () => {
    const found = imports('data/vocabulary/locale.ts', '../types.ts', 'hono', 'd3', 'd3-format', './languages.ts')
    expect(vocabularyStandsAlone(found)).toEqual([
      "R5 data/vocabulary/locale.ts:1 imports '../types.ts' (data/types.ts): data/vocabulary/ imports only itself and d3",
      "R5 data/vocabulary/locale.ts:1 imports 'hono': data/vocabulary/ imports only itself and d3",
    ])
  })

  it('R6: a .tsx file without JSX', () => {
    const files = [
      { file: 'widgets/timeline/render.tsx', hasJsx: false },
      { file: 'widgets/frame/svg-frame.tsx', hasJsx: true },
      { file: 'widgets/timeline/layout.ts', hasJsx: false },
    ]
    expect(tsxOnlyForJsx(files)).toEqual(['R6 widgets/timeline/render.tsx has no JSX: name it .ts'])
  })
})

describe('the import scanner', () => {
  it('reads every form of import and export, with line numbers and type-only ones', () => {
    const source = [
      "import a from './a.ts'",
      "import type { B } from '../b.ts'",
      'import {',
      '  c,',
      '  type D,',
      "} from './c.ts'",
      "import e, * as f from 'e'",
      "export * from './g.ts'",
      "export type { H } from './h.ts'",
      "import './side-effect.ts'",
      "const i = await import('./i.ts')",
      'import type from "./default-named-type.ts"',
    ].join('\n')
    expect(importsOf('widgets/x/y.ts', source).map((i) => [i.line, i.target, i.typeOnly])).toEqual([
      [1, 'widgets/x/a.ts', false],
      [2, 'widgets/b.ts', true],
      [3, 'widgets/x/c.ts', false],
      [7, 'e', false],
      [8, 'widgets/x/g.ts', false],
      [9, 'widgets/x/h.ts', true],
      [10, 'widgets/x/side-effect.ts', false],
      [11, 'widgets/x/i.ts', false],
      [12, 'widgets/x/default-named-type.ts', false],
    ])
  })

  it('ignores imports written in comments, strings, templates and regular expressions', () => {
    const source = [
      "// import a from './a.ts'",
      "/* export * from './b.ts' */",
      'const c = "import c from \'./c.ts\'"',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text for the scanner, holding a template
      "const d = `import d from './d.ts' ${await import('./e.ts')} import('./f.ts')`",
      "const g = /import('.\\/g.ts')/",
    ].join('\n')
    expect(importsOf('x.ts', source).map((i) => i.specifier)).toEqual(['./e.ts'])
  })

  it('sees JSX, and not markup in strings or TypeScript generics', () => {
    expect(hasJsx('export const a = () => <p class="x">{text}</p>')).toBe(true)
    expect(hasJsx('export const a = <br />')).toBe(true)
    expect(hasJsx('export const a = <>{b}</>')).toBe(true)
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text for the scanner, holding a template
    expect(hasJsx("const a = `<p>${b}</p>` + '<br/>' // </p>\nconst m = new Map<string, Array<number>>()")).toBe(false)
    expect(hasJsx('const re = /<\\/p>/g')).toBe(false)
  })
})
