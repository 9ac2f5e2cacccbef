/**
 * The `Images` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { AnthropicCacheCreation, AnthropicSpeed, AnthropicUsageIteration, ContentPartImage, CostDetails, ProviderName, ProviderOptions, ProviderSort, ProviderSortConfig } from "./common.js"

/**
 * A supported-or-not flag.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BooleanCapability = tolerant(Schema.Struct({
  type: Schema.Literal("boolean")
}))

/**
 * The type of {@link BooleanCapability}.
 *
 * @since 0.1.0
 * @category models
 */
export type BooleanCapability = typeof BooleanCapability.Type

/**
 * A parameter that accepts one of a discrete set of string values.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnumCapability = tolerant(Schema.Struct({
  type: Schema.Literal("enum"),
  values: Schema.Array(Schema.String)
}))

/**
 * The type of {@link EnumCapability}.
 *
 * @since 0.1.0
 * @category models
 */
export type EnumCapability = typeof EnumCapability.Type

/**
 * A parameter that accepts every value within an inclusive numeric range.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RangeCapability = tolerant(Schema.Struct({
  max: Schema.Number,
  min: Schema.Number,
  type: Schema.Literal("range")
}))

/**
 * The type of {@link RangeCapability}.
 *
 * @since 0.1.0
 * @category models
 */
export type RangeCapability = typeof RangeCapability.Type

/**
 * A typed descriptor for one supported request parameter.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CapabilityDescriptor = Schema.Union(
  EnumCapability,
  RangeCapability,
  BooleanCapability,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link CapabilityDescriptor}.
 *
 * @since 0.1.0
 * @category models
 */
export type CapabilityDescriptor = typeof CapabilityDescriptor.Type

/**
 * One billable pricing line for an image provider.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImagePricingEntry = tolerant(Schema.Struct({
  billable: openLiteral("output_image", "input_image", "input_font", "input_reference", "input_text"),
  cost_usd: Schema.Number,
  unit: openLiteral("image", "megapixel", "token"),
  variant: Schema.optional(Schema.String)
}))

/**
 * The type of {@link ImagePricingEntry}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImagePricingEntry = typeof ImagePricingEntry.Type

/**
 * Union of supported parameters across every endpoint of this model.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SupportedParameters = Schema.Record({ key: Schema.String, value: CapabilityDescriptor })

/**
 * The type of {@link SupportedParameters}.
 *
 * @since 0.1.0
 * @category models
 */
export type SupportedParameters = typeof SupportedParameters.Type

/**
 * An endpoint that serves a given image model.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageEndpoint = tolerant(Schema.Struct({
  allowed_passthrough_parameters: Schema.Array(Schema.String),
  pricing: Schema.Array(ImagePricingEntry),
  provider_name: Schema.String,
  provider_slug: Schema.String,
  provider_tag: Schema.NullOr(Schema.String),
  supported_parameters: SupportedParameters,
  supports_streaming: Schema.Boolean
}))

/**
 * The type of {@link ImageEndpoint}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageEndpoint = typeof ImageEndpoint.Type

/**
 * Provider routing preferences and provider-specific passthrough configuration.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationProviderPreferences = tolerant(Schema.Struct({
  allow_fallbacks: Schema.optional(Schema.NullOr(Schema.Boolean)),
  ignore: Schema.optional(Schema.NullOr(Schema.Array(Schema.Union(
    ProviderName,
    Schema.String
  )))),
  only: Schema.optional(Schema.NullOr(Schema.Array(Schema.Union(
    ProviderName,
    Schema.String
  )))),
  options: Schema.optional(ProviderOptions),
  order: Schema.optional(Schema.NullOr(Schema.Array(Schema.Union(
    ProviderName,
    Schema.String
  )))),
  sort: Schema.optional(Schema.NullOr(Schema.Union(
    ProviderSort,
    ProviderSortConfig
  )))
}))

/**
 * The type of {@link ImageGenerationProviderPreferences}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationProviderPreferences = typeof ImageGenerationProviderPreferences.Type

/**
 * Image generation request input
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationRequest = tolerant(Schema.Struct({
  aspect_ratio: Schema.optional(openLiteral("1:1", "1:2", "1:4", "1:8", "2:1", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "16:9", "9:19.5", "19.5:9", "9:20", "20:9", "9:21", "21:9", "auto")),
  background: Schema.optional(openLiteral("auto", "transparent", "opaque")),
  input_references: Schema.optional(Schema.Array(ContentPartImage)),
  model: Schema.String,
  n: Schema.optional(Schema.Number),
  output_compression: Schema.optional(Schema.Number),
  output_format: Schema.optional(openLiteral("png", "jpeg", "webp", "svg")),
  prompt: Schema.String,
  provider: Schema.optional(ImageGenerationProviderPreferences),
  quality: Schema.optional(openLiteral("auto", "low", "medium", "high")),
  resolution: Schema.optional(openLiteral("512", "1K", "2K", "4K")),
  seed: Schema.optional(Schema.Number),
  size: Schema.optional(Schema.String),
  stream: Schema.optional(Schema.Boolean)
}))

/**
 * The type of {@link ImageGenerationRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationRequest = typeof ImageGenerationRequest.Type

/**
 * Token and cost usage for the image generation request, when available
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationUsage = tolerant(Schema.Struct({
  cache_creation: Schema.optional(AnthropicCacheCreation),
  completion_tokens: Schema.Number,
  completion_tokens_details: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    audio_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    image_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    reasoning_tokens: Schema.optional(Schema.NullOr(Schema.Number))
  })))),
  cost: Schema.optional(Schema.NullOr(Schema.Number)),
  cost_details: Schema.optional(CostDetails),
  is_byok: Schema.optional(Schema.Boolean),
  iterations: Schema.optional(Schema.NullOr(Schema.Array(AnthropicUsageIteration))),
  prompt_tokens: Schema.Number,
  prompt_tokens_details: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    audio_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    cache_write_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    cached_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    file_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    video_tokens: Schema.optional(Schema.NullOr(Schema.Number))
  })))),
  server_tool_use: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    tool_calls_executed: Schema.optional(Schema.NullOr(Schema.Number)),
    tool_calls_requested: Schema.optional(Schema.NullOr(Schema.Number)),
    web_search_requests: Schema.optional(Schema.NullOr(Schema.Number))
  })))),
  service_tier: Schema.optional(Schema.NullOr(Schema.String)),
  speed: Schema.optional(AnthropicSpeed),
  total_tokens: Schema.Number
}))

/**
 * The type of {@link ImageGenerationUsage}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationUsage = typeof ImageGenerationUsage.Type

/**
 * Image generation response
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationResponse = tolerant(Schema.Struct({
  created: Schema.Number,
  data: Schema.Array(tolerant(Schema.Struct({
    b64_json: Schema.String,
    media_type: Schema.optional(Schema.String)
  }))),
  usage: Schema.optional(ImageGenerationUsage)
}))

/**
 * The type of {@link ImageGenerationResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationResponse = typeof ImageGenerationResponse.Type

/**
 * `ImageInputModality` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageInputModality = openLiteral("text", "image", "file", "audio", "video")

/**
 * The type of {@link ImageInputModality}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageInputModality = typeof ImageInputModality.Type

/**
 * `ImageOutputModality` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageOutputModality = openLiteral("text", "image", "embeddings", "audio", "video", "rerank", "speech", "transcription")

/**
 * The type of {@link ImageOutputModality}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageOutputModality = typeof ImageOutputModality.Type

/**
 * `ImageModelArchitecture` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageModelArchitecture = tolerant(Schema.Struct({
  input_modalities: Schema.Array(ImageInputModality),
  output_modalities: Schema.Array(ImageOutputModality)
}))

/**
 * The type of {@link ImageModelArchitecture}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageModelArchitecture = typeof ImageModelArchitecture.Type

/**
 * The full per-endpoint records for an image model.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageModelEndpointsResponse = tolerant(Schema.Struct({
  endpoints: Schema.Array(ImageEndpoint),
  id: Schema.String
}))

/**
 * The type of {@link ImageModelEndpointsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageModelEndpointsResponse = typeof ImageModelEndpointsResponse.Type

/**
 * A single image model in the discovery listing.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageModelListItem = tolerant(Schema.Struct({
  architecture: ImageModelArchitecture,
  created: Schema.Number,
  description: Schema.String,
  endpoints: Schema.String,
  id: Schema.String,
  name: Schema.String,
  supported_parameters: SupportedParameters,
  supports_streaming: Schema.Boolean
}))

/**
 * The type of {@link ImageModelListItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageModelListItem = typeof ImageModelListItem.Type

/**
 * List of image generation models.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageModelsListResponse = tolerant(Schema.Struct({
  data: Schema.Array(ImageModelListItem)
}))

/**
 * The type of {@link ImageModelsListResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageModelsListResponse = typeof ImageModelsListResponse.Type

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
