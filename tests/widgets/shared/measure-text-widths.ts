/**
 * Regenerates the width table of widgets/shared/text-width.ts: measures every character the
 * datasets and the UI chrome use in Chromium, in Liberation Sans (Arial's metrics, what the page's
 * font stack resolves to on most desktops) and Noto Sans (the PNG renderer's font), and keeps the
 * wider of the two so a label placed by the table fits in either; and Liberation Sans alone in font
 * units (ARIAL_*), from which page heights predict where text wraps.
 *
 * Arabic letters are measured in DejaVu Sans (what the page falls back to for Arabic where, as in
 * CI, it is the one system font with Arabic) and Noto Sans Arabic (the PNG font, src/png-worker/fonts):
 * the safe tables take the wider isolated form, a letter's widest; ARIAL_* take, in DejaVu Sans, the
 * mean of the letter's joined form (between two tatweels) and its isolated form: joined forms alone
 * came out up to 17% short of Chromium's width of the fixture's words (a word's last letter has a
 * tail), the mean 6–23% wide, and a page height must not be predicted short. Marks, direction
 * marks and the Arabic letter mark have no advance.
 *
 *   node_modules/.bin/node tests/widgets/shared/measure-text-widths.ts
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'

const ROOT = resolve(import.meta.dirname, '../../..')
const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '\u00a0\u202f²³°·«»–—‘’“”„…№×−' +
  'ÇçÖöÜüĞğİıŞşƏəÄäÉéÈèÁáÍíÓóÚúÑñ' +
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя' +
  'ßẞÀàÂâÊêÎîÔôÛûÙùËëÏïŸÿŒœÆæ¿¡ІіЇїЄєҐґ€£' +
  '،؛؟ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي٠١٢٣٤٥٦٧٨٩٪٫٬' +
  '\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u061c\u200e\u200f\u202b\u202c'
/** Arabic characters: measured in the Arabic faces (above). */
const ARABIC = /[\u0600-\u06ff]/
/** No advance: Arabic marks, the Arabic letter mark and the direction marks and embeddings. */
const ZERO = /[\u064b-\u0652\u0670\u061c\u200e\u200f\u202b\u202c]/

const noto = readFileSync(resolve(ROOT, 'node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'))
const notoBold = readFileSync(resolve(ROOT, 'node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'))
const arabic = readFileSync(resolve(ROOT, 'src/png-worker/fonts/NotoSansArabic-Regular.ttf'))
const arabicBold = readFileSync(resolve(ROOT, 'src/png-worker/fonts/NotoSansArabic-Bold.ttf'))
const dejavu = readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
const dejavuBold = readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const page = await browser.newPage()
const widths = await page.evaluate(
  async ({ chars, noto, notoBold, arabic, arabicBold, dejavu, dejavuBold }) => {
    const load = async (name: string, b64: string, weight: string) => {
      const face = new FontFace(name, `url(data:font/ttf;base64,${b64})`, { weight })
      await face.load()
      document.fonts.add(face)
    }
    await load('Noto', noto, '400')
    await load('Noto', notoBold, '700')
    await load('NotoArabic', arabic, '400')
    await load('NotoArabic', arabicBold, '700')
    await load('DejaVu', dejavu, '400')
    await load('DejaVu', dejavuBold, '700')
    await document.fonts.load('100px "Liberation Sans"')
    await document.fonts.load('bold 100px "Liberation Sans"')
    const ctx = document.createElement('canvas').getContext('2d')!
    const measure = (font: string) =>
      [...chars].map((ch) => {
        ctx.font = font
        return ctx.measureText(ch).width
      })
    // A letter inside a word: its joined form, between two tatweels (U+0640) less the tatweels.
    const joined = (font: string) =>
      [...chars].map((ch) => {
        ctx.font = font
        return ctx.measureText(`\u0640${ch}\u0640`).width - ctx.measureText('\u0640\u0640').width
      })
    return {
      regular: [measure('100px "Liberation Sans"'), measure('100px Noto')],
      bold: [measure('bold 100px "Liberation Sans"'), measure('bold 100px Noto')],
      arabicRegular: [measure('100px DejaVu'), measure('100px NotoArabic')],
      arabicBold: [measure('bold 100px DejaVu'), measure('bold 100px NotoArabic')],
      // At 2048 px a width is the advance in Liberation Sans' own units (2048 to the em).
      arialRegular: measure('2048px "Liberation Sans"'),
      arialBold: measure('bold 2048px "Liberation Sans"'),
      arabicArialRegular: [joined('2048px DejaVu'), measure('2048px DejaVu')],
      arabicArialBold: [joined('bold 2048px DejaVu'), measure('bold 2048px DejaVu')],
    }
  },
  {
    chars: CHARS,
    noto: noto.toString('base64'),
    notoBold: notoBold.toString('base64'),
    arabic: arabic.toString('base64'),
    arabicBold: arabicBold.toString('base64'),
    dejavu: dejavu.toString('base64'),
    dejavuBold: dejavuBold.toString('base64'),
  },
)
await browser.close()
/** Per character: no advance, the Arabic faces' figure, or the Latin faces'. */
const pick = (latin: (i: number) => number, arab: (i: number) => number) =>
  [...CHARS].map((ch, i) => (ZERO.test(ch) ? 0 : ARABIC.test(ch) ? arab(i) : latin(i))).join(',')
const wider = (pair: number[][]) => (i: number) => Math.ceil(Math.max(pair[0]![i]!, pair[1]![i]!))
const units = (list: number[]) => (i: number) => Math.ceil(list[i]!)
const mean = (pair: number[][]) => (i: number) => Math.ceil((pair[0]![i]! + pair[1]![i]!) / 2)
console.log(`const CHARS = ${JSON.stringify(CHARS)}`)
console.log(`const REGULAR = [${pick(wider(widths.regular), wider(widths.arabicRegular))}]`)
console.log(`const BOLD = [${pick(wider(widths.bold), wider(widths.arabicBold))}]`)
console.log(`const ARIAL_REGULAR = [${pick(units(widths.arialRegular), mean(widths.arabicArialRegular))}]`)
console.log(`const ARIAL_BOLD = [${pick(units(widths.arialBold), mean(widths.arabicArialBold))}]`)
