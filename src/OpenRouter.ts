/**
 * The service users call: `chat`, `chatStream`, `models`, `generation`, `key`, `credits`,
 * `embeddings`. Every call goes through one pipeline (docs/architecture.md): request validation, fallback
 * plan, per-candidate retry, circuit breaker, client rate limit and bulkhead, per-attempt
 * timeouts, transport. Each policy is a Layer the user can swap; `OpenRouter.layer` uses whichever
 * are provided and the defaults otherwise.
 *
 * @since 0.1.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberSet from "effect/FiberSet"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { CreditsResponse, creditsResult, type CreditsResult, KeyResponse, keyResult, type KeyResult } from "./Account.js"
import * as Budget from "./Budget.js"
import * as Bulkhead from "./Bulkhead.js"
import type { ChatResult } from "./ChatResult.js"
import * as ChatStream from "./ChatStream.js"
import * as CircuitBreaker from "./CircuitBreaker.js"
import type { EmbeddingsRequest, EmbeddingsResponse } from "./Embeddings.js"
import * as CostMeter from "./CostMeter.js"
import * as Fallback from "./Fallback.js"
import { GenerationResponse, generationResult, type GenerationResult } from "./Generation.js"
import { type ModelsQuery, ModelsResponse, modelsResult, type ModelsResult } from "./Model.js"
import * as ModelRegistry from "./ModelRegistry.js"
import type * as Audio from "./Audio.js"
import type * as Images from "./Images.js"
import { lazyModule } from "./internal/lazy.js"
import * as ModelEndpoints from "./ModelEndpoints.js"
import type * as Rerank from "./Rerank.js"
import type * as Videos from "./Videos.js"
import * as OpenRouterConfig from "./OpenRouterConfig.js"
import { InvalidRequestError, type OpenRouterError } from "./OpenRouterError.js"
import * as RateLimit from "./RateLimit.js"
import * as RetryPolicy from "./RetryPolicy.js"
import * as Telemetry from "./Telemetry.js"
import { makeChatCalls } from "./pipeline/pipeline.js"
import type { OperationOptions } from "./pipeline/operation.js"
import type { CallOptions, ChatOptions, ChatRequestInput, Policies } from "./pipeline/types.js"
import type * as Operation from "./Operation.js"
import * as Transport from "./Transport.js"
import type * as Messages from "./Messages.js"
import type * as MessagesStream from "./MessagesStream.js"
import type * as Responses from "./Responses.js"
import type * as ResponsesStream from "./ResponsesStream.js"
import type { SseCallOptions as StreamApiOptions } from "./pipeline/responsesWire.js"
import * as UsageLedger from "./UsageLedger.js"

// =============================================================================
// Service interface
// =============================================================================

/**
 * A chat request (the wire shape `ChatRequest`, `stream` set by the client) and the per-call
 * overrides, each beating the corresponding layer for this call only. Defined with the pipeline
 * that reads them (`src/pipeline/types.ts`).
 *
 * @since 0.1.0
 * @category models
 */
export type { CallOptions, ChatOptions, ChatRequestInput } from "./pipeline/types.js"

/**
 * Per-call options of `call` (extra headers).
 *
 * @since 0.1.0
 * @category models
 */
export type { OperationOptions } from "./pipeline/operation.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /**
   * One chat completion. Streams on the wire by default and folds; `onEvent` sees the events as
   * they arrive (`ChatOptions`).
   */
  readonly chat: (request: ChatRequestInput, options?: ChatOptions) => Effect.Effect<ChatResult, OpenRouterError>
  /** A streamed chat completion as typed events, ending with `Done`. */
  readonly chatStream: (
    request: ChatRequestInput,
    options?: CallOptions
  ) => Stream.Stream<ChatStream.ChatStreamEvent, OpenRouterError>
  /** `GET /models` with its query filters: the catalogue as `ModelInfo`s (wire response in `raw`). */
  readonly models: (query?: ModelsQuery) => Effect.Effect<ModelsResult, OpenRouterError>
  /** `GET /generation?id=`. */
  readonly generation: (id: string) => Effect.Effect<GenerationResult, OpenRouterError>
  /** `GET /key`: limits and usage of the calling key. */
  readonly key: () => Effect.Effect<KeyResult, OpenRouterError>
  /** `GET /credits` (management keys, per the current spec). */
  readonly credits: () => Effect.Effect<CreditsResult, OpenRouterError>
  /**
   * `POST /embeddings`, through the same pipeline as `chat`: retry, circuit breaker,
   * rate limit, bulkhead, budget (priced by input tokens), the configured timeouts, spans and the
   * meter. No model fallback: the fallback lists name chat models.
   */
  readonly embeddings: (request: EmbeddingsRequest) => Effect.Effect<EmbeddingsResponse, OpenRouterError>
  /**
   * Any operation of the API (the generated table in `effect-openrouter/api`) through the same
   * pipeline: typed errors, retry, breaker, rate limit, bulkhead, spans, the key redacted; budget
   * and meter for operations that cost money. Management operations belong to
   * `OpenRouterManagement` (its own key) and are refused here.
   */
  readonly call: <In, Out>(
    operation: Operation.Operation<In, Out>,
    input: In,
    options?: OperationOptions
  ) => Effect.Effect<Out, OpenRouterError>
  /** `GET /models/{author}/{slug}/endpoints`: the providers serving a model, prices and limits per provider. */
  readonly endpoints: (model: string) => Effect.Effect<ModelEndpoints.EndpointsResult, OpenRouterError>
  /** `GET /providers`: the providers OpenRouter routes to. */
  readonly providers: () => Effect.Effect<ReadonlyArray<ModelEndpoints.Provider>, OpenRouterError>
  /** `POST /rerank`, metered (see `Rerank`). */
  readonly rerank: (request: Rerank.RerankRequest, options?: Rerank.CallOptions) => Effect.Effect<Rerank.RerankResult, OpenRouterError>
  /** `POST /images`, metered (see `Images`). */
  readonly images: (request: Images.ImageRequest, options?: Rerank.CallOptions) => Effect.Effect<Images.ImagesResult, OpenRouterError>
  /** `POST /audio/speech`: the audio bytes as they arrive, retried before the first byte only (see `Audio`). */
  readonly speech: (request: Audio.SpeechRequest, options?: Rerank.CallOptions) => Stream.Stream<Uint8Array, OpenRouterError>
  /** `POST /audio/transcriptions` (JSON or multipart), metered (see `Audio`). */
  readonly transcription: (
    request: Audio.Transcribe,
    options?: Rerank.CallOptions
  ) => Effect.Effect<Audio.TranscriptionResult, OpenRouterError>
  /** Video jobs: submit, poll as a `Stream` of states, download (see `Videos`). */
  readonly videos: Videos.Api
  /**
   * `POST /responses` (the Responses API) through the same pipeline as `chat` (no fallback):
   * streams on the wire by default and folds (`wire: "json"` sends a JSON request). See
   * docs/responses-and-messages.md.
   */
  readonly responses: (
    request: Responses.ResponsesRequestInput,
    options?: StreamApiOptions
  ) => Effect.Effect<ResponsesStream.ResponsesResult, OpenRouterError>
  /** A streamed Responses API call as typed events, ending with `Done`. */
  readonly responsesStream: (
    request: Responses.ResponsesRequestInput,
    options?: StreamApiOptions
  ) => Stream.Stream<ResponsesStream.ResponsesStreamEvent, OpenRouterError>
  /** `POST /messages` (Anthropic-compatible), like `responses`. */
  readonly messages: (
    request: Messages.MessagesRequestInput,
    options?: StreamApiOptions
  ) => Effect.Effect<MessagesStream.MessagesResult, OpenRouterError>
  /** A streamed Messages API call as typed events, ending with `Done`. */
  readonly messagesStream: (
    request: Messages.MessagesRequestInput,
    options?: StreamApiOptions
  ) => Stream.Stream<MessagesStream.MessagesStreamEvent, OpenRouterError>
}

/**
 * Per-call options of `responses` / `messages` and their streams: the wire, retry, timeouts,
 * headers, breaker / rate limit / bulkhead overrides and ledger tags (no fallback, no pre-checks).
 *
 * @since 0.1.0
 * @category models
 */
export type { SseCallOptions as StreamApiOptions } from "./pipeline/responsesWire.js"

/**
 * @since 0.1.0
 * @category tags
 */
export class OpenRouter extends Context.Tag("effect-openrouter/OpenRouter")<OpenRouter, Service>() {}

// =============================================================================
// Pipeline
// =============================================================================

/**
 * Which registry checks run before a request is sent (they need a `ModelRegistry` layer).
 * Default: none. Provide `OpenRouter.layerPreChecks(...)` or pass `preCheck` per call.
 *
 * @since 0.1.0
 * @category models
 */
export class PreChecks extends Context.Reference<PreChecks>()("effect-openrouter/PreChecks", {
  defaultValue: (): ModelRegistry.PreCheckOptions => ({ checkModel: false, checkContext: false, checkParameters: false })
}) {}

/**
 * Whether calls that ended without usage (a dropped or cancelled stream) are reconciled through
 * `GET /generation?id=` in the background, turning their meter entry from unknown into reported
 * cost. Default off; needs a `CostMeter` layer.
 *
 * @since 0.1.0
 * @category models
 */
export class ReconcileCosts extends Context.Reference<ReconcileCosts>()("effect-openrouter/ReconcileCosts", {
  defaultValue: (): false | CostMeter.ReconcileOptions => false
}) {}

/**
 * Turns on background cost reconciliation (see `ReconcileCosts`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerReconcileCosts = (options: CostMeter.ReconcileOptions = {}): Layer.Layer<ReconcileCosts> =>
  Layer.succeed(ReconcileCosts, options)

/**
 * Turns on registry pre-send checks: unknown model, context overflow, unsupported parameters.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerPreChecks = (
  options: ModelRegistry.PreCheckOptions = { checkModel: true, checkContext: true, checkParameters: true }
): Layer.Layer<PreChecks> => Layer.succeed(PreChecks, options)

const loadRerank = lazyModule(() => import("./Rerank.js"))
const loadImages = lazyModule(() => import("./Images.js"))
const loadAudio = lazyModule(() => import("./Audio.js"))
const loadVideos = lazyModule(() => import("./Videos.js"))

/**
 * Builds the service from the transport, the configuration and whichever policies are in context.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, Transport.Transport | OpenRouterConfig.OpenRouterConfig | Scope.Scope> = Effect.gen(
  function*() {
    const transport = yield* Transport.Transport
    const config = yield* OpenRouterConfig.OpenRouterConfig
    const retryLayer = yield* Effect.serviceOption(RetryPolicy.RetryPolicy)
    const fallbackLayer = yield* Effect.serviceOption(Fallback.Fallback)
    const policies: Policies = {
      retry: Option.getOrElse(retryLayer, () => RetryPolicy.defaults),
      fallback: Option.getOrElse(fallbackLayer, () => Fallback.defaults),
      breaker: Option.getOrUndefined(yield* Effect.serviceOption(CircuitBreaker.CircuitBreaker)),
      rateLimit: Option.getOrUndefined(yield* Effect.serviceOption(RateLimit.RateLimit)),
      bulkhead: Option.getOrUndefined(yield* Effect.serviceOption(Bulkhead.Bulkhead)),
      meter: Option.getOrUndefined(yield* Effect.serviceOption(CostMeter.CostMeter)),
      budget: Option.getOrUndefined(yield* Effect.serviceOption(Budget.Budget)),
      registry: Option.getOrUndefined(yield* Effect.serviceOption(ModelRegistry.ModelRegistry)),
      ledger: Option.getOrUndefined(yield* Effect.serviceOption(UsageLedger.UsageLedger))
    }
    const preChecks = yield* PreChecks
    const reconcileCosts = yield* ReconcileCosts
    if (policies.breaker !== undefined) {
      // Breaker state changes as metrics (the transitions stream lives as long as the layer).
      yield* Effect.forkScoped(
        Stream.runForEach(policies.breaker.transitions, (t) => Telemetry.recordBreakerTransition(t.key, t.from, t.to))
      )
    }

    // Background work of the calls (cost reconciliation) lives in the layer's scope.
    const background = yield* FiberSet.make()
    const calls = makeChatCalls({ transport, config, policies, preChecks, reconcileCosts, background })
    // A policy layer merged beside this layer (`Layer.merge`) instead of provided to it is not
    // seen here: the client runs with the default for it (docs/policies.md, "Provide, don't
    // merge"). The first call looks for such a policy in its own context and says so, once.
    const inContext = <I, S>(tag: Context.Tag<I, S>) => (context: Context.Context<never>) =>
      Option.isSome(Context.getOption(context, tag))
    const built: ReadonlyArray<readonly [(context: Context.Context<never>) => boolean, string, boolean]> = [
      [inContext(RetryPolicy.RetryPolicy), "RetryPolicy", Option.isSome(retryLayer)],
      [inContext(Fallback.Fallback), "Fallback", Option.isSome(fallbackLayer)],
      [inContext(CircuitBreaker.CircuitBreaker), "CircuitBreaker", policies.breaker !== undefined],
      [inContext(RateLimit.RateLimit), "RateLimit", policies.rateLimit !== undefined],
      [inContext(Bulkhead.Bulkhead), "Bulkhead", policies.bulkhead !== undefined],
      [inContext(CostMeter.CostMeter), "CostMeter", policies.meter !== undefined],
      [inContext(Budget.Budget), "Budget", policies.budget !== undefined],
      [inContext(UsageLedger.UsageLedger), "UsageLedger", policies.ledger !== undefined]
    ]
    let mergeChecked = false
    const checkMerged: Effect.Effect<void> = Effect.suspend(() => {
      if (mergeChecked) return Effect.void
      mergeChecked = true
      return Effect.flatMap(Effect.context<never>(), (context) => {
        const missed = built.filter(([present, , seen]) => !seen && present(context))
        return missed.length === 0 ? Effect.void : Effect.logWarning(
          `effect-openrouter: ${
            missed.map(([, name]) => name).join(", ")
          } is in the context of this call but OpenRouter.layer was built without it, so the client uses the default. ` +
            "Provide policy layers to the client layer (Layer.provide), not beside it (Layer.merge): see docs/policies.md."
        )
      })
    })
    const chat: Service["chat"] = (request, options) =>
      mergeChecked ? calls.chat(request, options) : Effect.zipRight(checkMerged, calls.chat(request, options))
    const chatStream: Service["chatStream"] = (request, options) =>
      mergeChecked
        ? calls.chatStream(request, options)
        : Stream.unwrap(Effect.as(checkMerged, calls.chatStream(request, options)))
    const media = { ...calls.media, call: calls.call }

    const get = <A, I>(path: string, schema: Schema.Schema<A, I>, query?: Transport.TransportRequest["query"]) =>
      Effect.map(transport.json({ method: "GET", path, query }, schema), (r) => r.value)

    return {
      chat,
      chatStream,
      models: (query) =>
        Effect.map(get("/models", ModelsResponse, query as Transport.TransportRequest["query"]), modelsResult),
      generation: (id) =>
        id.trim() === ""
          ? Effect.fail(new InvalidRequestError({ message: "generation id is empty", field: "id" }))
          : Effect.map(get("/generation", GenerationResponse, { id }), (r) => generationResult(r.data)),
      key: () => Effect.map(get("/key", KeyResponse), (r) => keyResult(r.data)),
      credits: () => Effect.map(get("/credits", CreditsResponse), (r) => creditsResult(r.data)),
      embeddings: calls.embeddings,
      call: (operation, input, options) =>
        operation.key === "management"
          ? Effect.fail(
            new InvalidRequestError({
              message:
                `${operation.id} needs a management key: call it through OpenRouterManagement (OPENROUTER_MANAGEMENT_KEY), not the inference client`,
              field: "operation"
            })
          )
          : calls.call(operation, input, options),
      endpoints: (model) => {
        const path = ModelEndpoints.pathOf(model)
        return path === undefined
          ? Effect.fail(new InvalidRequestError({ message: `not a model id (author/slug): ${JSON.stringify(model)}`, field: "model" }))
          : Effect.map(calls.call(ModelEndpoints.listEndpoints, { path }), ModelEndpoints.endpointsResult)
      },
      providers: () => Effect.map(calls.call(ModelEndpoints.listProviders, {}), (r) => r.data.map(ModelEndpoints.provider)),
      // The media APIs (and the generated schemas they decode with) load on first use.
      rerank: (request, options) => Effect.flatMap(loadRerank, (m) => m.make(calls.call)(request, options)),
      images: (request, options) => Effect.flatMap(loadImages, (m) => m.make(calls.call)(request, options)),
      speech: (request, options) => Stream.unwrap(Effect.map(loadAudio, (m) => m.makeSpeech(media)(request, options))),
      transcription: (request, options) =>
        Effect.flatMap(loadAudio, (m) => m.makeTranscription(media)(request, options)),
      videos: {
        submit: (request) => Effect.flatMap(loadVideos, (m) => m.make(media).submit(request)),
        status: (jobId) => Effect.flatMap(loadVideos, (m) => m.make(media).status(jobId)),
        poll: (jobId, options) => Stream.unwrap(Effect.map(loadVideos, (m) => m.make(media).poll(jobId, options))),
        generate: (request, options) =>
          Stream.unwrap(Effect.map(loadVideos, (m) => m.make(media).generate(request, options))),
        content: (jobId, index) => Effect.flatMap(loadVideos, (m) => m.make(media).content(jobId, index))
      },
      ...calls.sse
    }
  }
)

// =============================================================================
// Layers
// =============================================================================

/**
 * The service over any `HttpClient` and a configuration. Policies provided to this layer (retry,
 * fallback, breaker, rate limit, bulkhead) are used; absent ones take their defaults (retry on,
 * the rest off). Runtime-agnostic: on Node use `OpenRouterLive` / `layerNode` from
 * `effect-openrouter/node` (undici); in browsers, Deno, Bun and workers provide
 * `FetchHttpClient.layer` from `@effect/platform`. To wrap the client (proxy, extra headers,
 * tracing) set `transformClient` in the configuration.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<OpenRouter, never, HttpClient.HttpClient | OpenRouterConfig.OpenRouterConfig> = Layer
  .scoped(OpenRouter, make).pipe(Layer.provide(Transport.layer))

/**
 * The service over a `Transport` given from outside (and a configuration): `effect-openrouter/node`
 * provides its undici transport here; `layer` is this over the portable transport.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWithTransport: Layer.Layer<OpenRouter, never, Transport.Transport | OpenRouterConfig.OpenRouterConfig> =
  Layer.scoped(OpenRouter, make)

/**
 * A `ModelRegistry` fetching `GET /models` through the same transport (key, base URL, limits).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerModelRegistry = (
  options: { readonly ttl?: Duration.DurationInput | undefined; readonly retryAfterFailure?: Duration.DurationInput | undefined } = {}
): Layer.Layer<ModelRegistry.ModelRegistry, never, HttpClient.HttpClient | OpenRouterConfig.OpenRouterConfig> =>
  Layer.scoped(
    ModelRegistry.ModelRegistry,
    Effect.gen(function*() {
      const transport = yield* Transport.make
      return yield* ModelRegistry.make({
        ...options,
        fetch: Effect.map(
          transport.json({ method: "GET", path: "/models" }, ModelsResponse),
          (r) => r.value.data
        ),
        fetchEndpoints: (id) => {
          const path = ModelEndpoints.pathOf(id)
          return path === undefined ? Effect.succeed([]) : Effect.map(
            transport.json(
              {
                method: "GET",
                path: `/models/${encodeURIComponent(path.author)}/${encodeURIComponent(path.slug)}/endpoints`,
                // the path names the model: a 404 is about it (`ModelNotFoundError`)
                model: id
              },
              ModelEndpoints.EndpointsResponse
            ),
            (r) => ModelEndpoints.endpointsResult(r.value).endpoints
          )
        }
      })
    })
  )

/**
 * The default policies of `OpenRouterLive` (`effect-openrouter/node`): retry (2 retries, 500 ms
 * doubling, jitter) and a per-model circuit breaker (5 consecutive failures, 30 s open). Portable:
 * provide them to `layer` on any runtime.
 *
 * @since 0.1.0
 * @category layers
 */
export const defaultPolicies: Layer.Layer<RetryPolicy.RetryPolicy | CircuitBreaker.CircuitBreaker> = Layer.mergeAll(
  RetryPolicy.layer(),
  CircuitBreaker.layer()
)
