import type { HttpInterceptorFn } from '@angular/common/http';
import { catchError, throwError } from 'rxjs';
import { toApiFailure } from './api-failure';

/** Makes every failed API call fail with an `ApiFailure`, so callers handle one error shape. */
export const apiErrorInterceptor: HttpInterceptorFn = (request, next) =>
  next(request).pipe(catchError((error: unknown) => throwError(() => toApiFailure(error))));
