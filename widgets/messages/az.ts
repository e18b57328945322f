import { azOrdinal } from '../../data/vocabulary/index.ts'
import { join, sentence } from './helpers.ts'
import type { Catalogue } from './types.ts'

/** The catalogue of Azerbaijani. Reviewed by readers of the language (December 2026, /work/shared/translations-2026-12.md): keep it so. */

export const az: Catalogue = {
  chrome: {
    colon: ':',
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
  timeline: {
    exactDay: 'dəqiq tarix',
    rangeOnly: 'yalnız dövr məlumdur',
    monthOnly: 'yalnız ay məlumdur',
    yearOnly: 'yalnız il məlumdur',
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
  error: {
    heading: 'Qrafiki göstərmək mümkün olmadı',
    badRequest: 'Bu qrafikin keçidində səhv var. Onu dərc edən sayt düzəldə bilər.',
    notFound: 'Bu ünvanda qrafik yoxdur.',
    later: 'Bir neçə dəqiqədən sonra yenidən cəhd edin.',
    details: 'Tərtibatçılar üçün təfərrüatlar',
    parameter: 'Parametr',
    allowed: 'İcazə verilən dəyərlər',
  },
  api: {
    // Not natively reviewed (translations-2026-12 has no API words).
    dateStart: (c) => `${c} sütununun əhatə etdiyi ilk gün (UTC; günün vaxtı üçün zaman damğası).`,
    dateEnd: (c) => `${c} sütununun əhatə etdiyi son gün, daxil olmaqla (UTC; günün vaxtı üçün zaman damğası).`,
    datePrecision: (c) => `${c} sütununun dəqiqliyi: year, month, day və ya minute.`,
    dateLabel: (c, lang) => `${c} oxucular üçün yazılı şəkildə${lang ? ` (${lang})` : ''}.`,
  },
}
