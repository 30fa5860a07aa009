import type { UploadDiff, UploadDifference } from '@vielfalt/contracts';
import type { NamedCell } from '@vielfalt/server-raw-cells';

const MEASURE_NAMES = { 1: 'headcount', 2: 'respondents', 3: 'answers' } as const;
const LIMIT = 1000;

const keyOf = (cell: NamedCell) =>
  `${cell.unit}\u0000${cell.measure}\u0000${cell.attributes}\u0000${cell.category ?? ''}\u0000${cell.category2 ?? ''}`;

/** Every count that is new, gone or different from `before` to `after`, ordered by unit. */
export function diffUploads(
  from: string,
  before: readonly NamedCell[],
  to: string,
  after: readonly NamedCell[],
): UploadDiff {
  const old = new Map(before.map((cell) => [keyOf(cell), cell]));
  const differences: UploadDifference[] = [];
  let unchanged = 0;
  const describe = (cell: NamedCell, beforeCount: number | null, afterCount: number | null): UploadDifference => ({
    unit: cell.unit,
    measure: MEASURE_NAMES[cell.measure as 1 | 2 | 3],
    attributes: cell.attributes,
    category: cell.category,
    category2: cell.category2,
    before: beforeCount,
    after: afterCount,
  });
  for (const cell of after) {
    const key = keyOf(cell);
    const previous = old.get(key);
    old.delete(key);
    if (previous?.count === cell.count) unchanged++;
    else differences.push(describe(cell, previous?.count ?? null, cell.count));
  }
  for (const cell of old.values()) differences.push(describe(cell, cell.count, null));
  differences.sort((a, b) => a.unit.localeCompare(b.unit) || a.measure.localeCompare(b.measure));
  return { from, to, unchanged, differenceCount: differences.length, differences: differences.slice(0, LIMIT) };
}
