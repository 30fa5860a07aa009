import { noDataRows } from './reading-problems';
import { valueWithoutColumnName } from './row-problems';
import { UploadFileError } from './upload-file-error';
import type { RowBatch, TableRow, UploadTable } from './upload-table';

/** A file format's way to read its rows: each call is a new pass over the file from the top. */
export interface RowSource {
  readonly sheet: string | null;
  /**
   * The rows in batches, each with its trimmed cell texts, as many as the file has; a problem is thrown
   * after the batch with the rows above it. `header` is `null` while the header is being looked for;
   * with it, problems name their column.
   */
  readRows(header: readonly string[] | null): AsyncIterable<RowBatch>;
}

interface TableLayout {
  readonly header: readonly string[];
  readonly headerRowNumber: number;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '');
}

/** The header ends with its last non-empty name; empty cells to its right are no columns. */
function headerOf(cells: readonly string[]): string[] {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width--;
  return cells.slice(0, width);
}

/** Finds the header (the first non-blank row) and makes sure at least one data row follows it. */
async function readLayout(source: RowSource): Promise<TableLayout> {
  let layout: TableLayout | null = null;
  for await (const { rowNumbers, cells } of source.readRows(null)) {
    for (let i = 0; i < cells.length; i++) {
      if (isBlank(cells[i])) continue;
      if (layout) return layout;
      layout = { header: headerOf(cells[i]), headerRowNumber: rowNumbers[i] };
    }
  }
  throw noDataRows(source.sheet, layout?.headerRowNumber ?? null);
}

/** A row's cells, one per column of the header. */
function cellsOfRow(rowNumber: number, cells: readonly string[], layout: TableLayout, sheet: string | null) {
  const width = layout.header.length;
  if (cells.length === width) return cells;
  const beyond = cells.findIndex((cell, index) => index >= width && cell !== '');
  if (beyond >= 0) {
    const cell = { sheet, row: rowNumber, columnIndex: beyond, header: layout.header };
    throw new UploadFileError([valueWithoutColumnName(cell, cells[beyond])]);
  }
  return Array.from({ length: width }, (_, index) => cells[index] ?? '');
}

async function* readDataRows(source: RowSource, layout: TableLayout): AsyncGenerator<RowBatch> {
  for await (const { rowNumbers, cells } of source.readRows(layout.header)) {
    const data = { rowNumbers: [] as number[], cells: [] as (readonly string[])[] };
    try {
      for (let i = 0; i < cells.length; i++) {
        if (rowNumbers[i] <= layout.headerRowNumber || isBlank(cells[i])) continue;
        data.cells.push(cellsOfRow(rowNumbers[i], cells[i], layout, source.sheet));
        data.rowNumbers.push(rowNumbers[i]);
      }
    } catch (error) {
      if (data.cells.length > 0) yield data;
      throw error;
    }
    if (data.cells.length > 0) yield data;
  }
}

async function* oneByOne(batches: AsyncIterable<RowBatch>): AsyncGenerator<TableRow> {
  for await (const { rowNumbers, cells } of batches) {
    for (let i = 0; i < cells.length; i++) yield { rowNumber: rowNumbers[i], cells: cells[i] };
  }
}

/**
 * Opens a table over a file format's rows: reads up to the first data row (to refuse a file without
 * any), then serves the data rows as a new stream on each `rows()` call.
 */
export async function openTable(
  source: RowSource,
  detected: Pick<UploadTable, 'format' | 'sheet' | 'encoding' | 'delimiter'>,
): Promise<UploadTable> {
  const layout = await readLayout(source);
  return {
    ...detected,
    header: layout.header,
    rows: () => oneByOne(readDataRows(source, layout)),
    rowBatches: () => readDataRows(source, layout),
  };
}
