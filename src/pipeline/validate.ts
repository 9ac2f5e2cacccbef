/**
 * Request validation before anything is sent: the `ChatRequest` schema, model ids, per-call
 * timeouts.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { ChatRequest } from "../ChatRequest.js"
import { fastCheck } from "../internal/fastCheck.js"
import * as ModelId from "../ModelId.js"
import type * as OpenRouterConfig from "../OpenRouterConfig.js"
import { InvalidRequestError } from "../OpenRouterError.js"
import type { CallOptions, ChatRequestInput } from "./types.js"

const encodeRequest = Schema.encodeUnknownEither(ChatRequest, { onExcessProperty: "preserve", errors: "all" })
const checkRequest = fastCheck(ChatRequest.ast)

/** Validates a chat request with its schema and normalizes its model ids (in one step). @internal */
export const validateRequest = (request: ChatRequestInput): Either.Either<ValidRequest, InvalidRequestError> => {
  if (typeof request !== "object" || request === null) {
    return Either.left(new InvalidRequestError({ message: "The request must be an object", field: "request" }))
  }
  // A request the schema takes unchanged needs no encoding pass (`internal/fastCheck.ts`).
  if (checkRequest !== undefined && checkRequest(request)) return checkEncoded(request)
  const encoded = encodeRequest(request)
  if (Either.isRight(encoded)) return checkEncoded(encoded.right)
  const e = encoded.left
  const issue = ParseResult.ArrayFormatter.formatErrorSync(e)[0]
  const field = issue !== undefined && issue.path.length > 0 ? issue.path.join(".") : "request"
  return Either.left(
    new InvalidRequestError({
      message: `Invalid request at ${field}: ${issue?.message ?? ParseResult.TreeFormatter.formatErrorSync(e)}`,
      field
    })
  )
}

/** A request ready to send: its body and its (normalized) model. @internal */
export interface ValidRequest {
  readonly body: Record<string, unknown>
  readonly model: string
}

/** The checks after the schema's: ranges, messages, model ids (normalized in the body). */
const checkEncoded = (encoded: unknown): Either.Either<ValidRequest, InvalidRequestError> => {
  const body = { ...(encoded as Record<string, unknown>) }
  const outOfRange = checkRanges(body)
  if (outOfRange !== undefined) return Either.left(outOfRange)
  const messages = body["messages"]
  if (!Array.isArray(messages) || messages.length === 0) {
    return Either.left(new InvalidRequestError({ message: "messages must be a non-empty array", field: "messages" }))
  }
  const rawModel = body["model"]
  const models = body["models"]
  if (rawModel === undefined && !(Array.isArray(models) && models.length > 0)) {
    return Either.left(new InvalidRequestError({ message: "model is required (or a non-empty models list)", field: "model" }))
  }
  if (Array.isArray(models)) {
    const normalized: Array<string> = []
    for (const [i, m] of models.entries()) {
      const id = ModelId.normalizeEither(m, `models[${i}]`)
      if (Either.isLeft(id)) return Either.left(id.left)
      normalized.push(id.right)
    }
    body["models"] = normalized
  }
  let model = String((body["models"] as Array<string> | undefined)?.[0])
  if (rawModel !== undefined) {
    const id = ModelId.normalizeEither(rawModel)
    if (Either.isLeft(id)) return Either.left(id.left)
    model = id.right
    body["model"] = model
  }
  delete body["stream"]
  return Either.right({ body, model })
}

/** A documented numeric range. */
interface Range {
  readonly min?: number
  readonly max?: number
  /** `min` itself is outside the range. */
  readonly minExclusive?: boolean
  readonly integer?: boolean
}

/**
 * The ranges the API documents for the chat request's numeric parameters (OpenAPI `ChatRequest`
 * descriptions and types, and the parameter table of the API reference): `null` means "unset"
 * and is always allowed.
 *
 * @internal
 */
export const parameterRanges: ReadonlyArray<readonly [string, Range]> = [
  ["max_tokens", { min: 1, integer: true }],
  ["max_completion_tokens", { min: 1, integer: true }],
  ["temperature", { min: 0, max: 2 }],
  ["top_p", { min: 0, max: 1 }],
  ["top_k", { min: 0, integer: true }],
  ["frequency_penalty", { min: -2, max: 2 }],
  ["presence_penalty", { min: -2, max: 2 }],
  ["repetition_penalty", { min: 0, max: 2, minExclusive: true }],
  ["min_p", { min: 0, max: 1 }],
  ["top_a", { min: 0, max: 1 }],
  ["seed", { integer: true }],
  ["top_logprobs", { min: 0, max: 20, integer: true }]
]

/** Ranges of plugin parameters the spec bounds (`minimum` / `maximum`), by plugin id. */
const pluginRanges: Readonly<Record<string, ReadonlyArray<readonly [string, Range]>>> = {
  "auto-router": [["cost_quality_tradeoff", { min: 0, max: 10 }]],
  "auto-beta-router": [["cost_quality_tradeoff", { min: 0, max: 10 }]],
  "pareto-router": [["min_coding_score", { min: 0, max: 1 }], ["max_price", { min: 0 }]],
  fusion: [["max_tool_calls", { min: 1, max: 16, integer: true }]]
}

const describeRange = (range: Range): string => {
  const kind = range.integer === true ? "an integer" : "a number"
  const low = range.min === undefined ? undefined : `${range.minExclusive === true ? ">" : ">="} ${range.min}`
  const high = range.max === undefined ? undefined : `<= ${range.max}`
  const bounds = [low, high].filter((b): b is string => b !== undefined).join(" and ")
  return bounds === "" ? `a finite ${kind.slice(kind.indexOf(" ") + 1)}` : `${kind} ${bounds}`
}

const violates = (value: number, range: Range): boolean =>
  !Number.isFinite(value) ||
  (range.integer === true && !Number.isInteger(value)) ||
  (range.min !== undefined && (range.minExclusive === true ? value <= range.min : value < range.min)) ||
  (range.max !== undefined && value > range.max)

const checkField = (
  record: Record<string, unknown>,
  key: string,
  range: Range,
  field: string
): InvalidRequestError | undefined => {
  const value = record[key]
  if (typeof value !== "number" || !violates(value, range)) return undefined
  return new InvalidRequestError({
    message: `${field} must be ${describeRange(range)} (got ${String(value)})`,
    field
  })
}

/**
 * The first numeric parameter outside its documented range, as the error that names it. Also
 * refuses non-finite numbers anywhere they would be sent as `null` (`logit_bias` values).
 *
 * @internal
 */
export const checkRanges = (body: Record<string, unknown>): InvalidRequestError | undefined => {
  for (const [key, range] of parameterRanges) {
    const error = checkField(body, key, range, key)
    if (error !== undefined) return error
  }
  const bias = body["logit_bias"]
  if (typeof bias === "object" && bias !== null && !Array.isArray(bias)) {
    for (const [token, value] of Object.entries(bias)) {
      if (typeof value === "number" && !Number.isFinite(value)) {
        return new InvalidRequestError({
          message: `logit_bias.${token} must be a finite number (got ${String(value)})`,
          field: `logit_bias.${token}`
        })
      }
    }
  }
  const plugins = body["plugins"]
  if (Array.isArray(plugins)) {
    for (const [i, plugin] of plugins.entries()) {
      if (typeof plugin !== "object" || plugin === null) continue
      const record = plugin as Record<string, unknown>
      const id = record["id"]
      const ranges = typeof id === "string" ? pluginRanges[id] : undefined
      for (const [key, range] of ranges ?? []) {
        const error = checkField(record, key, range, `plugins[${i}].${key}`)
        if (error !== undefined) return error
      }
    }
  }
  return undefined
}

/** The configured timeouts with a call's overrides. @internal */
export const resolveTimeouts = (
  base: OpenRouterConfig.Timeouts,
  override: CallOptions["timeouts"]
): OpenRouterConfig.Timeouts => {
  if (override === undefined) return base
  const pick = (k: keyof OpenRouterConfig.Timeouts) => {
    const v = override[k]
    return v === undefined ? base[k] : Duration.decode(v)
  }
  return {
    headers: pick("headers") ?? base.headers,
    idle: pick("idle") ?? base.idle,
    firstContent: pick("firstContent") ?? base.firstContent,
    attempt: pick("attempt"),
    deadline: pick("deadline") ?? base.deadline
  }
}

