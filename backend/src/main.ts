import 'reflect-metadata';
import { DEMO_LOGINS, DemoUsers } from '@vielfalt/server-identity';
import pino from 'pino';
import { createApp } from './app/create-app';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { logDestination } from './config/log-destination';
import { connectDatabase } from './database/database-connection';
import { loadDemoData, publishDemoPeriods } from './demo/demo-data-loader';

async function main(config: AppConfig): Promise<void> {
  const log = pino({ level: config.logLevel }, logDestination());
  const database = await connectDatabase(config, log);
  const app = await createApp(config, database.url);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  if (config.demoMode) {
    await app.get(DemoUsers).ensure();
    await loadDemoData(app, config.ingest.uploadDir, (message) => log.info(message));
  }
  await app.listen(config.http.port, config.http.host);
  const url = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${config.http.port}/`;
  log.info({ url, database: database.description, demoMode: config.demoMode }, 'Vielfaltsmonitor is running');
  process.stdout.write(banner(url, database.description, config.demoMode));
  // Protecting the eight demo waves (a preview and a publication each) takes 15-25 s on a 2-core machine, too
  // long to keep the server from answering; protection runs in a worker thread, so it goes on meanwhile.
  if (config.demoMode) void publishDemoPeriods(app, (message) => log.info(message));
}

function banner(url: string, database: string, demoMode: boolean): string {
  const lines = ['', `  Vielfaltsmonitor läuft auf / is running at: ${url}`, `  Datenbank / database: ${database}`];
  if (demoMode) {
    lines.push('', '  Demo-Zugänge / demo logins (demo mode only):');
    for (const login of DEMO_LOGINS)
      lines.push(`    ${login.role.padEnd(12)} ${login.username.padEnd(12)} ${login.password}`);
  }
  return `${lines.join('\n')}\n\n`;
}

let config: AppConfig;
try {
  config = loadConfig(process.env);
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
main(config).catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
