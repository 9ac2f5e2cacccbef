/**
 * The `Chat` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { JsonObject, openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { AdvisorServerToolOpenRouter, AnthropicCacheControlDirective, AutoBetaRouterPlugin, AutoRouterPlugin, BashServerTool, ChatDebugOptions, ContextCompressionPlugin, CostDetails, DatetimeServerTool, DeprecatedRoute, FileParserPlugin, FilesServerTool, FusionPlugin, FusionServerToolOpenRouter, ImageConfig, ImageGenerationServerToolOpenRouter, ModerationPlugin, OpenRouterMetadata, OpenRouterWebSearchServerTool, ParetoRouterPlugin, PromptCacheBreakpoint, PromptCacheOptions, ProviderPreferences, ReasoningFormat, ResponseHealingPlugin, SearchModelsServerToolConfig, SearchQualityLevel, ServerToolUseDetails, StopServerToolsWhen, SubagentServerToolOpenRouter, TraceConfig, WebFetchPlugin, WebFetchServerTool, WebSearchConfig, WebSearchEngineEnum, WebSearchMode, WebSearchPlugin, WebSearchUserLocationServerTool } from "./common.js"

/**
 * Generated images from image generation models
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatAssistantImages = Schema.Array(tolerant(Schema.Struct({
  image_url: tolerant(Schema.Struct({
    url: Schema.String
  }))
})))

/**
 * The type of {@link ChatAssistantImages}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatAssistantImages = typeof ChatAssistantImages.Type

/**
 * Audio output data or reference
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatAudioOutput = tolerant(Schema.Struct({
  data: Schema.optional(Schema.String),
  expires_at: Schema.optional(Schema.Number),
  id: Schema.optional(Schema.String),
  transcript: Schema.optional(Schema.String)
}))

/**
 * The type of {@link ChatAudioOutput}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatAudioOutput = typeof ChatAudioOutput.Type

/**
 * Audio input content part.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentAudio = tolerant(Schema.Struct({
  input_audio: tolerant(Schema.Struct({
    data: Schema.String,
    format: Schema.String
  })),
  type: Schema.Literal("input_audio")
}))

/**
 * The type of {@link ChatContentAudio}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentAudio = typeof ChatContentAudio.Type

/**
 * File content part for document processing
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentFile = tolerant(Schema.Struct({
  file: tolerant(Schema.Struct({
    file_data: Schema.optional(Schema.String),
    file_id: Schema.optional(Schema.String),
    filename: Schema.optional(Schema.String)
  })),
  type: Schema.Literal("file")
}))

/**
 * The type of {@link ChatContentFile}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentFile = typeof ChatContentFile.Type

/**
 * Image content part for vision models
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentImage = tolerant(Schema.Struct({
  image_url: tolerant(Schema.Struct({
    detail: Schema.optional(openLiteral("auto", "low", "high", "original")),
    url: Schema.String
  })),
  type: Schema.Literal("image_url")
}))

/**
 * The type of {@link ChatContentImage}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentImage = typeof ChatContentImage.Type

/**
 * Anthropic-style cache breakpoint for the content part.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentCacheControl = AnthropicCacheControlDirective

/**
 * The type of {@link ChatContentCacheControl}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentCacheControl = typeof ChatContentCacheControl.Type

/**
 * Text content part
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentText = tolerant(Schema.Struct({
  cache_control: Schema.optional(ChatContentCacheControl),
  prompt_cache_breakpoint: Schema.optional(PromptCacheBreakpoint),
  text: Schema.String,
  type: Schema.Literal("text")
}))

/**
 * The type of {@link ChatContentText}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentText = typeof ChatContentText.Type

/**
 * Video input object
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentVideoInput = tolerant(Schema.Struct({
  url: Schema.String
}))

/**
 * The type of {@link ChatContentVideoInput}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentVideoInput = typeof ChatContentVideoInput.Type

/**
 * Video input content part
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentVideo = tolerant(Schema.Struct({
  type: Schema.Literal("video_url"),
  video_url: ChatContentVideoInput
}))

/**
 * The type of {@link ChatContentVideo}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentVideo = typeof ChatContentVideo.Type

/**
 * Video input object
 *
 * @since 0.1.0
 * @category schemas
 */
export const LegacyChatContentVideoInput = tolerant(Schema.Struct({
  url: Schema.String
}))

/**
 * The type of {@link LegacyChatContentVideoInput}.
 *
 * @since 0.1.0
 * @category models
 */
export type LegacyChatContentVideoInput = typeof LegacyChatContentVideoInput.Type

/**
 * Video input content part (legacy format - deprecated)
 *
 * @since 0.1.0
 * @category schemas
 */
export const LegacyChatContentVideo = tolerant(Schema.Struct({
  type: Schema.Literal("input_video"),
  video_url: LegacyChatContentVideoInput
}))

/**
 * The type of {@link LegacyChatContentVideo}.
 *
 * @since 0.1.0
 * @category models
 */
export type LegacyChatContentVideo = typeof LegacyChatContentVideo.Type

/**
 * Content part for chat completion messages
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatContentItems = Schema.Union(
  ChatContentText,
  ChatContentImage,
  ChatContentAudio,
  LegacyChatContentVideo,
  ChatContentVideo,
  ChatContentFile,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link ChatContentItems}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatContentItems = typeof ChatContentItems.Type

/**
 * Reasoning detail encrypted schema
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailEncrypted = tolerant(Schema.Struct({
  data: Schema.String,
  format: Schema.optional(ReasoningFormat),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  index: Schema.optional(Schema.Number),
  type: Schema.Literal("reasoning.encrypted")
}))

/**
 * The type of {@link ReasoningDetailEncrypted}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailEncrypted = typeof ReasoningDetailEncrypted.Type

/**
 * Record of an OpenRouter server-tool invocation (e.g.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailServerToolCall = tolerant(Schema.Struct({
  arguments: Schema.String,
  format: Schema.optional(ReasoningFormat),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  index: Schema.optional(Schema.Number),
  result: Schema.String,
  tool_call_id: Schema.optional(Schema.NullOr(Schema.String)),
  tool_name: Schema.String,
  type: Schema.Literal("reasoning.server_tool_call")
}))

/**
 * The type of {@link ReasoningDetailServerToolCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailServerToolCall = typeof ReasoningDetailServerToolCall.Type

/**
 * Reasoning detail summary schema
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailSummary = tolerant(Schema.Struct({
  format: Schema.optional(ReasoningFormat),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  index: Schema.optional(Schema.Number),
  summary: Schema.String,
  type: Schema.Literal("reasoning.summary")
}))

/**
 * The type of {@link ReasoningDetailSummary}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailSummary = typeof ReasoningDetailSummary.Type

/**
 * Reasoning detail text schema
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailText = tolerant(Schema.Struct({
  format: Schema.optional(ReasoningFormat),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  index: Schema.optional(Schema.Number),
  signature: Schema.optional(Schema.NullOr(Schema.String)),
  text: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("reasoning.text")
}))

/**
 * The type of {@link ReasoningDetailText}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailText = typeof ReasoningDetailText.Type

/**
 * Reasoning detail union schema
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailUnion = Schema.Union(
  ReasoningDetailSummary,
  ReasoningDetailEncrypted,
  ReasoningDetailText,
  ReasoningDetailServerToolCall,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link ReasoningDetailUnion}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailUnion = typeof ReasoningDetailUnion.Type

/**
 * Reasoning details for extended thinking models
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatReasoningDetails = Schema.Array(ReasoningDetailUnion)

/**
 * The type of {@link ChatReasoningDetails}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatReasoningDetails = typeof ChatReasoningDetails.Type

/**
 * Tool call made by the assistant
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatToolCall = tolerant(Schema.Struct({
  function: tolerant(Schema.Struct({
    arguments: Schema.String,
    name: Schema.String
  })),
  id: Schema.String,
  type: openLiteral("function")
}))

/**
 * The type of {@link ChatToolCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatToolCall = typeof ChatToolCall.Type

/**
 * Assistant message for requests and responses
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatAssistantMessage = tolerant(Schema.Struct({
  audio: Schema.optional(ChatAudioOutput),
  content: Schema.optional(Schema.NullOr(Schema.Union(
    Schema.String,
    Schema.Array(ChatContentItems)
  ))),
  images: Schema.optional(ChatAssistantImages),
  model: Schema.optional(Schema.String),
  name: Schema.optional(Schema.String),
  reasoning: Schema.optional(Schema.NullOr(Schema.String)),
  reasoning_details: Schema.optional(ChatReasoningDetails),
  refusal: Schema.optional(Schema.NullOr(Schema.String)),
  role: Schema.Literal("assistant"),
  tool_calls: Schema.optional(Schema.Array(ChatToolCall))
}))

/**
 * The type of {@link ChatAssistantMessage}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatAssistantMessage = typeof ChatAssistantMessage.Type

/**
 * `ChatFinishReasonEnum` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFinishReasonEnum = Schema.NullOr(openLiteral("tool_calls", "stop", "length", "content_filter", "error"))

/**
 * The type of {@link ChatFinishReasonEnum}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFinishReasonEnum = typeof ChatFinishReasonEnum.Type

/**
 * Token log probability information
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatTokenLogprob = tolerant(Schema.Struct({
  bytes: Schema.NullOr(Schema.Array(Schema.Number)),
  logprob: Schema.Number,
  token: Schema.String,
  top_logprobs: Schema.Array(tolerant(Schema.Struct({
    bytes: Schema.NullOr(Schema.Array(Schema.Number)),
    logprob: Schema.Number,
    token: Schema.String
  })))
}))

/**
 * The type of {@link ChatTokenLogprob}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatTokenLogprob = typeof ChatTokenLogprob.Type

/**
 * Log probabilities for the completion
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatTokenLogprobs = Schema.NullOr(tolerant(Schema.Struct({
  content: Schema.NullOr(Schema.Array(ChatTokenLogprob)),
  refusal: Schema.optional(Schema.NullOr(Schema.Array(ChatTokenLogprob)))
})))

/**
 * The type of {@link ChatTokenLogprobs}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatTokenLogprobs = typeof ChatTokenLogprobs.Type

/**
 * Chat completion choice
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatChoice = tolerant(Schema.Struct({
  finish_reason: ChatFinishReasonEnum,
  index: Schema.Number,
  logprobs: Schema.optional(ChatTokenLogprobs),
  message: ChatAssistantMessage
}))

/**
 * The type of {@link ChatChoice}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatChoice = typeof ChatChoice.Type

/**
 * Developer message
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatDeveloperMessage = tolerant(Schema.Struct({
  content: Schema.Union(
    Schema.String,
    Schema.Array(ChatContentText)
  ),
  name: Schema.optional(Schema.String),
  role: Schema.Literal("developer")
}))

/**
 * The type of {@link ChatDeveloperMessage}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatDeveloperMessage = typeof ChatDeveloperMessage.Type

/**
 * Custom grammar response format
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatGrammarConfig = tolerant(Schema.Struct({
  grammar: Schema.String,
  type: Schema.Literal("grammar")
}))

/**
 * The type of {@link ChatFormatGrammarConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatGrammarConfig = typeof ChatFormatGrammarConfig.Type

/**
 * JSON object response format
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatJsonObjectConfig = tolerant(Schema.Struct({
  type: Schema.Literal("json_object")
}))

/**
 * The type of {@link ChatFormatJsonObjectConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatJsonObjectConfig = typeof ChatFormatJsonObjectConfig.Type

/**
 * JSON Schema configuration object
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatJsonSchemaConfig = tolerant(Schema.Struct({
  description: Schema.optional(Schema.String),
  name: Schema.String,
  schema: Schema.optional(JsonObject),
  strict: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

/**
 * The type of {@link ChatJsonSchemaConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatJsonSchemaConfig = typeof ChatJsonSchemaConfig.Type

/**
 * JSON Schema response format for structured outputs
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatJsonSchemaConfig = tolerant(Schema.Struct({
  json_schema: ChatJsonSchemaConfig,
  type: Schema.Literal("json_schema")
}))

/**
 * The type of {@link ChatFormatJsonSchemaConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatJsonSchemaConfig = typeof ChatFormatJsonSchemaConfig.Type

/**
 * Python code response format
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatPythonConfig = tolerant(Schema.Struct({
  type: Schema.Literal("python")
}))

/**
 * The type of {@link ChatFormatPythonConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatPythonConfig = typeof ChatFormatPythonConfig.Type

/**
 * Default text response format
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFormatTextConfig = tolerant(Schema.Struct({
  type: Schema.Literal("text")
}))

/**
 * The type of {@link ChatFormatTextConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFormatTextConfig = typeof ChatFormatTextConfig.Type

/**
 * OpenRouter built-in server tool: searches and filters AI models available on OpenRouter
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatSearchModelsServerTool = tolerant(Schema.Struct({
  parameters: Schema.optional(SearchModelsServerToolConfig),
  type: Schema.Literal("openrouter:experimental__search_models")
}))

/**
 * The type of {@link ChatSearchModelsServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatSearchModelsServerTool = typeof ChatSearchModelsServerTool.Type

/**
 * Web search tool using OpenAI Responses API syntax.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatWebSearchShorthand = tolerant(Schema.Struct({
  allowed_domains: Schema.optional(Schema.Array(Schema.String)),
  engine: Schema.optional(WebSearchEngineEnum),
  excluded_domains: Schema.optional(Schema.Array(Schema.String)),
  max_characters: Schema.optional(Schema.Number),
  max_results: Schema.optional(Schema.Number),
  max_total_results: Schema.optional(Schema.Number),
  max_uses: Schema.optional(Schema.Number),
  mode: Schema.optional(WebSearchMode),
  parameters: Schema.optional(WebSearchConfig),
  search_context_size: Schema.optional(SearchQualityLevel),
  type: openLiteral("web_search", "web_search_preview", "web_search_preview_2025_03_11", "web_search_2025_08_26"),
  user_location: Schema.optional(WebSearchUserLocationServerTool)
}))

/**
 * The type of {@link ChatWebSearchShorthand}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatWebSearchShorthand = typeof ChatWebSearchShorthand.Type

/**
 * Tool definition for function calling (regular function or OpenRouter built-in server tool)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatFunctionTool = Schema.Union(
  tolerant(Schema.Struct({
  cache_control: Schema.optional(ChatContentCacheControl),
  function: tolerant(Schema.Struct({
    description: Schema.optional(Schema.String),
    name: Schema.String,
    parameters: Schema.optional(JsonObject),
    strict: Schema.optional(Schema.NullOr(Schema.Boolean))
  })),
  type: Schema.Literal("function")
})),
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
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link ChatFunctionTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatFunctionTool = typeof ChatFunctionTool.Type

/**
 * System message for setting behavior
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatSystemMessage = tolerant(Schema.Struct({
  content: Schema.Union(
    Schema.String,
    Schema.Array(ChatContentText)
  ),
  name: Schema.optional(Schema.String),
  role: Schema.Literal("system")
}))

/**
 * The type of {@link ChatSystemMessage}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatSystemMessage = typeof ChatSystemMessage.Type

/**
 * Tool response message
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatToolMessage = tolerant(Schema.Struct({
  content: Schema.Union(
    Schema.String,
    Schema.Array(ChatContentItems)
  ),
  role: Schema.Literal("tool"),
  tool_call_id: Schema.String
}))

/**
 * The type of {@link ChatToolMessage}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatToolMessage = typeof ChatToolMessage.Type

/**
 * User message
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatUserMessage = tolerant(Schema.Struct({
  content: Schema.Union(
    Schema.String,
    Schema.Array(ChatContentItems)
  ),
  name: Schema.optional(Schema.String),
  role: Schema.Literal("user")
}))

/**
 * The type of {@link ChatUserMessage}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatUserMessage = typeof ChatUserMessage.Type

/**
 * Chat completion message with role-based discrimination
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatMessages = Schema.Union(
  ChatSystemMessage,
  ChatUserMessage,
  ChatDeveloperMessage,
  ChatAssistantMessage,
  ChatToolMessage,
  tolerant(Schema.Struct({ role: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link ChatMessages}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatMessages = typeof ChatMessages.Type

/**
 * Model to use for completion
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelName = Schema.String

/**
 * The type of {@link ModelName}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelName = typeof ModelName.Type

/**
 * Models to use for completion
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatModelNames = Schema.Array(ModelName)

/**
 * The type of {@link ChatModelNames}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatModelNames = typeof ChatModelNames.Type

/**
 * Named tool choice for specific function
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatNamedToolChoice = tolerant(Schema.Struct({
  function: tolerant(Schema.Struct({
    name: Schema.String
  })),
  type: Schema.Literal("function")
}))

/**
 * The type of {@link ChatNamedToolChoice}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatNamedToolChoice = typeof ChatNamedToolChoice.Type

/**
 * `ChatReasoningSummaryVerbosityEnum` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatReasoningSummaryVerbosityEnum = Schema.NullOr(openLiteral("auto", "concise", "detailed"))

/**
 * The type of {@link ChatReasoningSummaryVerbosityEnum}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatReasoningSummaryVerbosityEnum = typeof ChatReasoningSummaryVerbosityEnum.Type

/**
 * Streaming configuration options
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatStreamOptions = Schema.NullOr(tolerant(Schema.Struct({
  include_usage: Schema.optional(Schema.Boolean)
})))

/**
 * The type of {@link ChatStreamOptions}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatStreamOptions = typeof ChatStreamOptions.Type

/**
 * OpenRouter extension: force a specific server tool by naming it directly in `tool_choice.type` instead of wrapping it in `{ type: "function", function: { name } }`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatServerToolChoice = tolerant(Schema.Struct({
  type: Schema.String
}))

/**
 * The type of {@link ChatServerToolChoice}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatServerToolChoice = typeof ChatServerToolChoice.Type

/**
 * Tool choice configuration
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatToolChoice = Schema.Union(
  openLiteral("none", "auto", "required"),
  ChatNamedToolChoice,
  ChatServerToolChoice,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link ChatToolChoice}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatToolChoice = typeof ChatToolChoice.Type

/**
 * Text content part for a predicted output.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PredictionContentText = tolerant(Schema.Struct({
  text: Schema.String,
  type: openLiteral("text")
}))

/**
 * The type of {@link PredictionContentText}.
 *
 * @since 0.1.0
 * @category models
 */
export type PredictionContentText = typeof PredictionContentText.Type

/**
 * Static predicted output content.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Prediction = Schema.NullOr(tolerant(Schema.Struct({
  content: Schema.Union(
    Schema.String,
    Schema.Array(PredictionContentText)
  ),
  type: openLiteral("content")
})))

/**
 * The type of {@link Prediction}.
 *
 * @since 0.1.0
 * @category models
 */
export type Prediction = typeof Prediction.Type

/**
 * Chat completion request parameters
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatRequest = tolerant(Schema.Struct({
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  debug: Schema.optional(ChatDebugOptions),
  frequency_penalty: Schema.optional(Schema.NullOr(Schema.Number)),
  image_config: Schema.optional(ImageConfig),
  logit_bias: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Number }))),
  logprobs: Schema.optional(Schema.NullOr(Schema.Boolean)),
  max_completion_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
  max_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
  messages: Schema.Array(ChatMessages),
  metadata: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
  min_p: Schema.optional(Schema.NullOr(Schema.Number)),
  modalities: Schema.optional(Schema.Array(openLiteral("text", "image", "audio"))),
  model: Schema.optional(ModelName),
  models: Schema.optional(ChatModelNames),
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
  prediction: Schema.optional(Prediction),
  presence_penalty: Schema.optional(Schema.NullOr(Schema.Number)),
  prompt_cache_key: Schema.optional(Schema.NullOr(Schema.String)),
  prompt_cache_options: Schema.optional(PromptCacheOptions),
  provider: Schema.optional(ProviderPreferences),
  reasoning: Schema.optional(tolerant(Schema.Struct({
    effort: Schema.optional(Schema.NullOr(openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none"))),
    summary: Schema.optional(ChatReasoningSummaryVerbosityEnum)
  }))),
  reasoning_effort: Schema.optional(Schema.NullOr(openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none"))),
  repetition_penalty: Schema.optional(Schema.NullOr(Schema.Number)),
  response_format: Schema.optional(Schema.Union(
    ChatFormatTextConfig,
    ChatFormatJsonObjectConfig,
    ChatFormatJsonSchemaConfig,
    ChatFormatGrammarConfig,
    ChatFormatPythonConfig,
    tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
  )),
  route: Schema.optional(DeprecatedRoute),
  seed: Schema.optional(Schema.NullOr(Schema.Number)),
  service_tier: Schema.optional(Schema.NullOr(openLiteral("auto", "default", "fast", "flex", "priority", "scale"))),
  session_id: Schema.optional(Schema.String),
  stop: Schema.optional(Schema.NullOr(Schema.Union(
    Schema.String,
    Schema.Array(Schema.String)
  ))),
  stop_server_tools_when: Schema.optional(StopServerToolsWhen),
  stream: Schema.optional(Schema.Boolean),
  stream_options: Schema.optional(ChatStreamOptions),
  temperature: Schema.optional(Schema.NullOr(Schema.Number)),
  tool_choice: Schema.optional(ChatToolChoice),
  tools: Schema.optional(Schema.Array(ChatFunctionTool)),
  top_a: Schema.optional(Schema.NullOr(Schema.Number)),
  top_k: Schema.optional(Schema.NullOr(Schema.Number)),
  top_logprobs: Schema.optional(Schema.NullOr(Schema.Number)),
  top_p: Schema.optional(Schema.NullOr(Schema.Number)),
  trace: Schema.optional(TraceConfig),
  user: Schema.optional(Schema.String)
}))

/**
 * The type of {@link ChatRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatRequest = typeof ChatRequest.Type

/**
 * Token usage statistics
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatUsage = tolerant(Schema.Struct({
  completion_tokens: Schema.Number,
  completion_tokens_details: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    accepted_prediction_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    audio_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    reasoning_tokens: Schema.optional(Schema.NullOr(Schema.Number)),
    rejected_prediction_tokens: Schema.optional(Schema.NullOr(Schema.Number))
  })))),
  cost: Schema.optional(Schema.NullOr(Schema.Number)),
  cost_details: Schema.optional(CostDetails),
  is_byok: Schema.optional(Schema.Boolean),
  prompt_tokens: Schema.Number,
  prompt_tokens_details: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    audio_tokens: Schema.optional(Schema.Number),
    cache_write_tokens: Schema.optional(Schema.Number),
    cached_tokens: Schema.optional(Schema.Number),
    video_tokens: Schema.optional(Schema.Number)
  })))),
  server_tool_use_details: Schema.optional(ServerToolUseDetails),
  total_tokens: Schema.Number
}))

/**
 * The type of {@link ChatUsage}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatUsage = typeof ChatUsage.Type

/**
 * Chat completion response
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatResult = tolerant(Schema.Struct({
  choices: Schema.Array(ChatChoice),
  created: Schema.Number,
  id: Schema.String,
  model: Schema.String,
  object: openLiteral("chat.completion"),
  openrouter_metadata: Schema.optional(OpenRouterMetadata),
  service_tier: Schema.optional(Schema.NullOr(Schema.String)),
  system_fingerprint: Schema.NullOr(Schema.String),
  usage: Schema.optional(ChatUsage)
}))

/**
 * The type of {@link ChatResult}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatResult = typeof ChatResult.Type

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
