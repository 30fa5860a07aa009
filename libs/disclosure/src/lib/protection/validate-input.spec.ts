import { threeLeaves } from './attacker.spec';
import { InvalidProtectionInputError, protect } from './protect';
import type { CountRow, ProtectionInput } from './protection-input';

const valid = threeLeaves({ A: [10, 8, 2], B: [9, 6, 5], C: [7, 7, 6] });
const multi = { key: 'm', choice: 'multi' as const, categories: ['p', 'q'] };

function withRows(...rows: CountRow[]): ProtectionInput {
  return { ...valid, counts: [...valid.counts, ...rows] };
}

function replacing(unit: string, measure: string, category: string | undefined, count: number): ProtectionInput {
  return {
    ...valid,
    counts: valid.counts.map((row) =>
      row.unit === unit && row.measure === measure && row.category === category ? { ...row, count } : row,
    ),
  };
}

async function rejection(input: ProtectionInput): Promise<string> {
  try {
    await protect(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidProtectionInputError);
    return (error as Error).message;
  }
  throw new Error('protect accepted the input');
}

describe('protect on an invalid input', () => {
  it('accepts the valid input these cases are made from', async () => {
    await expectAsync(protect(valid)).toBeResolved();
  });

  it('names a unit that is not in the tree, and the row', async () => {
    expect(await rejection(withRows({ unit: 'Q', measure: 'headcount', count: 3 }))).toBe(
      'counts[15]: unit "Q" is not in units',
    );
  });

  it('names a unit with sub-units that has counts of its own', async () => {
    expect(await rejection(withRows({ unit: 'S', measure: 'headcount', count: 75 }))).toBe(
      'counts[15]: unit "S" has sub-units; counts are for leaf units',
    );
  });

  it('refuses k below 3 and a minimum of respondents below k, naming the parameter and the floor', async () => {
    expect(await rejection({ ...valid, parameters: { k: 2, minRespondents: 5 } })).toBe(
      'parameters.k is 2; it must be a whole number ≥ 3',
    );
    expect(await rejection({ ...valid, parameters: { k: 5, minRespondents: 4 } })).toBe(
      'parameters.minRespondents is 4; it must be a whole number ≥ k (5)',
    );
    expect(await rejection({ ...valid, parameters: { k: 4.5, minRespondents: 10 } })).toContain('parameters.k is 4.5');
  });

  it('names the dimension, unit and sums of single-choice categories that do not add up to respondents', async () => {
    expect(await rejection(replacing('B', 'answers', 'y', 7))).toBe(
      'the categories of "d" in unit "B" (*) add up to 21, but the total is 20',
    );
  });

  it('names a repeated row and what it repeats', async () => {
    expect(await rejection(withRows({ unit: 'B', measure: 'answers', dimension: 'd', category: 'y', count: 6 }))).toBe(
      'counts[15] repeats an earlier row (B|answers|*|d|y||)',
    );
  });

  it('refuses a cross-tab with a multi-choice dimension', async () => {
    const input = {
      ...withRows({
        unit: 'B',
        measure: 'answers',
        dimension: 'd',
        category: 'y',
        dimension2: 'm',
        category2: 'p',
        count: 6,
      }),
      dimensions: [...valid.dimensions, multi],
    };
    expect(await rejection(input)).toBe('counts[15]: a cross-tab needs two single-choice dimensions');
  });

  it('names the units whose parents form a cycle', async () => {
    const input = { ...valid, units: [...valid.units, { code: 'P', parent: 'Q' }, { code: 'Q', parent: 'P' }] };
    expect(await rejection(input)).toBe('unit "P" is not below the root (its parents form a cycle)');
    const noRoot = {
      ...valid,
      units: [
        { code: 'P', parent: 'Q' },
        { code: 'Q', parent: 'P' },
      ],
    };
    expect(await rejection(noRoot)).toBe('units must have exactly one root (parent null); found 0');
  });

  it('names a parent that is not a unit and a unit listed twice', async () => {
    expect(await rejection({ ...valid, units: [...valid.units, { code: 'D', parent: 'X' }] })).toBe(
      'unit "D" has the parent "X", which is not a unit',
    );
    expect(await rejection({ ...valid, units: [...valid.units, { code: 'A', parent: 'S' }] })).toBe(
      'units[4]: unit "A" is listed twice',
    );
  });

  it('names counts that contradict each other: more respondents than staff, more choosing than responded', async () => {
    expect(await rejection(replacing('C', 'headcount', undefined, 19))).toBe(
      'unit "C" (*) has more respondents than staff',
    );
    const input = {
      ...withRows({ unit: 'B', measure: 'answers', dimension: 'm', category: 'p', count: 21 }),
      dimensions: [...valid.dimensions, multi],
    };
    expect(await rejection(input)).toBe('in unit "B" (*), 21 chose "m=p" of 20 respondents');
  });

  it('names answers without a respondents row, an unknown dimension and an unknown category', async () => {
    const noRespondents = {
      ...valid,
      counts: valid.counts.filter((row) => !(row.unit === 'A' && row.measure === 'respondents')),
    };
    expect(await rejection(noRespondents)).toBe('unit "A" has answers for "d" but no respondents row for attributes *');
    expect(await rejection(withRows({ unit: 'A', measure: 'answers', dimension: 'e', category: 'x', count: 1 }))).toBe(
      'counts[15]: dimension "e" is not in dimensions',
    );
    expect(await rejection(withRows({ unit: 'A', measure: 'answers', dimension: 'd', category: 'w', count: 1 }))).toBe(
      'counts[15]: "w" is not a category of dimension "d"',
    );
  });

  it('names a negative or fractional count and an unknown attribute', async () => {
    expect(await rejection(replacing('A', 'answers', 'x', -1))).toBe(
      'counts[2].count is -1; it must be a whole number ≥ 0',
    );
    expect(await rejection(withRows({ unit: 'A', measure: 'headcount', attributes: { grade: 'A13' }, count: 3 }))).toBe(
      'counts[15]: attribute "grade" is not in attributes',
    );
  });
});
