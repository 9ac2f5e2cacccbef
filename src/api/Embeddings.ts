/**
 * The `Embeddings` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { CostDetails, ModelsListResponse, ProviderPreferences } from "./common.js"

/**
 * `MultimodalMedia` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MultimodalMedia = tolerant(Schema.Struct({
  data: Schema.String,
  format: Schema.optional(Schema.String)
}))

/**
 * The type of {@link MultimodalMedia}.
 *
 * @since 0.1.0
 * @category models
 */
export type MultimodalMedia = typeof MultimodalMedia.Type

/**
 * `ContentPartInputAudio` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartInputAudio = tolerant(Schema.Struct({
  input_audio: MultimodalMedia,
  type: Schema.Literal("input_audio")
}))

/**
 * The type of {@link ContentPartInputAudio}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartInputAudio = typeof ContentPartInputAudio.Type

/**
 * `ContentPartInputFile` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartInputFile = tolerant(Schema.Struct({
  input_file: MultimodalMedia,
  type: Schema.Literal("input_file")
}))

/**
 * The type of {@link ContentPartInputFile}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartInputFile = typeof ContentPartInputFile.Type

/**
 * `ContentPartInputVideo` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartInputVideo = tolerant(Schema.Struct({
  input_video: MultimodalMedia,
  type: Schema.Literal("input_video")
}))

/**
 * The type of {@link ContentPartInputVideo}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartInputVideo = typeof ContentPartInputVideo.Type

/**
 * Embeddings request input
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateEmbeddingsRequest = tolerant(Schema.Struct({
  dimensions: Schema.optional(Schema.Number),
  encoding_format: Schema.optional(openLiteral("float", "base64")),
  input: Schema.Union(
    Schema.String,
    Schema.Array(Schema.String),
    Schema.Array(Schema.Number),
    Schema.Array(Schema.Array(Schema.Number)),
    Schema.Array(tolerant(Schema.Struct({
    content: Schema.Array(Schema.Union(
      tolerant(Schema.Struct({
      text: Schema.String,
      type: Schema.Literal("text")
    })),
      tolerant(Schema.Struct({
      image_url: tolerant(Schema.Struct({
        url: Schema.String
      })),
      type: Schema.Literal("image_url")
    })),
      ContentPartInputAudio,
      ContentPartInputVideo,
      ContentPartInputFile,
      tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
    ))
  })))
  ),
  input_type: Schema.optional(Schema.String),
  model: Schema.String,
  provider: Schema.optional(ProviderPreferences),
  user: Schema.optional(Schema.String)
}))

/**
 * The type of {@link CreateEmbeddingsRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateEmbeddingsRequest = typeof CreateEmbeddingsRequest.Type

/**
 * Embeddings response containing embedding vectors
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateEmbeddingsResponse = tolerant(Schema.Struct({
  data: Schema.Array(tolerant(Schema.Struct({
    embedding: Schema.Union(
      Schema.Array(Schema.Number),
      Schema.String
    ),
    index: Schema.optional(Schema.Number),
    object: openLiteral("embedding")
  }))),
  id: Schema.optional(Schema.String),
  model: Schema.String,
  object: openLiteral("list"),
  usage: Schema.optional(tolerant(Schema.Struct({
    cost: Schema.optional(Schema.Number),
    cost_details: Schema.optional(CostDetails),
    is_byok: Schema.optional(Schema.Boolean),
    prompt_tokens: Schema.Number,
    prompt_tokens_details: Schema.optional(tolerant(Schema.Struct({
      audio_tokens: Schema.optional(Schema.Number),
      file_tokens: Schema.optional(Schema.Number),
      image_tokens: Schema.optional(Schema.Number),
      text_tokens: Schema.optional(Schema.Number),
      video_tokens: Schema.optional(Schema.Number)
    }))),
    total_tokens: Schema.Number
  })))
}))

/**
 * The type of {@link CreateEmbeddingsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateEmbeddingsResponse = typeof CreateEmbeddingsResponse.Type

/**
 * Submit an embedding request: `POST /embeddings`.
 * Metered: budget, meter and ledger apply.
 * The spec also offers a server-sent event stream.
 *
 * @since 0.1.0
 * @category operations
 */
export const createEmbeddings = Operation.make(
  {
    id: "createEmbeddings",
    tag: "Embeddings",
    method: "POST",
    path: "/embeddings",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Submit an embedding request"
  },
  Schema.Struct({
    body: CreateEmbeddingsRequest
  }),
  CreateEmbeddingsResponse
)

/**
 * List all embeddings models: `GET /embeddings/models`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listEmbeddingsModels = Operation.make(
  {
    id: "listEmbeddingsModels",
    tag: "Embeddings",
    method: "GET",
    path: "/embeddings/models",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List all embeddings models"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ModelsListResponse
)
