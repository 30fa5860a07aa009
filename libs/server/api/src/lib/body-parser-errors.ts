import type { ApiError } from '@vielfalt/contracts';
import type { NextFunction, Request, Response } from 'express';

/** What body-parser attaches to the errors it raises. */
interface BodyParserError {
  readonly type: string;
  readonly status: number;
  readonly message: string;
  readonly limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return typeof candidate?.type === 'string' && typeof candidate.status === 'number' && candidate.status < 500;
}

/**
 * Express error middleware, registered right after the body parser: answers a body it refused (not JSON, too
 * large, an unknown charset) in the `ApiError` shape. It must answer itself: passed on, the error would reach the
 * front end's static-file handler, which turns every error on /api into "404 Cannot POST …".
 */
export function answerBodyParserErrors(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (!isBodyParserError(error)) {
    next(error);
    return;
  }
  const body: ApiError =
    error.type === 'entity.too.large'
      ? { code: 'payload_too_large', message: `The request body is larger than ${error.limit ?? 'allowed'} bytes.` }
      : error.type === 'entity.parse.failed'
        ? { code: 'validation_failed', message: `The request body is not valid JSON: ${error.message}` }
        : { code: 'validation_failed', message: `The request body cannot be read: ${error.message}` };
  response.status(error.type === 'entity.too.large' ? 413 : 400).json(body);
}
