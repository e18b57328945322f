/**
 * A Frictionless client loads each dataset through the API: it reads the served descriptor, which
 * must validate against the Data Package profile, then each resource's CSV, whose header must be
 * the schema's field names in order and whose every cell must parse as its field says (Table
 * Schema: type, format, constraints, primary and foreign keys).
 *
 * No maintained Frictionless library for JavaScript is on npm (`datapackage` 1.1.10 and
 * `tableschema` 1.12.6 are the unmaintained v1 ones, on axios 0.21), so the client below follows
 * the specs itself. Profiles, validated offline with @cfworker/json-schema: the official Data
 * Package profile 1.0 as published (tests/fixtures/frictionless), and the constraints of the v2
 * profile (https://datapackage.org/profiles/2.0/datapackage.json, draft-07) that apply to these
 * descriptors, written out below.
 */

import { env } from 'cloudflare:workers'
import { Validator } from '@cfworker/json-schema'
import { csvParseRows } from 'd3'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { amtarMudun } from '../fixtures/amtar-mudun/index.ts'
import officialProfile from '../fixtures/frictionless/data-package-profile-1.0.json'
import { grevesExemple } from '../fixtures/greves-exemple/index.ts'
import { FIXTURE_PACKAGES } from '../fixtures/index.ts'

/** Every bundled package and every fixture: a dataset added to either registry is checked here too. */
const packages = [...bundledPackages, ...FIXTURE_PACKAGES]
const app = createApp(createCatalog(packages))
const fetchText = async (url: string) => {
  const res = await app.request(url, {}, env)
  expect(res.status, url).toBe(200)
  return res.text()
}

/** The profile's `path`: a URL, or a POSIX path that neither climbs out nor starts at the root. */
const PATH = '^((?=[^./~])(?!file:)((?!\\/\\.\\.\\/)(?!\\\\)(?!:\\/\\/).)*|(http|ftp)s?:\\/\\/.*)$'
const path = { type: 'string', pattern: PATH }
const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
]

/** The Data Package v2 profile's constraints on what these descriptors carry. */
const PROFILE = {
  type: 'object',
  required: ['resources'],
  properties: {
    $schema: { type: 'string' },
    // The v1 pattern too, so that v1 clients accept the name.
    name: { type: 'string', pattern: '^([-a-z0-9._/])+$' },
    id: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    homepage: { type: 'string', format: 'uri' },
    version: { type: 'string' },
    created: { type: 'string', format: 'date-time' },
    keywords: { type: 'array', minItems: 1, items: { type: 'string' } },
    image: { type: 'string' },
    licenses: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        anyOf: [{ required: ['name'] }, { required: ['path'] }],
        properties: { name: { type: 'string', pattern: '^([-a-zA-Z0-9._])+$' }, path, title: { type: 'string' } },
      },
    },
    sources: { $ref: '#/definitions/sources' },
    resources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        oneOf: [{ required: ['name', 'data'] }, { required: ['name', 'path'] }],
        properties: {
          name: { type: 'string', pattern: '^([-a-z0-9._/])+$' },
          path: { oneOf: [path, { type: 'array', minItems: 1, items: path }] },
          type: { enum: ['table'] },
          title: { type: 'string' },
          description: { type: 'string' },
          format: { type: 'string' },
          mediatype: { type: 'string', pattern: '^(.+)/(.+)$' },
          encoding: { type: 'string' },
          sources: { $ref: '#/definitions/sources' },
          schema: {
            type: 'object',
            required: ['fields'],
            properties: {
              fields: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['name'],
                  properties: {
                    name: { type: 'string', minLength: 1 },
                    type: { enum: FIELD_TYPES },
                    rdfType: { type: 'string', format: 'uri' },
                    constraints: {
                      type: 'object',
                      properties: {
                        required: { type: 'boolean' },
                        unique: { type: 'boolean' },
                        pattern: { type: 'string', format: 'regex' },
                        enum: { type: 'array', minItems: 1, uniqueItems: true },
                        minimum: { type: 'number' },
                        maximum: { type: 'number' },
                      },
                    },
                  },
                },
              },
              primaryKey: { oneOf: [{ type: 'array', minItems: 1, items: { type: 'string' } }, { type: 'string' }] },
              foreignKeys: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['fields', 'reference'],
                  properties: {
                    reference: { type: 'object', required: ['fields'], properties: { resource: { type: 'string' } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  definitions: {
    sources: {
      type: 'array',
      items: {
        type: 'object',
        minProperties: 1,
        properties: { title: { type: 'string' }, path, email: { type: 'string', format: 'email' } },
      },
    },
  },
}

type Field = {
  name: string
  type?: string
  description?: string
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: unknown[]; minimum?: number }
}
type Schema = {
  fields: Field[]
  primaryKey?: string[]
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[]
}
type Descriptor = { name: string; created: string; resources: { name: string; path: string; schema: Schema }[] }

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$|^(?:NaN|-?INF)$/
const INTEGER = /^[-+]?\d+$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A cell as Table Schema reads it (the default `missingValues` [""]), or what is wrong with it. */
function read(text: string, field: Field): { value: string | number | null } | { error: string } {
  if (text === '') return field.constraints?.required ? { error: 'a value is required' } : { value: null }
  const type = field.type ?? 'string'
  let value: string | number = text
  if (type === 'number' || type === 'integer') {
    if (!(type === 'number' ? NUMBER : INTEGER).test(text)) return { error: `"${text}" is not ${type}` }
    value = Number(text)
  } else if (type === 'date') {
    const m = DATE.exec(text)
    const day = m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!))
    if (!day || day.toISOString().slice(0, 10) !== text) return { error: `"${text}" is not a date` }
  } else if (type !== 'string') return { error: `type ${type} is not read by this client` }
  const c = field.constraints ?? {}
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(text))
    return { error: `"${text}" does not match ${c.pattern}` }
  if (c.enum && !c.enum.includes(value)) return { error: `"${text}" is not in the enum` }
  if (c.minimum !== undefined && typeof value === 'number' && value < c.minimum) return { error: 'below minimum' }
  return { value }
}

/** Loads a resource as a Frictionless client would; returns what is wrong with it. */
function loadResource(csv: string, schema: Schema, label: string): string[] {
  const [header = [], ...lines] = csvParseRows(csv)
  const names = schema.fields.map((f) => f.name)
  if (JSON.stringify(header) !== JSON.stringify(names))
    return [`${label}: header ${header.join(',')} is not the schema's ${names.join(',')}`]
  const problems: string[] = []
  const rows = lines.map((cells, i) => {
    if (cells.length !== names.length) problems.push(`${label} row ${i + 2}: ${cells.length} cells`)
    return Object.fromEntries(
      schema.fields.map((field, j) => {
        const cell = read(cells[j] ?? '', field)
        if ('error' in cell) problems.push(`${label} row ${i + 2} ${field.name}: ${cell.error}`)
        return [field.name, 'value' in cell ? cell.value : null]
      }),
    )
  })
  const unique = schema.fields.filter((f) => f.constraints?.unique).map((f) => f.name)
  for (const key of [...unique, ...(schema.primaryKey ?? [])]) {
    const values = rows.map((r) => r[key])
    if (new Set(values).size !== values.length) problems.push(`${label}: ${key} is not unique`)
  }
  for (const { fields, reference } of schema.foreignKeys ?? []) {
    if (reference.resource !== '') continue
    const targets = new Set(rows.map((r) => r[reference.fields[0]!]))
    for (const r of rows)
      if (r[fields[0]!] !== null && !targets.has(r[fields[0]!]))
        problems.push(`${label}: ${fields[0]} ${r[fields[0]!]} refers to no row`)
  }
  return problems
}

const ids = packages.map((p) => p.id)

describe('the data package of each dataset, as a Frictionless client loads it', () => {
  for (const id of ids) {
    const url = `http://factbox.test/api/v1/datasets/${id}/datapackage.json`

    it(`${id}: every CSV has the header of its schema and cells that parse as its fields say`, async () => {
      const descriptor = JSON.parse(await fetchText(url)) as Descriptor
      const problems: string[] = []
      for (const resource of descriptor.resources) {
        const csv = await fetchText(new URL(resource.path, url).href)
        problems.push(...loadResource(csv, resource.schema, resource.name))
      }
      expect(problems).toEqual([])
    })

    it(`${id}: validates against the Data Package profiles, the official 1.0 and v2's constraints`, async () => {
      const descriptor = JSON.parse(await fetchText(url))
      for (const [profile, draft] of [
        [officialProfile, '4'],
        [PROFILE, '7'],
      ] as const) {
        const result = new Validator(profile as never, draft, false).validate(descriptor)
        expect(result.errors.map((e) => `${e.instanceLocation} ${e.error}`)).toEqual([])
      }
      expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(
        descriptor.resources.map((r: { name: string }) => `${r.name}.csv`),
      )
    })
  }

  it('declares the derived date columns with their types, after the date they derive from', async () => {
    const descriptor = JSON.parse(
      await fetchText('http://factbox.test/api/v1/datasets/occupation-in-figures/datapackage.json'),
    ) as Descriptor
    const [territories, events] = descriptor.resources
    expect(territories!.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'id:string',
      'name_en:string',
      'name_az:string',
      'name_ru:string',
      'date:string',
      'date_start:date',
      'date_end:date',
      'date_precision:string',
      'date_label_en:string',
      'date_label_az:string',
      'date_label_ru:string',
      'area_km2:number',
      'within:string',
    ])
    // The ceasefire of 2016 is dated to the minute: its start is a timestamp, so the column is text.
    const start = events!.schema.fields.find((f) => f.name === 'date_start')!
    expect(start.type).toBe('string')
    expect(start.constraints?.pattern).toBeDefined()
    expect(events!.schema.fields.find((f) => f.name === 'date_precision')!.constraints).toEqual({
      required: true,
      enum: ['year', 'month', 'day', 'minute'],
    })
  })

  it('describes the derived date columns in the dataset’s first language, from the message catalogues', async () => {
    // The French-first and Arabic fixtures, served beside the bundled dataset.
    const served = createApp(createCatalog([...bundledPackages, grevesExemple, amtarMudun]))
    const fields = async (id: string) => {
      const res = await served.request(`http://factbox.test/api/v1/datasets/${id}/datapackage.json`, {}, env)
      expect(res.status, id).toBe(200)
      const descriptor = (await res.json()) as Descriptor
      return new Map(descriptor.resources[0]!.schema.fields.map((f) => [f.name, f.description]))
    }
    const greves = await fields('greves-exemple')
    expect(greves.get('date_start')).toBe('Premier jour couvert par date (UTC\u00a0; un horodatage pour les heures).')
    expect(greves.get('date_precision')).toBe('Précision de date\u00a0: year, month, day ou minute.')
    expect(greves.get('date_label_en')).toBe('date en toutes lettres pour les lecteurs (en).')
    const amtar = await fields('amtar-mudun')
    expect(amtar.get('date_end')).toBe('آخر يوم يشمله date، ضمنًا (بتوقيت UTC؛ طابع زمني للأوقات من اليوم).')
    expect(amtar.get('date_label_ar')).toBe('date مكتوبًا للقراء (ar).')
    const occupation = await fields('occupation-in-figures')
    expect(occupation.get('date_start')).toBe('First day covered by date (UTC; a timestamp for times of day).')
  })

  it('dates the descriptor with an RFC 3339 date-time: when our copy was first committed', async () => {
    const descriptor = JSON.parse(
      await fetchText('http://factbox.test/api/v1/datasets/occupation-in-figures/datapackage.json'),
    ) as Descriptor & { asOf: string }
    expect(descriptor.created).toBe('2026-11-28T18:46:31Z')
    // The source's own date stays apart: the figures are as of April 2016.
    expect(descriptor.asOf).toBe('2016-04')
  })

  it('is linked from the dataset, and a profile check catches a wrong descriptor', async () => {
    const list = JSON.parse(await fetchText('http://factbox.test/api/v1/datasets')) as {
      datasets: { links: { datapackage: string } }[]
    }
    expect(list.datasets[0]!.links.datapackage).toBe(
      `${new URL(env.PUBLIC_ORIGIN).origin}/api/v1/datasets/occupation-in-figures/datapackage.json`,
    )
    const good = { name: 'x', created: '2026-11-28T18:46:31Z', resources: [{ name: 'a', path: 'a.csv' }] }
    const bad = [
      { ...good, created: '2016-04-06' },
      { ...good, resources: [] },
      { ...good, resources: [{ name: 'a' }] },
      { ...good, name: 'Not A Name' },
    ]
    // Only v2 refuses a path that climbs out of the package, and a license with neither name nor path.
    const v2Only = [
      { ...good, resources: [{ name: 'a', path: '../a.csv' }] },
      { ...good, licenses: [{ title: 'no name, no path' }] },
    ]
    for (const [profile, draft, wrong] of [
      [officialProfile, '4', bad],
      [PROFILE, '7', [...bad, ...v2Only]],
    ] as const) {
      const validator = new Validator(profile as never, draft, false)
      expect(validator.validate(good).valid).toBe(true)
      for (const descriptor of wrong)
        expect(validator.validate(descriptor).valid, JSON.stringify(descriptor)).toBe(false)
    }
    expect(loadResource('a,b\r\n1,x\r\n', { fields: [{ name: 'b' }, { name: 'a' }] }, 't')).toHaveLength(1)
    expect(loadResource('a\r\nx\r\n', { fields: [{ name: 'a', type: 'number' }] }, 't')).toEqual([
      't row 2 a: "x" is not number',
    ])
  })
})
