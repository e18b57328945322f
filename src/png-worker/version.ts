/**
 * What the PNG bytes depend on besides the SVG and the options: the renderer and the fonts. It
 * is part of every PNG ETag, so that an upgrade of any changes the ETag (tests/png-worker checks it
 * against the installed packages). Its own module so the main Worker imports a string, not resvg.
 */
export const PNG_RENDERER =
  'resvg-wasm@2.6.2+noto-sans@0.4.2+noto-sans-arabic@debian-20201225-1+dejavu-sans@debian-2.37-6'
