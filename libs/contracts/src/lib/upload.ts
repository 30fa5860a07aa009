/** One problem found in an upload file: where it is, and what is wrong, in both languages. */
export interface UploadProblem {
  readonly severity: 'error' | 'warning';
  /** Stable, machine-readable (e.g. `unknown_unit`); see docs/upload-format.md. */
  readonly code: string;
  readonly sheet: string | null;
  /** 1-based row number as a spreadsheet program shows it. */
  readonly row: number | null;
  /** Column as a spreadsheet program shows it (`A`, `B`, …), with the header name where known. */
  readonly column: string | null;
  readonly value: string | null;
  readonly message: { readonly de: string; readonly en: string };
}
