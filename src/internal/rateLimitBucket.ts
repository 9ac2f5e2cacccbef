/**
 * Token bucket arithmetic in GCRA form (the "theoretical arrival time", TAT). A bucket of
 * `capacity` tokens refilling `capacity` per `intervalMillis` is one number per key: the instant the
 * bucket would be full again if nothing else were taken. Reservations may lie in the future, so
 * concurrent callers that each reserve atomically get distinct, ordered slots.
 *
 * @internal
 */

/** @internal */
export interface Bucket {
  readonly capacity: number
  readonly intervalMillis: number
}

/** Milliseconds of refill that `cost` tokens are worth. @internal */
export const increment = (bucket: Bucket, cost: number): number => (cost * bucket.intervalMillis) / bucket.capacity

/**
 * The earliest instant `cost` tokens may be taken from a bucket whose TAT is `tat`. A cost above
 * the capacity is admitted once the bucket is full (and leaves it in debt).
 *
 * @internal
 */
export const allowedAt = (bucket: Bucket, tat: number, now: number, cost: number): number =>
  Math.max(tat, now) + Math.min(increment(bucket, cost), bucket.intervalMillis) - bucket.intervalMillis

/** The TAT after taking `cost` tokens at instant `at` (`at` >= `allowedAt`). @internal */
export const take = (bucket: Bucket, tat: number, at: number, cost: number): number =>
  Math.max(tat, at) + increment(bucket, cost)

/** Whole milliseconds to wait from `now` until `at` (float noise below a nanosecond ignored). @internal */
export const delayMillis = (at: number, now: number): number => Math.max(0, Math.ceil(at - now - 1e-6))

/**
 * Reserves `cost` tokens on one bucket: the delay from `now` and the new TAT.
 *
 * @internal
 */
export const reserve = (
  bucket: Bucket,
  tat: number,
  now: number,
  cost: number
): { readonly delay: number; readonly tat: number } => {
  const delay = delayMillis(allowedAt(bucket, tat, now, cost), now)
  return { delay, tat: take(bucket, tat, now + delay, cost) }
}
