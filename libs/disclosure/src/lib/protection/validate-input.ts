import type { CountRow, DimensionSpec, ProtectionInput } from './protection-input';

/** Thrown when a protection input breaks the format of docs/disclosure.md; the message says what and where. */
export class InvalidProtectionInputError extends Error {
  override readonly name = 'InvalidProtectionInputError';
}

/** The smallest k and minimum respondents any caller may ask for (the product's floors). */
export const PARAMETER_FLOORS = { k: 3 } as const;

/** The organisation tree, indexed: units in pre-order (every parent before its children). */
export interface UnitTree {
  readonly codes: readonly string[];
  /** Parent index per unit, -1 for the root (index 0). */
  readonly parent: Int32Array;
  readonly children: readonly (readonly number[])[];
  readonly indexOf: ReadonlyMap<string, number>;
}

/**
 * Checks everything about an input that does not depend on sums (those are checked while building the model)
 * and indexes the tree. Throws {@link InvalidProtectionInputError} naming the first problem and where it is.
 */
export function validateInput(input: ProtectionInput): UnitTree {
  if (typeof input !== 'object' || input === null) fail('the input is not a JSON object');
  const { k, minRespondents } = input.parameters ?? ({} as ProtectionInput['parameters']);
  if (!Number.isSafeInteger(k) || k < PARAMETER_FLOORS.k) {
    fail(`parameters.k is ${k}; it must be a whole number ≥ ${PARAMETER_FLOORS.k}`);
  }
  if (!Number.isSafeInteger(minRespondents) || minRespondents < k) {
    fail(`parameters.minRespondents is ${minRespondents}; it must be a whole number ≥ k (${k})`);
  }
  const tree = indexTree(input);
  const attributes = new Map<string, Set<string>>();
  for (const [i, attribute] of (input.attributes ?? []).entries()) {
    const where = `attributes[${i}]`;
    if (!isKey(attribute?.key)) fail(`${where}.key is missing`);
    if (attributes.has(attribute.key)) fail(`${where}: attribute "${attribute.key}" is listed twice`);
    attributes.set(attribute.key, uniqueKeys(attribute.values, `${where}.values`));
  }
  const dimensions = new Map<string, DimensionSpec>();
  for (const [i, dimension] of (input.dimensions ?? []).entries()) {
    const where = `dimensions[${i}]`;
    if (!isKey(dimension?.key)) fail(`${where}.key is missing`);
    if (dimensions.has(dimension.key)) fail(`${where}: dimension "${dimension.key}" is listed twice`);
    if (dimension.choice !== 'single' && dimension.choice !== 'multi') {
      fail(`${where}.choice is ${JSON.stringify(dimension.choice)}; it must be "single" or "multi"`);
    }
    if (uniqueKeys(dimension.categories, `${where}.categories`).size === 0) fail(`${where} has no categories`);
    dimensions.set(dimension.key, dimension);
  }
  if (!Array.isArray(input.counts)) fail('counts is not a list');
  const seen = new Set<string>();
  for (const [i, row] of input.counts.entries()) {
    const key = validateRow(row, `counts[${i}]`, tree, attributes, dimensions);
    if (seen.has(key)) fail(`counts[${i}] repeats an earlier row (${key})`);
    seen.add(key);
  }
  for (const [i, version] of (input.earlierVersions ?? []).entries()) {
    const where = `earlierVersions[${i}]`;
    if (!Array.isArray(version?.published) || !Array.isArray(version.suppressed) || !Array.isArray(version.counts)) {
      fail(`${where} needs the lists "counts", "published" and "suppressed"`);
    }
    const earlierRows = new Set<string>();
    for (const [j, row] of version.counts.entries()) {
      const key = validateRow(row, `${where}.counts[${j}]`, tree, attributes, dimensions);
      if (earlierRows.has(key)) fail(`${where}.counts[${j}] repeats an earlier row (${key})`);
      earlierRows.add(key);
    }
    if (version.parameters !== undefined) {
      const { k: earlierK, minRespondents: earlierMinimum } = version.parameters;
      if (!Number.isSafeInteger(earlierK) || earlierK < PARAMETER_FLOORS.k)
        fail(`${where}.parameters.k is ${earlierK}`);
      if (!Number.isSafeInteger(earlierMinimum) || earlierMinimum < earlierK) {
        fail(`${where}.parameters.minRespondents is ${earlierMinimum}; it must be a whole number ≥ its k`);
      }
    }
    for (const [j, figure] of version.published.entries()) {
      if (typeof figure?.id !== 'string' || !Number.isSafeInteger(figure.value) || figure.value < 0) {
        fail(`${where}.published[${j}] needs an "id" and a whole "value" ≥ 0`);
      }
    }
  }
  return tree;
}

function indexTree(input: ProtectionInput): UnitTree {
  if (!Array.isArray(input.units) || input.units.length === 0) fail('units is empty');
  const parentOf = new Map<string, string | null>();
  for (const [i, unit] of input.units.entries()) {
    if (!isKey(unit?.code)) fail(`units[${i}].code is missing`);
    if (parentOf.has(unit.code)) fail(`units[${i}]: unit "${unit.code}" is listed twice`);
    if (unit.parent !== null && typeof unit.parent !== 'string') fail(`units[${i}].parent must be a code or null`);
    parentOf.set(unit.code, unit.parent);
  }
  const roots = [...parentOf].filter(([, parent]) => parent === null).map(([code]) => code);
  if (roots.length !== 1) fail(`units must have exactly one root (parent null); found ${roots.length}`);
  const childrenOf = new Map<string, string[]>();
  for (const [code, parent] of parentOf) {
    if (parent === null) continue;
    if (!parentOf.has(parent)) fail(`unit "${code}" has the parent "${parent}", which is not a unit`);
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(code);
    childrenOf.set(parent, siblings);
  }
  const codes: string[] = [];
  const parents: number[] = [];
  const stack: [string, number][] = [[roots[0], -1]];
  while (stack.length > 0) {
    const [code, parent] = stack.pop() as [string, number];
    const index = codes.length;
    codes.push(code);
    parents.push(parent);
    for (const child of [...(childrenOf.get(code) ?? [])].reverse()) stack.push([child, index]);
  }
  if (codes.length !== parentOf.size) {
    const unreached = [...parentOf.keys()].find((code) => !codes.includes(code));
    fail(`unit "${unreached}" is not below the root (its parents form a cycle)`);
  }
  const children: number[][] = codes.map(() => []);
  for (let u = 1; u < codes.length; u++) children[parents[u]].push(u);
  return {
    codes,
    parent: Int32Array.from(parents),
    children,
    indexOf: new Map(codes.map((code, i) => [code, i])),
  };
}

function validateRow(
  row: CountRow,
  where: string,
  tree: UnitTree,
  attributes: ReadonlyMap<string, ReadonlySet<string>>,
  dimensions: ReadonlyMap<string, DimensionSpec>,
): string {
  if (typeof row !== 'object' || row === null) fail(`${where} is not an object`);
  const unit = tree.indexOf.get(row.unit);
  if (unit === undefined) fail(`${where}: unit "${row.unit}" is not in units`);
  if (tree.children[unit].length > 0) fail(`${where}: unit "${row.unit}" has sub-units; counts are for leaf units`);
  if (!['headcount', 'respondents', 'answers'].includes(row.measure)) {
    fail(`${where}.measure is ${JSON.stringify(row.measure)}; it must be headcount, respondents or answers`);
  }
  if (!Number.isSafeInteger(row.count) || row.count < 0)
    fail(`${where}.count is ${row.count}; it must be a whole number ≥ 0`);
  for (const [key, value] of Object.entries(row.attributes ?? {})) {
    const values = attributes.get(key);
    if (!values) fail(`${where}: attribute "${key}" is not in attributes`);
    if (!values.has(value)) fail(`${where}: "${value}" is not a value of attribute "${key}"`);
  }
  if (row.measure !== 'answers') {
    if (row.dimension !== undefined || row.dimension2 !== undefined) fail(`${where}: only answers have a dimension`);
  } else {
    const first = category(row.dimension, row.category, `${where}`, dimensions);
    if (row.dimension2 !== undefined || row.category2 !== undefined) {
      const second = category(row.dimension2, row.category2, `${where} (second)`, dimensions);
      if (first.choice !== 'single' || second.choice !== 'single') {
        fail(`${where}: a cross-tab needs two single-choice dimensions`);
      }
      if (row.dimension === row.dimension2) fail(`${where}: a cross-tab needs two different dimensions`);
    }
  }
  return [
    row.unit,
    row.measure,
    attributeKey(row.attributes),
    row.dimension,
    row.category,
    row.dimension2,
    row.category2,
  ]
    .map((part) => part ?? '')
    .join('|');
}

function category(
  dimension: string | undefined,
  categoryKey: string | undefined,
  where: string,
  dimensions: ReadonlyMap<string, DimensionSpec>,
): DimensionSpec {
  const spec = dimension === undefined ? undefined : dimensions.get(dimension);
  if (!spec) fail(`${where}: dimension ${JSON.stringify(dimension)} is not in dimensions`);
  if (categoryKey === undefined || !spec.categories.includes(categoryKey)) {
    fail(`${where}: ${JSON.stringify(categoryKey)} is not a category of dimension "${spec.key}"`);
  }
  return spec;
}

/** Attributes in a canonical text form: `a=x,b=y` sorted by key, `*` for none. */
export function attributeKey(attributes: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(attributes ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length === 0 ? '*' : entries.map(([key, value]) => `${key}=${value}`).join(',');
}

function uniqueKeys(values: readonly string[] | undefined, where: string): Set<string> {
  if (!Array.isArray(values)) fail(`${where} is not a list`);
  const keys = new Set<string>();
  for (const value of values) {
    if (!isKey(value)) fail(`${where} holds an empty or non-text key`);
    if (keys.has(value)) fail(`${where} lists "${value}" twice`);
    keys.add(value);
  }
  return keys;
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && !/[|,=*]/.test(value);
}

function fail(message: string): never {
  throw new InvalidProtectionInputError(message);
}
