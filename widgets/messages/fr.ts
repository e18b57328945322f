import { plural } from '../../data/vocabulary/index.ts'
import { join, sentence } from './helpers.ts'
import type { Catalogue } from './types.ts'

/** French typography: a no-break space before ":". */
const NBSP = '\u00a0'

/** The catalogue of French. Written by the factbox team, not yet reviewed by native readers. */
export const fr: Catalogue = {
  chrome: {
    colon: `${NBSP}:`,
    source: 'Source',
    sources: 'Sources',
    getTheData: 'Télécharger les données',
    asOf: (d) => `Chiffres tels que publiés${NBSP}: ${d}`,
    total: 'Total',
    partOf: (c) => `partie de ${c}`,
    countedOnce: (a, b) => `Le total compte ${a} une seule fois, comme partie de ${b}.`,
    name: 'Nom',
    value: 'Valeur',
    date: 'Date',
    withUnit: (h, u) => `${h} (${u})`,
    shareOfTotal: (p) => `${p} du total`,
    list: join('et'),
    barChartOf: (n) => `Diagramme en barres de ${n} ${plural('fr', n, { one: 'valeur', other: 'valeurs' })}.`,
    largest: 'Plus grande valeur',
    smallest: 'Plus petite valeur',
    allEqual: (v) => `Toutes les valeurs sont égales${NBSP}: ${v}.`,
    newTab: 's’ouvre dans un nouvel onglet',
    citeThisChart: 'Citer ce graphique',
    publishedOn: (d) => `Publié le ${d}`,
    dataVersion: (v, d) => (d ? `Version des données ${v} du ${d}` : `Version des données ${v}`),
    citationFile: 'Citation au format CSL-JSON',
    newerVersion: 'Une version plus récente de ce graphique est disponible',
  },
  timeline: {
    exactDay: 'date exacte',
    rangeOnly: 'datée seulement par une période',
    monthOnly: 'datée seulement au mois',
    yearOnly: 'datée seulement à l’année',
    context: 'autres événements',
    notShown: (y) => `${y} non affiché`,
    summary: (n, a, b) =>
      sentence(
        `Chronologie de ${n} ${plural('fr', n, { one: 'entrée datée', other: 'entrées datées' })}, de ${a} à ${b}`,
      ),
    andThen: 'puis',
    runningTotal: (t, w) => sentence(`Total cumulé${NBSP}: ${t} à la date du ${w}`),
    contextCount: (n) =>
      `Également montrés${NBSP}: ${n} ${plural('fr', n, { one: 'autre événement', other: 'autres événements' })}.`,
    skipped: (y) => sentence(`L’axe omet ${y}`),
    totalAfter: (t) => `total cumulé ${t}`,
    total: 'Total cumulé',
    chronology: 'Chronologie',
    countedBy: (label, range, end) =>
      `La source ne date ${label} que par la période ${range}${NBSP}: la ligne compte toute sa valeur à ${end.text}, donc le total au cours de ${range} est incertain.`,
  },
  error: {
    heading: 'Le graphique n’a pas pu être affiché',
    badRequest: 'Le lien vers ce graphique contient une erreur. Le site qui l’a publié peut la corriger.',
    notFound: 'Il n’y a pas de graphique à cette adresse.',
    later: 'Veuillez réessayer dans quelques minutes.',
    details: 'Détails pour les développeurs',
    parameter: 'Paramètre',
    allowed: 'Valeurs autorisées',
  },
  api: {
    dateStart: (c) => `Premier jour couvert par ${c} (UTC\u00a0; un horodatage pour les heures).`,
    dateEnd: (c) => `Dernier jour couvert par ${c}, inclus (UTC\u00a0; un horodatage pour les heures).`,
    datePrecision: (c) => `Précision de ${c}\u00a0: year, month, day ou minute.`,
    dateLabel: (c, lang) => `${c} en toutes lettres pour les lecteurs${lang ? ` (${lang})` : ''}.`,
  },
}
