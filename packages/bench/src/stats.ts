/** Median of `values` (mean of the two middle values for even lengths); NaN when empty. */
export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/**
 * The `p`-th percentile (0..100) by linear interpolation between closest ranks (the "R-7" / numpy default
 * definition); NaN when empty.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be in [0, 100], got ${p}`)
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo)
}

/** Distribution summary used by every table: median, p95, max and count. */
export type Summary = { median: number; p95: number; max: number; n: number }

/** Summarises `values` (NaN fields when empty). */
export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    p95: percentile(values, 95),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
    n: values.length,
  }
}

/** A small seeded PRNG (mulberry32), so shuffles and skews are reproducible from the seed printed in the results. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher-Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
