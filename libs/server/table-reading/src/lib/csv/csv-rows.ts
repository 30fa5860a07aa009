import type { UploadProblem } from '@vielfalt/contracts';
import { CsvError, parse, type Parser } from 'csv-parse';
import * as iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { BATCH_ROWS, inBatches } from '../batches';
import { invalidEncoding, invalidQuotes, wrongFieldCount } from '../row-problems';
import { UploadFileError } from '../upload-file-error';
import type { RowBatch } from '../upload-table';
import { ENCODING_NAMES, ICONV_NAMES, type TextEncoding } from './text-encoding';

/** How a CSV file is read: where it is, what was detected from its beginning, and whether it has quotes. */
export interface CsvFile {
  readonly path: string;
  readonly encoding: TextEncoding;
  readonly delimiter: ';' | ',';
  /** Without a single quote character, the file is split by line instead of parsed. */
  readonly quoted: boolean;
}

/** A CSV record longer than this is a quote that never closes, not a value. */
const MAX_RECORD_CHARACTERS = 1024 * 1024;

const LINE_BREAK = /\r\n|\n|\r/;

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

/** Streams the rows of a CSV file in batches (see `readCsvText`). */
export async function* readCsvRows(file: CsvFile, header: readonly string[] | null): AsyncGenerator<RowBatch> {
  yield* readCsvText(createReadStream(file.path), file, header);
}

/**
 * Streams the records of CSV bytes as rows of trimmed cells, decoding as it goes, in batches. Checks what
 * only the whole file shows: bytes invalid in the detected encoding, quotes, and that every row with a
 * value has as many fields as the first one (the header). We compare the field counts ourselves rather
 * than let csv-parse do it, so that rows of separators only (`;;;;`, which Excel writes for formatted
 * empty rows) count as blank rows instead of errors. An error reading `bytes` ends the rows with it.
 */
export async function* readCsvText(
  bytes: Readable,
  file: Omit<CsvFile, 'path'>,
  header: readonly string[] | null,
): AsyncGenerator<RowBatch> {
  // Checking every cell for unreadable characters is costly; the decoded text is checked chunk by
  // chunk instead, and cells only once a chunk has shown one (a parser may read ahead: checking
  // earlier rows too is merely slower, never wrong).
  let unreadableSeen = false;
  async function* text(): AsyncGenerator<string> {
    const decoder = iconv.getDecoder(ICONV_NAMES[file.encoding]);
    for await (const chunk of bytes) {
      const decoded = decoder.write(chunk as Buffer);
      unreadableSeen ||= isUnreadable(decoded);
      yield decoded;
    }
    const last = decoder.end() ?? '';
    unreadableSeen ||= isUnreadable(last);
    yield last;
  }
  const records = file.quoted ? parsedRecords(text(), file.delimiter) : splitLines(text(), file.delimiter);
  let headerFieldCount: number | null = null;
  let row = 0;
  try {
    for await (const batch of records) {
      const rows = { rowNumbers: [] as number[], cells: [] as string[][] };
      let problem: UploadProblem | null = null;
      for (const cells of batch) {
        row++;
        // Trimmed in place: every record is a fresh array, and a million rows should not mean a million more.
        // A line break within a quoted value becomes `\n`, as in an Excel cell.
        for (let i = 0; i < cells.length; i++) {
          const field = cells[i].trim();
          cells[i] = field.includes('\r') ? field.replace(/\r\n?/g, '\n') : field;
        }
        const unreadable = unreadableSeen ? cells.findIndex(isUnreadable) : -1;
        if (unreadable >= 0) {
          const cell = { sheet: null, row, columnIndex: unreadable, header };
          problem = invalidEncoding(cell, cells[unreadable], ENCODING_NAMES[file.encoding]);
          break;
        }
        if (cells.every((cell) => cell === '')) continue;
        headerFieldCount ??= cells.length;
        if (cells.length !== headerFieldCount) {
          problem = wrongFieldCount(row, cells.length, headerFieldCount, file.delimiter);
          break;
        }
        rows.rowNumbers.push(row);
        rows.cells.push(cells);
      }
      if (rows.cells.length > 0) yield rows;
      if (problem) throw new UploadFileError([problem]);
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

async function* parsedRecords(text: AsyncIterable<string>, delimiter: ';' | ','): AsyncGenerator<string[][]> {
  // An error reading the text reaches us through the parser, which pipeline destroys with it.
  const parser = pipeline(Readable.from(text), csvParser(delimiter), () => undefined);
  try {
    yield* inBatches(parser as AsyncIterable<string[]>, BATCH_ROWS);
  } finally {
    parser.destroy();
  }
}

/**
 * A file without a single quote character has no quoted fields: each line is a record and each
 * separator ends a field, so splitting is exact (and six times faster than a general parser). One
 * batch per chunk of text: its complete lines.
 */
async function* splitLines(text: AsyncIterable<string>, delimiter: ';' | ','): AsyncGenerator<string[][]> {
  let rest = '';
  for await (const chunk of text) {
    const piece = rest + chunk;
    const end = completeLinesEnd(piece);
    rest = piece.slice(end);
    if (end > 0) yield splitFields(piece.slice(0, end), delimiter);
  }
  if (rest !== '') yield splitFields(rest, delimiter);
}

/** Where the complete lines of `text` end: after its last line break. */
function completeLinesEnd(text: string): number {
  // A `\r` at the very end may be the first half of a `\r\n` whose `\n` comes with the next chunk.
  const last = text.endsWith('\r') ? text.length - 2 : text.length - 1;
  if (last < 0) return 0;
  return Math.max(text.lastIndexOf('\n', last), text.lastIndexOf('\r', last)) + 1;
}

/** The fields of each line of `text`; a line break at its end ends the last line, it starts none. */
function splitFields(text: string, delimiter: ';' | ','): string[][] {
  const lines = text.split(LINE_BREAK);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split(delimiter));
}

/** Whether a file has a quote character anywhere. */
export async function containsQuote(path: string): Promise<boolean> {
  // One buffer for the whole file. A stream allocates one per 64 KiB outside the heap, and when little
  // else is allocated meanwhile, V8 frees them with full collections of the heap: in the running
  // application two to four per pass over a 64 MB file, 100 ms and more each.
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return false;
      if (buffer.subarray(0, bytesRead).includes(0x22)) return true;
    }
  } finally {
    await file.close();
  }
}
