import type { Role } from './roles';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;
export const PASSWORD_MIN_LENGTH = 12;

/** Body of `POST /api/auth/login` (validated by `LoginRequest` in `@vielfalt/contracts/validation`). */
export interface LoginBody {
  readonly username: string;
  readonly password: string;
}

/** Body of `POST /api/users` (admin; validated by `CreateUserRequest`). */
export interface CreateUserBody {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly Role[];
}

/** The signed-in user as the API reports it (`GET /api/auth/session`, login response). */
export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
}

/** Answer of `GET /api/auth/session`: who is signed in, if anybody. */
export interface SessionResponse {
  readonly user: SessionUser | null;
}

/** A user as listed for `admin`. */
export interface UserSummary extends SessionUser {
  readonly active: boolean;
  readonly createdAt: string;
}
