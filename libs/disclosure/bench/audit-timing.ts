// Times auditRelease and checkProtection on a synthetic hierarchical table (not a test; prints one line per run).
// Usage: TS_NODE_PROJECT=libs/disclosure/tsconfig.json TS_NODE_TRANSPILE_ONLY=true \
//          node -r ts-node/register libs/disclosure/bench/audit-timing.ts [fanOut=10] [categories=20] [suppressed=200]
// Default: root → 10 units → 10 leaves each, × 20 categories = 2,000 inner cells; with the category totals and
// unit totals 2,331 figures and 331 constraints.
import { auditRelease, checkProtection } from '../src/lib/audit/audit-release';
import { sharedHighsRuntime } from '../src/lib/audit/highs-runtime';
import { indexRelease } from '../src/lib/linear-release';
import { buildHierarchicalRelease, figureIds, suppress, type UnitShape } from '../src/lib/testing/hierarchical-release';

const [fanOut = 10, categoryCount = 20, suppressedCount = 200] = process.argv.slice(2).map(Number);
const k = 5;

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
  const innerCells = new Set(table.innerCells);
  const small = table.release.figures
    .filter((figure) => innerCells.has(figure.id) && figure.value > 0 && figure.value < 5)
    .map((figure) => figure.id);
  const figures = figureIds(table.release);
  const primary = small.slice(0, Math.round(suppressedCount * 0.75));
  const hidden = new Set<string>(primary);
  while (hidden.size < suppressedCount) hidden.add(figures[Math.floor(next() * figures.length)]);
  const release = suppress(table.release, hidden);

  for (const run of ['first (loads HiGHS)', 'second (HiGHS loaded)']) {
    const result = await auditRelease(release, { protectionUpperBound: k });
    const { stats } = result;
    process.stdout.write(
      `auditRelease, ${run}: ${stats.figures} figures, ${stats.constraints} constraints, ` +
        `${stats.suppressedFigures} suppressed in ${stats.components} components, ` +
        `${stats.linearPrograms} LPs in ${stats.milliseconds.toFixed(0)} ms ` +
        `(${(stats.milliseconds / stats.linearPrograms).toFixed(2)} ms per LP); ` +
        `${result.unprotected.length} unprotected, ${result.exactlyDisclosed.length} exactly disclosed\n`,
    );
  }

  // The faster verdict, for every suppressed figure and for the primary ones only.
  const { model, published } = indexRelease(release);
  const indexOf = new Map(model.ids.map((id, figure) => [id, figure]));
  for (const [which, ids] of [
    ['all suppressed', [...hidden]],
    ['primary only', primary],
  ] as const) {
    const sensitive = ids.map((id) => indexOf.get(id) ?? -1);
    const started = performance.now();
    const { value: check } = await sharedHighsRuntime.run((highs) =>
      checkProtection(highs, model, published, sensitive, k),
    );
    const milliseconds = performance.now() - started;
    process.stdout.write(
      `checkProtection, ${which} (${sensitive.length} sensitive): ${check.linearPrograms} LPs ` +
        `in ${milliseconds.toFixed(0)} ms; ${check.unprotected.size} unprotected\n`,
    );
  }
}

void main();
