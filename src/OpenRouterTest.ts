/**
 * Test layers for code that uses `OpenRouter`: canned responses (JSON or SSE text, served whole
 * or in reads of a chosen size), scripted failures (status, headers, body, network faults), and
 * capture of every request sent. No network; works with `TestClock`.
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"
import { isSecretHeader } from "./internal/redact.js"
import * as OpenRouter from "./OpenRouter.js"
import * as OpenRouterConfig from "./OpenRouterConfig.js"
import * as RetryPolicy from "./RetryPolicy.js"

/**
 * A request the fake received. Secret headers are replaced by `<redacted>`.
 *
 * @since 0.1.0
 * @category models
 */
export interface CapturedRequest {
  readonly method: string
  readonly url: string
  /** Path below the base URL, e.g. `/chat/completions`. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly headers: Readonly<Record<string, string>>
  /** Parsed JSON body (undefined for GET). */
  readonly body: unknown
}

/**
 * A scripted answer.
 *
 * @since 0.1.0
 * @category models
 */
export type Canned =
  | {
    readonly _tag: "Json"
    readonly status: number
    readonly headers: Readonly<Record<string, string>>
    readonly body: unknown
  }
  | {
    readonly _tag: "Text"
    readonly status: number
    readonly headers: Readonly<Record<string, string>>
    /** The exact body text (SSE transcripts are served like this). */
    readonly text: string
    /** Serve in reads of this many bytes (default: one read). */
    readonly readSize?: number | undefined
    /** After this many reads, fail the body (a dropped connection) instead of ending it. */
    readonly dropAfterReads?: number | undefined
    /** After this many reads, stop sending without ending (a stall). */
    readonly stallAfterReads?: number | undefined
  }
  | { readonly _tag: "Refused" }
  | { readonly _tag: "NoHeaders" }

/**
 * A JSON response (default status 200).
 *
 * @since 0.1.0
 * @category constructors
 */
export const json = (
  body: unknown,
  options: { readonly status?: number; readonly headers?: Readonly<Record<string, string>> } = {}
): Canned => ({
  _tag: "Json",
  status: options.status ?? 200,
  headers: { "content-type": "application/json", ...options.headers },
  body
})

/**
 * An error response: `{ error: { code: status, message, metadata } }` with the given status.
 *
 * @since 0.1.0
 * @category constructors
 */
export const error = (
  status: number,
  message: string,
  options: { readonly metadata?: Record<string, unknown>; readonly headers?: Readonly<Record<string, string>> } = {}
): Canned =>
  json(
    { error: { code: status, message, ...(options.metadata !== undefined ? { metadata: options.metadata } : {}) } },
    { status, ...(options.headers !== undefined ? { headers: options.headers } : {}) }
  )

/**
 * An SSE response from its exact text, or from a list of chunk objects (each sent as a `data:`
 * event, followed by `data: [DONE]`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const sse = (
  body: string | ReadonlyArray<unknown>,
  options: {
    readonly status?: number
    readonly headers?: Readonly<Record<string, string>>
    readonly readSize?: number
    readonly dropAfterReads?: number
    readonly stallAfterReads?: number
    readonly done?: boolean
  } = {}
): Canned => ({
  _tag: "Text",
  status: options.status ?? 200,
  headers: { "content-type": "text/event-stream", ...options.headers },
  text: typeof body === "string"
    ? body
    : body.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + (options.done === false ? "" : "data: [DONE]\n\n"),
  readSize: options.readSize,
  dropAfterReads: options.dropAfterReads,
  stallAfterReads: options.stallAfterReads
})

/**
 * Connection refused (nothing sent).
 *
 * @since 0.1.0
 * @category constructors
 */
export const refused: Canned = { _tag: "Refused" }

/**
 * The server accepts the request and never sends headers.
 *
 * @since 0.1.0
 * @category constructors
 */
export const noHeaders: Canned = { _tag: "NoHeaders" }

/**
 * The captured requests of the fake.
 *
 * @since 0.1.0
 * @category models
 */
export interface State {
  readonly requests: Effect.Effect<ReadonlyArray<CapturedRequest>>
  readonly clear: Effect.Effect<void>
}

/**
 * Access to the captured requests.
 *
 * @since 0.1.0
 * @category tags
 */
export class OpenRouterTest extends Context.Tag("effect-openrouter/OpenRouterTest")<OpenRouterTest, State>() {}

/**
 * Every request sent so far.
 *
 * @since 0.1.0
 * @category accessors
 */
export const requests: Effect.Effect<ReadonlyArray<CapturedRequest>, never, OpenRouterTest> = Effect.flatMap(
  OpenRouterTest,
  (s) => s.requests
)

/**
 * What answers the fake: a list served in order (the last one repeats when the list runs out),
 * or a function of the request.
 *
 * @since 0.1.0
 * @category models
 */
export type Responses =
  | ReadonlyArray<Canned>
  | ((request: CapturedRequest, index: number) => Canned | Effect.Effect<Canned>)

/** The base URL of the fake. @since 0.1.0 @category constants */
export const BASE_URL = "https://openrouter.test/api/v1"

/** The API key of the fake (never sent anywhere real). @since 0.1.0 @category constants */
export const API_KEY = "sk-or-v1-test-0000000000000000"

const capture = (request: HttpClientRequest.HttpClientRequest, url: URL): CapturedRequest => {
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(request.headers)) headers[k] = isSecretHeader(k) ? "<redacted>" : v
  let body: unknown = undefined
  if (request.body._tag === "Uint8Array") {
    const text = new TextDecoder().decode(request.body.body)
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
  }
  const query: Record<string, string> = {}
  url.searchParams.forEach((v, k) => {
    query[k] = v
  })
  return {
    method: request.method,
    url: url.toString(),
    path: url.pathname.replace(/^\/api\/v1/, ""),
    query,
    headers,
    body
  }
}

const bodyStream = (canned: Extract<Canned, { _tag: "Text" }>, signal: AbortSignal): ReadableStream<Uint8Array> => {
  const bytes = new TextEncoder().encode(canned.text)
  const size = canned.readSize ?? Math.max(1, bytes.length)
  let offset = 0
  let reads = 0
  const aborted = () => new DOMException("The operation was aborted", "AbortError")
  return new ReadableStream<Uint8Array>({
    start(controller) {
      signal.addEventListener("abort", () => {
        try {
          controller.error(aborted())
        } catch {
          // already closed
        }
      }, { once: true })
    },
    pull(controller) {
      if (signal.aborted) {
        controller.error(aborted())
        return
      }
      if (canned.dropAfterReads !== undefined && reads >= canned.dropAfterReads) {
        controller.error(new Error("socket hang up (scripted drop)"))
        return
      }
      if (canned.stallAfterReads !== undefined && reads >= canned.stallAfterReads) {
        return new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }))
      }
      if (offset >= bytes.length) {
        controller.close()
        return
      }
      controller.enqueue(bytes.subarray(offset, offset + size))
      offset += size
      reads++
    }
  }, { highWaterMark: 0 })
}

/**
 * An `HttpClient` that answers from `responses` and records requests into `log`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeHttpClient = (
  responses: Responses,
  log: Ref.Ref<Array<CapturedRequest>>
): HttpClient.HttpClient =>
  HttpClient.make((request, url, signal) =>
    Effect.gen(function*() {
      const captured = capture(request, url)
      const index = yield* Ref.modify(log, (all) => [all.length, [...all, captured]])
      const canned = typeof responses === "function"
        ? yield* (() => {
          const r = responses(captured, index)
          return Effect.isEffect(r) ? r : Effect.succeed(r)
        })()
        : responses[Math.min(index, responses.length - 1)]
      if (canned === undefined) {
        return yield* new HttpClientError.RequestError({
          request,
          reason: "Transport",
          cause: new Error("OpenRouterTest: no canned response configured")
        })
      }
      switch (canned._tag) {
        case "Refused":
          return yield* new HttpClientError.RequestError({
            request,
            reason: "Transport",
            cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })
          })
        case "NoHeaders":
          return yield* Effect.never
        case "Json":
          return HttpClientResponse.fromWeb(
            request,
            new Response(JSON.stringify(canned.body), { status: canned.status, headers: canned.headers })
          )
        case "Text":
          return HttpClientResponse.fromWeb(
            request,
            new Response(bodyStream(canned, signal), { status: canned.status, headers: canned.headers })
          )
      }
    })
  )

/**
 * Options of the test layer.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Configuration overrides (timeouts, headers…). */
  readonly config?: Partial<OpenRouterConfig.Options>
}

/**
 * The fake HTTP client plus the captured-requests service, for composing with your own layers
 * (`OpenRouter.layer` plus any policies).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerHttpClient = (
  responses: Responses
): Layer.Layer<HttpClient.HttpClient | OpenRouterTest> =>
  Layer.effectContext(
    Effect.gen(function*() {
      const log = yield* Ref.make<Array<CapturedRequest>>([])
      return Context.make(HttpClient.HttpClient, makeHttpClient(responses, log)).pipe(
        Context.add(OpenRouterTest, { requests: Ref.get(log), clear: Ref.set(log, []) })
      )
    })
  )

/**
 * The configuration of the fake.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (options?: Partial<OpenRouterConfig.Options>) =>
  OpenRouterConfig.layer({ apiKey: API_KEY, baseUrl: BASE_URL, ...options })

/**
 * `OpenRouter` answering from `responses`, plus `OpenRouterTest` for the captured requests.
 * Retries are off unless you provide a `RetryPolicy` layer: compose `layerHttpClient`,
 * `layerConfig` and `OpenRouter.layer` yourself to add policies.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  responses: Responses,
  options: Options = {}
): Layer.Layer<OpenRouter.OpenRouter | OpenRouterTest | HttpClient.HttpClient> =>
  OpenRouter.layer.pipe(
    Layer.provide(RetryPolicy.none),
    Layer.provide(Layer.orDie(layerConfig(options.config))),
    Layer.provideMerge(layerHttpClient(responses))
  )
