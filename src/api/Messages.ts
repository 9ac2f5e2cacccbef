/**
 * The `Anthropic Messages` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { JsonObject, openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { AnthropicCacheControlDirective, AnthropicCacheCreation, AnthropicSpeed, AnthropicUsageIteration, AutoBetaRouterPlugin, AutoRouterPlugin, BashServerTool, ContextCompressionPlugin, CostDetails, DatetimeServerTool, DeprecatedRoute, FileParserPlugin, FusionPlugin, ImageGenerationServerToolOpenRouter, ModerationPlugin, OpenRouterMetadata, OpenRouterWebSearchServerTool, ParetoRouterPlugin, ProviderName, ProviderPreferences, ResponseHealingPlugin, SearchModelsServerToolConfig, ShellServerToolOpenRouter, StopServerToolsWhen, ToolSearchServerTool, TraceConfig, WebFetchPlugin, WebFetchServerTool, WebSearchPlugin } from "./common.js"

/**
 * `AnthropicAdvisorToolResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicAdvisorToolResult = tolerant(Schema.Struct({
  content: JsonObject,
  tool_use_id: Schema.String,
  type: Schema.Literal("advisor_tool_result")
}))

/**
 * The type of {@link AnthropicAdvisorToolResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicAdvisorToolResult = typeof AnthropicAdvisorToolResult.Type

/**
 * `AnthropicAllowedCallers` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicAllowedCallers = Schema.Array(openLiteral("direct", "code_execution_20250825", "code_execution_20260120"))

/**
 * The type of {@link AnthropicAllowedCallers}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicAllowedCallers = typeof AnthropicAllowedCallers.Type

/**
 * `AnthropicImageMimeType` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicImageMimeType = openLiteral("image/jpeg", "image/png", "image/gif", "image/webp")

/**
 * The type of {@link AnthropicImageMimeType}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicImageMimeType = typeof AnthropicImageMimeType.Type

/**
 * `AnthropicBase64ImageSource` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBase64ImageSource = tolerant(Schema.Struct({
  data: Schema.String,
  media_type: AnthropicImageMimeType,
  type: Schema.Literal("base64")
}))

/**
 * The type of {@link AnthropicBase64ImageSource}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBase64ImageSource = typeof AnthropicBase64ImageSource.Type

/**
 * `AnthropicBase64PdfSource` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBase64PdfSource = tolerant(Schema.Struct({
  data: Schema.String,
  media_type: Schema.Literal("application/pdf"),
  type: Schema.Literal("base64")
}))

/**
 * The type of {@link AnthropicBase64PdfSource}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBase64PdfSource = typeof AnthropicBase64PdfSource.Type

/**
 * `AnthropicBashCodeExecutionOutput` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionOutput = tolerant(Schema.Struct({
  file_id: Schema.String,
  type: openLiteral("bash_code_execution_output")
}))

/**
 * The type of {@link AnthropicBashCodeExecutionOutput}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionOutput = typeof AnthropicBashCodeExecutionOutput.Type

/**
 * `AnthropicBashCodeExecutionResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionResult = tolerant(Schema.Struct({
  content: Schema.Array(AnthropicBashCodeExecutionOutput),
  return_code: Schema.Number,
  stderr: Schema.String,
  stdout: Schema.String,
  type: Schema.Literal("bash_code_execution_result")
}))

/**
 * The type of {@link AnthropicBashCodeExecutionResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionResult = typeof AnthropicBashCodeExecutionResult.Type

/**
 * `AnthropicBashCodeExecutionToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionToolResultError = tolerant(Schema.Struct({
  error_code: openLiteral("invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "output_file_too_large"),
  type: Schema.Literal("bash_code_execution_tool_result_error")
}))

/**
 * The type of {@link AnthropicBashCodeExecutionToolResultError}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionToolResultError = typeof AnthropicBashCodeExecutionToolResultError.Type

/**
 * `AnthropicBashCodeExecutionContent` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionContent = Schema.Union(
  AnthropicBashCodeExecutionToolResultError,
  AnthropicBashCodeExecutionResult,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link AnthropicBashCodeExecutionContent}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionContent = typeof AnthropicBashCodeExecutionContent.Type

/**
 * `AnthropicBashCodeExecutionToolResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBashCodeExecutionToolResult = tolerant(Schema.Struct({
  content: AnthropicBashCodeExecutionContent,
  tool_use_id: Schema.String,
  type: Schema.Literal("bash_code_execution_tool_result")
}))

/**
 * The type of {@link AnthropicBashCodeExecutionToolResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBashCodeExecutionToolResult = typeof AnthropicBashCodeExecutionToolResult.Type

/**
 * `AnthropicCodeExecution20250825Caller` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecution20250825Caller = tolerant(Schema.Struct({
  tool_id: Schema.String,
  type: Schema.Literal("code_execution_20250825")
}))

/**
 * The type of {@link AnthropicCodeExecution20250825Caller}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecution20250825Caller = typeof AnthropicCodeExecution20250825Caller.Type

/**
 * `AnthropicCodeExecution20260120Caller` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecution20260120Caller = tolerant(Schema.Struct({
  tool_id: Schema.String,
  type: Schema.Literal("code_execution_20260120")
}))

/**
 * The type of {@link AnthropicCodeExecution20260120Caller}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecution20260120Caller = typeof AnthropicCodeExecution20260120Caller.Type

/**
 * `AnthropicDirectCaller` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicDirectCaller = tolerant(Schema.Struct({
  type: Schema.Literal("direct")
}))

/**
 * The type of {@link AnthropicDirectCaller}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicDirectCaller = typeof AnthropicDirectCaller.Type

/**
 * `AnthropicCaller` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCaller = Schema.Union(
  AnthropicDirectCaller,
  AnthropicCodeExecution20250825Caller,
  AnthropicCodeExecution20260120Caller,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link AnthropicCaller}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCaller = typeof AnthropicCaller.Type

/**
 * `AnthropicCitationCharLocation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationCharLocation = tolerant(Schema.Struct({
  cited_text: Schema.String,
  document_index: Schema.Number,
  document_title: Schema.NullOr(Schema.String),
  end_char_index: Schema.Number,
  file_id: Schema.NullOr(Schema.String),
  start_char_index: Schema.Number,
  type: Schema.Literal("char_location")
}))

/**
 * The type of {@link AnthropicCitationCharLocation}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationCharLocation = typeof AnthropicCitationCharLocation.Type

/**
 * `AnthropicCitationCharLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationCharLocationParam = tolerant(Schema.Struct({
  cited_text: Schema.String,
  document_index: Schema.Number,
  document_title: Schema.NullOr(Schema.String),
  end_char_index: Schema.Number,
  start_char_index: Schema.Number,
  type: Schema.Literal("char_location")
}))

/**
 * The type of {@link AnthropicCitationCharLocationParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationCharLocationParam = typeof AnthropicCitationCharLocationParam.Type

/**
 * `AnthropicCitationContentBlockLocation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationContentBlockLocation = tolerant(Schema.Struct({
  cited_text: Schema.String,
  document_index: Schema.Number,
  document_title: Schema.NullOr(Schema.String),
  end_block_index: Schema.Number,
  file_id: Schema.NullOr(Schema.String),
  start_block_index: Schema.Number,
  type: Schema.Literal("content_block_location")
}))

/**
 * The type of {@link AnthropicCitationContentBlockLocation}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationContentBlockLocation = typeof AnthropicCitationContentBlockLocation.Type

/**
 * `AnthropicCitationContentBlockLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationContentBlockLocationParam = tolerant(Schema.Struct({
  cited_text: Schema.String,
  document_index: Schema.Number,
  document_title: Schema.NullOr(Schema.String),
  end_block_index: Schema.Number,
  start_block_index: Schema.Number,
  type: Schema.Literal("content_block_location")
}))

/**
 * The type of {@link AnthropicCitationContentBlockLocationParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationContentBlockLocationParam = typeof AnthropicCitationContentBlockLocationParam.Type

/**
 * `AnthropicCitationPageLocation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationPageLocation = tolerant(Schema.Struct({
  cited_text: Schema.String,
  document_index: Schema.Number,
  document_title: Schema.NullOr(Schema.String),
  end_page_number: Schema.Number,
  file_id: Schema.NullOr(Schema.String),
  start_page_number: Schema.Number,
  type: Schema.Literal("page_location")
}))

/**
 * The type of {@link AnthropicCitationPageLocation}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationPageLocation = typeof AnthropicCitationPageLocation.Type

/**
 * `AnthropicCitationPageLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationPageLocationParam = tolerant(Schema.Struct({
  cited_text: Schema.String,
  document_index: Schema.Number,
  document_title: Schema.NullOr(Schema.String),
  end_page_number: Schema.Number,
  start_page_number: Schema.Number,
  type: Schema.Literal("page_location")
}))

/**
 * The type of {@link AnthropicCitationPageLocationParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationPageLocationParam = typeof AnthropicCitationPageLocationParam.Type

/**
 * `AnthropicCitationSearchResultLocation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationSearchResultLocation = tolerant(Schema.Struct({
  cited_text: Schema.String,
  end_block_index: Schema.Number,
  search_result_index: Schema.Number,
  source: Schema.String,
  start_block_index: Schema.Number,
  title: Schema.NullOr(Schema.String),
  type: Schema.Literal("search_result_location")
}))

/**
 * The type of {@link AnthropicCitationSearchResultLocation}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationSearchResultLocation = typeof AnthropicCitationSearchResultLocation.Type

/**
 * `AnthropicCitationSearchResultLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationSearchResultLocationParam = tolerant(Schema.Struct({
  cited_text: Schema.String,
  end_block_index: Schema.Number,
  search_result_index: Schema.Number,
  source: Schema.String,
  start_block_index: Schema.Number,
  title: Schema.NullOr(Schema.String),
  type: Schema.Literal("search_result_location")
}))

/**
 * The type of {@link AnthropicCitationSearchResultLocationParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationSearchResultLocationParam = typeof AnthropicCitationSearchResultLocationParam.Type

/**
 * `AnthropicCitationWebSearchResultLocation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationWebSearchResultLocation = tolerant(Schema.Struct({
  cited_text: Schema.String,
  encrypted_index: Schema.String,
  title: Schema.NullOr(Schema.String),
  type: Schema.Literal("web_search_result_location"),
  url: Schema.String
}))

/**
 * The type of {@link AnthropicCitationWebSearchResultLocation}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationWebSearchResultLocation = typeof AnthropicCitationWebSearchResultLocation.Type

/**
 * `AnthropicCitationWebSearchResultLocationParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationWebSearchResultLocationParam = tolerant(Schema.Struct({
  cited_text: Schema.String,
  encrypted_index: Schema.String,
  title: Schema.NullOr(Schema.String),
  type: Schema.Literal("web_search_result_location"),
  url: Schema.String
}))

/**
 * The type of {@link AnthropicCitationWebSearchResultLocationParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationWebSearchResultLocationParam = typeof AnthropicCitationWebSearchResultLocationParam.Type

/**
 * `AnthropicCitationsConfig` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCitationsConfig = Schema.NullOr(tolerant(Schema.Struct({
  enabled: Schema.Boolean
})))

/**
 * The type of {@link AnthropicCitationsConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCitationsConfig = typeof AnthropicCitationsConfig.Type

/**
 * `AnthropicCodeExecutionOutput` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionOutput = tolerant(Schema.Struct({
  file_id: Schema.String,
  type: openLiteral("code_execution_output")
}))

/**
 * The type of {@link AnthropicCodeExecutionOutput}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionOutput = typeof AnthropicCodeExecutionOutput.Type

/**
 * `AnthropicCodeExecutionResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionResult = tolerant(Schema.Struct({
  content: Schema.Array(AnthropicCodeExecutionOutput),
  return_code: Schema.Number,
  stderr: Schema.String,
  stdout: Schema.String,
  type: Schema.Literal("code_execution_result")
}))

/**
 * The type of {@link AnthropicCodeExecutionResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionResult = typeof AnthropicCodeExecutionResult.Type

/**
 * `AnthropicServerToolErrorCode` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicServerToolErrorCode = openLiteral("invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded")

/**
 * The type of {@link AnthropicServerToolErrorCode}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicServerToolErrorCode = typeof AnthropicServerToolErrorCode.Type

/**
 * `AnthropicCodeExecutionToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionToolResultError = tolerant(Schema.Struct({
  error_code: AnthropicServerToolErrorCode,
  type: Schema.Literal("code_execution_tool_result_error")
}))

/**
 * The type of {@link AnthropicCodeExecutionToolResultError}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionToolResultError = typeof AnthropicCodeExecutionToolResultError.Type

/**
 * `AnthropicEncryptedCodeExecutionResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicEncryptedCodeExecutionResult = tolerant(Schema.Struct({
  content: Schema.Array(AnthropicCodeExecutionOutput),
  encrypted_stdout: Schema.String,
  return_code: Schema.Number,
  stderr: Schema.String,
  type: Schema.Literal("encrypted_code_execution_result")
}))

/**
 * The type of {@link AnthropicEncryptedCodeExecutionResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicEncryptedCodeExecutionResult = typeof AnthropicEncryptedCodeExecutionResult.Type

/**
 * `AnthropicCodeExecutionContent` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionContent = Schema.Union(
  AnthropicCodeExecutionToolResultError,
  AnthropicCodeExecutionResult,
  AnthropicEncryptedCodeExecutionResult,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link AnthropicCodeExecutionContent}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionContent = typeof AnthropicCodeExecutionContent.Type

/**
 * `AnthropicCodeExecutionToolResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCodeExecutionToolResult = tolerant(Schema.Struct({
  content: AnthropicCodeExecutionContent,
  tool_use_id: Schema.String,
  type: Schema.Literal("code_execution_tool_result")
}))

/**
 * The type of {@link AnthropicCodeExecutionToolResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCodeExecutionToolResult = typeof AnthropicCodeExecutionToolResult.Type

/**
 * `AnthropicCompactionBlock` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCompactionBlock = tolerant(Schema.Struct({
  content: Schema.NullOr(Schema.String),
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("compaction")
}))

/**
 * The type of {@link AnthropicCompactionBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCompactionBlock = typeof AnthropicCompactionBlock.Type

/**
 * `AnthropicContainer` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicContainer = Schema.NullOr(tolerant(Schema.Struct({
  expires_at: Schema.String,
  id: Schema.String
})))

/**
 * The type of {@link AnthropicContainer}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicContainer = typeof AnthropicContainer.Type

/**
 * `AnthropicContainerUpload` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicContainerUpload = tolerant(Schema.Struct({
  file_id: Schema.String,
  type: Schema.Literal("container_upload")
}))

/**
 * The type of {@link AnthropicContainerUpload}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicContainerUpload = typeof AnthropicContainerUpload.Type

/**
 * `AnthropicPlainTextSource` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicPlainTextSource = tolerant(Schema.Struct({
  data: Schema.String,
  media_type: Schema.Literal("text/plain"),
  type: Schema.Literal("text")
}))

/**
 * The type of {@link AnthropicPlainTextSource}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicPlainTextSource = typeof AnthropicPlainTextSource.Type

/**
 * `AnthropicDocumentBlock` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicDocumentBlock = tolerant(Schema.Struct({
  citations: Schema.optional(AnthropicCitationsConfig),
  source: Schema.Union(
    AnthropicBase64PdfSource,
    AnthropicPlainTextSource,
    tolerant(Schema.Struct({ media_type: Schema.optional(Schema.String) }))
  ),
  title: Schema.NullOr(Schema.String),
  type: openLiteral("document")
}))

/**
 * The type of {@link AnthropicDocumentBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicDocumentBlock = typeof AnthropicDocumentBlock.Type

/**
 * `AnthropicFileDocumentSource` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicFileDocumentSource = tolerant(Schema.Struct({
  file_id: Schema.String,
  type: Schema.Literal("file")
}))

/**
 * The type of {@link AnthropicFileDocumentSource}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicFileDocumentSource = typeof AnthropicFileDocumentSource.Type

/**
 * `AnthropicUrlImageSource` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUrlImageSource = tolerant(Schema.Struct({
  type: Schema.Literal("url"),
  url: Schema.String
}))

/**
 * The type of {@link AnthropicUrlImageSource}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUrlImageSource = typeof AnthropicUrlImageSource.Type

/**
 * `AnthropicImageBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicImageBlockParam = tolerant(Schema.Struct({
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  source: Schema.Union(
    AnthropicBase64ImageSource,
    AnthropicUrlImageSource,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ),
  type: Schema.Literal("image")
}))

/**
 * The type of {@link AnthropicImageBlockParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicImageBlockParam = typeof AnthropicImageBlockParam.Type

/**
 * `AnthropicTextBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextBlockParam = tolerant(Schema.Struct({
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  citations: Schema.optional(Schema.NullOr(Schema.Array(Schema.Union(
    AnthropicCitationCharLocationParam,
    AnthropicCitationPageLocationParam,
    AnthropicCitationContentBlockLocationParam,
    AnthropicCitationWebSearchResultLocationParam,
    AnthropicCitationSearchResultLocationParam,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )))),
  text: Schema.String,
  type: Schema.Literal("text")
}))

/**
 * The type of {@link AnthropicTextBlockParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextBlockParam = typeof AnthropicTextBlockParam.Type

/**
 * `AnthropicUrlPdfSource` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUrlPdfSource = tolerant(Schema.Struct({
  type: Schema.Literal("url"),
  url: Schema.String
}))

/**
 * The type of {@link AnthropicUrlPdfSource}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUrlPdfSource = typeof AnthropicUrlPdfSource.Type

/**
 * `AnthropicDocumentBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicDocumentBlockParam = tolerant(Schema.Struct({
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  citations: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    enabled: Schema.optional(Schema.Boolean)
  })))),
  context: Schema.optional(Schema.NullOr(Schema.String)),
  source: Schema.Union(
    AnthropicBase64PdfSource,
    AnthropicPlainTextSource,
    tolerant(Schema.Struct({
    content: Schema.Union(
      Schema.String,
      Schema.Array(Schema.Union(
      AnthropicTextBlockParam,
      AnthropicImageBlockParam,
      tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
    ))
    ),
    type: Schema.Literal("content")
  })),
    AnthropicUrlPdfSource,
    AnthropicFileDocumentSource,
    tolerant(Schema.Struct({ media_type: Schema.optional(Schema.String) }))
  ),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("document")
}))

/**
 * The type of {@link AnthropicDocumentBlockParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicDocumentBlockParam = typeof AnthropicDocumentBlockParam.Type

/**
 * `AnthropicInputTokensClearAtLeast` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicInputTokensClearAtLeast = Schema.NullOr(tolerant(Schema.Struct({
  type: openLiteral("input_tokens"),
  value: Schema.Number
})))

/**
 * The type of {@link AnthropicInputTokensClearAtLeast}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicInputTokensClearAtLeast = typeof AnthropicInputTokensClearAtLeast.Type

/**
 * `AnthropicInputTokensTrigger` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicInputTokensTrigger = tolerant(Schema.Struct({
  type: Schema.Literal("input_tokens"),
  value: Schema.Number
}))

/**
 * The type of {@link AnthropicInputTokensTrigger}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicInputTokensTrigger = typeof AnthropicInputTokensTrigger.Type

/**
 * `AnthropicOutputTokensDetails` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicOutputTokensDetails = Schema.NullOr(tolerant(Schema.Struct({
  thinking_tokens: Schema.Number
})))

/**
 * The type of {@link AnthropicOutputTokensDetails}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicOutputTokensDetails = typeof AnthropicOutputTokensDetails.Type

/**
 * `AnthropicRedactedThinkingBlock` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicRedactedThinkingBlock = tolerant(Schema.Struct({
  data: Schema.String,
  type: Schema.Literal("redacted_thinking")
}))

/**
 * The type of {@link AnthropicRedactedThinkingBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicRedactedThinkingBlock = typeof AnthropicRedactedThinkingBlock.Type

/**
 * Structured information about a refusal
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicRefusalStopDetails = Schema.NullOr(tolerant(Schema.Struct({
  category: Schema.NullOr(openLiteral("cyber", "bio", "frontier_llm", "reasoning_extraction", "general_harms")),
  explanation: Schema.NullOr(Schema.String),
  type: openLiteral("refusal")
})))

/**
 * The type of {@link AnthropicRefusalStopDetails}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicRefusalStopDetails = typeof AnthropicRefusalStopDetails.Type

/**
 * `AnthropicSearchResultBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicSearchResultBlockParam = tolerant(Schema.Struct({
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  citations: Schema.optional(tolerant(Schema.Struct({
    enabled: Schema.optional(Schema.Boolean)
  }))),
  content: Schema.Array(AnthropicTextBlockParam),
  source: Schema.String,
  title: Schema.String,
  type: Schema.Literal("search_result")
}))

/**
 * The type of {@link AnthropicSearchResultBlockParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicSearchResultBlockParam = typeof AnthropicSearchResultBlockParam.Type

/**
 * `AnthropicServerToolUsage` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicServerToolUsage = Schema.NullOr(tolerant(Schema.Struct({
  web_fetch_requests: Schema.Number,
  web_search_requests: Schema.Number
})))

/**
 * The type of {@link AnthropicServerToolUsage}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicServerToolUsage = typeof AnthropicServerToolUsage.Type

/**
 * `AnthropicServiceTier` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicServiceTier = Schema.NullOr(openLiteral("standard", "priority", "batch"))

/**
 * The type of {@link AnthropicServiceTier}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicServiceTier = typeof AnthropicServiceTier.Type

/**
 * `AnthropicTextCitation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextCitation = Schema.Union(
  AnthropicCitationCharLocation,
  AnthropicCitationPageLocation,
  AnthropicCitationContentBlockLocation,
  AnthropicCitationWebSearchResultLocation,
  AnthropicCitationSearchResultLocation,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link AnthropicTextCitation}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextCitation = typeof AnthropicTextCitation.Type

/**
 * `AnthropicTextBlock` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextBlock = tolerant(Schema.Struct({
  citations: Schema.NullOr(Schema.Array(AnthropicTextCitation)),
  text: Schema.String,
  type: Schema.Literal("text")
}))

/**
 * The type of {@link AnthropicTextBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextBlock = typeof AnthropicTextBlock.Type

/**
 * `AnthropicTextEditorCodeExecutionCreateResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionCreateResult = tolerant(Schema.Struct({
  is_file_update: Schema.Boolean,
  type: Schema.Literal("text_editor_code_execution_create_result")
}))

/**
 * The type of {@link AnthropicTextEditorCodeExecutionCreateResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionCreateResult = typeof AnthropicTextEditorCodeExecutionCreateResult.Type

/**
 * `AnthropicTextEditorCodeExecutionStrReplaceResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionStrReplaceResult = tolerant(Schema.Struct({
  lines: Schema.NullOr(Schema.Array(Schema.String)),
  new_lines: Schema.NullOr(Schema.Number),
  new_start: Schema.NullOr(Schema.Number),
  old_lines: Schema.NullOr(Schema.Number),
  old_start: Schema.NullOr(Schema.Number),
  type: Schema.Literal("text_editor_code_execution_str_replace_result")
}))

/**
 * The type of {@link AnthropicTextEditorCodeExecutionStrReplaceResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionStrReplaceResult = typeof AnthropicTextEditorCodeExecutionStrReplaceResult.Type

/**
 * `AnthropicTextEditorCodeExecutionToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionToolResultError = tolerant(Schema.Struct({
  error_code: openLiteral("invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"),
  error_message: Schema.NullOr(Schema.String),
  type: Schema.Literal("text_editor_code_execution_tool_result_error")
}))

/**
 * The type of {@link AnthropicTextEditorCodeExecutionToolResultError}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionToolResultError = typeof AnthropicTextEditorCodeExecutionToolResultError.Type

/**
 * `AnthropicTextEditorCodeExecutionViewResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionViewResult = tolerant(Schema.Struct({
  content: Schema.String,
  file_type: openLiteral("text", "image", "pdf"),
  num_lines: Schema.NullOr(Schema.Number),
  start_line: Schema.NullOr(Schema.Number),
  total_lines: Schema.NullOr(Schema.Number),
  type: Schema.Literal("text_editor_code_execution_view_result")
}))

/**
 * The type of {@link AnthropicTextEditorCodeExecutionViewResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionViewResult = typeof AnthropicTextEditorCodeExecutionViewResult.Type

/**
 * `AnthropicTextEditorCodeExecutionContent` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionContent = Schema.Union(
  AnthropicTextEditorCodeExecutionToolResultError,
  AnthropicTextEditorCodeExecutionViewResult,
  AnthropicTextEditorCodeExecutionCreateResult,
  AnthropicTextEditorCodeExecutionStrReplaceResult,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link AnthropicTextEditorCodeExecutionContent}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionContent = typeof AnthropicTextEditorCodeExecutionContent.Type

/**
 * `AnthropicTextEditorCodeExecutionToolResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicTextEditorCodeExecutionToolResult = tolerant(Schema.Struct({
  content: AnthropicTextEditorCodeExecutionContent,
  tool_use_id: Schema.String,
  type: Schema.Literal("text_editor_code_execution_tool_result")
}))

/**
 * The type of {@link AnthropicTextEditorCodeExecutionToolResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicTextEditorCodeExecutionToolResult = typeof AnthropicTextEditorCodeExecutionToolResult.Type

/**
 * `AnthropicThinkingBlock` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicThinkingBlock = tolerant(Schema.Struct({
  signature: Schema.String,
  thinking: Schema.String,
  type: Schema.Literal("thinking")
}))

/**
 * The type of {@link AnthropicThinkingBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicThinkingBlock = typeof AnthropicThinkingBlock.Type

/**
 * `AnthropicThinkingDisplay` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicThinkingDisplay = Schema.NullOr(openLiteral("summarized", "omitted"))

/**
 * The type of {@link AnthropicThinkingDisplay}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicThinkingDisplay = typeof AnthropicThinkingDisplay.Type

/**
 * `AnthropicThinkingTurns` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicThinkingTurns = tolerant(Schema.Struct({
  type: Schema.Literal("thinking_turns"),
  value: Schema.Number
}))

/**
 * The type of {@link AnthropicThinkingTurns}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicThinkingTurns = typeof AnthropicThinkingTurns.Type

/**
 * `AnthropicToolReference` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolReference = tolerant(Schema.Struct({
  tool_name: Schema.String,
  type: openLiteral("tool_reference")
}))

/**
 * The type of {@link AnthropicToolReference}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolReference = typeof AnthropicToolReference.Type

/**
 * `AnthropicToolSearchResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchResult = tolerant(Schema.Struct({
  tool_references: Schema.Array(AnthropicToolReference),
  type: Schema.Literal("tool_search_tool_search_result")
}))

/**
 * The type of {@link AnthropicToolSearchResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchResult = typeof AnthropicToolSearchResult.Type

/**
 * `AnthropicToolSearchResultError` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchResultError = tolerant(Schema.Struct({
  error_code: AnthropicServerToolErrorCode,
  error_message: Schema.NullOr(Schema.String),
  type: Schema.Literal("tool_search_tool_result_error")
}))

/**
 * The type of {@link AnthropicToolSearchResultError}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchResultError = typeof AnthropicToolSearchResultError.Type

/**
 * `AnthropicToolSearchContent` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchContent = Schema.Union(
  AnthropicToolSearchResultError,
  AnthropicToolSearchResult,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link AnthropicToolSearchContent}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchContent = typeof AnthropicToolSearchContent.Type

/**
 * `AnthropicToolSearchToolBm25` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchToolBm25 = tolerant(Schema.Struct({
  allowed_callers: Schema.optional(AnthropicAllowedCallers),
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  defer_loading: Schema.optional(Schema.Boolean),
  name: Schema.Literal("tool_search_tool_bm25"),
  strict: Schema.optional(Schema.Boolean),
  type: openLiteral("tool_search_tool_bm25_20251119", "tool_search_tool_bm25")
}))

/**
 * The type of {@link AnthropicToolSearchToolBm25}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchToolBm25 = typeof AnthropicToolSearchToolBm25.Type

/**
 * `AnthropicToolSearchToolRegex` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchToolRegex = tolerant(Schema.Struct({
  allowed_callers: Schema.optional(AnthropicAllowedCallers),
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  defer_loading: Schema.optional(Schema.Boolean),
  name: Schema.Literal("tool_search_tool_regex"),
  strict: Schema.optional(Schema.Boolean),
  type: openLiteral("tool_search_tool_regex_20251119", "tool_search_tool_regex")
}))

/**
 * The type of {@link AnthropicToolSearchToolRegex}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchToolRegex = typeof AnthropicToolSearchToolRegex.Type

/**
 * `AnthropicToolSearchToolResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolSearchToolResult = tolerant(Schema.Struct({
  content: AnthropicToolSearchContent,
  tool_use_id: Schema.String,
  type: Schema.Literal("tool_search_tool_result")
}))

/**
 * The type of {@link AnthropicToolSearchToolResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolSearchToolResult = typeof AnthropicToolSearchToolResult.Type

/**
 * `AnthropicToolUseBlock` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolUseBlock = tolerant(Schema.Struct({
  caller: AnthropicCaller,
  id: Schema.String,
  input: Schema.optional(Schema.Unknown),
  name: Schema.String,
  type: Schema.Literal("tool_use")
}))

/**
 * The type of {@link AnthropicToolUseBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolUseBlock = typeof AnthropicToolUseBlock.Type

/**
 * `AnthropicToolUsesKeep` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolUsesKeep = tolerant(Schema.Struct({
  type: openLiteral("tool_uses"),
  value: Schema.Number
}))

/**
 * The type of {@link AnthropicToolUsesKeep}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolUsesKeep = typeof AnthropicToolUsesKeep.Type

/**
 * `AnthropicToolUsesTrigger` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicToolUsesTrigger = tolerant(Schema.Struct({
  type: Schema.Literal("tool_uses"),
  value: Schema.Number
}))

/**
 * The type of {@link AnthropicToolUsesTrigger}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicToolUsesTrigger = typeof AnthropicToolUsesTrigger.Type

/**
 * `AnthropicUsage` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUsage = tolerant(Schema.Struct({
  cache_creation: AnthropicCacheCreation,
  cache_creation_input_tokens: Schema.NullOr(Schema.Number),
  cache_read_input_tokens: Schema.NullOr(Schema.Number),
  inference_geo: Schema.NullOr(Schema.String),
  input_tokens: Schema.Number,
  output_tokens: Schema.Number,
  output_tokens_details: AnthropicOutputTokensDetails,
  server_tool_use: AnthropicServerToolUsage,
  service_tier: AnthropicServiceTier
}))

/**
 * The type of {@link AnthropicUsage}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUsage = typeof AnthropicUsage.Type

/**
 * `AnthropicWebFetchBlock` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebFetchBlock = tolerant(Schema.Struct({
  content: AnthropicDocumentBlock,
  retrieved_at: Schema.NullOr(Schema.String),
  type: Schema.Literal("web_fetch_result"),
  url: Schema.String
}))

/**
 * The type of {@link AnthropicWebFetchBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebFetchBlock = typeof AnthropicWebFetchBlock.Type

/**
 * `AnthropicWebFetchToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebFetchToolResultError = tolerant(Schema.Struct({
  error_code: openLiteral("invalid_tool_input", "url_too_long", "url_not_allowed", "url_not_accessible", "unsupported_content_type", "too_many_requests", "max_uses_exceeded", "unavailable"),
  type: Schema.Literal("web_fetch_tool_result_error")
}))

/**
 * The type of {@link AnthropicWebFetchToolResultError}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebFetchToolResultError = typeof AnthropicWebFetchToolResultError.Type

/**
 * `AnthropicWebFetchContent` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebFetchContent = Schema.Union(
  AnthropicWebFetchToolResultError,
  AnthropicWebFetchBlock,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link AnthropicWebFetchContent}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebFetchContent = typeof AnthropicWebFetchContent.Type

/**
 * `AnthropicWebFetchToolResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebFetchToolResult = tolerant(Schema.Struct({
  caller: AnthropicCaller,
  content: AnthropicWebFetchContent,
  tool_use_id: Schema.String,
  type: Schema.Literal("web_fetch_tool_result")
}))

/**
 * The type of {@link AnthropicWebFetchToolResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebFetchToolResult = typeof AnthropicWebFetchToolResult.Type

/**
 * `AnthropicWebSearchResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchResult = tolerant(Schema.Struct({
  encrypted_content: Schema.String,
  page_age: Schema.NullOr(Schema.String),
  title: Schema.String,
  type: openLiteral("web_search_result"),
  url: Schema.String
}))

/**
 * The type of {@link AnthropicWebSearchResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchResult = typeof AnthropicWebSearchResult.Type

/**
 * `AnthropicWebSearchResultBlockParam` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchResultBlockParam = tolerant(Schema.Struct({
  encrypted_content: Schema.String,
  page_age: Schema.optional(Schema.NullOr(Schema.String)),
  title: Schema.String,
  type: openLiteral("web_search_result"),
  url: Schema.String
}))

/**
 * The type of {@link AnthropicWebSearchResultBlockParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchResultBlockParam = typeof AnthropicWebSearchResultBlockParam.Type

/**
 * `AnthropicWebSearchToolResultError` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchToolResultError = tolerant(Schema.Struct({
  error_code: openLiteral("invalid_tool_input", "unavailable", "max_uses_exceeded", "too_many_requests", "query_too_long", "request_too_large"),
  type: Schema.Literal("web_search_tool_result_error")
}))

/**
 * The type of {@link AnthropicWebSearchToolResultError}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchToolResultError = typeof AnthropicWebSearchToolResultError.Type

/**
 * `AnthropicWebSearchToolResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchToolResult = tolerant(Schema.Struct({
  caller: AnthropicCaller,
  content: Schema.Union(
    Schema.Array(AnthropicWebSearchResult),
    AnthropicWebSearchToolResultError
  ),
  tool_use_id: Schema.String,
  type: Schema.Literal("web_search_tool_result")
}))

/**
 * The type of {@link AnthropicWebSearchToolResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchToolResult = typeof AnthropicWebSearchToolResult.Type

/**
 * `AnthropicWebSearchToolUserLocation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicWebSearchToolUserLocation = Schema.NullOr(tolerant(Schema.Struct({
  city: Schema.optional(Schema.NullOr(Schema.String)),
  country: Schema.optional(Schema.NullOr(Schema.String)),
  region: Schema.optional(Schema.NullOr(Schema.String)),
  timezone: Schema.optional(Schema.NullOr(Schema.String)),
  type: openLiteral("approximate")
})))

/**
 * The type of {@link AnthropicWebSearchToolUserLocation}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicWebSearchToolUserLocation = typeof AnthropicWebSearchToolUserLocation.Type

/**
 * Output of an `openrouter:bash` call executed in the OpenRouter sandbox (`engine: 'openrouter'`)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicBashToolResult = tolerant(Schema.Struct({
  content: JsonObject,
  tool_use_id: Schema.String,
  type: Schema.Literal("openrouter_bash_tool_result")
}))

/**
 * The type of {@link ORAnthropicBashToolResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicBashToolResult = typeof ORAnthropicBashToolResult.Type

/**
 * `ORAnthropicNullableCaller` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicNullableCaller = Schema.NullOr(Schema.Union(
  AnthropicDirectCaller,
  AnthropicCodeExecution20250825Caller,
  AnthropicCodeExecution20260120Caller,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
))

/**
 * The type of {@link ORAnthropicNullableCaller}.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicNullableCaller = typeof ORAnthropicNullableCaller.Type

/**
 * `ORAnthropicServerToolUseBlock` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicServerToolUseBlock = tolerant(Schema.Struct({
  caller: Schema.optional(ORAnthropicNullableCaller),
  id: Schema.String,
  input: Schema.optional(Schema.Unknown),
  name: Schema.String,
  type: Schema.Literal("server_tool_use")
}))

/**
 * The type of {@link ORAnthropicServerToolUseBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicServerToolUseBlock = typeof ORAnthropicServerToolUseBlock.Type

/**
 * Output of an `openrouter:shell` call executed in the OpenRouter sandbox
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicShellToolResult = tolerant(Schema.Struct({
  content: JsonObject,
  tool_use_id: Schema.String,
  type: Schema.Literal("openrouter_shell_tool_result")
}))

/**
 * The type of {@link ORAnthropicShellToolResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicShellToolResult = typeof ORAnthropicShellToolResult.Type

/**
 * `ORAnthropicContentBlock` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicContentBlock = Schema.Union(
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
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link ORAnthropicContentBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicContentBlock = typeof ORAnthropicContentBlock.Type

/**
 * `ORAnthropicStopReason` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ORAnthropicStopReason = Schema.NullOr(openLiteral("end_turn", "max_tokens", "model_context_window_exceeded", "stop_sequence", "tool_use", "pause_turn", "refusal", "compaction"))

/**
 * The type of {@link ORAnthropicStopReason}.
 *
 * @since 0.1.0
 * @category models
 */
export type ORAnthropicStopReason = typeof ORAnthropicStopReason.Type

/**
 * Base Anthropic Messages API response before OpenRouter extensions
 *
 * @since 0.1.0
 * @category schemas
 */
export const BaseMessagesResult = tolerant(Schema.Struct({
  container: AnthropicContainer,
  content: Schema.Array(ORAnthropicContentBlock),
  id: Schema.String,
  model: Schema.String,
  role: openLiteral("assistant"),
  stop_details: AnthropicRefusalStopDetails,
  stop_reason: ORAnthropicStopReason,
  stop_sequence: Schema.NullOr(Schema.String),
  type: openLiteral("message"),
  usage: tolerant(Schema.Struct({
    ...AnthropicUsage.fields,
    iterations: Schema.optional(Schema.Array(AnthropicUsageIteration)),
    speed: Schema.optional(AnthropicSpeed)
  }))
}))

/**
 * The type of {@link BaseMessagesResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type BaseMessagesResult = typeof BaseMessagesResult.Type

/**
 * Advisor tool result from a prior assistant turn, replayed back to the model on the next turn.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesAdvisorToolResultBlock = tolerant(Schema.Struct({
  content: JsonObject,
  tool_use_id: Schema.String,
  type: Schema.Literal("advisor_tool_result")
}))

/**
 * The type of {@link MessagesAdvisorToolResultBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesAdvisorToolResultBlock = typeof MessagesAdvisorToolResultBlock.Type

/**
 * Output of a sandbox-executed `openrouter:bash` call from a prior assistant turn.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesBashToolResultBlock = tolerant(Schema.Struct({
  content: JsonObject,
  tool_use_id: Schema.String,
  type: Schema.Literal("openrouter_bash_tool_result")
}))

/**
 * The type of {@link MessagesBashToolResultBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesBashToolResultBlock = typeof MessagesBashToolResultBlock.Type

/**
 * Fallback model to try when the primary model fails or refuses.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesFallbackParam = tolerant(Schema.Struct({
  model: Schema.String
}))

/**
 * The type of {@link MessagesFallbackParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesFallbackParam = typeof MessagesFallbackParam.Type

/**
 * Output of an `openrouter:shell` call from a prior assistant turn.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesShellToolResultBlock = tolerant(Schema.Struct({
  content: JsonObject,
  tool_use_id: Schema.String,
  type: Schema.Literal("openrouter_shell_tool_result")
}))

/**
 * The type of {@link MessagesShellToolResultBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesShellToolResultBlock = typeof MessagesShellToolResultBlock.Type

/**
 * Loads a previously deferred tool (declared in `tools` with `defer_loading: true`) mid-conversation without invalidating the prompt cache.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesToolAdditionBlock = tolerant(Schema.Struct({
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  tool: Schema.Union(
    tolerant(Schema.Struct({
    name: Schema.String,
    type: Schema.Literal("tool_reference")
  })),
    tolerant(Schema.Struct({
    name: Schema.String,
    server_name: Schema.String,
    type: Schema.Literal("mcp_tool_reference")
  })),
    tolerant(Schema.Struct({
    server_name: Schema.String,
    type: Schema.Literal("mcp_toolset_reference")
  })),
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ),
  type: Schema.Literal("tool_addition")
}))

/**
 * The type of {@link MessagesToolAdditionBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesToolAdditionBlock = typeof MessagesToolAdditionBlock.Type

/**
 * Removes a tool from the conversation mid-conversation without invalidating the prompt cache.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesToolRemovalBlock = tolerant(Schema.Struct({
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  tool: Schema.Union(
    tolerant(Schema.Struct({
    name: Schema.String,
    type: Schema.Literal("tool_reference")
  })),
    tolerant(Schema.Struct({
    name: Schema.String,
    server_name: Schema.String,
    type: Schema.Literal("mcp_tool_reference")
  })),
    tolerant(Schema.Struct({
    server_name: Schema.String,
    type: Schema.Literal("mcp_toolset_reference")
  })),
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ),
  type: Schema.Literal("tool_removal")
}))

/**
 * The type of {@link MessagesToolRemovalBlock}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesToolRemovalBlock = typeof MessagesToolRemovalBlock.Type

/**
 * Anthropic message with OpenRouter extensions
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesMessageParam = tolerant(Schema.Struct({
  content: Schema.Union(
    Schema.String,
    Schema.Array(Schema.Union(
    AnthropicTextBlockParam,
    AnthropicImageBlockParam,
    AnthropicDocumentBlockParam,
    tolerant(Schema.Struct({
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    id: Schema.String,
    input: Schema.optional(Schema.Unknown),
    name: Schema.String,
    type: Schema.Literal("tool_use")
  })),
    tolerant(Schema.Struct({
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    content: Schema.optional(Schema.Union(
      Schema.String,
      Schema.Array(Schema.Union(
      AnthropicTextBlockParam,
      AnthropicImageBlockParam,
      tolerant(Schema.Struct({
      tool_name: Schema.String,
      type: Schema.Literal("tool_reference")
    })),
      AnthropicSearchResultBlockParam,
      AnthropicDocumentBlockParam,
      tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
    ))
    )),
    is_error: Schema.optional(Schema.Boolean),
    tool_use_id: Schema.String,
    type: Schema.Literal("tool_result")
  })),
    tolerant(Schema.Struct({
    signature: Schema.String,
    thinking: Schema.String,
    type: Schema.Literal("thinking")
  })),
    tolerant(Schema.Struct({
    data: Schema.String,
    type: Schema.Literal("redacted_thinking")
  })),
    tolerant(Schema.Struct({
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    id: Schema.String,
    input: Schema.optional(Schema.Unknown),
    name: Schema.String,
    type: Schema.Literal("server_tool_use")
  })),
    tolerant(Schema.Struct({
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    content: Schema.Union(
      Schema.Array(AnthropicWebSearchResultBlockParam),
      tolerant(Schema.Struct({
      error_code: openLiteral("invalid_tool_input", "unavailable", "max_uses_exceeded", "too_many_requests", "query_too_long"),
      type: Schema.Literal("web_search_tool_result_error")
    }))
    ),
    tool_use_id: Schema.String,
    type: Schema.Literal("web_search_tool_result")
  })),
    AnthropicSearchResultBlockParam,
    tolerant(Schema.Struct({
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    content: Schema.NullOr(Schema.String),
    encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
    type: Schema.Literal("compaction")
  })),
    MessagesAdvisorToolResultBlock,
    MessagesToolAdditionBlock,
    MessagesToolRemovalBlock,
    MessagesShellToolResultBlock,
    MessagesBashToolResultBlock,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ))
  ),
  role: openLiteral("user", "assistant", "system")
}))

/**
 * The type of {@link MessagesMessageParam}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesMessageParam = typeof MessagesMessageParam.Type

/**
 * Configuration for controlling output behavior.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesOutputConfig = tolerant(Schema.Struct({
  effort: Schema.optional(Schema.NullOr(openLiteral("low", "medium", "high", "xhigh", "max"))),
  format: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    schema: JsonObject,
    type: openLiteral("json_schema")
  })))),
  task_budget: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    remaining: Schema.optional(Schema.NullOr(Schema.Number)),
    total: Schema.Number,
    type: openLiteral("tokens")
  }))))
}))

/**
 * The type of {@link MessagesOutputConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesOutputConfig = typeof MessagesOutputConfig.Type

/**
 * OpenRouter built-in server tool: searches and filters AI models available on OpenRouter
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesSearchModelsServerTool = tolerant(Schema.Struct({
  parameters: Schema.optional(SearchModelsServerToolConfig),
  type: Schema.Literal("openrouter:experimental__search_models")
}))

/**
 * The type of {@link MessagesSearchModelsServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesSearchModelsServerTool = typeof MessagesSearchModelsServerTool.Type

/**
 * Request schema for Anthropic Messages API endpoint
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesRequest = tolerant(Schema.Struct({
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  context_management: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    edits: Schema.optional(Schema.Array(Schema.Union(
      tolerant(Schema.Struct({
      clear_at_least: Schema.optional(AnthropicInputTokensClearAtLeast),
      clear_tool_inputs: Schema.optional(Schema.NullOr(Schema.Union(
        Schema.Boolean,
        Schema.Array(Schema.String)
      ))),
      exclude_tools: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
      keep: Schema.optional(AnthropicToolUsesKeep),
      trigger: Schema.optional(Schema.Union(
        AnthropicInputTokensTrigger,
        AnthropicToolUsesTrigger,
        tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
      )),
      type: Schema.Literal("clear_tool_uses_20250919")
    })),
      tolerant(Schema.Struct({
      keep: Schema.optional(Schema.Union(
        openLiteral("all"),
        AnthropicThinkingTurns,
        tolerant(Schema.Struct({
        type: Schema.Literal("all")
      })),
        tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
      )),
      type: Schema.Literal("clear_thinking_20251015")
    })),
      tolerant(Schema.Struct({
      instructions: Schema.optional(Schema.NullOr(Schema.String)),
      pause_after_compaction: Schema.optional(Schema.Boolean),
      trigger: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
        ...AnthropicInputTokensTrigger.fields
      })))),
      type: Schema.Literal("compact_20260112")
    })),
      tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
    )))
  })))),
  fallbacks: Schema.optional(Schema.NullOr(Schema.Array(MessagesFallbackParam))),
  max_tokens: Schema.optional(Schema.Number),
  messages: Schema.NullOr(Schema.Array(MessagesMessageParam)),
  metadata: Schema.optional(tolerant(Schema.Struct({
    user_id: Schema.optional(Schema.NullOr(Schema.String))
  }))),
  model: Schema.String,
  models: Schema.optional(Schema.Array(Schema.String)),
  output_config: Schema.optional(MessagesOutputConfig),
  plugins: Schema.optional(Schema.Array(Schema.Union(
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
    tolerant(Schema.Struct({ id: Schema.optional(Schema.String) }))
  ))),
  provider: Schema.optional(ProviderPreferences),
  route: Schema.optional(DeprecatedRoute),
  service_tier: Schema.optional(Schema.String),
  session_id: Schema.optional(Schema.String),
  speed: Schema.optional(AnthropicSpeed),
  stop_sequences: Schema.optional(Schema.Array(Schema.String)),
  stop_server_tools_when: Schema.optional(StopServerToolsWhen),
  stream: Schema.optional(Schema.Boolean),
  system: Schema.optional(Schema.Union(
    Schema.String,
    Schema.Array(AnthropicTextBlockParam)
  )),
  temperature: Schema.optional(Schema.Number),
  thinking: Schema.optional(Schema.Union(
    tolerant(Schema.Struct({
    budget_tokens: Schema.Number,
    display: Schema.optional(AnthropicThinkingDisplay),
    type: Schema.Literal("enabled")
  })),
    tolerant(Schema.Struct({
    type: Schema.Literal("disabled")
  })),
    tolerant(Schema.Struct({
    display: Schema.optional(AnthropicThinkingDisplay),
    type: Schema.Literal("adaptive")
  })),
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  tool_choice: Schema.optional(Schema.Union(
    tolerant(Schema.Struct({
    disable_parallel_tool_use: Schema.optional(Schema.Boolean),
    type: Schema.Literal("auto")
  })),
    tolerant(Schema.Struct({
    disable_parallel_tool_use: Schema.optional(Schema.Boolean),
    type: Schema.Literal("any")
  })),
    tolerant(Schema.Struct({
    type: Schema.Literal("none")
  })),
    tolerant(Schema.Struct({
    disable_parallel_tool_use: Schema.optional(Schema.Boolean),
    name: Schema.String,
    type: Schema.Literal("tool")
  })),
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  tools: Schema.optional(Schema.Array(Schema.Union(
    tolerant(Schema.Struct({
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    defer_loading: Schema.optional(Schema.Boolean),
    description: Schema.optional(Schema.String),
    input_schema: tolerant(Schema.Struct({
      properties: Schema.optional(Schema.Unknown),
      required: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
      type: Schema.optional(Schema.String)
    })),
    name: Schema.String,
    type: Schema.optional(openLiteral("custom"))
  })),
    tolerant(Schema.Struct({
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    name: Schema.Literal("bash"),
    type: Schema.Literal("bash_20250124")
  })),
    tolerant(Schema.Struct({
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    name: Schema.Literal("str_replace_editor"),
    type: Schema.Literal("text_editor_20250124")
  })),
    tolerant(Schema.Struct({
    allowed_domains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
    blocked_domains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    max_uses: Schema.optional(Schema.NullOr(Schema.Number)),
    name: Schema.Literal("web_search"),
    type: Schema.Literal("web_search_20250305"),
    user_location: Schema.optional(AnthropicWebSearchToolUserLocation)
  })),
    tolerant(Schema.Struct({
    allowed_callers: Schema.optional(AnthropicAllowedCallers),
    allowed_domains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
    blocked_domains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    max_uses: Schema.optional(Schema.NullOr(Schema.Number)),
    name: Schema.Literal("web_search"),
    type: Schema.Literal("web_search_20260209"),
    user_location: Schema.optional(AnthropicWebSearchToolUserLocation)
  })),
    tolerant(Schema.Struct({
    allowed_callers: Schema.optional(AnthropicAllowedCallers),
    cache_control: Schema.optional(AnthropicCacheControlDirective),
    caching: Schema.optional(Schema.NullOr(AnthropicCacheControlDirective)),
    defer_loading: Schema.optional(Schema.Boolean),
    max_uses: Schema.optional(Schema.Number),
    model: Schema.String,
    name: Schema.Literal("advisor"),
    type: Schema.Literal("advisor_20260301")
  })),
    BashServerTool,
    DatetimeServerTool,
    ImageGenerationServerToolOpenRouter,
    MessagesSearchModelsServerTool,
    WebFetchServerTool,
    OpenRouterWebSearchServerTool,
    tolerant(Schema.Struct({
    type: Schema.String
  })),
    AnthropicToolSearchToolBm25,
    AnthropicToolSearchToolRegex,
    ShellServerToolOpenRouter,
    ToolSearchServerTool,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ))),
  top_k: Schema.optional(Schema.Number),
  top_p: Schema.optional(Schema.Number),
  trace: Schema.optional(TraceConfig),
  user: Schema.optional(Schema.String)
}))

/**
 * The type of {@link MessagesRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesRequest = typeof MessagesRequest.Type

/**
 * Non-streaming response from the Anthropic Messages API with OpenRouter extensions
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesResult = tolerant(Schema.Struct({
  ...BaseMessagesResult.fields,
  context_management: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    applied_edits: Schema.Array(tolerant(Schema.Struct({
      type: Schema.String
    })))
  })))),
  openrouter_metadata: Schema.optional(OpenRouterMetadata),
  provider: Schema.optional(ProviderName),
  usage: Schema.optional(tolerant(Schema.Struct({
    ...AnthropicUsage.fields,
    cost: Schema.optional(Schema.NullOr(Schema.Number)),
    cost_details: Schema.optional(CostDetails),
    is_byok: Schema.optional(Schema.Boolean),
    iterations: Schema.optional(Schema.Array(AnthropicUsageIteration)),
    service_tier: Schema.optional(Schema.NullOr(Schema.String)),
    speed: Schema.optional(AnthropicSpeed)
  })))
}))

/**
 * The type of {@link MessagesResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesResult = typeof MessagesResult.Type

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
