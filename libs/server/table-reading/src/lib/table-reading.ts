import { noDataRows } from './reading-problems';
import { valueWithoutColumnName } from './row-problems';
import { UploadFileError } from './upload-file-error';
import type { TableRow, UploadTable } from './upload-table';

/** A row as a file format reads it: its number and its trimmed cell texts, as many as the file has. */
export interface SourceRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/** A file format's way to read its rows: each call is a new pass over the file from the top. */
export interface RowSource {
  readonly sheet: string | null;
  /**
   * The rows in batches of consecutive rows; a problem is thrown after the batch with the rows above it.
   * `header` is `null` while the header is being looked for; with it, problems name their column.
   */
  readRows(header: readonly string[] | null): AsyncIterable<readonly SourceRow[]>;
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
  for await (const rows of source.readRows(null)) {
    for (const row of rows) {
      if (isBlank(row.cells)) continue;
      if (layout) return layout;
      layout = { header: headerOf(row.cells), headerRowNumber: row.rowNumber };
    }
  }
  throw noDataRows(source.sheet, layout?.headerRowNumber ?? null);
}

function toTableRow(row: SourceRow, layout: TableLayout, sheet: string | null): TableRow {
  const width = layout.header.length;
  if (row.cells.length === width) return row;
  const beyond = row.cells.findIndex((cell, index) => index >= width && cell !== '');
  if (beyond >= 0) {
    const cell = { sheet, row: row.rowNumber, columnIndex: beyond, header: layout.header };
    throw new UploadFileError([valueWithoutColumnName(cell, row.cells[beyond])]);
  }
  return { rowNumber: row.rowNumber, cells: Array.from({ length: width }, (_, index) => row.cells[index] ?? '') };
}

async function* readDataRows(source: RowSource, layout: TableLayout): AsyncGenerator<TableRow[]> {
  for await (const rows of source.readRows(layout.header)) {
    const dataRows: TableRow[] = [];
    try {
      for (const row of rows) {
        if (row.rowNumber <= layout.headerRowNumber || isBlank(row.cells)) continue;
        dataRows.push(toTableRow(row, layout, source.sheet));
      }
    } catch (error) {
      if (dataRows.length > 0) yield dataRows;
      throw error;
    }
    if (dataRows.length > 0) yield dataRows;
  }
}

async function* oneByOne(batches: AsyncIterable<readonly TableRow[]>): AsyncGenerator<TableRow> {
  for await (const batch of batches) yield* batch;
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
