/**
 * Client-side model fallback: after the primary model fails (and its retries are spent), walk an
 * ordered list of candidate models. Which list is used depends on the failure: the general list
 * for retryable failures and local rejections, a context-length list for `ContextLengthError`,
 * a content-policy list for `ContentPolicyError`. Alternatively, `serverSide` hands the list to
 * OpenRouter's `models` request field.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { minDuration, retryAfterOf } from "./internal/retry.js"
import { AllCandidatesFailedError, CircuitOpenError, type OpenRouterError } from "./OpenRouterError.js"

// =============================================================================
// Options
// =============================================================================

/**
 * Fallback candidates, tried in order after the primary model.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** General candidates: used after retryable failures, open circuits and client-side rate limits. */
  readonly models: ReadonlyArray<string>
  /** Used only after a `ContextLengthError`. */
  readonly contextLength: ReadonlyArray<string>
  /** Used only after a `ContentPolicyError`. */
  readonly contentPolicy: ReadonlyArray<string>
  /**
   * Send OpenRouter's `models: [primary, ...candidates]` request field and let the server fall
   * back, instead of falling back in the client. Default `false`.
   */
  readonly serverSide: boolean
}

/**
 * No candidates, client-side fallback.
 *
 * @since 0.1.0
 * @category constructors
 */
export const defaults: Options = {
  models: [],
  contextLength: [],
  contentPolicy: [],
  serverSide: false
}

// =============================================================================
// Service
// =============================================================================

/**
 * The fallback candidates the client uses for every call.
 *
 * @since 0.1.0
 * @category services
 */
export class Fallback extends Context.Tag("effect-openrouter/Fallback")<Fallback, Options>() {}

/**
 * A `Fallback` layer: {@link defaults} overridden by `options`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Partial<Options>): Layer.Layer<Fallback> =>
  Layer.succeed(Fallback, { ...defaults, ...options })

// =============================================================================
// Classification
// =============================================================================

/**
 * Which candidate list a failure sends the plan to, or `undefined` when it must not fall back.
 *
 * @since 0.1.0
 * @category models
 */
export type ListName = "models" | "contextLength" | "contentPolicy"

const neverFallBack: ReadonlySet<OpenRouterError["_tag"]> = new Set<OpenRouterError["_tag"]>([
  "AuthenticationError",
  "InsufficientCreditsError",
  "InvalidRequestError",
  "PermissionDeniedError",
  "NotFoundError",
  "BudgetExceededError",
  "BulkheadFullError",
  "StreamInterrupted",
  "AllCandidatesFailedError",
  "ConfigError"
])

/**
 * The list a failure falls back to: `contextLength` for `ContextLengthError`, `contentPolicy` for
 * `ContentPolicyError`, `models` for `CircuitOpenError`, `RateLimitExceededError` and any other
 * retryable error (its retries are already spent), and `undefined` (no fallback) for auth,
 * credits (including the retryable in-flight-budget 402), bad requests, permission, budget,
 * bulkhead, post-commit stream failures, a JSON-wire error that carries billed `partial` output,
 * and everything else that is not retryable.
 *
 * @since 0.1.0
 * @category decisions
 */
export const listFor = (error: OpenRouterError): ListName | undefined => {
  if (neverFallBack.has(error._tag)) return undefined
  // A 200 whose choice failed after output was generated (JSON wire) was billed: like a stream
  // interrupted after its commit point, it is returned with its partial output, not replaced.
  if ("partial" in error && error.partial !== undefined) return undefined
  switch (error._tag) {
    case "ContextLengthError":
      return "contextLength"
    case "ContentPolicyError":
      return "contentPolicy"
    case "CircuitOpenError":
    case "RateLimitExceededError":
    // Another model may well answer when this one is rate-limited, overloaded or down, even when
    // retrying this one is pointless (daily free cap, availability.retryable false, x-should-retry).
    case "RateLimitError":
    case "NoProviderAvailableError":
    case "ProviderError":
    case "ModelNotFoundError":
      return "models"
  }
  return error.isRetryable ? "models" : undefined
}

const dedupe = (models: ReadonlyArray<string>, exclude: string): Array<string> => {
  const seen = new Set<string>([exclude])
  const out: Array<string> = []
  for (const model of models) {
    if (seen.has(model)) continue
    seen.add(model)
    out.push(model)
  }
  return out
}

/**
 * The value for OpenRouter's `models` request field: `[primary, ...models, ...contextLength,
 * ...contentPolicy]` without duplicates when `serverSide` is on and there is at least one
 * candidate, otherwise `undefined` (send no field). OpenRouter falls back on any error, so the
 * class-specific lists are merged after the general one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const serverSideModels = (primary: string, options: Options): ReadonlyArray<string> | undefined => {
  if (!options.serverSide) return undefined
  const rest = dedupe([...options.models, ...options.contextLength, ...options.contentPolicy], primary)
  return rest.length === 0 ? undefined : [primary, ...rest]
}

const hasCandidates = (primary: string, options: Options): boolean =>
  [...options.models, ...options.contextLength, ...options.contentPolicy].some((model) => model !== primary)

// =============================================================================
// Run
// =============================================================================

/**
 * One candidate's last failure.
 *
 * @since 0.1.0
 * @category models
 */
export interface CandidateFailure {
  readonly model: string
  readonly error: OpenRouterError
}

/**
 * Optional hooks for {@link run}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Hooks {
  /** `Some(remaining)` when the model's circuit is open: the candidate is skipped with no call. */
  readonly unavailable?: (model: string) => Effect.Effect<Option.Option<Duration.Duration>>
  /** Called on every move to the next candidate (including one that is then skipped as open). */
  readonly onFallback?: (from: string, to: string, error: OpenRouterError) => Effect.Effect<void>
}

/**
 * What {@link run} returns: the value, and which candidate produced it (`index` 0 is the
 * primary, then candidates in the order they were tried).
 *
 * @since 0.1.0
 * @category models
 */
export interface Success<A> {
  readonly value: A
  readonly model: string
  readonly index: number
}

const openError = (model: string, remaining: Duration.Duration): CircuitOpenError =>
  new CircuitOpenError({
    message: `The circuit for ${model} is open (retry in ${Duration.format(remaining)})`,
    key: model,
    state: "open",
    retryAfter: remaining
  })

const aggregate = (failures: ReadonlyArray<CandidateFailure>): AllCandidatesFailedError => {
  const last = failures[failures.length - 1]
  const retryAfter = minDuration(failures.map((failure) => retryAfterOf(failure.error)))
  const headline = last === undefined ? "" : `; last (${last.model}): ${last.error.message}`
  return new AllCandidatesFailedError({
    message: `All ${failures.length} candidate models failed or were unavailable${headline}`,
    failures: failures.map((failure) => ({ model: failure.model, error: failure.error })),
    ...(retryAfter !== undefined ? { retryAfter } : {})
  })
}

/**
 * Runs `attempt(primary, 0)` and, while the failure allows it ({@link listFor}), moves to the
 * next untried model of the list chosen by the most recent failure. A model is never tried twice.
 *
 * - No candidates configured (or `serverSide`): the primary's outcome, error unchanged, and
 *   `unavailable` is not consulted (the breaker inside `attempt` rejects on its own).
 * - A failure that must not fall back (auth, credits, bad request, budget, …) propagates
 *   unchanged, whichever candidate produced it.
 * - Candidates whose circuit is open (`unavailable` returns `Some`) are skipped without calling
 *   `attempt`; they count as a `CircuitOpenError` failure.
 * - The chosen list has no untried model left: if only the primary was involved its error
 *   propagates unchanged; otherwise the plan fails with `AllCandidatesFailedError` listing
 *   every candidate's failure and the soonest known `retryAfter`.
 * - Interruption and defects are not failures: they are never caught.
 *
 * @since 0.1.0
 * @category combinators
 */
export const run = <A, R>(
  primary: string,
  options: Options,
  attempt: (model: string, candidateIndex: number) => Effect.Effect<A, OpenRouterError, R>,
  hooks: Hooks = {}
): Effect.Effect<Success<A>, OpenRouterError, R> => {
  if (options.serverSide || !hasCandidates(primary, options)) {
    return Effect.map(attempt(primary, 0), (value) => ({ value, model: primary, index: 0 }))
  }
  return Effect.gen(function*() {
    const tried = new Set<string>()
    const failures: Array<CandidateFailure> = []
    let model = primary
    let index = 0
    while (true) {
      tried.add(model)
      const remaining = hooks.unavailable !== undefined ? yield* hooks.unavailable(model) : Option.none()
      let error: OpenRouterError
      if (Option.isSome(remaining)) {
        error = openError(model, remaining.value)
      } else {
        const result = yield* Effect.either(attempt(model, index))
        if (Either.isRight(result)) return { value: result.right, model, index }
        error = result.left
      }
      failures.push({ model, error })
      const list = listFor(error)
      if (list === undefined) return yield* Effect.fail(error)
      const next = options[list].find((candidate) => !tried.has(candidate))
      if (next === undefined) {
        return yield* Effect.fail(failures.length === 1 ? error : aggregate(failures))
      }
      if (hooks.onFallback !== undefined) yield* hooks.onFallback(model, next, error)
      model = next
      index++
    }
  })
}
