import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { answerBodyParserErrors, createValidationPipe } from '@vielfalt/server-api';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { withRequestSchemas } from './request-schemas';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { AppModule } from './app.module';

/** The application as `main.ts` runs it and the API tests exercise it: one wiring, used by both. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular sets inline styles on elements; scripts stay restricted to our own origin (so the
          // frontend build must not inline critical CSS, which loads the stylesheet by an inline handler).
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': config.identity.secureCookies ? [] : null,
        },
      },
    }),
  );
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useBodyParser('json', { limit: '1mb' });
  app.use(answerBodyParserErrors);

  const openApi = new DocumentBuilder()
    .setTitle('Vielfaltsmonitor API')
    .setDescription('Every route but login and health needs a session cookie and one of the roles it names.')
    .setVersion('1')
    .addCookieAuth('vm_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => withRequestSchemas(SwaggerModule.createDocument(app, openApi)));
  return app;
}
