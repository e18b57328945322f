import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, scanTree } from './imports.ts'
import {
  dataStandsBelow,
  onlyAdaptersReadDatasets,
  srcUsesTheRegistry,
  tsxOnlyForJsx,
  vocabularyStandsAlone,
  widgetsKnowNoHttp,
} from './rules.ts'

const files = scanTree(ROOT, ['src', 'widgets', 'data'])
const imports = files.flatMap((f) => f.imports)

describe('the layers (CONTRIBUTING.md)', () => {
  it('R1: widgets/ never imports src/ or the hono server', () => {
    expect(widgetsKnowNoHttp(imports)).toEqual([])
  })

  it('R2: data/ never imports widgets/ or src/', () => {
    expect(dataStandsBelow(imports)).toEqual([])
  })

  it("R3: only a widget's adapter reads a Dataset, and no widget code loads data", () => {
    expect(onlyAdaptersReadDatasets(imports)).toEqual([])
  })

  it('R4: src/ reaches widgets only through widgets/registry.ts', () => {
    expect(srcUsesTheRegistry(imports)).toEqual([])
  })

  it('R5: data/vocabulary/ imports only itself and d3', () => {
    expect(vocabularyStandsAlone(imports)).toEqual([])
  })

  it('R6: .tsx files hold JSX', () => {
    expect(tsxOnlyForJsx(files)).toEqual([])
  })
})

describe('the import scanner on this tree', () => {
  it('reads every folder', () => {
    for (const dir of ['src/', 'widgets/', 'data/vocabulary/'])
      expect(files.some((f) => f.file.startsWith(dir))).toBe(true)
  })

  it('finds one static import per `from` clause that starts a line, so no rule passes by missing imports', () => {
    // A cross-check with a cruder reading: `import … from '…'`, `export … from '…'` or the `} from '…'` closing a
    // multi-line one, at the start of a line.
    const crude = /^(?:(?:import|export)\b.*?|\}) from ['"]/gm
    for (const { file, imports } of files) {
      const expected = readFileSync(join(ROOT, file), 'utf8').match(crude)?.length ?? 0
      expect(imports.length, file).toBe(expected)
    }
  })
})
