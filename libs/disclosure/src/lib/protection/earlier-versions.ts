import { linearModel, type LinearModel } from '../linear-release';
import { protectionLevels } from './figure-weights';
import { primarySuppression } from './primary-suppression';
import type { EarlierVersion, ProtectionInput } from './protection-input';
import type { ProtectionResult } from './protection-result';
import { buildReleaseModel, type ReleaseModel } from './release-model';
import { InvalidProtectionInputError, type UnitTree } from './validate-input';

/**
 * The current release's model joined with what earlier versions tell an attacker who kept them. Figures of the
 * current release come first (same indices); those of earlier versions that changed follow.
 */
export interface JointModel {
  readonly linear: LinearModel;
  /** Figures of earlier versions that changed and that version published: the attacker knows them. */
  readonly earlierPublished: readonly number[];
  /**
   * Small groups of earlier versions (by their parameters) that no version published, with the level each
   * promised: a changed figure's old value, or a current figure that kept its value (held to the higher level).
   * One that some version did publish (an earlier one, under lower settings) is public: nothing can protect it.
   */
  readonly earlierSmallGroups: readonly { readonly figure: number; readonly level: number }[];
  /**
   * Per figure of the current release: 1 if an earlier version's relation ties it to figures of that version
   * (a point that moves it must keep that relation too, which the networks do not check).
   */
  readonly linked: Uint8Array;
}

/**
 * Joins the current release's model with the earlier versions' own models, as an attacker who kept them may:
 * every relation of an earlier version over that version's true values, with the current variable wherever a
 * figure kept its value (assumed known to the attacker: more than a correction's note says, so on the safe side) and a
 * variable of its own where it changed (named `v<version>:<id>`). What the earlier version published is known;
 * its small groups by its own parameters stay sensitive, so a correction cannot reveal the old values either.
 * Relations that hold among current variables alone are already in the current model and are not repeated.
 */
export function withEarlierVersions(input: ProtectionInput, tree: UnitTree, release: ReleaseModel): JointModel {
  const current = release.linear;
  const n = current.values.length;
  if ((input.earlierVersions ?? []).length === 0) {
    return { linear: current, earlierPublished: [], earlierSmallGroups: [], linked: new Uint8Array(n) };
  }
  const ids = [...current.ids];
  const values = [...current.values];
  const constraints: { whole: number; parts: number[] }[] = [];
  for (let c = 0; c < current.wholes.length; c++) {
    constraints.push({
      whole: current.wholes[c],
      parts: [...current.parts.subarray(current.partStart[c], current.partStart[c + 1])],
    });
  }
  const signature = (whole: number, parts: readonly number[]) => `${whole}:${[...parts].sort((a, b) => a - b)}`;
  const known = new Set(constraints.map(({ whole, parts }) => signature(whole, parts)));
  const index = new Map(current.ids.map((id, f) => [id, f]));
  const earlierPublished: number[] = [];
  const smallGroups: { figure: number; level: number }[] = [];
  const publishedByAny = new Set<number>();
  /** Variables of earlier versions by id and value: two versions with the same old value share one. */
  const oldVariables = new Map<string, number>();
  const linked = new Uint8Array(n);

  for (const [v, version] of (input.earlierVersions ?? []).entries()) {
    const parameters = version.parameters ?? input.parameters;
    const earlier = buildReleaseModel({ ...input, counts: version.counts, earlierVersions: [] }, tree);
    const state = primarySuppression(earlier, parameters, []);
    const levels = protectionLevels(earlier, parameters.k);
    const published = new Map(version.published.map(({ id, value }) => [id, value]));
    const mapped = new Int32Array(earlier.linear.values.length);
    for (let f = 0; f < mapped.length; f++) {
      const id = earlier.linear.ids[f];
      const value = earlier.linear.values[f];
      const shown = published.get(id);
      if (shown !== undefined && shown !== value) {
        throw new InvalidProtectionInputError(
          `earlierVersions[${v}] published ${id} with another value than its counts give`,
        );
      }
      const same = index.get(id);
      let variable = same !== undefined && current.values[same] === value ? same : oldVariables.get(`${id}=${value}`);
      if (variable === undefined) {
        variable = ids.length;
        oldVariables.set(`${id}=${value}`, variable);
        ids.push(`v${version.version}:${id}`);
        values.push(value);
      }
      mapped[f] = variable;
      // (A current figure it published with the same value is known through `primarySuppression`.)
      if (shown !== undefined && variable >= n) earlierPublished.push(variable);
      if (shown !== undefined) publishedByAny.add(variable);
      if (state.sensitive[f]) smallGroups.push({ figure: variable, level: levels[f] });
    }
    const { wholes, partStart, parts } = earlier.linear;
    for (let c = 0; c < wholes.length; c++) {
      const whole = mapped[wholes[c]];
      const members = [...parts.subarray(partStart[c], partStart[c + 1])].map((part) => mapped[part]);
      const text = signature(whole, members);
      if (known.has(text)) continue;
      known.add(text);
      constraints.push({ whole, parts: members });
      for (const member of [whole, ...members]) if (member < n) linked[member] = 1;
    }
  }
  return {
    linear: linearModel(ids, Float64Array.from(values), constraints),
    earlierPublished,
    earlierSmallGroups: smallGroups.filter(({ figure }) => !publishedByAny.has(figure)),
    linked,
  };
}

/** What a published version is to the next one: its counts and settings, and what it showed and hid. */
export function earlierVersionOf(version: number, input: ProtectionInput, result: ProtectionResult): EarlierVersion {
  const figures = result.tables.flatMap((table) => table.figures);
  return {
    version,
    counts: input.counts,
    parameters: input.parameters,
    published: figures.flatMap((f) => (f.value === null ? [] : [{ id: f.id, value: f.value }])),
    suppressed: figures.filter((f) => f.value === null).map((f) => f.id),
  };
}
