/**
 * The `Generations` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"

/**
 * A single failed upstream attempt recorded for the generation
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationContentErrorAttempt = tolerant(Schema.Struct({
  code: Schema.Number,
  message: Schema.String,
  provider_name: Schema.NullOr(Schema.String),
  raw: Schema.NullOr(Schema.String)
}))

/**
 * The type of {@link GenerationContentErrorAttempt}.
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationContentErrorAttempt = typeof GenerationContentErrorAttempt.Type

/**
 * The stored failure for this generation, or null when it succeeded
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationContentError = Schema.NullOr(tolerant(Schema.Struct({
  message: Schema.NullOr(Schema.String),
  previous_errors: Schema.Array(GenerationContentErrorAttempt),
  provider_name: Schema.NullOr(Schema.String),
  raw: Schema.NullOr(Schema.String),
  status: Schema.NullOr(Schema.Number)
})))

/**
 * The type of {@link GenerationContentError}.
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationContentError = typeof GenerationContentError.Type

/**
 * Stored prompt and completion content, plus the failure error when one was stored
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationContentData = tolerant(Schema.Struct({
  error: GenerationContentError,
  input: Schema.Union(
    tolerant(Schema.Struct({
    prompt: Schema.String
  })),
    tolerant(Schema.Struct({
    messages: Schema.Array(Schema.Unknown)
  }))
  ),
  output: tolerant(Schema.Struct({
    completion: Schema.NullOr(Schema.String),
    reasoning: Schema.NullOr(Schema.String)
  }))
}))

/**
 * The type of {@link GenerationContentData}.
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationContentData = typeof GenerationContentData.Type

/**
 * Stored prompt and completion content for a generation
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationContentResponse = tolerant(Schema.Struct({
  data: GenerationContentData
}))

/**
 * The type of {@link GenerationContentResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationContentResponse = typeof GenerationContentResponse.Type

/**
 * Details of a provider response for a generation attempt
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderResponse = tolerant(Schema.Struct({
  endpoint_id: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  is_byok: Schema.optional(Schema.Boolean),
  latency: Schema.optional(Schema.Number),
  model_permaslug: Schema.optional(Schema.String),
  provider_name: Schema.optional(openLiteral("AnyScale", "Atoma", "Cent-ML", "CrofAI", "Enfer", "GoPomelo", "HuggingFace", "Hyperbolic", "Hyperbolic 2", "InoCloud", "Kluster", "Lambda", "Lepton", "Lynn 2", "Lynn", "Mancer", "Modal", "Nineteen", "OctoAI", "Recursal", "Reflection", "Replicate", "SambaNova 2", "SF Compute", "Targon", "Together 2", "Ubicloud", "01.AI", "AkashML", "AI21", "AionLabs", "Alibaba", "Ambient", "Baidu", "Amazon Bedrock", "Amazon Nova", "Anthropic", "Arcee AI", "AtlasCloud", "Avian", "Azure", "BaseTen", "BytePlus", "Black Forest Labs", "Cerebras", "Chutes", "Cirrascale", "Claude Platform on AWS", "Clarifai", "Cloudflare", "Cohere", "CoreWeave", "Crucible", "Crusoe", "Darkbloom", "Databricks", "Decart", "Deepgram", "DeepInfra", "DeepSeek", "DekaLLM", "DigitalOcean", "Featherless", "Fireworks", "Fish Audio", "Friendli", "GMICloud", "Google", "Google AI Studio", "Groq", "HeyGen", "Inception", "Inceptron", "InferenceNet", "Ionstream", "Infermatic", "Io Net", "Inferact vLLM", "Inflection", "Liquid", "Makora", "Mara", "Mancer 2", "Meta", "Minimax", "ModelRun", "Mistral", "Modular", "Moonshot AI", "Morph", "VoyageAI by MongoDB", "NCompass", "Nebius", "Nex AGI", "NextBit", "Novita", "Nvidia", "OpenAI", "OpenInference", "Parasail", "Poolside", "Perceptron", "Perplexity", "Phala", "Recraft", "Reka", "Relace", "Sail Research", "Sakana AI", "SambaNova", "Seed", "SiliconFlow", "Sourceful", "StepFun", "Stealth", "StreamLake", "Switchpoint", "Tencent", "Tenstorrent", "Thinking Machines", "Together", "Upstage", "Venice", "Wafer", "WandB", "Quiver", "Krea", "Runway", "Xiaomi", "xAI", "Z.AI", "FakeProvider")),
  routed_service_tier: Schema.optional(openLiteral("flex", "priority")),
  status: Schema.NullOr(Schema.Number)
}))

/**
 * The type of {@link ProviderResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderResponse = typeof ProviderResponse.Type

/**
 * Generation response
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    api_type: Schema.NullOr(openLiteral("completions", "embeddings", "rerank", "tts", "stt", "video", "image")),
    app_id: Schema.NullOr(Schema.Number),
    cache_discount: Schema.NullOr(Schema.Number),
    cancelled: Schema.NullOr(Schema.Boolean),
    created_at: Schema.String,
    data_region: openLiteral("global", "europe", "us"),
    external_user: Schema.NullOr(Schema.String),
    finish_reason: Schema.NullOr(Schema.String),
    generation_time: Schema.NullOr(Schema.Number),
    http_referer: Schema.NullOr(Schema.String),
    id: Schema.String,
    is_byok: Schema.Boolean,
    latency: Schema.NullOr(Schema.Number),
    model: Schema.String,
    moderation_latency: Schema.NullOr(Schema.Number),
    native_finish_reason: Schema.NullOr(Schema.String),
    native_tokens_cached: Schema.NullOr(Schema.Number),
    native_tokens_completion: Schema.NullOr(Schema.Number),
    native_tokens_completion_images: Schema.NullOr(Schema.Number),
    native_tokens_prompt: Schema.NullOr(Schema.Number),
    native_tokens_reasoning: Schema.NullOr(Schema.Number),
    num_fetches: Schema.NullOr(Schema.Number),
    num_input_audio_prompt: Schema.NullOr(Schema.Number),
    num_media_completion: Schema.NullOr(Schema.Number),
    num_media_prompt: Schema.NullOr(Schema.Number),
    num_search_results: Schema.NullOr(Schema.Number),
    origin: Schema.String,
    preset_id: Schema.NullOr(Schema.String),
    provider_name: Schema.NullOr(Schema.String),
    provider_responses: Schema.NullOr(Schema.Array(ProviderResponse)),
    request_id: Schema.optional(Schema.NullOr(Schema.String)),
    response_cache_source_id: Schema.optional(Schema.NullOr(Schema.String)),
    router: Schema.NullOr(Schema.String),
    service_tier: Schema.NullOr(Schema.String),
    session_id: Schema.optional(Schema.NullOr(Schema.String)),
    streamed: Schema.NullOr(Schema.Boolean),
    tokens_completion: Schema.NullOr(Schema.Number),
    tokens_prompt: Schema.NullOr(Schema.Number),
    total_cost: Schema.Number,
    upstream_id: Schema.NullOr(Schema.String),
    upstream_inference_cost: Schema.NullOr(Schema.Number),
    usage: Schema.Number,
    user_agent: Schema.NullOr(Schema.String),
    web_search_engine: Schema.NullOr(Schema.String),
    workspace_id: Schema.optional(Schema.NullOr(Schema.String))
  }))
}))

/**
 * The type of {@link GenerationResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationResponse = typeof GenerationResponse.Type

/**
 * Structured feedback about a specific generation
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubmitGenerationFeedbackRequest = tolerant(Schema.Struct({
  category: openLiteral("latency", "incoherence", "incorrect_response", "formatting", "billing", "api_error", "other"),
  comment: Schema.optional(Schema.String),
  generation_id: Schema.String
}))

/**
 * The type of {@link SubmitGenerationFeedbackRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type SubmitGenerationFeedbackRequest = typeof SubmitGenerationFeedbackRequest.Type

/**
 * Confirmation that the feedback was recorded
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubmitGenerationFeedbackResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    success: Schema.Boolean
  }))
}))

/**
 * The type of {@link SubmitGenerationFeedbackResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type SubmitGenerationFeedbackResponse = typeof SubmitGenerationFeedbackResponse.Type

/**
 * Get request & usage metadata for a generation: `GET /generation`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getGeneration = Operation.make(
  {
    id: "getGeneration",
    tag: "Generations",
    method: "GET",
    path: "/generation",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Get request & usage metadata for a generation"
  },
  Schema.Struct({
    query: Schema.Struct({
      id: Schema.String
    })
  }),
  GenerationResponse
)

/**
 * Get stored prompt, completion, and error content for a generation: `GET /generation/content`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listGenerationContent = Operation.make(
  {
    id: "listGenerationContent",
    tag: "Generations",
    method: "GET",
    path: "/generation/content",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Get stored prompt, completion, and error content for a generation"
  },
  Schema.Struct({
    query: Schema.Struct({
      id: Schema.String
    })
  }),
  GenerationContentResponse
)

/**
 * Submit feedback for a generation: `POST /generation/feedback`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const submitGenerationFeedback = Operation.make(
  {
    id: "submitGenerationFeedback",
    tag: "Generations",
    method: "POST",
    path: "/generation/feedback",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Submit feedback for a generation"
  },
  Schema.Struct({
    body: SubmitGenerationFeedbackRequest
  }),
  SubmitGenerationFeedbackResponse
)
