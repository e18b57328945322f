import { plural } from '../../data/vocabulary/index.ts'
import { join, sentence } from './helpers.ts'
import type { Catalogue } from './types.ts'

/** The catalogue of Ukrainian. Written by the factbox team, not yet reviewed by native readers. */
export const uk: Catalogue = {
  chrome: {
    colon: ':',
    source: 'Джерело',
    sources: 'Джерела',
    getTheData: 'Завантажити дані',
    asOf: (d) => `Дані станом на ${d}`,
    total: 'Усього',
    partOf: (c) => `у складі: ${c}`,
    countedOnce: (a, b) => `У загальній сумі ${a} враховано один раз, у складі: ${b}.`,
    name: 'Назва',
    value: 'Значення',
    date: 'Дата',
    withUnit: (h, u) => `${h}, ${u}`,
    shareOfTotal: (p) => `${p} від загальної суми`,
    list: join('і'),
    barChartOf: (n) =>
      `Смугова діаграма: ${n} ${plural('uk', n, { one: 'значення', few: 'значення', many: 'значень', other: 'значення' })}.`,
    largest: 'Найбільше',
    smallest: 'Найменше',
    allEqual: (v) => `Усі значення однакові: ${v}.`,
    newTab: 'відкриється в новій вкладці',
    citeThisChart: 'Як цитувати',
    publishedOn: (d) => `Опубліковано: ${d}`,
    dataVersion: (v, d) => (d ? `Версія даних: ${v} від ${d}` : `Версія даних: ${v}`),
    citationFile: 'Посилання у форматі CSL-JSON',
    newerVersion: 'Доступна новіша версія цього графіка',
  },
  timeline: {
    exactDay: 'точна дата',
    rangeOnly: 'відомий лише період',
    monthOnly: 'відомий лише місяць',
    yearOnly: 'відомий лише рік',
    context: 'інші події',
    notShown: (y) => `${y} не показано`,
    summary: (n, a, b) =>
      sentence(
        `Хронологія: ${n} ${plural('uk', n, { one: 'запис', few: 'записи', many: 'записів', other: 'запису' })}, від ${a} до ${b}`,
      ),
    andThen: 'потім',
    runningTotal: (t, w) => sentence(`Наростаючий підсумок: ${t} до ${w}`),
    contextCount: (n) =>
      `Також показано ще ${n} ${plural('uk', n, { one: 'подію', few: 'події', many: 'подій', other: 'події' })}.`,
    skipped: (y) => sentence(`На осі пропущено ${y}`),
    totalAfter: (t) => `наростаючий підсумок ${t}`,
    total: 'Наростаючий підсумок',
    chronology: 'Хронологія',
    countedBy: (label, range, end) =>
      `${label}: джерело вказує лише період ${range}; лінія враховує все значення до ${end.text}, тому підсумок за ${range} точно не відомий.`,
  },
  error: {
    heading: 'Не вдалося показати графік',
    badRequest: 'У посиланні на цей графік помилка. Її може виправити сайт, який його опублікував.',
    notFound: 'За цією адресою немає графіка.',
    later: 'Спробуйте ще раз за кілька хвилин.',
    details: 'Подробиці для розробників',
    parameter: 'Параметр',
    allowed: 'Допустимі значення',
  },
  api: {
    dateStart: (c) => `Перший день, який охоплює ${c} (UTC; для часу доби — мітка часу).`,
    dateEnd: (c) => `Останній день, який охоплює ${c}, включно (UTC; для часу доби — мітка часу).`,
    datePrecision: (c) => `Точність ${c}: year, month, day або minute.`,
    dateLabel: (c, lang) => `${c} словами для читачів${lang ? ` (${lang})` : ''}.`,
  },
}
