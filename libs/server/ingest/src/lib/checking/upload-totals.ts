import type { ChoiceKind } from '@vielfalt/contracts';
import type { PeriodCatalogue } from '@vielfalt/server-persistence';
import { MEASURES, type Measure } from '@vielfalt/server-raw-cells';
import type { Position, ProblemList } from './problems';

type At = (row: number, column: string, value: string | null) => Position;

interface AnswerGroup {
  readonly choice: ChoiceKind;
  readonly row: number;
  sum: number;
  max: number;
  maxRow: number;
}

interface CrossTab {
  readonly dimensions: readonly [string, string];
  readonly row: number;
  sum: number;
  /** category id → sum over the other dimension, for each of the two dimensions */
  readonly margins: readonly [Map<number, number>, Map<number, number>];
}

/**
 * Everything counted for one unit and one combination of structural attribute values: its
 * headcount and respondents, its answers per dimension, its cross-tabs, and the rows seen (for
 * duplicates). Keeping sums per scope, with number keys inside, keeps memory to a few numbers per
 * row instead of a text key per row.
 */
class Scope {
  headcount?: number;
  headcountRow?: number;
  respondents?: number;
  respondentsRow?: number;
  /** identity of a row within the scope → its row number */
  readonly rows = new Map<number, number>();
  readonly answers = new Map<string, AnswerGroup>();
  readonly oneDimension = new Map<number, number>();
  crossTabs?: Map<string, CrossTab>;

  constructor(
    readonly unitId: number,
    readonly valueIds: readonly number[],
  ) {}
}

// Category ids are PostgreSQL serials; 2^20 of them leaves a row identity well inside 2^53.
const CATEGORY_BOUND = 2 ** 20;

/**
 * Sums of an upload kept while its rows stream in, and the checks that need them once all rows
 * are read.
 */
export class UploadTotals {
  private readonly scopes = new Map<number | string, Scope>();
  private readonly units = new Map<number, { row: number; code: string }>();
  private readonly attributeOfValue = new Map<number, string>();
  private readonly categoryKey = new Map<number, string>();

  constructor(private readonly catalogue: PeriodCatalogue) {
    for (const [attribute, values] of catalogue.attributes) {
      for (const id of values.values()) this.attributeOfValue.set(id, attribute);
    }
    for (const dimension of catalogue.dimensions.values()) {
      for (const [key, id] of dimension.categories) this.categoryKey.set(id, key);
    }
  }

  /** Counts a row; returns the row it repeats instead, if there is one (and then counts nothing). */
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
  ): number | undefined {
    const scope = this.scopeOf(unitId, valueIds);
    const identity = (MEASURES[measure] * CATEGORY_BOUND + (categoryId ?? 0)) * CATEGORY_BOUND + (category2Id ?? 0);
    const first = scope.rows.get(identity);
    if (first !== undefined) return first;
    scope.rows.set(identity, row);
    if (!this.units.has(unitId)) this.units.set(unitId, { row, code: unitCode });

    if (measure !== 'answers') {
      scope[measure] = count;
      scope[`${measure}Row`] = row;
    } else if (category2Id === null) {
      const group = scope.answers.get(dimension) ?? {
        choice: this.catalogue.dimensions.get(dimension)?.choice ?? 'single',
        row,
        sum: 0,
        max: -1,
        maxRow: row,
      };
      group.sum += count;
      if (count > group.max) [group.max, group.maxRow] = [count, row];
      scope.answers.set(dimension, group);
      scope.oneDimension.set(categoryId as number, count);
    } else {
      scope.crossTabs ??= new Map();
      const tabKey = `${dimension}|${dimension2}`;
      const tab = scope.crossTabs.get(tabKey) ?? {
        dimensions: [dimension, dimension2] as const,
        row,
        sum: 0,
        margins: [new Map<number, number>(), new Map<number, number>()] as const,
      };
      tab.sum += count;
      tab.margins[0].set(categoryId as number, (tab.margins[0].get(categoryId as number) ?? 0) + count);
      tab.margins[1].set(category2Id, (tab.margins[1].get(category2Id) ?? 0) + count);
      scope.crossTabs.set(tabKey, tab);
    }
    return undefined;
  }

  /** A unit's total scope is found by number; only breakdowns need a text key. */
  private scopeOf(unitId: number, valueIds: readonly number[]): Scope {
    const key = valueIds.length === 0 ? unitId : `${unitId}|${valueIds.join(',')}`;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = new Scope(unitId, valueIds);
      this.scopes.set(key, scope);
    }
    return scope;
  }

  /** The checks across rows; each problem points at the row where its group starts. */
  checkSums(problems: ProblemList, at: At): void {
    for (const [unitId, { row, code }] of this.units) {
      const total = this.scopes.get(unitId);
      for (const name of ['headcount', 'respondents'] as const) {
        if (total?.[name] === undefined) problems.error('missing_total', at(row, 'unit', code), { name });
      }
    }
    this.checkHeadcounts(problems, at);
    for (const scope of this.scopes.values()) {
      for (const [dimension, group] of scope.answers) {
        if (scope.respondents === undefined) problems.error('missing_respondents', at(group.row, 'measure', 'answers'));
        else if (group.choice === 'single' && group.sum !== scope.respondents) {
          problems.error('single_choice_sum_mismatch', at(group.row, 'count', String(group.sum)), {
            name: dimension,
            respondents: scope.respondents,
          });
        } else if (group.choice === 'multi' && group.max > scope.respondents) {
          problems.error('multi_choice_exceeds_respondents', at(group.maxRow, 'count', String(group.max)), {
            respondents: scope.respondents,
          });
        }
      }
      for (const tab of scope.crossTabs?.values() ?? []) this.checkCrossTab(scope, tab, problems, at);
    }
  }

  private checkHeadcounts(problems: ProblemList, at: At): void {
    const breakdowns = new Map<
      string,
      { headcount: number; respondents: number; row: number; total: Scope | undefined; attribute: string }
    >();
    for (const scope of this.scopes.values()) {
      const { headcount, respondents } = scope;
      if (respondents !== undefined && headcount !== undefined && respondents > headcount) {
        problems.error('respondents_exceed_headcount', at(scope.respondentsRow ?? 0, 'count', String(respondents)), {
          headcount,
        });
      } else if (
        scope.valueIds.length === 0 &&
        headcount !== undefined &&
        headcount >= 20 &&
        (respondents ?? 0) < headcount * 0.1
      ) {
        const row = scope.respondentsRow ?? scope.headcountRow ?? 0;
        problems.warning('low_participation', at(row, 'count', String(respondents ?? 0)), { headcount });
      }
      if (scope.valueIds.length !== 1) continue;
      const attribute = this.attributeOfValue.get(scope.valueIds[0]) ?? '';
      const key = `${scope.unitId}|${attribute}`;
      const sums = breakdowns.get(key) ?? {
        headcount: 0,
        respondents: 0,
        row: scope.headcountRow ?? scope.respondentsRow ?? 0,
        total: this.scopes.get(scope.unitId),
        attribute,
      };
      sums.headcount += headcount ?? 0;
      sums.respondents += respondents ?? 0;
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

  private checkCrossTab(scope: Scope, tab: CrossTab, problems: ProblemList, at: At): void {
    const name = `${tab.dimensions[0]} × ${tab.dimensions[1]}`;
    if (scope.respondents === undefined) {
      problems.error('missing_respondents', at(tab.row, 'measure', 'answers'));
      return;
    }
    if (tab.sum !== scope.respondents) {
      problems.error('cross_tab_sum_mismatch', at(tab.row, 'count', String(tab.sum)), {
        name,
        respondents: scope.respondents,
      });
    }
    tab.dimensions.forEach((dimension, side) => {
      if (!scope.answers.has(dimension)) return; // no one-dimension rows to compare with
      for (const [categoryId, sum] of tab.margins[side]) {
        const expected = scope.oneDimension.get(categoryId) ?? 0;
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
