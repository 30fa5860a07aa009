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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
