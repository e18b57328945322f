import { plural } from '../../data/vocabulary/index.ts'
import { join, sentence } from './helpers.ts'
import type { Catalogue } from './types.ts'

/** The catalogue of German. Written by the factbox team, not yet reviewed by native readers. */
export const de: Catalogue = {
  chrome: {
    colon: ':',
    source: 'Quelle',
    sources: 'Quellen',
    getTheData: 'Daten herunterladen',
    asOf: (d) => `Stand der Zahlen: ${d}`,
    total: 'Gesamt',
    partOf: (c) => `Teil von ${c}`,
    countedOnce: (a, b) => `Die Summe zählt ${a} einmal, als Teil von ${b}.`,
    name: 'Name',
    value: 'Wert',
    date: 'Datum',
    withUnit: (h, u) => `${h} (${u})`,
    shareOfTotal: (p) => `${p} der Summe`,
    list: join('und'),
    barChartOf: (n) => `Balkendiagramm mit ${n} ${plural('de', n, { one: 'Wert', other: 'Werten' })}.`,
    largest: 'Größter Wert',
    smallest: 'Kleinster Wert',
    allEqual: (v) => `Alle Werte sind gleich: ${v}.`,
    newTab: 'öffnet in einem neuen Tab',
    citeThisChart: 'Diese Grafik zitieren',
    publishedOn: (d) => `Veröffentlicht am ${d}`,
    dataVersion: (v, d) => (d ? `Datenversion ${v} vom ${d}` : `Datenversion ${v}`),
    citationFile: 'Zitation als CSL-JSON',
    newerVersion: 'Eine neuere Version dieser Grafik ist verfügbar',
  },
  timeline: {
    exactDay: 'genaues Datum',
    rangeOnly: 'nur als Zeitraum datiert',
    monthOnly: 'nur auf den Monat datiert',
    yearOnly: 'nur auf das Jahr datiert',
    context: 'weitere Ereignisse',
    notShown: (y) => `${y} nicht gezeigt`,
    summary: (n, a, b) =>
      sentence(
        `Zeitleiste mit ${n} ${plural('de', n, { one: 'datierten Eintrag', other: 'datierten Einträgen' })}, von ${a} bis ${b}`,
      ),
    andThen: 'dann',
    runningTotal: (t, w) => sentence(`Laufende Summe: ${t} bis ${w}`),
    contextCount: (n) =>
      `Außerdem gezeigt: ${n} ${plural('de', n, { one: 'weiteres Ereignis', other: 'weitere Ereignisse' })}.`,
    skipped: (y) => sentence(`Die Achse lässt ${y} aus`),
    totalAfter: (t) => `laufende Summe ${t}`,
    total: 'Laufende Summe',
    chronology: 'Chronologie',
    countedBy: (label, range, end) =>
      `Die Quelle datiert ${label} nur als ${range}: Die Linie zählt den ganzen Wert bis ${end.text}, daher ist die Summe innerhalb von ${range} unsicher.`,
  },
  error: {
    heading: 'Die Grafik konnte nicht angezeigt werden',
    badRequest:
      'Der Link zu dieser Grafik enthält einen Fehler. Die Website, die sie veröffentlicht hat, kann ihn korrigieren.',
    notFound: 'Unter dieser Adresse gibt es keine Grafik.',
    later: 'Bitte versuchen Sie es in einigen Minuten erneut.',
    details: 'Details für Entwickler',
    parameter: 'Parameter',
    allowed: 'Erlaubte Werte',
  },
  api: {
    dateStart: (c) => `Erster Tag, den ${c} abdeckt (UTC; ein Zeitstempel bei Uhrzeiten).`,
    dateEnd: (c) => `Letzter Tag, den ${c} abdeckt, einschließlich (UTC; ein Zeitstempel bei Uhrzeiten).`,
    datePrecision: (c) => `Genauigkeit von ${c}: year, month, day oder minute.`,
    dateLabel: (c, lang) => `${c} ausgeschrieben für Leser${lang ? ` (${lang})` : ''}.`,
  },
}
