import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type PngRenderer from '../../src/png-worker/index.ts'
import { PNG_RENDERER } from '../../src/png-worker/version.ts'
import { FONT_FAMILY, RTL_FONT_FAMILY } from '../../widgets/shared/text-width.ts'
import { decodePng, inkedPixels, PNG_SIGNATURE, pngSize } from './decode-png.ts'

/** The PNG Worker's entrypoint, called over RPC as the main Worker's service binding calls it. */
const png = exports.default as unknown as Service<PngRenderer>

const AZ = 'Ağdam, Şuşa, Kəlbəcər, İsmayıllı, Ərazi, çöl, üzüm'
const RU = 'Нагорный Карабах, ёжик, Щ Ы Я'

function svg(body: string, width = 600, height = 120): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`
}

function text(content: string, y: number, attrs = 'font-family="Noto Sans, system-ui, sans-serif" font-size="22"') {
  return `<text x="10" y="${y}" ${attrs} fill="#111">${content}</text>`
}

/**
 * The error an RPC call rejects with. Workers RPC promises are pipelining proxies: handing one to
 * `expect().rejects` reads properties that start a second call whose rejection goes unhandled.
 */
async function failure(call: () => Promise<unknown>): Promise<string> {
  try {
    await call()
  } catch (error) {
    return String(error)
  }
  return 'resolved'
}

async function render(source: string, options?: Parameters<PngRenderer['render']>[1]) {
  return new Uint8Array(await png.render(source, options))
}

describe('the PNG Worker', () => {
  it('renders Azerbaijani and Cyrillic text to a PNG of the SVG size', async () => {
    const bytes = await render(svg(text(AZ, 40) + text(RU, 90)), { background: '#ffffff' })
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    expect(pngSize(bytes)).toEqual({ width: 600, height: 120 })
    const blank = await decodePng(await render(svg(''), { background: '#ffffff' }))
    expect(inkedPixels(blank)).toBe(0)
    expect(inkedPixels(await decodePng(bytes))).toBeGreaterThan(1500)
  })

  it('draws each Azerbaijani and Cyrillic letter with a real glyph, not the missing-glyph box', async () => {
    const glyph = async (char: string) =>
      decodePng(await render(svg(text(char, 50, 'font-family="Noto Sans" font-size="48"'), 60, 64)))
    const missing = await glyph('\u4e00') // CJK: not in Noto Sans, drawn as the .notdef box or not at all
    for (const char of [...'əƏğĞıİşŞçÇöÖüÜжЖяЯёЁщЩ']) {
      const drawn = await glyph(char)
      expect(inkedPixels(drawn), char).toBeGreaterThan(40)
      expect(Buffer.from(drawn.pixels).equals(Buffer.from(missing.pixels)), char).toBe(false)
    }
  })

  it('tells dotless ı from i and schwa ə from e', async () => {
    const ink = async (char: string) =>
      inkedPixels(await decodePng(await render(svg(text(char, 50, 'font-family="Noto Sans" font-size="48"'), 60, 64))))
    expect(await ink('ı')).toBeLessThan(await ink('i'))
    expect(await ink('ə')).not.toBe(await ink('e'))
  })

  it('draws Arabic letters with Noto Sans Arabic when the text asks for Noto Sans', async () => {
    const glyph = async (char: string) =>
      decodePng(await render(svg(text(char, 50, 'font-family="Noto Sans" font-size="48"'), 60, 64)))
    const missing = await glyph('\u4e00')
    for (const char of [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةءى']) {
      const drawn = await glyph(char)
      expect(inkedPixels(drawn), char).toBeGreaterThan(20)
      expect(Buffer.from(drawn.pixels).equals(Buffer.from(missing.pixels)), char).toBe(false)
    }
  })

  it('shapes Arabic: a word joins its letters, unlike the same letters kept apart by U+200C', async () => {
    // The zero-width non-joiner only stops joining: without shaping both images would be the same.
    const ink = async (content: string) =>
      decodePng(await render(svg(text(content, 60, 'font-family="Noto Sans" font-size="40"'), 300, 90)))
    const inkedColumns = (png: { width: number; height: number; pixels: Uint8Array }) => {
      const columns = new Set<number>()
      for (let i = 0; i < png.width * png.height; i++) if (png.pixels[i * 4 + 3]! > 0) columns.add(i % png.width)
      return Math.max(...columns) - Math.min(...columns) + 1
    }
    for (const word of ['مدينة', 'بيت', 'سمس']) {
      const joined = await ink(word)
      const apart = await ink([...word].join('\u200c'))
      expect(Buffer.from(joined.pixels).equals(Buffer.from(apart.pixels)), word).toBe(false)
      // Initial and medial forms are narrower than isolated ones.
      expect(inkedColumns(joined), word).toBeLessThan(inkedColumns(apart))
    }
  })

  it('lays Arabic out right to left: the first letter of a run is painted rightmost', async () => {
    // "ا ش": alef then sheen. Right to left, the wide sheen comes first from the left edge, exactly
    // where the sheen alone is painted; left to right the thin alef would be there.
    const columns = async (content: string) =>
      decodePng(await render(svg(text(content, 60, 'font-family="Noto Sans" font-size="40"'), 200, 90)))
    const both = await columns('ا ش')
    const sheen = await columns('ش')
    const alef = await columns('ا')
    const left = (png: { width: number; pixels: Uint8Array }, upTo: number) =>
      Buffer.from(png.pixels.filter((_, i) => (i >> 2) % png.width < upTo))
    expect(inkedPixels(sheen)).toBeGreaterThan(inkedPixels(alef))
    expect(left(both, 40).equals(left(sheen, 40))).toBe(true)
    expect(left(both, 40).equals(left(alef, 40))).toBe(false)
  })

  it('paints an Arabic line with brackets in the right-to-left stack; Noto Sans first made it boxes', async () => {
    // The first word sits at the right end, anchored there: its ink must not depend on the rest
    // (to a few edge pixels of anti-aliasing; boxes in place of letters change it by far more).
    const rightEnd = async (family: string, content: string) => {
      const png = await decodePng(
        await render(
          svg(`<text x="590" y="60" font-family='${family}' font-size="28" text-anchor="end">${content}</text>`),
        ),
      )
      let ink = 0
      for (let i = 0; i < png.width * png.height; i++) if (i % png.width >= 530 && png.pixels[i * 4 + 3]! > 128) ink++
      return ink
    }
    const line = 'الأمطار في مدن متخيلة (أرقام متخيلة)'
    const word = await rightEnd(RTL_FONT_FAMILY, 'الأمطار')
    expect(word).toBeGreaterThan(300)
    expect(Math.abs((await rightEnd(RTL_FONT_FAMILY, line)) - word)).toBeLessThan(word * 0.05)
    expect(Math.abs((await rightEnd(FONT_FAMILY, line)) - word)).toBeGreaterThan(word * 0.2)
  })

  it('paints Latin letters inside an Arabic line in the right-to-left stack (DejaVu Sans has both)', async () => {
    // Right to left the Latin word comes last, leftmost: from x = 10 it is painted where it is alone
    // (to a few pixels of anti-aliasing). With Noto Sans Arabic first its letters were boxes.
    const leftEnd = async (family: string, content: string) => {
      const text = `<text x="10" y="60" font-family='${family}' font-size="28">${content}</text>`
      const png = await decodePng(await render(svg(text)))
      let ink = 0
      for (let i = 0; i < png.width * png.height; i++) if (i % png.width < 100 && png.pixels[i * 4 + 3]! > 128) ink++
      return ink
    }
    // Embedded right to left (U+202B … U+202C), as the widgets write an rtl image's text.
    const line = '\u202bالمصدر: أرقام متخيلة لاختبارات factbox\u202c'
    const alone = await leftEnd(RTL_FONT_FAMILY, 'factbox')
    expect(alone).toBeGreaterThan(300)
    expect(Math.abs((await leftEnd(RTL_FONT_FAMILY, line)) - alone)).toBeLessThan(alone * 0.05)
    expect(Math.abs((await leftEnd(`"Noto Sans Arabic", ${FONT_FAMILY}`, line)) - alone)).toBeGreaterThan(alone * 0.2)
  })

  it('resolves generic and unknown families to the bundled font', async () => {
    const pixels = async (family: string) =>
      (await decodePng(await render(svg(text(AZ, 40, `font-family="${family}" font-size="22"`))))).pixels
    const noto = Buffer.from(await pixels('Noto Sans'))
    expect(Buffer.from(await pixels('sans-serif')).equals(noto)).toBe(true)
    expect(Buffer.from(await pixels("system-ui, -apple-system, 'Segoe UI', sans-serif")).equals(noto)).toBe(true)
    expect(Buffer.from(await pixels('Helvetica Neue')).equals(noto)).toBe(true)
  })

  it('uses the bold face for bold text', async () => {
    const ink = async (weight: string) =>
      inkedPixels(
        await decodePng(
          await render(svg(text(AZ, 40, `font-family="Noto Sans" font-size="22" font-weight="${weight}"`))),
        ),
      )
    expect(await ink('700')).toBeGreaterThan((await ink('400')) * 1.2)
  })

  it('scales to the requested width and keeps the aspect ratio', async () => {
    expect(pngSize(await render(svg(text(RU, 40)), { width: 1200 }))).toEqual({ width: 1200, height: 240 })
    expect(pngSize(await render(svg(text(RU, 40)), { width: 300 }))).toEqual({ width: 300, height: 60 })
  })

  it('paints the background colour, and leaves the image transparent without one', async () => {
    const dark = await decodePng(await render(svg(''), { background: '#102030' }))
    expect([...dark.pixels.subarray(0, 4)]).toEqual([0x10, 0x20, 0x30, 255])
    const clear = await decodePng(await render(svg('')))
    expect(clear.pixels[3]).toBe(0)
  })

  it('rejects a bad width, a bad colour and an oversized SVG', async () => {
    expect(await failure(() => render(svg(''), { width: 0 }))).toMatch(/RangeError: invalid width/)
    expect(await failure(() => render(svg(''), { width: 5000 }))).toMatch(/invalid width/)
    expect(await failure(() => render(svg(''), { background: 'url(#x)' }))).toMatch(/invalid background/)
    expect(await failure(() => render(svg(`<desc>${'x'.repeat(1_000_001)}</desc>`)))).toMatch(/larger than/)
  })

  it('rejects what is not SVG', async () => {
    expect(await failure(() => render('<html>not an image</html>'))).toMatch(/SVG data parsing failed/)
  })

  it('has no public HTTP endpoint', async () => {
    const res = await png.fetch('http://factbox-png/')
    expect(res.status).toBe(404)
  })
})

describe('the renderer version in PNG ETags', () => {
  it('names the resvg-wasm and Noto Sans versions that package.json pins, and the committed Arabic fonts', async () => {
    const { dependencies } = (await import('../../package.json')).default as { dependencies: Record<string, string> }
    const resvg = dependencies['@resvg/resvg-wasm']
    const noto = dependencies['@expo-google-fonts/noto-sans']
    // src/png-worker/fonts/README.md names the Debian packages the Arabic faces come from.
    expect(PNG_RENDERER).toBe(
      `resvg-wasm@${resvg}+noto-sans@${noto}+noto-sans-arabic@debian-20201225-1+dejavu-sans@debian-2.37-6`,
    )
  })
})
