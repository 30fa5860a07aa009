/**
 * `npm run bench:release [-- --rows 300000]`: one period of the demo administration, scaled up to at least
 * `--rows` upload rows (default 300,000: about 2,200 units; the ingest benchmark's million rows are 7,400),
 * through the real server path on a throwaway embedded PostgreSQL: the upload (check and commit), then
 * `ReleaseService.preview` and `publish` (the protection runs on its worker thread, the figures go in by COPY),
 * then reading one table of the published release as the API serves it. Prints each step's wall time, the
 * release's figures and information loss, and this process's peak memory. A measurement, not a test.
 */
import { ReleaseService } from '@vielfalt/server-releases';
import * as os from 'node:os';
import { parseArgs } from 'node:util';
import { BENCH_ACTOR, checkAndCommit, runBenchmark, withScaledDemoUpload } from './bench-app';
import { MemoryProbe } from './memory-probe';

const PERIOD = '2025';

const say = (message: string) => process.stdout.write(`${message}\n`);
const whole = (n: number) => Math.round(n).toLocaleString('en-US');
async function timed<T>(step: Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await step;
  return [result, (performance.now() - started) / 1000];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '300000' } } });
  const rows = Number(values.rows);
  if (!(rows > 0)) throw new Error('usage: --rows <number of upload rows>');
  await withScaledDemoUpload(PERIOD, rows, async (bench, files) => {
    const releases = bench.app.get(ReleaseService);
    const memory = new MemoryProbe();
    memory.start();
    const loadBefore = os.loadavg()[0];

    say('Upload: check and commit …');
    const { report, checkSeconds, commitSeconds } = await checkAndCommit(bench, files);

    say('Release: preview …');
    const [preview, previewSeconds] = await timed(releases.preview(PERIOD, BENCH_ACTOR));
    if (!preview.audit.passed) throw new Error(`The preview fails its audit: ${JSON.stringify(preview.audit)}`);
    say('Release: publish …');
    const [release, publishSeconds] = await timed(
      releases.publish(
        { periodKey: PERIOD, dataVersion: preview.dataVersion, settings: preview.settings },
        BENCH_ACTOR,
      ),
    );
    const largest = [...preview.tables].sort((a, b) => b.informationLoss.figures - a.informationLoss.figures)[0];
    say(`Release: reading its largest table (${largest.id}) …`);
    const [figures, readSeconds] = await timed(releases.figures(release.id, largest.id));
    const { peakRssMb, peakHeapMb } = memory.stop();

    const loss = preview.informationLoss;
    say('');
    say(`upload             ${whole(report.dataRows)} rows, ${whole(files.units)} units`);
    say(`  check, commit    ${checkSeconds.toFixed(1)} s, ${commitSeconds.toFixed(1)} s`);
    say(
      `release            ${whole(loss.figures)} figures, ${(100 * loss.suppressedShare).toFixed(1)} % suppressed ` +
        `(people-weighted ${(100 * loss.peopleWeightedShare).toFixed(1)} %), audit passed, ` +
        `${whole(preview.unitsWithoutBreakdown.length)} units without breakdown`,
    );
    say(`  preview          ${previewSeconds.toFixed(1)} s`);
    say(`  publish          ${publishSeconds.toFixed(1)} s (protects again under the lock, then COPY)`);
    say(`  read one table   ${readSeconds.toFixed(2)} s for ${whole(figures.figures.length)} figures of ${largest.id}`);
    say(`peak memory        RSS ${whole(peakRssMb)} MB, heap ${whole(peakHeapMb)} MB (this process)`);
    say(`load average       ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} at the end`);
  });
}

runBenchmark('bench:release', main);
