import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '@vielfalt/web-data-access';

/** Lets signed-in users through; sends everyone else to the login page, remembering where they wanted to go. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const user = await session.load().catch(() => null);
  return user !== null ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};
