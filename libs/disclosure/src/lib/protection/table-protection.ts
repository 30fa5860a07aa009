import { CrossTabBlocks } from './cross-tab-blocks';
import type { FigureAccess, NetworkTable } from './network-table';
import { releaseNetworks, type ReleaseNetwork } from './network-tables';
import { REASON, type SuppressionState } from './primary-suppression';
import type { LinearModel } from '../linear-release';
import type { ReleaseModel } from './release-model';

/** Rounds of cross-tab feedback (hiding more margins or blocks) before the rest is left to linear programming. */
const MAX_ROUNDS = 8;

/**
 * Secondary suppression without linear programming, for releases whose tables can be kept apart (every release
 * without answers broken down by structural attribute):
 *
 * 1. each dimension table is protected in its network (see network-table.ts): for every sensitive figure the
 *    cheapest complements that let it move down to 0 and up to its level;
 * 2. cross-tabs are hidden in blocks by the rule of cross-tab-blocks.ts, which keeps them from telling anything
 *    about the dimension tables, and their sensitive cells are proven from the margins' points;
 * 3. where a cross-tab cell cannot be proven, published blocks that hold its people are hidden, or a leaf's
 *    margin is hidden with room to move, and steps 1–2 run again.
 *
 * Returns the sensitive figures it could not prove (for the linear-programming repair) and a function that
 * applies the cross-tab rule again (after that repair, so that the networks' proofs stay valid), or null if the
 * release cannot be kept apart this way.
 */
export function protectTables(
  release: ReleaseModel,
  state: SuppressionState,
  levelOf: (figure: number) => number,
  figures: FigureAccess,
  earlierVersions: boolean,
  linked: Uint8Array,
): { unproven: number[]; exposed: number[]; applyCrossTabRule: () => void } | null {
  const networks = releaseNetworks(release);
  const crossTabs = CrossTabBlocks.of(release, networks);
  if (crossTabs === null) return null;
  const suppressedBefore = state.published.map((published) => 1 - published);
  const exposed = earlierVersions ? exposedByEarlierVersions(networks, state, levelOf, figures) : [];

  /** Margins that must be able to move this far so that a cross-tab cell can be proven. */
  const marginMoves = new Map<number, { down: number; up: number }>();
  const unproven = new Set<number>();
  const moves = (figure: number): [number, number] => {
    let down = 0;
    let up = 0;
    if (state.sensitive[figure]) {
      down = figures.value(figure);
      up = Math.max(0, levelOf(figure) - figures.value(figure));
    }
    const move = marginMoves.get(figure);
    if (move !== undefined) return [Math.max(down, move.down), Math.max(up, move.up)];
    return [down, up];
  };
  for (let round = 0; ; round++) {
    unproven.clear();
    for (const { network } of networks) {
      const proofs = new Map<number, number[]>();
      for (let arc = 0; arc < network.figures.length; arc++) {
        const figure = network.figures[arc];
        const [down, up] = moves(figure);
        if (down === 0 && up === 0) continue;
        if (figures.mayBecomeComplement(figure)) figures.suppress(figure);
        if (!figures.isFree(figure)) continue; // known from an earlier version: it cannot move
        const support = network.prove(arc, down, up, figures, true);
        if (support === null) {
          // A margin that only had to make room for a cross-tab cell leaves that cell unproven instead.
          if (state.sensitive[figure]) unproven.add(figure);
          continue;
        }
        proofs.set(arc, support);
        // A point that moves a figure an earlier version's relation holds may break that relation.
        if (state.sensitive[figure] && (linked[figure] || touches(network, support, linked))) unproven.add(figure);
      }
      if (round === 0) publishUnneeded(network, proofs, suppressedBefore, moves, figures, linked);
    }

    for (const crossTab of crossTabs) crossTab.enforce(figures);
    let feedback = false;
    for (const crossTab of crossTabs) {
      const columns = crossTab.columns;
      for (let unit = 0; unit < release.tree.codes.length; unit++) {
        for (const [c, cell] of crossTab.cellsOf(unit).entries()) {
          if (!state.sensitive[cell]) continue;
          const [i, j] = [Math.floor(c / columns), c % columns];
          const shortfall = crossTab.prove(unit, i, j, levelOf(cell), figures);
          if (shortfall === null) continue;
          if (round >= MAX_ROUNDS) {
            unproven.add(cell);
            continue;
          }
          if (shortfall.published.length > 0) {
            crossTab.force(shortfall.published);
            feedback = true;
            continue;
          }
          let more = false;
          for (const move of crossTab.marginMoves(unit, i, j, levelOf(cell), shortfall, figures)) {
            const before = marginMoves.get(move.figure) ?? { down: 0, up: 0 };
            if (move.down <= before.down && move.up <= before.up) continue;
            marginMoves.set(move.figure, { down: Math.max(before.down, move.down), up: Math.max(before.up, move.up) });
            more = true;
          }
          if (more) feedback = true;
          else unproven.add(cell);
        }
      }
    }
    if (!feedback || round >= MAX_ROUNDS) break;
  }
  for (const crossTab of crossTabs) crossTab.enforce(figures);
  // A cross-tab that an earlier version's relation holds (a cell, or any figure of its two tables): its fillings
  // and its cells' points move figures the networks do not check. Its cells and both its tables, in every unit,
  // go to linear programming, and so does every cross-tab that shares a table with it.
  const marked = (figure: number) => linked[figure] === 1;
  const heldBy = (crossTab: CrossTabBlocks) =>
    crossTab.allCells().some(marked) || crossTab.dimensions.some(({ network }) => network.figures.some(marked));
  const held = new Set(linked.includes(1) ? crossTabs.filter(heldBy) : []);
  for (let grew = true; grew;) {
    grew = false;
    for (const crossTab of crossTabs) {
      if (held.has(crossTab)) continue;
      if (![...held].some((other) => other.dimensions.some((table) => crossTab.dimensions.includes(table)))) continue;
      held.add(crossTab);
      grew = true;
    }
  }
  for (const crossTab of held) {
    const tables = crossTab.dimensions.flatMap(({ network }) => [...network.figures]);
    for (const figure of [...crossTab.allCells(), ...tables]) if (state.sensitive[figure]) unproven.add(figure);
  }
  if (crossTabs.some((crossTab) => crossTab.hasKnownCellInHiddenBlock(figures))) {
    for (let figure = 0; figure < state.sensitive.length; figure++) if (state.sensitive[figure]) unproven.add(figure);
  }
  return {
    unproven: [...unproven],
    exposed,
    applyCrossTabRule: () => {
      for (const crossTab of crossTabs) crossTab.enforce(figures);
    },
  };
}

/**
 * Sensitive figures that what earlier versions published already narrows beyond protection: even with every
 * other figure of this version hidden, their network cannot move them to 0 and their level (the settings were
 * raised since, or a unit fell below the minimum respondents). Nothing this version hides can protect them, so,
 * like a figure an earlier version published, they stay suppressed but no longer count as sensitive.
 */
function exposedByEarlierVersions(
  networks: readonly ReleaseNetwork[],
  state: SuppressionState,
  levelOf: (figure: number) => number,
  figures: FigureAccess,
): number[] {
  const allHidden: FigureAccess = {
    ...figures,
    isFree: (figure) => !state.known[figure] && !state.hidden[figure],
    mayBecomeComplement: () => false,
  };
  const exposed: number[] = [];
  for (const { network } of networks) {
    for (let arc = 0; arc < network.figures.length; arc++) {
      const figure = network.figures[arc];
      if (!state.sensitive[figure]) continue;
      const value = figures.value(figure);
      if (network.prove(arc, value, Math.max(0, levelOf(figure) - value), allHidden, false) !== null) continue;
      state.sensitive[figure] = 0;
      exposed.push(figure);
    }
  }
  return exposed;
}

/**
 * Publishes again each complement the proofs can do without (the costliest first): a figure is published back
 * if every proof that used it finds another way without new complements. Proofs that did not use it stay
 * valid. Figures suppressed before (by an earlier version) stay suppressed.
 */
function publishUnneeded(
  network: NetworkTable,
  proofs: Map<number, number[]>,
  suppressedBefore: Uint8Array,
  moves: (figure: number) => [number, number],
  figures: FigureAccess,
  linked: Uint8Array,
): void {
  const users = new Map<number, Set<number>>();
  const use = (target: number, support: readonly number[], add: boolean): void => {
    for (const arc of support) {
      let set = users.get(arc);
      if (!set) users.set(arc, (set = new Set()));
      if (add) set.add(target);
      else set.delete(target);
    }
  };
  for (const [target, support] of proofs) use(target, support, true);
  const candidates: number[] = [];
  for (let arc = 0; arc < network.figures.length; arc++) {
    const figure = network.figures[arc];
    if (figures.isFree(figure) && !suppressedBefore[figure] && !proofs.has(arc)) candidates.push(arc);
  }
  const cost = (arc: number): number => figures.cost(network.figures[arc]);
  candidates.sort((a, b) => cost(b) - cost(a));
  for (const arc of candidates) {
    const figure = network.figures[arc];
    figures.publish(figure);
    const renewed: [number, number[]][] = [];
    for (const target of users.get(arc) ?? []) {
      const [down, up] = moves(network.figures[target]);
      const support = network.prove(target, down, up, figures, false);
      // A new proof through a figure an earlier version's relation holds would not be checked again.
      if (support === null || touches(network, support, linked)) break;
      renewed.push([target, support]);
    }
    if (renewed.length < (users.get(arc)?.size ?? 0)) {
      figures.suppress(figure);
      continue;
    }
    for (const [target, support] of renewed) {
      use(target, proofs.get(target) as number[], false);
      proofs.set(target, support);
      use(target, support, true);
    }
  }
}

function touches(network: NetworkTable, support: readonly number[], linked: Uint8Array): boolean {
  return support.some((arc) => linked[network.figures[arc]] === 1);
}

/** The release's figures as the networks and blocks see them, suppressing into `state`. */
export function figureAccess(linear: LinearModel, state: SuppressionState, cost: Float64Array): FigureAccess {
  const values = linear.values;
  return {
    value: (figure) => values[figure],
    isFree: (figure) => !state.published[figure] && !state.known[figure] && !state.hidden[figure],
    mayBecomeComplement: (figure) => state.published[figure] === 1 && state.known[figure] === 0,
    // One figure more, plus what it means to readers, plus a little for the people it hides.
    cost: (figure) => 1 + cost[figure] + (0.5 * values[figure]) / (values[figure] + 50),
    suppress: (figure) => {
      state.published[figure] = 0;
      state.reason[figure] = REASON.secondary;
    },
    publish: (figure) => {
      state.published[figure] = 1;
      state.reason[figure] = REASON.none;
    },
  };
}
