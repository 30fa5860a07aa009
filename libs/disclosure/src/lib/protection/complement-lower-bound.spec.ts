import fc from 'fast-check';
import { smallRelease } from '../testing/random-protection-input';
import { baselineProtection } from './baseline-suppression';
import { complementLowerBoundOf } from './complement-lower-bound';
import { earlierVersionOf } from './earlier-versions';
import { protect } from './protect';
import type { CountRow, ProtectionInput } from './protection-input';

/** Root R with leaves A, B, C; one single-choice dimension d with categories x and y; k 3, minimum 3. */
function threeLeaves(cells: Record<'A' | 'B' | 'C', [number, number]>): ProtectionInput {
  const counts: CountRow[] = Object.entries(cells).flatMap(([unit, [x, y]]): CountRow[] => [
    { unit, measure: 'headcount', count: x + y },
    { unit, measure: 'respondents', count: x + y },
    { unit, measure: 'answers', dimension: 'd', category: 'x', count: x },
    { unit, measure: 'answers', dimension: 'd', category: 'y', count: y },
  ]);
  return {
    parameters: { k: 3, minRespondents: 3 },
    units: [
      { code: 'R', parent: null },
      { code: 'A', parent: 'R' },
      { code: 'B', parent: 'R' },
      { code: 'C', parent: 'R' },
    ],
    dimensions: [{ key: 'd', choice: 'single', categories: ['x', 'y'] }],
    counts,
  };
}

async function complementsOf(input: ProtectionInput): Promise<number> {
  const result = await protect(input);
  expect(result.audit.passed).withContext('protect passes its audit').toBeTrue();
  return result.informationLoss.suppressedByReason['secondary'] ?? 0;
}

describe('the lower bound on complements', () => {
  it('is 3 for one small group in a table of three units: the rectangle that protect hides too', async () => {
    // A.x = 1 needs a partner in its row (A.y), in its column (B.x or C.x), and that partner one in its row.
    const input = threeLeaves({ A: [1, 9], B: [6, 6], C: [7, 8] });

    const bound = await complementLowerBoundOf(input);

    expect(bound).toEqual(jasmine.objectContaining({ complements: 3, solved: 'optimal' }));
    expect(await complementsOf(input)).toBe(3);
  });

  it('is 0 when nothing is sensitive', async () => {
    const input = threeLeaves({ A: [5, 9], B: [6, 6], C: [0, 8] });

    expect((await complementLowerBoundOf(input)).complements).toBe(0);
    expect(await complementsOf(input)).toBe(0);
  });

  it('refuses a correction, whose figures earlier versions may already expose', async () => {
    const first = threeLeaves({ A: [1, 9], B: [6, 6], C: [7, 8] });
    const result = await protect(first);
    const correction = { ...first, earlierVersions: [earlierVersionOf(1, first, result)] };

    await expectAsync(complementLowerBoundOf(correction)).toBeRejectedWithError(/first version only/);
  });

  it('never exceeds the complements of a pattern that passes the audit (random releases)', async () => {
    await fc.assert(
      fc.asyncProperty(smallRelease, async (input) => {
        const result = await protect(input);
        fc.pre(result.audit.passed);
        const bound = await complementLowerBoundOf(input);
        expect(bound.solved).toBe('optimal');
        expect(bound.complements).toBeLessThanOrEqual(result.informationLoss.suppressedByReason['secondary'] ?? 0);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('never exceeds the complements of the baseline made safe by linear programming (random releases)', async () => {
    await fc.assert(
      fc.asyncProperty(smallRelease, async (input) => {
        const { sensitive, madeSafe } = await baselineProtection(input, { check: false, makeSafe: true });
        fc.pre(madeSafe?.passed === true);
        const complements = (madeSafe?.suppressed ?? 0) - sensitive;
        expect((await complementLowerBoundOf(input)).complements).toBeLessThanOrEqual(complements);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
