/**
 * Stage: the attempt on the stream wire (DESIGN §3 steps 8–9 for streams): the streaming request,
 * the idle/deadline watchdog and the first-content limit, read up to the commit point. A JSON
 * reply to a streaming request is decoded as on the JSON wire and folded into the same events.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { ChatCompletion } from "../ChatCompletion.js"
import * as ChatStream from "../ChatStream.js"
import { classify, contentFilter, errorObject, type OpenRouterError, TimeoutError } from "../OpenRouterError.js"
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
 * fails the attempt (retry and fallback apply); the idle/deadline watchdog aborts a silent body,
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
      // Bounds the read of a JSON reply or an error body (an SSE body has the watchdog below).
      idleTimeout: ctx.timeouts.idle
    })
    // A server, proxy, mock or cassette may answer a streaming request with JSON: decided by
    // the content type, not by the body failing as SSE.
    if (isJsonReply(response.headers)) return yield* openJsonReply(model, response)
    const idleMs = Duration.toMillis(ctx.timeouts.idle)
    const deadlineAt = ctx.startedAt + Duration.toMillis(ctx.timeouts.deadline)
    const clock = yield* Effect.clock
    const watch = { lastReadAt: clock.unsafeCurrentTimeMillis(), fired: undefined as TimeoutError | undefined }
    const decoded = ChatStream.decodeEvents({
      maxEventBytes: env.config.limits.maxEventBytes,
      model,
      generationId: response.generationId,
      headers: response.headers,
      onRead: () => {
        watch.lastReadAt = clock.unsafeCurrentTimeMillis()
      }
    })(response.stream)
    // One watchdog per attempt instead of a timer per read: it sleeps until the idle or
    // deadline instant, re-arms when bytes arrived meanwhile, and aborts the request when
    // either passes (the body then fails and the failure is reported as this TimeoutError).
    yield* Effect.forkScoped(Effect.gen(function*() {
      while (true) {
        const now = clock.unsafeCurrentTimeMillis()
        // After [DONE] only the end of the body is awaited, briefly (keep-alive reuse).
        const idleAt = watch.lastReadAt + (decoded.state.done ? Math.min(idleMs, DONE_GRACE_MS) : idleMs)
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
      Effect.mapError(Option.map((e) => watch.fired ?? toOpenRouterError(e)))
    )
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
    if (!committed && isEmptyFilteredAnswer(decoded.state.accumulator.completion())) {
      return yield* Effect.fail(contentFilter({ generationId: response.generationId, model }))
    }
    const firstContentAt = committed ? yield* Clock.currentTimeMillis : undefined
    const opened: OpenedStream = {
      model,
      buffered,
      pull,
      ended,
      state: decoded.state,
      response,
      firstContentAt
    }
    return opened
  }).pipe(
    Effect.timeoutFail({
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
