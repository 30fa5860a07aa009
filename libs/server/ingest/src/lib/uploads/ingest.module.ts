import { type DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { RawCellsModule } from '@vielfalt/server-raw-cells';
import { INGEST_OPTIONS, type IngestOptions } from './ingest-options';
import { UploadController } from './upload.controller';
import { UploadService } from './upload.service';

/** The only way data enter the product: HR's checked and committed uploads. */
@Module({})
export class IngestModule {
  static forRoot(options: IngestOptions): DynamicModule {
    return {
      module: IngestModule,
      imports: [
        RawCellsModule,
        MulterModule.register({ dest: options.uploadDir, limits: { fileSize: options.maxUploadBytes, files: 1 } }),
      ],
      controllers: [UploadController],
      providers: [{ provide: INGEST_OPTIONS, useValue: options }, UploadService],
      exports: [UploadService],
    };
  }
}
