import type { ChartData } from './chart-data';

export type ChartSummaryKey =
  | 'chart.summary.empty'
  | 'chart.summary.allSuppressed'
  | 'chart.summary.highest'
  | 'chart.summary.highestWithSuppressed';

/** The facts of the one-sentence summary: `key` names the sentence, the rest fills it in. */
export interface ChartSummary {
  readonly key: ChartSummaryKey;
  /** The highest published value (null when every value is suppressed or there is none). */
  readonly value: number | null;
  readonly series: string;
  readonly category: string;
  readonly suppressed: number;
  readonly total: number;
}

/** Summarises `data` in one sentence: its highest published value and how many values are suppressed. */
export function summarizeChart(data: ChartData): ChartSummary {
  let best: { value: number; series: string; category: string } | null = null;
  let suppressed = 0;
  let total = 0;
  for (const series of data.series) {
    for (const [index, category] of data.categories.entries()) {
      const value = series.values[index] ?? null;
      total += 1;
      if (value === null) suppressed += 1;
      else if (best === null || value > best.value) best = { value, series: series.name, category };
    }
  }
  if (best === null) {
    const key = total === 0 ? 'chart.summary.empty' : 'chart.summary.allSuppressed';
    return { key, value: null, series: '', category: '', suppressed, total };
  }
  return {
    key: suppressed > 0 ? 'chart.summary.highestWithSuppressed' : 'chart.summary.highest',
    ...best,
    suppressed,
    total,
  };
}
