import { checkProtection } from '../audit/audit-release';
import { sharedHighsRuntime } from '../audit/highs-runtime';
import type { LinearModel } from '../linear-release';
import { REASON, primarySuppression, type SuppressionState } from './primary-suppression';
import { complementCost, protectionLevels, tableIndex } from './figure-weights';
import type { ProtectionInput } from './protection-input';
import { buildReleaseModel } from './release-model';
import { secondarySuppression } from './secondary-suppression';
import { validateInput } from './validate-input';

/**
 * The simple baseline that `npm run bench:disclosure` compares `protect` with (not used to publish anything):
 * for each primary and min-respondents figure, in each constraint where it is the only suppressed figure,
 * suppress the smallest other figure; repeat, for every constraint, until no constraint has exactly one
 * suppressed figure. A constraint's row, column or tree level is all it looks at; it never checks the result.
 *
 * "Suppressed" as in `secondarySuppression`: neither published nor known from an earlier version; a hidden
 * unknown (staff who did not respond, staff outside a breakdown) counts as a second unknown of its constraint.
 * "Smallest" prefers a figure above 0 (a zero cannot absorb a change); a zero only when nothing else is left;
 * ties go to the lower figure index. A candidate is published and not known from an earlier version.
 *
 * Works on `state` in place, like `secondarySuppression`; returns the number of complements it added.
 */
export function baselineSuppression(linear: LinearModel, state: SuppressionState): number {
  const { wholes, partStart, parts, memberStart, memberOf } = linear;
  const isUnknown = (f: number) => state.published[f] === 0 && state.known[f] === 0;
  const members = (c: number): number[] => [wholes[c], ...parts.subarray(partStart[c], partStart[c + 1])];

  // The sensitive figures' constraints first, in figure order; then every other constraint (a figure an earlier
  // version suppressed may be alone in one); then, as complements are added, their constraints.
  const queue: number[] = [];
  const queued = new Uint8Array(wholes.length);
  const enqueue = (c: number) => {
    if (queued[c]) return;
    queued[c] = 1;
    queue.push(c);
  };
  for (let f = 0; f < state.sensitive.length; f++) {
    if (state.sensitive[f]) for (let m = memberStart[f]; m < memberStart[f + 1]; m++) enqueue(memberOf[m]);
  }
  for (let c = 0; c < wholes.length; c++) enqueue(c);

  let complements = 0;
  for (let next = 0; next < queue.length; next++) {
    const c = queue[next];
    queued[c] = 0;
    const inConstraint = members(c);
    const unknowns = inConstraint.filter(isUnknown);
    if (unknowns.length !== 1 || state.hidden[unknowns[0]]) continue;
    let best = -1;
    for (const candidate of inConstraint) {
      if (state.published[candidate] !== 1 || state.known[candidate] === 1) continue;
      if (best === -1 || smaller(linear.values, candidate, best)) best = candidate;
    }
    if (best === -1) continue;
    state.published[best] = 0;
    state.reason[best] = REASON.secondary;
    complements++;
    for (let m = memberStart[best]; m < memberStart[best + 1]; m++) enqueue(memberOf[m]);
  }
  return complements;
}

/** Whether figure `a` is a better baseline complement than `b`: above 0 first, then smaller. */
function smaller(values: Float64Array, a: number, b: number): boolean {
  const zeroA = values[a] === 0;
  const zeroB = values[b] === 0;
  if (zeroA !== zeroB) return zeroB;
  return values[a] < values[b] || (values[a] === values[b] && a < b);
}

/** What the baseline does to one input, for the benchmark. */
export interface BaselineOutcome {
  /** Figures of the release's tables (hidden unknowns not counted), as in `ProtectionStats.figures`. */
  readonly figures: number;
  readonly suppressed: number;
  /** suppressed / figures. */
  readonly suppressedShare: number;
  /** The people in suppressed figures over the people in all figures, as `InformationLoss.peopleWeightedShare`. */
  readonly peopleWeightedShare: number;
  /** Primary and min-respondents figures that must be protected. */
  readonly sensitive: number;
  readonly complements: number;
  /** Time to build the model and choose the suppressions (without the check). */
  readonly buildMilliseconds: number;
  /** The linear-programming check of the pattern (`checkProtection`), unless skipped. */
  readonly check?: {
    readonly passed: boolean;
    /** Sensitive figures the pattern leaves unprotected. */
    readonly unprotected: number;
    readonly linearPrograms: number;
    readonly milliseconds: number;
  };
  /**
   * The baseline made safe (unless not asked for): its pattern, then `protect`'s linear-programming repair
   * (secondary-suppression.ts) until every sensitive figure is protected. What hiding the baseline's way costs
   * once it has to keep the promise.
   */
  readonly madeSafe?: {
    readonly suppressed: number;
    readonly suppressedShare: number;
    readonly peopleWeightedShare: number;
    /** Whether the repair proved every sensitive figure protected (false: it gave up after its rounds). */
    readonly passed: boolean;
    readonly linearPrograms: number;
    readonly milliseconds: number;
  };
}

/**
 * Builds the release model of `input` as `protect` does, applies the same primary suppression and then
 * {@link baselineSuppression}; then, if asked, checks the pattern by linear programming with the same protection
 * levels as `protect` (`check`), and makes it safe with `protect`'s linear-programming repair (`makeSafe`).
 */
export async function baselineProtection(
  input: ProtectionInput,
  { check = true, makeSafe = false }: { readonly check?: boolean; readonly makeSafe?: boolean } = {},
): Promise<BaselineOutcome> {
  const started = performance.now();
  const release = buildReleaseModel(input, validateInput(input));
  const state = primarySuppression(release, input.parameters, input.earlierVersions ?? []);
  const complements = baselineSuppression(release.linear, state);
  const buildMilliseconds = performance.now() - started;

  const sensitive: number[] = [];
  for (let f = 0; f < state.sensitive.length; f++) if (state.sensitive[f]) sensitive.push(f);
  const loss = (): { figures: number; suppressed: number; suppressedShare: number; peopleWeightedShare: number } => {
    let figures = 0;
    let suppressed = 0;
    let people = 0;
    let suppressedPeople = 0;
    for (let f = 0; f < state.hidden.length; f++) {
      if (state.hidden[f]) continue;
      figures++;
      people += release.linear.values[f];
      if (!state.published[f]) {
        suppressed++;
        suppressedPeople += release.linear.values[f];
      }
    }
    return {
      figures,
      suppressed,
      suppressedShare: figures === 0 ? 0 : suppressed / figures,
      peopleWeightedShare: people === 0 ? 0 : suppressedPeople / people,
    };
  };
  const levels = protectionLevels(release, input.parameters.k);
  const levelOf = (figure: number): number => levels[figure];
  let outcome: BaselineOutcome = { ...loss(), sensitive: sensitive.length, complements, buildMilliseconds };

  if (check) {
    const checkStarted = performance.now();
    const attackerKnows = state.published.map((published, f) => published | state.known[f]);
    const { value } = await sharedHighsRuntime.run((highs) =>
      checkProtection(highs, release.linear, attackerKnows, sensitive, levelOf),
    );
    outcome = {
      ...outcome,
      check: {
        passed: value.unprotected.size === 0,
        unprotected: value.unprotected.size,
        linearPrograms: value.linearPrograms,
        milliseconds: performance.now() - checkStarted,
      },
    };
  }
  if (makeSafe) {
    const repairStarted = performance.now();
    const { value } = await sharedHighsRuntime.run((highs) =>
      secondarySuppression(
        highs,
        release.linear,
        state,
        levelOf,
        complementCost(release),
        tableIndex(release),
        sensitive,
      ),
    );
    const { suppressed, suppressedShare, peopleWeightedShare } = loss();
    outcome = {
      ...outcome,
      madeSafe: {
        suppressed,
        suppressedShare,
        peopleWeightedShare,
        passed: value.unproven.length === 0,
        linearPrograms: value.linearPrograms,
        milliseconds: performance.now() - repairStarted,
      },
    };
  }
  return outcome;
}
