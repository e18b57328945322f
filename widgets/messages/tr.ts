import { join, sentence } from './helpers.ts'
import type { Catalogue } from './types.ts'

// Turkish keeps a noun singular after a number ("9 değer"), so no word here has plural forms.

/** The catalogue of Turkish. Written by the factbox team, not yet reviewed by native readers. */
export const tr: Catalogue = {
  chrome: {
    colon: ':',
    source: 'Kaynak',
    sources: 'Kaynaklar',
    getTheData: 'Verileri indir',
    asOf: (d) => `Rakamlar yayımlandığı hâliyle: ${d}`,
    total: 'Toplam',
    partOf: (c) => `${c} kapsamında`,
    countedOnce: (a, b) => `Toplamda ${a}, ${b} kapsamında bir kez sayılır.`,
    name: 'Ad',
    value: 'Değer',
    date: 'Tarih',
    withUnit: (h, u) => `${h} (${u})`,
    shareOfTotal: (p) => `toplamdaki payı ${p}`,
    list: join('ve'),
    barChartOf: (n) => `${n} değerli çubuk grafik.`,
    largest: 'En büyük',
    smallest: 'En küçük',
    allEqual: (v) => `Hepsi eşit: ${v}.`,
    newTab: 'yeni sekmede açılır',
    citeThisChart: 'Bu grafiğe atıf yapın',
    publishedOn: (d) => `Yayımlanma: ${d}`,
    dataVersion: (v, d) => (d ? `Veri sürümü: ${v} (${d})` : `Veri sürümü: ${v}`),
    citationFile: 'CSL-JSON biçiminde atıf',
    newerVersion: 'Bu grafiğin daha yeni bir sürümü var',
  },
  timeline: {
    exactDay: 'kesin tarih',
    rangeOnly: 'yalnızca dönem olarak tarihli',
    monthOnly: 'yalnızca ay olarak tarihli',
    yearOnly: 'yalnızca yıl olarak tarihli',
    context: 'diğer olaylar',
    notShown: (y) => `${y} gösterilmiyor`,
    summary: (n, a, b) => sentence(`${n} tarihli kaydın zaman çizelgesi: ${a} – ${b}`),
    andThen: 'ardından',
    runningTotal: (t, w) => sentence(`Kümülatif toplam: ${w} itibarıyla ${t}`),
    contextCount: (n) => `Ayrıca ${n} diğer olay gösteriliyor.`,
    skipped: (y) => sentence(`Eksen ${y} dönemini atlıyor`),
    totalAfter: (t) => `kümülatif toplam ${t}`,
    total: 'Kümülatif toplam',
    chronology: 'Kronoloji',
    countedBy: (label, range, end) =>
      `${label}: kaynak yalnızca ${range} dönemini veriyor. Çizgi tüm değeri ${end.text} itibarıyla sayar; bu yüzden ${range} içindeki toplam kesin değildir.`,
  },
  error: {
    heading: 'Grafik gösterilemedi',
    badRequest: 'Bu grafiğin bağlantısında bir hata var. Grafiği yayımlayan site bunu düzeltebilir.',
    notFound: 'Bu adreste grafik yok.',
    later: 'Lütfen birkaç dakika sonra yeniden deneyin.',
    details: 'Geliştiriciler için ayrıntılar',
    parameter: 'Parametre',
    allowed: 'İzin verilen değerler',
  },
  api: {
    dateStart: (c) => `${c} sütununun kapsadığı ilk gün (UTC; saatler için bir zaman damgası).`,
    dateEnd: (c) => `${c} sütununun kapsadığı son gün, dahil (UTC; saatler için bir zaman damgası).`,
    datePrecision: (c) => `${c} sütununun kesinliği: year, month, day veya minute.`,
    dateLabel: (c, lang) => `Okurlar için yazıyla ${c}${lang ? ` (${lang})` : ''}.`,
  },
}
