import type { LinearModel } from '../linear-release';

/**
 * Groups the suppressed figures into independent components: two suppressed figures are in one component
 * when a constraint links them (directly or through other suppressed figures). Published figures are
 * constants, so the feasibility interval of a figure depends only on its own component, and each component
 * is solved as a linear program of its own.
 *
 * Returns, per component, its figures in ascending order.
 */
export function suppressedComponents(model: LinearModel, published: Uint8Array): number[][] {
  const n = model.values.length;
  const parent = new Int32Array(n);
  for (let f = 0; f < n; f++) parent[f] = f;
  const find = (f: number): number => {
    while (parent[f] !== f) {
      parent[f] = parent[parent[f]];
      f = parent[f];
    }
    return f;
  };
  const constraints = model.wholes.length;
  for (let c = 0; c < constraints; c++) {
    let first = published[model.wholes[c]] ? -1 : find(model.wholes[c]);
    for (let p = model.partStart[c]; p < model.partStart[c + 1]; p++) {
      const part = model.parts[p];
      if (published[part]) continue;
      const root = find(part);
      if (first === -1) first = root;
      else if (root !== first) parent[root] = first;
    }
  }
  const byRoot = new Map<number, number[]>();
  for (let f = 0; f < n; f++) {
    if (published[f]) continue;
    const root = find(f);
    let members = byRoot.get(root);
    if (!members) byRoot.set(root, (members = []));
    members.push(f);
  }
  return [...byRoot.values()];
}
