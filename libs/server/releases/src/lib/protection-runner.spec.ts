import { InvalidProtectionInputError, type ProtectionInput } from '@vielfalt/disclosure';
import { ProtectionRunner } from './protection-runner';

// Two Ämter; one of them has a single person with answer x (0 < 1 < k).
const INPUT: ProtectionInput = {
  parameters: { k: 3, minRespondents: 3 },
  units: [
    { code: 'R', parent: null },
    { code: 'A', parent: 'R' },
    { code: 'B', parent: 'R' },
  ],
  dimensions: [{ key: 'm', choice: 'single', categories: ['x', 'y'] }],
  counts: [
    { unit: 'A', measure: 'headcount', count: 10 },
    { unit: 'A', measure: 'respondents', count: 8 },
    { unit: 'A', measure: 'answers', dimension: 'm', category: 'x', count: 1 },
    { unit: 'A', measure: 'answers', dimension: 'm', category: 'y', count: 7 },
    { unit: 'B', measure: 'headcount', count: 12 },
    { unit: 'B', measure: 'respondents', count: 9 },
    { unit: 'B', measure: 'answers', dimension: 'm', category: 'x', count: 4 },
    { unit: 'B', measure: 'answers', dimension: 'm', category: 'y', count: 5 },
  ],
};

describe('ProtectionRunner', () => {
  const runner = new ProtectionRunner();
  afterAll(() => runner.onModuleDestroy());

  it('protects in a worker thread, one input after the other', async () => {
    const [first, second] = await Promise.all([runner.run(INPUT), runner.run(INPUT)]);
    expect(first.audit.passed).toBeTrue();
    expect(first.informationLoss.suppressedByReason.primary).toBe(1);
    expect(second).toEqual(jasmine.objectContaining({ informationLoss: first.informationLoss }));
  }, 60_000);

  it("passes the library's refusal of a malformed input on, as its own error", async () => {
    await expectAsync(runner.run({ ...INPUT, parameters: { k: 2, minRespondents: 3 } })).toBeRejectedWithError(
      InvalidProtectionInputError,
      /parameters\.k/,
    );
    expect((await runner.run(INPUT)).audit.passed).toBeTrue();
  }, 60_000);
});
