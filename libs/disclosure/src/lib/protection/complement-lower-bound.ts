import type { Highs } from 'highs';
import { ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE } from '../audit/component-program';
import { suppressedComponents } from '../audit/components';
import { AuditSolverError, sharedHighsRuntime } from '../audit/highs-runtime';
import type { LinearModel } from '../linear-release';
import { protectionLevels } from './figure-weights';
import { primarySuppression, type SuppressionState } from './primary-suppression';
import type { ProtectionInput } from './protection-input';
import { buildReleaseModel } from './release-model';
import { validateInput } from './validate-input';

/**
 * Above this many possible complements the 0/1 program is not branched on, only its linear relaxation solved
 * (a weaker bound): at federal scale (700,000) branching did not finish in 10 minutes.
 */
const MAX_BRANCHING_COLUMNS = 100_000;

/** What {@link complementLowerBound} proves. */
export interface ComplementLowerBound {
  /**
   * No pattern that protects every sensitive figure (interval reaching 0 and its level) hides fewer
   * complements than this; `Infinity` if no pattern can.
   */
  readonly complements: number;
  /**
   * `optimal`: the 0/1 program's optimum; `time-limit`: the bound the 0/1 program had proven when its time ran
   * out; `relaxation`: its linear relaxation's optimum, rounded up (for programs too large to branch on).
   */
  readonly solved: 'optimal' | 'time-limit' | 'relaxation';
  readonly milliseconds: number;
}

/**
 * A lower bound on the complements any safe pattern needs, for `npm run bench:disclosure` (so that "fewer than
 * the baseline" can be told apart from "fewer than is possible"). It is the optimum of a 0/1 program (a variable
 * per figure that could be a complement, minimising their number) over conditions every safe pattern meets,
 * each seen in one constraint `whole = Σ parts` at a time:
 *
 * 1. a sensitive figure that must move (down to 0, or up to its level) has another unknown in each of its
 *    constraints, which moves with it;
 * 2. a sensitive part that must rise by u under a known whole needs other unknown parts that can fall by u
 *    together (each by at most its value);
 * 3. a sensitive whole that must fall to 0 needs every part above 0 unknown (they all fall to 0 with it);
 * 4. a complement has another unknown in each of its constraints: a complement alone in one is computed
 *    exactly, so publishing it changes nothing, and a pattern with the fewest complements has none such.
 *
 * Hidden figures (non-respondents, staff outside a breakdown), sensitive figures and figures an earlier
 * version suppressed are unknown in every pattern; a known figure never moves. The attacker can do far more than
 * look at one constraint at a time, so the true optimum is usually well above the bound; but no pattern with
 * fewer complements than the bound can be safe.
 *
 * For a first version only: a correction's figures that earlier versions already expose are not modelled.
 */
export function complementLowerBound(
  highs: Highs,
  linear: LinearModel,
  state: SuppressionState,
  levelOf: (figure: number) => number,
  { timeLimitSeconds = 300 }: { readonly timeLimitSeconds?: number } = {},
): ComplementLowerBound {
  const started = performance.now();
  const done = (complements: number, solved: ComplementLowerBound['solved']): ComplementLowerBound => ({
    complements,
    solved,
    milliseconds: performance.now() - started,
  });
  const whole = conditionsOf(linear, state, levelOf);
  if (whole === null) return done(Infinity, 'optimal');

  let complements = 0;
  let solved: ComplementLowerBound['solved'] = 'optimal';
  for (const program of byComponent(linear, state, whole)) {
    if (program.rowLower.length === 0) {
      // Nothing to choose, but a part a sensitive whole needs hidden is still a complement.
      complements += program.colLower.reduce((sum, forced) => sum + forced, 0);
      continue;
    }
    const secondsLeft = Math.max(1, timeLimitSeconds - (performance.now() - started) / 1000);
    const result = solveProgram(highs, program, secondsLeft);
    complements += result.complements;
    if (SOLVED_ORDER.indexOf(result.solved) > SOLVED_ORDER.indexOf(solved)) solved = result.solved;
  }
  return done(complements, solved);
}

/** A 0/1 program: a column per possible complement, rows `Σ coefficient · column ≥ rowLower` in CSR form. */
interface Program {
  readonly columns: number;
  readonly starts: number[];
  readonly indices: number[];
  readonly coefficients: number[];
  readonly rowLower: number[];
  readonly colLower: Float64Array;
}

/** The possible complements of `state`: figure → column, −1 for every other figure. */
function complementColumns(state: SuppressionState): Int32Array {
  const column = new Int32Array(state.published.length).fill(-1);
  let columns = 0;
  for (let f = 0; f < column.length; f++) {
    if (state.published[f] && !state.known[f] && !state.hidden[f] && !state.sensitive[f]) column[f] = columns++;
  }
  return column;
}

/** Unknown whatever the pattern: hidden, sensitive, or suppressed by an earlier version. */
function alwaysUnknown(state: SuppressionState, column: Int32Array, f: number): boolean {
  return column[f] === -1 && !state.published[f] && !state.known[f];
}

/** The four conditions as one program over every possible complement, or null if no pattern can meet them. */
function conditionsOf(
  linear: LinearModel,
  state: SuppressionState,
  levelOf: (figure: number) => number,
): Program | null {
  const { values, wholes, partStart, parts } = linear;
  const column = complementColumns(state);
  const unknown = (f: number) => alwaysUnknown(state, column, f);
  const columns = column.reduce((count, c) => count + (c === -1 ? 0 : 1), 0);
  const program: Program = {
    columns,
    starts: [0],
    indices: [],
    coefficients: [],
    rowLower: [],
    colLower: new Float64Array(columns),
  };
  let impossible = false;
  const addRow = (row: readonly (readonly [number, number])[], lower: number): void => {
    for (const [c, w] of row) {
      program.indices.push(c);
      program.coefficients.push(w);
    }
    program.rowLower.push(lower);
    program.starts.push(program.indices.length);
  };
  /** Requires `Σ weight(q) · [q unknown] ≥ need` over `members`. */
  const requireUnknowns = (members: readonly number[], weight: (q: number) => number, need: number): void => {
    let rest = need;
    const row: [number, number][] = [];
    for (const q of members) {
      const w = weight(q);
      if (w <= 0) continue;
      if (column[q] !== -1) row.push([column[q], w]);
      else if (unknown(q)) rest -= w;
    }
    if (rest <= 0) return;
    if (row.length === 0) impossible = true;
    else addRow(row, rest);
  };

  for (let c = 0; c < wholes.length; c++) {
    const whole = wholes[c];
    const members = [whole, ...parts.subarray(partStart[c], partStart[c + 1])];
    for (const p of members) {
      const others = members.filter((q) => q !== p);
      if (column[p] !== -1) {
        // Condition 4: Σ other complements − s_p ≥ 0, unless another member is unknown anyway.
        if (others.some(unknown)) continue;
        const row = others.filter((q) => column[q] !== -1).map((q) => [column[q], 1] as const);
        addRow([...row, [column[p], -1]], 0);
        continue;
      }
      if (!state.sensitive[p]) continue;
      const down = values[p];
      const up = Math.max(0, levelOf(p) - values[p]);
      if (down === 0 && up === 0) continue;
      requireUnknowns(others, () => 1, 1);
      if (p === whole) {
        for (const q of others) {
          if (values[q] === 0) continue;
          if (column[q] !== -1) program.colLower[column[q]] = 1;
          else if (!unknown(q)) impossible = true;
        }
      } else if (up > 0) {
        requireUnknowns(others, (q) => (q === whole ? up : Math.min(values[q], up)), up);
      }
    }
  }
  return impossible ? null : program;
}

/**
 * Figures the attacker knows are constants, so the program falls apart into one per component of the rest (a
 * table, or a cross-tab with its two dimensions): smaller programs, and each fits the solver's memory.
 */
function byComponent(linear: LinearModel, state: SuppressionState, whole: Program): Program[] {
  const column = complementColumns(state);
  const constant = new Uint8Array(column.length);
  for (let f = 0; f < column.length; f++) constant[f] = column[f] === -1 && !alwaysUnknown(state, column, f) ? 1 : 0;
  const componentOfColumn = new Int32Array(whole.columns);
  const localColumn = new Int32Array(whole.columns);
  const programs: Program[] = [];
  for (const figures of suppressedComponents(linear, constant)) {
    let size = 0;
    for (const f of figures) {
      if (column[f] === -1) continue;
      componentOfColumn[column[f]] = programs.length;
      localColumn[column[f]] = size++;
    }
    programs.push({
      columns: size,
      starts: [0],
      indices: [],
      coefficients: [],
      rowLower: [],
      colLower: new Float64Array(size),
    });
  }
  for (let c = 0; c < whole.columns; c++) programs[componentOfColumn[c]].colLower[localColumn[c]] = whole.colLower[c];
  for (let r = 0; r < whole.rowLower.length; r++) {
    // Every row comes from one relation, whose unknowns are all in one component.
    const program = programs[componentOfColumn[whole.indices[whole.starts[r]]]];
    for (let e = whole.starts[r]; e < whole.starts[r + 1]; e++) {
      program.indices.push(localColumn[whole.indices[e]]);
      program.coefficients.push(whole.coefficients[e]);
    }
    program.rowLower.push(whole.rowLower[r]);
    program.starts.push(program.indices.length);
  }
  return programs;
}

/** From the strongest bound to the weakest. */
const SOLVED_ORDER: readonly ComplementLowerBound['solved'][] = ['optimal', 'time-limit', 'relaxation'];

/** Minimises the number of complements of one component's program (all columns 0/1, every row `≥`). */
function solveProgram(
  highs: Highs,
  program: Program,
  timeLimitSeconds: number,
): { complements: number; solved: ComplementLowerBound['solved'] } {
  const { columns, rowLower } = program;
  const branch = columns <= MAX_BRANCHING_COLUMNS;
  const model = highs.createModel({
    numCols: columns,
    numRows: rowLower.length,
    sense: highs.constants.objectiveSense.minimize,
    colCost: new Float64Array(columns).fill(1),
    colLower: program.colLower,
    colUpper: new Float64Array(columns).fill(1),
    rowLower,
    rowUpper: new Float64Array(rowLower.length).fill(highs.infinity),
    matrix: {
      format: 'csr',
      numRows: rowLower.length,
      numCols: columns,
      starts: program.starts,
      indices: program.indices,
      values: Float64Array.from(program.coefficients),
    },
    ...(branch && { integrality: new Int32Array(columns).fill(highs.constants.variableType.integer) }),
  });
  try {
    model.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0 });
    const status = model.run().modelStatus;
    const { optimal, infeasible, timeLimit } = highs.constants.modelStatus;
    if (status === infeasible) return { complements: Infinity, solved: 'optimal' };
    if (status !== optimal && !(branch && status === timeLimit)) {
      throw new AuditSolverError(`the lower bound's program ended with status ${status}`);
    }
    const bound = Number(model.info.get(branch ? 'mip_dual_bound' : 'objective_function_value'));
    if (Number.isNaN(bound)) throw new AuditSolverError("the lower bound's program returned no bound");
    return {
      complements: roundUp(bound),
      solved: !branch ? 'relaxation' : status === optimal ? 'optimal' : 'time-limit',
    };
  } finally {
    model.dispose();
  }
}

/**
 * The optimum over integers is an integer: round a proven bound up, allowing for floating-point error (and
 * 0 for a bound of −∞, which a search stopped before its first relaxation reports).
 */
function roundUp(bound: number): number {
  return Math.max(0, Math.ceil(bound - ABSOLUTE_TOLERANCE - RELATIVE_TOLERANCE * Math.abs(bound)));
}

/** {@link complementLowerBound} of an input, with the model, primary suppression and levels `protect` uses. */
export async function complementLowerBoundOf(
  input: ProtectionInput,
  options: { readonly timeLimitSeconds?: number } = {},
): Promise<ComplementLowerBound> {
  if ((input.earlierVersions ?? []).length > 0) throw new Error('the lower bound is for a first version only');
  const release = buildReleaseModel(input, validateInput(input));
  const state = primarySuppression(release, input.parameters, []);
  const levels = protectionLevels(release, input.parameters.k);
  const { value } = await sharedHighsRuntime.run((highs) =>
    complementLowerBound(highs, release.linear, state, (figure) => levels[figure], options),
  );
  return value;
}
