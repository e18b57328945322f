import { plural } from '../../data/vocabulary/index.ts'
import { join, sentence } from './helpers.ts'
import type { Catalogue } from './types.ts'

/** The catalogue of Russian. Reviewed by readers of the language (December 2026, /work/shared/translations-2026-12.md): keep it so. */

export const ru: Catalogue = {
  chrome: {
    colon: ':',
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
    barChartOf: (n) =>
      `Столбчатая диаграмма: ${n} ${plural('ru', n, { one: 'значение', few: 'значения', many: 'значений', other: 'значения' })}.`,
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
  timeline: {
    exactDay: 'точная дата',
    rangeOnly: 'известен только период',
    monthOnly: 'известен только месяц',
    yearOnly: 'известен только год',
    context: 'другие события',
    notShown: (y) => `${y} не показаны`,
    summary: (n, a, b) =>
      sentence(
        `Хронология: ${n} ${plural('ru', n, { one: 'запись', few: 'записи', many: 'записей', other: 'записи' })}, от ${a} до ${b}`,
      ),
    andThen: 'затем',
    runningTotal: (t, w) => sentence(`Нарастающий итог: ${t} к ${w}`),
    contextCount: (n) =>
      `Также ${plural('ru', n, { one: 'показано', few: 'показаны', many: 'показаны', other: 'показаны' })} ещё ${n} ${plural('ru', n, { one: 'событие', few: 'события', many: 'событий', other: 'события' })}.`,
    skipped: (y) => sentence(`На оси пропущены ${y}`),
    totalAfter: (t) => `нарастающий итог ${t}`,
    total: 'Нарастающий итог',
    chronology: 'Хронология',
    countedBy: (label, range, end) =>
      `${label}: источник указывает лишь период ${range}; линия учитывает всю площадь к ${end.text}, поэтому итог за ${range} точно не известен.`,
  },
  error: {
    heading: 'Не удалось показать график',
    badRequest: 'В ссылке на этот график ошибка. Её может исправить сайт, который его опубликовал.',
    notFound: 'По этому адресу нет графика.',
    later: 'Попробуйте ещё раз через несколько минут.',
    details: 'Подробности для разработчиков',
    parameter: 'Параметр',
    allowed: 'Допустимые значения',
  },
  api: {
    // Not natively reviewed (translations-2026-12 has no API words).
    dateStart: (c) => `Первый день, охватываемый ${c} (UTC; для времени суток — метка времени).`,
    dateEnd: (c) => `Последний день, охватываемый ${c}, включительно (UTC; для времени суток — метка времени).`,
    datePrecision: (c) => `Точность ${c}: year, month, day или minute.`,
    dateLabel: (c, lang) => `${c} словами для читателей${lang ? ` (${lang})` : ''}.`,
  },
}
