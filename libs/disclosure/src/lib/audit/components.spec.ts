import { indexRelease, type LinearRelease } from '../linear-release';
import { buildHierarchicalRelease, suppress } from '../testing/hierarchical-release';
import { suppressedComponents } from './components';

/** The components of a release as lists of figure ids. */
function componentIds(release: LinearRelease): string[][] {
  const { model, published } = indexRelease(release);
  return suppressedComponents(model, published).map((figures) => figures.map((figure) => model.ids[figure]));
}

/** The release `whole = Σ parts` for each entry, every figure's value derived from 1 per figure that is no whole. */
function release(constraints: Record<string, readonly string[]>, suppressed: readonly string[]): LinearRelease {
  const values = new Map<string, number>();
  const valueOf = (id: string): number => {
    let value = values.get(id);
    if (value === undefined) {
      value = constraints[id] ? constraints[id].reduce((sum, part) => sum + valueOf(part), 0) : 1;
      values.set(id, value);
    }
    return value;
  };
  const ids = [...new Set([...Object.keys(constraints), ...Object.values(constraints).flat(), ...suppressed])].sort();
  return suppress(
    {
      figures: ids.map((id) => ({ id, value: valueOf(id) })),
      constraints: Object.entries(constraints).map(([whole, parts]) => ({ whole, parts })),
      published: [],
    },
    suppressed,
  );
}

describe('suppressedComponents', () => {
  it('separates two tables that share no figure', () => {
    // Two 1 × 2 tables (leaf units 1.1, 1.2 × categories c0, c1) side by side, with distinct ids.
    const table = buildHierarchicalRelease([[], []], ['c0', 'c1'], [1, 2, 3, 4]).release;
    const renamed = (prefix: string): LinearRelease => ({
      figures: table.figures.map(({ id, value }) => ({ id: `${prefix}:${id}`, value })),
      constraints: table.constraints.map(({ whole, parts }) => ({
        whole: `${prefix}:${whole}`,
        parts: parts.map((part) => `${prefix}:${part}`),
      })),
      published: [],
    });
    const left = renamed('left');
    const right = renamed('right');
    const both: LinearRelease = {
      figures: [...left.figures, ...right.figures],
      constraints: [...left.constraints, ...right.constraints],
      published: [],
    };

    const components = componentIds(both);

    expect(components).toEqual([left.figures.map((f) => f.id), right.figures.map((f) => f.id)]);
  });

  it('does not link the suppressed figures of two constraints through a published figure they share', () => {
    // g = t1 + t2 with t1 = a + b and t2 = c + d: with t1 and t2 published, {a, b}, {c, d} and {g} are apart.
    const components = componentIds(
      release({ t1: ['a', 'b'], t2: ['c', 'd'], g: ['t1', 't2'] }, ['a', 'b', 'c', 'd', 'g']),
    );

    expect(components).toEqual([['a', 'b'], ['c', 'd'], ['g']]);
  });

  it('links the suppressed members of a constraint, whole and parts, and links chains of constraints', () => {
    // row = a + b, column = b + c: a and c share no constraint but are linked through b.
    expect(componentIds(release({ row: ['a', 'b'], column: ['b', 'c'] }, ['a', 'b', 'c']))).toEqual([['a', 'b', 'c']]);
    // t1 = a + b with all three suppressed, and g = t1 + t2 with t2 published: g joins through t1. c is linked
    // by t2 = c + d only, whose other members are published: c stands alone.
    expect(
      componentIds(release({ t1: ['a', 'b'], t2: ['c', 'd'], g: ['t1', 't2'] }, ['a', 'b', 't1', 'g', 'c'])),
    ).toEqual([['a', 'b', 'g', 't1'], ['c']]);
  });

  it('makes a suppressed figure that is in no constraint with another suppressed figure a component of its own', () => {
    expect(componentIds(release({ t: ['a', 'b'] }, ['a', 'z']))).toEqual([['a'], ['z']]);
  });

  it('has no components when nothing is suppressed, and lists each component in ascending figure order', () => {
    const table = buildHierarchicalRelease([[], []], ['c0', 'c1'], [1, 2, 3, 4]);
    expect(componentIds(table.release)).toEqual([]);

    const { model, published } = indexRelease(suppress(table.release, ['1/*', '1.1/c0', '1.2/c1', '1/c0', '1/c1']));
    const components = suppressedComponents(model, published);

    expect(components.length).toBe(1);
    expect(components[0]).toEqual([...components[0]].sort((a, b) => a - b));
    expect(components[0].map((figure) => model.ids[figure]).sort()).toEqual([
      '1.1/c0',
      '1.2/c1',
      '1/*',
      '1/c0',
      '1/c1',
    ]);
  });
});
