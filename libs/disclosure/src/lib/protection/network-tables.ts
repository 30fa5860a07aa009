import { NetworkTable } from './network-table';
import type { ReleaseModel } from './release-model';

/** A network table with the figure → arc index the release needs to find its figures in it. */
export interface ReleaseNetwork {
  readonly id: string;
  readonly network: NetworkTable;
  readonly arcOf: ReadonlyMap<number, number>;
}

/**
 * The release's hierarchical tables with published row totals, as networks: one per dimension (single
 * choice: its categories; attribute combination kept apart) and one per category of a multi-choice dimension
 * ("chose", "did not choose"). Cross-tabs are not among them (see cross-tab-blocks.ts).
 */
export function releaseNetworks(release: ReleaseModel): ReleaseNetwork[] {
  const groups = new Map<string, number[]>();
  for (const [k, key] of release.keys.entries()) {
    if (key.measure !== 'answers' || key.dimension2 !== undefined) continue;
    const group =
      key.chosen === undefined
        ? `${key.attributes}|${key.dimension}`
        : `${key.attributes}|${key.dimension}|${key.category}`;
    const keys = groups.get(group) ?? [];
    keys.push(k);
    groups.set(group, keys);
  }
  return [...groups].map(([id, keys]) => buildNetwork(release, id, keys));
}

function buildNetwork(release: ReleaseModel, id: string, keys: readonly number[]): ReleaseNetwork {
  const { tree } = release;
  const units = tree.codes.length;
  const has = (unit: number): boolean => release.figureAt(unit, keys[0]) !== -1;
  const isLeaf = (unit: number): boolean => !tree.children[unit].some(has);

  // Node 0 is the sink; then one row node per leaf unit and one node per category of every unit above them.
  const firstNode = new Int32Array(units).fill(-1);
  const nodeUnit: number[] = [-1];
  for (let unit = 0; unit < units; unit++) {
    if (!has(unit)) continue;
    firstNode[unit] = nodeUnit.length;
    for (let n = isLeaf(unit) ? 1 : keys.length; n > 0; n--) nodeUnit.push(unit);
  }
  const figures: number[] = [];
  const tail: number[] = [];
  const head: number[] = [];
  const arcOf = new Map<number, number>();
  for (let unit = 0; unit < units; unit++) {
    if (!has(unit)) continue;
    const leaf = isLeaf(unit);
    const parent = tree.parent[unit];
    for (const [c, key] of keys.entries()) {
      const figure = release.figureAt(unit, key);
      arcOf.set(figure, figures.length);
      figures.push(figure);
      tail.push(leaf ? firstNode[unit] : firstNode[unit] + c);
      head.push(parent === -1 || firstNode[parent] === -1 ? 0 : firstNode[parent] + c);
    }
  }
  const network = new NetworkTable(
    Int32Array.from(figures),
    Int32Array.from(tail),
    Int32Array.from(head),
    nodeUnit.length,
    Int32Array.from(nodeUnit),
    tree.parent,
    subtreeEnds(release),
  );
  return { id, network, arcOf };
}

/** Units are numbered in pre-order: the units below `u` are `u … end[u] − 1`. */
function subtreeEnds(release: ReleaseModel): Int32Array {
  const { parent } = release.tree;
  const end = Int32Array.from(parent, (_, unit) => unit + 1);
  for (let unit = parent.length - 1; unit > 0; unit--) end[parent[unit]] = Math.max(end[parent[unit]], end[unit]);
  return end;
}
