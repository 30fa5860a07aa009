import { threeLeaves } from './attacker.spec';
import { baselineProtection, baselineSuppression } from './baseline-suppression';
import { primarySuppression } from './primary-suppression';
import { protect } from './protect';
import type { EarlierVersion, ProtectionInput } from './protection-input';
import { buildReleaseModel } from './release-model';
import { validateInput } from './validate-input';

const answer = (unit: string, category: string) => `answers|${unit}|*|d=${category}`;

/** Runs the baseline on an input; returns the suppressed figures (hidden unknowns left out) and the state. */
function baseline(input: ProtectionInput, earlierVersions: readonly EarlierVersion[] = []) {
  const release = buildReleaseModel(input, validateInput(input));
  const state = primarySuppression(release, input.parameters, earlierVersions);
  const complements = baselineSuppression(release.linear, state);
  const suppressed = release.linear.ids.filter((_, f) => !state.published[f] && !state.hidden[f]).sort();
  // Stable: no constraint is left with exactly one unknown that is not hidden.
  const { wholes, partStart, parts } = release.linear;
  for (let c = 0; c < wholes.length; c++) {
    const unknowns = [wholes[c], ...parts.subarray(partStart[c], partStart[c + 1])].filter(
      (f) => !state.published[f] && !state.known[f],
    );
    if (unknowns.length === 1) expect(state.hidden[unknowns[0]]).withContext(release.linear.ids[unknowns[0]]).toBe(1);
  }
  return { suppressed, complements };
}

describe('baselineSuppression', () => {
  it('hides the smallest other figure of the row and of the column, then closes the lines they open', () => {
    //          x   y   z | respondents
    //   A     10   8   2 | 20          A.z primary: row A → A.y (8, smallest but for respondents 20 and x 10);
    //   B      9   6   5 | 20          column z → B.z (5, against C.z 6 and S.z 13); A.y alone in column y →
    //   C      7   7   6 | 20          B.y (6); B.y and B.z share row B: stable.
    //   S     26  21  13 | 60
    const input = threeLeaves({ A: [10, 8, 2], B: [9, 6, 5], C: [7, 7, 6] });

    expect(baseline(input)).toEqual({
      suppressed: [answer('A', 'y'), answer('A', 'z'), answer('B', 'y'), answer('B', 'z')],
      complements: 3,
    });
  });

  it('does not choose a zero while a figure above 0 is left: a zero cannot absorb a change', () => {
    // Row A: x 18, y 0, z 2 → x, although y is smaller.
    const input = threeLeaves({ A: [18, 0, 2], B: [9, 6, 5], C: [7, 7, 6] });

    expect(baseline(input).suppressed).toContain(answer('A', 'x'));
    expect(baseline(input).suppressed).not.toContain(answer('A', 'y'));
  });

  it('never chooses a figure an earlier version published with the same value', () => {
    const input = threeLeaves({ A: [10, 8, 2], B: [9, 6, 5], C: [7, 7, 6] });
    const earlier = [
      { version: 1, counts: input.counts, published: [{ id: answer('A', 'y'), value: 8 }], suppressed: [] },
    ];

    const { suppressed } = baseline(input, earlier);

    expect(suppressed).not.toContain(answer('A', 'y'));
    expect(suppressed).toContain(answer('A', 'x'));
  });

  it('leaves a rectangle that the linear-programming check rejects where protect finds a pattern that passes', async () => {
    //          x   y   z | respondents
    //   A     10   8   2 | 20          A.z → A.y (row A), C.z (column z: 7 < B.z 10); C.y then shares row C
    //   B      5   5  10 | 20          with C.z and column y with A.y, so nothing more. With A.z = t:
    //   C      9   4   7 | 20          A.y = 10 − t, C.z = 9 − t, C.y = 2 + t, t ∈ [0, 9]: C.y ∈ [2, 11].
    const input = threeLeaves({ A: [10, 8, 2], B: [5, 5, 10], C: [9, 4, 7] });

    expect(baseline(input).suppressed).toEqual([
      answer('A', 'y'),
      answer('A', 'z'),
      answer('C', 'y'),
      answer('C', 'z'),
    ]);
    const outcome = await baselineProtection(input);
    expect(outcome).toEqual(
      jasmine.objectContaining({ figures: 20, suppressed: 4, suppressedShare: 0.2, sensitive: 2, complements: 2 }),
    );
    expect(outcome.check).toEqual(jasmine.objectContaining({ passed: false, unprotected: 1 }));
    expect((await protect(input)).audit.passed).toBeTrue();
  });

  it('skips the check when asked', async () => {
    const outcome = await baselineProtection(threeLeaves({ A: [10, 8, 2], B: [9, 6, 5], C: [7, 7, 6] }), {
      check: false,
    });

    expect(outcome.check).toBeUndefined();
    expect(outcome.suppressed).toBe(4);
  });
});
