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

interface DimensionInfo {
  /** The catalogue's key: a key read from the file would hold on to the file's text. */
  readonly key: string;
  /** 1, 2, …, so that a pair of dimensions is a small number too */
  readonly number: number;
  readonly choice: ChoiceKind;
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
  /** by the pair of dimensions' numbers */
  crossTabs?: Map<number, CrossTab>;

  constructor(
    readonly unitId: number,
    readonly valueIds: readonly number[],
  ) {}
}

/**
 * Sums of an upload kept while its rows stream in, and the checks that need them once all rows
 * are read.
 */
export class UploadTotals {
  /** Every scope, in the order of their first rows. */
  private readonly scopes: Scope[] = [];
  /** combination number → unit id → scope */
  private readonly scopesByCombination: Map<number, Scope>[] = [];
  /** unit id → the first row of the unit */
  private readonly units = new Map<number, number>();
  private unitCodes?: Map<number, string>;
  private readonly attributeOfValue = new Map<number, string>();
  private readonly categoryKey = new Map<number, string>();
  private readonly dimensions = new Map<string, DimensionInfo>();
  /** Categories numbered 1, 2, … (0: none), so that a row's identity within its scope is a small number. */
  private readonly categoryNumber = new Map<number, number>();

  constructor(private readonly catalogue: PeriodCatalogue) {
    for (const [attribute, values] of catalogue.attributes) {
      for (const id of values.values()) this.attributeOfValue.set(id, attribute);
    }
    for (const [key, { choice, categories }] of catalogue.dimensions) {
      this.dimensions.set(key, { key, number: this.dimensions.size + 1, choice });
      for (const [key, id] of categories) {
        this.categoryKey.set(id, key);
        this.categoryNumber.set(id, this.categoryNumber.size + 1);
      }
    }
  }

  /** How many units have a row counted. */
  get unitCount(): number {
    return this.units.size;
  }

  /**
   * Counts a row; returns the row it repeats instead, if there is one (and then counts nothing).
   * `combination` numbers the attribute values `valueIds` (0 for none).
   */
  add(
    row: number,
    unitId: number,
    combination: number,
    valueIds: readonly number[],
    measure: Measure,
    dimension: string,
    categoryId: number | null,
    dimension2: string,
    category2Id: number | null,
    count: number,
  ): number | undefined {
    const scope = this.scopeOf(unitId, combination, valueIds);
    const categories = this.categoryNumber.size + 1;
    const category = categoryId === null ? 0 : (this.categoryNumber.get(categoryId) ?? 0);
    const category2 = category2Id === null ? 0 : (this.categoryNumber.get(category2Id) ?? 0);
    const identity = (MEASURES[measure] * categories + category) * categories + category2;
    const first = scope.rows.get(identity);
    if (first !== undefined) return first;
    scope.rows.set(identity, row);
    if (!this.units.has(unitId)) this.units.set(unitId, row);

    if (measure === 'headcount') {
      scope.headcount = count;
      scope.headcountRow = row;
    } else if (measure === 'respondents') {
      scope.respondents = count;
      scope.respondentsRow = row;
    } else if (category2Id === null) {
      const { key, choice } = this.dimensionOf(dimension);
      let group = scope.answers.get(key);
      if (!group) {
        group = { choice, row, sum: 0, max: -1, maxRow: row };
        scope.answers.set(key, group);
      }
      group.sum += count;
      if (count > group.max) {
        group.max = count;
        group.maxRow = row;
      }
      scope.oneDimension.set(categoryId as number, count);
    } else {
      const first = this.dimensionOf(dimension);
      const second = this.dimensionOf(dimension2);
      const pair = first.number * (this.dimensions.size + 1) + second.number;
      scope.crossTabs ??= new Map();
      let tab = scope.crossTabs.get(pair);
      if (!tab) {
        tab = {
          dimensions: [first.key, second.key],
          row,
          sum: 0,
          margins: [new Map<number, number>(), new Map<number, number>()],
        };
        scope.crossTabs.set(pair, tab);
      }
      tab.sum += count;
      tab.margins[0].set(categoryId as number, (tab.margins[0].get(categoryId as number) ?? 0) + count);
      tab.margins[1].set(category2Id, (tab.margins[1].get(category2Id) ?? 0) + count);
    }
    return undefined;
  }

  private scopeOf(unitId: number, combination: number, valueIds: readonly number[]): Scope {
    const byUnit = (this.scopesByCombination[combination] ??= new Map());
    let scope = byUnit.get(unitId);
    if (!scope) {
      scope = new Scope(unitId, valueIds);
      byUnit.set(unitId, scope);
      this.scopes.push(scope);
    }
    return scope;
  }

  private codeOf(unitId: number): string {
    this.unitCodes ??= new Map([...this.catalogue.units].map(([code, unit]) => [unit.id, code]));
    return this.unitCodes.get(unitId) ?? String(unitId);
  }

  /** The total scope of a unit: no attribute values. */
  private totalOf(unitId: number): Scope | undefined {
    return this.scopesByCombination[0]?.get(unitId);
  }

  /** A dimension the checker found in the catalogue. */
  private dimensionOf(key: string): DimensionInfo {
    const dimension = this.dimensions.get(key);
    if (!dimension) throw new Error(`The dimension "${key}" is not in the period's catalogue.`);
    return dimension;
  }

  /** The checks across rows; each problem points at the row where its group starts. */
  checkSums(problems: ProblemList, at: At): void {
    for (const [unitId, row] of this.units) {
      const total = this.totalOf(unitId);
      for (const name of ['headcount', 'respondents'] as const) {
        if (total?.[name] === undefined)
          problems.error('missing_total', at(row, 'unit', this.codeOf(unitId)), { name });
      }
    }
    this.checkHeadcounts(problems, at);
    for (const scope of this.scopes) {
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
    this.checkMissingAnswers(problems, at);
  }

  /**
   * A unit with respondents must send every single-choice dimension and every cross-tab that other units send
   * (in its total, without attributes): its answers add up to its respondents, so they cannot all be 0, and
   * without them the table's sums above the unit would not add up to the respondents there.
   */
  private checkMissingAnswers(problems: ProblemList, at: At): void {
    const totals = this.scopesByCombination[0];
    if (!totals) return;
    const singleChoice = new Set<string>();
    const crossTabs = new Map<number, string>();
    for (const scope of totals.values()) {
      for (const [dimension, group] of scope.answers) if (group.choice === 'single') singleChoice.add(dimension);
      for (const [pair, tab] of scope.crossTabs ?? []) crossTabs.set(pair, tab.dimensions.join(' × '));
    }
    for (const [unitId, scope] of totals) {
      if (!scope.respondents) continue;
      const position = at(this.units.get(unitId) ?? 0, 'unit', this.codeOf(unitId));
      const params = { respondents: scope.respondents };
      for (const dimension of singleChoice) {
        if (!scope.answers.has(dimension)) problems.error('missing_answers', position, { ...params, name: dimension });
      }
      for (const [pair, name] of crossTabs) {
        if (!scope.crossTabs?.has(pair)) problems.error('missing_cross_tab', position, { ...params, name });
      }
    }
  }

  private checkHeadcounts(problems: ProblemList, at: At): void {
    const breakdowns = new Map<
      string,
      { headcount: number; respondents: number; row: number; total: Scope | undefined; attribute: string }
    >();
    for (const scope of this.scopes) {
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
        total: this.totalOf(scope.unitId),
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
