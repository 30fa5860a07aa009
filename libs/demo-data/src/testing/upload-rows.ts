import type { CatalogueDefinition } from '@vielfalt/contracts';

/** One data row of an upload file, as a test reads it. */
export interface UploadRow {
  readonly period: string;
  readonly unit: string;
  readonly measure: string;
  /** Attribute key → value key, only the attributes that are set. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly dimension: string;
  readonly category: string;
  readonly dimension2: string;
  readonly category2: string;
  readonly count: number;
}

/** Reads a generated upload file (`;`-separated, no quoting needed) by its header's column names. */
export function parseUpload(csv: string, catalogue: CatalogueDefinition): UploadRow[] {
  const [header, ...lines] = csv.trimEnd().split('\n');
  const columns = header.split(';');
  const attributeKeys = catalogue.attributes.map((attribute) => attribute.key);
  return lines.map((line) => {
    const cells = line.split(';');
    const value = (name: string) => cells[columns.indexOf(name)];
    const attributes = Object.fromEntries(
      attributeKeys.filter((key) => value(key) !== '').map((key) => [key, value(key)] as const),
    );
    return {
      period: value('period'),
      unit: value('unit'),
      measure: value('measure'),
      attributes,
      dimension: value('dimension'),
      category: value('category'),
      dimension2: value('dimension_2'),
      category2: value('category_2'),
      count: Number(value('count')),
    };
  });
}

/** The unit and attribute values a row counts people of, e.g. `D3-50-1 career_group=gehobener_dienst`. */
export function scopeOf(row: UploadRow): string {
  const attributes = Object.entries(row.attributes).map(([key, value]) => `${key}=${value}`);
  return [row.unit, ...attributes].join(' ');
}

/** Rows grouped by a key. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The count of the row of each scope with the given measure (headcount or respondents). */
export function countsByScope(rows: readonly UploadRow[], measure: string): Map<string, number> {
  return new Map(rows.filter((row) => row.measure === measure).map((row) => [scopeOf(row), row.count]));
}

/** One-dimension answers rows (no second dimension). */
export function singleDimensionAnswers(rows: readonly UploadRow[]): UploadRow[] {
  return rows.filter((row) => row.measure === 'answers' && row.dimension2 === '');
}
