import { checkProtection } from '../audit/audit-release';
import { suppressedComponents } from '../audit/components';
import { sharedHighsRuntime } from '../audit/highs-runtime';
import { REASON, primarySuppression, type SuppressionState } from './primary-suppression';
import type { ProtectionInput } from './protection-input';
import type {
  InformationLoss,
  ProtectedFigure,
  ProtectedTable,
  ProtectionResult,
  SuppressionReason,
  UnitWithoutBreakdown,
} from './protection-result';
import { complementCost, protectionLevels, tableIndex } from './figure-weights';
import type { LinearModel } from '../linear-release';
import { withEarlierVersions } from './earlier-versions';
import { buildReleaseModel, type ReleaseModel } from './release-model';
import { secondarySuppression } from './secondary-suppression';
import { figureAccess, protectTables } from './table-protection';
import { validateInput } from './validate-input';

export { InvalidProtectionInputError } from './validate-input';

const REASON_NAMES: Record<number, SuppressionReason> = {
  [REASON.primary]: 'primary',
  [REASON.minRespondents]: 'min-respondents',
  [REASON.secondary]: 'secondary',
};

/**
 * Protects one period's release: builds every figure (tree totals included) from the leaf counts, suppresses
 * primary and min-respondents figures, chooses secondary suppressions, and audits the result by linear
 * programming (`passed` is false if any primary or min-respondents figure is not protected; such a release
 * must not be published). Rejects with `InvalidProtectionInputError` for a malformed or inconsistent input.
 * Runs the solver on the calling thread.
 */
export async function protect(input: ProtectionInput): Promise<ProtectionResult> {
  const started = performance.now();
  const tree = validateInput(input);
  const release = buildReleaseModel(input, tree);
  const { k } = input.parameters;
  // The current figures come first in the joint model; figures of earlier versions that changed follow.
  const joint = withEarlierVersions(input, tree, release);
  const linear = joint.linear;
  const state = primarySuppression(
    { ...release, linear, keyOf: extended(release.keyOf, linear, -1), unitOf: extended(release.unitOf, linear, -1) },
    input.parameters,
    input.earlierVersions ?? [],
  );
  for (const figure of joint.earlierPublished) state.known[figure] = 1;
  const tableOf = extended(tableIndex(release), linear, 0);
  const levels = extended(protectionLevels(release, k), linear, 0);
  for (const { figure, level } of joint.earlierSmallGroups) {
    state.sensitive[figure] = 1;
    levels[figure] = Math.max(levels[figure], level);
  }
  const levelOf = (figure: number): number => levels[figure];
  const cost = extended(complementCost(release), linear, 0);
  const figures = figureAccess(linear, state, cost);
  const earlierVersions = (input.earlierVersions ?? []).length > 0;
  const separated = protectTables(release, state, levelOf, figures, earlierVersions, joint.linked);
  const unproven = separated?.unproven ?? sensitiveFigures(state);
  // The networks know only the current figures: old values of earlier versions are left to linear programming.
  for (const { figure } of joint.earlierSmallGroups) if (figure >= release.linear.values.length) unproven.push(figure);
  const { value: suppression } = await sharedHighsRuntime.run((highs) =>
    secondarySuppression(highs, linear, state, levelOf, cost, tableOf, [...new Set(unproven)]),
  );
  separated?.applyCrossTabRule();
  const buildMilliseconds = performance.now() - started;

  // The proofs found while choosing suppressions stay valid (hiding more never narrows an interval), so the
  // final audit only re-checks the figures the last round left unproven.
  const auditStarted = performance.now();
  const attackerKnows = state.published.map((published, f) => published | state.known[f]);
  const { value: check } = await sharedHighsRuntime.run((highs) =>
    checkProtection(highs, linear, attackerKnows, suppression.unproven, levelOf, { tableOf }),
  );
  const unprotected = [...check.unprotected.keys()];
  const exposed = [...(separated?.exposed ?? []), ...publishedByEarlierVersions(state, release.linear.values.length)];
  if (unprotected.length > 0 && earlierVersions) {
    // What earlier versions alone expose: not protected even if everything else of this version were hidden.
    const { value: earlierAlone } = await sharedHighsRuntime.run((highs) =>
      checkProtection(highs, linear, state.known, unprotected, levelOf, { tableOf }),
    );
    for (const figure of earlierAlone.unprotected.keys()) {
      unprotected.splice(unprotected.indexOf(figure), 1);
      exposed.push(figure);
    }
  }

  const tables = protectedTables(release, state);
  return {
    parameters: { k, minRespondents: input.parameters.minRespondents },
    tables,
    unitsWithoutBreakdown: unitsWithoutBreakdown(release, input.parameters.minRespondents),
    informationLoss: informationLoss(visibleFigures(state), release, state),
    audit: {
      passed: unprotected.length === 0,
      unprotected: unprotected.map((f) => linear.ids[f]),
      exposedByEarlierVersions: exposed.map((f) => linear.ids[f]),
      linearPrograms: suppression.linearPrograms + check.linearPrograms,
      components: suppressedComponents(linear, attackerKnows).length,
      milliseconds: performance.now() - auditStarted,
    },
    stats: {
      figures: state.hidden.reduce((count, hidden) => count + (1 - hidden), 0),
      constraints: linear.wholes.length,
      buildMilliseconds,
      repairRounds: suppression.repairRounds,
    },
  };
}

/** A per-figure array of the current release, continued over the earlier versions' figures with `fill`. */
function extended<T extends Int32Array | Float64Array>(array: T, linear: LinearModel, fill: number): T {
  const length = linear.values.length;
  if (array.length === length) return array;
  const result = (array instanceof Int32Array ? new Int32Array(length) : new Float64Array(length)) as T;
  result.fill(fill);
  result.set(array);
  return result;
}

/** Figures the rules hide now that an earlier version published as they are: public, so exposed, not protected. */
function publishedByEarlierVersions(state: SuppressionState, figures: number): number[] {
  const found: number[] = [];
  for (let f = 0; f < figures; f++) {
    const hiddenByRule = state.reason[f] === REASON.primary || state.reason[f] === REASON.minRespondents;
    if (hiddenByRule && state.known[f]) found.push(f);
  }
  return found;
}

function sensitiveFigures(state: SuppressionState): number[] {
  const figures: number[] = [];
  for (let f = 0; f < state.sensitive.length; f++) if (state.sensitive[f]) figures.push(f);
  return figures;
}

function protectedTables(release: ReleaseModel, state: SuppressionState): ProtectedTable[] {
  const { linear, keys, keyOf, unitOf, tree } = release;
  const byTable = new Map<string, { figure: number; order: number }[]>();
  for (let f = 0; f < linear.values.length; f++) {
    if (state.hidden[f]) continue;
    const { table } = keys[keyOf[f]];
    let figures = byTable.get(table);
    if (!figures) byTable.set(table, (figures = []));
    // Units in tree order, then keys in the order first seen.
    figures.push({ figure: f, order: unitOf[f] * keys.length + keyOf[f] });
  }
  const order = (table: string): string =>
    table === 'headcount' ? '0' : table === 'respondents' ? '1' : table.startsWith('dimension:') ? '2' : '3';
  return [...byTable.keys()]
    .sort((a, b) => (order(a) + a < order(b) + b ? -1 : 1))
    .map((table) => {
      const entries = (byTable.get(table) ?? []).sort((a, b) => a.order - b.order);
      const figures = entries.map(({ figure }) => protectedFigure(release, state, figure, tree.codes[unitOf[figure]]));
      const key = keys[keyOf[entries[0].figure]];
      const kind = table.startsWith('dimension:') ? 'dimension' : table.startsWith('crossTab:') ? 'crossTab' : table;
      return {
        id: table,
        kind: kind as ProtectedTable['kind'],
        ...(key.dimension !== undefined && { dimension: key.dimension }),
        ...(key.dimension2 !== undefined && { dimension2: key.dimension2 }),
        figures,
        informationLoss: informationLoss(
          entries.map(({ figure }) => figure),
          release,
          state,
        ),
      };
    });
}

function visibleFigures(state: SuppressionState): number[] {
  const figures: number[] = [];
  for (let f = 0; f < state.hidden.length; f++) if (!state.hidden[f]) figures.push(f);
  return figures;
}

function protectedFigure(release: ReleaseModel, state: SuppressionState, f: number, unit: string): ProtectedFigure {
  const key = release.keys[release.keyOf[f]];
  const suppressed = state.published[f] === 0;
  return {
    id: release.linear.ids[f],
    measure: key.measure as ProtectedFigure['measure'],
    unit,
    attributes: attributesOf(key.attributes),
    ...(key.category !== undefined && { category: key.category }),
    ...(key.chosen !== undefined && { chosen: key.chosen }),
    ...(key.category2 !== undefined && { category2: key.category2 }),
    value: suppressed ? null : release.linear.values[f],
    ...(suppressed && { suppression: REASON_NAMES[state.reason[f]] }),
  };
}

function attributesOf(canonical: string): Record<string, string> {
  if (canonical === '*') return {};
  return Object.fromEntries(canonical.split(',').map((pair) => pair.split('=') as [string, string]));
}

/** Units whose respondents are fewer than the minimum: their answers are not published. */
function unitsWithoutBreakdown(release: ReleaseModel, minRespondents: number): UnitWithoutBreakdown[] {
  const key = release.respondentsKey.get('*');
  if (key === undefined) return [];
  const units: UnitWithoutBreakdown[] = [];
  for (const [unit, code] of release.tree.codes.entries()) {
    const figure = release.figureAt(unit, key);
    if (figure !== -1 && release.linear.values[figure] < minRespondents) {
      units.push({ unit: code, reason: 'min-respondents' });
    }
  }
  return units;
}

/** Information loss over the given (non-hidden) figures. */
function informationLoss(figures: readonly number[], release: ReleaseModel, state: SuppressionState): InformationLoss {
  const byReason: Record<SuppressionReason, number> = { primary: 0, secondary: 0, 'min-respondents': 0 };
  let people = 0;
  let suppressedPeople = 0;
  let suppressed = 0;
  for (const f of figures) {
    const value = release.linear.values[f];
    people += value;
    if (state.published[f] === 0) {
      suppressed++;
      suppressedPeople += value;
      byReason[REASON_NAMES[state.reason[f]]]++;
    }
  }
  return {
    figures: figures.length,
    suppressed,
    suppressedByReason: byReason,
    suppressedShare: figures.length === 0 ? 0 : suppressed / figures.length,
    peopleWeightedShare: people === 0 ? 0 : suppressedPeople / people,
  };
}
