import { keyword, type Lang } from '../../data/vocabulary/index.ts'
import { COMMON_PARAMS, type CommonOptions, type ImageParam, normalizeCommonOptions } from '../shared/common-options.ts'

/**
 * Sort orders: by area (the value), name or date; a leading `-` reverses, as in the API's
 * `sort=-area_km2`. Names sort by the language's alphabet, dates chronologically.
 */
export const SORTS = ['-area', 'area', 'name', '-name', 'date', '-date'] as const
/** One of {@link SORTS}. */
export type BarSort = (typeof SORTS)[number]

/** Query parameters of the bar chart. */
export const BAR_PARAMS = [...COMMON_PARAMS, 'sort'] as const
/** One of {@link BAR_PARAMS}. */
export type BarParam = (typeof BAR_PARAMS)[number]

/** Options of the bar chart, after validation. */
export interface BarOptions extends CommonOptions {
  /**
   * Order of the bars.
   * @default '-area' (largest first)
   */
  sort: BarSort
}

/** What the bar chart's options are checked against. */
export interface BarOptionsContext {
  languages: readonly Lang[]
  /** Ids of the rows (`highlight` names them). */
  ids: readonly string[]
  /** Whether the view has a date column (`sort=date` needs one). */
  hasDate: boolean
}

/**
 * Fills defaults and validates the bar chart's options; a bad value throws an `OptionError`
 * naming the parameter and the allowed values.
 * @example normalizeBarOptions({ sort: 'name' }, { languages: ['en'], ids: [], hasDate: false }).sort // 'name'
 */
export function normalizeBarOptions(
  params: Partial<Record<BarParam | ImageParam, string>>,
  context: BarOptionsContext,
): BarOptions {
  const sorts = context.hasDate ? SORTS : SORTS.filter((s) => !s.endsWith('date'))
  return {
    ...normalizeCommonOptions(params, context),
    sort: keyword('sort', params.sort, sorts, '-area'),
  }
}
