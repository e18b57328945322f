/**
 * Regenerates the width table of widgets/shared/text-width.ts: measures every character the
 * datasets and the UI chrome use in Chromium, in Liberation Sans (Arial's metrics, what the page's
 * font stack resolves to on most desktops) and Noto Sans (the PNG renderer's font), and keeps the
 * wider of the two so a label placed by the table fits in either; and Liberation Sans alone in font
 * units (ARIAL_*), from which page heights predict where text wraps.
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
  'ßẞÀàÂâÊêÎîÔôÛûÙùËëÏïŸÿŒœÆæ¿¡ІіЇїЄєҐґ€£'

const noto = readFileSync(resolve(ROOT, 'node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'))
const notoBold = readFileSync(resolve(ROOT, 'node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'))
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const page = await browser.newPage()
const widths = await page.evaluate(
  async ({ chars, noto, notoBold }) => {
    const load = async (name: string, b64: string, weight: string) => {
      const face = new FontFace(name, `url(data:font/ttf;base64,${b64})`, { weight })
      await face.load()
      document.fonts.add(face)
    }
    await load('Noto', noto, '400')
    await load('Noto', notoBold, '700')
    await document.fonts.load('100px "Liberation Sans"')
    await document.fonts.load('bold 100px "Liberation Sans"')
    const ctx = document.createElement('canvas').getContext('2d')!
    const measure = (font: string) =>
      [...chars].map((ch) => {
        ctx.font = font
        return ctx.measureText(ch).width
      })
    return {
      regular: [measure('100px "Liberation Sans"'), measure('100px Noto')],
      bold: [measure('bold 100px "Liberation Sans"'), measure('bold 100px Noto')],
      // At 2048 px a width is the advance in Liberation Sans' own units (2048 to the em).
      arialRegular: measure('2048px "Liberation Sans"'),
      arialBold: measure('bold 2048px "Liberation Sans"'),
    }
  },
  { chars: CHARS, noto: noto.toString('base64'), notoBold: notoBold.toString('base64') },
)
await browser.close()
const table = (pair: number[][]) => [...CHARS].map((_, i) => Math.ceil(Math.max(pair[0]![i]!, pair[1]![i]!))).join(',')
console.log(`const CHARS = ${JSON.stringify(CHARS)}`)
console.log(`const REGULAR = [${table(widths.regular)}]`)
console.log(`const BOLD = [${table(widths.bold)}]`)
console.log(`const ARIAL_REGULAR = [${widths.arialRegular.map(Math.ceil).join(',')}]`)
console.log(`const ARIAL_BOLD = [${widths.arialBold.map(Math.ceil).join(',')}]`)
