/**
 * Fleet mode (`effect-openrouter/fleet`): budgets, rate limits and circuit breakers shared by every
 * process that uses the same Redis and key prefix. Each policy is a store layer of its own, so a
 * policy you do not provide costs nothing; {@link layer} turns on the ones you name over one
 * connection:
 *
 * ```ts
 * import * as Fleet from "effect-openrouter/fleet"
 *
 * const policies = Fleet.layer({
 *   redis: "redis://127.0.0.1:6379",
 *   prefix: "myapp:",
 *   budget: { limitUsd: 50, window: "1 day" },
 *   rateLimit: { global: { requests: 60, window: "1 minute" } },
 *   breaker: {}
 * })
 * OpenRouter.layer.pipe(Layer.provide(policies), …)
 * ```
 *
 * Every decision is one Lua script (one round trip) on Redis' clock. When Redis fails (down,
 * slow, restarted, partitioned) no call waits longer than `commandTimeout`; budgets fail closed
 * with `BudgetExceededError` (`scope: "store-unavailable"`) unless a local fallback cap is set;
 * rate limits and breakers carry on with local state and log once; everything goes back to
 * Redis by itself when it answers again. See `docs/fleet.md`.
 *
 * This entry re-exports the stores of `src/internal/fleet/` (one module each: `connection.ts`,
 * `budget.ts`, `rateLimit.ts`, `breakerStore.ts`) and composes them in {@link layer}. It imports
 * `ioredis` and `node:crypto` through them; the core (`effect-openrouter`) never does.
 *
 * @since 0.1.0
 */
import * as Layer from "effect/Layer"
import type * as Budget from "./Budget.js"
import type * as CircuitBreaker from "./CircuitBreaker.js"
import { type BreakerStoreOptions, layerCircuitBreaker } from "./internal/fleet/breakerStore.js"
import { type BudgetOptions, layerBudget } from "./internal/fleet/budget.js"
import { type FleetRedis, layerRedis, type RedisConfig } from "./internal/fleet/connection.js"
import { layerRateLimit, type RateLimitOptions } from "./internal/fleet/rateLimit.js"
import type * as RateLimit from "./RateLimit.js"

// =============================================================================
// Connection
// =============================================================================

export {
  /** @since 0.1.0 */
  type Connection,
  /** @since 0.1.0 */
  FleetRedis,
  /** @since 0.1.0 */
  layerRedis,
  /** @since 0.1.0 */
  type RedisConfig
} from "./internal/fleet/connection.js"

// =============================================================================
// Budget
// =============================================================================

export {
  /** @since 0.1.0 */
  type BudgetOptions,
  /** @since 0.1.0 */
  layerBudget,
  /** @since 0.1.0 */
  makeBudget
} from "./internal/fleet/budget.js"

// =============================================================================
// Rate limit
// =============================================================================

export {
  /** @since 0.1.0 */
  layerRateLimit,
  /** @since 0.1.0 */
  type Limit,
  /** @since 0.1.0 */
  makeRateLimit,
  /** @since 0.1.0 */
  type RateLimitOptions
} from "./internal/fleet/rateLimit.js"

// =============================================================================
// Circuit breaker
// =============================================================================

export {
  /** @since 0.1.0 */
  type BreakerStoreOptions,
  /** @since 0.1.0 */
  layerBreakerStore,
  /** @since 0.1.0 */
  layerCircuitBreaker,
  /** @since 0.1.0 */
  makeBreakerStore
} from "./internal/fleet/breakerStore.js"

// =============================================================================
// One layer
// =============================================================================

/**
 * The connection and the shared policies to turn on. A policy left out is not provided (and
 * costs no Redis traffic); provide an in-memory one as usual if you want it per process.
 *
 * @since 0.1.0
 * @category options
 */
export interface Options extends RedisConfig {
  readonly budget?: BudgetOptions | undefined
  readonly rateLimit?: RateLimitOptions | undefined
  readonly breaker?: (Partial<CircuitBreaker.Options> & BreakerStoreOptions) | undefined
}

/**
 * The services {@link layer} provides for given options.
 *
 * @since 0.1.0
 * @category models
 */
export type Provided<O extends Options> =
  | (O["budget"] extends BudgetOptions ? Budget.Budget : never)
  | (O["rateLimit"] extends RateLimitOptions ? RateLimit.RateLimit : never)
  | (O["breaker"] extends object ? CircuitBreaker.CircuitBreaker : never)

/**
 * One layer for fleet mode: a connection to `redis` and the shared policies named in the
 * options, all under `prefix`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = <const O extends Options>(options: O): Layer.Layer<Provided<O>> => {
  const none = Layer.empty as Layer.Layer<never, never, FleetRedis>
  const merged = Layer.mergeAll(
    options.budget === undefined ? none : layerBudget(options.budget),
    options.rateLimit === undefined ? none : layerRateLimit(options.rateLimit),
    options.breaker === undefined ? none : layerCircuitBreaker(options.breaker)
  )
  return merged.pipe(Layer.provide(layerRedis(options))) as Layer.Layer<Provided<O>>
}
