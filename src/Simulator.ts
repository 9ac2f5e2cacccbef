/**
 * An OpenRouter-compatible HTTP server on 127.0.0.1 for tests, demos and local development:
 * deterministic chat (JSON and SSE, tool calls, structured output, reasoning, usage with cost),
 * `/models`, `/generation`, `/key`, `/credits`, `/embeddings`, and scripted failures chosen by model
 * name (`sim/rate-limited`, `sim/drop-after-3`, …) or by the `x-sim-scenario` header. Model ids
 * outside `sim/…` and the catalogue get OpenRouter's 400 "… is not a valid model ID".
 *
 * Built on `@effect/platform`'s `HttpRouter` served by `NodeHttpServer`. Byte-level faults are
 * streamed bodies (`HttpServerResponse.stream`) whose pacing the Simulator controls; a connection
 * drop destroys the socket of the Node response behind the request. It answers CORS (preflight
 * `OPTIONS` and `Access-Control-Allow-*` on every answer), so a browser page can use it.
 *
 * @since 0.1.0
 */
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import type * as HttpServerError from "@effect/platform/HttpServerError"
import * as HttpMiddleware from "@effect/platform/HttpMiddleware"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServer from "@effect/platform/HttpServer"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as http from "node:http"
import { recordHeaders } from "./simulator/kit.js"
import {
  canonicalJson,
  type ChatAnswer,
  completionBody,
  embeddingInputs,
  embeddingVector,
  estimatePromptTokens,
  isRecord,
  KEEPALIVE,
  lastUserText,
  maxTokensOf,
  midStreamErrorBody,
  midStreamErrorChunk,
  planChat,
  PROVIDER,
  sha256,
  sseData,
  streamChunks,
  vectorBase64
} from "./simulator/answer.js"
import {
  catalogue,
  costOf,
  findModel,
  formatDecimal,
  isKnownModel,
  modelEntry,
  toNumber
} from "./simulator/catalog.js"
import {
  badRequest,
  contextOverflow,
  type ErrorAnswer,
  invalidModel,
  moderated,
  noCredits,
  notFound,
  numberHeader,
  rateLimited,
  type Scenario,
  scenarioDocs,
  scenarioOf,
  serverError,
  unauthorized,
  withUnknownFields,
  withUnknownValues
} from "./simulator/scenario.js"
import type { ConfigError } from "./OpenRouterError.js"
import * as OpenRouterConfig from "./OpenRouterConfig.js"
import * as SimMessages from "./simulator/messages.js"
import * as SimResponses from "./simulator/responses.js"
import { specFallback } from "./simulator/specRoutes.js"
import * as Media from "./simulator/media.js"
import * as OpenRouterManagement from "./OpenRouterManagement.js"
import * as Management from "./simulator/management.js"

// =============================================================================
// Models
// =============================================================================

/**
 * Stream pacing and bounds. Small by default so tests stay fast.
 *
 * @since 0.1.0
 * @category models
 */
export interface Timings {
  /** Pause between two SSE data events. Default 5 ms. */
  readonly chunkDelay: Duration.Duration
  /** Keepalive period of `slow-first-token` (and the JSON-wire whitespace padding). Default 50 ms. */
  readonly keepaliveInterval: Duration.Duration
  /** How long `slow-first-token` waits before the first chunk (unless the scenario says). Default 300 ms. */
  readonly firstTokenDelay: Duration.Duration
  /** Hard cap on any one response (stalls included): the body ends after it. Default 30 s. */
  readonly maxResponse: Duration.Duration
  /** `GET /generation` answers 404 for this long after a generation was served. Default 0. */
  readonly generationDelay: Duration.Duration
}

/**
 * Default timings.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultTimings: Timings = {
  chunkDelay: Duration.millis(5),
  keepaliveInterval: Duration.millis(50),
  firstTokenDelay: Duration.millis(300),
  maxResponse: Duration.seconds(30),
  generationDelay: Duration.zero
}

/**
 * Simulator options.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Port on 127.0.0.1. Default 0 (a free port). */
  readonly port?: number | undefined
  /** The key the Simulator hands to the client configuration. Default {@link API_KEY}. */
  readonly apiKey?: string | undefined
  /** Reject any bearer token other than `apiKey` with 401 (default: every non-empty token is accepted). */
  readonly requireApiKey?: boolean | undefined
  /** The management key (`/keys`, `/workspaces`, `/guardrails`…; others get 403). Default {@link MANAGEMENT_KEY}. */
  readonly managementKey?: string | undefined
  readonly timings?: Partial<{ readonly [K in keyof Timings]: Duration.DurationInput }> | undefined
  /** Extra client configuration for {@link layer} (timeouts, headers, limits…). */
  readonly config?: Omit<OpenRouterConfig.Options, "apiKey" | "baseUrl"> | undefined
  /** Called for every request received (after it is logged), e.g. to print it. */
  readonly onRequest?: ((request: SimulatedRequest) => void) | undefined
}

/**
 * A request the Simulator received. Secret headers are replaced by `<redacted>`.
 *
 * @since 0.1.0
 * @category models
 */
export interface SimulatedRequest {
  readonly method: string
  /** Path below `/api/v1`, e.g. `/chat/completions`. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly headers: Readonly<Record<string, string>>
  /** The parsed JSON body (the raw text if it was not JSON; undefined for GET). */
  readonly body: unknown
  readonly model: string | undefined
  /** The scenario label applied (`drop-after-3`, `flaky-503`…), if any. */
  readonly scenario: string | undefined
}

/**
 * A running Simulator.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** Base URL for the client: `http://127.0.0.1:<port>/api/v1`. */
  readonly url: string
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string
  readonly port: number
  /** The fake key handed to the client configuration. */
  readonly apiKey: string
  /** The fake management key (`OpenRouterManagement`). */
  readonly managementKey: string
  /** Every request received so far, in arrival order. */
  readonly requests: Effect.Effect<ReadonlyArray<SimulatedRequest>>
  /** Forgets requests, scenario counters, generations and usage. */
  readonly reset: Effect.Effect<void>
}

/**
 * The running Simulator.
 *
 * @since 0.1.0
 * @category tags
 */
export class Simulator extends Context.Tag("effect-openrouter/Simulator")<Simulator, Service>() {}

/**
 * The fake key (never valid anywhere real).
 *
 * @since 0.1.0
 * @category constants
 */
export const API_KEY = "sk-or-v1-sim-00000000000000000000000000000000"

/**
 * The fake management key (never valid anywhere real).
 *
 * @since 0.1.0
 * @category constants
 */
export const MANAGEMENT_KEY: string = Management.MANAGEMENT_KEY

/**
 * The scenarios and their parameters (name pattern and description).
 *
 * @since 0.1.0
 * @category constants
 */
export const scenarios: ReadonlyArray<{ readonly name: string; readonly description: string }> = scenarioDocs

/**
 * The ids of the simulated catalogue (`GET /models`).
 *
 * @since 0.1.0
 * @category constants
 */
export const models: ReadonlyArray<string> = catalogue.map((m) => m.id)

// =============================================================================
// State
// =============================================================================

interface GenerationRecord {
  readonly data: Record<string, unknown>
  readonly availableAt: number
}

interface State {
  requests: Array<SimulatedRequest>
  counters: Map<string, number>
  generations: Map<string, GenerationRecord>
  /** Spend in units of 1e-18 USD. */
  usage: bigint
  /** The management API's keys, workspaces and guardrails. */
  management: Management.ManagementStore
}

const CREDIT_LIMIT = 100

// =============================================================================
// Streamed bodies
// =============================================================================

type Step =
  | { readonly _tag: "Write"; readonly text: string }
  | { readonly _tag: "Sleep"; readonly millis: number }
  | { readonly _tag: "Drop" }
  | { readonly _tag: "Stall" }

const write = (text: string): Step => ({ _tag: "Write", text })
const sleep = (millis: number): Step => ({ _tag: "Sleep", millis })

/** Waits until the socket has handed everything written to the kernel, then destroys it. */
const destroyAfterFlush = (response: http.ServerResponse): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    let tries = 0
    const tick = () => {
      const socket = response.socket
      if (socket === null || socket.destroyed) return resume(Effect.void)
      if (socket.writableLength > 0 && tries++ < 100) {
        setTimeout(tick, 5)
        return
      }
      setTimeout(() => {
        socket.destroy()
        resume(Effect.void)
      }, 10)
    }
    tick()
  })

const encoder = new TextEncoder()

const stepsStream = (
  steps: ReadonlyArray<Step>,
  response: http.ServerResponse,
  cap: Duration.Duration
): Stream.Stream<Uint8Array> =>
  Stream.fromIterable(steps).pipe(
    Stream.flatMap((step): Stream.Stream<Uint8Array> => {
      switch (step._tag) {
        case "Write":
          return Stream.succeed(encoder.encode(step.text))
        case "Sleep":
          return step.millis <= 0 ? Stream.empty : Stream.drain(Stream.fromEffect(Effect.sleep(step.millis)))
        case "Drop":
          return Stream.drain(Stream.fromEffect(destroyAfterFlush(response))).pipe(Stream.concat(Stream.never))
        case "Stall":
          return Stream.never
      }
    }),
    Stream.interruptWhen(Effect.sleep(cap))
  )

const sleptMillis = (steps: ReadonlyArray<Step>): number =>
  steps.reduce((total, s) => total + (s._tag === "Sleep" ? s.millis : 0), 0)

// =============================================================================
// Server
// =============================================================================

const API_PREFIX = "/api/v1"

interface JsonAnswer {
  readonly status: number
  readonly body: unknown
  readonly headers?: Readonly<Record<string, string>>
}

const jsonResponse = (answer: ErrorAnswer | JsonAnswer) =>
  HttpServerResponse.unsafeJson(answer.body, { status: answer.status, headers: answer.headers ?? {} })

const resolveTimings = (options: Options): Timings => {
  const t = options.timings ?? {}
  const d = (v: Duration.DurationInput | undefined, fallback: Duration.Duration) =>
    v === undefined ? fallback : Duration.decode(v)
  return {
    chunkDelay: d(t.chunkDelay, defaultTimings.chunkDelay),
    keepaliveInterval: d(t.keepaliveInterval, defaultTimings.keepaliveInterval),
    firstTokenDelay: d(t.firstTokenDelay, defaultTimings.firstTokenDelay),
    maxResponse: d(t.maxResponse, defaultTimings.maxResponse),
    generationDelay: d(t.generationDelay, defaultTimings.generationDelay)
  }
}

const makeApp = (options: Options, timings: Timings, state: State) => {
  const apiKey = options.apiKey ?? API_KEY
  const chunkDelay = Duration.toMillis(timings.chunkDelay)
  const keepalive = Math.max(1, Duration.toMillis(timings.keepaliveInterval))

  const log = (entry: SimulatedRequest) =>
    Effect.sync(() => {
      state.requests.push(entry)
      options.onRequest?.(entry)
    })

  const requestInfo = Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const url = new URL(request.url, "http://127.0.0.1")
    const query: Record<string, string> = {}
    url.searchParams.forEach((v, k) => {
      query[k] = v
    })
    const headers: Readonly<Record<string, string | undefined>> = request.headers
    return { request, url, query, headers, path: url.pathname.slice(API_PREFIX.length) }
  })

  const authError = (headers: Readonly<Record<string, string | undefined>>): ErrorAnswer | undefined => {
    const auth = headers["authorization"]
    const token = auth !== undefined ? /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined
    if (token === undefined) return unauthorized("Missing Authentication header")
    if (Management.isRevokedKey(state.management, token)) return unauthorized("User not found.")
    if (options.requireApiKey === true && token !== apiKey && !Management.isActiveKey(state.management, token)) {
      return unauthorized("User not found.")
    }
    return undefined
  }

  /** Failures decided before any generation: auth and the error scenarios. */
  const preflight = (
    scenario: Scenario | undefined,
    model: string | undefined,
    headers: Readonly<Record<string, string | undefined>>,
    input: { readonly text: string; readonly body: Record<string, unknown> | undefined },
    counterKey: string
  ): Effect.Effect<ErrorAnswer | undefined> =>
    Effect.sync(() => {
      const auth = authError(headers)
      if (auth !== undefined) return auth
      // Like OpenRouter, an unknown model id is refused before anything else (scenarios included).
      if (model !== undefined && !isKnownModel(model)) return invalidModel(model)
      const name = model ?? counterKey
      if (scenario === undefined) {
        if (input.body === undefined) return undefined
        // Real context check for the catalogue's known models.
        const found = findModel(name)
        if (!found.known) return undefined
        const prompt = estimatePromptTokens(input.body)
        const output = maxTokensOf(input.body) ?? 0
        if (prompt + output > found.model.contextLength) {
          return contextOverflow(found.model.contextLength, prompt, output)
        }
        return undefined
      }
      const count = () => {
        const key = `${counterKey}|${scenario.label}`
        const n = (state.counters.get(key) ?? 0) + 1
        state.counters.set(key, n)
        return n
      }
      const retryAfter = numberHeader(headers, "x-sim-retry-after")
      switch (scenario.name) {
        case "unauthorized":
          return unauthorized("User not found.")
        case "rate-limited": {
          const k = numberHeader(headers, "x-sim-fail-count") ?? scenario.param ?? 1
          return count() <= k ? rateLimited(name, retryAfter ?? 1, Date.now()) : undefined
        }
        case "flaky": {
          const n = numberHeader(headers, "x-sim-fail-count") ?? scenario.param ?? 2
          const status = numberHeader(headers, "x-sim-status") ?? scenario.status ?? 503
          return count() <= n ? serverError(name, status, retryAfter) : undefined
        }
        case "no-credits":
          return noCredits(input.body !== undefined ? maxTokensOf(input.body) : undefined)
        case "moderated": {
          const reasons = (headers["x-sim-reasons"] ?? "harassment").split(",").map((r) => r.trim()).filter((r) =>
            r !== ""
          )
          return moderated(name, input.text, reasons)
        }
        case "context-overflow": {
          const max = numberHeader(headers, "x-sim-max-context") ?? scenario.param ??
            findModel(name).model.contextLength
          const prompt = input.body !== undefined ? estimatePromptTokens(input.body) : 1
          const output = (input.body !== undefined ? maxTokensOf(input.body) : undefined) ?? 4096
          return contextOverflow(Math.floor(max), prompt, output)
        }
        case "not-found":
          return notFound(name)
        default:
          return undefined
      }
    })

  const storeGeneration = (
    answer: ChatAnswer,
    info: {
      readonly streamed: boolean
      readonly cancelled: boolean
      readonly finishReason: string
      readonly latency: number
      readonly user: unknown
    }
  ) =>
    Effect.sync(() => {
      state.usage += answer.cost
      state.generations.set(answer.id, {
        availableAt: Date.now() + Duration.toMillis(timings.generationDelay),
        data: {
          id: answer.id,
          request_id: `req-${answer.id.slice(4)}`,
          upstream_id: `sim-${answer.id.slice(-12)}`,
          created_at: new Date(answer.created * 1000).toISOString(),
          model: answer.model,
          provider_name: PROVIDER,
          router: null,
          api_type: "completions",
          streamed: info.streamed,
          cancelled: info.cancelled,
          finish_reason: info.finishReason,
          native_finish_reason: info.finishReason === answer.finishReason ? answer.nativeFinishReason : null,
          tokens_prompt: answer.promptTokens,
          tokens_completion: answer.completionTokens,
          native_tokens_prompt: answer.promptTokens,
          native_tokens_completion: answer.completionTokens,
          native_tokens_reasoning: answer.reasoningTokens,
          native_tokens_cached: 0,
          native_tokens_completion_images: 0,
          num_media_prompt: 0,
          num_media_completion: 0,
          num_input_audio_prompt: 0,
          num_search_results: 0,
          num_fetches: 0,
          web_search_engine: null,
          total_cost: toNumber(answer.cost),
          usage: toNumber(answer.cost),
          upstream_inference_cost: null,
          cache_discount: null,
          is_byok: false,
          latency: info.latency,
          generation_time: info.latency,
          moderation_latency: 0,
          origin: "",
          http_referer: null,
          user_agent: null,
          app_id: null,
          external_user: typeof info.user === "string" ? info.user : null,
          session_id: null,
          preset_id: null,
          workspace_id: null,
          data_region: "global",
          service_tier: null,
          provider_responses: [{ provider_name: PROVIDER, status: 200, latency: info.latency, is_byok: false }]
        }
      })
    })

  const streamed = (
    steps: ReadonlyArray<Step>,
    request: HttpServerRequest.HttpServerRequest,
    contentType: string,
    headers: Readonly<Record<string, string>>
  ) =>
    HttpServerResponse.stream(
      stepsStream(steps, NodeHttpServerRequest.toServerResponse(request), timings.maxResponse),
      { status: 200, contentType, headers }
    )

  /** Reads and logs a POST with a JSON body; answers 401 for a refused key. */
  const readPost = Effect.gen(function*() {
    const { headers, path, query, request } = yield* requestInfo
    const text = Either.getOrElse(yield* Effect.either(request.text), () => "")
    let body: Record<string, unknown> | undefined
    try {
      const value: unknown = JSON.parse(text)
      body = isRecord(value) ? value : undefined
    } catch {
      body = undefined
    }
    const rawModel = body?.["model"] ?? (Array.isArray(body?.["models"]) ? body["models"][0] : undefined)
    const model = typeof rawModel === "string" && rawModel.trim() !== "" ? rawModel.trim() : undefined
    const scenario = scenarioOf(model, headers)
    yield* log({
      method: request.method,
      path,
      query,
      headers: recordHeaders(headers),
      body: body ?? text,
      model,
      scenario: scenario?.label
    })
    const auth = authError(headers)
    return { headers, request, body, model, scenario, refused: auth === undefined ? undefined : jsonResponse(auth) }
  })

  const chat = Effect.gen(function*() {
    const { body, headers, model, refused, request, scenario } = yield* readPost
    if (refused !== undefined) return refused
    if (body === undefined) return jsonResponse(badRequest("Request body must be a JSON object"))
    const messages = body["messages"]
    if (!Array.isArray(messages) || messages.length === 0) {
      return jsonResponse(badRequest("messages must be a non-empty array"))
    }
    const served = model ?? "sim/echo"
    const failure = yield* preflight(scenario, served, headers, { text: lastUserText(body), body }, served)
    if (failure !== undefined) return jsonResponse(failure)

    const answer = planChat(body, served)
    const stream = body["stream"] === true
    const responseHeaders = { "x-generation-id": answer.id }
    const name = scenario?.name
    const chunksParam = numberHeader(headers, "x-sim-chunks")
    const delayMs = Math.floor(
      numberHeader(headers, "x-sim-delay-ms") ??
        (name === "slow-first-token" ? scenario?.param : undefined) ??
        Duration.toMillis(timings.firstTokenDelay)
    )
    const keepaliveMs = Math.max(1, Math.floor(numberHeader(headers, "x-sim-keepalive-ms") ?? keepalive))
    const pacing = Math.floor(numberHeader(headers, "x-sim-chunk-delay-ms") ?? chunkDelay)
    const user = body["user"]

    /** Keepalives (or padding) every `keepaliveMs` for `delayMs`. */
    const waitSteps = (pad: string): Array<Step> => {
      const out: Array<Step> = []
      if (name !== "slow-first-token") return out
      let waited = 0
      while (waited + keepaliveMs <= delayMs) {
        out.push(sleep(keepaliveMs), write(pad))
        waited += keepaliveMs
      }
      if (delayMs > waited) out.push(sleep(delayMs - waited))
      return out
    }

    // forward-compatibility scenarios: the same answer with undocumented fields / values added
    const decorate = name === "unknown-fields"
      ? withUnknownFields
      : name === "unknown-values"
      ? withUnknownValues
      : undefined

    if (!stream) {
      const plain = completionBody(answer)
      const full = JSON.stringify(decorate !== undefined ? decorate(plain) : plain)
      switch (name) {
        case "mid-stream-error": {
          const n = chunksParam ?? scenario?.param ?? 2
          yield* storeGeneration(answer, { streamed: false, cancelled: false, finishReason: "error", latency: 0, user })
          return jsonResponse({ status: 200, body: midStreamErrorBody(answer, n), headers: responseHeaders })
        }
        case "drop-after":
        case "stall": {
          const steps: Array<Step> = [write(full.slice(0, Math.floor(full.length / 2))), {
            _tag: name === "stall" ? "Stall" : "Drop"
          }]
          yield* storeGeneration(answer, { streamed: false, cancelled: true, finishReason: "error", latency: 0, user })
          return streamed(steps, request, "application/json", responseHeaders)
        }
        case "slow-first-token": {
          const steps = [...waitSteps("\n"), write(full)]
          yield* storeGeneration(answer, {
            streamed: false,
            cancelled: false,
            finishReason: answer.finishReason,
            latency: sleptMillis(steps),
            user
          })
          return streamed(steps, request, "application/json", responseHeaders)
        }
        default:
          yield* storeGeneration(answer, {
            streamed: false,
            cancelled: false,
            finishReason: answer.finishReason,
            latency: 0,
            user
          })
          return HttpServerResponse.text(full, {
            status: 200,
            contentType: "application/json",
            headers: responseHeaders
          })
      }
    }

    // --- SSE ---
    const plainChunks = streamChunks(answer)
    const firstContent = plainChunks.findIndex((chunk) => chunk.content)
    const chunks = name === "unknown-fields"
      ? plainChunks.map((chunk) => ({ ...chunk, json: withUnknownFields(chunk.json) }))
      : name === "unknown-values"
      ? plainChunks.map((chunk, i) => i === firstContent ? { ...chunk, json: withUnknownValues(chunk.json) } : chunk)
      : plainChunks
    const steps: Array<Step> = [write(KEEPALIVE), ...waitSteps(KEEPALIVE)]
    let sent = 0
    let contentSent = 0
    let ended: "done" | "error" | "drop" | "stall" = "done"
    const limit = name === "drop-after"
      ? (chunksParam ?? scenario?.param ?? 3)
      : name === "stall"
      ? (chunksParam ?? scenario?.param ?? 2)
      : undefined
    const errorAfter = name === "mid-stream-error" ? (chunksParam ?? scenario?.param ?? 2) : undefined
    for (const chunk of chunks) {
      if (limit !== undefined && sent >= limit) {
        ended = name === "stall" ? "stall" : "drop"
        break
      }
      if (errorAfter !== undefined && chunk.content && contentSent >= errorAfter) {
        ended = "error"
        break
      }
      if (sent > 0) steps.push(sleep(pacing))
      steps.push(write(sseData(chunk.json)))
      sent++
      if (chunk.content) contentSent++
    }
    switch (ended) {
      case "done":
        if (errorAfter !== undefined) {
          // Fewer content chunks than asked: fail after all of them.
          steps.splice(steps.length - 2)
          steps.push(sleep(pacing), write(sseData(midStreamErrorChunk(answer))))
          ended = "error"
        } else {
          steps.push(sleep(pacing), write(sseData("[DONE]")))
        }
        break
      case "error":
        steps.push(sleep(pacing), write(sseData(midStreamErrorChunk(answer))))
        break
      case "drop":
        steps.push({ _tag: "Drop" })
        break
      case "stall":
        steps.push({ _tag: "Stall" })
        break
    }
    yield* storeGeneration(answer, {
      streamed: true,
      cancelled: ended === "drop" || ended === "stall",
      finishReason: ended === "done" ? answer.finishReason : "error",
      latency: sleptMillis(steps),
      user
    })
    return streamed(steps, request, "text/event-stream", { ...responseHeaders, "cache-control": "no-cache" })
  })

  const get = (
    handler: (
      input: { readonly query: Readonly<Record<string, string>> }
    ) => Effect.Effect<HttpServerResponse.HttpServerResponse>,
    requireAuth = true
  ) =>
    Effect.gen(function*() {
      const { headers, path, query, request } = yield* requestInfo
      const scenario = scenarioOf(undefined, headers)
      yield* log({
        method: request.method,
        path,
        query,
        headers: recordHeaders(headers),
        body: undefined,
        model: undefined,
        scenario: scenario?.label
      })
      if (requireAuth || scenario !== undefined) {
        const failure = yield* preflight(scenario, undefined, headers, { text: "", body: undefined }, path)
        if (failure !== undefined) return jsonResponse(failure)
      }
      return yield* handler({ query })
    })

  const modelsRoute = get(({ query }) =>
    Effect.sync(() => {
      const wantedParams = (query["supported_parameters"] ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "")
      const output = (query["output_modalities"] ?? "text").split(",").map((s) => s.trim())
      const data = catalogue
        .filter((m) => output.includes("all") || m.outputModalities.some((o) => output.includes(o)))
        .filter((m) => wantedParams.every((p) => m.supportedParameters.includes(p)))
        .map(modelEntry)
      return jsonResponse({ status: 200, body: { data } })
    }), false)

  const generationRoute = get(({ query }) =>
    Effect.sync(() => {
      const id = query["id"]
      if (id === undefined || id === "") return jsonResponse(badRequest("id is required"))
      const record = state.generations.get(id)
      if (record === undefined || Date.now() < record.availableAt) {
        return jsonResponse({ status: 404, body: { error: { code: 404, message: `Generation ${id} not found` } } })
      }
      return jsonResponse({ status: 200, body: { data: record.data } })
    })
  )

  const keyRoute = get(() =>
    Effect.sync(() => {
      const usage = Number(formatDecimal(state.usage))
      const remaining = Number(formatDecimal(BigInt(CREDIT_LIMIT) * 10n ** 18n - state.usage))
      return jsonResponse({
        status: 200,
        body: {
          data: {
            label: `${apiKey.slice(0, 11)}...${apiKey.slice(-3)}`,
            limit: CREDIT_LIMIT,
            limit_remaining: remaining,
            limit_reset: null,
            include_byok_in_limit: false,
            usage,
            usage_daily: usage,
            usage_weekly: usage,
            usage_monthly: usage,
            byok_usage: 0,
            byok_usage_daily: 0,
            byok_usage_weekly: 0,
            byok_usage_monthly: 0,
            is_free_tier: false,
            is_management_key: false,
            is_provisioning_key: false,
            creator_user_id: "user_sim_0000000000000000000000",
            expires_at: null,
            rate_limit: { requests: -1, interval: "10s", note: "This field is deprecated and safe to ignore." },
            free_model_daily_requests: { limit: 1000, remaining: 1000, used: 0 }
          }
        }
      })
    })
  )

  const creditsRoute = get(() =>
    Effect.sync(() =>
      jsonResponse({
        status: 200,
        body: { data: { total_credits: CREDIT_LIMIT, total_usage: Number(formatDecimal(state.usage)) } }
      })
    )
  )

  const embeddings = Effect.gen(function*() {
    const { body, headers, model, refused, scenario } = yield* readPost
    if (refused !== undefined) return refused
    if (body === undefined || model === undefined) return jsonResponse(badRequest("model and input are required"))
    const inputs = embeddingInputs(body["input"])
    if (inputs.length === 0) return jsonResponse(badRequest("input must not be empty"))
    const failure = yield* preflight(scenario, model, headers, { text: inputs.join(" "), body: undefined }, model)
    if (failure !== undefined) return jsonResponse(failure)
    const requestedDims = body["dimensions"]
    const dims = typeof requestedDims === "number" && requestedDims > 0 ? Math.min(4096, Math.floor(requestedDims)) : 16
    const base64 = body["encoding_format"] === "base64"
    const promptTokens = inputs.reduce((n, t) => n + Math.max(1, Math.ceil(t.length / 4)), 0)
    const priced = findModel(model).model
    const pricing = priced.outputModalities.includes("embeddings") ? priced : findModel("sim/embed").model
    const cost = costOf(pricing, promptTokens, 0)
    yield* Effect.sync(() => {
      state.usage += cost.total
    })
    return jsonResponse({
      status: 200,
      body: {
        id: `gen-emb-${sha256(canonicalJson(body)).slice(0, 20)}`,
        object: "list",
        model,
        provider: PROVIDER,
        data: inputs.map((t, index) => {
          const vector = embeddingVector(t, dims)
          return { object: "embedding", embedding: base64 ? vectorBase64(vector) : vector, index }
        }),
        usage: { prompt_tokens: promptTokens, total_tokens: promptTokens, cost: toNumber(cost.total), is_byok: false }
      }
    })
  })

  // The Responses and Messages APIs: the chat answer in their shapes (src/simulator/responses.ts).
  const sseKit: SimResponses.Kit = {
    readPost,
    preflight,
    streamed,
    storeGeneration,
    chunkDelayMs: chunkDelay,
    keepaliveMs: keepalive,
    firstTokenDelayMs: Duration.toMillis(timings.firstTokenDelay)
  }

  const router = HttpRouter.empty.pipe(
    HttpRouter.post(`${API_PREFIX}/chat/completions`, chat),
    HttpRouter.concat(SimResponses.router(sseKit)),
    HttpRouter.concat(SimMessages.router(sseKit)),
    HttpRouter.get(`${API_PREFIX}/models`, modelsRoute),
    HttpRouter.get(`${API_PREFIX}/generation`, generationRoute),
    HttpRouter.get(`${API_PREFIX}/key`, keyRoute),
    HttpRouter.get(`${API_PREFIX}/credits`, creditsRoute),
    HttpRouter.post(`${API_PREFIX}/embeddings`, embeddings),
    HttpRouter.concat(Media.router({ readPost, preflight, log, addUsage: (units) => (state.usage += units) })),
    HttpRouter.concat(Management.router({ store: state.management, managementKey: options.managementKey ?? MANAGEMENT_KEY, log }))
  )

  return router.pipe(
    Effect.catchAll((error: HttpServerError.HttpServerError) =>
      error._tag === "RouteNotFound"
        ? Effect.map(
          // Every other operation of the spec: its spec example (src/simulator/specRoutes.ts).
          specFallback(error.request, {
            refuse: (headers) => {
              const refused = authError(headers) ??
                Management.refuseForeignKey(options.managementKey ?? MANAGEMENT_KEY, error.request, headers)
              return refused === undefined ? undefined : jsonResponse(refused)
            },
            log: (entry) => log({ ...entry, headers: recordHeaders(entry.headers), model: undefined, scenario: undefined })
          }),
          (answer) =>
            answer ?? jsonResponse({
              status: 404,
              body: { error: { code: 404, message: `Not found: ${error.request.method} ${error.request.url}` } }
            })
        )
        : Effect.succeed(
          jsonResponse({ status: 500, body: { error: { code: 500, message: "Internal Server Error" } } })
        )
    ),
    // CORS, so a page on another origin (the browser test, a local web app) can call it: a
    // preflight `OPTIONS` answers 204 allowing any origin, the requested headers (Authorization
    // included) and GET/POST; every answer allows any origin and exposes every response header
    // (`X-Generation-Id`, `Retry-After`, rate-limit headers) to the page.
    HttpMiddleware.cors({ allowedMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"], exposedHeaders: ["*"], maxAge: 600 })
  )
}

// =============================================================================
// Constructors and layers
// =============================================================================

/**
 * Starts a Simulator on 127.0.0.1 for the lifetime of the scope. Closing the scope closes every
 * open connection (stalled streams included) and stops the server.
 *
 * @since 0.1.0
 * @category constructors
 */
export const serve = (options: Options = {}): Effect.Effect<Service, HttpServerError.ServeError, Scope.Scope> =>
  Effect.gen(function*() {
    const timings = resolveTimings(options)
    const state: State = {
      requests: [],
      counters: new Map(),
      generations: new Map(),
      usage: 0n,
      management: Management.makeStore()
    }
    const nodeServer = http.createServer()
    const context = yield* Layer.build(
      NodeHttpServer.layer(() => nodeServer, { port: options.port ?? 0, host: "127.0.0.1" })
    )
    const server = Context.get(context, HttpServer.HttpServer)
    yield* server.serve(makeApp(options, timings, state))
    yield* Effect.addFinalizer(() => Effect.sync(() => nodeServer.closeAllConnections()))
    const port = server.address._tag === "TcpAddress" ? server.address.port : 0
    const origin = `http://127.0.0.1:${port}`
    const service: Service = {
      url: `${origin}${API_PREFIX}`,
      origin,
      port,
      apiKey: options.apiKey ?? API_KEY,
      managementKey: options.managementKey ?? MANAGEMENT_KEY,
      requests: Effect.sync(() => [...state.requests]),
      reset: Effect.sync(() => {
        state.requests = []
        state.counters.clear()
        state.generations.clear()
        state.usage = 0n
        Management.resetStore(state.management)
      })
    }
    return service
  })

/**
 * The Simulator service alone (no client configuration).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerServer = (options: Options = {}): Layer.Layer<Simulator, HttpServerError.ServeError> =>
  Layer.scoped(Simulator, serve(options))

/**
 * A running Simulator plus an `OpenRouterConfig` pointing at it (its base URL, the fake key and
 * `options.config`). Add `OpenRouter.layer` and an `HttpClient` (e.g. `NodeHttpClient.layerUndici`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options = {}
): Layer.Layer<Simulator | OpenRouterConfig.OpenRouterConfig, HttpServerError.ServeError | ConfigError> =>
  Layer.effect(
    OpenRouterConfig.OpenRouterConfig,
    Effect.flatMap(
      Simulator,
      (sim) => OpenRouterConfig.make({ ...options.config, apiKey: sim.apiKey, baseUrl: sim.url })
    )
  ).pipe(Layer.provideMerge(layerServer(options)))

/**
 * An `OpenRouterManagement` configuration pointing at the running Simulator: its base URL, its
 * fake management key and `config` (timeouts, headers…). Provide it over {@link layer} to have
 * both clients on one Simulator; add `OpenRouterManagement.layer` and an `HttpClient`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerManagementConfig = (
  config: Omit<OpenRouterConfig.Options, "apiKey" | "baseUrl"> = {}
): Layer.Layer<OpenRouterManagement.ManagementConfig, ConfigError, Simulator> =>
  Layer.unwrapEffect(
    Effect.map(
      Simulator,
      (sim) => OpenRouterManagement.layerConfig({ ...config, managementKey: sim.managementKey, baseUrl: sim.url })
    )
  )

/**
 * A running Simulator plus an `OpenRouterManagement` configuration pointing at it (see
 * {@link layerManagementConfig}; `options.config` applies).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerManagement = (
  options: Options = {}
): Layer.Layer<Simulator | OpenRouterManagement.ManagementConfig, HttpServerError.ServeError | ConfigError> =>
  layerManagementConfig(options.config).pipe(Layer.provideMerge(layerServer(options)))
