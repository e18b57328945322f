import type { Lang } from '../../data/vocabulary/index.ts'

/**
 * The generic words of the chart frame and of the widgets' accessible text, per language. Words
 * about the data (titles, notes, sources, names) come from the dataset, never from here.
 */
export interface ChromeText {
  source: string
  sources: string
  getTheData: string
  /** "Figures as published in April 2016", given `formatPublishedDate()` of the dataset's `asOf`. */
  asOf(published: string): string
  total: string
  /** In a readout: the row whose area contains this one ("part of Nagorno-Karabakh"). */
  partOf(container: string): string
  /** For screen readers: a row that lies within another is counted once, inside it. */
  countedOnce(part: string, container: string): string
  /** Column headers of the data table when the dataset gives no better word. */
  name: string
  value: string
  date: string
  /** A column header with its unit: "Area (km²)", "Площадь, км²". */
  withUnit(header: string, unit: string): string
  /**
   * "2.0% of the total", given the formatted percentage. az and ru say "of the total area", as
   * reviewed (translations-2026-12): every bundled bar chart measures areas.
   */
  shareOfTotal(percent: string): string
  /** Joins names: "A and B", "A, B and C". */
  list(items: readonly string[]): string
  /** "Bar chart of 9 values." */
  barChartOf(count: number): string
  largest: string
  smallest: string
  /** Said when every value is equal. */
  allEqual(value: string): string
  /** Opens in a new tab (appended to link text for screen readers). */
  newTab: string
  /** The summary of a published chart's citation disclosure. */
  citeThisChart: string
  /** "Published 2 December 2026", given `formatIsoDay()` of the day the chart was frozen. */
  publishedOn(day: string): string
  /** "Data version 3f9a0c1d2e4b of 28 November 2026"; without a day when the version has none. */
  dataVersion(version: string, day?: string): string
  /** The link to the citation as CSL-JSON. */
  citationFile: string
  /** The one-line notice on a published chart whose dataset has a newer version. */
  newerVersion: string
}

const join = (and: string) => (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`

/** Russian plural form for `n`: one (1, 21), few (2-4, 22-24), many (0, 5-20, 25...). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10
  const mod100 = n % 100
  if (mod10 === 1 && mod100 !== 11) return one
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few
  return many
}

/** Chrome words for each language. */
export const CHROME_TEXT: Record<Lang, ChromeText> = {
  en: {
    source: 'Source',
    sources: 'Sources',
    getTheData: 'Get the data',
    asOf: (d) => `Figures as published ${d}`,
    total: 'Total',
    partOf: (c) => `part of ${c}`,
    countedOnce: (a, b) => `The total counts ${a} once, as part of ${b}.`,
    name: 'Name',
    value: 'Value',
    date: 'Date',
    withUnit: (h, u) => `${h} (${u})`,
    shareOfTotal: (p) => `${p} of the total`,
    list: join('and'),
    barChartOf: (n) => `Bar chart of ${n} ${n === 1 ? 'value' : 'values'}.`,
    largest: 'Largest',
    smallest: 'Smallest',
    allEqual: (v) => `All are equal: ${v}.`,
    newTab: 'opens in a new tab',
    citeThisChart: 'Cite this chart',
    publishedOn: (d) => `Published ${d}`,
    dataVersion: (v, d) => (d ? `Data version ${v} of ${d}` : `Data version ${v}`),
    citationFile: 'Citation as CSL-JSON',
    newerVersion: 'A newer version of this chart is available',
  },
  az: {
    source: 'Mənbə',
    sources: 'Mənbələr',
    getTheData: 'Məlumatları yüklə',
    asOf: (d) => `Rəqəmlər ${d} dərc olunduğu kimidir`,
    total: 'Cəmi',
    partOf: (c) => `${c} ərazisinin tərkibində`,
    countedOnce: (a, b) => `Cəmdə ${a} bir dəfə, ${b} ərazisinin tərkibində sayılır.`,
    name: 'Ad',
    value: 'Dəyər',
    date: 'Tarix',
    withUnit: (h, u) => `${h} (${u})`,
    shareOfTotal: (p) => `ümumi sahənin ${p}-i`, // "%" reads "faiz", so the suffix is always -i
    list: join('və'),
    barChartOf: (n) => `${n} dəyərdən ibarət zolaqlı diaqram.`, // "sütunlu" would be vertical columns
    largest: 'Ən böyük',
    smallest: 'Ən kiçik',
    allEqual: (v) => `Hamısı bərabərdir: ${v}.`,
    newTab: 'yeni pəncərədə açılır',
    // Not natively reviewed (translations-2026-12 has no citation words); "Dərc olunub: …" follows
    // the reviewed "Yenilənib: …".
    citeThisChart: 'Qrafikə istinad',
    publishedOn: (d) => `Dərc olunub: ${d}`,
    dataVersion: (v, d) => (d ? `Məlumat versiyası: ${v} (${d})` : `Məlumat versiyası: ${v}`),
    citationFile: 'İstinad CSL-JSON formatında',
    newerVersion: 'Bu qrafikin daha yeni versiyası var',
  },
  ru: {
    source: 'Источник',
    sources: 'Источники',
    getTheData: 'Скачать данные',
    asOf: (d) => `Данные по состоянию на ${d}`,
    total: 'Всего',
    partOf: (c) => `в составе: ${c}`,
    countedOnce: (a, b) => `В общей сумме ${a} учитывается один раз, в составе: ${b}.`,
    name: 'Название',
    value: 'Значение',
    date: 'Дата',
    withUnit: (h, u) => `${h}, ${u}`,
    shareOfTotal: (p) => `${p} общей площади`,
    list: join('и'),
    barChartOf: (n) => `Столбчатая диаграмма: ${n} ${pluralRu(n, 'значение', 'значения', 'значений')}.`,
    largest: 'Наибольшее',
    smallest: 'Наименьшее',
    allEqual: (v) => `Все значения равны: ${v}.`,
    newTab: 'откроется в новой вкладке',
    // Not natively reviewed (translations-2026-12 has no citation words).
    citeThisChart: 'Как цитировать',
    publishedOn: (d) => `Опубликовано: ${d}`,
    dataVersion: (v, d) => (d ? `Версия данных: ${v} от ${d}` : `Версия данных: ${v}`),
    citationFile: 'Ссылка в формате CSL-JSON',
    newerVersion: 'Доступна более новая версия этого графика',
  },
}

/** Units as datasets write them, in each language's script ("km²" → "км²"). Unknown units pass through. */
const UNITS: Record<string, Partial<Record<Lang, string>>> = {
  'km²': { ru: 'км²' },
  km2: { en: 'km²', az: 'km²', ru: 'км²' },
  km: { ru: 'км' },
  'm²': { ru: 'м²' },
  m: { ru: 'м' },
  ha: { ru: 'га' },
}

/** The unit of a field in `lang`'s conventions. */
export function localizeUnit(unit: string, lang: Lang): string {
  return (Object.hasOwn(UNITS, unit) ? UNITS[unit]![lang] : undefined) ?? unit
}
