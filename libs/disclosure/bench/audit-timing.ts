// Times auditRelease on a synthetic hierarchical table (not a test; prints one line per audit).
// Usage: TS_NODE_PROJECT=libs/disclosure/tsconfig.json TS_NODE_TRANSPILE_ONLY=true \
//          node -r ts-node/register libs/disclosure/bench/audit-timing.ts [fanOut=10] [categories=20] [suppressed=200]
// Default: root → 10 units → 10 leaves each, × 20 categories = 2,000 inner cells, 331 relations.
import { auditRelease } from '../src/index';
import { buildHierarchicalRelease, suppress, type UnitShape } from '../src/lib/testing/hierarchical-release';

const [fanOut = 10, categoryCount = 20, suppressedCount = 200] = process.argv.slice(2).map(Number);

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run audits the same table. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  const next = random(4);
  const leaf: UnitShape = [];
  const root: UnitShape = Array.from({ length: fanOut }, () => Array.from({ length: fanOut }, () => leaf));
  const categories = Array.from({ length: categoryCount }, (_, c) => `c${c}`);
  const cellCount = fanOut * fanOut * categoryCount;
  // Many small counts, as in real breakdowns: a quarter of the cells below 5.
  const values = Array.from({ length: cellCount }, () => Math.floor(next() ** 2 * 40));
  const table = buildHierarchicalRelease(root, categories, values);

  // Suppress the small non-zero cells first (as primary suppression would), then random other figures.
  const small = table.release.cells.filter((cell) => cell.value > 0 && cell.value < 5).map((cell) => cell.id);
  const figures = [...table.innerCells, ...table.release.relations.map((relation) => relation.id)];
  const hidden = new Set(small.slice(0, Math.round(suppressedCount * 0.75)));
  while (hidden.size < suppressedCount) hidden.add(figures[Math.floor(next() * figures.length)]);
  const release = suppress(table.release, hidden);

  for (const run of ['first (loads HiGHS)', 'second (HiGHS loaded)']) {
    const result = await auditRelease(release, { protectionUpperBound: 5 });
    const { stats } = result;
    process.stdout.write(
      `${run}: ${stats.innerCells} inner cells, ${stats.relations} relations, ` +
        `${stats.suppressedFigures} suppressed, ${stats.linearPrograms} LPs in ${stats.milliseconds.toFixed(0)} ms ` +
        `(${(stats.milliseconds / stats.linearPrograms).toFixed(2)} ms per LP); ` +
        `${result.unprotected.length} unprotected, ${result.exactlyDisclosed.length} exactly disclosed\n`,
    );
  }
}

void main();
