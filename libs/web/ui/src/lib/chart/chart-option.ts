import type { EChartsCoreOption } from 'echarts/core';
import { type ChartData, SUPPRESSED_MARK } from './chart-data';

/** More categories than this, and a bar chart lies on its side: every label then has a line of its own. */
const MAX_UPRIGHT_BARS = 4;
/** The chart's height unless its categories need more. */
const MIN_HEIGHT_PX = 320;

/**
 * The height a chart of `data` needs, in pixels: lying on its side, each category gets room for its bars and
 * a label of two lines (a long one wraps), plus the legend and the value axis.
 */
export function chartHeight(data: ChartData): number {
  if (!isSideways(data)) return MIN_HEIGHT_PX;
  return Math.max(MIN_HEIGHT_PX, data.categories.length * (16 + 18 * data.series.length) + 90);
}

function isSideways(data: ChartData): boolean {
  return data.kind === 'bar' && data.categories.length > MAX_UPRIGHT_BARS;
}

/**
 * The ECharts option for `data`. Suppressed values become gaps (`'-'`), never zero bars; the
 * tooltip names them "< k". Decal patterns tell series apart without relying on colour.
 * `formatValue` formats published values in the tooltip (locale-aware in the component).
 * Every category is labelled (ECharts would otherwise drop labels that overlap).
 */
export function buildChartOption(data: ChartData, formatValue: (value: number) => string = String): EChartsCoreOption {
  const sideways = isSideways(data);
  const categoryAxis = {
    type: 'category',
    data: [...data.categories],
    // Sideways, the first category on top, as in the table beside the chart.
    inverse: sideways,
    axisLabel: { interval: 0, hideOverlap: false, width: 180, overflow: 'break', lineHeight: 16 },
  };
  // On a narrow screen the value axis drops a label rather than print two over each other.
  const valueAxis = { type: 'value', axisLabel: { hideOverlap: true } };
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
