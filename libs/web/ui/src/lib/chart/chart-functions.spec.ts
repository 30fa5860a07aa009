import type { ChartData } from './chart-data';
import { buildChartOption, chartHeight } from './chart-option';
import { summarizeChart } from './chart-summary';
import { buildChartTable } from './chart-table';

// Test-only input: invented categories and values that stand for no real figures.
const testData: ChartData = {
  kind: 'bar',
  categories: ['Testkategorie A', 'Testkategorie B', 'Testkategorie C'],
  series: [
    { name: 'Testreihe 1', values: [11, null, 30] },
    { name: 'Testreihe 2', values: [25, 17, null] },
  ],
};

interface SeriesOption {
  name: string;
  type: string;
  data: (number | string)[];
}

function seriesOf(data: ChartData): SeriesOption[] {
  return buildChartOption(data)['series'] as SeriesOption[];
}

describe('chart functions', () => {
  describe('buildChartOption', () => {
    it('draws a suppressed value as a gap, never as a zero bar', () => {
      const [first, second] = seriesOf(testData);

      expect(first.data).toEqual([11, '-', 30]);
      expect(second.data).toEqual([25, 17, '-']);
      expect(first.data).not.toContain(0);
    });

    it('labels every category, and lays a bar chart of many categories on its side, the first on top', () => {
      const categories = ['Beschäftigte', 'Befragte', 'Geschlecht', 'Alter', 'Sprachen', 'Behinderung'];
      const many: ChartData = { kind: 'bar', categories, series: [{ name: 'Testreihe', values: [1, 2, 3, 4, 5, 6] }] };

      const option = buildChartOption(many);
      const few = buildChartOption(testData);

      const yAxis = option['yAxis'] as { type: string; data: string[]; inverse: boolean; axisLabel: object };
      expect(yAxis.type).toBe('category');
      expect(yAxis.data).toEqual(categories);
      expect(yAxis.inverse).toBeTrue();
      expect(yAxis.axisLabel).toEqual(jasmine.objectContaining({ interval: 0, hideOverlap: false }));
      expect((option['xAxis'] as { type: string }).type).toBe('value');
      expect((few['xAxis'] as { axisLabel: object }).axisLabel).toEqual(jasmine.objectContaining({ interval: 0 }));
    });

    it('gives a bar chart on its side room for every category: taller with more categories and series', () => {
      const categories = ['Beschäftigte', 'Befragte', 'Geschlecht', 'Alter', 'Sprachen', 'Behinderung', 'Sprachen'];
      const one: ChartData = {
        kind: 'bar',
        categories,
        series: [{ name: 'Testreihe', values: categories.map(() => 1) }],
      };
      const two: ChartData = { ...one, series: [...one.series, { name: 'Testreihe 2', values: one.series[0].values }] };
      const nine: ChartData = { ...two, categories: [...categories, 'Testkategorie A', 'Testkategorie B'] };

      expect(chartHeight(testData)).toBe(320);
      expect(chartHeight(two)).toBeGreaterThan(chartHeight(one));
      expect(chartHeight(nine)).toBeGreaterThan(chartHeight(two));
      // Each category keeps at least 50 px, enough for two bars and a label of two lines.
      expect((chartHeight(nine) - 90) / 9).toBeGreaterThanOrEqual(50);
      expect((buildChartOption(nine)['xAxis'] as { axisLabel: object }).axisLabel).toEqual(
        jasmine.objectContaining({ hideOverlap: true }),
      );
    });

    it('keeps categories, series names and chart type from the input', () => {
      const option = buildChartOption(testData);

      expect((option['xAxis'] as { data: string[] }).data).toEqual([
        'Testkategorie A',
        'Testkategorie B',
        'Testkategorie C',
      ]);
      expect(seriesOf(testData).map((series) => [series.name, series.type])).toEqual([
        ['Testreihe 1', 'bar'],
        ['Testreihe 2', 'bar'],
      ]);
    });

    it('labels a suppressed value "< k" in the tooltip', () => {
      const tooltip = buildChartOption(testData, (value) => `#${value}`)['tooltip'] as {
        valueFormatter: (value: unknown) => string;
      };

      expect(tooltip.valueFormatter('-')).toBe('< k');
      expect(tooltip.valueFormatter(12)).toBe('#12');
    });
  });

  describe('buildChartTable', () => {
    it('gives one row per category with one cell per series, null where suppressed', () => {
      expect(buildChartTable(testData)).toEqual([
        {
          category: 'Testkategorie A',
          cells: [
            { series: 'Testreihe 1', value: 11 },
            { series: 'Testreihe 2', value: 25 },
          ],
        },
        {
          category: 'Testkategorie B',
          cells: [
            { series: 'Testreihe 1', value: null },
            { series: 'Testreihe 2', value: 17 },
          ],
        },
        {
          category: 'Testkategorie C',
          cells: [
            { series: 'Testreihe 1', value: 30 },
            { series: 'Testreihe 2', value: null },
          ],
        },
      ]);
    });
  });

  describe('summarizeChart', () => {
    it('names the highest published value and counts the suppressed ones', () => {
      expect(summarizeChart(testData)).toEqual({
        key: 'chart.summary.highestWithSuppressed',
        value: 30,
        series: 'Testreihe 1',
        category: 'Testkategorie C',
        suppressed: 2,
        total: 6,
      });
    });

    it('does not mention suppression when nothing is suppressed', () => {
      const summary = summarizeChart({
        kind: 'line',
        categories: ['T1', 'T2'],
        series: [{ name: 'S', values: [3, 4] }],
      });

      expect(summary.key).toBe('chart.summary.highest');
      expect(summary.value).toBe(4);
    });

    it('says so when every value is suppressed, and never reports a highest value', () => {
      const summary = summarizeChart({
        kind: 'bar',
        categories: ['T1', 'T2'],
        series: [{ name: 'S', values: [null, null] }],
      });

      expect(summary.key).toBe('chart.summary.allSuppressed');
      expect(summary.value).toBeNull();
      expect(summary.suppressed).toBe(2);
    });

    it('agrees with the table on how many values are suppressed', () => {
      const suppressedInTable = buildChartTable(testData)
        .flatMap((row) => row.cells)
        .filter((cell) => cell.value === null).length;

      expect(summarizeChart(testData).suppressed).toBe(suppressedInTable);
    });
  });
});
