/** One data row of an upload table. */
export interface TableRow {
  /** 1-based row number as a spreadsheet program shows it. */
  readonly rowNumber: number;
  /** One trimmed text per header column, `''` for an empty cell. */
  readonly cells: readonly string[];
}

/**
 * Consecutive data rows of an upload table as two lists: row `i` is `cells[i]`, numbered `rowNumbers[i]`.
 * (Not a list of row objects: a thousand of them alive at once would teach V8 to allocate all later ones
 * in the old generation, where they are costly to collect.)
 */
export interface RowBatch {
  readonly rowNumbers: readonly number[];
  readonly cells: readonly (readonly string[])[];
}

/** An upload file opened as a table: what was detected, the header, and its data rows as a stream. */
export interface UploadTable {
  readonly format: 'csv' | 'xlsx';
  /** The XLSX sheet read; `null` for CSV. */
  readonly sheet: string | null;
  /** The CSV file's text encoding; `null` for XLSX. */
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | null;
  /** The CSV file's separator; `null` for XLSX. */
  readonly delimiter: ';' | ',' | null;
  /** The trimmed column names of the header row, up to the last non-empty one. */
  readonly header: readonly string[];
  /**
   * The data rows below the header, streamed from the file (never all in memory); blank rows are skipped.
   * Each call starts a new pass over the file, which must stay in place until the pass ends. Throws
   * `UploadFileError` for a problem found on the way.
   */
  rows(): AsyncIterable<TableRow>;
  /**
   * The same rows in batches of consecutive rows as the file is read (about a thousand at a time): one
   * `await` per batch rather than per row, for readers of large files. A problem found on the way is
   * thrown after the batch with the rows above it.
   */
  rowBatches(): AsyncIterable<RowBatch>;
}
