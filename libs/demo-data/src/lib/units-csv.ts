import type { OrgUnitDefinition } from '@vielfalt/contracts';

/** The header of the organisation import file. */
export const UNITS_CSV_HEADER = 'code;name;parent_code;valid_from;valid_to;successor';

/**
 * The units as the organisation import reads them: UTF-8, `;`-separated, one unit a line, successors separated
 * by `|`, fields with `;`, `"` or line breaks quoted as Excel quotes them.
 */
export function formatUnitsCsv(units: readonly OrgUnitDefinition[]): string {
  const lines = units.map((unit) =>
    [unit.code, unit.name, unit.parentCode ?? '', unit.validFrom, unit.validTo ?? '', unit.successorCodes.join('|')]
      .map(quoteField)
      .join(';'),
  );
  return `${[UNITS_CSV_HEADER, ...lines].join('\n')}\n`;
}

function quoteField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
