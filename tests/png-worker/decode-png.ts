/**
 * A small PNG reader for tests: enough for what resvg writes (8-bit RGBA or RGB, not interlaced).
 * Runs in workerd and Node alike (DecompressionStream), so both test projects can look at pixels.
 */
export interface DecodedPng {
  width: number
  height: number
  /** RGBA, row by row. */
  pixels: Uint8Array
}

/** The eight bytes every PNG starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height from the IHDR chunk, without decoding the image. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG: bad signature')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: no IHDR')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Decodes the pixels (RGB is widened to RGBA). */
export async function decodePng(bytes: Uint8Array): Promise<DecodedPng> {
  const { width, height } = pngSize(bytes)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const [depth, colorType, , , interlace] = bytes.subarray(24, 29)
  if (depth !== 8 || (colorType !== 6 && colorType !== 2) || interlace !== 0)
    throw new Error(`unsupported PNG: depth ${depth}, color type ${colorType}, interlace ${interlace}`)
  const channels = colorType === 6 ? 4 : 3
  const chunks: Uint8Array[] = []
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    if (type === 'IDAT') chunks.push(bytes.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const idat = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0))
  let at = 0
  for (const c of chunks) {
    idat.set(c, at)
    at += c.length
  }
  const stream = new Response(idat).body!.pipeThrough(new DecompressionStream('deflate'))
  const raw = new Uint8Array(await new Response(stream).arrayBuffer())
  const stride = width * channels
  const rows = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels]! : 0
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0
      const upLeft = y > 0 && x >= channels ? rows[(y - 1) * stride + x - channels]! : 0
      rows[y * stride + x] = (line[x]! + predict(filter!, left, up, upLeft)) & 0xff
    }
  }
  if (channels === 4) return { width, height, pixels: rows }
  const pixels = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) {
    pixels.set(rows.subarray(i * 3, i * 3 + 3), i * 4)
    pixels[i * 4 + 3] = 255
  }
  return { width, height, pixels }
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0
    case 1:
      return left
    case 2:
      return up
    case 3:
      return (left + up) >> 1
    case 4: {
      const p = left + up - upLeft
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)]
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
    }
    default:
      throw new Error(`bad PNG filter ${filter}`)
  }
}

/** How many pixels are darker than mid-grey (ink on a light background). */
export function inkedPixels({ pixels }: DecodedPng): number {
  let count = 0
  for (let i = 0; i < pixels.length; i += 4) {
    const alpha = pixels[i + 3]! / 255
    const luminance = (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3
    if (alpha * luminance + (1 - alpha) * 255 < 128) count++
  }
  return count
}
