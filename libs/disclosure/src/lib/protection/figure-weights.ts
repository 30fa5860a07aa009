import type { ReleaseModel } from './release-model';

/**
 * The upper protection level of each answer figure: k, or the respondents of its unit and attribute combination
 * if they are fewer (their number is published, so no figure in that group can be shown to reach k; the
 * attacker must still be unable to exclude that all or none of them gave the answer).
 */
export function protectionLevels(release: ReleaseModel, k: number): Float64Array {
  const { linear, keys, keyOf, unitOf } = release;
  const levels = new Float64Array(linear.values.length).fill(k);
  for (let f = 0; f < levels.length; f++) {
    if (keyOf[f] === -1 || keys[keyOf[f]].measure !== 'answers') continue;
    const respondents = release.figureAt(unitOf[f], release.respondentsKey.get(keys[keyOf[f]].attributes) ?? -1);
    if (respondents !== -1) levels[f] = Math.min(k, linear.values[respondents]);
  }
  return levels;
}

/** A number per table for every figure; an unknown (non-respondents, staff outside a breakdown) is in its whole's. */
export function tableIndex(release: ReleaseModel): Int32Array {
  const { linear, keys, keyOf } = release;
  const numbers = new Map<string, number>();
  const tableOf = new Int32Array(linear.values.length);
  const number = (f: number): number => {
    const table = keys[keyOf[f]].table;
    let n = numbers.get(table);
    if (n === undefined) numbers.set(table, (n = numbers.size));
    return n;
  };
  for (let f = 0; f < tableOf.length; f++) {
    tableOf[f] = keyOf[f] === -1 ? number(linear.wholes[linear.memberOf[linear.memberStart[f]]]) : number(f);
  }
  return tableOf;
}

/**
 * What hiding a figure as a complement costs beyond one figure: headcount and respondents are the
 * denominators of every share, and the totals near the top of the tree are what leadership reads first.
 */
export function complementCost(release: ReleaseModel): Float64Array {
  const depth = new Int32Array(release.tree.codes.length);
  for (let unit = 1; unit < depth.length; unit++) depth[unit] = depth[release.tree.parent[unit]] + 1;
  const cost = new Float64Array(release.linear.values.length);
  for (let f = 0; f < cost.length; f++) {
    const key = release.keyOf[f];
    if (key === -1) continue;
    const measure = release.keys[key].measure;
    cost[f] =
      (measure === 'headcount' || measure === 'respondents' ? 3 : 0) + Math.max(0, 2 - depth[release.unitOf[f]]);
  }
  return cost;
}
