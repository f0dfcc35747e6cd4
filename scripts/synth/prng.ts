/**
 * A small seeded PRNG (mulberry32) and the samplers the generator needs. Same seed, same sequence, on
 * every platform: the generator never calls Math.random.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Element `i` of a list the caller knows is long enough (keeps noUncheckedIndexedAccess honest). */
export function nth<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`index ${i} out of ${items.length}`);
  return item;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform integer in [lo, hi] (both included). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return nth(items, Math.floor(this.next() * items.length));
  }

  /** Picks by weight; `weights` and `items` have the same length. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= nth(weights, i);
      if (x < 0) return nth(items, i);
    }
    return nth(items, items.length - 1);
  }

  /** `k` distinct items (fewer when the list is shorter), in the list's order. */
  sample<T>(items: readonly T[], k: number): T[] {
    if (k >= items.length) return [...items];
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => nth(items, i));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [nth(out, j), nth(out, i)];
    }
    return out;
  }
}

/**
 * Zipf-like sampler over a fixed list: the item of rank r (1-based) is drawn with weight 1 / r^s. Ranks
 * are given by the list's order, so callers shuffle first to decide who is popular.
 */
export class Zipf<T> {
  private readonly cdf: Float64Array;

  constructor(
    private readonly items: readonly T[],
    exponent: number,
  ) {
    if (items.length === 0) throw new RangeError('Zipf over an empty list');
    this.cdf = new Float64Array(items.length);
    let total = 0;
    for (let r = 0; r < items.length; r++) {
      total += 1 / Math.pow(r + 1, exponent);
      this.cdf[r] = total;
    }
    for (let r = 0; r < items.length; r++) this.cdf[r] = (this.cdf[r] ?? 0) / total;
  }

  draw(rng: Rng): T {
    const x = rng.float();
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] ?? 1) < x) lo = mid + 1;
      else hi = mid;
    }
    return nth(this.items, lo);
  }

  /** `k` distinct draws (at most the list's length). */
  drawDistinct(rng: Rng, k: number): T[] {
    const want = Math.min(k, this.items.length);
    const out = new Set<T>();
    let tries = 0;
    while (out.size < want && tries < want * 50) {
      out.add(this.draw(rng));
      tries++;
    }
    return [...out];
  }
}
