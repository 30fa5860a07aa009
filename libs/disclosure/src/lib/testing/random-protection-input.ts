import fc from 'fast-check';
import type { CountRow, DimensionSpec, ProtectionInput, UnitNode } from '../protection/protection-input';

/** One leaf's answers: its counts per single-choice category, chose-counts per multi-choice category, extra staff. */
interface LeafCounts {
  readonly single: readonly number[];
  /** Raw numbers, reduced modulo respondents + 1. */
  readonly chose: readonly number[];
  /** With a cross-tab: its cells (s × t, row by row); the counts of s and t are then its margins. */
  readonly cross: readonly number[];
  readonly nonrespondents: number;
  /** Leave out the single-choice rows whose count is 0 (a missing category is 0). */
  readonly omitZeros: boolean;
  /** A table this leaf does not send at all (the others do): the multi-choice one, the cross-tab, or t with it. */
  readonly lacks: 'nothing' | 'multi' | 'crossTab' | 'second';
}

/**
 * A random small release: root R with 2–4 children, each with 0–3 children of its own; one single-choice
 * dimension with 2–4 categories and, in half of them, one multi-choice dimension with 2 categories, and in half a second single-choice
 * dimension with 2 categories and its cross-tab with the first (a leaf in six may lack one of these tables); counts of
 * 0–10 per single-choice category (so respondents up to 40) and 0–8 non-respondents; k 3–5, minimum
 * respondents k … k + 5.
 */
export const smallRelease: fc.Arbitrary<ProtectionInput> = fc
  .record({
    shape: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 4 }),
    categories: fc.integer({ min: 2, max: 4 }),
    withMulti: fc.boolean(),
    withCross: fc.boolean(),
    k: fc.integer({ min: 3, max: 5 }),
    extra: fc.integer({ min: 0, max: 5 }),
  })
  .chain(({ shape, categories, withMulti, withCross, k, extra }) => {
    const units: UnitNode[] = [{ code: 'R', parent: null }];
    const leaves: string[] = [];
    shape.forEach((grandchildren, i) => {
      const child = `U${i}`;
      units.push({ code: child, parent: 'R' });
      if (grandchildren === 0) leaves.push(child);
      for (let j = 0; j < grandchildren; j++) {
        units.push({ code: `${child}.${j}`, parent: child });
        leaves.push(`${child}.${j}`);
      }
    });
    const dimensions: DimensionSpec[] = [
      { key: 's', choice: 'single', categories: Array.from({ length: categories }, (_, c) => `c${c}`) },
      ...(withMulti ? [{ key: 'm', choice: 'multi' as const, categories: ['p', 'q'] }] : []),
      ...(withCross ? [{ key: 't', choice: 'single' as const, categories: ['x', 'y'] }] : []),
    ];
    const leafCounts: fc.Arbitrary<LeafCounts> = fc.record({
      single: fc.array(fc.nat({ max: 10 }), { minLength: categories, maxLength: categories }),
      chose: fc.array(fc.nat({ max: 40 }), { minLength: 2, maxLength: 2 }),
      cross: fc.array(fc.nat({ max: 6 }), { minLength: categories * 2, maxLength: categories * 2 }),
      nonrespondents: fc.nat({ max: 8 }),
      omitZeros: fc.boolean(),
      lacks: fc.oneof(
        { weight: 5, arbitrary: fc.constant('nothing' as const) },
        { weight: 1, arbitrary: fc.constantFrom('multi' as const, 'crossTab' as const, 'second' as const) },
      ),
    });
    return fc
      .array(leafCounts, { minLength: leaves.length, maxLength: leaves.length })
      .map((perLeaf): ProtectionInput => {
        const counts: CountRow[] = [];
        perLeaf.forEach((cellsOfLeaf, i) => {
          const unit = leaves[i];
          const cell = (c: number, t: number): number => cellsOfLeaf.cross[c * 2 + t];
          const leaf = withCross
            ? { ...cellsOfLeaf, single: cellsOfLeaf.single.map((_, c) => cell(c, 0) + cell(c, 1)) }
            : cellsOfLeaf;
          const respondents = leaf.single.reduce((sum, count) => sum + count, 0);
          const rows: CountRow[] = [
            { unit, measure: 'headcount', count: respondents + leaf.nonrespondents },
            { unit, measure: 'respondents', count: respondents },
            ...leaf.single.map((count, c): CountRow => ({
              unit,
              measure: 'answers',
              dimension: 's',
              category: `c${c}`,
              count,
            })),
            ...(withMulti
              ? ['p', 'q'].map((category, c): CountRow => ({
                  unit,
                  measure: 'answers',
                  dimension: 'm',
                  category,
                  count: leaf.chose[c] % (respondents + 1),
                }))
              : []),
            ...(withCross
              ? ['x', 'y'].flatMap((category, t): CountRow[] => [
                  {
                    unit,
                    measure: 'answers',
                    dimension: 't',
                    category,
                    count: leaf.single.reduce((sum, _, c) => sum + cell(c, t), 0),
                  },
                  ...leaf.single.map((_, c): CountRow => ({
                    unit,
                    measure: 'answers',
                    dimension: 's',
                    category: `c${c}`,
                    dimension2: 't',
                    category2: category,
                    count: cell(c, t),
                  })),
                ])
              : []),
          ];
          const lacking = (row: CountRow): boolean =>
            (leaf.lacks === 'multi' && row.dimension === 'm') ||
            (leaf.lacks === 'crossTab' && row.dimension2 === 't') ||
            (leaf.lacks === 'second' && (row.dimension === 't' || row.dimension2 === 't'));
          // Answer rows of 0 may be left out (all of a dimension's, if nobody responded or nobody chose).
          counts.push(
            ...rows.filter((row) => !(leaf.omitZeros && row.measure === 'answers' && row.count === 0) && !lacking(row)),
          );
        });
        return { parameters: { k, minRespondents: k + extra }, units, dimensions, counts };
      });
  });

/**
 * The same with a structural attribute g: each leaf reports headcount and respondents of g1, a random share
 * (0–4 quarters) of its people, and in `answers` mode also its answers of s by g1.
 */
export const releaseWithAttribute: fc.Arbitrary<ProtectionInput> = fc
  .tuple(
    smallRelease,
    fc.array(fc.nat({ max: 4 }), { minLength: 8, maxLength: 8 }),
    fc.constantFrom('sizes' as const, 'answers' as const),
  )
  .map(([input, quarters, mode]) => {
    const g1 = { g: 'g1' };
    const extra: CountRow[] = [];
    [...new Set(input.counts.map((row) => row.unit))].forEach((unit, i) => {
      const rows = input.counts.filter((row) => row.unit === unit);
      const share = (count: number) => Math.floor((count * quarters[i % quarters.length]) / 4);
      const answers = rows
        .filter((row) => row.measure === 'answers' && row.dimension === 's' && row.dimension2 === undefined)
        .map((row) => ({ ...row, attributes: g1, count: share(row.count) }));
      const respondents = answers.reduce((sum, row) => sum + row.count, 0);
      const count = (measure: string) => rows.find((row) => row.measure === measure)?.count ?? 0;
      extra.push(
        {
          unit,
          measure: 'headcount',
          attributes: g1,
          count: respondents + share(count('headcount') - count('respondents')),
        },
        { unit, measure: 'respondents', attributes: g1, count: respondents },
        ...(mode === 'answers' ? answers : []),
      );
    });
    return { ...input, attributes: [{ key: 'g', values: ['g1', 'g2'] }], counts: [...input.counts, ...extra] };
  });
