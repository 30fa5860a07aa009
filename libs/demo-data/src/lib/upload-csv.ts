import type { CatalogueDefinition } from '@vielfalt/contracts';
import { versionForPeriod } from './catalogue';
import { present } from './present';
import type { SimulatedPerson } from './staff-simulation';

/** Breakdowns by one structural attribute: headcount, respondents and the answers to these dimensions. */
const UPLOAD_BREAKDOWNS: readonly { readonly attribute: string; readonly dimensions: readonly string[] }[] = [
  { attribute: 'career_group', dimensions: ['migration_history', 'gender_identity'] },
  { attribute: 'leadership_role', dimensions: ['migration_history'] },
  { attribute: 'trainee', dimensions: ['migration_history'] },
  { attribute: 'employment_type', dimensions: ['gender_identity'] },
];

/** Two-dimension cross-tabs over all respondents of a unit. */
const UPLOAD_CROSS_TABS: readonly (readonly [string, string])[] = [['migration_history', 'gender_identity']];

/** The staff of one reporting unit in the period of the file. */
export interface ReportingUnitStaff {
  readonly code: string;
  readonly persons: readonly SimulatedPerson[];
}

/** A cell of the file: measure, at most one attribute, at most two dimensions. */
interface Cell {
  readonly measure: 'headcount' | 'respondents' | 'answers';
  readonly attribute?: readonly [string, string];
  readonly first?: readonly [string, string];
  readonly second?: readonly [string, string];
}

const cellKey = ({ measure, attribute, first, second }: Cell) =>
  `${measure}|${attribute?.[0] ?? ''}=${attribute?.[1] ?? ''}|${first?.[0] ?? ''}=${first?.[1] ?? ''}|${second?.[0] ?? ''}=${second?.[1] ?? ''}`;

/**
 * One period's upload file (docs/upload-format.md), `;`-separated: per unit its totals, the answers to every
 * dimension and category (zeros included), the cross-tabs, and the breakdowns by structural attribute — all
 * counted from the same people, so every margin and every sum agrees.
 */
export function formatUploadCsv(
  catalogue: CatalogueDefinition,
  periodKey: string,
  units: readonly ReportingUnitStaff[],
): string {
  const attributeKeys = catalogue.attributes.map((attribute) => attribute.key);
  const categories = new Map(
    catalogue.dimensions.map((dimension) => [
      dimension.key,
      versionForPeriod(catalogue, dimension, periodKey).categories.map((category) => category.key),
    ]),
  );
  const singleChoice = new Set(catalogue.dimensions.filter((d) => d.choice === 'single').map((d) => d.key));
  // Each cell's key and the middle of its line (measure to category_2) are the same for every unit.
  const cells = fileCells(catalogue, categories).map((cell) => {
    const attributeColumns = attributeKeys.map((key) => (cell.attribute?.[0] === key ? cell.attribute[1] : ''));
    const dimensionColumns = [...(cell.first ?? ['', '']), ...(cell.second ?? ['', ''])];
    return { key: cellKey(cell), columns: [cell.measure, ...attributeColumns, ...dimensionColumns].join(';') };
  });
  const lines = [uploadHeader(catalogue)];
  for (const unit of units) {
    const counts = countCells(unit.persons, categories, singleChoice);
    for (const cell of cells) lines.push(`${periodKey};${unit.code};${cell.columns};${counts.get(cell.key) ?? 0}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The header row: period, unit, measure, one column per structural attribute, two dimensions, count. */
function uploadHeader(catalogue: CatalogueDefinition): string {
  const attributes = catalogue.attributes.map((attribute) => attribute.key);
  return [
    'period',
    'unit',
    'measure',
    ...attributes,
    'dimension',
    'category',
    'dimension_2',
    'category_2',
    'count',
  ].join(';');
}

/** Every cell a unit reports, in file order. */
function fileCells(catalogue: CatalogueDefinition, categories: ReadonlyMap<string, readonly string[]>): Cell[] {
  const answers = (dimension: string, attribute?: readonly [string, string]): Cell[] =>
    present(categories.get(dimension), dimension).map((category) => ({
      measure: 'answers',
      attribute,
      first: [dimension, category],
    }));
  const cells: Cell[] = [{ measure: 'headcount' }, { measure: 'respondents' }];
  for (const dimension of catalogue.dimensions) cells.push(...answers(dimension.key));
  for (const [first, second] of UPLOAD_CROSS_TABS) {
    for (const a of present(categories.get(first), first)) {
      for (const b of present(categories.get(second), second))
        cells.push({ measure: 'answers', first: [first, a], second: [second, b] });
    }
  }
  for (const breakdown of UPLOAD_BREAKDOWNS) {
    const values = present(
      catalogue.attributes.find((attribute) => attribute.key === breakdown.attribute),
      breakdown.attribute,
    ).values;
    for (const { key } of values) {
      const attribute = [breakdown.attribute, key] as const;
      cells.push({ measure: 'headcount', attribute }, { measure: 'respondents', attribute });
      for (const dimension of breakdown.dimensions) cells.push(...answers(dimension, attribute));
    }
  }
  return cells;
}

/**
 * Counts every cell a unit's people fall into; refuses answers the period's catalogue version does not know, and
 * single-choice answers with other than one category.
 */
function countCells(
  persons: readonly SimulatedPerson[],
  categories: ReadonlyMap<string, readonly string[]>,
  singleChoice: ReadonlySet<string>,
) {
  const counts = new Map<string, number>();
  const add = (cell: Cell) => {
    const key = cellKey(cell);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const person of persons) {
    const attributeOf = (key: string) => [key, person.attributes[key]] as const;
    add({ measure: 'headcount' });
    for (const { attribute } of UPLOAD_BREAKDOWNS) add({ measure: 'headcount', attribute: attributeOf(attribute) });
    const answers = person.answers;
    if (!answers) continue;
    const chosen = (dimension: string) => {
      const keys = answers[dimension] ?? [];
      const unknown = keys.find((key) => !categories.get(dimension)?.includes(key));
      if (unknown !== undefined) throw new Error(`Category ${unknown} is not in the period's ${dimension}`);
      if (singleChoice.has(dimension) && keys.length !== 1) throw new Error(`${dimension} needs exactly one answer`);
      return keys;
    };
    add({ measure: 'respondents' });
    for (const dimension of categories.keys()) {
      for (const category of chosen(dimension)) add({ measure: 'answers', first: [dimension, category] });
    }
    for (const [first, second] of UPLOAD_CROSS_TABS) {
      add({ measure: 'answers', first: [first, chosen(first)[0]], second: [second, chosen(second)[0]] });
    }
    for (const breakdown of UPLOAD_BREAKDOWNS) {
      const attribute = attributeOf(breakdown.attribute);
      add({ measure: 'respondents', attribute });
      for (const dimension of breakdown.dimensions) {
        for (const category of chosen(dimension)) add({ measure: 'answers', attribute, first: [dimension, category] });
      }
    }
  }
  return counts;
}
