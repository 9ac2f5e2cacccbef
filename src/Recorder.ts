/**
 * Record and replay HTTP exchanges: an `HttpClient` layer in three modes.
 *
 * - `record`: every call goes through the underlying `HttpClient`; each exchange (method, path,
 *   query, normalized JSON body, status, response headers, body — streamed bodies as their list of
 *   text chunks, boundaries kept) is written to the cassette (JSON) after every exchange and when
 *   the layer's scope closes. Secret headers are never written and keys are scrubbed from bodies.
 * - `replay`: no network. Requests are matched by method + path + query + normalized body (keys
 *   sorted, `stream` included, headers ignored); repeated identical requests get their recorded
 *   answers in order. Streams are served with the recorded chunk boundaries. An unmatched request
 *   fails with a `RequestError` naming the closest recorded request and how it differs.
 * - `passthrough`: the underlying client, untouched.
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as fs from "node:fs"
import * as path from "node:path"
import { canonicalJson, isRecord, type JsonRecord, sortKeys } from "./internal/json.js"
import { isSecretHeader, redactDeep, redactString } from "./internal/redact.js"

// =============================================================================
// Models
// =============================================================================

/**
 * `record` (real calls, written to the cassette), `replay` (no network, answers from the
 * cassette) or `passthrough` (the underlying client).
 *
 * @since 0.1.0
 * @category models
 */
export type Mode = "record" | "replay" | "passthrough"

/**
 * Recorder options.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly mode: Mode
  /** Path of the cassette file (JSON). */
  readonly cassette: string
  /** `record`: keep the exchanges already in the cassette and add to them (default: start empty). */
  readonly append?: boolean | undefined
  /**
   * `replay`: once every recorded answer to a request has been served, serve the last one again
   * (default `true`); `false` fails the request instead.
   */
  readonly allowRepeats?: boolean | undefined
  /** Top-level body fields left out of matching (e.g. `user`, `session_id`). */
  readonly ignoreBodyFields?: ReadonlyArray<string> | undefined
}

/**
 * A recorded request. `body` is the parsed JSON body with keys sorted and secrets scrubbed.
 *
 * @since 0.1.0
 * @category models
 */
export interface RecordedRequest {
  readonly method: string
  /** URL path, e.g. `/api/v1/chat/completions` (the host is not recorded). */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  /** Non-secret request headers, for reference (never used for matching). */
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
}

/**
 * A recorded response. A complete JSON body is stored as `body`; any other body as `chunks`, the
 * text of each read in order. `end` says how the body ended: `done`, `error` (with `error`, the
 * failure message) or `interrupted` (the client stopped reading, e.g. a timeout).
 *
 * @since 0.1.0
 * @category models
 */
export interface RecordedResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body?: unknown
  readonly chunks?: ReadonlyArray<string>
  readonly end: "done" | "error" | "interrupted"
  readonly error?: string
}

/**
 * One exchange: a request and its response, or the transport failure that replaced it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Exchange {
  readonly request: RecordedRequest
  readonly response?: RecordedResponse
  readonly error?: { readonly reason: string; readonly message: string }
}

/**
 * The cassette file.
 *
 * @since 0.1.0
 * @category models
 */
export interface Cassette {
  readonly version: 1
  readonly exchanges: ReadonlyArray<Exchange>
}

/**
 * The cassette could not be read or written.
 *
 * @since 0.1.0
 * @category errors
 */
export class RecorderError extends Schema.TaggedError<RecorderError>()("RecorderError", {
  message: Schema.String,
  cassette: Schema.String
}) {}

// =============================================================================
// Normalization
// =============================================================================

type Json = JsonRecord

const canonical = canonicalJson

/** Headers that change between identical calls or describe the transfer, not the content. */
const VOLATILE_HEADERS = new Set([
  "date",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "host",
  "traceparent",
  "tracestate",
  "b3",
  "x-request-id",
  "cf-ray"
])

const cleanHeaders = (headers: Readonly<Record<string, string | undefined>>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const key of Object.keys(headers).sort()) {
    const value = headers[key]
    const lower = key.toLowerCase()
    if (value === undefined || isSecretHeader(lower) || VOLATILE_HEADERS.has(lower)) continue
    out[lower] = redactString(value)
  }
  return out
}

const decoder = new TextDecoder()

const requestBody = (request: HttpClientRequest.HttpClientRequest): unknown => {
  const body = request.body
  switch (body._tag) {
    case "Empty":
      return undefined
    case "Uint8Array": {
      const text = decoder.decode(body.body)
      try {
        return sortKeys(redactDeep(JSON.parse(text)))
      } catch {
        return redactString(text)
      }
    }
    default:
      return `<${body._tag} body not recorded>`
  }
}

const urlOf = (request: HttpClientRequest.HttpClientRequest): URL | undefined =>
  Either.getOrUndefined(UrlParams.makeUrl(request.url, request.urlParams, request.hash))

const normalize = (request: HttpClientRequest.HttpClientRequest, url: URL): RecordedRequest => {
  const query: Record<string, string> = {}
  for (const key of [...new Set(url.searchParams.keys())].sort()) {
    query[key] = redactString(url.searchParams.getAll(key).join(","))
  }
  return {
    method: request.method,
    path: url.pathname,
    query,
    headers: cleanHeaders(request.headers),
    body: requestBody(request)
  }
}

const matchBody = (body: unknown, ignore: ReadonlyArray<string>): unknown => {
  if (!isRecord(body) || ignore.length === 0) return body
  const out: Json = {}
  for (const [k, v] of Object.entries(body)) if (!ignore.includes(k)) out[k] = v
  return out
}

const matchKey = (request: RecordedRequest, ignore: ReadonlyArray<string>): string =>
  `${request.method} ${request.path} ${canonical(request.query)} ${canonical(matchBody(request.body, ignore))}`

// =============================================================================
// Cassette files
// =============================================================================

/**
 * Reads a cassette file.
 *
 * @since 0.1.0
 * @category constructors
 */
export const read = (file: string): Effect.Effect<Cassette, RecorderError> =>
  Effect.try({
    try: () => {
      const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"))
      if (!isRecord(parsed) || !Array.isArray(parsed["exchanges"])) throw new Error("not a cassette (no exchanges)")
      const exchanges = parsed["exchanges"].map((raw: unknown, i): Exchange => {
        const request = isRecord(raw) ? raw["request"] : undefined
        if (!isRecord(request) || typeof request["method"] !== "string" || typeof request["path"] !== "string") {
          throw new Error(`exchange #${i} has no request method and path`)
        }
        const response = isRecord(raw) ? raw["response"] : undefined
        const error = isRecord(raw) ? raw["error"] : undefined
        return {
          request: {
            method: request["method"].toUpperCase(),
            path: request["path"],
            query: isRecord(request["query"]) ? (request["query"] as Record<string, string>) : {},
            headers: isRecord(request["headers"]) ? (request["headers"] as Record<string, string>) : {},
            body: sortKeys(request["body"])
          },
          ...(isRecord(response)
            ? {
              response: {
                ...response,
                status: typeof response["status"] === "number" ? response["status"] : 200,
                headers: isRecord(response["headers"]) ? (response["headers"] as Record<string, string>) : {},
                end: response["end"] === "error" || response["end"] === "interrupted" ? response["end"] : "done"
              }
            }
            : {}),
          ...(isRecord(error)
            ? { error: { reason: String(error["reason"] ?? "Transport"), message: String(error["message"] ?? "") } }
            : {})
        }
      })
      return { version: 1, exchanges } satisfies Cassette
    },
    catch: (e) =>
      new RecorderError({
        message: `Cannot read cassette ${file}: ${e instanceof Error ? e.message : String(e)}`,
        cassette: file
      })
  })

const writeFile = (file: string, exchanges: ReadonlyArray<Exchange>): void => {
  const cassette: Cassette = { version: 1, exchanges }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(cassette, null, 2) + "\n", "utf8")
  fs.renameSync(tmp, file)
}

const write = (file: string, exchanges: ReadonlyArray<Exchange>): Effect.Effect<void, RecorderError> =>
  Effect.try({
    try: () => writeFile(file, exchanges),
    catch: (e) =>
      new RecorderError({
        message: `Cannot write cassette ${file}: ${e instanceof Error ? e.message : String(e)}`,
        cassette: file
      })
  })

// =============================================================================
// Record
// =============================================================================

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

const describeError = (cause: Cause.Cause<unknown>): string => {
  const error = Cause.squash(cause)
  if (error instanceof Error) {
    const inner = (error as { readonly cause?: unknown }).cause
    return redactString(inner instanceof Error ? `${error.message}: ${inner.message}` : error.message)
  }
  return redactString(String(error))
}

/** Whether a body failure is the client aborting the request (a timeout or an interruption). */
const isAbort = (cause: Cause.Cause<unknown>): boolean => {
  if (Cause.isInterruptedOnly(cause)) return true
  const error = Cause.squash(cause)
  const inner = error instanceof Error ? (error as { readonly cause?: unknown }).cause : undefined
  return [error, inner].some((e) =>
    e instanceof Error &&
    (e.name === "AbortError" || /^(ABORT_ERR|UND_ERR_ABORTED)$/.test(String((e as { readonly code?: unknown }).code)))
  )
}

const recordLayer = (options: Options): Layer.Layer<HttpClient.HttpClient, RecorderError, HttpClient.HttpClient> =>
  Layer.scoped(
    HttpClient.HttpClient,
    Effect.gen(function*() {
      const underlying = yield* HttpClient.HttpClient
      const runtime = yield* Effect.runtime<never>()
      const file = options.cassette
      const slots: Array<Exchange | undefined> = options.append === true && fs.existsSync(file)
        ? [...(yield* read(file)).exchanges]
        : []
      const snapshot = () => slots.filter((e): e is Exchange => e !== undefined)
      yield* write(file, snapshot())
      const flush = Effect.catchAll(
        Effect.suspend(() => write(file, snapshot())),
        (e) => Effect.logWarning(e.message)
      )
      yield* Effect.addFinalizer(() => flush)

      return HttpClient.transform(underlying, (effect, request) =>
        Effect.gen(function*() {
          const url = urlOf(request)
          if (url === undefined) return yield* effect
          const recorded = normalize(request, url)
          const index = slots.length
          slots.push(undefined)
          const exit = yield* Effect.exit(effect)
          if (Exit.isFailure(exit)) {
            if (!Cause.isInterruptedOnly(exit.cause)) {
              const error = Cause.failureOption(exit.cause)
              slots[index] = {
                request: recorded,
                error: {
                  reason: error._tag === "Some" ? error.value.reason : "Transport",
                  message: describeError(exit.cause)
                }
              }
              yield* flush
            }
            return yield* exit
          }
          const response = exit.value
          const status = response.status
          const headers = cleanHeaders(response.headers)
          const chunks: Array<string> = []
          const textDecoder = new TextDecoder()
          const finish = (end: RecordedResponse["end"], error?: string) =>
            Effect.suspend(() => {
              const tail = textDecoder.decode()
              if (tail !== "") chunks.push(redactString(tail))
              const contentType = headers["content-type"] ?? ""
              let json: { readonly value: unknown } | undefined
              if (end === "done" && /json/i.test(contentType)) {
                try {
                  json = { value: redactDeep(JSON.parse(chunks.join(""))) }
                } catch {
                  json = undefined
                }
              }
              slots[index] = {
                request: recorded,
                response: {
                  status,
                  headers,
                  ...(json !== undefined ? { body: json.value } : { chunks: [...chunks] }),
                  end,
                  ...(error !== undefined ? { error } : {})
                }
              }
              return flush
            })
          if (NULL_BODY_STATUSES.has(status)) {
            yield* finish("done")
            return response
          }
          const body = response.stream.pipe(
            Stream.tap((bytes) =>
              Effect.sync(() => {
                const text = textDecoder.decode(bytes, { stream: true })
                if (text !== "") chunks.push(redactString(text))
              })
            ),
            Stream.ensuringWith((end) =>
              Exit.isSuccess(end)
                ? finish("done")
                : isAbort(end.cause)
                ? finish("interrupted")
                : finish("error", describeError(end.cause))
            )
          )
          const readable = Stream.toReadableStreamRuntime(body, runtime)
          const replacement = new Response(readable, { status, headers: { ...response.headers } })
          return HttpClientResponse.fromWeb(request, replacement)
        }))
    })
  )

// =============================================================================
// Replay
// =============================================================================

const short = (value: unknown): string => {
  const text = value === undefined ? "absent" : JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

const diffValues = (at: string, recorded: unknown, sent: unknown, out: Array<string>): void => {
  if (isRecord(recorded) && isRecord(sent)) {
    const keys = [...new Set([...Object.keys(recorded), ...Object.keys(sent)])].sort()
    for (const key of keys) diffValues(`${at}.${key}`, recorded[key], sent[key], out)
    return
  }
  if (Array.isArray(recorded) && Array.isArray(sent)) {
    if (recorded.length !== sent.length) {
      out.push(`${at}: ${recorded.length} items recorded, ${sent.length} sent`)
    }
    for (let i = 0; i < Math.min(recorded.length, sent.length); i++) {
      diffValues(`${at}[${i}]`, recorded[i], sent[i], out)
    }
    return
  }
  if (canonical(recorded) !== canonical(sent)) out.push(`${at}: recorded ${short(recorded)}, sent ${short(sent)}`)
}

const differences = (recorded: RecordedRequest, sent: RecordedRequest, ignore: ReadonlyArray<string>) => {
  const out: Array<string> = []
  let weight = 0
  if (recorded.method !== sent.method) {
    out.push(`method: recorded ${recorded.method}, sent ${sent.method}`)
    weight += 1000
  }
  if (recorded.path !== sent.path) {
    out.push(`path: recorded ${recorded.path}, sent ${sent.path}`)
    weight += 1000
  }
  diffValues("query", recorded.query, sent.query, out)
  diffValues("body", matchBody(recorded.body, ignore), matchBody(sent.body, ignore), out)
  return { out, score: weight + out.length }
}

const unmatchedMessage = (
  cassette: Cassette,
  file: string,
  sent: RecordedRequest,
  ignore: ReadonlyArray<string>
): string => {
  const head = `Recorder: no recorded exchange matches ${sent.method} ${sent.path} in cassette ${file}.`
  let best: { readonly index: number; readonly out: Array<string>; readonly score: number } | undefined
  cassette.exchanges.forEach((exchange, index) => {
    const d = differences(exchange.request, sent, ignore)
    if (best === undefined || d.score < best.score) best = { index, ...d }
  })
  if (best === undefined) return `${head} The cassette has no exchanges.`
  const closest = cassette.exchanges[best.index]
  const shown = best.out.slice(0, 3).join("; ")
  const more = best.out.length > 3 ? `; and ${best.out.length - 3} more` : ""
  const name = `#${best.index} ${closest?.request.method} ${closest?.request.path}`
  return `${head} Closest recorded request: ${name}, which differs at ${shown}${more}.`
}

const replayBody = (response: RecordedResponse, signal: AbortSignal): ReadableStream<Uint8Array> | null => {
  if (NULL_BODY_STATUSES.has(response.status)) return null
  const encoder = new TextEncoder()
  const chunks = response.chunks ?? (response.body !== undefined ? [JSON.stringify(response.body)] : [])
  let next = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next]
      if (chunk !== undefined) {
        next++
        controller.enqueue(encoder.encode(chunk))
        return
      }
      switch (response.end) {
        case "done":
          controller.close()
          return
        case "error":
          controller.error(new Error(response.error ?? "The recorded body failed"))
          return
        case "interrupted":
          // The recording never saw an end: wait, like the server did, until the client aborts.
          return new Promise<void>((resolve) => {
            const abort = () => {
              controller.error(new DOMException("This operation was aborted", "AbortError"))
              resolve()
            }
            if (signal.aborted) return abort()
            signal.addEventListener("abort", abort, { once: true })
          })
      }
    }
  }, { highWaterMark: 0 })
}

const replayLayer = (options: Options): Layer.Layer<HttpClient.HttpClient, RecorderError> =>
  Layer.effect(
    HttpClient.HttpClient,
    Effect.gen(function*() {
      const file = options.cassette
      const cassette = yield* read(file)
      const ignore = options.ignoreBodyFields ?? []
      const byKey = new Map<string, Array<number>>()
      cassette.exchanges.forEach((exchange, index) => {
        const key = matchKey(exchange.request, ignore)
        const list = byKey.get(key)
        if (list === undefined) byKey.set(key, [index])
        else list.push(index)
      })
      const served = new Map<string, number>()
      const fail = (request: HttpClientRequest.HttpClientRequest, message: string) =>
        Effect.fail(
          new HttpClientError.RequestError({
            request,
            reason: "Transport",
            cause: new Error(message),
            description: message
          })
        )

      return HttpClient.make((request, url, signal) =>
        Effect.suspend(() => {
          const sent = normalize(request, url)
          const key = matchKey(sent, ignore)
          const list = byKey.get(key)
          if (list === undefined) return fail(request, unmatchedMessage(cassette, file, sent, ignore))
          const count = served.get(key) ?? 0
          if (count >= list.length && options.allowRepeats === false) {
            return fail(
              request,
              `Recorder: all ${list.length} recorded exchange(s) for ${sent.method} ${sent.path} with this body ` +
                "were already replayed (allowRepeats is false)."
            )
          }
          served.set(key, count + 1)
          const exchange = cassette.exchanges[list[Math.min(count, list.length - 1)] ?? 0]
          const response = exchange?.response
          if (exchange === undefined || response === undefined) {
            const message = exchange?.error?.message ?? "Recorder: the recorded exchange has no response"
            return fail(request, message)
          }
          return Effect.succeed(
            HttpClientResponse.fromWeb(
              request,
              new Response(replayBody(response, signal), { status: response.status, headers: { ...response.headers } })
            )
          )
        })
      )
    })
  )

// =============================================================================
// Layer
// =============================================================================

/**
 * An `HttpClient` that records to, replays from, or ignores a cassette. `replay` needs no
 * underlying client; `record` and `passthrough` wrap the one provided to the layer.
 *
 * ```ts
 * Recorder.layer({ mode: "record", cassette: "test/cassettes/chat.json" }).pipe(
 *   Layer.provide(NodeHttpClient.layerUndici)
 * )
 * Recorder.layer({ mode: "replay", cassette: "test/cassettes/chat.json" })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export function layer(options: Options & { readonly mode: "replay" }): Layer.Layer<HttpClient.HttpClient, RecorderError>
/**
 * @since 0.1.0
 * @category layers
 */
export function layer(options: Options): Layer.Layer<HttpClient.HttpClient, RecorderError, HttpClient.HttpClient>
export function layer(options: Options): Layer.Layer<HttpClient.HttpClient, RecorderError, HttpClient.HttpClient> {
  switch (options.mode) {
    case "replay":
      return replayLayer(options)
    case "record":
      return recordLayer(options)
    case "passthrough":
      return Layer.effect(HttpClient.HttpClient, HttpClient.HttpClient)
  }
}
