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

export type UploadStatus = 'rejected' | 'checked' | 'committed';

/** One upload in the history: the file, who brought it, what the check found, whether it is in use. */
export interface UploadView {
  readonly id: string;
  readonly periodKey: string | null;
  readonly fileName: string;
  readonly fileFormat: 'csv' | 'xlsx' | null;
  readonly sha256: string;
  readonly bytes: number;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
  /** rejected: has errors; checked: may be committed; committed: its data were made current. */
  readonly status: UploadStatus;
  readonly dataRows: number;
  readonly unitCount: number;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly committedAt: string | null;
  readonly committedBy: string | null;
  /** Some unit's current data in the period come from this upload. */
  readonly current: boolean;
}

/** The check of one upload: the summary and its problems (the first 1,000; the counts are complete). */
export interface UploadReport extends UploadView {
  readonly problems: readonly UploadProblem[];
}

/** One count that differs between two uploads (null: absent in that upload). */
export interface UploadDifference {
  readonly unit: string;
  readonly measure: 'headcount' | 'respondents' | 'answers';
  /** e.g. `career_group=gehobener_dienst`, empty for the unit total. */
  readonly attributes: string;
  /** `dimension:category`, or null for headcount and respondents. */
  readonly category: string | null;
  readonly category2: string | null;
  readonly before: number | null;
  readonly after: number | null;
}

/** Answer of `GET /api/uploads/:id/diff/:otherId`: what changes from `from` to `to`. */
export interface UploadDiff {
  readonly from: string;
  readonly to: string;
  readonly unchanged: number;
  readonly differenceCount: number;
  /** The first 1,000 differences, ordered by unit. */
  readonly differences: readonly UploadDifference[];
}
