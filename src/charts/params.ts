import { IMAGE_PARAMS } from '../../widgets/registry.ts'

/** The options without the image-only ones (`width`), which the page does not read. */
export function withoutImageParams(given: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(given).filter(([name]) => !(IMAGE_PARAMS as readonly string[]).includes(name)),
  )
}
