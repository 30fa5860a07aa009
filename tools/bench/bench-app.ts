import type { INestApplication } from '@nestjs/common';
import { DEMO_CATALOGUE } from '@vielfalt/demo-data';
import type { Actor } from '@vielfalt/server-api';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { createApp } from '../../backend/src/app/create-app';
import { loadConfig } from '../../backend/src/config/app-config';
import { startEmbeddedPostgres } from '../../backend/src/database/embedded-postgres';
import { defineCatalogue } from '../../backend/src/demo/demo-data-loader';
import { freePort } from '../../backend/src/testing/free-port';

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
