/**
 * The schemas several tags of the API share (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { JsonObject, openLiteral, tolerant } from "../internal/schema.js"

/**
 * Artificial Analysis benchmark index scores.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AABenchmarkEntry = tolerant(Schema.Struct({
  agentic_index: Schema.NullOr(Schema.Number),
  coding_index: Schema.NullOr(Schema.Number),
  intelligence_index: Schema.NullOr(Schema.Number)
}))

/**
 * The type of {@link AABenchmarkEntry}.
 *
 * @since 0.1.0
 * @category models
 */
export type AABenchmarkEntry = typeof AABenchmarkEntry.Type

/**
 * Reasoning configuration forwarded to the advisor call.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvisorReasoning = tolerant(Schema.Struct({
  effort: Schema.optional(openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none")),
  max_tokens: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link AdvisorReasoning}.
 *
 * @since 0.1.0
 * @category models
 */
export type AdvisorReasoning = typeof AdvisorReasoning.Type

/**
 * Configuration for one openrouter:advisor server tool entry.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvisorServerToolConfig = tolerant(Schema.Struct({
  forward_transcript: Schema.optional(Schema.Boolean),
  instructions: Schema.optional(Schema.String),
  max_completion_tokens: Schema.optional(Schema.Number),
  model: Schema.optional(Schema.String),
  name: Schema.optional(Schema.String),
  reasoning: Schema.optional(AdvisorReasoning),
  stream: Schema.optional(Schema.Boolean),
  temperature: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link AdvisorServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type AdvisorServerToolConfig = typeof AdvisorServerToolConfig.Type

/**
 * OpenRouter built-in server tool: consults a higher-intelligence advisor model (every OpenRouter model) for guidance mid-generation and returns its response.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvisorServerToolOpenRouter = tolerant(Schema.Struct({
  parameters: Schema.optional(AdvisorServerToolConfig),
  type: Schema.Literal("openrouter:advisor")
}))

/**
 * The type of {@link AdvisorServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category models
 */
export type AdvisorServerToolOpenRouter = typeof AdvisorServerToolOpenRouter.Type

/**
 * `AnthropicIterationCacheCreation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicIterationCacheCreation = Schema.NullOr(tolerant(Schema.Struct({
  ephemeral_1h_input_tokens: Schema.optional(Schema.Number),
  ephemeral_5m_input_tokens: Schema.optional(Schema.Number)
})))

/**
 * The type of {@link AnthropicIterationCacheCreation}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicIterationCacheCreation = typeof AnthropicIterationCacheCreation.Type

/**
 * `AnthropicBaseUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBaseUsageIteration = tolerant(Schema.Struct({
  cache_creation: Schema.optional(AnthropicIterationCacheCreation),
  cache_creation_input_tokens: Schema.optional(Schema.Number),
  cache_read_input_tokens: Schema.optional(Schema.Number),
  input_tokens: Schema.optional(Schema.Number),
  output_tokens: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link AnthropicBaseUsageIteration}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBaseUsageIteration = typeof AnthropicBaseUsageIteration.Type

/**
 * `AnthropicAdvisorMessageUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicAdvisorMessageUsageIteration = tolerant(Schema.Struct({
  ...AnthropicBaseUsageIteration.fields,
  model: Schema.String,
  type: Schema.Literal("advisor_message")
}))

/**
 * The type of {@link AnthropicAdvisorMessageUsageIteration}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicAdvisorMessageUsageIteration = typeof AnthropicAdvisorMessageUsageIteration.Type

/**
 * `AnthropicCacheControlTtl` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCacheControlTtl = openLiteral("5m", "1h")

/**
 * The type of {@link AnthropicCacheControlTtl}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCacheControlTtl = typeof AnthropicCacheControlTtl.Type

/**
 * Enable automatic prompt caching.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCacheControlDirective = tolerant(Schema.Struct({
  ttl: Schema.optional(AnthropicCacheControlTtl),
  type: Schema.Literal("ephemeral")
}))

/**
 * The type of {@link AnthropicCacheControlDirective}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCacheControlDirective = typeof AnthropicCacheControlDirective.Type

/**
 * `AnthropicCacheCreation` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCacheCreation = Schema.NullOr(tolerant(Schema.Struct({
  ephemeral_1h_input_tokens: Schema.Number,
  ephemeral_5m_input_tokens: Schema.Number
})))

/**
 * The type of {@link AnthropicCacheCreation}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCacheCreation = typeof AnthropicCacheCreation.Type

/**
 * `AnthropicCompactionUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCompactionUsageIteration = tolerant(Schema.Struct({
  ...AnthropicBaseUsageIteration.fields,
  type: Schema.Literal("compaction")
}))

/**
 * The type of {@link AnthropicCompactionUsageIteration}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCompactionUsageIteration = typeof AnthropicCompactionUsageIteration.Type

/**
 * `AnthropicMessageUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicMessageUsageIteration = tolerant(Schema.Struct({
  ...AnthropicBaseUsageIteration.fields,
  model: Schema.optional(Schema.String),
  type: Schema.Literal("message")
}))

/**
 * The type of {@link AnthropicMessageUsageIteration}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicMessageUsageIteration = typeof AnthropicMessageUsageIteration.Type

/**
 * `AnthropicSpeed` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicSpeed = Schema.NullOr(openLiteral("fast", "standard"))

/**
 * The type of {@link AnthropicSpeed}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicSpeed = typeof AnthropicSpeed.Type

/**
 * `AnthropicUnknownUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUnknownUsageIteration = tolerant(Schema.Struct({
  ...AnthropicBaseUsageIteration.fields,
  type: Schema.String
}))

/**
 * The type of {@link AnthropicUnknownUsageIteration}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUnknownUsageIteration = typeof AnthropicUnknownUsageIteration.Type

/**
 * `AnthropicUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUsageIteration = Schema.Union(
  AnthropicCompactionUsageIteration,
  AnthropicMessageUsageIteration,
  AnthropicAdvisorMessageUsageIteration,
  AnthropicUnknownUsageIteration,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link AnthropicUsageIteration}.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUsageIteration = typeof AnthropicUsageIteration.Type

/**
 * `AutoBetaRouterPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutoBetaRouterPlugin = tolerant(Schema.Struct({
  allowed_models: Schema.optional(Schema.Array(Schema.String)),
  cost_quality_tradeoff: Schema.optional(Schema.Number),
  cost_tier: Schema.optional(openLiteral("low", "medium", "high", "xhigh", "max")),
  enabled: Schema.optional(Schema.Boolean),
  excluded_models: Schema.optional(Schema.Array(Schema.String)),
  id: Schema.Literal("auto-beta-router")
}))

/**
 * The type of {@link AutoBetaRouterPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type AutoBetaRouterPlugin = typeof AutoBetaRouterPlugin.Type

/**
 * `AutoRouterPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutoRouterPlugin = tolerant(Schema.Struct({
  allowed_models: Schema.optional(Schema.Array(Schema.String)),
  cost_quality_tradeoff: Schema.optional(Schema.Number),
  cost_tier: Schema.optional(openLiteral("low", "medium", "high", "xhigh", "max")),
  enabled: Schema.optional(Schema.Boolean),
  excluded_models: Schema.optional(Schema.Array(Schema.String)),
  id: Schema.Literal("auto-router"),
  pin_model: Schema.optional(Schema.Boolean)
}))

/**
 * The type of {@link AutoRouterPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type AutoRouterPlugin = typeof AutoRouterPlugin.Type

/**
 * Which bash engine to use.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BashServerToolEngine = openLiteral("auto", "native", "openrouter")

/**
 * The type of {@link BashServerToolEngine}.
 *
 * @since 0.1.0
 * @category models
 */
export type BashServerToolEngine = typeof BashServerToolEngine.Type

/**
 * An OpenRouter-managed, auto-provisioned ephemeral container.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContainerAutoEnvironment = tolerant(Schema.Struct({
  type: Schema.Literal("container_auto")
}))

/**
 * The type of {@link ContainerAutoEnvironment}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContainerAutoEnvironment = typeof ContainerAutoEnvironment.Type

/**
 * Reference to a previously created container to reuse.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContainerReferenceEnvironment = tolerant(Schema.Struct({
  container_id: Schema.String,
  type: Schema.Literal("container_reference")
}))

/**
 * The type of {@link ContainerReferenceEnvironment}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContainerReferenceEnvironment = typeof ContainerReferenceEnvironment.Type

/**
 * Execution environment for the bash server tool.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BashServerToolEnvironment = Schema.Union(
  ContainerAutoEnvironment,
  ContainerReferenceEnvironment,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link BashServerToolEnvironment}.
 *
 * @since 0.1.0
 * @category models
 */
export type BashServerToolEnvironment = typeof BashServerToolEnvironment.Type

/**
 * How long (in seconds) the container stays warm after its last command before sleeping, freeing its capacity slot.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SandboxSleepAfterSeconds = Schema.Number

/**
 * The type of {@link SandboxSleepAfterSeconds}.
 *
 * @since 0.1.0
 * @category models
 */
export type SandboxSleepAfterSeconds = typeof SandboxSleepAfterSeconds.Type

/**
 * Configuration for the openrouter:bash server tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const BashServerToolConfig = tolerant(Schema.Struct({
  engine: Schema.optional(BashServerToolEngine),
  environment: Schema.optional(BashServerToolEnvironment),
  sleep_after_seconds: Schema.optional(SandboxSleepAfterSeconds)
}))

/**
 * The type of {@link BashServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type BashServerToolConfig = typeof BashServerToolConfig.Type

/**
 * OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container
 *
 * @since 0.1.0
 * @category schemas
 */
export const BashServerTool = tolerant(Schema.Struct({
  parameters: Schema.optional(BashServerToolConfig),
  type: Schema.Literal("openrouter:bash")
}))

/**
 * The type of {@link BashServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type BashServerTool = typeof BashServerTool.Type

/**
 * Debug options for inspecting request transformations (streaming only)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatDebugOptions = tolerant(Schema.Struct({
  echo_upstream_body: Schema.optional(Schema.Boolean)
}))

/**
 * The type of {@link ChatDebugOptions}.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatDebugOptions = typeof ChatDebugOptions.Type

/**
 * `ContentPartImage` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartImage = tolerant(Schema.Struct({
  image_url: tolerant(Schema.Struct({
    url: Schema.String
  })),
  type: Schema.Literal("image_url")
}))

/**
 * The type of {@link ContentPartImage}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartImage = typeof ContentPartImage.Type

/**
 * The compression engine to use.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContextCompressionEngine = openLiteral("middle-out")

/**
 * The type of {@link ContextCompressionEngine}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContextCompressionEngine = typeof ContextCompressionEngine.Type

/**
 * `ContextCompressionPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContextCompressionPlugin = tolerant(Schema.Struct({
  enabled: Schema.optional(Schema.Boolean),
  engine: Schema.optional(ContextCompressionEngine),
  id: Schema.Literal("context-compression")
}))

/**
 * The type of {@link ContextCompressionPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContextCompressionPlugin = typeof ContextCompressionPlugin.Type

/**
 * Breakdown of upstream inference costs
 *
 * @since 0.1.0
 * @category schemas
 */
export const CostDetails = Schema.NullOr(tolerant(Schema.Struct({
  upstream_inference_completions_cost: Schema.Number,
  upstream_inference_cost: Schema.optional(Schema.NullOr(Schema.Number)),
  upstream_inference_prompt_cost: Schema.Number
})))

/**
 * The type of {@link CostDetails}.
 *
 * @since 0.1.0
 * @category models
 */
export type CostDetails = typeof CostDetails.Type

/**
 * A single Design Arena benchmark entry for a specific arena+category
 *
 * @since 0.1.0
 * @category schemas
 */
export const DABenchmarkEntry = tolerant(Schema.Struct({
  arena: Schema.String,
  category: Schema.String,
  elo: Schema.Number,
  rank: Schema.Number,
  win_rate: Schema.Number
}))

/**
 * The type of {@link DABenchmarkEntry}.
 *
 * @since 0.1.0
 * @category models
 */
export type DABenchmarkEntry = typeof DABenchmarkEntry.Type

/**
 * Configuration for the openrouter:datetime server tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const DatetimeServerToolConfig = tolerant(Schema.Struct({
  timezone: Schema.optional(Schema.String)
}))

/**
 * The type of {@link DatetimeServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type DatetimeServerToolConfig = typeof DatetimeServerToolConfig.Type

/**
 * OpenRouter built-in server tool: returns the current date and time
 *
 * @since 0.1.0
 * @category schemas
 */
export const DatetimeServerTool = tolerant(Schema.Struct({
  parameters: Schema.optional(DatetimeServerToolConfig),
  type: Schema.Literal("openrouter:datetime")
}))

/**
 * The type of {@link DatetimeServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type DatetimeServerTool = typeof DatetimeServerTool.Type

/**
 * Default parameters for this model
 *
 * @since 0.1.0
 * @category schemas
 */
export const DefaultParameters = Schema.NullOr(tolerant(Schema.Struct({
  frequency_penalty: Schema.optional(Schema.NullOr(Schema.Number)),
  presence_penalty: Schema.optional(Schema.NullOr(Schema.Number)),
  repetition_penalty: Schema.optional(Schema.NullOr(Schema.Number)),
  temperature: Schema.optional(Schema.NullOr(Schema.Number)),
  top_k: Schema.optional(Schema.NullOr(Schema.Number)),
  top_p: Schema.optional(Schema.NullOr(Schema.Number))
})))

/**
 * The type of {@link DefaultParameters}.
 *
 * @since 0.1.0
 * @category models
 */
export type DefaultParameters = typeof DefaultParameters.Type

/**
 * **DEPRECATED** Use providers.sort.partition instead.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeprecatedRoute = Schema.NullOr(openLiteral("fallback", "sort"))

/**
 * The type of {@link DeprecatedRoute}.
 *
 * @since 0.1.0
 * @category models
 */
export type DeprecatedRoute = typeof DeprecatedRoute.Type

/**
 * `EndpointInfo` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EndpointInfo = tolerant(Schema.Struct({
  model: Schema.String,
  provider: Schema.String,
  selected: Schema.Boolean
}))

/**
 * The type of {@link EndpointInfo}.
 *
 * @since 0.1.0
 * @category models
 */
export type EndpointInfo = typeof EndpointInfo.Type

/**
 * `EndpointsMetadata` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EndpointsMetadata = tolerant(Schema.Struct({
  available: Schema.Array(EndpointInfo),
  total: Schema.Number
}))

/**
 * The type of {@link EndpointsMetadata}.
 *
 * @since 0.1.0
 * @category models
 */
export type EndpointsMetadata = typeof EndpointsMetadata.Type

/**
 * The engine to use for parsing PDF files.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PDFParserEngine = openLiteral("mistral-ocr", "native", "cloudflare-ai", "pdf-text")

/**
 * The type of {@link PDFParserEngine}.
 *
 * @since 0.1.0
 * @category models
 */
export type PDFParserEngine = typeof PDFParserEngine.Type

/**
 * Options for PDF parsing.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PDFParserOptions = tolerant(Schema.Struct({
  engine: Schema.optional(PDFParserEngine)
}))

/**
 * The type of {@link PDFParserOptions}.
 *
 * @since 0.1.0
 * @category models
 */
export type PDFParserOptions = typeof PDFParserOptions.Type

/**
 * `FileParserPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileParserPlugin = tolerant(Schema.Struct({
  enabled: Schema.optional(Schema.Boolean),
  id: Schema.Literal("file-parser"),
  pdf: Schema.optional(PDFParserOptions)
}))

/**
 * The type of {@link FileParserPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type FileParserPlugin = typeof FileParserPlugin.Type

/**
 * Configuration for the openrouter:files server tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const FilesServerToolConfig = JsonObject

/**
 * The type of {@link FilesServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type FilesServerToolConfig = typeof FilesServerToolConfig.Type

/**
 * OpenRouter built-in server tool: read, write, edit, and list workspace files via the Files API.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FilesServerTool = tolerant(Schema.Struct({
  parameters: Schema.optional(FilesServerToolConfig),
  type: Schema.Literal("openrouter:files")
}))

/**
 * The type of {@link FilesServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type FilesServerTool = typeof FilesServerTool.Type

/**
 * `FusionPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionPlugin = tolerant(Schema.Struct({
  analysis_models: Schema.optional(Schema.Array(Schema.String)),
  enabled: Schema.optional(Schema.Boolean),
  id: Schema.Literal("fusion"),
  max_tool_calls: Schema.optional(Schema.Number),
  model: Schema.optional(Schema.String),
  preset: Schema.optional(openLiteral("general-high", "general-budget", "general-fast")),
  tools: Schema.optional(Schema.Array(tolerant(Schema.Struct({
    parameters: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.NullOr(Schema.Union(
      Schema.String,
      Schema.Number,
      Schema.Boolean,
      Schema.Array(Schema.NullOr(Schema.Union(
      Schema.String,
      Schema.Number,
      Schema.Boolean
    ))),
      Schema.Record({ key: Schema.String, value: Schema.NullOr(Schema.Union(
      Schema.String,
      Schema.Number,
      Schema.Boolean
    )) })
    )) })),
    type: Schema.String
  }))))
}))

/**
 * The type of {@link FusionPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionPlugin = typeof FusionPlugin.Type

/**
 * Configuration for the openrouter:fusion server tool.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionServerToolConfig = tolerant(Schema.Struct({
  analysis_models: Schema.optional(Schema.Array(Schema.String)),
  cache_control: Schema.optional(AnthropicCacheControlDirective),
  max_completion_tokens: Schema.optional(Schema.Number),
  max_tool_calls: Schema.optional(Schema.Number),
  model: Schema.optional(Schema.String),
  reasoning: Schema.optional(tolerant(Schema.Struct({
    effort: Schema.optional(openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none")),
    max_tokens: Schema.optional(Schema.Number)
  }))),
  temperature: Schema.optional(Schema.Number),
  tools: Schema.optional(Schema.Array(tolerant(Schema.Struct({
    parameters: Schema.optional(JsonObject),
    type: Schema.String
  }))))
}))

/**
 * The type of {@link FusionServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionServerToolConfig = typeof FusionServerToolConfig.Type

/**
 * OpenRouter built-in server tool: fans out the user prompt to a panel of analysis models, then asks an analyst model to summarize their collective output as structured JSON the outer model can synthesize from.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionServerToolOpenRouter = tolerant(Schema.Struct({
  parameters: Schema.optional(FusionServerToolConfig),
  type: Schema.Literal("openrouter:fusion")
}))

/**
 * The type of {@link FusionServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionServerToolOpenRouter = typeof FusionServerToolOpenRouter.Type

/**
 * Provider-specific image configuration options.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageConfig = Schema.Record({ key: Schema.String, value: Schema.Union(
  Schema.String,
  Schema.Number,
  Schema.Array(Schema.Unknown)
) })

/**
 * The type of {@link ImageConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageConfig = typeof ImageConfig.Type

/**
 * Configuration for the openrouter:image_generation server tool.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationServerToolConfig = tolerant(Schema.Struct({
  model: Schema.optional(Schema.String)
}))

/**
 * The type of {@link ImageGenerationServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationServerToolConfig = typeof ImageGenerationServerToolConfig.Type

/**
 * OpenRouter built-in server tool: generates images from text prompts using an image generation model
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationServerToolOpenRouter = tolerant(Schema.Struct({
  parameters: Schema.optional(ImageGenerationServerToolConfig),
  type: Schema.Literal("openrouter:image_generation")
}))

/**
 * The type of {@link ImageGenerationServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationServerToolOpenRouter = typeof ImageGenerationServerToolOpenRouter.Type

/**
 * `InputModality` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputModality = openLiteral("text", "image", "file", "audio", "video")

/**
 * The type of {@link InputModality}.
 *
 * @since 0.1.0
 * @category models
 */
export type InputModality = typeof InputModality.Type

/**
 * Instruction format type
 *
 * @since 0.1.0
 * @category schemas
 */
export const InstructType = Schema.NullOr(openLiteral("none", "airoboros", "alpaca", "alpaca-modif", "chatml", "claude", "code-llama", "gemma", "llama2", "llama3", "mistral", "nemotron", "neural", "openchat", "phi3", "rwkv", "vicuna", "zephyr", "deepseek-r1", "deepseek-v3.1", "qwq", "qwen3"))

/**
 * The type of {@link InstructType}.
 *
 * @since 0.1.0
 * @category models
 */
export type InstructType = typeof InstructType.Type

/**
 * Concrete model targeted by this tilde-latest alias, when applicable
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelAliasTarget = tolerant(Schema.Struct({
  name: Schema.String,
  slug: Schema.String
}))

/**
 * The type of {@link ModelAliasTarget}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelAliasTarget = typeof ModelAliasTarget.Type

/**
 * Tokenizer type used by the model
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelGroup = openLiteral("Router", "Media", "Other", "GPT", "Claude", "Gemini", "Gemma", "Grok", "Cohere", "Nova", "Qwen", "Yi", "DeepSeek", "Mistral", "Llama2", "Llama3", "Llama4", "PaLM", "RWKV", "Qwen3")

/**
 * The type of {@link ModelGroup}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelGroup = typeof ModelGroup.Type

/**
 * `OutputModality` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputModality = openLiteral("text", "image", "embeddings", "audio", "video", "rerank", "speech", "transcription")

/**
 * The type of {@link OutputModality}.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputModality = typeof OutputModality.Type

/**
 * Model architecture information
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelArchitecture = tolerant(Schema.Struct({
  input_modalities: Schema.Array(InputModality),
  instruct_type: Schema.optional(InstructType),
  modality: Schema.NullOr(Schema.String),
  output_modalities: Schema.Array(OutputModality),
  tokenizer: Schema.optional(ModelGroup)
}))

/**
 * The type of {@link ModelArchitecture}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelArchitecture = typeof ModelArchitecture.Type

/**
 * Third-party benchmark rankings for this model.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelBenchmarks = tolerant(Schema.Struct({
  artificial_analysis: Schema.optional(AABenchmarkEntry),
  design_arena: Schema.Array(DABenchmarkEntry)
}))

/**
 * The type of {@link ModelBenchmarks}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelBenchmarks = typeof ModelBenchmarks.Type

/**
 * Related API endpoints and resources for this model.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelLinks = tolerant(Schema.Struct({
  details: Schema.String
}))

/**
 * The type of {@link ModelLinks}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelLinks = typeof ModelLinks.Type

/**
 * `ReasoningEffort` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningEffort = Schema.NullOr(openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none"))

/**
 * The type of {@link ReasoningEffort}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningEffort = typeof ReasoningEffort.Type

/**
 * Reasoning effort configuration.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelReasoning = tolerant(Schema.Struct({
  default_effort: Schema.optional(ReasoningEffort),
  default_enabled: Schema.optional(Schema.Boolean),
  mandatory: Schema.Boolean,
  supported_efforts: Schema.optional(Schema.NullOr(Schema.Array(ReasoningEffort))),
  supports_max_tokens: Schema.optional(Schema.Boolean)
}))

/**
 * The type of {@link ModelReasoning}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelReasoning = typeof ModelReasoning.Type

/**
 * `Parameter` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Parameter = openLiteral("temperature", "top_p", "top_k", "min_p", "top_a", "frequency_penalty", "presence_penalty", "repetition_penalty", "max_tokens", "max_completion_tokens", "logit_bias", "logprobs", "top_logprobs", "prediction", "seed", "response_format", "structured_outputs", "stop", "tools", "tool_choice", "parallel_tool_calls", "include_reasoning", "reasoning", "reasoning_effort", "web_search_options", "verbosity")

/**
 * The type of {@link Parameter}.
 *
 * @since 0.1.0
 * @category models
 */
export type Parameter = typeof Parameter.Type

/**
 * Per-request token limits
 *
 * @since 0.1.0
 * @category schemas
 */
export const PerRequestLimits = Schema.NullOr(tolerant(Schema.Struct({
  completion_tokens: Schema.Number,
  prompt_tokens: Schema.Number
})))

/**
 * The type of {@link PerRequestLimits}.
 *
 * @since 0.1.0
 * @category models
 */
export type PerRequestLimits = typeof PerRequestLimits.Type

/**
 * A conditional override of the base pricing.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PricingOverride = tolerant(Schema.Struct({
  audio: Schema.optional(Schema.String),
  completion: Schema.optional(Schema.String),
  input_audio_cache: Schema.optional(Schema.String),
  input_cache_read: Schema.optional(Schema.String),
  input_cache_write: Schema.optional(Schema.String),
  input_cache_write_1h: Schema.optional(Schema.String),
  min_prompt_tokens: Schema.optional(Schema.Number),
  prompt: Schema.optional(Schema.String),
  utc_end: Schema.optional(Schema.Number),
  utc_start: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link PricingOverride}.
 *
 * @since 0.1.0
 * @category models
 */
export type PricingOverride = typeof PricingOverride.Type

/**
 * Pricing information for the model
 *
 * @since 0.1.0
 * @category schemas
 */
export const PublicPricing = tolerant(Schema.Struct({
  audio: Schema.optional(Schema.String),
  audio_output: Schema.optional(Schema.String),
  completion: Schema.String,
  discount: Schema.optional(Schema.Number),
  image: Schema.optional(Schema.String),
  image_output: Schema.optional(Schema.String),
  image_token: Schema.optional(Schema.String),
  input_audio_cache: Schema.optional(Schema.String),
  input_cache_read: Schema.optional(Schema.String),
  input_cache_write: Schema.optional(Schema.String),
  input_cache_write_1h: Schema.optional(Schema.String),
  internal_reasoning: Schema.optional(Schema.String),
  overrides: Schema.optional(Schema.Array(PricingOverride)),
  prompt: Schema.String,
  request: Schema.optional(Schema.String),
  web_search: Schema.optional(Schema.String)
}))

/**
 * The type of {@link PublicPricing}.
 *
 * @since 0.1.0
 * @category models
 */
export type PublicPricing = typeof PublicPricing.Type

/**
 * Information about the top provider for this model
 *
 * @since 0.1.0
 * @category schemas
 */
export const TopProviderInfo = tolerant(Schema.Struct({
  context_length: Schema.optional(Schema.NullOr(Schema.Number)),
  is_moderated: Schema.Boolean,
  max_completion_tokens: Schema.optional(Schema.NullOr(Schema.Number))
}))

/**
 * The type of {@link TopProviderInfo}.
 *
 * @since 0.1.0
 * @category models
 */
export type TopProviderInfo = typeof TopProviderInfo.Type

/**
 * Information about an AI model available on OpenRouter
 *
 * @since 0.1.0
 * @category schemas
 */
export const Model = tolerant(Schema.Struct({
  alias_target: Schema.optional(ModelAliasTarget),
  architecture: ModelArchitecture,
  benchmarks: Schema.optional(ModelBenchmarks),
  canonical_slug: Schema.String,
  context_length: Schema.NullOr(Schema.Number),
  created: Schema.Number,
  default_parameters: DefaultParameters,
  description: Schema.optional(Schema.String),
  expiration_date: Schema.optional(Schema.NullOr(Schema.String)),
  hugging_face_id: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  knowledge_cutoff: Schema.optional(Schema.NullOr(Schema.String)),
  links: ModelLinks,
  name: Schema.String,
  per_request_limits: PerRequestLimits,
  pricing: PublicPricing,
  reasoning: Schema.optional(ModelReasoning),
  supported_parameters: Schema.Array(Parameter),
  supported_voices: Schema.NullOr(Schema.Array(Schema.String)),
  top_provider: TopProviderInfo
}))

/**
 * The type of {@link Model}.
 *
 * @since 0.1.0
 * @category models
 */
export type Model = typeof Model.Type

/**
 * List of available models
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelsListResponseData = Schema.Array(Model)

/**
 * The type of {@link ModelsListResponseData}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelsListResponseData = typeof ModelsListResponseData.Type

/**
 * List of available models
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelsListResponse = tolerant(Schema.Struct({
  data: ModelsListResponseData,
  links: Schema.optional(tolerant(Schema.Struct({
    next: Schema.NullOr(Schema.String)
  }))),
  total_count: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link ModelsListResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelsListResponse = typeof ModelsListResponse.Type

/**
 * `ModerationPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModerationPlugin = tolerant(Schema.Struct({
  id: Schema.Literal("moderation")
}))

/**
 * The type of {@link ModerationPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type ModerationPlugin = typeof ModerationPlugin.Type

/**
 * Categorical kind of a pipeline stage.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PipelineStageType = openLiteral("guardrail", "plugin", "server_tools", "response_healing", "context_compression")

/**
 * The type of {@link PipelineStageType}.
 *
 * @since 0.1.0
 * @category models
 */
export type PipelineStageType = typeof PipelineStageType.Type

/**
 * `PipelineStage` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PipelineStage = tolerant(Schema.Struct({
  cost_usd: Schema.optional(Schema.NullOr(Schema.Number)),
  data: Schema.optional(JsonObject),
  guardrail_id: Schema.optional(Schema.String),
  guardrail_scope: Schema.optional(Schema.String),
  name: Schema.String,
  summary: Schema.optional(Schema.String),
  type: PipelineStageType
}))

/**
 * The type of {@link PipelineStage}.
 *
 * @since 0.1.0
 * @category models
 */
export type PipelineStage = typeof PipelineStage.Type

/**
 * `RouterAttempt` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RouterAttempt = tolerant(Schema.Struct({
  model: Schema.String,
  provider: Schema.String,
  status: Schema.Number
}))

/**
 * The type of {@link RouterAttempt}.
 *
 * @since 0.1.0
 * @category models
 */
export type RouterAttempt = typeof RouterAttempt.Type

/**
 * `RouterParams` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RouterParams = tolerant(Schema.Struct({
  quality_floor: Schema.optional(Schema.Number),
  throughput_floor: Schema.optional(Schema.Number),
  version_group: Schema.optional(Schema.String)
}))

/**
 * The type of {@link RouterParams}.
 *
 * @since 0.1.0
 * @category models
 */
export type RouterParams = typeof RouterParams.Type

/**
 * `RoutingStrategy` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RoutingStrategy = openLiteral("direct", "auto", "free", "latest", "alias", "fallback", "pareto", "bodybuilder", "fusion")

/**
 * The type of {@link RoutingStrategy}.
 *
 * @since 0.1.0
 * @category models
 */
export type RoutingStrategy = typeof RoutingStrategy.Type

/**
 * `OpenRouterMetadata` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterMetadata = tolerant(Schema.Struct({
  attempt: Schema.Number,
  attempts: Schema.optional(Schema.Array(RouterAttempt)),
  endpoints: EndpointsMetadata,
  is_byok: Schema.Boolean,
  params: Schema.optional(RouterParams),
  pipeline: Schema.optional(Schema.Array(PipelineStage)),
  region: Schema.NullOr(Schema.String),
  requested: Schema.String,
  strategy: RoutingStrategy,
  summary: Schema.String
}))

/**
 * The type of {@link OpenRouterMetadata}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenRouterMetadata = typeof OpenRouterMetadata.Type

/**
 * How much context to retrieve per result.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SearchQualityLevel = openLiteral("low", "medium", "high")

/**
 * The type of {@link SearchQualityLevel}.
 *
 * @since 0.1.0
 * @category models
 */
export type SearchQualityLevel = typeof SearchQualityLevel.Type

/**
 * Which search engine to use.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchEngineEnum = openLiteral("native", "exa", "parallel", "firecrawl", "perplexity", "auto")

/**
 * The type of {@link WebSearchEngineEnum}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchEngineEnum = typeof WebSearchEngineEnum.Type

/**
 * Engine-native search mode.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchMode = openLiteral("instant", "fast", "auto", "deep-lite", "deep", "deep-reasoning", "turbo", "basic", "advanced")

/**
 * The type of {@link WebSearchMode}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchMode = typeof WebSearchMode.Type

/**
 * Approximate user location for location-biased results.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchUserLocationServerTool = tolerant(Schema.Struct({
  city: Schema.optional(Schema.NullOr(Schema.String)),
  country: Schema.optional(Schema.NullOr(Schema.String)),
  region: Schema.optional(Schema.NullOr(Schema.String)),
  timezone: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.optional(openLiteral("approximate"))
}))

/**
 * The type of {@link WebSearchUserLocationServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchUserLocationServerTool = typeof WebSearchUserLocationServerTool.Type

/**
 * `WebSearchConfig` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchConfig = tolerant(Schema.Struct({
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
 * The type of {@link WebSearchConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchConfig = typeof WebSearchConfig.Type

/**
 * OpenRouter built-in server tool: searches the web for current information
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterWebSearchServerTool = tolerant(Schema.Struct({
  parameters: Schema.optional(WebSearchConfig),
  type: Schema.Literal("openrouter:web_search")
}))

/**
 * The type of {@link OpenRouterWebSearchServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenRouterWebSearchServerTool = typeof OpenRouterWebSearchServerTool.Type

/**
 * `ParetoRouterPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ParetoRouterPlugin = tolerant(Schema.Struct({
  enabled: Schema.optional(Schema.Boolean),
  id: Schema.Literal("pareto-router"),
  max_price: Schema.optional(Schema.Number),
  min_coding_score: Schema.optional(Schema.Number),
  price_source: Schema.optional(openLiteral("prompt", "weighted_avg"))
}))

/**
 * The type of {@link ParetoRouterPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type ParetoRouterPlugin = typeof ParetoRouterPlugin.Type

/**
 * Percentile-based latency cutoffs.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PercentileLatencyCutoffs = tolerant(Schema.Struct({
  p50: Schema.optional(Schema.NullOr(Schema.Number)),
  p75: Schema.optional(Schema.NullOr(Schema.Number)),
  p90: Schema.optional(Schema.NullOr(Schema.Number)),
  p99: Schema.optional(Schema.NullOr(Schema.Number))
}))

/**
 * The type of {@link PercentileLatencyCutoffs}.
 *
 * @since 0.1.0
 * @category models
 */
export type PercentileLatencyCutoffs = typeof PercentileLatencyCutoffs.Type

/**
 * Percentile-based throughput cutoffs.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PercentileThroughputCutoffs = tolerant(Schema.Struct({
  p50: Schema.optional(Schema.NullOr(Schema.Number)),
  p75: Schema.optional(Schema.NullOr(Schema.Number)),
  p90: Schema.optional(Schema.NullOr(Schema.Number)),
  p99: Schema.optional(Schema.NullOr(Schema.Number))
}))

/**
 * The type of {@link PercentileThroughputCutoffs}.
 *
 * @since 0.1.0
 * @category models
 */
export type PercentileThroughputCutoffs = typeof PercentileThroughputCutoffs.Type

/**
 * Preferred maximum latency (in seconds).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PreferredMaxLatency = Schema.NullOr(Schema.Union(
  Schema.Number,
  PercentileLatencyCutoffs
))

/**
 * The type of {@link PreferredMaxLatency}.
 *
 * @since 0.1.0
 * @category models
 */
export type PreferredMaxLatency = typeof PreferredMaxLatency.Type

/**
 * Preferred minimum throughput (in tokens per second).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PreferredMinThroughput = Schema.NullOr(Schema.Union(
  Schema.Number,
  PercentileThroughputCutoffs
))

/**
 * The type of {@link PreferredMinThroughput}.
 *
 * @since 0.1.0
 * @category models
 */
export type PreferredMinThroughput = typeof PreferredMinThroughput.Type

/**
 * Marks an explicit prompt-cache boundary on this content block (OpenAI-style).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PromptCacheBreakpoint = Schema.NullOr(tolerant(Schema.Struct({
  mode: openLiteral("explicit")
})))

/**
 * The type of {@link PromptCacheBreakpoint}.
 *
 * @since 0.1.0
 * @category models
 */
export type PromptCacheBreakpoint = typeof PromptCacheBreakpoint.Type

/**
 * Request-level prompt-cache controls.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PromptCacheOptions = Schema.NullOr(tolerant(Schema.Struct({
  mode: openLiteral("explicit"),
  ttl: Schema.optional(Schema.NullOr(Schema.String))
})))

/**
 * The type of {@link PromptCacheOptions}.
 *
 * @since 0.1.0
 * @category models
 */
export type PromptCacheOptions = typeof PromptCacheOptions.Type

/**
 * `ProviderName` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderName = openLiteral("Modal", "AkashML", "AI21", "AionLabs", "Alibaba", "Ambient", "Baidu", "Amazon Bedrock", "Amazon Nova", "Anthropic", "Arcee AI", "AtlasCloud", "Avian", "Azure", "BaseTen", "BytePlus", "Black Forest Labs", "Cerebras", "Chutes", "Cirrascale", "Claude Platform on AWS", "Clarifai", "Cloudflare", "Cohere", "CoreWeave", "Crucible", "Crusoe", "Darkbloom", "Databricks", "Decart", "Deepgram", "DeepInfra", "DeepSeek", "DekaLLM", "DigitalOcean", "Featherless", "Fireworks", "Fish Audio", "Friendli", "GMICloud", "Google", "Google AI Studio", "Groq", "HeyGen", "Inception", "Inceptron", "InferenceNet", "Ionstream", "Infermatic", "Io Net", "Inferact vLLM", "Inflection", "Liquid", "Makora", "Mara", "Mancer 2", "Meta", "Minimax", "ModelRun", "Mistral", "Modular", "Moonshot AI", "Morph", "VoyageAI by MongoDB", "NCompass", "Nebius", "Nex AGI", "NextBit", "Novita", "Nvidia", "OpenAI", "OpenInference", "Parasail", "Poolside", "Perceptron", "Perplexity", "Phala", "Recraft", "Reka", "Relace", "Sail Research", "Sakana AI", "SambaNova", "Seed", "SiliconFlow", "Sourceful", "StepFun", "Stealth", "StreamLake", "Switchpoint", "Tencent", "Tenstorrent", "Thinking Machines", "Together", "Upstage", "Venice", "Wafer", "WandB", "Quiver", "Krea", "Runway", "Xiaomi", "xAI", "Z.AI", "FakeProvider")

/**
 * The type of {@link ProviderName}.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderName = typeof ProviderName.Type

/**
 * Provider-specific options keyed by provider slug.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderOptions = tolerant(Schema.Struct({
  "01ai": Schema.optional(JsonObject),
  ai21: Schema.optional(JsonObject),
  "aion-labs": Schema.optional(JsonObject),
  akashml: Schema.optional(JsonObject),
  alibaba: Schema.optional(JsonObject),
  "amazon-bedrock": Schema.optional(JsonObject),
  "amazon-bedrock/claude-on-aws": Schema.optional(JsonObject),
  "amazon-nova": Schema.optional(JsonObject),
  ambient: Schema.optional(JsonObject),
  anthropic: Schema.optional(JsonObject),
  "anthropic/2": Schema.optional(JsonObject),
  anyscale: Schema.optional(JsonObject),
  "arcee-ai": Schema.optional(JsonObject),
  "atlas-cloud": Schema.optional(JsonObject),
  atoma: Schema.optional(JsonObject),
  avian: Schema.optional(JsonObject),
  azure: Schema.optional(JsonObject),
  baidu: Schema.optional(JsonObject),
  baseten: Schema.optional(JsonObject),
  "black-forest-labs": Schema.optional(JsonObject),
  byteplus: Schema.optional(JsonObject),
  centml: Schema.optional(JsonObject),
  cerebras: Schema.optional(JsonObject),
  chutes: Schema.optional(JsonObject),
  cirrascale: Schema.optional(JsonObject),
  clarifai: Schema.optional(JsonObject),
  "claude-on-aws": Schema.optional(JsonObject),
  cloudflare: Schema.optional(JsonObject),
  cohere: Schema.optional(JsonObject),
  coreweave: Schema.optional(JsonObject),
  crofai: Schema.optional(JsonObject),
  crucible: Schema.optional(JsonObject),
  crusoe: Schema.optional(JsonObject),
  darkbloom: Schema.optional(JsonObject),
  databricks: Schema.optional(JsonObject),
  decart: Schema.optional(JsonObject),
  deepgram: Schema.optional(JsonObject),
  deepinfra: Schema.optional(JsonObject),
  deepseek: Schema.optional(JsonObject),
  dekallm: Schema.optional(JsonObject),
  digitalocean: Schema.optional(JsonObject),
  enfer: Schema.optional(JsonObject),
  "fake-provider": Schema.optional(JsonObject),
  featherless: Schema.optional(JsonObject),
  fireworks: Schema.optional(JsonObject),
  "fish-audio": Schema.optional(JsonObject),
  friendli: Schema.optional(JsonObject),
  gmicloud: Schema.optional(JsonObject),
  "google-ai-studio": Schema.optional(JsonObject),
  "google-vertex": Schema.optional(JsonObject),
  gopomelo: Schema.optional(JsonObject),
  groq: Schema.optional(JsonObject),
  heygen: Schema.optional(JsonObject),
  huggingface: Schema.optional(JsonObject),
  hyperbolic: Schema.optional(JsonObject),
  "hyperbolic-quantized": Schema.optional(JsonObject),
  inception: Schema.optional(JsonObject),
  inceptron: Schema.optional(JsonObject),
  "inferact-vllm": Schema.optional(JsonObject),
  "inference-net": Schema.optional(JsonObject),
  infermatic: Schema.optional(JsonObject),
  inflection: Schema.optional(JsonObject),
  inocloud: Schema.optional(JsonObject),
  "io-net": Schema.optional(JsonObject),
  ionstream: Schema.optional(JsonObject),
  klusterai: Schema.optional(JsonObject),
  krea: Schema.optional(JsonObject),
  lambda: Schema.optional(JsonObject),
  lepton: Schema.optional(JsonObject),
  liquid: Schema.optional(JsonObject),
  lynn: Schema.optional(JsonObject),
  "lynn-private": Schema.optional(JsonObject),
  makora: Schema.optional(JsonObject),
  mancer: Schema.optional(JsonObject),
  "mancer-old": Schema.optional(JsonObject),
  mara: Schema.optional(JsonObject),
  meta: Schema.optional(JsonObject),
  minimax: Schema.optional(JsonObject),
  mistral: Schema.optional(JsonObject),
  modal: Schema.optional(JsonObject),
  modelrun: Schema.optional(JsonObject),
  modular: Schema.optional(JsonObject),
  moonshotai: Schema.optional(JsonObject),
  morph: Schema.optional(JsonObject),
  ncompass: Schema.optional(JsonObject),
  nebius: Schema.optional(JsonObject),
  "nex-agi": Schema.optional(JsonObject),
  nextbit: Schema.optional(JsonObject),
  nineteen: Schema.optional(JsonObject),
  novita: Schema.optional(JsonObject),
  nvidia: Schema.optional(JsonObject),
  octoai: Schema.optional(JsonObject),
  "open-inference": Schema.optional(JsonObject),
  openai: Schema.optional(JsonObject),
  parasail: Schema.optional(JsonObject),
  perceptron: Schema.optional(JsonObject),
  perplexity: Schema.optional(JsonObject),
  phala: Schema.optional(JsonObject),
  poolside: Schema.optional(JsonObject),
  quiver: Schema.optional(JsonObject),
  recraft: Schema.optional(JsonObject),
  recursal: Schema.optional(JsonObject),
  reflection: Schema.optional(JsonObject),
  reka: Schema.optional(JsonObject),
  relace: Schema.optional(JsonObject),
  replicate: Schema.optional(JsonObject),
  runway: Schema.optional(JsonObject),
  "sail-research": Schema.optional(JsonObject),
  sakana: Schema.optional(JsonObject),
  "sakana-ai": Schema.optional(JsonObject),
  sambanova: Schema.optional(JsonObject),
  "sambanova-cloaked": Schema.optional(JsonObject),
  seed: Schema.optional(JsonObject),
  "sf-compute": Schema.optional(JsonObject),
  siliconflow: Schema.optional(JsonObject),
  sourceful: Schema.optional(JsonObject),
  stealth: Schema.optional(JsonObject),
  stepfun: Schema.optional(JsonObject),
  streamlake: Schema.optional(JsonObject),
  switchpoint: Schema.optional(JsonObject),
  targon: Schema.optional(JsonObject),
  tencent: Schema.optional(JsonObject),
  tenstorrent: Schema.optional(JsonObject),
  thinkingmachines: Schema.optional(JsonObject),
  together: Schema.optional(JsonObject),
  "together-lite": Schema.optional(JsonObject),
  ubicloud: Schema.optional(JsonObject),
  upstage: Schema.optional(JsonObject),
  venice: Schema.optional(JsonObject),
  voyageai: Schema.optional(JsonObject),
  wafer: Schema.optional(JsonObject),
  wandb: Schema.optional(JsonObject),
  "wandb-legacy": Schema.optional(JsonObject),
  xai: Schema.optional(JsonObject),
  xiaomi: Schema.optional(JsonObject),
  "z-ai": Schema.optional(JsonObject)
}))

/**
 * The type of {@link ProviderOptions}.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderOptions = typeof ProviderOptions.Type

/**
 * The provider sorting strategy (price, throughput, latency)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderSort = openLiteral("price", "throughput", "latency", "exacto")

/**
 * The type of {@link ProviderSort}.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderSort = typeof ProviderSort.Type

/**
 * The provider sorting strategy (price, throughput, latency)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderSortConfig = tolerant(Schema.Struct({
  by: Schema.optional(Schema.NullOr(openLiteral("price", "throughput", "latency", "exacto"))),
  partition: Schema.optional(Schema.NullOr(openLiteral("model", "none")))
}))

/**
 * The type of {@link ProviderSortConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderSortConfig = typeof ProviderSortConfig.Type

/**
 * `Quantization` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Quantization = openLiteral("int4", "int8", "fp4", "mxfp4", "nvfp4", "fp6", "fp8", "mxfp8", "fp16", "bf16", "fp32", "unknown")

/**
 * The type of {@link Quantization}.
 *
 * @since 0.1.0
 * @category models
 */
export type Quantization = typeof Quantization.Type

/**
 * When multiple model providers are available, optionally indicate your routing preference.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderPreferences = Schema.NullOr(tolerant(Schema.Struct({
  allow_fallbacks: Schema.optional(Schema.NullOr(Schema.Boolean)),
  data_collection: Schema.optional(Schema.NullOr(openLiteral("deny", "allow"))),
  enforce_distillable_text: Schema.optional(Schema.NullOr(Schema.Boolean)),
  ignore: Schema.optional(Schema.NullOr(Schema.Array(Schema.Union(
    ProviderName,
    Schema.String
  )))),
  max_price: Schema.optional(tolerant(Schema.Struct({
    audio: Schema.optional(Schema.String),
    completion: Schema.optional(Schema.String),
    image: Schema.optional(Schema.String),
    prompt: Schema.optional(Schema.String),
    request: Schema.optional(Schema.String)
  }))),
  only: Schema.optional(Schema.NullOr(Schema.Array(Schema.Union(
    ProviderName,
    Schema.String
  )))),
  order: Schema.optional(Schema.NullOr(Schema.Array(Schema.Union(
    ProviderName,
    Schema.String
  )))),
  preferred_max_latency: Schema.optional(PreferredMaxLatency),
  preferred_min_throughput: Schema.optional(PreferredMinThroughput),
  quantizations: Schema.optional(Schema.NullOr(Schema.Array(Quantization))),
  require_parameters: Schema.optional(Schema.NullOr(Schema.Boolean)),
  sort: Schema.optional(Schema.NullOr(Schema.Union(
    ProviderSort,
    ProviderSortConfig
  ))),
  zdr: Schema.optional(Schema.NullOr(Schema.Boolean))
})))

/**
 * The type of {@link ProviderPreferences}.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderPreferences = typeof ProviderPreferences.Type

/**
 * `ReasoningFormat` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningFormat = Schema.NullOr(openLiteral("unknown", "openai-responses-v1", "azure-openai-responses-v1", "bedrock-openai-responses-v1", "bedrock-xai-responses-v1", "xai-responses-v1", "meta-responses-v1", "anthropic-claude-v1", "google-gemini-v1"))

/**
 * The type of {@link ReasoningFormat}.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningFormat = typeof ReasoningFormat.Type

/**
 * `ResponseHealingPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseHealingPlugin = tolerant(Schema.Struct({
  enabled: Schema.optional(Schema.Boolean),
  id: Schema.Literal("response-healing")
}))

/**
 * The type of {@link ResponseHealingPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponseHealingPlugin = typeof ResponseHealingPlugin.Type

/**
 * Configuration for the openrouter:experimental__search_models server tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const SearchModelsServerToolConfig = tolerant(Schema.Struct({
  max_results: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link SearchModelsServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type SearchModelsServerToolConfig = typeof SearchModelsServerToolConfig.Type

/**
 * Usage for server-side tool execution (e.g., web search)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerToolUseDetails = Schema.NullOr(tolerant(Schema.Struct({
  tool_calls_executed: Schema.optional(Schema.NullOr(Schema.Number)),
  tool_calls_requested: Schema.optional(Schema.NullOr(Schema.Number)),
  web_search_requests: Schema.optional(Schema.NullOr(Schema.Number))
})))

/**
 * The type of {@link ServerToolUseDetails}.
 *
 * @since 0.1.0
 * @category models
 */
export type ServerToolUseDetails = typeof ServerToolUseDetails.Type

/**
 * Which shell engine to use.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerToolEngine = openLiteral("auto", "openrouter")

/**
 * The type of {@link ShellServerToolEngine}.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerToolEngine = typeof ShellServerToolEngine.Type

/**
 * Server-side execution environment for the shell tool.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerToolEnvironment = Schema.Union(
  ContainerAutoEnvironment,
  ContainerReferenceEnvironment,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link ShellServerToolEnvironment}.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerToolEnvironment = typeof ShellServerToolEnvironment.Type

/**
 * Configuration for the openrouter:shell server tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerToolConfig = tolerant(Schema.Struct({
  engine: Schema.optional(ShellServerToolEngine),
  environment: Schema.optional(ShellServerToolEnvironment),
  sleep_after_seconds: Schema.optional(SandboxSleepAfterSeconds)
}))

/**
 * The type of {@link ShellServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerToolConfig = typeof ShellServerToolConfig.Type

/**
 * OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container (a sandbox-backed clone of OpenAI's hosted shell tool)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerToolOpenRouter = tolerant(Schema.Struct({
  parameters: Schema.optional(ShellServerToolConfig),
  type: Schema.Literal("openrouter:shell")
}))

/**
 * The type of {@link ShellServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerToolOpenRouter = typeof ShellServerToolOpenRouter.Type

/**
 * Stop when the upstream model emits this finish reason (e.g.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenFinishReasonIs = tolerant(Schema.Struct({
  reason: Schema.String,
  type: Schema.Literal("finish_reason_is")
}))

/**
 * The type of {@link StopServerToolsWhenFinishReasonIs}.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenFinishReasonIs = typeof StopServerToolsWhenFinishReasonIs.Type

/**
 * Stop after a tool with this name has been called.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenHasToolCall = tolerant(Schema.Struct({
  tool_name: Schema.String,
  type: Schema.Literal("has_tool_call")
}))

/**
 * The type of {@link StopServerToolsWhenHasToolCall}.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenHasToolCall = typeof StopServerToolsWhenHasToolCall.Type

/**
 * Stop once cumulative cost across the loop exceeds this dollar threshold.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenMaxCost = tolerant(Schema.Struct({
  max_cost_in_dollars: Schema.Number,
  type: Schema.Literal("max_cost")
}))

/**
 * The type of {@link StopServerToolsWhenMaxCost}.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenMaxCost = typeof StopServerToolsWhenMaxCost.Type

/**
 * Stop once cumulative token usage across the loop exceeds this threshold.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenMaxTokensUsed = tolerant(Schema.Struct({
  max_tokens: Schema.Number,
  type: Schema.Literal("max_tokens_used")
}))

/**
 * The type of {@link StopServerToolsWhenMaxTokensUsed}.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenMaxTokensUsed = typeof StopServerToolsWhenMaxTokensUsed.Type

/**
 * Stop after the agent loop has executed this many steps.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenStepCountIs = tolerant(Schema.Struct({
  step_count: Schema.Number,
  type: Schema.Literal("step_count_is")
}))

/**
 * The type of {@link StopServerToolsWhenStepCountIs}.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenStepCountIs = typeof StopServerToolsWhenStepCountIs.Type

/**
 * A single condition that, when met, halts the server-tool agent loop.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenCondition = Schema.Union(
  StopServerToolsWhenStepCountIs,
  StopServerToolsWhenHasToolCall,
  StopServerToolsWhenMaxTokensUsed,
  StopServerToolsWhenMaxCost,
  StopServerToolsWhenFinishReasonIs,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link StopServerToolsWhenCondition}.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenCondition = typeof StopServerToolsWhenCondition.Type

/**
 * Stop conditions for the server-tool agent loop.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhen = Schema.Array(StopServerToolsWhenCondition)

/**
 * The type of {@link StopServerToolsWhen}.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhen = typeof StopServerToolsWhen.Type

/**
 * A tool made available to the subagent.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubagentNestedTool = tolerant(Schema.Struct({
  parameters: Schema.optional(JsonObject),
  type: Schema.String
}))

/**
 * The type of {@link SubagentNestedTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type SubagentNestedTool = typeof SubagentNestedTool.Type

/**
 * Reasoning configuration forwarded to the subagent call.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubagentReasoning = tolerant(Schema.Struct({
  effort: Schema.optional(openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none")),
  max_tokens: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link SubagentReasoning}.
 *
 * @since 0.1.0
 * @category models
 */
export type SubagentReasoning = typeof SubagentReasoning.Type

/**
 * Configuration for one openrouter:subagent server tool entry.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubagentServerToolConfig = tolerant(Schema.Struct({
  inherit_functions: Schema.optional(Schema.Boolean),
  inherited_function_names: Schema.optional(Schema.Array(Schema.String)),
  instructions: Schema.optional(Schema.String),
  max_completion_tokens: Schema.optional(Schema.Number),
  max_tool_calls: Schema.optional(Schema.Number),
  model: Schema.optional(Schema.String),
  name: Schema.optional(Schema.String),
  reasoning: Schema.optional(SubagentReasoning),
  temperature: Schema.optional(Schema.Number),
  tools: Schema.optional(Schema.Array(SubagentNestedTool))
}))

/**
 * The type of {@link SubagentServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type SubagentServerToolConfig = typeof SubagentServerToolConfig.Type

/**
 * OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper, faster worker model (every OpenRouter model) mid-generation and returns its outcome.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubagentServerToolOpenRouter = tolerant(Schema.Struct({
  parameters: Schema.optional(SubagentServerToolConfig),
  type: Schema.Literal("openrouter:subagent")
}))

/**
 * The type of {@link SubagentServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category models
 */
export type SubagentServerToolOpenRouter = typeof SubagentServerToolOpenRouter.Type

/**
 * Configuration for the openrouter:tool_search server tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolSearchServerToolConfig = tolerant(Schema.Struct({
  max_results: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link ToolSearchServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ToolSearchServerToolConfig = typeof ToolSearchServerToolConfig.Type

/**
 * OpenRouter built-in server tool: finds tools marked `defer_loading` and makes them callable
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolSearchServerTool = tolerant(Schema.Struct({
  parameters: Schema.optional(ToolSearchServerToolConfig),
  type: Schema.Literal("openrouter:tool_search")
}))

/**
 * The type of {@link ToolSearchServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type ToolSearchServerTool = typeof ToolSearchServerTool.Type

/**
 * Metadata for observability and tracing.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TraceConfig = tolerant(Schema.Struct({
  generation_name: Schema.optional(Schema.String),
  parent_span_id: Schema.optional(Schema.String),
  span_name: Schema.optional(Schema.String),
  trace_id: Schema.optional(Schema.String),
  trace_name: Schema.optional(Schema.String)
}))

/**
 * The type of {@link TraceConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type TraceConfig = typeof TraceConfig.Type

/**
 * Which fetch engine to use.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebFetchEngineEnum = openLiteral("auto", "native", "openrouter", "exa", "parallel", "firecrawl")

/**
 * The type of {@link WebFetchEngineEnum}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebFetchEngineEnum = typeof WebFetchEngineEnum.Type

/**
 * `WebFetchPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebFetchPlugin = tolerant(Schema.Struct({
  allowed_domains: Schema.optional(Schema.Array(Schema.String)),
  blocked_domains: Schema.optional(Schema.Array(Schema.String)),
  id: Schema.Literal("web-fetch"),
  max_content_tokens: Schema.optional(Schema.Number),
  max_uses: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link WebFetchPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebFetchPlugin = typeof WebFetchPlugin.Type

/**
 * Configuration for the openrouter:web_fetch server tool
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebFetchServerToolConfig = tolerant(Schema.Struct({
  allowed_domains: Schema.optional(Schema.Array(Schema.String)),
  blocked_domains: Schema.optional(Schema.Array(Schema.String)),
  engine: Schema.optional(WebFetchEngineEnum),
  max_content_tokens: Schema.optional(Schema.Number),
  max_uses: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link WebFetchServerToolConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebFetchServerToolConfig = typeof WebFetchServerToolConfig.Type

/**
 * OpenRouter built-in server tool: fetches full content from a URL (web page or PDF)
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebFetchServerTool = tolerant(Schema.Struct({
  parameters: Schema.optional(WebFetchServerToolConfig),
  type: Schema.Literal("openrouter:web_fetch")
}))

/**
 * The type of {@link WebFetchServerTool}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebFetchServerTool = typeof WebFetchServerTool.Type

/**
 * The search engine to use for web search.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchEngine = openLiteral("native", "exa", "firecrawl", "parallel", "perplexity")

/**
 * The type of {@link WebSearchEngine}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchEngine = typeof WebSearchEngine.Type

/**
 * User location information for web search
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchUserLocation = Schema.NullOr(tolerant(Schema.Struct({
  city: Schema.optional(Schema.NullOr(Schema.String)),
  country: Schema.optional(Schema.NullOr(Schema.String)),
  region: Schema.optional(Schema.NullOr(Schema.String)),
  timezone: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.optional(openLiteral("approximate"))
})))

/**
 * The type of {@link WebSearchUserLocation}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchUserLocation = typeof WebSearchUserLocation.Type

/**
 * `WebSearchPlugin` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchPlugin = tolerant(Schema.Struct({
  enabled: Schema.optional(Schema.Boolean),
  engine: Schema.optional(WebSearchEngine),
  exclude_domains: Schema.optional(Schema.Array(Schema.String)),
  id: Schema.Literal("web"),
  include_domains: Schema.optional(Schema.Array(Schema.String)),
  max_results: Schema.optional(Schema.Number),
  max_uses: Schema.optional(Schema.Number),
  mode: Schema.optional(WebSearchMode),
  search_prompt: Schema.optional(Schema.String),
  user_location: Schema.optional(WebSearchUserLocation)
}))

/**
 * The type of {@link WebSearchPlugin}.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchPlugin = typeof WebSearchPlugin.Type
