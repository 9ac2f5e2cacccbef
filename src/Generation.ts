/**
 * `GET /generation?id=…`: stats for one generation (API doc §9). The record appears with a
 * delay (404 for a while right after the completion). Every field except `id` is optional and
 * nullable; unknown keys are kept.
 *
 * The service returns the domain value `GenerationResult`: camelCase, costs as exact `Amount`s
 * (src/Money.ts), the wire record kept as `raw`.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { openLiteral, optionalNullable, tolerant } from "./internal/schema.js"
import { type Amount, amountFromUsd } from "./Money.js"

/**
 * Which API produced the generation (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApiType = openLiteral("completions", "embeddings", "rerank", "tts", "stt", "video", "image")

/**
 * @since 0.1.0
 * @category models
 */
export type ApiType = typeof ApiType.Type

/**
 * Data region (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const DataRegion = openLiteral("global", "europe", "us")

/**
 * @since 0.1.0
 * @category models
 */
export type DataRegion = typeof DataRegion.Type

/**
 * One provider attempt (fallbacks included) of a generation.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderResponse = tolerant(
  Schema.Struct({
    provider_name: optionalNullable(Schema.String),
    /** HTTP status of the attempt. */
    status: optionalNullable(Schema.Number),
    latency: optionalNullable(Schema.Number),
    id: optionalNullable(Schema.String),
    endpoint_id: optionalNullable(Schema.String),
    model_permaslug: optionalNullable(Schema.String),
    is_byok: optionalNullable(Schema.Boolean),
    routed_service_tier: optionalNullable(openLiteral("flex", "priority"))
  }),
  { identifier: "ProviderResponse" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ProviderResponse = typeof ProviderResponse.Type

/**
 * The generation record (`data` of `GET /generation`). Costs are numbers in USD; latencies in ms.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Generation = tolerant(
  Schema.Struct({
    id: Schema.String,
    request_id: optionalNullable(Schema.String),
    upstream_id: optionalNullable(Schema.String),
    /** ISO timestamp. */
    created_at: optionalNullable(Schema.String),
    model: optionalNullable(Schema.String),
    provider_name: optionalNullable(Schema.String),
    /** e.g. `openrouter/auto`. */
    router: optionalNullable(Schema.String),
    api_type: optionalNullable(ApiType),
    streamed: optionalNullable(Schema.Boolean),
    cancelled: optionalNullable(Schema.Boolean),
    finish_reason: optionalNullable(Schema.String),
    native_finish_reason: optionalNullable(Schema.String),
    tokens_prompt: optionalNullable(Schema.Number),
    tokens_completion: optionalNullable(Schema.Number),
    native_tokens_prompt: optionalNullable(Schema.Number),
    native_tokens_completion: optionalNullable(Schema.Number),
    native_tokens_reasoning: optionalNullable(Schema.Number),
    native_tokens_cached: optionalNullable(Schema.Number),
    native_tokens_completion_images: optionalNullable(Schema.Number),
    num_media_prompt: optionalNullable(Schema.Number),
    num_media_completion: optionalNullable(Schema.Number),
    num_input_audio_prompt: optionalNullable(Schema.Number),
    num_search_results: optionalNullable(Schema.Number),
    num_fetches: optionalNullable(Schema.Number),
    web_search_engine: optionalNullable(Schema.String),
    /** USD. */
    total_cost: optionalNullable(Schema.Number),
    /** USD charged to credits. */
    usage: optionalNullable(Schema.Number),
    /** BYOK only; otherwise 0/null. */
    upstream_inference_cost: optionalNullable(Schema.Number),
    /** Negative for cache writes on some providers. */
    cache_discount: optionalNullable(Schema.Number),
    is_byok: optionalNullable(Schema.Boolean),
    /** Total, ms. */
    latency: optionalNullable(Schema.Number),
    generation_time: optionalNullable(Schema.Number),
    moderation_latency: optionalNullable(Schema.Number),
    origin: optionalNullable(Schema.String),
    http_referer: optionalNullable(Schema.String),
    user_agent: optionalNullable(Schema.String),
    app_id: optionalNullable(Schema.Number),
    /** The request's `user`. */
    external_user: optionalNullable(Schema.String),
    session_id: optionalNullable(Schema.String),
    preset_id: optionalNullable(Schema.String),
    workspace_id: optionalNullable(Schema.String),
    data_region: optionalNullable(DataRegion),
    service_tier: optionalNullable(Schema.String),
    response_cache_source_id: optionalNullable(Schema.String),
    provider_responses: optionalNullable(Schema.Array(ProviderResponse))
  }),
  { identifier: "Generation" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Generation = typeof Generation.Type

/**
 * `GET /generation` response: `{data: Generation}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationResponse = tolerant(Schema.Struct({ data: Generation }), { identifier: "GenerationResponse" })

/**
 * @since 0.1.0
 * @category models
 */
export type GenerationResponse = typeof GenerationResponse.Type

// =============================================================================
// Domain values
// =============================================================================

/**
 * One provider attempt of a generation (domain value).
 *
 * @since 0.2.0
 * @category models
 */
export interface ProviderAttempt {
  readonly provider: string | undefined
  /** HTTP status of the attempt. */
  readonly status: number | undefined
  readonly latencyMs: number | undefined
  readonly id: string | undefined
  readonly endpointId: string | undefined
  readonly modelPermaslug: string | undefined
  readonly isByok: boolean | undefined
  readonly routedServiceTier: string | undefined
  readonly raw: ProviderResponse
}

/**
 * Token counts of a generation. `prompt`/`completion` are OpenRouter's normalized counts
 * (`tokens_*`); `native*` the provider's own tokenizer (what is billed).
 *
 * @since 0.2.0
 * @category models
 */
export interface GenerationTokens {
  readonly prompt: number | undefined
  readonly completion: number | undefined
  readonly nativePrompt: number | undefined
  readonly nativeCompletion: number | undefined
  readonly nativeReasoning: number | undefined
  readonly nativeCached: number | undefined
  readonly nativeCompletionImages: number | undefined
}

/**
 * What `OpenRouter.generation(id)` returns: the stats of one generation. `undefined` = not
 * reported (absent or `null`; `raw` tells which), never 0.
 *
 * @since 0.2.0
 * @category models
 */
export interface GenerationResult {
  readonly id: string
  readonly requestId: string | undefined
  readonly upstreamId: string | undefined
  readonly createdAt: Date | undefined
  readonly model: string | undefined
  readonly provider: string | undefined
  /** e.g. `openrouter/auto`. */
  readonly router: string | undefined
  readonly apiType: ApiType | undefined
  readonly streamed: boolean | undefined
  readonly cancelled: boolean | undefined
  readonly finishReason: string | null
  readonly nativeFinishReason: string | null
  readonly tokens: GenerationTokens
  readonly mediaPrompt: number | undefined
  readonly mediaCompletion: number | undefined
  readonly inputAudioPrompt: number | undefined
  readonly searchResults: number | undefined
  readonly fetches: number | undefined
  readonly webSearchEngine: string | undefined
  /** What the generation cost, exact. */
  readonly totalCost: Amount | undefined
  /** What was charged to your OpenRouter credits. */
  readonly usage: Amount | undefined
  /** BYOK: what your own provider key was charged. */
  readonly upstreamInferenceCost: Amount | undefined
  /** Negative for cache writes on some providers. */
  readonly cacheDiscount: Amount | undefined
  readonly isByok: boolean | undefined
  /** Total latency, ms. */
  readonly latencyMs: number | undefined
  readonly generationTimeMs: number | undefined
  readonly moderationLatencyMs: number | undefined
  readonly origin: string | undefined
  readonly httpReferer: string | undefined
  readonly userAgent: string | undefined
  readonly appId: number | undefined
  /** The request's `user`. */
  readonly externalUser: string | undefined
  readonly sessionId: string | undefined
  readonly presetId: string | undefined
  readonly workspaceId: string | undefined
  readonly dataRegion: DataRegion | undefined
  readonly serviceTier: string | undefined
  readonly responseCacheSourceId: string | undefined
  /** Every provider attempt (fallbacks included); `[]` when not reported. */
  readonly providerResponses: ReadonlyArray<ProviderAttempt>
  /** The `data` object as received (unknown fields included). */
  readonly raw: Generation
}

const u = <A>(value: A | null | undefined): A | undefined => value ?? undefined

const date = (value: string | null | undefined): Date | undefined =>
  value === null || value === undefined || Number.isNaN(Date.parse(value)) ? undefined : new Date(value)

/**
 * The domain value of a provider attempt.
 *
 * @since 0.2.0
 * @category constructors
 */
export const providerAttempt = (r: ProviderResponse): ProviderAttempt => ({
  provider: u(r.provider_name),
  status: u(r.status),
  latencyMs: u(r.latency),
  id: u(r.id),
  endpointId: u(r.endpoint_id),
  modelPermaslug: u(r.model_permaslug),
  isByok: u(r.is_byok),
  routedServiceTier: u(r.routed_service_tier),
  raw: r
})

/**
 * The domain value of a `GET /generation` `data` object.
 *
 * @since 0.2.0
 * @category constructors
 */
export const generationResult = (g: Generation): GenerationResult => ({
  id: g.id,
  requestId: u(g.request_id),
  upstreamId: u(g.upstream_id),
  createdAt: date(g.created_at),
  model: u(g.model),
  provider: u(g.provider_name),
  router: u(g.router),
  apiType: u(g.api_type),
  streamed: u(g.streamed),
  cancelled: u(g.cancelled),
  finishReason: g.finish_reason ?? null,
  nativeFinishReason: g.native_finish_reason ?? null,
  tokens: {
    prompt: u(g.tokens_prompt),
    completion: u(g.tokens_completion),
    nativePrompt: u(g.native_tokens_prompt),
    nativeCompletion: u(g.native_tokens_completion),
    nativeReasoning: u(g.native_tokens_reasoning),
    nativeCached: u(g.native_tokens_cached),
    nativeCompletionImages: u(g.native_tokens_completion_images)
  },
  mediaPrompt: u(g.num_media_prompt),
  mediaCompletion: u(g.num_media_completion),
  inputAudioPrompt: u(g.num_input_audio_prompt),
  searchResults: u(g.num_search_results),
  fetches: u(g.num_fetches),
  webSearchEngine: u(g.web_search_engine),
  totalCost: amountFromUsd(g.total_cost),
  usage: amountFromUsd(g.usage),
  upstreamInferenceCost: amountFromUsd(g.upstream_inference_cost),
  cacheDiscount: amountFromUsd(g.cache_discount),
  isByok: u(g.is_byok),
  latencyMs: u(g.latency),
  generationTimeMs: u(g.generation_time),
  moderationLatencyMs: u(g.moderation_latency),
  origin: u(g.origin),
  httpReferer: u(g.http_referer),
  userAgent: u(g.user_agent),
  appId: u(g.app_id),
  externalUser: u(g.external_user),
  sessionId: u(g.session_id),
  presetId: u(g.preset_id),
  workspaceId: u(g.workspace_id),
  dataRegion: u(g.data_region),
  serviceTier: u(g.service_tier),
  responseCacheSourceId: u(g.response_cache_source_id),
  providerResponses: (g.provider_responses ?? []).map(providerAttempt),
  raw: g
})
