import { keyword, type Lang } from '../../data/vocabulary/index.ts'
import { COMMON_PARAMS, type CommonOptions, type ImageParam, normalizeCommonOptions } from '../shared/common-options.ts'

/**
 * Sort orders, named after the view's column roles (`value`, `label`, `date`) so they mean the same
 * for any dataset; a leading `-` reverses, as in the API's `sort=-area_km2`. Labels sort by the
 * language's alphabet, dates chronologically.
 */
export const SORTS = ['-value', 'value', 'label', '-label', 'date', '-date'] as const
/** One of {@link SORTS}. */
export type BarSort = (typeof SORTS)[number]

/**
 * The names the first dataset gave the sorts (its value was an area, its label a name), still
 * accepted so published embed codes keep working; they mean the same as the generic name.
 */
export const SORT_ALIASES: Readonly<Record<string, BarSort>> = {
  '-area': '-value',
  area: 'value',
  name: 'label',
  '-name': '-label',
}

/** Query parameters of the bar chart. */
export const BAR_PARAMS = [...COMMON_PARAMS, 'sort'] as const
/** One of {@link BAR_PARAMS}. */
export type BarParam = (typeof BAR_PARAMS)[number]

/** Options of the bar chart, after validation. */
export interface BarOptions extends CommonOptions {
  /**
   * Order of the bars.
   * @default '-value' (largest first)
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
 * naming the parameter and the allowed values (the generic names: an alias is accepted, never offered).
 * @example normalizeBarOptions({ sort: 'name' }, { languages: ['en'], ids: [], hasDate: false }).sort // 'label'
 */
export function normalizeBarOptions(
  params: Partial<Record<BarParam | ImageParam, string>>,
  context: BarOptionsContext,
): BarOptions {
  const sorts = context.hasDate ? SORTS : SORTS.filter((s) => !s.endsWith('date'))
  const sort =
    params.sort !== undefined && Object.hasOwn(SORT_ALIASES, params.sort) ? SORT_ALIASES[params.sort] : params.sort
  return {
    ...normalizeCommonOptions(params, context),
    sort: keyword('sort', sort, sorts, '-value'),
  }
}
