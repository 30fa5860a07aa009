import type {
  CatalogueView,
  OrgUnitDefinition,
  ReleaseFigureView,
  ReleaseTableSummary,
  ReleaseView,
} from '@vielfalt/contracts';
import loadHighs from 'highs';
import { commitUpload, defineReleaseCatalogue, releaseUpload } from '../testing/release-fixture';
import { startTestApp, type TestApp } from '../testing/test-app';

const SLOW = 180_000;

interface Figure extends ReleaseFigureView {
  readonly table: ReleaseTableSummary;
  readonly variable: number;
}

interface Constraint {
  readonly terms: readonly (readonly [variable: number, coefficient: number])[];
  readonly sense: '=' | '<=';
  readonly rhs: number;
}

const attributeKey = (attributes: Readonly<Record<string, string>>) =>
  Object.entries(attributes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`)
    .join(',');

/**
 * An attack on a published release that does not use the disclosure library: it reads everything the API shows
 * (every table's figures, the organisation tree, the catalogue), writes down every additive relation an
 * attacker knows, and asks HiGHS (directly, from npm) for the smallest and largest value each primary or
 * min-respondents figure can have. Each must stay open: lo ≤ 0 and hi ≥ k (or, in a group of fewer than k
 * respondents, hi ≥ its published number of respondents).
 */
describe('an independent linear-programming attack on a published release', () => {
  const upload = releaseUpload('2025', 7);
  // Period 2024: a first version, then HR corrects one Amt and the Stabsstelle publishes a second.
  const first = releaseUpload('2024', 3);
  const correction = releaseUpload('2024', 5, ['PS-A2']);
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
    await defineReleaseCatalogue(await testApp.signedIn('admin'));
    const hr = await testApp.signedIn('hr');
    await commitUpload(hr, upload, 'befragung-2025.csv');
    await commitUpload(hr, first, 'befragung-2024.csv');
  }, SLOW);
  afterAll(() => testApp.close());

  it(
    'cannot narrow any protected figure below [0, k] from all the published figures',
    async () => {
      const release = await publish('2025');
      const reader = await readerOf(release);
      const figures = await reader.figures(release, 0);
      expect(figures.filter((f) => f.value === null).length).toBeGreaterThan(10);
      expect(await unprotected([{ release, figures, truth: trueValues(upload, reader.units) }], reader)).toEqual([]);
    },
    SLOW,
  );

  it(
    'cannot narrow a figure of either version of a corrected period, knowing which figures the correction left as they were',
    async () => {
      const v1 = await publish('2024');
      await commitUpload(await testApp.signedIn('hr'), correction, 'korrektur-2024.csv');
      const v2 = await publish('2024', 'Das Standesamt hat seine Zahlen korrigiert.');
      expect(v2.version).toBe(2);
      const reader = await readerOf(v2);
      const now = await reader.figures(v2, 0);
      const before = await reader.figures(v1, now.length);
      const corrected = [
        ...first.split('\n').filter((line) => !line.includes(';PS-A2;')),
        ...correction.split('\n').slice(1),
      ];
      const versions = [
        { release: v2, figures: now, truth: trueValues(corrected.join('\n'), reader.units) },
        { release: v1, figures: before, truth: trueValues(first, reader.units) },
      ];
      // The correction changed something that version 1 published, or the test proves nothing.
      const changed = before.filter((f) => f.value !== null && f.value !== versions[0].truth(f));
      expect(changed.length).toBeGreaterThan(0);
      expect(await unprotected(versions, reader)).toEqual([]);
    },
    SLOW,
  );

  async function publish(periodKey: string, note?: string): Promise<ReleaseView> {
    const stabsstelle = await testApp.signedIn('stabsstelle');
    const dataVersion = (await stabsstelle.get(`/api/releases/preview?period=${periodKey}`)).body.dataVersion;
    const published = await stabsstelle.post('/api/releases', { periodKey, dataVersion, ...(note && { note }) });
    if (published.status !== 201) throw new Error(`publishing ${periodKey} failed: ${published.text}`);
    return published.body;
  }

  /** Everything a reader of the dashboard can see. */
  async function readerOf(release: ReleaseView) {
    const leadership = await testApp.signedIn('leadership');
    const catalogue: CatalogueView = (await leadership.get('/api/catalogue')).body;
    const at = release.periodKey === '2024' ? '2024-06-30' : '2025-06-30';
    const units: OrgUnitDefinition[] = (await leadership.get(`/api/catalogue/units?at=${at}`)).body;
    const figures = async (of: ReleaseView, offset: number): Promise<Figure[]> => {
      const found: Figure[] = [];
      for (const table of of.tables) {
        const response = await leadership.get(`/api/releases/${of.id}/figures?table=${encodeURIComponent(table.id)}`);
        for (const figure of response.body.figures as ReleaseFigureView[]) {
          found.push({ ...figure, table, variable: offset + found.length });
        }
      }
      return found;
    };
    return { catalogue, units, figures };
  }
});

interface Version {
  readonly release: ReleaseView;
  readonly figures: readonly Figure[];
  readonly truth: (figure: Figure) => number;
}

/**
 * The figures of the given versions of one period (the current one first) that an attacker can narrow below
 * [0, k]: it knows every relation within each version, everything each published, and that a figure of an earlier
 * version has its current value wherever it kept it (assumed known: more than a correction's note says). Which figures
 * must be protected comes from the truth, since the API does not say why a figure is suppressed: 0 < n < k, or
 * every answer of a group below the minimum respondents.
 */
async function unprotected(
  versions: readonly Version[],
  reader: { readonly units: readonly OrgUnitDefinition[]; readonly catalogue: CatalogueView },
): Promise<string[]> {
  const constraints: Constraint[] = [];
  for (const { figures, truth } of versions) {
    constraints.push(...relations(figures, reader.units, reader.catalogue));
    for (const figure of figures) {
      if (figure.value !== null) {
        expect(figure.value).withContext(figure.id).toBe(truth(figure));
        constraints.push({ terms: [[figure.variable, 1]], sense: '=', rhs: figure.value });
      }
    }
  }
  const [current, ...earlier] = versions;
  const currentById = new Map(current.figures.map((figure) => [figure.id, figure]));
  for (const { figures, truth } of earlier) {
    for (const figure of figures) {
      const same = currentById.get(figure.id);
      if (same && current.truth(same) === truth(figure)) {
        constraints.push({
          terms: [
            [figure.variable, 1],
            [same.variable, -1],
          ],
          sense: '=',
          rhs: 0,
        });
      }
    }
  }
  const all = versions.flatMap((version) => version.figures);
  const highs = await loadHighs();
  const model = (sense: 'Minimize' | 'Maximize', variable: number) =>
    [
      sense,
      ` obj: x${variable}`,
      'Subject To',
      ...constraints.map(
        (c, i) =>
          ` c${i}: ${c.terms.map(([v, a]) => `${a < 0 ? '-' : '+'} ${Math.abs(a)} x${v}`).join(' ')} ${c.sense} ${c.rhs}`,
      ),
      'Bounds',
      ...all.map((f) => ` x${f.variable} >= 0`),
      'End',
    ].join('\n');
  const bound = (sense: 'Minimize' | 'Maximize', figure: Figure): number => {
    const solution = highs.solve(model(sense, figure.variable));
    if (solution.Status === 'Unbounded') return sense === 'Maximize' ? Infinity : -Infinity;
    if (solution.Status !== 'Optimal') throw new Error(`${figure.id}: ${solution.Status}`);
    return solution.ObjectiveValue;
  };
  // The relations hold for the true values: the model is feasible.
  expect(highs.solve(model('Minimize', 0)).Status).toBe('Optimal');

  const exposed: string[] = [];
  for (const { release, figures, truth } of versions) {
    const { k, minRespondents } = release.settings;
    // A group with fewer than k respondents publishes its size (docs/disclosure.md, "Small groups"): no answer
    // in it can reach k, so there the interval must reach the number of respondents.
    const respondents = new Map(
      figures
        .filter((f) => f.table.id === 'respondents')
        .map((f) => [`${f.unitCode}|${attributeKey(f.attributes)}`, f.value]),
    );
    for (const figure of figures) {
      if (figure.measure !== 'answers') continue;
      const n = truth(figure);
      const size = respondents.get(`${figure.unitCode}|${attributeKey(figure.attributes)}`) ?? Infinity;
      if (!((n > 0 && n < k) || size < minRespondents)) continue;
      expect(figure.value).withContext(figure.id).toBeNull();
      const reach = Math.min(k, size);
      const lo = bound('Minimize', figure);
      const hi = bound('Maximize', figure);
      if (lo > 1e-6 || hi < reach - 1e-6) {
        exposed.push(`version ${release.version}: ${figure.id} ∈ [${lo}, ${hi}], must reach 0 and ${reach}`);
      }
    }
  }
  return exposed;
}

/** The true value of each figure of the release, summed up the tree from the uploaded file. */
function trueValues(csv: string, units: readonly OrgUnitDefinition[]): (figure: Figure) => number {
  const rows = new Map<string, number>();
  for (const line of csv.split('\n').slice(1)) {
    const [, unit, measure, group, dimension, category, dimension2, category2, count] = line.split(';');
    rows.set([unit, group, measure, dimension, category, dimension2, category2].join('|'), Number(count));
  }
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentCode) children.set(unit.parentCode, [...(children.get(unit.parentCode) ?? []), unit.code]);
  }
  const leaves = (code: string): string[] => children.get(code)?.flatMap(leaves) ?? [code];
  return (f) => {
    const group = Object.values(f.attributes)[0] ?? '';
    const row = (unit: string, ...rest: string[]) => rows.get([unit, group, ...rest].join('|')) ?? 0;
    let sum = 0;
    for (const leaf of leaves(f.unitCode)) {
      if (f.measure !== 'answers') sum += row(leaf, f.measure, '', '', '', '');
      else {
        const chose = row(
          leaf,
          'answers',
          f.table.dimension ?? '',
          f.category ?? '',
          f.table.dimension2 ?? '',
          f.category2 ?? '',
        );
        sum += f.chosen === false ? row(leaf, 'respondents', '', '', '', '') - chose : chose;
      }
    }
    return sum;
  };
}

/**
 * The additive relations between the figures of a release: tree totals, single-choice categories adding up to
 * respondents, chose + did not choose = respondents, cross-tab margins, breakdowns by an attribute at most the
 * total, respondents at most the headcount.
 */
function relations(
  figures: readonly Figure[],
  units: readonly OrgUnitDefinition[],
  catalogue: CatalogueView,
): Constraint[] {
  const constraints: Constraint[] = [];
  const key = (f: ReleaseFigureView & { table: ReleaseTableSummary }, unit = f.unitCode, attributes = f.attributes) =>
    [f.table.id, f.measure, unit, attributeKey(attributes), f.category, f.chosen, f.category2].join('|');
  const byKey = new Map(figures.map((f) => [key(f), f]));
  const find = (tableId: string, measure: string, unit: string, attributes: string, rest = '||') =>
    byKey.get([tableId, measure, unit, attributes].join('|') + '|' + rest);
  const group = (name: (f: Figure) => string | null) => {
    const groups = new Map<string, Figure[]>();
    for (const f of figures) {
      const g = name(f);
      if (g !== null) groups.set(g, [...(groups.get(g) ?? []), f]);
    }
    return groups;
  };
  const sumEquals = (parts: readonly Figure[], total: Figure | undefined) => {
    if (total && parts.length > 0) {
      constraints.push({
        terms: [...parts.map((p) => [p.variable, 1] as const), [total.variable, -1]],
        sense: '=',
        rhs: 0,
      });
    }
  };

  // Tree totals: a unit's figure is the sum of its sub-units' same figures.
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentCode) children.set(unit.parentCode, [...(children.get(unit.parentCode) ?? []), unit.code]);
  }
  for (const f of figures) {
    const parts = (children.get(f.unitCode) ?? []).flatMap((child) => byKey.get(key(f, child)) ?? []);
    sumEquals(parts, f);
  }

  const choice = new Map(catalogue.dimensions.map((d) => [d.key, d.choice]));
  const respondents = (f: Figure) => find('respondents', 'respondents', f.unitCode, attributeKey(f.attributes));
  // Single choice: the categories add up to the respondents. Multi-choice: chose + did not choose = respondents.
  for (const [, parts] of group((f) =>
    f.table.kind === 'dimension' && choice.get(f.table.dimension as string) === 'single'
      ? [f.table.id, f.unitCode, attributeKey(f.attributes)].join('|')
      : null,
  )) {
    sumEquals(parts, respondents(parts[0]));
  }
  for (const [, parts] of group((f) =>
    f.table.kind === 'dimension' && choice.get(f.table.dimension as string) === 'multi'
      ? [f.table.id, f.unitCode, attributeKey(f.attributes), f.category].join('|')
      : null,
  )) {
    sumEquals(parts, respondents(parts[0]));
  }
  // Cross-tabs: each margin is the one-dimension figure, and all cells add up to the respondents.
  for (const side of ['category', 'category2'] as const) {
    for (const [, parts] of group((f) =>
      f.table.kind === 'crossTab' ? [f.table.id, f.unitCode, attributeKey(f.attributes), f[side]].join('|') : null,
    )) {
      const f = parts[0];
      const dimension = (side === 'category' ? f.table.dimension : f.table.dimension2) as string;
      sumEquals(
        parts,
        find(`dimension:${dimension}`, 'answers', f.unitCode, attributeKey(f.attributes), `${f[side]}||`),
      );
    }
  }
  for (const [, parts] of group((f) =>
    f.table.kind === 'crossTab' ? [f.table.id, f.unitCode, attributeKey(f.attributes)].join('|') : null,
  )) {
    sumEquals(parts, respondents(parts[0]));
  }
  // A breakdown by one attribute adds up to at most the figure without it.
  const breakdowns = new Map<string, { parts: Figure[]; total: Figure | undefined }>();
  for (const f of figures) {
    for (const attribute of Object.keys(f.attributes)) {
      const { [attribute]: _value, ...rest } = f.attributes;
      const name = `${attribute}:${key(f, f.unitCode, { ...rest, [attribute]: '*' })}`;
      const entry = breakdowns.get(name) ?? { parts: [], total: byKey.get(key(f, f.unitCode, rest)) };
      entry.parts.push(f);
      breakdowns.set(name, entry);
    }
  }
  for (const { parts, total } of breakdowns.values()) {
    if (!total) continue;
    constraints.push({
      terms: [...parts.map((p) => [p.variable, 1] as const), [total.variable, -1]],
      sense: '<=',
      rhs: 0,
    });
  }
  // Respondents are at most the headcount.
  for (const f of figures) {
    if (f.table.id !== 'respondents') continue;
    const headcount = find('headcount', 'headcount', f.unitCode, attributeKey(f.attributes));
    if (headcount)
      constraints.push({
        terms: [
          [f.variable, 1],
          [headcount.variable, -1],
        ],
        sense: '<=',
        rhs: 0,
      });
  }
  return constraints;
}
