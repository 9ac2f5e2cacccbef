/**
 * The `Anthropic Messages` operations of OpenRouter's API and their schemas (generated from the official spec).
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
  AnthropicCacheControlDirective,
  AnthropicCacheCreation,
  AnthropicSpeed,
  AnthropicUsageIteration,
  AutoBetaRouterPlugin,
  AutoRouterPlugin,
  BashServerTool,
  ContextCompressionPlugin,
  CostDetails,
  DatetimeServerTool,
  DeprecatedRoute,
  FileParserPlugin,
  FusionPlugin,
  ImageGenerationServerToolOpenRouter,
  ModerationPlugin,
  OpenRouterMetadata,
  OpenRouterWebSearchServerTool,
  ParetoRouterPlugin,
  ProviderName,
  ProviderPreferences,
  ResponseHealingPlugin,
  SearchModelsServerToolConfig,
  ShellServerToolOpenRouter,
  StopServerToolsWhen,
  ToolSearchServerTool,
  TraceConfig,
  WebFetchPlugin,
  WebFetchServerTool,
  WebSearchPlugin
} from "./common.js"

/**
 * `AnthropicAdvisorToolResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicAdvisorToolResult = {
  readonly content: { readonly [x: string]: unknown }
  readonly tool_use_id: string
  readonly type: "advisor_tool_result"
}

/**
 * The schema of {@link AnthropicAdvisorToolResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicAdvisorToolResult: Schema.Schema<AnthropicAdvisorToolResult> = S.Struct({
  content: S.JsonObject,
  tool_use_id: S.String,
  type: S.Literal("advisor_tool_result")
})

/**
 * `AnthropicAllowedCallers` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicAllowedCallers = ReadonlyArray<"direct" | "code_execution_20250825" | "code_execution_20260120" | (string & {})>

/**
 * The schema of {@link AnthropicAllowedCallers}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicAllowedCallers: Schema.Schema<AnthropicAllowedCallers> = S.Array(S.openLiteral("direct", "code_execution_20250825", "code_execution_20260120"))

/**
 * `AnthropicImageMimeType` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicImageMimeType = "image/jpeg" | "image/png" | "image/gif" | "image/webp" | (string & {})

/**
 * The schema of {@link AnthropicImageMimeType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicImageMimeType: Schema.Schema<AnthropicImageMimeType> = S.openLiteral("image/jpeg", "image/png", "image/gif", "image/webp")

/**
 * `AnthropicBase64ImageSource` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBase64ImageSource = {
  readonly data: string
  readonly media_type: AnthropicImageMimeType
  readonly type: "base64"
}

/**
 * The schema of {@link AnthropicBase64ImageSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBase64ImageSource: Schema.Schema<AnthropicBase64ImageSource> = S.Struct({
  data: S.String,
  media_type: AnthropicImageMimeType,
  type: S.Literal("base64")
})

/**
 * `AnthropicBase64PdfSource` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBase64PdfSource = {
  readonly data: string
  readonly media_type: "application/pdf"
  readonly type: "base64"
}

/**
 * The schema of {@link AnthropicBase64PdfSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBase64PdfSource: Schema.Schema<AnthropicBase64PdfSource> = S.Struct({
  data: S.String,
  media_type: S.Literal("application/pdf"),
  type: S.Literal("base64")
})

/**
 * `AnthropicBashCodeExecutionOutput` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionOutput = {
  readonly file_id: string
  readonly type: "bash_code_execution_output" | (string & {})
}

/**
 * The schema of {@link AnthropicBashCodeExecutionOutput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionOutput: Schema.Schema<AnthropicBashCodeExecutionOutput> = S.Struct({
  file_id: S.String,
  type: S.openLiteral("bash_code_execution_output")
})

/**
 * `AnthropicBashCodeExecutionResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionResult = {
  readonly content: ReadonlyArray<AnthropicBashCodeExecutionOutput>
  readonly return_code: number
  readonly stderr: string
  readonly stdout: string
  readonly type: "bash_code_execution_result"
}

/**
 * The schema of {@link AnthropicBashCodeExecutionResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionResult: Schema.Schema<AnthropicBashCodeExecutionResult> = S.Struct({
  content: S.Array(AnthropicBashCodeExecutionOutput),
  return_code: S.Number,
  stderr: S.String,
  stdout: S.String,
  type: S.Literal("bash_code_execution_result")
})

/**
 * `AnthropicBashCodeExecutionToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionToolResultError = {
  readonly error_code: "invalid_tool_input" | "unavailable" | "too_many_requests" | "execution_time_exceeded" | "output_file_too_large" | (string & {})
  readonly type: "bash_code_execution_tool_result_error"
}

/**
 * The schema of {@link AnthropicBashCodeExecutionToolResultError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionToolResultError: Schema.Schema<AnthropicBashCodeExecutionToolResultError> = S.Struct({
  error_code: S.openLiteral("invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "output_file_too_large"),
  type: S.Literal("bash_code_execution_tool_result_error")
})

/**
 * `AnthropicBashCodeExecutionContent` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionContent = AnthropicBashCodeExecutionToolResultError | AnthropicBashCodeExecutionResult | { readonly type?: string | undefined }

/**
 * The schema of {@link AnthropicBashCodeExecutionContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionContent: Schema.Schema<AnthropicBashCodeExecutionContent> = S.Union(
  AnthropicBashCodeExecutionToolResultError,
  AnthropicBashCodeExecutionResult,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `AnthropicBashCodeExecutionToolResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionToolResult = {
  readonly content: AnthropicBashCodeExecutionContent
  readonly tool_use_id: string
  readonly type: "bash_code_execution_tool_result"
}

/**
 * The schema of {@link AnthropicBashCodeExecutionToolResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionToolResult: Schema.Schema<AnthropicBashCodeExecutionToolResult> = S.Struct({
  content: AnthropicBashCodeExecutionContent,
  tool_use_id: S.String,
  type: S.Literal("bash_code_execution_tool_result")
})

/**
 * `AnthropicCodeExecution20250825Caller` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecution20250825Caller = {
  readonly tool_id: string
  readonly type: "code_execution_20250825"
}

/**
 * The schema of {@link AnthropicCodeExecution20250825Caller}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecution20250825Caller: Schema.Schema<AnthropicCodeExecution20250825Caller> = S.Struct({
  tool_id: S.String,
  type: S.Literal("code_execution_20250825")
})

/**
 * `AnthropicCodeExecution20260120Caller` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecution20260120Caller = {
  readonly tool_id: string
  readonly type: "code_execution_20260120"
}

/**
 * The schema of {@link AnthropicCodeExecution20260120Caller}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecution20260120Caller: Schema.Schema<AnthropicCodeExecution20260120Caller> = S.Struct({
  tool_id: S.String,
  type: S.Literal("code_execution_20260120")
})

/**
 * `AnthropicDirectCaller` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicDirectCaller = {
  readonly type: "direct"
}

/**
 * The schema of {@link AnthropicDirectCaller}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicDirectCaller: Schema.Schema<AnthropicDirectCaller> = S.Struct({
  type: S.Literal("direct")
})

/**
 * `AnthropicCaller` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCaller = AnthropicDirectCaller | AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | { readonly type?: string | undefined }

/**
 * The schema of {@link AnthropicCaller}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCaller: Schema.Schema<AnthropicCaller> = S.Union(
  AnthropicDirectCaller,
  AnthropicCodeExecution20250825Caller,
  AnthropicCodeExecution20260120Caller,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `AnthropicCitationCharLocation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationCharLocation = {
  readonly cited_text: string
  readonly document_index: number
  readonly document_title?: string | null | undefined
  readonly end_char_index: number
  readonly file_id?: string | null | undefined
  readonly start_char_index: number
  readonly type: "char_location"
}

/**
 * The schema of {@link AnthropicCitationCharLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationCharLocation: Schema.Schema<AnthropicCitationCharLocation> = S.Struct({
  cited_text: S.String,
  document_index: S.Number,
  document_title: S.optional(S.NullOr(S.String)),
  end_char_index: S.Number,
  file_id: S.optional(S.NullOr(S.String)),
  start_char_index: S.Number,
  type: S.Literal("char_location")
})

/**
 * `AnthropicCitationCharLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationCharLocationParam = {
  readonly cited_text: string
  readonly document_index: number
  readonly document_title?: string | null | undefined
  readonly end_char_index: number
  readonly start_char_index: number
  readonly type: "char_location"
}

/**
 * The schema of {@link AnthropicCitationCharLocationParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationCharLocationParam: Schema.Schema<AnthropicCitationCharLocationParam> = S.Struct({
  cited_text: S.String,
  document_index: S.Number,
  document_title: S.optional(S.NullOr(S.String)),
  end_char_index: S.Number,
  start_char_index: S.Number,
  type: S.Literal("char_location")
})

/**
 * `AnthropicCitationContentBlockLocation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationContentBlockLocation = {
  readonly cited_text: string
  readonly document_index: number
  readonly document_title?: string | null | undefined
  readonly end_block_index: number
  readonly file_id?: string | null | undefined
  readonly start_block_index: number
  readonly type: "content_block_location"
}

/**
 * The schema of {@link AnthropicCitationContentBlockLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationContentBlockLocation: Schema.Schema<AnthropicCitationContentBlockLocation> = S.Struct({
  cited_text: S.String,
  document_index: S.Number,
  document_title: S.optional(S.NullOr(S.String)),
  end_block_index: S.Number,
  file_id: S.optional(S.NullOr(S.String)),
  start_block_index: S.Number,
  type: S.Literal("content_block_location")
})

/**
 * `AnthropicCitationContentBlockLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationContentBlockLocationParam = {
  readonly cited_text: string
  readonly document_index: number
  readonly document_title?: string | null | undefined
  readonly end_block_index: number
  readonly start_block_index: number
  readonly type: "content_block_location"
}

/**
 * The schema of {@link AnthropicCitationContentBlockLocationParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationContentBlockLocationParam: Schema.Schema<AnthropicCitationContentBlockLocationParam> = S.Struct({
  cited_text: S.String,
  document_index: S.Number,
  document_title: S.optional(S.NullOr(S.String)),
  end_block_index: S.Number,
  start_block_index: S.Number,
  type: S.Literal("content_block_location")
})

/**
 * `AnthropicCitationPageLocation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationPageLocation = {
  readonly cited_text: string
  readonly document_index: number
  readonly document_title?: string | null | undefined
  readonly end_page_number: number
  readonly file_id?: string | null | undefined
  readonly start_page_number: number
  readonly type: "page_location"
}

/**
 * The schema of {@link AnthropicCitationPageLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationPageLocation: Schema.Schema<AnthropicCitationPageLocation> = S.Struct({
  cited_text: S.String,
  document_index: S.Number,
  document_title: S.optional(S.NullOr(S.String)),
  end_page_number: S.Number,
  file_id: S.optional(S.NullOr(S.String)),
  start_page_number: S.Number,
  type: S.Literal("page_location")
})

/**
 * `AnthropicCitationPageLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationPageLocationParam = {
  readonly cited_text: string
  readonly document_index: number
  readonly document_title?: string | null | undefined
  readonly end_page_number: number
  readonly start_page_number: number
  readonly type: "page_location"
}

/**
 * The schema of {@link AnthropicCitationPageLocationParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationPageLocationParam: Schema.Schema<AnthropicCitationPageLocationParam> = S.Struct({
  cited_text: S.String,
  document_index: S.Number,
  document_title: S.optional(S.NullOr(S.String)),
  end_page_number: S.Number,
  start_page_number: S.Number,
  type: S.Literal("page_location")
})

/**
 * `AnthropicCitationSearchResultLocation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationSearchResultLocation = {
  readonly cited_text: string
  readonly end_block_index: number
  readonly search_result_index: number
  readonly source: string
  readonly start_block_index: number
  readonly title?: string | null | undefined
  readonly type: "search_result_location"
}

/**
 * The schema of {@link AnthropicCitationSearchResultLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationSearchResultLocation: Schema.Schema<AnthropicCitationSearchResultLocation> = S.Struct({
  cited_text: S.String,
  end_block_index: S.Number,
  search_result_index: S.Number,
  source: S.String,
  start_block_index: S.Number,
  title: S.optional(S.NullOr(S.String)),
  type: S.Literal("search_result_location")
})

/**
 * `AnthropicCitationSearchResultLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationSearchResultLocationParam = {
  readonly cited_text: string
  readonly end_block_index: number
  readonly search_result_index: number
  readonly source: string
  readonly start_block_index: number
  readonly title?: string | null | undefined
  readonly type: "search_result_location"
}

/**
 * The schema of {@link AnthropicCitationSearchResultLocationParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationSearchResultLocationParam: Schema.Schema<AnthropicCitationSearchResultLocationParam> = S.Struct({
  cited_text: S.String,
  end_block_index: S.Number,
  search_result_index: S.Number,
  source: S.String,
  start_block_index: S.Number,
  title: S.optional(S.NullOr(S.String)),
  type: S.Literal("search_result_location")
})

/**
 * `AnthropicCitationWebSearchResultLocation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationWebSearchResultLocation = {
  readonly cited_text: string
  readonly encrypted_index: string
  readonly title?: string | null | undefined
  readonly type: "web_search_result_location"
  readonly url: string
}

/**
 * The schema of {@link AnthropicCitationWebSearchResultLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationWebSearchResultLocation: Schema.Schema<AnthropicCitationWebSearchResultLocation> = S.Struct({
  cited_text: S.String,
  encrypted_index: S.String,
  title: S.optional(S.NullOr(S.String)),
  type: S.Literal("web_search_result_location"),
  url: S.String
})

/**
 * `AnthropicCitationWebSearchResultLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationWebSearchResultLocationParam = {
  readonly cited_text: string
  readonly encrypted_index: string
  readonly title?: string | null | undefined
  readonly type: "web_search_result_location"
  readonly url: string
}

/**
 * The schema of {@link AnthropicCitationWebSearchResultLocationParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationWebSearchResultLocationParam: Schema.Schema<AnthropicCitationWebSearchResultLocationParam> = S.Struct({
  cited_text: S.String,
  encrypted_index: S.String,
  title: S.optional(S.NullOr(S.String)),
  type: S.Literal("web_search_result_location"),
  url: S.String
})

/**
 * `AnthropicCitationsConfig` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationsConfig = {
  readonly enabled: boolean
} | null

/**
 * The schema of {@link AnthropicCitationsConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationsConfig: Schema.Schema<AnthropicCitationsConfig> = S.NullOr(S.Struct({
  enabled: S.Boolean
}))

/**
 * `AnthropicCodeExecutionOutput` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionOutput = {
  readonly file_id: string
  readonly type: "code_execution_output" | (string & {})
}

/**
 * The schema of {@link AnthropicCodeExecutionOutput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionOutput: Schema.Schema<AnthropicCodeExecutionOutput> = S.Struct({
  file_id: S.String,
  type: S.openLiteral("code_execution_output")
})

/**
 * `AnthropicCodeExecutionResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionResult = {
  readonly content: ReadonlyArray<AnthropicCodeExecutionOutput>
  readonly return_code: number
  readonly stderr: string
  readonly stdout: string
  readonly type: "code_execution_result"
}

/**
 * The schema of {@link AnthropicCodeExecutionResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionResult: Schema.Schema<AnthropicCodeExecutionResult> = S.Struct({
  content: S.Array(AnthropicCodeExecutionOutput),
  return_code: S.Number,
  stderr: S.String,
  stdout: S.String,
  type: S.Literal("code_execution_result")
})

/**
 * `AnthropicServerToolErrorCode` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicServerToolErrorCode = "invalid_tool_input" | "unavailable" | "too_many_requests" | "execution_time_exceeded" | (string & {})

/**
 * The schema of {@link AnthropicServerToolErrorCode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicServerToolErrorCode: Schema.Schema<AnthropicServerToolErrorCode> = S.openLiteral("invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded")

/**
 * `AnthropicCodeExecutionToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionToolResultError = {
  readonly error_code: AnthropicServerToolErrorCode
  readonly type: "code_execution_tool_result_error"
}

/**
 * The schema of {@link AnthropicCodeExecutionToolResultError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionToolResultError: Schema.Schema<AnthropicCodeExecutionToolResultError> = S.Struct({
  error_code: AnthropicServerToolErrorCode,
  type: S.Literal("code_execution_tool_result_error")
})

/**
 * `AnthropicEncryptedCodeExecutionResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicEncryptedCodeExecutionResult = {
  readonly content: ReadonlyArray<AnthropicCodeExecutionOutput>
  readonly encrypted_stdout: string
  readonly return_code: number
  readonly stderr: string
  readonly type: "encrypted_code_execution_result"
}

/**
 * The schema of {@link AnthropicEncryptedCodeExecutionResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicEncryptedCodeExecutionResult: Schema.Schema<AnthropicEncryptedCodeExecutionResult> = S.Struct({
  content: S.Array(AnthropicCodeExecutionOutput),
  encrypted_stdout: S.String,
  return_code: S.Number,
  stderr: S.String,
  type: S.Literal("encrypted_code_execution_result")
})

/**
 * `AnthropicCodeExecutionContent` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionContent = AnthropicCodeExecutionToolResultError | AnthropicCodeExecutionResult | AnthropicEncryptedCodeExecutionResult | { readonly type?: string | undefined }

/**
 * The schema of {@link AnthropicCodeExecutionContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionContent: Schema.Schema<AnthropicCodeExecutionContent> = S.Union(
  AnthropicCodeExecutionToolResultError,
  AnthropicCodeExecutionResult,
  AnthropicEncryptedCodeExecutionResult,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `AnthropicCodeExecutionToolResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionToolResult = {
  readonly content: AnthropicCodeExecutionContent
  readonly tool_use_id: string
  readonly type: "code_execution_tool_result"
}

/**
 * The schema of {@link AnthropicCodeExecutionToolResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionToolResult: Schema.Schema<AnthropicCodeExecutionToolResult> = S.Struct({
  content: AnthropicCodeExecutionContent,
  tool_use_id: S.String,
  type: S.Literal("code_execution_tool_result")
})

/**
 * `AnthropicCompactionBlock` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCompactionBlock = {
  readonly content?: string | null | undefined
  readonly encrypted_content?: string | null | undefined
  readonly type: "compaction"
}

/**
 * The schema of {@link AnthropicCompactionBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCompactionBlock: Schema.Schema<AnthropicCompactionBlock> = S.Struct({
  content: S.optional(S.NullOr(S.String)),
  encrypted_content: S.optional(S.NullOr(S.String)),
  type: S.Literal("compaction")
})

/**
 * `AnthropicContainer` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicContainer = {
  readonly expires_at: string
  readonly id: string
} | null

/**
 * The schema of {@link AnthropicContainer}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicContainer: Schema.Schema<AnthropicContainer> = S.NullOr(S.Struct({
  expires_at: S.String,
  id: S.String
}))

/**
 * `AnthropicContainerUpload` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicContainerUpload = {
  readonly file_id: string
  readonly type: "container_upload"
}

/**
 * The schema of {@link AnthropicContainerUpload}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicContainerUpload: Schema.Schema<AnthropicContainerUpload> = S.Struct({
  file_id: S.String,
  type: S.Literal("container_upload")
})

/**
 * `AnthropicPlainTextSource` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicPlainTextSource = {
  readonly data: string
  readonly media_type: "text/plain"
  readonly type: "text"
}

/**
 * The schema of {@link AnthropicPlainTextSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicPlainTextSource: Schema.Schema<AnthropicPlainTextSource> = S.Struct({
  data: S.String,
  media_type: S.Literal("text/plain"),
  type: S.Literal("text")
})

/**
 * `AnthropicDocumentBlock` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicDocumentBlock = {
  readonly citations?: AnthropicCitationsConfig | undefined
  readonly source: AnthropicBase64PdfSource | AnthropicPlainTextSource | { readonly media_type?: string | undefined }
  readonly title?: string | null | undefined
  readonly type: "document" | (string & {})
}

/**
 * The schema of {@link AnthropicDocumentBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicDocumentBlock: Schema.Schema<AnthropicDocumentBlock> = S.Struct({
  citations: S.optional(AnthropicCitationsConfig),
  source: S.Union(
    AnthropicBase64PdfSource,
    AnthropicPlainTextSource,
    S.Struct({ media_type: S.optional(S.String) })
  ),
  title: S.optional(S.NullOr(S.String)),
  type: S.openLiteral("document")
})

/**
 * `AnthropicFileDocumentSource` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicFileDocumentSource = {
  readonly file_id: string
  readonly type: "file"
}

/**
 * The schema of {@link AnthropicFileDocumentSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicFileDocumentSource: Schema.Schema<AnthropicFileDocumentSource> = S.Struct({
  file_id: S.String,
  type: S.Literal("file")
})

/**
 * `AnthropicUrlImageSource` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUrlImageSource = {
  readonly type: "url"
  readonly url: string
}

/**
 * The schema of {@link AnthropicUrlImageSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUrlImageSource: Schema.Schema<AnthropicUrlImageSource> = S.Struct({
  type: S.Literal("url"),
  url: S.String
})

/**
 * `AnthropicImageBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicImageBlockParam = {
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly source: AnthropicBase64ImageSource | AnthropicUrlImageSource | { readonly type?: string | undefined }
  readonly type: "image"
}

/**
 * The schema of {@link AnthropicImageBlockParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicImageBlockParam: Schema.Schema<AnthropicImageBlockParam> = S.Struct({
  cache_control: S.optional(AnthropicCacheControlDirective),
  source: S.Union(
    AnthropicBase64ImageSource,
    AnthropicUrlImageSource,
    S.Struct({ type: S.optional(S.String) })
  ),
  type: S.Literal("image")
})

/**
 * `AnthropicTextBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextBlockParam = {
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly citations?: ReadonlyArray<AnthropicCitationCharLocationParam | AnthropicCitationPageLocationParam | AnthropicCitationContentBlockLocationParam | AnthropicCitationWebSearchResultLocationParam | AnthropicCitationSearchResultLocationParam | { readonly type?: string | undefined }> | null | undefined
  readonly text: string
  readonly type: "text"
}

/**
 * The schema of {@link AnthropicTextBlockParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextBlockParam: Schema.Schema<AnthropicTextBlockParam> = S.Struct({
  cache_control: S.optional(AnthropicCacheControlDirective),
  citations: S.optional(S.NullOr(S.Array(S.Union(
    AnthropicCitationCharLocationParam,
    AnthropicCitationPageLocationParam,
    AnthropicCitationContentBlockLocationParam,
    AnthropicCitationWebSearchResultLocationParam,
    AnthropicCitationSearchResultLocationParam,
    S.Struct({ type: S.optional(S.String) })
  )))),
  text: S.String,
  type: S.Literal("text")
})

/**
 * `AnthropicUrlPdfSource` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUrlPdfSource = {
  readonly type: "url"
  readonly url: string
}

/**
 * The schema of {@link AnthropicUrlPdfSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUrlPdfSource: Schema.Schema<AnthropicUrlPdfSource> = S.Struct({
  type: S.Literal("url"),
  url: S.String
})

/**
 * `AnthropicDocumentBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicDocumentBlockParam = {
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly citations?: {
    readonly enabled?: boolean | undefined
  } | null | undefined
  readonly context?: string | null | undefined
  readonly source: AnthropicBase64PdfSource | AnthropicPlainTextSource | {
      readonly content: string | ReadonlyArray<AnthropicTextBlockParam | AnthropicImageBlockParam | { readonly type?: string | undefined }>
      readonly type: "content"
    } | AnthropicUrlPdfSource | AnthropicFileDocumentSource | { readonly media_type?: string | undefined }
  readonly title?: string | null | undefined
  readonly type: "document"
}

/**
 * The schema of {@link AnthropicDocumentBlockParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicDocumentBlockParam: Schema.Schema<AnthropicDocumentBlockParam> = S.Struct({
  cache_control: S.optional(AnthropicCacheControlDirective),
  citations: S.optional(S.NullOr(S.Struct({
    enabled: S.optional(S.Boolean)
  }))),
  context: S.optional(S.NullOr(S.String)),
  source: S.Union(
    AnthropicBase64PdfSource,
    AnthropicPlainTextSource,
    S.Struct({
      content: S.Union(
        S.String,
        S.Array(S.Union(
          AnthropicTextBlockParam,
          AnthropicImageBlockParam,
          S.Struct({ type: S.optional(S.String) })
        ))
      ),
      type: S.Literal("content")
    }),
    AnthropicUrlPdfSource,
    AnthropicFileDocumentSource,
    S.Struct({ media_type: S.optional(S.String) })
  ),
  title: S.optional(S.NullOr(S.String)),
  type: S.Literal("document")
})

/**
 * `AnthropicInputTokensClearAtLeast` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicInputTokensClearAtLeast = {
  readonly type: "input_tokens" | (string & {})
  readonly value: number
} | null

/**
 * The schema of {@link AnthropicInputTokensClearAtLeast}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicInputTokensClearAtLeast: Schema.Schema<AnthropicInputTokensClearAtLeast> = S.NullOr(S.Struct({
  type: S.openLiteral("input_tokens"),
  value: S.Number
}))

/**
 * `AnthropicInputTokensTrigger` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicInputTokensTrigger = {
  readonly type: "input_tokens"
  readonly value: number
}

/**
 * The schema of {@link AnthropicInputTokensTrigger}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicInputTokensTrigger: Schema.Schema<AnthropicInputTokensTrigger> = S.Struct({
  type: S.Literal("input_tokens"),
  value: S.Number
})

/**
 * `AnthropicOutputTokensDetails` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicOutputTokensDetails = {
  readonly thinking_tokens: number
} | null

/**
 * The schema of {@link AnthropicOutputTokensDetails}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicOutputTokensDetails: Schema.Schema<AnthropicOutputTokensDetails> = S.NullOr(S.Struct({
  thinking_tokens: S.Number
}))

/**
 * `AnthropicRedactedThinkingBlock` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicRedactedThinkingBlock = {
  readonly data: string
  readonly type: "redacted_thinking"
}

/**
 * The schema of {@link AnthropicRedactedThinkingBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicRedactedThinkingBlock: Schema.Schema<AnthropicRedactedThinkingBlock> = S.Struct({
  data: S.String,
  type: S.Literal("redacted_thinking")
})

/**
 * Structured information about a refusal
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicRefusalStopDetails = {
  readonly category?: "cyber" | "bio" | "frontier_llm" | "reasoning_extraction" | "general_harms" | (string & {}) | null | undefined
  readonly explanation?: string | null | undefined
  readonly type: "refusal" | (string & {})
} | null

/**
 * The schema of {@link AnthropicRefusalStopDetails}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicRefusalStopDetails: Schema.Schema<AnthropicRefusalStopDetails> = S.NullOr(S.Struct({
  category: S.optional(S.NullOr(S.openLiteral("cyber", "bio", "frontier_llm", "reasoning_extraction", "general_harms"))),
  explanation: S.optional(S.NullOr(S.String)),
  type: S.openLiteral("refusal")
}))

/**
 * `AnthropicSearchResultBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicSearchResultBlockParam = {
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly citations?: {
    readonly enabled?: boolean | undefined
  } | undefined
  readonly content: ReadonlyArray<AnthropicTextBlockParam>
  readonly source: string
  readonly title: string
  readonly type: "search_result"
}

/**
 * The schema of {@link AnthropicSearchResultBlockParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicSearchResultBlockParam: Schema.Schema<AnthropicSearchResultBlockParam> = S.Struct({
  cache_control: S.optional(AnthropicCacheControlDirective),
  citations: S.optional(S.Struct({
    enabled: S.optional(S.Boolean)
  })),
  content: S.Array(AnthropicTextBlockParam),
  source: S.String,
  title: S.String,
  type: S.Literal("search_result")
})

/**
 * `AnthropicServerToolUsage` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicServerToolUsage = {
  readonly web_fetch_requests: number
  readonly web_search_requests: number
} | null

/**
 * The schema of {@link AnthropicServerToolUsage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicServerToolUsage: Schema.Schema<AnthropicServerToolUsage> = S.NullOr(S.Struct({
  web_fetch_requests: S.Number,
  web_search_requests: S.Number
}))

/**
 * `AnthropicServiceTier` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicServiceTier = "standard" | "priority" | "batch" | (string & {}) | null

/**
 * The schema of {@link AnthropicServiceTier}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicServiceTier: Schema.Schema<AnthropicServiceTier> = S.NullOr(S.openLiteral("standard", "priority", "batch"))

/**
 * `AnthropicTextCitation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextCitation = AnthropicCitationCharLocation | AnthropicCitationPageLocation | AnthropicCitationContentBlockLocation | AnthropicCitationWebSearchResultLocation | AnthropicCitationSearchResultLocation | { readonly type?: string | undefined }

/**
 * The schema of {@link AnthropicTextCitation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextCitation: Schema.Schema<AnthropicTextCitation> = S.Union(
  AnthropicCitationCharLocation,
  AnthropicCitationPageLocation,
  AnthropicCitationContentBlockLocation,
  AnthropicCitationWebSearchResultLocation,
  AnthropicCitationSearchResultLocation,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `AnthropicTextBlock` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextBlock = {
  readonly citations?: ReadonlyArray<AnthropicTextCitation> | null | undefined
  readonly text: string
  readonly type: "text"
}

/**
 * The schema of {@link AnthropicTextBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextBlock: Schema.Schema<AnthropicTextBlock> = S.Struct({
  citations: S.optional(S.NullOr(S.Array(AnthropicTextCitation))),
  text: S.String,
  type: S.Literal("text")
})

/**
 * `AnthropicTextEditorCodeExecutionCreateResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionCreateResult = {
  readonly is_file_update: boolean
  readonly type: "text_editor_code_execution_create_result"
}

/**
 * The schema of {@link AnthropicTextEditorCodeExecutionCreateResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionCreateResult: Schema.Schema<AnthropicTextEditorCodeExecutionCreateResult> = S.Struct({
  is_file_update: S.Boolean,
  type: S.Literal("text_editor_code_execution_create_result")
})

/**
 * `AnthropicTextEditorCodeExecutionStrReplaceResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionStrReplaceResult = {
  readonly lines?: ReadonlyArray<string> | null | undefined
  readonly new_lines?: number | null | undefined
  readonly new_start?: number | null | undefined
  readonly old_lines?: number | null | undefined
  readonly old_start?: number | null | undefined
  readonly type: "text_editor_code_execution_str_replace_result"
}

/**
 * The schema of {@link AnthropicTextEditorCodeExecutionStrReplaceResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionStrReplaceResult: Schema.Schema<AnthropicTextEditorCodeExecutionStrReplaceResult> = S.Struct({
  lines: S.optional(S.NullOr(S.Array(S.String))),
  new_lines: S.optional(S.NullOr(S.Number)),
  new_start: S.optional(S.NullOr(S.Number)),
  old_lines: S.optional(S.NullOr(S.Number)),
  old_start: S.optional(S.NullOr(S.Number)),
  type: S.Literal("text_editor_code_execution_str_replace_result")
})

/**
 * `AnthropicTextEditorCodeExecutionToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionToolResultError = {
  readonly error_code: "invalid_tool_input" | "unavailable" | "too_many_requests" | "execution_time_exceeded" | "file_not_found" | (string & {})
  readonly error_message?: string | null | undefined
  readonly type: "text_editor_code_execution_tool_result_error"
}

/**
 * The schema of {@link AnthropicTextEditorCodeExecutionToolResultError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionToolResultError: Schema.Schema<AnthropicTextEditorCodeExecutionToolResultError> = S.Struct({
  error_code: S.openLiteral("invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"),
  error_message: S.optional(S.NullOr(S.String)),
  type: S.Literal("text_editor_code_execution_tool_result_error")
})

/**
 * `AnthropicTextEditorCodeExecutionViewResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionViewResult = {
  readonly content: string
  readonly file_type: "text" | "image" | "pdf" | (string & {})
  readonly num_lines?: number | null | undefined
  readonly start_line?: number | null | undefined
  readonly total_lines?: number | null | undefined
  readonly type: "text_editor_code_execution_view_result"
}

/**
 * The schema of {@link AnthropicTextEditorCodeExecutionViewResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionViewResult: Schema.Schema<AnthropicTextEditorCodeExecutionViewResult> = S.Struct({
  content: S.String,
  file_type: S.openLiteral("text", "image", "pdf"),
  num_lines: S.optional(S.NullOr(S.Number)),
  start_line: S.optional(S.NullOr(S.Number)),
  total_lines: S.optional(S.NullOr(S.Number)),
  type: S.Literal("text_editor_code_execution_view_result")
})

/**
 * `AnthropicTextEditorCodeExecutionContent` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionContent = AnthropicTextEditorCodeExecutionToolResultError | AnthropicTextEditorCodeExecutionViewResult | AnthropicTextEditorCodeExecutionCreateResult | AnthropicTextEditorCodeExecutionStrReplaceResult | { readonly type?: string | undefined }

/**
 * The schema of {@link AnthropicTextEditorCodeExecutionContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionContent: Schema.Schema<AnthropicTextEditorCodeExecutionContent> = S.Union(
  AnthropicTextEditorCodeExecutionToolResultError,
  AnthropicTextEditorCodeExecutionViewResult,
  AnthropicTextEditorCodeExecutionCreateResult,
  AnthropicTextEditorCodeExecutionStrReplaceResult,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `AnthropicTextEditorCodeExecutionToolResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionToolResult = {
  readonly content: AnthropicTextEditorCodeExecutionContent
  readonly tool_use_id: string
  readonly type: "text_editor_code_execution_tool_result"
}

/**
 * The schema of {@link AnthropicTextEditorCodeExecutionToolResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionToolResult: Schema.Schema<AnthropicTextEditorCodeExecutionToolResult> = S.Struct({
  content: AnthropicTextEditorCodeExecutionContent,
  tool_use_id: S.String,
  type: S.Literal("text_editor_code_execution_tool_result")
})

/**
 * `AnthropicThinkingBlock` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicThinkingBlock = {
  readonly signature: string
  readonly thinking: string
  readonly type: "thinking"
}

/**
 * The schema of {@link AnthropicThinkingBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicThinkingBlock: Schema.Schema<AnthropicThinkingBlock> = S.Struct({
  signature: S.String,
  thinking: S.String,
  type: S.Literal("thinking")
})

/**
 * `AnthropicThinkingDisplay` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicThinkingDisplay = "summarized" | "omitted" | (string & {}) | null

/**
 * The schema of {@link AnthropicThinkingDisplay}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicThinkingDisplay: Schema.Schema<AnthropicThinkingDisplay> = S.NullOr(S.openLiteral("summarized", "omitted"))

/**
 * `AnthropicThinkingTurns` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicThinkingTurns = {
  readonly type: "thinking_turns"
  readonly value: number
}

/**
 * The schema of {@link AnthropicThinkingTurns}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicThinkingTurns: Schema.Schema<AnthropicThinkingTurns> = S.Struct({
  type: S.Literal("thinking_turns"),
  value: S.Number
})

/**
 * `AnthropicToolReference` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolReference = {
  readonly tool_name: string
  readonly type: "tool_reference" | (string & {})
}

/**
 * The schema of {@link AnthropicToolReference}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolReference: Schema.Schema<AnthropicToolReference> = S.Struct({
  tool_name: S.String,
  type: S.openLiteral("tool_reference")
})

/**
 * `AnthropicToolSearchResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchResult = {
  readonly tool_references: ReadonlyArray<AnthropicToolReference>
  readonly type: "tool_search_tool_search_result"
}

/**
 * The schema of {@link AnthropicToolSearchResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchResult: Schema.Schema<AnthropicToolSearchResult> = S.Struct({
  tool_references: S.Array(AnthropicToolReference),
  type: S.Literal("tool_search_tool_search_result")
})

/**
 * `AnthropicToolSearchResultError` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchResultError = {
  readonly error_code: AnthropicServerToolErrorCode
  readonly error_message?: string | null | undefined
  readonly type: "tool_search_tool_result_error"
}

/**
 * The schema of {@link AnthropicToolSearchResultError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchResultError: Schema.Schema<AnthropicToolSearchResultError> = S.Struct({
  error_code: AnthropicServerToolErrorCode,
  error_message: S.optional(S.NullOr(S.String)),
  type: S.Literal("tool_search_tool_result_error")
})

/**
 * `AnthropicToolSearchContent` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchContent = AnthropicToolSearchResultError | AnthropicToolSearchResult | { readonly type?: string | undefined }

/**
 * The schema of {@link AnthropicToolSearchContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchContent: Schema.Schema<AnthropicToolSearchContent> = S.Union(
  AnthropicToolSearchResultError,
  AnthropicToolSearchResult,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `AnthropicToolSearchToolBm25` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchToolBm25 = {
  readonly allowed_callers?: AnthropicAllowedCallers | undefined
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly defer_loading?: boolean | undefined
  readonly name: "tool_search_tool_bm25"
  readonly strict?: boolean | undefined
  readonly type: "tool_search_tool_bm25_20251119" | "tool_search_tool_bm25" | (string & {})
}

/**
 * The schema of {@link AnthropicToolSearchToolBm25}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchToolBm25: Schema.Schema<AnthropicToolSearchToolBm25> = S.Struct({
  allowed_callers: S.optional(AnthropicAllowedCallers),
  cache_control: S.optional(AnthropicCacheControlDirective),
  defer_loading: S.optional(S.Boolean),
  name: S.Literal("tool_search_tool_bm25"),
  strict: S.optional(S.Boolean),
  type: S.openLiteral("tool_search_tool_bm25_20251119", "tool_search_tool_bm25")
})

/**
 * `AnthropicToolSearchToolRegex` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchToolRegex = {
  readonly allowed_callers?: AnthropicAllowedCallers | undefined
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly defer_loading?: boolean | undefined
  readonly name: "tool_search_tool_regex"
  readonly strict?: boolean | undefined
  readonly type: "tool_search_tool_regex_20251119" | "tool_search_tool_regex" | (string & {})
}

/**
 * The schema of {@link AnthropicToolSearchToolRegex}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchToolRegex: Schema.Schema<AnthropicToolSearchToolRegex> = S.Struct({
  allowed_callers: S.optional(AnthropicAllowedCallers),
  cache_control: S.optional(AnthropicCacheControlDirective),
  defer_loading: S.optional(S.Boolean),
  name: S.Literal("tool_search_tool_regex"),
  strict: S.optional(S.Boolean),
  type: S.openLiteral("tool_search_tool_regex_20251119", "tool_search_tool_regex")
})

/**
 * `AnthropicToolSearchToolResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchToolResult = {
  readonly content: AnthropicToolSearchContent
  readonly tool_use_id: string
  readonly type: "tool_search_tool_result"
}

/**
 * The schema of {@link AnthropicToolSearchToolResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchToolResult: Schema.Schema<AnthropicToolSearchToolResult> = S.Struct({
  content: AnthropicToolSearchContent,
  tool_use_id: S.String,
  type: S.Literal("tool_search_tool_result")
})

/**
 * `AnthropicToolUseBlock` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolUseBlock = {
  readonly caller: AnthropicCaller
  readonly id: string
  readonly input?: unknown | undefined
  readonly name: string
  readonly type: "tool_use"
}

/**
 * The schema of {@link AnthropicToolUseBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolUseBlock: Schema.Schema<AnthropicToolUseBlock> = S.Struct({
  caller: AnthropicCaller,
  id: S.String,
  input: S.optional(S.Unknown),
  name: S.String,
  type: S.Literal("tool_use")
})

/**
 * `AnthropicToolUsesKeep` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolUsesKeep = {
  readonly type: "tool_uses" | (string & {})
  readonly value: number
}

/**
 * The schema of {@link AnthropicToolUsesKeep}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolUsesKeep: Schema.Schema<AnthropicToolUsesKeep> = S.Struct({
  type: S.openLiteral("tool_uses"),
  value: S.Number
})

/**
 * `AnthropicToolUsesTrigger` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolUsesTrigger = {
  readonly type: "tool_uses"
  readonly value: number
}

/**
 * The schema of {@link AnthropicToolUsesTrigger}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolUsesTrigger: Schema.Schema<AnthropicToolUsesTrigger> = S.Struct({
  type: S.Literal("tool_uses"),
  value: S.Number
})

/**
 * `AnthropicUsage` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUsage = {
  readonly cache_creation?: AnthropicCacheCreation | undefined
  readonly cache_creation_input_tokens?: number | null | undefined
  readonly cache_read_input_tokens?: number | null | undefined
  readonly inference_geo?: string | null | undefined
  readonly input_tokens: number
  readonly output_tokens: number
  readonly output_tokens_details?: AnthropicOutputTokensDetails | undefined
  readonly server_tool_use?: AnthropicServerToolUsage | undefined
  readonly service_tier?: AnthropicServiceTier | undefined
}

/**
 * The schema of {@link AnthropicUsage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUsage: Schema.Schema<AnthropicUsage> = S.Struct({
  cache_creation: S.optional(AnthropicCacheCreation),
  cache_creation_input_tokens: S.optional(S.NullOr(S.Number)),
  cache_read_input_tokens: S.optional(S.NullOr(S.Number)),
  inference_geo: S.optional(S.NullOr(S.String)),
  input_tokens: S.Number,
  output_tokens: S.Number,
  output_tokens_details: S.optional(AnthropicOutputTokensDetails),
  server_tool_use: S.optional(AnthropicServerToolUsage),
  service_tier: S.optional(AnthropicServiceTier)
})

/**
 * `AnthropicWebFetchBlock` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebFetchBlock = {
  readonly content: AnthropicDocumentBlock
  readonly retrieved_at?: string | null | undefined
  readonly type: "web_fetch_result"
  readonly url: string
}

/**
 * The schema of {@link AnthropicWebFetchBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebFetchBlock: Schema.Schema<AnthropicWebFetchBlock> = S.Struct({
  content: AnthropicDocumentBlock,
  retrieved_at: S.optional(S.NullOr(S.String)),
  type: S.Literal("web_fetch_result"),
  url: S.String
})

/**
 * `AnthropicWebFetchToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebFetchToolResultError = {
  readonly error_code: "invalid_tool_input" | "url_too_long" | "url_not_allowed" | "url_not_accessible" | "unsupported_content_type" | "too_many_requests" | "max_uses_exceeded" | "unavailable" | (string & {})
  readonly type: "web_fetch_tool_result_error"
}

/**
 * The schema of {@link AnthropicWebFetchToolResultError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebFetchToolResultError: Schema.Schema<AnthropicWebFetchToolResultError> = S.Struct({
  error_code: S.openLiteral("invalid_tool_input", "url_too_long", "url_not_allowed", "url_not_accessible", "unsupported_content_type", "too_many_requests", "max_uses_exceeded", "unavailable"),
  type: S.Literal("web_fetch_tool_result_error")
})

/**
 * `AnthropicWebFetchContent` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebFetchContent = AnthropicWebFetchToolResultError | AnthropicWebFetchBlock | { readonly type?: string | undefined }

/**
 * The schema of {@link AnthropicWebFetchContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebFetchContent: Schema.Schema<AnthropicWebFetchContent> = S.Union(
  AnthropicWebFetchToolResultError,
  AnthropicWebFetchBlock,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `AnthropicWebFetchToolResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebFetchToolResult = {
  readonly caller: AnthropicCaller
  readonly content: AnthropicWebFetchContent
  readonly tool_use_id: string
  readonly type: "web_fetch_tool_result"
}

/**
 * The schema of {@link AnthropicWebFetchToolResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebFetchToolResult: Schema.Schema<AnthropicWebFetchToolResult> = S.Struct({
  caller: AnthropicCaller,
  content: AnthropicWebFetchContent,
  tool_use_id: S.String,
  type: S.Literal("web_fetch_tool_result")
})

/**
 * `AnthropicWebSearchResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchResult = {
  readonly encrypted_content: string
  readonly page_age?: string | null | undefined
  readonly title: string
  readonly type: "web_search_result" | (string & {})
  readonly url: string
}

/**
 * The schema of {@link AnthropicWebSearchResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchResult: Schema.Schema<AnthropicWebSearchResult> = S.Struct({
  encrypted_content: S.String,
  page_age: S.optional(S.NullOr(S.String)),
  title: S.String,
  type: S.openLiteral("web_search_result"),
  url: S.String
})

/**
 * `AnthropicWebSearchResultBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchResultBlockParam = {
  readonly encrypted_content: string
  readonly page_age?: string | null | undefined
  readonly title: string
  readonly type: "web_search_result" | (string & {})
  readonly url: string
}

/**
 * The schema of {@link AnthropicWebSearchResultBlockParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchResultBlockParam: Schema.Schema<AnthropicWebSearchResultBlockParam> = S.Struct({
  encrypted_content: S.String,
  page_age: S.optional(S.NullOr(S.String)),
  title: S.String,
  type: S.openLiteral("web_search_result"),
  url: S.String
})

/**
 * `AnthropicWebSearchToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchToolResultError = {
  readonly error_code: "invalid_tool_input" | "unavailable" | "max_uses_exceeded" | "too_many_requests" | "query_too_long" | "request_too_large" | (string & {})
  readonly type: "web_search_tool_result_error"
}

/**
 * The schema of {@link AnthropicWebSearchToolResultError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchToolResultError: Schema.Schema<AnthropicWebSearchToolResultError> = S.Struct({
  error_code: S.openLiteral("invalid_tool_input", "unavailable", "max_uses_exceeded", "too_many_requests", "query_too_long", "request_too_large"),
  type: S.Literal("web_search_tool_result_error")
})

/**
 * `AnthropicWebSearchToolResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchToolResult = {
  readonly caller: AnthropicCaller
  readonly content: ReadonlyArray<AnthropicWebSearchResult> | AnthropicWebSearchToolResultError
  readonly tool_use_id: string
  readonly type: "web_search_tool_result"
}

/**
 * The schema of {@link AnthropicWebSearchToolResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchToolResult: Schema.Schema<AnthropicWebSearchToolResult> = S.Struct({
  caller: AnthropicCaller,
  content: S.Union(
    S.Array(AnthropicWebSearchResult),
    AnthropicWebSearchToolResultError
  ),
  tool_use_id: S.String,
  type: S.Literal("web_search_tool_result")
})

/**
 * `AnthropicWebSearchToolUserLocation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchToolUserLocation = {
  readonly city?: string | null | undefined
  readonly country?: string | null | undefined
  readonly region?: string | null | undefined
  readonly timezone?: string | null | undefined
  readonly type: "approximate" | (string & {})
} | null

/**
 * The schema of {@link AnthropicWebSearchToolUserLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchToolUserLocation: Schema.Schema<AnthropicWebSearchToolUserLocation> = S.NullOr(S.Struct({
  city: S.optional(S.NullOr(S.String)),
  country: S.optional(S.NullOr(S.String)),
  region: S.optional(S.NullOr(S.String)),
  timezone: S.optional(S.NullOr(S.String)),
  type: S.openLiteral("approximate")
}))

/**
 * Output of an `openrouter:bash` call executed in the OpenRouter sandbox (`engine: 'openrouter'`)
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicBashToolResult = {
  readonly content: { readonly [x: string]: unknown }
  readonly tool_use_id: string
  readonly type: "openrouter_bash_tool_result"
}

/**
 * The schema of {@link ORAnthropicBashToolResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicBashToolResult: Schema.Schema<ORAnthropicBashToolResult> = S.Struct({
  content: S.JsonObject,
  tool_use_id: S.String,
  type: S.Literal("openrouter_bash_tool_result")
})

/**
 * `ORAnthropicNullableCaller` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicNullableCaller = AnthropicDirectCaller | AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | { readonly type?: string | undefined } | null

/**
 * The schema of {@link ORAnthropicNullableCaller}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicNullableCaller: Schema.Schema<ORAnthropicNullableCaller> = S.NullOr(S.Union(
  AnthropicDirectCaller,
  AnthropicCodeExecution20250825Caller,
  AnthropicCodeExecution20260120Caller,
  S.Struct({ type: S.optional(S.String) })
))

/**
 * `ORAnthropicServerToolUseBlock` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicServerToolUseBlock = {
  readonly caller?: ORAnthropicNullableCaller | undefined
  readonly id: string
  readonly input?: unknown | undefined
  readonly name: string
  readonly type: "server_tool_use"
}

/**
 * The schema of {@link ORAnthropicServerToolUseBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicServerToolUseBlock: Schema.Schema<ORAnthropicServerToolUseBlock> = S.Struct({
  caller: S.optional(ORAnthropicNullableCaller),
  id: S.String,
  input: S.optional(S.Unknown),
  name: S.String,
  type: S.Literal("server_tool_use")
})

/**
 * Output of an `openrouter:shell` call executed in the OpenRouter sandbox
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicShellToolResult = {
  readonly content: { readonly [x: string]: unknown }
  readonly tool_use_id: string
  readonly type: "openrouter_shell_tool_result"
}

/**
 * The schema of {@link ORAnthropicShellToolResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicShellToolResult: Schema.Schema<ORAnthropicShellToolResult> = S.Struct({
  content: S.JsonObject,
  tool_use_id: S.String,
  type: S.Literal("openrouter_shell_tool_result")
})

/**
 * `ORAnthropicContentBlock` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicContentBlock = AnthropicTextBlock | AnthropicToolUseBlock | AnthropicThinkingBlock | AnthropicRedactedThinkingBlock | ORAnthropicServerToolUseBlock | AnthropicWebSearchToolResult | AnthropicWebFetchToolResult | AnthropicCodeExecutionToolResult | AnthropicBashCodeExecutionToolResult | AnthropicTextEditorCodeExecutionToolResult | AnthropicToolSearchToolResult | AnthropicContainerUpload | AnthropicCompactionBlock | AnthropicAdvisorToolResult | ORAnthropicShellToolResult | ORAnthropicBashToolResult | { readonly type?: string | undefined }

/**
 * The schema of {@link ORAnthropicContentBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicContentBlock: Schema.Schema<ORAnthropicContentBlock> = S.Union(
  AnthropicTextBlock,
  AnthropicToolUseBlock,
  AnthropicThinkingBlock,
  AnthropicRedactedThinkingBlock,
  ORAnthropicServerToolUseBlock,
  AnthropicWebSearchToolResult,
  AnthropicWebFetchToolResult,
  AnthropicCodeExecutionToolResult,
  AnthropicBashCodeExecutionToolResult,
  AnthropicTextEditorCodeExecutionToolResult,
  AnthropicToolSearchToolResult,
  AnthropicContainerUpload,
  AnthropicCompactionBlock,
  AnthropicAdvisorToolResult,
  ORAnthropicShellToolResult,
  ORAnthropicBashToolResult,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `ORAnthropicStopReason` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicStopReason = "end_turn" | "max_tokens" | "model_context_window_exceeded" | "stop_sequence" | "tool_use" | "pause_turn" | "refusal" | "compaction" | (string & {}) | null

/**
 * The schema of {@link ORAnthropicStopReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicStopReason: Schema.Schema<ORAnthropicStopReason> = S.NullOr(S.openLiteral("end_turn", "max_tokens", "model_context_window_exceeded", "stop_sequence", "tool_use", "pause_turn", "refusal", "compaction"))

/**
 * Base Anthropic Messages API response before OpenRouter extensions
 *
 * @since 0.1.0
 * @category models
 */
export type BaseMessagesResult = {
  readonly container?: AnthropicContainer | undefined
  readonly content: ReadonlyArray<ORAnthropicContentBlock>
  readonly id: string
  readonly model: string
  readonly role: "assistant" | (string & {})
  readonly stop_details?: AnthropicRefusalStopDetails | undefined
  readonly stop_reason?: ORAnthropicStopReason | undefined
  readonly stop_sequence?: string | null | undefined
  readonly type: "message" | (string & {})
  readonly usage: {
    readonly cache_creation?: AnthropicCacheCreation | undefined
    readonly cache_creation_input_tokens?: number | null | undefined
    readonly cache_read_input_tokens?: number | null | undefined
    readonly inference_geo?: string | null | undefined
    readonly input_tokens: number
    readonly output_tokens: number
    readonly output_tokens_details?: AnthropicOutputTokensDetails | undefined
    readonly server_tool_use?: AnthropicServerToolUsage | undefined
    readonly service_tier?: AnthropicServiceTier | undefined
    readonly iterations?: ReadonlyArray<AnthropicUsageIteration> | undefined
    readonly speed?: AnthropicSpeed | undefined
  }
}

/**
 * The schema of {@link BaseMessagesResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BaseMessagesResult: Schema.Schema<BaseMessagesResult> = S.Struct({
  container: S.optional(AnthropicContainer),
  content: S.Array(ORAnthropicContentBlock),
  id: S.String,
  model: S.String,
  role: S.openLiteral("assistant"),
  stop_details: S.optional(AnthropicRefusalStopDetails),
  stop_reason: S.optional(ORAnthropicStopReason),
  stop_sequence: S.optional(S.NullOr(S.String)),
  type: S.openLiteral("message"),
  usage: S.Struct({
    cache_creation: S.optional(AnthropicCacheCreation),
    cache_creation_input_tokens: S.optional(S.NullOr(S.Number)),
    cache_read_input_tokens: S.optional(S.NullOr(S.Number)),
    inference_geo: S.optional(S.NullOr(S.String)),
    input_tokens: S.Number,
    output_tokens: S.Number,
    output_tokens_details: S.optional(AnthropicOutputTokensDetails),
    server_tool_use: S.optional(AnthropicServerToolUsage),
    service_tier: S.optional(AnthropicServiceTier),
    iterations: S.optional(S.Array(AnthropicUsageIteration)),
    speed: S.optional(AnthropicSpeed)
  })
})

/**
 * Advisor tool result from a prior assistant turn, replayed back to the model on the next turn.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesAdvisorToolResultBlock = {
  readonly content: { readonly [x: string]: unknown }
  readonly tool_use_id: string
  readonly type: "advisor_tool_result"
}

/**
 * The schema of {@link MessagesAdvisorToolResultBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesAdvisorToolResultBlock: Schema.Schema<MessagesAdvisorToolResultBlock> = S.Struct({
  content: S.JsonObject,
  tool_use_id: S.String,
  type: S.Literal("advisor_tool_result")
})

/**
 * Output of a sandbox-executed `openrouter:bash` call from a prior assistant turn.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesBashToolResultBlock = {
  readonly content: { readonly [x: string]: unknown }
  readonly tool_use_id: string
  readonly type: "openrouter_bash_tool_result"
}

/**
 * The schema of {@link MessagesBashToolResultBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesBashToolResultBlock: Schema.Schema<MessagesBashToolResultBlock> = S.Struct({
  content: S.JsonObject,
  tool_use_id: S.String,
  type: S.Literal("openrouter_bash_tool_result")
})

/**
 * Fallback model to try when the primary model fails or refuses.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesFallbackParam = {
  readonly model: string
}

/**
 * The schema of {@link MessagesFallbackParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesFallbackParam: Schema.Schema<MessagesFallbackParam> = S.Struct({
  model: S.String
})

/**
 * Output of an `openrouter:shell` call from a prior assistant turn.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesShellToolResultBlock = {
  readonly content: { readonly [x: string]: unknown }
  readonly tool_use_id: string
  readonly type: "openrouter_shell_tool_result"
}

/**
 * The schema of {@link MessagesShellToolResultBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesShellToolResultBlock: Schema.Schema<MessagesShellToolResultBlock> = S.Struct({
  content: S.JsonObject,
  tool_use_id: S.String,
  type: S.Literal("openrouter_shell_tool_result")
})

/**
 * Loads a previously deferred tool (declared in `tools` with `defer_loading: true`) mid-conversation without invalidating the prompt cache.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesToolAdditionBlock = {
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly tool: {
      readonly name: string
      readonly type: "tool_reference"
    } | {
      readonly name: string
      readonly server_name: string
      readonly type: "mcp_tool_reference"
    } | {
      readonly server_name: string
      readonly type: "mcp_toolset_reference"
    } | { readonly type?: string | undefined }
  readonly type: "tool_addition"
}

/**
 * The schema of {@link MessagesToolAdditionBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesToolAdditionBlock: Schema.Schema<MessagesToolAdditionBlock> = S.Struct({
  cache_control: S.optional(AnthropicCacheControlDirective),
  tool: S.Union(
    S.Struct({
      name: S.String,
      type: S.Literal("tool_reference")
    }),
    S.Struct({
      name: S.String,
      server_name: S.String,
      type: S.Literal("mcp_tool_reference")
    }),
    S.Struct({
      server_name: S.String,
      type: S.Literal("mcp_toolset_reference")
    }),
    S.Struct({ type: S.optional(S.String) })
  ),
  type: S.Literal("tool_addition")
})

/**
 * Removes a tool from the conversation mid-conversation without invalidating the prompt cache.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesToolRemovalBlock = {
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly tool: {
      readonly name: string
      readonly type: "tool_reference"
    } | {
      readonly name: string
      readonly server_name: string
      readonly type: "mcp_tool_reference"
    } | {
      readonly server_name: string
      readonly type: "mcp_toolset_reference"
    } | { readonly type?: string | undefined }
  readonly type: "tool_removal"
}

/**
 * The schema of {@link MessagesToolRemovalBlock}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesToolRemovalBlock: Schema.Schema<MessagesToolRemovalBlock> = S.Struct({
  cache_control: S.optional(AnthropicCacheControlDirective),
  tool: S.Union(
    S.Struct({
      name: S.String,
      type: S.Literal("tool_reference")
    }),
    S.Struct({
      name: S.String,
      server_name: S.String,
      type: S.Literal("mcp_tool_reference")
    }),
    S.Struct({
      server_name: S.String,
      type: S.Literal("mcp_toolset_reference")
    }),
    S.Struct({ type: S.optional(S.String) })
  ),
  type: S.Literal("tool_removal")
})

/**
 * Anthropic message with OpenRouter extensions
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesMessageParam = {
  readonly content: string | ReadonlyArray<AnthropicTextBlockParam | AnthropicImageBlockParam | AnthropicDocumentBlockParam | {
        readonly cache_control?: AnthropicCacheControlDirective | undefined
        readonly id: string
        readonly input?: unknown | undefined
        readonly name: string
        readonly type: "tool_use"
      } | {
        readonly cache_control?: AnthropicCacheControlDirective | undefined
        readonly content?: string | ReadonlyArray<AnthropicTextBlockParam | AnthropicImageBlockParam | {
              readonly tool_name: string
              readonly type: "tool_reference"
            } | AnthropicSearchResultBlockParam | AnthropicDocumentBlockParam | { readonly type?: string | undefined }> | undefined
        readonly is_error?: boolean | undefined
        readonly tool_use_id: string
        readonly type: "tool_result"
      } | {
        readonly signature: string
        readonly thinking: string
        readonly type: "thinking"
      } | {
        readonly data: string
        readonly type: "redacted_thinking"
      } | {
        readonly cache_control?: AnthropicCacheControlDirective | undefined
        readonly id: string
        readonly input?: unknown | undefined
        readonly name: string
        readonly type: "server_tool_use"
      } | {
        readonly cache_control?: AnthropicCacheControlDirective | undefined
        readonly content: ReadonlyArray<AnthropicWebSearchResultBlockParam> | {
            readonly error_code: "invalid_tool_input" | "unavailable" | "max_uses_exceeded" | "too_many_requests" | "query_too_long" | (string & {})
            readonly type: "web_search_tool_result_error"
          }
        readonly tool_use_id: string
        readonly type: "web_search_tool_result"
      } | AnthropicSearchResultBlockParam | {
        readonly cache_control?: AnthropicCacheControlDirective | undefined
        readonly content?: string | null | undefined
        readonly encrypted_content?: string | null | undefined
        readonly type: "compaction"
      } | MessagesAdvisorToolResultBlock | MessagesToolAdditionBlock | MessagesToolRemovalBlock | MessagesShellToolResultBlock | MessagesBashToolResultBlock | { readonly type?: string | undefined }>
  readonly role: "user" | "assistant" | "system" | (string & {})
}

/**
 * The schema of {@link MessagesMessageParam}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesMessageParam: Schema.Schema<MessagesMessageParam> = S.Struct({
  content: S.Union(
    S.String,
    S.Array(S.Union(
      AnthropicTextBlockParam,
      AnthropicImageBlockParam,
      AnthropicDocumentBlockParam,
      S.Struct({
        cache_control: S.optional(AnthropicCacheControlDirective),
        id: S.String,
        input: S.optional(S.Unknown),
        name: S.String,
        type: S.Literal("tool_use")
      }),
      S.Struct({
        cache_control: S.optional(AnthropicCacheControlDirective),
        content: S.optional(S.Union(
          S.String,
          S.Array(S.Union(
            AnthropicTextBlockParam,
            AnthropicImageBlockParam,
            S.Struct({
              tool_name: S.String,
              type: S.Literal("tool_reference")
            }),
            AnthropicSearchResultBlockParam,
            AnthropicDocumentBlockParam,
            S.Struct({ type: S.optional(S.String) })
          ))
        )),
        is_error: S.optional(S.Boolean),
        tool_use_id: S.String,
        type: S.Literal("tool_result")
      }),
      S.Struct({
        signature: S.String,
        thinking: S.String,
        type: S.Literal("thinking")
      }),
      S.Struct({
        data: S.String,
        type: S.Literal("redacted_thinking")
      }),
      S.Struct({
        cache_control: S.optional(AnthropicCacheControlDirective),
        id: S.String,
        input: S.optional(S.Unknown),
        name: S.String,
        type: S.Literal("server_tool_use")
      }),
      S.Struct({
        cache_control: S.optional(AnthropicCacheControlDirective),
        content: S.Union(
          S.Array(AnthropicWebSearchResultBlockParam),
          S.Struct({
            error_code: S.openLiteral("invalid_tool_input", "unavailable", "max_uses_exceeded", "too_many_requests", "query_too_long"),
            type: S.Literal("web_search_tool_result_error")
          })
        ),
        tool_use_id: S.String,
        type: S.Literal("web_search_tool_result")
      }),
      AnthropicSearchResultBlockParam,
      S.Struct({
        cache_control: S.optional(AnthropicCacheControlDirective),
        content: S.optional(S.NullOr(S.String)),
        encrypted_content: S.optional(S.NullOr(S.String)),
        type: S.Literal("compaction")
      }),
      MessagesAdvisorToolResultBlock,
      MessagesToolAdditionBlock,
      MessagesToolRemovalBlock,
      MessagesShellToolResultBlock,
      MessagesBashToolResultBlock,
      S.Struct({ type: S.optional(S.String) })
    ))
  ),
  role: S.openLiteral("user", "assistant", "system")
})

/**
 * Configuration for controlling output behavior.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesOutputConfig = {
  readonly effort?: "low" | "medium" | "high" | "xhigh" | "max" | (string & {}) | null | undefined
  readonly format?: {
    readonly schema: { readonly [x: string]: unknown }
    readonly type: "json_schema" | (string & {})
  } | null | undefined
  readonly task_budget?: {
    readonly remaining?: number | null | undefined
    readonly total: number
    readonly type: "tokens" | (string & {})
  } | null | undefined
}

/**
 * The schema of {@link MessagesOutputConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesOutputConfig: Schema.Schema<MessagesOutputConfig> = S.Struct({
  effort: S.optional(S.NullOr(S.openLiteral("low", "medium", "high", "xhigh", "max"))),
  format: S.optional(S.NullOr(S.Struct({
    schema: S.JsonObject,
    type: S.openLiteral("json_schema")
  }))),
  task_budget: S.optional(S.NullOr(S.Struct({
    remaining: S.optional(S.NullOr(S.Number)),
    total: S.Number,
    type: S.openLiteral("tokens")
  })))
})

/**
 * OpenRouter built-in server tool: searches and filters AI models available on OpenRouter
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesSearchModelsServerTool = {
  readonly parameters?: SearchModelsServerToolConfig | undefined
  readonly type: "openrouter:experimental__search_models"
}

/**
 * The schema of {@link MessagesSearchModelsServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesSearchModelsServerTool: Schema.Schema<MessagesSearchModelsServerTool> = S.Struct({
  parameters: S.optional(SearchModelsServerToolConfig),
  type: S.Literal("openrouter:experimental__search_models")
})

/**
 * Request schema for Anthropic Messages API endpoint
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesRequest = {
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly context_management?: {
    readonly edits?: ReadonlyArray<{
        readonly clear_at_least?: AnthropicInputTokensClearAtLeast | undefined
        readonly clear_tool_inputs?: boolean | ReadonlyArray<string> | null | undefined
        readonly exclude_tools?: ReadonlyArray<string> | null | undefined
        readonly keep?: AnthropicToolUsesKeep | undefined
        readonly trigger?: AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | { readonly type?: string | undefined } | undefined
        readonly type: "clear_tool_uses_20250919"
      } | {
        readonly keep?: "all" | (string & {}) | AnthropicThinkingTurns | {
            readonly type: "all"
          } | { readonly type?: string | undefined } | undefined
        readonly type: "clear_thinking_20251015"
      } | {
        readonly instructions?: string | null | undefined
        readonly pause_after_compaction?: boolean | undefined
        readonly trigger?: {
            readonly type: "input_tokens"
            readonly value: number
          } | null | undefined
        readonly type: "compact_20260112"
      } | { readonly type?: string | undefined }> | undefined
  } | null | undefined
  readonly fallbacks?: ReadonlyArray<MessagesFallbackParam> | null | undefined
  readonly max_tokens?: number | undefined
  readonly messages?: ReadonlyArray<MessagesMessageParam> | null | undefined
  readonly metadata?: {
    readonly user_id?: string | null | undefined
  } | undefined
  readonly model: string
  readonly models?: ReadonlyArray<string> | undefined
  readonly output_config?: MessagesOutputConfig | undefined
  readonly plugins?: ReadonlyArray<AutoRouterPlugin | AutoBetaRouterPlugin | ModerationPlugin | WebSearchPlugin | WebFetchPlugin | FileParserPlugin | ResponseHealingPlugin | ContextCompressionPlugin | ParetoRouterPlugin | FusionPlugin | { readonly id?: string | undefined }> | undefined
  readonly provider?: ProviderPreferences | undefined
  readonly route?: DeprecatedRoute | undefined
  readonly service_tier?: string | undefined
  readonly session_id?: string | undefined
  readonly speed?: AnthropicSpeed | undefined
  readonly stop_sequences?: ReadonlyArray<string> | undefined
  readonly stop_server_tools_when?: StopServerToolsWhen | undefined
  readonly stream?: boolean | undefined
  readonly system?: string | ReadonlyArray<AnthropicTextBlockParam> | undefined
  readonly temperature?: number | undefined
  readonly thinking?: {
      readonly budget_tokens: number
      readonly display?: AnthropicThinkingDisplay | undefined
      readonly type: "enabled"
    } | {
      readonly type: "disabled"
    } | {
      readonly display?: AnthropicThinkingDisplay | undefined
      readonly type: "adaptive"
    } | { readonly type?: string | undefined } | undefined
  readonly tool_choice?: {
      readonly disable_parallel_tool_use?: boolean | undefined
      readonly type: "auto"
    } | {
      readonly disable_parallel_tool_use?: boolean | undefined
      readonly type: "\u0061ny"
    } | {
      readonly type: "none"
    } | {
      readonly disable_parallel_tool_use?: boolean | undefined
      readonly name: string
      readonly type: "tool"
    } | { readonly type?: string | undefined } | undefined
  readonly tools?: ReadonlyArray<{
      readonly cache_control?: AnthropicCacheControlDirective | undefined
      readonly defer_loading?: boolean | undefined
      readonly description?: string | undefined
      readonly input_schema: {
        readonly properties?: unknown | undefined
        readonly required?: ReadonlyArray<string> | null | undefined
        readonly type?: string | undefined
      }
      readonly name: string
      readonly type?: "custom" | (string & {}) | undefined
    } | {
      readonly cache_control?: AnthropicCacheControlDirective | undefined
      readonly name: "bash"
      readonly type: "bash_20250124"
    } | {
      readonly cache_control?: AnthropicCacheControlDirective | undefined
      readonly name: "str_replace_editor"
      readonly type: "text_editor_20250124"
    } | {
      readonly allowed_domains?: ReadonlyArray<string> | null | undefined
      readonly blocked_domains?: ReadonlyArray<string> | null | undefined
      readonly cache_control?: AnthropicCacheControlDirective | undefined
      readonly max_uses?: number | null | undefined
      readonly name: "web_search"
      readonly type: "web_search_20250305"
      readonly user_location?: AnthropicWebSearchToolUserLocation | undefined
    } | {
      readonly allowed_callers?: AnthropicAllowedCallers | undefined
      readonly allowed_domains?: ReadonlyArray<string> | null | undefined
      readonly blocked_domains?: ReadonlyArray<string> | null | undefined
      readonly cache_control?: AnthropicCacheControlDirective | undefined
      readonly max_uses?: number | null | undefined
      readonly name: "web_search"
      readonly type: "web_search_20260209"
      readonly user_location?: AnthropicWebSearchToolUserLocation | undefined
    } | {
      readonly allowed_callers?: AnthropicAllowedCallers | undefined
      readonly cache_control?: AnthropicCacheControlDirective | undefined
      readonly caching?: AnthropicCacheControlDirective | null | undefined
      readonly defer_loading?: boolean | undefined
      readonly max_uses?: number | undefined
      readonly model: string
      readonly name: "advisor"
      readonly type: "advisor_20260301"
    } | BashServerTool | DatetimeServerTool | ImageGenerationServerToolOpenRouter | MessagesSearchModelsServerTool | WebFetchServerTool | OpenRouterWebSearchServerTool | {
      readonly type: string
    } | AnthropicToolSearchToolBm25 | AnthropicToolSearchToolRegex | ShellServerToolOpenRouter | ToolSearchServerTool | { readonly type?: string | undefined }> | undefined
  readonly top_k?: number | undefined
  readonly top_p?: number | undefined
  readonly trace?: TraceConfig | undefined
  readonly user?: string | undefined
}

/**
 * The schema of {@link MessagesRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesRequest: Schema.Schema<MessagesRequest> = S.Struct({
  cache_control: S.optional(AnthropicCacheControlDirective),
  context_management: S.optional(S.NullOr(S.Struct({
    edits: S.optional(S.Array(S.Union(
      S.Struct({
        clear_at_least: S.optional(AnthropicInputTokensClearAtLeast),
        clear_tool_inputs: S.optional(S.NullOr(S.Union(
          S.Boolean,
          S.Array(S.String)
        ))),
        exclude_tools: S.optional(S.NullOr(S.Array(S.String))),
        keep: S.optional(AnthropicToolUsesKeep),
        trigger: S.optional(S.Union(
          AnthropicInputTokensTrigger,
          AnthropicToolUsesTrigger,
          S.Struct({ type: S.optional(S.String) })
        )),
        type: S.Literal("clear_tool_uses_20250919")
      }),
      S.Struct({
        keep: S.optional(S.Union(
          S.openLiteral("all"),
          AnthropicThinkingTurns,
          S.Struct({
            type: S.Literal("all")
          }),
          S.Struct({ type: S.optional(S.String) })
        )),
        type: S.Literal("clear_thinking_20251015")
      }),
      S.Struct({
        instructions: S.optional(S.NullOr(S.String)),
        pause_after_compaction: S.optional(S.Boolean),
        trigger: S.optional(S.NullOr(S.Struct({
            type: S.Literal("input_tokens"),
            value: S.Number
          }))),
        type: S.Literal("compact_20260112")
      }),
      S.Struct({ type: S.optional(S.String) })
    )))
  }))),
  fallbacks: S.optional(S.NullOr(S.Array(MessagesFallbackParam))),
  max_tokens: S.optional(S.Number),
  messages: S.optional(S.NullOr(S.Array(MessagesMessageParam))),
  metadata: S.optional(S.Struct({
    user_id: S.optional(S.NullOr(S.String))
  })),
  model: S.String,
  models: S.optional(S.Array(S.String)),
  output_config: S.optional(MessagesOutputConfig),
  plugins: S.optional(S.Array(S.Union(
    AutoRouterPlugin,
    AutoBetaRouterPlugin,
    ModerationPlugin,
    WebSearchPlugin,
    WebFetchPlugin,
    FileParserPlugin,
    ResponseHealingPlugin,
    ContextCompressionPlugin,
    ParetoRouterPlugin,
    FusionPlugin,
    S.Struct({ id: S.optional(S.String) })
  ))),
  provider: S.optional(ProviderPreferences),
  route: S.optional(DeprecatedRoute),
  service_tier: S.optional(S.String),
  session_id: S.optional(S.String),
  speed: S.optional(AnthropicSpeed),
  stop_sequences: S.optional(S.Array(S.String)),
  stop_server_tools_when: S.optional(StopServerToolsWhen),
  stream: S.optional(S.Boolean),
  system: S.optional(S.Union(
    S.String,
    S.Array(AnthropicTextBlockParam)
  )),
  temperature: S.optional(S.Number),
  thinking: S.optional(S.Union(
    S.Struct({
      budget_tokens: S.Number,
      display: S.optional(AnthropicThinkingDisplay),
      type: S.Literal("enabled")
    }),
    S.Struct({
      type: S.Literal("disabled")
    }),
    S.Struct({
      display: S.optional(AnthropicThinkingDisplay),
      type: S.Literal("adaptive")
    }),
    S.Struct({ type: S.optional(S.String) })
  )),
  tool_choice: S.optional(S.Union(
    S.Struct({
      disable_parallel_tool_use: S.optional(S.Boolean),
      type: S.Literal("auto")
    }),
    S.Struct({
      disable_parallel_tool_use: S.optional(S.Boolean),
      type: S.Literal("\u0061ny")
    }),
    S.Struct({
      type: S.Literal("none")
    }),
    S.Struct({
      disable_parallel_tool_use: S.optional(S.Boolean),
      name: S.String,
      type: S.Literal("tool")
    }),
    S.Struct({ type: S.optional(S.String) })
  )),
  tools: S.optional(S.Array(S.Union(
    S.Struct({
      cache_control: S.optional(AnthropicCacheControlDirective),
      defer_loading: S.optional(S.Boolean),
      description: S.optional(S.String),
      input_schema: S.Struct({
        properties: S.optional(S.Unknown),
        required: S.optional(S.NullOr(S.Array(S.String))),
        type: S.optional(S.String)
      }),
      name: S.String,
      type: S.optional(S.openLiteral("custom"))
    }),
    S.Struct({
      cache_control: S.optional(AnthropicCacheControlDirective),
      name: S.Literal("bash"),
      type: S.Literal("bash_20250124")
    }),
    S.Struct({
      cache_control: S.optional(AnthropicCacheControlDirective),
      name: S.Literal("str_replace_editor"),
      type: S.Literal("text_editor_20250124")
    }),
    S.Struct({
      allowed_domains: S.optional(S.NullOr(S.Array(S.String))),
      blocked_domains: S.optional(S.NullOr(S.Array(S.String))),
      cache_control: S.optional(AnthropicCacheControlDirective),
      max_uses: S.optional(S.NullOr(S.Number)),
      name: S.Literal("web_search"),
      type: S.Literal("web_search_20250305"),
      user_location: S.optional(AnthropicWebSearchToolUserLocation)
    }),
    S.Struct({
      allowed_callers: S.optional(AnthropicAllowedCallers),
      allowed_domains: S.optional(S.NullOr(S.Array(S.String))),
      blocked_domains: S.optional(S.NullOr(S.Array(S.String))),
      cache_control: S.optional(AnthropicCacheControlDirective),
      max_uses: S.optional(S.NullOr(S.Number)),
      name: S.Literal("web_search"),
      type: S.Literal("web_search_20260209"),
      user_location: S.optional(AnthropicWebSearchToolUserLocation)
    }),
    S.Struct({
      allowed_callers: S.optional(AnthropicAllowedCallers),
      cache_control: S.optional(AnthropicCacheControlDirective),
      caching: S.optional(S.NullOr(AnthropicCacheControlDirective)),
      defer_loading: S.optional(S.Boolean),
      max_uses: S.optional(S.Number),
      model: S.String,
      name: S.Literal("advisor"),
      type: S.Literal("advisor_20260301")
    }),
    BashServerTool,
    DatetimeServerTool,
    ImageGenerationServerToolOpenRouter,
    MessagesSearchModelsServerTool,
    WebFetchServerTool,
    OpenRouterWebSearchServerTool,
    S.Struct({
      type: S.String
    }),
    AnthropicToolSearchToolBm25,
    AnthropicToolSearchToolRegex,
    ShellServerToolOpenRouter,
    ToolSearchServerTool,
    S.Struct({ type: S.optional(S.String) })
  ))),
  top_k: S.optional(S.Number),
  top_p: S.optional(S.Number),
  trace: S.optional(TraceConfig),
  user: S.optional(S.String)
})

/**
 * Non-streaming response from the Anthropic Messages API with OpenRouter extensions
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesResult = {
  readonly container?: AnthropicContainer | undefined
  readonly content: ReadonlyArray<ORAnthropicContentBlock>
  readonly id: string
  readonly model: string
  readonly role: "assistant" | (string & {})
  readonly stop_details?: AnthropicRefusalStopDetails | undefined
  readonly stop_reason?: ORAnthropicStopReason | undefined
  readonly stop_sequence?: string | null | undefined
  readonly type: "message" | (string & {})
  readonly usage?: {
    readonly cache_creation?: AnthropicCacheCreation | undefined
    readonly cache_creation_input_tokens?: number | null | undefined
    readonly cache_read_input_tokens?: number | null | undefined
    readonly inference_geo?: string | null | undefined
    readonly input_tokens: number
    readonly output_tokens: number
    readonly output_tokens_details?: AnthropicOutputTokensDetails | undefined
    readonly server_tool_use?: AnthropicServerToolUsage | undefined
    readonly service_tier?: string | null | undefined
    readonly cost?: number | null | undefined
    readonly cost_details?: CostDetails | undefined
    readonly is_byok?: boolean | undefined
    readonly iterations?: ReadonlyArray<AnthropicUsageIteration> | undefined
    readonly speed?: AnthropicSpeed | undefined
  } | undefined
  readonly context_management?: {
    readonly applied_edits: ReadonlyArray<{
      readonly type: string
    }>
  } | null | undefined
  readonly openrouter_metadata?: OpenRouterMetadata | undefined
  readonly provider?: ProviderName | undefined
}

/**
 * The schema of {@link MessagesResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesResult: Schema.Schema<MessagesResult> = S.Struct({
  container: S.optional(AnthropicContainer),
  content: S.Array(ORAnthropicContentBlock),
  id: S.String,
  model: S.String,
  role: S.openLiteral("assistant"),
  stop_details: S.optional(AnthropicRefusalStopDetails),
  stop_reason: S.optional(ORAnthropicStopReason),
  stop_sequence: S.optional(S.NullOr(S.String)),
  type: S.openLiteral("message"),
  usage: S.optional(S.Struct({
    cache_creation: S.optional(AnthropicCacheCreation),
    cache_creation_input_tokens: S.optional(S.NullOr(S.Number)),
    cache_read_input_tokens: S.optional(S.NullOr(S.Number)),
    inference_geo: S.optional(S.NullOr(S.String)),
    input_tokens: S.Number,
    output_tokens: S.Number,
    output_tokens_details: S.optional(AnthropicOutputTokensDetails),
    server_tool_use: S.optional(AnthropicServerToolUsage),
    service_tier: S.optional(S.NullOr(S.String)),
    cost: S.optional(S.NullOr(S.Number)),
    cost_details: S.optional(CostDetails),
    is_byok: S.optional(S.Boolean),
    iterations: S.optional(S.Array(AnthropicUsageIteration)),
    speed: S.optional(AnthropicSpeed)
  })),
  context_management: S.optional(S.NullOr(S.Struct({
    applied_edits: S.Array(S.Struct({
      type: S.String
    }))
  }))),
  openrouter_metadata: S.optional(OpenRouterMetadata),
  provider: S.optional(ProviderName)
})

/**
 * Create a message: `POST /messages`.
 * Metered: budget, meter and ledger apply.
 * The spec also offers a server-sent event stream: see `OpenRouter.messagesStream`.
 *
 * @since 0.1.0
 * @category operations
 */
export const createMessage = Operation.make(
  {
    id: "createMessages",
    tag: "Anthropic Messages",
    method: "POST",
    path: "/messages",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Create a message"
  },
  Schema.Struct({
    body: MessagesRequest
  }),
  MessagesResult
)
