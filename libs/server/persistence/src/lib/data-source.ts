import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditEvent } from './entities/audit-event.entity';
import { Session } from './entities/session.entity';
import { User } from './entities/user.entity';
import { CreateIdentityAndAudit1764100000000 } from './migrations/1764100000000-create-identity-and-audit';
import { CreateCatalogue1764200000000 } from './migrations/1764200000000-create-catalogue';
import { CreateUploadsAndRawCells1764300000000 } from './migrations/1764300000000-create-uploads-and-raw-cells';
import { CreateReleases1764400000000 } from './migrations/1764400000000-create-releases';
import { CreateRequestThrottle1764500000000 } from './migrations/1764500000000-create-request-throttle';

export const ENTITIES = [User, Session, AuditEvent];

/** In the order they run. A landed migration is never edited; a change is a new one. */
export const MIGRATIONS = [
  CreateIdentityAndAudit1764100000000,
  CreateCatalogue1764200000000,
  CreateUploadsAndRawCells1764300000000,
  CreateReleases1764400000000,
  CreateRequestThrottle1764500000000,
];

/** The one set of connection options, used by the application, the CLI and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: 10, application_name: 'vielfaltsmonitor' },
  };
}

// An arbitrary constant shared by every instance of the product: serialises migrations
// when several backends start at once against one database.
const MIGRATION_LOCK_ID = 7_493_112_001;

/**
 * Brings the schema up to date. Several instances may start together on one
 * PostgreSQL; an advisory lock lets exactly one of them migrate while the others wait.
 */
export async function migrateDatabase(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    await runner.release();
  }
}

/** For the TypeORM CLI (`npx typeorm -d …/data-source.ts migration:show`). */
export default new DataSource(
  dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://localhost/vielfaltsmonitor'),
);
