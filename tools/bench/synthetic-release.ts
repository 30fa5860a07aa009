import type { CountRow, DimensionSpec, ProtectionInput, UnitNode } from '@vielfalt/disclosure';

/**
 * Synthetic releases for `npm run bench:disclosure`: a deterministic (seeded) organisation tree, staff and
 * survey answers, simulated person by person so that every total, breakdown and cross-tab adds up, and
 * written as the leaf-unit rows of a `ProtectionInput`.
 *
 * - Tree: `levels[i]` units on level i + 1 below the root, each with a parent drawn at random from the level
 *   above; a unit that draws no children is a leaf (so leaves sit on several levels, as in an administration).
 * - Staff per leaf: log-normal (many small units, a few large ones), scaled to about `staff` in all.
 * - Participation per leaf: uniform in [40 %, 80 %]; each staff member responds with that probability.
 * - Catalogue: 3 structural attributes; 8 dimensions, 6 single-choice with 3–7 categories (each with
 *   keine_angabe) and 2 multi-choice; 2 cross-tabs. Every leaf reports headcount and respondents in total and
 *   by each attribute value, every category of every dimension (zeros included) and both cross-tabs. With
 *   `answersByAttribute`, also two dimensions broken down by an attribute (gender identity by career group,
 *   migration history by employment type), as the demo uploads do; the server's release builder leaves such
 *   answers out of a release for now (docs/disclosure.md), so by default they are left out here too.
 */
export interface SyntheticScale {
  readonly name: string;
  /** Units per level below the root. */
  readonly levels: readonly number[];
  /** Staff in all (approximately: rounding per leaf). */
  readonly staff: number;
  /** Spread of the log-normal unit sizes (σ of the logarithm). */
  readonly sizeSpread: number;
  readonly seed: number;
}

export const SCALES = {
  /** About 150 units on three levels below the root, about 7,000 staff. */
  city: { name: 'city', levels: [7, 30, 112], staff: 7_000, sizeSpread: 1.4, seed: 2025 },
  /** 10,000 units on five levels below the root, about 5 million staff. */
  federal: { name: 'federal', levels: [15, 90, 600, 2_300, 6_994], staff: 5_000_000, sizeSpread: 1.5, seed: 2025 },
} as const satisfies Record<string, SyntheticScale>;

export const PARAMETERS = { k: 5, minRespondents: 10 } as const;

/** A category with the probability a person chooses it. */
type Weighted = readonly (readonly [string, number])[];

const ATTRIBUTES = {
  career_group: [
    ['einfacher_dienst', 0.05],
    ['mittlerer_dienst', 0.35],
    ['gehobener_dienst', 0.4],
    ['hoeherer_dienst', 0.2],
  ],
  leadership_role: [
    ['ja', 0.1],
    ['nein', 0.9],
  ],
  employment_type: [
    ['vollzeit', 0.7],
    ['teilzeit', 0.3],
  ],
} as const satisfies Record<string, Weighted>;

const SINGLE = {
  gender_identity: [
    ['weiblich', 0.55],
    ['maennlich', 0.4],
    ['nicht_binaer', 0.006],
    ['anders', 0.004],
    ['keine_angabe', 0.04],
  ],
  age_band: [
    ['unter_30', 0.15],
    ['30_bis_44', 0.32],
    ['45_bis_59', 0.35],
    ['60_plus', 0.13],
    ['keine_angabe', 0.05],
  ],
  migration_history: [
    ['selbst_eingewandert', 0.12],
    ['eltern_eingewandert', 0.1],
    ['keine', 0.72],
    ['keine_angabe', 0.06],
  ],
  disability: [
    ['ja', 0.11],
    ['nein', 0.84],
    ['keine_angabe', 0.05],
  ],
  sexual_orientation: [
    ['heterosexuell', 0.82],
    ['homosexuell', 0.03],
    ['bisexuell', 0.03],
    ['anders', 0.01],
    ['keine_angabe', 0.11],
  ],
  religion: [
    ['christlich', 0.5],
    ['muslimisch', 0.05],
    ['juedisch', 0.005],
    ['buddhistisch', 0.005],
    ['andere', 0.02],
    ['keine', 0.345],
    ['keine_angabe', 0.075],
  ],
} as const satisfies Record<string, Weighted>;

const MULTI = {
  languages: [
    ['deutsch', 0.97],
    ['englisch', 0.6],
    ['tuerkisch', 0.06],
    ['arabisch', 0.04],
    ['russisch', 0.05],
    ['polnisch', 0.03],
    ['andere', 0.1],
  ],
  discrimination_experience: [
    ['herkunft', 0.08],
    ['geschlecht', 0.12],
    ['alter', 0.1],
    ['behinderung', 0.04],
    ['religion', 0.03],
  ],
} as const satisfies Record<string, Weighted>;

type SingleKey = keyof typeof SINGLE;
type AttributeKey = keyof typeof ATTRIBUTES;

const CROSS_TABS: readonly (readonly [SingleKey, SingleKey])[] = [
  ['gender_identity', 'age_band'],
  ['migration_history', 'disability'],
];
const BY_ATTRIBUTE: readonly (readonly [SingleKey, AttributeKey])[] = [
  ['gender_identity', 'career_group'],
  ['migration_history', 'employment_type'],
];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws an index from cumulative weights. */
function pick(next: () => number, cumulative: Float64Array): number {
  const u = next() * cumulative[cumulative.length - 1];
  let i = 0;
  while (i < cumulative.length - 1 && u >= cumulative[i]) i++;
  return i;
}

function cumulativeOf(weighted: Weighted): Float64Array {
  let sum = 0;
  return Float64Array.from(weighted, ([, weight]) => (sum += weight));
}

/** The catalogue as the input lists it. */
export function syntheticCatalogue(): Pick<ProtectionInput, 'attributes' | 'dimensions'> {
  const dimensions: DimensionSpec[] = [
    ...Object.entries(SINGLE).map(([key, categories]) => ({
      key,
      choice: 'single' as const,
      categories: categories.map(([category]) => category),
    })),
    ...Object.entries(MULTI).map(([key, categories]) => ({
      key,
      choice: 'multi' as const,
      categories: categories.map(([category]) => category),
    })),
  ];
  const attributes = Object.entries(ATTRIBUTES).map(([key, values]) => ({ key, values: values.map(([v]) => v) }));
  return { attributes, dimensions };
}

/** Builds the synthetic release of one scale. */
export function syntheticRelease(
  scale: SyntheticScale,
  { answersByAttribute = false }: { readonly answersByAttribute?: boolean } = {},
): { input: ProtectionInput; leaves: number; staff: number } {
  const next = random(scale.seed);
  const { units, leaves } = syntheticTree(scale.levels, next);
  const sizes = leafSizes(leaves.length, scale.staff, scale.sizeSpread, next);
  const counts: CountRow[] = [];
  leaves.forEach((unit, i) => counts.push(...leafRows(unit, sizes[i], 0.4 + 0.4 * next(), next, answersByAttribute)));
  const { attributes, dimensions } = syntheticCatalogue();
  return {
    input: { parameters: PARAMETERS, units, attributes, dimensions, counts },
    leaves: leaves.length,
    staff: sizes.reduce((sum, size) => sum + size, 0),
  };
}

function syntheticTree(levels: readonly number[], next: () => number): { units: UnitNode[]; leaves: string[] } {
  const units: UnitNode[] = [{ code: 'ROOT', parent: null }];
  const hasChildren = new Set<string>();
  let above = ['ROOT'];
  levels.forEach((count, level) => {
    const codes = Array.from({ length: count }, (_, i) => `L${level + 1}-${i + 1}`);
    // Every unit of the level above gets at least one child while there are enough; the rest at random.
    codes.forEach((code, i) => {
      const parent = i < above.length ? above[i] : above[Math.floor(next() * above.length)];
      units.push({ code, parent });
      hasChildren.add(parent);
    });
    // Below the first level some units stop: a share of each level has no children (small offices report
    // directly).
    above = level === 0 ? codes : codes.filter(() => next() > 0.15);
  });
  return { units, leaves: units.filter((unit) => !hasChildren.has(unit.code)).map((unit) => unit.code) };
}

/** Log-normal unit sizes, scaled to about `staff` in all, at least 1 each. */
function leafSizes(count: number, staff: number, spread: number, next: () => number): number[] {
  const raw = Array.from({ length: count }, () => {
    // Box–Muller.
    const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    return Math.exp(spread * z);
  });
  const scale = staff / raw.reduce((sum, size) => sum + size, 0);
  return raw.map((size) => Math.max(1, Math.round(size * scale)));
}

const attributeKeys = Object.keys(ATTRIBUTES) as AttributeKey[];
const singleKeys = Object.keys(SINGLE) as SingleKey[];
const multiKeys = Object.keys(MULTI) as (keyof typeof MULTI)[];
const attributeCumulative = attributeKeys.map((key) => cumulativeOf(ATTRIBUTES[key]));
const singleCumulative = singleKeys.map((key) => cumulativeOf(SINGLE[key]));
const multiChance = multiKeys.map((key) => MULTI[key].map(([, chance]) => chance));

/** Simulates the staff of one leaf and returns its rows. */
function leafRows(
  unit: string,
  staff: number,
  participation: number,
  next: () => number,
  answersByAttribute: boolean,
): CountRow[] {
  const headcountBy = attributeKeys.map((key) => new Array<number>(ATTRIBUTES[key].length).fill(0));
  const respondentsBy = attributeKeys.map((key) => new Array<number>(ATTRIBUTES[key].length).fill(0));
  const single = singleKeys.map((key) => new Array<number>(SINGLE[key].length).fill(0));
  const multi = multiKeys.map((key) => new Array<number>(MULTI[key].length).fill(0));
  const cross = CROSS_TABS.map(([a, b]) => new Array<number>(SINGLE[a].length * SINGLE[b].length).fill(0));
  const byAttribute = BY_ATTRIBUTE.map(([d, a]) => new Array<number>(SINGLE[d].length * ATTRIBUTES[a].length).fill(0));
  let respondents = 0;
  const attribute = new Array<number>(attributeKeys.length);
  const answer = new Array<number>(singleKeys.length);
  for (let person = 0; person < staff; person++) {
    for (let a = 0; a < attributeKeys.length; a++) {
      attribute[a] = pick(next, attributeCumulative[a]);
      headcountBy[a][attribute[a]]++;
    }
    if (next() >= participation) continue;
    respondents++;
    for (let a = 0; a < attributeKeys.length; a++) respondentsBy[a][attribute[a]]++;
    for (let d = 0; d < singleKeys.length; d++) {
      answer[d] = pick(next, singleCumulative[d]);
      single[d][answer[d]]++;
    }
    for (let d = 0; d < multiKeys.length; d++) {
      for (let c = 0; c < multiChance[d].length; c++) if (next() < multiChance[d][c]) multi[d][c]++;
    }
    CROSS_TABS.forEach(([first, second], t) => {
      cross[t][answer[singleKeys.indexOf(first)] * SINGLE[second].length + answer[singleKeys.indexOf(second)]]++;
    });
    BY_ATTRIBUTE.forEach(([dimension, key], t) => {
      const a = attributeKeys.indexOf(key);
      byAttribute[t][attribute[a] * SINGLE[dimension].length + answer[singleKeys.indexOf(dimension)]]++;
    });
  }

  const rows: CountRow[] = [
    { unit, measure: 'headcount', count: staff },
    { unit, measure: 'respondents', count: respondents },
  ];
  attributeKeys.forEach((key, a) =>
    ATTRIBUTES[key].forEach(([value], v) => {
      rows.push({ unit, measure: 'headcount', attributes: { [key]: value }, count: headcountBy[a][v] });
      rows.push({ unit, measure: 'respondents', attributes: { [key]: value }, count: respondentsBy[a][v] });
    }),
  );
  singleKeys.forEach((dimension, d) =>
    SINGLE[dimension].forEach(([category], c) =>
      rows.push({ unit, measure: 'answers', dimension, category, count: single[d][c] }),
    ),
  );
  multiKeys.forEach((dimension, d) =>
    MULTI[dimension].forEach(([category], c) =>
      rows.push({ unit, measure: 'answers', dimension, category, count: multi[d][c] }),
    ),
  );
  CROSS_TABS.forEach(([first, second], t) =>
    SINGLE[first].forEach(([category], i) =>
      SINGLE[second].forEach(([category2], j) =>
        rows.push({
          unit,
          measure: 'answers',
          dimension: first,
          category,
          dimension2: second,
          category2,
          count: cross[t][i * SINGLE[second].length + j],
        }),
      ),
    ),
  );
  // Simulated either way, so that the other counts do not depend on the option.
  if (!answersByAttribute) return rows;
  BY_ATTRIBUTE.forEach(([dimension, key], t) =>
    ATTRIBUTES[key].forEach(([value], v) =>
      SINGLE[dimension].forEach(([category], c) =>
        rows.push({
          unit,
          measure: 'answers',
          attributes: { [key]: value },
          dimension,
          category,
          count: byAttribute[t][v * SINGLE[dimension].length + c],
        }),
      ),
    ),
  );
  return rows;
}
