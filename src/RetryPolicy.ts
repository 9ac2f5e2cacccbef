/**
 * The per-candidate retry policy: which failures are retried, how long to wait (the larger of the
 * server's retry hint and a user `Schedule`), and when to give up (`maxRetries`, `maxElapsed`,
 * `maxRetryAfter`, ambiguous billing on the JSON wire). All waiting goes through `Effect.sleep`, so
 * the `TestClock` controls it.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import * as ScheduleDecision from "effect/ScheduleDecision"
import * as Intervals from "effect/ScheduleIntervals"
import { localRejectionTags, retryAfterOf } from "./internal/retry.js"
import { mayHaveBeenBilled, type OpenRouterError } from "./OpenRouterError.js"

// =============================================================================
// Options
// =============================================================================

/**
 * Retry settings, applied to each fallback candidate separately.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Retries after the first call. `2` (the default) means at most 3 requests. */
  readonly maxRetries: number
  /**
   * Delay schedule, stepped once per retry with the failure as input. A schedule that ends also
   * ends the retries. Default: {@link backoff} (500 ms × 2, capped at 8 s, jittered ±20%).
   */
  readonly schedule: Schedule.Schedule<unknown, unknown>
  /** Stop when the next sleep would end later than this after the first attempt started. Default 60 s. */
  readonly maxElapsed: Duration.Duration
  /** A server retry hint longer than this is not slept on: the error is returned at once. Default 60 s. */
  readonly maxRetryAfter: Duration.Duration
  /**
   * With `wire: "json"`, retry failures that happened after the body was sent (the request may
   * already be generating and billed). Default `false`.
   */
  readonly retryAmbiguous: boolean
}

/**
 * Settings for the backoff schedule built by {@link backoff}.
 *
 * @since 0.1.0
 * @category models
 */
export interface BackoffOptions {
  /** First delay. Default 500 ms. */
  readonly base?: Duration.DurationInput
  /** Growth factor. Default 2. */
  readonly factor?: number
  /** Largest delay before jitter. Default 8 s. */
  readonly cap?: Duration.DurationInput
  /** Multiply each delay by a uniform factor in [0.8, 1.2] (`Schedule.jittered`). Default `true`. */
  readonly jitter?: boolean
}

/**
 * Exponential backoff: `base × factor^n`, capped at `cap`, then optionally jittered ±20%.
 * Without jitter the defaults give 500 ms, 1 s, 2 s, 4 s, 8 s, 8 s, …
 *
 * @since 0.1.0
 * @category constructors
 */
export const backoff = (options: BackoffOptions = {}): Schedule.Schedule<Duration.Duration> => {
  const cap = Duration.decode(options.cap ?? Duration.seconds(8))
  const capped = Schedule.exponential(options.base ?? Duration.millis(500), options.factor ?? 2).pipe(
    Schedule.modifyDelay((_, delay) => Duration.min(delay, cap))
  )
  return options.jitter === false ? capped : Schedule.jittered(capped)
}

/**
 * The default policy: 2 retries, jittered exponential backoff, 60 s `maxElapsed` and
 * `maxRetryAfter`, no retry of ambiguous JSON-wire failures.
 *
 * @since 0.1.0
 * @category constructors
 */
export const defaults: Options = {
  maxRetries: 2,
  schedule: backoff(),
  maxElapsed: Duration.seconds(60),
  maxRetryAfter: Duration.seconds(60),
  retryAmbiguous: false
}

// =============================================================================
// Service
// =============================================================================

/**
 * The retry settings the client uses for every candidate of a call.
 *
 * @since 0.1.0
 * @category services
 */
export class RetryPolicy extends Context.Tag("effect-openrouter/RetryPolicy")<RetryPolicy, Options>() {}

/**
 * A `RetryPolicy` layer: {@link defaults} overridden by `options`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Partial<Options> = {}): Layer.Layer<RetryPolicy> =>
  Layer.succeed(RetryPolicy, { ...defaults, ...options })

/**
 * A `RetryPolicy` layer that never retries (`maxRetries: 0`).
 *
 * @since 0.1.0
 * @category layers
 */
export const none: Layer.Layer<RetryPolicy> = layer({ maxRetries: 0 })

// =============================================================================
// Decision
// =============================================================================

/**
 * Which body the request was sent with: `"stream"` (SSE; an abort stops generation where the
 * provider supports it) or `"json"` (an abort does not stop billing).
 *
 * @since 0.1.0
 * @category models
 */
export type Wire = "json" | "stream"

/**
 * What {@link retry} needs besides {@link Options}.
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryOptions extends Options {
  readonly wire: Wire
  /** Called before each sleep, after the decision to retry was taken. */
  readonly onRetry?: (info: RetryInfo) => Effect.Effect<void>
  /**
   * Checked after a retryable failure, before sleeping: `true` stops retrying and returns the
   * error (the pipeline stops when the model's circuit has just opened, so the fallback plan moves
   * on at once instead of sleeping into a certain rejection).
   */
  readonly stopIf?: ((error: OpenRouterError) => Effect.Effect<boolean>) | undefined
  /**
   * A deadline (ms on the Effect clock) no sleep may pass: a wait that would end at or after it
   * sleeps until the deadline and fails with `error()` instead of trying again.
   */
  readonly deadline?: { readonly at: number; readonly error: () => OpenRouterError } | undefined
}

/**
 * Passed to `onRetry` before each backoff sleep.
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryInfo {
  /** 1-based number of the attempt that failed. */
  readonly attempt: number
  readonly error: OpenRouterError
  /** The sleep before the next attempt, in milliseconds. */
  readonly waitMs: number
}

/**
 * Why the retry loop stopped on an error.
 *
 * - `not-retryable`: the error's `isRetryable` is `false` (this includes `x-should-retry: false`).
 * - `local-rejection`: breaker, client-side limiter, budget or bulkhead refused the attempt.
 * - `ambiguous`: `wire: "json"`, the request may have been billed, and `retryAmbiguous` is off.
 * - `max-retries`: `maxRetries` retries were already made.
 * - `retry-after-too-long`: the server hint exceeds `maxRetryAfter`.
 * - `schedule-done`: the user schedule ended.
 * - `max-elapsed`: the next sleep would end past `maxElapsed`.
 *
 * @since 0.1.0
 * @category models
 */
export type StopReason =
  | "not-retryable"
  | "local-rejection"
  | "ambiguous"
  | "max-retries"
  | "retry-after-too-long"
  | "schedule-done"
  | "max-elapsed"

/**
 * The outcome of {@link decide}.
 *
 * @since 0.1.0
 * @category models
 */
export type Decision =
  | { readonly _tag: "Retry"; readonly waitMs: number }
  | { readonly _tag: "Stop"; readonly reason: StopReason }

/**
 * The settings {@link decide} and {@link eligibility} read.
 *
 * @since 0.1.0
 * @category models
 */
export type DecideOptions = Pick<Options, "maxRetries" | "maxElapsed" | "maxRetryAfter" | "retryAmbiguous"> & {
  readonly wire: Wire
}

/**
 * The checks that do not need the schedule: whether this failure may be retried at all after
 * attempt number `attempt` (1-based). `undefined` means "eligible".
 *
 * @since 0.1.0
 * @category decisions
 */
export const eligibility = (
  error: OpenRouterError,
  attempt: number,
  options: DecideOptions
): StopReason | undefined => {
  if (localRejectionTags.has(error._tag)) return "local-rejection"
  if (!error.isRetryable) return "not-retryable"
  if (options.wire === "json" && !options.retryAmbiguous && mayHaveBeenBilled(error)) return "ambiguous"
  if (attempt - 1 >= options.maxRetries) return "max-retries"
  const hint = retryAfterOf(error)
  if (hint !== undefined && Duration.greaterThan(hint, options.maxRetryAfter)) return "retry-after-too-long"
  return undefined
}

/**
 * What to do after attempt `attempt` (1-based) failed with `error`, `elapsedMs` after the first
 * attempt started, when the schedule's next delay is `scheduleDelayMs` (`undefined`: the schedule
 * ended). The wait is `max(error.retryAfter, scheduleDelayMs)`. Pure.
 *
 * @since 0.1.0
 * @category decisions
 */
export const decide = (
  input: {
    readonly error: OpenRouterError
    readonly attempt: number
    readonly elapsedMs: number
    readonly scheduleDelayMs: number | undefined
  },
  options: DecideOptions
): Decision => {
  const stop = eligibility(input.error, input.attempt, options)
  if (stop !== undefined) return { _tag: "Stop", reason: stop }
  if (input.scheduleDelayMs === undefined) return { _tag: "Stop", reason: "schedule-done" }
  const hint = retryAfterOf(input.error)
  const hintMs = hint === undefined ? 0 : Duration.toMillis(hint)
  const waitMs = Math.max(hintMs, input.scheduleDelayMs, 0)
  if (input.elapsedMs + waitMs > Duration.toMillis(options.maxElapsed)) return { _tag: "Stop", reason: "max-elapsed" }
  return { _tag: "Retry", waitMs }
}

// =============================================================================
// Combinator
// =============================================================================

/**
 * Runs `attempt(1)`, and on a failure that {@link decide} allows, sleeps and runs `attempt(2)`,
 * and so on. The final failure is the last attempt's error, unchanged. Interruption and defects
 * are never caught. The schedule is stepped by hand (once per retry, with the error as input,
 * on the Effect `Clock`), so any user schedule works and one that ends stops the retries.
 *
 * For streams, wrap only the phase before the commit point.
 *
 * @since 0.1.0
 * @category combinators
 */
export const retry = <A, R>(
  attempt: (attemptNumber: number) => Effect.Effect<A, OpenRouterError, R>,
  options: RetryOptions
): Effect.Effect<A, OpenRouterError, R> =>
  // The first attempt runs as it is: the retry loop (and its clock reads) costs only on failure.
  Effect.flatMap(Clock.currentTimeMillis, (startedAt) =>
    Effect.catchAll(attempt(1), (error) => retryAfterFailure(attempt, options, error, startedAt)))

const retryAfterFailure = <A, R>(
  attempt: (attemptNumber: number) => Effect.Effect<A, OpenRouterError, R>,
  options: RetryOptions,
  firstError: OpenRouterError,
  startedAt: number
): Effect.Effect<A, OpenRouterError, R> =>
  Effect.gen(function*() {
    let state: unknown = options.schedule.initial
    let attemptNumber = 1
    let error = firstError
    while (true) {
      if (eligibility(error, attemptNumber, options) !== undefined) return yield* Effect.fail(error)
      const now = yield* Clock.currentTimeMillis
      const [nextState, , scheduleDecision] = yield* options.schedule.step(now, error, state)
      state = nextState
      const scheduleDelayMs = ScheduleDecision.isDone(scheduleDecision)
        ? undefined
        : Math.max(0, Intervals.start(scheduleDecision.intervals) - now)
      const decision = decide({ error, attempt: attemptNumber, elapsedMs: now - startedAt, scheduleDelayMs }, options)
      if (decision._tag === "Stop") return yield* Effect.fail(error)
      if (options.stopIf !== undefined && (yield* options.stopIf(error))) return yield* Effect.fail(error)
      if (options.onRetry !== undefined) {
        yield* options.onRetry({ attempt: attemptNumber, error, waitMs: decision.waitMs })
      }
      const deadline = options.deadline
      if (deadline !== undefined && now + decision.waitMs >= deadline.at) {
        yield* Effect.sleep(Duration.millis(Math.max(0, deadline.at - now)))
        return yield* Effect.fail(deadline.error())
      }
      yield* Effect.sleep(Duration.millis(decision.waitMs))
      attemptNumber++
      const result = yield* Effect.either(attempt(attemptNumber))
      if (Either.isRight(result)) return result.right
      error = result.left
    }
  })
