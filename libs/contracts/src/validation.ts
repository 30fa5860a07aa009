// The request classes the server validates with (class-validator, class-transformer). Kept apart
// from the plain types and constants in `index.ts`: their decorators need reflect-metadata, which
// the browser does not load. The frontend imports the interfaces (`LoginBody`, ...) instead.
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { AUDIT_ACTIONS, type AuditAction, type AuditEventFilter } from './lib/audit';
import { type CreateUserBody, type LoginBody, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from './lib/auth';
import { ROLES, type Role } from './lib/roles';

export class LoginRequest implements LoginBody {
  @IsString()
  @Length(1, 64)
  username!: string;

  @IsString()
  @Length(1, 256)
  password!: string;
}

export class CreateUserRequest implements CreateUserBody {
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

export class AuditEventQuery implements AuditEventFilter {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;

  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;
}
export * from './lib/catalogue-validation';
export * from './lib/release-validation';
