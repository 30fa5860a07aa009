import { open, stat } from 'node:fs/promises';
import { detectContentKind } from './content-kind';
import { openCsvTable } from './csv/csv-table';
import { emptyFile, fileTooLarge, notCsvOrXlsx, oldXlsFormat, unsupportedEncoding } from './reading-problems';
import type { UploadTable } from './upload-table';
import { openXlsxTable } from './xlsx/xlsx-table';

/** Encoding and binary content are detected from this many bytes at the start of the file. */
const SAMPLE_BYTES = 64 * 1024;

/** An uploaded file on disk, and the name the user's computer gave it. */
export interface UploadedFile {
  readonly path: string;
  readonly originalName: string;
}

async function readStart(path: string, length: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * Opens an uploaded CSV or XLSX file as a table: header now, data rows as a stream (`rows()`).
 *
 * What the file is, is decided by its content, never by its name: a ZIP archive is read as XLSX, text as
 * CSV. So a CSV file named `.xlsx` (a common result of renaming) is read as CSV, without a problem: its
 * content is what HR meant to upload, and every value in it is checked all the same. An old `.xls` (or
 * password-protected) workbook, UTF-16 text and other binary content are refused.
 *
 * Throws `UploadFileError` for a file that cannot be read: larger than `maxBytes` (checked before
 * reading), empty, of another kind, not a valid XLSX, without recognisable separator, without data rows.
 */
export async function openUploadTable(file: UploadedFile, options: { maxBytes: number }): Promise<UploadTable> {
  const { size } = await stat(file.path);
  if (size > options.maxBytes) throw fileTooLarge(file.originalName, size, options.maxBytes);
  if (size === 0) throw emptyFile(file.originalName);
  const sample = await readStart(file.path, Math.min(size, SAMPLE_BYTES));
  switch (detectContentKind(sample)) {
    case 'zip':
      return openXlsxTable(file.path, file.originalName);
    case 'ole':
      throw oldXlsFormat(file.originalName);
    case 'utf-16':
      throw unsupportedEncoding(file.originalName);
    case 'binary':
      throw notCsvOrXlsx(file.originalName);
    case 'text':
      return openCsvTable(file.path, sample, sample.length === size);
  }
}
