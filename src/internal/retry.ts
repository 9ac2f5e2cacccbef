/**
 * Small helpers shared by the retry policy and the fallback plan.
 *
 * @since 0.1.0
 * @internal
 */
import * as Duration from "effect/Duration"
import type { OpenRouterError } from "../OpenRouterError.js"

/**
 * The retry hint an error carries (server `Retry-After`, remaining open time of a circuit,
 * client-side limiter delay), if any.
 *
 * @since 0.1.0
 * @internal
 */
export const retryAfterOf = (error: OpenRouterError): Duration.Duration | undefined =>
  "retryAfter" in error ? error.retryAfter : undefined

/**
 * The smallest of the given durations, ignoring `undefined`; `undefined` when none is known.
 *
 * @since 0.1.0
 * @internal
 */
export const minDuration = (
  durations: Iterable<Duration.Duration | undefined>
): Duration.Duration | undefined => {
  let min: Duration.Duration | undefined = undefined
  for (const d of durations) {
    if (d === undefined) continue
    if (min === undefined || Duration.lessThan(d, min)) min = d
  }
  return min
}

/**
 * Tags of the local admission rejections (breaker, limiter, budget, bulkhead). They are never
 * retried: the retry loop hands them straight to the fallback plan or the caller.
 *
 * @since 0.1.0
 * @internal
 */
export const localRejectionTags: ReadonlySet<OpenRouterError["_tag"]> = new Set<OpenRouterError["_tag"]>([
  "CircuitOpenError",
  "RateLimitExceededError",
  "BudgetExceededError",
  "BulkheadFullError"
])
