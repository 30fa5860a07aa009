import type { EarlierVersion, ProtectionParameters } from './protection-input';
import type { ReleaseModel } from './release-model';

export const REASON = { none: 0, primary: 1, minRespondents: 2, secondary: 3 } as const;

/** Which figures are published, which suppressed and why, and which must be protected. */
export interface SuppressionState {
  /** 1: published. Hidden figures (non-respondents, staff outside a breakdown) are never published. */
  readonly published: Uint8Array;
  /** A {@link REASON} per figure. */
  readonly reason: Uint8Array;
  /** 1: must be protected (interval reaching 0 and k): primary and min-respondents figures. */
  readonly sensitive: Uint8Array;
  /**
   * 1: the attacker knows the value and it never serves as a complement: headcounts and respondents (always
   * published), and what an earlier version published with the same value.
   */
  readonly known: Uint8Array;
  /** 1: hidden (an unknown of the model, not a figure of any table). */
  readonly hidden: Uint8Array;
}

/**
 * Primary suppression:
 * - every answer figure with 0 < n < k (zeros are published: an empty group has nobody in it; headcounts and
 *   respondents are always published: they are sizes of groups HR defines, not self-reported characteristics;
 *   see docs/disclosure.md);
 * - every answer figure of a unit and attribute combination with fewer respondents than the minimum (it
 *   publishes no breakdown of its own);
 * - every figure an earlier version suppressed, so that old and new figures cannot be subtracted;
 * and marks as known what an earlier version published with the same value.
 */
export function primarySuppression(
  release: ReleaseModel,
  parameters: ProtectionParameters,
  earlierVersions: readonly EarlierVersion[],
): SuppressionState {
  const { linear, keys, keyOf, unitOf } = release;
  const n = linear.values.length;
  const published = new Uint8Array(n);
  const reason = new Uint8Array(n);
  const sensitive = new Uint8Array(n);
  const known = new Uint8Array(n);
  const hidden = new Uint8Array(n);
  const { k, minRespondents } = parameters;

  for (let f = 0; f < n; f++) {
    if (keyOf[f] === -1) {
      hidden[f] = 1;
      continue;
    }
    const value = linear.values[f];
    const measure = keys[keyOf[f]].measure;
    if (measure === 'headcount' || measure === 'respondents') {
      published[f] = 1;
      known[f] = 1;
      continue;
    }
    if (value > 0 && value < k) {
      reason[f] = REASON.primary;
    } else {
      const respondents = release.figureAt(unitOf[f], release.respondentsKey.get(keys[keyOf[f]].attributes) ?? -1);
      if (respondents !== -1 && linear.values[respondents] < minRespondents) reason[f] = REASON.minRespondents;
    }
    if (reason[f] !== REASON.none) sensitive[f] = 1;
    else published[f] = 1;
  }

  const index = new Map(linear.ids.map((id, f) => [id, f]));
  for (const version of earlierVersions) {
    for (const id of version.suppressed) {
      const f = index.get(id);
      if (f === undefined || hidden[f] || !published[f] || known[f]) continue;
      published[f] = 0;
      reason[f] = REASON.secondary;
    }
  }
  for (const version of earlierVersions) {
    for (const { id, value } of version.published) {
      const f = index.get(id);
      if (f === undefined || hidden[f] || linear.values[f] !== value) continue;
      known[f] = 1;
      // Already public: it stays marked as suppressed if it must be, but nothing can protect it any more.
      sensitive[f] = 0;
    }
  }
  return { published, reason, sensitive, known, hidden };
}
