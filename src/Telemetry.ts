/**
 * Tracing and metrics helpers for the request pipeline, named after the OpenTelemetry GenAI
 * semantic conventions (`gen_ai.*`) plus a few `openrouter.*` attributes.
 *
 * - `requestSpan(attrs)` wraps a logical request in a client span `chat {model}`;
 *   `attemptSpan(attrs)` wraps each HTTP attempt in `openrouter.attempt`.
 * - `recordResult(result)` annotates the current span with the response (served model, tokens,
 *   finish reasons, cost, provider) and updates the metrics.
 * - Metrics (Effect `Metric`, exported by any metrics layer you install): tokens by direction,
 *   cost in micro-USD, requests by outcome, request latency and time-to-first-token histograms
 *   (ms), retries, local rejections and circuit-breaker transitions.
 *
 * **Privacy.** No attribute or metric label carries message content unless the `Telemetry`
 * reference says `captureContent: true` (default `false`), and every string value goes through
 * the secret scrubber, so the API key never lands in a span even when content is captured.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import { dual } from "effect/Function"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import * as MetricLabel from "effect/MetricLabel"
import { redactDeep, redactString } from "./internal/redact.js"
import { parseUsd, picosToMicros } from "./Money.js"
import type { Usage } from "./Usage.js"

// =============================================================================
// Options
// =============================================================================

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Record prompts and completions on spans (`gen_ai.input.messages`, `gen_ai.output.messages`). Default `false`. */
  readonly captureContent: boolean
}

/**
 * Telemetry settings, read when a span is made. A `Context.Reference`: without a layer the
 * default (`captureContent: false`) applies.
 *
 * @since 0.1.0
 * @category services
 */
export class Telemetry extends Context.Reference<Telemetry>()("effect-openrouter/Telemetry", {
  defaultValue: (): Options => ({ captureContent: false })
}) {}

/**
 * Settings with defaults filled in.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Partial<Options> = {}): Options => ({ captureContent: options.captureContent ?? false })

/**
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Partial<Options> = {}): Layer.Layer<Telemetry> => Layer.succeed(Telemetry, make(options))

/**
 * Runs an effect with content capture switched on or off.
 *
 * @since 0.1.0
 * @category combinators
 */
export const withCaptureContent: {
  (capture: boolean): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, capture: boolean): Effect.Effect<A, E, R>
} = dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, capture: boolean): Effect.Effect<A, E, R> =>
    Effect.provideService(self, Telemetry, { captureContent: capture })
)

// =============================================================================
// Attribute names
// =============================================================================

/**
 * Attribute and label names used here.
 *
 * @since 0.1.0
 * @category attributes
 */
export const Attr = {
  system: "gen_ai.system",
  providerName: "gen_ai.provider.name",
  operation: "gen_ai.operation.name",
  requestModel: "gen_ai.request.model",
  requestMaxTokens: "gen_ai.request.max_tokens",
  requestTemperature: "gen_ai.request.temperature",
  requestTopP: "gen_ai.request.top_p",
  responseModel: "gen_ai.response.model",
  responseId: "gen_ai.response.id",
  finishReasons: "gen_ai.response.finish_reasons",
  inputTokens: "gen_ai.usage.input_tokens",
  outputTokens: "gen_ai.usage.output_tokens",
  tokenType: "gen_ai.token.type",
  inputMessages: "gen_ai.input.messages",
  outputMessages: "gen_ai.output.messages",
  errorType: "error.type",
  costUsd: "openrouter.cost_usd",
  costEstimated: "openrouter.cost_estimated",
  provider: "openrouter.provider",
  attempt: "openrouter.attempt",
  stream: "openrouter.stream",
  fallbackModels: "openrouter.fallback_models",
  cachedTokens: "openrouter.usage.cached_tokens",
  reasoningTokens: "openrouter.usage.reasoning_tokens",
  retries: "openrouter.retries",
  outcome: "openrouter.outcome",
  timeToFirstTokenMs: "openrouter.time_to_first_token_ms"
} as const

// =============================================================================
// Metrics
// =============================================================================

const latencyBuckets = MetricBoundaries.exponential({ start: 10, factor: 2, count: 16 })

/**
 * The metrics `recordResult` and friends update. Series are tagged with `gen_ai.request.model`
 * (and `gen_ai.token.type` / `openrouter.outcome` / breaker labels where relevant).
 *
 * @since 0.1.0
 * @category metrics
 */
export const metrics = {
  /** Tokens, tagged `gen_ai.token.type` = `input` | `output`. */
  tokens: Metric.counter("openrouter.tokens", { description: "Tokens used, by direction", incremental: true }),
  /** Reported (or estimated, when none was reported) cost in micro-USD. */
  costMicros: Metric.counter("openrouter.cost_micros", {
    description: "Cost in micro-USD (10^-6 USD)",
    incremental: true
  }),
  /** Logical requests, tagged `openrouter.outcome`. */
  requests: Metric.counter("openrouter.requests", { description: "Logical requests", incremental: true }),
  /** Request latency in milliseconds (whole logical request). */
  requestDuration: Metric.histogram("openrouter.request.duration_ms", latencyBuckets, "Request latency (ms)"),
  /** Time to the first content event in milliseconds (streams). */
  timeToFirstToken: Metric.histogram("openrouter.time_to_first_token_ms", latencyBuckets, "Time to first token (ms)"),
  /** Retries. */
  retries: Metric.counter("openrouter.retries", { description: "Retries", incremental: true }),
  /** Local rejections, tagged `openrouter.rejection`. */
  rejections: Metric.counter("openrouter.rejections", { description: "Local rejections", incremental: true }),
  /** Circuit-breaker state changes, tagged `openrouter.breaker.key`, `.from`, `.to`. */
  breakerTransitions: Metric.counter("openrouter.circuit_breaker.transitions", {
    description: "Circuit breaker state changes",
    incremental: true
  })
} as const

// =============================================================================
// Spans
// =============================================================================

/**
 * What a request span records.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestAttributes {
  readonly model: string
  /** `gen_ai.operation.name`. Default `"chat"`. */
  readonly operation?: string | undefined
  readonly stream?: boolean | undefined
  readonly maxTokens?: number | null | undefined
  readonly temperature?: number | null | undefined
  readonly topP?: number | null | undefined
  readonly fallbackModels?: ReadonlyArray<string> | undefined
  /** The messages: recorded only with `captureContent: true`. */
  readonly messages?: ReadonlyArray<unknown> | undefined
}

/**
 * What an attempt span records.
 *
 * @since 0.1.0
 * @category models
 */
export interface AttemptAttributes {
  readonly model: string
  /** 1-based attempt number within the logical request. */
  readonly attempt: number
  readonly provider?: string | undefined
}

const json = (value: unknown): string => {
  try {
    return JSON.stringify(redactDeep(value)) ?? ""
  } catch {
    return ""
  }
}

const clean = (attributes: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue
    out[key] = typeof value === "string"
      ? redactString(value)
      : Array.isArray(value)
      ? value.map((v) => (typeof v === "string" ? redactString(v) : v))
      : value
  }
  return out
}

/**
 * Span attributes of a request (pure; `captureContent` decides whether messages are included).
 *
 * @since 0.1.0
 * @category spans
 */
export const requestAttributes = (attrs: RequestAttributes, options: Options): Record<string, unknown> =>
  clean({
    [Attr.system]: "openrouter",
    [Attr.providerName]: "openrouter",
    [Attr.operation]: attrs.operation ?? "chat",
    [Attr.requestModel]: attrs.model,
    [Attr.requestMaxTokens]: attrs.maxTokens,
    [Attr.requestTemperature]: attrs.temperature,
    [Attr.requestTopP]: attrs.topP,
    [Attr.stream]: attrs.stream,
    [Attr.fallbackModels]: attrs.fallbackModels,
    [Attr.inputMessages]: options.captureContent && attrs.messages !== undefined ? json(attrs.messages) : undefined
  })

/**
 * Wraps a logical request in a client span named `{operation} {model}` (GenAI convention).
 *
 * @since 0.1.0
 * @category spans
 */
export const requestSpan: {
  (attrs: RequestAttributes): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, attrs: RequestAttributes): Effect.Effect<A, E, R>
} = dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, attrs: RequestAttributes): Effect.Effect<A, E, R> =>
    Effect.flatMap(Telemetry, (options) =>
      Effect.withSpan(self, redactString(`${attrs.operation ?? "chat"} ${attrs.model}`), {
        kind: "client",
        captureStackTrace: false,
        attributes: requestAttributes(attrs, options)
      }))
)

/**
 * Wraps one HTTP attempt in a span named `openrouter.attempt`.
 *
 * @since 0.1.0
 * @category spans
 */
export const attemptSpan: {
  (attrs: AttemptAttributes): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, attrs: AttemptAttributes): Effect.Effect<A, E, R>
} = dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, attrs: AttemptAttributes): Effect.Effect<A, E, R> =>
    Effect.withSpan(self, "openrouter.attempt", {
      kind: "client",
      captureStackTrace: false,
      attributes: clean({
        [Attr.system]: "openrouter",
        [Attr.requestModel]: attrs.model,
        [Attr.attempt]: attrs.attempt,
        [Attr.provider]: attrs.provider
      })
    })
)

// =============================================================================
// Results
// =============================================================================

/**
 * The outcome of a logical request, for `recordResult`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResultAttributes {
  readonly requestedModel: string
  readonly responseModel?: string | undefined
  readonly responseId?: string | undefined
  readonly provider?: string | undefined
  readonly outcome: "success" | "error" | "interrupted"
  readonly errorTag?: string | undefined
  readonly usage?: Usage | undefined
  readonly finishReasons?: ReadonlyArray<string> | undefined
  /** Cost from registry pricing, used only when `usage.cost` is absent (flagged `openrouter.cost_estimated`). */
  readonly estimatedCostMicros?: number | undefined
  /** Whole request latency in milliseconds. */
  readonly durationMs?: number | undefined
  /** Time to the first content event in milliseconds (streams). */
  readonly timeToFirstTokenMs?: number | undefined
  readonly retries?: number | undefined
  /** The completion text: recorded only with `captureContent: true`. */
  readonly output?: string | undefined
}

const costOf = (r: ResultAttributes): { readonly micros: number; readonly estimated: boolean } | undefined => {
  const cost = r.usage?.cost
  if (typeof cost === "number") {
    const picos = parseUsd(cost)
    if (picos._tag === "Some") return { micros: Number(picos.value) / 1_000_000, estimated: false }
  }
  return r.estimatedCostMicros === undefined ? undefined : { micros: r.estimatedCostMicros, estimated: true }
}

/**
 * Span attributes of a result (pure).
 *
 * @since 0.1.0
 * @category spans
 */
export const resultAttributes = (r: ResultAttributes, options: Options): Record<string, unknown> => {
  const cost = costOf(r)
  return clean({
    [Attr.responseModel]: r.responseModel,
    [Attr.responseId]: r.responseId,
    [Attr.provider]: r.provider,
    [Attr.outcome]: r.outcome,
    [Attr.errorType]: r.errorTag,
    [Attr.inputTokens]: r.usage?.prompt_tokens,
    [Attr.outputTokens]: r.usage?.completion_tokens,
    [Attr.cachedTokens]: r.usage?.prompt_tokens_details?.cached_tokens,
    [Attr.reasoningTokens]: r.usage?.completion_tokens_details?.reasoning_tokens,
    [Attr.finishReasons]: r.finishReasons,
    [Attr.costUsd]: cost === undefined ? undefined : cost.micros / 1_000_000,
    [Attr.costEstimated]: cost?.estimated === true ? true : undefined,
    [Attr.retries]: r.retries,
    [Attr.timeToFirstTokenMs]: r.timeToFirstTokenMs,
    [Attr.outputMessages]: options.captureContent && r.output !== undefined ? json([{ role: "assistant", content: r.output }]) : undefined
  })
}

type Counter = Metric.Metric.Counter<number>
type Histogram = Metric.Metric.Histogram<number>

/**
 * A counter of {@link metrics} narrowed to one series (label values are scrubbed of secrets).
 *
 * @since 0.1.0
 * @category metrics
 */
export const tagCounter = (metric: Counter, tags: Readonly<Record<string, string>>): Counter =>
  tagged(metric, tags, () =>
    Metric.taggedWithLabels(metric, Object.entries(tags).map(([k, v]) => MetricLabel.make(k, redactString(v)))))

/**
 * A histogram of {@link metrics} narrowed to one series.
 *
 * @since 0.1.0
 * @category metrics
 */
export const tagHistogram = (metric: Histogram, tags: Readonly<Record<string, string>>): Histogram =>
  tagged(metric, tags, () =>
    Metric.taggedWithLabels(metric, Object.entries(tags).map(([k, v]) => MetricLabel.make(k, redactString(v)))))

/**
 * Tagged series are built once per (metric, labels) and reused: tagging allocates and scrubs the
 * label values, which showed up in the benchmarks' profiles on every request. Bounded so a stream
 * of unusual model names cannot grow it without limit.
 */
const taggedCache = new WeakMap<object, Map<string, unknown>>()
const TAGGED_CACHE_LIMIT = 4096
const tagged = <M extends object>(metric: M, tags: Readonly<Record<string, string>>, build: () => M): M => {
  let byLabels = taggedCache.get(metric)
  if (byLabels === undefined) {
    byLabels = new Map()
    taggedCache.set(metric, byLabels)
  }
  const key = JSON.stringify(tags)
  const hit = byLabels.get(key) as M | undefined
  if (hit !== undefined) return hit
  const built = build()
  if (byLabels.size < TAGGED_CACHE_LIMIT) byLabels.set(key, built)
  return built
}

/**
 * Annotates the current span with the result and updates the metrics. Call it once per logical
 * request, inside `requestSpan`.
 *
 * @since 0.1.0
 * @category results
 */
export const recordResult = (r: ResultAttributes): Effect.Effect<void> =>
  Effect.gen(function*() {
    const options = yield* Telemetry
    yield* Effect.annotateCurrentSpan(resultAttributes(r, options))
    const model = { [Attr.requestModel]: r.responseModel ?? r.requestedModel }
    const input = r.usage?.prompt_tokens
    const output = r.usage?.completion_tokens
    if (typeof input === "number" && input > 0) {
      yield* Metric.incrementBy(tagCounter(metrics.tokens, { ...model, [Attr.tokenType]: "input" }), input)
    }
    if (typeof output === "number" && output > 0) {
      yield* Metric.incrementBy(tagCounter(metrics.tokens, { ...model, [Attr.tokenType]: "output" }), output)
    }
    const cost = costOf(r)
    if (cost !== undefined && cost.micros > 0) yield* Metric.incrementBy(tagCounter(metrics.costMicros, model), cost.micros)
    yield* Metric.increment(tagCounter(metrics.requests, { ...model, [Attr.outcome]: r.outcome }))
    if (r.durationMs !== undefined) yield* Metric.update(tagHistogram(metrics.requestDuration, model), r.durationMs)
    if (r.timeToFirstTokenMs !== undefined) {
      yield* Metric.update(tagHistogram(metrics.timeToFirstToken, model), r.timeToFirstTokenMs)
    }
    if (r.retries !== undefined && r.retries > 0) yield* Metric.incrementBy(tagCounter(metrics.retries, model), r.retries)
  })

/**
 * Counts a local rejection (`CircuitOpenError`, `RateLimitExceededError`, `BudgetExceededError`…).
 *
 * @since 0.1.0
 * @category results
 */
export const recordRejection = (kind: string, model: string): Effect.Effect<void> =>
  Metric.increment(tagCounter(metrics.rejections, { [Attr.requestModel]: model, "openrouter.rejection": kind }))

/**
 * Counts a circuit-breaker state change.
 *
 * @since 0.1.0
 * @category results
 */
export const recordBreakerTransition = (key: string, from: string, to: string): Effect.Effect<void> =>
  Metric.increment(
    tagCounter(metrics.breakerTransitions, {
      "openrouter.breaker.key": key,
      "openrouter.breaker.from": from,
      "openrouter.breaker.to": to
    })
  )

/**
 * Micro-USD of a reported cost (exact, rounded half-up) — convenience for callers that feed
 * `estimatedCostMicros`.
 *
 * @since 0.1.0
 * @category utils
 */
export const costMicrosOf = (usage: Usage | undefined): number | undefined => {
  const cost = usage?.cost
  if (typeof cost !== "number") return undefined
  const picos = parseUsd(cost)
  return picos._tag === "Some" ? picosToMicros(picos.value) : undefined
}
