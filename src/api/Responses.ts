/**
 * The `Responses` operations of OpenRouter's API and their schemas (generated from the official spec).
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
  AdvisorServerToolOpenRouter,
  AnthropicCacheControlDirective,
  AutoBetaRouterPlugin,
  AutoRouterPlugin,
  BashServerTool,
  ChatDebugOptions,
  ContextCompressionPlugin,
  DatetimeServerTool,
  DeprecatedRoute,
  FileParserPlugin,
  FilesServerTool,
  FusionPlugin,
  FusionServerToolOpenRouter,
  ImageConfig,
  ImageGenerationServerToolOpenRouter,
  ModerationPlugin,
  OpenRouterMetadata,
  ParetoRouterPlugin,
  PromptCacheBreakpoint,
  PromptCacheOptions,
  ProviderPreferences,
  ReasoningEffort,
  ReasoningFormat,
  ResponseHealingPlugin,
  SearchModelsServerToolConfig,
  SearchQualityLevel,
  ServerToolUseDetails,
  ShellServerToolOpenRouter,
  StopServerToolsWhen,
  SubagentServerToolOpenRouter,
  ToolSearchServerTool,
  TraceConfig,
  WebFetchPlugin,
  WebFetchServerTool,
  WebSearchEngineEnum,
  WebSearchMode,
  WebSearchPlugin,
  WebSearchUserLocation,
  WebSearchUserLocationServerTool
} from "./common.js"

/**
 * Apply patch tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchServerTool = {
  readonly type: "apply_patch"
}

/**
 * The schema of {@link ApplyPatchServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchServerTool: Schema.Schema<ApplyPatchServerTool> = S.Struct({
  type: S.Literal("apply_patch")
})

/**
 * Which apply_patch engine to use.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchEngineEnum = "auto" | "native" | "openrouter" | (string & {})

/**
 * The schema of {@link ApplyPatchEngineEnum}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchEngineEnum: Schema.Schema<ApplyPatchEngineEnum> = S.openLiteral("auto", "native", "openrouter")

/**
 * Configuration for the openrouter:apply_patch server tool
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchServerToolConfig = {
  readonly engine?: ApplyPatchEngineEnum | undefined
}

/**
 * The schema of {@link ApplyPatchServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchServerToolConfig: Schema.Schema<ApplyPatchServerToolConfig> = S.Struct({
  engine: S.optional(ApplyPatchEngineEnum)
})

/**
 * OpenRouter built-in server tool: validates V4A diff patches for file operations (create, update, delete).
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchServerToolOpenRouter = {
  readonly parameters?: ApplyPatchServerToolConfig | undefined
  readonly type: "openrouter:apply_patch"
}

/**
 * The schema of {@link ApplyPatchServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchServerToolOpenRouter: Schema.Schema<ApplyPatchServerToolOpenRouter> = S.Struct({
  parameters: S.optional(ApplyPatchServerToolConfig),
  type: S.Literal("openrouter:apply_patch")
})

/**
 * Code interpreter tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterServerTool = {
  readonly container: string | {
      readonly file_ids?: ReadonlyArray<string> | undefined
      readonly memory_limit?: "1g" | "4g" | "16g" | "64g" | (string & {}) | null | undefined
      readonly type: "auto"
    }
  readonly type: "code_interpreter"
}

/**
 * The schema of {@link CodeInterpreterServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterServerTool: Schema.Schema<CodeInterpreterServerTool> = S.Struct({
  container: S.Union(
    S.String,
    S.Struct({
      file_ids: S.optional(S.Array(S.String)),
      memory_limit: S.optional(S.NullOr(S.openLiteral("1g", "4g", "16g", "64g"))),
      type: S.Literal("auto")
    })
  ),
  type: S.Literal("code_interpreter")
})

/**
 * Local shell tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type CodexLocalShellTool = {
  readonly type: "local_shell"
}

/**
 * The schema of {@link CodexLocalShellTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodexLocalShellTool: Schema.Schema<CodexLocalShellTool> = S.Struct({
  type: S.Literal("local_shell")
})

/**
 * Computer use preview tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type ComputerUseServerTool = {
  readonly display_height: number
  readonly display_width: number
  readonly environment: "windows" | "mac" | "linux" | "ubuntu" | "browser" | (string & {})
  readonly type: "computer_use_preview"
}

/**
 * The schema of {@link ComputerUseServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseServerTool: Schema.Schema<ComputerUseServerTool> = S.Struct({
  display_height: S.Number,
  display_width: S.Number,
  environment: S.openLiteral("windows", "mac", "linux", "ubuntu", "browser"),
  type: S.Literal("computer_use_preview")
})

/**
 * Custom tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type CustomTool = {
  readonly description?: string | undefined
  readonly format?: {
      readonly type: "text"
    } | {
      readonly definition: string
      readonly syntax: "lark" | "regex" | (string & {})
      readonly type: "grammar"
    } | { readonly type?: string | undefined } | undefined
  readonly name: string
  readonly type: "custom"
}

/**
 * The schema of {@link CustomTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomTool: Schema.Schema<CustomTool> = S.Struct({
  description: S.optional(S.String),
  format: S.optional(S.Union(
    S.Struct({
      type: S.Literal("text")
    }),
    S.Struct({
      definition: S.String,
      syntax: S.openLiteral("lark", "regex"),
      type: S.Literal("grammar")
    }),
    S.Struct({ type: S.optional(S.String) })
  )),
  name: S.String,
  type: S.Literal("custom")
})

/**
 * A compound filter that combines multiple comparison or compound filters
 *
 * @since 0.1.0
 * @category models
 */
export type CompoundFilter = {
  readonly filters: ReadonlyArray<{ readonly [x: string]: unknown }>
  readonly type: "and" | "or" | (string & {})
}

/**
 * The schema of {@link CompoundFilter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CompoundFilter: Schema.Schema<CompoundFilter> = S.Struct({
  filters: S.Array(S.JsonObject),
  type: S.openLiteral("and", "or")
})

/**
 * File search tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type FileSearchServerTool = {
  readonly filters?: {
      readonly key: string
      readonly type: "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | (string & {})
      readonly value: string | number | boolean | ReadonlyArray<string | number>
    } | CompoundFilter | null | undefined
  readonly max_num_results?: number | undefined
  readonly ranking_options?: {
    readonly ranker?: "auto" | "default-2024-11-15" | (string & {}) | undefined
    readonly score_threshold?: number | undefined
  } | undefined
  readonly type: "file_search"
  readonly vector_store_ids: ReadonlyArray<string>
}

/**
 * The schema of {@link FileSearchServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileSearchServerTool: Schema.Schema<FileSearchServerTool> = S.Struct({
  filters: S.optional(S.NullOr(S.Union(
    S.Struct({
      key: S.String,
      type: S.openLiteral("eq", "ne", "gt", "gte", "lt", "lte"),
      value: S.Union(
        S.String,
        S.Number,
        S.Boolean,
        S.Array(S.Union(
          S.String,
          S.Number
        ))
      )
    }),
    CompoundFilter
  ))),
  max_num_results: S.optional(S.Number),
  ranking_options: S.optional(S.Struct({
    ranker: S.optional(S.openLiteral("auto", "default-2024-11-15")),
    score_threshold: S.optional(S.Number)
  })),
  type: S.Literal("file_search"),
  vector_store_ids: S.Array(S.String)
})

/**
 * Function tool definition
 *
 * @since 0.1.0
 * @category models
 */
export type FunctionTool = {
  readonly description?: string | null | undefined
  readonly name: string
  readonly parameters?: { readonly [x: string]: unknown } | null | undefined
  readonly strict?: boolean | null | undefined
  readonly type: "function" | (string & {})
}

/**
 * The schema of {@link FunctionTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionTool: Schema.Schema<FunctionTool> = S.Struct({
  description: S.optional(S.NullOr(S.String)),
  name: S.String,
  parameters: S.optional(S.NullOr(S.JsonObject)),
  strict: S.optional(S.NullOr(S.Boolean)),
  type: S.openLiteral("function")
})

/**
 * Image generation tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationServerTool = {
  readonly background?: "transparent" | "opaque" | "auto" | (string & {}) | undefined
  readonly input_fidelity?: "high" | "low" | (string & {}) | null | undefined
  readonly input_image_mask?: {
    readonly file_id?: string | undefined
    readonly image_url?: string | undefined
  } | undefined
  readonly model?: string | undefined
  readonly moderation?: "auto" | "low" | (string & {}) | undefined
  readonly output_compression?: number | undefined
  readonly output_format?: "png" | "webp" | "jpeg" | (string & {}) | undefined
  readonly partial_images?: number | undefined
  readonly quality?: "low" | "medium" | "high" | "auto" | (string & {}) | undefined
  readonly size?: string | undefined
  readonly type: "image_generation"
}

/**
 * The schema of {@link ImageGenerationServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationServerTool: Schema.Schema<ImageGenerationServerTool> = S.Struct({
  background: S.optional(S.openLiteral("transparent", "opaque", "auto")),
  input_fidelity: S.optional(S.NullOr(S.openLiteral("high", "low"))),
  input_image_mask: S.optional(S.Struct({
    file_id: S.optional(S.String),
    image_url: S.optional(S.String)
  })),
  model: S.optional(S.String),
  moderation: S.optional(S.openLiteral("auto", "low")),
  output_compression: S.optional(S.Number),
  output_format: S.optional(S.openLiteral("png", "webp", "jpeg")),
  partial_images: S.optional(S.Number),
  quality: S.optional(S.openLiteral("low", "medium", "high", "auto")),
  size: S.optional(S.String),
  type: S.Literal("image_generation")
})

/**
 * Size of the search context for web search tools
 *
 * @since 0.1.0
 * @category models
 */
export type SearchContextSizeEnum = "low" | "medium" | "high" | (string & {})

/**
 * The schema of {@link SearchContextSizeEnum}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SearchContextSizeEnum: Schema.Schema<SearchContextSizeEnum> = S.openLiteral("low", "medium", "high")

/**
 * `WebSearchDomainFilter` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchDomainFilter = {
  readonly allowed_domains?: ReadonlyArray<string> | null | undefined
  readonly blocked_domains?: ReadonlyArray<string> | null | undefined
  readonly excluded_domains?: ReadonlyArray<string> | null | undefined
} | null

/**
 * The schema of {@link WebSearchDomainFilter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchDomainFilter: Schema.Schema<WebSearchDomainFilter> = S.NullOr(S.Struct({
  allowed_domains: S.optional(S.NullOr(S.Array(S.String))),
  blocked_domains: S.optional(S.NullOr(S.Array(S.String))),
  excluded_domains: S.optional(S.NullOr(S.Array(S.String)))
}))

/**
 * Web search tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type LegacyWebSearchServerTool = {
  readonly engine?: WebSearchEngineEnum | undefined
  readonly filters?: WebSearchDomainFilter | undefined
  readonly max_results?: number | undefined
  readonly max_uses?: number | undefined
  readonly mode?: WebSearchMode | undefined
  readonly search_context_size?: SearchContextSizeEnum | undefined
  readonly type: "web_search"
  readonly user_location?: WebSearchUserLocation | undefined
}

/**
 * The schema of {@link LegacyWebSearchServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LegacyWebSearchServerTool: Schema.Schema<LegacyWebSearchServerTool> = S.Struct({
  engine: S.optional(WebSearchEngineEnum),
  filters: S.optional(WebSearchDomainFilter),
  max_results: S.optional(S.Number),
  max_uses: S.optional(S.Number),
  mode: S.optional(WebSearchMode),
  search_context_size: S.optional(SearchContextSizeEnum),
  type: S.Literal("web_search"),
  user_location: S.optional(WebSearchUserLocation)
})

/**
 * MCP (Model Context Protocol) tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerTool = {
  readonly allowed_tools?: ReadonlyArray<string> | {
      readonly read_only?: boolean | undefined
      readonly tool_names?: ReadonlyArray<string> | undefined
    } | null | undefined
  readonly authorization?: string | undefined
  readonly connector_id?: "connector_dropbox" | "connector_gmail" | "connector_googlecalendar" | "connector_googledrive" | "connector_microsoftteams" | "connector_outlookcalendar" | "connector_outlookemail" | "connector_sharepoint" | (string & {}) | undefined
  readonly headers?: { readonly [x: string]: string } | null | undefined
  readonly require_approval?: "always" | "never" | (string & {}) | {
      readonly always?: {
        readonly tool_names?: ReadonlyArray<string> | undefined
      } | undefined
      readonly never?: {
        readonly tool_names?: ReadonlyArray<string> | undefined
      } | undefined
    } | null | undefined
  readonly server_description?: string | undefined
  readonly server_label: string
  readonly server_url?: string | undefined
  readonly type: "mcp"
}

/**
 * The schema of {@link McpServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerTool: Schema.Schema<McpServerTool> = S.Struct({
  allowed_tools: S.optional(S.NullOr(S.Union(
    S.Array(S.String),
    S.Struct({
      read_only: S.optional(S.Boolean),
      tool_names: S.optional(S.Array(S.String))
    })
  ))),
  authorization: S.optional(S.String),
  connector_id: S.optional(S.openLiteral("connector_dropbox", "connector_gmail", "connector_googlecalendar", "connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar", "connector_outlookemail", "connector_sharepoint")),
  headers: S.optional(S.NullOr(S.Record(S.String))),
  require_approval: S.optional(S.NullOr(S.Union(
    S.openLiteral("always", "never"),
    S.Struct({
      always: S.optional(S.Struct({
        tool_names: S.optional(S.Array(S.String))
      })),
      never: S.optional(S.Struct({
        tool_names: S.optional(S.Array(S.String))
      }))
    })
  ))),
  server_description: S.optional(S.String),
  server_label: S.String,
  server_url: S.optional(S.String),
  type: S.Literal("mcp")
})

/**
 * A function tool grouped inside a namespace tool
 *
 * @since 0.1.0
 * @category models
 */
export type NamespaceFunctionTool = {
  readonly allowed_callers?: ReadonlyArray<"direct" | "programmatic" | (string & {})> | null | undefined
  readonly defer_loading?: boolean | undefined
  readonly description?: string | null | undefined
  readonly name: string
  readonly output_schema?: { readonly [x: string]: unknown } | null | undefined
  readonly parameters?: { readonly [x: string]: unknown } | null | undefined
  readonly strict?: boolean | null | undefined
  readonly type: "function"
}

/**
 * The schema of {@link NamespaceFunctionTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NamespaceFunctionTool: Schema.Schema<NamespaceFunctionTool> = S.Struct({
  allowed_callers: S.optional(S.NullOr(S.Array(S.openLiteral("direct", "programmatic")))),
  defer_loading: S.optional(S.Boolean),
  description: S.optional(S.NullOr(S.String)),
  name: S.String,
  output_schema: S.optional(S.NullOr(S.JsonObject)),
  parameters: S.optional(S.NullOr(S.JsonObject)),
  strict: S.optional(S.NullOr(S.Boolean)),
  type: S.Literal("function")
})

/**
 * Groups function/custom tools under a shared namespace
 *
 * @since 0.1.0
 * @category models
 */
export type NamespaceTool = {
  readonly description: string
  readonly name: string
  readonly tools: ReadonlyArray<NamespaceFunctionTool | CustomTool | { readonly type?: string | undefined }>
  readonly type: "namespace"
}

/**
 * The schema of {@link NamespaceTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NamespaceTool: Schema.Schema<NamespaceTool> = S.Struct({
  description: S.String,
  name: S.String,
  tools: S.Array(S.Union(
    NamespaceFunctionTool,
    CustomTool,
    S.Struct({ type: S.optional(S.String) })
  )),
  type: S.Literal("namespace")
})

/**
 * `Preview_WebSearchUserLocation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type PreviewWebSearchUserLocation = {
  readonly city?: string | null | undefined
  readonly country?: string | null | undefined
  readonly region?: string | null | undefined
  readonly timezone?: string | null | undefined
  readonly type: "approximate" | (string & {})
} | null

/**
 * The schema of {@link PreviewWebSearchUserLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PreviewWebSearchUserLocation: Schema.Schema<PreviewWebSearchUserLocation> = S.NullOr(S.Struct({
  city: S.optional(S.NullOr(S.String)),
  country: S.optional(S.NullOr(S.String)),
  region: S.optional(S.NullOr(S.String)),
  timezone: S.optional(S.NullOr(S.String)),
  type: S.openLiteral("approximate")
}))

/**
 * Web search preview tool configuration (2025-03-11 version)
 *
 * @since 0.1.0
 * @category models
 */
export type Preview20250311WebSearchServerTool = {
  readonly engine?: WebSearchEngineEnum | undefined
  readonly filters?: WebSearchDomainFilter | undefined
  readonly max_results?: number | undefined
  readonly max_uses?: number | undefined
  readonly mode?: WebSearchMode | undefined
  readonly search_context_size?: SearchContextSizeEnum | undefined
  readonly type: "web_search_preview_2025_03_11"
  readonly user_location?: PreviewWebSearchUserLocation | undefined
}

/**
 * The schema of {@link Preview20250311WebSearchServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Preview20250311WebSearchServerTool: Schema.Schema<Preview20250311WebSearchServerTool> = S.Struct({
  engine: S.optional(WebSearchEngineEnum),
  filters: S.optional(WebSearchDomainFilter),
  max_results: S.optional(S.Number),
  max_uses: S.optional(S.Number),
  mode: S.optional(WebSearchMode),
  search_context_size: S.optional(SearchContextSizeEnum),
  type: S.Literal("web_search_preview_2025_03_11"),
  user_location: S.optional(PreviewWebSearchUserLocation)
})

/**
 * Web search preview tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type PreviewWebSearchServerTool = {
  readonly engine?: WebSearchEngineEnum | undefined
  readonly filters?: WebSearchDomainFilter | undefined
  readonly max_results?: number | undefined
  readonly max_uses?: number | undefined
  readonly mode?: WebSearchMode | undefined
  readonly search_context_size?: SearchContextSizeEnum | undefined
  readonly type: "web_search_preview"
  readonly user_location?: PreviewWebSearchUserLocation | undefined
}

/**
 * The schema of {@link PreviewWebSearchServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PreviewWebSearchServerTool: Schema.Schema<PreviewWebSearchServerTool> = S.Struct({
  engine: S.optional(WebSearchEngineEnum),
  filters: S.optional(WebSearchDomainFilter),
  max_results: S.optional(S.Number),
  max_uses: S.optional(S.Number),
  mode: S.optional(WebSearchMode),
  search_context_size: S.optional(SearchContextSizeEnum),
  type: S.Literal("web_search_preview"),
  user_location: S.optional(PreviewWebSearchUserLocation)
})

/**
 * OpenRouter built-in server tool: searches and filters AI models available on OpenRouter
 *
 * @since 0.1.0
 * @category models
 */
export type SearchModelsServerToolOpenRouter = {
  readonly parameters?: SearchModelsServerToolConfig | undefined
  readonly type: "openrouter:experimental__search_models"
}

/**
 * The schema of {@link SearchModelsServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SearchModelsServerToolOpenRouter: Schema.Schema<SearchModelsServerToolOpenRouter> = S.Struct({
  parameters: S.optional(SearchModelsServerToolConfig),
  type: S.Literal("openrouter:experimental__search_models")
})

/**
 * Shell tool configuration
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerTool = {
  readonly type: "shell"
}

/**
 * The schema of {@link ShellServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerTool: Schema.Schema<ShellServerTool> = S.Struct({
  type: S.Literal("shell")
})

/**
 * Web search tool configuration (2025-08-26 version)
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchServerTool = {
  readonly engine?: WebSearchEngineEnum | undefined
  readonly filters?: WebSearchDomainFilter | undefined
  readonly max_results?: number | undefined
  readonly max_uses?: number | undefined
  readonly mode?: WebSearchMode | undefined
  readonly search_context_size?: SearchContextSizeEnum | undefined
  readonly type: "web_search_2025_08_26"
  readonly user_location?: WebSearchUserLocation | undefined
}

/**
 * The schema of {@link WebSearchServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchServerTool: Schema.Schema<WebSearchServerTool> = S.Struct({
  engine: S.optional(WebSearchEngineEnum),
  filters: S.optional(WebSearchDomainFilter),
  max_results: S.optional(S.Number),
  max_uses: S.optional(S.Number),
  mode: S.optional(WebSearchMode),
  search_context_size: S.optional(SearchContextSizeEnum),
  type: S.Literal("web_search_2025_08_26"),
  user_location: S.optional(WebSearchUserLocation)
})

/**
 * Configuration for the openrouter:web_search server tool
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchServerToolConfig = {
  readonly allowed_domains?: ReadonlyArray<string> | undefined
  readonly engine?: WebSearchEngineEnum | undefined
  readonly excluded_domains?: ReadonlyArray<string> | undefined
  readonly max_characters?: number | undefined
  readonly max_results?: number | undefined
  readonly max_total_results?: number | undefined
  readonly max_uses?: number | undefined
  readonly mode?: WebSearchMode | undefined
  readonly search_context_size?: SearchQualityLevel | undefined
  readonly user_location?: WebSearchUserLocationServerTool | undefined
}

/**
 * The schema of {@link WebSearchServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchServerToolConfig: Schema.Schema<WebSearchServerToolConfig> = S.Struct({
  allowed_domains: S.optional(S.Array(S.String)),
  engine: S.optional(WebSearchEngineEnum),
  excluded_domains: S.optional(S.Array(S.String)),
  max_characters: S.optional(S.Number),
  max_results: S.optional(S.Number),
  max_total_results: S.optional(S.Number),
  max_uses: S.optional(S.Number),
  mode: S.optional(WebSearchMode),
  search_context_size: S.optional(SearchQualityLevel),
  user_location: S.optional(WebSearchUserLocationServerTool)
})

/**
 * OpenRouter built-in server tool: searches the web for current information
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchServerToolOpenRouter = {
  readonly parameters?: WebSearchServerToolConfig | undefined
  readonly type: "openrouter:web_search"
}

/**
 * The schema of {@link WebSearchServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchServerToolOpenRouter: Schema.Schema<WebSearchServerToolOpenRouter> = S.Struct({
  parameters: S.optional(WebSearchServerToolConfig),
  type: S.Literal("openrouter:web_search")
})

/**
 * Additional tools made available to the model at this point in the input
 *
 * @since 0.1.0
 * @category models
 */
export type AdditionalToolsItem = {
  readonly id?: string | null | undefined
  readonly role: "unknown" | "user" | "assistant" | "system" | "critic" | "discriminator" | "developer" | "tool" | (string & {})
  readonly tools: ReadonlyArray<{
      readonly description?: string | null | undefined
      readonly name: string
      readonly parameters?: { readonly [x: string]: unknown } | null | undefined
      readonly strict?: boolean | null | undefined
      readonly type: "function" | (string & {})
      readonly defer_loading?: boolean | undefined
    } | PreviewWebSearchServerTool | Preview20250311WebSearchServerTool | LegacyWebSearchServerTool | WebSearchServerTool | FileSearchServerTool | ComputerUseServerTool | CodeInterpreterServerTool | McpServerTool | ImageGenerationServerTool | CodexLocalShellTool | ShellServerTool | ApplyPatchServerTool | CustomTool | NamespaceTool | AdvisorServerToolOpenRouter | SubagentServerToolOpenRouter | DatetimeServerTool | FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerToolOpenRouter | SearchModelsServerToolOpenRouter | WebFetchServerTool | WebSearchServerToolOpenRouter | ApplyPatchServerToolOpenRouter | BashServerTool | ShellServerToolOpenRouter | ToolSearchServerTool | {
      readonly type: string
    } | { readonly type?: string | undefined }>
  readonly type: "additional_tools"
}

/**
 * The schema of {@link AdditionalToolsItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdditionalToolsItem: Schema.Schema<AdditionalToolsItem> = S.Struct({
  id: S.optional(S.NullOr(S.String)),
  role: S.openLiteral("unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"),
  tools: S.Array(S.Union(
    S.Struct({
      description: S.optional(S.NullOr(S.String)),
      name: S.String,
      parameters: S.optional(S.NullOr(S.JsonObject)),
      strict: S.optional(S.NullOr(S.Boolean)),
      type: S.openLiteral("function"),
      defer_loading: S.optional(S.Boolean)
    }),
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
    S.Struct({
      type: S.String
    }),
    S.Struct({ type: S.optional(S.String) })
  )),
  type: S.Literal("additional_tools")
})

/**
 * Image input content item
 *
 * @since 0.1.0
 * @category models
 */
export type InputImage = {
  readonly detail: "auto" | "high" | "low" | "original" | (string & {})
  readonly image_url?: string | null | undefined
  readonly type: "input_image"
}

/**
 * The schema of {@link InputImage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputImage: Schema.Schema<InputImage> = S.Struct({
  detail: S.openLiteral("auto", "high", "low", "original"),
  image_url: S.optional(S.NullOr(S.String)),
  type: S.Literal("input_image")
})

/**
 * Text input content item
 *
 * @since 0.1.0
 * @category models
 */
export type InputText = {
  readonly prompt_cache_breakpoint?: PromptCacheBreakpoint | undefined
  readonly text: string
  readonly type: "input_text"
}

/**
 * The schema of {@link InputText}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputText: Schema.Schema<InputText> = S.Struct({
  prompt_cache_breakpoint: S.optional(PromptCacheBreakpoint),
  text: S.String,
  type: S.Literal("input_text")
})

/**
 * A message routed between agents in a multi-agent session
 *
 * @since 0.1.0
 * @category models
 */
export type AgentMessageItem = {
  readonly agent?: {
    readonly agent_name: string
  } | null | undefined
  readonly author: string
  readonly content: ReadonlyArray<InputText | {
      readonly detail: "auto" | "high" | "low" | "original" | (string & {})
      readonly image_url?: string | null | undefined
      readonly type: "input_image"
    } | {
      readonly encrypted_content: string
      readonly type: "encrypted_content"
    } | { readonly type?: string | undefined }>
  readonly id?: string | null | undefined
  readonly recipient: string
  readonly type: "agent_message"
}

/**
 * The schema of {@link AgentMessageItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AgentMessageItem: Schema.Schema<AgentMessageItem> = S.Struct({
  agent: S.optional(S.NullOr(S.Struct({
    agent_name: S.String
  }))),
  author: S.String,
  content: S.Array(S.Union(
    InputText,
    S.Struct({
      detail: S.openLiteral("auto", "high", "low", "original"),
      image_url: S.optional(S.NullOr(S.String)),
      type: S.Literal("input_image")
    }),
    S.Struct({
      encrypted_content: S.String,
      type: S.Literal("encrypted_content")
    }),
    S.Struct({ type: S.optional(S.String) })
  )),
  id: S.optional(S.NullOr(S.String)),
  recipient: S.String,
  type: S.Literal("agent_message")
})

/**
 * Canonical OpenRouter error type, stable across all API formats
 *
 * @since 0.1.0
 * @category models
 */
export type ApiErrorType = "context_length_exceeded" | "max_tokens_exceeded" | "token_limit_exceeded" | "string_too_long" | "authentication" | "permission_denied" | "payment_required" | "rate_limit_exceeded" | "provider_overloaded" | "provider_unavailable" | "invalid_request" | "invalid_prompt" | "not_found" | "precondition_failed" | "payload_too_large" | "unprocessable" | "content_policy_violation" | "refusal" | "invalid_image" | "image_too_large" | "image_too_small" | "unsupported_image_format" | "image_not_found" | "image_download_failed" | "server" | "timeout" | "unmapped" | (string & {})

/**
 * The schema of {@link ApiErrorType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApiErrorType: Schema.Schema<ApiErrorType> = S.openLiteral("context_length_exceeded", "max_tokens_exceeded", "token_limit_exceeded", "string_too_long", "authentication", "permission_denied", "payment_required", "rate_limit_exceeded", "provider_overloaded", "provider_unavailable", "invalid_request", "invalid_prompt", "not_found", "precondition_failed", "payload_too_large", "unprocessable", "content_policy_violation", "refusal", "invalid_image", "image_too_large", "image_too_small", "unsupported_image_format", "image_not_found", "image_download_failed", "server", "timeout", "unmapped")

/**
 * The `create_file` variant of an `apply_patch_call.operation`.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCreateFileOperation = {
  readonly diff: string
  readonly path: string
  readonly type: "create_file"
}

/**
 * The schema of {@link ApplyPatchCreateFileOperation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCreateFileOperation: Schema.Schema<ApplyPatchCreateFileOperation> = S.Struct({
  diff: S.String,
  path: S.String,
  type: S.Literal("create_file")
})

/**
 * The `delete_file` variant of an `apply_patch_call.operation`.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchDeleteFileOperation = {
  readonly path: string
  readonly type: "delete_file"
}

/**
 * The schema of {@link ApplyPatchDeleteFileOperation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchDeleteFileOperation: Schema.Schema<ApplyPatchDeleteFileOperation> = S.Struct({
  path: S.String,
  type: S.Literal("delete_file")
})

/**
 * The `update_file` variant of an `apply_patch_call.operation`.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchUpdateFileOperation = {
  readonly diff: string
  readonly path: string
  readonly type: "update_file"
}

/**
 * The schema of {@link ApplyPatchUpdateFileOperation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchUpdateFileOperation: Schema.Schema<ApplyPatchUpdateFileOperation> = S.Struct({
  diff: S.String,
  path: S.String,
  type: S.Literal("update_file")
})

/**
 * The patch operation requested by an `apply_patch_call`.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCallOperation = ApplyPatchCreateFileOperation | ApplyPatchUpdateFileOperation | ApplyPatchDeleteFileOperation | { readonly type?: string | undefined }

/**
 * The schema of {@link ApplyPatchCallOperation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCallOperation: Schema.Schema<ApplyPatchCallOperation> = S.Union(
  ApplyPatchCreateFileOperation,
  ApplyPatchUpdateFileOperation,
  ApplyPatchDeleteFileOperation,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * Lifecycle state of an `apply_patch_call` output item.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCallStatus = "in_progress" | "completed" | (string & {})

/**
 * The schema of {@link ApplyPatchCallStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCallStatus: Schema.Schema<ApplyPatchCallStatus> = S.openLiteral("in_progress", "completed")

/**
 * A tool call emitted by the model requesting a V4A patch operation.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCallItem = {
  readonly call_id: string
  readonly id?: string | null | undefined
  readonly operation: ApplyPatchCallOperation
  readonly status: ApplyPatchCallStatus
  readonly type: "apply_patch_call"
}

/**
 * The schema of {@link ApplyPatchCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCallItem: Schema.Schema<ApplyPatchCallItem> = S.Struct({
  call_id: S.String,
  id: S.optional(S.NullOr(S.String)),
  operation: ApplyPatchCallOperation,
  status: ApplyPatchCallStatus,
  type: S.Literal("apply_patch_call")
})

/**
 * The client's echo of an `apply_patch_call` after applying the patch.
 *
 * @since 0.1.0
 * @category models
 */
export type ApplyPatchCallOutputItem = {
  readonly call_id: string
  readonly id?: string | null | undefined
  readonly output?: string | null | undefined
  readonly status: "completed" | "failed" | (string & {})
  readonly type: "apply_patch_call_output"
}

/**
 * The schema of {@link ApplyPatchCallOutputItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchCallOutputItem: Schema.Schema<ApplyPatchCallOutputItem> = S.Struct({
  call_id: S.String,
  id: S.optional(S.NullOr(S.String)),
  output: S.optional(S.NullOr(S.String)),
  status: S.openLiteral("completed", "failed"),
  type: S.Literal("apply_patch_call_output")
})

/**
 * Audio input content item
 *
 * @since 0.1.0
 * @category models
 */
export type InputAudio = {
  readonly input_audio: {
    readonly data: string
    readonly format: "mp3" | "wav" | (string & {})
  }
  readonly type: "input_audio"
}

/**
 * The schema of {@link InputAudio}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputAudio: Schema.Schema<InputAudio> = S.Struct({
  input_audio: S.Struct({
    data: S.String,
    format: S.openLiteral("mp3", "wav")
  }),
  type: S.Literal("input_audio")
})

/**
 * File input content item
 *
 * @since 0.1.0
 * @category models
 */
export type InputFile = {
  readonly file_data?: string | undefined
  readonly file_id?: string | null | undefined
  readonly file_url?: string | undefined
  readonly filename?: string | undefined
  readonly type: "input_file"
}

/**
 * The schema of {@link InputFile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputFile: Schema.Schema<InputFile> = S.Struct({
  file_data: S.optional(S.String),
  file_id: S.optional(S.NullOr(S.String)),
  file_url: S.optional(S.String),
  filename: S.optional(S.String),
  type: S.Literal("input_file")
})

/**
 * `OpenAIResponseCustomToolCall` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseCustomToolCall = {
  readonly call_id: string
  readonly id?: string | undefined
  readonly input: string
  readonly name: string
  readonly namespace?: string | undefined
  readonly type: "custom_tool_call"
}

/**
 * The schema of {@link OpenAIResponseCustomToolCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseCustomToolCall: Schema.Schema<OpenAIResponseCustomToolCall> = S.Struct({
  call_id: S.String,
  id: S.optional(S.String),
  input: S.String,
  name: S.String,
  namespace: S.optional(S.String),
  type: S.Literal("custom_tool_call")
})

/**
 * `OpenAIResponseCustomToolCallOutput` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseCustomToolCallOutput = {
  readonly call_id: string
  readonly id?: string | undefined
  readonly output: string | ReadonlyArray<InputText | InputImage | InputFile | { readonly type?: string | undefined }>
  readonly type: "custom_tool_call_output"
}

/**
 * The schema of {@link OpenAIResponseCustomToolCallOutput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseCustomToolCallOutput: Schema.Schema<OpenAIResponseCustomToolCallOutput> = S.Struct({
  call_id: S.String,
  id: S.optional(S.String),
  output: S.Union(
    S.String,
    S.Array(S.Union(
      InputText,
      InputImage,
      InputFile,
      S.Struct({ type: S.optional(S.String) })
    ))
  ),
  type: S.Literal("custom_tool_call_output")
})

/**
 * `ToolCallStatus` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ToolCallStatus = "in_progress" | "completed" | "incomplete" | (string & {})

/**
 * The schema of {@link ToolCallStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolCallStatus: Schema.Schema<ToolCallStatus> = S.openLiteral("in_progress", "completed", "incomplete")

/**
 * `OpenAIResponseFunctionToolCall` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseFunctionToolCall = {
  readonly arguments: string
  readonly call_id: string
  readonly id?: string | undefined
  readonly name: string
  readonly namespace?: string | undefined
  readonly status?: ToolCallStatus | undefined
  readonly subagent_id?: string | undefined
  readonly subagent_items?: ReadonlyArray<{
    readonly type: string
  }> | undefined
  readonly type: "function_call"
}

/**
 * The schema of {@link OpenAIResponseFunctionToolCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseFunctionToolCall: Schema.Schema<OpenAIResponseFunctionToolCall> = S.Struct({
  arguments: S.String,
  call_id: S.String,
  id: S.optional(S.String),
  name: S.String,
  namespace: S.optional(S.String),
  status: S.optional(ToolCallStatus),
  subagent_id: S.optional(S.String),
  subagent_items: S.optional(S.Array(S.Struct({
    type: S.String
  }))),
  type: S.Literal("function_call")
})

/**
 * `OpenAIResponseFunctionToolCallOutput` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseFunctionToolCallOutput = {
  readonly call_id: string
  readonly id?: string | null | undefined
  readonly output: string | ReadonlyArray<InputText | InputImage | InputFile | { readonly type?: string | undefined }>
  readonly status?: ToolCallStatus | null | undefined
  readonly type: "function_call_output"
}

/**
 * The schema of {@link OpenAIResponseFunctionToolCallOutput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseFunctionToolCallOutput: Schema.Schema<OpenAIResponseFunctionToolCallOutput> = S.Struct({
  call_id: S.String,
  id: S.optional(S.NullOr(S.String)),
  output: S.Union(
    S.String,
    S.Array(S.Union(
      InputText,
      InputImage,
      InputFile,
      S.Struct({ type: S.optional(S.String) })
    ))
  ),
  status: S.optional(S.NullOr(ToolCallStatus)),
  type: S.Literal("function_call_output")
})

/**
 * `OpenAIResponseInputMessageItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponseInputMessageItem = {
  readonly content: ReadonlyArray<InputText | InputImage | InputFile | InputAudio | { readonly type?: string | undefined }>
  readonly id: string
  readonly role: "user" | "system" | "developer" | (string & {})
  readonly type?: "message" | (string & {}) | undefined
}

/**
 * The schema of {@link OpenAIResponseInputMessageItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponseInputMessageItem: Schema.Schema<OpenAIResponseInputMessageItem> = S.Struct({
  content: S.Array(S.Union(
    InputText,
    InputImage,
    InputFile,
    InputAudio,
    S.Struct({ type: S.optional(S.String) })
  )),
  id: S.String,
  role: S.openLiteral("user", "system", "developer"),
  type: S.optional(S.openLiteral("message"))
})

/**
 * `ImageGenerationStatus` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationStatus = "in_progress" | "completed" | "generating" | "failed" | (string & {})

/**
 * The schema of {@link ImageGenerationStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationStatus: Schema.Schema<ImageGenerationStatus> = S.openLiteral("in_progress", "completed", "generating", "failed")

/**
 * `OutputItemImageGenerationCall` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemImageGenerationCall = {
  readonly id: string
  readonly result?: string | null | undefined
  readonly status: ImageGenerationStatus
  readonly type: "image_generation_call"
}

/**
 * The schema of {@link OutputItemImageGenerationCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemImageGenerationCall: Schema.Schema<OutputItemImageGenerationCall> = S.Struct({
  id: S.String,
  result: S.optional(S.NullOr(S.String)),
  status: ImageGenerationStatus,
  type: S.Literal("image_generation_call")
})

/**
 * `OpenAIResponsesRefusalContent` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesRefusalContent = {
  readonly refusal: string
  readonly type: "refusal"
}

/**
 * The schema of {@link OpenAIResponsesRefusalContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesRefusalContent: Schema.Schema<OpenAIResponsesRefusalContent> = S.Struct({
  refusal: S.String,
  type: S.Literal("refusal")
})

/**
 * `FileCitation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type FileCitation = {
  readonly file_id: string
  readonly filename: string
  readonly index: number
  readonly type: "file_citation"
}

/**
 * The schema of {@link FileCitation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileCitation: Schema.Schema<FileCitation> = S.Struct({
  file_id: S.String,
  filename: S.String,
  index: S.Number,
  type: S.Literal("file_citation")
})

/**
 * `FilePath` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type FilePath = {
  readonly file_id: string
  readonly index: number
  readonly type: "file_path"
}

/**
 * The schema of {@link FilePath}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FilePath: Schema.Schema<FilePath> = S.Struct({
  file_id: S.String,
  index: S.Number,
  type: S.Literal("file_path")
})

/**
 * `URLCitation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type URLCitation = {
  readonly content?: string | undefined
  readonly end_index: number
  readonly start_index: number
  readonly title: string
  readonly type: "url_citation"
  readonly url: string
}

/**
 * The schema of {@link URLCitation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const URLCitation: Schema.Schema<URLCitation> = S.Struct({
  content: S.optional(S.String),
  end_index: S.Number,
  start_index: S.Number,
  title: S.String,
  type: S.Literal("url_citation"),
  url: S.String
})

/**
 * `OpenAIResponsesAnnotation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesAnnotation = FileCitation | URLCitation | FilePath | { readonly type?: string | undefined }

/**
 * The schema of {@link OpenAIResponsesAnnotation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesAnnotation: Schema.Schema<OpenAIResponsesAnnotation> = S.Union(
  FileCitation,
  URLCitation,
  FilePath,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `ResponseOutputText` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponseOutputText = {
  readonly annotations?: ReadonlyArray<OpenAIResponsesAnnotation> | undefined
  readonly logprobs?: ReadonlyArray<{
    readonly bytes: ReadonlyArray<number>
    readonly logprob: number
    readonly token: string
    readonly top_logprobs: ReadonlyArray<{
      readonly bytes: ReadonlyArray<number>
      readonly logprob: number
      readonly token: string
    }>
  }> | undefined
  readonly text: string
  readonly type: "output_text"
}

/**
 * The schema of {@link ResponseOutputText}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseOutputText: Schema.Schema<ResponseOutputText> = S.Struct({
  annotations: S.optional(S.Array(OpenAIResponsesAnnotation)),
  logprobs: S.optional(S.Array(S.Struct({
    bytes: S.Array(S.Number),
    logprob: S.Number,
    token: S.String,
    top_logprobs: S.Array(S.Struct({
      bytes: S.Array(S.Number),
      logprob: S.Number,
      token: S.String
    }))
  }))),
  text: S.String,
  type: S.Literal("output_text")
})

/**
 * `OutputMessage` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputMessage = {
  readonly content: ReadonlyArray<ResponseOutputText | OpenAIResponsesRefusalContent | { readonly type?: string | undefined }>
  readonly id: string
  readonly phase?: "commentary" | "final_answer" | (string & {}) | null | undefined
  readonly role: "assistant"
  readonly status?: "completed" | "incomplete" | "in_progress" | (string & {}) | undefined
  readonly type: "message"
}

/**
 * The schema of {@link OutputMessage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputMessage: Schema.Schema<OutputMessage> = S.Struct({
  content: S.Array(S.Union(
    ResponseOutputText,
    OpenAIResponsesRefusalContent,
    S.Struct({ type: S.optional(S.String) })
  )),
  id: S.String,
  phase: S.optional(S.NullOr(S.openLiteral("commentary", "final_answer"))),
  role: S.Literal("assistant"),
  status: S.optional(S.openLiteral("completed", "incomplete", "in_progress")),
  type: S.Literal("message")
})

/**
 * `BaseInputs` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BaseInputs = string | ReadonlyArray<{
      readonly content: ReadonlyArray<InputText | InputImage | InputFile | InputAudio | { readonly type?: string | undefined }> | string
      readonly phase?: "commentary" | "final_answer" | (string & {}) | null | undefined
      readonly role: "user" | "system" | "assistant" | "developer" | (string & {})
      readonly type?: "message" | (string & {}) | undefined
    } | OpenAIResponseInputMessageItem | OpenAIResponseFunctionToolCallOutput | OpenAIResponseFunctionToolCall | OutputItemImageGenerationCall | OutputMessage | OpenAIResponseCustomToolCall | OpenAIResponseCustomToolCallOutput | ApplyPatchCallItem | ApplyPatchCallOutputItem | { readonly type?: string | undefined }> | null

/**
 * The schema of {@link BaseInputs}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BaseInputs: Schema.Schema<BaseInputs> = S.NullOr(S.Union(
  S.String,
  S.Array(S.Union(
    S.Struct({
      content: S.Union(
        S.Array(S.Union(
          InputText,
          InputImage,
          InputFile,
          InputAudio,
          S.Struct({ type: S.optional(S.String) })
        )),
        S.String
      ),
      phase: S.optional(S.NullOr(S.openLiteral("commentary", "final_answer"))),
      role: S.openLiteral("user", "system", "assistant", "developer"),
      type: S.optional(S.openLiteral("message"))
    }),
    OpenAIResponseInputMessageItem,
    OpenAIResponseFunctionToolCallOutput,
    OpenAIResponseFunctionToolCall,
    OutputItemImageGenerationCall,
    OutputMessage,
    OpenAIResponseCustomToolCall,
    OpenAIResponseCustomToolCallOutput,
    ApplyPatchCallItem,
    ApplyPatchCallOutputItem,
    S.Struct({ type: S.optional(S.String) })
  ))
))

/**
 * Controls which reasoning is available to the model.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningContext = "auto" | "all_turns" | "current_turn" | (string & {}) | null

/**
 * The schema of {@link ReasoningContext}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningContext: Schema.Schema<ReasoningContext> = S.NullOr(S.openLiteral("auto", "all_turns", "current_turn"))

/**
 * Selects the reasoning mode.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningMode = "standard" | "pro" | (string & {}) | null

/**
 * The schema of {@link ReasoningMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningMode: Schema.Schema<ReasoningMode> = S.NullOr(S.openLiteral("standard", "pro"))

/**
 * `ReasoningSummaryVerbosity` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningSummaryVerbosity = "auto" | "concise" | "detailed" | (string & {}) | null

/**
 * The schema of {@link ReasoningSummaryVerbosity}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningSummaryVerbosity: Schema.Schema<ReasoningSummaryVerbosity> = S.NullOr(S.openLiteral("auto", "concise", "detailed"))

/**
 * `BaseReasoningConfig` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BaseReasoningConfig = {
  readonly context?: ReasoningContext | undefined
  readonly effort?: ReasoningEffort | undefined
  readonly mode?: ReasoningMode | undefined
  readonly summary?: ReasoningSummaryVerbosity | undefined
} | null

/**
 * The schema of {@link BaseReasoningConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BaseReasoningConfig: Schema.Schema<BaseReasoningConfig> = S.NullOr(S.Struct({
  context: S.optional(ReasoningContext),
  effort: S.optional(ReasoningEffort),
  mode: S.optional(ReasoningMode),
  summary: S.optional(ReasoningSummaryVerbosity)
}))

/**
 * `IncompleteDetails` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type IncompleteDetails = {
  readonly reason?: "max_output_tokens" | "content_filter" | (string & {}) | undefined
} | null

/**
 * The schema of {@link IncompleteDetails}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const IncompleteDetails: Schema.Schema<IncompleteDetails> = S.NullOr(S.Struct({
  reason: S.optional(S.openLiteral("max_output_tokens", "content_filter"))
}))

/**
 * `OpenAIResponsesResponseStatus` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesResponseStatus = "completed" | "incomplete" | "in_progress" | "failed" | "cancelled" | "queued" | (string & {})

/**
 * The schema of {@link OpenAIResponsesResponseStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesResponseStatus: Schema.Schema<OpenAIResponsesResponseStatus> = S.openLiteral("completed", "incomplete", "in_progress", "failed", "cancelled", "queued")

/**
 * Constrains the model to a pre-defined set of allowed tools
 *
 * @since 0.1.0
 * @category models
 */
export type ToolChoiceAllowed = {
  readonly mode: "auto" | "required" | (string & {})
  readonly tools: ReadonlyArray<{ readonly [x: string]: unknown }>
  readonly type: "allowed_tools"
}

/**
 * The schema of {@link ToolChoiceAllowed}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolChoiceAllowed: Schema.Schema<ToolChoiceAllowed> = S.Struct({
  mode: S.openLiteral("auto", "required"),
  tools: S.Array(S.JsonObject),
  type: S.Literal("allowed_tools")
})

/**
 * `OpenAIResponsesToolChoice` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesToolChoice = "auto" | "none" | "required" | (string & {}) | {
    readonly name: string
    readonly type: "function"
  } | {
    readonly type: "web_search_preview_2025_03_11" | "web_search_preview" | (string & {})
  } | ToolChoiceAllowed | {
    readonly type: "apply_patch"
  } | {
    readonly type: "shell"
  } | { readonly type?: string | undefined }

/**
 * The schema of {@link OpenAIResponsesToolChoice}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesToolChoice: Schema.Schema<OpenAIResponsesToolChoice> = S.Union(
  S.openLiteral("auto", "none", "required"),
  S.Struct({
    name: S.String,
    type: S.Literal("function")
  }),
  S.Struct({
    type: S.openLiteral("web_search_preview_2025_03_11", "web_search_preview")
  }),
  ToolChoiceAllowed,
  S.Struct({
    type: S.Literal("apply_patch")
  }),
  S.Struct({
    type: S.Literal("shell")
  }),
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `OpenAIResponsesUsage` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesUsage = {
  readonly input_tokens: number
  readonly input_tokens_details: {
    readonly cache_write_tokens?: number | null | undefined
    readonly cached_tokens: number
  }
  readonly output_tokens: number
  readonly output_tokens_details: {
    readonly reasoning_tokens: number
  }
  readonly total_tokens: number
}

/**
 * The schema of {@link OpenAIResponsesUsage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesUsage: Schema.Schema<OpenAIResponsesUsage> = S.Struct({
  input_tokens: S.Number,
  input_tokens_details: S.Struct({
    cache_write_tokens: S.optional(S.NullOr(S.Number)),
    cached_tokens: S.Number
  }),
  output_tokens: S.Number,
  output_tokens_details: S.Struct({
    reasoning_tokens: S.Number
  }),
  total_tokens: S.Number
})

/**
 * `OutputItemApplyPatchCall` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemApplyPatchCall = {
  readonly call_id: string
  readonly created_by?: string | undefined
  readonly id: string
  readonly operation: ApplyPatchCreateFileOperation | ApplyPatchUpdateFileOperation | ApplyPatchDeleteFileOperation | { readonly type?: string | undefined }
  readonly status: "in_progress" | "completed" | (string & {})
  readonly type: "apply_patch_call"
}

/**
 * The schema of {@link OutputItemApplyPatchCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemApplyPatchCall: Schema.Schema<OutputItemApplyPatchCall> = S.Struct({
  call_id: S.String,
  created_by: S.optional(S.String),
  id: S.String,
  operation: S.Union(
    ApplyPatchCreateFileOperation,
    ApplyPatchUpdateFileOperation,
    ApplyPatchDeleteFileOperation,
    S.Struct({ type: S.optional(S.String) })
  ),
  status: S.openLiteral("in_progress", "completed"),
  type: S.Literal("apply_patch_call")
})

/**
 * `CodeInterpreterFileOutput` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterFileOutput = {
  readonly download_url?: string | undefined
  readonly error_code?: string | null | undefined
  readonly expires_at?: string | undefined
  readonly filename?: string | undefined
  readonly id?: string | undefined
  readonly media_type?: string | undefined
  readonly sha256?: string | undefined
  readonly size_bytes?: number | undefined
  readonly status?: string | undefined
  readonly type: "file"
}

/**
 * The schema of {@link CodeInterpreterFileOutput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterFileOutput: Schema.Schema<CodeInterpreterFileOutput> = S.Struct({
  download_url: S.optional(S.String),
  error_code: S.optional(S.NullOr(S.String)),
  expires_at: S.optional(S.String),
  filename: S.optional(S.String),
  id: S.optional(S.String),
  media_type: S.optional(S.String),
  sha256: S.optional(S.String),
  size_bytes: S.optional(S.Number),
  status: S.optional(S.String),
  type: S.Literal("file")
})

/**
 * `CodeInterpreterImageOutput` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterImageOutput = {
  readonly type: "image"
  readonly url: string
}

/**
 * The schema of {@link CodeInterpreterImageOutput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterImageOutput: Schema.Schema<CodeInterpreterImageOutput> = S.Struct({
  type: S.Literal("image"),
  url: S.String
})

/**
 * `CodeInterpreterLogsOutput` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterLogsOutput = {
  readonly logs: string
  readonly type: "logs"
}

/**
 * The schema of {@link CodeInterpreterLogsOutput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterLogsOutput: Schema.Schema<CodeInterpreterLogsOutput> = S.Struct({
  logs: S.String,
  type: S.Literal("logs")
})

/**
 * `OutputItemCodeInterpreterCall` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemCodeInterpreterCall = {
  readonly code?: string | null | undefined
  readonly container_id?: string | undefined
  readonly id: string
  readonly outputs?: ReadonlyArray<CodeInterpreterLogsOutput | CodeInterpreterImageOutput | CodeInterpreterFileOutput | { readonly type?: string | undefined }> | null | undefined
  readonly status: "in_progress" | "completed" | "incomplete" | "interpreting" | "failed" | (string & {})
  readonly type: "code_interpreter_call"
}

/**
 * The schema of {@link OutputItemCodeInterpreterCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemCodeInterpreterCall: Schema.Schema<OutputItemCodeInterpreterCall> = S.Struct({
  code: S.optional(S.NullOr(S.String)),
  container_id: S.optional(S.String),
  id: S.String,
  outputs: S.optional(S.NullOr(S.Array(S.Union(
    CodeInterpreterLogsOutput,
    CodeInterpreterImageOutput,
    CodeInterpreterFileOutput,
    S.Struct({ type: S.optional(S.String) })
  )))),
  status: S.openLiteral("in_progress", "completed", "incomplete", "interpreting", "failed"),
  type: S.Literal("code_interpreter_call")
})

/**
 * `OutputItemCustomToolCall` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemCustomToolCall = {
  readonly call_id: string
  readonly id?: string | undefined
  readonly input: string
  readonly name: string
  readonly namespace?: string | undefined
  readonly type: "custom_tool_call"
}

/**
 * The schema of {@link OutputItemCustomToolCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemCustomToolCall: Schema.Schema<OutputItemCustomToolCall> = S.Struct({
  call_id: S.String,
  id: S.optional(S.String),
  input: S.String,
  name: S.String,
  namespace: S.optional(S.String),
  type: S.Literal("custom_tool_call")
})

/**
 * `WebSearchStatus` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchStatus = "completed" | "searching" | "in_progress" | "failed" | (string & {})

/**
 * The schema of {@link WebSearchStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchStatus: Schema.Schema<WebSearchStatus> = S.openLiteral("completed", "searching", "in_progress", "failed")

/**
 * `OutputItemFileSearchCall` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemFileSearchCall = {
  readonly id: string
  readonly queries: ReadonlyArray<string>
  readonly status: WebSearchStatus
  readonly type: "file_search_call"
}

/**
 * The schema of {@link OutputItemFileSearchCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemFileSearchCall: Schema.Schema<OutputItemFileSearchCall> = S.Struct({
  id: S.String,
  queries: S.Array(S.String),
  status: WebSearchStatus,
  type: S.Literal("file_search_call")
})

/**
 * `OutputItemFunctionCall` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemFunctionCall = {
  readonly arguments: string
  readonly call_id: string
  readonly id?: string | undefined
  readonly name: string
  readonly namespace?: string | undefined
  readonly status?: "completed" | "incomplete" | "in_progress" | (string & {}) | undefined
  readonly type: "function_call"
}

/**
 * The schema of {@link OutputItemFunctionCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemFunctionCall: Schema.Schema<OutputItemFunctionCall> = S.Struct({
  arguments: S.String,
  call_id: S.String,
  id: S.optional(S.String),
  name: S.String,
  namespace: S.optional(S.String),
  status: S.optional(S.openLiteral("completed", "incomplete", "in_progress")),
  type: S.Literal("function_call")
})

/**
 * `ReasoningSummaryText` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningSummaryText = {
  readonly text: string
  readonly type: "summary_text" | (string & {})
}

/**
 * The schema of {@link ReasoningSummaryText}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningSummaryText: Schema.Schema<ReasoningSummaryText> = S.Struct({
  text: S.String,
  type: S.openLiteral("summary_text")
})

/**
 * `ReasoningTextContent` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningTextContent = {
  readonly text: string
  readonly type: "reasoning_text"
}

/**
 * The schema of {@link ReasoningTextContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningTextContent: Schema.Schema<ReasoningTextContent> = S.Struct({
  text: S.String,
  type: S.Literal("reasoning_text")
})

/**
 * `OutputItemReasoning` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemReasoning = {
  readonly content?: ReadonlyArray<ReasoningTextContent> | undefined
  readonly encrypted_content?: string | null | undefined
  readonly id: string
  readonly status?: "completed" | "incomplete" | "in_progress" | (string & {}) | undefined
  readonly summary: ReadonlyArray<ReasoningSummaryText>
  readonly type: "reasoning"
}

/**
 * The schema of {@link OutputItemReasoning}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemReasoning: Schema.Schema<OutputItemReasoning> = S.Struct({
  content: S.optional(S.Array(ReasoningTextContent)),
  encrypted_content: S.optional(S.NullOr(S.String)),
  id: S.String,
  status: S.optional(S.openLiteral("completed", "incomplete", "in_progress")),
  summary: S.Array(ReasoningSummaryText),
  type: S.Literal("reasoning")
})

/**
 * `WebSearchSource` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchSource = {
  readonly type: "url" | (string & {})
  readonly url: string
}

/**
 * The schema of {@link WebSearchSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchSource: Schema.Schema<WebSearchSource> = S.Struct({
  type: S.openLiteral("url"),
  url: S.String
})

/**
 * `OutputItemWebSearchCall` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItemWebSearchCall = {
  readonly action?: {
      readonly queries?: ReadonlyArray<string> | undefined
      readonly query: string
      readonly sources?: ReadonlyArray<WebSearchSource> | undefined
      readonly type: "search"
    } | {
      readonly type: "open_page"
      readonly url?: string | null | undefined
    } | {
      readonly pattern: string
      readonly type: "find_in_page"
      readonly url: string
    } | { readonly type?: string | undefined } | undefined
  readonly id: string
  readonly status: WebSearchStatus
  readonly type: "web_search_call"
}

/**
 * The schema of {@link OutputItemWebSearchCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItemWebSearchCall: Schema.Schema<OutputItemWebSearchCall> = S.Struct({
  action: S.optional(S.Union(
    S.Struct({
      queries: S.optional(S.Array(S.String)),
      query: S.String,
      sources: S.optional(S.Array(WebSearchSource)),
      type: S.Literal("search")
    }),
    S.Struct({
      type: S.Literal("open_page"),
      url: S.optional(S.NullOr(S.String))
    }),
    S.Struct({
      pattern: S.String,
      type: S.Literal("find_in_page"),
      url: S.String
    }),
    S.Struct({ type: S.optional(S.String) })
  )),
  id: S.String,
  status: WebSearchStatus,
  type: S.Literal("web_search_call")
})

/**
 * Metadata key-value pairs for the request.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestMetadata = { readonly [x: string]: string } | null

/**
 * The schema of {@link RequestMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RequestMetadata: Schema.Schema<RequestMetadata> = S.NullOr(S.Record(S.String))

/**
 * Error information returned from the API
 *
 * @since 0.1.0
 * @category models
 */
export type ResponsesErrorField = {
  readonly code: "server_error" | "rate_limit_exceeded" | "invalid_prompt" | "vector_store_timeout" | "invalid_image" | "invalid_image_format" | "invalid_base64_image" | "invalid_image_url" | "image_too_large" | "image_too_small" | "image_parse_error" | "image_content_policy_violation" | "invalid_image_mode" | "image_file_too_large" | "unsupported_image_media_type" | "empty_image_file" | "failed_to_download_image" | "image_file_not_found" | "bio_policy" | "data_residency_mismatch" | (string & {})
  readonly message: string
} | null

/**
 * The schema of {@link ResponsesErrorField}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponsesErrorField: Schema.Schema<ResponsesErrorField> = S.NullOr(S.Struct({
  code: S.openLiteral("server_error", "rate_limit_exceeded", "invalid_prompt", "vector_store_timeout", "invalid_image", "invalid_image_format", "invalid_base64_image", "invalid_image_url", "image_too_large", "image_too_small", "image_parse_error", "image_content_policy_violation", "invalid_image_mode", "image_file_too_large", "unsupported_image_media_type", "empty_image_file", "failed_to_download_image", "image_file_not_found", "bio_policy", "data_residency_mismatch"),
  message: S.String
}))

/**
 * `ServiceTier` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ServiceTier = "auto" | "default" | "flex" | "priority" | "scale" | (string & {}) | null

/**
 * The schema of {@link ServiceTier}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServiceTier: Schema.Schema<ServiceTier> = S.NullOr(S.openLiteral("auto", "default", "flex", "priority", "scale"))

/**
 * `StoredPromptTemplate` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type StoredPromptTemplate = {
  readonly id: string
  readonly variables?: { readonly [x: string]: string | InputText | InputImage | InputFile | { readonly type?: string | undefined } } | null | undefined
} | null

/**
 * The schema of {@link StoredPromptTemplate}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StoredPromptTemplate: Schema.Schema<StoredPromptTemplate> = S.NullOr(S.Struct({
  id: S.String,
  variables: S.optional(S.NullOr(S.Record(S.Union(
    S.String,
    InputText,
    InputImage,
    InputFile,
    S.Struct({ type: S.optional(S.String) })
  ))))
}))

/**
 * JSON object response format
 *
 * @since 0.1.0
 * @category models
 */
export type FormatJsonObjectConfig = {
  readonly type: "json_object"
}

/**
 * The schema of {@link FormatJsonObjectConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FormatJsonObjectConfig: Schema.Schema<FormatJsonObjectConfig> = S.Struct({
  type: S.Literal("json_object")
})

/**
 * JSON schema constrained response format
 *
 * @since 0.1.0
 * @category models
 */
export type FormatJsonSchemaConfig = {
  readonly description?: string | undefined
  readonly name: string
  readonly schema: { readonly [x: string]: unknown }
  readonly strict?: boolean | null | undefined
  readonly type: "json_schema"
}

/**
 * The schema of {@link FormatJsonSchemaConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FormatJsonSchemaConfig: Schema.Schema<FormatJsonSchemaConfig> = S.Struct({
  description: S.optional(S.String),
  name: S.String,
  schema: S.JsonObject,
  strict: S.optional(S.NullOr(S.Boolean)),
  type: S.Literal("json_schema")
})

/**
 * Plain text response format
 *
 * @since 0.1.0
 * @category models
 */
export type FormatTextConfig = {
  readonly type: "text"
}

/**
 * The schema of {@link FormatTextConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FormatTextConfig: Schema.Schema<FormatTextConfig> = S.Struct({
  type: S.Literal("text")
})

/**
 * Text response format configuration
 *
 * @since 0.1.0
 * @category models
 */
export type Formats = FormatTextConfig | FormatJsonObjectConfig | FormatJsonSchemaConfig | { readonly type?: string | undefined }

/**
 * The schema of {@link Formats}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Formats: Schema.Schema<Formats> = S.Union(
  FormatTextConfig,
  FormatJsonObjectConfig,
  FormatJsonSchemaConfig,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * Text output configuration including format and verbosity
 *
 * @since 0.1.0
 * @category models
 */
export type TextConfig = {
  readonly format?: Formats | undefined
  readonly verbosity?: "high" | "low" | "medium" | (string & {}) | null | undefined
}

/**
 * The schema of {@link TextConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TextConfig: Schema.Schema<TextConfig> = S.Struct({
  format: S.optional(Formats),
  verbosity: S.optional(S.NullOr(S.openLiteral("high", "low", "medium")))
})

/**
 * `Truncation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type Truncation = "auto" | "disabled" | (string & {}) | null

/**
 * The schema of {@link Truncation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Truncation: Schema.Schema<Truncation> = S.NullOr(S.openLiteral("auto", "disabled"))

/**
 * `BaseResponsesResult` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BaseResponsesResult = {
  readonly background?: boolean | null | undefined
  readonly completed_at?: number | null | undefined
  readonly created_at: number
  readonly error?: ResponsesErrorField | undefined
  readonly frequency_penalty?: number | null | undefined
  readonly id: string
  readonly incomplete_details?: IncompleteDetails | undefined
  readonly instructions?: BaseInputs | undefined
  readonly max_output_tokens?: number | null | undefined
  readonly max_tool_calls?: number | null | undefined
  readonly metadata?: RequestMetadata | undefined
  readonly model: string
  readonly object: "response" | (string & {})
  readonly output: ReadonlyArray<OutputMessage | OutputItemReasoning | OutputItemFunctionCall | OutputItemCustomToolCall | OutputItemWebSearchCall | OutputItemFileSearchCall | OutputItemImageGenerationCall | OutputItemApplyPatchCall | OutputItemCodeInterpreterCall | { readonly type?: string | undefined }>
  readonly output_text?: string | undefined
  readonly parallel_tool_calls: boolean
  readonly presence_penalty?: number | null | undefined
  readonly previous_response_id?: string | null | undefined
  readonly prompt?: StoredPromptTemplate | undefined
  readonly prompt_cache_key?: string | null | undefined
  readonly prompt_cache_options?: PromptCacheOptions | undefined
  readonly reasoning?: BaseReasoningConfig | undefined
  readonly safety_identifier?: string | null | undefined
  readonly service_tier?: ServiceTier | undefined
  readonly status: OpenAIResponsesResponseStatus
  readonly store?: boolean | undefined
  readonly temperature?: number | null | undefined
  readonly text?: TextConfig | undefined
  readonly tool_choice: OpenAIResponsesToolChoice
  readonly tools: ReadonlyArray<{
      readonly description?: string | null | undefined
      readonly name: string
      readonly parameters?: { readonly [x: string]: unknown } | null | undefined
      readonly strict?: boolean | null | undefined
      readonly type: "function" | (string & {})
      readonly defer_loading?: boolean | undefined
    } | PreviewWebSearchServerTool | Preview20250311WebSearchServerTool | LegacyWebSearchServerTool | WebSearchServerTool | FileSearchServerTool | ComputerUseServerTool | CodeInterpreterServerTool | McpServerTool | ImageGenerationServerTool | CodexLocalShellTool | ShellServerTool | ApplyPatchServerTool | CustomTool | NamespaceTool | { readonly type?: string | undefined }>
  readonly top_logprobs?: number | undefined
  readonly top_p?: number | null | undefined
  readonly truncation?: Truncation | undefined
  readonly usage?: OpenAIResponsesUsage | undefined
  readonly user?: string | null | undefined
}

/**
 * The schema of {@link BaseResponsesResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BaseResponsesResult: Schema.Schema<BaseResponsesResult> = S.Struct({
  background: S.optional(S.NullOr(S.Boolean)),
  completed_at: S.optional(S.NullOr(S.Number)),
  created_at: S.Number,
  error: S.optional(ResponsesErrorField),
  frequency_penalty: S.optional(S.NullOr(S.Number)),
  id: S.String,
  incomplete_details: S.optional(IncompleteDetails),
  instructions: S.optional(BaseInputs),
  max_output_tokens: S.optional(S.NullOr(S.Number)),
  max_tool_calls: S.optional(S.NullOr(S.Number)),
  metadata: S.optional(RequestMetadata),
  model: S.String,
  object: S.openLiteral("response"),
  output: S.Array(S.Union(
    OutputMessage,
    OutputItemReasoning,
    OutputItemFunctionCall,
    OutputItemCustomToolCall,
    OutputItemWebSearchCall,
    OutputItemFileSearchCall,
    OutputItemImageGenerationCall,
    OutputItemApplyPatchCall,
    OutputItemCodeInterpreterCall,
    S.Struct({ type: S.optional(S.String) })
  )),
  output_text: S.optional(S.String),
  parallel_tool_calls: S.Boolean,
  presence_penalty: S.optional(S.NullOr(S.Number)),
  previous_response_id: S.optional(S.NullOr(S.String)),
  prompt: S.optional(StoredPromptTemplate),
  prompt_cache_key: S.optional(S.NullOr(S.String)),
  prompt_cache_options: S.optional(PromptCacheOptions),
  reasoning: S.optional(BaseReasoningConfig),
  safety_identifier: S.optional(S.NullOr(S.String)),
  service_tier: S.optional(ServiceTier),
  status: OpenAIResponsesResponseStatus,
  store: S.optional(S.Boolean),
  temperature: S.optional(S.NullOr(S.Number)),
  text: S.optional(TextConfig),
  tool_choice: OpenAIResponsesToolChoice,
  tools: S.Array(S.Union(
    S.Struct({
      description: S.optional(S.NullOr(S.String)),
      name: S.String,
      parameters: S.optional(S.NullOr(S.JsonObject)),
      strict: S.optional(S.NullOr(S.Boolean)),
      type: S.openLiteral("function"),
      defer_loading: S.optional(S.Boolean)
    }),
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
    S.Struct({ type: S.optional(S.String) })
  )),
  top_logprobs: S.optional(S.Number),
  top_p: S.optional(S.NullOr(S.Number)),
  truncation: S.optional(Truncation),
  usage: S.optional(OpenAIResponsesUsage),
  user: S.optional(S.NullOr(S.String))
})

/**
 * A code interpreter execution call with outputs
 *
 * @since 0.1.0
 * @category models
 */
export type CodeInterpreterCallItem = OutputItemCodeInterpreterCall

/**
 * The schema of {@link CodeInterpreterCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodeInterpreterCallItem: Schema.Schema<CodeInterpreterCallItem> = OutputItemCodeInterpreterCall

/**
 * A context compaction marker with encrypted summary
 *
 * @since 0.1.0
 * @category models
 */
export type CompactionItem = {
  readonly encrypted_content: string
  readonly id?: string | null | undefined
  readonly type: "compaction"
}

/**
 * The schema of {@link CompactionItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CompactionItem: Schema.Schema<CompactionItem> = S.Struct({
  encrypted_content: S.String,
  id: S.optional(S.NullOr(S.String)),
  type: S.Literal("compaction")
})

/**
 * A context compaction marker with an optional encrypted summary
 *
 * @since 0.1.0
 * @category models
 */
export type ContextCompactionItem = {
  readonly encrypted_content?: string | null | undefined
  readonly id?: string | null | undefined
  readonly type: "context_compaction"
}

/**
 * The schema of {@link ContextCompactionItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContextCompactionItem: Schema.Schema<ContextCompactionItem> = S.Struct({
  encrypted_content: S.optional(S.NullOr(S.String)),
  id: S.optional(S.NullOr(S.String)),
  type: S.Literal("context_compaction")
})

/**
 * A call to a custom (freeform-grammar) tool created by the model — distinct from `function_call`.
 *
 * @since 0.1.0
 * @category models
 */
export type CustomToolCallItem = {
  readonly call_id: string
  readonly id?: string | undefined
  readonly input: string
  readonly name: string
  readonly namespace?: string | undefined
  readonly type: "custom_tool_call"
  readonly status?: ToolCallStatus | undefined
}

/**
 * The schema of {@link CustomToolCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomToolCallItem: Schema.Schema<CustomToolCallItem> = S.Struct({
  call_id: S.String,
  id: S.optional(S.String),
  input: S.String,
  name: S.String,
  namespace: S.optional(S.String),
  type: S.Literal("custom_tool_call"),
  status: S.optional(ToolCallStatus)
})

/**
 * The output from a custom (freeform-grammar) tool call execution.
 *
 * @since 0.1.0
 * @category models
 */
export type CustomToolCallOutputItem = {
  readonly call_id: string
  readonly id?: string | undefined
  readonly output?: string | ReadonlyArray<InputText | {
        readonly detail: "auto" | "high" | "low" | "original" | (string & {})
        readonly image_url?: string | null | undefined
        readonly type: "input_image"
      } | InputFile | { readonly type?: string | undefined }> | undefined
  readonly type: "custom_tool_call_output"
}

/**
 * The schema of {@link CustomToolCallOutputItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomToolCallOutputItem: Schema.Schema<CustomToolCallOutputItem> = S.Struct({
  call_id: S.String,
  id: S.optional(S.String),
  output: S.optional(S.Union(
    S.String,
    S.Array(S.Union(
      InputText,
      S.Struct({
        detail: S.openLiteral("auto", "high", "low", "original"),
        image_url: S.optional(S.NullOr(S.String)),
        type: S.Literal("input_image")
      }),
      InputFile,
      S.Struct({ type: S.optional(S.String) })
    ))
  )),
  type: S.Literal("custom_tool_call_output")
})

/**
 * Video input content item
 *
 * @since 0.1.0
 * @category models
 */
export type InputVideo = {
  readonly type: "input_video"
  readonly video_url: string
}

/**
 * The schema of {@link InputVideo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputVideo: Schema.Schema<InputVideo> = S.Struct({
  type: S.Literal("input_video"),
  video_url: S.String
})

/**
 * `EasyInputMessage` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type EasyInputMessage = {
  readonly content?: ReadonlyArray<InputText | {
        readonly detail: "auto" | "high" | "low" | "original" | (string & {})
        readonly image_url?: string | null | undefined
        readonly type: "input_image"
      } | InputFile | InputAudio | InputVideo | { readonly type?: string | undefined }> | string | null | undefined
  readonly phase?: "commentary" | "final_answer" | (string & {}) | null | undefined
  readonly role: "user" | "system" | "assistant" | "developer" | (string & {})
  readonly type?: "message" | (string & {}) | undefined
}

/**
 * The schema of {@link EasyInputMessage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EasyInputMessage: Schema.Schema<EasyInputMessage> = S.Struct({
  content: S.optional(S.NullOr(S.Union(
    S.Array(S.Union(
      InputText,
      S.Struct({
        detail: S.openLiteral("auto", "high", "low", "original"),
        image_url: S.optional(S.NullOr(S.String)),
        type: S.Literal("input_image")
      }),
      InputFile,
      InputAudio,
      InputVideo,
      S.Struct({ type: S.optional(S.String) })
    )),
    S.String
  ))),
  phase: S.optional(S.NullOr(S.openLiteral("commentary", "final_answer"))),
  role: S.openLiteral("user", "system", "assistant", "developer"),
  type: S.optional(S.openLiteral("message"))
})

/**
 * `FailableToolCallStatus` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type FailableToolCallStatus = "in_progress" | "completed" | "incomplete" | "failed" | (string & {})

/**
 * The schema of {@link FailableToolCallStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FailableToolCallStatus: Schema.Schema<FailableToolCallStatus> = S.openLiteral("in_progress", "completed", "incomplete", "failed")

/**
 * A function call initiated by the model
 *
 * @since 0.1.0
 * @category models
 */
export type FunctionCallItem = {
  readonly arguments: string
  readonly call_id: string
  readonly id: string
  readonly name: string
  readonly namespace?: string | undefined
  readonly status?: ToolCallStatus | undefined
  readonly subagent_id?: string | undefined
  readonly subagent_items?: ReadonlyArray<{
    readonly type: string
  }> | undefined
  readonly type: "function_call"
}

/**
 * The schema of {@link FunctionCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionCallItem: Schema.Schema<FunctionCallItem> = S.Struct({
  arguments: S.String,
  call_id: S.String,
  id: S.String,
  name: S.String,
  namespace: S.optional(S.String),
  status: S.optional(ToolCallStatus),
  subagent_id: S.optional(S.String),
  subagent_items: S.optional(S.Array(S.Struct({
    type: S.String
  }))),
  type: S.Literal("function_call")
})

/**
 * The output from a function call execution
 *
 * @since 0.1.0
 * @category models
 */
export type FunctionCallOutputItem = {
  readonly call_id: string
  readonly id?: string | null | undefined
  readonly output?: string | ReadonlyArray<InputText | {
        readonly detail: "auto" | "high" | "low" | "original" | (string & {})
        readonly image_url?: string | null | undefined
        readonly type: "input_image"
      } | InputFile | { readonly type?: string | undefined }> | undefined
  readonly status?: ToolCallStatus | null | undefined
  readonly type: "function_call_output"
}

/**
 * The schema of {@link FunctionCallOutputItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionCallOutputItem: Schema.Schema<FunctionCallOutputItem> = S.Struct({
  call_id: S.String,
  id: S.optional(S.NullOr(S.String)),
  output: S.optional(S.Union(
    S.String,
    S.Array(S.Union(
      InputText,
      S.Struct({
        detail: S.openLiteral("auto", "high", "low", "original"),
        image_url: S.optional(S.NullOr(S.String)),
        type: S.Literal("input_image")
      }),
      InputFile,
      S.Struct({ type: S.optional(S.String) })
    ))
  )),
  status: S.optional(S.NullOr(ToolCallStatus)),
  type: S.Literal("function_call_output")
})

/**
 * Structured analysis produced by the fusion analyst model.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionAnalysisResult = {
  readonly blind_spots: ReadonlyArray<string>
  readonly consensus: ReadonlyArray<string>
  readonly contradictions: ReadonlyArray<{
    readonly stances: ReadonlyArray<{
      readonly model: string
      readonly stance: string
    }>
    readonly topic: string
  }>
  readonly partial_coverage: ReadonlyArray<{
    readonly models: ReadonlyArray<string>
    readonly point: string
  }>
  readonly unique_insights: ReadonlyArray<{
    readonly insight: string
    readonly model: string
  }>
}

/**
 * The schema of {@link FusionAnalysisResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionAnalysisResult: Schema.Schema<FusionAnalysisResult> = S.Struct({
  blind_spots: S.Array(S.String),
  consensus: S.Array(S.String),
  contradictions: S.Array(S.Struct({
    stances: S.Array(S.Struct({
      model: S.String,
      stance: S.String
    })),
    topic: S.String
  })),
  partial_coverage: S.Array(S.Struct({
    models: S.Array(S.String),
    point: S.String
  })),
  unique_insights: S.Array(S.Struct({
    insight: S.String,
    model: S.String
  }))
})

/**
 * A web page retrieved via web search during a fusion run.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionSource = {
  readonly title: string
  readonly url: string
}

/**
 * The schema of {@link FusionSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionSource: Schema.Schema<FusionSource> = S.Struct({
  title: S.String,
  url: S.String
})

/**
 * `InputMessageItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type InputMessageItem = {
  readonly content?: ReadonlyArray<InputText | {
      readonly detail: "auto" | "high" | "low" | "original" | (string & {})
      readonly image_url?: string | null | undefined
      readonly type: "input_image"
    } | InputFile | InputAudio | InputVideo | { readonly type?: string | undefined }> | null | undefined
  readonly id?: string | undefined
  readonly role: "user" | "system" | "developer" | (string & {})
  readonly type?: "message" | (string & {}) | undefined
}

/**
 * The schema of {@link InputMessageItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputMessageItem: Schema.Schema<InputMessageItem> = S.Struct({
  content: S.optional(S.NullOr(S.Array(S.Union(
    InputText,
    S.Struct({
      detail: S.openLiteral("auto", "high", "low", "original"),
      image_url: S.optional(S.NullOr(S.String)),
      type: S.Literal("input_image")
    }),
    InputFile,
    InputAudio,
    InputVideo,
    S.Struct({ type: S.optional(S.String) })
  )))),
  id: S.optional(S.String),
  role: S.openLiteral("user", "system", "developer"),
  type: S.optional(S.openLiteral("message"))
})

/**
 * A reference to a previous response item by ID
 *
 * @since 0.1.0
 * @category models
 */
export type ItemReferenceItem = {
  readonly id: string
  readonly type: "item_reference"
}

/**
 * The schema of {@link ItemReferenceItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ItemReferenceItem: Schema.Schema<ItemReferenceItem> = S.Struct({
  id: S.String,
  type: S.Literal("item_reference")
})

/**
 * A local shell command execution call
 *
 * @since 0.1.0
 * @category models
 */
export type LocalShellCallItem = {
  readonly action: {
    readonly command: ReadonlyArray<string>
    readonly env: { readonly [x: string]: string }
    readonly timeout_ms?: number | null | undefined
    readonly type: "exec" | (string & {})
    readonly user?: string | null | undefined
    readonly working_directory?: string | null | undefined
  }
  readonly call_id: string
  readonly id: string
  readonly status: ToolCallStatus
  readonly type: "local_shell_call"
}

/**
 * The schema of {@link LocalShellCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LocalShellCallItem: Schema.Schema<LocalShellCallItem> = S.Struct({
  action: S.Struct({
    command: S.Array(S.String),
    env: S.Record(S.String),
    timeout_ms: S.optional(S.NullOr(S.Number)),
    type: S.openLiteral("exec"),
    user: S.optional(S.NullOr(S.String)),
    working_directory: S.optional(S.NullOr(S.String))
  }),
  call_id: S.String,
  id: S.String,
  status: ToolCallStatus,
  type: S.Literal("local_shell_call")
})

/**
 * Output from a local shell command execution
 *
 * @since 0.1.0
 * @category models
 */
export type LocalShellCallOutputItem = {
  readonly id: string
  readonly output: string
  readonly status?: ToolCallStatus | null | undefined
  readonly type: "local_shell_call_output"
}

/**
 * The schema of {@link LocalShellCallOutputItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LocalShellCallOutputItem: Schema.Schema<LocalShellCallOutputItem> = S.Struct({
  id: S.String,
  output: S.String,
  status: S.optional(S.NullOr(ToolCallStatus)),
  type: S.Literal("local_shell_call_output")
})

/**
 * Request for approval to execute an MCP tool
 *
 * @since 0.1.0
 * @category models
 */
export type McpApprovalRequestItem = {
  readonly arguments: string
  readonly id: string
  readonly name: string
  readonly server_label: string
  readonly type: "mcp_approval_request"
}

/**
 * The schema of {@link McpApprovalRequestItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpApprovalRequestItem: Schema.Schema<McpApprovalRequestItem> = S.Struct({
  arguments: S.String,
  id: S.String,
  name: S.String,
  server_label: S.String,
  type: S.Literal("mcp_approval_request")
})

/**
 * User response to an MCP tool approval request
 *
 * @since 0.1.0
 * @category models
 */
export type McpApprovalResponseItem = {
  readonly approval_request_id: string
  readonly approve: boolean
  readonly id?: string | null | undefined
  readonly reason?: string | null | undefined
  readonly type: "mcp_approval_response"
}

/**
 * The schema of {@link McpApprovalResponseItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpApprovalResponseItem: Schema.Schema<McpApprovalResponseItem> = S.Struct({
  approval_request_id: S.String,
  approve: S.Boolean,
  id: S.optional(S.NullOr(S.String)),
  reason: S.optional(S.NullOr(S.String)),
  type: S.Literal("mcp_approval_response")
})

/**
 * An MCP tool call with its output or error
 *
 * @since 0.1.0
 * @category models
 */
export type McpCallItem = {
  readonly arguments: string
  readonly error?: string | null | undefined
  readonly id: string
  readonly name: string
  readonly output?: string | null | undefined
  readonly server_label: string
  readonly type: "mcp_call"
}

/**
 * The schema of {@link McpCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpCallItem: Schema.Schema<McpCallItem> = S.Struct({
  arguments: S.String,
  error: S.optional(S.NullOr(S.String)),
  id: S.String,
  name: S.String,
  output: S.optional(S.NullOr(S.String)),
  server_label: S.String,
  type: S.Literal("mcp_call")
})

/**
 * List of available MCP tools from a server
 *
 * @since 0.1.0
 * @category models
 */
export type McpListToolsItem = {
  readonly error?: string | null | undefined
  readonly id: string
  readonly server_label: string
  readonly tools: ReadonlyArray<{
    readonly annotations?: unknown | undefined
    readonly description?: string | null | undefined
    readonly input_schema: { readonly [x: string]: unknown }
    readonly name: string
  }>
  readonly type: "mcp_list_tools"
}

/**
 * The schema of {@link McpListToolsItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpListToolsItem: Schema.Schema<McpListToolsItem> = S.Struct({
  error: S.optional(S.NullOr(S.String)),
  id: S.String,
  server_label: S.String,
  tools: S.Array(S.Struct({
    annotations: S.optional(S.Unknown),
    description: S.optional(S.NullOr(S.String)),
    input_schema: S.JsonObject,
    name: S.String
  })),
  type: S.Literal("mcp_list_tools")
})

/**
 * An openrouter:advisor server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputAdvisorServerToolItem = {
  readonly advice?: string | undefined
  readonly error?: string | undefined
  readonly id?: string | undefined
  readonly instance_name?: string | undefined
  readonly model?: string | undefined
  readonly prompt?: string | undefined
  readonly status: FailableToolCallStatus
  readonly type: "openrouter:advisor"
}

/**
 * The schema of {@link OutputAdvisorServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputAdvisorServerToolItem: Schema.Schema<OutputAdvisorServerToolItem> = S.Struct({
  advice: S.optional(S.String),
  error: S.optional(S.String),
  id: S.optional(S.String),
  instance_name: S.optional(S.String),
  model: S.optional(S.String),
  prompt: S.optional(S.String),
  status: FailableToolCallStatus,
  type: S.Literal("openrouter:advisor")
})

/**
 * An openrouter:apply_patch server tool output item.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputApplyPatchServerToolItem = {
  readonly call_id?: string | undefined
  readonly id?: string | undefined
  readonly operation?: ApplyPatchCallOperation | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:apply_patch"
}

/**
 * The schema of {@link OutputApplyPatchServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputApplyPatchServerToolItem: Schema.Schema<OutputApplyPatchServerToolItem> = S.Struct({
  call_id: S.optional(S.String),
  id: S.optional(S.String),
  operation: S.optional(ApplyPatchCallOperation),
  status: ToolCallStatus,
  type: S.Literal("openrouter:apply_patch")
})

/**
 * An openrouter:bash server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputBashServerToolItem = {
  readonly arguments?: string | null | undefined
  readonly call_id?: string | null | undefined
  readonly command?: string | undefined
  readonly exitCode?: number | undefined
  readonly id?: string | undefined
  readonly status: ToolCallStatus
  readonly stderr?: string | undefined
  readonly stdout?: string | undefined
  readonly type: "openrouter:bash"
}

/**
 * The schema of {@link OutputBashServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputBashServerToolItem: Schema.Schema<OutputBashServerToolItem> = S.Struct({
  arguments: S.optional(S.NullOr(S.String)),
  call_id: S.optional(S.NullOr(S.String)),
  command: S.optional(S.String),
  exitCode: S.optional(S.Number),
  id: S.optional(S.String),
  status: ToolCallStatus,
  stderr: S.optional(S.String),
  stdout: S.optional(S.String),
  type: S.Literal("openrouter:bash")
})

/**
 * An openrouter:browser_use server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputBrowserUseServerToolItem = {
  readonly action?: string | undefined
  readonly id?: string | undefined
  readonly screenshotB64?: string | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:browser_use"
}

/**
 * The schema of {@link OutputBrowserUseServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputBrowserUseServerToolItem: Schema.Schema<OutputBrowserUseServerToolItem> = S.Struct({
  action: S.optional(S.String),
  id: S.optional(S.String),
  screenshotB64: S.optional(S.String),
  status: ToolCallStatus,
  type: S.Literal("openrouter:browser_use")
})

/**
 * A code interpreter execution call with outputs
 *
 * @since 0.1.0
 * @category models
 */
export type OutputCodeInterpreterCallItem = {
  readonly code?: string | null | undefined
  readonly container_id?: string | undefined
  readonly id: string
  readonly outputs?: ReadonlyArray<CodeInterpreterLogsOutput | CodeInterpreterImageOutput | CodeInterpreterFileOutput | { readonly type?: string | undefined }> | null | undefined
  readonly status: "in_progress" | "completed" | "incomplete" | "interpreting" | "failed" | (string & {})
  readonly type: "code_interpreter_call"
}

/**
 * The schema of {@link OutputCodeInterpreterCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputCodeInterpreterCallItem: Schema.Schema<OutputCodeInterpreterCallItem> = S.Struct({
  code: S.optional(S.NullOr(S.String)),
  container_id: S.optional(S.String),
  id: S.String,
  outputs: S.optional(S.NullOr(S.Array(S.Union(
    CodeInterpreterLogsOutput,
    CodeInterpreterImageOutput,
    CodeInterpreterFileOutput,
    S.Struct({ type: S.optional(S.String) })
  )))),
  status: S.openLiteral("in_progress", "completed", "incomplete", "interpreting", "failed"),
  type: S.Literal("code_interpreter_call")
})

/**
 * An openrouter:code_interpreter server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputCodeInterpreterServerToolItem = {
  readonly code?: string | undefined
  readonly exitCode?: number | undefined
  readonly id?: string | undefined
  readonly language?: string | undefined
  readonly status: ToolCallStatus
  readonly stderr?: string | undefined
  readonly stdout?: string | undefined
  readonly type: "openrouter:code_interpreter"
}

/**
 * The schema of {@link OutputCodeInterpreterServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputCodeInterpreterServerToolItem: Schema.Schema<OutputCodeInterpreterServerToolItem> = S.Struct({
  code: S.optional(S.String),
  exitCode: S.optional(S.Number),
  id: S.optional(S.String),
  language: S.optional(S.String),
  status: ToolCallStatus,
  stderr: S.optional(S.String),
  stdout: S.optional(S.String),
  type: S.Literal("openrouter:code_interpreter")
})

/**
 * `OutputComputerCallItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputComputerCallItem = {
  readonly action?: unknown | undefined
  readonly call_id: string
  readonly id?: string | undefined
  readonly pending_safety_checks: ReadonlyArray<{
    readonly code: string
    readonly id: string
    readonly message: string
  }>
  readonly status: "completed" | "incomplete" | "in_progress" | (string & {})
  readonly type: "computer_call"
}

/**
 * The schema of {@link OutputComputerCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputComputerCallItem: Schema.Schema<OutputComputerCallItem> = S.Struct({
  action: S.optional(S.Unknown),
  call_id: S.String,
  id: S.optional(S.String),
  pending_safety_checks: S.Array(S.Struct({
    code: S.String,
    id: S.String,
    message: S.String
  })),
  status: S.openLiteral("completed", "incomplete", "in_progress"),
  type: S.Literal("computer_call")
})

/**
 * A call to a custom (freeform-grammar) tool created by the model — distinct from `function_call`.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputCustomToolCallItem = {
  readonly call_id: string
  readonly id?: string | undefined
  readonly input: string
  readonly name: string
  readonly namespace?: string | undefined
  readonly type: "custom_tool_call"
}

/**
 * The schema of {@link OutputCustomToolCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputCustomToolCallItem: Schema.Schema<OutputCustomToolCallItem> = S.Struct({
  call_id: S.String,
  id: S.optional(S.String),
  input: S.String,
  name: S.String,
  namespace: S.optional(S.String),
  type: S.Literal("custom_tool_call")
})

/**
 * An openrouter:datetime server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputDatetimeItem = {
  readonly datetime: string
  readonly id?: string | undefined
  readonly status: ToolCallStatus
  readonly timezone: string
  readonly type: "openrouter:datetime"
}

/**
 * The schema of {@link OutputDatetimeItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputDatetimeItem: Schema.Schema<OutputDatetimeItem> = S.Struct({
  datetime: S.String,
  id: S.optional(S.String),
  status: ToolCallStatus,
  timezone: S.String,
  type: S.Literal("openrouter:datetime")
})

/**
 * `OutputFileSearchCallItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFileSearchCallItem = {
  readonly id: string
  readonly queries: ReadonlyArray<string>
  readonly status: WebSearchStatus
  readonly type: "file_search_call"
}

/**
 * The schema of {@link OutputFileSearchCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFileSearchCallItem: Schema.Schema<OutputFileSearchCallItem> = S.Struct({
  id: S.String,
  queries: S.Array(S.String),
  status: WebSearchStatus,
  type: S.Literal("file_search_call")
})

/**
 * An openrouter:file_search server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFileSearchServerToolItem = {
  readonly id?: string | undefined
  readonly queries?: ReadonlyArray<string> | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:file_search"
}

/**
 * The schema of {@link OutputFileSearchServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFileSearchServerToolItem: Schema.Schema<OutputFileSearchServerToolItem> = S.Struct({
  id: S.optional(S.String),
  queries: S.optional(S.Array(S.String)),
  status: ToolCallStatus,
  type: S.Literal("openrouter:file_search")
})

/**
 * An openrouter:files server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFilesServerToolItem = {
  readonly arguments?: string | null | undefined
  readonly call_id?: string | null | undefined
  readonly error?: string | undefined
  readonly file_id?: string | undefined
  readonly filename?: string | undefined
  readonly id?: string | undefined
  readonly operation?: string | undefined
  readonly result?: string | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:files"
}

/**
 * The schema of {@link OutputFilesServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFilesServerToolItem: Schema.Schema<OutputFilesServerToolItem> = S.Struct({
  arguments: S.optional(S.NullOr(S.String)),
  call_id: S.optional(S.NullOr(S.String)),
  error: S.optional(S.String),
  file_id: S.optional(S.String),
  filename: S.optional(S.String),
  id: S.optional(S.String),
  operation: S.optional(S.String),
  result: S.optional(S.String),
  status: ToolCallStatus,
  type: S.Literal("openrouter:files")
})

/**
 * `OutputFunctionCallItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFunctionCallItem = {
  readonly arguments: string
  readonly call_id: string
  readonly id?: string | undefined
  readonly name: string
  readonly namespace?: string | undefined
  readonly status?: "completed" | "incomplete" | "in_progress" | (string & {}) | undefined
  readonly type: "function_call"
  readonly subagent_id?: string | undefined
  readonly subagent_items?: ReadonlyArray<{
    readonly type: string
  }> | undefined
}

/**
 * The schema of {@link OutputFunctionCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFunctionCallItem: Schema.Schema<OutputFunctionCallItem> = S.Struct({
  arguments: S.String,
  call_id: S.String,
  id: S.optional(S.String),
  name: S.String,
  namespace: S.optional(S.String),
  status: S.optional(S.openLiteral("completed", "incomplete", "in_progress")),
  type: S.Literal("function_call"),
  subagent_id: S.optional(S.String),
  subagent_items: S.optional(S.Array(S.Struct({
    type: S.String
  })))
})

/**
 * An openrouter:fusion server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputFusionServerToolItem = {
  readonly analysis?: FusionAnalysisResult | undefined
  readonly error?: string | undefined
  readonly failed_models?: ReadonlyArray<{
    readonly error: string
    readonly model: string
    readonly status_code?: number | undefined
  }> | undefined
  readonly failure_reason?: string | undefined
  readonly id?: string | undefined
  readonly responses?: ReadonlyArray<{
    readonly content?: string | undefined
    readonly model: string
  }> | undefined
  readonly sources?: ReadonlyArray<FusionSource> | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:fusion"
}

/**
 * The schema of {@link OutputFusionServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputFusionServerToolItem: Schema.Schema<OutputFusionServerToolItem> = S.Struct({
  analysis: S.optional(FusionAnalysisResult),
  error: S.optional(S.String),
  failed_models: S.optional(S.Array(S.Struct({
    error: S.String,
    model: S.String,
    status_code: S.optional(S.Number)
  }))),
  failure_reason: S.optional(S.String),
  id: S.optional(S.String),
  responses: S.optional(S.Array(S.Struct({
    content: S.optional(S.String),
    model: S.String
  }))),
  sources: S.optional(S.Array(FusionSource)),
  status: ToolCallStatus,
  type: S.Literal("openrouter:fusion")
})

/**
 * `OutputImageGenerationCallItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputImageGenerationCallItem = {
  readonly id: string
  readonly result?: string | null | undefined
  readonly status: ImageGenerationStatus
  readonly type: "image_generation_call"
  readonly prompt?: string | undefined
}

/**
 * The schema of {@link OutputImageGenerationCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputImageGenerationCallItem: Schema.Schema<OutputImageGenerationCallItem> = S.Struct({
  id: S.String,
  result: S.optional(S.NullOr(S.String)),
  status: ImageGenerationStatus,
  type: S.Literal("image_generation_call"),
  prompt: S.optional(S.String)
})

/**
 * An openrouter:image_generation server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputImageGenerationServerToolItem = {
  readonly id?: string | undefined
  readonly imageB64?: string | undefined
  readonly imageUrl?: string | undefined
  readonly prompt?: string | undefined
  readonly result?: string | null | undefined
  readonly revisedPrompt?: string | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:image_generation"
}

/**
 * The schema of {@link OutputImageGenerationServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputImageGenerationServerToolItem: Schema.Schema<OutputImageGenerationServerToolItem> = S.Struct({
  id: S.optional(S.String),
  imageB64: S.optional(S.String),
  imageUrl: S.optional(S.String),
  prompt: S.optional(S.String),
  result: S.optional(S.NullOr(S.String)),
  revisedPrompt: S.optional(S.String),
  status: ToolCallStatus,
  type: S.Literal("openrouter:image_generation")
})

/**
 * An openrouter:mcp server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputMcpServerToolItem = {
  readonly id?: string | undefined
  readonly serverLabel?: string | undefined
  readonly status: ToolCallStatus
  readonly toolName?: string | undefined
  readonly type: "openrouter:mcp"
}

/**
 * The schema of {@link OutputMcpServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputMcpServerToolItem: Schema.Schema<OutputMcpServerToolItem> = S.Struct({
  id: S.optional(S.String),
  serverLabel: S.optional(S.String),
  status: ToolCallStatus,
  toolName: S.optional(S.String),
  type: S.Literal("openrouter:mcp")
})

/**
 * An openrouter:memory server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputMemoryServerToolItem = {
  readonly action?: "read" | "write" | "delete" | (string & {}) | undefined
  readonly id?: string | undefined
  readonly key?: string | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:memory"
  readonly value?: unknown | undefined
}

/**
 * The schema of {@link OutputMemoryServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputMemoryServerToolItem: Schema.Schema<OutputMemoryServerToolItem> = S.Struct({
  action: S.optional(S.openLiteral("read", "write", "delete")),
  id: S.optional(S.String),
  key: S.optional(S.String),
  status: ToolCallStatus,
  type: S.Literal("openrouter:memory"),
  value: S.optional(S.Unknown)
})

/**
 * An output message item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputMessageItem = {
  readonly content: ReadonlyArray<ResponseOutputText | OpenAIResponsesRefusalContent | { readonly type?: string | undefined }>
  readonly id: string
  readonly phase?: "commentary" | "final_answer" | (string & {}) | null | undefined
  readonly role: "assistant"
  readonly status?: "completed" | "incomplete" | "in_progress" | (string & {}) | undefined
  readonly type: "message"
}

/**
 * The schema of {@link OutputMessageItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputMessageItem: Schema.Schema<OutputMessageItem> = S.Struct({
  content: S.Array(S.Union(
    ResponseOutputText,
    OpenAIResponsesRefusalContent,
    S.Struct({ type: S.optional(S.String) })
  )),
  id: S.String,
  phase: S.optional(S.NullOr(S.openLiteral("commentary", "final_answer"))),
  role: S.Literal("assistant"),
  status: S.optional(S.openLiteral("completed", "incomplete", "in_progress")),
  type: S.Literal("message")
})

/**
 * An output item containing reasoning
 *
 * @since 0.1.0
 * @category models
 */
export type OutputReasoningItem = {
  readonly content?: ReadonlyArray<ReasoningTextContent> | null | undefined
  readonly encrypted_content?: string | null | undefined
  readonly id: string
  readonly status?: "completed" | "incomplete" | "in_progress" | (string & {}) | undefined
  readonly summary: ReadonlyArray<ReasoningSummaryText>
  readonly type: "reasoning"
  readonly format?: ReasoningFormat | undefined
  readonly signature?: string | null | undefined
}

/**
 * The schema of {@link OutputReasoningItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputReasoningItem: Schema.Schema<OutputReasoningItem> = S.Struct({
  content: S.optional(S.NullOr(S.Array(ReasoningTextContent))),
  encrypted_content: S.optional(S.NullOr(S.String)),
  id: S.String,
  status: S.optional(S.openLiteral("completed", "incomplete", "in_progress")),
  summary: S.Array(ReasoningSummaryText),
  type: S.Literal("reasoning"),
  format: S.optional(ReasoningFormat),
  signature: S.optional(S.NullOr(S.String))
})

/**
 * An openrouter:experimental__search_models server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputSearchModelsServerToolItem = {
  readonly arguments?: string | undefined
  readonly id?: string | undefined
  readonly query?: string | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:experimental__search_models"
}

/**
 * The schema of {@link OutputSearchModelsServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputSearchModelsServerToolItem: Schema.Schema<OutputSearchModelsServerToolItem> = S.Struct({
  arguments: S.optional(S.String),
  id: S.optional(S.String),
  query: S.optional(S.String),
  status: ToolCallStatus,
  type: S.Literal("openrouter:experimental__search_models")
})

/**
 * Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellCallOutputContent = {
  readonly outcome: {
      readonly exit_code: number
      readonly type: "exit"
    } | {
      readonly type: "timeout"
    } | { readonly type?: string | undefined }
  readonly stderr: string
  readonly stdout: string
}

/**
 * The schema of {@link ShellCallOutputContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellCallOutputContent: Schema.Schema<ShellCallOutputContent> = S.Struct({
  outcome: S.Union(
    S.Struct({
      exit_code: S.Number,
      type: S.Literal("exit")
    }),
    S.Struct({
      type: S.Literal("timeout")
    }),
    S.Struct({ type: S.optional(S.String) })
  ),
  stderr: S.String,
  stdout: S.String
})

/**
 * An openrouter:shell server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputShellServerToolItem = {
  readonly action?: {
    readonly commands: ReadonlyArray<string>
    readonly max_output_length?: number | null | undefined
    readonly timeout_ms?: number | null | undefined
  } | undefined
  readonly arguments?: string | null | undefined
  readonly call_id?: string | null | undefined
  readonly id?: string | undefined
  readonly output?: ReadonlyArray<ShellCallOutputContent> | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:shell"
}

/**
 * The schema of {@link OutputShellServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputShellServerToolItem: Schema.Schema<OutputShellServerToolItem> = S.Struct({
  action: S.optional(S.Struct({
    commands: S.Array(S.String),
    max_output_length: S.optional(S.NullOr(S.Number)),
    timeout_ms: S.optional(S.NullOr(S.Number))
  })),
  arguments: S.optional(S.NullOr(S.String)),
  call_id: S.optional(S.NullOr(S.String)),
  id: S.optional(S.String),
  output: S.optional(S.Array(ShellCallOutputContent)),
  status: ToolCallStatus,
  type: S.Literal("openrouter:shell")
})

/**
 * An openrouter:subagent server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputSubagentServerToolItem = {
  readonly call_id?: string | undefined
  readonly error?: string | undefined
  readonly id?: string | undefined
  readonly instance_name?: string | undefined
  readonly model?: string | undefined
  readonly name?: string | undefined
  readonly outcome?: string | undefined
  readonly status: FailableToolCallStatus
  readonly task_description?: string | undefined
  readonly task_name?: string | undefined
  readonly type: "openrouter:subagent"
}

/**
 * The schema of {@link OutputSubagentServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputSubagentServerToolItem: Schema.Schema<OutputSubagentServerToolItem> = S.Struct({
  call_id: S.optional(S.String),
  error: S.optional(S.String),
  id: S.optional(S.String),
  instance_name: S.optional(S.String),
  model: S.optional(S.String),
  name: S.optional(S.String),
  outcome: S.optional(S.String),
  status: FailableToolCallStatus,
  task_description: S.optional(S.String),
  task_name: S.optional(S.String),
  type: S.Literal("openrouter:subagent")
})

/**
 * An openrouter:text_editor server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputTextEditorServerToolItem = {
  readonly command?: "view" | "create" | "str_replace" | "insert" | (string & {}) | undefined
  readonly filePath?: string | undefined
  readonly id?: string | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:text_editor"
}

/**
 * The schema of {@link OutputTextEditorServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputTextEditorServerToolItem: Schema.Schema<OutputTextEditorServerToolItem> = S.Struct({
  command: S.optional(S.openLiteral("view", "create", "str_replace", "insert")),
  filePath: S.optional(S.String),
  id: S.optional(S.String),
  status: ToolCallStatus,
  type: S.Literal("openrouter:text_editor")
})

/**
 * An openrouter:tool_search server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputToolSearchServerToolItem = {
  readonly id?: string | undefined
  readonly query?: string | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:tool_search"
}

/**
 * The schema of {@link OutputToolSearchServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputToolSearchServerToolItem: Schema.Schema<OutputToolSearchServerToolItem> = S.Struct({
  id: S.optional(S.String),
  query: S.optional(S.String),
  status: ToolCallStatus,
  type: S.Literal("openrouter:tool_search")
})

/**
 * An openrouter:web_fetch server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputWebFetchServerToolItem = {
  readonly content?: string | undefined
  readonly error?: string | undefined
  readonly httpStatus?: number | undefined
  readonly id?: string | undefined
  readonly status: ToolCallStatus
  readonly title?: string | undefined
  readonly type: "openrouter:web_fetch"
  readonly url?: string | undefined
}

/**
 * The schema of {@link OutputWebFetchServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputWebFetchServerToolItem: Schema.Schema<OutputWebFetchServerToolItem> = S.Struct({
  content: S.optional(S.String),
  error: S.optional(S.String),
  httpStatus: S.optional(S.Number),
  id: S.optional(S.String),
  status: ToolCallStatus,
  title: S.optional(S.String),
  type: S.Literal("openrouter:web_fetch"),
  url: S.optional(S.String)
})

/**
 * `OutputWebSearchCallItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputWebSearchCallItem = {
  readonly action?: {
      readonly queries?: ReadonlyArray<string> | undefined
      readonly query: string
      readonly sources?: ReadonlyArray<WebSearchSource> | undefined
      readonly type: "search"
    } | {
      readonly type: "open_page"
      readonly url?: string | null | undefined
    } | {
      readonly pattern: string
      readonly type: "find_in_page"
      readonly url: string
    } | { readonly type?: string | undefined } | undefined
  readonly id: string
  readonly status: WebSearchStatus
  readonly type: "web_search_call"
}

/**
 * The schema of {@link OutputWebSearchCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputWebSearchCallItem: Schema.Schema<OutputWebSearchCallItem> = S.Struct({
  action: S.optional(S.Union(
    S.Struct({
      queries: S.optional(S.Array(S.String)),
      query: S.String,
      sources: S.optional(S.Array(WebSearchSource)),
      type: S.Literal("search")
    }),
    S.Struct({
      type: S.Literal("open_page"),
      url: S.optional(S.NullOr(S.String))
    }),
    S.Struct({
      pattern: S.String,
      type: S.Literal("find_in_page"),
      url: S.String
    }),
    S.Struct({ type: S.optional(S.String) })
  )),
  id: S.String,
  status: WebSearchStatus,
  type: S.Literal("web_search_call")
})

/**
 * An openrouter:web_search server tool output item
 *
 * @since 0.1.0
 * @category models
 */
export type OutputWebSearchServerToolItem = {
  readonly action?: {
    readonly query: string
    readonly sources?: ReadonlyArray<{
      readonly type: "url" | (string & {})
      readonly url: string
    }> | undefined
    readonly type: "search" | (string & {})
  } | undefined
  readonly id?: string | undefined
  readonly status: ToolCallStatus
  readonly type: "openrouter:web_search"
}

/**
 * The schema of {@link OutputWebSearchServerToolItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputWebSearchServerToolItem: Schema.Schema<OutputWebSearchServerToolItem> = S.Struct({
  action: S.optional(S.Struct({
    query: S.String,
    sources: S.optional(S.Array(S.Struct({
      type: S.openLiteral("url"),
      url: S.String
    }))),
    type: S.openLiteral("search")
  })),
  id: S.optional(S.String),
  status: ToolCallStatus,
  type: S.Literal("openrouter:web_search")
})

/**
 * Reasoning output item with signature and format extensions
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningItem = {
  readonly content?: ReadonlyArray<ReasoningTextContent> | null | undefined
  readonly encrypted_content?: string | null | undefined
  readonly id: string
  readonly status?: "completed" | "incomplete" | "in_progress" | (string & {}) | undefined
  readonly summary: ReadonlyArray<ReasoningSummaryText>
  readonly type: "reasoning"
  readonly format?: ReasoningFormat | undefined
  readonly signature?: string | null | undefined
}

/**
 * The schema of {@link ReasoningItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningItem: Schema.Schema<ReasoningItem> = S.Struct({
  content: S.optional(S.NullOr(S.Array(ReasoningTextContent))),
  encrypted_content: S.optional(S.NullOr(S.String)),
  id: S.String,
  status: S.optional(S.openLiteral("completed", "incomplete", "in_progress")),
  summary: S.Array(ReasoningSummaryText),
  type: S.Literal("reasoning"),
  format: S.optional(ReasoningFormat),
  signature: S.optional(S.NullOr(S.String))
})

/**
 * A shell command execution call (newer variant)
 *
 * @since 0.1.0
 * @category models
 */
export type ShellCallItem = {
  readonly action: {
    readonly commands: ReadonlyArray<string>
    readonly max_output_length?: number | null | undefined
    readonly timeout_ms?: number | null | undefined
  }
  readonly arguments?: string | null | undefined
  readonly call_id: string
  readonly environment?: unknown | undefined
  readonly id?: string | null | undefined
  readonly status?: ToolCallStatus | null | undefined
  readonly type: "shell_call"
}

/**
 * The schema of {@link ShellCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellCallItem: Schema.Schema<ShellCallItem> = S.Struct({
  action: S.Struct({
    commands: S.Array(S.String),
    max_output_length: S.optional(S.NullOr(S.Number)),
    timeout_ms: S.optional(S.NullOr(S.Number))
  }),
  arguments: S.optional(S.NullOr(S.String)),
  call_id: S.String,
  environment: S.optional(S.Unknown),
  id: S.optional(S.NullOr(S.String)),
  status: S.optional(S.NullOr(ToolCallStatus)),
  type: S.Literal("shell_call")
})

/**
 * Output from a shell command execution (newer variant)
 *
 * @since 0.1.0
 * @category models
 */
export type ShellCallOutputItem = {
  readonly call_id: string
  readonly id?: string | null | undefined
  readonly max_output_length?: number | null | undefined
  readonly output: ReadonlyArray<ShellCallOutputContent>
  readonly status?: ToolCallStatus | null | undefined
  readonly type: "shell_call_output"
}

/**
 * The schema of {@link ShellCallOutputItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellCallOutputItem: Schema.Schema<ShellCallOutputItem> = S.Struct({
  call_id: S.String,
  id: S.optional(S.NullOr(S.String)),
  max_output_length: S.optional(S.NullOr(S.Number)),
  output: S.Array(ShellCallOutputContent),
  status: S.optional(S.NullOr(ToolCallStatus)),
  type: S.Literal("shell_call_output")
})

/**
 * Input for a response request - can be a string or array of items
 *
 * @since 0.1.0
 * @category models
 */
export type Inputs = string | ReadonlyArray<ReasoningItem | EasyInputMessage | InputMessageItem | FunctionCallItem | FunctionCallOutputItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | {
      readonly content?: ReadonlyArray<ResponseOutputText | OpenAIResponsesRefusalContent | { readonly type?: string | undefined }> | string | null | undefined
      readonly id: string
      readonly phase?: "commentary" | "final_answer" | (string & {}) | null | undefined
      readonly role: "assistant"
      readonly status?: "completed" | "incomplete" | "in_progress" | (string & {}) | undefined
      readonly type?: "message" | (string & {}) | undefined
    } | {
      readonly content?: ReadonlyArray<ReasoningTextContent> | null | undefined
      readonly encrypted_content?: string | null | undefined
      readonly id: string
      readonly status?: "completed" | "incomplete" | "in_progress" | (string & {}) | undefined
      readonly summary?: ReadonlyArray<ReasoningSummaryText> | null | undefined
      readonly type: "reasoning"
      readonly format?: ReasoningFormat | undefined
      readonly signature?: string | null | undefined
    } | OutputFunctionCallItem | OutputCustomToolCallItem | OutputWebSearchCallItem | OutputFileSearchCallItem | OutputImageGenerationCallItem | OutputCodeInterpreterCallItem | OutputComputerCallItem | OutputDatetimeItem | OutputWebSearchServerToolItem | OutputCodeInterpreterServerToolItem | OutputFileSearchServerToolItem | OutputImageGenerationServerToolItem | OutputBrowserUseServerToolItem | OutputBashServerToolItem | OutputTextEditorServerToolItem | OutputApplyPatchServerToolItem | OutputWebFetchServerToolItem | OutputToolSearchServerToolItem | OutputMemoryServerToolItem | OutputMcpServerToolItem | OutputSearchModelsServerToolItem | OutputFusionServerToolItem | OutputAdvisorServerToolItem | OutputSubagentServerToolItem | OutputFilesServerToolItem | OutputShellServerToolItem | LocalShellCallItem | LocalShellCallOutputItem | ShellCallItem | ShellCallOutputItem | McpListToolsItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | CustomToolCallItem | CustomToolCallOutputItem | CompactionItem | ContextCompactionItem | ItemReferenceItem | AdditionalToolsItem | AgentMessageItem | { readonly type?: string | undefined }>

/**
 * The schema of {@link Inputs}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Inputs: Schema.Schema<Inputs> = S.Union(
  S.String,
  S.Array(S.Union(
    ReasoningItem,
    EasyInputMessage,
    InputMessageItem,
    FunctionCallItem,
    FunctionCallOutputItem,
    ApplyPatchCallItem,
    ApplyPatchCallOutputItem,
    S.Struct({
      content: S.optional(S.NullOr(S.Union(
        S.Array(S.Union(
          ResponseOutputText,
          OpenAIResponsesRefusalContent,
          S.Struct({ type: S.optional(S.String) })
        )),
        S.String
      ))),
      id: S.String,
      phase: S.optional(S.NullOr(S.openLiteral("commentary", "final_answer"))),
      role: S.Literal("assistant"),
      status: S.optional(S.openLiteral("completed", "incomplete", "in_progress")),
      type: S.optional(S.openLiteral("message"))
    }),
    S.Struct({
      content: S.optional(S.NullOr(S.Array(ReasoningTextContent))),
      encrypted_content: S.optional(S.NullOr(S.String)),
      id: S.String,
      status: S.optional(S.openLiteral("completed", "incomplete", "in_progress")),
      summary: S.optional(S.NullOr(S.Array(ReasoningSummaryText))),
      type: S.Literal("reasoning"),
      format: S.optional(ReasoningFormat),
      signature: S.optional(S.NullOr(S.String))
    }),
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
    S.Struct({ type: S.optional(S.String) })
  ))
)

/**
 * `OpenAIResponsesTruncation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenAIResponsesTruncation = "auto" | "disabled" | (string & {}) | null

/**
 * The schema of {@link OpenAIResponsesTruncation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenAIResponsesTruncation: Schema.Schema<OpenAIResponsesTruncation> = S.NullOr(S.openLiteral("auto", "disabled"))

/**
 * A native `apply_patch_call` output item matching OpenAI's Responses API shape.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputApplyPatchCallItem = {
  readonly call_id: string
  readonly id: string
  readonly operation: ApplyPatchCallOperation
  readonly status: ApplyPatchCallStatus
  readonly type: "apply_patch_call"
}

/**
 * The schema of {@link OutputApplyPatchCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputApplyPatchCallItem: Schema.Schema<OutputApplyPatchCallItem> = S.Struct({
  call_id: S.String,
  id: S.String,
  operation: ApplyPatchCallOperation,
  status: ApplyPatchCallStatus,
  type: S.Literal("apply_patch_call")
})

/**
 * Status of a shell call or its output.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellCallStatus = "in_progress" | "completed" | "incomplete" | (string & {})

/**
 * The schema of {@link ShellCallStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellCallStatus: Schema.Schema<ShellCallStatus> = S.openLiteral("in_progress", "completed", "incomplete")

/**
 * A native `shell_call` output item matching OpenAI's Responses API shape.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputShellCallItem = {
  readonly action?: {
    readonly commands: ReadonlyArray<string>
    readonly max_output_length?: number | null | undefined
    readonly timeout_ms?: number | null | undefined
  } | undefined
  readonly arguments?: string | null | undefined
  readonly call_id: string
  readonly id: string
  readonly status: ShellCallStatus
  readonly type: "shell_call"
}

/**
 * The schema of {@link OutputShellCallItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputShellCallItem: Schema.Schema<OutputShellCallItem> = S.Struct({
  action: S.optional(S.Struct({
    commands: S.Array(S.String),
    max_output_length: S.optional(S.NullOr(S.Number)),
    timeout_ms: S.optional(S.NullOr(S.Number))
  })),
  arguments: S.optional(S.NullOr(S.String)),
  call_id: S.String,
  id: S.String,
  status: ShellCallStatus,
  type: S.Literal("shell_call")
})

/**
 * A native `shell_call_output` item matching OpenAI's Responses API shape.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputShellCallOutputItem = {
  readonly call_id: string
  readonly id: string
  readonly max_output_length?: number | null | undefined
  readonly output: ReadonlyArray<ShellCallOutputContent>
  readonly status: ShellCallStatus
  readonly type: "shell_call_output"
}

/**
 * The schema of {@link OutputShellCallOutputItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputShellCallOutputItem: Schema.Schema<OutputShellCallOutputItem> = S.Struct({
  call_id: S.String,
  id: S.String,
  max_output_length: S.optional(S.NullOr(S.Number)),
  output: S.Array(ShellCallOutputContent),
  status: ShellCallStatus,
  type: S.Literal("shell_call_output")
})

/**
 * An output item from the response
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItems = OutputMessageItem | OutputReasoningItem | OutputFunctionCallItem | OutputWebSearchCallItem | OutputFileSearchCallItem | OutputImageGenerationCallItem | OutputCodeInterpreterCallItem | OutputComputerCallItem | OutputDatetimeItem | OutputWebSearchServerToolItem | OutputCodeInterpreterServerToolItem | OutputFileSearchServerToolItem | OutputImageGenerationServerToolItem | OutputBrowserUseServerToolItem | OutputBashServerToolItem | OutputTextEditorServerToolItem | OutputApplyPatchServerToolItem | OutputApplyPatchCallItem | OutputShellCallItem | OutputShellCallOutputItem | OutputShellServerToolItem | OutputWebFetchServerToolItem | OutputToolSearchServerToolItem | OutputMemoryServerToolItem | OutputMcpServerToolItem | OutputSearchModelsServerToolItem | OutputFusionServerToolItem | OutputAdvisorServerToolItem | OutputSubagentServerToolItem | OutputFilesServerToolItem | OutputCustomToolCallItem | { readonly type?: string | undefined }

/**
 * The schema of {@link OutputItems}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItems: Schema.Schema<OutputItems> = S.Union(
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
  S.Struct({ type: S.optional(S.String) })
)

/**
 * Text output configuration including format and verbosity
 *
 * @since 0.1.0
 * @category models
 */
export type TextExtendedConfig = {
  readonly format?: Formats | undefined
  readonly verbosity?: "low" | "medium" | "high" | "xhigh" | "max" | (string & {}) | null | undefined
}

/**
 * The schema of {@link TextExtendedConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TextExtendedConfig: Schema.Schema<TextExtendedConfig> = S.Struct({
  format: S.optional(Formats),
  verbosity: S.optional(S.NullOr(S.openLiteral("low", "medium", "high", "xhigh", "max")))
})

/**
 * Token usage information for the response
 *
 * @since 0.1.0
 * @category models
 */
export type Usage = {
    readonly input_tokens: number
    readonly input_tokens_details: {
      readonly cache_write_tokens?: number | null | undefined
      readonly cached_tokens: number
    }
    readonly output_tokens: number
    readonly output_tokens_details: {
      readonly reasoning_tokens: number
    }
    readonly total_tokens: number
    readonly cost?: number | null | undefined
    readonly cost_details?: {
      readonly upstream_inference_cost?: number | null | undefined
      readonly upstream_inference_input_cost: number
      readonly upstream_inference_output_cost: number
    } | undefined
    readonly is_byok?: boolean | undefined
    readonly server_tool_use_details?: ServerToolUseDetails | undefined
  } | null

/**
 * The schema of {@link Usage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Usage: Schema.Schema<Usage> = S.NullOr(S.Struct({
    input_tokens: S.Number,
    input_tokens_details: S.Struct({
      cache_write_tokens: S.optional(S.NullOr(S.Number)),
      cached_tokens: S.Number
    }),
    output_tokens: S.Number,
    output_tokens_details: S.Struct({
      reasoning_tokens: S.Number
    }),
    total_tokens: S.Number,
    cost: S.optional(S.NullOr(S.Number)),
    cost_details: S.optional(S.Struct({
      upstream_inference_cost: S.optional(S.NullOr(S.Number)),
      upstream_inference_input_cost: S.Number,
      upstream_inference_output_cost: S.Number
    })),
    is_byok: S.optional(S.Boolean),
    server_tool_use_details: S.optional(ServerToolUseDetails)
  }))

/**
 * Complete non-streaming response from the Responses API
 *
 * @since 0.1.0
 * @category models
 */
export type OpenResponsesResult = {
  readonly background?: boolean | null | undefined
  readonly completed_at?: number | null | undefined
  readonly created_at: number
  readonly error?: ResponsesErrorField | undefined
  readonly frequency_penalty?: number | null | undefined
  readonly id: string
  readonly incomplete_details?: IncompleteDetails | undefined
  readonly instructions?: BaseInputs | undefined
  readonly max_output_tokens?: number | null | undefined
  readonly max_tool_calls?: number | null | undefined
  readonly metadata?: RequestMetadata | undefined
  readonly model: string
  readonly object: "response" | (string & {})
  readonly output?: ReadonlyArray<OutputItems> | undefined
  readonly output_text?: string | undefined
  readonly parallel_tool_calls: boolean
  readonly presence_penalty?: number | null | undefined
  readonly previous_response_id?: string | null | undefined
  readonly prompt?: StoredPromptTemplate | undefined
  readonly prompt_cache_key?: string | null | undefined
  readonly prompt_cache_options?: PromptCacheOptions | undefined
  readonly reasoning?: BaseReasoningConfig | undefined
  readonly safety_identifier?: string | null | undefined
  readonly service_tier?: string | null | undefined
  readonly status: OpenAIResponsesResponseStatus
  readonly store?: boolean | undefined
  readonly temperature?: number | null | undefined
  readonly text?: TextExtendedConfig | undefined
  readonly tool_choice: OpenAIResponsesToolChoice
  readonly tools: ReadonlyArray<{
      readonly description?: string | null | undefined
      readonly name: string
      readonly parameters?: { readonly [x: string]: unknown } | null | undefined
      readonly strict?: boolean | null | undefined
      readonly type: "function" | (string & {})
      readonly defer_loading?: boolean | undefined
    } | PreviewWebSearchServerTool | Preview20250311WebSearchServerTool | LegacyWebSearchServerTool | WebSearchServerTool | FileSearchServerTool | ComputerUseServerTool | CodeInterpreterServerTool | McpServerTool | ImageGenerationServerTool | CodexLocalShellTool | ShellServerTool | ApplyPatchServerTool | CustomTool | NamespaceTool | { readonly type?: string | undefined }>
  readonly top_logprobs?: number | undefined
  readonly top_p?: number | null | undefined
  readonly truncation?: Truncation | undefined
  readonly usage?: Usage | undefined
  readonly user?: string | null | undefined
  readonly error_type?: ApiErrorType | undefined
  readonly openrouter_metadata?: OpenRouterMetadata | undefined
}

/**
 * The schema of {@link OpenResponsesResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenResponsesResult: Schema.Schema<OpenResponsesResult> = S.Struct({
  background: S.optional(S.NullOr(S.Boolean)),
  completed_at: S.optional(S.NullOr(S.Number)),
  created_at: S.Number,
  error: S.optional(ResponsesErrorField),
  frequency_penalty: S.optional(S.NullOr(S.Number)),
  id: S.String,
  incomplete_details: S.optional(IncompleteDetails),
  instructions: S.optional(BaseInputs),
  max_output_tokens: S.optional(S.NullOr(S.Number)),
  max_tool_calls: S.optional(S.NullOr(S.Number)),
  metadata: S.optional(RequestMetadata),
  model: S.String,
  object: S.openLiteral("response"),
  output: S.optional(S.Array(OutputItems)),
  output_text: S.optional(S.String),
  parallel_tool_calls: S.Boolean,
  presence_penalty: S.optional(S.NullOr(S.Number)),
  previous_response_id: S.optional(S.NullOr(S.String)),
  prompt: S.optional(StoredPromptTemplate),
  prompt_cache_key: S.optional(S.NullOr(S.String)),
  prompt_cache_options: S.optional(PromptCacheOptions),
  reasoning: S.optional(BaseReasoningConfig),
  safety_identifier: S.optional(S.NullOr(S.String)),
  service_tier: S.optional(S.NullOr(S.String)),
  status: OpenAIResponsesResponseStatus,
  store: S.optional(S.Boolean),
  temperature: S.optional(S.NullOr(S.Number)),
  text: S.optional(TextExtendedConfig),
  tool_choice: OpenAIResponsesToolChoice,
  tools: S.Array(S.Union(
    S.Struct({
      description: S.optional(S.NullOr(S.String)),
      name: S.String,
      parameters: S.optional(S.NullOr(S.JsonObject)),
      strict: S.optional(S.NullOr(S.Boolean)),
      type: S.openLiteral("function"),
      defer_loading: S.optional(S.Boolean)
    }),
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
    S.Struct({ type: S.optional(S.String) })
  )),
  top_logprobs: S.optional(S.Number),
  top_p: S.optional(S.NullOr(S.Number)),
  truncation: S.optional(Truncation),
  usage: S.optional(Usage),
  user: S.optional(S.NullOr(S.String)),
  error_type: S.optional(ApiErrorType),
  openrouter_metadata: S.optional(OpenRouterMetadata)
})

/**
 * `OutputModalityEnum` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputModalityEnum = "text" | "image" | (string & {})

/**
 * The schema of {@link OutputModalityEnum}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputModalityEnum: Schema.Schema<OutputModalityEnum> = S.openLiteral("text", "image")

/**
 * Configuration for reasoning mode in the response
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningConfig = BaseReasoningConfig | null

/**
 * The schema of {@link ReasoningConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningConfig: Schema.Schema<ReasoningConfig> = S.NullOr(BaseReasoningConfig)

/**
 * `ResponseIncludesEnum` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponseIncludesEnum = "file_search_call.results" | "message.input_image.image_url" | "computer_call_output.output.image_url" | "reasoning.encrypted_content" | "code_interpreter_call.outputs" | (string & {})

/**
 * The schema of {@link ResponseIncludesEnum}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseIncludesEnum: Schema.Schema<ResponseIncludesEnum> = S.openLiteral("file_search_call.results", "message.input_image.image_url", "computer_call_output.output.image_url", "reasoning.encrypted_content", "code_interpreter_call.outputs")

/**
 * Request schema for Responses endpoint
 *
 * @since 0.1.0
 * @category models
 */
export type ResponsesRequest = {
  readonly background?: boolean | null | undefined
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly debug?: ChatDebugOptions | undefined
  readonly frequency_penalty?: number | null | undefined
  readonly image_config?: ImageConfig | undefined
  readonly include?: ReadonlyArray<ResponseIncludesEnum> | null | undefined
  readonly input?: Inputs | undefined
  readonly instructions?: string | null | undefined
  readonly max_output_tokens?: number | null | undefined
  readonly max_tool_calls?: number | null | undefined
  readonly metadata?: RequestMetadata | undefined
  readonly modalities?: ReadonlyArray<OutputModalityEnum> | undefined
  readonly model?: string | undefined
  readonly models?: ReadonlyArray<string> | undefined
  readonly parallel_tool_calls?: boolean | null | undefined
  readonly plugins?: ReadonlyArray<AutoRouterPlugin | AutoBetaRouterPlugin | ModerationPlugin | WebSearchPlugin | WebFetchPlugin | FileParserPlugin | ResponseHealingPlugin | ContextCompressionPlugin | ParetoRouterPlugin | FusionPlugin | { readonly id?: string | undefined }> | undefined
  readonly presence_penalty?: number | null | undefined
  readonly previous_response_id?: unknown | undefined
  readonly prompt?: StoredPromptTemplate | undefined
  readonly prompt_cache_key?: string | null | undefined
  readonly prompt_cache_options?: PromptCacheOptions | undefined
  readonly provider?: ProviderPreferences | undefined
  readonly reasoning?: ReasoningConfig | undefined
  readonly route?: DeprecatedRoute | undefined
  readonly safety_identifier?: string | null | undefined
  readonly service_tier?: "auto" | "default" | "fast" | "flex" | "priority" | "scale" | (string & {}) | null | undefined
  readonly session_id?: string | undefined
  readonly stop_server_tools_when?: StopServerToolsWhen | undefined
  readonly store?: boolean | undefined
  readonly stream?: boolean | undefined
  readonly temperature?: number | null | undefined
  readonly text?: TextExtendedConfig | undefined
  readonly tool_choice?: OpenAIResponsesToolChoice | undefined
  readonly tools?: ReadonlyArray<{
      readonly description?: string | null | undefined
      readonly name: string
      readonly parameters?: { readonly [x: string]: unknown } | null | undefined
      readonly strict?: boolean | null | undefined
      readonly type: "function" | (string & {})
      readonly defer_loading?: boolean | undefined
    } | PreviewWebSearchServerTool | Preview20250311WebSearchServerTool | LegacyWebSearchServerTool | WebSearchServerTool | FileSearchServerTool | ComputerUseServerTool | CodeInterpreterServerTool | McpServerTool | ImageGenerationServerTool | CodexLocalShellTool | ShellServerTool | ApplyPatchServerTool | CustomTool | NamespaceTool | AdvisorServerToolOpenRouter | SubagentServerToolOpenRouter | DatetimeServerTool | FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerToolOpenRouter | SearchModelsServerToolOpenRouter | WebFetchServerTool | WebSearchServerToolOpenRouter | ApplyPatchServerToolOpenRouter | BashServerTool | ShellServerToolOpenRouter | ToolSearchServerTool | { readonly type?: string | undefined }> | undefined
  readonly top_k?: number | undefined
  readonly top_logprobs?: number | null | undefined
  readonly top_p?: number | null | undefined
  readonly trace?: TraceConfig | undefined
  readonly truncation?: OpenAIResponsesTruncation | undefined
  readonly user?: string | undefined
}

/**
 * The schema of {@link ResponsesRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponsesRequest: Schema.Schema<ResponsesRequest> = S.Struct({
  background: S.optional(S.NullOr(S.Boolean)),
  cache_control: S.optional(AnthropicCacheControlDirective),
  debug: S.optional(ChatDebugOptions),
  frequency_penalty: S.optional(S.NullOr(S.Number)),
  image_config: S.optional(ImageConfig),
  include: S.optional(S.NullOr(S.Array(ResponseIncludesEnum))),
  input: S.optional(Inputs),
  instructions: S.optional(S.NullOr(S.String)),
  max_output_tokens: S.optional(S.NullOr(S.Number)),
  max_tool_calls: S.optional(S.NullOr(S.Number)),
  metadata: S.optional(RequestMetadata),
  modalities: S.optional(S.Array(OutputModalityEnum)),
  model: S.optional(S.String),
  models: S.optional(S.Array(S.String)),
  parallel_tool_calls: S.optional(S.NullOr(S.Boolean)),
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
  presence_penalty: S.optional(S.NullOr(S.Number)),
  previous_response_id: S.optional(S.Unknown),
  prompt: S.optional(StoredPromptTemplate),
  prompt_cache_key: S.optional(S.NullOr(S.String)),
  prompt_cache_options: S.optional(PromptCacheOptions),
  provider: S.optional(ProviderPreferences),
  reasoning: S.optional(ReasoningConfig),
  route: S.optional(DeprecatedRoute),
  safety_identifier: S.optional(S.NullOr(S.String)),
  service_tier: S.optional(S.NullOr(S.openLiteral("auto", "default", "fast", "flex", "priority", "scale"))),
  session_id: S.optional(S.String),
  stop_server_tools_when: S.optional(StopServerToolsWhen),
  store: S.optional(S.Boolean),
  stream: S.optional(S.Boolean),
  temperature: S.optional(S.NullOr(S.Number)),
  text: S.optional(TextExtendedConfig),
  tool_choice: S.optional(OpenAIResponsesToolChoice),
  tools: S.optional(S.Array(S.Union(
    S.Struct({
      description: S.optional(S.NullOr(S.String)),
      name: S.String,
      parameters: S.optional(S.NullOr(S.JsonObject)),
      strict: S.optional(S.NullOr(S.Boolean)),
      type: S.openLiteral("function"),
      defer_loading: S.optional(S.Boolean)
    }),
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
    S.Struct({ type: S.optional(S.String) })
  ))),
  top_k: S.optional(S.Number),
  top_logprobs: S.optional(S.NullOr(S.Number)),
  top_p: S.optional(S.NullOr(S.Number)),
  trace: S.optional(TraceConfig),
  truncation: S.optional(OpenAIResponsesTruncation),
  user: S.optional(S.String)
})

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
