/**
 * `npm run bench:ingest`: how fast and in how much memory the product checks and commits one upload of
 * 1,000,000 rows, against PostgreSQL's own COPY of the same rows. A measurement, not a test: it prints
 * the figures and PASS/MISS for the targets (within 3× of COPY, peak RSS under 512 MB) and exits 0 either
 * way; non-zero only on an error.
 *
 * How: a throwaway embedded PostgreSQL and the real application (createApp, no HTTP listener); the
 * demo catalogue through CatalogueService; a demo upload file of period 2025 generated at a scale with
 * ≥ 1,000,000 rows (in a child process, whose memory does not count); then UploadService.check and
 * UploadService.commit, each timed by wall clock. Peak RSS is the kernel's maxRSS of this process up to
 * the end of the commit (it includes the app and ts-node); heapUsed is sampled every 50 ms meanwhile.
 * Afterwards the baseline (copy-baseline.ts) COPYs the very rows the upload stored into a scratch table.
 * The machine's load average is printed too: on a shared machine, other processes' work shows in every
 * figure (the check and PostgreSQL's COPY compete with them for the same cores).
 */
import { stat } from 'node:fs/promises';
import * as os from 'node:os';
import { checkAndCommit, runBenchmark, withScaledDemoUpload } from './bench-app';
import { copyBaseline } from './copy-baseline';
import { MemoryProbe } from './memory-probe';
import { formatReport } from './report';

const ROWS = 1_000_000;
const PERIOD = '2025';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  await withScaledDemoUpload(PERIOD, ROWS, async (bench, files) => {
    const fileBytes = (await stat(files.uploadCsv)).size;
    const loadBefore = os.loadavg()[0];
    say('Checking and committing …');
    const rssBeforeMb = process.memoryUsage.rss() / (1024 * 1024);
    const memory = new MemoryProbe();
    memory.start();
    const { report, checkSeconds, commitSeconds } = await checkAndCommit(bench, files);
    const { peakRssMb, peakHeapMb } = memory.stop();

    say('COPY baseline …');
    const baseline = await copyBaseline(bench.databaseUrl, report.id);
    if (baseline.rows !== files.rows) throw new Error(`The baseline copied ${baseline.rows} rows of ${files.rows}.`);

    say('');
    say(
      formatReport({
        rows: files.rows,
        units: files.units,
        fileMb: fileBytes / (1024 * 1024),
        checkSeconds,
        commitSeconds,
        rssBeforeMb,
        peakRssMb,
        peakHeapMb,
        copySeconds: baseline.seconds,
        copyTable: baseline.table,
      }),
    );
    say(
      `load average       ${loadBefore.toFixed(1)} before the check, ${os.loadavg()[0].toFixed(1)} at the end (1 min, ${os.cpus().length} cores)`,
    );
  });
}

runBenchmark('bench:ingest', main);
