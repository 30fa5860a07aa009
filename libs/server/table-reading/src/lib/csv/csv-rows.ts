import { CsvError, parse, type InfoRecord } from 'csv-parse';
import * as iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { invalidEncoding, invalidQuotes, wrongFieldCount } from '../row-problems';
import type { SourceRow } from '../table-reading';
import { UploadFileError } from '../upload-file-error';
import { ENCODING_NAMES, ICONV_NAMES, type TextEncoding } from './text-encoding';

/** How a CSV file is read: where it is, and what was detected from its beginning. */
export interface CsvFile {
  readonly path: string;
  readonly encoding: TextEncoding;
  readonly delimiter: ';' | ',';
}

/** A CSV record longer than this is a quote that never closes, not a value. */
const MAX_RECORD_CHARACTERS = 1024 * 1024;

/** U+FFFD is what the decoder makes of bytes that are invalid in the encoding; NUL is never text. */
function isUnreadable(cell: string): boolean {
  return cell.includes('\uFFFD') || cell.includes('\u0000');
}

/**
 * The row number a spreadsheet program shows for a record: it counts records (a quoted value with a
 * line break stays in its row) and blank lines (each one an empty row), not lines of text.
 */
function spreadsheetRow(info: Pick<InfoRecord, 'records' | 'empty_lines'>): number {
  return info.records + info.empty_lines;
}

function toUploadFileError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  const records = typeof error['records'] === 'number' ? error['records'] : 0;
  const emptyLines = typeof error['empty_lines'] === 'number' ? error['empty_lines'] : 0;
  // A parse error belongs to the record after the last complete one.
  return new UploadFileError([invalidQuotes(records + emptyLines + 1)], { cause: error });
}

/**
 * Streams the records of a CSV file as rows of trimmed cells, decoding as it goes. Checks what only
 * the whole file shows: bytes invalid in the detected encoding, quotes, and that every row with a value
 * has as many fields as the first one (the header). We compare the field counts ourselves rather than
 * let csv-parse do it, so that rows of separators only (`;;;;`, which Excel writes for formatted empty
 * rows) count as blank rows instead of errors.
 */
export async function* readCsvRows(file: CsvFile, header: readonly string[] | null): AsyncGenerator<SourceRow> {
  const parser = parse({
    delimiter: file.delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    max_record_size: MAX_RECORD_CHARACTERS,
  });
  const bytes = createReadStream(file.path);
  // Errors reach us through the parser, which pipeline destroys with the first error of any stage.
  pipeline(bytes, iconv.decodeStream(ICONV_NAMES[file.encoding]), parser, () => undefined);
  let headerFieldCount: number | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: InfoRecord }>) {
      const row = spreadsheetRow(info);
      // A line break within a quoted value becomes `\n`, as in an Excel cell.
      const cells = record.map((field) => field.trim().replace(/\r\n?/g, '\n'));
      const unreadable = cells.findIndex(isUnreadable);
      if (unreadable >= 0) {
        const cell = { sheet: null, row, columnIndex: unreadable, header };
        throw new UploadFileError([invalidEncoding(cell, cells[unreadable], ENCODING_NAMES[file.encoding])]);
      }
      if (cells.every((cell) => cell === '')) continue;
      headerFieldCount ??= cells.length;
      if (cells.length !== headerFieldCount) {
        throw new UploadFileError([wrongFieldCount(row, cells.length, headerFieldCount, file.delimiter)]);
      }
      yield { rowNumber: row, cells };
    }
  } catch (error) {
    throw toUploadFileError(error);
  } finally {
    parser.destroy();
    bytes.destroy();
  }
}
