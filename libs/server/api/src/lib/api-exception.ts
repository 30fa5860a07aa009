import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiError, ApiErrorDetail, ErrorCode } from '@vielfalt/contracts';

/** An error in the API's one shape (`ApiError`): a stable code, a message, and where. */
export class ApiException extends HttpException {
  constructor(status: HttpStatus, code: ErrorCode, message: string, details?: readonly ApiErrorDetail[]) {
    const body: ApiError = details ? { code, message, details } : { code, message };
    super(body, status);
  }
}
