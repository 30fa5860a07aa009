import type { CatalogueDefinition } from '@vielfalt/contracts';
import { versionForPeriod } from '../lib/catalogue';
import { countsByScope, groupBy, scopeOf, singleDimensionAnswers, type UploadRow } from './upload-rows';

// Each check returns the problems it finds, one sentence each: an empty list means the file is consistent.

/** For every scope (unit and attribute values), each single-choice dimension's answers add up to its respondents. */
export function singleChoiceSumProblems(rows: readonly UploadRow[], catalogue: CatalogueDefinition): string[] {
  const single = new Set(catalogue.dimensions.filter((d) => d.choice === 'single').map((d) => d.key));
  const respondents = countsByScope(rows, 'respondents');
  const answers = singleDimensionAnswers(rows).filter((row) => single.has(row.dimension));
  return [...groupBy(answers, (row) => `${scopeOf(row)}|${row.dimension}`)].flatMap(([key, group]) => {
    const sum = group.reduce((total, row) => total + row.count, 0);
    const expected = respondents.get(scopeOf(group[0]));
    return sum === expected ? [] : [`${key}: answers add up to ${sum}, respondents ${expected}`];
  });
}

/** No multi-choice category counts more people than the scope's respondents. */
export function multiChoiceProblems(rows: readonly UploadRow[], catalogue: CatalogueDefinition): string[] {
  const multi = new Set(catalogue.dimensions.filter((d) => d.choice === 'multi').map((d) => d.key));
  const respondents = countsByScope(rows, 'respondents');
  return singleDimensionAnswers(rows)
    .filter((row) => multi.has(row.dimension) && !(row.count <= (respondents.get(scopeOf(row)) ?? -1)))
    .map((row) => `${scopeOf(row)} ${row.dimension}=${row.category}: ${row.count} > respondents`);
}

/** Respondents never exceed the headcount of their scope; every scope has both rows. */
export function respondentProblems(rows: readonly UploadRow[]): string[] {
  const headcount = countsByScope(rows, 'headcount');
  return [...countsByScope(rows, 'respondents')]
    .filter(([scope, count]) => !(count <= (headcount.get(scope) ?? -1)))
    .map(([scope, count]) => `${scope}: ${count} respondents, headcount ${headcount.get(scope)}`);
}

/** Participation (respondents ÷ headcount) of every unit as a whole. */
export function participationByUnit(rows: readonly UploadRow[]): Map<string, number> {
  const totals = rows.filter((row) => Object.keys(row.attributes).length === 0);
  const headcount = countsByScope(totals, 'headcount');
  return new Map(
    [...countsByScope(totals, 'respondents')].map(([unit, count]) => [unit, count / (headcount.get(unit) ?? 0)]),
  );
}

/** Every cross-tab's margins equal the one-dimension rows of the same scope. */
export function crossTabProblems(rows: readonly UploadRow[]): string[] {
  const oneDimension = new Map(
    singleDimensionAnswers(rows).map((row) => [`${scopeOf(row)}|${row.dimension}=${row.category}`, row.count]),
  );
  const margins = new Map<string, number>();
  for (const row of rows.filter((candidate) => candidate.dimension2 !== '')) {
    for (const [dimension, category] of [
      [row.dimension, row.category],
      [row.dimension2, row.category2],
    ]) {
      const key = `${scopeOf(row)}|${dimension}=${category}`;
      margins.set(key, (margins.get(key) ?? 0) + row.count);
    }
  }
  return [...margins]
    .filter(([key, margin]) => oneDimension.get(key) !== margin)
    .map(([key, margin]) => `${key}: cross-tab margin ${margin}, one-dimension row ${oneDimension.get(key)}`);
}

/** For every attribute broken down, the values' rows add up to the unit's total rows (headcount, respondents, answers). */
export function breakdownProblems(rows: readonly UploadRow[]): string[] {
  const cellOf = (row: UploadRow) => `${row.unit}|${row.measure}|${row.dimension}=${row.category}`;
  const totals = new Map(
    rows.filter((row) => Object.keys(row.attributes).length === 0 && !row.dimension2).map((r) => [cellOf(r), r.count]),
  );
  const sums = new Map<string, number>();
  for (const row of rows) {
    for (const attribute of Object.keys(row.attributes)) {
      const key = `${attribute}|${cellOf(row)}`;
      sums.set(key, (sums.get(key) ?? 0) + row.count);
    }
  }
  return [...sums]
    .filter(([key, sum]) => totals.get(key.slice(key.indexOf('|') + 1)) !== sum)
    .map(([key, sum]) => `${key}: breakdown adds up to ${sum}`);
}

/** Each scope that answers a dimension lists every category of the period's version once, zeros included. */
export function categoryProblems(rows: readonly UploadRow[], catalogue: CatalogueDefinition): string[] {
  const answers = singleDimensionAnswers(rows);
  return [...groupBy(answers, (row) => `${row.period}|${scopeOf(row)}|${row.dimension}`)].flatMap(([key, group]) => {
    const dimension = catalogue.dimensions.find((candidate) => candidate.key === group[0].dimension);
    if (!dimension) return [`${key}: unknown dimension`];
    const expected = versionForPeriod(catalogue, dimension, group[0].period).categories.map((c) => c.key);
    const actual = group.map((row) => row.category);
    return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [`${key}: categories ${actual.join(',')}`];
  });
}

/** No two rows share unit, measure, attribute values, dimensions and categories. */
export function duplicateRowProblems(rows: readonly UploadRow[]): string[] {
  const keys = rows.map(
    (row) => `${scopeOf(row)}|${row.measure}|${row.dimension}=${row.category}|${row.dimension2}=${row.category2}`,
  );
  return [...groupBy(keys, (key) => key)].filter(([, group]) => group.length > 1).map(([key]) => `${key}: repeated`);
}

/** Every check at once, for property tests over seeds. */
export function allUploadProblems(rows: readonly UploadRow[], catalogue: CatalogueDefinition): string[] {
  const participation = [...participationByUnit(rows)].filter(([, share]) => share < 0.4 || share > 0.8);
  return [
    ...singleChoiceSumProblems(rows, catalogue),
    ...multiChoiceProblems(rows, catalogue),
    ...respondentProblems(rows),
    ...participation.map(([unit, share]) => `${unit}: participation ${share}`),
    ...crossTabProblems(rows),
    ...breakdownProblems(rows),
    ...categoryProblems(rows, catalogue),
    ...duplicateRowProblems(rows),
  ];
}
