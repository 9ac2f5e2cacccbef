/**
 * Request validation before anything is sent: the `ChatRequest` schema, model ids, per-call
 * timeouts.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { ChatRequest } from "../ChatRequest.js"
import * as ModelId from "../ModelId.js"
import type { CallOptions, ChatRequestInput } from "../OpenRouter.js"
import type * as OpenRouterConfig from "../OpenRouterConfig.js"
import { InvalidRequestError } from "../OpenRouterError.js"

const encodeRequest = Schema.encodeUnknown(ChatRequest, { onExcessProperty: "preserve", errors: "all" })

/** Validates a chat request with its schema and normalizes its model ids. @internal */
export const validateRequest = (
  request: ChatRequestInput
): Effect.Effect<{ readonly body: Record<string, unknown>; readonly model: string }, InvalidRequestError> =>
  Effect.gen(function*() {
    if (typeof request !== "object" || request === null) {
      return yield* new InvalidRequestError({ message: "The request must be an object", field: "request" })
    }
    const encoded = yield* encodeRequest(request).pipe(
      Effect.mapError((e) => {
        const issue = ParseResult.ArrayFormatter.formatErrorSync(e)[0]
        const field = issue !== undefined && issue.path.length > 0 ? issue.path.join(".") : "request"
        return new InvalidRequestError({
          message: `Invalid request at ${field}: ${issue?.message ?? ParseResult.TreeFormatter.formatErrorSync(e)}`,
          field
        })
      })
    )
    const body = { ...(encoded as Record<string, unknown>) }
    const messages = body["messages"]
    if (!Array.isArray(messages) || messages.length === 0) {
      return yield* new InvalidRequestError({ message: "messages must be a non-empty array", field: "messages" })
    }
    const rawModel = body["model"]
    const models = body["models"]
    if (rawModel === undefined && !(Array.isArray(models) && models.length > 0)) {
      return yield* new InvalidRequestError({
        message: "model is required (or a non-empty models list)",
        field: "model"
      })
    }
    if (Array.isArray(models)) {
      const normalized: Array<string> = []
      for (const [i, m] of models.entries()) normalized.push(yield* ModelId.normalize(m, `models[${i}]`))
      body["models"] = normalized
    }
    const model = rawModel !== undefined ? yield* ModelId.normalize(rawModel) : String((body["models"] as Array<string>)[0])
    if (rawModel !== undefined) body["model"] = model
    delete body["stream"]
    return { body, model }
  })

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

