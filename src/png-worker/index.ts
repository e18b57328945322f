import { WorkerEntrypoint } from 'cloudflare:workers'
import { type PngOptions, svgToPng } from './render.ts'

export type { PngOptions } from './render.ts'

/**
 * factbox-png: the Worker behind the main Worker's `PNG` service binding. It is called over RPC
 * (`env.PNG.render(svg, options)`) and has no public route (workers_dev = false).
 */
export default class PngRenderer extends WorkerEntrypoint {
  /** The SVG as PNG bytes; see {@link PngOptions}. Throws a RangeError for bad input. */
  async render(svg: string, options?: PngOptions): Promise<Uint8Array> {
    return svgToPng(svg, options)
  }

  /** Not a public endpoint: say so rather than throw "no fetch handler". */
  override async fetch(): Promise<Response> {
    return new Response('factbox-png renders images for factbox through a service binding.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
}
