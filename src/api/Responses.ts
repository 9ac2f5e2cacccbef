/**
 * The `Responses` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { JsonObject, openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { AdvisorServerToolOpenRouter, AnthropicCacheControlDirective, AutoBetaRouterPlugin, AutoRouterPlugin, BashServerTool, ChatDebugOptions, ContextCompressionPlugin, DatetimeServerTool, DeprecatedRoute, FileParserPlugin, FilesServerTool, FusionPlugin, FusionServerToolOpenRouter, ImageConfig, ImageGenerationServerToolOpenRouter, ModerationPlugin, OpenRouterMetadata, ParetoRouterPlugin, PromptCacheBreakpoint, PromptCacheOptions, ProviderPreferences, ReasoningEffort, ReasoningFormat, ResponseHealingPlugin, SearchModelsServerToolConfig, SearchQualityLevel, ServerToolUseDetails, ShellServerToolOpenRouter, StopServerToolsWhen, SubagentServerToolOpenRouter, ToolSearchServerTool, TraceConfig, WebFetchPlugin, WebFetchServerTool, WebSearchEngineEnum, WebSearchMode, WebSearchPlugin, WebSearchUserLocation, WebSearchUserLocationServerTool } from "./common.js"

/**
 * Apply patch tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchServerTool = tolerant(Schema.Struct({
  type: Schema.Literal("apply_patch")
}))

/**
 * The type of {@link ApplyPatchServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchServerTool = typeof ApplyPatchServerTool.Type

/**
 * Which apply_patch engine to use.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchEngineEnum = openLiteral("auto", "native", "openrouter")

/**
 * The type of {@link ApplyPatchEngineEnum}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchEngineEnum = typeof ApplyPatchEngineEnum.Type

/**
 * Configuration for the openrouter:apply_patch server tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchServerToolConfig = tolerant(Schema.Struct({
  engine: Schema.optional(ApplyPatchEngineEnum)
}))

/**
 * The type of {@link ApplyPatchServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchServerToolConfig = typeof ApplyPatchServerToolConfig.Type

/**
 * OpenRouter built-in server tool: validates V4A diff patches for file operations (create, update, delete).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchServerToolOpenRouter = tolerant(Schema.Struct({
  parameters: Schema.optional(ApplyPatchServerToolConfig),
  type: Schema.Literal("openrouter:apply_patch")
}))

/**
 * The type of {@link ApplyPatchServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchServerToolOpenRouter = typeof ApplyPatchServerToolOpenRouter.Type

/**
 * Code interpreter tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterServerTool = tolerant(Schema.Struct({
  container: Schema.Union(
    Schema.String,
    tolerant(Schema.Struct({
    file_ids: Schema.optional(Schema.Array(Schema.String)),
    memory_limit: Schema.optional(Schema.NullOr(openLiteral("1g", "4g", "16g", "64g"))),
    type: Schema.Literal("auto")
  }))
  ),
  type: Schema.Literal("code_interpreter")
}))

/**
 * The type of {@link CodeInterpreterServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterServerTool = typeof CodeInterpreterServerTool.Type

/**
 * Local shell tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodexLocalShellTool = tolerant(Schema.Struct({
  type: Schema.Literal("local_shell")
}))

/**
 * The type of {@link CodexLocalShellTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type CodexLocalShellTool = typeof CodexLocalShellTool.Type

/**
 * Computer use preview tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseServerTool = tolerant(Schema.Struct({
  display_height: Schema.Number,
  display_width: Schema.Number,
  environment: openLiteral("windows", "mac", "linux", "ubuntu", "browser"),
  type: Schema.Literal("computer_use_preview")
}))

/**
 * The type of {@link ComputerUseServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type ComputerUseServerTool = typeof ComputerUseServerTool.Type

/**
 * Custom tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomTool = tolerant(Schema.Struct({
  description: Schema.optional(Schema.String),
  format: Schema.optional(Schema.Union(
    tolerant(Schema.Struct({
    type: Schema.Literal("text")
  })),
    tolerant(Schema.Struct({
    definition: Schema.String,
    syntax: openLiteral("lark", "regex"),
    type: Schema.Literal("grammar")
  })),
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  name: Schema.String,
  type: Schema.Literal("custom")
}))

/**
 * The type of {@link CustomTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type CustomTool = typeof CustomTool.Type

/**
 * A compound filter that combines multiple comparison or compound filters
 *
 * @since 0.1.0
 * @category schemas
 */
export const CompoundFilter = tolerant(Schema.Struct({
  filters: Schema.Array(JsonObject),
  type: openLiteral("and", "or")
}))

/**
 * The type of {@link CompoundFilter}.
 *
 * @since 0.1.0
 * @category models
 */
export type CompoundFilter = typeof CompoundFilter.Type

/**
 * File search tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileSearchServerTool = tolerant(Schema.Struct({
  filters: Schema.optional(Schema.NullOr(Schema.Union(
    tolerant(Schema.Struct({
    key: Schema.String,
    type: openLiteral("eq", "ne", "gt", "gte", "lt", "lte"),
    value: Schema.Union(
      Schema.String,
      Schema.Number,
      Schema.Boolean,
      Schema.Array(Schema.Union(
      Schema.String,
      Schema.Number
    ))
    )
  })),
    CompoundFilter
  ))),
  max_num_results: Schema.optional(Schema.Number),
  ranking_options: Schema.optional(tolerant(Schema.Struct({
    ranker: Schema.optional(openLiteral("auto", "default-2024-11-15")),
    score_threshold: Schema.optional(Schema.Number)
  }))),
  type: Schema.Literal("file_search"),
  vector_store_ids: Schema.Array(Schema.String)
}))

/**
 * The type of {@link FileSearchServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type FileSearchServerTool = typeof FileSearchServerTool.Type

/**
 * Function tool definition
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionTool = tolerant(Schema.Struct({
  description: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  parameters: Schema.NullOr(JsonObject),
  strict: Schema.optional(Schema.NullOr(Schema.Boolean)),
  type: openLiteral("function")
}))

/**
 * The type of {@link FunctionTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type FunctionTool = typeof FunctionTool.Type

/**
 * Image generation tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationServerTool = tolerant(Schema.Struct({
  background: Schema.optional(openLiteral("transparent", "opaque", "auto")),
  input_fidelity: Schema.optional(Schema.NullOr(openLiteral("high", "low"))),
  input_image_mask: Schema.optional(tolerant(Schema.Struct({
    file_id: Schema.optional(Schema.String),
    image_url: Schema.optional(Schema.String)
  }))),
  model: Schema.optional(Schema.String),
  moderation: Schema.optional(openLiteral("auto", "low")),
  output_compression: Schema.optional(Schema.Number),
  output_format: Schema.optional(openLiteral("png", "webp", "jpeg")),
  partial_images: Schema.optional(Schema.Number),
  quality: Schema.optional(openLiteral("low", "medium", "high", "auto")),
  size: Schema.optional(Schema.String),
  type: Schema.Literal("image_generation")
}))

/**
 * The type of {@link ImageGenerationServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationServerTool = typeof ImageGenerationServerTool.Type

/**
 * Size of the search context for web search tools
 *
 * @since 0.1.0
 * @category schemas
 */
export const SearchContextSizeEnum = openLiteral("low", "medium", "high")

/**
 * The type of {@link SearchContextSizeEnum}.
 *
 * @since 0.1.0
 * @category models
 */
export type SearchContextSizeEnum = typeof SearchContextSizeEnum.Type

/**
 * `WebSearchDomainFilter` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchDomainFilter = Schema.NullOr(tolerant(Schema.Struct({
  allowed_domains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  blocked_domains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  excluded_domains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String)))
})))

/**
 * The type of {@link WebSearchDomainFilter}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchDomainFilter = typeof WebSearchDomainFilter.Type

/**
 * Web search tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const LegacyWebSearchServerTool = tolerant(Schema.Struct({
  engine: Schema.optional(WebSearchEngineEnum),
  filters: Schema.optional(WebSearchDomainFilter),
  max_results: Schema.optional(Schema.Number),
  max_uses: Schema.optional(Schema.Number),
  mode: Schema.optional(WebSearchMode),
  search_context_size: Schema.optional(SearchContextSizeEnum),
  type: Schema.Literal("web_search"),
  user_location: Schema.optional(WebSearchUserLocation)
}))

/**
 * The type of {@link LegacyWebSearchServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type LegacyWebSearchServerTool = typeof LegacyWebSearchServerTool.Type

/**
 * MCP (Model Context Protocol) tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerTool = tolerant(Schema.Struct({
  allowed_tools: Schema.optional(Schema.NullOr(Schema.Union(
    Schema.Array(Schema.String),
    tolerant(Schema.Struct({
    read_only: Schema.optional(Schema.Boolean),
    tool_names: Schema.optional(Schema.Array(Schema.String))
  }))
  ))),
  authorization: Schema.optional(Schema.String),
  connector_id: Schema.optional(openLiteral("connector_dropbox", "connector_gmail", "connector_googlecalendar", "connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar", "connector_outlookemail", "connector_sharepoint")),
  headers: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  require_approval: Schema.optional(Schema.NullOr(Schema.Union(
    openLiteral("always", "never"),
    tolerant(Schema.Struct({
    always: Schema.optional(tolerant(Schema.Struct({
      tool_names: Schema.optional(Schema.Array(Schema.String))
    }))),
    never: Schema.optional(tolerant(Schema.Struct({
      tool_names: Schema.optional(Schema.Array(Schema.String))
    })))
  }))
  ))),
  server_description: Schema.optional(Schema.String),
  server_label: Schema.String,
  server_url: Schema.optional(Schema.String),
  type: Schema.Literal("mcp")
}))

/**
 * The type of {@link McpServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerTool = typeof McpServerTool.Type

/**
 * A function tool grouped inside a namespace tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const NamespaceFunctionTool = tolerant(Schema.Struct({
  allowed_callers: Schema.optional(Schema.NullOr(Schema.Array(openLiteral("direct", "programmatic")))),
  defer_loading: Schema.optional(Schema.Boolean),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  output_schema: Schema.optional(Schema.NullOr(JsonObject)),
  parameters: Schema.optional(Schema.NullOr(JsonObject)),
  strict: Schema.optional(Schema.NullOr(Schema.Boolean)),
  type: Schema.Literal("function")
}))

/**
 * The type of {@link NamespaceFunctionTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type NamespaceFunctionTool = typeof NamespaceFunctionTool.Type

/**
 * Groups function/custom tools under a shared namespace
 *
 * @since 0.1.0
 * @category schemas
 */
export const NamespaceTool = tolerant(Schema.Struct({
  description: Schema.String,
  name: Schema.String,
  tools: Schema.Array(Schema.Union(
    NamespaceFunctionTool,
    CustomTool,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  type: Schema.Literal("namespace")
}))

/**
 * The type of {@link NamespaceTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type NamespaceTool = typeof NamespaceTool.Type

/**
 * `Preview_WebSearchUserLocation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PreviewWebSearchUserLocation = Schema.NullOr(tolerant(Schema.Struct({
  city: Schema.optional(Schema.NullOr(Schema.String)),
  country: Schema.optional(Schema.NullOr(Schema.String)),
  region: Schema.optional(Schema.NullOr(Schema.String)),
  timezone: Schema.optional(Schema.NullOr(Schema.String)),
  type: openLiteral("approximate")
})))

/**
 * The type of {@link PreviewWebSearchUserLocation}.
 *
 * @since 0.1.0
 * @category models
 */
export type PreviewWebSearchUserLocation = typeof PreviewWebSearchUserLocation.Type

/**
 * Web search preview tool configuration (2025-03-11 version)
 *
 * @since 0.1.0
 * @category schemas
 */
export const Preview20250311WebSearchServerTool = tolerant(Schema.Struct({
  engine: Schema.optional(WebSearchEngineEnum),
  filters: Schema.optional(WebSearchDomainFilter),
  max_results: Schema.optional(Schema.Number),
  max_uses: Schema.optional(Schema.Number),
  mode: Schema.optional(WebSearchMode),
  search_context_size: Schema.optional(SearchContextSizeEnum),
  type: Schema.Literal("web_search_preview_2025_03_11"),
  user_location: Schema.optional(PreviewWebSearchUserLocation)
}))

/**
 * The type of {@link Preview20250311WebSearchServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type Preview20250311WebSearchServerTool = typeof Preview20250311WebSearchServerTool.Type

/**
 * Web search preview tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const PreviewWebSearchServerTool = tolerant(Schema.Struct({
  engine: Schema.optional(WebSearchEngineEnum),
  filters: Schema.optional(WebSearchDomainFilter),
  max_results: Schema.optional(Schema.Number),
  max_uses: Schema.optional(Schema.Number),
  mode: Schema.optional(WebSearchMode),
  search_context_size: Schema.optional(SearchContextSizeEnum),
  type: Schema.Literal("web_search_preview"),
  user_location: Schema.optional(PreviewWebSearchUserLocation)
}))

/**
 * The type of {@link PreviewWebSearchServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type PreviewWebSearchServerTool = typeof PreviewWebSearchServerTool.Type

/**
 * OpenRouter built-in server tool: searches and filters AI models available on OpenRouter
 *
 * @since 0.1.0
 * @category schemas
 */
export const SearchModelsServerToolOpenRouter = tolerant(Schema.Struct({
  parameters: Schema.optional(SearchModelsServerToolConfig),
  type: Schema.Literal("openrouter:experimental__search_models")
}))

/**
 * The type of {@link SearchModelsServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category models
 */
export type SearchModelsServerToolOpenRouter = typeof SearchModelsServerToolOpenRouter.Type

/**
 * Shell tool configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerTool = tolerant(Schema.Struct({
  type: Schema.Literal("shell")
}))

/**
 * The type of {@link ShellServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerTool = typeof ShellServerTool.Type

/**
 * Web search tool configuration (2025-08-26 version)
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchServerTool = tolerant(Schema.Struct({
  engine: Schema.optional(WebSearchEngineEnum),
  filters: Schema.optional(WebSearchDomainFilter),
  max_results: Schema.optional(Schema.Number),
  max_uses: Schema.optional(Schema.Number),
  mode: Schema.optional(WebSearchMode),
  search_context_size: Schema.optional(SearchContextSizeEnum),
  type: Schema.Literal("web_search_2025_08_26"),
  user_location: Schema.optional(WebSearchUserLocation)
}))

/**
 * The type of {@link WebSearchServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchServerTool = typeof WebSearchServerTool.Type

/**
 * Configuration for the openrouter:web_search server tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchServerToolConfig = tolerant(Schema.Struct({
  allowed_domains: Schema.optional(Schema.Array(Schema.String)),
  engine: Schema.optional(WebSearchEngineEnum),
  excluded_domains: Schema.optional(Schema.Array(Schema.String)),
  max_characters: Schema.optional(Schema.Number),
  max_results: Schema.optional(Schema.Number),
  max_total_results: Schema.optional(Schema.Number),
  max_uses: Schema.optional(Schema.Number),
  mode: Schema.optional(WebSearchMode),
  search_context_size: Schema.optional(SearchQualityLevel),
  user_location: Schema.optional(WebSearchUserLocationServerTool)
}))

/**
 * The type of {@link WebSearchServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchServerToolConfig = typeof WebSearchServerToolConfig.Type

/**
 * OpenRouter built-in server tool: searches the web for current information
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchServerToolOpenRouter = tolerant(Schema.Struct({
  parameters: Schema.optional(WebSearchServerToolConfig),
  type: Schema.Literal("openrouter:web_search")
}))

/**
 * The type of {@link WebSearchServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchServerToolOpenRouter = typeof WebSearchServerToolOpenRouter.Type

/**
 * Additional tools made available to the model at this point in the input
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdditionalToolsItem = tolerant(Schema.Struct({
  id: Schema.optional(Schema.NullOr(Schema.String)),
  role: openLiteral("unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"),
  tools: Schema.Array(Schema.Union(
    tolerant(Schema.Struct({
    ...FunctionTool.fields,
    defer_loading: Schema.optional(Schema.Boolean)
  })),
    PreviewWebSearchServerTool,
    Preview20250311WebSearchServerTool,
    LegacyWebSearchServerTool,
    WebSearchServerTool,
    FileSearchServerTool,
    ComputerUseServerTool,
    CodeInterpreterServerTool,
    McpServerTool,
    ImageGenerationServerTool,
    CodexLocalShellTool,
    ShellServerTool,
    ApplyPatchServerTool,
    CustomTool,
    NamespaceTool,
    AdvisorServerToolOpenRouter,
    SubagentServerToolOpenRouter,
    DatetimeServerTool,
    FilesServerTool,
    FusionServerToolOpenRouter,
    ImageGenerationServerToolOpenRouter,
    SearchModelsServerToolOpenRouter,
    WebFetchServerTool,
    WebSearchServerToolOpenRouter,
    ApplyPatchServerToolOpenRouter,
    BashServerTool,
    ShellServerToolOpenRouter,
    ToolSearchServerTool,
    tolerant(Schema.Struct({
    type: Schema.String
  })),
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  type: Schema.Literal("additional_tools")
}))

/**
 * The type of {@link AdditionalToolsItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type AdditionalToolsItem = typeof AdditionalToolsItem.Type

/**
 * Image input content item
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputImage = tolerant(Schema.Struct({
  detail: openLiteral("auto", "high", "low", "original"),
  image_url: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("input_image")
}))

/**
 * The type of {@link InputImage}.
 *
 * @since 0.1.0
 * @category models
 */
export type InputImage = typeof InputImage.Type

/**
 * Text input content item
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputText = tolerant(Schema.Struct({
  prompt_cache_breakpoint: Schema.optional(PromptCacheBreakpoint),
  text: Schema.String,
  type: Schema.Literal("input_text")
}))

/**
 * The type of {@link InputText}.
 *
 * @since 0.1.0
 * @category models
 */
export type InputText = typeof InputText.Type

/**
 * A message routed between agents in a multi-agent session
 *
 * @since 0.1.0
 * @category schemas
 */
export const AgentMessageItem = tolerant(Schema.Struct({
  agent: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    agent_name: Schema.String
  })))),
  author: Schema.String,
  content: Schema.Array(Schema.Union(
    InputText,
    tolerant(Schema.Struct({
    ...InputImage.fields
  })),
    tolerant(Schema.Struct({
    encrypted_content: Schema.String,
    type: Schema.Literal("encrypted_content")
  })),
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  recipient: Schema.String,
  type: Schema.Literal("agent_message")
}))

/**
 * The type of {@link AgentMessageItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type AgentMessageItem = typeof AgentMessageItem.Type

/**
 * Canonical OpenRouter error type, stable across all API formats
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApiErrorType = openLiteral("context_length_exceeded", "max_tokens_exceeded", "token_limit_exceeded", "string_too_long", "authentication", "permission_denied", "payment_required", "rate_limit_exceeded", "provider_overloaded", "provider_unavailable", "invalid_request", "invalid_prompt", "not_found", "precondition_failed", "payload_too_large", "unprocessable", "content_policy_violation", "refusal", "invalid_image", "image_too_large", "image_too_small", "unsupported_image_format", "image_not_found", "image_download_failed", "server", "timeout", "unmapped")

/**
 * The type of {@link ApiErrorType}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApiErrorType = typeof ApiErrorType.Type

/**
 * The `create_file` variant of an `apply_patch_call.operation`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCreateFileOperation = tolerant(Schema.Struct({
  diff: Schema.String,
  path: Schema.String,
  type: Schema.Literal("create_file")
}))

/**
 * The type of {@link ApplyPatchCreateFileOperation}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCreateFileOperation = typeof ApplyPatchCreateFileOperation.Type

/**
 * The `delete_file` variant of an `apply_patch_call.operation`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchDeleteFileOperation = tolerant(Schema.Struct({
  path: Schema.String,
  type: Schema.Literal("delete_file")
}))

/**
 * The type of {@link ApplyPatchDeleteFileOperation}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchDeleteFileOperation = typeof ApplyPatchDeleteFileOperation.Type

/**
 * The `update_file` variant of an `apply_patch_call.operation`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchUpdateFileOperation = tolerant(Schema.Struct({
  diff: Schema.String,
  path: Schema.String,
  type: Schema.Literal("update_file")
}))

/**
 * The type of {@link ApplyPatchUpdateFileOperation}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchUpdateFileOperation = typeof ApplyPatchUpdateFileOperation.Type

/**
 * The patch operation requested by an `apply_patch_call`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCallOperation = Schema.Union(
  ApplyPatchCreateFileOperation,
  ApplyPatchUpdateFileOperation,
  ApplyPatchDeleteFileOperation,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link ApplyPatchCallOperation}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCallOperation = typeof ApplyPatchCallOperation.Type

/**
 * Lifecycle state of an `apply_patch_call` output item.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCallStatus = openLiteral("in_progress", "completed")

/**
 * The type of {@link ApplyPatchCallStatus}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCallStatus = typeof ApplyPatchCallStatus.Type

/**
 * A tool call emitted by the model requesting a V4A patch operation.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCallItem = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  operation: ApplyPatchCallOperation,
  status: ApplyPatchCallStatus,
  type: Schema.Literal("apply_patch_call")
}))

/**
 * The type of {@link ApplyPatchCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCallItem = typeof ApplyPatchCallItem.Type

/**
 * The client's echo of an `apply_patch_call` after applying the patch.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCallOutputItem = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  output: Schema.optional(Schema.NullOr(Schema.String)),
  status: openLiteral("completed", "failed"),
  type: Schema.Literal("apply_patch_call_output")
}))

/**
 * The type of {@link ApplyPatchCallOutputItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCallOutputItem = typeof ApplyPatchCallOutputItem.Type

/**
 * Audio input content item
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputAudio = tolerant(Schema.Struct({
  input_audio: tolerant(Schema.Struct({
    data: Schema.String,
    format: openLiteral("mp3", "wav")
  })),
  type: Schema.Literal("input_audio")
}))

/**
 * The type of {@link InputAudio}.
 *
 * @since 0.1.0
 * @category models
 */
export type InputAudio = typeof InputAudio.Type

/**
 * File input content item
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputFile = tolerant(Schema.Struct({
  file_data: Schema.optional(Schema.String),
  file_id: Schema.optional(Schema.NullOr(Schema.String)),
  file_url: Schema.optional(Schema.String),
  filename: Schema.optional(Schema.String),
  type: Schema.Literal("input_file")
}))

/**
 * The type of {@link InputFile}.
 *
 * @since 0.1.0
 * @category models
 */
export type InputFile = typeof InputFile.Type

/**
 * `OpenAIResponseCustomToolCall` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseCustomToolCall = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.optional(Schema.String),
  input: Schema.String,
  name: Schema.String,
  namespace: Schema.optional(Schema.String),
  type: Schema.Literal("custom_tool_call")
}))

/**
 * The type of {@link OpenAIResponseCustomToolCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseCustomToolCall = typeof OpenAIResponseCustomToolCall.Type

/**
 * `OpenAIResponseCustomToolCallOutput` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseCustomToolCallOutput = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.optional(Schema.String),
  output: Schema.Union(
    Schema.String,
    Schema.Array(Schema.Union(
    InputText,
    InputImage,
    InputFile,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ))
  ),
  type: Schema.Literal("custom_tool_call_output")
}))

/**
 * The type of {@link OpenAIResponseCustomToolCallOutput}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseCustomToolCallOutput = typeof OpenAIResponseCustomToolCallOutput.Type

/**
 * `ToolCallStatus` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolCallStatus = openLiteral("in_progress", "completed", "incomplete")

/**
 * The type of {@link ToolCallStatus}.
 *
 * @since 0.1.0
 * @category models
 */
export type ToolCallStatus = typeof ToolCallStatus.Type

/**
 * `OpenAIResponseFunctionToolCall` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseFunctionToolCall = tolerant(Schema.Struct({
  arguments: Schema.String,
  call_id: Schema.String,
  id: Schema.optional(Schema.String),
  name: Schema.String,
  namespace: Schema.optional(Schema.String),
  status: Schema.optional(ToolCallStatus),
  subagent_id: Schema.optional(Schema.String),
  subagent_items: Schema.optional(Schema.Array(tolerant(Schema.Struct({
    type: Schema.String
  })))),
  type: Schema.Literal("function_call")
}))

/**
 * The type of {@link OpenAIResponseFunctionToolCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseFunctionToolCall = typeof OpenAIResponseFunctionToolCall.Type

/**
 * `OpenAIResponseFunctionToolCallOutput` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseFunctionToolCallOutput = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  output: Schema.Union(
    Schema.String,
    Schema.Array(Schema.Union(
    InputText,
    InputImage,
    InputFile,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ))
  ),
  status: Schema.optional(Schema.NullOr(ToolCallStatus)),
  type: Schema.Literal("function_call_output")
}))

/**
 * The type of {@link OpenAIResponseFunctionToolCallOutput}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseFunctionToolCallOutput = typeof OpenAIResponseFunctionToolCallOutput.Type

/**
 * `OpenAIResponseInputMessageItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseInputMessageItem = tolerant(Schema.Struct({
  content: Schema.Array(Schema.Union(
    InputText,
    InputImage,
    InputFile,
    InputAudio,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  id: Schema.String,
  role: openLiteral("user", "system", "developer"),
  type: Schema.optional(openLiteral("message"))
}))

/**
 * The type of {@link OpenAIResponseInputMessageItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseInputMessageItem = typeof OpenAIResponseInputMessageItem.Type

/**
 * `ImageGenerationStatus` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationStatus = openLiteral("in_progress", "completed", "generating", "failed")

/**
 * The type of {@link ImageGenerationStatus}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationStatus = typeof ImageGenerationStatus.Type

/**
 * `OutputItemImageGenerationCall` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemImageGenerationCall = tolerant(Schema.Struct({
  id: Schema.String,
  result: Schema.optional(Schema.NullOr(Schema.String)),
  status: ImageGenerationStatus,
  type: Schema.Literal("image_generation_call")
}))

/**
 * The type of {@link OutputItemImageGenerationCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemImageGenerationCall = typeof OutputItemImageGenerationCall.Type

/**
 * `OpenAIResponsesRefusalContent` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesRefusalContent = tolerant(Schema.Struct({
  refusal: Schema.String,
  type: Schema.Literal("refusal")
}))

/**
 * The type of {@link OpenAIResponsesRefusalContent}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesRefusalContent = typeof OpenAIResponsesRefusalContent.Type

/**
 * `FileCitation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileCitation = tolerant(Schema.Struct({
  file_id: Schema.String,
  filename: Schema.String,
  index: Schema.Number,
  type: Schema.Literal("file_citation")
}))

/**
 * The type of {@link FileCitation}.
 *
 * @since 0.1.0
 * @category models
 */
export type FileCitation = typeof FileCitation.Type

/**
 * `FilePath` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FilePath = tolerant(Schema.Struct({
  file_id: Schema.String,
  index: Schema.Number,
  type: Schema.Literal("file_path")
}))

/**
 * The type of {@link FilePath}.
 *
 * @since 0.1.0
 * @category models
 */
export type FilePath = typeof FilePath.Type

/**
 * `URLCitation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const URLCitation = tolerant(Schema.Struct({
  content: Schema.optional(Schema.String),
  end_index: Schema.Number,
  start_index: Schema.Number,
  title: Schema.String,
  type: Schema.Literal("url_citation"),
  url: Schema.String
}))

/**
 * The type of {@link URLCitation}.
 *
 * @since 0.1.0
 * @category models
 */
export type URLCitation = typeof URLCitation.Type

/**
 * `OpenAIResponsesAnnotation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesAnnotation = Schema.Union(
  FileCitation,
  URLCitation,
  FilePath,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link OpenAIResponsesAnnotation}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesAnnotation = typeof OpenAIResponsesAnnotation.Type

/**
 * `ResponseOutputText` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseOutputText = tolerant(Schema.Struct({
  annotations: Schema.optional(Schema.Array(OpenAIResponsesAnnotation)),
  logprobs: Schema.optional(Schema.Array(tolerant(Schema.Struct({
    bytes: Schema.Array(Schema.Number),
    logprob: Schema.Number,
    token: Schema.String,
    top_logprobs: Schema.Array(tolerant(Schema.Struct({
      bytes: Schema.Array(Schema.Number),
      logprob: Schema.Number,
      token: Schema.String
    })))
  })))),
  text: Schema.String,
  type: Schema.Literal("output_text")
}))

/**
 * The type of {@link ResponseOutputText}.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponseOutputText = typeof ResponseOutputText.Type

/**
 * `OutputMessage` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputMessage = tolerant(Schema.Struct({
  content: Schema.Array(Schema.Union(
    ResponseOutputText,
    OpenAIResponsesRefusalContent,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  id: Schema.String,
  phase: Schema.optional(Schema.NullOr(openLiteral("commentary", "final_answer"))),
  role: Schema.Literal("assistant"),
  status: Schema.optional(openLiteral("completed", "incomplete", "in_progress")),
  type: Schema.Literal("message")
}))

/**
 * The type of {@link OutputMessage}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputMessage = typeof OutputMessage.Type

/**
 * `BaseInputs` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BaseInputs = Schema.NullOr(Schema.Union(
  Schema.String,
  Schema.Array(Schema.Union(
  tolerant(Schema.Struct({
  content: Schema.Union(
    Schema.Array(Schema.Union(
    InputText,
    InputImage,
    InputFile,
    InputAudio,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
    Schema.String
  ),
  phase: Schema.optional(Schema.NullOr(openLiteral("commentary", "final_answer"))),
  role: openLiteral("user", "system", "assistant", "developer"),
  type: Schema.optional(openLiteral("message"))
})),
  OpenAIResponseInputMessageItem,
  OpenAIResponseFunctionToolCallOutput,
  OpenAIResponseFunctionToolCall,
  OutputItemImageGenerationCall,
  OutputMessage,
  OpenAIResponseCustomToolCall,
  OpenAIResponseCustomToolCallOutput,
  ApplyPatchCallItem,
  ApplyPatchCallOutputItem,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
))
))

/**
 * The type of {@link BaseInputs}.
 *
 * @since 0.1.0
 * @category models
 */
export type BaseInputs = typeof BaseInputs.Type

/**
 * Controls which reasoning is available to the model.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningContext = Schema.NullOr(openLiteral("auto", "all_turns", "current_turn"))

/**
 * The type of {@link ReasoningContext}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningContext = typeof ReasoningContext.Type

/**
 * Selects the reasoning mode.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningMode = Schema.NullOr(openLiteral("standard", "pro"))

/**
 * The type of {@link ReasoningMode}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningMode = typeof ReasoningMode.Type

/**
 * `ReasoningSummaryVerbosity` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningSummaryVerbosity = Schema.NullOr(openLiteral("auto", "concise", "detailed"))

/**
 * The type of {@link ReasoningSummaryVerbosity}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningSummaryVerbosity = typeof ReasoningSummaryVerbosity.Type

/**
 * `BaseReasoningConfig` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BaseReasoningConfig = Schema.NullOr(tolerant(Schema.Struct({
  context: Schema.optional(ReasoningContext),
  effort: Schema.optional(ReasoningEffort),
  mode: Schema.optional(ReasoningMode),
  summary: Schema.optional(ReasoningSummaryVerbosity)
})))

/**
 * The type of {@link BaseReasoningConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type BaseReasoningConfig = typeof BaseReasoningConfig.Type

/**
 * `IncompleteDetails` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const IncompleteDetails = Schema.NullOr(tolerant(Schema.Struct({
  reason: Schema.optional(openLiteral("max_output_tokens", "content_filter"))
})))

/**
 * The type of {@link IncompleteDetails}.
 *
 * @since 0.1.0
 * @category models
 */
export type IncompleteDetails = typeof IncompleteDetails.Type

/**
 * `OpenAIResponsesResponseStatus` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesResponseStatus = openLiteral("completed", "incomplete", "in_progress", "failed", "cancelled", "queued")

/**
 * The type of {@link OpenAIResponsesResponseStatus}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesResponseStatus = typeof OpenAIResponsesResponseStatus.Type

/**
 * Constrains the model to a pre-defined set of allowed tools
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolChoiceAllowed = tolerant(Schema.Struct({
  mode: openLiteral("auto", "required"),
  tools: Schema.Array(JsonObject),
  type: Schema.Literal("allowed_tools")
}))

/**
 * The type of {@link ToolChoiceAllowed}.
 *
 * @since 0.1.0
 * @category models
 */
export type ToolChoiceAllowed = typeof ToolChoiceAllowed.Type

/**
 * `OpenAIResponsesToolChoice` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesToolChoice = Schema.Union(
  openLiteral("auto", "none", "required"),
  tolerant(Schema.Struct({
  name: Schema.String,
  type: Schema.Literal("function")
})),
  tolerant(Schema.Struct({
  type: openLiteral("web_search_preview_2025_03_11", "web_search_preview")
})),
  ToolChoiceAllowed,
  tolerant(Schema.Struct({
  type: Schema.Literal("apply_patch")
})),
  tolerant(Schema.Struct({
  type: Schema.Literal("shell")
})),
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link OpenAIResponsesToolChoice}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesToolChoice = typeof OpenAIResponsesToolChoice.Type

/**
 * `OpenAIResponsesUsage` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesUsage = tolerant(Schema.Struct({
  input_tokens: Schema.Number,
  input_tokens_details: tolerant(Schema.Struct({
    cache_write_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    cached_tokens: Schema.Number
  })),
  output_tokens: Schema.Number,
  output_tokens_details: tolerant(Schema.Struct({
    reasoning_tokens: Schema.Number
  })),
  total_tokens: Schema.Number
}))

/**
 * The type of {@link OpenAIResponsesUsage}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesUsage = typeof OpenAIResponsesUsage.Type

/**
 * `OutputItemApplyPatchCall` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemApplyPatchCall = tolerant(Schema.Struct({
  call_id: Schema.String,
  created_by: Schema.optional(Schema.String),
  id: Schema.String,
  operation: Schema.Union(
    ApplyPatchCreateFileOperation,
    ApplyPatchUpdateFileOperation,
    ApplyPatchDeleteFileOperation,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ),
  status: openLiteral("in_progress", "completed"),
  type: Schema.Literal("apply_patch_call")
}))

/**
 * The type of {@link OutputItemApplyPatchCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemApplyPatchCall = typeof OutputItemApplyPatchCall.Type

/**
 * `CodeInterpreterFileOutput` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterFileOutput = tolerant(Schema.Struct({
  download_url: Schema.optional(Schema.String),
  error_code: Schema.optional(Schema.NullOr(Schema.String)),
  expires_at: Schema.optional(Schema.String),
  filename: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  media_type: Schema.optional(Schema.String),
  sha256: Schema.optional(Schema.String),
  size_bytes: Schema.optional(Schema.Number),
  status: Schema.optional(Schema.String),
  type: Schema.Literal("file")
}))

/**
 * The type of {@link CodeInterpreterFileOutput}.
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterFileOutput = typeof CodeInterpreterFileOutput.Type

/**
 * `CodeInterpreterImageOutput` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterImageOutput = tolerant(Schema.Struct({
  type: Schema.Literal("image"),
  url: Schema.String
}))

/**
 * The type of {@link CodeInterpreterImageOutput}.
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterImageOutput = typeof CodeInterpreterImageOutput.Type

/**
 * `CodeInterpreterLogsOutput` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterLogsOutput = tolerant(Schema.Struct({
  logs: Schema.String,
  type: Schema.Literal("logs")
}))

/**
 * The type of {@link CodeInterpreterLogsOutput}.
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterLogsOutput = typeof CodeInterpreterLogsOutput.Type

/**
 * `OutputItemCodeInterpreterCall` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemCodeInterpreterCall = tolerant(Schema.Struct({
  code: Schema.optional(Schema.NullOr(Schema.String)),
  container_id: Schema.optional(Schema.String),
  id: Schema.String,
  outputs: Schema.optional(Schema.NullOr(Schema.Array(Schema.Union(
    CodeInterpreterLogsOutput,
    CodeInterpreterImageOutput,
    CodeInterpreterFileOutput,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )))),
  status: openLiteral("in_progress", "completed", "incomplete", "interpreting", "failed"),
  type: Schema.Literal("code_interpreter_call")
}))

/**
 * The type of {@link OutputItemCodeInterpreterCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemCodeInterpreterCall = typeof OutputItemCodeInterpreterCall.Type

/**
 * `OutputItemCustomToolCall` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemCustomToolCall = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.optional(Schema.String),
  input: Schema.String,
  name: Schema.String,
  namespace: Schema.optional(Schema.String),
  type: Schema.Literal("custom_tool_call")
}))

/**
 * The type of {@link OutputItemCustomToolCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemCustomToolCall = typeof OutputItemCustomToolCall.Type

/**
 * `WebSearchStatus` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchStatus = openLiteral("completed", "searching", "in_progress", "failed")

/**
 * The type of {@link WebSearchStatus}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchStatus = typeof WebSearchStatus.Type

/**
 * `OutputItemFileSearchCall` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemFileSearchCall = tolerant(Schema.Struct({
  id: Schema.String,
  queries: Schema.Array(Schema.String),
  status: WebSearchStatus,
  type: Schema.Literal("file_search_call")
}))

/**
 * The type of {@link OutputItemFileSearchCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemFileSearchCall = typeof OutputItemFileSearchCall.Type

/**
 * `OutputItemFunctionCall` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemFunctionCall = tolerant(Schema.Struct({
  arguments: Schema.String,
  call_id: Schema.String,
  id: Schema.optional(Schema.String),
  name: Schema.String,
  namespace: Schema.optional(Schema.String),
  status: Schema.optional(openLiteral("completed", "incomplete", "in_progress")),
  type: Schema.Literal("function_call")
}))

/**
 * The type of {@link OutputItemFunctionCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemFunctionCall = typeof OutputItemFunctionCall.Type

/**
 * `ReasoningSummaryText` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningSummaryText = tolerant(Schema.Struct({
  text: Schema.String,
  type: openLiteral("summary_text")
}))

/**
 * The type of {@link ReasoningSummaryText}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningSummaryText = typeof ReasoningSummaryText.Type

/**
 * `ReasoningTextContent` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningTextContent = tolerant(Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("reasoning_text")
}))

/**
 * The type of {@link ReasoningTextContent}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningTextContent = typeof ReasoningTextContent.Type

/**
 * `OutputItemReasoning` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemReasoning = tolerant(Schema.Struct({
  content: Schema.optional(Schema.Array(ReasoningTextContent)),
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  status: Schema.optional(openLiteral("completed", "incomplete", "in_progress")),
  summary: Schema.Array(ReasoningSummaryText),
  type: Schema.Literal("reasoning")
}))

/**
 * The type of {@link OutputItemReasoning}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemReasoning = typeof OutputItemReasoning.Type

/**
 * `WebSearchSource` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchSource = tolerant(Schema.Struct({
  type: openLiteral("url"),
  url: Schema.String
}))

/**
 * The type of {@link WebSearchSource}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchSource = typeof WebSearchSource.Type

/**
 * `OutputItemWebSearchCall` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemWebSearchCall = tolerant(Schema.Struct({
  action: Schema.optional(Schema.Union(
    tolerant(Schema.Struct({
    queries: Schema.optional(Schema.Array(Schema.String)),
    query: Schema.String,
    sources: Schema.optional(Schema.Array(WebSearchSource)),
    type: Schema.Literal("search")
  })),
    tolerant(Schema.Struct({
    type: Schema.Literal("open_page"),
    url: Schema.optional(Schema.NullOr(Schema.String))
  })),
    tolerant(Schema.Struct({
    pattern: Schema.String,
    type: Schema.Literal("find_in_page"),
    url: Schema.String
  })),
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  id: Schema.String,
  status: WebSearchStatus,
  type: Schema.Literal("web_search_call")
}))

/**
 * The type of {@link OutputItemWebSearchCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemWebSearchCall = typeof OutputItemWebSearchCall.Type

/**
 * Metadata key-value pairs for the request.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RequestMetadata = Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))

/**
 * The type of {@link RequestMetadata}.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestMetadata = typeof RequestMetadata.Type

/**
 * Error information returned from the API
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponsesErrorField = Schema.NullOr(tolerant(Schema.Struct({
  code: openLiteral("server_error", "rate_limit_exceeded", "invalid_prompt", "vector_store_timeout", "invalid_image", "invalid_image_format", "invalid_base64_image", "invalid_image_url", "image_too_large", "image_too_small", "image_parse_error", "image_content_policy_violation", "invalid_image_mode", "image_file_too_large", "unsupported_image_media_type", "empty_image_file", "failed_to_download_image", "image_file_not_found", "bio_policy", "data_residency_mismatch"),
  message: Schema.String
})))

/**
 * The type of {@link ResponsesErrorField}.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponsesErrorField = typeof ResponsesErrorField.Type

/**
 * `ServiceTier` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServiceTier = Schema.NullOr(openLiteral("auto", "default", "flex", "priority", "scale"))

/**
 * The type of {@link ServiceTier}.
 *
 * @since 0.1.0
 * @category models
 */
export type ServiceTier = typeof ServiceTier.Type

/**
 * `StoredPromptTemplate` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StoredPromptTemplate = Schema.NullOr(tolerant(Schema.Struct({
  id: Schema.String,
  variables: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Union(
    Schema.String,
    InputText,
    InputImage,
    InputFile,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ) })))
})))

/**
 * The type of {@link StoredPromptTemplate}.
 *
 * @since 0.1.0
 * @category models
 */
export type StoredPromptTemplate = typeof StoredPromptTemplate.Type

/**
 * JSON object response format
 *
 * @since 0.1.0
 * @category schemas
 */
export const FormatJsonObjectConfig = tolerant(Schema.Struct({
  type: Schema.Literal("json_object")
}))

/**
 * The type of {@link FormatJsonObjectConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type FormatJsonObjectConfig = typeof FormatJsonObjectConfig.Type

/**
 * JSON schema constrained response format
 *
 * @since 0.1.0
 * @category schemas
 */
export const FormatJsonSchemaConfig = tolerant(Schema.Struct({
  description: Schema.optional(Schema.String),
  name: Schema.String,
  schema: JsonObject,
  strict: Schema.optional(Schema.NullOr(Schema.Boolean)),
  type: Schema.Literal("json_schema")
}))

/**
 * The type of {@link FormatJsonSchemaConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type FormatJsonSchemaConfig = typeof FormatJsonSchemaConfig.Type

/**
 * Plain text response format
 *
 * @since 0.1.0
 * @category schemas
 */
export const FormatTextConfig = tolerant(Schema.Struct({
  type: Schema.Literal("text")
}))

/**
 * The type of {@link FormatTextConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type FormatTextConfig = typeof FormatTextConfig.Type

/**
 * Text response format configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const Formats = Schema.Union(
  FormatTextConfig,
  FormatJsonObjectConfig,
  FormatJsonSchemaConfig,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link Formats}.
 *
 * @since 0.1.0
 * @category models
 */
export type Formats = typeof Formats.Type

/**
 * Text output configuration including format and verbosity
 *
 * @since 0.1.0
 * @category schemas
 */
export const TextConfig = tolerant(Schema.Struct({
  format: Schema.optional(Formats),
  verbosity: Schema.optional(Schema.NullOr(openLiteral("high", "low", "medium")))
}))

/**
 * The type of {@link TextConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type TextConfig = typeof TextConfig.Type

/**
 * `Truncation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Truncation = Schema.NullOr(openLiteral("auto", "disabled"))

/**
 * The type of {@link Truncation}.
 *
 * @since 0.1.0
 * @category models
 */
export type Truncation = typeof Truncation.Type

/**
 * `BaseResponsesResult` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BaseResponsesResult = tolerant(Schema.Struct({
  background: Schema.optional(Schema.NullOr(Schema.Boolean)),
  completed_at: Schema.NullOr(Schema.Number),
  created_at: Schema.Number,
  error: ResponsesErrorField,
  frequency_penalty: Schema.NullOr(Schema.Number),
  id: Schema.String,
  incomplete_details: IncompleteDetails,
  instructions: BaseInputs,
  max_output_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
  max_tool_calls: Schema.optional(Schema.NullOr(Schema.Number)),
  metadata: RequestMetadata,
  model: Schema.String,
  object: openLiteral("response"),
  output: Schema.Array(Schema.Union(
    OutputMessage,
    OutputItemReasoning,
    OutputItemFunctionCall,
    OutputItemCustomToolCall,
    OutputItemWebSearchCall,
    OutputItemFileSearchCall,
    OutputItemImageGenerationCall,
    OutputItemApplyPatchCall,
    OutputItemCodeInterpreterCall,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  output_text: Schema.optional(Schema.String),
  parallel_tool_calls: Schema.Boolean,
  presence_penalty: Schema.NullOr(Schema.Number),
  previous_response_id: Schema.optional(Schema.NullOr(Schema.String)),
  prompt: Schema.optional(StoredPromptTemplate),
  prompt_cache_key: Schema.optional(Schema.NullOr(Schema.String)),
  prompt_cache_options: Schema.optional(PromptCacheOptions),
  reasoning: Schema.optional(BaseReasoningConfig),
  safety_identifier: Schema.optional(Schema.NullOr(Schema.String)),
  service_tier: Schema.optional(ServiceTier),
  status: OpenAIResponsesResponseStatus,
  store: Schema.optional(Schema.Boolean),
  temperature: Schema.NullOr(Schema.Number),
  text: Schema.optional(TextConfig),
  tool_choice: OpenAIResponsesToolChoice,
  tools: Schema.Array(Schema.Union(
    tolerant(Schema.Struct({
    ...FunctionTool.fields,
    defer_loading: Schema.optional(Schema.Boolean)
  })),
    PreviewWebSearchServerTool,
    Preview20250311WebSearchServerTool,
    LegacyWebSearchServerTool,
    WebSearchServerTool,
    FileSearchServerTool,
    ComputerUseServerTool,
    CodeInterpreterServerTool,
    McpServerTool,
    ImageGenerationServerTool,
    CodexLocalShellTool,
    ShellServerTool,
    ApplyPatchServerTool,
    CustomTool,
    NamespaceTool,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  top_logprobs: Schema.optional(Schema.Number),
  top_p: Schema.NullOr(Schema.Number),
  truncation: Schema.optional(Truncation),
  usage: Schema.optional(OpenAIResponsesUsage),
  user: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * The type of {@link BaseResponsesResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type BaseResponsesResult = typeof BaseResponsesResult.Type

/**
 * A code interpreter execution call with outputs
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterCallItem = OutputItemCodeInterpreterCall

/**
 * The type of {@link CodeInterpreterCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterCallItem = typeof CodeInterpreterCallItem.Type

/**
 * A context compaction marker with encrypted summary
 *
 * @since 0.1.0
 * @category schemas
 */
export const CompactionItem = tolerant(Schema.Struct({
  encrypted_content: Schema.String,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("compaction")
}))

/**
 * The type of {@link CompactionItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type CompactionItem = typeof CompactionItem.Type

/**
 * A context compaction marker with an optional encrypted summary
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContextCompactionItem = tolerant(Schema.Struct({
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("context_compaction")
}))

/**
 * The type of {@link ContextCompactionItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContextCompactionItem = typeof ContextCompactionItem.Type

/**
 * A call to a custom (freeform-grammar) tool created by the model — distinct from `function_call`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomToolCallItem = tolerant(Schema.Struct({
  ...OpenAIResponseCustomToolCall.fields,
  status: Schema.optional(ToolCallStatus)
}))

/**
 * The type of {@link CustomToolCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type CustomToolCallItem = typeof CustomToolCallItem.Type

/**
 * The output from a custom (freeform-grammar) tool call execution.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomToolCallOutputItem = tolerant(Schema.Struct({
  ...OpenAIResponseCustomToolCallOutput.fields,
  output: Schema.optional(Schema.Union(
    Schema.String,
    Schema.Array(Schema.Union(
    InputText,
    tolerant(Schema.Struct({
    ...InputImage.fields
  })),
    InputFile,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ))
  ))
}))

/**
 * The type of {@link CustomToolCallOutputItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type CustomToolCallOutputItem = typeof CustomToolCallOutputItem.Type

/**
 * Video input content item
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputVideo = tolerant(Schema.Struct({
  type: Schema.Literal("input_video"),
  video_url: Schema.String
}))

/**
 * The type of {@link InputVideo}.
 *
 * @since 0.1.0
 * @category models
 */
export type InputVideo = typeof InputVideo.Type

/**
 * `EasyInputMessage` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EasyInputMessage = tolerant(Schema.Struct({
  content: Schema.optional(Schema.NullOr(Schema.Union(
    Schema.Array(Schema.Union(
    InputText,
    tolerant(Schema.Struct({
    ...InputImage.fields
  })),
    InputFile,
    InputAudio,
    InputVideo,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
    Schema.String
  ))),
  phase: Schema.optional(Schema.NullOr(openLiteral("commentary", "final_answer"))),
  role: openLiteral("user", "system", "assistant", "developer"),
  type: Schema.optional(openLiteral("message"))
}))

/**
 * The type of {@link EasyInputMessage}.
 *
 * @since 0.1.0
 * @category models
 */
export type EasyInputMessage = typeof EasyInputMessage.Type

/**
 * `FailableToolCallStatus` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FailableToolCallStatus = openLiteral("in_progress", "completed", "incomplete", "failed")

/**
 * The type of {@link FailableToolCallStatus}.
 *
 * @since 0.1.0
 * @category models
 */
export type FailableToolCallStatus = typeof FailableToolCallStatus.Type

/**
 * A function call initiated by the model
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionCallItem = tolerant(Schema.Struct({
  ...OpenAIResponseFunctionToolCall.fields,
  id: Schema.String
}))

/**
 * The type of {@link FunctionCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type FunctionCallItem = typeof FunctionCallItem.Type

/**
 * The output from a function call execution
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionCallOutputItem = tolerant(Schema.Struct({
  ...OpenAIResponseFunctionToolCallOutput.fields,
  output: Schema.optional(Schema.Union(
    Schema.String,
    Schema.Array(Schema.Union(
    InputText,
    tolerant(Schema.Struct({
    ...InputImage.fields
  })),
    InputFile,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ))
  ))
}))

/**
 * The type of {@link FunctionCallOutputItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type FunctionCallOutputItem = typeof FunctionCallOutputItem.Type

/**
 * Structured analysis produced by the fusion analyst model.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionAnalysisResult = tolerant(Schema.Struct({
  blind_spots: Schema.Array(Schema.String),
  consensus: Schema.Array(Schema.String),
  contradictions: Schema.Array(tolerant(Schema.Struct({
    stances: Schema.Array(tolerant(Schema.Struct({
      model: Schema.String,
      stance: Schema.String
    }))),
    topic: Schema.String
  }))),
  partial_coverage: Schema.Array(tolerant(Schema.Struct({
    models: Schema.Array(Schema.String),
    point: Schema.String
  }))),
  unique_insights: Schema.Array(tolerant(Schema.Struct({
    insight: Schema.String,
    model: Schema.String
  })))
}))

/**
 * The type of {@link FusionAnalysisResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionAnalysisResult = typeof FusionAnalysisResult.Type

/**
 * A web page retrieved via web search during a fusion run.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionSource = tolerant(Schema.Struct({
  title: Schema.String,
  url: Schema.String
}))

/**
 * The type of {@link FusionSource}.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionSource = typeof FusionSource.Type

/**
 * `InputMessageItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputMessageItem = tolerant(Schema.Struct({
  content: Schema.optional(Schema.NullOr(Schema.Array(Schema.Union(
    InputText,
    tolerant(Schema.Struct({
    ...InputImage.fields
  })),
    InputFile,
    InputAudio,
    InputVideo,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )))),
  id: Schema.optional(Schema.String),
  role: openLiteral("user", "system", "developer"),
  type: Schema.optional(openLiteral("message"))
}))

/**
 * The type of {@link InputMessageItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type InputMessageItem = typeof InputMessageItem.Type

/**
 * A reference to a previous response item by ID
 *
 * @since 0.1.0
 * @category schemas
 */
export const ItemReferenceItem = tolerant(Schema.Struct({
  id: Schema.String,
  type: Schema.Literal("item_reference")
}))

/**
 * The type of {@link ItemReferenceItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type ItemReferenceItem = typeof ItemReferenceItem.Type

/**
 * A local shell command execution call
 *
 * @since 0.1.0
 * @category schemas
 */
export const LocalShellCallItem = tolerant(Schema.Struct({
  action: tolerant(Schema.Struct({
    command: Schema.Array(Schema.String),
    env: Schema.Record({ key: Schema.String, value: Schema.String }),
    timeout_ms: Schema.optional(Schema.NullOr(Schema.Number)),
    type: openLiteral("exec"),
    user: Schema.optional(Schema.NullOr(Schema.String)),
    working_directory: Schema.optional(Schema.NullOr(Schema.String))
  })),
  call_id: Schema.String,
  id: Schema.String,
  status: ToolCallStatus,
  type: Schema.Literal("local_shell_call")
}))

/**
 * The type of {@link LocalShellCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type LocalShellCallItem = typeof LocalShellCallItem.Type

/**
 * Output from a local shell command execution
 *
 * @since 0.1.0
 * @category schemas
 */
export const LocalShellCallOutputItem = tolerant(Schema.Struct({
  id: Schema.String,
  output: Schema.String,
  status: Schema.optional(Schema.NullOr(ToolCallStatus)),
  type: Schema.Literal("local_shell_call_output")
}))

/**
 * The type of {@link LocalShellCallOutputItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type LocalShellCallOutputItem = typeof LocalShellCallOutputItem.Type

/**
 * Request for approval to execute an MCP tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpApprovalRequestItem = tolerant(Schema.Struct({
  arguments: Schema.String,
  id: Schema.String,
  name: Schema.String,
  server_label: Schema.String,
  type: Schema.Literal("mcp_approval_request")
}))

/**
 * The type of {@link McpApprovalRequestItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type McpApprovalRequestItem = typeof McpApprovalRequestItem.Type

/**
 * User response to an MCP tool approval request
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpApprovalResponseItem = tolerant(Schema.Struct({
  approval_request_id: Schema.String,
  approve: Schema.Boolean,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  reason: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("mcp_approval_response")
}))

/**
 * The type of {@link McpApprovalResponseItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type McpApprovalResponseItem = typeof McpApprovalResponseItem.Type

/**
 * An MCP tool call with its output or error
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpCallItem = tolerant(Schema.Struct({
  arguments: Schema.String,
  error: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  name: Schema.String,
  output: Schema.optional(Schema.NullOr(Schema.String)),
  server_label: Schema.String,
  type: Schema.Literal("mcp_call")
}))

/**
 * The type of {@link McpCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type McpCallItem = typeof McpCallItem.Type

/**
 * List of available MCP tools from a server
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpListToolsItem = tolerant(Schema.Struct({
  error: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  server_label: Schema.String,
  tools: Schema.Array(tolerant(Schema.Struct({
    annotations: Schema.optional(Schema.Unknown),
    description: Schema.optional(Schema.NullOr(Schema.String)),
    input_schema: JsonObject,
    name: Schema.String
  }))),
  type: Schema.Literal("mcp_list_tools")
}))

/**
 * The type of {@link McpListToolsItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type McpListToolsItem = typeof McpListToolsItem.Type

/**
 * An openrouter:advisor server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputAdvisorServerToolItem = tolerant(Schema.Struct({
  advice: Schema.optional(Schema.String),
  error: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  instance_name: Schema.optional(Schema.String),
  model: Schema.optional(Schema.String),
  prompt: Schema.optional(Schema.String),
  status: FailableToolCallStatus,
  type: Schema.Literal("openrouter:advisor")
}))

/**
 * The type of {@link OutputAdvisorServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputAdvisorServerToolItem = typeof OutputAdvisorServerToolItem.Type

/**
 * An openrouter:apply_patch server tool output item.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputApplyPatchServerToolItem = tolerant(Schema.Struct({
  call_id: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  operation: Schema.optional(ApplyPatchCallOperation),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:apply_patch")
}))

/**
 * The type of {@link OutputApplyPatchServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputApplyPatchServerToolItem = typeof OutputApplyPatchServerToolItem.Type

/**
 * An openrouter:bash server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputBashServerToolItem = tolerant(Schema.Struct({
  arguments: Schema.optional(Schema.NullOr(Schema.String)),
  call_id: Schema.optional(Schema.NullOr(Schema.String)),
  command: Schema.optional(Schema.String),
  exitCode: Schema.optional(Schema.Number),
  id: Schema.optional(Schema.String),
  status: ToolCallStatus,
  stderr: Schema.optional(Schema.String),
  stdout: Schema.optional(Schema.String),
  type: Schema.Literal("openrouter:bash")
}))

/**
 * The type of {@link OutputBashServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputBashServerToolItem = typeof OutputBashServerToolItem.Type

/**
 * An openrouter:browser_use server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputBrowserUseServerToolItem = tolerant(Schema.Struct({
  action: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  screenshotB64: Schema.optional(Schema.String),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:browser_use")
}))

/**
 * The type of {@link OutputBrowserUseServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputBrowserUseServerToolItem = typeof OutputBrowserUseServerToolItem.Type

/**
 * A code interpreter execution call with outputs
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputCodeInterpreterCallItem = tolerant(Schema.Struct({
  ...CodeInterpreterCallItem.fields
}))

/**
 * The type of {@link OutputCodeInterpreterCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputCodeInterpreterCallItem = typeof OutputCodeInterpreterCallItem.Type

/**
 * An openrouter:code_interpreter server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputCodeInterpreterServerToolItem = tolerant(Schema.Struct({
  code: Schema.optional(Schema.String),
  exitCode: Schema.optional(Schema.Number),
  id: Schema.optional(Schema.String),
  language: Schema.optional(Schema.String),
  status: ToolCallStatus,
  stderr: Schema.optional(Schema.String),
  stdout: Schema.optional(Schema.String),
  type: Schema.Literal("openrouter:code_interpreter")
}))

/**
 * The type of {@link OutputCodeInterpreterServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputCodeInterpreterServerToolItem = typeof OutputCodeInterpreterServerToolItem.Type

/**
 * `OutputComputerCallItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputComputerCallItem = tolerant(Schema.Struct({
  action: Schema.optional(Schema.Unknown),
  call_id: Schema.String,
  id: Schema.optional(Schema.String),
  pending_safety_checks: Schema.Array(tolerant(Schema.Struct({
    code: Schema.String,
    id: Schema.String,
    message: Schema.String
  }))),
  status: openLiteral("completed", "incomplete", "in_progress"),
  type: Schema.Literal("computer_call")
}))

/**
 * The type of {@link OutputComputerCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputComputerCallItem = typeof OutputComputerCallItem.Type

/**
 * A call to a custom (freeform-grammar) tool created by the model — distinct from `function_call`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputCustomToolCallItem = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.optional(Schema.String),
  input: Schema.String,
  name: Schema.String,
  namespace: Schema.optional(Schema.String),
  type: Schema.Literal("custom_tool_call")
}))

/**
 * The type of {@link OutputCustomToolCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputCustomToolCallItem = typeof OutputCustomToolCallItem.Type

/**
 * An openrouter:datetime server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputDatetimeItem = tolerant(Schema.Struct({
  datetime: Schema.String,
  id: Schema.optional(Schema.String),
  status: ToolCallStatus,
  timezone: Schema.String,
  type: Schema.Literal("openrouter:datetime")
}))

/**
 * The type of {@link OutputDatetimeItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputDatetimeItem = typeof OutputDatetimeItem.Type

/**
 * `OutputFileSearchCallItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFileSearchCallItem = tolerant(Schema.Struct({
  ...OutputItemFileSearchCall.fields
}))

/**
 * The type of {@link OutputFileSearchCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFileSearchCallItem = typeof OutputFileSearchCallItem.Type

/**
 * An openrouter:file_search server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFileSearchServerToolItem = tolerant(Schema.Struct({
  id: Schema.optional(Schema.String),
  queries: Schema.optional(Schema.Array(Schema.String)),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:file_search")
}))

/**
 * The type of {@link OutputFileSearchServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFileSearchServerToolItem = typeof OutputFileSearchServerToolItem.Type

/**
 * An openrouter:files server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFilesServerToolItem = tolerant(Schema.Struct({
  arguments: Schema.optional(Schema.NullOr(Schema.String)),
  call_id: Schema.optional(Schema.NullOr(Schema.String)),
  error: Schema.optional(Schema.String),
  file_id: Schema.optional(Schema.String),
  filename: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  operation: Schema.optional(Schema.String),
  result: Schema.optional(Schema.String),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:files")
}))

/**
 * The type of {@link OutputFilesServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFilesServerToolItem = typeof OutputFilesServerToolItem.Type

/**
 * `OutputFunctionCallItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFunctionCallItem = tolerant(Schema.Struct({
  ...OutputItemFunctionCall.fields,
  subagent_id: Schema.optional(Schema.String),
  subagent_items: Schema.optional(Schema.Array(tolerant(Schema.Struct({
    type: Schema.String
  }))))
}))

/**
 * The type of {@link OutputFunctionCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFunctionCallItem = typeof OutputFunctionCallItem.Type

/**
 * An openrouter:fusion server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFusionServerToolItem = tolerant(Schema.Struct({
  analysis: Schema.optional(FusionAnalysisResult),
  error: Schema.optional(Schema.String),
  failed_models: Schema.optional(Schema.Array(tolerant(Schema.Struct({
    error: Schema.String,
    model: Schema.String,
    status_code: Schema.optional(Schema.Number)
  })))),
  failure_reason: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  responses: Schema.optional(Schema.Array(tolerant(Schema.Struct({
    content: Schema.optional(Schema.String),
    model: Schema.String
  })))),
  sources: Schema.optional(Schema.Array(FusionSource)),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:fusion")
}))

/**
 * The type of {@link OutputFusionServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFusionServerToolItem = typeof OutputFusionServerToolItem.Type

/**
 * `OutputImageGenerationCallItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputImageGenerationCallItem = tolerant(Schema.Struct({
  ...OutputItemImageGenerationCall.fields,
  prompt: Schema.optional(Schema.String)
}))

/**
 * The type of {@link OutputImageGenerationCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputImageGenerationCallItem = typeof OutputImageGenerationCallItem.Type

/**
 * An openrouter:image_generation server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputImageGenerationServerToolItem = tolerant(Schema.Struct({
  id: Schema.optional(Schema.String),
  imageB64: Schema.optional(Schema.String),
  imageUrl: Schema.optional(Schema.String),
  prompt: Schema.optional(Schema.String),
  result: Schema.optional(Schema.NullOr(Schema.String)),
  revisedPrompt: Schema.optional(Schema.String),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:image_generation")
}))

/**
 * The type of {@link OutputImageGenerationServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputImageGenerationServerToolItem = typeof OutputImageGenerationServerToolItem.Type

/**
 * An openrouter:mcp server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputMcpServerToolItem = tolerant(Schema.Struct({
  id: Schema.optional(Schema.String),
  serverLabel: Schema.optional(Schema.String),
  status: ToolCallStatus,
  toolName: Schema.optional(Schema.String),
  type: Schema.Literal("openrouter:mcp")
}))

/**
 * The type of {@link OutputMcpServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputMcpServerToolItem = typeof OutputMcpServerToolItem.Type

/**
 * An openrouter:memory server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputMemoryServerToolItem = tolerant(Schema.Struct({
  action: Schema.optional(openLiteral("read", "write", "delete")),
  id: Schema.optional(Schema.String),
  key: Schema.optional(Schema.String),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:memory"),
  value: Schema.optional(Schema.Unknown)
}))

/**
 * The type of {@link OutputMemoryServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputMemoryServerToolItem = typeof OutputMemoryServerToolItem.Type

/**
 * An output message item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputMessageItem = tolerant(Schema.Struct({
  ...OutputMessage.fields
}))

/**
 * The type of {@link OutputMessageItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputMessageItem = typeof OutputMessageItem.Type

/**
 * An output item containing reasoning
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputReasoningItem = tolerant(Schema.Struct({
  ...OutputItemReasoning.fields,
  content: Schema.optional(Schema.NullOr(Schema.Array(ReasoningTextContent))),
  format: Schema.optional(ReasoningFormat),
  signature: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * The type of {@link OutputReasoningItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputReasoningItem = typeof OutputReasoningItem.Type

/**
 * An openrouter:experimental__search_models server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputSearchModelsServerToolItem = tolerant(Schema.Struct({
  arguments: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  query: Schema.optional(Schema.String),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:experimental__search_models")
}))

/**
 * The type of {@link OutputSearchModelsServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputSearchModelsServerToolItem = typeof OutputSearchModelsServerToolItem.Type

/**
 * Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellCallOutputContent = tolerant(Schema.Struct({
  outcome: Schema.Union(
    tolerant(Schema.Struct({
    exit_code: Schema.Number,
    type: Schema.Literal("exit")
  })),
    tolerant(Schema.Struct({
    type: Schema.Literal("timeout")
  })),
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ),
  stderr: Schema.String,
  stdout: Schema.String
}))

/**
 * The type of {@link ShellCallOutputContent}.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellCallOutputContent = typeof ShellCallOutputContent.Type

/**
 * An openrouter:shell server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputShellServerToolItem = tolerant(Schema.Struct({
  action: Schema.optional(tolerant(Schema.Struct({
    commands: Schema.Array(Schema.String),
    max_output_length: Schema.optional(Schema.NullOr(Schema.Number)),
    timeout_ms: Schema.optional(Schema.NullOr(Schema.Number))
  }))),
  arguments: Schema.optional(Schema.NullOr(Schema.String)),
  call_id: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.String),
  output: Schema.optional(Schema.Array(ShellCallOutputContent)),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:shell")
}))

/**
 * The type of {@link OutputShellServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputShellServerToolItem = typeof OutputShellServerToolItem.Type

/**
 * An openrouter:subagent server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputSubagentServerToolItem = tolerant(Schema.Struct({
  call_id: Schema.optional(Schema.String),
  error: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  instance_name: Schema.optional(Schema.String),
  model: Schema.optional(Schema.String),
  name: Schema.optional(Schema.String),
  outcome: Schema.optional(Schema.String),
  status: FailableToolCallStatus,
  task_description: Schema.optional(Schema.String),
  task_name: Schema.optional(Schema.String),
  type: Schema.Literal("openrouter:subagent")
}))

/**
 * The type of {@link OutputSubagentServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputSubagentServerToolItem = typeof OutputSubagentServerToolItem.Type

/**
 * An openrouter:text_editor server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputTextEditorServerToolItem = tolerant(Schema.Struct({
  command: Schema.optional(openLiteral("view", "create", "str_replace", "insert")),
  filePath: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:text_editor")
}))

/**
 * The type of {@link OutputTextEditorServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputTextEditorServerToolItem = typeof OutputTextEditorServerToolItem.Type

/**
 * An openrouter:tool_search server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputToolSearchServerToolItem = tolerant(Schema.Struct({
  id: Schema.optional(Schema.String),
  query: Schema.optional(Schema.String),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:tool_search")
}))

/**
 * The type of {@link OutputToolSearchServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputToolSearchServerToolItem = typeof OutputToolSearchServerToolItem.Type

/**
 * An openrouter:web_fetch server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputWebFetchServerToolItem = tolerant(Schema.Struct({
  content: Schema.optional(Schema.String),
  error: Schema.optional(Schema.String),
  httpStatus: Schema.optional(Schema.Number),
  id: Schema.optional(Schema.String),
  status: ToolCallStatus,
  title: Schema.optional(Schema.String),
  type: Schema.Literal("openrouter:web_fetch"),
  url: Schema.optional(Schema.String)
}))

/**
 * The type of {@link OutputWebFetchServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputWebFetchServerToolItem = typeof OutputWebFetchServerToolItem.Type

/**
 * `OutputWebSearchCallItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputWebSearchCallItem = tolerant(Schema.Struct({
  ...OutputItemWebSearchCall.fields
}))

/**
 * The type of {@link OutputWebSearchCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputWebSearchCallItem = typeof OutputWebSearchCallItem.Type

/**
 * An openrouter:web_search server tool output item
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputWebSearchServerToolItem = tolerant(Schema.Struct({
  action: Schema.optional(tolerant(Schema.Struct({
    query: Schema.String,
    sources: Schema.optional(Schema.Array(tolerant(Schema.Struct({
      type: openLiteral("url"),
      url: Schema.String
    })))),
    type: openLiteral("search")
  }))),
  id: Schema.optional(Schema.String),
  status: ToolCallStatus,
  type: Schema.Literal("openrouter:web_search")
}))

/**
 * The type of {@link OutputWebSearchServerToolItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputWebSearchServerToolItem = typeof OutputWebSearchServerToolItem.Type

/**
 * Reasoning output item with signature and format extensions
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningItem = tolerant(Schema.Struct({
  ...OutputItemReasoning.fields,
  content: Schema.optional(Schema.NullOr(Schema.Array(ReasoningTextContent))),
  format: Schema.optional(ReasoningFormat),
  signature: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * The type of {@link ReasoningItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningItem = typeof ReasoningItem.Type

/**
 * A shell command execution call (newer variant)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellCallItem = tolerant(Schema.Struct({
  action: tolerant(Schema.Struct({
    commands: Schema.Array(Schema.String),
    max_output_length: Schema.optional(Schema.NullOr(Schema.Number)),
    timeout_ms: Schema.optional(Schema.NullOr(Schema.Number))
  })),
  arguments: Schema.optional(Schema.NullOr(Schema.String)),
  call_id: Schema.String,
  environment: Schema.optional(Schema.Unknown),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  status: Schema.optional(Schema.NullOr(ToolCallStatus)),
  type: Schema.Literal("shell_call")
}))

/**
 * The type of {@link ShellCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellCallItem = typeof ShellCallItem.Type

/**
 * Output from a shell command execution (newer variant)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellCallOutputItem = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  max_output_length: Schema.optional(Schema.NullOr(Schema.Number)),
  output: Schema.Array(ShellCallOutputContent),
  status: Schema.optional(Schema.NullOr(ToolCallStatus)),
  type: Schema.Literal("shell_call_output")
}))

/**
 * The type of {@link ShellCallOutputItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellCallOutputItem = typeof ShellCallOutputItem.Type

/**
 * Input for a response request - can be a string or array of items
 *
 * @since 0.1.0
 * @category schemas
 */
export const Inputs = Schema.Union(
  Schema.String,
  Schema.Array(Schema.Union(
  ReasoningItem,
  EasyInputMessage,
  InputMessageItem,
  FunctionCallItem,
  FunctionCallOutputItem,
  ApplyPatchCallItem,
  ApplyPatchCallOutputItem,
  tolerant(Schema.Struct({
  ...OutputMessageItem.fields,
  content: Schema.optional(Schema.NullOr(Schema.Union(
    Schema.Array(Schema.Union(
    ResponseOutputText,
    OpenAIResponsesRefusalContent,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
    Schema.String
  ))),
  type: Schema.optional(openLiteral("message"))
})),
  tolerant(Schema.Struct({
  ...OutputReasoningItem.fields,
  summary: Schema.optional(Schema.NullOr(Schema.Array(ReasoningSummaryText)))
})),
  OutputFunctionCallItem,
  OutputCustomToolCallItem,
  OutputWebSearchCallItem,
  OutputFileSearchCallItem,
  OutputImageGenerationCallItem,
  OutputCodeInterpreterCallItem,
  OutputComputerCallItem,
  OutputDatetimeItem,
  OutputWebSearchServerToolItem,
  OutputCodeInterpreterServerToolItem,
  OutputFileSearchServerToolItem,
  OutputImageGenerationServerToolItem,
  OutputBrowserUseServerToolItem,
  OutputBashServerToolItem,
  OutputTextEditorServerToolItem,
  OutputApplyPatchServerToolItem,
  OutputWebFetchServerToolItem,
  OutputToolSearchServerToolItem,
  OutputMemoryServerToolItem,
  OutputMcpServerToolItem,
  OutputSearchModelsServerToolItem,
  OutputFusionServerToolItem,
  OutputAdvisorServerToolItem,
  OutputSubagentServerToolItem,
  OutputFilesServerToolItem,
  OutputShellServerToolItem,
  LocalShellCallItem,
  LocalShellCallOutputItem,
  ShellCallItem,
  ShellCallOutputItem,
  McpListToolsItem,
  McpApprovalRequestItem,
  McpApprovalResponseItem,
  McpCallItem,
  CustomToolCallItem,
  CustomToolCallOutputItem,
  CompactionItem,
  ContextCompactionItem,
  ItemReferenceItem,
  AdditionalToolsItem,
  AgentMessageItem,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
))
)

/**
 * The type of {@link Inputs}.
 *
 * @since 0.1.0
 * @category models
 */
export type Inputs = typeof Inputs.Type

/**
 * `OpenAIResponsesTruncation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesTruncation = Schema.NullOr(openLiteral("auto", "disabled"))

/**
 * The type of {@link OpenAIResponsesTruncation}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesTruncation = typeof OpenAIResponsesTruncation.Type

/**
 * A native `apply_patch_call` output item matching OpenAI's Responses API shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputApplyPatchCallItem = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.String,
  operation: ApplyPatchCallOperation,
  status: ApplyPatchCallStatus,
  type: Schema.Literal("apply_patch_call")
}))

/**
 * The type of {@link OutputApplyPatchCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputApplyPatchCallItem = typeof OutputApplyPatchCallItem.Type

/**
 * Status of a shell call or its output.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellCallStatus = openLiteral("in_progress", "completed", "incomplete")

/**
 * The type of {@link ShellCallStatus}.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellCallStatus = typeof ShellCallStatus.Type

/**
 * A native `shell_call` output item matching OpenAI's Responses API shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputShellCallItem = tolerant(Schema.Struct({
  action: Schema.optional(tolerant(Schema.Struct({
    commands: Schema.Array(Schema.String),
    max_output_length: Schema.NullOr(Schema.Number),
    timeout_ms: Schema.NullOr(Schema.Number)
  }))),
  arguments: Schema.optional(Schema.NullOr(Schema.String)),
  call_id: Schema.String,
  id: Schema.String,
  status: ShellCallStatus,
  type: Schema.Literal("shell_call")
}))

/**
 * The type of {@link OutputShellCallItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputShellCallItem = typeof OutputShellCallItem.Type

/**
 * A native `shell_call_output` item matching OpenAI's Responses API shape.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputShellCallOutputItem = tolerant(Schema.Struct({
  call_id: Schema.String,
  id: Schema.String,
  max_output_length: Schema.optional(Schema.NullOr(Schema.Number)),
  output: Schema.Array(ShellCallOutputContent),
  status: ShellCallStatus,
  type: Schema.Literal("shell_call_output")
}))

/**
 * The type of {@link OutputShellCallOutputItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputShellCallOutputItem = typeof OutputShellCallOutputItem.Type

/**
 * An output item from the response
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItems = Schema.Union(
  OutputMessageItem,
  OutputReasoningItem,
  OutputFunctionCallItem,
  OutputWebSearchCallItem,
  OutputFileSearchCallItem,
  OutputImageGenerationCallItem,
  OutputCodeInterpreterCallItem,
  OutputComputerCallItem,
  OutputDatetimeItem,
  OutputWebSearchServerToolItem,
  OutputCodeInterpreterServerToolItem,
  OutputFileSearchServerToolItem,
  OutputImageGenerationServerToolItem,
  OutputBrowserUseServerToolItem,
  OutputBashServerToolItem,
  OutputTextEditorServerToolItem,
  OutputApplyPatchServerToolItem,
  OutputApplyPatchCallItem,
  OutputShellCallItem,
  OutputShellCallOutputItem,
  OutputShellServerToolItem,
  OutputWebFetchServerToolItem,
  OutputToolSearchServerToolItem,
  OutputMemoryServerToolItem,
  OutputMcpServerToolItem,
  OutputSearchModelsServerToolItem,
  OutputFusionServerToolItem,
  OutputAdvisorServerToolItem,
  OutputSubagentServerToolItem,
  OutputFilesServerToolItem,
  OutputCustomToolCallItem,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link OutputItems}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItems = typeof OutputItems.Type

/**
 * Text output configuration including format and verbosity
 *
 * @since 0.1.0
 * @category schemas
 */
export const TextExtendedConfig = tolerant(Schema.Struct({
  ...TextConfig.fields,
  verbosity: Schema.optional(Schema.NullOr(openLiteral("low", "medium", "high", "xhigh", "max")))
}))

/**
 * The type of {@link TextExtendedConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type TextExtendedConfig = typeof TextExtendedConfig.Type

/**
 * Token usage information for the response
 *
 * @since 0.1.0
 * @category schemas
 */
export const Usage = Schema.NullOr(tolerant(Schema.Struct({
  ...OpenAIResponsesUsage.fields,
  cost: Schema.optional(Schema.NullOr(Schema.Number)),
  cost_details: Schema.optional(tolerant(Schema.Struct({
    upstream_inference_cost: Schema.optional(Schema.NullOr(Schema.Number)),
    upstream_inference_input_cost: Schema.Number,
    upstream_inference_output_cost: Schema.Number
  }))),
  is_byok: Schema.optional(Schema.Boolean),
  server_tool_use_details: Schema.optional(ServerToolUseDetails)
})))

/**
 * The type of {@link Usage}.
 *
 * @since 0.1.0
 * @category models
 */
export type Usage = typeof Usage.Type

/**
 * Complete non-streaming response from the Responses API
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenResponsesResult = tolerant(Schema.Struct({
  ...BaseResponsesResult.fields,
  error_type: Schema.optional(ApiErrorType),
  openrouter_metadata: Schema.optional(OpenRouterMetadata),
  output: Schema.optional(Schema.Array(OutputItems)),
  service_tier: Schema.optional(Schema.NullOr(Schema.String)),
  text: Schema.optional(TextExtendedConfig),
  usage: Schema.optional(Usage)
}))

/**
 * The type of {@link OpenResponsesResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenResponsesResult = typeof OpenResponsesResult.Type

/**
 * `OutputModalityEnum` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputModalityEnum = openLiteral("text", "image")

/**
 * The type of {@link OutputModalityEnum}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputModalityEnum = typeof OutputModalityEnum.Type

/**
 * Configuration for reasoning mode in the response
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningConfig = Schema.NullOr(BaseReasoningConfig)

/**
 * The type of {@link ReasoningConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningConfig = typeof ReasoningConfig.Type

/**
 * `ResponseIncludesEnum` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseIncludesEnum = openLiteral("file_search_call.results", "message.input_image.image_url", "computer_call_output.output.image_url", "reasoning.encrypted_content", "code_interpreter_call.outputs")

/**
 * The type of {@link ResponseIncludesEnum}.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponseIncludesEnum = typeof ResponseIncludesEnum.Type

/**
 * Request schema for Responses endpoint
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponsesRequest = tolerant(Schema.Struct({
  background: Schema.optional(Schema.NullOr(Schema.Boolean)),
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  debug: Schema.optional(ChatDebugOptions),
  frequency_penalty: Schema.optional(Schema.NullOr(Schema.Number)),
  image_config: Schema.optional(ImageConfig),
  include: Schema.optional(Schema.NullOr(Schema.Array(ResponseIncludesEnum))),
  input: Schema.optional(Inputs),
  instructions: Schema.optional(Schema.NullOr(Schema.String)),
  max_output_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
  max_tool_calls: Schema.optional(Schema.NullOr(Schema.Number)),
  metadata: Schema.optional(RequestMetadata),
  modalities: Schema.optional(Schema.Array(OutputModalityEnum)),
  model: Schema.optional(Schema.String),
  models: Schema.optional(Schema.Array(Schema.String)),
  parallel_tool_calls: Schema.optional(Schema.NullOr(Schema.Boolean)),
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
  presence_penalty: Schema.optional(Schema.NullOr(Schema.Number)),
  previous_response_id: Schema.optional(Schema.Unknown),
  prompt: Schema.optional(StoredPromptTemplate),
  prompt_cache_key: Schema.optional(Schema.NullOr(Schema.String)),
  prompt_cache_options: Schema.optional(PromptCacheOptions),
  provider: Schema.optional(ProviderPreferences),
  reasoning: Schema.optional(ReasoningConfig),
  route: Schema.optional(DeprecatedRoute),
  safety_identifier: Schema.optional(Schema.NullOr(Schema.String)),
  service_tier: Schema.optional(Schema.NullOr(openLiteral("auto", "default", "fast", "flex", "priority", "scale"))),
  session_id: Schema.optional(Schema.String),
  stop_server_tools_when: Schema.optional(StopServerToolsWhen),
  store: Schema.optional(Schema.Boolean),
  stream: Schema.optional(Schema.Boolean),
  temperature: Schema.optional(Schema.NullOr(Schema.Number)),
  text: Schema.optional(TextExtendedConfig),
  tool_choice: Schema.optional(OpenAIResponsesToolChoice),
  tools: Schema.optional(Schema.Array(Schema.Union(
    tolerant(Schema.Struct({
    ...FunctionTool.fields,
    defer_loading: Schema.optional(Schema.Boolean)
  })),
    PreviewWebSearchServerTool,
    Preview20250311WebSearchServerTool,
    LegacyWebSearchServerTool,
    WebSearchServerTool,
    FileSearchServerTool,
    ComputerUseServerTool,
    CodeInterpreterServerTool,
    McpServerTool,
    ImageGenerationServerTool,
    CodexLocalShellTool,
    ShellServerTool,
    ApplyPatchServerTool,
    CustomTool,
    NamespaceTool,
    AdvisorServerToolOpenRouter,
    SubagentServerToolOpenRouter,
    DatetimeServerTool,
    FilesServerTool,
    FusionServerToolOpenRouter,
    ImageGenerationServerToolOpenRouter,
    SearchModelsServerToolOpenRouter,
    WebFetchServerTool,
    WebSearchServerToolOpenRouter,
    ApplyPatchServerToolOpenRouter,
    BashServerTool,
    ShellServerToolOpenRouter,
    ToolSearchServerTool,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  ))),
  top_k: Schema.optional(Schema.Number),
  top_logprobs: Schema.optional(Schema.NullOr(Schema.Number)),
  top_p: Schema.optional(Schema.NullOr(Schema.Number)),
  trace: Schema.optional(TraceConfig),
  truncation: Schema.optional(OpenAIResponsesTruncation),
  user: Schema.optional(Schema.String)
}))

/**
 * The type of {@link ResponsesRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponsesRequest = typeof ResponsesRequest.Type

/**
 * Create a response: `POST /responses`.
 * Metered: budget, meter and ledger apply.
 * The spec also offers a server-sent event stream: see `OpenRouter.responsesStream`.
 *
 * @since 0.1.0
 * @category operations
 */
export const createResponse = Operation.make(
  {
    id: "createResponses",
    tag: "Responses",
    method: "POST",
    path: "/responses",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Create a response"
  },
  Schema.Struct({
    body: ResponsesRequest
  }),
  OpenResponsesResult
)
