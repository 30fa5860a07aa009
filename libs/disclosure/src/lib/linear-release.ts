/**
 * A release as a linear model: every figure it could show (a finest count, a tree total, a category total, a
 * margin, respondents, a headcount) is a non-negative integer, and the additive relations between them are
 * constraints `whole = sum of parts`. A figure may be the whole of several constraints (a unit total broken
 * down by categories and, separately, by career group) and a part of several.
 *
 * Plain data, so that it can be built by the release builder, stored and read back as JSON.
 */
export interface LinearRelease {
  /** Every figure with its true value (a non-negative integer). Only the auditor knows the suppressed ones. */
  readonly figures: readonly Figure[];
  /** The additive relations an attacker knows. */
  readonly constraints: readonly Constraint[];
  /** Ids of the figures whose values are published; every other figure is suppressed. */
  readonly published: readonly string[];
}

export interface Figure {
  readonly id: string;
  /** The true count, a non-negative integer. */
  readonly value: number;
}

/** `whole = parts[0] + parts[1] + …` (an empty sum is 0). */
export interface Constraint {
  readonly whole: string;
  readonly parts: readonly string[];
}

/** Thrown when a release or the audit options contradict the contract of {@link LinearRelease}. */
export class InvalidReleaseError extends Error {
  override readonly name = 'InvalidReleaseError';
}

/**
 * A release indexed for solving: figures are numbered in input order; constraint `c` has the whole
 * `wholes[c]` and the parts `parts[partStart[c] .. partStart[c + 1])`; figure `f` is a member (whole or part)
 * of the constraints `memberOf[memberStart[f] .. memberStart[f + 1])`.
 */
export interface LinearModel {
  readonly ids: readonly string[];
  readonly values: Float64Array;
  readonly wholes: Int32Array;
  readonly partStart: Int32Array;
  readonly parts: Int32Array;
  readonly memberStart: Int32Array;
  readonly memberOf: Int32Array;
}

/**
 * Checks a release against the contract of {@link LinearRelease} and indexes it: ids are non-empty and unique,
 * values are non-negative safe integers, constraints name existing figures, a part at most once and never the
 * whole itself, and hold for the true values; published ids name existing figures (repeats are ignored).
 * Throws {@link InvalidReleaseError} naming the first violation.
 */
export function indexRelease(release: LinearRelease): { model: LinearModel; published: Uint8Array } {
  const index = new Map<string, number>();
  const values = new Float64Array(release.figures.length);
  for (const [i, figure] of release.figures.entries()) {
    if (typeof figure.id !== 'string' || figure.id === '') throw new InvalidReleaseError(`figure #${i} has no id`);
    if (index.has(figure.id)) throw new InvalidReleaseError(`figure id "${figure.id}" is used more than once`);
    if (!Number.isSafeInteger(figure.value) || figure.value < 0) {
      throw new InvalidReleaseError(
        `figure "${figure.id}" has value ${figure.value}; counts are non-negative integers`,
      );
    }
    index.set(figure.id, i);
    values[i] = figure.value;
  }
  const figureOf = (id: string, where: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new InvalidReleaseError(`${where} names "${id}", which is not a figure`);
    return i;
  };

  const constraints = release.constraints.map((constraint, c) => {
    const where = `constraint #${c} (whole "${constraint.whole}")`;
    const whole = figureOf(constraint.whole, where);
    const parts = constraint.parts.map((part) => figureOf(part, where));
    const distinct = new Set(parts);
    if (distinct.size !== parts.length || distinct.has(whole)) {
      throw new InvalidReleaseError(`${where} names a figure more than once`);
    }
    const sum = parts.reduce((total, part) => total + values[part], 0);
    if (sum !== values[whole]) {
      throw new InvalidReleaseError(`${where} does not hold: ${values[whole]} ≠ ${sum}, the sum of its parts`);
    }
    return { whole, parts };
  });

  const published = new Uint8Array(values.length);
  for (const id of release.published) published[figureOf(id, 'the published list')] = 1;

  return { model: linearModel([...index.keys()], values, constraints), published };
}

/** Builds a {@link LinearModel} from per-constraint lists. */
export function linearModel(
  ids: readonly string[],
  values: Float64Array,
  constraints: readonly { readonly whole: number; readonly parts: readonly number[] }[],
): LinearModel {
  const wholes = new Int32Array(constraints.length);
  const partStart = new Int32Array(constraints.length + 1);
  for (const [c, constraint] of constraints.entries()) {
    wholes[c] = constraint.whole;
    partStart[c + 1] = partStart[c] + constraint.parts.length;
  }
  const parts = new Int32Array(partStart[constraints.length]);
  for (const [c, constraint] of constraints.entries()) parts.set(constraint.parts, partStart[c]);
  return linearModelFromArrays(ids, values, wholes, partStart, parts);
}

/** Completes a {@link LinearModel} from its constraint arrays by indexing which constraints each figure is in. */
export function linearModelFromArrays(
  ids: readonly string[],
  values: Float64Array,
  wholes: Int32Array,
  partStart: Int32Array,
  parts: Int32Array,
): LinearModel {
  const memberStart = new Int32Array(ids.length + 1);
  for (let c = 0; c < wholes.length; c++) {
    memberStart[wholes[c] + 1]++;
    for (let p = partStart[c]; p < partStart[c + 1]; p++) memberStart[parts[p] + 1]++;
  }
  for (let f = 0; f < ids.length; f++) memberStart[f + 1] += memberStart[f];
  const memberOf = new Int32Array(memberStart[ids.length]);
  const next = memberStart.slice(0, ids.length);
  for (let c = 0; c < wholes.length; c++) {
    memberOf[next[wholes[c]]++] = c;
    for (let p = partStart[c]; p < partStart[c + 1]; p++) memberOf[next[parts[p]]++] = c;
  }
  return { ids, values, wholes, partStart, parts, memberStart, memberOf };
}
