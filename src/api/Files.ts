/**
 * The `Files` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * A stored file in Anthropic's Files API shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicFile = tolerant(Schema.Struct({
  _shape: Schema.Literal("anthropic"),
  created_at: Schema.String,
  downloadable: Schema.Boolean,
  filename: Schema.String,
  id: Schema.String,
  mime_type: Schema.String,
  size_bytes: Schema.Number,
  type: Schema.Literal("file")
}))

/**
 * The type of {@link AnthropicFile}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicFile = typeof AnthropicFile.Type

/**
 * Deletion result in Anthropic's shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicFileDeleted = tolerant(Schema.Struct({
  _shape: Schema.Literal("anthropic"),
  id: Schema.String,
  type: Schema.Literal("file_deleted")
}))

/**
 * The type of {@link AnthropicFileDeleted}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicFileDeleted = typeof AnthropicFileDeleted.Type

/**
 * A page of files in Anthropic's shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicFileList = tolerant(Schema.Struct({
  _shape: Schema.Literal("anthropic"),
  data: Schema.Array(AnthropicFile),
  first_id: Schema.NullOr(Schema.String),
  has_more: Schema.Boolean,
  last_id: Schema.NullOr(Schema.String)
}))

/**
 * The type of {@link AnthropicFileList}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicFileList = typeof AnthropicFileList.Type

/**
 * Deletion result in OpenAI's shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIFileDeleted = tolerant(Schema.Struct({
  _shape: Schema.Literal("openai"),
  deleted: Schema.Boolean,
  id: Schema.String,
  object: Schema.Literal("file")
}))

/**
 * The type of {@link OpenAIFileDeleted}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIFileDeleted = typeof OpenAIFileDeleted.Type

/**
 * Deletion result in the OpenRouter shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterFileDeleted = tolerant(Schema.Struct({
  _shape: Schema.optional(openLiteral("openrouter")),
  id: Schema.String,
  type: Schema.Literal("file_deleted")
}))

/**
 * The type of {@link OpenRouterFileDeleted}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenRouterFileDeleted = typeof OpenRouterFileDeleted.Type

/**
 * Confirmation that a file was deleted, in the negotiated shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileDeleteResponse = Schema.Union(
  OpenRouterFileDeleted,
  OpenAIFileDeleted,
  AnthropicFileDeleted,
  tolerant(Schema.Struct({ _shape: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link FileDeleteResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type FileDeleteResponse = typeof FileDeleteResponse.Type

/**
 * A stored file in OpenAI's Files API shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIFile = tolerant(Schema.Struct({
  _shape: Schema.Literal("openai"),
  bytes: Schema.Number,
  created_at: Schema.Number,
  filename: Schema.String,
  id: Schema.String,
  object: Schema.Literal("file"),
  purpose: openLiteral("assistants", "batch", "fine-tune", "vision", "user_data", "evals", "assistants_output", "batch_output", "fine-tune-results"),
  status: Schema.Literal("processed")
}))

/**
 * The type of {@link OpenAIFile}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIFile = typeof OpenAIFile.Type

/**
 * A page of files in OpenAI's shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIFileList = tolerant(Schema.Struct({
  _shape: Schema.Literal("openai"),
  data: Schema.Array(OpenAIFile),
  first_id: Schema.NullOr(Schema.String),
  has_more: Schema.Boolean,
  last_id: Schema.NullOr(Schema.String),
  object: Schema.Literal("list")
}))

/**
 * The type of {@link OpenAIFileList}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIFileList = typeof OpenAIFileList.Type

/**
 * A stored file in the OpenRouter superset shape: Anthropic-shaped, plus OpenRouter-only fields.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterFile = tolerant(Schema.Struct({
  _shape: Schema.optional(openLiteral("openrouter")),
  created_at: Schema.String,
  downloadable: Schema.Boolean,
  filename: Schema.String,
  id: Schema.String,
  mime_type: Schema.String,
  size_bytes: Schema.Number,
  type: Schema.Literal("file")
}))

/**
 * The type of {@link OpenRouterFile}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenRouterFile = typeof OpenRouterFile.Type

/**
 * A page of files in the OpenRouter shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterFileList = tolerant(Schema.Struct({
  _shape: Schema.optional(openLiteral("openrouter")),
  cursor: Schema.NullOr(Schema.String),
  data: Schema.Array(OpenRouterFile),
  first_id: Schema.NullOr(Schema.String),
  has_more: Schema.Boolean,
  last_id: Schema.NullOr(Schema.String)
}))

/**
 * The type of {@link OpenRouterFileList}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenRouterFileList = typeof OpenRouterFileList.Type

/**
 * A page of files, in the negotiated shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileListResponse = Schema.Union(
  OpenRouterFileList,
  OpenAIFileList,
  AnthropicFileList,
  tolerant(Schema.Struct({ _shape: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link FileListResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type FileListResponse = typeof FileListResponse.Type

/**
 * Store or read this file on the named provider using your own API key for it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileProvider = openLiteral("openai", "anthropic")

/**
 * The type of {@link FileProvider}.
 *
 * @since 0.1.0
 * @category models
 */
export type FileProvider = typeof FileProvider.Type

/**
 * A stored file.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileResponse = Schema.Union(
  OpenRouterFile,
  OpenAIFile,
  AnthropicFile,
  tolerant(Schema.Struct({ _shape: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link FileResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type FileResponse = typeof FileResponse.Type

/**
 * List files: `GET /files`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listFiles = Operation.make(
  {
    id: "listFiles",
    tag: "Files",
    method: "GET",
    path: "/files",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List files"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      limit: Schema.optional(Schema.Number),
      cursor: Schema.optional(Schema.String),
      workspace_id: Schema.optional(Schema.String),
      provider: Schema.optional(FileProvider),
      after: Schema.optional(Schema.String),
      after_id: Schema.optional(Schema.String),
      before_id: Schema.optional(Schema.String),
      order: Schema.optional(openLiteral("asc", "desc"))
    }))
  }),
  FileListResponse
)

/**
 * The request body of `uploadFile`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UploadFileRequest = tolerant(Schema.Struct({
  file: Schema.instanceOf(Blob)
}))

/**
 * The type of {@link UploadFileRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type UploadFileRequest = typeof UploadFileRequest.Type

/**
 * Upload a file: `POST /files`.
 *
 * @since 0.1.0
 * @category operations
 */
export const uploadFile = Operation.make(
  {
    id: "uploadFile",
    tag: "Files",
    method: "POST",
    path: "/files",
    body: "multipart",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: false,
    summary: "Upload a file"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      workspace_id: Schema.optional(Schema.String),
      provider: Schema.optional(FileProvider)
    })),
    body: UploadFileRequest
  }),
  FileResponse
)

/**
 * Delete a file: `DELETE /files/{file_id}`.
 *
 * @since 0.1.0
 * @category operations
 */
export const deleteFile = Operation.make(
  {
    id: "deleteFile",
    tag: "Files",
    method: "DELETE",
    path: "/files/{file_id}",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Delete a file"
  },
  Schema.Struct({
    path: Schema.Struct({
      file_id: Schema.String
    }),
    query: Schema.optional(Schema.Struct({
      workspace_id: Schema.optional(Schema.String),
      provider: Schema.optional(FileProvider)
    }))
  }),
  FileDeleteResponse
)

/**
 * Get file metadata: `GET /files/{file_id}`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getFileMetadata = Operation.make(
  {
    id: "getFileMetadata",
    tag: "Files",
    method: "GET",
    path: "/files/{file_id}",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Get file metadata"
  },
  Schema.Struct({
    path: Schema.Struct({
      file_id: Schema.String
    }),
    query: Schema.optional(Schema.Struct({
      workspace_id: Schema.optional(Schema.String),
      provider: Schema.optional(FileProvider)
    }))
  }),
  FileResponse
)

/**
 * Download file content: `GET /files/{file_id}/content`.
 *
 * @since 0.1.0
 * @category operations
 */
export const downloadFileContent = Operation.make(
  {
    id: "downloadFileContent",
    tag: "Files",
    method: "GET",
    path: "/files/{file_id}/content",
    body: "none",
    response: "bytes",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Download file content"
  },
  Schema.Struct({
    path: Schema.Struct({
      file_id: Schema.String
    }),
    query: Schema.optional(Schema.Struct({
      workspace_id: Schema.optional(Schema.String),
      provider: Schema.optional(FileProvider)
    }))
  }),
  Schema.Uint8ArrayFromSelf
)
