/**
 * The one shape of every error the API returns. The frontend translates `code`;
 * it never parses `message`, which is English and meant for logs and API users.
 */
export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: readonly ApiErrorDetail[];
}

/** Where a problem is: a request field, or (for uploads) a sheet, row and column. */
export interface ApiErrorDetail {
  readonly field?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly message: string;
}

/**
 * Why a release preview or publication was refused, each with its status (see docs/releases.md):
 * - `release_data_changed` (409, field `dataVersion`): the period's data changed since the preview;
 * - `release_settings_changed` (409, field `settings`): the protection settings changed since the preview;
 * - `release_already_published` (409): the newest version has the same data and settings;
 * - `release_version_conflict` (409): another publication of the period was stored at the same time;
 * - `release_note_required` (400, field `note`): a correction (version 2 on) without a note;
 * - `release_audit_failed` (422): the protection audit did not pass, nothing was published;
 * - `release_no_data` (409, field `period`): HR has not committed any data of the period yet;
 * - `release_data_not_publishable` (409, field `period`): the data cannot form a release (units outside the
 *   organisation valid at the reference date, two trees, a category no longer in the catalogue);
 * - `release_data_not_protectable` (409, field `period`): the protection refuses the data as they are.
 */
export const RELEASE_ERROR_CODES = [
  'release_data_changed',
  'release_settings_changed',
  'release_already_published',
  'release_version_conflict',
  'release_note_required',
  'release_audit_failed',
  'release_no_data',
  'release_data_not_publishable',
  'release_data_not_protectable',
] as const;

export type ReleaseErrorCode = (typeof RELEASE_ERROR_CODES)[number];

export const ERROR_CODES = [
  'validation_failed',
  'invalid_credentials',
  'not_authenticated',
  'forbidden',
  'csrf_token_invalid',
  'not_found',
  'conflict',
  'too_many_requests',
  'payload_too_large',
  'internal_error',
  ...RELEASE_ERROR_CODES,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
