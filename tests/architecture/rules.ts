import type { Import, SourceFile } from './imports.ts'

/**
 * The layer rules of CONTRIBUTING.md ("Layers"), as pure functions: each takes what the scanner found and returns
 * one line per violation, naming the rule, the file, the line and the import. An empty list means the rule holds.
 */

/** The one file of a widget that reads a `Dataset` and turns it into the renderer's typed rows. */
export const ADAPTER_FILE = 'adapter.ts'

/** A widget's definition: wires adapter, options and renderer together and hands the `Dataset` to the adapter. */
export const DEFINITION_FILE = 'index.ts'

/** Folders of widgets/ that hold code shared by every widget rather than a widget. */
export const SHARED_WIDGET_FOLDERS: readonly string[] = ['frame', 'shared']

/**
 * The widget files, besides each widget's adapter and definition, allowed to see a `Dataset`: each may
 * `import type` from data/types.ts, nothing more. Add a file here only with the reason it cannot take typed values.
 */
export const DATASET_READERS: Readonly<Record<string, string>> = {
  'widgets/frame/words.ts':
    "the frame's words (title, subtitle, notes, sources, update date) are the dataset's metadata, the same for " +
    'every widget, so the frame reads them once rather than each adapter copying them',
  'widgets/widget-definition.ts': "the contract: a definition's functions are handed the Dataset; it reads nothing",
}

/** Modules of hono that widget code may use: HTML escaping and the JSX types, none of the HTTP server. */
export const WIDGET_HONO_MODULES: readonly string[] = ['hono/html', 'hono/jsx']

/** What src/ may import from widgets/: the registry, and the definition's types. */
export const WIDGETS_ENTRY = 'widgets/registry.ts'
export const WIDGETS_TYPES = 'widgets/widget-definition.ts'

const violation = (rule: string, i: Import, why: string) =>
  `${rule} ${i.file}:${i.line} imports '${i.specifier}'${i.target === i.specifier ? '' : ` (${i.target})`}: ${why}`

const under = (path: string, folder: string) => path.startsWith(`${folder}/`)

/** The widget a file belongs to (`bar-chart` for widgets/bar-chart/layout.ts), or undefined for shared code. */
export function widgetOf(file: string): string | undefined {
  const name = /^widgets\/([^/]+)\/./.exec(file)?.[1]
  return name && !SHARED_WIDGET_FOLDERS.includes(name) ? name : undefined
}

/** R1: widgets/ never imports src/ nor hono's server; renderers know no HTTP. */
export function widgetsKnowNoHttp(imports: readonly Import[]): string[] {
  return imports
    .filter((i) => under(i.file, 'widgets'))
    .flatMap((i) => {
      if (under(i.target, 'src')) return [violation('R1', i, 'widgets/ never imports src/ (no HTTP, no server code)')]
      const hono = i.target === 'hono' || i.target.startsWith('hono/')
      if (hono && !WIDGET_HONO_MODULES.includes(i.target))
        return [violation('R1', i, `widgets/ uses only ${WIDGET_HONO_MODULES.join(' and ')} of hono, no server code`)]
      return []
    })
}

/** R2: data/ never imports widgets/ or src/; datasets know nothing of how they are drawn or served. */
export function dataStandsBelow(imports: readonly Import[]): string[] {
  return imports
    .filter((i) => under(i.file, 'data') && (under(i.target, 'widgets') || under(i.target, 'src')))
    .map((i) => violation('R2', i, 'data/ never imports widgets/ or src/'))
}

/**
 * R3: a widget's adapter is the only widget code reading a Dataset, with type imports only; no widget code loads or
 * parses data at run time. Widget code may import from data/ only data/vocabulary/, `import type` from data/types.ts
 * (a widget's adapter and definition, and {@link DATASET_READERS}) and data/columns.ts (adapter and definition).
 */
export function onlyAdaptersReadDatasets(imports: readonly Import[]): string[] {
  return imports
    .filter((i) => under(i.file, 'widgets'))
    .flatMap((i) => {
      const name = i.file.split('/').at(-1)
      const adapterOrDefinition = widgetOf(i.file) !== undefined && (name === ADAPTER_FILE || name === DEFINITION_FILE)
      const readsDatasets = `only a widget's ${ADAPTER_FILE} and ${DEFINITION_FILE} read a Dataset`
      if (i.target.endsWith('.csv')) return [violation('R3', i, 'no widget code loads data')]
      if (!under(i.target, 'data') || under(i.target, 'data/vocabulary')) return []
      if (i.target === 'data/types.ts') {
        if (!i.typeOnly) return [violation('R3', i, 'data/types.ts is imported with `import type` only')]
        if (adapterOrDefinition || i.file in DATASET_READERS) return []
        return [violation('R3', i, `${readsDatasets} (exceptions: DATASET_READERS in tests/architecture/rules.ts)`)]
      }
      if (i.target === 'data/columns.ts') return adapterOrDefinition ? [] : [violation('R3', i, readsDatasets)]
      return [violation('R3', i, 'no widget code loads or parses data: only data/vocabulary/ and data/types.ts')]
    })
}

/** R4: src/ reaches widgets only through widgets/registry.ts (and `import type` from widgets/widget-definition.ts). */
export function srcUsesTheRegistry(imports: readonly Import[]): string[] {
  return imports
    .filter((i) => under(i.file, 'src') && under(i.target, 'widgets'))
    .filter((i) => i.target !== WIDGETS_ENTRY && !(i.target === WIDGETS_TYPES && i.typeOnly))
    .map((i) => violation('R4', i, `src/ reaches widgets only through ${WIDGETS_ENTRY}`))
}

/** R5: data/vocabulary/ imports nothing outside itself but d3. */
export function vocabularyStandsAlone(imports: readonly Import[]): string[] {
  return imports
    .filter((i) => under(i.file, 'data/vocabulary'))
    .filter((i) => !under(i.target, 'data/vocabulary') && i.target !== 'd3' && !i.target.startsWith('d3-'))
    .map((i) => violation('R5', i, 'data/vocabulary/ imports only itself and d3'))
}

/** R6: `.tsx` only for files with JSX in them. */
export function tsxOnlyForJsx(files: readonly Pick<SourceFile, 'file' | 'hasJsx'>[]): string[] {
  return files.filter((f) => f.file.endsWith('.tsx') && !f.hasJsx).map((f) => `R6 ${f.file} has no JSX: name it .ts`)
}
