import type { ChartData } from './chart-data';

/** One value of the table; `null` is a suppressed value. */
export interface ChartCell {
  readonly series: string;
  readonly value: number | null;
}

export interface ChartTableRow {
  readonly category: string;
  readonly cells: readonly ChartCell[];
}

/** The table alternative: one row per category, one cell per series; `null` marks a suppressed value. */
export function buildChartTable(data: ChartData): readonly ChartTableRow[] {
  return data.categories.map((category, index) => ({
    category,
    cells: data.series.map((series) => ({ series: series.name, value: series.values[index] ?? null })),
  }));
}
