import type { IsoDate, OrgUnitDefinition } from '@vielfalt/contracts';

/** A unit with the units below it, in the order of their codes. */
export interface UnitNode {
  readonly unit: OrgUnitDefinition;
  readonly children: readonly UnitNode[];
}

const byCode = (a: OrgUnitDefinition, b: OrgUnitDefinition) =>
  a.code.localeCompare(b.code, 'de', { numeric: true, sensitivity: 'base' });

/**
 * The units as a forest: a unit whose parent is not among `units` (the top, or a unit whose parent
 * is not valid at the same date) is a root. Siblings are ordered by code (`AMT-2` before `AMT-10`).
 */
export function buildUnitTree(units: readonly OrgUnitDefinition[]): readonly UnitNode[] {
  const codes = new Set(units.map((unit) => unit.code));
  const childrenOf = new Map<string | null, OrgUnitDefinition[]>();
  for (const unit of units) {
    const parent = unit.parentCode !== null && codes.has(unit.parentCode) ? unit.parentCode : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const branch = (parent: string | null): UnitNode[] =>
    [...(childrenOf.get(parent) ?? [])].sort(byCode).map((unit) => ({ unit, children: branch(unit.code) }));
  return branch(null);
}

/** The date of a query parameter if it is a real calendar date `YYYY-MM-DD`, else null. */
export function parseDateParam(value: string | undefined): IsoDate | null {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** Today as `YYYY-MM-DD` in the browser's time zone. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
