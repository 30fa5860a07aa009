import type { FigureAccess } from './network-table';
import type { ReleaseNetwork } from './network-tables';
import type { ReleaseModel } from './release-model';

/**
 * A cross-tab of dimensions A and B, protected in whole blocks (the A × B cells of one unit) by a rule that
 * keeps it apart from the dimension tables:
 *
 * **A unit's block is published only if every figure of A and B of that unit and of every unit below it is
 * known to the attacker, and nothing in its block or any block below it had to be hidden.** Every other block
 * is hidden whole, except its cells in a row or column whose margin is a published 0 (they are 0, and the
 * attacker knows it either way).
 *
 * Then the cross-tab tells nothing about A and B: for any values of A and B the attacker considers, the hidden
 * blocks can be filled in — a hidden leaf block with any table of those margins (one exists, both add up to the
 * unit's respondents), a hidden block above with the sum of its sub-units' blocks, whose margins are the sums
 * of theirs; below a published block all margins are known, so the true values fit. So the proofs found in the
 * dimension tables' networks stay proofs for the whole release.
 *
 * A hidden cross-tab cell (unit p, categories a, b) is proven protected by such a filling: its value is what
 * the published blocks below p hold of (a, b), plus the leaf blocks below p, each of which can hold anything
 * from max(0, A + B − r) to min(A, B) of it, for margins A and B taken from one point of each dimension network
 * (the true values, or a point where the hidden margin of p is moved down or up).
 */
export class CrossTabBlocks {
  private readonly blockPublished: Uint8Array;
  private readonly forced: Uint8Array;

  private constructor(
    private readonly release: ReleaseModel,
    readonly id: string,
    /** Keys of the cells (a × b, row by row), of A's and of B's categories. */
    private readonly cellKeys: readonly number[],
    private readonly keysA: readonly number[],
    private readonly keysB: readonly number[],
    private readonly networkA: ReleaseNetwork,
    private readonly networkB: ReleaseNetwork,
  ) {
    this.blockPublished = new Uint8Array(release.tree.codes.length);
    this.forced = new Uint8Array(release.tree.codes.length);
  }

  /**
   * The cross-tabs of the release by unit, or null if one of them cannot be kept apart this way (a margin
   * table missing, answers broken down by attribute): the caller then has to treat the release as one model.
   */
  static of(release: ReleaseModel, networks: readonly ReleaseNetwork[]): CrossTabBlocks[] | null {
    const byId = new Map(networks.map((network) => [network.id, network]));
    const keyIndex = new Map<string, number>();
    for (const [k, key] of release.keys.entries()) {
      if (key.measure !== 'answers') continue;
      if (key.attributes !== '*') return null;
      keyIndex.set(
        `${key.dimension}|${key.category}|${key.chosen ?? ''}|${key.dimension2 ?? ''}|${key.category2 ?? ''}`,
        k,
      );
    }
    const tables = new Map<string, { a: string; b: string; cells: Map<string, number> }>();
    for (const [k, key] of release.keys.entries()) {
      if (key.measure !== 'answers' || key.dimension2 === undefined) continue;
      const entry = tables.get(key.table) ?? { a: key.dimension as string, b: key.dimension2, cells: new Map() };
      entry.cells.set(`${key.category}|${key.category2}`, k);
      tables.set(key.table, entry);
    }
    const result: CrossTabBlocks[] = [];
    for (const [id, { a, b, cells }] of tables) {
      const networkA = byId.get(`*|${a}`);
      const networkB = byId.get(`*|${b}`);
      if (!networkA || !networkB) return null;
      const categories = (dimension: string): string[] => {
        const found: string[] = [];
        for (const key of release.keys) {
          if (key.measure === 'answers' && key.dimension === dimension && key.dimension2 === undefined) {
            found.push(key.category as string);
          }
        }
        return found;
      };
      const categoriesA = categories(a);
      const categoriesB = categories(b);
      const keysA = categoriesA.map((category) => keyIndex.get(`${a}|${category}|||`) ?? -1);
      const keysB = categoriesB.map((category) => keyIndex.get(`${b}|${category}|||`) ?? -1);
      const cellKeys = categoriesA.flatMap((ca) => categoriesB.map((cb) => cells.get(`${ca}|${cb}`) ?? -1));
      if ([...keysA, ...keysB, ...cellKeys].includes(-1)) return null;
      // Every unit with a block must have both margins.
      for (let unit = 0; unit < release.tree.codes.length; unit++) {
        if (release.figureAt(unit, cellKeys[0]) === -1) continue;
        if (release.figureAt(unit, keysA[0]) === -1 || release.figureAt(unit, keysB[0]) === -1) return null;
      }
      result.push(new CrossTabBlocks(release, id, cellKeys, keysA, keysB, networkA, networkB));
    }
    return result;
  }

  /** Hides every block the rule does not let through; returns whether it hid anything new. */
  enforce(figures: FigureAccess): boolean {
    const { tree } = this.release;
    let changed = false;
    // Sub-units before units: reverse pre-order.
    for (let unit = tree.codes.length - 1; unit >= 0; unit--) {
      const cells = this.cells(unit);
      if (cells.length === 0) continue;
      let publishable = !this.forced[unit];
      for (const child of tree.children[unit]) {
        if (this.cells(child).length > 0 && !this.blockPublished[child]) publishable = false;
      }
      for (const key of [...this.keysA, ...this.keysB]) {
        const figure = this.release.figureAt(unit, key);
        if (figure !== -1 && figures.isFree(figure)) publishable = false;
      }
      for (const cell of cells) if (figures.isFree(cell)) publishable = false;
      this.blockPublished[unit] = publishable ? 1 : 0;
      if (publishable) continue;
      for (const [c, cell] of cells.entries()) {
        if (figures.mayBecomeComplement(cell) && !this.impliedZero(unit, c, figures)) {
          figures.suppress(cell);
          changed = true;
        }
      }
    }
    return changed;
  }

  /**
   * Whether a hidden block holds a cell the attacker knows from an earlier version (other than one a margin of 0
   * implies). The fillings above assume a hidden block can hold any table of its margins; such a cell breaks
   * that, and the release must then be proven by linear programming as one model.
   */
  hasKnownCellInHiddenBlock(figures: FigureAccess): boolean {
    for (let unit = 0; unit < this.release.tree.codes.length; unit++) {
      if (this.blockPublished[unit]) continue;
      for (const [c, cell] of this.cells(unit).entries()) {
        if (!figures.isFree(cell) && !figures.mayBecomeComplement(cell) && !this.impliedZero(unit, c, figures)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A cell in a row or column whose published margin is 0: the attacker knows it is 0 anyway. */
  private impliedZero(unit: number, c: number, figures: FigureAccess): boolean {
    const known = (figure: number): boolean => !figures.isFree(figure) && figures.value(figure) === 0;
    const i = Math.floor(c / this.keysB.length);
    const j = c % this.keysB.length;
    return known(this.release.figureAt(unit, this.keysA[i])) || known(this.release.figureAt(unit, this.keysB[j]));
  }

  /** Its cells, of every unit. */
  allCells(): number[] {
    const found: number[] = [];
    for (let unit = 0; unit < this.release.tree.codes.length; unit++) found.push(...this.cells(unit));
    return found;
  }

  /** The tables of A and B: their proofs' points move its margins, and its cells' proofs move theirs. */
  get dimensions(): readonly ReleaseNetwork[] {
    return [this.networkA, this.networkB];
  }

  /** A unit's cells, row by row (empty if it has none). */
  cellsOf(unit: number): number[] {
    return this.cells(unit);
  }

  /** Categories of B: the length of a row of cells. */
  get columns(): number {
    return this.keysB.length;
  }

  /**
   * What would let a cell that could not be proven be proven next time: margins of leaves below it that must be
   * able to move (hidden if published). To reach 0: in a leaf whose margins force some people into the cell
   * (A + B > respondents), one margin must be able to fall by the excess (the one already hidden, else the
   * smaller). To reach its level: in the leaf below that holds most of the cell, both margins must be able to
   * rise to the level.
   */
  marginMoves(
    unit: number,
    i: number,
    j: number,
    level: number,
    shortfall: Shortfall,
    figures: FigureAccess,
  ): MarginMove[] {
    const { leaves } = this.hiddenLeavesBelow(unit, i, j, figures);
    // The unit's own margins may force people into the cell too (published margins above hidden blocks).
    const forcingUnits = leaves.includes(unit) ? leaves : [unit, ...leaves];
    const moves = shortfall.low ? [] : this.forcing(forcingUnits, i, j, figures);
    if (!shortfall.high && leaves.length > 0) {
      const cellKey = this.cellKeys[i * this.keysB.length + j];
      const holding = (leaf: number): number => figures.value(this.release.figureAt(leaf, cellKey));
      const leaf = leaves.reduce((best, l) => (holding(l) > holding(best) ? l : best));
      for (const figure of [this.release.figureAt(leaf, this.keysA[i]), this.release.figureAt(leaf, this.keysB[j])]) {
        const up = level - figures.value(figure);
        if (up > 0 && (figures.isFree(figure) || figures.mayBecomeComplement(figure)))
          moves.push({ figure, down: 0, up });
      }
    }
    return moves;
  }

  /**
   * Tries to prove the hidden cell at `unit`, row `i`, column `j` protected (reaching 0 and `level`). Returns
   * null if proven; otherwise what is missing: `published` lists published blocks below the unit that hold
   * some of the cell's people (the attacker then knows they exist).
   */
  prove(unit: number, i: number, j: number, level: number, figures: FigureAccess): Shortfall | null {
    const { release } = this;
    const cell = release.figureAt(unit, this.cellKeys[i * this.keysB.length + j]);
    const value = figures.value(cell);
    const below = this.hiddenLeavesBelow(unit, i, j, figures);
    const marginA = release.figureAt(unit, this.keysA[i]);
    const marginB = release.figureAt(unit, this.keysB[j]);

    let low = false;
    if (below.published.length === 0) {
      if (value === 0) low = true;
      let excess = 0;
      for (const leaf of below.leaves)
        excess += Math.max(
          0,
          this.margin(null, leaf, i, 'A') + this.margin(null, leaf, j, 'B') - this.respondents(leaf),
        );
      // However the leaves share them, the unit's own margins force at least this many people into the cell.
      excess = Math.max(
        excess,
        this.margin(null, unit, i, 'A') + this.margin(null, unit, j, 'B') - this.respondents(unit),
      );
      for (const [pointA, pointB] of this.pointPairs(marginA, marginB, -1, excess, figures)) {
        if (low) break;
        let sum = 0;
        for (const leaf of below.leaves) {
          sum += Math.max(
            0,
            this.margin(pointA, leaf, i, 'A') + this.margin(pointB, leaf, j, 'B') - this.respondents(leaf),
          );
        }
        low = sum <= 0;
      }
      // Or lower, at once, one margin of every leaf whose margins force people into the cell.
      if (!low) {
        const [pointA, pointB] = this.lowered(below.leaves, i, j, figures);
        let sum = 0;
        for (const leaf of below.leaves) {
          sum += Math.max(
            0,
            this.margin(pointA, leaf, i, 'A') + this.margin(pointB, leaf, j, 'B') - this.respondents(leaf),
          );
        }
        low = sum <= 0;
      }
    }
    let high = value >= level;
    const need = level - below.constant;
    for (const [pointA, pointB] of this.pointPairs(marginA, marginB, 1, level, figures)) {
      if (high) break;
      let sum = 0;
      for (const leaf of below.leaves) {
        sum += Math.min(this.margin(pointA, leaf, i, 'A'), this.margin(pointB, leaf, j, 'B'));
      }
      high = sum >= need;
    }
    // Or one leaf below where both margins can rise to what is needed at once (the networks are independent).
    for (const leaf of high ? [] : below.leaves.slice(0, 8)) {
      const a = release.figureAt(leaf, this.keysA[i]);
      const b = release.figureAt(leaf, this.keysB[j]);
      if (this.canRise(this.networkA, a, need, figures) && this.canRise(this.networkB, b, need, figures)) high = true;
      if (high) break;
    }
    return low && high ? null : { low, high, published: below.published };
  }

  /** Leaves whose margins force people into cell (i, j) (A + B > respondents): the margin to lower, and by how much. */
  private forcing(leaves: readonly number[], i: number, j: number, figures: FigureAccess): MarginMove[] {
    const moves: MarginMove[] = [];
    for (const leaf of leaves) {
      const a = this.release.figureAt(leaf, this.keysA[i]);
      const b = this.release.figureAt(leaf, this.keysB[j]);
      const excess = figures.value(a) + figures.value(b) - this.respondents(leaf);
      if (excess <= 0) continue;
      const movable = [a, b].filter((f) => figures.isFree(f) || figures.mayBecomeComplement(f));
      if (movable.length === 0) continue;
      const pick =
        movable.find((f) => figures.isFree(f)) ??
        movable.reduce((x, y) => (figures.value(y) < figures.value(x) ? y : x));
      moves.push({ figure: pick, down: excess, up: 0 });
    }
    return moves;
  }

  /** Points of A's and B's networks where the forcing margins are lowered at once (null: unchanged). */
  private lowered(
    leaves: readonly number[],
    i: number,
    j: number,
    figures: FigureAccess,
  ): [Change | null, Change | null] {
    const moves = this.forcing(leaves, i, j, figures);
    const point = (network: ReleaseNetwork): Change | null => {
      const mine = moves.filter((move) => network.arcOf.has(move.figure) && figures.isFree(move.figure));
      if (mine.length === 0) return null;
      return network.network.jointPoint(
        mine.map((move) => ({ arc: network.arcOf.get(move.figure) as number, direction: -1, amount: move.down })),
        figures,
      );
    };
    return [point(this.networkA), point(this.networkB)];
  }

  private canRise(network: ReleaseNetwork, figure: number, to: number, figures: FigureAccess): boolean {
    const amount = to - figures.value(figure);
    if (amount <= 0) return true;
    if (!figures.isFree(figure)) return false;
    return network.network.movedPoint(network.arcOf.get(figure) as number, 1, amount, figures) !== null;
  }

  /** Hides the blocks of these units from now on (and, by the rule, every block above them). */
  force(units: readonly number[]): void {
    for (const unit of units) this.forced[unit] = 1;
  }

  private cells(unit: number): number[] {
    if (unit < 0 || this.release.figureAt(unit, this.cellKeys[0]) === -1) return [];
    return this.cellKeys.map((key) => this.release.figureAt(unit, key));
  }

  /**
   * Below a hidden block: the leaf units whose blocks are hidden, what published blocks hold of (i, j), and
   * the published blocks (all the way down to the leaves) that hold any of it.
   */
  private hiddenLeavesBelow(
    unit: number,
    i: number,
    j: number,
    figures: FigureAccess,
  ): { leaves: number[]; constant: number; published: number[] } {
    const { tree } = this.release;
    const key = this.cellKeys[i * this.keysB.length + j];
    const leaves: number[] = [];
    const published: number[] = [];
    let constant = 0;
    const stack = [unit];
    while (stack.length > 0) {
      const u = stack.pop() as number;
      const children = tree.children[u].filter((child) => this.cells(child).length > 0);
      if (this.blockPublished[u]) {
        const held = figures.value(this.release.figureAt(u, key));
        constant += held;
        if (held > 0) this.collectHolding(u, key, published, figures);
      } else if (children.length === 0) {
        leaves.push(u);
      } else {
        stack.push(...children);
      }
    }
    return { leaves, constant, published };
  }

  private collectHolding(unit: number, key: number, into: number[], figures: FigureAccess): void {
    into.push(unit);
    for (const child of this.release.tree.children[unit]) {
      const figure = this.release.figureAt(child, key);
      if (figure !== -1 && figures.value(figure) > 0) this.collectHolding(child, key, into, figures);
    }
  }

  /**
   * Pairs of points (of A's and B's networks) to try: the true values, and points where the unit's hidden
   * margin is moved down (to 0, else by `target`) or up (to `target`). null stands for the true values.
   */
  private *pointPairs(
    marginA: number,
    marginB: number,
    direction: -1 | 1,
    target: number,
    figures: FigureAccess,
  ): Generator<[Change | null, Change | null]> {
    yield [null, null];
    const moved = (network: ReleaseNetwork, margin: number): Change | null => {
      if (!figures.isFree(margin)) return null;
      const arc = network.arcOf.get(margin) as number;
      if (direction > 0) {
        const amount = target - figures.value(margin);
        return amount > 0 ? network.network.movedPoint(arc, 1, amount, figures) : null;
      }
      const value = figures.value(margin);
      if (value === 0) return null;
      return (
        network.network.movedPoint(arc, -1, value, figures) ??
        (target > 0 && target < value ? network.network.movedPoint(arc, -1, target, figures) : null)
      );
    };
    const a = moved(this.networkA, marginA);
    if (a) yield [a, null];
    const b = moved(this.networkB, marginB);
    if (b) yield [null, b];
    if (a && b && direction > 0) yield [a, b];
  }

  private margin(point: Change | null, leaf: number, index: number, side: 'A' | 'B'): number {
    const [network, keys] = side === 'A' ? [this.networkA, this.keysA] : [this.networkB, this.keysB];
    const figure = this.release.figureAt(leaf, keys[index]);
    return this.release.linear.values[figure] + (point?.get(network.arcOf.get(figure) as number) ?? 0);
  }

  private respondents(leaf: number): number {
    let sum = 0;
    for (const key of this.keysA) sum += this.release.linear.values[this.release.figureAt(leaf, key)];
    return sum;
  }
}

/** A margin that must be able to move this far down and up. */
export interface MarginMove {
  readonly figure: number;
  readonly down: number;
  readonly up: number;
}

/** A point of a dimension network: how much each arc that moves is moved. */
type Change = ReadonlyMap<number, number>;

/** What keeps a cross-tab cell from being proven protected. */
export interface Shortfall {
  readonly low: boolean;
  readonly high: boolean;
  /** Published blocks that hold some of the cell's people. */
  readonly published: readonly number[];
}
