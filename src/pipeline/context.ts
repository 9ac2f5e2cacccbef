/**
 * Stage: the call's context. Validates the request (`validate`), normalises model ids, merges
 * the per-call overrides over the layer's policies and timeouts, and starts the call's clock; a
 * request that cannot be sent fails here with `InvalidRequestError`.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Either from "effect/Either"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { EmbeddingsRequest } from "../Embeddings.js"
import * as Fallback from "../Fallback.js"
import * as ModelId from "../ModelId.js"
import { InvalidRequestError } from "../OpenRouterError.js"
import type { CallContext, CallOptions, ChatRequestInput, Env } from "./types.js"
import { cooperativeDeadline, Deadline } from "./timeouts.js"
import { resolveTimeouts, validateRequest } from "./validate.js"

/** A per-call policy override: `false` turns the policy off for the call, a service replaces it. */
const override = <S>(value: S | false | undefined, layer: S | undefined): S | undefined =>
  value === false ? undefined : value ?? layer

/** A chat call's context, the call started at `startedAt`; a request that cannot be sent is `InvalidRequestError`. */
export const contextOf = (
  env: Env,
  request: ChatRequestInput,
  options: CallOptions | undefined,
  defaultWire: "json" | "stream",
  startedAt: number
): Either.Either<CallContext, InvalidRequestError> =>
  Either.map(validateRequest(request), ({ body, model }): CallContext => {
    const fallback = options?.fallback === undefined ? env.policies.fallback : { ...env.policies.fallback, ...options.fallback }
    // Server-side fallback candidates go into the body before the budget check, so the
    // estimate covers the most expensive model OpenRouter may route to.
    const serverModels = Fallback.serverSideModels(model, fallback)
    if (serverModels !== undefined) body["models"] = serverModels
    const timeouts = resolveTimeouts(env.config.timeouts, options?.timeouts)
    const preCheck = options?.preCheck ?? env.preChecks
    const guards = {
      breaker: override(options?.circuitBreaker, env.policies.breaker),
      rateLimit: override(options?.rateLimit, env.policies.rateLimit),
      bulkhead: override(options?.bulkhead, env.policies.bulkhead)
    }
    const ctx: CallContext = {
      operation: "chat",
      requestedModel: model,
      body,
      wire: options?.wire ?? defaultWire,
      timeouts,
      headers: options?.headers,
      retry: options?.retry === undefined ? env.policies.retry : { ...env.policies.retry, ...options.retry },
      fallback,
      attempts: [],
      startedAt,
      preCheck,
      guards,
      deadline: cooperativeDeadline(env, { guards, preCheck })
        ? new Deadline(startedAt + Duration.toMillis(timeouts.deadline), { timeouts, requestedModel: model })
        : undefined
    }
    return ctx
  })

/**
 * An embeddings call's context: the layer's retry, breaker, rate limit, bulkhead and budget, the
 * configured timeouts, and no fallback (the chat candidate lists name chat models).
 */
export const embeddingsContext = (env: Env, request: EmbeddingsRequest): Effect.Effect<CallContext, InvalidRequestError> =>
  Effect.gen(function*() {
    const encoded = yield* Schema.encodeUnknown(EmbeddingsRequest)(request).pipe(
      Effect.mapError((e) =>
        new InvalidRequestError({ message: ParseResult.TreeFormatter.formatErrorSync(e), field: "request" })
      )
    )
    const body: Record<string, unknown> = { ...encoded }
    const model = yield* ModelId.normalize(body["model"])
    body["model"] = model
    const startedAt = yield* Clock.currentTimeMillis
    return {
      operation: "embeddings",
      requestedModel: model,
      body,
      wire: "json",
      timeouts: env.config.timeouts,
      headers: undefined,
      retry: env.policies.retry,
      fallback: Fallback.defaults,
      attempts: [],
      startedAt,
      preCheck: { checkModel: false, checkContext: false, checkParameters: false },
      guards: { breaker: env.policies.breaker, rateLimit: env.policies.rateLimit, bulkhead: env.policies.bulkhead }
    }
  })
