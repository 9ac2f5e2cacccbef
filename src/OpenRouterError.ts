/**
 * Every failure the client can produce, as `Schema.TaggedError` classes users can match on with
 * `Effect.catchTag`, plus the one classifier that turns HTTP errors, 200-with-error bodies and
 * mid-stream error chunks into those tags.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"
import { apiErrorTypes } from "./ChatCompletion.js"
import { AttemptRecord, PartialCompletion } from "./ChatResult.js"
import { redactDeep, redactString } from "./internal/redact.js"
import { openLiteral } from "./internal/schema.js"

// =============================================================================
// Shared fields
// =============================================================================

/**
 * Rate-limit headers (`X-RateLimit-*`) as numbers. `resetAt` is epoch milliseconds.
 *
 * @since 0.1.0
 * @category models
 */
export const RateLimitInfo = Schema.Struct({
  limit: Schema.optional(Schema.Number),
  remaining: Schema.optional(Schema.Number),
  resetAt: Schema.optional(Schema.Number)
})
/** @since 0.1.0 @category models */
export type RateLimitInfo = typeof RateLimitInfo.Type

const JsonObject = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * One attempt of a logical call (defined beside the call's result in `ChatResult`, re-exported
 * here where the errors carry it).
 *
 * @since 0.1.0
 * @category models
 */
export { AttemptRecord } from "./ChatResult.js"

/**
 * The kinds of failure the classifier recognises. OpenRouter's own codes where it has one: the
 * `error_type` values of its spec (`ApiErrorType`) and the `error.availability.code` values of its
 * docs; then the kinds it only tells through metadata or prose (`guardrail`: a guardrail blocked
 * the request, seen in `openrouter_metadata.pipeline` or the "Request blocked" message;
 * `moderation`: a provider's moderation flagged the input; `no_allowed_providers`: the account's
 * or request's provider restrictions exclude every provider of the model); then the kinds of the
 * local errors.
 *
 * @since 0.1.0
 * @category models
 */
export const knownErrorKinds = [
  // OpenRouter `error_type` (spec `ApiErrorType`)
  ...apiErrorTypes,
  // OpenRouter `error.availability.code`
  "model_not_found",
  "wrong_endpoint",
  "no_endpoints",
  "model_deprecated",
  "model_unavailable_upstream",
  "capacity_exhausted",
  "temporarily_unavailable",
  "region_restricted",
  "privacy_restricted",
  "constraint_filtered",
  "free_variant_ended",
  // told only by metadata or message
  "guardrail",
  "moderation",
  "no_allowed_providers",
  "content_filter",
  // local
  "size_limit",
  "malformed_response",
  "transport",
  "circuit_open",
  "client_rate_limit",
  "bulkhead_full",
  "budget_exceeded",
  "all_candidates_failed",
  "config"
] as const

/**
 * One of {@link knownErrorKinds}.
 *
 * @since 0.1.0
 * @category models
 */
export type KnownErrorKind = typeof knownErrorKinds[number]

/**
 * The kind of an error: one of {@link knownErrorKinds}, or any other string OpenRouter sent as
 * `error_type` or `availability.code` (kept as it came, never dropped).
 *
 * @since 0.1.0
 * @category models
 */
export const ErrorKind = openLiteral(...knownErrorKinds)
/** @since 0.1.0 @category models */
export type ErrorKind = typeof ErrorKind.Type

/** `kind` of an error from OpenRouter, with the class's default when constructed directly. */
const kindOr = (fallback: KnownErrorKind) => Schema.optionalWith(ErrorKind, { default: () => fallback })

/** `kind` of a local error: always the same literal. */
const fixedKind = <K extends KnownErrorKind>(kind: K) =>
  Schema.optionalWith(Schema.Literal(kind), { default: () => kind })

/** Every attempt of the call that failed with this error (set by the pipeline). */
const attempts = Schema.optional(Schema.Array(AttemptRecord))

/**
 * Fields every error that came from OpenRouter (an HTTP status, a 200 body with `error`, or an
 * SSE error chunk) carries.
 */
const ApiFields = {
  message: Schema.String,
  /** HTTP status of the response, or the `error.code` of a mid-stream error. */
  status: Schema.optional(Schema.Number),
  /** OpenRouter's `error.code` as sent (a number, sometimes a string). */
  code: Schema.optional(Schema.Union(Schema.Number, Schema.String)),
  /** `error.metadata.error_type` (or `error.error_type`). */
  errorType: Schema.optional(Schema.String),
  /** `error.metadata` verbatim (secrets scrubbed). */
  metadata: Schema.optional(JsonObject),
  /** `error.metadata.provider_name`. */
  providerName: Schema.optional(Schema.NullOr(Schema.String)),
  /** Raw provider error text from `error.metadata.raw`. */
  providerRaw: Schema.optional(Schema.Unknown),
  /** `error.availability` verbatim, when present. */
  availability: Schema.optional(JsonObject),
  /** Generation id from `X-Generation-Id` or the body `id`. */
  generationId: Schema.optional(Schema.String),
  /** Model the failing request was for. */
  model: Schema.optional(Schema.String),
  /** Retry hint from `retry-after-ms`, `Retry-After` or `availability.retry_after`. */
  retryAfter: Schema.optional(Schema.DurationFromMillis),
  /** `x-should-retry` header, when the server sent one. */
  shouldRetry: Schema.optional(Schema.Boolean),
  /** `X-RateLimit-*` headers (or `metadata.headers`). */
  rateLimit: Schema.optional(RateLimitInfo),
  /** Response headers (never contains request secrets). */
  headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
  /**
   * The whole parsed error body (or error chunk) as received, secrets scrubbed: `error`,
   * `user_id`, `openrouter_metadata` and any field OpenRouter adds.
   */
  body: Schema.optional(Schema.Unknown),
  /** The top-level `openrouter_metadata` of the body (routing, guardrail pipeline), when sent. */
  openrouterMetadata: Schema.optional(JsonObject),
  /**
   * A 200 whose choice failed after content was generated (JSON wire): the completion as received
   * (text, tool calls, reasoning, usage; `raw` the decoded body). That output was billed, so
   * `mayHaveBeenBilled` is `true` and the call is not retried by default.
   */
  partial: Schema.optional(PartialCompletion),
  attempts
}

type ApiFieldsType = Schema.Struct.Type<typeof ApiFields>

const retryableBy = (self: { readonly shouldRetry?: boolean | undefined }, fallback: boolean): boolean =>
  self.shouldRetry === undefined ? fallback : self.shouldRetry

// =============================================================================
// Errors from OpenRouter
// =============================================================================

/**
 * 401: missing, invalid or disabled key. Never retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class AuthenticationError extends Schema.TaggedError<AuthenticationError>()("AuthenticationError", {
  ...ApiFields,
  kind: kindOr("authentication")
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * 402: the balance or key limit cannot cover the request. Retryable only for the in-flight
 * budget case (`limit_source: openrouter_in_flight_budget` with a retry hint).
 *
 * @since 0.1.0
 * @category errors
 */
export class InsufficientCreditsError
  extends Schema.TaggedError<InsufficientCreditsError>()("InsufficientCreditsError", {
    ...ApiFields,
    kind: kindOr("payment_required")
  })
{
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return this.metadata?.["limit_source"] === "openrouter_in_flight_budget" && this.retryAfter !== undefined
  }
}

/**
 * 403 moderation flag, or a `content_filter` finish. Carries the flagged input and reasons.
 *
 * @since 0.1.0
 * @category errors
 */
export class ContentPolicyError extends Schema.TaggedError<ContentPolicyError>()("ContentPolicyError", {
  ...ApiFields,
  kind: kindOr("content_policy_violation"),
  reasons: Schema.optional(Schema.Array(Schema.String)),
  flaggedInput: Schema.optional(Schema.String)
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * Other 403: guardrail block, management-key-only endpoint, key or workspace budget, region.
 *
 * @since 0.1.0
 * @category errors
 */
export class PermissionDeniedError
  extends Schema.TaggedError<PermissionDeniedError>()("PermissionDeniedError", {
    ...ApiFields,
    kind: kindOr("permission_denied")
  })
{
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * 400 context-length / max-tokens overflow, or the local pre-send check. Carries every number the
 * message states: the limit, the requested total and its parts (text input, tool input, output).
 *
 * @since 0.1.0
 * @category errors
 */
export class ContextLengthError extends Schema.TaggedError<ContextLengthError>()("ContextLengthError", {
  ...ApiFields,
  kind: kindOr("context_length_exceeded"),
  /** The model's (endpoint's) maximum context length in tokens. */
  maxContext: Schema.optional(Schema.Number),
  /** The total the request asked for (input + output). */
  requestedTokens: Schema.optional(Schema.Number),
  /** Tokens of text input (OpenRouter: `N of text input`; OpenAI: `N in the messages`). */
  textInputTokens: Schema.optional(Schema.Number),
  /** Tokens of tool definitions (OpenRouter: `N of tool input`; OpenAI: `N in the functions`). */
  toolInputTokens: Schema.optional(Schema.Number),
  /** Tokens reserved for the output (OpenRouter: `N in the output`; OpenAI: `N in the completion`). */
  outputTokens: Schema.optional(Schema.Number)
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * Other 400 / 413 / 422, and requests refused locally before sending (bad model id, bad input).
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidRequestError extends Schema.TaggedError<InvalidRequestError>()("InvalidRequestError", {
  ...ApiFields,
  kind: kindOr("invalid_request"),
  /** What was wrong, for local validation failures (e.g. `model`, `messages[2].content`). */
  field: Schema.optional(Schema.String)
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return retryableBy(this, false)
  }
}

/**
 * Unknown model, or no endpoint that supports the request's parameters: a 404 of a request that
 * named a model (or whose message says a model or endpoint was not found), a 400 "… is not a
 * valid model ID", and the model availability codes (`no_endpoints`, `model_deprecated`, …).
 *
 * @since 0.1.0
 * @category errors
 */
export class ModelNotFoundError extends Schema.TaggedError<ModelNotFoundError>()("ModelNotFoundError", {
  ...ApiFields,
  kind: kindOr("model_not_found")
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * 404 on a resource that is not a model: a generation not (yet) recorded (`GET /generation`), a
 * key, workspace, guardrail or video job that does not exist, an unknown route, an image the
 * request points at (`image_not_found`). A request that named a model gets
 * {@link ModelNotFoundError} instead. Not retried (poll with your own schedule where the resource
 * appears late, as `/generation` does).
 *
 * @since 0.2.0
 * @category errors
 */
export class NotFoundError extends Schema.TaggedError<NotFoundError>()("NotFoundError", {
  ...ApiFields,
  kind: kindOr("not_found")
}) {
  /** @since 0.2.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * 429 from OpenRouter or the upstream provider. Retryable, honouring `retryAfter`, except the
 * daily free-model cap.
 *
 * @since 0.1.0
 * @category errors
 */
export class RateLimitError extends Schema.TaggedError<RateLimitError>()("RateLimitError", {
  ...ApiFields,
  kind: kindOr("rate_limit_exceeded")
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    const source = this.metadata?.["limit_source"]
    if (source === "openrouter_free_tier_daily" || /free-models-per-day/.test(this.message)) return false
    return retryableBy(this, true)
  }
}

/**
 * 500 / 502 / 504 / 524 / 529 and unknown 5xx: the provider failed or returned garbage.
 *
 * @since 0.1.0
 * @category errors
 */
export class ProviderError extends Schema.TaggedError<ProviderError>()("ProviderError", {
  ...ApiFields,
  kind: kindOr("provider_unavailable")
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return retryableBy(this, true)
  }
}

/**
 * 503: no provider meets the routing requirements, or all are overloaded.
 *
 * @since 0.1.0
 * @category errors
 */
export class NoProviderAvailableError
  extends Schema.TaggedError<NoProviderAvailableError>()("NoProviderAvailableError", {
    ...ApiFields,
    kind: kindOr("provider_overloaded")
  })
{
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    const retryable = this.availability?.["retryable"]
    return retryableBy(this, typeof retryable === "boolean" ? retryable : true)
  }
}

// =============================================================================
// Local errors
// =============================================================================

/**
 * Which limit fired.
 *
 * @since 0.1.0
 * @category models
 */
export const TimeoutKind = Schema.Literal("server", "headers", "idle", "attempt", "firstContent", "deadline")
/** @since 0.1.0 @category models */
export type TimeoutKind = typeof TimeoutKind.Type

/**
 * A 408 from the server, or a local limit: `headers`, `idle`, `attempt`, `firstContent`,
 * `deadline`. Retryable except `deadline`.
 *
 * @since 0.1.0
 * @category errors
 */
export class TimeoutError extends Schema.TaggedError<TimeoutError>()("TimeoutError", {
  ...ApiFields,
  kind: TimeoutKind,
  timeout: Schema.optional(Schema.DurationFromMillis)
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return this.kind !== "deadline"
  }
}

/**
 * The network failed (refused, reset, DNS, TLS). `sent` says whether the request body may have
 * reached the server (and so may be billed).
 *
 * @since 0.1.0
 * @category errors
 */
export class TransportError extends Schema.TaggedError<TransportError>()("TransportError", {
  kind: fixedKind("transport"),
  message: Schema.String,
  sent: Schema.Boolean,
  model: Schema.optional(Schema.String),
  generationId: Schema.optional(Schema.String),
  attempts
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return true
  }
}

/**
 * Which way a response was malformed: `malformed_response` (not JSON, or not the expected shape)
 * or `size_limit` (an SSE line or event over `limits.maxEventBytes`, a body over
 * `limits.maxBodyBytes`).
 *
 * @since 0.1.0
 * @category models
 */
export const MalformedKind = Schema.Literal("malformed_response", "size_limit")
/** @since 0.1.0 @category models */
export type MalformedKind = typeof MalformedKind.Type

/**
 * A response body that is not JSON or does not match the wire schema, or one that broke a size
 * limit. Carries a bounded excerpt. A 2xx body that cannot be parsed is treated like a bad
 * gateway (retryable); a response over a size limit is not retried (it would break the limit
 * again, and each try may be billed).
 *
 * @since 0.1.0
 * @category errors
 */
export class MalformedResponseError extends Schema.TaggedError<MalformedResponseError>()("MalformedResponseError", {
  kind: Schema.optionalWith(MalformedKind, { default: () => "malformed_response" as const }),
  message: Schema.String,
  status: Schema.optional(Schema.Number),
  excerpt: Schema.String,
  generationId: Schema.optional(Schema.String),
  model: Schema.optional(Schema.String),
  attempts
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    if (this.kind === "size_limit") return false
    return this.status === undefined || (this.status >= 200 && this.status < 300) || this.status >= 500
  }
}

/**
 * What can end a stream after its commit point: an error chunk or an HTTP-level error of the body
 * (the same tagged error that status produces on a request, with status, code, provider, message
 * and retry-after), a timeout (idle, deadline), the network, or bad data.
 *
 * @since 0.1.0
 * @category errors
 */
export type InterruptReason = ApiError | TransportError | MalformedResponseError

/**
 * The schema of {@link InterruptReason}.
 *
 * @since 0.1.0
 * @category errors
 */
export const InterruptReason: Schema.Schema<InterruptReason, Schema.Schema.Encoded<typeof InterruptReasonUnion>> = Schema
  .suspend(() => InterruptReasonUnion)

/**
 * A stream failed after its first content event reached the consumer (the commit point). It is
 * never retried or fallen back from; `partial` holds everything received so far (normalized, and
 * as `raw` in the JSON wire's shape) and `reason` the typed error that ended it, whose message is
 * also this error's message.
 *
 * Constructed with validation off by the pipeline: `partial` is a fold of chunks that were each
 * decoded already.
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamInterrupted extends Schema.TaggedError<StreamInterrupted>()("StreamInterrupted", {
  message: Schema.String,
  /** The completion folded up to the failure. */
  partial: PartialCompletion,
  /** The error that ended the stream. */
  reason: InterruptReason,
  generationId: Schema.optional(Schema.String),
  model: Schema.optional(Schema.String),
  attempts
}) {
  /** The kind of the error that ended the stream (`reason.kind`). @since 0.1.0 */
  get kind(): InterruptReason["kind"] {
    return this.reason.kind
  }
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * The circuit for `key` (a model) is open or its half-open probe is in flight.
 *
 * @since 0.1.0
 * @category errors
 */
export class CircuitOpenError extends Schema.TaggedError<CircuitOpenError>()("CircuitOpenError", {
  kind: fixedKind("circuit_open"),
  message: Schema.String,
  key: Schema.String,
  state: Schema.Literal("open", "half-open", "isolated"),
  retryAfter: Schema.optional(Schema.DurationFromMillis),
  attempts
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * The client-side rate limiter refused (or would wait longer than `maxWait`).
 *
 * @since 0.1.0
 * @category errors
 */
export class RateLimitExceededError extends Schema.TaggedError<RateLimitExceededError>()("RateLimitExceededError", {
  kind: fixedKind("client_rate_limit"),
  message: Schema.String,
  key: Schema.String,
  limit: Schema.Literal("rpm", "tpm", "paused"),
  retryAfter: Schema.optional(Schema.DurationFromMillis),
  attempts
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * The bulkhead's concurrency limit and queue are full.
 *
 * @since 0.1.0
 * @category errors
 */
export class BulkheadFullError extends Schema.TaggedError<BulkheadFullError>()("BulkheadFullError", {
  kind: fixedKind("bulkhead_full"),
  message: Schema.String,
  maxConcurrent: Schema.Number,
  maxQueue: Schema.Number,
  attempts
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * The spend budget would be exceeded: refused before any HTTP request. Amounts are micro-USD.
 *
 * @since 0.1.0
 * @category errors
 */
export class BudgetExceededError extends Schema.TaggedError<BudgetExceededError>()("BudgetExceededError", {
  kind: fixedKind("budget_exceeded"),
  message: Schema.String,
  scope: Schema.String,
  limitMicros: Schema.Number,
  spentMicros: Schema.Number,
  reservedMicros: Schema.Number,
  estimateMicros: Schema.optional(Schema.Number),
  /** Set when the model has no known price and `allowUnpriced` is off. */
  unpriced: Schema.optional(Schema.Boolean),
  resetsAt: Schema.optional(Schema.Number),
  attempts
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * Every fallback candidate failed or was unavailable. `failures` lists each candidate's last
 * error; `retryAfter` is the soonest time any candidate may accept again (when known).
 *
 * @since 0.1.0
 * @category errors
 */
export class AllCandidatesFailedError extends Schema.TaggedError<AllCandidatesFailedError>()(
  "AllCandidatesFailedError",
  {
    kind: fixedKind("all_candidates_failed"),
    message: Schema.String,
    failures: Schema.Array(Schema.Struct({ model: Schema.String, error: Schema.Unknown })),
    retryAfter: Schema.optional(Schema.DurationFromMillis),
    attempts
  }
) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * Configuration is missing or invalid (e.g. no `OPENROUTER_API_KEY`, a non-HTTPS base URL).
 *
 * @since 0.1.0
 * @category errors
 */
export class ConfigError extends Schema.TaggedError<ConfigError>()("ConfigError", {
  kind: fixedKind("config"),
  message: Schema.String,
  variable: Schema.optional(Schema.String)
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * Errors produced by OpenRouter itself (HTTP status, error body or error chunk).
 *
 * @since 0.1.0
 * @category errors
 */
export type ApiError =
  | AuthenticationError
  | InsufficientCreditsError
  | ContentPolicyError
  | PermissionDeniedError
  | ContextLengthError
  | InvalidRequestError
  | ModelNotFoundError
  | NotFoundError
  | RateLimitError
  | ProviderError
  | NoProviderAvailableError
  | TimeoutError

const InterruptReasonUnion = Schema.Union(
  AuthenticationError,
  InsufficientCreditsError,
  ContentPolicyError,
  PermissionDeniedError,
  ContextLengthError,
  InvalidRequestError,
  ModelNotFoundError,
  NotFoundError,
  RateLimitError,
  ProviderError,
  NoProviderAvailableError,
  TimeoutError,
  TransportError,
  MalformedResponseError
)

/**
 * Every error a call through the `OpenRouter` service can fail with.
 *
 * @since 0.1.0
 * @category errors
 */
export type OpenRouterError =
  | ApiError
  | TransportError
  | MalformedResponseError
  | StreamInterrupted
  | CircuitOpenError
  | RateLimitExceededError
  | BulkheadFullError
  | BudgetExceededError
  | AllCandidatesFailedError
  | ConfigError

/**
 * A copy of the error carrying the attempts log of the call (same class, same fields).
 *
 * @since 0.1.0
 * @category constructors
 */
export const withAttempts = <E extends OpenRouterError>(error: E, log: ReadonlyArray<AttemptRecord>): E => {
  if (error._tag === "ConfigError") return error
  const copy: E = Object.create(Object.getPrototypeOf(error), Object.getOwnPropertyDescriptors(error))
  Object.defineProperty(copy, "attempts", { value: [...log], enumerable: true, writable: false, configurable: true })
  return copy
}

/**
 * Whether a value is one of this library's errors.
 *
 * @since 0.1.0
 * @category guards
 */
export const isOpenRouterError = (u: unknown): u is OpenRouterError =>
  typeof u === "object" && u !== null && "_tag" in u && "isRetryable" in u &&
  typeof (u as { readonly _tag: unknown })._tag === "string" && ERROR_TAGS.has((u as { readonly _tag: string })._tag)

const ERROR_TAGS = new Set([
  "AuthenticationError",
  "InsufficientCreditsError",
  "ContentPolicyError",
  "PermissionDeniedError",
  "ContextLengthError",
  "InvalidRequestError",
  "ModelNotFoundError",
  "NotFoundError",
  "RateLimitError",
  "ProviderError",
  "NoProviderAvailableError",
  "TimeoutError",
  "TransportError",
  "MalformedResponseError",
  "StreamInterrupted",
  "CircuitOpenError",
  "RateLimitExceededError",
  "BulkheadFullError",
  "BudgetExceededError",
  "AllCandidatesFailedError",
  "ConfigError"
])

/**
 * Whether the error is worth retrying (the retry policy's rule).
 *
 * @since 0.1.0
 * @category predicates
 */
export const isRetryable = (error: unknown): boolean =>
  isOpenRouterError(error) ? error.isRetryable : false

/**
 * Whether the request behind this error may have been billed: anything that failed after the
 * request may have started generating.
 *
 * @since 0.1.0
 * @category predicates
 */
export const mayHaveBeenBilled = (error: unknown): boolean => {
  if (!isOpenRouterError(error)) return false
  // Output was generated before the failure (a 200 whose choice ended with an error).
  if ("partial" in error && error.partial !== undefined) return true
  switch (error._tag) {
    case "TransportError":
      return error.sent
    case "TimeoutError":
      return error.kind !== "server"
    case "StreamInterrupted":
      return true
    case "MalformedResponseError":
      return error.status !== undefined && error.status < 300
    default:
      return false
  }
}

// =============================================================================
// Header parsing
// =============================================================================

/**
 * Reads a header case-insensitively from a plain record.
 *
 * @since 0.1.0
 * @category headers
 */
export const header = (headers: Readonly<Record<string, string>> | undefined, name: string): string | undefined => {
  if (headers === undefined) return undefined
  const direct = headers[name] ?? headers[name.toLowerCase()]
  if (direct !== undefined) return direct
  const lower = name.toLowerCase()
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === lower) return headers[key]
  }
  return undefined
}

/**
 * Parses the retry hint: `retry-after-ms` (float milliseconds) first, then `Retry-After` as
 * delay-seconds (decimals accepted) or an HTTP-date measured against `nowMillis` and clamped at
 * 0. Unparseable values are ignored.
 *
 * @since 0.1.0
 * @category headers
 */
export const parseRetryAfter = (
  headers: Readonly<Record<string, string>> | undefined,
  nowMillis: number
): Duration.Duration | undefined => {
  const ms = header(headers, "retry-after-ms")
  if (ms !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(ms)) {
    return Duration.millis(Math.max(0, Number(ms)))
  }
  const ra = header(headers, "retry-after")
  if (ra === undefined) return undefined
  const trimmed = ra.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Duration.millis(Math.round(Number(trimmed) * 1000))
  if (/^[A-Za-z]{3},/.test(trimmed) || /GMT$/.test(trimmed)) {
    const at = Date.parse(trimmed)
    if (!Number.isNaN(at)) return Duration.millis(Math.max(0, at - nowMillis))
  }
  return undefined
}

const toNumber = (value: unknown): number | undefined => {
  if (typeof value === "number" && Number.isFinite(value)) return value
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value)
  return undefined
}

/**
 * Reads `X-RateLimit-Limit/Remaining/Reset` from headers or from `error.metadata.headers`.
 *
 * @since 0.1.0
 * @category headers
 */
export const parseRateLimit = (
  headers: Readonly<Record<string, string>> | undefined,
  metadataHeaders?: unknown
): RateLimitInfo | undefined => {
  const meta = isRecord(metadataHeaders) ? metadataHeaders : undefined
  const pick = (name: string) => toNumber(header(headers, name) ?? (meta ? findKey(meta, name) : undefined))
  const limit = pick("x-ratelimit-limit")
  const remaining = pick("x-ratelimit-remaining")
  const resetAt = pick("x-ratelimit-reset")
  if (limit === undefined && remaining === undefined && resetAt === undefined) return undefined
  return {
    ...(limit !== undefined ? { limit } : {}),
    ...(remaining !== undefined ? { remaining } : {}),
    ...(resetAt !== undefined ? { resetAt } : {})
  }
}

const findKey = (record: Record<string, unknown>, name: string): unknown => {
  for (const key of Object.keys(record)) if (key.toLowerCase() === name) return record[key]
  return undefined
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

// =============================================================================
// Classifier
// =============================================================================

/**
 * What the classifier looks at.
 *
 * @since 0.1.0
 * @category classifier
 */
export interface ClassifyInput {
  /** HTTP status (200 for errors inside a successful response). */
  readonly status: number
  /** The `error` object of the body or chunk, or the whole parsed body. */
  readonly body?: unknown
  /** The raw body text, when it was not JSON. */
  readonly text?: string | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
  readonly generationId?: string | undefined
  readonly model?: string | undefined
  /** Epoch milliseconds from the Effect `Clock`, for HTTP-date `Retry-After`. */
  readonly nowMillis?: number | undefined
}

const CONTEXT_KEYS = ["maxContext", "requestedTokens", "textInputTokens", "toolInputTokens", "outputTokens"] as const
type ContextKey = typeof CONTEXT_KEYS[number]
/** The numbers of a context-length message (each format states a different subset). */
type ContextNumbers = { [K in ContextKey]?: number }
type ContextFound = { readonly [K in ContextKey]?: number | undefined }

const num = (m: RegExpExecArray | null, i = 1): number | undefined => {
  const text = m?.[i]
  return text === undefined ? undefined : Number(text.replace(/,/g, ""))
}

const N = "(\\d[\\d,]*)"
const re = (source: string) => new RegExp(source, "i")
const MAX_CONTEXT = re(`maximum context length is ${N} tokens`)
const REQUESTED = re(`(?:requested(?: about)?|resulted in) ${N} tokens`)
const TEXT_INPUT = re(`${N} (?:of text input|in the messages)`)
const TOOL_INPUT = re(`${N} (?:of tool input|in the functions)`)
const OUTPUT = re(`${N} (?:in the output|in the completion)`)
const ANTHROPIC_LIMIT = re(`exceed context limit: ${N} \\+ ${N} > ${N}`)
const ANTHROPIC_PROMPT = re(`prompt is too long: ${N} tokens > ${N} maximum`)
const GEMINI_COUNT = re(`input token count \\(${N}\\) exceeds the maximum number of tokens allowed \\(${N}\\)`)

/** Formats that carry numbers, each mapped onto the fields it states. */
const CONTEXT_FORMATS: ReadonlyArray<(message: string) => ContextFound | undefined> = [
  // OpenRouter pre-flight: "This endpoint's maximum context length is M tokens. However, you
  // requested about R tokens (T of text input, U of tool input, O in the output)."
  // OpenAI: "This model's maximum context length is M tokens. However, you requested R tokens
  // (T in the messages, U in the functions, O in the completion)." / "… your messages resulted in R tokens"
  (message) => {
    const max = MAX_CONTEXT.exec(message)
    if (max === null) return undefined
    return {
      maxContext: num(max),
      requestedTokens: num(REQUESTED.exec(message)),
      textInputTokens: num(TEXT_INPUT.exec(message)),
      toolInputTokens: num(TOOL_INPUT.exec(message)),
      outputTokens: num(OUTPUT.exec(message))
    }
  },
  // Anthropic: "input length and `max_tokens` exceed context limit: I + O > M"
  (message) => {
    const m = ANTHROPIC_LIMIT.exec(message)
    if (m === null) return undefined
    const input = num(m, 1)
    const output = num(m, 2)
    return {
      maxContext: num(m, 3),
      textInputTokens: input,
      outputTokens: output,
      requestedTokens: input !== undefined && output !== undefined ? input + output : undefined
    }
  },
  // Anthropic: "prompt is too long: R tokens > M maximum"
  (message) => {
    const m = ANTHROPIC_PROMPT.exec(message)
    return m === null ? undefined : { requestedTokens: num(m, 1), maxContext: num(m, 2) }
  },
  // Gemini: "The input token count (R) exceeds the maximum number of tokens allowed (M)"
  (message) => {
    const m = GEMINI_COUNT.exec(message)
    return m === null ? undefined : { requestedTokens: num(m, 1), maxContext: num(m, 2) }
  }
]

/** Wordings without numbers that still mean a context overflow. */
const CONTEXT_WORDS =
  /context[_ ]length[_ ]exceeded|context window|too many tokens|maximum context length|reduce the length of the messages/i

/**
 * Every number of a context-length message, or `undefined` when the message is not about the
 * context length. Absent numbers stay absent.
 */
const parseContext = (message: string): ContextNumbers | undefined => {
  for (const format of CONTEXT_FORMATS) {
    const found = format(message)
    if (found === undefined) continue
    const out: ContextNumbers = {}
    for (const key of CONTEXT_KEYS) {
      const value = found[key]
      if (value !== undefined && Number.isFinite(value)) out[key] = value
    }
    return out
  }
  return CONTEXT_WORDS.test(message) ? {} : undefined
}

/** Wordings that say the model, or an endpoint serving it, does not exist. */
const MODEL_NOT_FOUND = /model.*(not (a )?valid|not found|does not exist)|no endpoints? found/i

const CONTEXT_TYPES = new Set(["context_length_exceeded", "max_tokens_exceeded", "token_limit_exceeded"])
const CONTENT_POLICY_TYPES = new Set(["content_policy_violation", "moderation", "content_filter", "refusal"])

/**
 * Extracts the `error` object from a body: `{ error: {...} }`, or the error object itself.
 *
 * @since 0.1.0
 * @category classifier
 */
export const errorObject = (body: unknown): Record<string, unknown> | undefined => {
  if (!isRecord(body)) return undefined
  if (isRecord(body["error"])) return body["error"]
  if (typeof body["message"] === "string") return body
  return undefined
}

/** The kind an HTTP status means when nothing more specific was sent. */
const statusKind = (status: number): ErrorKind => {
  switch (status) {
    case 400:
      return "invalid_request"
    case 401:
      return "authentication"
    case 402:
      return "payment_required"
    case 403:
      return "permission_denied"
    case 404:
      return "not_found"
    case 408:
    case 504:
    case 524:
      return "timeout"
    case 412:
      return "precondition_failed"
    case 413:
      return "payload_too_large"
    case 422:
      return "unprocessable"
    case 429:
      return "rate_limit_exceeded"
    case 502:
      return "provider_unavailable"
    case 503:
    case 529:
      return "provider_overloaded"
  }
  return status >= 500 ? "server" : "unmapped"
}

/** Whether `openrouter_metadata.pipeline` shows a guardrail stage that blocked the request. */
const guardrailBlocked = (openrouterMetadata: Record<string, unknown> | undefined): boolean => {
  const pipeline = openrouterMetadata?.["pipeline"]
  if (!Array.isArray(pipeline)) return false
  return pipeline.some((stage) => {
    if (!isRecord(stage) || stage["type"] !== "guardrail") return false
    const data = stage["data"]
    return isRecord(data) && (data["action"] === "blocked" || data["blocked"] === true)
  })
}

/**
 * The kind of an OpenRouter error, most specific first: the availability code; a guardrail block
 * (`openrouter_metadata.pipeline`, or "Request blocked" on a 403); a moderation flag (`reasons` /
 * `flagged_input`, or the moderation wording on a 403); the routing failures OpenRouter states only
 * in prose ("No allowed providers…", "No endpoints found…", "… is not a valid model ID"); the
 * `error_type` as sent (unknown values kept); a context-length message; the status.
 */
const kindOf = (input: {
  readonly status: number
  readonly message: string
  readonly errorType: string | undefined
  readonly availabilityCode: string | undefined
  readonly metadata: Record<string, unknown> | undefined
  readonly openrouterMetadata: Record<string, unknown> | undefined
}): ErrorKind => {
  const { errorType, message, metadata, status } = input
  if (input.availabilityCode !== undefined && input.availabilityCode !== "") return input.availabilityCode
  if (guardrailBlocked(input.openrouterMetadata)) return "guardrail"
  if (status === 403 && /^request blocked\b/i.test(message)) return "guardrail"
  if (metadata !== undefined && ("reasons" in metadata || "flagged_input" in metadata)) return "moderation"
  if (status === 403 && /requires moderation|input was flagged/i.test(message)) return "moderation"
  if (/no allowed providers/i.test(message)) return "no_allowed_providers"
  if (/no endpoints found/i.test(message)) return "no_endpoints"
  if (/is not a valid model id/i.test(message)) return "model_not_found"
  if (errorType !== undefined && errorType !== "") return errorType
  if (status < 500 && parseContext(message) !== undefined) return "context_length_exceeded"
  return statusKind(status)
}

/**
 * Maps an error response (any status, any body) onto a tag: by `error_type` / code first, then
 * the status, then message patterns. Messages and metadata are scrubbed of secrets.
 *
 * @since 0.1.0
 * @category classifier
 */
export const classify = (input: ClassifyInput): ApiError => {
  const err = errorObject(input.body)
  const rawMetadata = err !== undefined && isRecord(err["metadata"]) ? err["metadata"] : undefined
  const metadata = rawMetadata !== undefined ? (redactDeep(rawMetadata) as Record<string, unknown>) : undefined
  const availability = err !== undefined && isRecord(err["availability"])
    ? (redactDeep(err["availability"]) as Record<string, unknown>)
    : undefined
  const code = err !== undefined && (typeof err["code"] === "number" || typeof err["code"] === "string")
    ? err["code"]
    : undefined
  const errorTypeRaw = metadata?.["error_type"] ?? err?.["error_type"] ?? (typeof code === "string" ? code : undefined)
  const errorType = typeof errorTypeRaw === "string" ? errorTypeRaw : undefined
  const codeNumber = typeof code === "number" ? code : toNumber(code)
  const httpStatus = toNumber(err?.["http_status"])
  const status = input.status >= 400 ? input.status : (codeNumber ?? httpStatus ?? input.status)
  const rawMessage = typeof err?.["message"] === "string"
    ? err["message"]
    : input.text !== undefined && input.text.length > 0
    ? `HTTP ${input.status}: ${input.text.slice(0, 300)}`
    : `HTTP ${status}`
  const message = redactString(rawMessage)
  const providerNameRaw = metadata?.["provider_name"]
  const providerName = typeof providerNameRaw === "string" || providerNameRaw === null ? providerNameRaw : undefined
  const providerRaw = metadata?.["raw"]

  let retryAfter = parseRetryAfter(input.headers, input.nowMillis ?? Date.now())
  const availRetry = toNumber(availability?.["retry_after"])
  if (retryAfter === undefined && availRetry !== undefined) retryAfter = Duration.seconds(availRetry)
  const shouldRetryHeader = header(input.headers, "x-should-retry")
  const shouldRetry = shouldRetryHeader === "true" ? true : shouldRetryHeader === "false" ? false : undefined
  const rateLimit = parseRateLimit(input.headers, metadata?.["headers"])
  const headers = input.headers !== undefined ? { ...input.headers } : undefined
  const body = input.body !== undefined ? redactDeep(input.body) : undefined
  const openrouterMetadata = isRecord(body) && isRecord(body["openrouter_metadata"])
    ? body["openrouter_metadata"]
    : undefined

  const fields: ApiFieldsType = {
    message,
    status,
    ...(code !== undefined ? { code } : {}),
    ...(errorType !== undefined ? { errorType } : {}),
    ...(metadata !== undefined ? { metadata } : {}),
    ...(providerName !== undefined ? { providerName } : {}),
    ...(providerRaw !== undefined ? { providerRaw } : {}),
    ...(availability !== undefined ? { availability } : {}),
    ...(input.generationId !== undefined ? { generationId: input.generationId } : {}),
    ...(input.model !== undefined ? { model: input.model } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    ...(shouldRetry !== undefined ? { shouldRetry } : {}),
    ...(rateLimit !== undefined ? { rateLimit } : {}),
    ...(headers !== undefined ? { headers } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(openrouterMetadata !== undefined ? { openrouterMetadata } : {})
  }
  const availabilityCode = availability?.["code"]
  const kind = kindOf({
    status,
    message,
    errorType,
    availabilityCode: typeof availabilityCode === "string" ? availabilityCode : undefined,
    metadata,
    openrouterMetadata
  })
  const withKind = { ...fields, kind }

  const contextLength = () => new ContextLengthError({ ...withKind, ...parseContext(message) })
  const contentPolicy = () => {
    const reasons = metadata?.["reasons"]
    const flagged = metadata?.["flagged_input"]
    return new ContentPolicyError({
      ...withKind,
      ...(Array.isArray(reasons) ? { reasons: reasons.filter((r): r is string => typeof r === "string") } : {}),
      ...(typeof flagged === "string" ? { flaggedInput: flagged } : {})
    })
  }

  // The message or kind says a model (or an endpoint serving it) was not found.
  const aboutModel = kind === "model_not_found" || kind === "no_endpoints" || kind === "no_allowed_providers" ||
    MODEL_NOT_FOUND.test(message)
  // A 404: about the model when the request named one, the error carries model availability
  // details (`error.availability`) or the message says so; otherwise about some other resource
  // (a generation, a key, a job, a route).
  const notFound = () =>
    input.model !== undefined || availability !== undefined || aboutModel
      ? new ModelNotFoundError(withKind)
      : new NotFoundError(withKind)

  // 1. error_type / availability code
  if (errorType !== undefined) {
    if (CONTEXT_TYPES.has(errorType)) return contextLength()
    if (CONTENT_POLICY_TYPES.has(errorType)) return contentPolicy()
    switch (errorType) {
      case "authentication":
        return new AuthenticationError(withKind)
      case "payment_required":
        return new InsufficientCreditsError(withKind)
      case "permission_denied":
        return new PermissionDeniedError(withKind)
      case "not_found":
        return notFound()
      case "image_not_found":
        return new NotFoundError(withKind)
      case "rate_limit_exceeded":
        return new RateLimitError(withKind)
      case "provider_overloaded":
        return new NoProviderAvailableError(withKind)
      case "provider_unavailable":
      case "server":
      case "unmapped":
        return new ProviderError(withKind)
      case "timeout":
        return status === 408 ? new TimeoutError({ ...fields, kind: "server" }) : new ProviderError(withKind)
      case "string_too_long":
      case "invalid_request":
      case "invalid_prompt":
      case "invalid_image":
      case "image_too_large":
      case "image_too_small":
      case "unsupported_image_format":
      case "image_download_failed":
      case "payload_too_large":
      case "unprocessable":
      case "precondition_failed":
        return new InvalidRequestError(withKind)
    }
  }
  if (typeof availabilityCode === "string") {
    switch (availabilityCode) {
      case "model_not_found":
      case "wrong_endpoint":
      case "no_endpoints":
      case "model_deprecated":
      case "model_unavailable_upstream":
      case "privacy_restricted":
      case "constraint_filtered":
      case "free_variant_ended":
        return new ModelNotFoundError(withKind)
      case "capacity_exhausted":
        return new RateLimitError(withKind)
      case "temporarily_unavailable":
        return new NoProviderAvailableError(withKind)
      case "region_restricted":
        return new PermissionDeniedError(withKind)
    }
  }

  // 2. status
  switch (status) {
    case 400:
      if (parseContext(message) !== undefined) return contextLength()
      if (aboutModel) return new ModelNotFoundError(withKind)
      return new InvalidRequestError(withKind)
    case 401:
      return new AuthenticationError(withKind)
    case 402:
      return new InsufficientCreditsError(withKind)
    case 403:
      if (metadata !== undefined && ("reasons" in metadata || "flagged_input" in metadata)) return contentPolicy()
      if (/flagged|moderation/i.test(message)) return contentPolicy()
      return new PermissionDeniedError(withKind)
    case 404:
      return notFound()
    case 408:
      return new TimeoutError({ ...fields, kind: "server" })
    case 413:
    case 422:
      return new InvalidRequestError(withKind)
    case 429:
      return new RateLimitError(withKind)
    case 503:
      return new NoProviderAvailableError(withKind)
  }
  if (status >= 500) return new ProviderError(withKind)

  // 3. message patterns (non-standard codes)
  if (parseContext(message) !== undefined) return contextLength()
  if (/rate limit/i.test(message)) return new RateLimitError(withKind)
  if (status >= 400) return new InvalidRequestError(withKind)
  // An error inside a 2xx without a recognisable code: the provider failed.
  return new ProviderError(withKind)
}

/**
 * Builds the error for a choice that ended with `finish_reason: "content_filter"`.
 *
 * @since 0.1.0
 * @category classifier
 */
export const contentFilter = (options: { readonly generationId?: string | undefined; readonly model?: string | undefined }) =>
  new ContentPolicyError({
    message: "The response was stopped by a content filter (finish_reason: content_filter)",
    kind: "content_filter",
    errorType: "content_filter",
    ...(options.generationId !== undefined ? { generationId: options.generationId } : {}),
    ...(options.model !== undefined ? { model: options.model } : {})
  })

/**
 * A bounded, secret-free excerpt of a body for `MalformedResponseError`.
 *
 * @since 0.1.0
 * @category classifier
 */
export const excerpt = (text: string, max = 500): string =>
  redactString(text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text)
