import type { PeriodCatalogue } from '@vielfalt/server-persistence';
import { type Measure, RawCellBuffer } from '@vielfalt/server-raw-cells';
import { columnLabel, UploadFileError } from '@vielfalt/server-table-reading';
import { type Position, ProblemList } from './problems';
import { UploadTotals } from './upload-totals';

/** The part of a read file the checker needs (the reader's `UploadTable` is one). */
export interface TableSource {
  readonly sheet: string | null;
  readonly header: readonly string[];
  rows(): AsyncIterable<{ readonly rowNumber: number; readonly cells: readonly string[] }>;
}

export interface CheckOutcome {
  /** The period the file is for, if it names a known one. */
  readonly catalogue: PeriodCatalogue | null;
  readonly cells: RawCellBuffer;
  readonly dataRows: number;
  readonly unitCount: number;
  readonly problems: ProblemList;
}

const REQUIRED = ['period', 'unit', 'measure', 'count'] as const;
const OPTIONAL = ['dimension', 'category', 'dimension_2', 'category_2'] as const;
const MEASURE_NAMES: readonly Measure[] = ['headcount', 'respondents', 'answers'];
export const MAX_COUNT = 1_000_000;
const NO_VALUES: number[] = [];

/**
 * Checks an upload row by row as it streams in, then the sums across rows (single-choice
 * categories against respondents, respondents against headcount, breakdowns, cross-tab margins).
 * Collects the cells of a clean file for storage; never touches the database itself.
 */
export async function checkUpload(
  table: TableSource,
  catalogueFor: (periodKey: string) => Promise<PeriodCatalogue | null>,
): Promise<CheckOutcome> {
  const problems = new ProblemList();
  const cells = new RawCellBuffer();
  const columns = table.header.map((name) => name.trim().toLowerCase());
  const positions = new Map<string, number>();
  columns.forEach((name, position) => positions.has(name) || positions.set(name, position));
  const index = (name: string) => positions.get(name) ?? -1;
  const at = (row: number | null, column: number, value: string | null): Position => ({
    sheet: table.sheet,
    row,
    column: column >= 0 ? `${columnLabel(column)} (${columns[column]})` : null,
    value,
  });
  const outcome = (catalogue: PeriodCatalogue | null, dataRows: number, unitCount: number): CheckOutcome => ({
    catalogue,
    cells,
    dataRows,
    unitCount,
    problems,
  });

  for (const name of REQUIRED) {
    if (index(name) < 0)
      problems.error('missing_column', { sheet: table.sheet, row: 1, column: null, value: null }, { name });
  }
  if (problems.errors > 0) return outcome(null, 0, 0);

  let catalogue: PeriodCatalogue | null = null;
  let attributeColumns: { column: number; key: string; values: ReadonlyMap<string, number> }[] = [];
  let totals: UploadTotals | null = null;
  let dataRows = 0;
  const position = {
    period: index('period'),
    unit: index('unit'),
    measure: index('measure'),
    dimension: index('dimension'),
    category: index('category'),
    dimension_2: index('dimension_2'),
    category_2: index('category_2'),
    count: index('count'),
  };

  try {
    for await (const { rowNumber, cells: row } of table.rows()) {
      dataRows++;
      const cell = (name: keyof typeof position) => (position[name] >= 0 ? (row[position[name]] ?? '') : '');
      const periodKey = cell('period');

      if (!catalogue) {
        catalogue = await catalogueFor(periodKey);
        if (!catalogue) {
          problems.error('unknown_period', at(rowNumber, index('period'), periodKey));
          return outcome(null, dataRows, 0);
        }
        const allowed = new Set<string>([...REQUIRED, ...OPTIONAL, ...catalogue.attributes.keys()]);
        columns.forEach((name, column) => {
          if (!allowed.has(name)) problems.error('unknown_column', at(1, column, name), { name });
        });
        if (problems.errors > 0) return outcome(catalogue, dataRows, 0);
        attributeColumns = [...catalogue.attributes].flatMap(([key, values]) =>
          index(key) >= 0 ? [{ column: index(key), key, values }] : [],
        );
        totals = new UploadTotals(catalogue);
      }
      const errorsBefore = problems.errors;

      if (periodKey !== catalogue.period.key) {
        problems.error('period_mismatch', at(rowNumber, index('period'), periodKey), { period: catalogue.period.key });
      }

      const unitCode = cell('unit');
      const unit = catalogue.units.get(unitCode);
      if (!unit) problems.error('unknown_unit', at(rowNumber, index('unit'), unitCode));
      else if (!unit.validAtReferenceDate) {
        problems.error('unit_not_valid', at(rowNumber, index('unit'), unitCode), {
          date: catalogue.period.referenceDate,
        });
      } else if (unit.hasSubUnits) problems.error('unit_has_sub_units', at(rowNumber, index('unit'), unitCode));

      const measure = cell('measure').toLowerCase() as Measure;
      if (!MEASURE_NAMES.includes(measure))
        problems.error('unknown_measure', at(rowNumber, index('measure'), cell('measure')));

      // Most rows break nothing down: they share one empty list instead of allocating their own.
      let valueIds: number[] = NO_VALUES;
      for (const attribute of attributeColumns) {
        const value = row[attribute.column] ?? '';
        if (value === '') continue;
        const id = attribute.values.get(value);
        if (id === undefined)
          problems.error('unknown_attribute_value', at(rowNumber, attribute.column, value), { name: attribute.key });
        else valueIds = [...valueIds, id];
      }
      if (valueIds.length > 1) valueIds.sort((a, b) => a - b);

      const dimensionKey = cell('dimension');
      const dimension2Key = cell('dimension_2');
      const dimension = catalogue.dimensions.get(dimensionKey);
      const dimension2 = catalogue.dimensions.get(dimension2Key);
      let categoryId: number | null = null;
      let category2Id: number | null = null;
      if (measure === 'answers') {
        if (dimensionKey === '') problems.error('missing_dimension', at(rowNumber, index('dimension'), ''));
        else if (!dimension) problems.error('unknown_dimension', at(rowNumber, index('dimension'), dimensionKey));
        else {
          categoryId = dimension.categories.get(cell('category')) ?? null;
          if (categoryId === null) {
            problems.error('unknown_category', at(rowNumber, index('category'), cell('category')), {
              name: dimensionKey,
            });
          }
        }
        if ((dimension2Key === '') !== (cell('category_2') === '')) {
          problems.error(
            'incomplete_cross_tab',
            at(rowNumber, index(dimension2Key === '' ? 'dimension_2' : 'category_2'), ''),
          );
        } else if (dimension2Key !== '') {
          if (!dimension2) problems.error('unknown_dimension', at(rowNumber, index('dimension_2'), dimension2Key));
          else if (dimension2.choice !== 'single' || dimension?.choice !== 'single' || dimension2Key === dimensionKey) {
            problems.error('cross_tab_needs_single_choice', at(rowNumber, index('dimension_2'), dimension2Key));
          } else {
            category2Id = dimension2.categories.get(cell('category_2')) ?? null;
            if (category2Id === null) {
              problems.error('unknown_category', at(rowNumber, index('category_2'), cell('category_2')), {
                name: dimension2Key,
              });
            }
          }
        }
      } else if ([dimensionKey, cell('category'), dimension2Key, cell('category_2')].some((value) => value !== '')) {
        problems.error(
          'unexpected_category',
          at(rowNumber, index(dimensionKey !== '' ? 'dimension' : 'category'), null),
        );
      }

      const countText = cell('count');
      const count = Number(countText);
      if (!/^-?\d+$/.test(countText)) problems.error('not_a_whole_number', at(rowNumber, index('count'), countText));
      else if (count < 0) problems.error('negative_count', at(rowNumber, index('count'), countText));
      else if (count > MAX_COUNT) problems.error('absurd_count', at(rowNumber, index('count'), countText));

      if (problems.errors > errorsBefore || !unit || !totals) continue;
      const first = totals.add(
        rowNumber,
        unitCode,
        unit.id,
        measure,
        valueIds,
        dimensionKey,
        categoryId,
        dimension2Key,
        category2Id,
        count,
      );
      if (first !== undefined) {
        problems.error('duplicate_row', at(rowNumber, -1, null), { first });
        continue;
      }
      cells.push(unit.id, measure, valueIds, categoryId, category2Id, count);
    }
  } catch (error) {
    // The file turned out unreadable further down (bad bytes, a formula without a value).
    if (!(error instanceof UploadFileError)) throw error;
    problems.addFound(error.problems);
    return outcome(catalogue, dataRows, 0);
  }

  if (!catalogue || !totals) {
    return outcome(catalogue, dataRows, 0);
  }
  if (problems.errors > 0) {
    // A wrong row would make its sums wrong too: report the rows first, the sums once they are right.
    problems.warning('sums_not_checked', { sheet: table.sheet, row: null, column: null, value: null });
  } else {
    totals.checkSums(problems, (row, name, value) => at(row, index(name), value));
  }
  return outcome(catalogue, dataRows, cells.unitIds().length);
}
