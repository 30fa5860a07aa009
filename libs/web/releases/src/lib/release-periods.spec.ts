import type { PeriodView } from '@vielfalt/contracts';
import { choosePeriod } from './release-periods';

const period = (key: string, referenceDate: string, status: PeriodView['status']): PeriodView => ({
  key,
  label: `Testwelle ${key}`,
  referenceDate,
  status,
});
const periods = [
  period('2023', '2023-06-30', 'published'),
  period('2025', '2025-06-30', 'open'),
  period('2024', '2024-06-30', 'published'),
];

describe('release periods', () => {
  it('shows the wave named in the address, if the catalogue knows it', () => {
    expect(choosePeriod(periods, '2023')?.key).toBe('2023');
    expect(choosePeriod(periods, 'unknown')?.key).toBe('2025');
  });

  it('opens the history on the newest published wave, the publish page on the newest wave', () => {
    expect(choosePeriod(periods, undefined, true)?.key).toBe('2024');
    expect(choosePeriod(periods, undefined)?.key).toBe('2025');
    expect(choosePeriod([period('2025', '2025-06-30', 'open')], undefined, true)?.key).toBe('2025');
    expect(choosePeriod([], undefined, true)).toBeNull();
  });
});
