import fc from 'fast-check';
import { indexRelease, type LinearRelease } from '../linear-release';
import {
  buildHierarchicalRelease,
  figureIds,
  figureValues,
  suppress,
  type HierarchicalRelease,
  type UnitShape,
} from '../testing/hierarchical-release';
import { auditRelease, checkProtection } from './audit-release';
import { sharedHighsRuntime } from './highs-runtime';

const k = 5;

/** A unit tree of at most `depth` levels below the unit, each unit with up to `maxChildren` children. */
function unitShape(depth: number, maxChildren: number): fc.Arbitrary<UnitShape> {
  return depth === 0
    ? fc.constant([])
    : fc.array(unitShape(depth - 1, maxChildren), { minLength: 0, maxLength: maxChildren });
}

/**
 * A random hierarchical table (root with 1–3 children, up to three levels, 2–4 categories), all published;
 * half of them also state the redundant constraints unit total = Σ children's unit totals.
 */
function hierarchicalTable(
  { depth, maxChildren, maxCategories, maxValue } = { depth: 3, maxChildren: 3, maxCategories: 4, maxValue: 12 },
): fc.Arbitrary<HierarchicalRelease> {
  return fc
    .record({
      root: fc.array(unitShape(depth - 1, maxChildren), { minLength: 1, maxLength: maxChildren }),
      categoryCount: fc.integer({ min: 2, max: maxCategories }),
      childTotals: fc.boolean(),
    })
    .chain(({ root, categoryCount, childTotals }) => {
      const cellCount = leafCount(root) * categoryCount;
      return fc.array(fc.nat({ max: maxValue }), { minLength: cellCount, maxLength: cellCount }).map((values) =>
        buildHierarchicalRelease(
          root,
          Array.from({ length: categoryCount }, (_, c) => `c${c}`),
          values,
          { childTotals },
        ),
      );
    });
}

function leafCount(unit: UnitShape): number {
  return unit.length === 0 ? 1 : unit.reduce((sum, child) => sum + leafCount(child), 0);
}

/** A table together with a random subset of its figures to suppress. */
const tableWithSuppression = hierarchicalTable().chain((table) => {
  const ids = figureIds(table.release);
  return fc
    .array(fc.boolean(), { minLength: ids.length, maxLength: ids.length })
    .map((hidden) => ({ table, suppressed: ids.filter((_, i) => hidden[i]) }));
});

describe('auditRelease on random hierarchical tables', () => {
  it('has nothing to audit when nothing is suppressed', async () => {
    await fc.assert(
      fc.asyncProperty(hierarchicalTable(), async ({ release }) => {
        const result = await auditRelease(release, { protectionUpperBound: k });

        expect(result.figures).toEqual([]);
        expect(result.unprotected).toEqual([]);
        expect(result.stats.linearPrograms).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it('places the true value of every suppressed figure inside its interval', async () => {
    await fc.assert(
      fc.asyncProperty(tableWithSuppression, async ({ table, suppressed }) => {
        const release = suppress(table.release, suppressed);
        const values = figureValues(release);

        const result = await auditRelease(release, { protectionUpperBound: k });

        expect(result.figures.map((f) => f.id).sort()).toEqual([...suppressed].sort());
        for (const figure of result.figures) {
          const value = values.get(figure.id) ?? Number.NaN;
          expect(figure.lo).withContext(figure.id).toBeLessThanOrEqual(value);
          expect(figure.hi).withContext(figure.id).toBeGreaterThanOrEqual(value);
          expect(Number.isInteger(figure.lo)).withContext(figure.id).toBeTrue();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('finds a lone suppressed inner cell whose row and column totals are published exactly disclosed', async () => {
    const tableWithCell = hierarchicalTable().chain((table) =>
      fc.constantFrom(...table.innerCells).map((cell) => ({ table, cell })),
    );
    await fc.assert(
      fc.asyncProperty(tableWithCell, async ({ table, cell }) => {
        const release = suppress(table.release, [cell]);
        expect(release.published).toContain(table.rowTotalOf.get(cell) ?? 'row total');
        expect(release.published).toContain(table.columnTotalOf.get(cell) ?? 'column total');

        const result = await auditRelease(release, { protectionUpperBound: k });

        const value = figureValues(release).get(cell);
        expect(result.figures).toEqual([jasmine.objectContaining({ id: cell, lo: value, hi: value })]);
        expect(result.exactlyDisclosed).toEqual([cell]);
      }),
      { numRuns: 40 },
    );
  });

  it('finds a cell disclosed by its published row total and row siblings, whatever else is suppressed', async () => {
    const scenario = tableWithSuppression.chain(({ table, suppressed }) =>
      fc.constantFrom(...table.innerCells).map((cell) => {
        const row = table.rowTotalOf.get(cell);
        const rowCells = table.innerCells.filter((other) => table.rowTotalOf.get(other) === row);
        const keep = new Set([row, ...rowCells.filter((other) => other !== cell)]);
        return { table, cell, suppressed: [cell, ...suppressed.filter((id) => !keep.has(id) && id !== cell)] };
      }),
    );
    await fc.assert(
      fc.asyncProperty(scenario, async ({ table, cell, suppressed }) => {
        const release = suppress(table.release, suppressed);

        const result = await auditRelease(release, { protectionUpperBound: k });

        const value = figureValues(release).get(cell);
        expect(result.figures).toContain(jasmine.objectContaining({ id: cell, lo: value, hi: value }));
        expect(result.exactlyDisclosed).toContain(cell);
      }),
      { numRuns: 40 },
    );
  });

  it('lets every inner cell be anything from 0 to the grand total when only the grand total is published', async () => {
    await fc.assert(
      fc.asyncProperty(hierarchicalTable(), async (table) => {
        const release = suppress(
          table.release,
          figureIds(table.release).filter((id) => id !== table.grandTotal),
        );
        const grandTotal = figureValues(release).get(table.grandTotal);
        const inner = innerCellsOf(release);

        const result = await auditRelease(release, { protectionUpperBound: k });

        expect(result.figures.map((f) => f.id)).toEqual(jasmine.arrayContaining([...table.innerCells]));
        for (const figure of result.figures) {
          // A total over every inner cell (the total of the root's only child) equals the grand total.
          const everything = inner.get(figure.id)?.size === table.innerCells.length;
          expect(figure)
            .withContext(figure.id)
            .toEqual(jasmine.objectContaining({ lo: everything ? grandTotal : 0, hi: grandTotal }));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('is exact on tiny tables: each interval is the range over every table consistent with what is published', async () => {
    const tiny = hierarchicalTable({ depth: 2, maxChildren: 2, maxCategories: 2, maxValue: 3 })
      .filter(({ innerCells }) => innerCells.length <= 4)
      .chain((table) => {
        const ids = figureIds(table.release);
        return fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }).map((hidden) =>
          suppress(
            table.release,
            ids.filter((_, i) => hidden[i]),
          ),
        );
      });
    await fc.assert(
      fc.asyncProperty(tiny, async (release) => {
        const result = await auditRelease(release, { protectionUpperBound: k });

        const ranges = enumerateRanges(release);
        for (const figure of result.figures) {
          const range = ranges.get(figure.id);
          expect(figure.lo)
            .withContext(figure.id)
            .toBe(range?.lo ?? Number.NaN);
          if (figure.hi === Number.POSITIVE_INFINITY) {
            expect(range?.unbounded).withContext(figure.id).toBeTrue();
          } else {
            expect(figure.hi)
              .withContext(figure.id)
              .toBe(range?.hi ?? Number.NaN);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** For every figure, the inner cells (figures that are no constraint's whole) it is the sum of. */
function innerCellsOf(release: LinearRelease): Map<string, Set<string>> {
  const cells = new Map<string, Set<string>>();
  const partsOf = new Map<string, readonly string[]>();
  for (const constraint of release.constraints) partsOf.set(constraint.whole, constraint.parts);
  const visit = (id: string): Set<string> => {
    let found = cells.get(id);
    if (!found) {
      const parts = partsOf.get(id);
      found = parts ? new Set(parts.flatMap((part) => [...visit(part)])) : new Set([id]);
      cells.set(id, found);
    }
    return found;
  };
  for (const figure of release.figures) visit(figure.id);
  return cells;
}

/**
 * The attacker's knowledge by brute force: every integer table (figures that are no constraint's whole, the
 * inner cells, 0…cap; every whole computed from its first constraint) that satisfies every constraint and
 * reproduces the published figures, and per suppressed figure the smallest and largest value among them. A
 * figure is unbounded when it reaches beyond the grand total (the sum of the inner cells), which bounds every
 * finite interval. Needs constraints without cycles, as in a hierarchy.
 */
function enumerateRanges(release: LinearRelease): Map<string, { lo: number; hi: number; unbounded: boolean }> {
  const trueValues = figureValues(release);
  const published = new Set(release.published);
  const definition = new Map<string, readonly string[]>();
  for (const constraint of release.constraints) {
    if (!definition.has(constraint.whole)) definition.set(constraint.whole, constraint.parts);
  }
  const inner = release.figures.filter((figure) => !definition.has(figure.id));
  const cap = inner.reduce((sum, figure) => sum + figure.value, 0) + 1;
  const free = inner.filter((figure) => !published.has(figure.id)).map((figure) => figure.id);
  const suppressed = figureIds(release).filter((id) => !published.has(id));
  const ranges = new Map(suppressed.map((id) => [id, { lo: Infinity, hi: -Infinity, unbounded: false }]));

  const candidate = new Map(trueValues);
  const visit = (position: number): void => {
    if (position < free.length) {
      for (let value = 0; value <= cap; value++) {
        candidate.set(free[position], value);
        visit(position + 1);
      }
      return;
    }
    const computed = new Map<string, number>();
    const valueOf = (id: string): number => {
      const parts = definition.get(id);
      if (!parts) return candidate.get(id) ?? Number.NaN;
      let value = computed.get(id);
      if (value === undefined) computed.set(id, (value = parts.reduce((sum, part) => sum + valueOf(part), 0)));
      return value;
    };
    if (release.constraints.some((c) => c.parts.reduce((sum, part) => sum + valueOf(part), 0) !== valueOf(c.whole))) {
      return;
    }
    if (release.published.some((id) => valueOf(id) !== trueValues.get(id))) return;
    for (const id of suppressed) {
      const range = ranges.get(id);
      const value = valueOf(id);
      if (!range) continue;
      range.lo = Math.min(range.lo, value);
      range.hi = Math.max(range.hi, value);
      range.unbounded ||= value >= cap;
    }
  };
  visit(0);
  return ranges;
}

describe('checkProtection on random hierarchical tables', () => {
  it('reports exactly the sensitive figures that auditRelease finds unprotected, with the same intervals', async () => {
    // Suppress 30–100 % of the figures, so that about half of the sensitive ones are protected.
    const scenario = hierarchicalTable()
      .chain((table) => {
        const ids = figureIds(table.release);
        return fc
          .tuple(
            fc.integer({ min: 3, max: 10 }),
            fc.array(fc.nat({ max: 9 }), { minLength: ids.length, maxLength: ids.length }),
          )
          .map(([density, draws]) => ({ table, suppressed: ids.filter((_, i) => draws[i] < density) }));
      })
      .chain(({ table, suppressed }) =>
        fc
          .record({ sensitive: fc.shuffledSubarray(suppressed), k: fc.integer({ min: 1, max: 8 }) })
          .map(({ sensitive, k }) => ({ release: suppress(table.release, suppressed), sensitive, k })),
      );
    await fc.assert(
      fc.asyncProperty(scenario, async ({ release, sensitive, k }) => {
        const audit = await auditRelease(release, { protectionUpperBound: k, sensitive });
        const { model, published } = indexRelease(release);
        const indices = sensitive.map((id) => model.ids.indexOf(id));

        const { value: check } = await sharedHighsRuntime.run((highs) =>
          checkProtection(highs, model, published, indices, k),
        );

        const reported = [...check.unprotected.keys()].map((figure) => model.ids[figure]);
        expect(reported.sort()).toEqual([...audit.unprotected].sort());
        for (const [figure, bounds] of check.unprotected) {
          const exact = audit.figures.find((f) => f.id === model.ids[figure]);
          expect(bounds)
            .withContext(model.ids[figure])
            .toEqual({ lo: exact?.lo ?? Number.NaN, hi: exact?.hi ?? Number.NaN });
        }
        expect(check.components).toBe(audit.stats.components);
      }),
      { numRuns: 80 },
    );
  });
});
