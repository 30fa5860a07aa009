import type { EChartsCoreOption } from 'echarts/core';
import { type ChartData, SUPPRESSED_MARK } from './chart-data';

/** More categories than this, and a bar chart lies on its side: every label then has a line of its own. */
const MAX_UPRIGHT_BARS = 4;

/**
 * The ECharts option for `data`. Suppressed values become gaps (`'-'`), never zero bars; the
 * tooltip names them "< k". Decal patterns tell series apart without relying on colour.
 * `formatValue` formats published values in the tooltip (locale-aware in the component).
 * Every category is labelled (ECharts would otherwise drop labels that overlap).
 */
export function buildChartOption(data: ChartData, formatValue: (value: number) => string = String): EChartsCoreOption {
  const sideways = data.kind === 'bar' && data.categories.length > MAX_UPRIGHT_BARS;
  const categoryAxis = {
    type: 'category',
    data: [...data.categories],
    // Sideways, the first category on top, as in the table beside the chart.
    inverse: sideways,
    axisLabel: { interval: 0, hideOverlap: false, width: 180, overflow: 'break' },
  };
  const valueAxis = { type: 'value' };
  return {
    aria: { enabled: true, label: { enabled: false }, decal: { show: data.series.length > 1 } },
    animation: false,
    grid: { left: 8, right: 16, top: data.series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
    legend: { show: data.series.length > 1, top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) => (typeof value === 'number' ? formatValue(value) : SUPPRESSED_MARK),
    },
    xAxis: sideways ? valueAxis : categoryAxis,
    yAxis: sideways ? categoryAxis : valueAxis,
    series: data.series.map((series) => ({
      name: series.name,
      type: data.kind,
      data: data.categories.map((_, index) => series.values[index] ?? '-'),
      ...(data.kind === 'line' ? { connectNulls: false, symbolSize: 8 } : {}),
    })),
  };
}
