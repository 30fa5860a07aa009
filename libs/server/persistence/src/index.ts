export * from './lib/audit-log';
export { dataSourceOptions, migrateDatabase, ENTITIES, MIGRATIONS } from './lib/data-source';
export * from './lib/entities/audit-event.entity';
export * from './lib/entities/session.entity';
export * from './lib/entities/user.entity';
export * from './lib/persistence.module';
export * from './lib/catalogue/catalogue-rows';
export * from './lib/catalogue/catalogue-store';
export * from './lib/catalogue/period-catalogue';
