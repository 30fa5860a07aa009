import { CsvError, parse, type Parser } from 'csv-parse';
import { createInterface } from 'node:readline';
import * as iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { pipeline, Transform } from 'node:stream';
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

function toUploadFileError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  // A parse error belongs to the record after the last complete one (blank lines are records too).
  const records = typeof error['records'] === 'number' ? error['records'] : 0;
  return new UploadFileError([invalidQuotes(records + 1)], { cause: error });
}

/**
 * Streams the records of a CSV file as rows of trimmed cells, decoding as it goes. Checks what only
 * the whole file shows: bytes invalid in the detected encoding, quotes, and that every row with a value
 * has as many fields as the first one (the header). We compare the field counts ourselves rather than
 * let csv-parse do it, so that rows of separators only (`;;;;`, which Excel writes for formatted empty
 * rows) count as blank rows instead of errors.
 */
export async function* readCsvRows(file: CsvFile, header: readonly string[] | null): AsyncGenerator<SourceRow> {
  const bytes = createReadStream(file.path);
  // Checking every cell for unreadable characters is costly; the decoded text is checked chunk by
  // chunk instead, and cells only once a chunk has shown one (a parser may read ahead: checking
  // earlier rows too is merely slower, never wrong).
  let unreadableSeen = false;
  const watch = new Transform({
    decodeStrings: false,
    transform(chunk: string, _encoding, done) {
      unreadableSeen ||= isUnreadable(chunk);
      done(null, chunk);
    },
  });
  const decode = iconv.decodeStream(ICONV_NAMES[file.encoding]);
  // Errors reach us through the last stage, which pipeline destroys with the first error of any stage.
  const records = (await containsQuote(file.path))
    ? parsedRecords(pipeline(bytes, decode, watch, csvParser(file.delimiter), () => undefined))
    : splitLines(
        pipeline(bytes, decode, watch, () => undefined),
        file.delimiter,
      );
  let headerFieldCount: number | null = null;
  try {
    let row = 0;
    for await (const record of records) {
      row++;
      // Trimmed in place: every record is a fresh array, and a million rows should not mean a million more.
      // A line break within a quoted value becomes `\n`, as in an Excel cell.
      const cells = record;
      for (let i = 0; i < cells.length; i++) {
        const field = cells[i].trim();
        cells[i] = field.includes('\r') ? field.replace(/\r\n?/g, '\n') : field;
      }
      const unreadable = unreadableSeen ? cells.findIndex(isUnreadable) : -1;
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
    bytes.destroy();
  }
}

/** csv-parse for files with quotes. Row numbers are counted by the caller, not with csv-parse's
 * `info` (which doubles its time): with blank lines kept as records, the n-th record is the n-th row. */
function csvParser(delimiter: ';' | ','): Parser {
  return parse({
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARACTERS,
  });
}

async function* parsedRecords(parser: Parser): AsyncGenerator<string[]> {
  try {
    yield* parser as AsyncIterable<string[]>;
  } finally {
    parser.destroy();
  }
}

/**
 * A file without a single quote character has no quoted fields: each line is a record and each
 * separator ends a field, so splitting is exact (and six times faster than a general parser).
 */
async function* splitLines(text: NodeJS.ReadableStream, delimiter: ';' | ','): AsyncGenerator<string[]> {
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line.split(delimiter);
  } finally {
    lines.close();
  }
}

async function containsQuote(path: string): Promise<boolean> {
  for await (const chunk of createReadStream(path)) if ((chunk as Buffer).includes(0x22)) return true;
  return false;
}
