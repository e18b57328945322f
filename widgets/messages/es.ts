import { plural } from '../../data/vocabulary/index.ts'
import { join, sentence } from './helpers.ts'
import type { Catalogue } from './types.ts'

/** The catalogue of Spanish. Written by the factbox team, not yet reviewed by native readers. */
export const es: Catalogue = {
  chrome: {
    colon: ':',
    source: 'Fuente',
    sources: 'Fuentes',
    getTheData: 'Descargar los datos',
    asOf: (d) => `Cifras tal como se publicaron: ${d}`,
    total: 'Total',
    partOf: (c) => `parte de ${c}`,
    countedOnce: (a, b) => `El total cuenta ${a} una sola vez, como parte de ${b}.`,
    name: 'Nombre',
    value: 'Valor',
    date: 'Fecha',
    withUnit: (h, u) => `${h} (${u})`,
    shareOfTotal: (p) => `${p} del total`,
    list: join('y'),
    barChartOf: (n) => `Gráfico de barras de ${n} ${plural('es', n, { one: 'valor', other: 'valores' })}.`,
    largest: 'Mayor',
    smallest: 'Menor',
    allEqual: (v) => `Todos son iguales: ${v}.`,
    newTab: 'se abre en una pestaña nueva',
    citeThisChart: 'Citar este gráfico',
    publishedOn: (d) => `Publicado el ${d}`,
    dataVersion: (v, d) => (d ? `Versión de los datos ${v} del ${d}` : `Versión de los datos ${v}`),
    citationFile: 'Cita en formato CSL-JSON',
    newerVersion: 'Hay una versión más reciente de este gráfico',
  },
  timeline: {
    exactDay: 'fecha exacta',
    rangeOnly: 'fechado solo como periodo',
    monthOnly: 'fechado solo por mes',
    yearOnly: 'fechado solo por año',
    context: 'otros sucesos',
    notShown: (y) => `${y} no se muestra`,
    summary: (n, a, b) =>
      sentence(
        `Cronología de ${n} ${plural('es', n, { one: 'entrada fechada', other: 'entradas fechadas' })}, de ${a} a ${b}`,
      ),
    andThen: 'después',
    runningTotal: (t, w) => sentence(`Total acumulado: ${t} hasta ${w}`),
    contextCount: (n) =>
      `También ${plural('es', n, { one: 'se muestra', other: 'se muestran' })} ${n} ${plural('es', n, { one: 'suceso más', other: 'sucesos más' })}.`,
    skipped: (y) => sentence(`El eje omite ${y}`),
    totalAfter: (t) => `total acumulado ${t}`,
    total: 'Total acumulado',
    chronology: 'Cronología',
    countedBy: (label, range, end) =>
      `La fuente fecha ${label} solo como ${range}: la línea cuenta todo su valor hasta ${end.text}, así que el total dentro de ${range} es incierto.`,
  },
  error: {
    heading: 'No se pudo mostrar el gráfico',
    badRequest: 'El enlace a este gráfico tiene un error. El sitio que lo publicó puede corregirlo.',
    notFound: 'No hay ningún gráfico en esta dirección.',
    later: 'Vuelva a intentarlo en unos minutos.',
    details: 'Detalles para desarrolladores',
    parameter: 'Parámetro',
    allowed: 'Valores permitidos',
  },
  api: {
    dateStart: (c) => `Primer día que abarca ${c} (UTC; una marca de tiempo para las horas).`,
    dateEnd: (c) => `Último día que abarca ${c}, incluido (UTC; una marca de tiempo para las horas).`,
    datePrecision: (c) => `Precisión de ${c}: year, month, day o minute.`,
    dateLabel: (c, lang) => `${c} escrito para los lectores${lang ? ` (${lang})` : ''}.`,
  },
}
