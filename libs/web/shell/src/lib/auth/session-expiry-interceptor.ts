import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { SessionStore, toApiFailure } from '@vielfalt/web-data-access';
import { catchError, throwError } from 'rxjs';

/**
 * When the server answers 401 to a signed-in user (the session expired), forgets the user and
 * opens the login page with a way back. Sign-in and session calls are left to their callers.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      const failure = toApiFailure(error);
      if (failure.status === 401 && !request.url.startsWith('/api/auth/') && session.signedIn()) {
        const returnUrl = router.url;
        session.forget();
        void router.navigate(['/login'], { queryParams: { returnUrl } });
      }
      return throwError(() => failure);
    }),
  );
};
