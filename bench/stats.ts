/** Small statistics and formatting helpers for the benchmark. */

export const quantile = (xs: ReadonlyArray<number>, q: number): number => {
  if (xs.length === 0) return Number.NaN
  const sorted = [...xs].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  const a = sorted[lo] as number
  const b = sorted[hi] as number
  return a + (b - a) * (pos - lo)
}

export const median = (xs: ReadonlyArray<number>): number => quantile(xs, 0.5)

/** Half the interquartile range relative to the median, in percent: a robust "±" for noise. */
export const spread = (xs: ReadonlyArray<number>): number => {
  const m = median(xs)
  return m === 0 ? 0 : ((quantile(xs, 0.75) - quantile(xs, 0.25)) / 2 / Math.abs(m)) * 100
}

export const fmt = (x: number, digits?: number): string => {
  if (!Number.isFinite(x)) return "–"
  const d = digits ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2)
  return x.toFixed(d)
}
