import type { PeriodView } from '@vielfalt/contracts';
import { periodsNewestFirst } from '@vielfalt/web-data-access';

/**
 * The period a page shows: the one named in the URL if the catalogue knows it; otherwise the
 * newest published one when `preferPublished` (the history has something to show), else the
 * newest. Null only when there is no period at all.
 */
export function choosePeriod(
  periods: readonly PeriodView[],
  key: string | undefined,
  preferPublished = false,
): PeriodView | null {
  const named = periods.find((period) => period.key === key);
  if (named) return named;
  const newestFirst = periodsNewestFirst(periods);
  const published = preferPublished ? newestFirst.find((period) => period.status === 'published') : undefined;
  return published ?? newestFirst[0] ?? null;
}
