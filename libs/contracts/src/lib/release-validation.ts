// Request classes for protection settings and releases (server-side validation; see ../validation.ts for why
// apart from the plain types).
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsOptional,
  ValidateNested,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import {
  PROTECTION_CEILINGS,
  PROTECTION_FLOORS,
  RELEASE_NOTE_MAX_LENGTH,
  type ProtectionSettings,
  type PublishReleaseRequest,
} from './release';

const PERIOD_KEY = /^[A-Za-z0-9_-]{1,32}$/;
const KEY = '[a-z][a-z0-9_]{0,39}';
const TABLE_ID = new RegExp(`^(headcount|respondents|dimension:${KEY}|crossTab:${KEY}:${KEY})$`);

/** The decorated number is at least the number in `other` (skipped while either is not a number). */
function AtLeast(other: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'atLeast',
      target: target.constructor,
      propertyName,
      constraints: [other],
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const bound = (args.object as Record<string, unknown>)[other];
          return typeof value !== 'number' || typeof bound !== 'number' || value >= bound;
        },
        defaultMessage(args: ValidationArguments) {
          const bound = (args.object as Record<string, unknown>)[other];
          return `${args.property} must be at least ${other} (${String(bound)})`;
        },
      },
    });
}

/** Body of `PUT /api/protection-settings` (admin): k ≥ 3, k ≤ minRespondents, whole numbers. */
export class ProtectionSettingsInput implements ProtectionSettings {
  @IsDefined({ message: 'k is required' })
  @IsInt({ message: 'k must be a whole number' })
  @Min(PROTECTION_FLOORS.k, { message: `k must be at least ${PROTECTION_FLOORS.k} (the floor fixed in code)` })
  @Max(PROTECTION_CEILINGS.k, { message: `k must be at most ${PROTECTION_CEILINGS.k}` })
  k!: number;

  @IsDefined({ message: 'minRespondents is required' })
  @IsInt({ message: 'minRespondents must be a whole number' })
  @Min(PROTECTION_FLOORS.k, {
    message: `minRespondents must be at least ${PROTECTION_FLOORS.k} (the floor of k, fixed in code)`,
  })
  @Max(PROTECTION_CEILINGS.minRespondents, {
    message: `minRespondents must be at most ${PROTECTION_CEILINGS.minRespondents}`,
  })
  @AtLeast('k')
  minRespondents!: number;
}

/** Body of `POST /api/releases` (stabsstelle). */
export class PublishReleaseInput implements PublishReleaseRequest {
  @Matches(PERIOD_KEY, { message: 'periodKey must be a period key' })
  periodKey!: string;

  @IsInt({ message: 'dataVersion must be a whole number (the preview names it)' })
  @Min(0)
  dataVersion!: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => ProtectionSettingsInput)
  settings?: ProtectionSettingsInput;

  @IsOptional()
  @IsString()
  @Length(1, RELEASE_NOTE_MAX_LENGTH, { message: `note must be 1–${RELEASE_NOTE_MAX_LENGTH} characters` })
  note?: string;
}

/** Query of `GET /api/releases/preview` and `GET /api/releases/current`: one period. */
export class ReleasePeriodQuery {
  @Matches(PERIOD_KEY, { message: 'period must be a period key' })
  period!: string;
}

/** Query of `GET /api/releases`: all periods' releases, or one period's. */
export class ReleaseHistoryQuery {
  @IsOptional()
  @Matches(PERIOD_KEY, { message: 'period must be a period key' })
  period?: string;
}

/** Query of `GET /api/releases/:id/figures`: one table of the release. */
export class ReleaseFiguresQuery {
  @Matches(TABLE_ID, {
    message: 'table must be headcount, respondents, dimension:<key> or crossTab:<key>:<key>',
  })
  table!: string;
}
