/**
 * Tracing and metrics helpers for the request pipeline, named after the OpenTelemetry GenAI
 * semantic conventions (`gen_ai.*`) plus a few `openrouter.*` attributes.
 *
 * - `requestSpan(attrs)` wraps a logical request in a client span `chat {model}`;
 *   `attemptSpan(attrs)` wraps each HTTP attempt in `openrouter.attempt` (a child of it; a
 *   retry or a fallback is another attempt span). `requestSpanScoped` + `withinRequestSpan` do
 *   the same for a call that outlives one effect (a stream).
 * - `recordResult(result)` annotates the call's request span — only that one, never a caller's
 *   span — with the response (served model, tokens, finish reasons, cost, provider) and updates
 *   the metrics.
 * - GenAI metrics (OpenTelemetry semantic conventions, see {@link genAiMetrics}):
 *   `gen_ai.client.operation.duration` (s), `gen_ai.client.token.usage` ({token}, by
 *   `gen_ai.token.type`) and `gen_ai.client.operation.time_to_first_chunk` (s, streams only),
 *   with the conventions' bucket boundaries and attributes.
 * - OpenRouter metrics (Effect `Metric`, exported by any metrics layer you install): tokens by
 *   direction, cost in micro-USD, requests by outcome, request latency and time-to-first-token
 *   histograms (ms), retries, local rejections and circuit-breaker transitions.
 *
 * **Privacy.** No attribute or metric label carries message content unless the `Telemetry`
 * reference says `captureContent: true` (default `false`), and every string value goes through
 * the secret scrubber, so the API key never lands in a span even when content is captured.
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import * as FiberRef from "effect/FiberRef"
import { dual } from "effect/Function"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import * as MetricKey from "effect/MetricKey"
import * as MetricLabel from "effect/MetricLabel"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Tracer from "effect/Tracer"
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
  /**
   * Update the metrics ({@link metrics}, {@link genAiMetrics}) at the end of every call, every
   * local rejection and every breaker transition. Default `true`: Effect records metrics whether or
   * not a metrics layer reads them, so a program that exports none can save that work with `false`.
   */
  readonly metrics?: boolean | undefined
}

/**
 * Telemetry settings, read when a span is made and when a call ends. A `Context.Reference`:
 * without a layer the defaults (`captureContent: false`, `metrics: true`) apply.
 *
 * @since 0.1.0
 * @category services
 */
export class Telemetry extends Context.Reference<Telemetry>()("effect-openrouter/Telemetry", {
  defaultValue: (): Options => ({ captureContent: false, metrics: true })
}) {}

/**
 * Settings with defaults filled in.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Partial<Options> = {}): Options => ({
  captureContent: options.captureContent ?? false,
  metrics: options.metrics ?? true
})

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
    Effect.contextWithEffect((context: Context.Context<never>) =>
      Effect.provideService(self, Telemetry, { ...Context.get(context, Telemetry), captureContent: capture })
    )
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
  requestTopK: "gen_ai.request.top_k",
  requestFrequencyPenalty: "gen_ai.request.frequency_penalty",
  requestPresencePenalty: "gen_ai.request.presence_penalty",
  requestStopSequences: "gen_ai.request.stop_sequences",
  requestSeed: "gen_ai.request.seed",
  requestChoiceCount: "gen_ai.request.choice.count",
  responseModel: "gen_ai.response.model",
  responseId: "gen_ai.response.id",
  finishReasons: "gen_ai.response.finish_reasons",
  inputTokens: "gen_ai.usage.input_tokens",
  outputTokens: "gen_ai.usage.output_tokens",
  tokenType: "gen_ai.token.type",
  inputMessages: "gen_ai.input.messages",
  outputMessages: "gen_ai.output.messages",
  errorType: "error.type",
  timeToFirstChunk: "gen_ai.response.time_to_first_chunk",
  generationId: "openrouter.generation_id",
  fallback: "openrouter.fallback",
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

type Counter = Metric.Metric.Counter<number>
type Histogram = Metric.Metric.Histogram<number>

const latencyBuckets = MetricBoundaries.exponential({ start: 10, factor: 2, count: 16 })

/**
 * The key of each metric made here: a tagged series is then a metric of its own key
 * (`Metric.fromMetricKey`), whose registry hook Effect caches, instead of `Metric.taggedWithLabels`,
 * which builds a new key, hashes it and looks it up in the registry on every update.
 */
const keys = new WeakMap<object, MetricKey.MetricKey.Untyped>()
const counter = (name: string, description: string): Counter => {
  const key = MetricKey.counter(name, { description, incremental: true })
  const metric = Metric.fromMetricKey(key)
  keys.set(metric, key)
  return metric
}
const histogram = (name: string, boundaries: MetricBoundaries.MetricBoundaries, description: string): Histogram => {
  const key = MetricKey.histogram(name, boundaries, description)
  const metric = Metric.fromMetricKey(key)
  keys.set(metric, key)
  return metric
}

/**
 * The metrics `recordResult` and friends update. Series are tagged with `gen_ai.request.model`
 * (and `gen_ai.token.type` / `openrouter.outcome` / breaker labels where relevant).
 *
 * @since 0.1.0
 * @category metrics
 */
export const metrics = {
  /** Tokens, tagged `gen_ai.token.type` = `input` | `output`. */
  tokens: counter("openrouter.tokens", "Tokens used, by direction"),
  /** Reported (or estimated, when none was reported) cost in micro-USD. */
  costMicros: counter("openrouter.cost_micros", "Cost in micro-USD (10^-6 USD)"),
  /** Logical requests, tagged `openrouter.outcome`. */
  requests: counter("openrouter.requests", "Logical requests"),
  /** Request latency in milliseconds (whole logical request). */
  requestDuration: histogram("openrouter.request.duration_ms", latencyBuckets, "Request latency (ms)"),
  /** Time to the first content event in milliseconds (streams). */
  timeToFirstToken: histogram("openrouter.time_to_first_token_ms", latencyBuckets, "Time to first token (ms)"),
  /** Retries. */
  retries: counter("openrouter.retries", "Retries"),
  /** Local rejections, tagged `openrouter.rejection`. */
  rejections: counter("openrouter.rejections", "Local rejections"),
  /** Circuit-breaker state changes, tagged `openrouter.breaker.key`, `.from`, `.to`. */
  breakerTransitions: counter("openrouter.circuit_breaker.transitions", "Circuit breaker state changes")
} as const

/**
 * Bucket boundaries the GenAI semantic conventions advise (ExplicitBucketBoundaries).
 *
 * @since 0.1.0
 * @category metrics
 */
export const genAiBuckets = {
  /** `gen_ai.client.operation.duration`, seconds. */
  operationDuration: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92],
  /** `gen_ai.client.token.usage`, tokens. */
  tokenUsage: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864],
  /** `gen_ai.client.operation.time_to_first_chunk`, seconds. */
  timeToFirstChunk: [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10]
} as const

/**
 * The unit of each GenAI metric (UCUM). Effect metrics have no unit field: every series carries
 * it as a `unit` label, which `@effect/opentelemetry` turns into the exported instrument's unit.
 *
 * @since 0.1.0
 * @category metrics
 */
export const genAiUnits = {
  operationDuration: "s",
  tokenUsage: "{token}",
  timeToFirstChunk: "s"
} as const

/**
 * The client metrics of the OpenTelemetry GenAI semantic conventions, updated by `recordResult`
 * once per logical call. Series carry `gen_ai.operation.name`, `gen_ai.provider.name`
 * (`openrouter`), `gen_ai.request.model`, `gen_ai.response.model` (when a response named it),
 * `error.type` (failed calls) and `unit`.
 *
 * @since 0.1.0
 * @category metrics
 */
export const genAiMetrics = {
  /** Whole logical call (retries and fallbacks included), seconds. */
  operationDuration: histogram(
    "gen_ai.client.operation.duration",
    MetricBoundaries.fromIterable(genAiBuckets.operationDuration),
    "GenAI operation duration"
  ),
  /** Reported (billable) tokens, tagged `gen_ai.token.type` = `input` | `output`. */
  tokenUsage: histogram(
    "gen_ai.client.token.usage",
    MetricBoundaries.fromIterable(genAiBuckets.tokenUsage),
    "Number of input and output tokens used"
  ),
  /** From sending the request to the first content chunk, seconds (streaming calls only). */
  timeToFirstChunk: histogram(
    "gen_ai.client.operation.time_to_first_chunk",
    MetricBoundaries.fromIterable(genAiBuckets.timeToFirstChunk),
    "Time to receive the first chunk"
  )
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
  readonly topK?: number | null | undefined
  readonly frequencyPenalty?: number | null | undefined
  readonly presencePenalty?: number | null | undefined
  readonly stopSequences?: ReadonlyArray<string> | null | undefined
  readonly seed?: number | null | undefined
  readonly fallbackModels?: ReadonlyArray<string> | undefined
  /** The messages: recorded only with `captureContent: true`. */
  readonly messages?: ReadonlyArray<unknown> | undefined
  /**
   * The request body as sent (OpenRouter's wire names). The `gen_ai.request.*` parameters an
   * explicit field above does not give are read from it (`max_tokens` /
   * `max_completion_tokens`, `temperature`, `top_p`, `top_k`, `frequency_penalty`,
   * `presence_penalty`, `stop`, `seed`, `n`), the server-side `models` list too, and `messages`
   * when `messages` is not given. Nothing else of it is recorded.
   */
  readonly request?: Readonly<Record<string, unknown>> | undefined
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

const jsonOrUndefined = (value: unknown): string | undefined => (value === undefined ? undefined : json(value))

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
export const requestAttributes = (attrs: RequestAttributes, options: Options): Record<string, unknown> => {
  const body = attrs.request ?? {}
  const num = (explicit: number | null | undefined, ...keys: ReadonlyArray<string>): number | undefined => {
    if (typeof explicit === "number") return explicit
    for (const key of keys) {
      const value = body[key]
      if (typeof value === "number" && Number.isFinite(value)) return value
    }
    return undefined
  }
  const stop = attrs.stopSequences ?? stringList(body["stop"])
  const messages = attrs.messages ?? (Array.isArray(body["messages"]) ? body["messages"] : undefined)
  const serverModels = stringList(body["models"])
  return clean({
    [Attr.system]: "openrouter",
    [Attr.providerName]: "openrouter",
    [Attr.operation]: attrs.operation ?? "chat",
    [Attr.requestModel]: attrs.model,
    [Attr.requestMaxTokens]: num(attrs.maxTokens, "max_tokens", "max_completion_tokens"),
    [Attr.requestTemperature]: num(attrs.temperature, "temperature"),
    [Attr.requestTopP]: num(attrs.topP, "top_p"),
    [Attr.requestTopK]: num(attrs.topK, "top_k"),
    [Attr.requestFrequencyPenalty]: num(attrs.frequencyPenalty, "frequency_penalty"),
    [Attr.requestPresencePenalty]: num(attrs.presencePenalty, "presence_penalty"),
    [Attr.requestStopSequences]: stop,
    [Attr.requestSeed]: num(attrs.seed, "seed"),
    [Attr.requestChoiceCount]: (() => {
      const n = num(undefined, "n")
      return n !== undefined && n !== 1 ? n : undefined
    })(),
    [Attr.stream]: attrs.stream,
    [Attr.fallbackModels]: attrs.fallbackModels ?? serverModels,
    [Attr.inputMessages]: options.captureContent && messages !== undefined ? json(inputMessages(messages)) : undefined
  })
}

const stringList = (u: unknown): ReadonlyArray<string> | undefined =>
  typeof u === "string" ? [u] : Array.isArray(u) && u.every((x) => typeof x === "string") ? u as ReadonlyArray<string> : undefined

const record = (u: unknown): Record<string, unknown> | undefined =>
  typeof u === "object" && u !== null && !Array.isArray(u) ? u as Record<string, unknown> : undefined

/**
 * Chat messages in the GenAI conventions' message shape (`{ role, parts: [{ type, ... }] }`):
 * text parts as `{ type: "text", content }`, tool calls as `tool_call`, tool results as
 * `tool_call_response`; other content parts are kept as they are.
 */
const inputMessages = (messages: ReadonlyArray<unknown>): ReadonlyArray<unknown> =>
  messages.map((m) => {
    const message = record(m)
    if (message === undefined) return m
    const role = message["role"]
    const parts: Array<unknown> = []
    const content = message["content"]
    if (role === "tool") {
      parts.push({ type: "tool_call_response", id: message["tool_call_id"], response: content })
    } else if (typeof content === "string") {
      parts.push({ type: "text", content })
    } else if (Array.isArray(content)) {
      for (const part of content) {
        const p = record(part)
        parts.push(p !== undefined && p["type"] === "text" ? { type: "text", content: p["text"] } : part)
      }
    }
    if (Array.isArray(message["tool_calls"])) {
      for (const call of message["tool_calls"]) {
        const c = record(call)
        const f = record(c?.["function"])
        parts.push({ type: "tool_call", id: c?.["id"], name: f?.["name"], arguments: f?.["arguments"] })
      }
    }
    return { role, parts }
  })

/**
 * Effect's default tracer (the one every runtime has until a tracer is installed, e.g. by
 * `@effect/opentelemetry`): spans on it are never exported, so the library makes none.
 */
const defaultTracer: Tracer.Tracer = Effect.runSync(Effect.tracer)

/**
 * Whether spans are made: only when a tracer other than Effect's default one is installed. A span
 * costs 50–125 µs of CPU (docs/benchmarks.md); with no tracer installed the library's spans cost
 * nothing (and the default tracer's in-memory spans of your own code get none of ours as children).
 */
const whenTracing = <A, E, R>(
  withoutTracer: Effect.Effect<A, E, R>,
  withTracer: () => Effect.Effect<A, E, R>
): Effect.Effect<A, E, R> => Effect.tracerWith((tracer) => (tracer === defaultTracer ? withoutTracer : withTracer()))

/**
 * Wraps a logical request in a client span named `{operation} {model}` (GenAI convention). No
 * span (and no cost) when no tracer is installed.
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
    whenTracing(self, () =>
      Effect.flatMap(Telemetry, (options) =>
        Effect.useSpan(spanName(attrs), spanOptions(attrs, options), (span) =>
          withinRequestSpan(self, span))))
)

/**
 * Whether a tracer other than Effect's default one is installed (then the library makes spans).
 *
 * @since 0.1.0
 * @category spans
 */
export const isTracing = (tracer: Tracer.Tracer): boolean => tracer !== defaultTracer

/**
 * The span {@link requestSpanScoped} hands back when no tracer is installed: it records nothing,
 * and {@link withinRequestSpan} runs an effect under it unchanged.
 *
 * @since 0.1.0
 * @category spans
 */
export const untracedSpan: Tracer.Span = {
  _tag: "Span",
  name: "openrouter.untraced",
  spanId: "0000000000000000",
  traceId: "00000000000000000000000000000000",
  parent: Option.none(),
  context: Context.empty(),
  status: { _tag: "Started", startTime: BigInt(0) },
  attributes: new Map<string, unknown>(),
  links: [],
  sampled: false,
  kind: "client",
  end: () => {},
  attribute: () => {},
  event: () => {},
  addLinks: () => {}
}

const spanName = (attrs: RequestAttributes): string => redactString(`${attrs.operation ?? "chat"} ${attrs.model}`)

const spanOptions = (attrs: RequestAttributes, options: Options) => ({
  kind: "client" as const,
  captureStackTrace: false as const,
  attributes: requestAttributes(attrs, options)
})

/** The spans made by `requestSpan` / `requestSpanScoped`: the only ones `recordResult` annotates. */
const requestSpans = new WeakSet<Tracer.AnySpan>()

/** The current span when it is a call's request span (attempt spans and results look it up). */
const currentRequestSpan: Effect.Effect<Tracer.Span | undefined> = Effect.map(
  Effect.serviceOption(Tracer.ParentSpan),
  (span) => (Option.isSome(span) && span.value._tag === "Span" && requestSpans.has(span.value) ? span.value : undefined)
)

/**
 * Opens the request span of a call whose end is not the end of one effect (a stream: the call
 * lasts until the consumer stops pulling). The span ends when the scope closes, with the scope's
 * exit. Run the call's effects — the opening *and* the finalizer that calls `recordResult` —
 * under {@link withinRequestSpan}; register that finalizer after this span (scopes close in
 * reverse order, so `recordResult` then runs before the span ends).
 *
 * @since 0.1.0
 * @category spans
 */
export const requestSpanScoped = (attrs: RequestAttributes): Effect.Effect<Tracer.Span, never, Scope.Scope> =>
  whenTracing(Effect.succeed(untracedSpan), () =>
    Effect.flatMap(Telemetry, (options) =>
      Effect.tap(Effect.makeSpanScoped(spanName(attrs), spanOptions(attrs, options)), (span) => {
        requestSpans.add(span)
      })))

/**
 * Runs an effect as part of a request span from {@link requestSpanScoped}: spans it opens
 * (attempts) are its children, `recordResult` annotates it.
 *
 * @since 0.1.0
 * @category spans
 */
export const withinRequestSpan: {
  (span: Tracer.Span): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, span: Tracer.Span): Effect.Effect<A, E, R>
} = dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, span: Tracer.Span): Effect.Effect<A, E, R> => {
    if (span === untracedSpan) return self
    return Effect.suspend(() => {
      requestSpans.add(span)
      nativeArrays(span)
      return self
    }).pipe(
      Effect.tapErrorCause((cause) =>
        Effect.sync(() => {
          if (span.attributes.has(Attr.errorType)) return
          const tag = errorTagOf(cause)
          if (tag !== undefined) span.attribute(Attr.errorType, tag)
        })
      ),
      Effect.withParentSpan(span)
    )
  }
)

/**
 * Sets an attribute; a string or number array is also set natively on the OpenTelemetry span the
 * Effect span wraps, when it wraps one (`@effect/opentelemetry` 0.64 turns arrays into strings,
 * while the conventions type `gen_ai.response.finish_reasons` and friends as `string[]`).
 */
const setAttribute = (span: Tracer.Span, key: string, value: unknown): void => {
  span.attribute(key, value)
  if (Array.isArray(value) && value.length > 0 && (value.every((v) => typeof v === "string") || value.every((v) => typeof v === "number"))) {
    const otel: unknown = (span as { readonly span?: unknown }).span
    if (typeof otel === "object" && otel !== null && "setAttribute" in otel && typeof otel.setAttribute === "function") {
      otel.setAttribute(key, value)
    }
  }
}

/** Re-sets the array attributes a span was made with (see {@link setAttribute}). */
const nativeArrays = (span: Tracer.Span): void => {
  for (const [key, value] of span.attributes) if (Array.isArray(value)) setAttribute(span, key, value)
}

const errorTagOf = (cause: Cause.Cause<unknown>): string | undefined => {
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure)) {
    const e = failure.value
    const tag = typeof e === "object" && e !== null && "_tag" in e ? (e as { readonly _tag: unknown })._tag : undefined
    return typeof tag === "string" ? redactString(tag) : "_OTHER"
  }
  return Cause.isInterruptedOnly(cause) ? undefined : "_OTHER"
}

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
    whenTracing(self, () => attemptSpanOf(self, attrs))
)

const attemptSpanOf = <A, E, R>(self: Effect.Effect<A, E, R>, attrs: AttemptAttributes): Effect.Effect<A, E, R> =>
    Effect.flatMap(currentRequestSpan, (request) => {
      const requested = request?.attributes.get(Attr.requestModel)
      return Effect.useSpan("openrouter.attempt", {
        kind: "client",
        captureStackTrace: false,
        attributes: clean({
          [Attr.system]: "openrouter",
          [Attr.providerName]: "openrouter",
          [Attr.requestModel]: attrs.model,
          [Attr.attempt]: attrs.attempt,
          [Attr.provider]: attrs.provider,
          [Attr.fallback]: typeof requested === "string" ? requested !== redactString(attrs.model) : undefined
        })
      }, (span) =>
        self.pipe(
          Effect.tapErrorCause((cause) =>
            Effect.sync(() => {
              const tag = errorTagOf(cause)
              if (tag !== undefined) span.attribute(Attr.errorType, tag)
            })
          ),
          Effect.withParentSpan(span)
        ))
    })

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
  /**
   * The completion (or the partial one an interrupted call left): its text and tool calls are
   * recorded as `gen_ai.output.messages` with `captureContent: true` (in place of `output`).
   */
  readonly completion?: CompletionContent | undefined
  /** `gen_ai.operation.name` of the metrics. Default `"chat"`. */
  readonly operation?: string | undefined
}

/**
 * What `recordResult` reads of a completion for `gen_ai.output.messages` (a `Completion` fits).
 *
 * @since 0.1.0
 * @category models
 */
export interface CompletionContent {
  readonly text: string
  readonly refusal?: string | undefined
  readonly toolCalls: ReadonlyArray<{
    readonly id: string
    readonly function: { readonly name: string; readonly arguments: string }
  }>
  readonly finishReason: string | null
}

const outputMessages = (r: ResultAttributes): ReadonlyArray<unknown> | undefined => {
  const c = r.completion
  if (c === undefined) {
    return r.output === undefined ? undefined : [{ role: "assistant", parts: [{ type: "text", content: r.output }] }]
  }
  const parts: Array<unknown> = []
  if (c.text !== "") parts.push({ type: "text", content: c.text })
  if (c.refusal !== undefined && c.refusal !== "") parts.push({ type: "refusal", content: c.refusal })
  for (const call of c.toolCalls) {
    parts.push({ type: "tool_call", id: call.id, name: call.function.name, arguments: call.function.arguments })
  }
  return [{ role: "assistant", parts, ...(c.finishReason !== null ? { finish_reason: c.finishReason } : {}) }]
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
    [Attr.generationId]: r.responseId,
    [Attr.provider]: r.provider,
    [Attr.outcome]: r.outcome,
    [Attr.errorType]: errorTypeOf(r),
    [Attr.inputTokens]: r.usage?.prompt_tokens,
    [Attr.outputTokens]: r.operation === "embeddings" ? undefined : r.usage?.completion_tokens,
    [Attr.cachedTokens]: r.usage?.prompt_tokens_details?.cached_tokens,
    [Attr.reasoningTokens]: r.usage?.completion_tokens_details?.reasoning_tokens,
    [Attr.finishReasons]: r.finishReasons,
    [Attr.costUsd]: cost === undefined ? undefined : cost.micros / 1_000_000,
    [Attr.costEstimated]: cost?.estimated === true ? true : undefined,
    [Attr.retries]: r.retries,
    [Attr.timeToFirstTokenMs]: r.timeToFirstTokenMs,
    [Attr.timeToFirstChunk]: r.timeToFirstTokenMs === undefined ? undefined : r.timeToFirstTokenMs / 1000,
    [Attr.outputMessages]: options.captureContent ? jsonOrUndefined(outputMessages(r)) : undefined
  })
}

/**
 * A counter of {@link metrics} narrowed to one series (label values are scrubbed of secrets).
 *
 * @since 0.1.0
 * @category metrics
 */
export const tagCounter = (metric: Counter, tags: Readonly<Record<string, string>>): Counter =>
  tagged(metric, tags, (labels) => Metric.taggedWithLabels(metric, labels))

/**
 * A histogram of {@link metrics} narrowed to one series.
 *
 * @since 0.1.0
 * @category metrics
 */
export const tagHistogram = (metric: Histogram, tags: Readonly<Record<string, string>>): Histogram =>
  tagged(metric, tags, (labels) => Metric.taggedWithLabels(metric, labels))

/**
 * Tagged series are built once per (metric, labels) and reused: tagging allocates and scrubs the
 * label values, which showed up in the benchmarks' profiles on every request. Bounded so a stream
 * of unusual model names cannot grow it without limit.
 */
const taggedCache = new WeakMap<object, Map<string, unknown>>()
const TAGGED_CACHE_LIMIT = 4096
const tagged = <M extends Counter | Histogram>(
  metric: M,
  tags: Readonly<Record<string, string>>,
  build: (labels: ReadonlyArray<MetricLabel.MetricLabel>) => M
): M => {
  let byLabels = taggedCache.get(metric)
  if (byLabels === undefined) {
    byLabels = new Map()
    taggedCache.set(metric, byLabels)
  }
  const cacheKey = JSON.stringify(tags)
  const hit = byLabels.get(cacheKey) as M | undefined
  if (hit !== undefined) return hit
  const labels = Object.entries(tags).map(([k, v]) => MetricLabel.make(k, redactString(v)))
  const metricKey = keys.get(metric)
  // A metric made here: the series of its own key tagged with the labels (the same registry entry
  // `Metric.taggedWithLabels` updates), of the same type as the metric it was made from.
  const built = metricKey !== undefined
    ? Metric.fromMetricKey(MetricKey.taggedWithLabels(metricKey, labels)) as unknown as M
    : build(labels)
  if (byLabels.size < TAGGED_CACHE_LIMIT) byLabels.set(cacheKey, built)
  return built
}

/**
 * Annotates the call's request span with the result and updates the metrics. Call it once per
 * logical request, inside `requestSpan` (or under `withinRequestSpan`); called elsewhere it
 * updates the metrics and annotates no span.
 *
 * @since 0.1.0
 * @category results
 */
export const recordResult = (r: ResultAttributes): Effect.Effect<void> =>
  Effect.withFiberRuntime((fiber) => {
    unsafeRecordResult(r, fiber)
    return Effect.void
  })

/**
 * {@link recordResult} done at once by a caller that holds the running fiber (the call pipeline,
 * which records in the same step as the rest of a call's end).
 *
 * @since 0.1.0
 * @category results
 */
export const unsafeRecordResult = (r: ResultAttributes, fiber: Fiber.RuntimeFiber<unknown, unknown>): void => {
  // Annotates the call's own span, never another: outside a request span (a finalizer that runs
  // after it ended) the user's enclosing span is left alone.
  const context = fiber.currentContext
  const options = Context.get(context, Telemetry)
  const parent = Context.getOption(context, Tracer.ParentSpan)
  if (Option.isSome(parent) && parent.value._tag === "Span" && requestSpans.has(parent.value)) {
    const request = parent.value
    for (const [key, value] of Object.entries(resultAttributes(r, options))) {
      setAttribute(request, key, value)
    }
  }
  if (options.metrics !== false) updateMetrics(r, fiber.getFiberRef(FiberRef.currentMetricLabels))
}

/**
 * The metric updates of one result, done at once (`unsafeUpdate` with the fiber's metric labels,
 * as `Metric.update` does each: one effect instead of one per series).
 */
const updateMetrics = (r: ResultAttributes, labels: ReadonlyArray<MetricLabel.MetricLabel>): void => {
  const series = seriesOf(r)
  const input = r.usage?.prompt_tokens
  const output = r.usage?.completion_tokens
  if (r.durationMs !== undefined) series.genAiDuration.unsafeUpdate(r.durationMs / 1000, labels)
  if (r.timeToFirstTokenMs !== undefined) series.genAiFirstChunk.unsafeUpdate(r.timeToFirstTokenMs / 1000, labels)
  if (typeof input === "number" && Number.isFinite(input) && input >= 0) series.genAiInput.unsafeUpdate(input, labels)
  // an embeddings call has no output tokens (its usage says 0): the conventions record input only
  if (r.operation !== "embeddings" && typeof output === "number" && Number.isFinite(output) && output >= 0) {
    series.genAiOutput.unsafeUpdate(output, labels)
  }
  if (typeof input === "number" && input > 0) series.inputTokens.unsafeUpdate(input, labels)
  if (typeof output === "number" && output > 0) series.outputTokens.unsafeUpdate(output, labels)
  const cost = costOf(r)
  if (cost !== undefined && cost.micros > 0) series.cost.unsafeUpdate(cost.micros, labels)
  series.requests.unsafeUpdate(1, labels)
  if (r.durationMs !== undefined) series.duration.unsafeUpdate(r.durationMs, labels)
  if (r.timeToFirstTokenMs !== undefined) series.firstToken.unsafeUpdate(r.timeToFirstTokenMs, labels)
  if (r.retries !== undefined && r.retries > 0) series.retries.unsafeUpdate(r.retries, labels)
}

/**
 * `error.type`: the typed error's tag; `_OTHER` for a failure without one. An interrupted call
 * (the caller stopped it) has none.
 */
const errorTypeOf = (r: ResultAttributes): string | undefined =>
  r.errorTag !== undefined ? r.errorTag : r.outcome === "error" ? "_OTHER" : undefined

/** Every series one result updates: they depend only on the labels below, so they are built once. */
interface ResultSeries {
  readonly genAiDuration: Histogram
  readonly genAiFirstChunk: Histogram
  readonly genAiInput: Histogram
  readonly genAiOutput: Histogram
  readonly inputTokens: Counter
  readonly outputTokens: Counter
  readonly cost: Counter
  readonly requests: Counter
  readonly duration: Histogram
  readonly firstToken: Histogram
  readonly retries: Counter
}

const seriesCache = new Map<string, ResultSeries>()

const seriesOf = (r: ResultAttributes): ResultSeries => {
  const operation = r.operation ?? "chat"
  const errorType = errorTypeOf(r)
  const key = `${operation}\u0000${r.requestedModel}\u0000${r.responseModel ?? ""}\u0000${r.outcome}\u0000${errorType ?? ""}`
  const hit = seriesCache.get(key)
  if (hit !== undefined) return hit
  const base: Record<string, string> = {
    [Attr.operation]: operation,
    [Attr.providerName]: "openrouter",
    [Attr.requestModel]: r.requestedModel,
    ...(r.responseModel !== undefined ? { [Attr.responseModel]: r.responseModel } : {})
  }
  const model = { [Attr.requestModel]: r.responseModel ?? r.requestedModel }
  const tokenUsage = (type: "input" | "output") =>
    tagHistogram(genAiMetrics.tokenUsage, { ...base, [Attr.tokenType]: type, unit: genAiUnits.tokenUsage })
  const series: ResultSeries = {
    genAiDuration: tagHistogram(genAiMetrics.operationDuration, {
      ...base,
      ...(errorType !== undefined ? { [Attr.errorType]: errorType } : {}),
      unit: genAiUnits.operationDuration
    }),
    genAiFirstChunk: tagHistogram(genAiMetrics.timeToFirstChunk, { ...base, unit: genAiUnits.timeToFirstChunk }),
    genAiInput: tokenUsage("input"),
    genAiOutput: tokenUsage("output"),
    inputTokens: tagCounter(metrics.tokens, { ...model, [Attr.tokenType]: "input" }),
    outputTokens: tagCounter(metrics.tokens, { ...model, [Attr.tokenType]: "output" }),
    cost: tagCounter(metrics.costMicros, model),
    requests: tagCounter(metrics.requests, { ...model, [Attr.outcome]: r.outcome }),
    duration: tagHistogram(metrics.requestDuration, model),
    firstToken: tagHistogram(metrics.timeToFirstToken, model),
    retries: tagCounter(metrics.retries, model)
  }
  // bounded like the tagged series: unusual model names cannot grow it without limit
  if (seriesCache.size < TAGGED_CACHE_LIMIT) seriesCache.set(key, series)
  return series
}

/**
 * Counts a local rejection (`CircuitOpenError`, `RateLimitExceededError`, `BudgetExceededError`…).
 *
 * @since 0.1.0
 * @category results
 */
export const recordRejection = (kind: string, model: string): Effect.Effect<void> =>
  whenMetrics(() => Metric.increment(tagCounter(metrics.rejections, { [Attr.requestModel]: model, "openrouter.rejection": kind })))

/** `update()` when the metrics are on ({@link Options}), else nothing. */
const whenMetrics = (update: () => Effect.Effect<void>): Effect.Effect<void> =>
  Effect.withFiberRuntime((fiber) => (Context.get(fiber.currentContext, Telemetry).metrics !== false ? update() : Effect.void))

/**
 * Counts a circuit-breaker state change.
 *
 * @since 0.1.0
 * @category results
 */
export const recordBreakerTransition = (key: string, from: string, to: string): Effect.Effect<void> =>
  whenMetrics(() =>
    Metric.increment(
      tagCounter(metrics.breakerTransitions, {
        "openrouter.breaker.key": key,
        "openrouter.breaker.from": from,
        "openrouter.breaker.to": to
      })
    )
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
