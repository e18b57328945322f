import { describe, expect, it } from 'vitest'
import { embedCodes, SANDBOX } from '../../../src/embed/embed-code.ts'

const codes = embedCodes({
  origin: 'https://charts.example.org',
  dataset: 'occupation-in-figures',
  widget: 'bar',
  version: '0123456789ab',
  params: { theme: 'dark', lang: 'az' },
  title: 'İşğal "rəqəmlərdə" <b>',
  height: 512,
  loader: { url: 'https://charts.example.org/embed.abcdef0123.js', integrity: 'sha384-xyz' },
})

describe('embedCodes', () => {
  it('pins the data version and writes options in canonical order', () => {
    expect(codes.pageUrl).toBe(
      'https://charts.example.org/embed/occupation-in-figures@0123456789ab/bar?lang=az&theme=dark',
    )
    expect(codes.svgUrl).toBe(
      'https://charts.example.org/embed/occupation-in-figures@0123456789ab/bar.svg?lang=az&theme=dark',
    )
    expect(codes.pngUrl).toBe(
      'https://charts.example.org/embed/occupation-in-figures@0123456789ab/bar.png?lang=az&theme=dark',
    )
    expect(codes.oembedUrl).toBe(
      `https://charts.example.org/oembed?url=${encodeURIComponent(codes.pageUrl)}&format=json`,
    )
  })

  it('writes a script-free iframe with a title, an initial height, lazy loading and a narrow sandbox', () => {
    expect(codes.iframe).toBe(
      '<iframe src="https://charts.example.org/embed/occupation-in-figures@0123456789ab/bar?lang=az&amp;theme=dark" title="İşğal &quot;rəqəmlərdə&quot; &lt;b&gt;" width="100%" height="512" style="border:0;width:100%;height:512px" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>',
    )
    expect(SANDBOX).not.toContain('allow-top-navigation')
    expect(SANDBOX).not.toContain('allow-forms')
  })

  it('adds the versioned loader with Subresource Integrity to the responsive code', () => {
    expect(codes.responsive).toBe(
      `${codes.iframe}\n<script src="https://charts.example.org/embed.abcdef0123.js" integrity="sha384-xyz" crossorigin="anonymous" async></script>`,
    )
  })

  it('writes an AMP snippet that AMP can resize', () => {
    expect(codes.amp).toMatch(
      /^<amp-iframe src="[^"]+" title="[^"]+" width="auto" height="512" layout="fixed-height" resizable sandbox="[^"]+"/,
    )
    expect(codes.amp).toContain('<div overflow tabindex="0" role="button" aria-label="Show the whole chart">')
  })
})
