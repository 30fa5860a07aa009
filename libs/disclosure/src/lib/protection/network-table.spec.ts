import fc from 'fast-check';
import { auditRelease } from '../audit/audit-release';
import type { LinearRelease } from '../linear-release';
import type { FigureAccess } from './network-table';
import { releaseNetworks, type ReleaseNetwork } from './network-tables';
import type { ProtectionInput } from './protection-input';
import { buildReleaseModel, type ReleaseModel } from './release-model';
import { validateInput } from './validate-input';

/** One single-choice dimension `s` over a tree, with the given leaf counts per category. */
function singleDimension(units: ProtectionInput['units'], leaves: Record<string, number[]>): ReleaseModel {
  const categories = Object.values(leaves)[0].map((_, c) => `c${c}`);
  const input: ProtectionInput = {
    parameters: { k: 3, minRespondents: 3 },
    units,
    dimensions: [{ key: 's', choice: 'single', categories }],
    counts: Object.entries(leaves).flatMap(([unit, counts]) => [
      { unit, measure: 'respondents' as const, count: counts.reduce((sum, count) => sum + count, 0) },
      ...counts.map((count, c) => ({ unit, measure: 'answers' as const, dimension: 's', category: `c${c}`, count })),
    ]),
  };
  return buildReleaseModel(input, validateInput(input));
}

/** Figures as a network sees them, with `suppressed` hidden; suppressing and publishing change that set. */
function access(release: ReleaseModel, suppressed: Set<number>): FigureAccess {
  return {
    value: (figure) => release.linear.values[figure],
    isFree: (figure) => suppressed.has(figure),
    mayBecomeComplement: (figure) => !suppressed.has(figure),
    cost: () => 1,
    suppress: (figure) => suppressed.add(figure),
    publish: (figure) => suppressed.delete(figure),
  };
}

function figure(release: ReleaseModel, id: string): number {
  const found = release.linear.ids.indexOf(id);
  if (found === -1) throw new Error(`no figure ${id}`);
  return found;
}

/** The attacker's view for the exact auditor: every figure of the model, the suppressed ones hidden. */
function attackerRelease(release: ReleaseModel, suppressed: Set<number>): LinearRelease {
  const { linear } = release;
  const constraints = Array.from(linear.wholes, (whole, c) => ({
    whole: linear.ids[whole],
    parts: Array.from(linear.parts.subarray(linear.partStart[c], linear.partStart[c + 1]), (p) => linear.ids[p]),
  }));
  return {
    figures: linear.ids.map((id, f) => ({ id, value: linear.values[f] })),
    constraints,
    published: linear.ids.filter((_, f) => !suppressed.has(f)),
  };
}

describe('NetworkTable', () => {
  const units = [
    { code: 'R', parent: null },
    { code: 'A', parent: 'R' },
    { code: 'B', parent: 'R' },
  ];

  it('hides the other three corners of a rectangle to protect one figure of a two-by-two table', () => {
    const release = singleDimension(units, { A: [3, 7], B: [6, 4] });
    const [{ network, arcOf }] = releaseNetworks(release);
    const suppressed = new Set([figure(release, 'answers|A|*|s=c0')]);
    const figures = access(release, suppressed);

    const support = network.prove(arcOf.get(figure(release, 'answers|A|*|s=c0')) as number, 3, 2, figures, true);

    expect(support).not.toBeNull();
    const hidden = [...suppressed].map((f) => release.linear.ids[f]).sort();
    expect(hidden).toEqual(['answers|A|*|s=c0', 'answers|A|*|s=c1', 'answers|B|*|s=c0', 'answers|B|*|s=c1']);
  });

  it('does not hide anything when told not to, and says it cannot prove the figure', () => {
    const release = singleDimension(units, { A: [3, 7], B: [6, 4] });
    const [{ network, arcOf }] = releaseNetworks(release);
    const suppressed = new Set([figure(release, 'answers|A|*|s=c0')]);

    const support = network.prove(
      arcOf.get(figure(release, 'answers|A|*|s=c0')) as number,
      3,
      2,
      access(release, suppressed),
      false,
    );

    expect(support).toBeNull();
    expect(suppressed.size).toBe(1);
  });

  it('moves a figure only as far as the rectangle allows: A.c0 = 3 can rise by min(A.c1, B.c0) = 6 at most', () => {
    const release = singleDimension(units, { A: [3, 7], B: [6, 4] });
    const [{ network, arcOf }] = releaseNetworks(release);
    const suppressed = new Set(
      ['A|*|s=c0', 'A|*|s=c1', 'B|*|s=c0', 'B|*|s=c1'].map((id) => figure(release, `answers|${id}`)),
    );
    const arc = arcOf.get(figure(release, 'answers|A|*|s=c0')) as number;
    const figures = access(release, suppressed);

    const up = network.movedPoint(arc, 1, 6, figures);
    expect(up).not.toBeNull();
    expect(network.movedPoint(arc, 1, 7, figures)).toBeNull();
    // In the point, every relation still holds: A.c1 fell by 6, B.c0 by 6, B.c1 rose by 6.
    const change = (id: string) => up?.get(arcOf.get(figure(release, `answers|${id}`)) as number) ?? 0;
    expect([change('A|*|s=c0'), change('A|*|s=c1'), change('B|*|s=c0'), change('B|*|s=c1')]).toEqual([6, -6, -6, 6]);
  });

  it('agrees with the exact linear-programming audit on random hierarchical tables and suppressions', async () => {
    const tables = fc
      .record({
        shape: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
        categories: fc.integer({ min: 2, max: 4 }),
      })
      .chain(({ shape, categories }) => {
        const tree = [{ code: 'R', parent: null as string | null }];
        const leaves: string[] = [];
        shape.forEach((grandchildren, i) => {
          tree.push({ code: `U${i}`, parent: 'R' });
          if (grandchildren === 0) leaves.push(`U${i}`);
          for (let j = 0; j < grandchildren; j++) {
            tree.push({ code: `U${i}.${j}`, parent: `U${i}` });
            leaves.push(`U${i}.${j}`);
          }
        });
        const figures = (tree.length + 0) * categories;
        return fc.record({
          tree: fc.constant(tree),
          counts: fc.array(fc.array(fc.nat({ max: 8 }), { minLength: categories, maxLength: categories }), {
            minLength: leaves.length,
            maxLength: leaves.length,
          }),
          leaves: fc.constant(leaves),
          hidden: fc.array(fc.boolean(), { minLength: figures, maxLength: figures }),
          level: fc.integer({ min: 1, max: 6 }),
        });
      });
    await fc.assert(
      fc.asyncProperty(tables, async ({ tree, counts, leaves, hidden, level }) => {
        const release = singleDimension(tree, Object.fromEntries(leaves.map((leaf, i) => [leaf, counts[i]])));
        const [network] = releaseNetworks(release);
        const suppressed = new Set([...network.arcOf.keys()].filter((_, i) => hidden[i]));
        if (suppressed.size === 0) return;
        const exact = await auditRelease(attackerRelease(release, suppressed), { protectionUpperBound: level });
        for (const interval of exact.figures) {
          const f = release.linear.ids.indexOf(interval.id);
          expect(reaches(network, release, suppressed, f, -1, 0))
            .withContext(`${interval.id} reaching 0, exact [${interval.lo}, ${interval.hi}]`)
            .toBe(interval.lo <= 0);
          expect(reaches(network, release, suppressed, f, 1, level))
            .withContext(`${interval.id} reaching ${level}, exact [${interval.lo}, ${interval.hi}]`)
            .toBe(interval.hi >= level);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** Whether the network finds a point with the figure at `target` or beyond, in `direction`. */
function reaches(
  { network, arcOf }: ReleaseNetwork,
  release: ReleaseModel,
  suppressed: Set<number>,
  figure: number,
  direction: -1 | 1,
  target: number,
): boolean {
  const value = release.linear.values[figure];
  const amount = direction < 0 ? value - target : target - value;
  if (amount <= 0) return true;
  return network.movedPoint(arcOf.get(figure) as number, direction, amount, access(release, suppressed)) !== null;
}
