/**
 * The byte-stream wire beside `callOperation` (speech audio, video content): the operation sent
 * through the same `run` — retry, breaker, rate limit, bulkhead, budget for metered operations,
 * attempt spans, the attempts log — up to its first byte; after it the bytes flow to the consumer
 * as they arrive and a failure is no longer retried (the consumer has bytes already). The meter
 * records the call once when the stream ends. Also: costs reported after the call that incurred
 * them (a video job's cost arrives with its last poll) settled into the budget and the meter.
 *
 * @internal
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type * as Operation from "../Operation.js"
import { type OpenRouterError, withAttempts } from "../OpenRouterError.js"
import * as Telemetry from "../Telemetry.js"
import { contextOf, finishOperation, type OperationOptions } from "./operation.js"
import { withDeadline } from "./timeouts.js"
import type { Env } from "./types.js"

/** The first non-empty chunk of a pulled body, or an empty chunk when the body is empty. */
const firstChunk = <E>(
  pull: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<E>>
): Effect.Effect<{ readonly chunk: Chunk.Chunk<Uint8Array>; readonly ended: boolean }, E> =>
  Effect.matchEffect(pull, {
    onFailure: (e) =>
      Option.isNone(e) ? Effect.succeed({ chunk: Chunk.empty<Uint8Array>(), ended: true }) : Effect.fail(e.value),
    onSuccess: (chunk) =>
      Chunk.some(chunk, (bytes) => bytes.length > 0) ? Effect.succeed({ chunk, ended: false }) : firstChunk(pull)
  })

/**
 * An operation answering with bytes, as a stream: retried (per the `RetryPolicy`) until its
 * first byte arrives, never after. The meter records it once when the stream ends, with the
 * response's generation id (`X-Generation-Id`) when it has one; a metered operation's budget
 * reservation is settled then (its cost is not in the body: unknown).
 */
export const callBytesStream = <In, Out>(
  env: Env,
  op: Operation.Operation<In, Out>,
  input: In,
  options?: OperationOptions
): Stream.Stream<Uint8Array, OpenRouterError> =>
  Stream.unwrapScoped(
    Effect.gen(function*() {
      const { ctx, request } = yield* contextOf(env, op, input, options)
      const opened = yield* env.run(ctx, (model) =>
        Effect.gen(function*() {
          const response = yield* env.transport.send({ ...request, model: request.model !== undefined ? model : undefined })
          const pull = yield* Stream.toPull(response.stream)
          const first = yield* firstChunk(pull)
          return { response, pull, first }
        })).pipe(
          withDeadline(ctx),
          Effect.mapError((e) => withAttempts(e, ctx.attempts)),
          Effect.tapErrorCause((cause) => finishOperation(env, ctx, Exit.failCause(cause))),
          Telemetry.requestSpan({ operation: op.id, model: ctx.requestedModel, stream: true })
        )
      const { pull, first, response } = opened.value
      const rest: Stream.Stream<Uint8Array, OpenRouterError> = first.ended
        ? Stream.empty
        : Stream.repeatEffectChunkOption(pull)
      const done = (exit: Exit.Exit<unknown, OpenRouterError>) =>
        Effect.zipRight(
          opened.reservation !== undefined ? opened.reservation.settleUsd(undefined) : Effect.void,
          finishOperation(
            env,
            ctx,
            Exit.map(exit, () => ({
              ...(response.generationId !== undefined ? { id: response.generationId } : {}),
              model: ctx.requestedModel
            }))
          )
        )
      return Stream.fromChunk(first.chunk).pipe(
        Stream.concat(rest),
        Stream.filter((bytes) => bytes.length > 0),
        Stream.onEnd(done(Exit.void)),
        Stream.tapErrorCause((cause) => done(Exit.failCause(cause)))
      )
    })
  )

/** A cost OpenRouter reported after the call that incurred it (a video job's last poll). */
export interface ReportedCost {
  /** The model the cost belongs to (budget and meter key). */
  readonly model: string
  readonly costUsd: number
  readonly generationId?: string | undefined
  readonly provider?: string | undefined
}

/**
 * Settles a cost reported late: a zero reservation in the budget settled at the cost (the spend
 * is counted even past the limit: it is already incurred), and one meter entry (de-duplicated by
 * the generation id).
 */
export const settleReported = (env: Env, reported: ReportedCost): Effect.Effect<void> =>
  Effect.gen(function*() {
    const budget = env.policies.budget
    if (budget !== undefined) {
      yield* budget.reserve(reported.model, 0).pipe(
        Effect.flatMap((reservation) => reservation.settleUsd(reported.costUsd)),
        Effect.ignore
      )
    }
    const meter = env.policies.meter
    if (meter !== undefined) {
      yield* meter.record({
        requestedModel: reported.model,
        servedModel: reported.model,
        provider: reported.provider,
        outcome: "success",
        attempts: 1,
        retries: 0,
        fallbacks: 0,
        usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, cost: reported.costUsd },
        ...(reported.generationId !== undefined ? { generationId: reported.generationId } : {})
      })
    }
  })

/** The byte wire and late settlements, bound to the pipeline's environment. */
export const mediaCalls = (env: Env) => ({
  bytesStream: <In, Out>(op: Operation.Operation<In, Out>, input: In, options?: OperationOptions) =>
    callBytesStream(env, op, input, options),
  settleReported: (reported: ReportedCost) => settleReported(env, reported)
})

/**
 * What the media APIs are built from: the generic call, the byte wire and late settlements.
 *
 * @internal
 */
export interface MediaCalls extends ReturnType<typeof mediaCalls> {
  readonly call: <In, Out>(
    op: Operation.Operation<In, Out>,
    input: In,
    options?: OperationOptions
  ) => Effect.Effect<Out, OpenRouterError>
}
