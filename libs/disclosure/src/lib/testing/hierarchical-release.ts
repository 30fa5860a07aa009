import type { LinearRelease, Relation } from '../linear-release';

/** The shape of an organisation tree: a unit is the list of its child units (a leaf has none). */
export type UnitShape = readonly UnitShape[];

/**
 * A release of one table: organisation units × categories, every figure published. Inner cells are
 * leaf × category (`1.2/c0`); every internal unit has a relation per category (`1/c0`, the column totals of
 * its subtree) and every unit a total over the categories (`1.2/*`, the row margin). The root's total is the
 * grand total.
 */
export interface HierarchicalRelease {
  readonly release: LinearRelease;
  readonly grandTotal: string;
  /** Ids of the inner cells, in release order. */
  readonly innerCells: readonly string[];
  /** For each inner cell: the total of its leaf unit over the categories. */
  readonly rowTotalOf: ReadonlyMap<string, string>;
  /** For each inner cell below the root: its category's total in the parent unit. */
  readonly columnTotalOf: ReadonlyMap<string, string>;
}

/**
 * Builds the table for a unit tree and `categories`, taking inner cell values from `value` in order
 * (leaves depth-first, categories within a leaf). `values` must hold at least leaves × categories numbers.
 */
export function buildHierarchicalRelease(
  root: UnitShape,
  categories: readonly string[],
  values: readonly number[],
): HierarchicalRelease {
  const cells: { id: string; value: number }[] = [];
  const relations: Relation[] = [];
  const rowTotalOf = new Map<string, string>();
  const columnTotalOf = new Map<string, string>();

  /** Returns, per category, the inner cells of the unit's subtree. */
  const visit = (unit: UnitShape, id: string, parent: string | undefined): string[][] => {
    let perCategory: string[][];
    if (unit.length === 0) {
      perCategory = categories.map((category) => {
        const cellId = `${id}/${category}`;
        cells.push({ id: cellId, value: values[cells.length] });
        rowTotalOf.set(cellId, `${id}/*`);
        if (parent !== undefined) columnTotalOf.set(cellId, `${parent}/${category}`);
        return [cellId];
      });
    } else {
      const children = unit.map((child, i) => visit(child, `${id}.${i + 1}`, id));
      perCategory = categories.map((category, c) => {
        const terms = children.flatMap((child) => child[c]);
        relations.push({ id: `${id}/${category}`, terms });
        return terms;
      });
    }
    relations.push({ id: `${id}/*`, terms: perCategory.flat() });
    return perCategory;
  };
  visit(root, '1', undefined);

  return {
    release: {
      cells,
      relations,
      published: [...cells.map((cell) => cell.id), ...relations.map((relation) => relation.id)],
    },
    grandTotal: '1/*',
    innerCells: cells.map((cell) => cell.id),
    rowTotalOf,
    columnTotalOf,
  };
}

/** The release with exactly the given figures suppressed (every other figure published). */
export function suppress(release: LinearRelease, suppressed: Iterable<string>): LinearRelease {
  const hidden = new Set(suppressed);
  const all = [...release.cells.map((cell) => cell.id), ...release.relations.map((relation) => relation.id)];
  return { ...release, published: all.filter((id) => !hidden.has(id)) };
}

/** The true value of every figure of a release (cells, and relations as the sums of their terms). */
export function figureValues(release: LinearRelease): Map<string, number> {
  const values = new Map(release.cells.map((cell) => [cell.id, cell.value]));
  for (const relation of release.relations) {
    values.set(
      relation.id,
      relation.terms.reduce((sum, term) => sum + (values.get(term) ?? Number.NaN), 0),
    );
  }
  return values;
}
