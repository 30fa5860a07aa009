import { type CanActivate, type ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ApiException } from '@vielfalt/server-api';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { cookieNames } from './cookies';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-xsrf-token';

/**
 * Double-submit check for every state-changing request: the header must repeat the
 * XSRF-TOKEN cookie, which only scripts of our own origin can read (docs/decisions/0003-sessions-cookies-and-csrf.md).
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(@Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method)) return true;
    const cookie: unknown = request.cookies?.[cookieNames(this.options).csrf];
    const header = request.header(CSRF_HEADER);
    if (typeof cookie === 'string' && cookie.length > 0 && header && sameString(cookie, header)) return true;
    throw new ApiException(
      HttpStatus.FORBIDDEN,
      'csrf_token_invalid',
      `State-changing requests must send the XSRF-TOKEN cookie's value in the ${CSRF_HEADER} header.`,
    );
  }
}

function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
