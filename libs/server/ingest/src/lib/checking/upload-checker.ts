import type { PeriodCatalogue } from '@vielfalt/server-persistence';
import { type Measure, RawCellBuffer } from '@vielfalt/server-raw-cells';
import { columnLabel, UploadFileError } from '@vielfalt/server-table-reading';
import { type Position, ProblemList } from './problems';
import { UploadTotals } from './upload-totals';

/** The part of a read file the checker needs (the reader's `UploadTable` is one). */
export interface TableSource {
  readonly sheet: string | null;
  readonly header: readonly string[];
  rowBatches(): AsyncIterable<{
    readonly rowNumbers: readonly number[];
    readonly cells: readonly (readonly string[])[];
  }>;
}

export interface CheckOutcome {
  /** The period the file is for, if it names a known one. */
  readonly catalogue: PeriodCatalogue | null;
  readonly dataRows: number;
  readonly unitCount: number;
  readonly problems: ProblemList;
}

const REQUIRED = ['period', 'unit', 'measure', 'count'] as const;
const OPTIONAL = ['dimension', 'category', 'dimension_2', 'category_2'] as const;
const MEASURES_BY_NAME = new Map<string, Measure>(
  ['headcount', 'respondents', 'answers'].map((name) => [name, name as Measure]),
);
export const MAX_COUNT = 1_000_000;

/**
 * Checks an upload row by row as it streams in, then the sums across rows (single-choice
 * categories against respondents, respondents against headcount, breakdowns, cross-tab margins).
 * While no row has shown an error, hands the cells of each batch of rows to `storeCells` (whose caller
 * takes them back if the file turns out to have errors after all); never touches the database itself.
 */
export async function checkUpload(
  table: TableSource,
  catalogueFor: (periodKey: string) => Promise<PeriodCatalogue | null>,
  storeCells: (cells: RawCellBuffer) => Promise<void>,
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
  const column = {
    period: index('period'),
    unit: index('unit'),
    measure: index('measure'),
    dimension: index('dimension'),
    category: index('category'),
    dimension_2: index('dimension_2'),
    category_2: index('category_2'),
    count: index('count'),
  };
  const valueAt = (row: readonly string[], position: number) => (position >= 0 ? (row[position] ?? '') : '');
  // The combinations of attribute values the rows break their counts down by, each numbered once for the
  // cell buffer. Found by the one value id of a row, or by its ids as text where it has more (in the
  // order of the attribute columns, the same in every row): a row with at most one allocates nothing here.
  const combinations = new Map<number | string, { number: number; valueIds: readonly number[] }>([
    [0, { number: 0, valueIds: [] }],
  ]);
  const combinationOf = (key: number | string) => {
    let combination = combinations.get(key);
    if (!combination) {
      const valueIds = String(key)
        .split(',')
        .map(Number)
        .sort((a, b) => a - b);
      combination = { number: cells.addCombination(valueIds), valueIds };
      combinations.set(key, combination);
    }
    return combination;
  };

  try {
    for await (const batch of table.rowBatches()) {
      for (let i = 0; i < batch.cells.length; i++) {
        const rowNumber = batch.rowNumbers[i];
        const row = batch.cells[i];
        dataRows++;
        const periodKey = valueAt(row, column.period);

        if (!catalogue) {
          catalogue = await catalogueFor(periodKey);
          if (!catalogue) {
            problems.error('unknown_period', at(rowNumber, column.period, periodKey));
            return outcome(null, dataRows, 0);
          }
          const allowed = new Set<string>([...REQUIRED, ...OPTIONAL, ...catalogue.attributes.keys()]);
          columns.forEach((name, position) => {
            if (!allowed.has(name)) problems.error('unknown_column', at(1, position, name), { name });
          });
          if (problems.errors > 0) return outcome(catalogue, dataRows, 0);
          attributeColumns = [...catalogue.attributes].flatMap(([key, values]) =>
            index(key) >= 0 ? [{ column: index(key), key, values }] : [],
          );
          totals = new UploadTotals(catalogue);
        }
        const errorsBefore = problems.errors;

        if (periodKey !== catalogue.period.key) {
          problems.error('period_mismatch', at(rowNumber, column.period, periodKey), {
            period: catalogue.period.key,
          });
        }

        const unitCode = valueAt(row, column.unit);
        const unit = catalogue.units.get(unitCode);
        if (!unit) problems.error('unknown_unit', at(rowNumber, column.unit, unitCode));
        else if (!unit.validAtReferenceDate) {
          problems.error('unit_not_valid', at(rowNumber, column.unit, unitCode), {
            date: catalogue.period.referenceDate,
          });
        } else if (unit.hasSubUnits) problems.error('unit_has_sub_units', at(rowNumber, column.unit, unitCode));

        const measureText = valueAt(row, column.measure);
        const measure = MEASURES_BY_NAME.get(measureText.toLowerCase());
        if (!measure) problems.error('unknown_measure', at(rowNumber, column.measure, measureText));

        let combinationKey: number | string = 0;
        for (const attribute of attributeColumns) {
          const value = row[attribute.column] ?? '';
          if (value === '') continue;
          const id = attribute.values.get(value);
          if (id === undefined) {
            problems.error('unknown_attribute_value', at(rowNumber, attribute.column, value), { name: attribute.key });
          } else combinationKey = combinationKey === 0 ? id : `${combinationKey},${id}`;
        }

        const dimensionKey = valueAt(row, column.dimension);
        const categoryKey = valueAt(row, column.category);
        const dimension2Key = valueAt(row, column.dimension_2);
        const category2Key = valueAt(row, column.category_2);
        let categoryId: number | null = null;
        let category2Id: number | null = null;
        if (measure === 'answers') {
          const dimension = catalogue.dimensions.get(dimensionKey);
          if (dimensionKey === '') problems.error('missing_dimension', at(rowNumber, column.dimension, ''));
          else if (!dimension) problems.error('unknown_dimension', at(rowNumber, column.dimension, dimensionKey));
          else {
            categoryId = dimension.categories.get(categoryKey) ?? null;
            if (categoryId === null) {
              problems.error('unknown_category', at(rowNumber, column.category, categoryKey), { name: dimensionKey });
            }
          }
          if ((dimension2Key === '') !== (category2Key === '')) {
            problems.error(
              'incomplete_cross_tab',
              at(rowNumber, dimension2Key === '' ? column.dimension_2 : column.category_2, ''),
            );
          } else if (dimension2Key !== '') {
            const dimension2 = catalogue.dimensions.get(dimension2Key);
            if (!dimension2) problems.error('unknown_dimension', at(rowNumber, column.dimension_2, dimension2Key));
            else if (
              dimension2.choice !== 'single' ||
              dimension?.choice !== 'single' ||
              dimension2Key === dimensionKey
            ) {
              problems.error('cross_tab_needs_single_choice', at(rowNumber, column.dimension_2, dimension2Key));
            } else {
              category2Id = dimension2.categories.get(category2Key) ?? null;
              if (category2Id === null) {
                problems.error('unknown_category', at(rowNumber, column.category_2, category2Key), {
                  name: dimension2Key,
                });
              }
            }
          }
        } else if (dimensionKey !== '' || categoryKey !== '' || dimension2Key !== '' || category2Key !== '') {
          problems.error(
            'unexpected_category',
            at(rowNumber, dimensionKey !== '' ? column.dimension : column.category, null),
          );
        }

        const countText = valueAt(row, column.count);
        const count = Number(countText);
        if (!/^-?\d+$/.test(countText)) problems.error('not_a_whole_number', at(rowNumber, column.count, countText));
        else if (count < 0) problems.error('negative_count', at(rowNumber, column.count, countText));
        else if (count > MAX_COUNT) problems.error('absurd_count', at(rowNumber, column.count, countText));

        if (problems.errors > errorsBefore || !unit || !measure || !totals) continue;
        const combination = combinationOf(combinationKey);
        const first = totals.add(
          rowNumber,
          unit.id,
          combination.number,
          combination.valueIds,
          measure,
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
        if (problems.errors === 0) cells.push(unit.id, measure, combination.number, categoryId, category2Id, count);
      }
      if (problems.errors === 0 && cells.length > 0) {
        await storeCells(cells);
        cells.clear();
      }
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
  return outcome(catalogue, dataRows, totals.unitCount);
}
