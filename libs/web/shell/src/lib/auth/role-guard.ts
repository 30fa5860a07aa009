import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@vielfalt/contracts';
import { SessionStore } from '@vielfalt/web-data-access';

/**
 * Lets through users holding at least one of `roles`; sends the others to the start page, which says which
 * page they may not open (`?denied=/audit`). The server checks the roles again on every request: this guard
 * only spares a useless page.
 */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    await session.load().catch(() => null);
    if (session.hasRole(...roles)) return true;
    const denied = state.url.split(/[?#]/)[0];
    return router.createUrlTree(['/'], { queryParams: { denied } });
  };
}
