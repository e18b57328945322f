import regular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'
import bold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
import dejavu from './fonts/DejaVuSans.ttf'
import dejavuBold from './fonts/DejaVuSans-Bold.ttf'
import arabicBold from './fonts/NotoSansArabic-Bold.ttf'
import arabicRegular from './fonts/NotoSansArabic-Regular.ttf'

/**
 * The family the PNG renderer sets text in. Noto Sans (SIL OFL 1.1) covers Latin, the Azerbaijani
 * letters (ə Ə ğ ı İ ş ç ö ü) and Cyrillic; the chart's font-family stack names it, and every
 * generic family (`sans-serif`, `system-ui` falls through to it) resolves to it too, because the
 * Worker has no system fonts.
 */
export const FONT_FAMILY = 'Noto Sans'

/**
 * Regular and bold faces: headings and values are bold, and resvg does not synthesize bold, so a
 * 600 or 700 weight needs its own face (CSS matching picks 700 for 600). Noto Sans has no Arabic:
 * resvg falls back, character by character, to another loaded face that has the letter, so Noto
 * Sans Arabic (committed in fonts/, see its README) paints Arabic text set in Noto Sans, shaped.
 */
export const fontBuffers: readonly Uint8Array[] = [
  new Uint8Array(regular),
  new Uint8Array(bold),
  new Uint8Array(arabicRegular),
  new Uint8Array(arabicBold),
  new Uint8Array(dejavu),
  new Uint8Array(dejavuBold),
]
