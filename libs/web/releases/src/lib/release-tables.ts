import type { DimensionDefinition, InformationLossView, ReleaseTableSummary } from '@vielfalt/contracts';
import type { ChartData } from '@vielfalt/web-ui';
import { DICTIONARIES, type Language } from '@vielfalt/web-i18n';

/** A table of a release with the name the UI gives it. */
export interface NamedTable {
  readonly id: string;
  readonly name: string;
  readonly informationLoss: InformationLossView;
}

/**
 * The name of a release table in `language`: "Beschäftigte", "Teilnehmende", a dimension's label
 * from the catalogue (its key where the catalogue does not know it), or "A × B" for a cross-tab.
 */
export function nameTable(
  table: ReleaseTableSummary,
  dimensions: readonly DimensionDefinition[],
  language: Language,
): string {
  const dimensionLabel = (key: string | null) =>
    key === null ? '' : (dimensions.find((dimension) => dimension.key === key)?.label[language] ?? key);
  switch (table.kind) {
    case 'headcount':
      return DICTIONARIES[language].releases.tables.headcount;
    case 'respondents':
      return DICTIONARIES[language].releases.tables.respondents;
    case 'dimension':
      return dimensionLabel(table.dimension);
    case 'crossTab':
      return `${dimensionLabel(table.dimension)} × ${dimensionLabel(table.dimension2)}`;
  }
}

/** The tables of a release, in the order the server sent them, each with its name. */
export function nameTables(
  tables: readonly ReleaseTableSummary[],
  dimensions: readonly DimensionDefinition[],
  language: Language,
): readonly NamedTable[] {
  return tables.map((table) => ({
    id: table.id,
    name: nameTable(table, dimensions, language),
    informationLoss: table.informationLoss,
  }));
}

const percent = (share: number) => Math.round(share * 1000) / 10;

/**
 * The bar chart of the suppressed share per table, in per cent: by figures and weighted by people.
 * Its table alternative (built by the chart from the same data) lists the same values.
 */
export function suppressedShareChart(tables: readonly NamedTable[], language: Language): ChartData {
  const texts = DICTIONARIES[language].releases.loss;
  return {
    kind: 'bar',
    categoryLabel: texts.chartCategory,
    categories: tables.map((table) => table.name),
    series: [
      { name: texts.chartShare, values: tables.map((table) => percent(table.informationLoss.suppressedShare)) },
      {
        name: texts.chartPeopleWeighted,
        values: tables.map((table) => percent(table.informationLoss.peopleWeightedShare)),
      },
    ],
  };
}
