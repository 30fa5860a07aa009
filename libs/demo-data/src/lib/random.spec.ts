import { createRandom } from './random';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and stream, and another for another stream', () => {
    const draw = (seed: number, stream: string) => {
      const random = createRandom(seed, stream);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
  });

  it('draws numbers in [0, 1) with a mean near one half, and indices by weight', () => {
    const random = createRandom(42);
    const numbers = Array.from({ length: 20_000 }, () => random.next());
    expect(numbers.every((n) => n >= 0 && n < 1)).toBeTrue();
    expect(Math.abs(numbers.reduce((sum, n) => sum + n, 0) / numbers.length - 0.5)).toBeLessThan(0.01);
    const picks = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) picks[random.pickIndex([1, 0, 3])]++;
    expect(picks[1]).toBe(0);
    expect(picks[2] / picks[0]).toBeCloseTo(3, 0);
  });
});
