/**
 * Stage: on the way out (step 10 of the call, docs/architecture.md), once per logical call: the meter (and background
 * cost reconciliation), the usage ledger's settlement, telemetry's result metrics; and local
 * rejections (breaker, rate limit, bulkhead, budget) as they happen.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Fiber from "effect/Fiber"
import * as FiberSet from "effect/FiberSet"
import type { ChatResult, Completion } from "../ChatResult.js"
import { EmbeddingsResponse } from "../Embeddings.js"
import { type Generation, GenerationResponse } from "../Generation.js"
import { mayHaveBeenBilled, type OpenRouterError, withAttempts } from "../OpenRouterError.js"
import * as Telemetry from "../Telemetry.js"
import { billedPartial, failureOf } from "./classify.js"
import { estimateFor } from "./estimate.js"
import type { CallContext, Env } from "./types.js"

const fetchGeneration = (env: Env, id: string): Effect.Effect<Generation, OpenRouterError> =>
  Effect.map(env.transport.json({ method: "GET", path: "/generation", query: { id } }, GenerationResponse), (r) => r.value.data)

/** How many models the attempts went to. */
const modelsIn = (attempts: ReadonlyArray<{ readonly model: string }>): number =>
  attempts.length <= 1 ? attempts.length : new Set(attempts.map((a) => a.model)).size

/** How a logical call ended, for {@link finish}. */
export interface Outcome {
  readonly completion?: Completion | undefined
  readonly partial?: Completion | undefined
  readonly error?: OpenRouterError | undefined
  readonly interrupted?: boolean
}

/** Records the logical call once: meter, ledger and telemetry. */
export const finish = (env: Env, ctx: CallContext, outcome: Outcome, firstContentMs?: number): Effect.Effect<void> =>
  Effect.withFiberRuntime((fiber) => finishNow(env, ctx, outcome, fiber, firstContentMs) ?? Effect.void)

/**
 * {@link finish} by a caller that holds the running fiber: done at once when there is nothing but
 * telemetry to record (`undefined`), else the effect that records the rest.
 */
export const finishNow = (
  env: Env,
  ctx: CallContext,
  outcome: Outcome,
  fiber: Fiber.RuntimeFiber<unknown, unknown>,
  firstContentMs?: number
): Effect.Effect<void> | undefined => {
  const end = Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeMillis()
  const partial = outcome.partial ??
    (outcome.error?._tag === "StreamInterrupted" ? outcome.error.partial : undefined)
  const completion = outcome.completion ?? partial
  const modelsTried = modelsIn(ctx.attempts)
  const status = outcome.completion !== undefined
    ? "success" as const
    : outcome.interrupted === true || outcome.error?._tag === "StreamInterrupted"
    ? "interrupted" as const
    : "error" as const
  const servedModel = completion?.model
  const retries = Math.max(0, ctx.attempts.length - modelsTried)
  const result = (estimatedCostMicros: number | undefined): Telemetry.ResultAttributes => ({
    requestedModel: ctx.requestedModel,
    responseModel: servedModel,
    responseId: completion?.id,
    provider: completion?.provider,
    outcome: status,
    errorTag: outcome.error?._tag,
    usage: completion?.usage,
    finishReasons: completion?.finishReason !== undefined && completion.finishReason !== null
      ? [completion.finishReason]
      : undefined,
    estimatedCostMicros,
    durationMs: end - ctx.startedAt,
    timeToFirstTokenMs: firstContentMs,
    retries,
    completion
  })
  const { ledger, meter, registry } = env.policies
  const estimated = completion !== undefined && typeof completion.usage?.cost !== "number"
  // Nothing but telemetry to record: done in this step.
  if (meter === undefined && ledger === undefined && (!estimated || registry === undefined)) {
    Telemetry.unsafeRecordResult(result(undefined), fiber)
    return undefined
  }
  // Each step only when its policy is there.
  const record = (estimatedCostMicros: number | undefined): Effect.Effect<void> => {
    const metered = meter === undefined ? Effect.void : Effect.gen(function*() {
      yield* meter.record({
        requestedModel: ctx.requestedModel,
        servedModel,
        provider: completion?.provider,
        outcome: status,
        errorTag: outcome.error?._tag,
        attempts: ctx.attempts.length,
        retries,
        fallbacks: Math.max(0, modelsTried - 1),
        usage: completion?.usage,
        estimatedCostMicros,
        generationId: completion?.id,
        possiblyBilled: outcome.error !== undefined ? mayHaveBeenBilled(outcome.error) : undefined
      })
      const id = completion?.id
      if (
        env.reconcileCosts !== false && id !== undefined && typeof completion?.usage?.cost !== "number" &&
        (status !== "error" || (outcome.error !== undefined && mayHaveBeenBilled(outcome.error)))
      ) {
        // In the layer's fiber set, not a daemon: it ends when the layer is closed. `finish`
        // runs in an exit handler (uninterruptible), and a fork inherits that: the fiber is
        // made interruptible explicitly, or closing the layer would wait for it.
        yield* FiberSet.run(
          env.background,
          Effect.interruptible(Effect.ignore(meter.reconcile(id, fetchGeneration(env, id), env.reconcileCosts)))
        )
      }
    })
    const settled = env.ledger.settle(ctx, {
      status,
      completion,
      error: outcome.error,
      estimatedCostMicros,
      attempts: ctx.attempts.length,
      modelsTried,
      requestedModel: ctx.requestedModel,
      startedAt: ctx.startedAt,
      timeToFirstTokenMs: firstContentMs
    })
    return Effect.zipRight(Effect.zipRight(metered, settled), Telemetry.recordResult(result(estimatedCostMicros)))
  }
  return estimated
    ? Effect.flatMap(estimateFor(env, ctx, servedModel ?? ctx.requestedModel, servedModel !== undefined), record)
    : record(undefined)
}

/**
 * A chat call's way out, once: the attempts log on its error, then `finish` however it ended.
 * `onInterrupt` runs first when the call was interrupted.
 */
export const settled = (env: Env, ctx: CallContext, onInterrupt?: () => void) =>
(self: Effect.Effect<ChatResult, OpenRouterError>): Effect.Effect<ChatResult, OpenRouterError> =>
  self.pipe(
    Effect.mapError((e) => withAttempts(e, ctx.attempts)),
    Effect.onExit((exit) => {
      if (Exit.isSuccess(exit)) return finish(env, ctx, { completion: exit.value })
      if (Exit.isInterrupted(exit)) {
        onInterrupt?.()
        return finish(env, ctx, { interrupted: true })
      }
      const error = failureOf(exit)
      return finish(env, ctx, { error, partial: billedPartial(error) })
    })
  )

/** The embeddings usage in the meter's (chat) shape: no completion tokens. */
const embeddingsUsage = (u: EmbeddingsResponse["usage"]) =>
  u === undefined || u === null ? undefined : {
    prompt_tokens: u.prompt_tokens ?? 0,
    completion_tokens: 0,
    total_tokens: u.total_tokens ?? u.prompt_tokens ?? 0,
    ...(typeof u.cost === "number" ? { cost: u.cost } : {}),
    ...(typeof u.is_byok === "boolean" ? { is_byok: u.is_byok } : {}),
    ...(u.cost_details !== undefined ? { cost_details: u.cost_details } : {})
  }

/**
 * Records an embeddings call once: the meter (success as before; failures too, like chat) and
 * telemetry's result (the span's response attributes, the GenAI duration and input-token metrics
 * under `gen_ai.operation.name` `embeddings`).
 */
export const finishEmbeddings = (env: Env, ctx: CallContext, exit: Exit.Exit<EmbeddingsResponse, OpenRouterError>): Effect.Effect<void> =>
  Effect.gen(function*() {
    const end = yield* Clock.currentTimeMillis
    const modelsTried = modelsIn(ctx.attempts)
    const retries = Math.max(0, ctx.attempts.length - modelsTried)
    const value = Exit.isSuccess(exit) ? exit.value : undefined
    const error = Exit.isFailure(exit) && !Exit.isInterrupted(exit) ? failureOf(exit) : undefined
    const usage = value !== undefined ? embeddingsUsage(value.usage) : undefined
    const servedModel = value === undefined ? undefined : typeof value.model === "string" ? value.model : ctx.requestedModel
    const provider = typeof value?.provider === "string" ? value.provider : undefined
    const generationId = typeof value?.id === "string" ? value.id : undefined
    const estimatedCostMicros = value !== undefined && typeof usage?.cost !== "number"
      ? yield* estimateFor(env, ctx, ctx.requestedModel)
      : undefined
    if (env.policies.meter !== undefined && !Exit.isInterrupted(exit)) {
      const common = {
        requestedModel: ctx.requestedModel,
        attempts: ctx.attempts.length,
        retries,
        fallbacks: Math.max(0, modelsTried - 1)
      }
      yield* value !== undefined
        ? env.policies.meter.record({
          ...common,
          servedModel,
          provider,
          outcome: "success",
          usage,
          ...(estimatedCostMicros !== undefined ? { estimatedCostMicros } : {}),
          ...(generationId !== undefined ? { generationId } : {})
        })
        : env.policies.meter.record({
          ...common,
          servedModel: undefined,
          provider: undefined,
          outcome: "error",
          errorTag: error?._tag,
          usage: undefined,
          possiblyBilled: error !== undefined ? mayHaveBeenBilled(error) : undefined
        })
    }
    yield* Telemetry.recordResult({
      operation: "embeddings",
      requestedModel: ctx.requestedModel,
      responseModel: servedModel,
      responseId: generationId,
      provider,
      outcome: value !== undefined ? "success" : Exit.isInterrupted(exit) ? "interrupted" : "error",
      errorTag: error?._tag,
      usage,
      estimatedCostMicros,
      durationMs: end - ctx.startedAt,
      retries
    })
  })

const LOCAL_REJECTIONS = new Set(["CircuitOpenError", "RateLimitExceededError", "BulkheadFullError", "BudgetExceededError"])

/** Records a local rejection (breaker, rate limit, bulkhead, budget) in the meter and telemetry. */
export const rejected = (env: Env, ctx: CallContext, error: OpenRouterError): Effect.Effect<void> =>
  LOCAL_REJECTIONS.has(error._tag)
    ? Effect.zipRight(
      env.policies.meter !== undefined ? env.policies.meter.recordRejection(error._tag) : Effect.void,
      Telemetry.recordRejection(error._tag, ctx.requestedModel)
    )
    : Effect.void
