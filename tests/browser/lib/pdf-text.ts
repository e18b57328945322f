/**
 * The text of a PDF as Chromium prints it (Skia: Type0 fonts with a ToUnicode CMap each, Flate
 * streams), without a PDF library: enough to check that a printout holds a title, a figure and a
 * source line. Each show-text operator's glyphs are mapped through the current font's CMap; runs
 * are joined with spaces, so compare with whitespace collapsed.
 */
import { inflateSync } from 'node:zlib'

interface PdfObject {
  dict: string
  stream?: Buffer
}

/** The objects of the PDF by number, streams inflated. */
function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1')
  const found = new Map<number, PdfObject>()
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const body = match[2]!
    const at = body.indexOf('stream')
    if (at < 0) {
      found.set(Number(match[1]), { dict: body })
      continue
    }
    const dict = body.slice(0, at)
    const start = match.index + match[0].indexOf(body) + at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1)
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0)
    const raw = pdf.subarray(start, start + length)
    found.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw })
  }
  return found
}

/** A ToUnicode CMap: glyph code (hex) to text. */
function cmap(source: string): Map<string, string> {
  const map = new Map<string, string>()
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)))
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(code!.toUpperCase(), utf16(uni!))
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const width = lo!.length
      for (let c = Number.parseInt(lo!, 16), i = 0; c <= Number.parseInt(hi!, 16); c++, i++)
        map.set(
          c.toString(16).toUpperCase().padStart(width, '0'),
          utf16((Number.parseInt(uni!, 16) + i).toString(16).padStart(uni!.length, '0')),
        )
    }
  return map
}

/** Every text run of the PDF, in content order, joined with spaces. */
export function pdfText(pdf: Buffer): string {
  const all = objects(pdf)
  const fonts = new Map<string, Map<string, string>>()
  for (const { dict } of all.values())
    for (const [, name, ref] of dict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = all.get(Number(ref))
      const unicode = font && /\/Type\s*\/Font/.test(font.dict) && /\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1]
      const stream = unicode ? all.get(Number(unicode))?.stream : undefined
      if (stream) fonts.set(name!, cmap(stream.toString('latin1')))
    }
  const runs: string[] = []
  for (const { dict, stream } of all.values()) {
    if (!stream || /\/Subtype|\/Type\s*\/XObject|CMap/.test(dict)) continue
    const content = stream.toString('latin1')
    let font: Map<string, string> | undefined
    for (const [, name, shown] of content.matchAll(/\/(\w+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)/g)) {
      if (name) font = fonts.get(name)
      if (!shown || !font) continue
      const width = font.keys().next().value?.length ?? 4
      const glyphs = [...shown.matchAll(/<([0-9A-Fa-f]*)>/g)].flatMap(
        ([, hex]) => hex!.match(new RegExp(`.{${width}}`, 'g')) ?? [],
      )
      runs.push(glyphs.map((g) => font!.get(g.toUpperCase()) ?? '').join(''))
    }
  }
  return runs.join(' ')
}
