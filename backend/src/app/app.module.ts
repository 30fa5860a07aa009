import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ApiExceptionFilter } from '@vielfalt/server-api';
import { AuditModule } from '@vielfalt/server-audit';
import { CatalogueModule } from '@vielfalt/server-catalogue';
import { IdentityModule } from '@vielfalt/server-identity';
import { IngestModule } from '@vielfalt/server-ingest';
import { PersistenceModule } from '@vielfalt/server-persistence';
import { ReleasesModule } from '@vielfalt/server-releases';
import { existsSync } from 'node:fs';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { logDestination } from '../config/log-destination';
import { HealthController } from './health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const serveFrontend = existsSync(config.http.staticDir)
      ? [ServeStaticModule.forRoot({ rootPath: config.http.staticDir, exclude: ['/api/{*path}'] })]
      : [];
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              // Cookies carry the session; never write them to a log.
              redact: ['req.headers.cookie', 'req.headers["x-xsrf-token"]', 'res.headers["set-cookie"]'],
              autoLogging: { ignore: (request) => request.url === '/api/health' },
            },
            logDestination(),
          ],
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
        PersistenceModule.forRoot(databaseUrl),
        IdentityModule.forRoot(config.identity),
        AuditModule,
        CatalogueModule,
        IngestModule.forRoot(config.ingest),
        ReleasesModule,
        ...serveFrontend,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
