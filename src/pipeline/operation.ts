/**
 * The wire of every other operation of the API (`OpenRouter.call`, `OpenRouterManagement.call`):
 * the input encoded and placed (path, query, JSON or multipart body), then the same `run` as chat
 * — retry, breaker, rate limit, bulkhead, attempt spans, the attempts log — with budget and meter
 * only for operations that cost money. No fallback: only chat has candidate models.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Fallback from "../Fallback.js"
import * as Operation from "../Operation.js"
import {
  InvalidRequestError,
  mayHaveBeenBilled,
  type OpenRouterError,
  withAttempts
} from "../OpenRouterError.js"
import * as Telemetry from "../Telemetry.js"
import type * as Transport from "../Transport.js"
import { shapeError, sizeLimitError } from "../internal/transportErrors.js"
import { failureOf } from "./classify.js"
import { withDeadline } from "./timeouts.js"
import type { CallContext, Env } from "./types.js"

/** Per-call options of a generic operation. */
export interface OperationOptions {
  /** Extra request headers for this call. */
  readonly headers?: Readonly<Record<string, string>> | undefined
}

const invalid = (e: ParseResult.ParseError, op: Operation.Meta): InvalidRequestError => {
  const issue = ParseResult.ArrayFormatter.formatErrorSync(e)[0]
  const field = issue !== undefined && issue.path.length > 0 ? issue.path.map(String).join(".") : "input"
  return new InvalidRequestError({
    message: `${op.id}: ${ParseResult.TreeFormatter.formatErrorSync(e)}`,
    field
  })
}

/**
 * A multipart body from the encoded body object — Blobs as files, strings as they are, the rest
 * as JSON — serialized here (by the platform's own `Response`), so every transport sends bytes.
 */
const multipartOf = (body: unknown): Effect.Effect<{ readonly bytes: Uint8Array; readonly contentType: string }> =>
  Effect.promise(async () => {
    const encoded = new Response(formOf(body))
    const bytes = new Uint8Array(await encoded.arrayBuffer())
    return { bytes, contentType: encoded.headers.get("content-type") ?? "multipart/form-data" }
  })

const formOf = (body: unknown): FormData => {
  const form = new FormData()
  if (typeof body === "object" && body !== null) {
    for (const [k, v] of Object.entries(body)) {
      if (v === undefined) continue
      if (v instanceof Blob) form.append(k, v)
      else form.append(k, typeof v === "string" ? v : JSON.stringify(v))
    }
  }
  return form
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/** The context of one operation call: the layer's policies, no fallback, no registry checks. */
export const contextOf = <In, Out>(
  env: Env,
  op: Operation.Operation<In, Out>,
  input: In,
  options: OperationOptions | undefined
): Effect.Effect<{ readonly ctx: CallContext; readonly request: Transport.TransportRequest }, InvalidRequestError> =>
  Effect.gen(function*() {
    const encoded = yield* Effect.mapError(op.encodeInput(input), (e) => invalid(e, op))
    const filled = Operation.fillPath(op.path, encoded.path)
    if ("missing" in filled) {
      return yield* new InvalidRequestError({
        message: `${op.id}: the path parameter "${filled.missing}" is missing or empty`,
        field: `path.${filled.missing}`
      })
    }
    const body = isRecord(encoded.body) ? encoded.body : {}
    const model = typeof body["model"] === "string" && body["model"] !== "" ? body["model"] : undefined
    // A path that names a model (`/model/{author}/{slug}`, `/models/{author}/{slug}/endpoints`):
    // an error about it names it (a 404 is `ModelNotFoundError`), while the call stays keyed by the
    // operation (its breaker circuit, meter and metrics are not the model's).
    const author = encoded.path?.["author"]
    const slug = encoded.path?.["slug"]
    const pathModel = model === undefined && typeof author === "string" && typeof slug === "string" && author !== "" && slug !== ""
      ? `${author}/${slug}`
      : undefined
    const startedAt = yield* Clock.currentTimeMillis
    const ctx: CallContext = {
      operation: op.id,
      metered: op.metered,
      requestedModel: model ?? op.id,
      body,
      wire: "json",
      timeouts: env.config.timeouts,
      headers: options?.headers,
      // An idempotent operation may be sent again even when the first try may have been processed.
      retry: op.idempotent ? { ...env.policies.retry, retryAmbiguous: true } : env.policies.retry,
      fallback: Fallback.defaults,
      attempts: [],
      startedAt,
      preCheck: { checkModel: false, checkContext: false, checkParameters: false },
      guards: { breaker: env.policies.breaker, rateLimit: env.policies.rateLimit, bulkhead: env.policies.bulkhead }
    }
    const request: Transport.TransportRequest = {
      method: op.method,
      path: filled.path,
      query: Operation.queryOf(encoded.query),
      ...(op.body === "multipart"
        ? { rawBody: yield* multipartOf(encoded.body) }
        : op.body === "json" && encoded.body !== undefined
        ? { body: encoded.body }
        : {}),
      headers: options?.headers,
      accept: "json",
      model: model ?? pathModel,
      headersTimeout: ctx.timeouts.headers,
      idleTimeout: ctx.timeouts.idle
    }
    // A metered operation gets its ledger row before anything is sent, like chat (settled by finishOperation).
    if (op.metered) yield* env.ledger.open(ctx, ctx.requestedModel, op.response === "bytes" ? "stream" : "json")
    return { ctx, request }
  })

/** Reads a bytes body whole, bounded by `maxBytes`. */
const readBytes = (
  response: Transport.TransportResponse,
  maxBytes: number,
  model: string | undefined
): Effect.Effect<Uint8Array, OpenRouterError> =>
  Effect.suspend(() => {
    const parts: Array<Uint8Array> = []
    let total = 0
    return Stream.runForEach(response.stream, (chunk) => {
      total += chunk.length
      if (total > maxBytes) {
        return Effect.fail(sizeLimitError(maxBytes, response.status, model))
      }
      parts.push(chunk)
      return Effect.void
    }).pipe(Effect.map(() => {
      const out = new Uint8Array(total)
      let offset = 0
      for (const part of parts) {
        out.set(part, offset)
        offset += part.length
      }
      return out
    }))
  })

const sendOnce = <In, Out>(env: Env, op: Operation.Operation<In, Out>, request: Transport.TransportRequest, ctx: CallContext) =>
(model: string) => {
  // The candidate model when the body names one; a model named by the path as it is.
  const target = { ...request, model: request.model !== undefined && request.model === ctx.requestedModel ? model : request.model }
  if (op.response === "bytes") {
    return Effect.flatMap(env.transport.send(target), (response) =>
      Effect.flatMap(
        readBytes(response, env.config.limits.maxBodyBytes, target.model),
        (bytes) => Effect.mapError(op.decodeOutput(bytes), (e) => shapeError(e, "<bytes>", response.status, target.model))
      ))
  }
  return Effect.flatMap(
    env.transport.json(target, Schema.Unknown),
    ({ response, value }) => Effect.mapError(op.decodeOutput(value), (e) => shapeError(e, value, response.status, target.model))
  )
}

/** The usage block of a response, in the meter's shape, where the response has one. */
const usageOf = (value: unknown) => {
  const usage = isRecord(value) && isRecord(value["usage"]) ? value["usage"] : undefined
  if (usage === undefined) return undefined
  const n = (k: string): number => (typeof usage[k] === "number" ? usage[k] : 0)
  const prompt = n("prompt_tokens") || n("input_tokens")
  const completion = n("completion_tokens") || n("output_tokens")
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: n("total_tokens") || prompt + completion,
    ...(typeof usage["cost"] === "number" ? { cost: usage["cost"] } : {}),
    ...(typeof usage["is_byok"] === "boolean" ? { is_byok: usage["is_byok"] } : {})
  }
}

const str = (value: unknown, key: string): string | undefined =>
  isRecord(value) && typeof value[key] === "string" ? value[key] : undefined

/** Records a metered operation once: the meter and the ledger's settlement. */
export const finishOperation = <Out>(env: Env, ctx: CallContext, exit: Exit.Exit<Out, OpenRouterError>): Effect.Effect<void> =>
  ctx.metered !== true ? Effect.void : Effect.zipRight(meterEntry(env, ctx, exit), ledgerSettlement(env, ctx, exit))

const meterEntry = <Out>(env: Env, ctx: CallContext, exit: Exit.Exit<Out, OpenRouterError>): Effect.Effect<void> =>
  Effect.suspend(() => {
    const meter = env.policies.meter
    if (meter === undefined || Exit.isInterrupted(exit)) return Effect.void
    const common = {
      requestedModel: ctx.requestedModel,
      attempts: ctx.attempts.length,
      retries: Math.max(0, ctx.attempts.length - 1),
      fallbacks: 0
    }
    if (Exit.isSuccess(exit)) {
      const generationId = str(exit.value, "id")
      return meter.record({
        ...common,
        servedModel: str(exit.value, "model") ?? ctx.requestedModel,
        provider: str(exit.value, "provider"),
        outcome: "success",
        usage: usageOf(exit.value),
        ...(generationId !== undefined ? { generationId } : {})
      })
    }
    const error = failureOf(exit)
    return meter.record({
      ...common,
      servedModel: undefined,
      provider: undefined,
      outcome: "error",
      errorTag: error?._tag,
      usage: undefined,
      possiblyBilled: error !== undefined ? mayHaveBeenBilled(error) : undefined
    })
  })

/** The ledger row opened by `contextOf`, settled with the answer's id, model, provider and usage. */
const ledgerSettlement = <Out>(env: Env, ctx: CallContext, exit: Exit.Exit<Out, OpenRouterError>): Effect.Effect<void> =>
  env.ledger.settle(ctx, {
    status: Exit.isSuccess(exit) ? "success" : Exit.isInterrupted(exit) ? "interrupted" : "error",
    completion: Exit.isSuccess(exit)
      ? {
        id: str(exit.value, "id"),
        model: str(exit.value, "model") ?? ctx.requestedModel,
        provider: str(exit.value, "provider"),
        usage: usageOf(exit.value)
      }
      : undefined,
    error: failureOf(exit),
    estimatedCostMicros: undefined,
    attempts: ctx.attempts.length,
    modelsTried: 1,
    requestedModel: ctx.requestedModel,
    startedAt: ctx.startedAt,
    timeToFirstTokenMs: undefined
  })

/**
 * One operation through the pipeline: validation, retry, breaker, rate limit, bulkhead, budget
 * (metered operations: reserved at the estimate, settled with `usage.cost`), the configured
 * timeouts and deadline, request and attempt spans, the attempts log, the meter and the ledger
 * (metered operations).
 */
export const callOperation = <In, Out>(
  env: Env,
  op: Operation.Operation<In, Out>,
  input: In,
  options?: OperationOptions
): Effect.Effect<Out, OpenRouterError> =>
  Effect.flatMap(contextOf(env, op, input, options), ({ ctx, request }) =>
    Effect.scoped(
      Effect.gen(function*() {
        const { reservation, value } = yield* env.run(ctx, sendOnce(env, op, request, ctx))
        if (reservation !== undefined) {
          const cost = usageOf(value)?.cost
          yield* reservation.settleUsd(typeof cost === "number" ? cost : undefined)
        }
        return value
      })
    ).pipe(
      withDeadline(ctx),
      Effect.mapError((e) => withAttempts(e, ctx.attempts)),
      Effect.onExit((exit) => finishOperation(env, ctx, exit)),
      Telemetry.requestSpan({ operation: op.id, model: ctx.requestedModel, stream: false })
    ))
