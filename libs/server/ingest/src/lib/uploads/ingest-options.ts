export interface IngestOptions {
  /** Largest upload file accepted, in bytes. */
  readonly maxUploadBytes: number;
  /** Folder for files while they are being checked (deleted afterwards). */
  readonly uploadDir: string;
}

export const INGEST_OPTIONS = Symbol('INGEST_OPTIONS');
