import type { INestApplication } from '@nestjs/common';
import type { UploadReport } from '@vielfalt/contracts';
import { DEMO_CATALOGUE } from '@vielfalt/demo-data';
import type { Actor } from '@vielfalt/server-api';
import { UploadService } from '@vielfalt/server-ingest';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { createApp } from '../../backend/src/app/create-app';
import { loadConfig } from '../../backend/src/config/app-config';
import { startEmbeddedPostgres } from '../../backend/src/database/embedded-postgres';
import { defineCatalogue } from '../../backend/src/demo/demo-data-loader';
import { freePort } from '../../backend/src/testing/free-port';
import { generateUploadFile } from './generate-upload-file';
import type { WrittenFiles } from './write-upload-file';

/** The largest upload the configuration allows; the default 20 MB holds about 300,000 rows. */
const MAX_UPLOAD_MEGABYTES = 200;

export const BENCH_ACTOR: Actor = { id: null, name: 'bench' };

export interface BenchApp {
  readonly app: INestApplication;
  readonly databaseUrl: string;
  /** Closes the app, stops PostgreSQL and deletes its cluster. */
  close(): Promise<void>;
}

/**
 * The real application (createApp, as main.ts and the API tests run it) on a throwaway embedded
 * PostgreSQL, with files of up to `maxUploadMegabytes` accepted.
 */
export async function startBenchApp(uploadDir: string, maxUploadMegabytes: number): Promise<BenchApp> {
  // Directly in the temp folder, as the tests do: run as root, PostgreSQL runs as `postgres` and must reach it.
  const dataDir = path.join(os.tmpdir(), `vielfalt-bench-${process.pid}-${randomBytes(4).toString('hex')}`);
  const removeCluster = () =>
    Promise.all([rm(dataDir, { recursive: true, force: true }), rm(`${dataDir}.password`, { force: true })]);
  const postgres = await startEmbeddedPostgres({
    port: await freePort(),
    dataDir,
    throwaway: true,
    log: () => undefined,
  });
  try {
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      DEMO_MODE: 'false',
      STATIC_DIR: 'no-frontend-in-the-benchmark',
      UPLOAD_DIR: uploadDir,
      UPLOAD_MAX_MEGABYTES: String(maxUploadMegabytes),
    });
    const app = await createApp(config, postgres.url);
    await app.init();
    return {
      app,
      databaseUrl: postgres.url,
      close: async () => {
        await app.close();
        await postgres.stop();
        await removeCluster();
      },
    };
  } catch (error) {
    await postgres.stop();
    await removeCluster();
    throw error;
  }
}

/** The demo catalogue and organisation, set up through CatalogueService as the demo loader does. */
export async function defineDemoCatalogue(app: INestApplication, unitsCsvPath: string): Promise<void> {
  await defineCatalogue(
    app,
    DEMO_CATALOGUE,
    { path: unitsCsvPath, originalName: 'organisationseinheiten.csv' },
    BENCH_ACTOR,
  );
}

/**
 * The scaffold of a benchmark on the real server path: a demo upload file of `periodKey` with at least
 * `minRows` rows generated into a temporary folder, a throwaway app with the demo catalogue (files of up to
 * 200 MB accepted), then `work`; the app, PostgreSQL and the folder are removed afterwards.
 */
export async function withScaledDemoUpload(
  periodKey: string,
  minRows: number,
  work: (bench: BenchApp, files: WrittenFiles) => Promise<void>,
): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vielfalt-bench-files-'));
  try {
    process.stdout.write(`Generating an upload of ≥ ${minRows.toLocaleString('en-US')} rows (period ${periodKey}) …\n`);
    const files = await generateUploadFile(dir, periodKey, minRows);
    process.stdout.write('Starting embedded PostgreSQL and the application, setting up the demo catalogue …\n');
    const bench = await startBenchApp(path.join(dir, 'uploads'), MAX_UPLOAD_MEGABYTES);
    try {
      await defineDemoCatalogue(bench.app, files.unitsCsv);
      await work(bench, files);
    } finally {
      await bench.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a benchmark's `main`; a failure is printed as `<name> failed: …` and ends the process with 1. */
export function runBenchmark(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}

/**
 * Checks and commits the generated upload through UploadService, each timed by wall clock; fails if the check
 * finds a problem or reads another number of rows than were written.
 */
export async function checkAndCommit(
  bench: BenchApp,
  files: WrittenFiles,
): Promise<{ report: UploadReport; checkSeconds: number; commitSeconds: number }> {
  const uploads = bench.app.get(UploadService);
  let started = performance.now();
  const report = await uploads.check(
    { path: files.uploadCsv, originalName: path.basename(files.uploadCsv) },
    BENCH_ACTOR,
  );
  const checkSeconds = (performance.now() - started) / 1000;
  if (report.status !== 'checked' || report.errorCount > 0) {
    throw new Error(`The upload did not pass its check: ${JSON.stringify(report.problems.slice(0, 3))}`);
  }
  if (report.dataRows !== files.rows) throw new Error(`Checked ${report.dataRows} rows of ${files.rows}.`);
  started = performance.now();
  await uploads.commit(report.id, BENCH_ACTOR);
  return { report, checkSeconds, commitSeconds: (performance.now() - started) / 1000 };
}
