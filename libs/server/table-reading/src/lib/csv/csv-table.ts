import { noDataRows } from '../reading-problems';
import { unknownDelimiter } from '../row-problems';
import { openTable } from '../table-reading';
import { UploadFileError } from '../upload-file-error';
import type { UploadTable } from '../upload-table';
import { containsQuote, readCsvRows, type CsvFile } from './csv-rows';
import { detectDelimiter, findHeaderLine } from './delimiter';
import { decodeSample, detectTextEncoding } from './text-encoding';

/**
 * Opens a text file as a CSV table: detects the encoding and the separator from its beginning
 * (`sample`, the first bytes of the file; `sampleIsWholeFile` when the file is no longer).
 */
export async function openCsvTable(path: string, sample: Uint8Array, sampleIsWholeFile: boolean): Promise<UploadTable> {
  const encoding = detectTextEncoding(sample, sampleIsWholeFile);
  const headerLine = findHeaderLine(decodeSample(sample, encoding));
  if (!headerLine) throw noDataRows(null, null);
  const delimiter = detectDelimiter(headerLine.text);
  if (!delimiter) throw new UploadFileError([unknownDelimiter(headerLine.rowNumber, headerLine.text)]);
  const file: CsvFile = { path, encoding, delimiter, quoted: await containsQuote(path) };
  return openTable(
    { sheet: null, readRows: (header) => readCsvRows(file, header) },
    { format: 'csv', sheet: null, encoding, delimiter },
  );
}
