/**
 * The Node transport: the `Transport` service on undici directly (`Dispatcher.dispatch` with a
 * handler of its own, `internal/dispatch.ts`; one `Effect.async` per exchange), without
 * `@effect/platform`'s `HttpClient` in between. Same semantics as the portable transport
 * (`Transport.layer`): headers, auth, classification of non-2xx and 200-with-error bodies, size limits, `X-Generation-Id`, the
 * headers and idle timeouts with their `TimeoutError` kinds, `TransportError.sent`, redaction.
 *
 * Timeouts are one timer armed inside the exchange that aborts the request (no
 * `Effect.timeoutFail`, no watchdog fiber; `internal/timer.ts`). When the
 * running `Clock` is not Effect's default one (a `TestClock`), the timer sleeps on that clock
 * instead, so tests driving time keep working.
 *
 * Node-only: exported from `effect-openrouter/node`, never imported by the core.
 *
 * A configuration with `transformClient` gets the portable transport over undici's `HttpClient`
 * (`NodeHttpClient.layerUndici`): the transform needs an `HttpClient` to wrap.
 *
 * @since 0.1.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { Agent, type Dispatcher } from "undici"
import * as CallScope from "./internal/callScope.js"
import { Aborter, type DispatchBody, dispatchRequest } from "./internal/dispatch.js"
import { extend } from "./internal/extend.js"
import { redactString } from "./internal/redact.js"
import {
  baseHeaders as transportBaseHeaders,
  describeCause,
  headersTimeoutError,
  idleError,
  notJsonError,
  notSent,
  sizeLimitError
} from "./internal/transportErrors.js"
import { arm } from "./internal/timer.js"
import * as OpenRouterConfig from "./OpenRouterConfig.js"
import {
  type ApiError,
  classify,
  errorObject,
  type MalformedResponseError,
  TimeoutError,
  TransportError
} from "./OpenRouterError.js"
import * as Transport from "./Transport.js"

const noop = (): void => {}

/** A network failure as a `TransportError`, worded as the portable transport words it, scrubbed. */
const transportError = (
  phase: "Request" | "Response",
  cause: unknown,
  model: string | undefined,
  sent?: boolean
): TransportError => {
  const described = describeCause(cause)
  return new TransportError({
    message: redactString(`${phase} failed (Transport): ${described}`),
    sent: sent ?? !notSent(described),
    ...(model !== undefined ? { model } : {})
  })
}

/** A response body: undici's reads through our own dispatch handler (`internal/dispatch.ts`). */
type Body = DispatchBody

type SendError = ApiError | TransportError | TimeoutError | MalformedResponseError

/** An `Effect.async` canceler that holds only `interrupt` (not the closure that made it). */
const cancelWith = (interrupt: { readonly run: () => void }): Effect.Effect<void> => Effect.sync(() => interrupt.run())

/** A body being read whole (see {@link readBody}). */
interface BodyRead {
  /** Stops listening and aborts the request (interruption). */
  readonly cancel: () => void
  /**
   * The idle check at `now`: when no byte came for the idle window, fails the read with the idle
   * timeout (and aborts the request) and returns `undefined`; otherwise returns when the window
   * ends. (Also `undefined` once the read is over.)
   */
  readonly idleCheck: (now: number) => number | undefined
}

/**
 * Reads a whole body (bounded by `maxBytes`, and by `idle` between chunks). Calls `done` once.
 * With `ownTimer` the read keeps its idle window with one timer of its own (armed once and
 * re-armed for the rest of the window when bytes came meanwhile); without, the caller's timer
 * calls `idleCheck`.
 */
const readBody = (
  body: Body,
  options: {
    readonly maxBytes: number
    readonly idle: Duration.Duration
    readonly clock: Clock.Clock
    readonly status: number
    readonly model: string | undefined
    readonly abort: () => void
    readonly ownTimer: boolean
  },
  done: (result: { readonly text: string } | { readonly error: TransportError | MalformedResponseError | TimeoutError }) => void
): BodyRead => {
  const { clock, maxBytes, model, status } = options
  const idleMs = Duration.toMillis(options.idle)
  const parts: Array<Buffer> = []
  let total = 0
  let settled = false
  let timedOut = false
  let lastReadAt = clock.unsafeCurrentTimeMillis()
  let cancelTimer = noop
  const stop = () => {
    settled = true
    cancelTimer()
    body.off("data", onData)
    body.off("end", onEnd)
    body.off("error", onError)
  }
  const finish = (result: Parameters<typeof done>[0]) => {
    if (settled) return
    stop()
    done(result)
  }
  const idleCheck = (now: number): number | undefined => {
    if (settled) return undefined
    if (now - lastReadAt >= idleMs) {
      timedOut = true
      options.abort()
      finish({ error: idleError(options.idle, model) })
      return undefined
    }
    return lastReadAt + idleMs
  }
  const check = () => {
    const now = clock.unsafeCurrentTimeMillis()
    const due = idleCheck(now)
    if (due !== undefined) cancelTimer = arm(clock, due - now, check)
  }
  const onData = (chunk: Buffer) => {
    lastReadAt = clock.unsafeCurrentTimeMillis()
    total += chunk.length
    if (total > maxBytes) {
      body.destroy()
      finish({ error: sizeLimitError(maxBytes, status, model) })
      return
    }
    parts.push(chunk)
  }
  const onEnd = () => {
    const text = parts.length === 1 && parts[0] !== undefined ? parts[0].toString("utf8") : Buffer.concat(parts, total).toString("utf8")
    parts.length = 0 // not kept by whatever still holds this read
    finish({ text })
  }
  const onError = (error: unknown) => {
    finish({ error: timedOut ? idleError(options.idle, model) : transportError("Response", error, model, true) })
  }
  body.on("data", onData)
  body.on("end", onEnd)
  body.on("error", onError)
  if (options.ownTimer && Number.isFinite(idleMs)) cancelTimer = arm(clock, idleMs, check)
  return {
    // On interruption: stop listening and abort the request.
    cancel: () => {
      if (settled) return
      stop()
      options.abort()
    },
    idleCheck
  }
}

const isEventStream = (type: string | undefined): boolean =>
  type !== undefined && /^\s*text\/event-stream\s*(?:;|$)/i.test(type)

/** A pull's end: one value (`Effect.fail` would capture the current span in each). */
const endOfBody = Exit.fail(Option.none())

/** How many bytes an SSE body may queue ahead of its consumer before the socket is paused. */
const HIGH_WATER_BYTES = 1024 * 1024

/**
 * The SSE body as a pull: each pull hands over every chunk read since the previous one (one
 * `Chunk` per pull), waiting for the next read when none is queued. Backpressure by pausing
 * the body.
 */
class BodyReader {
  private queue: Array<Uint8Array> = []
  private queued = 0
  private ended = false
  private failure: TransportError | undefined = undefined
  private waiting: ((effect: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<TransportError>>) => void) | undefined
  private paused = false
  /** Where reads go as they arrive while one is attached (`push`), instead of the queue. */
  private sink: Transport.BodySink | undefined = undefined
  constructor(private readonly body: Body, private readonly model: string | undefined) {
    body.on("data", (chunk: Buffer) => {
      if (this.sink !== undefined) {
        this.sink.data(chunk)
        return
      }
      this.queue.push(chunk)
      this.queued += chunk.length
      if (this.waiting !== undefined) this.wake()
      else if (this.queued > HIGH_WATER_BYTES && !this.paused) {
        this.paused = true
        body.pause()
      }
    })
    body.on("end", () => {
      this.ended = true
      if (this.sink !== undefined) this.endSink()
      else if (this.waiting !== undefined) this.wake()
    })
    body.on("error", (error: unknown) => {
      if (this.ended) return
      this.failure ??= transportError("Response", error, this.model, true)
      if (this.sink !== undefined) this.endSink()
      else if (this.waiting !== undefined) this.wake()
    })
    body.on("close", () => {
      if (this.ended || this.failure !== undefined) return
      this.failure = transportError("Response", new Error("The response body closed before its end"), this.model, true)
      if (this.sink !== undefined) this.endSink()
      else if (this.waiting !== undefined) this.wake()
    })
  }

  /**
   * Attaches `sink` (`TransportResponse.push`): the queued reads first, in order, then each read as
   * it arrives, then the end; `undefined` detaches (reads after it queue again).
   */
  attach(sink: Transport.BodySink | undefined): void {
    if (sink === undefined) {
      this.sink = undefined
      return
    }
    const queued = this.queue
    this.queue = []
    this.queued = 0
    this.sink = sink
    for (let i = 0; i < queued.length; i++) {
      if (this.sink !== sink) {
        // Detached while handing over: the rest waits for a pull, in order.
        this.queue = queued.slice(i).concat(this.queue)
        for (const b of this.queue) this.queued += b.length
        break
      }
      sink.data(queued[i] as Uint8Array)
    }
    if (this.sink === sink) {
      if (this.paused) {
        this.paused = false
        this.body.resume()
      }
      if (this.failure !== undefined || this.ended) this.endSink()
    }
  }

  private endSink(): void {
    const sink = this.sink
    this.sink = undefined
    sink?.end(this.failure)
  }
  private wake() {
    const resume = this.waiting
    this.waiting = undefined
    // Resumed with the pull itself, not with what is queued now: a pull interrupted while it
    // waited (its fiber no longer listens: the resume is a no-op) then takes nothing, and the
    // reads stay queued for the next pull. So the wait needs no canceler, and `Effect.async`
    // without one adds no interruption handler (fewer steps and objects per read).
    if (resume !== undefined) resume(this.pull)
  }
  private next(): Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<TransportError>> {
    if (this.queue.length > 0) {
      const out = Chunk.unsafeFromArray(this.queue)
      this.queue = []
      this.queued = 0
      if (this.paused) {
        this.paused = false
        this.body.resume()
      }
      return Effect.succeed(out)
    }
    if (this.failure !== undefined) return Effect.fail(Option.some(this.failure))
    if (this.ended) return endOfBody
    return this.wait
  }
  private readonly wait = Effect.async<Chunk.Chunk<Uint8Array>, Option.Option<TransportError>>((resume) => {
    this.waiting = resume
  })
  readonly pull: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<TransportError>> = Effect.suspend(() => this.next())
  get finished(): boolean {
    return this.ended
  }
}

/** What the exchange hands back once headers arrived (and, in `full` mode, the body was read). */
interface Exchange {
  readonly status: number
  readonly headers: Record<string, string>
  readonly generationId: string | undefined
  readonly sentAt: number
  readonly headersAt: number
  readonly body: Body
  readonly controller: Aborter
  /** The parsed JSON body (`full` mode only). */
  readonly json: unknown
  /**
   * An SSE body's reader, listening from the moment its headers arrived: what the same socket
   * read carried after them is queued before the call's fiber resumes, so a short answer's first
   * pull and its end need no wait of their own.
   */
  readonly reader?: BodyReader | undefined
}

/** What reading a response's body needs of its exchange. */
type BodyOf = Pick<Exchange, "status" | "generationId" | "body" | "controller">

/**
 * The response `send` hands back, as one object (its state in fields, its effects over them): an
 * SSE body is read from the start (its reads queue until pulled, `pull`); another
 * one only when its stream or its JSON is asked for.
 */
class SentResponse implements Transport.TransportResponse, BodyOf {
  readonly status: number
  readonly headers: Record<string, string>
  readonly generationId: string | undefined
  readonly sentAt: number
  readonly headersAt: number
  readonly body: Body
  readonly controller: Aborter
  readonly pull: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<TransportError>> | undefined
  readonly push: ((sink: Transport.BodySink | undefined) => void) | undefined
  // Own properties, not getters: a transport that wraps this one may spread the response.
  readonly json: Effect.Effect<unknown, MalformedResponseError | TransportError | TimeoutError>
  readonly stream: Stream.Stream<Uint8Array, TransportError>
  readonly abort: Effect.Effect<void>
  private reader: BodyReader | undefined
  private readonly model: string | undefined
  private readonly sse: boolean
  private readonly idleTimeout: Transport.TransportRequest["idleTimeout"]

  constructor(
    ex: Exchange,
    request: Transport.TransportRequest,
    private readonly readJson: (ex: BodyOf, request: Pick<Transport.TransportRequest, "model" | "idleTimeout">) => Effect.Effect<unknown, MalformedResponseError | TransportError | TimeoutError>
  ) {
    this.status = ex.status
    this.headers = ex.headers
    this.generationId = ex.generationId
    this.sentAt = ex.sentAt
    this.headersAt = ex.headersAt
    this.body = ex.body
    this.controller = ex.controller
    this.model = request.model
    this.idleTimeout = request.idleTimeout
    this.sse = request.accept === "sse"
    this.reader = ex.reader ?? (this.sse ? new BodyReader(ex.body, request.model) : undefined)
    this.pull = this.reader?.pull
    const reader = this.reader
    this.push = reader !== undefined ? (sink) => reader.attach(sink) : undefined
    const abort = Effect.sync(() => this.abortNow())
    this.abort = this.sse ? abort : Effect.void
    this.json = Effect.suspend(() => this.readJson(this, { model: this.model, idleTimeout: this.idleTimeout }))
    this.stream = Stream.suspend(() => {
      const reader = this.reader ??= new BodyReader(this.body, this.model)
      return Stream.repeatEffectChunkOption(reader.pull).pipe(Stream.ensuring(abort))
    })
  }

  private abortNow(): void {
    if (!(this.reader?.finished ?? false)) this.controller.abort()
  }
}

/**
 * Builds the Node transport over an undici dispatcher.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeWith = (config: OpenRouterConfig.Service, dispatcher: Dispatcher): Transport.Service => {
  const base = new URL(config.baseUrl)
  const origin = base.origin
  const basePath = base.pathname.endsWith("/") ? base.pathname.slice(0, -1) : base.pathname
  const baseHeaders: Record<string, string> = {}
  const addHeaders = (into: Record<string, string>, from: Readonly<Record<string, string>>) => {
    for (const k in from) {
      const v = from[k]
      if (v !== undefined) into[k.toLowerCase()] = v
    }
  }
  addHeaders(baseHeaders, transportBaseHeaders(config))
  const authorization = `Bearer ${Redacted.value(config.apiKey)}`
  const maxBodyBytes = config.limits.maxBodyBytes

  const pathOf = (request: Transport.TransportRequest): string => {
    let path = basePath + request.path
    if (request.query !== undefined) {
      const params = new URLSearchParams()
      for (const [k, v] of Object.entries(request.query)) if (v !== undefined) params.append(k, String(v))
      const qs = params.toString()
      if (qs !== "") path += (path.includes("?") ? "&" : "?") + qs
    }
    return path
  }

  /**
   * One exchange: sends the request, waits for headers under the headers timeout, reads and
   * classifies a non-2xx body, and in `full` mode reads and parses the 2xx body too (under the
   * idle timeout) — all inside one `Effect.async`. Interruption aborts the request.
   */
  const exchange = (request: Transport.TransportRequest, full: boolean, onHeaders?: (ex: Exchange) => void) =>
    Effect.clockWith((clock) =>
      Effect.async<Exchange, SendError>((resume) => {
        const model = request.model
        const controller = new Aborter()
        // Not `{ ...baseHeaders }`: a spread copy given new keys is slow on Node 20 (`internal/extend.ts`).
        const headers: Record<string, string> = extend(baseHeaders, {})
        if (request.headers !== undefined) addHeaders(headers, request.headers)
        headers["authorization"] = authorization
        headers["accept"] = request.accept === "sse" ? "text/event-stream" : "application/json"
        let payload: string | Uint8Array | undefined
        if (request.rawBody !== undefined) {
          payload = request.rawBody.bytes
          headers["content-type"] = request.rawBody.contentType
        } else if (request.body !== undefined) {
          try {
            payload = JSON.stringify(request.body)
          } catch (e) {
            resume(Effect.fail(transportError("Request", e, model, false)))
            return
          }
          headers["content-type"] = "application/json"
        }
        let settled = false
        let headersTimedOut = false
        let read: BodyRead | undefined
        let cancelTimer = noop
        // The canceler reaches this exchange only through `interrupt`, which `settle` drops: once
        // the answer is in, nothing of the exchange is kept until the fiber resumes (with many calls
        // in flight it survived scavenges and was promoted: `docs/benchmarks.md`, 2026-12-07).
        const interrupt: { run: () => void } = {
          run: () => {
            settled = true
            cancelTimer()
            read?.cancel()
            abort()
          }
        }
        const settle = (effect: Effect.Effect<Exchange, SendError>) => {
          if (settled) return
          settled = true
          cancelTimer()
          interrupt.run = noop
          read = undefined
          cancelTimer = noop
          resume(effect)
        }
        const abort = () => controller.abort()
        const sentAt = clock.unsafeCurrentTimeMillis()
        // The call's deadline over the whole exchange (JSON calls: see `Transport.deadlines`).
        const deadline = request.deadline
        const deadlineAt = deadline !== undefined ? deadline.at : Infinity
        const headersTimeout = request.headersTimeout ?? config.timeouts.headers
        const headersMs = Duration.toMillis(headersTimeout)
        // One timer for the exchange: the headers timeout until they arrive, then the body's idle
        // window, and the call's deadline throughout (re-armed for what is left when it fires early).
        let dueAt = Infinity
        const schedule = (at: number, now: number) => {
          dueAt = at
          cancelTimer = arm(clock, at - now, watch)
        }
        const watch = () => {
          if (settled) return
          const now = clock.unsafeCurrentTimeMillis()
          if (now >= deadlineAt && deadline !== undefined) {
            // Settled first: the abort fails the request at once (`internal/dispatch.ts`).
            settle(Effect.fail(deadline.error()))
            abort()
            return
          }
          let next: number | undefined
          if (read === undefined) {
            if (now - sentAt >= headersMs) {
              headersTimedOut = true
              abort()
              settle(Effect.fail(headersTimeoutError(headersTimeout, model)))
              return
            }
            next = sentAt + headersMs
          } else {
            next = read.idleCheck(now) // undefined: the read has failed (idle) or ended
            if (next === undefined) return
          }
          schedule(Math.min(next, deadlineAt), now)
        }
        schedule(Math.min(sentAt + headersMs, deadlineAt), sentAt)
        dispatchRequest(
          dispatcher,
          { origin, path: pathOf(request), method: request.method, headers, body: payload ?? null },
          controller,
          (err, data) => {
            if (err !== null || data === undefined) {
              settle(Effect.fail(headersTimedOut ? headersTimeoutError(headersTimeout, model) : transportError("Request", err, model)))
              return
            }
            const body = data.body
            // An aborted body emits `error`; with no listener that would be an uncaught exception.
            body.on("error", noop)
            if (settled) {
              body.destroy()
              return
            }
            const headersAt = clock.unsafeCurrentTimeMillis()
            const status = data.statusCode
            const responseHeaders = data.headers
            const generationId = responseHeaders["x-generation-id"]
            const idle = request.idleTimeout ?? config.timeouts.idle
            const ok = status >= 200 && status < 300
            if (ok && !full) {
              // Only an SSE reply: another one (JSON to a streaming request) is read by `json`, whose
              // reader must see the body from its start.
              const reader = request.accept === "sse" && isEventStream(responseHeaders["content-type"])
                ? new BodyReader(body, model)
                : undefined
              const ex: Exchange = { status, headers: responseHeaders, generationId, sentAt, headersAt, body, controller, json: undefined, reader }
              onHeaders?.(ex)
              settle(Effect.succeed(ex))
              return
            }
            read = readBody(body, { maxBytes: maxBodyBytes, idle, clock, status, model, abort, ownTimer: false }, (result) => {
              if (!ok) {
                const text = "text" in result ? result.text : ""
                let parsed: unknown = undefined
                try {
                  parsed = JSON.parse(text)
                } catch {
                  parsed = undefined
                }
                settle(Effect.fail(classify({
                  status,
                  body: parsed,
                  text: parsed === undefined ? text : undefined,
                  headers: responseHeaders,
                  generationId,
                  model,
                  nowMillis: headersAt
                })))
                return
              }
              if ("error" in result) {
                settle(Effect.fail(result.error))
                return
              }
              let json: unknown
              try {
                json = JSON.parse(result.text)
              } catch (e) {
                settle(Effect.fail(notJsonError(result.text, e, status, model, generationId)))
                return
              }
              // A 2xx `{ error }` envelope is the classified error, never a success.
              if (typeof json === "object" && json !== null && "error" in json && errorObject(json) !== undefined) {
                settle(Effect.fail(classify({
                  status,
                  body: json,
                  headers: responseHeaders,
                  generationId,
                  model,
                  nowMillis: clock.unsafeCurrentTimeMillis()
                })))
                return
              }
              settle(Effect.succeed({ status, headers: responseHeaders, generationId, sentAt, headersAt, body, controller, json }))
            })
            // The body's idle window may end before the timer is due (a short idle timeout).
            const idleDue = Math.min(headersAt + Duration.toMillis(idle), deadlineAt)
            if (idleDue < dueAt) {
              cancelTimer()
              schedule(idleDue, headersAt)
            }
          }
        )
        return cancelWith(interrupt)
      })
    )

  /** The body of a `send` response read whole, as JSON, under the idle timeout. */
  const readJson = (ex: BodyOf, request: Pick<Transport.TransportRequest, "model" | "idleTimeout">) =>
    Effect.clockWith((clock) =>
      Effect.async<unknown, MalformedResponseError | TransportError | TimeoutError>((resume) => {
        const model = request.model
        const read = readBody(
          ex.body,
          {
            maxBytes: maxBodyBytes,
            idle: request.idleTimeout ?? config.timeouts.idle,
            clock,
            status: ex.status,
            model,
            abort: () => ex.controller.abort(),
            ownTimer: true
          },
          (result) => {
            if ("error" in result) return resume(Effect.fail(result.error))
            try {
              resume(Effect.succeed(JSON.parse(result.text)))
            } catch (e) {
              resume(Effect.fail(notJsonError(result.text, e, ex.status, model, ex.generationId)))
            }
          }
        )
        return Effect.sync(read.cancel)
      })
    )

  const sendIn: NonNullable<Transport.Service["sendIn"]> = (request, scope) => {
    // The request is aborted when its scope closes before the body was read to its end. The
    // finalizer is in the scope before the request is sent, and learns the exchange from the
    // exchange itself as its headers arrive: an interruption just after them (before this fiber
    // resumes) still aborts it, and a scope closed while they are awaited aborts it at them.
    let opened: Exchange | undefined
    let closed = false
    const release = Effect.sync(() => {
      closed = true
      if (opened !== undefined && !opened.body.readableEnded) opened.controller.abort()
    })
    const finalizer = () => release
    const sent = Effect.map(exchange(request, false, (ex) => {
      opened = ex
      if (closed) ex.controller.abort()
    }), (ex) => new SentResponse(ex, request, readJson))
    return Effect.suspend(() => CallScope.addFinalizerThen(scope, finalizer, sent))
  }
  const send: Transport.Service["send"] = (request) => Effect.flatMap(Effect.scope, (scope) => sendIn(request, scope))

  const json: Transport.Service["json"] = <A, I>(request: Transport.TransportRequest, schema: Schema.Schema<A, I>) => {
    const decode = Transport.decodeWith(schema)
    return Effect.flatMap(exchange(request, true), (ex) => {
      const response: Transport.TransportResponse = {
        status: ex.status,
        headers: ex.headers,
        generationId: ex.generationId,
        sentAt: ex.sentAt,
        headersAt: ex.headersAt,
        json: Effect.succeed(ex.json),
        stream: Stream.empty,
        abort: Effect.void
      }
      return Effect.map(decode(ex.json, ex.status, request.model), (value) => ({ value, response }))
    })
  }

  return { send, sendIn, json, deadlines: true }
}

/**
 * The Node transport as a layer: one undici `Agent` for the layer's life (destroyed with it).
 * A configuration with `transformClient` gets the portable transport over undici's `HttpClient`
 * instead (see the module's documentation).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Transport.Transport, never, OpenRouterConfig.OpenRouterConfig> = Layer.scoped(
  Transport.Transport,
  Effect.gen(function*() {
    const config = yield* OpenRouterConfig.OpenRouterConfig
    if (config.transformClient !== undefined) {
      const context = yield* Layer.build(NodeHttpClient.layerUndici)
      return yield* Effect.provide(Transport.make, context)
    }
    const agent = yield* Effect.acquireRelease(
      Effect.sync(() => new Agent()),
      (agent) => Effect.promise(() => agent.destroy())
    )
    return makeWith(config, agent)
  })
)
