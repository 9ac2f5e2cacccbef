/**
 * The stream wire (`chatStream`, and `chat` by default): the call's outer frame (ledger row,
 * budget settlement, deadline, attempts log, `finish`, request span) around `run` with
 * `openStream`; then one pull loop hands the events held back until the commit point, the rest
 * of the body and `Done` to the consumer, a failure after the commit point becoming
 * `StreamInterrupted`.
 *
 * @internal
 */
import * as Channel from "effect/Channel"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as ExecutionStrategy from "effect/ExecutionStrategy"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Budget from "../Budget.js"
import type { ChatResult, Completion } from "../ChatResult.js"
import * as ChatStream from "../ChatStream.js"
import { type InterruptReason, MalformedResponseError, type OpenRouterError, StreamInterrupted, withAttempts } from "../OpenRouterError.js"
import { errorOf } from "./classify.js"
import { makeContext } from "./context.js"
import { finish } from "./finish.js"
import { metadata } from "./result.js"
import { openStream } from "./streamOpen.js"
import * as Telemetry from "../Telemetry.js"
import { chatStreamSpan } from "./telemetry.js"
import { withDeadline } from "./timeouts.js"
import type { CallOptions, ChatRequestInput, Env, OpenedStream } from "./types.js"

/** The consumer side of a streamed call: one pull per read (`None` after `Done`). */
type EventPull = Effect.Effect<Chunk.Chunk<ChatStream.ChatStreamEvent>, Option.Option<OpenRouterError>>

/**
 * `chatStream`: one stream layer (`Stream.repeatEffectChunkOption`) whose first pull opens the
 * call in a scope of its own, closed with the stream's exit when the stream ends for any reason.
 * (`Stream.unwrapScoped` / `Stream.fromPull` would add a scoped stream and a `flatten` — two more
 * channel layers that every read passes through, and their executors' memory per open stream.)
 */
export const chatStream = (
  env: Env,
  request: ChatRequestInput,
  options: CallOptions | undefined
): Stream.Stream<ChatStream.ChatStreamEvent, OpenRouterError> => {
  const stream = Stream.suspend(() => {
    let scope: Scope.CloseableScope | undefined
    let pull: EventPull | undefined
    const open: EventPull = Effect.flatMap(
      Effect.uninterruptible(Effect.map(Scope.make(), (s) => {
        scope = s
        return s
      })),
      (s) =>
        Effect.flatMap(
          Effect.mapError(Scope.extend(openCall(env, request, options), s), Option.some),
          (p) => {
            pull = p
            return p
          }
        )
    )
    const step: EventPull = Effect.suspend(() => pull ?? open)
    return Stream.fromChannel(
      Channel.ensuringWith(
        Stream.toChannel(Stream.repeatEffectChunkOption(step)),
        (exit) => (scope === undefined ? Effect.void : Scope.close(scope, exit))
      )
    )
  })
  return stream
}

/**
 * `chat` on the stream wire without a `Stream`: the same call and pull, run to `Done` by one
 * loop in the caller's fiber (no channel executor, no stream layers).
 */
export const chatFold = (
  env: Env,
  request: ChatRequestInput,
  options: CallOptions | undefined
): Effect.Effect<ChatResult, OpenRouterError> =>
  Effect.scoped(Effect.flatMap(openCall(env, request, options), (pull) => {
    let result: ChatResult | undefined
    const loop: Effect.Effect<ChatResult, OpenRouterError> = Effect.matchEffect(pull, {
      onFailure: (e) =>
        Option.isSome(e)
          ? Effect.fail(e.value)
          : result !== undefined
          ? Effect.succeed(result)
          : Effect.fail(new MalformedResponseError({ message: "The stream produced no result", excerpt: "" })),
      onSuccess: (events) => {
        for (const e of events) if (e._tag === "Done") result = e.result
        return loop
      }
    })
    return loop
  }))


/**
 * Opens a streamed call in the current scope (ledger row, budget settlement, deadline, attempts
 * log, `finish`, request span, `run` with `openStream`) and hands back its pull.
 */
const openCall = (
  env: Env,
  request: ChatRequestInput,
  options: CallOptions | undefined
): Effect.Effect<EventPull, OpenRouterError, Scope.Scope> =>
  env.ledger.tagged(
    options?.tags,
    Effect.gen(function*() {
      const ctx = yield* makeContext(env, request, options, "stream")
      // Before the finalizer below, so the span is still open when the result is recorded.
      const span = yield* chatStreamSpan(ctx)
      yield* env.ledger.open(ctx, ctx.requestedModel, ctx.wire)
      const end: {
        completion: Completion | undefined
        error: OpenRouterError | undefined
        opened: OpenedStream | undefined
        reservation: Budget.Reservation | undefined
      } = { completion: undefined, error: undefined, opened: undefined, reservation: undefined }
      const callScope = yield* Effect.scope
      // The attempts run in a scope forked before the finalizer below: scopes close in reverse
      // order, so the finalizer settles the reservation with the reported cost before an
      // attempt's own leftover settlement (`reserve.ts`), which then has nothing to do — one
      // write to the budget, not "unsettled" and then "settled" (two writes a shared budget
      // could apply out of order).
      const attemptsScope = yield* Scope.fork(callScope, ExecutionStrategy.sequential)
      // Runs once when the stream ends for any reason: settle the budget, record the call.
      // (`Scope.addFinalizerExit`: `Effect.addFinalizer` would keep a copy of the fiber's
      // references for the stream's life; the span is passed explicitly.)
      yield* Scope.addFinalizerExit(callScope, (exit) =>
        Effect.gen(function*() {
          const acc = end.opened?.state.accumulator
          if (end.reservation !== undefined) {
            const cost = acc?.usage?.cost
            yield* typeof cost === "number" ? end.reservation.settleUsd(cost) : end.reservation.settle(undefined)
          }
          const firstContentMs = end.opened?.firstContentAt !== undefined
            ? end.opened.firstContentAt - end.opened.response.sentAt
            : undefined
          const error = end.error ?? (Exit.isFailure(exit) && !Exit.isInterrupted(exit) ? errorOf(exit.cause) : undefined)
          yield* end.completion !== undefined
            ? finish(env, ctx, { completion: end.completion }, firstContentMs)
            : error !== undefined
            ? finish(env, ctx, { error }, firstContentMs)
            : finish(env, ctx, { interrupted: true, partial: acc?.completion() }, firstContentMs)
        }).pipe(Telemetry.withinRequestSpan(span))
      )
      const { value: opened, reservation } = yield* env.run(ctx, openStream(env, ctx)).pipe(
        Scope.extend(attemptsScope),
        withDeadline(ctx),
        Effect.mapError((e) => withAttempts(e, ctx.attempts)),
        Effect.tapError((e) => Effect.sync(() => { end.error = e })),
        Telemetry.withinRequestSpan(span)
      )
      end.opened = opened
      yield* env.ledger.served(ctx, opened.response.generationId ?? opened.state.accumulator.id)
      end.reservation = reservation
      // The message is the reason's own; validation is off: `partial` folds chunks that were
      // each decoded already (and a tool call whose id never came has none).
      const interrupted = (reason: InterruptReason) =>
        new StreamInterrupted({
          message: reason.message,
          partial: opened.state.accumulator.partial(),
          reason,
          attempts: [...ctx.attempts],
          ...(opened.state.accumulator.id !== undefined ? { generationId: opened.state.accumulator.id } : {}),
          model: opened.state.accumulator.model ?? opened.model
        }, true)
      const doneEvent = Effect.gen(function*() {
        const endAt = yield* Clock.currentTimeMillis
        const completion = opened.state.accumulator.completion()
        const result: ChatResult = {
          ...completion,
          meta: metadata(ctx, completion, opened.response, opened.model, endAt, opened.firstContentAt),
          raw: opened.state.accumulator.raw()
        }
        end.completion = result
        return Chunk.of<ChatStream.ChatStreamEvent>({ _tag: "Done", result })
      })
      // One pull for the whole consumer side (one stream layer per read instead of five): the
      // events held back until the commit point, then the body, then `Done`; a failure after
      // the commit point becomes StreamInterrupted.
      let phase: "buffered" | "body" | "done" | "finished" = "buffered"
      const body: EventPull = Effect.catchAll(opened.pull, (e) => {
        if (Option.isNone(e)) {
          phase = "done"
          return Effect.succeed(Chunk.empty<ChatStream.ChatStreamEvent>())
        }
        phase = "finished"
        const error = interrupted(e.value)
        end.error = error
        return Effect.fail(Option.some(error))
      })
      const pull: EventPull = Effect
        .suspend(() => {
          switch (phase) {
            case "buffered":
              phase = opened.ended ? "done" : "body"
              // `splice`: the events (and their chunks) are not kept for the stream's life.
              return Effect.succeed(Chunk.unsafeFromArray(opened.buffered.splice(0)))
            case "body":
              return body
            case "done":
              phase = "finished"
              return doneEvent
            case "finished":
              return Effect.fail(Option.none())
          }
        })
      return pull
    })
  )
