import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, ApiErrorDetail } from '@vielfalt/contracts';
import type { ClientErrorCode } from '@vielfalt/web-i18n';

/**
 * A failed API call, reduced to what the UI needs: status, a code the dictionaries translate
 * (`errors.<code>`; `network_error` when no answer came) and field details.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    readonly details: readonly ApiErrorDetail[] = [],
  ) {
    super(`API call failed with ${status} ${code}`);
    this.name = 'ApiFailure';
  }
}

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string';
}

/** Turns whatever an HTTP call threw into an `ApiFailure`; reads `code`, never `message`. */
export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return new ApiFailure(0, 'network_error');
    if (isApiError(error.error)) return new ApiFailure(error.status, error.error.code, error.error.details ?? []);
    return new ApiFailure(error.status, error.status === 404 ? 'not_found' : 'internal_error');
  }
  return new ApiFailure(0, 'internal_error');
}
