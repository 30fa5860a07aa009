import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@vielfalt/contracts';
import { SessionStore } from '@vielfalt/web-data-access';

/**
 * Lets through users holding at least one of `roles`; sends the others to the start page.
 * The server checks the roles again on every request: this guard only spares a useless page.
 */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return async () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    await session.load().catch(() => null);
    return session.hasRole(...roles) ? true : router.createUrlTree(['/']);
  };
}
