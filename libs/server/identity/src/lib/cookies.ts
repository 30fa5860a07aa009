import type { CookieOptions, Response } from 'express';
import type { IdentityOptions } from './identity-options';

/** Cookie names; `__Host-` binds a secure cookie to this exact origin. */
export function cookieNames(options: Pick<IdentityOptions, 'secureCookies'>) {
  const prefix = options.secureCookies ? '__Host-' : '';
  // XSRF-TOKEN keeps the name Angular's HttpClient reads by default.
  return { session: `${prefix}vm_session`, csrf: 'XSRF-TOKEN' } as const;
}

export function sessionCookieOptions(options: IdentityOptions): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secureCookies,
    path: '/',
    maxAge: options.sessionMaxHours * 3_600_000,
  };
}

/** Readable by the page's script (that is the point of a double-submit token), strict to this site. */
export function setCsrfCookie(response: Response, token: string, options: IdentityOptions): void {
  response.cookie(cookieNames(options).csrf, token, {
    httpOnly: false,
    sameSite: 'strict',
    secure: options.secureCookies,
    path: '/',
  });
}
