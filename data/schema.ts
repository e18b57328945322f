import { csvParseRows } from 'd3'
import { rowIds } from './columns.ts'
import {
  type Cell,
  type Dataset,
  type Field,
  type Resource,
  type Row,
  type Source,
  VIEW_TEXT_KEYS,
  type View,
  type ViewNote,
  type ViewText,
} from './types.ts'
import {
  LANGS,
  type Lang,
  type LocalizedText,
  type PartialDate,
  parseEdtf,
  WORD_KEYS,
  type WordKey,
  type WordOverrides,
} from './vocabulary/index.ts'

/** A data package as bundled: its descriptor and the text of each file it names. */
export interface PackageSource {
  id: string
  descriptor: unknown
  files: Record<string, string>
}

/** A broken data package. The message names the file, the line and the field at fault. */
export class DataPackageError extends Error {
  override name = 'DataPackageError'
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DESCRIPTOR = 'datapackage.json'
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/
const INTEGER = /^-?(?:0|[1-9]\d*)$/
const FIELD_TYPES = ['string', 'number', 'integer', 'date'] as const
/**
 * The largest magnitude a number cell may have: beyond 2^53 - 1 a double no longer holds every
 * whole number, so a figure would not come back as written (a 401-digit value became Infinity).
 * A field's own `minimum` and `maximum` narrow it further.
 */
export const NUMBER_LIMIT = Number.MAX_SAFE_INTEGER
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
const EDTF_RDF_TYPE = 'http://id.loc.gov/datatypes/edtf'

/**
 * Validates a data package and types its rows. Runs when the tests run and when the Worker
 * first loads a dataset; anything wrong throws a `DataPackageError` naming file, line and field.
 */
export async function loadPackage(source: PackageSource): Promise<Dataset> {
  const dataset = validatePackage(source)
  return { ...dataset, version: await contentVersion(source) }
}

/** The synchronous part of `loadPackage`: everything but the content hash. */
export function validatePackage(source: PackageSource): Omit<Dataset, 'version'> {
  const at = `${source.id}/${DESCRIPTOR}`
  if (!ID.test(source.id)) fail(`${at}: dataset id "${source.id}" must match ${ID}`)
  const d = object(source.descriptor, at)
  if (d.name !== source.id) fail(`${at}: name must be "${source.id}" (the folder name)`)
  const languages = parseLanguages(d.languages, at)
  const i18n = d.i18n === undefined ? {} : object(d.i18n, `${at}: i18n`)
  // The descriptor's own texts are in the one language `i18n` does not give (its first, when
  // `i18n` gives every one); `i18n.<lang>` holds the others. No language is required.
  const textLang = languages.find((l) => !Object.hasOwn(i18n, l)) ?? languages[0]!
  const others = languages.filter((l) => l !== textLang)
  const localized = (key: 'title' | 'description' | 'context', own: unknown = d[key]): LocalizedText => {
    const text: LocalizedText = { [textLang]: string(own, `${at}: ${key}`) }
    for (const lang of others) {
      const entry = object(i18n[lang], `${at}: i18n.${lang}`)
      text[lang] = string(entry[key], `${at}: i18n.${lang}.${key}`)
    }
    return text
  }
  const resources = array(d.resources, `${at}: resources`).map((r, i) =>
    parseResource(r, `${at}: resources[${i}]`, languages, source.files),
  )
  const names = new Set<string>()
  for (const r of resources) {
    if (names.has(r.name)) fail(`${at}: resource name "${r.name}" is used twice`)
    names.add(r.name)
  }
  const updated = string(d.updated, `${at}: updated`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(updated) || typeof parseEdtf(updated) === 'string')
    fail(`${at}: updated "${updated}" must be a date YYYY-MM-DD`)
  const asOf = d.asOf === undefined ? undefined : parseAsOf(d.asOf, `${at}: asOf`)
  const context = d.context === undefined ? undefined : object(d.context, `${at}: context`)
  return {
    id: source.id,
    title: localized('title'),
    description: localized('description'),
    languages,
    textLang,
    updated,
    ...(asOf ? { asOf } : {}),
    ...(context
      ? {
          context: {
            text: localized('context', context.text),
            sources: parseSources(context.sources, `${at}: context.sources`, languages),
          },
        }
      : {}),
    ...(d.created === undefined ? {} : { created: parseCreated(d.created, `${at}: created`) }),
    licenses: d.licenses === undefined ? [] : (array(d.licenses, `${at}: licenses`) as Dataset['licenses']),
    sources: parseSources(d.sources, `${at}: sources`, languages),
    views: parseViews(d.views, `${at}: views`, resources, languages, textLang),
    ...(d.words === undefined ? {} : { words: parseWords(d.words, `${at}: words`, languages) }),
    resources,
    descriptor: d,
  }
}

/**
 * `created`: when the descriptor was created, an RFC 3339 date-time as the Data Package profile
 * asks (`2026-11-28T18:46:31Z`). A bare date is refused: the date the source published its figures
 * is `asOf`, and a time of day must not be made up.
 */
function parseCreated(value: unknown, at: string): string {
  const text = string(value, at)
  const valid =
    RFC3339.test(text) && !Number.isNaN(Date.parse(text)) && typeof parseEdtf(text.slice(0, 10)) !== 'string'
  if (!valid) fail(`${at}: "${text}" must be an RFC 3339 date-time with its offset (2026-11-28T18:46:31Z)`)
  return text
}

/** `asOf`: a year, a month or a day (`2016`, `2016-04`, `2016-04-06`), never a range or a time. */
function parseAsOf(value: unknown, at: string): PartialDate {
  const text = string(value, at)
  const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text) ? parseEdtf(text) : undefined
  if (date === undefined || typeof date === 'string')
    fail(`${at}: "${text}" must be a year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD)`)
  return date
}

/**
 * `words`: the dataset's own replacements for the widgets' words, `words.<lang>.<key>` with a key
 * of `WORD_KEYS` ("getTheData", "timeline.total") and a plain text, in a language of the dataset.
 */
function parseWords(value: unknown, at: string, languages: Lang[]): NonNullable<Dataset['words']> {
  const words: NonNullable<Dataset['words']> = {}
  for (const [lang, entry] of Object.entries(object(value, at))) {
    if (!(languages as string[]).includes(lang))
      fail(`${at}: unknown language "${lang}" (languages: ${languages.join(', ')})`)
    const own: WordOverrides = {}
    for (const [key, text] of Object.entries(object(entry, `${at}.${lang}`))) {
      if (!(WORD_KEYS as readonly string[]).includes(key))
        fail(`${at}.${lang}: unknown word "${key}" (allowed: ${WORD_KEYS.join(', ')})`)
      own[key as WordKey] = string(text, `${at}.${lang}.${key}`).trim()
    }
    words[lang as Lang] = own
  }
  return words
}

function parseLanguages(value: unknown, at: string): Lang[] {
  if (value === undefined) return ['en']
  const list = array(value, `${at}: languages`)
  for (const lang of list)
    if (!(LANGS as readonly unknown[]).includes(lang))
      fail(`${at}: languages: unknown language "${String(lang)}" (allowed: ${LANGS.join(', ')})`)
  if (list.length === 0) fail(`${at}: languages must name at least one language`)
  if (new Set(list).size !== list.length) fail(`${at}: languages: a language is listed twice`)
  return list as Lang[]
}

/**
 * Sources, each with its title in the language of the descriptor's own texts and, under `i18n.<lang>.title`, in its other
 * languages (a factbox extension of the Data Package: a reader sees the citation in their language).
 */
function parseSources(value: unknown, at: string, languages: Lang[]): Source[] {
  if (value === undefined) return []
  return array(value, at).map((s, i) => {
    const o = object(s, `${at}[${i}]`)
    const i18n = o.i18n === undefined ? {} : object(o.i18n, `${at}[${i}].i18n`)
    const titles: Source['i18n'] = {}
    for (const [lang, entry] of Object.entries(i18n)) {
      if (!(languages as string[]).includes(lang))
        fail(`${at}[${i}].i18n: unknown language "${lang}" (languages: ${languages.join(', ')})`)
      titles[lang as Lang] = {
        title: string(object(entry, `${at}[${i}].i18n.${lang}`).title, `${at}[${i}].i18n.${lang}.title`),
      }
    }
    return {
      ...(typeof o.name === 'string' ? { name: o.name } : {}),
      title: string(o.title, `${at}[${i}].title`),
      ...(typeof o.path === 'string' ? { path: o.path } : {}),
      ...(Object.keys(titles).length ? { i18n: titles } : {}),
    }
  })
}

function parseResource(value: unknown, at: string, languages: Lang[], files: Record<string, string>): Resource {
  const r = object(value, at)
  const name = string(r.name, `${at}.name`)
  if (!ID.test(name)) fail(`${at}.name "${name}" must match ${ID}`)
  // The API serves the package's own descriptor at datasets/<id>/datapackage.json.
  if (name === 'datapackage') fail(`${at}.name "datapackage" is reserved for the descriptor`)
  const path = string(r.path, `${at}.path`)
  const text = Object.hasOwn(files, path) ? files[path] : undefined
  if (text === undefined) fail(`${at}.path: file "${path}" is missing from the package`)
  const schema = object(r.schema, `${at}.schema`)
  const fields = array(schema.fields, `${at}.schema.fields`).map((f, i) =>
    parseField(f, `${at}.schema.fields[${i}]`, languages),
  )
  checkLocalizedFields(fields, languages, at)
  const sources = parseSources(r.sources, `${at}.sources`, languages)
  const rows = parseRows(text, path, fields, r.schema as Record<string, unknown>)
  checkSelfReferences(schema.foreignKeys, rows, path, `${at}.schema.foreignKeys`)
  return {
    name,
    ...(typeof r.title === 'string' ? { title: r.title } : {}),
    ...(typeof r.description === 'string' ? { description: r.description } : {}),
    path,
    sources,
    fields,
    rows,
  }
}

function parseField(value: unknown, at: string, languages: Lang[]): Field {
  const f = object(value, at)
  const name = string(f.name, `${at}.name`)
  if (!/^[a-z][a-z0-9_]*$/.test(name)) fail(`${at}.name "${name}" must be snake_case`)
  const type = f.type ?? 'string'
  if (!(FIELD_TYPES as readonly unknown[]).includes(type))
    fail(`${at}: field "${name}" has unknown type "${String(type)}" (allowed: ${FIELD_TYPES.join(', ')})`)
  const constraints = f.constraints === undefined ? {} : object(f.constraints, `${at}.constraints`)
  const suffix = /^(.+)_([a-z]{2})$/.exec(name)
  const lang = suffix && (languages as string[]).includes(suffix[2]!) ? (suffix[2] as Lang) : undefined
  const i18n = f.i18n === undefined ? {} : object(f.i18n, `${at}.i18n`)
  const titles: Partial<Record<Lang, string>> = {}
  const descriptions: Partial<Record<Lang, string>> = {}
  for (const [l, entry] of Object.entries(i18n)) {
    if (!(languages as string[]).includes(l))
      fail(`${at}.i18n: unknown language "${l}" (languages: ${languages.join(', ')})`)
    const words = object(entry, `${at}.i18n.${l}`)
    if (words.title === undefined && words.description === undefined)
      fail(`${at}.i18n.${l}: give a title, a description or both`)
    if (words.title !== undefined) titles[l as Lang] = string(words.title, `${at}.i18n.${l}.title`)
    if (words.description !== undefined)
      descriptions[l as Lang] = string(words.description, `${at}.i18n.${l}.description`)
  }
  checkValueKind(f, name, type as Field['type'], at)
  return {
    name,
    type: type as Field['type'],
    ...(Object.keys(titles).length ? { titles } : {}),
    ...(Object.keys(descriptions).length ? { descriptions } : {}),
    ...(typeof f.title === 'string' ? { title: f.title } : {}),
    ...(typeof f.description === 'string' ? { description: f.description } : {}),
    ...(typeof f.unit === 'string' ? { unit: f.unit } : {}),
    ...(typeof f.currency === 'string' ? { currency: f.currency } : {}),
    ...(f.rdfType === EDTF_RDF_TYPE ? { format: 'edtf' as const } : {}),
    ...(lang ? { localized: { base: suffix![1]!, lang } } : {}),
    required: constraints.required === true,
  }
}

/**
 * What a number column's values are: a `unit` (non-empty text), a `currency` (an ISO 4217 code
 * `Intl` knows), or neither (a plain count); never both, and only on a number column.
 */
function checkValueKind(f: Record<string, unknown>, name: string, type: Field['type'], at: string) {
  const { unit, currency } = f
  if (unit === undefined && currency === undefined) return
  if (type !== 'number' && type !== 'integer')
    fail(`${at}: field "${name}" is a ${type}: only a number or integer column has a unit or a currency`)
  if (unit !== undefined && currency !== undefined)
    fail(`${at}: field "${name}" gives both a unit and a currency: money has its currency only`)
  if (unit !== undefined && (typeof unit !== 'string' || unit.trim() === ''))
    fail(`${at}.unit: field "${name}" must give its unit as text ("km²", "kilometer")`)
  if (currency !== undefined && (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency) || !isCurrency(currency)))
    fail(`${at}.currency: field "${name}" has "${String(currency)}", not an ISO 4217 currency code ("EUR", "AZN")`)
}

/** Whether `code` is a currency the runtime's `Intl` knows (so every widget can write it). */
function isCurrency(code: string): boolean {
  return typeof Intl.supportedValuesOf !== 'function' || Intl.supportedValuesOf('currency').includes(code)
}

/** A localized column (`name_az`) needs a sibling in every language of the package. */
function checkLocalizedFields(fields: Field[], languages: Lang[], at: string) {
  const bases = new Set(fields.flatMap((f) => (f.localized ? [f.localized.base] : [])))
  for (const base of bases)
    for (const lang of languages)
      if (!fields.some((f) => f.name === `${base}_${lang}`))
        fail(`${at}.schema: column "${base}_${lang}" is missing (languages: ${languages.join(', ')})`)
}

/**
 * Foreign keys of a resource to itself (`"reference": { "resource": "" }`), as Frictionless
 * declares them: `within` names the row whose area contains this one's. Each value must be the key
 * of another row, and following them must never come back to where it started (a loop would make
 * every total drop the rows in it). Keys to other resources are not checked here.
 */
function checkSelfReferences(value: unknown, rows: readonly Row[], path: string, at: string) {
  if (value === undefined) return
  for (const [i, entry] of array(value, at).entries()) {
    const key = object(entry, `${at}[${i}]`)
    const reference = object(key.reference, `${at}[${i}].reference`)
    if (reference.resource !== '') continue
    const [field] = [key.fields].flat() as string[]
    const [target] = [reference.fields].flat() as string[]
    if (typeof field !== 'string' || typeof target !== 'string' || [key.fields, reference.fields].flat().length !== 2)
      fail(`${at}[${i}]: a reference to the same resource needs one field and one target field`)
    const parent = new Map(rows.map((row) => [row[target], row[field]]))
    rows.forEach((row, line) => {
      const where = `${path} line ${line + 2}, field "${field}"`
      const cell = row[field]
      if (cell === null || cell === undefined) return
      if (!parent.has(cell)) fail(`${where}: "${String(cell)}" is not the ${target} of a row`)
      const seen = new Set([row[target]])
      for (let up: Cell | undefined = cell; up !== null && up !== undefined; up = parent.get(up)) {
        if (seen.has(up)) fail(`${where}: "${String(cell)}" leads back to this row (a row cannot lie within itself)`)
        seen.add(up)
      }
    })
  }
}

function parseRows(text: string, path: string, fields: Field[], schema: Record<string, unknown>): Row[] {
  // csvParseRows, not csvParse: csvParse compiles a row converter with `new Function`, which
  // the Workers runtime forbids (code generation from strings is disallowed there).
  const [header = [], ...cells] = csvParseRows(text.replace(/^\uFEFF/, ''))
  const table = cells.map((row, i) => {
    if (row.length !== header.length)
      fail(`${path} line ${i + 2}: ${row.length} cells where the header has ${header.length} (an unquoted comma?)`)
    return Object.fromEntries(header.map((name, j) => [name, row[j]!])) as Record<string, string>
  })
  for (const field of fields)
    if (!header.includes(field.name)) fail(`${path}: field "${field.name}" is missing from the header`)
  for (const column of header)
    if (!fields.some((f) => f.name === column)) fail(`${path}: column "${column}" is not described in ${DESCRIPTOR}`)
  const constraints = new Map(
    (schema.fields as Record<string, unknown>[]).map((f) => [f.name, (f.constraints ?? {}) as Record<string, unknown>]),
  )
  const seen = new Map<string, Set<Cell>>()
  const primaryKey = Array.isArray(schema.primaryKey) ? (schema.primaryKey as string[]) : []
  return table.map((raw, i) => {
    const line = i + 2
    const row: Row = {}
    for (const field of fields) {
      const where = `${path} line ${line}, field "${field.name}"`
      const c = constraints.get(field.name)!
      const cell = parseCell(raw[field.name] ?? '', field, where)
      if (cell === null && field.required) fail(`${where}: a value is required`)
      if (typeof cell === 'number' && typeof c.minimum === 'number' && cell < c.minimum)
        fail(`${where}: ${cell} is below the minimum ${c.minimum}`)
      if (typeof cell === 'number' && typeof c.maximum === 'number' && cell > c.maximum)
        fail(`${where}: ${cell} is above the maximum ${c.maximum}`)
      if (typeof cell === 'string' && typeof c.pattern === 'string' && !new RegExp(c.pattern).test(cell))
        fail(`${where}: "${cell}" does not match ${c.pattern}`)
      if (cell !== null && Array.isArray(c.enum) && !c.enum.includes(cell))
        fail(`${where}: "${String(cell)}" is not one of ${c.enum.join(', ')}`)
      if (cell !== null && (c.unique === true || primaryKey.includes(field.name))) {
        const key = typeof cell === 'object' ? cell.value : cell
        const values = seen.get(field.name) ?? seen.set(field.name, new Set()).get(field.name)!
        if (values.has(key)) fail(`${where}: duplicate value "${key}"`)
        values.add(key)
      }
      row[field.name] = cell
    }
    return row
  })
}

function parseCell(text: string, field: Field, where: string): Cell {
  if (text === '') return null
  switch (field.type) {
    case 'number':
    case 'integer': {
      if (!(field.type === 'integer' ? INTEGER : NUMBER).test(text))
        fail(`${where}: "${text}" is not ${field.type === 'integer' ? 'an integer' : 'a number'}`)
      const value = Number(text)
      if (!(Math.abs(value) <= NUMBER_LIMIT))
        fail(`${where}: the value is out of range (from -${NUMBER_LIMIT} to ${NUMBER_LIMIT})`)
      return value
    }
    case 'date': {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseEdtf(text) : `"${text}" is not a date YYYY-MM-DD`
      if (typeof date === 'string') fail(`${where}: ${date}`)
      return date
    }
    case 'string': {
      if (field.format !== 'edtf') return text
      const date = parseEdtf(text)
      if (typeof date === 'string') fail(`${where}: ${date}`)
      return date
    }
  }
}

function parseViews(
  value: unknown,
  at: string,
  resources: Resource[],
  languages: Lang[],
  textLang: Lang,
): Record<string, View> {
  if (value === undefined) return {}
  const views: Record<string, View> = Object.create(null)
  for (const [widget, v] of Object.entries(object(value, at))) {
    const o = object(v, `${at}.${widget}`)
    const resource = string(o.resource, `${at}.${widget}.resource`)
    const table = resources.find((r) => r.name === resource)
    if (!table) fail(`${at}.${widget}.resource: no resource named "${resource}"`)
    const columns: Record<string, string> = {}
    for (const [role, column] of Object.entries(o)) {
      if (role === 'resource' || role === 'i18n' || role === 'notes' || role === 'cumulative') continue
      const name = string(column, `${at}.${widget}.${role}`)
      const exists =
        table.fields.some((f) => f.name === name || f.localized?.base === name) ||
        resources.some((r) => r.name === name)
      if (!exists) fail(`${at}.${widget}.${role}: "${name}" is neither a column of "${resource}" nor a resource`)
      columns[role] = name
    }
    const text: View['text'] = {}
    const i18n = o.i18n === undefined ? {} : object(o.i18n, `${at}.${widget}.i18n`)
    for (const [lang, entry] of Object.entries(i18n)) {
      if (!(languages as string[]).includes(lang))
        fail(`${at}.${widget}.i18n: unknown language "${lang}" (languages: ${languages.join(', ')})`)
      const e = object(entry, `${at}.${widget}.i18n.${lang}`)
      const words: ViewText = {}
      for (const key of VIEW_TEXT_KEYS)
        if (e[key] !== undefined) words[key] = string(e[key], `${at}.${widget}.i18n.${lang}.${key}`)
      text[lang as Lang] = words
    }
    const drawn = resources.filter((r) => r === table || Object.values(columns).includes(r.name))
    const notes =
      o.notes === undefined ? undefined : parseNotes(o.notes, `${at}.${widget}.notes`, languages, textLang, drawn)
    if (notes) {
      const both = Object.keys(text).find((lang) => text[lang as Lang]!.notes !== undefined)
      if (both)
        fail(`${at}.${widget}.i18n.${both}.notes: the view's notes are a list (${at}.${widget}.notes); give them once`)
    }
    const cumulative = o.cumulative === undefined ? undefined : runningTotal(o.cumulative, `${at}.${widget}`, widget)
    views[widget] = {
      widget,
      resource,
      columns,
      text,
      ...(notes ? { notes } : {}),
      ...(cumulative === false ? { cumulative } : {}),
    }
  }
  return views
}

/**
 * `views.timeline.cumulative`: whether the view's values add up to a meaningful running total
 * (`true`, the default) or not (`false`: the cumulative view is off). Only the timeline has one.
 */
function runningTotal(value: unknown, at: string, widget: string): boolean {
  if (widget !== 'timeline') fail(`${at}.cumulative: only the timeline view has a running total`)
  if (typeof value !== 'boolean') fail(`${at}.cumulative: expected true or false`)
  return value
}

/**
 * A view's notes as a list: each `{ "text": "…", "i18n": { "<lang>": { "text": "…" } }, "about": ["<id>"] }`,
 * its text in every language of the package, and `about` naming rows (their `id`) of the view's
 * resource or of a resource the view names (its context events): the frame shows the note only
 * when one of those rows is shown.
 */
function parseNotes(value: unknown, at: string, languages: Lang[], textLang: Lang, drawn: Resource[]): ViewNote[] {
  const ids = new Set(drawn.flatMap(rowIds))
  const names = drawn.map((r) => `"${r.name}"`).join(' or ')
  return array(value, at).map((entry, i) => {
    const o = object(entry, `${at}[${i}]`)
    const i18n = o.i18n === undefined ? {} : object(o.i18n, `${at}[${i}].i18n`)
    const others = languages.filter((l) => l !== textLang)
    for (const lang of Object.keys(i18n))
      if (!(others as string[]).includes(lang))
        fail(`${at}[${i}].i18n: unknown language "${lang}" (languages besides ${textLang}: ${others.join(', ')})`)
    const text: LocalizedText = { [textLang]: string(o.text, `${at}[${i}].text`) }
    for (const lang of others)
      text[lang] = string(object(i18n[lang], `${at}[${i}].i18n.${lang}`).text, `${at}[${i}].i18n.${lang}.text`)
    if (o.about === undefined) return { text }
    const about = array(o.about, `${at}[${i}].about`).map((id, j) => {
      const where = `${at}[${i}].about[${j}]`
      if (typeof id !== 'string' || !ids.has(id))
        fail(`${where}: ${JSON.stringify(id)} is not the id of a row of ${names}`)
      return id
    })
    if (about.length === 0)
      fail(`${at}[${i}].about: must name at least one row (leave it out for a note about the whole chart)`)
    return { text, about }
  })
}

/** The content version: the first 12 hex digits of SHA-256 over the descriptor and files. */
export async function contentVersion(source: PackageSource): Promise<string> {
  const parts = [
    JSON.stringify(source.descriptor),
    ...Object.keys(source.files)
      .sort()
      .map((k) => `${k}\n${source.files[k]}`),
  ]
  const bytes = new TextEncoder().encode(parts.join('\n\u0000\n'))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest.slice(0, 6), (b) => b.toString(16).padStart(2, '0')).join('')
}

function fail(message: string): never {
  throw new DataPackageError(message)
}
function object(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${at}: must be an object`)
  return value as Record<string, unknown>
}
function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) fail(`${at}: must be an array`)
  return value
}
function string(value: unknown, at: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`${at}: must be a non-empty string`)
  return value
}
