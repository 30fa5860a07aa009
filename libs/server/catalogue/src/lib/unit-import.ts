import type { ApiErrorDetail, OrgUnitDefinition } from '@vielfalt/contracts';

/** The columns of the organisation-unit CSV, in the order of the template. */
export const UNIT_COLUMNS = ['code', 'name', 'parent_code', 'valid_from', 'valid_to', 'successor'] as const;

/** One data row of the file: its spreadsheet row number and its cells by column name. */
export interface UnitImportRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface UnitImportResult {
  readonly units: OrgUnitDefinition[];
  readonly problems: ApiErrorDetail[];
}

const CODE = /^[A-Za-z0-9._-]{1,40}$/;

/** `2025-06-30` or German `30.06.2025` → `2025-06-30`; anything else → null. */
export function parseDate(text: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Reads the rows of a unit import and checks them against each other and the units already
 * stored: codes, dates, parents that exist and cover the child's validity, no cycles, successors
 * that exist and start the day after their predecessor ends. Every problem names row and column.
 */
export function readUnitImport(
  header: readonly string[],
  rows: readonly UnitImportRow[],
  existing: readonly OrgUnitDefinition[],
): UnitImportResult {
  const problems: ApiErrorDetail[] = [];
  const problem = (row: number | undefined, column: string | undefined, value: string | undefined, message: string) =>
    problems.push({ row, column, value, message });

  const unknown = header.filter((name) => !(UNIT_COLUMNS as readonly string[]).includes(name));
  const missing = UNIT_COLUMNS.filter((name) => !header.includes(name));
  for (const name of unknown) problem(1, name, name, `Unknown column "${name}"; expected ${UNIT_COLUMNS.join(', ')}.`);
  for (const name of missing) problem(1, name, undefined, `The column "${name}" is missing.`);
  if (problems.length > 0) return { units: [], problems };

  const units: OrgUnitDefinition[] = [];
  const rowOf = new Map<string, number>();
  for (const { row, cells } of rows) {
    const code = cells['code'];
    const validFrom = parseDate(cells['valid_from']);
    const validTo = cells['valid_to'] === '' ? null : parseDate(cells['valid_to']);
    const successorCodes = cells['successor'] === '' ? [] : cells['successor'].split('|').map((s) => s.trim());
    if (!CODE.test(code)) problem(row, 'code', code, 'A code is 1–40 letters, digits, ".", "_" or "-".');
    else if (rowOf.has(code)) problem(row, 'code', code, `The code appears already in row ${rowOf.get(code)}.`);
    if (cells['name'] === '') problem(row, 'name', '', 'The name is missing.');
    if (!validFrom)
      problem(row, 'valid_from', cells['valid_from'], 'Expected a date such as 2025-06-30 or 30.06.2025.');
    if (cells['valid_to'] !== '' && !validTo) {
      problem(row, 'valid_to', cells['valid_to'], 'Expected a date such as 2025-06-30 or 30.06.2025, or nothing.');
    }
    if (validFrom && validTo && validTo < validFrom)
      problem(row, 'valid_to', cells['valid_to'], 'Ends before it begins.');
    if (successorCodes.length > 0 && cells['valid_to'] === '') {
      problem(row, 'successor', cells['successor'], 'A unit with successors must end (valid_to).');
    }
    rowOf.set(code, row);
    units.push({
      code,
      name: cells['name'],
      parentCode: cells['parent_code'] === '' ? null : cells['parent_code'],
      validFrom: validFrom ?? cells['valid_from'],
      validTo,
      successorCodes,
    });
  }
  if (problems.length > 0) return { units, problems };

  const merged = new Map(existing.map((unit) => [unit.code, unit]));
  for (const unit of units) merged.set(unit.code, unit);
  for (const unit of units) {
    const row = rowOf.get(unit.code);
    if (unit.parentCode !== null) {
      const parent = merged.get(unit.parentCode);
      if (!parent) problem(row, 'parent_code', unit.parentCode, 'No unit has this code.');
      else if (!covers(parent, unit)) {
        problem(row, 'parent_code', unit.parentCode, `The parent unit is not valid for the whole time this unit is.`);
      } else if (hasCycle(unit.code, merged)) {
        problem(row, 'parent_code', unit.parentCode, 'The unit would be its own ancestor.');
      }
    }
    for (const successorCode of unit.successorCodes) {
      const successor = merged.get(successorCode);
      if (!successor || successorCode === unit.code) {
        problem(row, 'successor', successorCode, 'No other unit has this code.');
      } else if (unit.validTo && successor.validFrom !== dayAfter(unit.validTo)) {
        problem(
          row,
          'successor',
          successorCode,
          `A successor starts the day after its predecessor ends (${dayAfter(unit.validTo)}).`,
        );
      }
    }
  }
  return { units, problems };
}

function covers(parent: OrgUnitDefinition, child: OrgUnitDefinition): boolean {
  const startsInTime = parent.validFrom <= child.validFrom;
  const endsInTime = parent.validTo === null || (child.validTo !== null && child.validTo <= parent.validTo);
  return startsInTime && endsInTime;
}

function hasCycle(code: string, units: ReadonlyMap<string, OrgUnitDefinition>): boolean {
  const seen = new Set<string>();
  for (let current = units.get(code); current?.parentCode; current = units.get(current.parentCode)) {
    if (current.parentCode === code || seen.has(current.parentCode)) return true;
    seen.add(current.parentCode);
  }
  return false;
}
