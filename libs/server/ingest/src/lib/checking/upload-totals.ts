import type { ChoiceKind } from '@vielfalt/contracts';
import type { PeriodCatalogue } from '@vielfalt/server-persistence';
import type { Measure } from '@vielfalt/server-raw-cells';
import type { Position, ProblemList } from './problems';

type At = (row: number, column: string, value: string | null) => Position;

interface Totals {
  unitId: number;
  valueIds: readonly number[];
  headcount?: number;
  headcountRow?: number;
  respondents?: number;
  respondentsRow?: number;
}

interface AnswerGroup {
  totalKey: string;
  dimension: string;
  choice: ChoiceKind;
  row: number;
  sum: number;
  max: number;
  maxRow: number;
}

interface CrossTab {
  totalKey: string;
  dimensions: [string, string];
  row: number;
  sum: number;
  /** category id → sum over the other dimension, for each of the two dimensions */
  margins: [Map<number, number>, Map<number, number>];
}

/**
 * Sums of an upload kept while its rows stream in (a few numbers per unit and group, not per
 * row), and the checks that need them once all rows are read.
 */
export class UploadTotals {
  private readonly totals = new Map<string, Totals>();
  private readonly units = new Map<number, { row: number; code: string }>();
  private readonly answers = new Map<string, AnswerGroup>();
  private readonly oneDimension = new Map<string, number>();
  private readonly crossTabs = new Map<string, CrossTab>();
  private readonly attributeOfValue = new Map<number, string>();
  private readonly categoryKey = new Map<number, string>();

  constructor(
    private readonly catalogue: PeriodCatalogue,
    private readonly sheet: string | null,
  ) {
    for (const [attribute, values] of catalogue.attributes) {
      for (const id of values.values()) this.attributeOfValue.set(id, attribute);
    }
    for (const dimension of catalogue.dimensions.values()) {
      for (const [key, id] of dimension.categories) this.categoryKey.set(id, key);
    }
  }

  add(
    row: number,
    unitCode: string,
    unitId: number,
    measure: Measure,
    valueIds: readonly number[],
    dimension: string,
    categoryId: number | null,
    dimension2: string,
    category2Id: number | null,
    count: number,
  ): void {
    if (!this.units.has(unitId)) this.units.set(unitId, { row, code: unitCode });
    const totalKey = `${unitId}|${valueIds.join(',')}`;
    if (measure !== 'answers') {
      const totals = this.totals.get(totalKey) ?? { unitId, valueIds };
      totals[measure] = count;
      totals[`${measure}Row`] = row;
      this.totals.set(totalKey, totals);
    } else if (category2Id === null) {
      const groupKey = `${totalKey}|${dimension}`;
      const choice = this.catalogue.dimensions.get(dimension)?.choice ?? 'single';
      const group = this.answers.get(groupKey) ?? { totalKey, dimension, choice, row, sum: 0, max: -1, maxRow: row };
      group.sum += count;
      if (count > group.max) [group.max, group.maxRow] = [count, row];
      this.answers.set(groupKey, group);
      this.oneDimension.set(`${totalKey}|${categoryId}`, count);
    } else {
      const tabKey = `${totalKey}|${dimension}|${dimension2}`;
      const tab = this.crossTabs.get(tabKey) ?? {
        totalKey,
        dimensions: [dimension, dimension2],
        row,
        sum: 0,
        margins: [new Map(), new Map()],
      };
      tab.sum += count;
      tab.margins[0].set(categoryId as number, (tab.margins[0].get(categoryId as number) ?? 0) + count);
      tab.margins[1].set(category2Id, (tab.margins[1].get(category2Id) ?? 0) + count);
      this.crossTabs.set(tabKey, tab);
    }
  }

  /** The checks across rows; each problem points at the row where its group starts. */
  checkSums(problems: ProblemList, at: At): void {
    for (const [unitId, { row, code }] of this.units) {
      const total = this.totals.get(`${unitId}|`);
      for (const name of ['headcount', 'respondents'] as const) {
        if (total?.[name] === undefined) problems.error('missing_total', at(row, 'unit', code), { name });
      }
    }
    this.checkHeadcounts(problems, at);
    for (const group of this.answers.values()) {
      const respondents = this.totals.get(group.totalKey)?.respondents;
      if (respondents === undefined) problems.error('missing_respondents', at(group.row, 'measure', 'answers'));
      else if (group.choice === 'single' && group.sum !== respondents) {
        problems.error('single_choice_sum_mismatch', at(group.row, 'count', String(group.sum)), {
          name: group.dimension,
          respondents,
        });
      } else if (group.choice === 'multi' && group.max > respondents) {
        problems.error('multi_choice_exceeds_respondents', at(group.maxRow, 'count', String(group.max)), {
          respondents,
        });
      }
    }
    for (const tab of this.crossTabs.values()) this.checkCrossTab(tab, problems, at);
  }

  private checkHeadcounts(problems: ProblemList, at: At): void {
    const breakdowns = new Map<
      string,
      { headcount: number; respondents: number; row: number; total: Totals | undefined; attribute: string }
    >();
    for (const totals of this.totals.values()) {
      if (totals.respondents !== undefined && totals.headcount !== undefined && totals.respondents > totals.headcount) {
        problems.error(
          'respondents_exceed_headcount',
          at(totals.respondentsRow ?? 0, 'count', String(totals.respondents)),
          {
            headcount: totals.headcount,
          },
        );
      } else if (
        totals.valueIds.length === 0 &&
        totals.headcount !== undefined &&
        totals.headcount >= 20 &&
        (totals.respondents ?? 0) < totals.headcount * 0.1
      ) {
        problems.warning(
          'low_participation',
          at(totals.respondentsRow ?? totals.headcountRow ?? 0, 'count', String(totals.respondents ?? 0)),
          {
            headcount: totals.headcount,
          },
        );
      }
      if (totals.valueIds.length !== 1) continue;
      const attribute = this.attributeOfValue.get(totals.valueIds[0]) ?? '';
      const key = `${totals.unitId}|${attribute}`;
      const sums = breakdowns.get(key) ?? {
        headcount: 0,
        respondents: 0,
        row: totals.headcountRow ?? totals.respondentsRow ?? 0,
        total: this.totals.get(`${totals.unitId}|`),
        attribute,
      };
      sums.headcount += totals.headcount ?? 0;
      sums.respondents += totals.respondents ?? 0;
      breakdowns.set(key, sums);
    }
    for (const sums of breakdowns.values()) {
      for (const name of ['headcount', 'respondents'] as const) {
        const total = sums.total?.[name];
        if (total !== undefined && sums[name] > total) {
          problems.error('breakdown_exceeds_total', at(sums.row, 'count', String(sums[name])), {
            name: sums.attribute,
            total,
          });
        }
      }
    }
  }

  private checkCrossTab(tab: CrossTab, problems: ProblemList, at: At): void {
    const name = `${tab.dimensions[0]} × ${tab.dimensions[1]}`;
    const respondents = this.totals.get(tab.totalKey)?.respondents;
    if (respondents === undefined) {
      problems.error('missing_respondents', at(tab.row, 'measure', 'answers'));
      return;
    }
    if (tab.sum !== respondents) {
      problems.error('cross_tab_sum_mismatch', at(tab.row, 'count', String(tab.sum)), { name, respondents });
    }
    tab.dimensions.forEach((dimension, side) => {
      if (!this.answers.has(`${tab.totalKey}|${dimension}`)) return; // no one-dimension rows to compare with
      for (const [categoryId, sum] of tab.margins[side]) {
        const expected = this.oneDimension.get(`${tab.totalKey}|${categoryId}`) ?? 0;
        if (sum !== expected) {
          problems.error('cross_tab_margin_mismatch', at(tab.row, 'count', String(sum)), {
            name: `${dimension}=${this.categoryKey.get(categoryId) ?? categoryId}`,
            expected,
          });
        }
      }
    });
  }
}
