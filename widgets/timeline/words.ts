import { timeFormatLocale } from 'd3'
import { azOrdinal, type Lang, TIME_LOCALES } from '../../data/vocabulary/index.ts'
import { pluralRu } from '../shared/chrome-text.ts'

/**
 * Generic words of the timeline (legend, accessible summary), per language. Words about the data
 * (names, notes, sources) come from the dataset; the frame's chrome from `CHROME_TEXT`.
 */
export interface TimelineText {
  /** Legend: a mark dated to a day (or a minute). */
  exactDay: string
  /** Legend: a hatched span, dated only to a range (of years). */
  rangeOnly: string
  /** Legend: the other (context) events. */
  context: string
  /** Legend: the years the axis break leaves out, given as `skippedYears()` writes them ("1995–2015 not shown"). */
  notShown(years: string): string
  /** "Timeline of 9 dated entries, from 1988–1992 to 29 October 1993." */
  summary(count: number, first: string, last: string): string
  /** "Nagorno-Karabakh (1988–1992, 4,400 km²), then …" is joined with this. */
  andThen: string
  /** "Running total: 14,682 km² by 29 October 1993." */
  runningTotal(total: string, when: string): string
  /** "Also shown: 8 other events." */
  contextCount(count: number): string
  /** "The axis leaves out 1995–2015." */
  skipped(years: string): string
  /** An entry's running total in the description: "running total 4,400 km²". */
  totalAfter(total: string): string
  /** Column header of the running total in the table. */
  total: string
  /** Caption of the chronological table. */
  chronology: string
  /**
   * The cumulative view's note on an item dated only to a range, which the line counts in full by
   * the range's last unit: "The source dates Nagorno-Karabakh only as 1988–1992: …".
   * `end` is that unit: its words, and its year when it is a year.
   */
  countedBy(label: string, range: string, end: { text: string; year?: number }): string
}

/**
 * A sentence from a phrase: a full stop added unless the phrase already ends with one, so an
 * abbreviation at the end ("1993 г.", "1988–1992 гг.") never gets a second.
 */
export const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`)

/** The timeline's words in every language. */
export const TIMELINE_TEXT: Record<Lang, TimelineText> = {
  en: {
    exactDay: 'exact date',
    rangeOnly: 'dated only as a range',
    context: 'other events',
    notShown: (y) => `${y} not shown`,
    summary: (n, a, b) => sentence(`Timeline of ${n} dated ${n === 1 ? 'entry' : 'entries'}, from ${a} to ${b}`),
    andThen: 'then',
    runningTotal: (t, w) => sentence(`Running total: ${t} by ${w}`),
    contextCount: (n) => `Also shown: ${n} other ${n === 1 ? 'event' : 'events'}.`,
    skipped: (y) => sentence(`The axis leaves out ${y}`),
    totalAfter: (t) => `running total ${t}`,
    total: 'Running total',
    chronology: 'Chronology',
    countedBy: (label, range, end) =>
      `The source dates ${label} only as ${range}: the line counts all of its area by ${end.text}, so the total within ${range} is uncertain.`,
  },
  az: {
    exactDay: 'dəqiq tarix',
    rangeOnly: 'yalnız dövr məlumdur',
    context: 'digər hadisə',
    notShown: (y) => `${y} göstərilməyib`,
    summary: (n, a, b) => sentence(`${n} tarixli qeydin xronologiyası: ${a} – ${b}`),
    andThen: 'sonra',
    runningTotal: (t, w) => sentence(`Artan cəm: ${w} tarixinədək ${t}`),
    contextCount: (n) => `Həmçinin ${n} digər hadisə göstərilib.`,
    skipped: (y) => sentence(`Oxda ${y} göstərilməyib`),
    totalAfter: (t) => `ümumi sahə (artan yekun) ${t}`,
    total: 'Ümumi sahə (artan yekun)',
    chronology: 'Xronologiya',
    countedBy: (label, range, end) => {
      // "1988–1992-ci illər", "1992-ci ilədək": the suffix follows the last year, by vowel harmony.
      const years = /^(\d{4})\u2013(\d{4})$/.exec(range)
      const period = years ? `${years[1]}\u2013${azOrdinal(Number(years[2]))} illər` : range
      const by = end.year === undefined ? `${end.text} tarixinədək` : `${azOrdinal(end.year)} ilədək`
      return `${label}: mənbədə yalnız ${period} göstərilib. Xətt bütün sahəni ${by} hesablayır, ona görə də ${period} üzrə ümumi sahə dəqiq məlum deyil.`
    },
  },
  ru: {
    exactDay: 'точная дата',
    rangeOnly: 'известен только период',
    context: 'другие события',
    notShown: (y) => `${y} не показаны`,
    summary: (n, a, b) => sentence(`Хронология: ${n} ${pluralRu(n, 'запись', 'записи', 'записей')}, от ${a} до ${b}`),
    andThen: 'затем',
    runningTotal: (t, w) => sentence(`Нарастающий итог: ${t} к ${w}`),
    contextCount: (n) =>
      `Также ${pluralRu(n, 'показано', 'показаны', 'показаны')} ещё ${n} ${pluralRu(n, 'событие', 'события', 'событий')}.`,
    skipped: (y) => sentence(`На оси пропущены ${y}`),
    totalAfter: (t) => `нарастающий итог ${t}`,
    total: 'Нарастающий итог',
    chronology: 'Хронология',
    countedBy: (label, range, end) =>
      `${label}: источник указывает лишь период ${range}; линия учитывает всю площадь к ${end.text}, поэтому итог за ${range} точно не известен.`,
  },
}

const shortMonths = new Map<Lang, (date: Date) => string>()

/**
 * A month's short name in `lang` ("Apr", "apr", "апр."), for axes: d3's `%b` in the language's
 * time locale. The locale is built when the first name is asked for: most axes span more than
 * two years and name no month, and building it was a measurable part of a fresh isolate's first
 * timeline.
 */
export function shortMonth(lang: Lang): (date: Date) => string {
  return (date) => {
    let format = shortMonths.get(lang)
    if (!format) shortMonths.set(lang, (format = timeFormatLocale(TIME_LOCALES[lang]).utcFormat('%b')))
    return format(date)
  }
}
