import type { ReleaseModel } from './release-model';

/**
 * The upper protection level of each answer figure: k, or the size of the group its row describes if that is
 * smaller — the respondents of its unit and attribute combination that answered its table (a single-choice
 * dimension's categories, a multi-choice category's "chose" and "did not choose", a cross-tab's cells). That
 * size is known to the attacker (respondents are published, and so is which units have the table), so no
 * figure in such a group can be shown to reach k; the attacker must still be unable to exclude that all or
 * none of them gave the answer. It is the respondents unless the table is missing in some units below.
 */
export function protectionLevels(release: ReleaseModel, k: number): Float64Array {
  const { linear, keys, keyOf, unitOf } = release;
  const rowOfKey = new Map<string, number>();
  const keyRow = keys.map((key) => {
    if (key.measure !== 'answers') return -1;
    const row = `${key.attributes}|${key.table}|${key.chosen === undefined ? '' : key.category}`;
    let index = rowOfKey.get(row);
    if (index === undefined) rowOfKey.set(row, (index = rowOfKey.size));
    return index;
  });
  const rowTotal = new Float64Array(release.tree.codes.length * rowOfKey.size);
  const rowOf = (f: number): number =>
    keyOf[f] === -1 || keyRow[keyOf[f]] === -1 ? -1 : unitOf[f] * rowOfKey.size + keyRow[keyOf[f]];
  for (let f = 0; f < linear.values.length; f++) {
    const row = rowOf(f);
    if (row !== -1) rowTotal[row] += linear.values[f];
  }
  const levels = new Float64Array(linear.values.length).fill(k);
  for (let f = 0; f < levels.length; f++) {
    const row = rowOf(f);
    if (row !== -1) levels[f] = Math.min(k, rowTotal[row]);
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
