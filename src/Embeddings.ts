/**
 * `POST /embeddings` (API doc §8.5): request and response. No streaming.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { ProviderPreferences } from "./ChatRequest.js"
import { openLiteral, optionalNullable, tolerant } from "./internal/schema.js"
import { CostDetails } from "./Usage.js"

/**
 * Base64/data-URL media of a multimodal embedding input part.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmbeddingMedia = tolerant(
  Schema.Struct({
    data: Schema.String,
    format: Schema.optional(Schema.String)
  }),
  { identifier: "EmbeddingMedia" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type EmbeddingMedia = typeof EmbeddingMedia.Type

/**
 * A part of a multimodal embedding input, discriminated on `type`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmbeddingContentPart = Schema.Union(
  tolerant(Schema.Struct({ type: Schema.Literal("text"), text: Schema.String })),
  tolerant(
    Schema.Struct({
      type: Schema.Literal("image_url"),
      image_url: tolerant(Schema.Struct({ url: Schema.String }))
    })
  ),
  tolerant(Schema.Struct({ type: Schema.Literal("input_audio"), input_audio: EmbeddingMedia })),
  tolerant(Schema.Struct({ type: Schema.Literal("input_video"), input_video: EmbeddingMedia })),
  tolerant(Schema.Struct({ type: Schema.Literal("input_file"), input_file: EmbeddingMedia }))
)

/**
 * @since 0.1.0
 * @category models
 */
export type EmbeddingContentPart = typeof EmbeddingContentPart.Type

/**
 * One multimodal input: `{content: EmbeddingContentPart[]}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MultimodalEmbeddingInput = tolerant(Schema.Struct({ content: Schema.Array(EmbeddingContentPart) }), {
  identifier: "MultimodalEmbeddingInput"
})

/**
 * @since 0.1.0
 * @category models
 */
export type MultimodalEmbeddingInput = typeof MultimodalEmbeddingInput.Type

/**
 * `input`: a string, strings, token ids, arrays of token ids, or multimodal inputs.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmbeddingsInput = Schema.Union(
  Schema.String,
  Schema.Array(Schema.String),
  Schema.Array(Schema.Number),
  Schema.Array(Schema.Array(Schema.Number)),
  Schema.Array(MultimodalEmbeddingInput)
)

/**
 * @since 0.1.0
 * @category models
 */
export type EmbeddingsInput = typeof EmbeddingsInput.Type

/**
 * The embeddings request body. Unknown keys (provider-specific parameters) are kept; use
 * `EmbeddingsRequest & PassThroughFields` (from `ChatRequest`) to write them without a cast.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmbeddingsRequest = tolerant(
  Schema.Struct(
    {
      model: Schema.String,
      input: EmbeddingsInput,
      dimensions: Schema.optional(Schema.Number),
      encoding_format: Schema.optional(openLiteral("float", "base64")),
      /** e.g. `"search_query"` / `"search_document"` (provider-specific). */
      input_type: Schema.optional(Schema.String),
      user: Schema.optional(Schema.String),
      provider: optionalNullable(ProviderPreferences)
    }
  ),
  { identifier: "EmbeddingsRequest" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type EmbeddingsRequest = typeof EmbeddingsRequest.Type

/**
 * One embedding: a number array, or a base64 string with `encoding_format: "base64"`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Embedding = tolerant(
  Schema.Struct({
    object: Schema.optional(openLiteral("embedding")),
    embedding: Schema.Union(Schema.Array(Schema.Number), Schema.String),
    index: optionalNullable(Schema.Number)
  }),
  { identifier: "Embedding" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Embedding = typeof Embedding.Type

/**
 * `usage` of an embeddings response.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmbeddingsUsage = tolerant(
  Schema.Struct({
    prompt_tokens: optionalNullable(Schema.Number),
    total_tokens: optionalNullable(Schema.Number),
    /** USD; absent/`null` = unknown. */
    cost: optionalNullable(Schema.Number),
    is_byok: optionalNullable(Schema.Boolean),
    cost_details: optionalNullable(CostDetails),
    prompt_tokens_details: optionalNullable(
      tolerant(
        Schema.Struct({
          text_tokens: optionalNullable(Schema.Number),
          image_tokens: optionalNullable(Schema.Number),
          audio_tokens: optionalNullable(Schema.Number),
          video_tokens: optionalNullable(Schema.Number),
          file_tokens: optionalNullable(Schema.Number),
          cached_tokens: optionalNullable(Schema.Number)
        })
      )
    )
  }),
  { identifier: "EmbeddingsUsage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type EmbeddingsUsage = typeof EmbeddingsUsage.Type

/**
 * The embeddings response body: `{id?, object: "list", model, data, usage?}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EmbeddingsResponse = tolerant(
  Schema.Struct({
    id: optionalNullable(Schema.String),
    object: optionalNullable(openLiteral("list")),
    model: optionalNullable(Schema.String),
    /** Provider display name, when sent. */
    provider: optionalNullable(Schema.String),
    data: Schema.Array(Embedding),
    usage: optionalNullable(EmbeddingsUsage)
  }),
  { identifier: "EmbeddingsResponse" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type EmbeddingsResponse = typeof EmbeddingsResponse.Type
