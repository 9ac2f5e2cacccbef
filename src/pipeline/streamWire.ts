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
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Cause from "effect/Cause"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type * as Tracer from "effect/Tracer"
import * as CallScope from "../internal/callScope.js"
import { inScope } from "../internal/inScope.js"
import type * as Budget from "../Budget.js"
import { type ChatResult, fromCompletion } from "../ChatResult.js"
import * as ChatStream from "../ChatStream.js"
import { type InterruptReason, type OpenRouterError, StreamInterrupted, withAttempts } from "../OpenRouterError.js"
import { errorOf } from "./classify.js"
import { contextOf } from "./context.js"
import { finish } from "./finish.js"
import { runFused } from "./fusedAttempt.js"
import { chatResult, metadata } from "./result.js"
import { endOfBody, handlers, onFail, openStream } from "./streamOpen.js"
import * as Telemetry from "../Telemetry.js"
import { chatStreamSpan } from "./telemetry.js"
import { withDeadline } from "./timeouts.js"
import type { CallContext, CallOptions, ChatOptions, ChatRequestInput, Env, OpenedStream } from "./types.js"

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
): Stream.Stream<ChatStream.ChatStreamEvent, OpenRouterError> =>
  Stream.suspend(() => {
    let scope: Scope.CloseableScope | undefined
    let call: StreamCall | undefined
    const open: EventPull = Effect.flatMap(
      // One synchronous step: the scope is known to the finalizer below once it exists.
      Effect.sync(() => {
        const s = CallScope.make()
        scope = s
        return s
      }),
      (s) =>
        Effect.flatMap(
          Effect.mapError(openCall(env, request, options, s), Option.some),
          (c) => {
            call = c
            return c.pull
          }
        )
    )
    const step: EventPull = Effect.suspend(() => call === undefined ? open : call.pull)
    return Stream.fromChannel(
      Channel.ensuringWith(
        Stream.toChannel(Stream.repeatEffectChunkOption(step)),
        (exit) => (scope === undefined ? Effect.void : Scope.close(scope, exit))
      )
    )
  })

/**
 * `chat` on the stream wire without a `Stream`: the same call, its body read to the end in the
 * caller's fiber — pushed when the transport can (`BodyEvents.drain`: one resumption at the end),
 * else one pull loop — with no channel executor and no stream layers (the accumulator folds the
 * events). The call's scope is handed to the opening, not put in the fiber's
 * context: the loop runs without a context of its own.
 */
export const chatFold = (
  env: Env,
  request: ChatRequestInput,
  options: ChatOptions | undefined
): Effect.Effect<ChatResult, OpenRouterError> =>
{
  const opening = (scope: Scope.CloseableScope) => openCall(env, request, options, scope)
  const onEvent = options?.onEvent
  const use = onEvent === undefined ? foldCall : (call: StreamCall) => call.deliver(onEvent)
  // As `Effect.acquireUseRelease`, without keeping the call's arguments for the loop's life (and
  // `Effect.onExit`'s handlers without a mask of their own: they run under this one).
  // The scope is made as the masked step runs (each run of the effect gets its own).
  return Effect.uninterruptibleMask((restore) => {
    const scope = CallScope.make()
    return Effect.matchCauseEffect(restore(Effect.flatMap(opening(scope), use)), {
      onFailure: (cause) =>
        Effect.matchCauseEffect(Scope.close(scope, Exit.failCause(cause)), {
          onFailure: (closing) => Effect.failCause(Cause.sequential(cause, closing)),
          onSuccess: () => Effect.failCause(cause)
        }),
      onSuccess: (result) => Effect.as(Scope.close(scope, Exit.succeed(result)), result)
    })
  })
}

const foldCall = (call: StreamCall): Effect.Effect<ChatResult, OpenRouterError> => call.fold()

/** The buffered events, then the body, then `Done`, then the end. */
const enum Phase {
  Buffered,
  Body,
  Done,
  Finished
}

/**
 * One streamed call once its attempt reached the commit point, as one object (no closure per
 * concern): the consumer's pull — the events held back until the commit point, then the body,
 * then `Done`; a failure after the commit point becoming `StreamInterrupted` — `chat`'s fold, and
 * what the call's finalizer needs to settle and record the call once.
 */
class StreamCall {
  /** The result, once `Done` was made: the finalizer records a success. */
  private completion: ChatResult | undefined = undefined
  /** The failure after the commit point (or of the opening), recorded as the call's error. */
  private error: OpenRouterError | undefined = undefined
  private phase = Phase.Buffered
  private body: EventPull | undefined = undefined
  private loop: Effect.Effect<ChatResult, OpenRouterError> | undefined = undefined
  private consumerPull: EventPull | undefined = undefined

  constructor(
    private readonly env: Env,
    private readonly ctx: CallContext,
    private readonly span: Tracer.Span,
    private readonly opened: OpenedStream,
    private readonly reservation: Budget.Reservation | undefined
  ) {}

  /** The consumer's pull (`chatStream`; made on first use, `chat` folds without it). */
  get pull(): EventPull {
    return this.consumerPull ??= Effect.suspend(() => this.step())
  }

  private step(): EventPull {
    switch (this.phase) {
      case Phase.Buffered:
        this.phase = this.opened.ended ? Phase.Done : Phase.Body
        // `splice`: the events (and their chunks) are not kept for the stream's life.
        return Effect.succeed(Chunk.unsafeFromArray(this.opened.buffered.splice(0)))
      case Phase.Body:
        // (`catchAllCause`: a read passes this frame without a step of its own.)
        this.body ??= Effect.catchAllCause(this.opened.pull, (cause) => onFail(cause, this.bodyEnd, this))
        return this.body
      case Phase.Done:
        this.phase = Phase.Finished
        return Effect.map(this.result(), (result) => Chunk.of<ChatStream.ChatStreamEvent>({ _tag: "Done", result }))
      case Phase.Finished:
        return endOfBody
    }
  }

  /** The body's end (`Done` next) or its failure after the commit point (`StreamInterrupted`). */
  private bodyEnd(e: Option.Option<InterruptReason>): EventPull {
    if (Option.isNone(e)) {
      this.phase = Phase.Done
      return Effect.succeed(Chunk.empty<ChatStream.ChatStreamEvent>())
    }
    this.phase = Phase.Finished
    return Effect.fail(Option.some(this.interrupted(e.value)))
  }

  /** `chat`: the body read to its end, its events dropped (the accumulator folded them), the result. */
  fold(): Effect.Effect<ChatResult, OpenRouterError> {
    this.opened.buffered.length = 0
    if (this.opened.ended) return this.result()
    // The body pushed, when the transport can: one resumption at its end, not a pull per read.
    const drained = this.opened.drain?.(undefined)
    if (drained !== undefined) {
      return Effect.matchCauseEffect(
        drained,
        handlers((cause: Cause.Cause<Option.Option<InterruptReason>>) => onFail(cause, this.foldEnd, this), () => this.result())
      )
    }
    this.loop ??= Effect.matchCauseEffect(
      this.opened.pull,
      handlers((cause: Cause.Cause<Option.Option<InterruptReason>>) => onFail(cause, this.foldEnd, this), () => this.loop ?? this.result())
    )
    return this.loop
  }

  /**
   * `chat` with `onEvent`: the fold, each event handed to the callback as it is decoded (the held
   * ones first, `Done` last). A throw from the callback ends the call as a defect.
   */
  deliver(onEvent: (event: ChatStream.ChatStreamEvent) => void): Effect.Effect<ChatResult, OpenRouterError> {
    const handOver = (events: Iterable<ChatStream.ChatStreamEvent>): Effect.Effect<never> | undefined => {
      try {
        for (const event of events) onEvent(event)
        return undefined
      } catch (defect) {
        return Effect.die(defect)
      }
    }
    const done = Effect.flatMap(this.result(), (result) => handOver([{ _tag: "Done", result }]) ?? Effect.succeed(result))
    const held = handOver(this.opened.buffered.splice(0))
    if (held !== undefined) return held
    if (this.opened.ended) return done
    const end = (e: Option.Option<InterruptReason>) => Option.isNone(e) ? done : Effect.fail(this.interrupted(e.value))
    // The body pushed, when the transport can: the callback called from the body's own reads.
    const drained = this.opened.drain?.((events) => {
      for (const event of events) onEvent(event)
    })
    if (drained !== undefined) {
      return Effect.matchCauseEffect(
        drained,
        handlers((cause: Cause.Cause<Option.Option<InterruptReason>>) => onFail(cause, end, this), () => done)
      )
    }
    const loop: Effect.Effect<ChatResult, OpenRouterError> = Effect.matchCauseEffect(
      this.opened.pull,
      handlers(
        (cause: Cause.Cause<Option.Option<InterruptReason>>) => onFail(cause, end, this),
        (events: Chunk.Chunk<ChatStream.ChatStreamEvent>) => handOver(events) ?? loop
      )
    )
    return loop
  }

  private foldEnd(e: Option.Option<InterruptReason>): Effect.Effect<ChatResult, OpenRouterError> {
    return Option.isNone(e) ? this.result() : Effect.fail(this.interrupted(e.value))
  }

  /** A failure after the commit point: the message is the reason's own, the partial kept. */
  private interrupted(reason: InterruptReason): StreamInterrupted {
    const opened = this.opened
    const acc = opened.state.accumulator
    // Validation is off: `partial` folds chunks that were each decoded already (and a tool call
    // whose id never came has none).
    const error = new StreamInterrupted({
      message: reason.message,
      partial: acc.partial(),
      reason,
      attempts: [...this.ctx.attempts],
      ...(acc.id !== undefined ? { generationId: acc.id } : {}),
      model: acc.model ?? opened.model
    }, true)
    this.error = error
    return error
  }

  private result(): Effect.Effect<ChatResult> {
    return Effect.withFiberRuntime((fiber) => {
      const endAt = Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeMillis()
      const opened = this.opened
      // The completion and its wire shape from one fold of the chunks (`completion()` and `raw()`
      // would each make it; `partial()` would copy the completion once more).
      const acc = opened.state.accumulator
      const raw = acc.raw()
      const completion = raw === undefined ? acc.completion() : fromCompletion(raw)
      const result = chatResult(
        completion,
        metadata(this.ctx, completion, opened.response, opened.model, endAt, opened.firstContentAt),
        raw
      )
      this.completion = result
      return Effect.succeed(result)
    })
  }

  /** The ledger learns the generation id as soon as the stream is open. */
  served(): Effect.Effect<void> {
    return this.env.ledger.served(this.ctx, this.opened.response.generationId ?? this.opened.state.accumulator.id)
  }

  /** Runs once when the call ends for any reason after its opening: settle the budget, record the call. */
  finalize(exit: Exit.Exit<unknown, unknown>): Effect.Effect<void> {
    const opened = this.opened
    const acc = opened.state.accumulator
    const reservation = this.reservation
    const cost = acc.usage?.cost
    const settled = reservation === undefined
      ? undefined
      : typeof cost === "number"
      ? reservation.settleUsd(cost)
      : reservation.settle(undefined)
    const firstContentMs = opened.firstContentAt !== undefined ? opened.firstContentAt - opened.response.sentAt : undefined
    const error = this.error ?? (Exit.isFailure(exit) && !Exit.isInterrupted(exit) ? errorOf(exit.cause) : undefined)
    const recorded = this.completion !== undefined
      ? finish(this.env, this.ctx, { completion: this.completion }, firstContentMs)
      : error !== undefined
      ? finish(this.env, this.ctx, { error }, firstContentMs)
      : finish(this.env, this.ctx, { interrupted: true, partial: acc.completion() }, firstContentMs)
    return Telemetry.withinRequestSpan(settled === undefined ? recorded : Effect.zipRight(settled, recorded), this.span)
  }
}

/**
 * Opens a streamed call in the given scope (ledger row, deadline, attempts log, request span,
 * `run` with `openStream`) and hands it back. The call is recorded once: by `finish` here when the
 * opening fails or is interrupted, else by the finalizer registered on the call's scope once the
 * attempt is open. That finalizer is added after the attempts' scopes (forked from the call's
 * scope during `run`), and scopes close in reverse order: it settles the reservation with the
 * reported cost before an attempt's own leftover settlement (`reserve.ts`), which then has nothing
 * to do — one write to the budget, not "unsettled" and then "settled" (two writes a shared budget
 * could apply out of order).
 */
const openCall = (
  env: Env,
  request: ChatRequestInput,
  options: CallOptions | undefined,
  callScope: Scope.Scope
): Effect.Effect<StreamCall, OpenRouterError> =>
  env.ledger.tagged(
    options?.tags,
    Effect.withFiberRuntime((fiber) => {
      const made = contextOf(env, request, options, "stream", Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeMillis())
      if (Either.isLeft(made)) return Effect.fail(made.left)
      const ctx = made.right
      const opened = (span: Tracer.Span) =>
        Effect.uninterruptibleMask((restore) =>
          Effect.matchCauseEffect(
            restore(runFused(env, ctx, openStream(env, ctx), callScope).pipe(
              withDeadline(ctx),
              Telemetry.withinRequestSpan(span)
            )),
            {
              onFailure: (failed) => {
                // The error with the attempts log (here, not by `mapError`: one step less).
                const cause = Cause.map(failed, (e) => withAttempts(e, ctx.attempts))
                const error = Cause.isInterruptedOnly(cause) ? undefined : errorOf(cause)
                return Effect.zipRight(
                  Telemetry.withinRequestSpan(
                    error !== undefined
                      ? finish(env, ctx, { error }, undefined)
                      : finish(env, ctx, { interrupted: true, partial: undefined }, undefined),
                    span
                  ),
                  Effect.failCause(cause)
                )
              },
              onSuccess: ({ reservation, value: opened }) => {
                const call = new StreamCall(env, ctx, span, opened, reservation)
                // Registered at once (no interruption between): runs once when the call ends.
                // (`Scope.addFinalizerExit`: `Effect.addFinalizer` would keep a copy of the
                // fiber's references for the stream's life.)
                const finalize = (exit: Exit.Exit<unknown, unknown>) => call.finalize(exit)
                return CallScope.addFinalizerThen(callScope, finalize, Effect.succeed(call))
              }
            }
          )
        )
      // No tracer and no usage ledger: no span to open, no row to write, nothing to tell it.
      if (!Telemetry.isTracing(fiber.currentTracer) && env.policies.ledger === undefined) {
        return opened(Telemetry.untracedSpan)
      }
      return Effect.flatMap(
        // Before the finalizer, so the span is still open when the result is recorded.
        inScope(chatStreamSpan(ctx), callScope),
        (span) =>
          Effect.tap(
            Effect.zipRight(env.ledger.open(ctx, ctx.requestedModel, ctx.wire), opened(span)),
            (call) => call.served()
          )
      )
    })
  )
