import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseConnection {
  readonly url: string;
  readonly description: string;
  /** Stops the embedded server; nothing to do for an external one. */
  stop(): Promise<void>;
}

/** The external PostgreSQL of DATABASE_URL, or else a real one started from npm. */
export async function connectDatabase(config: AppConfig, log: Logger): Promise<DatabaseConnection> {
  if (config.database.kind === 'external') {
    return { url: config.database.url, description: 'PostgreSQL from DATABASE_URL', stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    port: config.database.port,
    dataDir: config.database.dataDir,
    log: (message) => log.debug({ source: 'embedded-postgres' }, message),
  });
  return {
    url: server.url,
    description: `embedded PostgreSQL on 127.0.0.1:${config.database.port}, data in ${server.dataDir}`,
    stop: () => server.stop(),
  };
}
