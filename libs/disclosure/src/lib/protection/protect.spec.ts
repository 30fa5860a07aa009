import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { attackOf, exactIntervals, jointlyUnprotected, threeLeaves, unprotected } from './attacker.spec';
import { earlierVersionOf } from './earlier-versions';
import { protect } from './protect';
import type { CountRow, ProtectionInput } from './protection-input';
import type { InformationLoss, ProtectedFigure, ProtectionResult, SuppressionReason } from './protection-result';

const k = 5;
const answer = (unit: string, category: string) => `answers|${unit}|*|d=${category}`;

function figureOf(result: ProtectionResult, id: string): ProtectedFigure {
  const figure = result.tables.flatMap((table) => table.figures).find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure;
}

function suppressed(result: ProtectionResult, reason?: SuppressionReason): string[] {
  return result.tables
    .flatMap((table) => table.figures)
    .filter((figure) => figure.value === null && (reason === undefined || figure.suppression === reason))
    .map((figure) => figure.id)
    .sort();
}

/**
 * Attacks the result independently (see attacker.spec.ts) and returns the sensitive figures whose interval
 * does not reach 0 and their level (k, or a smaller group's size), after checking that every published value
 * is the true one.
 */
async function independentlyUnprotected(input: ProtectionInput, result: ProtectionResult) {
  const attack = attackOf(input, result);
  for (const figure of result.tables.flatMap((table) => table.figures)) {
    if (figure.value !== null)
      expect(figure.value)
        .withContext(figure.id)
        .toBe(attack.values.get(figure.id) as number);
  }
  const intervals = await exactIntervals(attack.release);
  return { unprotected: unprotected(intervals, attack), intervals, attack };
}

describe('protect on a root S with three leaves A, B, C and one single-choice dimension (k = 5)', () => {
  //          x   y   z | respondents | headcount
  //   A     10   8   2 | 20          | 25
  //   B      9   6   5 | 20          | 25
  //   C      7   7   6 | 20          | 25
  //   S     26  21  13 | 60          | 75
  const input = threeLeaves({ A: [10, 8, 2], B: [9, 6, 5], C: [7, 7, 6] });

  it('suppresses the one count below k as primary and passes its audit', async () => {
    const result = await protect(input);

    expect(suppressed(result, 'primary')).toEqual([answer('A', 'z')]);
    expect(figureOf(result, answer('A', 'z'))).toEqual(
      jasmine.objectContaining({ unit: 'A', measure: 'answers', category: 'z', value: null, suppression: 'primary' }),
    );
    expect(result.audit).toEqual(jasmine.objectContaining({ passed: true, unprotected: [] }));
    expect(result.unitsWithoutBreakdown).toEqual([]);
  });

  it('leaves an independent attacker an interval for A.z that reaches both 0 and k', async () => {
    const result = await protect(input);

    const { unprotected: open, intervals } = await independentlyUnprotected(input, result);

    expect(open).toEqual([]);
    const az = intervals.get(answer('A', 'z')) as { lo: number; hi: number };
    expect(az.lo).toBe(0);
    expect(az.hi).toBeGreaterThanOrEqual(k);
  });

  it('hides four figures, the fewest that can protect one cell of a table with row and column totals', async () => {
    // Row A needs a second unknown, so does column z; each of those sits in a further line of the table
    // (a column or a row), which then needs a second unknown too: four at least.
    const result = await protect(input);

    expect(suppressed(result).length).toBe(4);
    expect(suppressed(result, 'secondary').length).toBe(3);
  });

  it('publishes zeros: with A.z = 0 instead of 2 nothing at all is suppressed', async () => {
    const zeros = threeLeaves({ A: [10, 10, 0], B: [9, 6, 5], C: [7, 7, 6] });

    const result = await protect(zeros);

    expect(figureOf(result, answer('A', 'z')).value).toBe(0);
    expect(suppressed(result)).toEqual([]);
    expect(result.informationLoss.suppressed).toBe(0);
    expect(result.audit.passed).toBeTrue();
  });

  it('suppresses a figure of n ≥ k only as a complement (secondary), never for its own sake', async () => {
    const result = await protect(input);
    const values = attackOf(input, result).values;

    for (const figure of result.tables.flatMap((table) => table.figures)) {
      const value = values.get(figure.id) as number;
      if (figure.value === null && (value === 0 || value >= k)) expect(figure.suppression).toBe('secondary');
    }
  });

  it('protects two primary cells in different rows and columns, which one rectangle of four cannot', async () => {
    // With A.y, A.z, C.y, C.z suppressed, C.y = 4 could still be bounded to [2, 12] (see attacker.spec.ts).
    const two = threeLeaves({ A: [10, 8, 2], B: [9, 6, 5], C: [7, 4, 9] });

    const result = await protect(two);

    expect(suppressed(result, 'primary')).toEqual([answer('A', 'z'), answer('C', 'y')].sort());
    expect(result.audit.passed).toBeTrue();
    expect((await independentlyUnprotected(two, result)).unprotected).toEqual([]);
  });

  it('reports information loss that adds up over the tables and matches the figures', async () => {
    const result = await protect(input);
    const values = attackOf(input, result).values;

    expect(result.informationLoss.figures).toBe(4 + 4 + 12);
    expect(result.stats.figures).toBe(20);
    expect(result.informationLoss.suppressed).toBe(4);
    expect(result.informationLoss.suppressedShare).toBeCloseTo(4 / 20, 12);
    expect(result.informationLoss.suppressedByReason).toEqual({ primary: 1, secondary: 3, 'min-respondents': 0 });
    expectLossConsistent(result, values);
  });
});

/** Per table and overall: counts, shares and people-weighted shares recomputed from the figures. */
function expectLossConsistent(result: ProtectionResult, values: ReadonlyMap<string, number>): void {
  const recompute = (figures: readonly ProtectedFigure[]): InformationLoss => {
    const hidden = figures.filter((figure) => figure.value === null);
    const people = figures.reduce((sum, figure) => sum + (values.get(figure.id) as number), 0);
    const hiddenPeople = hidden.reduce((sum, figure) => sum + (values.get(figure.id) as number), 0);
    const byReason = (reason: SuppressionReason) => hidden.filter((figure) => figure.suppression === reason).length;
    return {
      figures: figures.length,
      suppressed: hidden.length,
      suppressedByReason: {
        primary: byReason('primary'),
        secondary: byReason('secondary'),
        'min-respondents': byReason('min-respondents'),
      },
      suppressedShare: figures.length === 0 ? 0 : hidden.length / figures.length,
      peopleWeightedShare: people === 0 ? 0 : hiddenPeople / people,
    };
  };
  const close = (actual: InformationLoss, expected: InformationLoss, where: string) => {
    expect({ ...actual, suppressedShare: 0, peopleWeightedShare: 0 })
      .withContext(where)
      .toEqual({ ...expected, suppressedShare: 0, peopleWeightedShare: 0 });
    expect(actual.suppressedShare).withContext(where).toBeCloseTo(expected.suppressedShare, 12);
    expect(actual.peopleWeightedShare).withContext(where).toBeCloseTo(expected.peopleWeightedShare, 12);
    expect(actual.peopleWeightedShare).withContext(where).toBeGreaterThanOrEqual(0);
    expect(actual.peopleWeightedShare).withContext(where).toBeLessThanOrEqual(1);
  };
  for (const table of result.tables) close(table.informationLoss, recompute(table.figures), table.id);
  close(result.informationLoss, recompute(result.tables.flatMap((table) => table.figures)), 'overall');
  const sum = (pick: (loss: InformationLoss) => number) =>
    result.tables.reduce((total, table) => total + pick(table.informationLoss), 0);
  expect(sum((loss) => loss.figures)).toBe(result.informationLoss.figures);
  expect(sum((loss) => loss.suppressed)).toBe(result.informationLoss.suppressed);
}

describe('protect with a multi-choice dimension', () => {
  /** Units A (100 respondents) and B (50) below S; dimension m with categories p and q. */
  function multi(chosePInA: number): ProtectionInput {
    return {
      parameters: { k, minRespondents: 10 },
      units: [
        { code: 'S', parent: null },
        { code: 'A', parent: 'S' },
        { code: 'B', parent: 'S' },
      ],
      dimensions: [{ key: 'm', choice: 'multi', categories: ['p', 'q'] }],
      counts: [
        { unit: 'A', measure: 'respondents', count: 100 },
        { unit: 'A', measure: 'answers', dimension: 'm', category: 'p', count: chosePInA },
        { unit: 'A', measure: 'answers', dimension: 'm', category: 'q', count: 40 },
        { unit: 'B', measure: 'respondents', count: 50 },
        { unit: 'B', measure: 'answers', dimension: 'm', category: 'p', count: 20 },
        { unit: 'B', measure: 'answers', dimension: 'm', category: 'q', count: 30 },
      ],
    };
  }

  it('publishes "chose" and "did not choose" per category, the latter as respondents − chose', async () => {
    const input = multi(60);
    const result = await protect(input);

    expect(result.tables.map((table) => table.id)).toEqual(['respondents', 'dimension:m']);
    expect(figureOf(result, 'answers|A|*|m=p|chosen')).toEqual(
      jasmine.objectContaining({ category: 'p', chosen: true, value: 60 }),
    );
    expect(figureOf(result, 'answers|A|*|m=p|not_chosen')).toEqual(
      jasmine.objectContaining({ category: 'p', chosen: false, value: 40 }),
    );
    expect(figureOf(result, 'answers|S|*|m=p|not_chosen').value).toBe(70);
    expect(suppressed(result)).toEqual([]);
  });

  it('98 of 100 chose p: "did not choose" (2) is primary and "chose" (98) is suppressed with it', async () => {
    const input = multi(98);

    const result = await protect(input);

    expect(figureOf(result, 'answers|A|*|m=p|not_chosen')).toEqual(
      jasmine.objectContaining({ value: null, suppression: 'primary' }),
    );
    const chose = figureOf(result, 'answers|A|*|m=p|chosen');
    expect(chose.value).toBeNull();
    expect(['primary', 'secondary']).toContain(chose.suppression as string);
    expect(result.audit.passed).toBeTrue();
    const { unprotected: open, intervals } = await independentlyUnprotected(input, result);
    expect(open).toEqual([]);
    expect(intervals.get('answers|A|*|m=p|not_chosen')?.lo).toBe(0);
  });

  it('2 of 100 chose p: "chose" is primary and "did not choose" (98) is suppressed with it', async () => {
    const input = multi(2);

    const result = await protect(input);

    expect(figureOf(result, 'answers|A|*|m=p|chosen').suppression).toBe('primary');
    expect(figureOf(result, 'answers|A|*|m=p|not_chosen').value).toBeNull();
    expect(result.audit.passed).toBeTrue();
    expect((await independentlyUnprotected(input, result)).unprotected).toEqual([]);
  });
});

describe('protect with a minimum of respondents', () => {
  it('publishes none of the answers of a unit below the minimum and lists it; its respondents stay published', async () => {
    // minRespondents 12; A has 11 respondents, all of its answers ≥ k or 0.
    const input = threeLeaves({ A: [6, 5, 0], B: [9, 6, 5], C: [7, 7, 6] }, { k, minRespondents: 12 });

    const result = await protect(input);

    for (const category of ['x', 'y', 'z']) {
      expect(figureOf(result, answer('A', category)))
        .withContext(category)
        .toEqual(jasmine.objectContaining({ value: null, suppression: 'min-respondents' }));
    }
    expect(result.unitsWithoutBreakdown).toEqual([{ unit: 'A', reason: 'min-respondents' }]);
    expect(figureOf(result, 'respondents|A|*').value).toBe(11);
    expect(result.audit.passed).toBeTrue();
    expect((await independentlyUnprotected(input, result)).unprotected).toEqual([]);
  });

  it('gives the reason primary, not min-respondents, to an answer of such a unit that is itself below k', async () => {
    const input = threeLeaves({ A: [5, 3, 0], B: [9, 6, 5], C: [7, 7, 6] }, { k, minRespondents: 10 });

    const result = await protect(input);

    expect(figureOf(result, answer('A', 'x')).suppression).toBe('min-respondents');
    expect(figureOf(result, answer('A', 'y')).suppression).toBe('primary');
    expect(figureOf(result, answer('A', 'z')).suppression).toBe('min-respondents');
    expect(result.unitsWithoutBreakdown).toEqual([{ unit: 'A', reason: 'min-respondents' }]);
    expect(result.audit.passed).toBeTrue();
    expect((await independentlyUnprotected(input, result)).unprotected).toEqual([]);
  });

  it('holds a unit above the leaves to the minimum too', async () => {
    // S has 3 + 3 + 3 = 9 respondents; each leaf is below the minimum as well.
    const input = threeLeaves({ A: [3, 0, 0], B: [0, 3, 0], C: [0, 0, 3] }, { k: 3, minRespondents: 10 });

    const result = await protect(input);

    expect(result.unitsWithoutBreakdown.map((unit) => unit.unit).sort()).toEqual(['A', 'B', 'C', 'S']);
    expect(figureOf(result, answer('S', 'x')).value).toBeNull();
    expect(result.audit.passed).toBeTrue();
  });
});

describe('protect with a headcount and respondents below k', () => {
  // A has 4 staff, 3 of whom responded (x 2, y 1, z 0).
  const input: ProtectionInput = {
    ...threeLeaves({ A: [2, 1, 0], B: [9, 6, 5], C: [7, 7, 6] }),
  };
  const small = {
    ...input,
    counts: input.counts.map((row) => (row.unit === 'A' && row.measure === 'headcount' ? { ...row, count: 4 } : row)),
  };

  it('publishes both (group sizes HR defines), hides every answer of the unit and lists it', async () => {
    const result = await protect(small);

    expect(figureOf(result, 'headcount|A|*').value).toBe(4);
    expect(figureOf(result, 'respondents|A|*').value).toBe(3);
    expect(figureOf(result, answer('A', 'x')).suppression).toBe('primary');
    expect(figureOf(result, answer('A', 'y')).suppression).toBe('primary');
    // The zero is hidden for the minimum of respondents (3 < 5), not because it is small.
    expect(figureOf(result, answer('A', 'z')).suppression).toBe('min-respondents');
    expect(result.unitsWithoutBreakdown).toEqual([{ unit: 'A', reason: 'min-respondents' }]);
  });

  it("bounds each of A's answers to an interval reaching 0 and the group's size, 3 (k = 5 is out of reach)", async () => {
    const result = await protect(small);

    expect(result.audit.passed).toBeTrue();
    const { unprotected: open, intervals, attack } = await independentlyUnprotected(small, result);
    expect(open).toEqual([]);
    for (const category of ['x', 'y', 'z']) {
      expect(attack.levels.get(answer('A', category)))
        .withContext(category)
        .toBe(3);
      expect(intervals.get(answer('A', category)))
        .withContext(category)
        .toEqual({ lo: 0, hi: 3 });
    }
  });
});

describe('protect with earlier versions', () => {
  const input = threeLeaves({ A: [10, 8, 2], B: [9, 6, 5], C: [7, 7, 6] });

  it('keeps suppressed every figure an earlier version suppressed, as secondary unless it is primary now', async () => {
    const result = await protect({
      ...input,
      earlierVersions: [
        {
          version: 1,
          counts: input.counts,
          published: [],
          suppressed: [answer('C', 'x'), answer('A', 'z'), 'no|such|id'],
        },
      ],
    });

    expect(figureOf(result, answer('C', 'x'))).toEqual(
      jasmine.objectContaining({ value: null, suppression: 'secondary' }),
    );
    expect(figureOf(result, answer('A', 'z')).suppression).toBe('primary');
    expect(result.audit.passed).toBeTrue();
  });

  it('never chooses as a complement a figure an earlier version published with the same value', async () => {
    // Without earlier versions the complements are A.y, S.y and S.z (see above); all three are public now.
    const earlier = [
      { id: answer('A', 'y'), value: 8 },
      { id: answer('S', 'y'), value: 21 },
      { id: answer('S', 'z'), value: 13 },
    ];
    const withEarlier = {
      ...input,
      earlierVersions: [{ version: 1, counts: input.counts, published: earlier, suppressed: [] }],
    };

    const result = await protect(withEarlier);

    for (const { id } of earlier) expect(figureOf(result, id).value).withContext(id).not.toBeNull();
    expect(figureOf(result, answer('A', 'z')).suppression).toBe('primary');
    expect(result.audit.passed).toBeTrue();
    // The attacker holds the earlier figures too.
    expect((await independentlyUnprotected(withEarlier, result)).unprotected).toEqual([]);
  });

  it('protects a correction against an attacker who kept version 1 and knows which unit changed', async () => {
    // Version 1 had one person more in A.y and one in A.z: A.z was 3. Version 1's S.y, S.z and A's respondents
    // minus version 2's tell how A changed; with what version 1 published, that may pin A's new and old values.
    const v1Input = threeLeaves({ A: [10, 9, 3], B: [9, 6, 5], C: [7, 7, 6] });
    const v1 = await protect(v1Input);
    const withEarlier: ProtectionInput = { ...input, earlierVersions: [earlierVersionOf(1, v1Input, v1)] };

    const result = await protect(withEarlier);

    expect(result.audit.passed).toBeTrue();
    expect(await jointlyUnprotected(v1Input, v1, withEarlier, result)).toEqual([]);
  });

  it('sends a cross-tab whose figures version 1 holds to linear programming with both its tables, in every unit', async () => {
    // Found by a review: U1.0 sends no cross-tab. Its network proof moved figures of U1.1, whose cross-tab cells
    // version 1's relations hold; only units with the cross-tab were checked again, and the attacker holding
    // both versions pinned U1.0's s=c2 (1) to [1, 1].
    const leaf = (unit: string, s: number[], t: number[], cross: number[] = []): CountRow[] => [
      { unit, measure: 'respondents', count: s[0] + s[1] + s[2] },
      ...s.map((count, c): CountRow => ({ unit, measure: 'answers', dimension: 's', category: `c${c}`, count })),
      ...t.map((count, c): CountRow => ({ unit, measure: 'answers', dimension: 't', category: 'xy'[c], count })),
      ...cross.map((count, cell): CountRow => ({
        unit,
        measure: 'answers',
        dimension: 's',
        category: `c${Math.floor(cell / 2)}`,
        dimension2: 't',
        category2: 'xy'[cell % 2],
        count,
      })),
    ];
    const release = (counts: CountRow[]): ProtectionInput => ({
      parameters: { k: 3, minRespondents: 5 },
      units: [
        { code: 'R', parent: null },
        { code: 'U0', parent: 'R' },
        { code: 'U1', parent: 'R' },
        { code: 'U1.0', parent: 'U1' },
        { code: 'U1.1', parent: 'U1' },
      ],
      dimensions: [
        { key: 's', choice: 'single', categories: ['c0', 'c1', 'c2'] },
        { key: 't', choice: 'single', categories: ['x', 'y'] },
      ],
      counts,
    });
    const u0 = leaf('U0', [2, 6, 4], [7, 5], [1, 1, 2, 4, 4, 0]);
    const v1Input = release([
      ...u0,
      ...leaf('U1.0', [3, 4, 0], [1, 6]),
      ...leaf('U1.1', [2, 7, 6], [9, 6], [2, 0, 4, 3, 3, 3]),
    ]);
    const v1 = await protect(v1Input);
    const v2Input: ProtectionInput = {
      ...release([...u0, ...leaf('U1.0', [3, 3, 1], [1, 6]), ...leaf('U1.1', [2, 6, 7], [8, 7], [2, 0, 3, 3, 3, 4])]),
      earlierVersions: [earlierVersionOf(1, v1Input, v1)],
    };

    const v2 = await protect(v2Input);

    expect(v2.audit.passed).toBeTrue();
    expect(await jointlyUnprotected(v1Input, v1, v2Input, v2)).toEqual([]);
  });

  it('after k was raised, passes and lists as exposed exactly what version 1 already narrowed', async () => {
    // Version 1 under k = 5 hides A.z and its complements; under k = 8, B.y (6), B.z (5), C.x (7), C.y (7) and
    // C.z (6) are primary too, and what version 1 published already pins some of them.
    const v1 = await protect(input);
    const figures = v1.tables.flatMap((table) => table.figures);
    const raised: ProtectionInput = {
      ...input,
      parameters: { k: 8, minRespondents: 8 },
      earlierVersions: [earlierVersionOf(1, input, v1)],
    };

    const v2 = await protect(raised);

    expect(v2.audit.passed).toBeTrue();
    for (const f of figures) if (f.value === null) expect(figureOf(v2, f.id).value).withContext(f.id).toBeNull();
    for (const id of v2.audit.exposedByEarlierVersions) expect(figureOf(v2, id).suppression).toBe('primary');
    // An attacker holding both versions finds unprotected only what is listed as exposed.
    const { unprotected: open } = await independentlyUnprotected(raised, v2);
    expect(open.filter((id) => !v2.audit.exposedByEarlierVersions.includes(id))).toEqual([]);
  });

  it('protects a third version after a second one raised k (a small group of version 2 that version 1 published)', async () => {
    // Found by a review: version 1 (k = 5) published C.z = 6; version 2 (k = 8, same data) hid it as a small
    // group of its own settings. When version 3 corrected C.z, that old value was held sensitive although
    // version 1 had made it public, and the check refused to run: an internal error on every later preview.
    const v1 = await protect(input);
    expect(figureOf(v1, answer('C', 'z')).value).toBe(6);
    const raisedInput: ProtectionInput = {
      ...input,
      parameters: { k: 8, minRespondents: 8 },
      earlierVersions: [earlierVersionOf(1, input, v1)],
    };
    const v2 = await protect(raisedInput);
    const corrected = threeLeaves({ A: [10, 8, 2], B: [9, 6, 5], C: [7, 6, 7] });
    const third: ProtectionInput = {
      ...corrected,
      parameters: raisedInput.parameters,
      earlierVersions: [earlierVersionOf(1, input, v1), earlierVersionOf(2, raisedInput, v2)],
    };

    const v3 = await protect(third);

    expect(v3.audit.passed).toBeTrue();
    const { unprotected: open } = await independentlyUnprotected(third, v3);
    expect(open.filter((id) => !v3.audit.exposedByEarlierVersions.includes(id))).toEqual([]);
  });

  it('keeps a primary figure suppressed that an earlier version already published, without complements', async () => {
    const result = await protect({
      ...input,
      earlierVersions: [
        { version: 1, counts: input.counts, published: [{ id: answer('A', 'z'), value: 2 }], suppressed: [] },
      ],
    });

    expect(figureOf(result, answer('A', 'z')).suppression).toBe('primary');
    expect(suppressed(result)).toEqual([answer('A', 'z')]);
    expect(result.audit.passed).toBeTrue();
  });
});

/**
 * Cases found while writing these specs (by hand or by the random releases). The first is a known gap, reported
 * to the lead and disabled until it is decided; it holds the input and what a correct result looks like.
 */
describe('protect on cases found while writing these specs', () => {
  const tree = (...leaves: string[]) => [
    { code: 'R', parent: null },
    ...leaves.map((code) => ({ code, parent: code.includes('.') ? code.slice(0, code.indexOf('.')) : 'R' })),
  ];

  it('counts a leaf without any row of a multi-choice dimension as "did not choose" in its parents', async () => {
    // U0 (2 respondents) has no row for m: nobody there chose p (the upload format allows leaving out rows).
    // Before the model filled in such a dimension, R's "did not choose p" was published as 20 (U1 + U2 only)
    // beside R's 42 respondents and 20 "chose p".
    const leaf = (unit: string, respondents: number, chose?: number) => [
      { unit, measure: 'headcount' as const, count: respondents },
      { unit, measure: 'respondents' as const, count: respondents },
      { unit, measure: 'answers' as const, dimension: 's', category: 'c0', count: respondents },
      ...(chose === undefined
        ? []
        : [{ unit, measure: 'answers' as const, dimension: 'm', category: 'p', count: chose }]),
    ];
    const input: ProtectionInput = {
      parameters: { k, minRespondents: 5 },
      units: tree('U0', 'U1', 'U2'),
      dimensions: [
        { key: 's', choice: 'single', categories: ['c0'] },
        { key: 'm', choice: 'multi', categories: ['p'] },
      ],
      counts: [...leaf('U0', 2), ...leaf('U1', 20, 10), ...leaf('U2', 20, 10)],
    };

    const result = await protect(input);

    const notChosen = figureOf(result, 'answers|R|*|m=p|not_chosen').value;
    expect(notChosen === null || notChosen === 22)
      .withContext(`published ${notChosen}`)
      .toBeTrue();
  });

  it('protects a table sent by only some units up to the size of the group it covers', async () => {
    // U1 (20 respondents) sends no row of t and no cross-tab; U0, below the minimum with 3 respondents, does.
    // R's t and cross-tab are then U0's alone: a reader knows R's t adds up to 3, so its figures cannot reach
    // k = 5. They used to be held to k (R has 23 respondents), and such a release failed its audit.
    const rows = (unit: string, s: readonly number[], t?: readonly number[], cross?: readonly number[]) => [
      { unit, measure: 'headcount' as const, count: s[0] + s[1] },
      { unit, measure: 'respondents' as const, count: s[0] + s[1] },
      ...s.map((count, c) => ({ unit, measure: 'answers' as const, dimension: 's', category: `c${c}`, count })),
      ...(t ?? []).map((count, c) => ({ unit, measure: 'answers' as const, dimension: 't', category: `x${c}`, count })),
      ...(cross ?? []).map((count, cell) => ({
        unit,
        measure: 'answers' as const,
        dimension: 's',
        category: `c${Math.floor(cell / 2)}`,
        dimension2: 't',
        category2: `x${cell % 2}`,
        count,
      })),
    ];
    const input: ProtectionInput = {
      parameters: { k, minRespondents: 5 },
      units: tree('U0', 'U1'),
      dimensions: [
        { key: 's', choice: 'single', categories: ['c0', 'c1'] },
        { key: 't', choice: 'single', categories: ['x0', 'x1'] },
      ],
      counts: [...rows('U0', [1, 2], [1, 2], [1, 0, 0, 2]), ...rows('U1', [8, 12])],
    };

    const result = await protect(input);

    expect(result.audit.passed).withContext(result.audit.unprotected.join()).toBeTrue();
    expect(figureOf(result, 'answers|R|*|t=x0').value).toBeNull();
    const { unprotected, attack } = await independentlyUnprotected(input, result);
    expect(unprotected).toEqual([]);
    expect(attack.levels.get('answers|R|*|t=x0')).toBe(3);
  });

  it('does not assume that the staff outside a breakdown gave no answer because its part of the answer is 0', async () => {
    // U1's 4 respondents are all outside group g1 (which has nobody in U1). Its answer c0 is 0 in total and in
    // g1, so its part outside g1 is 0 too, but a reader cannot know that: the 4 may have answered c0 or c1.
    // The model used to leave that part out, pinned c0 to 0 and c1 to 4, and the release failed its audit.
    const g1 = { g: 'g1' };
    const input: ProtectionInput = {
      parameters: { k: 4, minRespondents: 5 },
      units: tree('U0', 'U1'),
      attributes: [{ key: 'g', values: ['g1', 'g2'] }],
      dimensions: [{ key: 's', choice: 'single', categories: ['c0', 'c1'] }],
      counts: [
        { unit: 'U0', measure: 'headcount', count: 13 },
        { unit: 'U0', measure: 'respondents', count: 10 },
        { unit: 'U0', measure: 'answers', dimension: 's', category: 'c0', count: 9 },
        { unit: 'U0', measure: 'answers', dimension: 's', category: 'c1', count: 1 },
        { unit: 'U0', measure: 'headcount', attributes: g1, count: 8 },
        { unit: 'U0', measure: 'respondents', attributes: g1, count: 6 },
        { unit: 'U0', measure: 'answers', attributes: g1, dimension: 's', category: 'c0', count: 6 },
        { unit: 'U1', measure: 'headcount', count: 12 },
        { unit: 'U1', measure: 'respondents', count: 4 },
        { unit: 'U1', measure: 'answers', dimension: 's', category: 'c1', count: 4 },
        { unit: 'U1', measure: 'headcount', attributes: g1, count: 0 },
        { unit: 'U1', measure: 'respondents', attributes: g1, count: 0 },
        { unit: 'U1', measure: 'answers', attributes: g1, dimension: 's', category: 'c1', count: 0 },
      ],
    };

    const result = await protect(input);

    expect(result.audit.passed).withContext(result.audit.unprotected.join()).toBeTrue();
    const { unprotected, intervals } = await independentlyUnprotected(input, result);
    expect(unprotected).toEqual([]);
    expect(intervals.get('answers|U1|*|s=c0')).toEqual({ lo: 0, hi: 4 });
  });

  it('agrees with the attacker on a leaf with no respondents and no single-choice rows', async () => {
    // U1.1: 1 staff, 0 respondents, no row for s. A reader knows U1's categories of s add up to U1's respondents;
    // the model states that relation in leaves only, and U1.1 has no figure of s, so the audit does not know it.
    // With it, U1.1's answers are pinned to 0. That reveals nothing now that a group of 0 respondents is
    // protected up to its size, 0; while every figure had to reach k, the audit passed them and the attacker
    // found U1.1's four m figures in [0, 0].
    const leaf = (unit: string, headcount: number, withSingle: boolean): ProtectionInput['counts'] => [
      { unit, measure: 'headcount', count: headcount },
      { unit, measure: 'respondents', count: 0 },
      ...(withSingle
        ? (['c0', 'c1'] as const).map((category) => ({
            unit,
            measure: 'answers' as const,
            dimension: 's',
            category,
            count: 0,
          }))
        : []),
      ...(['p', 'q'] as const).map((category) => ({
        unit,
        measure: 'answers' as const,
        dimension: 'm',
        category,
        count: 0,
      })),
    ];
    const input: ProtectionInput = {
      parameters: { k: 3, minRespondents: 3 },
      units: tree('U0', 'U1', 'U1.0', 'U1.1'),
      dimensions: [
        { key: 's', choice: 'single', categories: ['c0', 'c1'] },
        { key: 'm', choice: 'multi', categories: ['p', 'q'] },
      ],
      counts: [...leaf('U0', 0, true), ...leaf('U1.0', 0, true), ...leaf('U1.1', 1, false)],
    };

    const result = await protect(input);

    const { unprotected: open } = await independentlyUnprotected(input, result);
    for (const id of open) expect(result.audit.unprotected).withContext(id).toContain(id);
  });

  it('protects "chose" by attribute against the bound the staff outside the breakdown set (found by a review)', async () => {
    // A: 20 respondents, 17 chose c. By g: x 12 (all chose), y 5 (4 chose); 3 respondents are outside the
    // breakdown. A reader who sees A's 17 and 3 and x's 12 and 0 knows that at most 3 outside chose, so y chose
    // at least 17 − 12 − 3 = 2: y.chose (4) was bounded to [2, 5] while the model left "did not choose" by
    // attribute without its relation.
    const input: ProtectionInput = {
      parameters: { k: 3, minRespondents: 6 },
      units: [
        { code: 'R', parent: null },
        { code: 'A', parent: 'R' },
      ],
      attributes: [{ key: 'g', values: ['x', 'y'] }],
      dimensions: [{ key: 'm', choice: 'multi', categories: ['c'] }],
      counts: [
        { unit: 'A', measure: 'headcount', count: 20 },
        { unit: 'A', measure: 'respondents', count: 20 },
        { unit: 'A', measure: 'answers', dimension: 'm', category: 'c', count: 17 },
        ...(['x', 'y'] as const).flatMap((g): CountRow[] => {
          const [respondents, chose] = g === 'x' ? [12, 12] : [5, 4];
          return [
            { unit: 'A', measure: 'headcount', attributes: { g }, count: respondents },
            { unit: 'A', measure: 'respondents', attributes: { g }, count: respondents },
            { unit: 'A', measure: 'answers', attributes: { g }, dimension: 'm', category: 'c', count: chose },
          ];
        }),
      ],
    };

    const result = await protect(input);

    expect(result.audit.passed).toBeTrue();
    expect((await independentlyUnprotected(input, result)).unprotected).toEqual([]);
  });

  it('counts the respondents of a breakdown value without rows of a table as outside it (found by the random releases)', async () => {
    // A: 5 respondents, 1 chose c; by g: x 2 (1 chose), y 1 and z 2 with no row of m. Whether nobody in y and
    // z chose c or m is not broken down there, a reader cannot tell. The model took x's 1 for every "chose" of
    // A (the respondents' breakdown is complete, so it saw nobody outside), and A's 1 could then never be shown
    // to reach the group's size: the release failed its own audit (about 1 in 15 random releases with answers
    // by attribute). Also: y with 4 respondents of whom 4 chose is no contradiction, and no figures of y appear.
    const input = (chose: number, y: number): ProtectionInput => ({
      parameters: { k: 5, minRespondents: 10 },
      units: [
        { code: 'R', parent: null },
        { code: 'A', parent: 'R' },
      ],
      attributes: [{ key: 'g', values: ['x', 'y', 'z'] }],
      dimensions: [{ key: 'm', choice: 'multi', categories: ['c'] }],
      counts: [
        { unit: 'A', measure: 'headcount', count: 4 + y },
        { unit: 'A', measure: 'respondents', count: 4 + y },
        { unit: 'A', measure: 'answers', dimension: 'm', category: 'c', count: chose },
        ...(['x', 'y', 'z'] as const).flatMap((g): CountRow[] => {
          const respondents = g === 'y' ? y : 2;
          return [
            { unit: 'A', measure: 'headcount', attributes: { g }, count: respondents },
            { unit: 'A', measure: 'respondents', attributes: { g }, count: respondents },
            ...(g === 'x'
              ? [{ unit: 'A', measure: 'answers' as const, attributes: { g }, dimension: 'm', category: 'c', count: 1 }]
              : []),
          ];
        }),
      ],
    });

    const small = await protect(input(1, 1));
    const fourInY = await protect(input(5, 4));

    expect(small.audit.passed).toBeTrue();
    expect((await independentlyUnprotected(input(1, 1), small)).unprotected).toEqual([]);
    expect(fourInY.audit.passed).toBeTrue();
    const ids = fourInY.tables.flatMap((table) => table.figures.map((figure) => figure.id));
    expect(ids.filter((id) => id.includes('g=y|m='))).toEqual([]);
  });

  it('gives a cell room whose own published margins force people into it (found by a review)', async () => {
    // The administration's s0 = c0 (7) and s2 = c1 (155) add up to one more than its 161 respondents, so its
    // cross-tab cell c0 × c1 holds at least 1 person however the blocks below are filled. The blocks only asked
    // leaves' margins to move; after 40 rounds of linear programming the release failed its own audit.
    const fixture = path.join(__dirname, 'fixtures', 'root-margins-force-a-cross-tab-cell.json');
    const input = JSON.parse(readFileSync(fixture, 'utf8')) as ProtectionInput;

    const result = await protect(input);

    expect(result.audit.passed).toBeTrue();
    expect(result.stats.repairRounds).toBe(0);
    expect((await independentlyUnprotected(input, result)).unprotected).toEqual([]);
  });

  it('protects min-respondents zeros below a total of zero (found by the random releases)', async () => {
    // Nobody chose p or q anywhere. U0.0 (1 respondent) and U0.1 (5) are below the minimum of 6, so their zeros
    // must be protected. In the first version (respondents could be hidden) the audit failed here for the four
    // "chose" figures of U0.0 and U0.1 after 4 repair rounds, with 44 of 54 figures suppressed: R's "did not
    // choose p" (12) and headcount (12) were published, pinning R's respondents to 12 and every "chose" below
    // R to 0. The complement needed, R's "did not choose", is linked to them only through R's respondents =
    // chose + did not choose, which the model leaves implicit (it states within-unit relations in leaves only).
    const leaf = (unit: string, headcount: number, single: readonly number[]): ProtectionInput['counts'] => [
      { unit, measure: 'headcount', count: headcount },
      { unit, measure: 'respondents', count: headcount },
      ...single.map((count, c) => ({ unit, measure: 'answers' as const, dimension: 's', category: `c${c}`, count })),
      ...(['p', 'q'] as const).map((category) => ({
        unit,
        measure: 'answers' as const,
        dimension: 'm',
        category,
        count: 0,
      })),
    ];
    const input: ProtectionInput = {
      parameters: { k: 5, minRespondents: 6 },
      units: [
        { code: 'R', parent: null },
        { code: 'U0', parent: 'R' },
        { code: 'U0.0', parent: 'U0' },
        { code: 'U0.1', parent: 'U0' },
        { code: 'U1', parent: 'R' },
        { code: 'U1.0', parent: 'U1' },
      ],
      dimensions: [
        { key: 's', choice: 'single', categories: ['c0', 'c1', 'c2'] },
        { key: 'm', choice: 'multi', categories: ['p', 'q'] },
      ],
      counts: [...leaf('U0.0', 1, [0, 0, 1]), ...leaf('U0.1', 5, [2, 1, 2]), ...leaf('U1.0', 6, [0, 1, 5])],
    };

    const result = await protect(input);

    expect(result.audit.unprotected).toEqual([]);
    expect((await independentlyUnprotected(input, result)).unprotected).toEqual([]);
  });
});
