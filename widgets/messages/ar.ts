import { plural } from '../../data/vocabulary/index.ts'
import { sentence } from './helpers.ts'
import type { Catalogue } from './types.ts'

/** Arabic joins the last name with و, written against it, and the others with the Arabic comma. */
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} و${items.at(-1)}`

/** The catalogue of Arabic. Written by the factbox team, not yet reviewed by native readers. */
export const ar: Catalogue = {
  chrome: {
    colon: ':',
    source: 'المصدر',
    sources: 'المصادر',
    getTheData: 'تنزيل البيانات',
    asOf: (d) => `الأرقام كما نُشرت في ${d}`,
    total: 'المجموع',
    partOf: (c) => `جزء من ${c}`,
    countedOnce: (a, b) => `يُحسب ${a} مرة واحدة في المجموع، بوصفه جزءًا من ${b}.`,
    name: 'الاسم',
    value: 'القيمة',
    date: 'التاريخ',
    withUnit: (h, u) => `${h} (${u})`,
    shareOfTotal: (p) => `${p} من المجموع`,
    list,
    barChartOf: (n) => `مخطط شريطي من ${n} ${plural('ar', n, { few: 'قيم', other: 'قيمة' })}.`,
    largest: 'الأكبر',
    smallest: 'الأصغر',
    allEqual: (v) => `كلها متساوية: ${v}.`,
    newTab: 'يُفتح في علامة تبويب جديدة',
    citeThisChart: 'الاستشهاد بهذا الرسم',
    publishedOn: (d) => `نُشر في ${d}`,
    dataVersion: (v, d) => (d ? `إصدار البيانات ${v} بتاريخ ${d}` : `إصدار البيانات ${v}`),
    citationFile: 'الاستشهاد بصيغة CSL-JSON',
    newerVersion: 'تتوفر نسخة أحدث من هذا الرسم',
  },
  timeline: {
    exactDay: 'تاريخ دقيق',
    rangeOnly: 'مؤرخ بفترة فقط',
    monthOnly: 'مؤرخ بالشهر فقط',
    yearOnly: 'مؤرخ بالسنة فقط',
    context: 'أحداث أخرى',
    notShown: (y) => `${y} غير معروضة`,
    summary: (n, a, b) =>
      sentence(
        `خط زمني: ${n} ${plural('ar', n, { two: 'مدخلان مؤرخان', few: 'مدخلات مؤرخة', many: 'مدخلًا مؤرخًا', other: 'مدخل مؤرخ' })}، من ${a} إلى ${b}`,
      ),
    andThen: 'ثم',
    runningTotal: (t, w) => sentence(`المجموع التراكمي: ${t} حتى ${w}`),
    contextCount: (n) =>
      `تُعرض أيضًا ${n} ${plural('ar', n, { two: 'حدثان آخران', few: 'أحداث أخرى', many: 'حدثًا آخر', other: 'حدث آخر' })}.`,
    skipped: (y) => sentence(`يُسقط المحور ${y}`),
    totalAfter: (t) => `المجموع التراكمي ${t}`,
    total: 'المجموع التراكمي',
    chronology: 'التسلسل الزمني',
    countedBy: (label, range, end) =>
      `يؤرخ المصدر ${label} بالفترة ${range} فقط: يحسب الخط القيمة كلها عند ${end.text}، لذا فالمجموع خلال ${range} غير مؤكد.`,
  },
  error: {
    heading: 'تعذّر عرض المخطط',
    badRequest: 'في رابط هذا المخطط خطأ. يمكن للموقع الذي نشره تصحيحه.',
    notFound: 'لا يوجد مخطط على هذا العنوان.',
    later: 'يُرجى المحاولة مجددًا بعد بضع دقائق.',
    details: 'تفاصيل للمطورين',
    parameter: 'المعامل',
    allowed: 'القيم المسموح بها',
  },
  api: {
    dateStart: (c) => `أول يوم يشمله ${c} (بتوقيت UTC؛ طابع زمني للأوقات من اليوم).`,
    dateEnd: (c) => `آخر يوم يشمله ${c}، ضمنًا (بتوقيت UTC؛ طابع زمني للأوقات من اليوم).`,
    datePrecision: (c) => `دقة ${c}: year أو month أو day أو minute.`,
    dateLabel: (c, lang) => `${c} مكتوبًا للقراء${lang ? ` (${lang})` : ''}.`,
  },
}
