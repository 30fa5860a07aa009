import type { INestApplication } from '@nestjs/common';
import { DemoUsers } from '@vielfalt/server-identity';
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { createApp } from '../app/create-app';
import { loadConfig } from '../config/app-config';
import { ensureDatabase, type RunningPostgres, startEmbeddedPostgres } from '../database/embedded-postgres';
import { ApiClient } from './api-client';
import { freePort } from './free-port';

let postgres: Promise<RunningPostgres> | undefined;

/** One real PostgreSQL for the whole test run, started on first use; each app gets its own database. */
function sharedPostgres(): Promise<RunningPostgres> {
  postgres ??= freePort().then((port) =>
    startEmbeddedPostgres({
      port,
      dataDir: path.join(os.tmpdir(), `vielfalt-test-${process.pid}-${randomBytes(4).toString('hex')}`),
      throwaway: true,
      log: () => undefined,
    }),
  );
  return postgres;
}

export async function stopSharedPostgres(): Promise<void> {
  if (postgres) await (await postgres).stop();
  postgres = undefined;
}

/** A new database on the shared embedded PostgreSQL; its URL. */
async function freshDatabase(): Promise<string> {
  const server = await sharedPostgres();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(server.url.replace(/\/[^/]+$/, '/postgres'), name);
  return server.url.replace(/\/[^/]+$/, `/${name}`);
}

export interface TestApp {
  readonly app: INestApplication;
  readonly databaseUrl: string;
  /** A client with no session yet. */
  client(): ApiClient;
  /** A client signed in as one of the demo users (username = role). */
  signedIn(username: string, password?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/**
 * The real application on a fresh database of the shared embedded PostgreSQL, with the demo users; or, with
 * `databaseUrl`, a further instance on another app's database (as several backends share one PostgreSQL).
 */
export async function startTestApp(
  env: NodeJS.ProcessEnv = {},
  { databaseUrl: existing }: { readonly databaseUrl?: string } = {},
): Promise<TestApp> {
  const databaseUrl = existing ?? (await freshDatabase());
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    STATIC_DIR: 'no-frontend-in-api-tests',
    ...env,
  });
  const app = await createApp(config, databaseUrl);
  await app.init();
  await app.get(DemoUsers).ensure();
  const client = () => new ApiClient(app.getHttpServer());
  return {
    app,
    databaseUrl,
    client,
    signedIn: async (username, password = `demo-${username}-passwort`) => {
      const api = client();
      await api.login(username, password);
      return api;
    },
    close: () => app.close(),
  };
}
