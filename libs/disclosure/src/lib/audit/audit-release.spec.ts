import { auditRelease, type AuditResult, type FigureInterval } from './audit-release';
import { InvalidReleaseError, type LinearRelease } from './linear-release';
import { suppress } from './testing/hierarchical-release';

/**
 * A 2×2 table with its margins:
 *
 *          col1  col2 | total
 *   row1     a=3   b=7 |  10
 *   row2     c=5   d=9 |  14
 *   ------------------+------
 *   total      8    16 |  24
 */
const twoByTwo: LinearRelease = suppress(
  {
    cells: [
      { id: 'a', value: 3 },
      { id: 'b', value: 7 },
      { id: 'c', value: 5 },
      { id: 'd', value: 9 },
    ],
    relations: [
      { id: 'row1', terms: ['a', 'b'] },
      { id: 'row2', terms: ['c', 'd'] },
      { id: 'col1', terms: ['a', 'c'] },
      { id: 'col2', terms: ['b', 'd'] },
      { id: 'total', terms: ['a', 'b', 'c', 'd'] },
    ],
    published: [],
  },
  [],
);

/** Two cells and their total: `x` and `y` suppressed, `total` published. */
function pairWithPublishedTotal(x: number, y: number): LinearRelease {
  return {
    cells: [
      { id: 'x', value: x },
      { id: 'y', value: y },
    ],
    relations: [{ id: 'total', terms: ['x', 'y'] }],
    published: ['total'],
  };
}

function interval(result: AuditResult, id: string): Pick<FigureInterval, 'lo' | 'hi' | 'protected'> {
  const figure = result.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`no interval for ${id}`);
  return { lo: figure.lo, hi: figure.hi, protected: figure.protected };
}

describe('auditRelease on hand-made tables', () => {
  it('finds a single suppressed cell of a 2×2 table with published margins exactly disclosed', async () => {
    const result = await auditRelease(suppress(twoByTwo, ['a']), { protectionUpperBound: 5 });

    expect(interval(result, 'a')).toEqual({ lo: 3, hi: 3, protected: false });
    expect(result.exactlyDisclosed).toEqual(['a']);
    expect(result.unprotected).toEqual(['a']);
  });

  it('bounds four suppressed cells of a 2×2 table to the intervals the margins and non-negativity allow', async () => {
    // a = t, b = 10 − t, c = 8 − t, d = 6 + t, all ≥ 0: t ∈ [0, 8].
    const result = await auditRelease(suppress(twoByTwo, ['a', 'b', 'c', 'd']), { protectionUpperBound: 5 });

    expect(result.figures.map(({ id, lo, hi }) => ({ id, lo, hi }))).toEqual([
      { id: 'a', lo: 0, hi: 8 },
      { id: 'b', lo: 2, hi: 10 },
      { id: 'c', lo: 0, hi: 8 },
      { id: 'd', lo: 6, hi: 14 },
    ]);
    expect(result.unprotected).toEqual(['b', 'd']);
    expect(result.exactlyDisclosed).toEqual([]);
  });

  it('holds only the sensitive figures to the protection rule when they are named', async () => {
    const result = await auditRelease(suppress(twoByTwo, ['a', 'b', 'c', 'd']), {
      protectionUpperBound: 5,
      sensitive: ['a'],
    });

    expect(result.unprotected).toEqual([]);
    expect(result.figures.find((f) => f.id === 'b')).toEqual(
      jasmine.objectContaining({ lo: 2, hi: 10, protected: false, sensitive: false }),
    );
  });

  it('bounds a suppressed total as well as suppressed cells', async () => {
    // With the row totals hidden, row1 = a + b ranges over every split of the 24 people that fits the columns.
    const result = await auditRelease(suppress(twoByTwo, ['a', 'b', 'c', 'd', 'row1', 'row2']), {
      protectionUpperBound: 5,
    });

    expect(interval(result, 'row1')).toEqual({ lo: 0, hi: 24, protected: true });
    expect(result.figures.find((f) => f.id === 'row1')?.kind).toBe('relation');
    expect(interval(result, 'd')).toEqual({ lo: 0, hi: 16, protected: true });
  });

  it('finds a suppressed child of a one-level tree disclosed by subtracting its published siblings from the parent', async () => {
    const tree: LinearRelease = {
      cells: [
        { id: 'unit1', value: 4 },
        { id: 'unit2', value: 2 },
        { id: 'unit3', value: 9 },
      ],
      relations: [{ id: 'parent', terms: ['unit1', 'unit2', 'unit3'] }],
      published: ['parent', 'unit1', 'unit3'],
    };

    const result = await auditRelease(tree, { protectionUpperBound: 5 });

    expect(interval(result, 'unit2')).toEqual({ lo: 2, hi: 2, protected: false });
    expect(result.exactlyDisclosed).toEqual(['unit2']);
  });

  it('calls a cell bounded to [0, 3] unprotected when k is 5', async () => {
    const result = await auditRelease(pairWithPublishedTotal(1, 2), { protectionUpperBound: 5 });

    expect(interval(result, 'x')).toEqual({ lo: 0, hi: 3, protected: false });
    expect(result.unprotected).toEqual(['x', 'y']);
  });

  it('calls a cell bounded to [0, k − 1] unprotected and one bounded to [0, k] protected', async () => {
    const narrow = await auditRelease(pairWithPublishedTotal(1, 3), { protectionUpperBound: 5 });
    const wide = await auditRelease(pairWithPublishedTotal(1, 4), { protectionUpperBound: 5 });

    expect(interval(narrow, 'x')).toEqual({ lo: 0, hi: 4, protected: false });
    expect(interval(wide, 'x')).toEqual({ lo: 0, hi: 5, protected: true });
    expect(wide.unprotected).toEqual([]);
  });

  it('holds a suppressed zero to the same interval rule as any other count', async () => {
    const small = await auditRelease(pairWithPublishedTotal(0, 2), { protectionUpperBound: 5 });
    const large = await auditRelease(pairWithPublishedTotal(0, 7), { protectionUpperBound: 5 });

    expect(interval(small, 'x')).toEqual({ lo: 0, hi: 2, protected: false });
    expect(small.unprotected).toContain('x');
    expect(interval(large, 'x')).toEqual({ lo: 0, hi: 7, protected: true });
  });

  it('uses non-negativity: a cell that shares a row with another is bounded below by what the column leaves', async () => {
    // row = a + b = 10, column = b + c = 4. Only because c ≥ 0 is b ≤ 4, hence a ≥ 6; only because b ≥ 0 is a ≤ 10.
    const release: LinearRelease = {
      cells: [
        { id: 'a', value: 7 },
        { id: 'b', value: 3 },
        { id: 'c', value: 1 },
      ],
      relations: [
        { id: 'row', terms: ['a', 'b'] },
        { id: 'column', terms: ['b', 'c'] },
      ],
      published: ['row', 'column'],
    };

    const result = await auditRelease(release, { protectionUpperBound: 5 });

    expect(interval(result, 'a')).toEqual({ lo: 6, hi: 10, protected: false });
    expect(interval(result, 'b')).toEqual({ lo: 0, hi: 4, protected: false });
    expect(interval(result, 'c')).toEqual({ lo: 0, hi: 4, protected: false });
  });

  it('gives a suppressed cell that no published figure constrains the unbounded interval [0, ∞), which is protected', async () => {
    const release: LinearRelease = {
      cells: [
        { id: 'x', value: 2 },
        { id: 'y', value: 40 },
      ],
      relations: [{ id: 'total', terms: ['x', 'y'] }],
      published: ['y'],
    };

    const result = await auditRelease(release, { protectionUpperBound: 5 });

    expect(interval(result, 'x')).toEqual({ lo: 0, hi: Number.POSITIVE_INFINITY, protected: true });
    expect(interval(result, 'total')).toEqual({ lo: 40, hi: Number.POSITIVE_INFINITY, protected: false });
  });

  it('has nothing to audit when every figure is published', async () => {
    const result = await auditRelease(twoByTwo, { protectionUpperBound: 5 });

    expect(result.figures).toEqual([]);
    expect(result.unprotected).toEqual([]);
    expect(result.stats).toEqual(
      jasmine.objectContaining({ innerCells: 4, relations: 5, publishedFigures: 9, suppressedFigures: 0 }),
    );
    expect(result.stats.linearPrograms).toBe(0);
  });

  it('reports counts of the audit: two linear programs per suppressed figure', async () => {
    const result = await auditRelease(suppress(twoByTwo, ['a', 'b', 'c', 'd']), { protectionUpperBound: 5 });

    expect(result.stats).toEqual(
      jasmine.objectContaining({ publishedFigures: 5, suppressedFigures: 4, linearPrograms: 8, solverRestarts: 0 }),
    );
    expect(result.stats.milliseconds).toBeGreaterThan(0);
  });

  it('refuses a release whose figures or options break the contract', async () => {
    const cases: [string, LinearRelease, number, string[]?][] = [
      ['a repeated id', { ...twoByTwo, relations: [...twoByTwo.relations, { id: 'a', terms: [] }] }, 5],
      ['a negative count', { ...twoByTwo, cells: [{ id: 'a', value: -1 }] }, 5],
      ['a fractional count', { ...twoByTwo, cells: [{ id: 'a', value: 1.5 }] }, 5],
      ['a term that is not an inner cell', { ...twoByTwo, relations: [{ id: 'r', terms: ['row1'] }] }, 5],
      ['a term named twice', { ...twoByTwo, relations: [{ id: 'r', terms: ['a', 'a'] }] }, 5],
      ['an unknown published id', { ...twoByTwo, published: ['nobody'] }, 5],
      ['k = 0', twoByTwo, 0],
      ['a published sensitive figure', suppress(twoByTwo, ['a']), 5, ['b']],
      ['an unknown sensitive figure', suppress(twoByTwo, ['a']), 5, ['nobody']],
    ];
    for (const [what, release, k, sensitive] of cases) {
      await expectAsync(auditRelease(release, { protectionUpperBound: k, sensitive }))
        .withContext(what)
        .toBeRejectedWithError(InvalidReleaseError);
    }
  });
});
