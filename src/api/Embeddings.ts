/**
 * The `Embeddings` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"
import { CostDetails, ModelsListResponse, ProviderPreferences } from "./common.js"

/**
 * `MultimodalMedia` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type MultimodalMedia = {
  readonly data: string
  readonly format?: string | undefined
}

/**
 * The schema of {@link MultimodalMedia}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MultimodalMedia: Schema.Schema<MultimodalMedia> = S.Struct({
  data: S.String,
  format: S.optional(S.String)
})

/**
 * `ContentPartInputAudio` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartInputAudio = {
  readonly input_audio: MultimodalMedia
  readonly type: "input_audio"
}

/**
 * The schema of {@link ContentPartInputAudio}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartInputAudio: Schema.Schema<ContentPartInputAudio> = S.Struct({
  input_audio: MultimodalMedia,
  type: S.Literal("input_audio")
})

/**
 * `ContentPartInputFile` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartInputFile = {
  readonly input_file: MultimodalMedia
  readonly type: "input_file"
}

/**
 * The schema of {@link ContentPartInputFile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartInputFile: Schema.Schema<ContentPartInputFile> = S.Struct({
  input_file: MultimodalMedia,
  type: S.Literal("input_file")
})

/**
 * `ContentPartInputVideo` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartInputVideo = {
  readonly input_video: MultimodalMedia
  readonly type: "input_video"
}

/**
 * The schema of {@link ContentPartInputVideo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartInputVideo: Schema.Schema<ContentPartInputVideo> = S.Struct({
  input_video: MultimodalMedia,
  type: S.Literal("input_video")
})

/**
 * Embeddings request input
 *
 * @since 0.1.0
 * @category models
 */
export type CreateEmbeddingsRequest = {
  readonly dimensions?: number | undefined
  readonly encoding_format?: "float" | "base64" | (string & {}) | undefined
  readonly input: string | ReadonlyArray<string> | ReadonlyArray<number> | ReadonlyArray<ReadonlyArray<number>> | ReadonlyArray<{
      readonly content: ReadonlyArray<{
          readonly text: string
          readonly type: "text"
        } | {
          readonly image_url: {
            readonly url: string
          }
          readonly type: "image_url"
        } | ContentPartInputAudio | ContentPartInputVideo | ContentPartInputFile | { readonly type?: string | undefined }>
    }>
  readonly input_type?: string | undefined
  readonly model: string
  readonly provider?: ProviderPreferences | undefined
  readonly user?: string | undefined
}

/**
 * The schema of {@link CreateEmbeddingsRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateEmbeddingsRequest: Schema.Schema<CreateEmbeddingsRequest> = S.Struct({
  dimensions: S.optional(S.Number),
  encoding_format: S.optional(S.openLiteral("float", "base64")),
  input: S.Union(
    S.String,
    S.Array(S.String),
    S.Array(S.Number),
    S.Array(S.Array(S.Number)),
    S.Array(S.Struct({
      content: S.Array(S.Union(
        S.Struct({
          text: S.String,
          type: S.Literal("text")
        }),
        S.Struct({
          image_url: S.Struct({
            url: S.String
          }),
          type: S.Literal("image_url")
        }),
        ContentPartInputAudio,
        ContentPartInputVideo,
        ContentPartInputFile,
        S.Struct({ type: S.optional(S.String) })
      ))
    }))
  ),
  input_type: S.optional(S.String),
  model: S.String,
  provider: S.optional(ProviderPreferences),
  user: S.optional(S.String)
})

/**
 * Embeddings response containing embedding vectors
 *
 * @since 0.1.0
 * @category models
 */
export type CreateEmbeddingsResponse = {
  readonly data: ReadonlyArray<{
    readonly embedding: ReadonlyArray<number> | string
    readonly index?: number | undefined
    readonly object: "embedding" | (string & {})
  }>
  readonly id?: string | undefined
  readonly model: string
  readonly object: "list" | (string & {})
  readonly usage?: {
    readonly cost?: number | undefined
    readonly cost_details?: CostDetails | undefined
    readonly is_byok?: boolean | undefined
    readonly prompt_tokens: number
    readonly prompt_tokens_details?: {
      readonly audio_tokens?: number | undefined
      readonly file_tokens?: number | undefined
      readonly image_tokens?: number | undefined
      readonly text_tokens?: number | undefined
      readonly video_tokens?: number | undefined
    } | undefined
    readonly total_tokens: number
  } | undefined
}

/**
 * The schema of {@link CreateEmbeddingsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateEmbeddingsResponse: Schema.Schema<CreateEmbeddingsResponse> = S.Struct({
  data: S.Array(S.Struct({
    embedding: S.Union(
      S.Array(S.Number),
      S.String
    ),
    index: S.optional(S.Number),
    object: S.openLiteral("embedding")
  })),
  id: S.optional(S.String),
  model: S.String,
  object: S.openLiteral("list"),
  usage: S.optional(S.Struct({
    cost: S.optional(S.Number),
    cost_details: S.optional(CostDetails),
    is_byok: S.optional(S.Boolean),
    prompt_tokens: S.Number,
    prompt_tokens_details: S.optional(S.Struct({
      audio_tokens: S.optional(S.Number),
      file_tokens: S.optional(S.Number),
      image_tokens: S.optional(S.Number),
      text_tokens: S.optional(S.Number),
      video_tokens: S.optional(S.Number)
    })),
    total_tokens: S.Number
  }))
})

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
