/** One line or one set of bars: a value per category, `null` where the release suppressed it. */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/**
 * What a chart shows, as the release reports it. `values[i]` of every series belongs to
 * `categories[i]`. A `null` value is suppressed (a group smaller than k): it is never drawn as
 * zero, and it is labelled "< k" in the table.
 */
export interface ChartData {
  readonly kind: 'bar' | 'line';
  /** Heading of the category column in the table alternative, e.g. "Stichtag". */
  readonly categoryLabel?: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

/** The label of a suppressed value, the same in chart, table and every export. */
export const SUPPRESSED_MARK = '< k';
