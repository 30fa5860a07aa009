import type { Highs } from 'highs';
import { checkProtection } from '../audit/audit-release';
import type { LinearModel } from '../linear-release';
import { REASON, type SuppressionState } from './primary-suppression';

/** Rounds of audit-driven repair before giving up (the release then fails its audit and is not published). */
const MAX_REPAIR_ROUNDS = 40;

/**
 * Chooses complementary suppressions until every sensitive figure is protected, in two steps:
 *
 * 1. **No figure alone in a constraint.** A constraint with exactly one unknown gives that unknown away, so
 *    while some constraint has exactly one suppressed figure (and no hidden unknown), one more of its figures
 *    is suppressed. The figure is chosen for low cost: first, no new constraint of its own left with it as the
 *    only unknown (that would need yet another complement); then enough room (a complement that must absorb
 *    a primary figure's move has to be at least that large); then the smallest count (fewest people hidden).
 * 2. **Audit and repair.** The linear-programming check finds the sensitive figures whose interval does not
 *    reach 0 and k; each gets one more complement from its constraints (or, when those are all suppressed,
 *    from its neighbours' constraints), step 1 runs again, and only the figures not yet proven protected are
 *    checked again (suppressing more never narrows an interval).
 *
 * Returns the number of repair rounds and the sensitive figures that no check has proven protected since the
 * last change (empty when the last check proved all): a proof stays valid when more figures are hidden, so
 * the caller's final audit only has to look at these.
 */
export function secondarySuppression(
  highs: Highs,
  linear: LinearModel,
  state: SuppressionState,
  levelOf: (figure: number) => number,
  extraCost: Float64Array,
  tableOf: Int32Array,
  pending: number[],
): { repairRounds: number; unproven: number[]; linearPrograms: number } {
  const suppressor = new Suppressor(linear, state, levelOf, extraCost);
  suppressor.closeSingletons(allConstraints(linear));

  let repairRounds = 0;
  let linearPrograms = 0;
  while (pending.length > 0 && repairRounds < MAX_REPAIR_ROUNDS) {
    const check = checkProtection(highs, linear, suppressor.attackerKnows(), pending, levelOf, { tableOf });
    linearPrograms += check.linearPrograms;
    pending = [...check.unprotected.keys()];
    if (pending.length === 0) break;
    repairRounds++;
    const touched: number[] = [];
    for (const figure of pending) {
      const complement = suppressor.bestComplementNear(figure);
      if (complement !== -1) touched.push(...suppressor.suppress(complement));
    }
    if (touched.length === 0) break;
    suppressor.closeSingletons(touched);
  }
  return { repairRounds, unproven: pending, linearPrograms };
}

class Suppressor {
  constructor(
    private readonly linear: LinearModel,
    private readonly state: SuppressionState,
    private readonly levelOf: (figure: number) => number,
    private readonly extraCost: Float64Array,
  ) {}

  /** Published or known from an earlier version: what the attacker holds as a constant. */
  attackerKnows(): Uint8Array {
    return this.state.published.map((published, f) => published | this.state.known[f]);
  }

  /** Suppresses a figure as a complement; returns the constraints it is in. */
  suppress(figure: number): number[] {
    this.state.published[figure] = 0;
    this.state.reason[figure] = REASON.secondary;
    return this.constraintsOf(figure);
  }

  /** Step 1, starting from the given constraints and following every complement it adds. */
  closeSingletons(start: Iterable<number>): void {
    const queue = [...start];
    const queued = new Uint8Array(this.linear.wholes.length);
    for (const c of queue) queued[c] = 1;
    while (queue.length > 0) {
      const c = queue.pop() as number;
      queued[c] = 0;
      const alone = this.loneSuppressed(c);
      if (alone === -1) continue;
      const complement = this.bestComplement([c], alone, c);
      if (complement === -1) continue;
      for (const next of this.suppress(complement)) {
        if (!queued[next]) {
          queued[next] = 1;
          queue.push(next);
        }
      }
    }
  }

  /**
   * A complement for a sensitive figure the audit found unprotected: the cheapest in the nearest constraints
   * that still have a figure to hide, searching outwards through the suppressed figures linked to it. -1 if
   * its whole component has nothing left to hide.
   */
  bestComplementNear(figure: number): number {
    const seenFigures = new Set([figure]);
    const seenConstraints = new Set<number>();
    let frontier = [figure];
    while (frontier.length > 0) {
      const constraints = frontier.flatMap((f) => this.constraintsOf(f)).filter((c) => !seenConstraints.has(c));
      for (const c of constraints) seenConstraints.add(c);
      const best = this.bestComplement(constraints, figure, -1);
      if (best !== -1) return best;
      const next: number[] = [];
      for (const c of constraints) {
        for (const member of this.members(c)) {
          if (this.isUnknown(member) && !seenFigures.has(member)) {
            seenFigures.add(member);
            next.push(member);
          }
        }
      }
      frontier = next;
    }
    return -1;
  }

  /** The one suppressed, non-hidden figure of a constraint whose other figures are all known; else -1. */
  private loneSuppressed(c: number): number {
    let alone = -1;
    for (const member of this.members(c)) {
      if (!this.isUnknown(member)) continue;
      if (this.state.hidden[member] || alone !== -1) return -1;
      alone = member;
    }
    return alone;
  }

  /** The cheapest figure that may become a complement in any of `constraints`, to protect `figure`. */
  private bestComplement(constraints: readonly number[], figure: number, from: number): number {
    const room = this.roomNeeded(figure);
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const c of constraints) {
      for (const candidate of this.members(c)) {
        if (!this.mayBecomeComplement(candidate)) continue;
        const cost =
          this.extraCost[candidate] +
          this.newLoneConstraints(candidate, from) * 4 +
          (this.linear.values[candidate] < room ? 2 : 0) +
          // Fewer people hidden is better; this term stays below 1 up to ten million people.
          this.linear.values[candidate] / 1e7;
        if (cost < bestCost) {
          bestCost = cost;
          best = candidate;
        }
      }
    }
    return best;
  }

  /** How far a complement must be able to move down: k − n for a sensitive figure n, else k. */
  private roomNeeded(figure: number): number {
    const k = this.levelOf(figure);
    return this.state.sensitive[figure] ? Math.max(1, k - this.linear.values[figure]) : k;
  }

  /** Constraints of `candidate` (other than `except`) in which it would be the only unknown. */
  private newLoneConstraints(candidate: number, except: number): number {
    let count = 0;
    for (const c of this.constraintsOf(candidate)) {
      if (c === except) continue;
      let unknown = false;
      for (const member of this.members(c)) {
        if (member !== candidate && this.isUnknown(member)) {
          unknown = true;
          break;
        }
      }
      if (!unknown) count++;
    }
    return count;
  }

  private mayBecomeComplement(figure: number): boolean {
    return this.state.published[figure] === 1 && this.state.known[figure] === 0;
  }

  private isUnknown(figure: number): boolean {
    return this.state.published[figure] === 0 && this.state.known[figure] === 0;
  }

  private members(c: number): number[] {
    const { wholes, partStart, parts } = this.linear;
    const members = [wholes[c]];
    for (let p = partStart[c]; p < partStart[c + 1]; p++) members.push(parts[p]);
    return members;
  }

  private constraintsOf(figure: number): number[] {
    const { memberStart, memberOf } = this.linear;
    return Array.from(memberOf.subarray(memberStart[figure], memberStart[figure + 1]));
  }
}

function allConstraints(linear: LinearModel): number[] {
  return Array.from({ length: linear.wholes.length }, (_, c) => c);
}
