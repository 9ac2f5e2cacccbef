/**
 * The `Chat` operations of OpenRouter's API and their schemas (generated from the official spec).
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
  CostDetails,
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
  OpenRouterWebSearchServerTool,
  ParetoRouterPlugin,
  PromptCacheBreakpoint,
  PromptCacheOptions,
  ProviderPreferences,
  ReasoningFormat,
  ResponseHealingPlugin,
  SearchModelsServerToolConfig,
  SearchQualityLevel,
  ServerToolUseDetails,
  StopServerToolsWhen,
  SubagentServerToolOpenRouter,
  TraceConfig,
  WebFetchPlugin,
  WebFetchServerTool,
  WebSearchConfig,
  WebSearchEngineEnum,
  WebSearchMode,
  WebSearchPlugin,
  WebSearchUserLocationServerTool
} from "./common.js"

/**
 * Generated images from image generation models
 *
 * @since 0.1.0
 * @category models
 */
export type ChatAssistantImages = ReadonlyArray<{
  readonly image_url: {
    readonly url: string
  }
}>

/**
 * The schema of {@link ChatAssistantImages}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatAssistantImages: Schema.Schema<ChatAssistantImages> = S.Array(S.Struct({
  image_url: S.Struct({
    url: S.String
  })
}))

/**
 * Audio output data or reference
 *
 * @since 0.1.0
 * @category models
 */
export type ChatAudioOutput = {
  readonly data?: string | undefined
  readonly expires_at?: number | undefined
  readonly id?: string | undefined
  readonly transcript?: string | undefined
}

/**
 * The schema of {@link ChatAudioOutput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatAudioOutput: Schema.Schema<ChatAudioOutput> = S.Struct({
  data: S.optional(S.String),
  expires_at: S.optional(S.Number),
  id: S.optional(S.String),
  transcript: S.optional(S.String)
})

/**
 * Audio input content part.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentAudio = {
  readonly input_audio: {
    readonly data: string
    readonly format: string
  }
  readonly type: "input_audio"
}

/**
 * The schema of {@link ChatContentAudio}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentAudio: Schema.Schema<ChatContentAudio> = S.Struct({
  input_audio: S.Struct({
    data: S.String,
    format: S.String
  }),
  type: S.Literal("input_audio")
})

/**
 * File content part for document processing
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentFile = {
  readonly file: {
    readonly file_data?: string | undefined
    readonly file_id?: string | undefined
    readonly filename?: string | undefined
  }
  readonly type: "file"
}

/**
 * The schema of {@link ChatContentFile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentFile: Schema.Schema<ChatContentFile> = S.Struct({
  file: S.Struct({
    file_data: S.optional(S.String),
    file_id: S.optional(S.String),
    filename: S.optional(S.String)
  }),
  type: S.Literal("file")
})

/**
 * Image content part for vision models
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentImage = {
  readonly image_url: {
    readonly detail?: "auto" | "low" | "high" | "original" | (string & {}) | undefined
    readonly url: string
  }
  readonly type: "image_url"
}

/**
 * The schema of {@link ChatContentImage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentImage: Schema.Schema<ChatContentImage> = S.Struct({
  image_url: S.Struct({
    detail: S.optional(S.openLiteral("auto", "low", "high", "original")),
    url: S.String
  }),
  type: S.Literal("image_url")
})

/**
 * Anthropic-style cache breakpoint for the content part.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentCacheControl = AnthropicCacheControlDirective

/**
 * The schema of {@link ChatContentCacheControl}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentCacheControl: Schema.Schema<ChatContentCacheControl> = AnthropicCacheControlDirective

/**
 * Text content part
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentText = {
  readonly cache_control?: ChatContentCacheControl | undefined
  readonly prompt_cache_breakpoint?: PromptCacheBreakpoint | undefined
  readonly text: string
  readonly type: "text"
}

/**
 * The schema of {@link ChatContentText}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentText: Schema.Schema<ChatContentText> = S.Struct({
  cache_control: S.optional(ChatContentCacheControl),
  prompt_cache_breakpoint: S.optional(PromptCacheBreakpoint),
  text: S.String,
  type: S.Literal("text")
})

/**
 * Video input object
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentVideoInput = {
  readonly url: string
}

/**
 * The schema of {@link ChatContentVideoInput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentVideoInput: Schema.Schema<ChatContentVideoInput> = S.Struct({
  url: S.String
})

/**
 * Video input content part
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentVideo = {
  readonly type: "video_url"
  readonly video_url: ChatContentVideoInput
}

/**
 * The schema of {@link ChatContentVideo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentVideo: Schema.Schema<ChatContentVideo> = S.Struct({
  type: S.Literal("video_url"),
  video_url: ChatContentVideoInput
})

/**
 * Video input object
 *
 * @since 0.1.0
 * @category models
 */
export type LegacyChatContentVideoInput = {
  readonly url: string
}

/**
 * The schema of {@link LegacyChatContentVideoInput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LegacyChatContentVideoInput: Schema.Schema<LegacyChatContentVideoInput> = S.Struct({
  url: S.String
})

/**
 * Video input content part (legacy format - deprecated)
 *
 * @since 0.1.0
 * @category models
 */
export type LegacyChatContentVideo = {
  readonly type: "input_video"
  readonly video_url: LegacyChatContentVideoInput
}

/**
 * The schema of {@link LegacyChatContentVideo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LegacyChatContentVideo: Schema.Schema<LegacyChatContentVideo> = S.Struct({
  type: S.Literal("input_video"),
  video_url: LegacyChatContentVideoInput
})

/**
 * Content part for chat completion messages
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentItems = ChatContentText | ChatContentImage | ChatContentAudio | LegacyChatContentVideo | ChatContentVideo | ChatContentFile | { readonly type?: string | undefined }

/**
 * The schema of {@link ChatContentItems}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentItems: Schema.Schema<ChatContentItems> = S.Union(
  ChatContentText,
  ChatContentImage,
  ChatContentAudio,
  LegacyChatContentVideo,
  ChatContentVideo,
  ChatContentFile,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * Reasoning detail encrypted schema
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailEncrypted = {
  readonly data: string
  readonly format?: ReasoningFormat | undefined
  readonly id?: string | null | undefined
  readonly index?: number | undefined
  readonly type: "reasoning.encrypted"
}

/**
 * The schema of {@link ReasoningDetailEncrypted}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailEncrypted: Schema.Schema<ReasoningDetailEncrypted> = S.Struct({
  data: S.String,
  format: S.optional(ReasoningFormat),
  id: S.optional(S.NullOr(S.String)),
  index: S.optional(S.Number),
  type: S.Literal("reasoning.encrypted")
})

/**
 * Record of an OpenRouter server-tool invocation (e.g.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailServerToolCall = {
  readonly arguments: string
  readonly format?: ReasoningFormat | undefined
  readonly id?: string | null | undefined
  readonly index?: number | undefined
  readonly result: string
  readonly tool_call_id?: string | null | undefined
  readonly tool_name: string
  readonly type: "reasoning.server_tool_call"
}

/**
 * The schema of {@link ReasoningDetailServerToolCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailServerToolCall: Schema.Schema<ReasoningDetailServerToolCall> = S.Struct({
  arguments: S.String,
  format: S.optional(ReasoningFormat),
  id: S.optional(S.NullOr(S.String)),
  index: S.optional(S.Number),
  result: S.String,
  tool_call_id: S.optional(S.NullOr(S.String)),
  tool_name: S.String,
  type: S.Literal("reasoning.server_tool_call")
})

/**
 * Reasoning detail summary schema
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailSummary = {
  readonly format?: ReasoningFormat | undefined
  readonly id?: string | null | undefined
  readonly index?: number | undefined
  readonly summary: string
  readonly type: "reasoning.summary"
}

/**
 * The schema of {@link ReasoningDetailSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailSummary: Schema.Schema<ReasoningDetailSummary> = S.Struct({
  format: S.optional(ReasoningFormat),
  id: S.optional(S.NullOr(S.String)),
  index: S.optional(S.Number),
  summary: S.String,
  type: S.Literal("reasoning.summary")
})

/**
 * Reasoning detail text schema
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailText = {
  readonly format?: ReasoningFormat | undefined
  readonly id?: string | null | undefined
  readonly index?: number | undefined
  readonly signature?: string | null | undefined
  readonly text?: string | null | undefined
  readonly type: "reasoning.text"
}

/**
 * The schema of {@link ReasoningDetailText}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailText: Schema.Schema<ReasoningDetailText> = S.Struct({
  format: S.optional(ReasoningFormat),
  id: S.optional(S.NullOr(S.String)),
  index: S.optional(S.Number),
  signature: S.optional(S.NullOr(S.String)),
  text: S.optional(S.NullOr(S.String)),
  type: S.Literal("reasoning.text")
})

/**
 * Reasoning detail union schema
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailUnion = ReasoningDetailSummary | ReasoningDetailEncrypted | ReasoningDetailText | ReasoningDetailServerToolCall | { readonly type?: string | undefined }

/**
 * The schema of {@link ReasoningDetailUnion}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailUnion: Schema.Schema<ReasoningDetailUnion> = S.Union(
  ReasoningDetailSummary,
  ReasoningDetailEncrypted,
  ReasoningDetailText,
  ReasoningDetailServerToolCall,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * Reasoning details for extended thinking models
 *
 * @since 0.1.0
 * @category models
 */
export type ChatReasoningDetails = ReadonlyArray<ReasoningDetailUnion>

/**
 * The schema of {@link ChatReasoningDetails}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatReasoningDetails: Schema.Schema<ChatReasoningDetails> = S.Array(ReasoningDetailUnion)

/**
 * Tool call made by the assistant
 *
 * @since 0.1.0
 * @category models
 */
export type ChatToolCall = {
  readonly function: {
    readonly arguments: string
    readonly name: string
  }
  readonly id: string
  readonly type: "function" | (string & {})
}

/**
 * The schema of {@link ChatToolCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatToolCall: Schema.Schema<ChatToolCall> = S.Struct({
  function: S.Struct({
    arguments: S.String,
    name: S.String
  }),
  id: S.String,
  type: S.openLiteral("function")
})

/**
 * Assistant message for requests and responses
 *
 * @since 0.1.0
 * @category models
 */
export type ChatAssistantMessage = {
  readonly audio?: ChatAudioOutput | undefined
  readonly content?: string | ReadonlyArray<ChatContentItems> | null | undefined
  readonly images?: ChatAssistantImages | undefined
  readonly model?: string | undefined
  readonly name?: string | undefined
  readonly reasoning?: string | null | undefined
  readonly reasoning_details?: ChatReasoningDetails | undefined
  readonly refusal?: string | null | undefined
  readonly role: "assistant"
  readonly tool_calls?: ReadonlyArray<ChatToolCall> | undefined
}

/**
 * The schema of {@link ChatAssistantMessage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatAssistantMessage: Schema.Schema<ChatAssistantMessage> = S.Struct({
  audio: S.optional(ChatAudioOutput),
  content: S.optional(S.NullOr(S.Union(
    S.String,
    S.Array(ChatContentItems)
  ))),
  images: S.optional(ChatAssistantImages),
  model: S.optional(S.String),
  name: S.optional(S.String),
  reasoning: S.optional(S.NullOr(S.String)),
  reasoning_details: S.optional(ChatReasoningDetails),
  refusal: S.optional(S.NullOr(S.String)),
  role: S.Literal("assistant"),
  tool_calls: S.optional(S.Array(ChatToolCall))
})

/**
 * `ChatFinishReasonEnum` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFinishReasonEnum = "tool_calls" | "stop" | "length" | "content_filter" | "error" | (string & {}) | null

/**
 * The schema of {@link ChatFinishReasonEnum}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFinishReasonEnum: Schema.Schema<ChatFinishReasonEnum> = S.NullOr(S.openLiteral("tool_calls", "stop", "length", "content_filter", "error"))

/**
 * Token log probability information
 *
 * @since 0.1.0
 * @category models
 */
export type ChatTokenLogprob = {
  readonly bytes?: ReadonlyArray<number> | null | undefined
  readonly logprob: number
  readonly token: string
  readonly top_logprobs: ReadonlyArray<{
    readonly bytes?: ReadonlyArray<number> | null | undefined
    readonly logprob: number
    readonly token: string
  }>
}

/**
 * The schema of {@link ChatTokenLogprob}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatTokenLogprob: Schema.Schema<ChatTokenLogprob> = S.Struct({
  bytes: S.optional(S.NullOr(S.Array(S.Number))),
  logprob: S.Number,
  token: S.String,
  top_logprobs: S.Array(S.Struct({
    bytes: S.optional(S.NullOr(S.Array(S.Number))),
    logprob: S.Number,
    token: S.String
  }))
})

/**
 * Log probabilities for the completion
 *
 * @since 0.1.0
 * @category models
 */
export type ChatTokenLogprobs = {
  readonly content?: ReadonlyArray<ChatTokenLogprob> | null | undefined
  readonly refusal?: ReadonlyArray<ChatTokenLogprob> | null | undefined
} | null

/**
 * The schema of {@link ChatTokenLogprobs}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatTokenLogprobs: Schema.Schema<ChatTokenLogprobs> = S.NullOr(S.Struct({
  content: S.optional(S.NullOr(S.Array(ChatTokenLogprob))),
  refusal: S.optional(S.NullOr(S.Array(ChatTokenLogprob)))
}))

/**
 * Chat completion choice
 *
 * @since 0.1.0
 * @category models
 */
export type ChatChoice = {
  readonly finish_reason?: ChatFinishReasonEnum | undefined
  readonly index: number
  readonly logprobs?: ChatTokenLogprobs | undefined
  readonly message: ChatAssistantMessage
}

/**
 * The schema of {@link ChatChoice}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatChoice: Schema.Schema<ChatChoice> = S.Struct({
  finish_reason: S.optional(ChatFinishReasonEnum),
  index: S.Number,
  logprobs: S.optional(ChatTokenLogprobs),
  message: ChatAssistantMessage
})

/**
 * Developer message
 *
 * @since 0.1.0
 * @category models
 */
export type ChatDeveloperMessage = {
  readonly content: string | ReadonlyArray<ChatContentText>
  readonly name?: string | undefined
  readonly role: "developer"
}

/**
 * The schema of {@link ChatDeveloperMessage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatDeveloperMessage: Schema.Schema<ChatDeveloperMessage> = S.Struct({
  content: S.Union(
    S.String,
    S.Array(ChatContentText)
  ),
  name: S.optional(S.String),
  role: S.Literal("developer")
})

/**
 * Custom grammar response format
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatGrammarConfig = {
  readonly grammar: string
  readonly type: "grammar"
}

/**
 * The schema of {@link ChatFormatGrammarConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatGrammarConfig: Schema.Schema<ChatFormatGrammarConfig> = S.Struct({
  grammar: S.String,
  type: S.Literal("grammar")
})

/**
 * JSON object response format
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatJsonObjectConfig = {
  readonly type: "json_object"
}

/**
 * The schema of {@link ChatFormatJsonObjectConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatJsonObjectConfig: Schema.Schema<ChatFormatJsonObjectConfig> = S.Struct({
  type: S.Literal("json_object")
})

/**
 * JSON Schema configuration object
 *
 * @since 0.1.0
 * @category models
 */
export type ChatJsonSchemaConfig = {
  readonly description?: string | undefined
  readonly name: string
  readonly schema?: { readonly [x: string]: unknown } | undefined
  readonly strict?: boolean | null | undefined
}

/**
 * The schema of {@link ChatJsonSchemaConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatJsonSchemaConfig: Schema.Schema<ChatJsonSchemaConfig> = S.Struct({
  description: S.optional(S.String),
  name: S.String,
  schema: S.optional(S.JsonObject),
  strict: S.optional(S.NullOr(S.Boolean))
})

/**
 * JSON Schema response format for structured outputs
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatJsonSchemaConfig = {
  readonly json_schema: ChatJsonSchemaConfig
  readonly type: "json_schema"
}

/**
 * The schema of {@link ChatFormatJsonSchemaConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatJsonSchemaConfig: Schema.Schema<ChatFormatJsonSchemaConfig> = S.Struct({
  json_schema: ChatJsonSchemaConfig,
  type: S.Literal("json_schema")
})

/**
 * Python code response format
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatPythonConfig = {
  readonly type: "python"
}

/**
 * The schema of {@link ChatFormatPythonConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatPythonConfig: Schema.Schema<ChatFormatPythonConfig> = S.Struct({
  type: S.Literal("python")
})

/**
 * Default text response format
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatTextConfig = {
  readonly type: "text"
}

/**
 * The schema of {@link ChatFormatTextConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatTextConfig: Schema.Schema<ChatFormatTextConfig> = S.Struct({
  type: S.Literal("text")
})

/**
 * OpenRouter built-in server tool: searches and filters AI models available on OpenRouter
 *
 * @since 0.1.0
 * @category models
 */
export type ChatSearchModelsServerTool = {
  readonly parameters?: SearchModelsServerToolConfig | undefined
  readonly type: "openrouter:experimental__search_models"
}

/**
 * The schema of {@link ChatSearchModelsServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatSearchModelsServerTool: Schema.Schema<ChatSearchModelsServerTool> = S.Struct({
  parameters: S.optional(SearchModelsServerToolConfig),
  type: S.Literal("openrouter:experimental__search_models")
})

/**
 * Web search tool using OpenAI Responses API syntax.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatWebSearchShorthand = {
  readonly allowed_domains?: ReadonlyArray<string> | undefined
  readonly engine?: WebSearchEngineEnum | undefined
  readonly excluded_domains?: ReadonlyArray<string> | undefined
  readonly max_characters?: number | undefined
  readonly max_results?: number | undefined
  readonly max_total_results?: number | undefined
  readonly max_uses?: number | undefined
  readonly mode?: WebSearchMode | undefined
  readonly parameters?: WebSearchConfig | undefined
  readonly search_context_size?: SearchQualityLevel | undefined
  readonly type: "web_search" | "web_search_preview" | "web_search_preview_2025_03_11" | "web_search_2025_08_26" | (string & {})
  readonly user_location?: WebSearchUserLocationServerTool | undefined
}

/**
 * The schema of {@link ChatWebSearchShorthand}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatWebSearchShorthand: Schema.Schema<ChatWebSearchShorthand> = S.Struct({
  allowed_domains: S.optional(S.Array(S.String)),
  engine: S.optional(WebSearchEngineEnum),
  excluded_domains: S.optional(S.Array(S.String)),
  max_characters: S.optional(S.Number),
  max_results: S.optional(S.Number),
  max_total_results: S.optional(S.Number),
  max_uses: S.optional(S.Number),
  mode: S.optional(WebSearchMode),
  parameters: S.optional(WebSearchConfig),
  search_context_size: S.optional(SearchQualityLevel),
  type: S.openLiteral("web_search", "web_search_preview", "web_search_preview_2025_03_11", "web_search_2025_08_26"),
  user_location: S.optional(WebSearchUserLocationServerTool)
})

/**
 * Tool definition for function calling (regular function or OpenRouter built-in server tool)
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFunctionTool = {
    readonly cache_control?: ChatContentCacheControl | undefined
    readonly function: {
      readonly description?: string | undefined
      readonly name: string
      readonly parameters?: { readonly [x: string]: unknown } | undefined
      readonly strict?: boolean | null | undefined
    }
    readonly type: "function"
  } | AdvisorServerToolOpenRouter | BashServerTool | DatetimeServerTool | FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerToolOpenRouter | ChatSearchModelsServerTool | SubagentServerToolOpenRouter | WebFetchServerTool | OpenRouterWebSearchServerTool | ChatWebSearchShorthand | { readonly type?: string | undefined }

/**
 * The schema of {@link ChatFunctionTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFunctionTool: Schema.Schema<ChatFunctionTool> = S.Union(
  S.Struct({
    cache_control: S.optional(ChatContentCacheControl),
    function: S.Struct({
      description: S.optional(S.String),
      name: S.String,
      parameters: S.optional(S.JsonObject),
      strict: S.optional(S.NullOr(S.Boolean))
    }),
    type: S.Literal("function")
  }),
  AdvisorServerToolOpenRouter,
  BashServerTool,
  DatetimeServerTool,
  FilesServerTool,
  FusionServerToolOpenRouter,
  ImageGenerationServerToolOpenRouter,
  ChatSearchModelsServerTool,
  SubagentServerToolOpenRouter,
  WebFetchServerTool,
  OpenRouterWebSearchServerTool,
  ChatWebSearchShorthand,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * System message for setting behavior
 *
 * @since 0.1.0
 * @category models
 */
export type ChatSystemMessage = {
  readonly content: string | ReadonlyArray<ChatContentText>
  readonly name?: string | undefined
  readonly role: "system"
}

/**
 * The schema of {@link ChatSystemMessage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatSystemMessage: Schema.Schema<ChatSystemMessage> = S.Struct({
  content: S.Union(
    S.String,
    S.Array(ChatContentText)
  ),
  name: S.optional(S.String),
  role: S.Literal("system")
})

/**
 * Tool response message
 *
 * @since 0.1.0
 * @category models
 */
export type ChatToolMessage = {
  readonly content: string | ReadonlyArray<ChatContentItems>
  readonly role: "tool"
  readonly tool_call_id: string
}

/**
 * The schema of {@link ChatToolMessage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatToolMessage: Schema.Schema<ChatToolMessage> = S.Struct({
  content: S.Union(
    S.String,
    S.Array(ChatContentItems)
  ),
  role: S.Literal("tool"),
  tool_call_id: S.String
})

/**
 * User message
 *
 * @since 0.1.0
 * @category models
 */
export type ChatUserMessage = {
  readonly content: string | ReadonlyArray<ChatContentItems>
  readonly name?: string | undefined
  readonly role: "user"
}

/**
 * The schema of {@link ChatUserMessage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatUserMessage: Schema.Schema<ChatUserMessage> = S.Struct({
  content: S.Union(
    S.String,
    S.Array(ChatContentItems)
  ),
  name: S.optional(S.String),
  role: S.Literal("user")
})

/**
 * Chat completion message with role-based discrimination
 *
 * @since 0.1.0
 * @category models
 */
export type ChatMessages = ChatSystemMessage | ChatUserMessage | ChatDeveloperMessage | ChatAssistantMessage | ChatToolMessage | { readonly role?: string | undefined }

/**
 * The schema of {@link ChatMessages}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatMessages: Schema.Schema<ChatMessages> = S.Union(
  ChatSystemMessage,
  ChatUserMessage,
  ChatDeveloperMessage,
  ChatAssistantMessage,
  ChatToolMessage,
  S.Struct({ role: S.optional(S.String) })
)

/**
 * Model to use for completion
 *
 * @since 0.1.0
 * @category models
 */
export type ModelName = string

/**
 * The schema of {@link ModelName}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelName: Schema.Schema<ModelName> = S.String

/**
 * Models to use for completion
 *
 * @since 0.1.0
 * @category models
 */
export type ChatModelNames = ReadonlyArray<ModelName>

/**
 * The schema of {@link ChatModelNames}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatModelNames: Schema.Schema<ChatModelNames> = S.Array(ModelName)

/**
 * Named tool choice for specific function
 *
 * @since 0.1.0
 * @category models
 */
export type ChatNamedToolChoice = {
  readonly function: {
    readonly name: string
  }
  readonly type: "function"
}

/**
 * The schema of {@link ChatNamedToolChoice}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatNamedToolChoice: Schema.Schema<ChatNamedToolChoice> = S.Struct({
  function: S.Struct({
    name: S.String
  }),
  type: S.Literal("function")
})

/**
 * `ChatReasoningSummaryVerbosityEnum` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatReasoningSummaryVerbosityEnum = "auto" | "concise" | "detailed" | (string & {}) | null

/**
 * The schema of {@link ChatReasoningSummaryVerbosityEnum}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatReasoningSummaryVerbosityEnum: Schema.Schema<ChatReasoningSummaryVerbosityEnum> = S.NullOr(S.openLiteral("auto", "concise", "detailed"))

/**
 * Streaming configuration options
 *
 * @since 0.1.0
 * @category models
 */
export type ChatStreamOptions = {
  readonly include_usage?: boolean | undefined
} | null

/**
 * The schema of {@link ChatStreamOptions}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatStreamOptions: Schema.Schema<ChatStreamOptions> = S.NullOr(S.Struct({
  include_usage: S.optional(S.Boolean)
}))

/**
 * OpenRouter extension: force a specific server tool by naming it directly in `tool_choice.type` instead of wrapping it in `{ type: "function", function: { name } }`.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatServerToolChoice = {
  readonly type: string
}

/**
 * The schema of {@link ChatServerToolChoice}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatServerToolChoice: Schema.Schema<ChatServerToolChoice> = S.Struct({
  type: S.String
})

/**
 * Tool choice configuration
 *
 * @since 0.1.0
 * @category models
 */
export type ChatToolChoice = "none" | "auto" | "required" | (string & {}) | ChatNamedToolChoice | ChatServerToolChoice | { readonly type?: string | undefined }

/**
 * The schema of {@link ChatToolChoice}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatToolChoice: Schema.Schema<ChatToolChoice> = S.Union(
  S.openLiteral("none", "auto", "required"),
  ChatNamedToolChoice,
  ChatServerToolChoice,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * Text content part for a predicted output.
 *
 * @since 0.1.0
 * @category models
 */
export type PredictionContentText = {
  readonly text: string
  readonly type: "text" | (string & {})
}

/**
 * The schema of {@link PredictionContentText}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PredictionContentText: Schema.Schema<PredictionContentText> = S.Struct({
  text: S.String,
  type: S.openLiteral("text")
})

/**
 * Static predicted output content.
 *
 * @since 0.1.0
 * @category models
 */
export type Prediction = {
  readonly content: string | ReadonlyArray<PredictionContentText>
  readonly type: "content" | (string & {})
} | null

/**
 * The schema of {@link Prediction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Prediction: Schema.Schema<Prediction> = S.NullOr(S.Struct({
  content: S.Union(
    S.String,
    S.Array(PredictionContentText)
  ),
  type: S.openLiteral("content")
}))

/**
 * Chat completion request parameters
 *
 * @since 0.1.0
 * @category models
 */
export type ChatRequest = {
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly debug?: ChatDebugOptions | undefined
  readonly frequency_penalty?: number | null | undefined
  readonly image_config?: ImageConfig | undefined
  readonly logit_bias?: { readonly [x: string]: number } | null | undefined
  readonly logprobs?: boolean | null | undefined
  readonly max_completion_tokens?: number | null | undefined
  readonly max_tokens?: number | null | undefined
  readonly messages: ReadonlyArray<ChatMessages>
  readonly metadata?: { readonly [x: string]: string } | undefined
  readonly min_p?: number | null | undefined
  readonly modalities?: ReadonlyArray<"text" | "image" | "audio" | (string & {})> | undefined
  readonly model?: ModelName | undefined
  readonly models?: ChatModelNames | undefined
  readonly parallel_tool_calls?: boolean | null | undefined
  readonly plugins?: ReadonlyArray<AutoRouterPlugin | AutoBetaRouterPlugin | ModerationPlugin | WebSearchPlugin | WebFetchPlugin | FileParserPlugin | ResponseHealingPlugin | ContextCompressionPlugin | ParetoRouterPlugin | FusionPlugin | { readonly id?: string | undefined }> | undefined
  readonly prediction?: Prediction | undefined
  readonly presence_penalty?: number | null | undefined
  readonly prompt_cache_key?: string | null | undefined
  readonly prompt_cache_options?: PromptCacheOptions | undefined
  readonly provider?: ProviderPreferences | undefined
  readonly reasoning?: {
    readonly effort?: "max" | "xhigh" | "high" | "medium" | "low" | "minimal" | "none" | (string & {}) | null | undefined
    readonly summary?: ChatReasoningSummaryVerbosityEnum | undefined
  } | undefined
  readonly reasoning_effort?: "max" | "xhigh" | "high" | "medium" | "low" | "minimal" | "none" | (string & {}) | null | undefined
  readonly repetition_penalty?: number | null | undefined
  readonly response_format?: ChatFormatTextConfig | ChatFormatJsonObjectConfig | ChatFormatJsonSchemaConfig | ChatFormatGrammarConfig | ChatFormatPythonConfig | { readonly type?: string | undefined } | undefined
  readonly route?: DeprecatedRoute | undefined
  readonly seed?: number | null | undefined
  readonly service_tier?: "auto" | "default" | "fast" | "flex" | "priority" | "scale" | (string & {}) | null | undefined
  readonly session_id?: string | undefined
  readonly stop?: string | ReadonlyArray<string> | null | undefined
  readonly stop_server_tools_when?: StopServerToolsWhen | undefined
  readonly stream?: boolean | undefined
  readonly stream_options?: ChatStreamOptions | undefined
  readonly temperature?: number | null | undefined
  readonly tool_choice?: ChatToolChoice | undefined
  readonly tools?: ReadonlyArray<ChatFunctionTool> | undefined
  readonly top_a?: number | null | undefined
  readonly top_k?: number | null | undefined
  readonly top_logprobs?: number | null | undefined
  readonly top_p?: number | null | undefined
  readonly trace?: TraceConfig | undefined
  readonly user?: string | undefined
}

/**
 * The schema of {@link ChatRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatRequest: Schema.Schema<ChatRequest> = S.Struct({
  cache_control: S.optional(AnthropicCacheControlDirective),
  debug: S.optional(ChatDebugOptions),
  frequency_penalty: S.optional(S.NullOr(S.Number)),
  image_config: S.optional(ImageConfig),
  logit_bias: S.optional(S.NullOr(S.Record(S.Number))),
  logprobs: S.optional(S.NullOr(S.Boolean)),
  max_completion_tokens: S.optional(S.NullOr(S.Number)),
  max_tokens: S.optional(S.NullOr(S.Number)),
  messages: S.Array(ChatMessages),
  metadata: S.optional(S.Record(S.String)),
  min_p: S.optional(S.NullOr(S.Number)),
  modalities: S.optional(S.Array(S.openLiteral("text", "image", "audio"))),
  model: S.optional(ModelName),
  models: S.optional(ChatModelNames),
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
  prediction: S.optional(Prediction),
  presence_penalty: S.optional(S.NullOr(S.Number)),
  prompt_cache_key: S.optional(S.NullOr(S.String)),
  prompt_cache_options: S.optional(PromptCacheOptions),
  provider: S.optional(ProviderPreferences),
  reasoning: S.optional(S.Struct({
    effort: S.optional(S.NullOr(S.openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none"))),
    summary: S.optional(ChatReasoningSummaryVerbosityEnum)
  })),
  reasoning_effort: S.optional(S.NullOr(S.openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none"))),
  repetition_penalty: S.optional(S.NullOr(S.Number)),
  response_format: S.optional(S.Union(
    ChatFormatTextConfig,
    ChatFormatJsonObjectConfig,
    ChatFormatJsonSchemaConfig,
    ChatFormatGrammarConfig,
    ChatFormatPythonConfig,
    S.Struct({ type: S.optional(S.String) })
  )),
  route: S.optional(DeprecatedRoute),
  seed: S.optional(S.NullOr(S.Number)),
  service_tier: S.optional(S.NullOr(S.openLiteral("auto", "default", "fast", "flex", "priority", "scale"))),
  session_id: S.optional(S.String),
  stop: S.optional(S.NullOr(S.Union(
    S.String,
    S.Array(S.String)
  ))),
  stop_server_tools_when: S.optional(StopServerToolsWhen),
  stream: S.optional(S.Boolean),
  stream_options: S.optional(ChatStreamOptions),
  temperature: S.optional(S.NullOr(S.Number)),
  tool_choice: S.optional(ChatToolChoice),
  tools: S.optional(S.Array(ChatFunctionTool)),
  top_a: S.optional(S.NullOr(S.Number)),
  top_k: S.optional(S.NullOr(S.Number)),
  top_logprobs: S.optional(S.NullOr(S.Number)),
  top_p: S.optional(S.NullOr(S.Number)),
  trace: S.optional(TraceConfig),
  user: S.optional(S.String)
})

/**
 * Token usage statistics
 *
 * @since 0.1.0
 * @category models
 */
export type ChatUsage = {
  readonly completion_tokens: number
  readonly completion_tokens_details?: {
    readonly accepted_prediction_tokens?: number | null | undefined
    readonly audio_tokens?: number | null | undefined
    readonly reasoning_tokens?: number | null | undefined
    readonly rejected_prediction_tokens?: number | null | undefined
  } | null | undefined
  readonly cost?: number | null | undefined
  readonly cost_details?: CostDetails | undefined
  readonly is_byok?: boolean | undefined
  readonly prompt_tokens: number
  readonly prompt_tokens_details?: {
    readonly audio_tokens?: number | undefined
    readonly cache_write_tokens?: number | undefined
    readonly cached_tokens?: number | undefined
    readonly video_tokens?: number | undefined
  } | null | undefined
  readonly server_tool_use_details?: ServerToolUseDetails | undefined
  readonly total_tokens: number
}

/**
 * The schema of {@link ChatUsage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatUsage: Schema.Schema<ChatUsage> = S.Struct({
  completion_tokens: S.Number,
  completion_tokens_details: S.optional(S.NullOr(S.Struct({
    accepted_prediction_tokens: S.optional(S.NullOr(S.Number)),
    audio_tokens: S.optional(S.NullOr(S.Number)),
    reasoning_tokens: S.optional(S.NullOr(S.Number)),
    rejected_prediction_tokens: S.optional(S.NullOr(S.Number))
  }))),
  cost: S.optional(S.NullOr(S.Number)),
  cost_details: S.optional(CostDetails),
  is_byok: S.optional(S.Boolean),
  prompt_tokens: S.Number,
  prompt_tokens_details: S.optional(S.NullOr(S.Struct({
    audio_tokens: S.optional(S.Number),
    cache_write_tokens: S.optional(S.Number),
    cached_tokens: S.optional(S.Number),
    video_tokens: S.optional(S.Number)
  }))),
  server_tool_use_details: S.optional(ServerToolUseDetails),
  total_tokens: S.Number
})

/**
 * Chat completion response
 *
 * @since 0.1.0
 * @category models
 */
export type ChatResult = {
  readonly choices: ReadonlyArray<ChatChoice>
  readonly created: number
  readonly id: string
  readonly model: string
  readonly object: "chat.completion" | (string & {})
  readonly openrouter_metadata?: OpenRouterMetadata | undefined
  readonly service_tier?: string | null | undefined
  readonly system_fingerprint?: string | null | undefined
  readonly usage?: ChatUsage | undefined
}

/**
 * The schema of {@link ChatResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatResult: Schema.Schema<ChatResult> = S.Struct({
  choices: S.Array(ChatChoice),
  created: S.Number,
  id: S.String,
  model: S.String,
  object: S.openLiteral("chat.completion"),
  openrouter_metadata: S.optional(OpenRouterMetadata),
  service_tier: S.optional(S.NullOr(S.String)),
  system_fingerprint: S.optional(S.NullOr(S.String)),
  usage: S.optional(ChatUsage)
})

/**
 * Create a chat completion: `POST /chat/completions`.
 * Metered: budget, meter and ledger apply.
 * The spec also offers a server-sent event stream: see `OpenRouter.chatStream`.
 *
 * @since 0.1.0
 * @category operations
 */
export const createChatCompletion = Operation.make(
  {
    id: "sendChatCompletionRequest",
    tag: "Chat",
    method: "POST",
    path: "/chat/completions",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Create a chat completion"
  },
  Schema.Struct({
    body: ChatRequest
  }),
  ChatResult
)
