/**
 * Stage: the attempt on the stream wire (DESIGN §3 steps 8–9 for streams): the streaming request,
 * one timer for the idle, first-content and deadline limits, read up to the commit point. A JSON
 * reply to a streaming request is decoded as on the JSON wire and folded into the same events.
 *
 * @internal
 */
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { ChatCompletion } from "../ChatCompletion.js"
import * as ChatStream from "../ChatStream.js"
import { arm, timeoutFail } from "../internal/timer.js"
import {
  classify,
  contentFilter,
  errorObject,
  type InterruptReason,
  type OpenRouterError,
  TimeoutError,
  TransportError
} from "../OpenRouterError.js"
import * as Transport from "../Transport.js"
import { isEmptyFilteredAnswer, isJsonReply, toOpenRouterError } from "./classify.js"
import { deadlineError } from "./timeouts.js"
import type { CallContext, Env, OpenedStream } from "./types.js"

const decodeCompletion = Transport.decodeWith(ChatCompletion)

/** How long the end of a body is awaited after `[DONE]` before the request is closed anyway. */
const DONE_GRACE_MS = 1000

/**
 * One attempt on the stream wire: sends the streaming request and reads up to the commit point
 * (the first content event), keeping what it read for the consumer. Before that point a failure
 * fails the attempt (retry and fallback apply); the timer aborts a silent body,
 * and the first-content limit bounds the wait.
 */
export const openStream = (env: Env, ctx: CallContext) => (model: string): Effect.Effect<OpenedStream, OpenRouterError, Scope.Scope> =>
  Effect.gen(function*() {
    const body = { ...ctx.body, model, stream: true }
    const response = yield* env.transport.send({
      method: "POST",
      path: "/chat/completions",
      body,
      accept: "sse",
      model,
      headers: ctx.headers,
      headersTimeout: ctx.timeouts.headers,
      // Bounds the read of a JSON reply or an error body (an SSE body has the timer below).
      idleTimeout: ctx.timeouts.idle,
      // The call's deadline up to the headers, when the call keeps it without a timer fiber
      // (`timeouts.ts`); the timer below takes it over from there.
      deadline: ctx.deadline
    })
    // A server, proxy, mock or cassette may answer a streaming request with JSON: decided by
    // the content type, not by the body failing as SSE.
    if (isJsonReply(response.headers)) return yield* openJsonReply(model, response)
    const idleMs = Duration.toMillis(ctx.timeouts.idle)
    const deadlineAt = ctx.startedAt + Duration.toMillis(ctx.timeouts.deadline)
    const contentBy = response.sentAt + Duration.toMillis(ctx.timeouts.firstContent)
    const clock = yield* Effect.clock
    const watch = {
      lastReadAt: clock.unsafeCurrentTimeMillis(),
      fired: undefined as TimeoutError | undefined,
      committed: false
    }
    // The decoder runs inside the pull below, on each read: no stream layer between the body
    // and the events.
    const decoder = ChatStream.makeDecoder({
      maxEventBytes: env.config.limits.maxEventBytes,
      model,
      generationId: response.generationId,
      headers: response.headers,
      // The commit point is the first content event: handed over without decoding what
      // follows it in the same read (a read after a long hold may carry the whole answer).
      firstContentAlone: true,
      onRead: () => {
        watch.lastReadAt = clock.unsafeCurrentTimeMillis()
      }
    })
    const state = decoder.state
    // One timer per attempt (not a timer per read, not a fiber): armed for the nearest of the
    // idle, first-content and deadline instants, re-armed when bytes arrived meanwhile; when one
    // passes it aborts the request (the body then fails, reported as this TimeoutError).
    let cancelTimer = noopCancel
    const check = (): void => {
      const now = clock.unsafeCurrentTimeMillis()
      // After [DONE] only the end of the body is awaited, briefly (keep-alive reuse).
      const idleAt = watch.lastReadAt + (state.done ? Math.min(idleMs, DONE_GRACE_MS) : idleMs)
      const contentAt = watch.committed ? Infinity : contentBy
      if (now >= deadlineAt) watch.fired = deadlineError(ctx)
      else if (now >= contentAt) watch.fired = firstContentError(ctx, model)
      else if (now >= idleAt) {
        watch.fired = new TimeoutError({
          message: `No bytes received for ${Duration.format(ctx.timeouts.idle)}`,
          kind: "idle",
          timeout: ctx.timeouts.idle,
          model
        })
      } else {
        cancelTimer = arm(clock, Math.min(idleAt, deadlineAt, contentAt) - now, check)
        return
      }
      Effect.runFork(response.abort)
    }
    cancelTimer = arm(
      clock,
      Math.min(watch.lastReadAt + idleMs, deadlineAt, contentBy) - watch.lastReadAt,
      check
    )
    // `Scope.addFinalizer`, not `Effect.addFinalizer`: the latter keeps the fiber's references
    // of this moment (inside the attempt's `locally`, a copy of their map) for the stream's life.
    yield* Scope.addFinalizer(
      yield* Effect.scope,
      Effect.sync(() => {
        cancelTimer()
      })
    )
    const bytes = response.pull ?? (yield* Stream.toPull(response.stream))
    const pull = eventPull(decoder, bytes, model, (e) => watch.fired ?? toOpenRouterError(e))
    const buffered: Array<ChatStream.ChatStreamEvent> = []
    let ended = false
    let committed = false
    while (!committed) {
      const next = yield* Effect.either(pull)
      if (Either.isLeft(next)) {
        if (Option.isNone(next.left)) {
          ended = true
          break
        }
        return yield* Effect.fail(next.left.value)
      }
      for (const event of next.right) {
        buffered.push(event)
        if (!committed && ChatStream.isContent(event)) committed = true
      }
    }
    watch.committed = true
    if (!committed && isEmptyFilteredAnswer(state.accumulator.completion())) {
      return yield* Effect.fail(contentFilter({ generationId: response.generationId, model }))
    }
    const firstContentAt = committed ? yield* Clock.currentTimeMillis : undefined
    const opened: OpenedStream = {
      model,
      buffered,
      pull,
      ended,
      state,
      response,
      firstContentAt
    }
    return opened
  }).pipe((self) =>
    // The first-content limit is the timer's once headers arrived; it needs an outer timeout
    // only when it is shorter than the headers timeout (it could pass while headers are awaited).
    Duration.lessThan(ctx.timeouts.firstContent, ctx.timeouts.headers)
      ? timeoutFail(self, Duration.toMillis(ctx.timeouts.firstContent), () => firstContentError(ctx, model))
      : self
  )

const noopCancel = (): void => {}

const firstContentError = (ctx: CallContext, model: string): TimeoutError =>
  new TimeoutError({
    message: `No content within ${Duration.format(ctx.timeouts.firstContent)} of sending`,
    kind: "firstContent",
    timeout: ctx.timeouts.firstContent,
    model
  })

/** Past this many bytes after `[DONE]` the rest of a body is not read (the request is aborted). */
const DRAIN_LIMIT = 64 * 1024

/**
 * The events of a body: one pull of bytes (every read since the previous pull), decoded at once
 * into one chunk of events. A failure is raised after the events before it; after `[DONE]` the
 * rest of the body is read and dropped (bounded), so the connection can be reused, and its end
 * or failure ends the events; a body ending without `[DONE]` nor a finish reason fails with
 * `TransportError`.
 */
const eventPull = (
  decoder: ReturnType<typeof ChatStream.makeDecoder>,
  bytes: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<TransportError>>,
  model: string,
  reason: (e: ChatStream.StepFailure | TransportError) => InterruptReason
): Effect.Effect<Chunk.Chunk<ChatStream.ChatStreamEvent>, Option.Option<InterruptReason>> => {
  const state = decoder.state
  // The failure (or end) to raise at the next pull, once the events before it were handed over.
  let pending: Option.Option<ChatStream.StepFailure | TransportError> | undefined
  let drained = 0
  const raise = (p: Option.Option<ChatStream.StepFailure | TransportError>) =>
    Effect.fail(Option.isSome(p) ? Option.some(reason(p.value)) : Option.none())
  const ended = (): Effect.Effect<Chunk.Chunk<ChatStream.ChatStreamEvent>, Option.Option<InterruptReason>> => {
    const step = decoder.end()
    pending = step.failure !== undefined
      ? Option.some(step.failure)
      : state.done || state.accumulator.finishReason !== null
      ? Option.none()
      : Option.some(
        new TransportError({ message: "The stream ended without [DONE] and without a finish reason", sent: true, model })
      )
    return step.events.length > 0 ? Effect.succeed(Chunk.unsafeFromArray(step.events)) : raise(pending)
  }
  const onFailure = (e: Option.Option<TransportError>) => {
    // After [DONE] the end of the body, or its failure (a reset, the timer), is the end.
    if (state.done) {
      pending = Option.none()
      return raise(pending)
    }
    if (Option.isNone(e)) return ended()
    pending = e
    return raise(pending)
  }
  const onChunk = (
    chunk: Chunk.Chunk<Uint8Array>
  ): Effect.Effect<Chunk.Chunk<ChatStream.ChatStreamEvent>, Option.Option<InterruptReason>> => {
    if (state.done) {
      for (const b of chunk) drained += b.length
      if (drained > DRAIN_LIMIT) {
        pending = Option.none()
        return raise(pending)
      }
      return pull
    }
    let events: Array<ChatStream.ChatStreamEvent> | undefined
    for (const b of chunk) {
      const step = decoder.feed(b)
      if (events === undefined) events = step.events
      else for (const e of step.events) events.push(e)
      if (step.failure !== undefined) {
        pending = Option.some(step.failure)
        break
      }
      if (state.done) break
    }
    if (events !== undefined && events.length > 0) return Effect.succeed(Chunk.unsafeFromArray(events))
    return pending !== undefined ? raise(pending) : pull
  }
  // The events held after the first content event (`firstContentAlone`), decoded at the next pull.
  const flush = Effect.suspend(() => {
    const step = decoder.flush()
    if (step.failure !== undefined) pending = Option.some(step.failure)
    if (step.events.length > 0) return Effect.succeed(Chunk.unsafeFromArray(step.events))
    return pending !== undefined ? raise(pending) : pull
  })
  const read = Effect.matchEffect(bytes, { onFailure, onSuccess: onChunk })
  const pull: Effect.Effect<Chunk.Chunk<ChatStream.ChatStreamEvent>, Option.Option<InterruptReason>> = Effect.suspend(
    () => (pending !== undefined ? raise(pending) : decoder.holding ? flush : read)
  )
  return pull
}

/**
 * A JSON reply to a streaming request, decoded as on the JSON wire: an `{error}` body fails with
 * the same typed error; a completion is folded into the events a stream of it would give. A
 * choice error before any output fails like an error chunk before content (retryable); after
 * output, like one after the commit point (`StreamInterrupted`, the output kept).
 */
const openJsonReply = (
  model: string,
  response: Transport.TransportResponse
): Effect.Effect<OpenedStream, OpenRouterError> =>
  Effect.gen(function*() {
    const body = yield* response.json
    const nowMillis = yield* Clock.currentTimeMillis
    const fail = (errorBody: unknown, generationId: string | undefined) =>
      classify({ status: response.status, body: errorBody, headers: response.headers, generationId, model, nowMillis })
    if (typeof body === "object" && body !== null && "error" in body && errorObject(body) !== undefined) {
      return yield* Effect.fail(fail(body, response.generationId))
    }
    const value = yield* decodeCompletion(body, response.status, model)
    const state: ChatStream.DecodeState = { accumulator: new ChatStream.Accumulator(), done: true, sawBytes: true }
    const buffered: Array<ChatStream.ChatStreamEvent> = []
    state.accumulator.adopt(value, buffered)
    const committed = buffered.some(ChatStream.isContent)
    const choice = value.choices[0]
    const choiceError = choice !== undefined && (choice.finish_reason === "error" || (choice.error !== undefined && choice.error !== null))
      ? fail({ error: choice?.error ?? { message: "The choice finished with an error" } }, response.generationId ?? value.id)
      : undefined
    if (choiceError !== undefined && !committed) return yield* Effect.fail(choiceError)
    if (!committed && isEmptyFilteredAnswer(state.accumulator.completion())) {
      return yield* Effect.fail(contentFilter({ generationId: response.generationId ?? value.id, model }))
    }
    const opened: OpenedStream = {
      model,
      buffered,
      pull: Effect.fail(choiceError !== undefined ? Option.some(choiceError) : Option.none()),
      ended: choiceError === undefined,
      state,
      response,
      firstContentAt: committed ? nowMillis : undefined
    }
    return opened
  })
