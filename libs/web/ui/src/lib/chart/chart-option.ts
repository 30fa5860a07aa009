import type { EChartsCoreOption } from 'echarts/core';
import { type ChartData, SUPPRESSED_MARK } from './chart-data';

/**
 * The ECharts option for `data`. Suppressed values become gaps (`'-'`), never zero bars; the
 * tooltip names them "< k". Decal patterns tell series apart without relying on colour.
 * `formatValue` formats published values in the tooltip (locale-aware in the component).
 */
export function buildChartOption(data: ChartData, formatValue: (value: number) => string = String): EChartsCoreOption {
  return {
    aria: { enabled: true, label: { enabled: false }, decal: { show: data.series.length > 1 } },
    animation: false,
    grid: { left: 8, right: 16, top: data.series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
    legend: { show: data.series.length > 1, top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) => (typeof value === 'number' ? formatValue(value) : SUPPRESSED_MARK),
    },
    xAxis: { type: 'category', data: [...data.categories] },
    yAxis: { type: 'value' },
    series: data.series.map((series) => ({
      name: series.name,
      type: data.kind,
      data: data.categories.map((_, index) => series.values[index] ?? '-'),
      ...(data.kind === 'line' ? { connectNulls: false, symbolSize: 8 } : {}),
    })),
  };
}
