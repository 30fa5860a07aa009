import { HttpStatus } from '@nestjs/common';
import type { ReleaseErrorCode } from '@vielfalt/contracts';
import { InvalidProtectionInputError } from '@vielfalt/disclosure';
import { ApiException } from '@vielfalt/server-api';
import type { PeriodRow } from '@vielfalt/server-persistence';
import { PeriodWithoutDataError, ReleaseInputError } from './protection-input';

/**
 * A preview or publication refused for a reason the Stabsstelle can act on, with its own code (the frontend
 * translates it); a refused publication is audited with `reason`.
 */
export class PublishRefused extends ApiException {
  constructor(
    status: HttpStatus,
    code: ReleaseErrorCode,
    readonly reason: string,
    message: string,
    field?: string,
  ) {
    super(status, code, message, [{ ...(field ? { field } : {}), message }]);
  }
}

// A message about the input may quote counts of the raw data: those never leave the server, not even in a log.
// Numbers standing alone are masked; codes such as A-10 keep theirs.
const withoutCounts = (message: string) => message.replace(/(?<![\w.:=-])\d+(?![\w-]|\.\w)/g, '…');

/** The refusal for data that cannot make a release as they are, or null if `error` is not about the data. */
export function inputRefusal(error: unknown, period: PeriodRow): PublishRefused | null {
  if (error instanceof PeriodWithoutDataError) {
    return new PublishRefused(HttpStatus.CONFLICT, 'release_no_data', 'no_data', error.message, 'period');
  }
  if (error instanceof ReleaseInputError) {
    return new PublishRefused(
      HttpStatus.CONFLICT,
      'release_data_not_publishable',
      'data_not_publishable',
      error.message,
      'period',
    );
  }
  if (error instanceof InvalidProtectionInputError) {
    const message = `The data of period ${period.key} cannot be protected as they are: ${withoutCounts(error.message)}`;
    return new PublishRefused(
      HttpStatus.CONFLICT,
      'release_data_not_protectable',
      'data_not_protectable',
      message,
      'period',
    );
  }
  return null;
}

/** Whether PostgreSQL refused a row for a unique key (two publications of one version at once). */
export function uniqueViolation(error: unknown): boolean {
  return (
    (error as { code?: unknown } | null)?.code === '23505' ||
    (error as { driverError?: { code?: unknown } })?.driverError?.code === '23505'
  );
}

export function raced(period: PeriodRow): PublishRefused {
  return new PublishRefused(
    HttpStatus.CONFLICT,
    'release_version_conflict',
    'concurrent_publish',
    `Another publication of period ${period.key} was stored at the same time; look at the release history.`,
  );
}
