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
  /** Legend: a context event. */
  context: string
  /** Legend: the axis skips years in which nothing is dated. */
  axisBreak: string
  /** Legend of the cumulative view: the band between what was certainly and possibly taken. */
  uncertainTotal: string
  /** "Timeline of 9 dated entries, from 1988–1992 to 29 October 1993." */
  summary(count: number, first: string, last: string): string
  /** "Nagorno-Karabakh (1988–1992, 4,400 km²), then …" is joined with this. */
  andThen: string
  /** "Running total: 14,682 km² by 29 October 1993." */
  runningTotal(total: string, when: string): string
  /** "Also shown: 8 context events." */
  contextCount(count: number): string
  /** "Years 1995–2015 are left out of the axis." */
  skipped(years: string): string
  /** Column header of the running total in the table. */
  total: string
  /** The running total a reader cannot pin down: "between 289 and 4,689 km²". */
  between(low: string, high: string): string
  /** Caption of the chronological table. */
  chronology: string
}

/** The timeline's words in every language. */
export const TIMELINE_TEXT: Record<Lang, TimelineText> = {
  en: {
    exactDay: 'exact date',
    rangeOnly: 'dated only as a range',
    context: 'context event',
    axisBreak: 'years without entries left out',
    uncertainTotal: 'total depends on when within the range',
    summary: (n, a, b) => `Timeline of ${n} dated ${n === 1 ? 'entry' : 'entries'}, from ${a} to ${b}.`,
    andThen: 'then',
    runningTotal: (t, w) => `Running total: ${t} by ${w}.`,
    contextCount: (n) => `Also shown: ${n} context ${n === 1 ? 'event' : 'events'}.`,
    skipped: (y) => `The axis leaves out ${y}.`,
    total: 'Running total',
    between: (a, b) => `between ${a} and ${b}`,
    chronology: 'Chronology',
  },
  az: {
    exactDay: 'dəqiq tarix',
    rangeOnly: 'yalnız dövr kimi göstərilib',
    context: 'kontekst hadisəsi',
    axisBreak: 'qeyd olmayan illər buraxılıb',
    uncertainTotal: 'cəm dövr ərzində nə vaxt olduğundan asılıdır',
    summary: (n, a, b) => `${n} tarixli qeydin xronologiyası: ${a} – ${b}.`,
    andThen: 'sonra',
    runningTotal: (t, w) => `Artan cəm: ${w} tarixinədək ${t}.`,
    contextCount: (n) => `Həmçinin ${n} kontekst hadisəsi göstərilib.`,
    skipped: (y) => `Oxda ${y} buraxılıb.`,
    total: 'Artan cəm',
    between: (a, b) => `${a} ilə ${b} arasında`,
    chronology: 'Xronologiya',
  },
  ru: {
    exactDay: 'точная дата',
    rangeOnly: 'известен только период',
    context: 'контекстное событие',
    axisBreak: 'годы без записей пропущены',
    uncertainTotal: 'итог зависит от даты внутри периода',
    summary: (n, a, b) =>
      `Хронология: ${n} ${pluralRu(n, 'датированная запись', 'датированные записи', 'датированных записей')}, с ${a} по ${b}.`,
    andThen: 'затем',
    runningTotal: (t, w) => `Нарастающий итог: ${t} к ${w}.`,
    contextCount: (n) =>
      `Также показаны ${n} ${pluralRu(n, 'контекстное событие', 'контекстных события', 'контекстных событий')}.`,
    skipped: (y) => `На оси пропущены ${y}.`,
    total: 'Нарастающий итог',
    between: (a, b) => `от ${a} до ${b}`,
    chronology: 'Хронология',
  },
}
