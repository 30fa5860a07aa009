import type { ReleaseTableSummary } from '@vielfalt/contracts';
import { nameTable, nameTables, suppressedShareChart } from './release-tables';
import { loss, testCatalogue, testTables } from './testing';

describe('release tables', () => {
  const dimensions = testCatalogue.dimensions;
  const crossTab: ReleaseTableSummary = {
    id: 'crossTab:migration_history:gender',
    kind: 'crossTab',
    dimension: 'migration_history',
    dimension2: 'gender',
    informationLoss: loss(10, 2),
  };

  it('names tables in German: staff, respondents, the dimension’s label, or its key if the catalogue lacks it', () => {
    expect(nameTables(testTables, dimensions, 'de').map((table) => table.name)).toEqual([
      'Beschäftigte',
      'Teilnehmende',
      'Migrationsgeschichte',
      'languages',
    ]);
    expect(nameTable(crossTab, dimensions, 'de')).toBe('Migrationsgeschichte × gender');
  });

  it('names tables in English', () => {
    expect(nameTables(testTables, dimensions, 'en').map((table) => table.name)).toEqual([
      'Staff',
      'Respondents',
      'Migration history',
      'languages',
    ]);
  });

  it('charts the suppressed share per table in per cent, by figures and weighted by people', () => {
    const chart = suppressedShareChart(nameTables(testTables, dimensions, 'de'), 'de');

    expect(chart.kind).toBe('bar');
    expect(chart.categories).toEqual(['Beschäftigte', 'Teilnehmende', 'Migrationsgeschichte', 'languages']);
    expect(chart.series.map((series) => series.name)).toEqual(['gesperrt (%)', 'nach Personen gewichtet (%)']);
    expect(chart.series[0].values).toEqual([0, 0, 15, 15]);
    expect(chart.series[1].values).toEqual([0, 0, 7.5, 7.5]);
  });
});
