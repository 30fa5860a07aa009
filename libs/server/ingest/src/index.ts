export { IngestModule } from './lib/uploads/ingest.module';
export { UploadService } from './lib/uploads/upload.service';
