/**
 * A release as a linear model: every figure it could show is either an inner cell (a finest count) or an
 * additive relation over inner cells (a tree total, a category total, a cross-tab margin, respondents, a
 * headcount). Cells and relations share one namespace of figure ids.
 *
 * Plain data, so that it can be built by the release builder, stored and read back as JSON.
 */
export interface LinearRelease {
  /** The inner cells with their true values (non-negative integers). Only the auditor knows them. */
  readonly cells: readonly InnerCell[];
  /** Every aggregate of the release, published or suppressed: its value is the sum of its terms. */
  readonly relations: readonly Relation[];
  /** Ids of the figures (cells or relations) whose values are published; every other figure is suppressed. */
  readonly published: readonly string[];
}

/** A finest count: leaf unit × structural attributes × category. */
export interface InnerCell {
  readonly id: string;
  /** The true count, a non-negative integer. */
  readonly value: number;
}

/**
 * An aggregate equal to the sum of the inner cells it names (each with coefficient 1). A quantity that is a
 * difference ("did not choose" = respondents − chose) is modelled by making both parts inner cells.
 */
export interface Relation {
  readonly id: string;
  /** Ids of inner cells (not of other relations), each at most once. An empty sum is 0. */
  readonly terms: readonly string[];
}

/** Thrown when a release or the audit options contradict the contract of {@link LinearRelease}. */
export class InvalidReleaseError extends Error {
  override readonly name = 'InvalidReleaseError';
}

/** A release checked and indexed for the audit. */
export interface IndexedRelease {
  /** Column index of every inner cell, in input order. */
  readonly cellIndex: ReadonlyMap<string, number>;
  /** The true value of every figure (cells and relations). */
  readonly values: ReadonlyMap<string, number>;
  /** Column indices (ascending) of every relation's terms. */
  readonly relationColumns: ReadonlyMap<string, readonly number[]>;
  readonly published: ReadonlySet<string>;
}

/**
 * Checks a release against the contract of {@link LinearRelease} and indexes it: ids are non-empty and unique
 * across cells and relations, cell values are non-negative safe integers, relation terms name existing inner
 * cells at most once each, and published ids name existing figures (repeats are ignored). Throws
 * {@link InvalidReleaseError} naming the first violation.
 */
export function indexRelease(release: LinearRelease): IndexedRelease {
  const cellIndex = new Map<string, number>();
  const values = new Map<string, number>();
  const relationColumns = new Map<string, readonly number[]>();

  const claimId = (id: unknown, what: string): string => {
    if (typeof id !== 'string' || id === '') throw new InvalidReleaseError(`${what} has no id`);
    if (values.has(id)) throw new InvalidReleaseError(`figure id "${id}" is used more than once`);
    return id;
  };

  for (const [index, cell] of release.cells.entries()) {
    const id = claimId(cell.id, `inner cell #${index}`);
    if (!Number.isSafeInteger(cell.value) || cell.value < 0) {
      throw new InvalidReleaseError(`inner cell "${id}" has value ${cell.value}; counts are non-negative integers`);
    }
    cellIndex.set(id, index);
    values.set(id, cell.value);
  }

  for (const [index, relation] of release.relations.entries()) {
    const id = claimId(relation.id, `relation #${index}`);
    const columns: number[] = [];
    let value = 0;
    for (const term of relation.terms) {
      const column = cellIndex.get(term);
      if (column === undefined) throw new InvalidReleaseError(`relation "${id}" names "${term}", not an inner cell`);
      columns.push(column);
      value += release.cells[column].value;
    }
    columns.sort((a, b) => a - b);
    if (columns.some((column, i) => i > 0 && columns[i - 1] === column)) {
      throw new InvalidReleaseError(`relation "${id}" names an inner cell more than once`);
    }
    if (!Number.isSafeInteger(value)) throw new InvalidReleaseError(`relation "${id}" sums beyond a safe integer`);
    relationColumns.set(id, columns);
    values.set(id, value);
  }

  const published = new Set<string>();
  for (const id of release.published) {
    if (!values.has(id)) throw new InvalidReleaseError(`published id "${id}" is neither an inner cell nor a relation`);
    published.add(id);
  }

  return { cellIndex, values, relationColumns, published };
}
