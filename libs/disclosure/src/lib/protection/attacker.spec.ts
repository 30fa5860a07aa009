import loadHighs, { type Highs } from 'highs';
import type { Constraint, Figure, LinearRelease } from '../linear-release';
import { protect } from './protect';
import type { CountRow, ProtectionInput } from './protection-input';
import type { ProtectedFigure, ProtectionResult } from './protection-result';

/**
 * An attacker written for the specs, independently of the release model: from the input and what a result
 * shows, it writes down the table relations a reader of the release knows —
 *
 * - tree: a unit's figure is the sum of its sub-units' figures with the same measure, attributes and
 *   categories;
 * - in every leaf unit: single-choice categories add up to respondents; chose + did not choose = respondents;
 *   a cross-tab's cells add up to respondents and to its margins (in the units above, these follow from the
 *   tree, and only there if every leaf below has the table);
 * - in every unit: headcount = respondents + the staff who did not respond (an unknown ≥ 0); a breakdown by an
 *   attribute adds up to the figure without it plus the staff outside the breakdown (an unknown ≥ 0);
 *
 * — and, with its own linear programs (HiGHS, LP format, one fresh solve per bound), the interval [lo, hi] of
 * every suppressed figure. The unknowns ≥ 0 are there even when their true value is 0: a reader does not know
 * that.
 */
export interface Attack {
  readonly release: LinearRelease;
  /** Primary and min-respondents figures that no earlier version published with the same value. */
  readonly sensitive: readonly string[];
  /**
   * The level each sensitive figure's interval must reach (docs/disclosure.md, "Small groups"): k, or for an
   * answer the size of the group its row describes if that is smaller (the respondents of its unit and
   * attributes in the units below that have its table: published).
   */
  readonly levels: ReadonlyMap<string, number>;
  /** True value of every figure of the result (suppressed ones included), computed from the input. */
  readonly values: ReadonlyMap<string, number>;
}

/** The figures of a result with the dimension of their table (a figure does not name it). */
interface LocatedFigure extends ProtectedFigure {
  readonly dimension?: string;
  readonly dimension2?: string;
}

export function attackOf(input: ProtectionInput, result: ProtectionResult): Attack {
  const figures: LocatedFigure[] = result.tables.flatMap((table) =>
    table.figures.map((figure) => ({ ...figure, dimension: table.dimension, dimension2: table.dimension2 })),
  );
  const children = new Map<string, string[]>();
  for (const unit of input.units) {
    if (unit.parent !== null) children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit.code]);
  }
  const choiceOf = new Map(input.dimensions.map((dimension) => [dimension.key, dimension.choice]));
  const byKey = new Map<string, LocatedFigure>();
  for (const figure of figures) byKey.set(keyOf(figure.unit, figure), figure);

  const values = new Map<string, number>();
  const valueOf = (figure: LocatedFigure): number => {
    const sub = children.get(figure.unit);
    if (sub) return sub.reduce((sum, child) => sum + leafOrTotal(child, figure), 0);
    return leafValue(input.counts, figure);
  };
  const leafOrTotal = (unit: string, like: LocatedFigure): number => {
    const figure = byKey.get(keyOf(unit, like));
    return figure ? valueOf(figure) : 0;
  };
  for (const figure of figures) values.set(figure.id, valueOf(figure));

  const allFigures: Figure[] = figures.map((figure) => ({ id: figure.id, value: values.get(figure.id) as number }));
  const constraints: Constraint[] = [];
  const slack = (id: string, value: number): string => {
    allFigures.push({ id, value });
    return id;
  };
  const find = (unit: string, like: Partial<LocatedFigure>): LocatedFigure | undefined => byKey.get(keyOf(unit, like));

  for (const figure of figures) {
    // Tree.
    const parts = (children.get(figure.unit) ?? []).flatMap((child) => find(child, figure) ?? []);
    if (parts.length > 0) constraints.push({ whole: figure.id, parts: parts.map((part) => part.id) });
  }
  for (const respondents of figures.filter((figure) => figure.measure === 'respondents')) {
    const { unit, attributes } = respondents;
    const inUnit = figures.filter(
      (figure) => figure.unit === unit && sameAttributes(figure.attributes, attributes) && figure.measure === 'answers',
    );
    const headcount = find(unit, { measure: 'headcount', attributes });
    if (headcount) {
      const rest = (values.get(headcount.id) as number) - (values.get(respondents.id) as number);
      constraints.push({
        whole: headcount.id,
        parts: [respondents.id, slack(`slack|${headcount.id}|nonrespondents`, rest)],
      });
    }
    if (children.has(unit)) continue;
    for (const [dimension, choice] of choiceOf) {
      const single = inUnit.filter((figure) => figure.dimension === dimension && figure.dimension2 === undefined);
      if (single.length === 0) continue;
      if (choice === 'single') {
        constraints.push({ whole: respondents.id, parts: single.map((figure) => figure.id) });
      } else {
        for (const chose of single.filter((figure) => figure.chosen === true)) {
          const didNot = single.find((figure) => figure.chosen === false && figure.category === chose.category);
          if (didNot) constraints.push({ whole: respondents.id, parts: [chose.id, didNot.id] });
        }
      }
    }
    const crossTabs = new Set(
      inUnit.filter((f) => f.dimension2 !== undefined).map((f) => `${f.dimension}|${f.dimension2}`),
    );
    for (const pair of crossTabs) {
      const [first, second] = pair.split('|');
      const cells = inUnit.filter((f) => f.dimension === first && f.dimension2 === second);
      constraints.push({ whole: respondents.id, parts: cells.map((cell) => cell.id) });
      for (const [dimension, pick] of [
        [first, (cell: LocatedFigure) => cell.category],
        [second, (cell: LocatedFigure) => cell.category2],
      ] as const) {
        for (const category of new Set(cells.map(pick))) {
          const margin = inUnit.find(
            (f) => f.dimension === dimension && f.dimension2 === undefined && f.category === category,
          );
          if (margin) {
            constraints.push({ whole: margin.id, parts: cells.filter((c) => pick(c) === category).map((c) => c.id) });
          }
        }
      }
    }
  }
  // Attribute breakdowns: the figures with a = v, over v, plus the staff outside, add up to the one without a
  // ("did not choose" too: its staff outside are ≥ 0, which bounds "chose" outside by the respondents outside).
  const breakdowns = new Map<string, { whole: string; parts: string[] }>();
  for (const figure of figures) {
    for (const attribute of Object.keys(figure.attributes)) {
      const rest = Object.fromEntries(Object.entries(figure.attributes).filter(([key]) => key !== attribute));
      const whole = find(figure.unit, { ...figure, attributes: rest });
      if (!whole) continue;
      const group = `${whole.id}|${attribute}`;
      const entry = breakdowns.get(group) ?? { whole: whole.id, parts: [] };
      entry.parts.push(figure.id);
      breakdowns.set(group, entry);
    }
  }
  for (const [group, { whole, parts }] of breakdowns) {
    const rest = (values.get(whole) as number) - parts.reduce((sum, part) => sum + (values.get(part) as number), 0);
    constraints.push({ whole, parts: [...parts, slack(`slack|${group}|outside`, rest)] });
  }

  const earlierSame = new Set(
    (input.earlierVersions ?? []).flatMap((version) =>
      version.published.filter(({ id, value }) => values.get(id) === value).map(({ id }) => id),
    ),
  );
  const ids = new Set(figures.map((figure) => figure.id));
  const published = [
    ...figures.filter((figure) => figure.value !== null).map((figure) => figure.id),
    ...[...earlierSame].filter((id) => ids.has(id)),
  ];
  const sensitive = figures
    .filter((figure) => figure.suppression === 'primary' || figure.suppression === 'min-respondents')
    .filter((figure) => !earlierSame.has(figure.id))
    .map((figure) => figure.id);
  const { k } = input.parameters;
  const levels = new Map(
    sensitive.map((id) => {
      const figure = figures.find((candidate) => candidate.id === id) as LocatedFigure;
      if (figure.measure !== 'answers') return [id, k];
      const row = figures.filter(
        (other) =>
          other.unit === figure.unit &&
          other.measure === 'answers' &&
          sameAttributes(other.attributes, figure.attributes) &&
          other.dimension === figure.dimension &&
          other.dimension2 === figure.dimension2 &&
          (figure.chosen === undefined || other.category === figure.category),
      );
      return [
        id,
        Math.min(
          k,
          row.reduce((sum, other) => sum + (values.get(other.id) as number), 0),
        ),
      ];
    }),
  );
  return { release: { figures: allFigures, constraints, published }, sensitive, levels, values };
}

/**
 * An attacker who kept an earlier version: both versions' relations (the earlier one's figures named
 * `v1:<id>`), tied together wherever a figure kept its value (it is assumed to know which figures the
 * correction changed), with everything both published. Returns the sensitive figures of either version whose interval
 * does not reach 0 and its level, except those the current result lists as exposed by the earlier version.
 */
export async function jointlyUnprotected(
  earlierInput: ProtectionInput,
  earlier: ProtectionResult,
  input: ProtectionInput,
  result: ProtectionResult,
): Promise<string[]> {
  const before = attackOf(earlierInput, earlier);
  const now = attackOf(input, result);
  const old = (id: string) => `v1:${id}`;
  const constraints = [
    ...now.release.constraints,
    ...before.release.constraints.map((c) => ({ whole: old(c.whole), parts: c.parts.map(old) })),
  ];
  for (const figure of before.release.figures) {
    if (!figure.id.startsWith('slack') && now.values.get(figure.id) === figure.value) {
      constraints.push({ whole: figure.id, parts: [old(figure.id)] });
    }
  }
  const intervals = await exactIntervals({
    figures: [...now.release.figures, ...before.release.figures.map((f) => ({ id: old(f.id), value: f.value }))],
    constraints,
    published: [...now.release.published, ...before.release.published.map(old)],
  });
  const open = (attack: Attack, name: (id: string) => string) =>
    attack.sensitive.filter((id) => {
      const interval = intervals.get(name(id));
      return !interval || interval.lo > 0 || interval.hi < (attack.levels.get(id) as number);
    });
  // A figure of version 1 that kept its value is the current one (named as such in the exposed list).
  const name = (id: string) => (now.values.get(id) === before.values.get(id) ? id : old(id));
  return [...open(now, (id) => id), ...open(before, old).map(name)].filter(
    (id) => !result.audit.exposedByEarlierVersions.includes(id),
  );
}

function keyOf(unit: string, figure: Partial<LocatedFigure>): string {
  const attributes = Object.entries(figure.attributes ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
  return [
    unit,
    figure.measure,
    attributes,
    figure.dimension,
    figure.category,
    figure.chosen,
    figure.dimension2,
    figure.category2,
  ].join('|');
}

function sameAttributes(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  return keyOf('', { attributes: a }) === keyOf('', { attributes: b });
}

/** The true value of a leaf unit's figure, from the input rows (a category left out is 0). */
function leafValue(rows: readonly CountRow[], figure: LocatedFigure): number {
  const matches = (row: CountRow, measure: string, category?: string, category2?: string): boolean =>
    row.unit === figure.unit &&
    row.measure === measure &&
    sameAttributes(row.attributes ?? {}, figure.attributes) &&
    (measure !== 'answers' ||
      (row.dimension === figure.dimension &&
        row.category === category &&
        row.dimension2 === figure.dimension2 &&
        row.category2 === category2));
  const count = (measure: string, category?: string, category2?: string): number =>
    rows.find((row) => matches(row, measure, category, category2))?.count ?? 0;
  if (figure.measure !== 'answers') return count(figure.measure);
  const chose = count('answers', figure.category, figure.category2);
  return figure.chosen === false ? count('respondents') - chose : chose;
}

/** [lo, hi] of every suppressed figure of a release, by linear programming (hi may be Infinity). */
export async function exactIntervals(release: LinearRelease): Promise<Map<string, { lo: number; hi: number }>> {
  const highs = await solver();
  const published = new Set(release.published);
  const value = new Map(release.figures.map((figure) => [figure.id, figure.value]));
  const unknowns = release.figures.filter((figure) => !published.has(figure.id)).map((figure) => figure.id);
  const name = new Map(unknowns.map((id, i) => [id, `v${i}`]));
  const rows: string[] = [];
  for (const { whole, parts } of release.constraints) {
    let constant = 0;
    const terms: string[] = [];
    for (const [id, sign] of [[whole, 1], ...parts.map((part) => [part, -1] as const)] as const) {
      const variable = name.get(id);
      if (variable === undefined) constant += sign * (value.get(id) as number);
      else terms.push(`${sign > 0 ? '+' : '-'} ${variable}`);
    }
    if (terms.length > 0) rows.push(` c${rows.length}: ${terms.join(' ')} = ${-constant}`);
  }
  const bounds = unknowns.map((id) => ` ${name.get(id)} >= 0`).join('\n');
  const intervals = new Map<string, { lo: number; hi: number }>();
  for (const id of unknowns) {
    const bound = (sense: 'min' | 'max'): number => {
      const lp = `${sense === 'min' ? 'Minimize' : 'Maximize'}\n obj: ${name.get(id)}\nSubject To\n${
        rows.length > 0 ? rows.join('\n') : ' c0: 0 v0 = 0'
      }\nBounds\n${bounds}\nEnd\n`;
      const solution = highs.solve(lp);
      if (solution.Status === 'Unbounded' && sense === 'max') return Number.POSITIVE_INFINITY;
      if (solution.Status !== 'Optimal') throw new Error(`LP for ${id} (${sense}): ${solution.Status}`);
      const optimum = solution.ObjectiveValue;
      // `+ 0` turns −0 into 0.
      return (sense === 'min' ? Math.ceil(optimum - 1e-6) : Math.floor(optimum + 1e-6)) + 0;
    };
    intervals.set(id, { lo: bound('min'), hi: bound('max') });
  }
  return intervals;
}

let loaded: Promise<Highs> | undefined;
function solver(): Promise<Highs> {
  return (loaded ??= loadHighs());
}

/** The sensitive figures of an attack whose interval does not reach both 0 and their level. */
export function unprotected(intervals: ReadonlyMap<string, { lo: number; hi: number }>, attack: Attack): string[] {
  return attack.sensitive.filter((id) => {
    const interval = intervals.get(id);
    return !interval || interval.lo > 0 || interval.hi < (attack.levels.get(id) as number);
  });
}

// ---- The attacker itself, on a release whose answers are worked out by hand. ----

/** Root S with leaves A, B, C, each with headcount 25 and respondents x + y + z; one single-choice dimension d. */
export function threeLeaves(
  answers: Record<'A' | 'B' | 'C', readonly [number, number, number]>,
  parameters = { k: 5, minRespondents: 5 },
): ProtectionInput {
  const rows = (unit: 'A' | 'B' | 'C'): CountRow[] => {
    const [x, y, z] = answers[unit];
    return [
      { unit, measure: 'headcount', count: 25 },
      { unit, measure: 'respondents', count: x + y + z },
      { unit, measure: 'answers', dimension: 'd', category: 'x', count: x },
      { unit, measure: 'answers', dimension: 'd', category: 'y', count: y },
      { unit, measure: 'answers', dimension: 'd', category: 'z', count: z },
    ];
  };
  return {
    parameters,
    units: [
      { code: 'S', parent: null },
      { code: 'A', parent: 'S' },
      { code: 'B', parent: 'S' },
      { code: 'C', parent: 'S' },
    ],
    dimensions: [{ key: 'd', choice: 'single', categories: ['x', 'y', 'z'] }],
    counts: [...rows('A'), ...rows('B'), ...rows('C')],
  };
}

/** A result with exactly the given figures suppressed (as secondary, primary ones keep their reason). */
function withSuppressed(result: ProtectionResult, values: ReadonlyMap<string, number>, ids: readonly string[]) {
  const hidden = new Set(ids);
  return {
    ...result,
    tables: result.tables.map((table) => ({
      ...table,
      figures: table.figures.map((figure): ProtectedFigure =>
        hidden.has(figure.id)
          ? { ...figure, value: null, suppression: figure.suppression ?? 'secondary' }
          : { ...figure, value: values.get(figure.id) as number, suppression: undefined },
      ),
    })),
  };
}

describe('the attacker of these specs', () => {
  //          x   y   z | respondents
  //   A     10   8   2 | 20
  //   B      9   6   5 | 20
  //   C      7   4   9 | 20
  //   S     26  18  16 | 60
  const input = threeLeaves({ A: [10, 8, 2], B: [9, 6, 5], C: [7, 4, 9] });
  const id = (unit: string, category: string) => `answers|${unit}|*|d=${category}`;

  it('computes every true value, totals included, from the leaf rows', async () => {
    const attack = attackOf(input, await protect(input));

    expect(attack.values.get(id('S', 'y'))).toBe(18);
    expect(attack.values.get(id('S', 'z'))).toBe(16);
    expect(attack.values.get('respondents|S|*')).toBe(60);
    expect(attack.values.get('headcount|S|*')).toBe(75);
  });

  it('bounds A.z to [0, 10] when A.y, A.z, S.y and S.z are suppressed (A.y + A.z = 20 − 10)', async () => {
    const base = attackOf(input, await protect(input));
    const result = withSuppressed(await protect(input), base.values, [
      id('A', 'y'),
      id('A', 'z'),
      id('S', 'y'),
      id('S', 'z'),
    ]);

    const intervals = await exactIntervals(attackOf(input, result).release);

    // A.z = t, A.y = 10 − t, S.z = t + 14, S.y = 24 − t; t ∈ [0, 10].
    expect(intervals.get(id('A', 'z'))).toEqual({ lo: 0, hi: 10 });
    expect(intervals.get(id('S', 'z'))).toEqual({ lo: 14, hi: 24 });
  });

  it('finds C.y = 4 bounded to [2, 12] by the rectangle A.y, A.z, C.y, C.z: not protected', async () => {
    const base = attackOf(input, await protect(input));
    const result = withSuppressed(await protect(input), base.values, [
      id('A', 'y'),
      id('A', 'z'),
      id('C', 'y'),
      id('C', 'z'),
    ]);
    const attack = attackOf(input, result);

    const intervals = await exactIntervals(attack.release);

    // A.z = t: A.y = 10 − t, C.z = 11 − t, C.y = 2 + t; t ∈ [0, 10].
    expect(intervals.get(id('A', 'z'))).toEqual({ lo: 0, hi: 10 });
    expect(intervals.get(id('C', 'y'))).toEqual({ lo: 2, hi: 12 });
    expect(unprotected(intervals, attack)).toEqual([id('C', 'y')]);
  });

  it('finds a primary figure suppressed alone exactly disclosed by its row', async () => {
    const base = attackOf(input, await protect(input));
    const result = withSuppressed(await protect(input), base.values, [id('A', 'z')]);

    const intervals = await exactIntervals(attackOf(input, result).release);

    expect(intervals.get(id('A', 'z'))).toEqual({ lo: 2, hi: 2 });
  });

  it('does not assume that nobody else responded: all 25 of A responded, yet suppressed its respondents lie in [15, 25]', async () => {
    const full = threeLeaves({ A: [10, 8, 7], B: [9, 6, 5], C: [7, 4, 9] });
    const base = attackOf(full, await protect(full));
    const result = withSuppressed(await protect(full), base.values, [
      'respondents|A|*',
      'respondents|S|*',
      id('A', 'x'),
      id('S', 'x'),
    ]);

    const intervals = await exactIntervals(attackOf(full, result).release);

    // A: 25 staff, all of whom responded; y + z = 15 published, x free up to 25 − 15.
    expect(intervals.get('respondents|A|*')).toEqual({ lo: 15, hi: 25 });
    expect(intervals.get(id('A', 'x'))).toEqual({ lo: 0, hi: 10 });
  });
});
