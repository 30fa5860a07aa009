export { Chart } from './lib/chart/chart';
export { type ChartData, type ChartSeries, SUPPRESSED_MARK } from './lib/chart/chart-data';
export { buildChartOption } from './lib/chart/chart-option';
export { type ChartSummary, type ChartSummaryKey, summarizeChart } from './lib/chart/chart-summary';
export { type ChartCell, type ChartTableRow, buildChartTable } from './lib/chart/chart-table';
