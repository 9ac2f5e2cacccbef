/**
 * Every failure the client can produce, as `Schema.TaggedError` classes users can match on with
 * `Effect.catchTag`, plus the one classifier that turns HTTP errors, 200-with-error bodies and
 * mid-stream error chunks into those tags.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"
import { redactDeep, redactString } from "./internal/redact.js"

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
 * One attempt of a logical call: the candidate model, its attempt number, the outcome (`Success`
 * or an error tag), the HTTP status, how long it took, how long the pipeline waited before it, and
 * whether it may have been billed even though it failed.
 *
 * @since 0.1.0
 * @category models
 */
export const AttemptRecord = Schema.Struct({
  model: Schema.String,
  attempt: Schema.Number,
  outcome: Schema.String,
  status: Schema.UndefinedOr(Schema.Number),
  durationMs: Schema.Number,
  waitMs: Schema.Number,
  mayBeBilled: Schema.Boolean
})
/** @since 0.1.0 @category models */
export type AttemptRecord = typeof AttemptRecord.Type

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
export class AuthenticationError extends Schema.TaggedError<AuthenticationError>()("AuthenticationError", ApiFields) {
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
  extends Schema.TaggedError<InsufficientCreditsError>()("InsufficientCreditsError", ApiFields)
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
  extends Schema.TaggedError<PermissionDeniedError>()("PermissionDeniedError", ApiFields)
{
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return false
  }
}

/**
 * 400 context-length / max-tokens overflow, or the local pre-send check. Carries the limit and
 * the requested tokens when known.
 *
 * @since 0.1.0
 * @category errors
 */
export class ContextLengthError extends Schema.TaggedError<ContextLengthError>()("ContextLengthError", {
  ...ApiFields,
  maxContext: Schema.optional(Schema.Number),
  requestedTokens: Schema.optional(Schema.Number)
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
  /** What was wrong, for local validation failures (e.g. `model`, `messages[2].content`). */
  field: Schema.optional(Schema.String)
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return retryableBy(this, false)
  }
}

/**
 * 404, unknown model, or no endpoint that supports the request's parameters.
 *
 * @since 0.1.0
 * @category errors
 */
export class ModelNotFoundError extends Schema.TaggedError<ModelNotFoundError>()("ModelNotFoundError", ApiFields) {
  /** @since 0.1.0 */
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
export class RateLimitError extends Schema.TaggedError<RateLimitError>()("RateLimitError", ApiFields) {
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
export class ProviderError extends Schema.TaggedError<ProviderError>()("ProviderError", ApiFields) {
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
  extends Schema.TaggedError<NoProviderAvailableError>()("NoProviderAvailableError", ApiFields)
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
 * A response body that is not JSON or does not match the wire schema. Carries a bounded
 * excerpt. A 2xx body that cannot be parsed is treated like a bad gateway (retryable).
 *
 * @since 0.1.0
 * @category errors
 */
export class MalformedResponseError extends Schema.TaggedError<MalformedResponseError>()("MalformedResponseError", {
  message: Schema.String,
  status: Schema.optional(Schema.Number),
  excerpt: Schema.String,
  generationId: Schema.optional(Schema.String),
  model: Schema.optional(Schema.String),
  attempts
}) {
  /** @since 0.1.0 */
  get isRetryable(): boolean {
    return this.status === undefined || (this.status >= 200 && this.status < 300) || this.status >= 500
  }
}

/**
 * A stream failed after its first content event reached the consumer (the commit point). It is
 * never retried or fallen back from; `partial` holds everything received so far and `reason`
 * the underlying error.
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamInterrupted extends Schema.TaggedError<StreamInterrupted>()("StreamInterrupted", {
  message: Schema.String,
  /** The folded completion up to the failure (a `ChatCompletion` from `ChatStream`). */
  partial: Schema.Unknown,
  /** The error that ended the stream (tagged), when there was one. */
  reason: Schema.optional(Schema.Unknown),
  generationId: Schema.optional(Schema.String),
  model: Schema.optional(Schema.String),
  attempts
}) {
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
  | RateLimitError
  | ProviderError
  | NoProviderAvailableError
  | TimeoutError

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

const CONTEXT_PATTERNS: ReadonlyArray<RegExp> = [
  /maximum context length is (\d+) tokens[\s\S]*?requested about (\d+) tokens/i,
  /maximum context length is (\d+) tokens[\s\S]*?(?:resulted in|requested) (\d+) tokens/i,
  /input token count \((\d+)\) exceeds the maximum number of tokens allowed \((\d+)\)/i,
  /prompt is too long: (\d+) tokens > (\d+) maximum/i,
  /context[_ ]length[_ ]exceeded/i,
  /context window|too many tokens|maximum context length|reduce the length of the messages/i
]

const parseContext = (message: string): { maxContext?: number; requestedTokens?: number } | undefined => {
  for (const [i, re] of CONTEXT_PATTERNS.entries()) {
    const m = re.exec(message)
    if (m === null) continue
    const a = m[1] !== undefined ? Number(m[1]) : undefined
    const b = m[2] !== undefined ? Number(m[2]) : undefined
    if (i === 2 || i === 3) {
      // Gemini: (requested) exceeds (max); Anthropic: requested > max
      return { ...(b !== undefined ? { maxContext: b } : {}), ...(a !== undefined ? { requestedTokens: a } : {}) }
    }
    return { ...(a !== undefined ? { maxContext: a } : {}), ...(b !== undefined ? { requestedTokens: b } : {}) }
  }
  return undefined
}

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
    ...(headers !== undefined ? { headers } : {})
  }

  const contextLength = () => new ContextLengthError({ ...fields, ...parseContext(message) })
  const contentPolicy = () => {
    const reasons = metadata?.["reasons"]
    const flagged = metadata?.["flagged_input"]
    return new ContentPolicyError({
      ...fields,
      ...(Array.isArray(reasons) ? { reasons: reasons.filter((r): r is string => typeof r === "string") } : {}),
      ...(typeof flagged === "string" ? { flaggedInput: flagged } : {})
    })
  }

  // 1. error_type / availability code
  if (errorType !== undefined) {
    if (CONTEXT_TYPES.has(errorType)) return contextLength()
    if (CONTENT_POLICY_TYPES.has(errorType)) return contentPolicy()
    switch (errorType) {
      case "authentication":
        return new AuthenticationError(fields)
      case "payment_required":
        return new InsufficientCreditsError(fields)
      case "permission_denied":
        return new PermissionDeniedError(fields)
      case "not_found":
      case "image_not_found":
        return new ModelNotFoundError(fields)
      case "rate_limit_exceeded":
        return new RateLimitError(fields)
      case "provider_overloaded":
        return new NoProviderAvailableError(fields)
      case "provider_unavailable":
      case "server":
      case "unmapped":
        return new ProviderError(fields)
      case "timeout":
        return status === 408 ? new TimeoutError({ ...fields, kind: "server" }) : new ProviderError(fields)
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
        return new InvalidRequestError(fields)
    }
  }
  const availabilityCode = availability?.["code"]
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
        return new ModelNotFoundError(fields)
      case "capacity_exhausted":
        return new RateLimitError(fields)
      case "temporarily_unavailable":
        return new NoProviderAvailableError(fields)
      case "region_restricted":
        return new PermissionDeniedError(fields)
    }
  }

  // 2. status
  switch (status) {
    case 400:
      if (parseContext(message) !== undefined) return contextLength()
      if (/model.*(not (a )?valid|not found|does not exist)|no endpoints? found/i.test(message)) {
        return new ModelNotFoundError(fields)
      }
      return new InvalidRequestError(fields)
    case 401:
      return new AuthenticationError(fields)
    case 402:
      return new InsufficientCreditsError(fields)
    case 403:
      if (metadata !== undefined && ("reasons" in metadata || "flagged_input" in metadata)) return contentPolicy()
      if (/flagged|moderation/i.test(message)) return contentPolicy()
      return new PermissionDeniedError(fields)
    case 404:
      return new ModelNotFoundError(fields)
    case 408:
      return new TimeoutError({ ...fields, kind: "server" })
    case 413:
    case 422:
      return new InvalidRequestError(fields)
    case 429:
      return new RateLimitError(fields)
    case 503:
      return new NoProviderAvailableError(fields)
  }
  if (status >= 500) return new ProviderError(fields)

  // 3. message patterns (non-standard codes)
  if (parseContext(message) !== undefined) return contextLength()
  if (/rate limit/i.test(message)) return new RateLimitError(fields)
  if (status >= 400) return new InvalidRequestError(fields)
  // An error inside a 2xx without a recognisable code: the provider failed.
  return new ProviderError(fields)
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
