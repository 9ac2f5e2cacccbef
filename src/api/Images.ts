/**
 * The `Images` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"
import {
  AnthropicCacheCreation,
  AnthropicSpeed,
  AnthropicUsageIteration,
  ContentPartImage,
  CostDetails,
  ProviderName,
  ProviderOptions,
  ProviderSort,
  ProviderSortConfig
} from "./common.js"

/**
 * A supported-or-not flag.
 *
 * @since 0.1.0
 * @category models
 */
export type BooleanCapability = {
  readonly type: "boolean"
}

/**
 * The schema of {@link BooleanCapability}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BooleanCapability: Schema.Schema<BooleanCapability> = S.Struct({
  type: S.Literal("boolean")
})

/**
 * A parameter that accepts one of a discrete set of string values.
 *
 * @since 0.1.0
 * @category models
 */
export type EnumCapability = {
  readonly type: "enum"
  readonly values: ReadonlyArray<string>
}

/**
 * The schema of {@link EnumCapability}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnumCapability: Schema.Schema<EnumCapability> = S.Struct({
  type: S.Literal("enum"),
  values: S.Array(S.String)
})

/**
 * A parameter that accepts every value within an inclusive numeric range.
 *
 * @since 0.1.0
 * @category models
 */
export type RangeCapability = {
  readonly max: number
  readonly min: number
  readonly type: "range"
}

/**
 * The schema of {@link RangeCapability}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RangeCapability: Schema.Schema<RangeCapability> = S.Struct({
  max: S.Number,
  min: S.Number,
  type: S.Literal("range")
})

/**
 * A typed descriptor for one supported request parameter.
 *
 * @since 0.1.0
 * @category models
 */
export type CapabilityDescriptor = EnumCapability | RangeCapability | BooleanCapability | { readonly type?: string | undefined }

/**
 * The schema of {@link CapabilityDescriptor}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CapabilityDescriptor: Schema.Schema<CapabilityDescriptor> = S.Union(
  EnumCapability,
  RangeCapability,
  BooleanCapability,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * One billable pricing line for an image provider.
 *
 * @since 0.1.0
 * @category models
 */
export type ImagePricingEntry = {
  readonly billable: "output_image" | "input_image" | "input_font" | "input_reference" | "input_text" | (string & {})
  readonly cost_usd: number
  readonly unit: "image" | "megapixel" | "token" | (string & {})
  readonly variant?: string | undefined
}

/**
 * The schema of {@link ImagePricingEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImagePricingEntry: Schema.Schema<ImagePricingEntry> = S.Struct({
  billable: S.openLiteral("output_image", "input_image", "input_font", "input_reference", "input_text"),
  cost_usd: S.Number,
  unit: S.openLiteral("image", "megapixel", "token"),
  variant: S.optional(S.String)
})

/**
 * Union of supported parameters across every endpoint of this model.
 *
 * @since 0.1.0
 * @category models
 */
export type SupportedParameters = { readonly [x: string]: CapabilityDescriptor }

/**
 * The schema of {@link SupportedParameters}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SupportedParameters: Schema.Schema<SupportedParameters> = S.Record(CapabilityDescriptor)

/**
 * An endpoint that serves a given image model.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageEndpoint = {
  readonly allowed_passthrough_parameters: ReadonlyArray<string>
  readonly pricing: ReadonlyArray<ImagePricingEntry>
  readonly provider_name: string
  readonly provider_slug: string
  readonly provider_tag?: string | null | undefined
  readonly supported_parameters: SupportedParameters
  readonly supports_streaming: boolean
}

/**
 * The schema of {@link ImageEndpoint}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageEndpoint: Schema.Schema<ImageEndpoint> = S.Struct({
  allowed_passthrough_parameters: S.Array(S.String),
  pricing: S.Array(ImagePricingEntry),
  provider_name: S.String,
  provider_slug: S.String,
  provider_tag: S.optional(S.NullOr(S.String)),
  supported_parameters: SupportedParameters,
  supports_streaming: S.Boolean
})

/**
 * Provider routing preferences and provider-specific passthrough configuration.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationProviderPreferences = {
  readonly allow_fallbacks?: boolean | null | undefined
  readonly ignore?: ReadonlyArray<ProviderName | string> | null | undefined
  readonly only?: ReadonlyArray<ProviderName | string> | null | undefined
  readonly options?: ProviderOptions | undefined
  readonly order?: ReadonlyArray<ProviderName | string> | null | undefined
  readonly sort?: ProviderSort | ProviderSortConfig | null | undefined
}

/**
 * The schema of {@link ImageGenerationProviderPreferences}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationProviderPreferences: Schema.Schema<ImageGenerationProviderPreferences> = S.Struct({
  allow_fallbacks: S.optional(S.NullOr(S.Boolean)),
  ignore: S.optional(S.NullOr(S.Array(S.Union(
    ProviderName,
    S.String
  )))),
  only: S.optional(S.NullOr(S.Array(S.Union(
    ProviderName,
    S.String
  )))),
  options: S.optional(ProviderOptions),
  order: S.optional(S.NullOr(S.Array(S.Union(
    ProviderName,
    S.String
  )))),
  sort: S.optional(S.NullOr(S.Union(
    ProviderSort,
    ProviderSortConfig
  )))
})

/**
 * Image generation request input
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationRequest = {
  readonly aspect_ratio?: "1:1" | "1:2" | "1:4" | "1:8" | "2:1" | "2:3" | "3:2" | "3:4" | "4:1" | "4:3" | "4:5" | "5:4" | "8:1" | "9:16" | "16:9" | "9:19.5" | "19.5:9" | "9:20" | "20:9" | "9:21" | "21:9" | "auto" | (string & {}) | undefined
  readonly background?: "auto" | "transparent" | "opaque" | (string & {}) | undefined
  readonly input_references?: ReadonlyArray<ContentPartImage> | undefined
  readonly model: string
  readonly n?: number | undefined
  readonly output_compression?: number | undefined
  readonly output_format?: "png" | "jpeg" | "webp" | "svg" | (string & {}) | undefined
  readonly prompt: string
  readonly provider?: ImageGenerationProviderPreferences | undefined
  readonly quality?: "auto" | "low" | "medium" | "high" | (string & {}) | undefined
  readonly resolution?: "512" | "1K" | "2K" | "4K" | (string & {}) | undefined
  readonly seed?: number | undefined
  readonly size?: string | undefined
  readonly stream?: boolean | undefined
}

/**
 * The schema of {@link ImageGenerationRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationRequest: Schema.Schema<ImageGenerationRequest> = S.Struct({
  aspect_ratio: S.optional(S.openLiteral("1:1", "1:2", "1:4", "1:8", "2:1", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "16:9", "9:19.5", "19.5:9", "9:20", "20:9", "9:21", "21:9", "auto")),
  background: S.optional(S.openLiteral("auto", "transparent", "opaque")),
  input_references: S.optional(S.Array(ContentPartImage)),
  model: S.String,
  n: S.optional(S.Number),
  output_compression: S.optional(S.Number),
  output_format: S.optional(S.openLiteral("png", "jpeg", "webp", "svg")),
  prompt: S.String,
  provider: S.optional(ImageGenerationProviderPreferences),
  quality: S.optional(S.openLiteral("auto", "low", "medium", "high")),
  resolution: S.optional(S.openLiteral("512", "1K", "2K", "4K")),
  seed: S.optional(S.Number),
  size: S.optional(S.String),
  stream: S.optional(S.Boolean)
})

/**
 * Token and cost usage for the image generation request, when available
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationUsage = {
  readonly cache_creation?: AnthropicCacheCreation | undefined
  readonly completion_tokens: number
  readonly completion_tokens_details?: {
    readonly audio_tokens?: number | null | undefined
    readonly image_tokens?: number | null | undefined
    readonly reasoning_tokens?: number | null | undefined
  } | null | undefined
  readonly cost?: number | null | undefined
  readonly cost_details?: CostDetails | undefined
  readonly is_byok?: boolean | undefined
  readonly iterations?: ReadonlyArray<AnthropicUsageIteration> | null | undefined
  readonly prompt_tokens: number
  readonly prompt_tokens_details?: {
    readonly audio_tokens?: number | null | undefined
    readonly cache_write_tokens?: number | null | undefined
    readonly cached_tokens?: number | null | undefined
    readonly file_tokens?: number | null | undefined
    readonly video_tokens?: number | null | undefined
  } | null | undefined
  readonly server_tool_use?: {
    readonly tool_calls_executed?: number | null | undefined
    readonly tool_calls_requested?: number | null | undefined
    readonly web_search_requests?: number | null | undefined
  } | null | undefined
  readonly service_tier?: string | null | undefined
  readonly speed?: AnthropicSpeed | undefined
  readonly total_tokens: number
}

/**
 * The schema of {@link ImageGenerationUsage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationUsage: Schema.Schema<ImageGenerationUsage> = S.Struct({
  cache_creation: S.optional(AnthropicCacheCreation),
  completion_tokens: S.Number,
  completion_tokens_details: S.optional(S.NullOr(S.Struct({
    audio_tokens: S.optional(S.NullOr(S.Number)),
    image_tokens: S.optional(S.NullOr(S.Number)),
    reasoning_tokens: S.optional(S.NullOr(S.Number))
  }))),
  cost: S.optional(S.NullOr(S.Number)),
  cost_details: S.optional(CostDetails),
  is_byok: S.optional(S.Boolean),
  iterations: S.optional(S.NullOr(S.Array(AnthropicUsageIteration))),
  prompt_tokens: S.Number,
  prompt_tokens_details: S.optional(S.NullOr(S.Struct({
    audio_tokens: S.optional(S.NullOr(S.Number)),
    cache_write_tokens: S.optional(S.NullOr(S.Number)),
    cached_tokens: S.optional(S.NullOr(S.Number)),
    file_tokens: S.optional(S.NullOr(S.Number)),
    video_tokens: S.optional(S.NullOr(S.Number))
  }))),
  server_tool_use: S.optional(S.NullOr(S.Struct({
    tool_calls_executed: S.optional(S.NullOr(S.Number)),
    tool_calls_requested: S.optional(S.NullOr(S.Number)),
    web_search_requests: S.optional(S.NullOr(S.Number))
  }))),
  service_tier: S.optional(S.NullOr(S.String)),
  speed: S.optional(AnthropicSpeed),
  total_tokens: S.Number
})

/**
 * Image generation response
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationResponse = {
  readonly created: number
  readonly data: ReadonlyArray<{
    readonly b64_json: string
    readonly media_type?: string | undefined
  }>
  readonly usage?: ImageGenerationUsage | undefined
}

/**
 * The schema of {@link ImageGenerationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationResponse: Schema.Schema<ImageGenerationResponse> = S.Struct({
  created: S.Number,
  data: S.Array(S.Struct({
    b64_json: S.String,
    media_type: S.optional(S.String)
  })),
  usage: S.optional(ImageGenerationUsage)
})

/**
 * `ImageInputModality` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageInputModality = "text" | "image" | "file" | "audio" | "video" | (string & {})

/**
 * The schema of {@link ImageInputModality}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageInputModality: Schema.Schema<ImageInputModality> = S.openLiteral("text", "image", "file", "audio", "video")

/**
 * `ImageOutputModality` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageOutputModality = "text" | "image" | "embeddings" | "audio" | "video" | "rerank" | "speech" | "transcription" | (string & {})

/**
 * The schema of {@link ImageOutputModality}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageOutputModality: Schema.Schema<ImageOutputModality> = S.openLiteral("text", "image", "embeddings", "audio", "video", "rerank", "speech", "transcription")

/**
 * `ImageModelArchitecture` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageModelArchitecture = {
  readonly input_modalities: ReadonlyArray<ImageInputModality>
  readonly output_modalities: ReadonlyArray<ImageOutputModality>
}

/**
 * The schema of {@link ImageModelArchitecture}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageModelArchitecture: Schema.Schema<ImageModelArchitecture> = S.Struct({
  input_modalities: S.Array(ImageInputModality),
  output_modalities: S.Array(ImageOutputModality)
})

/**
 * The full per-endpoint records for an image model.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageModelEndpointsResponse = {
  readonly endpoints: ReadonlyArray<ImageEndpoint>
  readonly id: string
}

/**
 * The schema of {@link ImageModelEndpointsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageModelEndpointsResponse: Schema.Schema<ImageModelEndpointsResponse> = S.Struct({
  endpoints: S.Array(ImageEndpoint),
  id: S.String
})

/**
 * A single image model in the discovery listing.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageModelListItem = {
  readonly architecture: ImageModelArchitecture
  readonly created: number
  readonly description: string
  readonly endpoints: string
  readonly id: string
  readonly name: string
  readonly supported_parameters: SupportedParameters
  readonly supports_streaming: boolean
}

/**
 * The schema of {@link ImageModelListItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageModelListItem: Schema.Schema<ImageModelListItem> = S.Struct({
  architecture: ImageModelArchitecture,
  created: S.Number,
  description: S.String,
  endpoints: S.String,
  id: S.String,
  name: S.String,
  supported_parameters: SupportedParameters,
  supports_streaming: S.Boolean
})

/**
 * List of image generation models.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageModelsListResponse = {
  readonly data: ReadonlyArray<ImageModelListItem>
}

/**
 * The schema of {@link ImageModelsListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageModelsListResponse: Schema.Schema<ImageModelsListResponse> = S.Struct({
  data: S.Array(ImageModelListItem)
})

/**
 * Generate an image: `POST /images`.
 * Metered: budget, meter and ledger apply.
 * The spec also offers a server-sent event stream.
 *
 * @since 0.1.0
 * @category operations
 */
export const createImage = Operation.make(
  {
    id: "createImages",
    tag: "Images",
    method: "POST",
    path: "/images",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Generate an image"
  },
  Schema.Struct({
    body: ImageGenerationRequest
  }),
  ImageGenerationResponse
)

/**
 * List image generation models: `GET /images/models`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listImageModels = Operation.make(
  {
    id: "listImageModels",
    tag: "Images",
    method: "GET",
    path: "/images/models",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List image generation models"
  },
  Schema.Struct({}),
  ImageModelsListResponse
)

/**
 * List endpoints for an image model: `GET /images/models/{author}/{slug}/endpoints`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listImageModelEndpoints = Operation.make(
  {
    id: "listImageModelEndpoints",
    tag: "Images",
    method: "GET",
    path: "/images/models/{author}/{slug}/endpoints",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List endpoints for an image model"
  },
  Schema.Struct({
    path: Schema.Struct({
      author: Schema.String,
      slug: Schema.String
    })
  }),
  ImageModelEndpointsResponse
)
