/**
 * The wire of the event-stream APIs beside chat — the Responses API (`POST /responses`) and the
 * Anthropic-compatible Messages API (`POST /messages`) — with chat's guarantees: the call's outer
 * frame (ledger row, request span with the operation's name, deadline, attempts log, budget
 * settled once with the reported cost, `finish`: meter, ledger, telemetry) around `run` (budget
 * check, retry, breaker, rate limit, bulkhead, reservation, attempt timeout), one attempt read up
 * to its commit point (the first content event), then one pull loop handing the consumer the
 * held-back events, the rest of the body and `Done`; a failure after the commit point becomes
 * `StreamInterrupted` with the partial output, never retried.
 *
 * Both wires fold through the same accumulator: `wire: "stream"` (the default) sends
 * `stream: true`, `wire: "json"` sends a JSON request and adopts the reply whole. No fallback and
 * no registry pre-checks: the candidates and checks of chat read chat requests.
 *
 * @internal
 */
import * as Channel from "effect/Channel"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type * as Budget from "../Budget.js"
import type { Completion, PartialCompletion, RoutingMetadata } from "../ChatResult.js"
import * as Fallback from "../Fallback.js"
import { extend } from "../internal/extend.js"
import * as ModelId from "../ModelId.js"
import {
  classify,
  errorObject,
  type InterruptReason,
  InvalidRequestError,
  MalformedResponseError,
  type OpenRouterError,
  StreamInterrupted,
  TimeoutError,
  TransportError,
  withAttempts
} from "../OpenRouterError.js"
import * as Sse from "../Sse.js"
import * as Telemetry from "../Telemetry.js"
import type * as Transport from "../Transport.js"
import { errorOf, isJsonReply, toOpenRouterError } from "./classify.js"
import { finish } from "./finish.js"
import { metadata } from "./result.js"
import { deadlineError, withDeadline } from "./timeouts.js"
import type { CallContext, CallOptions, Env } from "./types.js"
import { resolveTimeouts } from "./validate.js"

/** What an event-stream API's accumulator offers the wire (`ResponsesStream.Accumulator`, `MessagesStream.Accumulator`). */
export interface ApiAccumulator<E> {
  readonly id: string | undefined
  readonly model: string | undefined
  /** The answer is complete: what follows is drained, not decoded. */
  readonly terminal: boolean
  readonly onMessage: (message: Sse.SseMessage, out: Array<E>, context: StepContext) => StepFailure | undefined
  readonly adopt: (body: unknown, out: Array<E>, context: StepContext) => StepFailure | undefined
  readonly completion: () => Completion
  readonly partial: () => PartialCompletion
}

interface StepContext {
  readonly model?: string | undefined
  readonly generationId?: string | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
}

type StepFailure = InterruptReason | Sse.SseLimitExceeded

/** An event-stream API: its path, operation name, accumulator and events. */
export interface SseApi<E extends { readonly _tag: string }, A extends ApiAccumulator<E>, Raw, R> {
  /** The operation's name in spans, attempts and the meter: `responses`, `messages`. */
  readonly operation: string
  readonly path: string
  /** Validates and encodes the caller's request (unknown fields kept). */
  readonly encode: (request: unknown) => Effect.Effect<unknown, ParseResult.ParseError>
  /** What the terminal event is called, for the error of a body that ends before it. */
  readonly terminalName: string
  readonly accumulator: () => A
  readonly isContent: (event: E) => boolean
  readonly raw: (accumulator: A) => Raw | undefined
  readonly result: (completion: Completion, meta: RoutingMetadata, raw: Raw | undefined) => R
  readonly done: (result: R) => E
  readonly resultOf: (event: E) => R | undefined
}

/** The part of an API the attempt needs. */
type Wire<E extends { readonly _tag: string }, A extends ApiAccumulator<E>> = Pick<
  SseApi<E, A, unknown, unknown>,
  "path" | "terminalName" | "accumulator" | "isContent"
>

/** Per-call options of the Responses and Messages APIs. */
export type SseCallOptions = Pick<
  CallOptions,
  "wire" | "retry" | "timeouts" | "headers" | "circuitBreaker" | "rateLimit" | "bulkhead" | "tags"
>

const override = <S>(value: S | false | undefined, layer: S | undefined): S | undefined =>
  value === false ? undefined : value ?? layer

const invalid = (operation: string, e: ParseResult.ParseError): InvalidRequestError => {
  const issue = ParseResult.ArrayFormatter.formatErrorSync(e)[0]
  return new InvalidRequestError({
    message: `${operation}: ${ParseResult.TreeFormatter.formatErrorSync(e)}`,
    field: issue !== undefined && issue.path.length > 0 ? issue.path.map(String).join(".") : "request"
  })
}

const contextOf = (
  env: Env,
  api: Pick<SseApi<{ readonly _tag: string }, ApiAccumulator<{ readonly _tag: string }>, unknown, unknown>, "operation" | "encode">,
  request: object,
  options: SseCallOptions | undefined
): Effect.Effect<CallContext, InvalidRequestError> =>
  Effect.gen(function*() {
    const encoded = yield* Effect.mapError(api.encode(request), (e) => invalid(api.operation, e))
    const body: Record<string, unknown> = typeof encoded === "object" && encoded !== null ? { ...encoded } : {}
    delete body["stream"]
    if (typeof body["model"] !== "string" || body["model"].trim() === "") {
      return yield* new InvalidRequestError({ message: `${api.operation}: model is required`, field: "model" })
    }
    const model = yield* ModelId.normalize(body["model"])
    body["model"] = model
    const startedAt = yield* Clock.currentTimeMillis
    return {
      operation: api.operation,
      metered: true,
      requestedModel: model,
      body,
      wire: options?.wire ?? "stream",
      timeouts: resolveTimeouts(env.config.timeouts, options?.timeouts),
      headers: options?.headers,
      retry: { ...env.policies.retry, ...options?.retry },
      fallback: Fallback.defaults,
      attempts: [],
      startedAt,
      preCheck: { checkModel: false, checkContext: false, checkParameters: false },
      guards: {
        breaker: override(options?.circuitBreaker, env.policies.breaker),
        rateLimit: override(options?.rateLimit, env.policies.rateLimit),
        bulkhead: override(options?.bulkhead, env.policies.bulkhead)
      }
    }
  })

interface Decoded<E, A> {
  readonly stream: Stream.Stream<E, StepFailure | TransportError>
  readonly state: { readonly accumulator: A; done: boolean }
}

/** SSE bytes to the API's events: error events and bad data fail after the events before them. */
const decode = <E extends { readonly _tag: string }, A extends ApiAccumulator<E>>(
  api: Wire<E, A>,
  bytes: Stream.Stream<Uint8Array, TransportError>,
  options: StepContext & { readonly maxEventBytes: number; readonly onRead: () => void }
): Decoded<E, A> => {
  const state = { accumulator: api.accumulator(), done: false }
  let out: Array<E> = []
  let failure: StepFailure | undefined
  const parser = Sse.makeParser((event) => {
    if (failure !== undefined || state.done || event._tag === "Comment") return
    if (event.data === "[DONE]") {
      state.done = true
      return
    }
    failure = state.accumulator.onMessage(event, out, options)
    if (state.accumulator.terminal) state.done = true
  }, { maxEventBytes: options.maxEventBytes })
  const take = (limit: Sse.SseLimitExceeded | undefined) => {
    if (limit !== undefined && failure === undefined) failure = limit
    const events = out
    out = []
    return events
  }
  type Loop = Channel.Channel<Chunk.Chunk<E>, Chunk.Chunk<Uint8Array>, StepFailure | TransportError, TransportError, unknown, unknown>
  const emit = (events: Array<E>) => (events.length > 0 ? Channel.write(Chunk.unsafeFromArray(events)) : Channel.void)
  const loop: Loop = Channel.readWithCause({
    onInput: (input: Chunk.Chunk<Uint8Array>) => {
      const events: Array<E> = []
      for (const bytes of input) {
        options.onRead()
        for (const e of take(parser.feed(bytes))) events.push(e)
        if (failure !== undefined || state.done) break
      }
      if (failure !== undefined) return Channel.zipRight(emit(events), Channel.fail(failure))
      if (state.done) return Channel.zipRight(emit(events), drain(0))
      return Channel.zipRight(emit(events), loop)
    },
    onFailure: (cause) => Channel.failCause(cause),
    onDone: (): Loop => {
      const events = take(parser.end())
      if (failure !== undefined) return Channel.zipRight(emit(events), Channel.fail(failure))
      if (state.done) return emit(events)
      return Channel.zipRight(
        emit(events),
        Channel.fail(
          new TransportError({
            message: `The stream ended before ${api.terminalName}`,
            sent: true,
            ...(options.model !== undefined ? { model: options.model } : {})
          })
        )
      )
    }
  })
  // After the terminal event the rest of the body is read and discarded (bounded), so the
  // connection ends cleanly; a failure then is no error: the answer is complete.
  const drain = (seen: number): Loop =>
    Channel.readWithCause({
      onInput: (input: Chunk.Chunk<Uint8Array>) => {
        let total = seen
        for (const bytes of input) total += bytes.length
        return total > 64 * 1024 ? Channel.void : drain(total)
      },
      onFailure: () => Channel.void,
      onDone: () => Channel.void
    })
  const stream = Stream.pipeThroughChannelOrFail(bytes, loop)
  return { stream, state }
}

/** An attempt that reached its commit point (or ended before its first content). */
interface Opened<E, A> {
  readonly model: string
  readonly buffered: Array<E>
  readonly pull: Effect.Effect<Chunk.Chunk<E>, Option.Option<InterruptReason>>
  readonly ended: boolean
  readonly accumulator: A
  readonly response: Transport.TransportResponse
  readonly firstContentAt: number | undefined
}

const toReason = (e: StepFailure | TransportError): InterruptReason =>
  e._tag === "SseLimitExceeded" ? toOpenRouterError(e) : e

/** One attempt: the request, read up to the commit point under the idle/deadline watchdog. */
const open = <E extends { readonly _tag: string }, A extends ApiAccumulator<E>>(
  env: Env,
  ctx: CallContext,
  api: Wire<E, A>
) =>
(model: string): Effect.Effect<Opened<E, A>, OpenRouterError, Scope.Scope> =>
  Effect.gen(function*() {
    const stream = ctx.wire === "stream"
    const response = yield* env.transport.send({
      method: "POST",
      path: api.path,
      body: extend(ctx.body, { model, stream }),
      accept: stream ? "sse" : "json",
      model,
      headers: ctx.headers,
      headersTimeout: ctx.timeouts.headers,
      idleTimeout: ctx.timeouts.idle
    })
    if (!stream || isJsonReply(response.headers)) return yield* openJson(api, model, response)
    const idleMs = Duration.toMillis(ctx.timeouts.idle)
    const deadlineAt = ctx.startedAt + Duration.toMillis(ctx.timeouts.deadline)
    const clock = yield* Effect.clock
    const watch = { lastReadAt: clock.unsafeCurrentTimeMillis(), fired: undefined as TimeoutError | undefined }
    const decoded = decode(api, response.stream, {
      maxEventBytes: env.config.limits.maxEventBytes,
      model,
      generationId: response.generationId,
      headers: response.headers,
      onRead: () => {
        watch.lastReadAt = clock.unsafeCurrentTimeMillis()
      }
    })
    yield* Effect.forkScoped(Effect.gen(function*() {
      while (true) {
        const now = clock.unsafeCurrentTimeMillis()
        const idleAt = watch.lastReadAt + (decoded.state.done ? Math.min(idleMs, 1000) : idleMs)
        if (now >= deadlineAt) {
          watch.fired = deadlineError(ctx)
          break
        }
        if (now >= idleAt) {
          watch.fired = new TimeoutError({
            message: `No bytes received for ${Duration.format(ctx.timeouts.idle)}`,
            kind: "idle",
            timeout: ctx.timeouts.idle,
            model
          })
          break
        }
        yield* Effect.sleep(Math.min(idleAt, deadlineAt) - now)
      }
      yield* response.abort
    }))
    const pull = (yield* Stream.toPull(decoded.stream)).pipe(
      Effect.mapError(Option.map((e): InterruptReason => watch.fired ?? toReason(e)))
    )
    const buffered: Array<E> = []
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
        if (api.isContent(event)) committed = true
      }
    }
    const opened: Opened<E, A> = {
      model,
      buffered,
      pull,
      ended,
      accumulator: decoded.state.accumulator,
      response,
      firstContentAt: committed ? yield* Clock.currentTimeMillis : undefined
    }
    return opened
  }).pipe(
    // The first-content limit bounds the stream wire (a JSON reply has the attempt timeout).
    (self) =>
      ctx.wire !== "stream" ? self : Effect.timeoutFail(self, {
        duration: ctx.timeouts.firstContent,
        onTimeout: () =>
          new TimeoutError({
            message: `No content within ${Duration.format(ctx.timeouts.firstContent)} of sending`,
            kind: "firstContent",
            timeout: ctx.timeouts.firstContent,
            model
          })
      })
  )

/** A JSON reply, adopted whole: an error body fails the attempt; a failed response after output is interrupted. */
const openJson = <E extends { readonly _tag: string }, A extends ApiAccumulator<E>>(
  api: Wire<E, A>,
  model: string,
  response: Transport.TransportResponse
): Effect.Effect<Opened<E, A>, OpenRouterError> =>
  Effect.gen(function*() {
    const body = yield* response.json
    const nowMillis = yield* Clock.currentTimeMillis
    // A plain `{error}` body; an API's own error envelope (Anthropic's `type: "error"`) is the accumulator's.
    const isError = typeof body === "object" && body !== null && "error" in body && errorObject(body) !== undefined &&
      !("output" in body) && !("content" in body) && !("type" in body && body.type === "error")
    if (isError) {
      return yield* Effect.fail(
        classify({ status: response.status, body, headers: response.headers, generationId: response.generationId, model, nowMillis })
      )
    }
    const accumulator = api.accumulator()
    const buffered: Array<E> = []
    const failure = accumulator.adopt(body, buffered, { model, generationId: response.generationId, headers: response.headers })
    const committed = buffered.some(api.isContent)
    if (failure !== undefined && !committed) return yield* Effect.fail(toReason(failure))
    const opened: Opened<E, A> = {
      model,
      buffered,
      pull: Effect.fail(failure !== undefined ? Option.some(toReason(failure)) : Option.none()),
      ended: failure === undefined,
      accumulator,
      response,
      firstContentAt: committed ? nowMillis : undefined
    }
    return opened
  })

/** The call as a stream of the API's events, ending with its `Done`. */
export const sseStream = <E extends { readonly _tag: string }, A extends ApiAccumulator<E>, Raw, R>(
  env: Env,
  api: SseApi<E, A, Raw, R>,
  request: object,
  options: SseCallOptions | undefined
): Stream.Stream<E, OpenRouterError> =>
  Stream.unwrapScoped(env.ledger.tagged(
    options?.tags,
    Effect.gen(function*() {
      const ctx = yield* contextOf(env, api, request, options)
      const span = yield* Telemetry.requestSpanScoped({
        operation: api.operation,
        model: ctx.requestedModel,
        stream: ctx.wire === "stream",
        request: ctx.body
      })
      yield* env.ledger.open(ctx, ctx.requestedModel, ctx.wire)
      const end: {
        completion: Completion | undefined
        error: OpenRouterError | undefined
        opened: Opened<E, A> | undefined
        reservation: Budget.Reservation | undefined
      } = { completion: undefined, error: undefined, opened: undefined, reservation: undefined }
      // Once, whatever the end: the budget settled with the reported cost, the call recorded.
      yield* Effect.addFinalizer((exit) =>
        Effect.gen(function*() {
          const acc = end.opened?.accumulator
          if (end.reservation !== undefined) {
            const cost = acc?.completion().usage?.cost
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
      const { reservation, value: opened } = yield* env.run(ctx, open<E, A>(env, ctx, api)).pipe(
        withDeadline(ctx),
        Effect.mapError((e) => withAttempts(e, ctx.attempts)),
        Effect.tapError((e) => Effect.sync(() => {
          end.error = e
        })),
        Telemetry.withinRequestSpan(span)
      )
      end.opened = opened
      end.reservation = reservation
      yield* env.ledger.served(ctx, opened.response.generationId ?? opened.accumulator.id)
      const interrupted = (reason: InterruptReason) =>
        new StreamInterrupted({
          message: reason.message,
          partial: opened.accumulator.partial(),
          reason,
          attempts: [...ctx.attempts],
          ...(opened.accumulator.id !== undefined ? { generationId: opened.accumulator.id } : {}),
          model: opened.accumulator.model ?? opened.model
        }, true)
      const doneEvent = Effect.map(Clock.currentTimeMillis, (endAt) => {
        const completion = opened.accumulator.completion()
        const meta = metadata(ctx, completion, opened.response, opened.model, endAt, opened.firstContentAt)
        end.completion = completion
        return Chunk.of(api.done(api.result(completion, meta, api.raw(opened.accumulator))))
      })
      let phase: "buffered" | "body" | "done" | "finished" = "buffered"
      const pull: Effect.Effect<Chunk.Chunk<E>, Option.Option<OpenRouterError>> = Effect.suspend(() => {
        switch (phase) {
          case "buffered":
            phase = opened.ended ? "done" : "body"
            return Effect.succeed(Chunk.unsafeFromArray(opened.buffered))
          case "body":
            return Effect.catchAll(opened.pull, (e) => {
              if (Option.isNone(e)) {
                phase = "done"
                return Effect.succeed(Chunk.empty<E>())
              }
              phase = "finished"
              const error = interrupted(e.value)
              end.error = error
              return Effect.fail(Option.some<OpenRouterError>(error))
            })
          case "done":
            phase = "finished"
            return doneEvent
          case "finished":
            return Effect.fail(Option.none())
        }
      })
      return Stream.repeatEffectChunkOption(pull)
    })
  ))

/** The stream folded into its `Done` event's result. */
export const sseFold = <E extends { readonly _tag: string }, A extends ApiAccumulator<E>, Raw, R>(
  env: Env,
  api: SseApi<E, A, Raw, R>,
  request: object,
  options: SseCallOptions | undefined
): Effect.Effect<R, OpenRouterError> =>
  sseStream(env, api, request, options).pipe(
    Stream.runLast,
    Effect.flatMap((last) => {
      const result = Option.isSome(last) ? api.resultOf(last.value) : undefined
      return result !== undefined
        ? Effect.succeed(result)
        : Effect.fail(new MalformedResponseError({ message: "The stream produced no result", excerpt: "" }))
    })
  )
