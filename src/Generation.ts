/**
 * `GET /generation?id=…`: stats for one generation (API doc §9). The record appears with a
 * delay (404 for a while right after the completion). Every field except `id` is optional and
 * nullable; unknown keys are kept.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { openLiteral, optionalNullable, tolerant } from "./internal/schema.js"

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
