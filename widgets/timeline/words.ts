import type { Lang } from '../../data/vocabulary/index.ts'
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
  /** Column header of the running total in the table. */
  total: string
  /** Caption of the chronological table. */
  chronology: string
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
    total: 'Running total',
    chronology: 'Chronology',
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
    total: 'Ümumi sahə (artan yekun)',
    chronology: 'Xronologiya',
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
    total: 'Нарастающий итог',
    chronology: 'Хронология',
  },
}
