/**
 * The `Generations` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"

/**
 * A single failed upstream attempt recorded for the generation
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationContentErrorAttempt = {
  readonly code: number
  readonly message: string
  readonly provider_name?: string | null | undefined
  readonly raw?: string | null | undefined
}

/**
 * The schema of {@link GenerationContentErrorAttempt}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationContentErrorAttempt: Schema.Schema<GenerationContentErrorAttempt> = S.Struct({
  code: S.Number,
  message: S.String,
  provider_name: S.optional(S.NullOr(S.String)),
  raw: S.optional(S.NullOr(S.String))
})

/**
 * The stored failure for this generation, or null when it succeeded
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationContentError = {
  readonly message?: string | null | undefined
  readonly previous_errors: ReadonlyArray<GenerationContentErrorAttempt>
  readonly provider_name?: string | null | undefined
  readonly raw?: string | null | undefined
  readonly status?: number | null | undefined
} | null

/**
 * The schema of {@link GenerationContentError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationContentError: Schema.Schema<GenerationContentError> = S.NullOr(S.Struct({
  message: S.optional(S.NullOr(S.String)),
  previous_errors: S.Array(GenerationContentErrorAttempt),
  provider_name: S.optional(S.NullOr(S.String)),
  raw: S.optional(S.NullOr(S.String)),
  status: S.optional(S.NullOr(S.Number))
}))

/**
 * Stored prompt and completion content, plus the failure error when one was stored
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationContentData = {
  readonly error?: GenerationContentError | undefined
  readonly input: {
      readonly prompt: string
    } | {
      readonly messages: ReadonlyArray<unknown>
    }
  readonly output: {
    readonly completion?: string | null | undefined
    readonly reasoning?: string | null | undefined
  }
}

/**
 * The schema of {@link GenerationContentData}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationContentData: Schema.Schema<GenerationContentData> = S.Struct({
  error: S.optional(GenerationContentError),
  input: S.Union(
    S.Struct({
      prompt: S.String
    }),
    S.Struct({
      messages: S.Array(S.Unknown)
    })
  ),
  output: S.Struct({
    completion: S.optional(S.NullOr(S.String)),
    reasoning: S.optional(S.NullOr(S.String))
  })
})

/**
 * Stored prompt and completion content for a generation
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationContentResponse = {
  readonly data: GenerationContentData
}

/**
 * The schema of {@link GenerationContentResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationContentResponse: Schema.Schema<GenerationContentResponse> = S.Struct({
  data: GenerationContentData
})

/**
 * Details of a provider response for a generation attempt
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderResponse = {
  readonly endpoint_id?: string | undefined
  readonly id?: string | undefined
  readonly is_byok?: boolean | undefined
  readonly latency?: number | undefined
  readonly model_permaslug?: string | undefined
  readonly provider_name?: "AnyScale" | "Atoma" | "Cent-ML" | "CrofAI" | "Enfer" | "GoPomelo" | "HuggingFace" | "Hyperbolic" | "Hyperbolic 2" | "InoCloud" | "Kluster" | "Lambda" | "Lepton" | "Lynn 2" | "Lynn" | "Mancer" | "Modal" | "Nineteen" | "OctoAI" | "Recursal" | "Reflection" | "Replicate" | "SambaNova 2" | "SF Compute" | "Targon" | "Together 2" | "Ubicloud" | "01.AI" | "AkashML" | "AI21" | "AionLabs" | "Alibaba" | "Ambient" | "Baidu" | "Amazon Bedrock" | "Amazon Nova" | "Anthropic" | "Arcee AI" | "AtlasCloud" | "Avian" | "Azure" | "BaseTen" | "BytePlus" | "Black Forest Labs" | "Cerebras" | "Chutes" | "Cirrascale" | "Claude Platform on AWS" | "Clarifai" | "Cloudflare" | "Cohere" | "CoreWeave" | "Crucible" | "Crusoe" | "Darkbloom" | "Databricks" | "Decart" | "Deepgram" | "DeepInfra" | "DeepSeek" | "DekaLLM" | "DigitalOcean" | "Featherless" | "Fireworks" | "Fish Audio" | "Friendli" | "GMICloud" | "Google" | "Google AI Studio" | "Groq" | "HeyGen" | "Inception" | "Inceptron" | "InferenceNet" | "Ionstream" | "Infermatic" | "Io Net" | "Inferact vLLM" | "Inflection" | "Liquid" | "Makora" | "Mara" | "Mancer 2" | "Meta" | "Minimax" | "ModelRun" | "Mistral" | "Modular" | "Moonshot AI" | "Morph" | "VoyageAI by MongoDB" | "NCompass" | "Nebius" | "Nex AGI" | "NextBit" | "Novita" | "Nvidia" | "OpenAI" | "OpenInference" | "Parasail" | "Poolside" | "Perceptron" | "Perplexity" | "Phala" | "Recraft" | "Reka" | "Relace" | "Sail Research" | "Sakana AI" | "SambaNova" | "Seed" | "SiliconFlow" | "Sourceful" | "StepFun" | "Stealth" | "StreamLake" | "Switchpoint" | "Tencent" | "Tenstorrent" | "Thinking Machines" | "Together" | "Upstage" | "Venice" | "Wafer" | "WandB" | "Quiver" | "Krea" | "Runway" | "Xiaomi" | "xAI" | "Z.AI" | "FakeProvider" | (string & {}) | undefined
  readonly routed_service_tier?: "flex" | "priority" | (string & {}) | undefined
  readonly status?: number | null | undefined
}

/**
 * The schema of {@link ProviderResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderResponse: Schema.Schema<ProviderResponse> = S.Struct({
  endpoint_id: S.optional(S.String),
  id: S.optional(S.String),
  is_byok: S.optional(S.Boolean),
  latency: S.optional(S.Number),
  model_permaslug: S.optional(S.String),
  provider_name: S.optional(S.openLiteral("AnyScale", "Atoma", "Cent-ML", "CrofAI", "Enfer", "GoPomelo", "HuggingFace", "Hyperbolic", "Hyperbolic 2", "InoCloud", "Kluster", "Lambda", "Lepton", "Lynn 2", "Lynn", "Mancer", "Modal", "Nineteen", "OctoAI", "Recursal", "Reflection", "Replicate", "SambaNova 2", "SF Compute", "Targon", "Together 2", "Ubicloud", "01.AI", "AkashML", "AI21", "AionLabs", "Alibaba", "Ambient", "Baidu", "Amazon Bedrock", "Amazon Nova", "Anthropic", "Arcee AI", "AtlasCloud", "Avian", "Azure", "BaseTen", "BytePlus", "Black Forest Labs", "Cerebras", "Chutes", "Cirrascale", "Claude Platform on AWS", "Clarifai", "Cloudflare", "Cohere", "CoreWeave", "Crucible", "Crusoe", "Darkbloom", "Databricks", "Decart", "Deepgram", "DeepInfra", "DeepSeek", "DekaLLM", "DigitalOcean", "Featherless", "Fireworks", "Fish Audio", "Friendli", "GMICloud", "Google", "Google AI Studio", "Groq", "HeyGen", "Inception", "Inceptron", "InferenceNet", "Ionstream", "Infermatic", "Io Net", "Inferact vLLM", "Inflection", "Liquid", "Makora", "Mara", "Mancer 2", "Meta", "Minimax", "ModelRun", "Mistral", "Modular", "Moonshot AI", "Morph", "VoyageAI by MongoDB", "NCompass", "Nebius", "Nex AGI", "NextBit", "Novita", "Nvidia", "OpenAI", "OpenInference", "Parasail", "Poolside", "Perceptron", "Perplexity", "Phala", "Recraft", "Reka", "Relace", "Sail Research", "Sakana AI", "SambaNova", "Seed", "SiliconFlow", "Sourceful", "StepFun", "Stealth", "StreamLake", "Switchpoint", "Tencent", "Tenstorrent", "Thinking Machines", "Together", "Upstage", "Venice", "Wafer", "WandB", "Quiver", "Krea", "Runway", "Xiaomi", "xAI", "Z.AI", "FakeProvider")),
  routed_service_tier: S.optional(S.openLiteral("flex", "priority")),
  status: S.optional(S.NullOr(S.Number))
})

/**
 * Generation response
 *
 * @since 0.1.0
 * @category models
 */
export type GenerationResponse = {
  readonly data: {
    readonly api_type?: "completions" | "embeddings" | "rerank" | "tts" | "stt" | "video" | "image" | (string & {}) | null | undefined
    readonly app_id?: number | null | undefined
    readonly cache_discount?: number | null | undefined
    readonly cancelled?: boolean | null | undefined
    readonly created_at: string
    readonly data_region: "global" | "europe" | "us" | (string & {})
    readonly external_user?: string | null | undefined
    readonly finish_reason?: string | null | undefined
    readonly generation_time?: number | null | undefined
    readonly http_referer?: string | null | undefined
    readonly id: string
    readonly is_byok: boolean
    readonly latency?: number | null | undefined
    readonly model: string
    readonly moderation_latency?: number | null | undefined
    readonly native_finish_reason?: string | null | undefined
    readonly native_tokens_cached?: number | null | undefined
    readonly native_tokens_completion?: number | null | undefined
    readonly native_tokens_completion_images?: number | null | undefined
    readonly native_tokens_prompt?: number | null | undefined
    readonly native_tokens_reasoning?: number | null | undefined
    readonly num_fetches?: number | null | undefined
    readonly num_input_audio_prompt?: number | null | undefined
    readonly num_media_completion?: number | null | undefined
    readonly num_media_prompt?: number | null | undefined
    readonly num_search_results?: number | null | undefined
    readonly origin: string
    readonly preset_id?: string | null | undefined
    readonly provider_name?: string | null | undefined
    readonly provider_responses?: ReadonlyArray<ProviderResponse> | null | undefined
    readonly request_id?: string | null | undefined
    readonly response_cache_source_id?: string | null | undefined
    readonly router?: string | null | undefined
    readonly service_tier?: string | null | undefined
    readonly session_id?: string | null | undefined
    readonly streamed?: boolean | null | undefined
    readonly tokens_completion?: number | null | undefined
    readonly tokens_prompt?: number | null | undefined
    readonly total_cost: number
    readonly upstream_id?: string | null | undefined
    readonly upstream_inference_cost?: number | null | undefined
    readonly usage: number
    readonly user_agent?: string | null | undefined
    readonly web_search_engine?: string | null | undefined
    readonly workspace_id?: string | null | undefined
  }
}

/**
 * The schema of {@link GenerationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GenerationResponse: Schema.Schema<GenerationResponse> = S.Struct({
  data: S.Struct({
    api_type: S.optional(S.NullOr(S.openLiteral("completions", "embeddings", "rerank", "tts", "stt", "video", "image"))),
    app_id: S.optional(S.NullOr(S.Number)),
    cache_discount: S.optional(S.NullOr(S.Number)),
    cancelled: S.optional(S.NullOr(S.Boolean)),
    created_at: S.String,
    data_region: S.openLiteral("global", "europe", "us"),
    external_user: S.optional(S.NullOr(S.String)),
    finish_reason: S.optional(S.NullOr(S.String)),
    generation_time: S.optional(S.NullOr(S.Number)),
    http_referer: S.optional(S.NullOr(S.String)),
    id: S.String,
    is_byok: S.Boolean,
    latency: S.optional(S.NullOr(S.Number)),
    model: S.String,
    moderation_latency: S.optional(S.NullOr(S.Number)),
    native_finish_reason: S.optional(S.NullOr(S.String)),
    native_tokens_cached: S.optional(S.NullOr(S.Number)),
    native_tokens_completion: S.optional(S.NullOr(S.Number)),
    native_tokens_completion_images: S.optional(S.NullOr(S.Number)),
    native_tokens_prompt: S.optional(S.NullOr(S.Number)),
    native_tokens_reasoning: S.optional(S.NullOr(S.Number)),
    num_fetches: S.optional(S.NullOr(S.Number)),
    num_input_audio_prompt: S.optional(S.NullOr(S.Number)),
    num_media_completion: S.optional(S.NullOr(S.Number)),
    num_media_prompt: S.optional(S.NullOr(S.Number)),
    num_search_results: S.optional(S.NullOr(S.Number)),
    origin: S.String,
    preset_id: S.optional(S.NullOr(S.String)),
    provider_name: S.optional(S.NullOr(S.String)),
    provider_responses: S.optional(S.NullOr(S.Array(ProviderResponse))),
    request_id: S.optional(S.NullOr(S.String)),
    response_cache_source_id: S.optional(S.NullOr(S.String)),
    router: S.optional(S.NullOr(S.String)),
    service_tier: S.optional(S.NullOr(S.String)),
    session_id: S.optional(S.NullOr(S.String)),
    streamed: S.optional(S.NullOr(S.Boolean)),
    tokens_completion: S.optional(S.NullOr(S.Number)),
    tokens_prompt: S.optional(S.NullOr(S.Number)),
    total_cost: S.Number,
    upstream_id: S.optional(S.NullOr(S.String)),
    upstream_inference_cost: S.optional(S.NullOr(S.Number)),
    usage: S.Number,
    user_agent: S.optional(S.NullOr(S.String)),
    web_search_engine: S.optional(S.NullOr(S.String)),
    workspace_id: S.optional(S.NullOr(S.String))
  })
})

/**
 * Structured feedback about a specific generation
 *
 * @since 0.1.0
 * @category models
 */
export type SubmitGenerationFeedbackRequest = {
  readonly category: "latency" | "incoherence" | "incorrect_response" | "formatting" | "billing" | "api_error" | "other" | (string & {})
  readonly comment?: string | undefined
  readonly generation_id: string
}

/**
 * The schema of {@link SubmitGenerationFeedbackRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubmitGenerationFeedbackRequest: Schema.Schema<SubmitGenerationFeedbackRequest> = S.Struct({
  category: S.openLiteral("latency", "incoherence", "incorrect_response", "formatting", "billing", "api_error", "other"),
  comment: S.optional(S.String),
  generation_id: S.String
})

/**
 * Confirmation that the feedback was recorded
 *
 * @since 0.1.0
 * @category models
 */
export type SubmitGenerationFeedbackResponse = {
  readonly data: {
    readonly success: boolean
  }
}

/**
 * The schema of {@link SubmitGenerationFeedbackResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubmitGenerationFeedbackResponse: Schema.Schema<SubmitGenerationFeedbackResponse> = S.Struct({
  data: S.Struct({
    success: S.Boolean
  })
})

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
export const getGenerationContent = Operation.make(
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
