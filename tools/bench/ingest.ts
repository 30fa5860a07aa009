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
import { UploadService } from '@vielfalt/server-ingest';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { BENCH_ACTOR, defineDemoCatalogue, startBenchApp } from './bench-app';
import { copyBaseline } from './copy-baseline';
import { generateUploadFile } from './generate-upload-file';
import { MemoryProbe } from './memory-probe';
import { formatReport } from './report';

const ROWS = 1_000_000;
const PERIOD = '2025';
/** The largest limit the configuration allows; the default 20 MB holds about 300,000 rows. */
const MAX_UPLOAD_MEGABYTES = 200;

const say = (message: string) => process.stdout.write(`${message}\n`);
const secondsSince = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vielfalt-bench-files-'));
  try {
    say(`Generating an upload of ≥ ${ROWS.toLocaleString('en-US')} rows (period ${PERIOD}) …`);
    const files = await generateUploadFile(dir, PERIOD, ROWS);
    const fileBytes = (await stat(files.uploadCsv)).size;

    say('Starting embedded PostgreSQL and the application, setting up the demo catalogue …');
    const bench = await startBenchApp(path.join(dir, 'uploads'), MAX_UPLOAD_MEGABYTES);
    try {
      await defineDemoCatalogue(bench.app, files.unitsCsv);
      const uploads = bench.app.get(UploadService);

      const loadBefore = os.loadavg()[0];
      say('Checking and committing …');
      const rssBeforeMb = process.memoryUsage.rss() / (1024 * 1024);
      const memory = new MemoryProbe();
      memory.start();
      let started = process.hrtime.bigint();
      const report = await uploads.check(
        { path: files.uploadCsv, originalName: path.basename(files.uploadCsv) },
        BENCH_ACTOR,
      );
      const checkSeconds = secondsSince(started);
      if (report.status !== 'checked' || report.errorCount > 0) {
        throw new Error(`The upload did not pass its check: ${JSON.stringify(report.problems.slice(0, 3))}`);
      }
      started = process.hrtime.bigint();
      await uploads.commit(report.id, BENCH_ACTOR);
      const commitSeconds = secondsSince(started);
      const { peakRssMb, peakHeapMb } = memory.stop();
      if (report.dataRows !== files.rows) throw new Error(`Checked ${report.dataRows} rows of ${files.rows}.`);

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
    } finally {
      await bench.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:ingest failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
