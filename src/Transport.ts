/**
 * The HTTP edge: base URL, auth and attribution headers, JSON or SSE bodies with size bounds,
 * non-2xx and 200-with-error bodies mapped onto tagged errors, `X-Generation-Id` and response
 * headers kept. Everything above it speaks in `OpenRouterError`s.
 *
 * It runs over any `@effect/platform` `HttpClient` — undici on Node (`effect-openrouter/node`),
 * `FetchHttpClient` in browsers, Deno, Bun and edge workers — and uses no Node API. The
 * configuration's `transformClient` wraps that client (proxies, extra headers, custom tracing).
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import type * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as ExecutionStrategy from "effect/ExecutionStrategy"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import type * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { extend } from "./internal/extend.js"
import { fastCheck } from "./internal/fastCheck.js"
import { redactString } from "./internal/redact.js"
import { timeoutFail } from "./internal/timer.js"
import {
  baseHeaders as transportBaseHeaders,
  describeCause,
  headersTimeoutError,
  idleError,
  notJsonError,
  notSent,
  shapeError,
  sizeLimitError
} from "./internal/transportErrors.js"
import { OpenRouterConfig } from "./OpenRouterConfig.js"
import {
  type ApiError,
  classify,
  errorObject,
  MalformedResponseError,
  TimeoutError,
  TransportError
} from "./OpenRouterError.js"

/**
 * One HTTP request to OpenRouter.
 *
 * @since 0.1.0
 * @category models
 */
export interface TransportRequest {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** Path below the base URL, e.g. `/chat/completions`. */
  readonly path: string
  /** JSON body. */
  readonly body?: unknown
  /**
   * A body already encoded, with its content type (a multipart form serialized by the caller:
   * file uploads, audio for transcription); beats `body`.
   */
  readonly rawBody?: { readonly bytes: Uint8Array; readonly contentType: string } | undefined
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>> | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
  /** `json` (default) or `sse`: sets `Accept`. */
  readonly accept?: "json" | "sse" | undefined
  /** Model the request is for (error context only). */
  readonly model?: string | undefined
  /** Overrides the configured headers timeout. */
  readonly headersTimeout?: Duration.Duration | undefined
  /**
   * Overrides the configured idle timeout for reading a JSON (or error) body: no body bytes for
   * this long fails the read with `TimeoutError { kind: "idle" }` and aborts the request. SSE
   * bodies (`response.stream`) are not watched here; their reader keeps its own watchdog.
   */
  readonly idleTimeout?: Duration.Duration | undefined
  /**
   * The call's deadline for this whole exchange (headers and body), on the Effect clock: when it
   * passes the request is aborted and the exchange fails with `error()`. Honoured only by a
   * transport whose `deadlines` is `true` (the pipeline passes it only to such a transport, and
   * otherwise bounds the call with a timer of its own).
   */
  readonly deadline?: { readonly at: number; readonly error: () => TimeoutError } | undefined
}

/**
 * A 2xx response whose body has not been read yet.
 *
 * @since 0.1.0
 * @category models
 */
export interface TransportResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  /** `X-Generation-Id`, when sent. */
  readonly generationId: string | undefined
  /** Clock millis when the request was sent and when headers arrived. */
  readonly sentAt: number
  readonly headersAt: number
  /**
   * The body as parsed JSON, bounded by `limits.maxBodyBytes` and by the idle timeout (no bytes
   * for that long: `TimeoutError { kind: "idle" }`, request aborted).
   */
  readonly json: Effect.Effect<unknown, MalformedResponseError | TransportError | TimeoutError>
  /** The raw body bytes (for SSE). Ending or interrupting it aborts the request. */
  readonly stream: Stream.Stream<Uint8Array, TransportError>
  /**
   * The same bytes as a pull, when the transport has one cheaper than `stream` (the Node
   * transport): each pull hands over every read since the previous pull, `Option.none()` at the
   * end. Use either this or `stream`, not both. The request is aborted when the scope of `send`
   * closes before the body ended.
   */
  readonly pull?: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<TransportError>> | undefined
  /** Aborts the HTTP request now (the body stream then fails). SSE requests only; a no-op for JSON. */
  readonly abort: Effect.Effect<void>
  /**
   * The same bytes pushed to `sink` as they are read, when the transport can (the Node transport,
   * for SSE bodies): what was read before is handed over first, then each read as it arrives, then
   * the end (with the failure, if any), once. `push(undefined)` detaches the sink (later reads
   * queue again for `pull`). Use it instead of `pull`, not beside it.
   */
  readonly push?: ((sink: BodySink | undefined) => void) | undefined
}

/**
 * What {@link TransportResponse.push} hands the body to: each read, then the end once.
 *
 * @since 0.1.0
 * @category models
 */
export interface BodySink {
  readonly data: (bytes: Uint8Array) => void
  readonly end: (failure: TransportError | undefined) => void
}

/**
 * The transport service.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /**
   * Sends a request. Non-2xx answers fail with the classified tagged error (body read, bounded);
   * network failures with `TransportError`; no headers within the headers timeout with
   * `TimeoutError { kind: "headers" }` (the request is aborted).
   */
  readonly send: (
    request: TransportRequest
  ) => Effect.Effect<TransportResponse, ApiError | TransportError | TimeoutError | MalformedResponseError, Scope.Scope>
  /**
   * `send` with the response's scope given rather than read from the context (optional; a
   * transport without it is called through `send`). The client's first attempt of a streamed
   * call uses it: no change of the fiber's context per call.
   */
  readonly sendIn?: ((
    request: TransportRequest,
    scope: Scope.Scope
  ) => Effect.Effect<TransportResponse, ApiError | TransportError | TimeoutError | MalformedResponseError>)
    | undefined
  /**
   * Sends a request and decodes the JSON body with `schema`. A 2xx body that is an `{ error }`
   * envelope fails with the classified error, never succeeds.
   */
  readonly json: <A, I>(
    request: TransportRequest,
    schema: Schema.Schema<A, I>
  ) => Effect.Effect<
    { readonly value: A; readonly response: TransportResponse },
    ApiError | TransportError | TimeoutError | MalformedResponseError
  >
  /**
   * Whether `json` honours `TransportRequest.deadline` (one timer inside the exchange). A
   * transport that does not say so gets its calls bounded from outside, by a timer fiber.
   */
  readonly deadlines?: boolean | undefined
}

/**
 * @since 0.1.0
 * @category tags
 */
export class Transport extends Context.Tag("effect-openrouter/Transport")<Transport, Service>() {}

/**
 * Converts a platform `HttpClientError` into a `TransportError`, scrubbing secrets.
 *
 * @since 0.1.0
 * @category errors
 */
export const fromHttpClientError = (
  error: HttpClientError.HttpClientError,
  sent: boolean,
  model?: string
): TransportError => {
  const cause = "cause" in error && error.cause !== undefined ? describeCause(error.cause) : undefined
  return new TransportError({
    message: redactString(
      `${error._tag === "RequestError" ? "Request" : "Response"} failed (${error.reason})${
        cause !== undefined ? `: ${cause}` : ""
      }`
    ),
    sent,
    ...(model !== undefined ? { model } : {})
  })
}

/**
 * Whether a transport failure happened before anything could reach the server (connection
 * refused, DNS failure): such a request cannot have been billed.
 *
 * @since 0.1.0
 * @category errors
 */
export const isNotSent = (error: HttpClientError.HttpClientError): boolean =>
  notSent("cause" in error && error.cause !== undefined ? describeCause(error.cause) : "")

const headersRecord = (response: HttpClientResponse.HttpClientResponse): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(response.headers)) out[k] = v
  return out
}

const readBounded = (
  stream: Stream.Stream<Uint8Array, TransportError>,
  maxBytes: number,
  status: number,
  model: string | undefined,
  onRead: () => void = () => {}
): Effect.Effect<string, TransportError | MalformedResponseError> =>
  Effect.suspend(() => {
    const parts: Array<Uint8Array> = []
    let total = 0
    return Stream.runForEachWhile(stream, (chunk) =>
      Effect.suspend(() => {
        onRead()
        total += chunk.length
        if (total > maxBytes) {
          return Effect.fail(sizeLimitError(maxBytes, status, model))
        }
        parts.push(chunk)
        return Effect.succeed(true)
      })).pipe(Effect.map(() => utf8(concatBytes(parts, total))))
  })

// Portable UTF-8 (no Node buffers: the core runs in browsers, Deno, Bun and workers). Invalid
// bytes become U+FFFD and a leading BOM is kept, as Node's `toString("utf8")` did.
const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true })

const utf8 = (bytes: Uint8Array): string => decoder.decode(bytes)

const concatBytes = (parts: ReadonlyArray<Uint8Array>, total: number): Uint8Array => {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0]
  const out = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** A declared body length up to this is read in one `arrayBuffer` call (see {@link make}). */
const SMALL_BODY_BYTES = 64 * 1024

/**
 * Runs `read` (which calls its `onRead` argument whenever bytes arrive) under an idle watchdog:
 * one fiber that sleeps until `idle` after the last read, re-arms when bytes came meanwhile, and
 * fails with `TimeoutError { kind: "idle" }` when none did. The read is then interrupted, which
 * aborts the request.
 */
const watchIdle = <A, E>(
  idle: Duration.Duration,
  model: string | undefined,
  read: (onRead: () => void) => Effect.Effect<A, E>
): Effect.Effect<A, E | TimeoutError> =>
  Effect.suspend(() => {
    const idleMs = Duration.toMillis(idle)
    if (!Number.isFinite(idleMs)) return read(() => {})
    return Effect.flatMap(Effect.clock, (clock) => {
      let lastReadAt = clock.unsafeCurrentTimeMillis()
      const watchdog: Effect.Effect<never, TimeoutError> = Effect.suspend(() => {
        const wait = lastReadAt + idleMs - clock.unsafeCurrentTimeMillis()
        return wait <= 0 ? Effect.fail(idleError(idle, model)) : Effect.zipRight(Effect.sleep(wait), watchdog)
      })
      // Both sides are interruptible even when the caller is not (a finalizer, a fiber forked
      // from one): only the race interrupts them, and it must neither wait out the watchdog's
      // sleep after the read ended nor wait for a stalled read after the watchdog fired.
      return Effect.raceFirst(
        Effect.interruptible(read(() => {
          lastReadAt = clock.unsafeCurrentTimeMillis()
        })),
        Effect.interruptible(watchdog)
      )
    })
  })

/**
 * Parses a JSON body leniently (leading whitespace is trimmed; OpenRouter pads long requests).
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseJson = (
  text: string,
  status: number,
  model?: string,
  generationId?: string
): Effect.Effect<unknown, MalformedResponseError> =>
  Effect.try({
    try: () => JSON.parse(text) as unknown,
    catch: (e) => notJsonError(text, e, status, model, generationId)
  })

/**
 * Decodes a value with a wire schema, mapping failures onto `MalformedResponseError`.
 *
 * @since 0.1.0
 * @category parsing
 */
export const decodeWith = <A, I>(schema: Schema.Schema<A, I>): Decoder<A> => {
  // Built once per schema: transports ask for it on every request.
  const hit = decoders.get(schema)
  if (hit !== undefined) return hit as Decoder<A>
  const decode = Schema.decodeUnknown(schema, { onExcessProperty: "preserve", errors: "first" })
  // A value the schema takes unchanged is handed on as it is, without running the parser
  // (`internal/fastCheck.ts`); anything else is decoded, and reported when it does not fit.
  const check = fastCheck(schema.ast)
  const decoder: Decoder<A> = (value, status, model) =>
    check !== undefined && check(value)
      ? Effect.succeed(value as A)
      : decode(value).pipe(
        Effect.mapError((e) => shapeError(e, value, status, model))
      )
  decoders.set(schema, decoder)
  return decoder
}

/**
 * A response body's decoder (see {@link decodeWith}).
 *
 * @since 0.1.0
 * @category parsing
 */
export type Decoder<A> = (value: unknown, status: number, model?: string) => Effect.Effect<A, MalformedResponseError>

const decoders = new WeakMap<object, Decoder<unknown>>()

/**
 * Builds the transport from an `HttpClient` and the configuration.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, HttpClient.HttpClient | OpenRouterConfig> = Effect.gen(function*() {
  const config = yield* OpenRouterConfig
  // The user's `transformClient` (proxy, extra headers, tracing) wraps the provided client: it sees
  // every request as built below and every response before the transport reads it.
  const client = yield* HttpClient.HttpClient
  // The platform's own `http.client` span is off: the pipeline's attempt span covers the request.
  // Set outside the transform, so a transform can turn it back on
  // (`HttpClient.withTracerDisabledWhen(() => false)`: the innermost setting wins).
  const plainClient = (config.transformClient !== undefined ? config.transformClient(client) : client).pipe(
    HttpClient.withTracerDisabledWhen(() => true)
  )
  // Streams get a request scope, so the idle watchdog can abort them from outside; JSON requests
  // are aborted by interruption alone (no scope, no abort — and its DOMException — after a
  // normal completion).
  const scopedClient = plainClient.pipe(HttpClient.withScope)
  const baseHeaders = transportBaseHeaders(config)

  const send: Service["send"] = (request) =>
    Effect.gen(function*() {
      let req = HttpClientRequest.make(request.method)(config.baseUrl + request.path)
      req = HttpClientRequest.setHeaders(req, extend(baseHeaders, request.headers ?? {}))
      req = HttpClientRequest.bearerToken(req, config.apiKey)
      req = HttpClientRequest.setHeader(req, "accept", request.accept === "sse" ? "text/event-stream" : "application/json")
      if (request.query !== undefined) {
        for (const [k, v] of Object.entries(request.query)) {
          if (v !== undefined) req = HttpClientRequest.setUrlParam(req, k, String(v))
        }
      }
      if (request.rawBody !== undefined) {
        req = HttpClientRequest.bodyUint8Array(req, request.rawBody.bytes, request.rawBody.contentType)
      } else if (request.body !== undefined) req = HttpClientRequest.bodyUnsafeJson(req, request.body)
      const timeout = request.headersTimeout ?? config.timeouts.headers
      const model = request.model
      const sentAt = yield* Clock.currentTimeMillis
      const streamed = request.accept === "sse"
      // The call's deadline, when the pipeline hands it over (`deadlines`), bounds a stream's wait
      // for headers too: one timer for the earlier of the two limits. (`json` bounds its whole
      // exchange with it.)
      const deadline = streamed ? request.deadline : undefined
      const headersMs = Duration.toMillis(timeout)
      const deadlineMs = deadline !== undefined ? deadline.at - sentAt : Infinity
      const requestScope = streamed ? yield* Scope.fork(yield* Effect.scope, ExecutionStrategy.sequential) : undefined
      const abort = requestScope !== undefined ? Scope.close(requestScope, Exit.void) : Effect.void
      const response = yield* (requestScope !== undefined
        ? Scope.extend(scopedClient.execute(req), requestScope)
        : plainClient.execute(req)).pipe(
        Effect.mapError((e) => fromHttpClientError(e, !isNotSent(e), model)),
        // one timer, not `Effect.timeoutFail`'s race of two fibers and a sleep (`internal/timer.ts`)
        (sent) =>
          timeoutFail(
            sent,
            Math.min(headersMs, deadlineMs),
            () => deadline !== undefined && deadlineMs < headersMs ? deadline.error() : headersTimeoutError(timeout, model)
          )
      )
      const headersAt = yield* Clock.currentTimeMillis
      const headers = headersRecord(response)
      const generationId = headers["x-generation-id"]
      const stream = response.stream.pipe(Stream.mapError((e) => fromHttpClientError(e, true, model)))
      const declared = Number(headers["content-length"])
      const idle = request.idleTimeout ?? config.timeouts.idle
      // A small body of declared length is read in one arrayBuffer call (much cheaper than
      // folding the body stream, see docs/benchmarks.md) and the idle limit bounds that whole
      // read; any other body goes through the bounded reader, and the idle limit is the longest
      // gap between its chunks. Either way a stalled body fails with `TimeoutError { kind: "idle" }`
      // and the request is aborted.
      const readText: Effect.Effect<string, TransportError | MalformedResponseError | TimeoutError> =
        Number.isFinite(declared) && declared >= 0 && declared <= Math.min(SMALL_BODY_BYTES, config.limits.maxBodyBytes)
          ? response.arrayBuffer.pipe(
            Effect.map((buffer) => utf8(new Uint8Array(buffer))),
            Effect.mapError((e) => fromHttpClientError(e, true, model)),
            // interruptible even in a finalizer, so the timeout can abort a stalled read
            Effect.interruptible,
            (read) => timeoutFail(read, Duration.toMillis(idle), () => idleError(idle, model))
          )
          : watchIdle(idle, model, (onRead) => readBounded(stream, config.limits.maxBodyBytes, response.status, model, onRead))
      if (response.status < 200 || response.status >= 300) {
        const text = yield* readText.pipe(Effect.catchAll(() => Effect.succeed("")))
        let body: unknown = undefined
        try {
          body = JSON.parse(text)
        } catch {
          body = undefined
        }
        return yield* Effect.fail(
          classify({
            status: response.status,
            body,
            text: body === undefined ? text : undefined,
            headers,
            generationId,
            model,
            nowMillis: headersAt
          })
        )
      }
      const result: TransportResponse = {
        status: response.status,
        headers,
        generationId,
        sentAt,
        headersAt,
        json: Effect.flatMap(readText, (text) => parseJson(text, response.status, model, generationId)),
        stream,
        abort
      }
      return result
    })

  const json: Service["json"] = <A, I>(request: TransportRequest, schema: Schema.Schema<A, I>) => {
    const decode = decodeWith(schema)
    const exchange = Effect.scoped(Effect.gen(function*() {
      const response = yield* send(request)
      const body = yield* response.json
      const err = typeof body === "object" && body !== null && "error" in body ? errorObject(body) : undefined
      if (err !== undefined) {
        const now = yield* Clock.currentTimeMillis
        return yield* Effect.fail(
          classify({
            status: response.status,
            body,
            headers: response.headers,
            generationId: response.generationId,
            model: request.model,
            nowMillis: now
          })
        )
      }
      const value = yield* decode(body, response.status, request.model)
      return { value, response }
    }))
    // The call's deadline over the whole exchange (the pipeline then needs no timer of its own).
    const deadline = request.deadline
    return deadline === undefined
      ? exchange
      : Effect.flatMap(Clock.currentTimeMillis, (now) => timeoutFail(exchange, deadline.at - now, () => deadline.error()))
  }

  return { send, json, deadlines: true }
})

/**
 * The transport layer over any `HttpClient`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Transport, never, HttpClient.HttpClient | OpenRouterConfig> = Layer.effect(
  Transport,
  make
)
