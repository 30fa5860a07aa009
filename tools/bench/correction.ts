/**
 * `npm run bench:correction [-- --scale city|demo|federal]`: what a correction costs. Protects a release (version 1),
 * then HR corrects one leaf unit (two respondents change their answer of a single-choice dimension that is part
 * of a cross-tab, so the margins and the cross-tab change), and protects version 2 jointly with version 1
 * (docs/disclosure.md, "Corrections"). Prints both times, their ratio, the share suppressed and the audit.
 * A measurement, not a test; inputs as in `bench:disclosure` (answers by attribute left out).
 */
import {
  earlierVersionOf,
  protect,
  type CountRow,
  type ProtectionInput,
  type ProtectionResult,
} from '@vielfalt/disclosure';
import { parseArgs } from 'node:util';
import { demoProtectionInput } from './demo-protection-input';
import { SCALES, syntheticRelease } from './synthetic-release';

const MOVED = 2;

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'city' } } });
  const full =
    values.scale === 'demo'
      ? demoProtectionInput('2025')
      : syntheticRelease(values.scale === 'federal' ? SCALES.federal : SCALES.city).input;
  const first: ProtectionInput = {
    ...full,
    counts: full.counts.filter((row) => row.measure !== 'answers' || Object.keys(row.attributes ?? {}).length === 0),
  };
  const v1 = await timed(() => protect(first));
  const { counts, where } = corrected(first);
  const second: ProtectionInput = {
    ...first,
    counts,
    earlierVersions: [earlierVersionOf(1, first, v1.result)],
  };
  const v2 = await timed(() => protect(second));
  const line = (name: string, { seconds, result }: { seconds: number; result: ProtectionResult }) =>
    `${name.padEnd(11)}${seconds.toFixed(2).padStart(7)} s   ${(100 * result.informationLoss.suppressedShare).toFixed(1)} % ` +
    `suppressed, audit ${result.audit.passed ? 'passed' : 'FAILED'}, ${result.audit.linearPrograms} LPs, ` +
    `${result.audit.exposedByEarlierVersions.length} exposed by the earlier version`;
  say(`bench:correction: ${values.scale}; ${where}`);
  say(line('version 1', v1));
  say(line('version 2', v2));
  say(`ratio      ${(v2.seconds / v1.seconds).toFixed(1)} (version 2 / version 1, same run)`);
}

/** Version 2's counts: in one leaf, MOVED respondents change from one category to another in one cross-tab column. */
function corrected(input: ProtectionInput): { counts: CountRow[]; where: string } {
  const counts = input.counts.map((row) => ({ ...row }));
  const cells = counts.filter((row) => row.dimension2 !== undefined);
  const cell = cells.find(
    (c) =>
      c.count >= MOVED &&
      cells.some((o) => o.unit === c.unit && o.dimension2 === c.dimension2 && o.category2 === c.category2 && o !== c),
  );
  if (!cell) throw new Error('no cross-tab cell to correct');
  const partner = cells.find(
    (o) => o.unit === cell.unit && o.dimension2 === cell.dimension2 && o.category2 === cell.category2 && o !== cell,
  ) as CountRow;
  const margin = (category: string | undefined) =>
    counts.find(
      (row) =>
        row.unit === cell.unit &&
        row.dimension === cell.dimension &&
        row.dimension2 === undefined &&
        row.category === category &&
        Object.keys(row.attributes ?? {}).length === 0,
    ) as { count: number };
  for (const [row, change] of [
    [cell, -MOVED],
    [partner, MOVED],
    [margin(cell.category), -MOVED],
    [margin(partner.category), MOVED],
  ] as const) {
    (row as { count: number }).count += change;
  }
  return {
    counts,
    where: `unit ${cell.unit}: ${MOVED} respondents from ${cell.dimension}=${cell.category} to ${partner.category}`,
  };
}

async function timed(run: () => Promise<ProtectionResult>): Promise<{ seconds: number; result: ProtectionResult }> {
  const started = performance.now();
  const result = await run();
  return { seconds: (performance.now() - started) / 1000, result };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
