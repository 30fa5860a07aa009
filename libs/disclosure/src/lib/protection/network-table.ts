/**
 * One hierarchical table whose row totals the attacker knows (a dimension's categories by unit, the respondents
 * of every unit published) as a network, after Castro's network-flow heuristic for 1H2D tables
 * (J. Castro, "Network flows heuristics for complementary cell suppression", EJOR 2002):
 *
 * - every figure is an arc: a leaf unit's category from the leaf's row node to the parent's category node, a
 *   unit above the leaves from its own category node to its parent's, the root's into one sink;
 * - conservation at the nodes is exactly the table's relations (the categories of a leaf add up to its
 *   respondents, a unit's category is the sum of its sub-units'); the rows of units above the leaves follow.
 *
 * What the attacker can do with a suppressed figure is then a flow question: it can move by s down (up) iff s
 * units can flow from its tail to its head (back) through the other suppressed arcs, forwards without limit,
 * backwards at most their value. The flows found are points of the attacker's feasible set, so they prove
 * protection; max-flow bounds are exact for the table's own relations.
 */
export class NetworkTable {
  private readonly nodeStart: Int32Array;
  private readonly nodeArcs: Int32Array;
  /** Flow change per arc while one target is examined; `touched` lists the arcs to reset. */
  private readonly delta: Float64Array;
  private readonly touched: number[] = [];
  private readonly seen: Int32Array;
  private readonly via: Int32Array;
  private readonly distance: Float64Array;
  private readonly done: Int32Array;
  /** Nodes one usable arc away from the target of the current augmenting search: that arc (as in `via`). */
  private readonly nearTarget: Int32Array;
  private readonly nearStamp: Int32Array;
  private stamp = 0;

  /**
   * @param figures the figure of each arc
   * @param tail, head the arc's end nodes (0 … nodeCount − 1)
   * @param nodeUnit the unit of each node (−1 for the sink); units are numbered in pre-order, so the units below
   *   `u` are `u … subtreeEnd[u] − 1`, and `parent` gives each unit's parent (−1 for the root)
   */
  constructor(
    readonly figures: Int32Array,
    readonly tail: Int32Array,
    readonly head: Int32Array,
    readonly nodeCount: number,
    private readonly nodeUnit: Int32Array,
    private readonly parent: Int32Array,
    private readonly subtreeEnd: Int32Array,
  ) {
    const degree = new Int32Array(nodeCount + 1);
    for (let a = 0; a < figures.length; a++) {
      degree[tail[a] + 1]++;
      degree[head[a] + 1]++;
    }
    for (let v = 0; v < nodeCount; v++) degree[v + 1] += degree[v];
    this.nodeStart = degree;
    this.nodeArcs = new Int32Array(degree[nodeCount]);
    const fill = degree.slice(0, nodeCount);
    for (let a = 0; a < figures.length; a++) {
      this.nodeArcs[fill[tail[a]]++] = a;
      this.nodeArcs[fill[head[a]]++] = a;
    }
    this.delta = new Float64Array(figures.length);
    this.seen = new Int32Array(nodeCount);
    this.via = new Int32Array(nodeCount);
    this.distance = new Float64Array(nodeCount);
    this.done = new Int32Array(nodeCount);
    this.nearTarget = new Int32Array(nodeCount);
    this.nearStamp = new Int32Array(nodeCount);
  }

  /**
   * Proves that the suppressed figure of `arc` can move `down` units down and `up` units up. With
   * `complements`, suppresses what it needs: while the suppressed arcs cannot carry enough flow, the cheapest
   * path through published arcs that could (costs from `figures.cost`, 0 through suppressed ones) is
   * suppressed. Returns the arcs the two proving flows use (the proof holds as long as they stay suppressed),
   * or null if it cannot prove it.
   */
  prove(arc: number, down: number, up: number, figures: FigureAccess, complements: boolean): number[] | null {
    const support = new Set<number>();
    for (const [from, to, need] of [
      [this.tail[arc], this.head[arc], down],
      [this.head[arc], this.tail[arc], up],
    ]) {
      if (need <= 0) continue;
      const ok = this.ensureFlow(from, to, need, arc, figures, complements);
      for (const a of this.touched) if (this.delta[a] !== 0) support.add(a);
      this.reset();
      if (!ok) return null;
    }
    return [...support];
  }

  /**
   * A point of the attacker's feasible set with the figure of `arc` moved `amount` down (−1) or up (+1): the
   * change of every arc that moves (the others keep their values); null if it cannot move that far.
   */
  movedPoint(arc: number, direction: -1 | 1, amount: number, figures: FigureAccess): Map<number, number> | null {
    return this.jointPoint([{ arc, direction, amount }], figures);
  }

  /**
   * One point where several figures move at once (each by its amount, in its direction; the flows are found one
   * after the other, each in what the others left): the change of every arc that moves, or null if they cannot.
   */
  jointPoint(moves: readonly Move[], figures: FigureAccess): Map<number, number> | null {
    let ok = true;
    for (const { arc, direction, amount } of moves) {
      const [from, to] = direction < 0 ? [this.tail[arc], this.head[arc]] : [this.head[arc], this.tail[arc]];
      let moved = 0;
      for (let region = this.firstRegion(arc); ; region = this.parent[region]) {
        moved += this.augment(from, to, amount - moved, arc, region, figures);
        if (moved >= amount || region === -1) break;
      }
      if (this.delta[arc] === 0) this.touched.push(arc);
      this.delta[arc] += direction * amount;
      if (moved < amount || figures.value(this.figures[arc]) + this.delta[arc] < 0) {
        ok = false;
        break;
      }
    }
    const change = ok ? new Map<number, number>() : null;
    for (const a of this.touched) if (change && this.delta[a] !== 0) change.set(a, this.delta[a]);
    this.reset();
    return change;
  }

  /**
   * Searches near the figure first: within the units below its parent, then below its grandparent, and so on
   * (a flow that stays below a unit is a flow of the whole table). Complements are added only when the figures
   * already suppressed, anywhere in the table, cannot carry the flow (a free path far away is better than a new
   * complement nearby), and then again nearest first.
   */
  private ensureFlow(
    from: number,
    to: number,
    need: number,
    exclude: number,
    figures: FigureAccess,
    complements: boolean,
  ): boolean {
    let moved = 0;
    for (let region = this.firstRegion(exclude); moved < need; region = this.parent[region]) {
      moved += this.augment(from, to, need - moved, exclude, region, figures);
      if (region === -1) break;
    }
    if (moved >= need || !complements) return moved >= need;
    for (let region = this.firstRegion(exclude); ; region = this.parent[region]) {
      moved += this.augment(from, to, need - moved, exclude, region, figures);
      while (moved < need) {
        const path =
          this.cheapestPath(from, to, exclude, region, need - moved, figures) ??
          this.cheapestPath(from, to, exclude, region, 1, figures);
        if (path === null) break;
        for (const a of path) if (!figures.isFree(this.figures[a])) figures.suppress(this.figures[a]);
        moved += this.augment(from, to, need - moved, exclude, region, figures);
      }
      if (moved >= need || region === -1) break;
    }
    return moved >= need;
  }

  /** The smallest region holding both ends of an arc: the units below its unit's parent (−1: everything). */
  private firstRegion(arc: number): number {
    return this.parent[this.nodeUnit[this.tail[arc]]];
  }

  private inside(node: number, region: number): boolean {
    if (region === -1) return true;
    const unit = this.nodeUnit[node];
    return unit >= region && unit < this.subtreeEnd[region];
  }

  /**
   * Pushes up to `need` units from `from` to `to` through suppressed arcs within `region` (breadth-first
   * augmenting paths). The nodes one usable arc away from `to` are marked first, and a path ends as soon as it
   * reaches one of them: below a unit with hundreds of sub-units, the search then stops among the first
   * siblings it meets instead of looking at all of them before it reaches `to`.
   */
  private augment(
    from: number,
    to: number,
    need: number,
    exclude: number,
    region: number,
    figures: FigureAccess,
  ): number {
    const near = this.markNearTarget(to, exclude, region, figures);
    // A marked arc may have lost its room to an earlier path of this call; the search then goes on through it.
    const nearWithRoom = (w: number): boolean => {
      if (this.nearStamp[w] !== near) return false;
      const step = this.nearTarget[w];
      return step > 0 || figures.value(this.figures[-step - 1]) + this.delta[-step - 1] > 0;
    };
    let moved = 0;
    while (moved < need) {
      const stamp = ++this.stamp;
      this.seen[from] = stamp;
      const queue = [from];
      let last = nearWithRoom(from) ? from : -1;
      for (let q = 0; q < queue.length && last === -1; q++) {
        const v = queue[q];
        for (let i = this.nodeStart[v]; i < this.nodeStart[v + 1]; i++) {
          const a = this.nodeArcs[i];
          if (a === exclude || !figures.isFree(this.figures[a])) continue;
          const forward = this.tail[a] === v;
          const w = forward ? this.head[a] : this.tail[a];
          if (this.seen[w] === stamp || !this.inside(w, region)) continue;
          if (!forward && figures.value(this.figures[a]) + this.delta[a] <= 0) continue;
          this.seen[w] = stamp;
          this.via[w] = forward ? a + 1 : -(a + 1);
          if (w === to || nearWithRoom(w)) {
            last = w;
            break;
          }
          queue.push(w);
        }
      }
      if (last === -1) break;
      if (last !== to) this.via[to] = this.nearTarget[last];
      let amount = need - moved;
      for (let w = to; w !== from;) {
        const step = this.via[w];
        const a = Math.abs(step) - 1;
        if (step < 0) amount = Math.min(amount, figures.value(this.figures[a]) + this.delta[a]);
        w = step > 0 ? this.tail[a] : this.head[a];
      }
      for (let w = to; w !== from;) {
        const step = this.via[w];
        const a = Math.abs(step) - 1;
        if (this.delta[a] === 0) this.touched.push(a);
        this.delta[a] += step > 0 ? amount : -amount;
        w = step > 0 ? this.tail[a] : this.head[a];
      }
      moved += amount;
    }
    return moved;
  }

  /**
   * Marks every node with a usable arc into `to` (forwards, or backwards with room), remembers that arc (as in
   * `via`), and returns the stamp of the marks.
   */
  private markNearTarget(to: number, exclude: number, region: number, figures: FigureAccess): number {
    const stamp = ++this.stamp;
    for (let i = this.nodeStart[to]; i < this.nodeStart[to + 1]; i++) {
      const a = this.nodeArcs[i];
      if (a === exclude || !figures.isFree(this.figures[a])) continue;
      // Seen from the neighbour w: forwards if the arc runs w → to, backwards (at most its value) if to → w.
      const forward = this.head[a] === to;
      const w = forward ? this.tail[a] : this.head[a];
      if (!this.inside(w, region)) continue;
      if (!forward && figures.value(this.figures[a]) + this.delta[a] <= 0) continue;
      this.nearStamp[w] = stamp;
      this.nearTarget[w] = forward ? a + 1 : -(a + 1);
    }
    return stamp;
  }

  /**
   * The cheapest path from `from` to `to` within `region` in the residual network with published arcs allowed
   * at their cost; arcs used backwards must have at least `minRoom` left. Returns its arcs, or null.
   */
  private cheapestPath(
    from: number,
    to: number,
    exclude: number,
    region: number,
    minRoom: number,
    figures: FigureAccess,
  ): number[] | null {
    const stamp = ++this.stamp;
    const { distance, seen, via, done } = this;
    const heap = new MinHeap();
    seen[from] = stamp;
    distance[from] = 0;
    via[from] = 0;
    heap.push(from, 0);
    while (heap.size > 0) {
      const [v, d] = heap.pop();
      if (done[v] === stamp || d > distance[v]) continue;
      done[v] = stamp;
      if (v === to) break;
      for (let i = this.nodeStart[v]; i < this.nodeStart[v + 1]; i++) {
        const a = this.nodeArcs[i];
        if (a === exclude) continue;
        const figure = this.figures[a];
        const free = figures.isFree(figure);
        if (!free && !figures.mayBecomeComplement(figure)) continue;
        const forward = this.tail[a] === v;
        const w = forward ? this.head[a] : this.tail[a];
        if (!this.inside(w, region)) continue;
        if (!forward && figures.value(figure) + (free ? this.delta[a] : 0) < minRoom) continue;
        const next = d + (free ? 0 : figures.cost(figure));
        if (seen[w] === stamp && next >= distance[w]) continue;
        seen[w] = stamp;
        distance[w] = next;
        via[w] = forward ? a + 1 : -(a + 1);
        heap.push(w, next);
      }
    }
    if (seen[to] !== stamp) return null;
    const path: number[] = [];
    for (let w = to; w !== from;) {
      const step = via[w];
      const a = Math.abs(step) - 1;
      path.push(a);
      w = step > 0 ? this.tail[a] : this.head[a];
    }
    return path;
  }

  private reset(): void {
    for (const a of this.touched) this.delta[a] = 0;
    this.touched.length = 0;
  }
}

/** A figure (by its arc) to move by `amount` down (−1) or up (+1). */
export interface Move {
  readonly arc: number;
  readonly direction: -1 | 1;
  readonly amount: number;
}

/** How the network sees the figures of the release: their values and whether they are suppressed. */
export interface FigureAccess {
  value(figure: number): number;
  /** Suppressed and not known to the attacker: the attacker's unknown. */
  isFree(figure: number): boolean;
  /** Published and not known from elsewhere: may be suppressed as a complement. */
  mayBecomeComplement(figure: number): boolean;
  /** What suppressing it as a complement costs (> 0). */
  cost(figure: number): number;
  suppress(figure: number): void;
  /** Takes back a complement. */
  publish(figure: number): void;
}

/** A binary min-heap of (node, priority). */
class MinHeap {
  private readonly nodes: number[] = [];
  private readonly priorities: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(node: number, priority: number): void {
    const { nodes, priorities } = this;
    let i = nodes.length;
    nodes.push(node);
    priorities.push(priority);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (priorities[parent] <= priority) break;
      nodes[i] = nodes[parent];
      priorities[i] = priorities[parent];
      i = parent;
    }
    nodes[i] = node;
    priorities[i] = priority;
  }

  pop(): [number, number] {
    const { nodes, priorities } = this;
    const top: [number, number] = [nodes[0], priorities[0]];
    const lastNode = nodes.pop() as number;
    const lastPriority = priorities.pop() as number;
    if (nodes.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= nodes.length) break;
        const child = left + 1 < nodes.length && priorities[left + 1] < priorities[left] ? left + 1 : left;
        if (priorities[child] >= lastPriority) break;
        nodes[i] = nodes[child];
        priorities[i] = priorities[child];
        i = child;
      }
      nodes[i] = lastNode;
      priorities[i] = lastPriority;
    }
    return top;
  }
}
