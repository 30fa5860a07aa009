import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role, SessionUser } from '@vielfalt/contracts';

export const ROLES_KEY = 'vielfalt:roles';
export const PUBLIC_KEY = 'vielfalt:public';

/**
 * The roles that may call a route (any one of them suffices). Access is denied by
 * default: a route with neither `@Roles(...)` nor `@Public()` is refused for everybody.
 */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ROLES_KEY, roles);

/** A route anybody may call, signed in or not (login, health). Use sparingly. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The signed-in user, as the session guard put it on the request. */
export type AuthenticatedUser = SessionUser;

export interface RequestWithUser {
  user?: AuthenticatedUser;
}

/** Injects the signed-in user into a controller method of a `@Roles(...)` route. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new Error('CurrentUser used on a route without an authenticated user');
  return user;
});

/** Who performs a change, for the audit log: a signed-in user, or a command line or start-up task. */
export interface Actor {
  readonly id: string | null;
  readonly name: string;
}

export function actorOf(user: AuthenticatedUser): Actor {
  return { id: user.id, name: user.username };
}
