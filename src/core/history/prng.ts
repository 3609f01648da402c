// A small seeded generator (mulberry32): the same seed gives the same history on every machine,
// which a test comparing figures needs and Math.random cannot give.

export type Weighted<T> = readonly (readonly [T, number])[];

export type Random = {
  next: () => number;
  between: (min: number, max: number) => number;
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(weights: Weighted<T>) => T;
  poisson: (mean: number) => number;
};

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const between = (min: number, max: number) => min + (max - min) * next();

  return {
    next,
    between,
    int: (min, max) => Math.floor(between(min, max + 1)),
    chance: (probability) => next() < probability,
    pick: (weights) => pickWeighted(weights, next()),
    poisson: (mean) => poisson(mean, next),
  };
}

function pickWeighted<T>(weights: Weighted<T>, roll: number): T {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let left = roll * total;

  for (const [value, weight] of weights) {
    left -= weight;
    if (left < 0) return value;
  }

  const last = weights.at(-1);
  if (!last) throw new RangeError('pick needs at least one weighted value');
  return last[0];
}

// Knuth's method: fine for the handful of inquiries a day a seller gets.
function poisson(mean: number, next: () => number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = next();

  while (product > limit) {
    count += 1;
    product *= next();
  }

  return count;
}
