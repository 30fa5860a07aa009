import type {
  AttributeSpec,
  CountRow,
  DimensionSpec,
  EarlierVersion,
  Measure,
  ProtectionInput,
  ProtectionParameters,
  UnitNode,
} from '@vielfalt/disclosure';
import type { AttributeRow, DimensionRow, OrgUnitRow, PeriodRow } from '@vielfalt/server-persistence';

/** One current raw cell of a period, with database ids (`RawCellStore.currentCells`). */
export interface CurrentCell {
  readonly unitId: number;
  readonly measure: 1 | 2 | 3;
  readonly attributeValues: readonly number[];
  readonly categoryId: number | null;
  readonly category2Id: number | null;
  readonly count: number;
}

/** Everything the protection input of one period is built from. */
export interface PeriodData {
  readonly period: Pick<PeriodRow, 'key' | 'referenceDate'>;
  /** The units valid at the reference date (`CatalogueStore.units(referenceDate)`). */
  readonly units: readonly OrgUnitRow[];
  readonly attributes: readonly AttributeRow[];
  readonly dimensions: readonly DimensionRow[];
  readonly cells: readonly CurrentCell[];
  readonly parameters: ProtectionParameters;
  readonly earlierVersions: readonly EarlierVersionData[];
}

/** A version published before, with the cells it was computed from (those current at its data version). */
export interface EarlierVersionData extends Omit<EarlierVersion, 'counts'> {
  readonly cells: readonly CurrentCell[];
}

/** The period's data do not make a release as they are; the message says what and where (never a count). */
export class ReleaseInputError extends Error {
  override readonly name: string = 'ReleaseInputError';
}

/** The period has no data yet: the most common reason why it cannot be published, with a message of its own. */
export class PeriodWithoutDataError extends ReleaseInputError {
  override readonly name = 'PeriodWithoutDataError';
}

const MEASURE_NAMES: Record<CurrentCell['measure'], Measure> = { 1: 'headcount', 2: 'respondents', 3: 'answers' };

/**
 * Builds what `protect` reads from a period's current raw cells and the catalogue: the units with data and
 * all their ancestors up to the one root (units without data publish nothing, rather than false zeros), the
 * attributes and dimensions (in the period's version) that the data use, and the counts by codes and keys.
 * Also returns the names of the units, for the preview. Throws {@link ReleaseInputError} (a
 * {@link PeriodWithoutDataError} if there are no data at all).
 */
export function buildProtectionInput(data: PeriodData): { input: ProtectionInput; unitNames: Map<string, string> } {
  const { period } = data;
  if (data.cells.length === 0) {
    throw new PeriodWithoutDataError(
      `Period ${period.key} has no data: HR must upload and commit its survey aggregates before it can be published.`,
    );
  }
  const unitsById = new Map(data.units.map((unit) => [unit.id, unit]));
  const unitsByCode = new Map(data.units.map((unit) => [unit.code, unit]));

  const valueById = new Map<number, { attribute: string; value: string }>();
  for (const attribute of data.attributes) {
    for (const value of attribute.values) valueById.set(value.id, { attribute: attribute.key, value: value.key });
  }
  const categoryById = new Map<number, { dimension: string; category: string }>();
  const versionOf = new Map<string, { choice: DimensionRow['choice']; categories: string[] }>();
  for (const dimension of data.dimensions) {
    const version = [...dimension.versions].reverse().find((v) => v.validFromDate <= period.referenceDate);
    if (!version) continue;
    versionOf.set(dimension.key, { choice: dimension.choice, categories: version.categories.map((c) => c.key) });
    for (const category of version.categories) {
      categoryById.set(category.id, { dimension: dimension.key, category: category.key });
    }
  }

  const usedUnits = new Set<number>();
  const usedAttributes = new Set<string>();
  const usedDimensions = new Set<string>();
  const countsOf = (cells: readonly CurrentCell[]): CountRow[] => {
    const counts: CountRow[] = [];
    for (const cell of cells) {
      const row = rowOf(cell);
      if (row !== null) counts.push(row);
    }
    return counts;
  };
  const rowOf = (cell: CurrentCell): CountRow | null => {
    const unit = unitsById.get(cell.unitId);
    if (!unit) {
      throw new ReleaseInputError(
        `A unit (id ${cell.unitId}) has data in period ${period.key} but is not valid at its reference date ` +
          `${period.referenceDate}: correct the organisation or the data (roll back), then publish.`,
      );
    }
    // Answers broken down by structural attributes are not part of a release yet: at the leaf level they are
    // nearly all below k or the minimum, and they tie every table into one large problem. Leaving them out is
    // exact, since no published figure then depends on them (see docs/disclosure.md).
    if (cell.measure === 3 && cell.attributeValues.length > 0) return null;
    usedUnits.add(unit.id);
    const attributes: Record<string, string> = {};
    for (const id of cell.attributeValues) {
      const value = valueById.get(id);
      if (!value) throw new ReleaseInputError(`Unit ${unit.code} has data with an unknown attribute value (id ${id}).`);
      attributes[value.attribute] = value.value;
      usedAttributes.add(value.attribute);
    }
    const row: { -readonly [K in keyof CountRow]: CountRow[K] } = {
      unit: unit.code,
      measure: MEASURE_NAMES[cell.measure],
      count: cell.count,
    };
    if (cell.attributeValues.length > 0) row.attributes = attributes;
    for (const [id, dimensionField, categoryField] of [
      [cell.categoryId, 'dimension', 'category'],
      [cell.category2Id, 'dimension2', 'category2'],
    ] as const) {
      if (id === null) continue;
      const category = categoryById.get(id);
      if (!category) {
        throw new ReleaseInputError(
          `Unit ${unit.code} has answers in a category (id ${id}) that is not in the dimension versions valid ` +
            `for period ${period.key}: the catalogue changed after the upload; upload the data again.`,
        );
      }
      row[dimensionField] = category.dimension;
      row[categoryField] = category.category;
      usedDimensions.add(category.dimension);
    }
    return row;
  };
  const counts = countsOf(data.cells);
  // Earlier versions as an attacker who kept them sees them: their own counts, in the same terms.
  const earlierVersions: EarlierVersion[] = data.earlierVersions.map(({ cells, ...version }) => ({
    ...version,
    counts: countsOf(cells),
  }));

  // The units with data and all their ancestors; exactly one root.
  const tree = new Map<string, UnitNode>();
  for (const id of usedUnits) {
    let unit = unitsById.get(id);
    while (unit && !tree.has(unit.code)) {
      tree.set(unit.code, { code: unit.code, parent: unit.parentCode });
      if (unit.parentCode === null) break;
      const parent = unitsByCode.get(unit.parentCode);
      if (!parent) {
        throw new ReleaseInputError(
          `Unit ${unit.code} belongs to ${unit.parentCode}, which is not valid at the reference date ` +
            `${period.referenceDate} of period ${period.key}: correct the organisation, then publish.`,
        );
      }
      unit = parent;
    }
  }
  const roots = [...tree.values()].filter((unit) => unit.parent === null).map((unit) => unit.code);
  if (roots.length !== 1) {
    throw new ReleaseInputError(
      `The units with data in period ${period.key} belong to ${roots.length} organisations (${roots.join(', ')}); ` +
        'a release covers one tree with one root.',
    );
  }

  const attributes: AttributeSpec[] = data.attributes
    .filter((attribute) => usedAttributes.has(attribute.key))
    .map((attribute) => ({ key: attribute.key, values: attribute.values.map((value) => value.key) }));
  const dimensions: DimensionSpec[] = data.dimensions
    .filter((dimension) => usedDimensions.has(dimension.key))
    .map((dimension) => {
      const version = versionOf.get(dimension.key) as { choice: DimensionRow['choice']; categories: string[] };
      return { key: dimension.key, choice: version.choice, categories: version.categories };
    });

  const input: ProtectionInput = {
    parameters: data.parameters,
    units: [...tree.values()],
    ...(attributes.length > 0 ? { attributes } : {}),
    dimensions,
    counts,
    ...(earlierVersions.length > 0 ? { earlierVersions } : {}),
  };
  return { input, unitNames: new Map(data.units.map((unit) => [unit.code, unit.name])) };
}
