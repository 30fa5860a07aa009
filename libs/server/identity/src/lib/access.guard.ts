import { type CanActivate, type ExecutionContext, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@vielfalt/contracts';
import { ApiException, PUBLIC_KEY, type RequestWithUser, ROLES_KEY } from '@vielfalt/server-api';
import type { Request } from 'express';
import { cookieNames } from './cookies';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { SessionService } from './session.service';
import { toSessionUser } from './user.service';

/** Resolves the session and enforces `@Roles(...)`; a route that declares nothing is refused. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & RequestWithUser>();
    const token: unknown = request.cookies?.[cookieNames(this.options).session];
    const user = typeof token === 'string' ? await this.sessions.resolve(token) : null;
    if (user) request.user = toSessionUser(user);

    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.length) {
      this.logger.warn(`Refused ${request.method} ${request.path}: the route declares no roles`);
      throw new ApiException(HttpStatus.FORBIDDEN, 'forbidden', 'Access denied.');
    }
    if (!request.user) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'not_authenticated', 'Please sign in.');
    }
    const userRoles = request.user.roles;
    if (!roles.some((role) => userRoles.includes(role))) {
      throw new ApiException(HttpStatus.FORBIDDEN, 'forbidden', 'Your roles do not allow this.');
    }
    return true;
  }
}
