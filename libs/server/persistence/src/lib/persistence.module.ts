import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from './audit-log';
import { CatalogueStore } from './catalogue/catalogue-store';
import { dataSourceOptions, migrateDatabase } from './data-source';
import { ProtectionSettingsStore } from './releases/protection-settings-store';
import { ReleaseStore } from './releases/release-store';

/** The database connection, migrated before anything else uses it. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          // TypeORM's module asks for options first; the factory below builds the same ones.
          useFactory: () => dataSourceOptions(databaseUrl),
          dataSourceFactory: async () => {
            const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
            await migrateDatabase(dataSource);
            return dataSource;
          },
        }),
      ],
      providers: [AuditLog, CatalogueStore, ProtectionSettingsStore, ReleaseStore],
      exports: [AuditLog, CatalogueStore, ProtectionSettingsStore, ReleaseStore],
    };
  }
}
