import type { UploadProblem } from '@vielfalt/contracts';
import { ValueType, type Cell, type CellValue, type Row } from 'exceljs';
import { BATCH_ROWS, inBatches } from '../batches';
import { invalidXlsx, XLSX_DEFECTS } from '../reading-problems';
import { cellError, formulaWithoutValue } from '../row-problems';
import { openTable } from '../table-reading';
import { UploadFileError } from '../upload-file-error';
import type { RowBatch, TableRow, UploadTable } from '../upload-table';
import { readCellText } from './cell-text';
import { TextRunTooLongError } from './text-run-limit';
import { openUploadWorkbook, type UploadWorkbook } from './workbook-parts';
import { ZipDirectory, ZipFormatError } from './zip-directory';

/**
 * What went wrong while reading a workbook, as the user's problem: a damaged archive or XML is an
 * invalid XLSX file. Errors of the file system (the upload vanished) are ours and stay as they are.
 */
function asUploadFileError(fileName: string, error: unknown): unknown {
  if (error instanceof UploadFileError) return error;
  if (error instanceof Error && 'syscall' in error) return error;
  const defect =
    error instanceof ZipFormatError
      ? XLSX_DEFECTS[error.defect]
      : error instanceof TextRunTooLongError
        ? XLSX_DEFECTS.textTooLong
        : XLSX_DEFECTS.damaged;
  return invalidXlsx(fileName, defect, error);
}

/**
 * The value of a cell with a formula's saved result as it is in the file: exceljs's `cell.value` drops
 * a result that is falsy, so a formula whose saved result is `0` would look as if it had none.
 */
function valueOf(cell: Cell): CellValue {
  return cell.type === ValueType.Formula ? { formula: cell.formula, result: cell.result } : cell.value;
}

function toTableRow(row: Row, workbook: UploadWorkbook, header: readonly string[] | null): TableRow {
  if (!Number.isInteger(row.number) || row.number < 1) throw new Error(`A row numbered ${row.number}`);
  const cells: string[] = [];
  const problems: UploadProblem[] = [];
  row.eachCell((cell, columnNumber) => {
    const reading = readCellText(valueOf(cell), { numberFormat: cell.numFmt, date1904: workbook.date1904 });
    if ('text' in reading) {
      cells[columnNumber - 1] = reading.text;
      return;
    }
    const position = { sheet: workbook.sheet, row: row.number, columnIndex: columnNumber - 1, header };
    const problem = reading.problem === 'cell_error' ? cellError : formulaWithoutValue;
    problems.push(problem(position, reading.value));
  });
  if (problems.length > 0) throw new UploadFileError(problems);
  return { rowNumber: row.number, cells: Array.from(cells, (cell) => cell ?? '') };
}

async function* tableRows(workbook: UploadWorkbook, header: readonly string[] | null): AsyncGenerator<TableRow> {
  for await (const row of workbook.readSheetRows()) yield toTableRow(row, workbook, header);
}

async function* readXlsxRows(
  workbook: UploadWorkbook,
  fileName: string,
  header: readonly string[] | null,
): AsyncGenerator<RowBatch> {
  try {
    for await (const rows of inBatches(tableRows(workbook, header), BATCH_ROWS)) {
      yield { rowNumbers: rows.map((row) => row.rowNumber), cells: rows.map((row) => row.cells) };
    }
  } catch (error) {
    throw asUploadFileError(fileName, error);
  }
}

/** Opens a ZIP archive as an XLSX table: the sheet `Daten`, or else the first sheet. */
export async function openXlsxTable(path: string, fileName: string): Promise<UploadTable> {
  let workbook: UploadWorkbook;
  try {
    workbook = await openUploadWorkbook(await ZipDirectory.read(path), fileName);
  } catch (error) {
    throw asUploadFileError(fileName, error);
  }
  return openTable(
    { sheet: workbook.sheet, readRows: (header) => readXlsxRows(workbook, fileName, header) },
    { format: 'xlsx', sheet: workbook.sheet, encoding: null, delimiter: null },
  );
}
