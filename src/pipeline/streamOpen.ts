/**
 * Stage: the attempt on the stream wire (steps 8–9 of the call for streams, docs/architecture.md): the streaming request,
 * one timer for the idle, first-content and deadline limits, read up to the commit point. A JSON
 * reply to a streaming request is decoded as on the JSON wire and folded into the same events.
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { ChatCompletion } from "../ChatCompletion.js"
import * as ChatStream from "../ChatStream.js"
import * as CallScope from "../internal/callScope.js"
import { extend } from "../internal/extend.js"
import { inScope } from "../internal/inScope.js"
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
import type { AttemptResponse, CallContext, Env, OpenedStream, Send, SendIn } from "./types.js"

const decodeCompletion = Transport.decodeWith(ChatCompletion)

/** How long the end of a body is awaited after `[DONE]` before the request is closed anyway. */
const DONE_GRACE_MS = 1000

/**
 * One attempt on the stream wire: sends the streaming request and reads up to the commit point
 * (the first content event), keeping what it read for the consumer. Before that point a failure
 * fails the attempt (retry and fallback apply); the timer aborts a silent body,
 * and the first-content limit bounds the wait.
 *
 * Two ways in: `staged`, an attempt of `run` (its scope in the fiber's context, the status noted
 * by the observed transport), and `first`, the call's first attempt made in one step
 * (`fusedAttempt.ts`: the scope given, the status noted in `seen`).
 */
export const openStream = (env: Env, ctx: CallContext): StreamSends => ({
  staged: (model) =>
    Effect.flatMap(Effect.scope, (scope) => opening(env, ctx, model, scope, env.transport.send(streamRequest(ctx, model)), undefined)),
  first: (model, scope, seen) => {
    const request = streamRequest(ctx, model)
    const transport = env.unobserved
    const sent = transport.sendIn !== undefined ? transport.sendIn(request, scope) : inScope(transport.send(request), scope)
    return opening(env, ctx, model, scope, sent, seen)
  }
})

/** The stream wire's attempt, both ways in (see {@link openStream}). */
export interface StreamSends {
  readonly staged: Send<OpenedStream>
  readonly first: SendIn<OpenedStream>
}

const streamRequest = (ctx: CallContext, model: string): Transport.TransportRequest => ({
  method: "POST",
  path: "/chat/completions",
  body: extend(ctx.body, { model, stream: true }),
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

const opening = <R>(
  env: Env,
  ctx: CallContext,
  model: string,
  scope: Scope.Scope,
  sent: Effect.Effect<Transport.TransportResponse, OpenRouterError, R>,
  seen: AttemptResponse | undefined
): Effect.Effect<OpenedStream, OpenRouterError, R> => {
  const opened = Effect.flatMap(sent, (response) => {
    if (seen !== undefined) seen.status = response.status
    // A server, proxy, mock or cassette may answer a streaming request with JSON: decided by
    // the content type, not by the body failing as SSE.
    return isJsonReply(response.headers)
      ? openJsonReply(model, response)
      : response.pull !== undefined
      ? openBody(env, ctx, model, response, response.pull, scope)
      : Effect.flatMap(inScope(Stream.toPull(response.stream), scope), (bytes) => openBody(env, ctx, model, response, bytes, scope))
  })
  // The first-content limit is the timer's once headers arrived; it needs an outer timeout
  // only when it is shorter than the headers timeout (it could pass while headers are awaited).
  return Duration.lessThan(ctx.timeouts.firstContent, ctx.timeouts.headers)
    ? timeoutFail(opened, Duration.toMillis(ctx.timeouts.firstContent), () => firstContentError(ctx, model))
    : opened
}

/** An SSE body: its events read up to the commit point, the timer cancelled when the attempt's scope closes. */
const openBody = (
  env: Env,
  ctx: CallContext,
  model: string,
  response: Transport.TransportResponse,
  bytes: Effect.Effect<Chunk.Chunk<Uint8Array>, BytesFailure>,
  scope: Scope.Scope
): Effect.Effect<OpenedStream, OpenRouterError> =>
  Effect.clockWith((clock) => {
    const opened = new BodyEvents(ctx, model, response, clock, bytes, env.config.limits.maxEventBytes)
    // On the given scope, not `Effect.addFinalizer`: that would keep a copy of the fiber's
    // references of this moment for the stream's life.
    return CallScope.addFinalizerThen(scope, opened.cancelOnClose, opened.open())
  })

const noopCancel = (): void => {}

/** How many bodies were read pushed (`BodyEvents.drain`; a test hook: shows which way a call went). @internal */
export const drainedBodies = { count: 0 }

/** The end of a body's events, for every pull (one value: `Effect.fail` would capture the current span in each). */
export const endOfBody = Exit.fail(Option.none())

const firstContentError = (ctx: CallContext, model: string): TimeoutError =>
  new TimeoutError({
    message: `No content within ${Duration.format(ctx.timeouts.firstContent)} of sending`,
    kind: "firstContent",
    timeout: ctx.timeouts.firstContent,
    model
  })

/** Past this many bytes after `[DONE]` the rest of a body is not read (the request is aborted). */
const DRAIN_LIMIT = 64 * 1024

type Events = Chunk.Chunk<ChatStream.ChatStreamEvent>
type EventsPull = Effect.Effect<Events, Option.Option<InterruptReason>>
type BytesFailure = Option.Option<TransportError>

/**
 * `Effect.matchEffect` without its per-use closure: `onFailure` gets the failure of a cause that
 * is one failure (the case of every pull here); any other cause goes through `Effect.catchAll`,
 * which treats it as `matchEffect` does (defects and interruptions passed on).
 */
const matchFailure = <A, E, B, E2>(
  self: Effect.Effect<A, E>,
  onFailure: (e: E) => Effect.Effect<B, E2>,
  onSuccess: (a: A) => Effect.Effect<B, E2>
): Effect.Effect<B, E2> =>
  Effect.matchCauseEffect(
    self,
    // (An arrow passed as an argument: one in an object literal would get a name of its own under
    // esbuild's `keepNames`, a property store per instance, as the bench runs it.)
    handlers((cause: Cause.Cause<E>) =>
      cause._tag === "Fail" ? onFailure(cause.error) : Effect.catchAll(Effect.failCause(cause), onFailure), onSuccess)
  )

/** `Effect.matchCauseEffect`'s handlers, built from arrows passed as arguments. */
export const handlers = <A, B>(onFailure: A, onSuccess: B) => ({ onFailure, onSuccess })

/**
 * What `Effect.matchEffect` does with a cause, for a method: `f` (called on `self`) gets the
 * failure of a cause that is one failure; any other cause goes through `Effect.catchAll`.
 */
export const onFail = <E, S, B, E2>(
  cause: Cause.Cause<E>,
  f: (this: S, e: E) => Effect.Effect<B, E2>,
  self: S
): Effect.Effect<B, E2> =>
  cause._tag === "Fail" ? f.call(self, cause.error) : Effect.catchAll(Effect.failCause(cause), (e) => f.call(self, e))

/**
 * One SSE attempt past its headers, as one object (its state and its few effects built once, no
 * closure per step): the body's pull decoded into one chunk of events per read (no stream layer
 * between the body and the events), and one timer for the idle, first-content and deadline limits.
 * It is the attempt's `OpenedStream`.
 *
 * The events: a failure is raised after the events before it; after `[DONE]` the rest of the body
 * is read and dropped (bounded), so the connection can be reused, and its end or failure ends the
 * events; a body ending without `[DONE]` nor a finish reason fails with `TransportError`.
 *
 * The timer (one per attempt, not one per read, not a fiber) is armed for the nearest of the idle,
 * first-content and deadline instants and re-armed when bytes arrived meanwhile; when one passes
 * it aborts the request (the body then fails, reported as this TimeoutError).
 */
class BodyEvents implements OpenedStream, Transport.BodySink {
  readonly buffered: Array<ChatStream.ChatStreamEvent> = []
  ended = false
  firstContentAt: number | undefined = undefined
  readonly state: ChatStream.DecodeState
  /** One pull of bytes (every read since the previous pull), decoded at once into one chunk of events. */
  readonly pull: EventsPull
  /** Cancels the timer and stops listening to a pushed body (the attempt scope's finalizer). */
  readonly cancelOnClose: () => Effect.Effect<void>
  private readonly decoder: ChatStream.Decoder
  private readonly read: EventsPull
  private readonly onTimer: () => void
  private cancelTimer: () => void = noopCancel
  private lastReadAt: number
  private readonly idleMs: number
  private readonly deadlineAt: number
  private readonly contentBy: number
  private fired: TimeoutError | undefined = undefined
  private committed = false
  // The failure (or end) to raise at the next pull, once the events before it were handed over.
  private pending: Option.Option<ChatStream.StepFailure | TransportError> | undefined = undefined
  private drained = 0
  /** Who waits for the end of a pushed body (`drain`), and what it hands the events to. */
  private drainResume: ((effect: EventsPull) => void) | undefined = undefined
  private drainDeliver: ((events: ReadonlyArray<ChatStream.ChatStreamEvent>) => void) | undefined = undefined

  constructor(
    private readonly ctx: CallContext,
    readonly model: string,
    readonly response: Transport.TransportResponse,
    private readonly clock: Clock.Clock,
    bytes: Effect.Effect<Chunk.Chunk<Uint8Array>, BytesFailure>,
    maxEventBytes: number
  ) {
    this.decoder = ChatStream.makeDecoder({
      maxEventBytes,
      model,
      generationId: response.generationId,
      headers: response.headers,
      // The commit point is the first content event: handed over without decoding what
      // follows it in the same read (a read after a long hold may carry the whole answer).
      firstContentAlone: true
    })
    this.state = this.decoder.state
    this.read = Effect.matchCauseEffect(
      bytes,
      handlers((cause: Cause.Cause<BytesFailure>) => onFail(cause, this.onBytesFailure, this), (chunk: Chunk.Chunk<Uint8Array>) => this.onChunk(chunk))
    )
    this.pull = Effect.suspend(() => this.next())
    const cancel = Effect.sync(() => {
      this.cancelTimer()
      if (this.drainResume !== undefined) this.stopDrain()
    })
    this.cancelOnClose = () => cancel
    this.onTimer = () => this.check()
    this.idleMs = Duration.toMillis(ctx.timeouts.idle)
    this.deadlineAt = ctx.startedAt + Duration.toMillis(ctx.timeouts.deadline)
    this.contentBy = response.sentAt + Duration.toMillis(ctx.timeouts.firstContent)
    const now = clock.unsafeCurrentTimeMillis()
    this.lastReadAt = now
    this.cancelTimer = arm(clock, Math.min(now + this.idleMs, this.deadlineAt, this.contentBy) - now, this.onTimer)
  }

  /**
   * Reads up to the commit point (the first content event), keeping the events for the consumer;
   * or to the end of a body without content (an empty filtered answer fails the attempt).
   */
  open(): Effect.Effect<OpenedStream, OpenRouterError> {
    const loop: Effect.Effect<OpenedStream, OpenRouterError> = matchFailure(
      this.pull,
      (e) => {
        if (Option.isSome(e)) return Effect.fail(e.value)
        this.ended = true
        return this.opened(false)
      },
      (events) => {
        let committed = false
        for (const event of events) {
          this.buffered.push(event)
          if (!committed && ChatStream.isContent(event)) committed = true
        }
        return committed ? this.opened(true) : loop
      }
    )
    return loop
  }

  /** The commit point passed (or the body ended before it): the first-content limit no longer applies. */
  private opened(committed: boolean): Effect.Effect<OpenedStream, OpenRouterError> {
    this.committed = true
    if (committed) {
      this.firstContentAt = this.clock.unsafeCurrentTimeMillis()
      return Effect.succeed(this)
    }
    return isEmptyFilteredAnswer(this.state.accumulator.completion())
      ? Effect.fail(contentFilter({ generationId: this.response.generationId, model: this.model }))
      : Effect.succeed(this)
  }

  private check(): void {
    const now = this.clock.unsafeCurrentTimeMillis()
    // After [DONE] only the end of the body is awaited, briefly (keep-alive reuse).
    const idleAt = this.lastReadAt + (this.state.done ? Math.min(this.idleMs, DONE_GRACE_MS) : this.idleMs)
    const contentAt = this.committed ? Infinity : this.contentBy
    if (now >= this.deadlineAt) this.fired = deadlineError(this.ctx)
    else if (now >= contentAt) this.fired = firstContentError(this.ctx, this.model)
    else if (now >= idleAt) {
      this.fired = new TimeoutError({
        message: `No bytes received for ${Duration.format(this.ctx.timeouts.idle)}`,
        kind: "idle",
        timeout: this.ctx.timeouts.idle,
        model: this.model
      })
    } else {
      this.cancelTimer = arm(this.clock, Math.min(idleAt, this.deadlineAt, contentAt) - now, this.onTimer)
      return
    }
    Effect.runFork(this.response.abort)
  }

  private raise(p: Option.Option<ChatStream.StepFailure | TransportError>): EventsPull {
    return Option.isSome(p) ? Effect.fail(Option.some(this.fired ?? toOpenRouterError(p.value))) : endOfBody
  }

  private next(): EventsPull {
    if (this.pending !== undefined) return this.raise(this.pending)
    if (!this.decoder.holding) return this.read
    // The events held after the first content event (`firstContentAlone`), decoded now.
    const step = this.decoder.flush()
    if (step.failure !== undefined) this.pending = Option.some(step.failure)
    if (step.events.length > 0) return Effect.succeed(Chunk.unsafeFromArray(step.events))
    return this.pending !== undefined ? this.raise(this.pending) : this.read
  }

  private onBytesFailure(e: BytesFailure): EventsPull {
    const last = this.endOfBytes(e)
    return last.events.length > 0 ? Effect.succeed(Chunk.unsafeFromArray(last.events)) : this.raise(last.end)
  }

  /** The body's end or failure: the last events, and the end of the events (kept in `pending`). */
  private endOfBytes(e: BytesFailure): { readonly events: Array<ChatStream.ChatStreamEvent>; readonly end: EndOfEvents } {
    // After [DONE] the end of the body, or its failure (a reset, the timer), is the end.
    if (this.state.done) return { events: [], end: this.pending = Option.none() }
    if (Option.isSome(e)) return { events: [], end: this.pending = e }
    const step = this.decoder.end()
    const end: EndOfEvents = step.failure !== undefined
      ? Option.some(step.failure)
      : this.state.done || this.state.accumulator.finishReason !== null
      ? Option.none()
      : Option.some(
        new TransportError({
          message: "The stream ended without [DONE] and without a finish reason",
          sent: true,
          model: this.model
        })
      )
    this.pending = end
    return { events: step.events, end }
  }

  private onChunk(chunk: Chunk.Chunk<Uint8Array>): EventsPull {
    const events = this.decodeRead(chunk)
    if (events !== undefined && events.length > 0) return Effect.succeed(Chunk.unsafeFromArray(events))
    return this.pending !== undefined ? this.raise(this.pending) : this.pull
  }

  /** One pull's reads decoded, up to a failure or `[DONE]` (`pending` set when the events ended). */
  private decodeRead(chunk: Chunk.Chunk<Uint8Array>): Array<ChatStream.ChatStreamEvent> | undefined {
    const wasDone = this.state.done
    let events: Array<ChatStream.ChatStreamEvent> | undefined
    for (const b of chunk) {
      const got = this.decodeOne(b)
      if (got !== undefined) {
        if (events === undefined) events = got
        else for (const e of got) events.push(e)
      }
      if (this.pending !== undefined || (!wasDone && this.state.done)) break
    }
    return events
  }

  /** One read decoded (`pending` set on a failure); after `[DONE]`, counted and dropped. */
  private decodeOne(bytes: Uint8Array): Array<ChatStream.ChatStreamEvent> | undefined {
    this.lastReadAt = this.clock.unsafeCurrentTimeMillis()
    if (this.state.done) {
      this.drained += bytes.length
      if (this.drained > DRAIN_LIMIT) this.pending = Option.none()
      return undefined
    }
    const step = this.decoder.feed(bytes)
    if (step.failure !== undefined) this.pending = Option.some(step.failure)
    return step.events
  }

  // --- the body pushed (`drain`): this object is the transport's sink -------------------------

  /**
   * The rest of the body when the transport pushes it (`TransportResponse.push`): each read decoded
   * in the body's own callback as it arrives (`data`, `end`), its events handed to `deliver` (if
   * any), and the fiber resumed once, with the end of the events as a pull raises it — no Effect
   * step per read. `undefined` when the transport cannot push (the caller pulls). A throw from
   * `deliver` ends it as a defect.
   */
  drain(deliver: ((events: ReadonlyArray<ChatStream.ChatStreamEvent>) => void) | undefined): EventsPull | undefined {
    const push = this.response.push
    if (push === undefined) return undefined
    drainedBodies.count++
    return Effect.async<Events, Option.Option<InterruptReason>>((resume) => {
      this.drainResume = resume
      this.drainDeliver = deliver
      // What the pulls left: the events held after the first content event, a failure to raise.
      while (this.pending === undefined && this.decoder.holding) {
        const step = this.decoder.flush()
        if (step.failure !== undefined) this.pending = Option.some(step.failure)
        if (!this.handOver(step.events)) return
      }
      if (this.pending !== undefined) return this.finishDrain(this.raise(this.pending))
      // No canceler (an `Effect.async` with one keeps an interruption handler per call): when the
      // call is interrupted, the attempt's scope closes, and its finalizer (`cancelOnClose`) stops
      // listening before the request is aborted.
      push(this)
    })
  }

  /** A read of the pushed body (`Transport.BodySink`). */
  data(bytes: Uint8Array): void {
    if (this.drainResume === undefined || !this.handOver(this.decodeOne(bytes))) return
    if (this.pending !== undefined) this.finishDrain(this.raise(this.pending))
  }

  /** The end of the pushed body, or its failure (`Transport.BodySink`). */
  end(failure: TransportError | undefined): void {
    if (this.drainResume === undefined) return
    const last = this.endOfBytes(failure === undefined ? Option.none() : Option.some(failure))
    if (this.handOver(last.events)) this.finishDrain(this.raise(last.end))
  }

  private handOver(events: ReadonlyArray<ChatStream.ChatStreamEvent> | undefined): boolean {
    const deliver = this.drainDeliver
    if (deliver === undefined || events === undefined || events.length === 0) return true
    try {
      deliver(events)
      return true
    } catch (defect) {
      this.finishDrain(Effect.die(defect))
      return false
    }
  }

  private finishDrain(effect: EventsPull): void {
    const resume = this.drainResume
    if (resume === undefined) return
    this.stopDrain()
    resume(effect)
  }

  /** Stops listening to the pushed body (at its end, or when the attempt's scope closes first). */
  private stopDrain(): void {
    this.drainResume = undefined
    this.drainDeliver = undefined
    this.response.push?.(undefined)
  }
}

/** How the events end: `None` at their end, or the failure after the ones before it. */
type EndOfEvents = Option.Option<ChatStream.StepFailure | TransportError>

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
