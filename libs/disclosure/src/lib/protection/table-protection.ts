import { CrossTabBlocks } from './cross-tab-blocks';
import type { FigureAccess } from './network-table';
import { releaseNetworks } from './network-tables';
import { REASON, type SuppressionState } from './primary-suppression';
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
 * Returns the sensitive figures it could not prove (for the linear-programming repair), or null if the release
 * cannot be kept apart this way.
 */
export function protectTables(
  release: ReleaseModel,
  state: SuppressionState,
  levelOf: (figure: number) => number,
  figures: FigureAccess,
): number[] | null {
  const networks = releaseNetworks(release);
  const crossTabs = CrossTabBlocks.of(release, networks);
  if (crossTabs === null) return null;

  /** Margins that must be able to move down this far so that a cross-tab cell can reach 0. */
  const marginRoom = new Map<number, number>();
  const unproven = new Set<number>();
  for (let round = 0; ; round++) {
    unproven.clear();
    for (const { network } of networks) {
      for (let arc = 0; arc < network.figures.length; arc++) {
        const figure = network.figures[arc];
        let down = 0;
        let up = 0;
        if (state.sensitive[figure]) {
          down = figures.value(figure);
          up = Math.max(0, levelOf(figure) - figures.value(figure));
        }
        const room = marginRoom.get(figure);
        if (room !== undefined) {
          if (figures.mayBecomeComplement(figure)) figures.suppress(figure);
          down = Math.max(down, room);
        }
        if ((down > 0 || up > 0) && !network.protect(arc, down, up, figures)) unproven.add(figure);
      }
    }

    for (const crossTab of crossTabs) crossTab.enforce(figures);
    let feedback = false;
    for (const crossTab of crossTabs) {
      for (let unit = 0; unit < release.tree.codes.length; unit++) {
        const cells = crossTab.cellsOf(unit);
        for (const [c, cell] of cells.entries()) {
          if (!state.sensitive[cell]) continue;
          const columns = crossTab.columns;
          const shortfall = crossTab.prove(unit, Math.floor(c / columns), c % columns, levelOf(cell), figures);
          if (shortfall === null) continue;
          if (shortfall.published.length > 0) {
            crossTab.force(shortfall.published);
            feedback = true;
          } else if (!shortfall.low && round < MAX_ROUNDS) {
            const margin = crossTab.marginToLower(unit, Math.floor(c / columns), c % columns, figures);
            if (margin !== null && (marginRoom.get(margin.figure) ?? 0) < margin.room) {
              marginRoom.set(margin.figure, margin.room);
              feedback = true;
            } else {
              unproven.add(cell);
            }
          } else {
            unproven.add(cell);
          }
        }
      }
    }
    if (!feedback || round >= MAX_ROUNDS) break;
  }
  for (const crossTab of crossTabs) crossTab.enforce(figures);
  return [...unproven];
}

/** The release's figures as the networks and blocks see them, suppressing into `state`. */
export function figureAccess(release: ReleaseModel, state: SuppressionState, cost: Float64Array): FigureAccess {
  const values = release.linear.values;
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
  };
}
