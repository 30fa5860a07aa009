import { linearModelFromArrays, type LinearModel } from '../linear-release';
import type { CountRow, DimensionSpec, Measure, ProtectionInput } from './protection-input';
import { attributeKey, InvalidProtectionInputError, type UnitTree } from './validate-input';

/**
 * What a figure is, apart from its unit: the same key in every unit of the tree. Hidden keys are the
 * unknowns an attacker may use but nobody publishes (staff who did not respond, staff outside an attribute
 * breakdown).
 */
export interface FigureKey {
  readonly measure: Measure | 'hidden';
  /** Canonical attributes, `*` for all staff. */
  readonly attributes: string;
  readonly dimension?: string;
  readonly category?: string;
  readonly chosen?: boolean;
  readonly dimension2?: string;
  readonly category2?: string;
  /** The table it belongs to; '' for hidden keys. */
  readonly table: string;
  /** The key's text after measure and attributes in a figure id, e.g. `migration=mit`. */
  readonly suffix: string;
}

/** A period's release as a linear model, with what each figure means. */
export interface ReleaseModel {
  readonly linear: LinearModel;
  readonly tree: UnitTree;
  readonly keys: readonly FigureKey[];
  /** Per figure: its unit and its key. */
  readonly unitOf: Int32Array;
  readonly keyOf: Int32Array;
  /** Per unit: figure index by key index (-1: the unit has no such figure). */
  readonly figureAt: (unit: number, key: number) => number;
  /** Index of the respondents key for each canonical attribute combination. */
  readonly respondentsKey: ReadonlyMap<string, number>;
}

const HEADCOUNT = 'headcount';
const RESPONDENTS = 'respondents';

/**
 * Builds every figure of the release from the leaf counts: the leaf figures (with the categories a row left
 * out as 0, and for multi-choice dimensions "did not choose" = respondents − "chose"), the totals of every
 * unit above them, and the constraints an attacker knows:
 * - tree: a unit's figure is the sum of its sub-units' figures with the same key;
 * - within a leaf unit: single-choice categories add up to respondents; chose + did not choose = respondents;
 *   a cross-tab's cells add up to its margins and to respondents; respondents + non-respondents = headcount;
 *   an attribute breakdown adds up to the figure without that attribute (plus the staff outside it).
 * Within-unit relations of the units above the leaves follow from these, so they are not repeated.
 * Throws {@link InvalidProtectionInputError} where counts contradict each other.
 */
export function buildReleaseModel(input: ProtectionInput, tree: UnitTree): ReleaseModel {
  const builder = new ModelBuilder(tree, input.dimensions);
  const rowsByUnit = new Map<number, CountRow[]>();
  for (const row of input.counts) {
    const unit = tree.indexOf.get(row.unit) as number;
    const rows = rowsByUnit.get(unit) ?? [];
    rows.push(row);
    rowsByUnit.set(unit, rows);
  }
  for (const [unit, rows] of rowsByUnit) builder.addLeaf(unit, rows);
  return builder.finish();
}

class ModelBuilder {
  private readonly keys: FigureKey[] = [];
  private readonly keyIndex = new Map<string, number>();
  private readonly respondentsKey = new Map<string, number>();
  private readonly values: number[] = [];
  private readonly unitOf: number[] = [];
  private readonly keyOf: number[] = [];
  private readonly hiddenIds = new Map<number, string>();
  private readonly wholes: number[] = [];
  private readonly partStart: number[] = [0];
  private readonly parts: number[] = [];
  /** Leaf unit → key → figure. */
  private readonly leafFigures = new Map<number, Map<number, number>>();
  private readonly dimensions: ReadonlyMap<string, DimensionSpec>;

  constructor(
    private readonly tree: UnitTree,
    dimensions: readonly DimensionSpec[],
  ) {
    this.dimensions = new Map(dimensions.map((dimension) => [dimension.key, dimension]));
  }

  addLeaf(unit: number, rows: readonly CountRow[]): void {
    const code = this.tree.codes[unit];
    const figures = new Map<number, number>();
    this.leafFigures.set(unit, figures);
    const add = (key: FigureKey, value: number): number => {
      const k = this.key(key);
      const figure = this.figure(unit, k, value);
      figures.set(k, figure);
      return figure;
    };
    const find = (key: Omit<FigureKey, 'table' | 'suffix'>): number | undefined =>
      figures.get(this.keyIndex.get(keyText(key)) ?? -1);

    // Headcount and respondents first: the answers refer to them.
    const answers: CountRow[] = [];
    for (const row of rows) {
      const attributes = attributeKey(row.attributes);
      if (row.measure === 'answers') answers.push(row);
      else add({ measure: row.measure, attributes, table: row.measure, suffix: '' }, row.count);
    }
    const respondents = (attributes: string, where: string): number => {
      const figure = find({ measure: RESPONDENTS, attributes });
      if (figure === undefined) fail(`unit "${code}" has ${where} but no respondents row for attributes ${attributes}`);
      return figure;
    };

    // One-dimension answers and cross-tabs, grouped by attributes and dimension(s).
    const groups = new Map<
      string,
      { attributes: string; dimension: string; dimension2?: string; counts: Map<string, number> }
    >();
    for (const row of answers) {
      const attributes = attributeKey(row.attributes);
      const group = `${attributes}|${row.dimension}|${row.dimension2 ?? ''}`;
      let entry = groups.get(group);
      if (!entry) {
        entry = { attributes, dimension: row.dimension as string, dimension2: row.dimension2, counts: new Map() };
        groups.set(group, entry);
      }
      entry.counts.set(`${row.category}|${row.category2 ?? ''}`, row.count);
    }
    // A dimension the leaf has no row of: nobody chose any category of a multi-choice one, and a single-choice
    // one of a leaf without respondents is all zeros. (A single-choice dimension of a leaf with respondents
    // but no row of it stays absent: its categories could not add up.)
    const allRespondents = find({ measure: RESPONDENTS, attributes: '*' });
    if (allRespondents !== undefined) {
      for (const spec of this.dimensions.values()) {
        const group = `*|${spec.key}|`;
        if (groups.has(group) || (spec.choice === 'single' && this.values[allRespondents] > 0)) continue;
        groups.set(group, { attributes: '*', dimension: spec.key, counts: new Map() });
      }
    }
    const crossTabs = [...groups.values()].filter((group) => group.dimension2 !== undefined);
    for (const group of groups.values()) {
      if (group.dimension2 !== undefined) continue;
      const spec = this.dimension(group.dimension);
      const total = respondents(group.attributes, `answers for "${spec.key}"`);
      const r = this.values[total];
      const table = `dimension:${spec.key}`;
      const base = { measure: 'answers' as const, attributes: group.attributes, dimension: spec.key, table };
      if (spec.choice === 'single') {
        const categories = spec.categories.map((category) =>
          add({ ...base, category, suffix: `${spec.key}=${category}` }, group.counts.get(`${category}|`) ?? 0),
        );
        this.sumMustHold(total, categories, `the categories of "${spec.key}" in unit "${code}" (${group.attributes})`);
        this.constraint(total, categories);
      } else {
        for (const category of spec.categories) {
          const count = group.counts.get(`${category}|`) ?? 0;
          if (count > r) {
            fail(
              `in unit "${code}" (${group.attributes}), ${count} chose "${spec.key}=${category}" of ${r} respondents`,
            );
          }
          const suffix = `${spec.key}=${category}`;
          const chose = add({ ...base, category, chosen: true, suffix: `${suffix}|chosen` }, count);
          const didNot = add({ ...base, category, chosen: false, suffix: `${suffix}|not_chosen` }, r - count);
          this.constraint(total, [chose, didNot]);
        }
      }
    }
    for (const group of crossTabs) {
      const first = this.dimension(group.dimension);
      const second = this.dimension(group.dimension2 as string);
      const total = respondents(group.attributes, `a cross-tab of "${first.key}" and "${second.key}"`);
      const table = `crossTab:${first.key}:${second.key}`;
      const cells = first.categories.map((category) =>
        second.categories.map((category2) =>
          add(
            {
              measure: 'answers',
              attributes: group.attributes,
              dimension: first.key,
              category,
              dimension2: second.key,
              category2,
              table,
              suffix: `${first.key}=${category}|${second.key}=${category2}`,
            },
            group.counts.get(`${category}|${category2}`) ?? 0,
          ),
        ),
      );
      const where = `the cross-tab of "${first.key}" and "${second.key}" in unit "${code}" (${group.attributes})`;
      this.sumMustHold(total, cells.flat(), where);
      this.constraint(total, cells.flat());
      const margin = (dimension: string, category: string, terms: number[]): void => {
        const figure = find({ measure: 'answers', attributes: group.attributes, dimension, category });
        if (figure === undefined) return;
        this.sumMustHold(figure, terms, `${where}, margin "${dimension}=${category}"`);
        this.constraint(figure, terms);
      };
      first.categories.forEach((category, i) => margin(first.key, category, cells[i]));
      second.categories.forEach((category2, j) =>
        margin(
          second.key,
          category2,
          cells.map((row) => row[j]),
        ),
      );
    }

    // Staff who did not respond: headcount = respondents + non-respondents.
    for (const [k, figure] of figures) {
      const key = this.keys[k];
      if (key.measure !== RESPONDENTS) continue;
      const headcount = find({ measure: HEADCOUNT, attributes: key.attributes });
      if (headcount === undefined) continue;
      const rest = this.values[headcount] - this.values[figure];
      if (rest < 0) fail(`unit "${code}" (${key.attributes}) has more respondents than staff`);
      this.constraint(
        headcount,
        rest > 0 ? [figure, this.hidden(unit, `nonrespondents|${key.attributes}`, rest)] : [figure],
      );
    }

    // Attribute breakdowns: the figures with attribute `a` = v, over v, add up to the figure without `a`. Also for
    // "did not choose": its staff outside the breakdown (≥ 0) bound the "chose" outside by the respondents outside.
    const breakdowns = new Map<
      string,
      { whole: number; parts: number[]; measure: FigureKey['measure']; base: string }
    >();
    for (const [k, figure] of figures) {
      const key = this.keys[k];
      if (key.attributes === '*') continue;
      const pairs = key.attributes.split(',');
      for (const [i, pair] of pairs.entries()) {
        const attribute = pair.slice(0, pair.indexOf('='));
        const base = pairs.filter((_, j) => j !== i).join(',') || '*';
        const whole = find({ ...key, attributes: base });
        if (whole === undefined) continue;
        const group = `${whole}|${attribute}`;
        const entry = breakdowns.get(group) ?? { whole, parts: [], measure: key.measure, base };
        entry.parts.push(figure);
        breakdowns.set(group, entry);
      }
    }
    const respondentsOf = (figure: number): number =>
      respondents(this.keys[this.keyOf[figure]].attributes, `answers for ${this.figureId(figure)}`);
    const rests = new Map<string, number>();
    for (const [group, { whole, parts }] of breakdowns) {
      const rest = this.values[whole] - parts.reduce((sum, part) => sum + this.values[part], 0);
      if (rest < 0) {
        const id = this.figureId(whole);
        fail(`the breakdown by "${group.slice(group.indexOf('|') + 1)}" of ${id} adds up to more than it`);
      }
      rests.set(group, rest);
    }
    for (const [group, { whole, parts, measure, base }] of breakdowns) {
      const rest = rests.get(group) as number;
      // The staff outside the breakdown may be left out where they are 0 and a reader knows it: headcount and
      // respondents are published; an answer's outside part is surely 0 only if nobody outside responded.
      // Outside are also the respondents of a value that sent no row of this table (its "chose" may be 0 or
      // not broken down, and a reader does not see which). Leaving out one a reader cannot know made the model
      // stronger than any reader, and audits fail.
      const respondents = find({ measure: RESPONDENTS, attributes: base });
      const covered = () => parts.reduce((sum, part) => sum + this.values[respondentsOf(part)], 0);
      const nobodyOutside =
        measure !== 'answers' || (respondents !== undefined && covered() === this.values[respondents]);
      this.constraint(
        whole,
        rest > 0 || !nobodyOutside ? [...parts, this.hidden(unit, `outside|${group}`, rest)] : parts,
      );
    }
  }

  finish(): ReleaseModel {
    const { tree } = this;
    const keyCount = this.keys.length;
    const unitFigures = new Int32Array(tree.codes.length * keyCount).fill(-1);
    for (const [unit, figures] of this.leafFigures) {
      for (const [k, figure] of figures) unitFigures[unit * keyCount + k] = figure;
    }
    // Children before parents: reverse pre-order.
    for (let unit = tree.codes.length - 1; unit >= 0; unit--) {
      const children = tree.children[unit];
      if (children.length === 0) continue;
      for (let k = 0; k < keyCount; k++) {
        const parts: number[] = [];
        let value = 0;
        for (const child of children) {
          const figure = unitFigures[child * keyCount + k];
          if (figure === -1) continue;
          parts.push(figure);
          value += this.values[figure];
        }
        if (parts.length === 0) continue;
        const figure = this.figure(unit, k, value);
        unitFigures[unit * keyCount + k] = figure;
        this.constraint(figure, parts);
      }
    }

    const ids = this.values.map((_, f) => this.figureId(f));
    const linear = linearModelFromArrays(
      ids,
      Float64Array.from(this.values),
      Int32Array.from(this.wholes),
      Int32Array.from(this.partStart),
      Int32Array.from(this.parts),
    );
    return {
      linear,
      tree,
      keys: this.keys,
      unitOf: Int32Array.from(this.unitOf),
      keyOf: Int32Array.from(this.keyOf),
      figureAt: (unit, key) => unitFigures[unit * keyCount + key],
      respondentsKey: this.respondentsKey,
    };
  }

  private figureId(figure: number): string {
    const hidden = this.hiddenIds.get(figure);
    if (hidden !== undefined) return hidden;
    const key = this.keys[this.keyOf[figure]];
    const head = `${key.measure}|${this.tree.codes[this.unitOf[figure]]}|${key.attributes}`;
    return key.suffix === '' ? head : `${head}|${key.suffix}`;
  }

  private key(key: FigureKey): number {
    const text = keyText(key);
    let index = this.keyIndex.get(text);
    if (index === undefined) {
      index = this.keys.length;
      this.keys.push(key);
      this.keyIndex.set(text, index);
      if (key.measure === RESPONDENTS) this.respondentsKey.set(key.attributes, index);
    }
    return index;
  }

  private figure(unit: number, key: number, value: number): number {
    this.values.push(value);
    this.unitOf.push(unit);
    this.keyOf.push(key);
    return this.values.length - 1;
  }

  /** An unknown only the attacker's reasoning uses; its key is shared by no other unit. */
  private hidden(unit: number, what: string, value: number): number {
    const figure = this.figure(unit, -1, value);
    this.hiddenIds.set(figure, `hidden|${this.tree.codes[unit]}|${what}`);
    return figure;
  }

  private constraint(whole: number, parts: readonly number[]): void {
    this.wholes.push(whole);
    for (const part of parts) this.parts.push(part);
    this.partStart.push(this.parts.length);
  }

  private sumMustHold(whole: number, parts: readonly number[], where: string): void {
    const sum = parts.reduce((total, part) => total + this.values[part], 0);
    if (sum !== this.values[whole]) fail(`${where} add up to ${sum}, but the total is ${this.values[whole]}`);
  }

  private dimension(key: string): DimensionSpec {
    return this.dimensions.get(key) as DimensionSpec;
  }
}

function keyText(key: Omit<FigureKey, 'table' | 'suffix'>): string {
  return [
    key.measure,
    key.attributes,
    key.dimension ?? '',
    key.category ?? '',
    key.chosen === undefined ? '' : String(key.chosen),
    key.dimension2 ?? '',
    key.category2 ?? '',
  ].join('|');
}

function fail(message: string): never {
  throw new InvalidProtectionInputError(message);
}
