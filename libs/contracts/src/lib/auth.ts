import { ArrayNotEmpty, ArrayUnique, IsIn, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Role } from './roles';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;
export const PASSWORD_MIN_LENGTH = 12;

/** Body of `POST /api/auth/login`. */
export class LoginRequest {
  @IsString()
  @Length(1, 64)
  username!: string;

  @IsString()
  @Length(1, 256)
  password!: string;
}

/** Body of `POST /api/users` (admin). */
export class CreateUserRequest {
  @Matches(USERNAME_PATTERN, { message: 'username must be 2–63 lower-case letters, digits, ".", "_" or "-"' })
  username!: string;

  @IsString()
  @Length(1, 128)
  displayName!: string;

  @IsString()
  @Length(PASSWORD_MIN_LENGTH, 256)
  password!: string;

  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];
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
