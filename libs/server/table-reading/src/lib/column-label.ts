/**
 * The letters a spreadsheet program shows above a column, for a 0-based column index:
 * 0 → `A`, 25 → `Z`, 26 → `AA`, 701 → `ZZ`, 702 → `AAA`.
 */
export function columnLabel(index: number): string {
  if (!Number.isInteger(index) || index < 0) {
    throw new RangeError(`A column index is a whole number ≥ 0, not ${index}`);
  }
  let label = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    label = String.fromCharCode(65 + ((rest - 1) % 26)) + label;
  }
  return label;
}

/**
 * A column as an upload problem names it: the letters, followed by the column's name in the header
 * where there is one (`C (measure)`), so that a user finds it both in Excel and in the template.
 */
export function columnReference(index: number, header: readonly string[] | null): string {
  const name = header?.[index];
  return name ? `${columnLabel(index)} (${name})` : columnLabel(index);
}
