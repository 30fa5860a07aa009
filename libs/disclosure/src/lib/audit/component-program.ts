import type { Highs, Model } from 'highs';
import type { LinearModel } from '../linear-release';
import { AuditSolverError } from './highs-runtime';

/**
 * Absolute part of the tolerance with which LP optima are snapped to integers (plus {@link RELATIVE_TOLERANCE}
 * times the optimum). Counts are integers, so the attacker learns [⌈lo⌉, ⌊hi⌋]; the tolerance only absorbs
 * floating-point error (HiGHS solves to feasibility tolerances of 1e-9) and stays below 0.1 for counts up to 10⁸.
 */
export const ABSOLUTE_TOLERANCE = 1e-6;
/** Relative part of the snapping tolerance, see {@link ABSOLUTE_TOLERANCE}. */
export const RELATIVE_TOLERANCE = 1e-9;

// Successive LPs differ only in the objective (or a few bounds), so the previous optimal basis stays primal
// feasible: primal simplex re-solves a single figure's bound from it, and presolve (which would discard it) is
// off. Measured 1.5–2.5× faster than the defaults on a 2,000-cell table, with identical intervals. Objectives
// over thousands of figures at once are another matter: dual simplex solved one over 21,000 figures in 1.1 s,
// primal simplex in 19 s.
const PRIMAL_SIMPLEX = 4;
const DUAL_SIMPLEX = 1;
const SOLVER_OPTIONS = {
  output_flag: false,
  presolve: 'off',
  simplex_strategy: PRIMAL_SIMPLEX,
  primal_feasibility_tolerance: 1e-9,
  dual_feasibility_tolerance: 1e-9,
} as const;

/**
 * The attacker's linear program over a set of suppressed figures: a column per figure (≥ 0), an equality row
 * per constraint that involves one, every other figure moved to the right-hand side at its value. For a whole
 * component (see `suppressedComponents`) the program is exact; for part of one it is a restriction, whose
 * feasible points are feasible for the attacker too (so it can prove protection, never disprove it).
 * Figures are addressed by their index in the whole model.
 */
export class ComponentProgram {
  private readonly column = new Map<number, number>();
  private readonly model: Model;
  private readonly status: Highs['constants']['modelStatus'];
  private readonly sense: Highs['constants']['objectiveSense'];
  private readonly infinity: number;
  linearPrograms = 0;

  constructor(
    highs: Highs,
    private readonly linear: LinearModel,
    figures: readonly number[],
  ) {
    this.status = highs.constants.modelStatus;
    this.sense = highs.constants.objectiveSense;
    this.infinity = highs.infinity;
    for (const [column, figure] of figures.entries()) this.column.set(figure, column);

    const seen = new Set<number>();
    const starts = [0];
    const indices: number[] = [];
    const coefficients: number[] = [];
    const rhs: number[] = [];
    for (const figure of figures) {
      for (let m = linear.memberStart[figure]; m < linear.memberStart[figure + 1]; m++) {
        const c = linear.memberOf[m];
        if (seen.has(c)) continue;
        seen.add(c);
        let constant = 0;
        const add = (member: number, coefficient: number): void => {
          const column = this.column.get(member);
          // A suppressed figure outside the program is held at its true value: that only shrinks the
          // feasible set, so every point the program finds is one the attacker must also consider.
          if (column === undefined) constant -= coefficient * linear.values[member];
          else {
            indices.push(column);
            coefficients.push(coefficient);
          }
        };
        add(linear.wholes[c], 1);
        for (let p = linear.partStart[c]; p < linear.partStart[c + 1]; p++) add(linear.parts[p], -1);
        rhs.push(constant);
        starts.push(indices.length);
      }
    }

    const numCols = figures.length;
    this.model = highs.createModel({
      numCols,
      numRows: rhs.length,
      sense: this.sense.minimize,
      colCost: new Float64Array(numCols),
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(highs.infinity),
      rowLower: rhs,
      rowUpper: rhs,
      matrix: {
        format: 'csr',
        numRows: rhs.length,
        numCols,
        starts,
        indices,
        values: Float64Array.from(coefficients),
      },
    });
    this.model.options.set(SOLVER_OPTIONS);
  }

  /** The exact feasibility interval [lo, hi] of one figure (hi may be Infinity). */
  interval(figure: number): { lo: number; hi: number } {
    const id = this.linear.ids[figure];
    const columns = [this.columnOf(figure)];
    this.model.options.set('simplex_strategy', PRIMAL_SIMPLEX);
    this.setCost(columns, 1);
    try {
      const min = this.solve(this.sense.minimize);
      if (min !== this.status.optimal) throw new AuditSolverError(`HiGHS status ${min} minimising "${id}"`);
      const lo = Math.max(0, roundUp(this.model.getObjectiveValue()));
      const max = this.solve(this.sense.maximize);
      // The true values satisfy every constraint, so the LP is feasible: "unbounded or infeasible" is unbounded.
      if (max === this.status.unbounded || max === this.status.unboundedOrInfeasible) {
        return { lo, hi: Number.POSITIVE_INFINITY };
      }
      if (max !== this.status.optimal) throw new AuditSolverError(`HiGHS status ${max} maximising "${id}"`);
      return { lo, hi: roundDown(this.model.getObjectiveValue()) };
    } finally {
      this.setCost(columns, 0);
    }
  }

  /**
   * One feasible point that makes as many of `targets` 0 as it can (it minimises their sum); returns the
   * targets that are 0 there: for each of them the attacker cannot exclude 0. Empty if the solver fails.
   */
  zeroAtOnce(targets: readonly number[]): number[] {
    const columns = targets.map((figure) => this.columnOf(figure));
    this.model.options.set('simplex_strategy', DUAL_SIMPLEX);
    this.setCost(columns, 1);
    try {
      if (this.solve(this.sense.minimize) !== this.status.optimal) return [];
      const { colValue } = this.model.getSolution();
      return targets.filter((_, i) => colValue[columns[i]] <= tolerance(0));
    } finally {
      this.setCost(columns, 0);
    }
  }

  /**
   * One feasible point that takes as many of `targets` up to their upper protection level as it can (each
   * capped at max(level, its value), their sum maximised); returns the targets that reach it there: for each
   * of them the attacker cannot exclude a value that high. The caps only shrink the feasible set, so every point found is feasible without them.
   */
  reachAtOnce(unsorted: readonly number[], upperOf: (figure: number) => number): number[] {
    const targets = [...unsorted].sort((a, b) => a - b);
    const columns = targets.map((figure) => this.columnOf(figure));
    const selection = { kind: 'set', indices: columns } as const;
    const caps = targets.map((figure) => Math.max(upperOf(figure), this.linear.values[figure]));
    this.model.changeColsBounds(selection, new Float64Array(columns.length), caps);
    this.model.options.set('simplex_strategy', DUAL_SIMPLEX);
    this.setCost(columns, 1);
    try {
      if (this.solve(this.sense.maximize) !== this.status.optimal) return [];
      const { colValue } = this.model.getSolution();
      return targets.filter((figure, i) => colValue[columns[i]] >= upperOf(figure) - tolerance(upperOf(figure)));
    } finally {
      this.setCost(columns, 0);
      this.model.changeColsBounds(
        selection,
        new Float64Array(columns.length),
        new Float64Array(columns.length).fill(this.infinity),
      );
    }
  }

  dispose(): void {
    this.model.dispose();
  }

  private columnOf(figure: number): number {
    const column = this.column.get(figure);
    if (column === undefined) throw new AuditSolverError(`"${this.linear.ids[figure]}" is not in this component`);
    return column;
  }

  private setCost(columns: readonly number[], cost: number): void {
    const sorted = [...new Set(columns)].sort((a, b) => a - b);
    this.model.changeColsCost({ kind: 'set', indices: sorted }, new Float64Array(sorted.length).fill(cost));
  }

  private solve(sense: number): number {
    this.model.changeObjectiveSense(sense as never);
    this.linearPrograms++;
    const status = this.model.run().modelStatus;
    if (status !== this.status.unknown) return status;
    // A warm start (notably after changeColsBounds) can stop with status "unknown" (HiGHS issues #1528,
    // #2230): solve once more from scratch.
    this.model.clearSolver();
    this.linearPrograms++;
    return this.model.run().modelStatus;
  }
}

function tolerance(x: number): number {
  return ABSOLUTE_TOLERANCE + RELATIVE_TOLERANCE * Math.abs(x);
}

/** The smallest integer not below x, treating x within tolerance of an integer as that integer. */
function roundUp(x: number): number {
  return Math.ceil(x - tolerance(x));
}

/** The largest integer not above x, treating x within tolerance of an integer as that integer. */
function roundDown(x: number): number {
  return Math.floor(x + tolerance(x));
}
