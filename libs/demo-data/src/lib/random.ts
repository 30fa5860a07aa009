/** A seeded source of pseudo-random numbers: the same seed and stream give the same sequence, everywhere. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** An index into `weights`, drawn with probability proportional to its weight (weights ≥ 0, not all 0). */
  pickIndex(weights: readonly number[]): number;
}

/**
 * A generator (sfc32) for one named stream of a seed: `createRandom(7, 'unit', 'D3-50-2')` is independent of
 * `createRandom(7, 'unit', 'D3-50-3')`, so adding units or periods never changes the numbers of the others.
 */
export function createRandom(seed: number, ...stream: readonly string[]): Random {
  const next = sfc32(...cyrb128([String(seed), ...stream].join('\u0000')));
  for (let i = 0; i < 15; i++) next();
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    chance: (p) => next() < p,
    pickIndex: (weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let remaining = next() * total;
      for (let i = 0; i < weights.length; i++) {
        remaining -= weights[i];
        if (remaining < 0) return i;
      }
      return weights.findLastIndex((weight) => weight > 0);
    },
  };
}

/** Small Fast Counter (Chris Doty-Humphrey), 32-bit: fast, well distributed, exact in JavaScript. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** cyrb128: a 128-bit string hash, to turn a seed and a stream name into sfc32's four words. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
