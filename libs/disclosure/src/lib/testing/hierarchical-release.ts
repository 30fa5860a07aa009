import type { Constraint, Figure, LinearRelease } from '../linear-release';

/** The shape of an organisation tree: a unit is the list of its child units (a leaf has none). */
export type UnitShape = readonly UnitShape[];

/** Options of {@link buildHierarchicalRelease}. */
export interface HierarchicalOptions {
  /**
   * Also state, for every internal unit, `unit total = Σ its children's unit totals`. The constraint follows
   * from the others (it is redundant), as in a real release that breaks a unit total down both by category
   * and by sub-unit.
   */
  readonly childTotals?: boolean;
}

/**
 * A release of one table: organisation units × categories, every figure published. Every figure is a variable
 * of the release:
 *
 * - the inner cells, leaf × category (`1.2/c0`);
 * - the category totals of every internal unit (`1/c0`), with `unit/c = Σ child/c` over its children;
 * - the total of every unit over the categories (`1.2/*`), with `unit/* = Σ unit/c` over the categories
 *   (for a leaf these parts are its inner cells).
 *
 * The root's total `1/*` is the grand total.
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
 * Builds the table for a unit tree and `categories`, taking inner cell values from `values` in order
 * (leaves depth-first, categories within a leaf). `values` must hold at least leaves × categories numbers.
 * Figures are listed children before parents; constraints in the order their wholes are computed.
 */
export function buildHierarchicalRelease(
  root: UnitShape,
  categories: readonly string[],
  values: readonly number[],
  options: HierarchicalOptions = {},
): HierarchicalRelease {
  const figures: Figure[] = [];
  const constraints: Constraint[] = [];
  const innerCells: string[] = [];
  const rowTotalOf = new Map<string, string>();
  const columnTotalOf = new Map<string, string>();

  /** Adds `whole` with the sum of `parts` as its value, and the constraint `whole = Σ parts`. */
  const total = (whole: string, parts: readonly Figure[]): Figure => {
    const figure = { id: whole, value: parts.reduce((sum, part) => sum + part.value, 0) };
    figures.push(figure);
    constraints.push({ whole, parts: parts.map((part) => part.id) });
    return figure;
  };

  /** Adds the figures of a unit's subtree; returns the unit's figure per category and its total. */
  const visit = (unit: UnitShape, id: string, parent: string | undefined): { byCategory: Figure[]; all: Figure } => {
    const children = unit.map((child, i) => visit(child, `${id}.${i + 1}`, id));
    const byCategory =
      children.length === 0
        ? categories.map((category) => {
            const cell = { id: `${id}/${category}`, value: values[innerCells.length] };
            figures.push(cell);
            innerCells.push(cell.id);
            rowTotalOf.set(cell.id, `${id}/*`);
            if (parent !== undefined) columnTotalOf.set(cell.id, `${parent}/${category}`);
            return cell;
          })
        : categories.map((category, c) =>
            total(
              `${id}/${category}`,
              children.map((child) => child.byCategory[c]),
            ),
          );
    const all = total(`${id}/*`, byCategory);
    if (options.childTotals && children.length > 0) {
      constraints.push({ whole: all.id, parts: children.map((child) => child.all.id) });
    }
    return { byCategory, all };
  };
  visit(root, '1', undefined);

  return {
    release: { figures, constraints, published: figures.map((figure) => figure.id) },
    grandTotal: '1/*',
    innerCells,
    rowTotalOf,
    columnTotalOf,
  };
}

/** The ids of every figure of a release, in release order. */
export function figureIds(release: LinearRelease): string[] {
  return release.figures.map((figure) => figure.id);
}

/** The release with exactly the given figures suppressed (every other figure published). */
export function suppress(release: LinearRelease, suppressed: Iterable<string>): LinearRelease {
  const hidden = new Set(suppressed);
  return { ...release, published: figureIds(release).filter((id) => !hidden.has(id)) };
}

/** The true value of every figure of a release. */
export function figureValues(release: LinearRelease): Map<string, number> {
  return new Map(release.figures.map((figure) => [figure.id, figure.value]));
}
