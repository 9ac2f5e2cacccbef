/**
 * The `Files` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"

/**
 * A stored file in Anthropic's Files API shape.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicFile = {
  readonly _shape: "anthropic"
  readonly created_at: string
  readonly downloadable: boolean
  readonly filename: string
  readonly id: string
  readonly mime_type: string
  readonly size_bytes: number
  readonly type: "file"
}

/**
 * The schema of {@link AnthropicFile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicFile: Schema.Schema<AnthropicFile> = S.Struct({
  _shape: S.Literal("anthropic"),
  created_at: S.String,
  downloadable: S.Boolean,
  filename: S.String,
  id: S.String,
  mime_type: S.String,
  size_bytes: S.Number,
  type: S.Literal("file")
})

/**
 * Deletion result in Anthropic's shape.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicFileDeleted = {
  readonly _shape: "anthropic"
  readonly id: string
  readonly type: "file_deleted"
}

/**
 * The schema of {@link AnthropicFileDeleted}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicFileDeleted: Schema.Schema<AnthropicFileDeleted> = S.Struct({
  _shape: S.Literal("anthropic"),
  id: S.String,
  type: S.Literal("file_deleted")
})

/**
 * A page of files in Anthropic's shape.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicFileList = {
  readonly _shape: "anthropic"
  readonly data: ReadonlyArray<AnthropicFile>
  readonly first_id?: string | null | undefined
  readonly has_more: boolean
  readonly last_id?: string | null | undefined
}

/**
 * The schema of {@link AnthropicFileList}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicFileList: Schema.Schema<AnthropicFileList> = S.Struct({
  _shape: S.Literal("anthropic"),
  data: S.Array(AnthropicFile),
  first_id: S.optional(S.NullOr(S.String)),
  has_more: S.Boolean,
  last_id: S.optional(S.NullOr(S.String))
})

/**
 * Deletion result in OpenAI's shape.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIFileDeleted = {
  readonly _shape: "openai"
  readonly deleted: boolean
  readonly id: string
  readonly object: "file"
}

/**
 * The schema of {@link OpenAIFileDeleted}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIFileDeleted: Schema.Schema<OpenAIFileDeleted> = S.Struct({
  _shape: S.Literal("openai"),
  deleted: S.Boolean,
  id: S.String,
  object: S.Literal("file")
})

/**
 * Deletion result in the OpenRouter shape.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenRouterFileDeleted = {
  readonly _shape?: "openrouter" | (string & {}) | undefined
  readonly id: string
  readonly type: "file_deleted"
}

/**
 * The schema of {@link OpenRouterFileDeleted}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterFileDeleted: Schema.Schema<OpenRouterFileDeleted> = S.Struct({
  _shape: S.optional(S.openLiteral("openrouter")),
  id: S.String,
  type: S.Literal("file_deleted")
})

/**
 * Confirmation that a file was deleted, in the negotiated shape.
 *
 * @since 0.1.0
 * @category models
 */
export type FileDeleteResponse = OpenRouterFileDeleted | OpenAIFileDeleted | AnthropicFileDeleted | { readonly _shape?: string | undefined }

/**
 * The schema of {@link FileDeleteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileDeleteResponse: Schema.Schema<FileDeleteResponse> = S.Union(
  OpenRouterFileDeleted,
  OpenAIFileDeleted,
  AnthropicFileDeleted,
  S.Struct({ _shape: S.optional(S.String) })
)

/**
 * A stored file in OpenAI's Files API shape.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIFile = {
  readonly _shape: "openai"
  readonly bytes: number
  readonly created_at: number
  readonly filename: string
  readonly id: string
  readonly object: "file"
  readonly purpose: "assistants" | "batch" | "fine-tune" | "vision" | "user_data" | "evals" | "assistants_output" | "batch_output" | "fine-tune-results" | (string & {})
  readonly status: "processed"
}

/**
 * The schema of {@link OpenAIFile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIFile: Schema.Schema<OpenAIFile> = S.Struct({
  _shape: S.Literal("openai"),
  bytes: S.Number,
  created_at: S.Number,
  filename: S.String,
  id: S.String,
  object: S.Literal("file"),
  purpose: S.openLiteral("assistants", "batch", "fine-tune", "vision", "user_data", "evals", "assistants_output", "batch_output", "fine-tune-results"),
  status: S.Literal("processed")
})

/**
 * A page of files in OpenAI's shape.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIFileList = {
  readonly _shape: "openai"
  readonly data: ReadonlyArray<OpenAIFile>
  readonly first_id?: string | null | undefined
  readonly has_more: boolean
  readonly last_id?: string | null | undefined
  readonly object: "list"
}

/**
 * The schema of {@link OpenAIFileList}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIFileList: Schema.Schema<OpenAIFileList> = S.Struct({
  _shape: S.Literal("openai"),
  data: S.Array(OpenAIFile),
  first_id: S.optional(S.NullOr(S.String)),
  has_more: S.Boolean,
  last_id: S.optional(S.NullOr(S.String)),
  object: S.Literal("list")
})

/**
 * A stored file in the OpenRouter superset shape: Anthropic-shaped, plus OpenRouter-only fields.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenRouterFile = {
  readonly _shape?: "openrouter" | (string & {}) | undefined
  readonly created_at: string
  readonly downloadable: boolean
  readonly filename: string
  readonly id: string
  readonly mime_type: string
  readonly size_bytes: number
  readonly type: "file"
}

/**
 * The schema of {@link OpenRouterFile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterFile: Schema.Schema<OpenRouterFile> = S.Struct({
  _shape: S.optional(S.openLiteral("openrouter")),
  created_at: S.String,
  downloadable: S.Boolean,
  filename: S.String,
  id: S.String,
  mime_type: S.String,
  size_bytes: S.Number,
  type: S.Literal("file")
})

/**
 * A page of files in the OpenRouter shape.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenRouterFileList = {
  readonly _shape?: "openrouter" | (string & {}) | undefined
  readonly cursor?: string | null | undefined
  readonly data: ReadonlyArray<OpenRouterFile>
  readonly first_id?: string | null | undefined
  readonly has_more: boolean
  readonly last_id?: string | null | undefined
}

/**
 * The schema of {@link OpenRouterFileList}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterFileList: Schema.Schema<OpenRouterFileList> = S.Struct({
  _shape: S.optional(S.openLiteral("openrouter")),
  cursor: S.optional(S.NullOr(S.String)),
  data: S.Array(OpenRouterFile),
  first_id: S.optional(S.NullOr(S.String)),
  has_more: S.Boolean,
  last_id: S.optional(S.NullOr(S.String))
})

/**
 * A page of files, in the negotiated shape.
 *
 * @since 0.1.0
 * @category models
 */
export type FileListResponse = OpenRouterFileList | OpenAIFileList | AnthropicFileList | { readonly _shape?: string | undefined }

/**
 * The schema of {@link FileListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileListResponse: Schema.Schema<FileListResponse> = S.Union(
  OpenRouterFileList,
  OpenAIFileList,
  AnthropicFileList,
  S.Struct({ _shape: S.optional(S.String) })
)

/**
 * Store or read this file on the named provider using your own API key for it.
 *
 * @since 0.1.0
 * @category models
 */
export type FileProvider = "openai" | "anthropic" | (string & {})

/**
 * The schema of {@link FileProvider}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileProvider: Schema.Schema<FileProvider> = S.openLiteral("openai", "anthropic")

/**
 * A stored file.
 *
 * @since 0.1.0
 * @category models
 */
export type FileResponse = OpenRouterFile | OpenAIFile | AnthropicFile | { readonly _shape?: string | undefined }

/**
 * The schema of {@link FileResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileResponse: Schema.Schema<FileResponse> = S.Union(
  OpenRouterFile,
  OpenAIFile,
  AnthropicFile,
  S.Struct({ _shape: S.optional(S.String) })
)

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
 * @category models
 */
export type UploadFileRequest = {
  readonly file: Blob
}

/**
 * The schema of {@link UploadFileRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UploadFileRequest: Schema.Schema<UploadFileRequest> = S.Struct({
  file: S.Blob
})

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
