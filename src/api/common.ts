/**
 * The schemas several tags of the API share (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as S from "./internal.js"

/**
 * Artificial Analysis benchmark index scores.
 *
 * @since 0.1.0
 * @category models
 */
export type AABenchmarkEntry = {
  readonly agentic_index?: number | null | undefined
  readonly coding_index?: number | null | undefined
  readonly intelligence_index?: number | null | undefined
}

/**
 * The schema of {@link AABenchmarkEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AABenchmarkEntry: Schema.Schema<AABenchmarkEntry> = S.Struct({
  agentic_index: S.optional(S.NullOr(S.Number)),
  coding_index: S.optional(S.NullOr(S.Number)),
  intelligence_index: S.optional(S.NullOr(S.Number))
})

/**
 * Reasoning configuration forwarded to the advisor call.
 *
 * @since 0.1.0
 * @category models
 */
export type AdvisorReasoning = {
  readonly effort?: "max" | "xhigh" | "high" | "medium" | "low" | "minimal" | "none" | (string & {}) | undefined
  readonly max_tokens?: number | undefined
}

/**
 * The schema of {@link AdvisorReasoning}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvisorReasoning: Schema.Schema<AdvisorReasoning> = S.Struct({
  effort: S.optional(S.openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none")),
  max_tokens: S.optional(S.Number)
})

/**
 * Configuration for one openrouter:advisor server tool entry.
 *
 * @since 0.1.0
 * @category models
 */
export type AdvisorServerToolConfig = {
  readonly forward_transcript?: boolean | undefined
  readonly instructions?: string | undefined
  readonly max_completion_tokens?: number | undefined
  readonly model?: string | undefined
  readonly name?: string | undefined
  readonly reasoning?: AdvisorReasoning | undefined
  readonly stream?: boolean | undefined
  readonly temperature?: number | undefined
}

/**
 * The schema of {@link AdvisorServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvisorServerToolConfig: Schema.Schema<AdvisorServerToolConfig> = S.Struct({
  forward_transcript: S.optional(S.Boolean),
  instructions: S.optional(S.String),
  max_completion_tokens: S.optional(S.Number),
  model: S.optional(S.String),
  name: S.optional(S.String),
  reasoning: S.optional(AdvisorReasoning),
  stream: S.optional(S.Boolean),
  temperature: S.optional(S.Number)
})

/**
 * OpenRouter built-in server tool: consults a higher-intelligence advisor model (every OpenRouter model) for guidance mid-generation and returns its response.
 *
 * @since 0.1.0
 * @category models
 */
export type AdvisorServerToolOpenRouter = {
  readonly parameters?: AdvisorServerToolConfig | undefined
  readonly type: "openrouter:advisor"
}

/**
 * The schema of {@link AdvisorServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdvisorServerToolOpenRouter: Schema.Schema<AdvisorServerToolOpenRouter> = S.Struct({
  parameters: S.optional(AdvisorServerToolConfig),
  type: S.Literal("openrouter:advisor")
})

/**
 * `AnthropicIterationCacheCreation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicIterationCacheCreation = {
  readonly ephemeral_1h_input_tokens?: number | undefined
  readonly ephemeral_5m_input_tokens?: number | undefined
} | null

/**
 * The schema of {@link AnthropicIterationCacheCreation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicIterationCacheCreation: Schema.Schema<AnthropicIterationCacheCreation> = S.NullOr(S.Struct({
  ephemeral_1h_input_tokens: S.optional(S.Number),
  ephemeral_5m_input_tokens: S.optional(S.Number)
}))

/**
 * `AnthropicBaseUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicBaseUsageIteration = {
  readonly cache_creation?: AnthropicIterationCacheCreation | undefined
  readonly cache_creation_input_tokens?: number | undefined
  readonly cache_read_input_tokens?: number | undefined
  readonly input_tokens?: number | undefined
  readonly output_tokens?: number | undefined
}

/**
 * The schema of {@link AnthropicBaseUsageIteration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicBaseUsageIteration: Schema.Schema<AnthropicBaseUsageIteration> = S.Struct({
  cache_creation: S.optional(AnthropicIterationCacheCreation),
  cache_creation_input_tokens: S.optional(S.Number),
  cache_read_input_tokens: S.optional(S.Number),
  input_tokens: S.optional(S.Number),
  output_tokens: S.optional(S.Number)
})

/**
 * `AnthropicAdvisorMessageUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicAdvisorMessageUsageIteration = {
  readonly cache_creation?: AnthropicIterationCacheCreation | undefined
  readonly cache_creation_input_tokens?: number | undefined
  readonly cache_read_input_tokens?: number | undefined
  readonly input_tokens?: number | undefined
  readonly output_tokens?: number | undefined
  readonly model: string
  readonly type: "advisor_message"
}

/**
 * The schema of {@link AnthropicAdvisorMessageUsageIteration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicAdvisorMessageUsageIteration: Schema.Schema<AnthropicAdvisorMessageUsageIteration> = S.Struct({
  cache_creation: S.optional(AnthropicIterationCacheCreation),
  cache_creation_input_tokens: S.optional(S.Number),
  cache_read_input_tokens: S.optional(S.Number),
  input_tokens: S.optional(S.Number),
  output_tokens: S.optional(S.Number),
  model: S.String,
  type: S.Literal("advisor_message")
})

/**
 * `AnthropicCacheControlTtl` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCacheControlTtl = "5m" | "1h" | (string & {})

/**
 * The schema of {@link AnthropicCacheControlTtl}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCacheControlTtl: Schema.Schema<AnthropicCacheControlTtl> = S.openLiteral("5m", "1h")

/**
 * Enable automatic prompt caching.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCacheControlDirective = {
  readonly ttl?: AnthropicCacheControlTtl | undefined
  readonly type: "ephemeral"
}

/**
 * The schema of {@link AnthropicCacheControlDirective}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCacheControlDirective: Schema.Schema<AnthropicCacheControlDirective> = S.Struct({
  ttl: S.optional(AnthropicCacheControlTtl),
  type: S.Literal("ephemeral")
})

/**
 * `AnthropicCacheCreation` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCacheCreation = {
  readonly ephemeral_1h_input_tokens: number
  readonly ephemeral_5m_input_tokens: number
} | null

/**
 * The schema of {@link AnthropicCacheCreation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCacheCreation: Schema.Schema<AnthropicCacheCreation> = S.NullOr(S.Struct({
  ephemeral_1h_input_tokens: S.Number,
  ephemeral_5m_input_tokens: S.Number
}))

/**
 * `AnthropicCompactionUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicCompactionUsageIteration = {
  readonly cache_creation?: AnthropicIterationCacheCreation | undefined
  readonly cache_creation_input_tokens?: number | undefined
  readonly cache_read_input_tokens?: number | undefined
  readonly input_tokens?: number | undefined
  readonly output_tokens?: number | undefined
  readonly type: "compaction"
}

/**
 * The schema of {@link AnthropicCompactionUsageIteration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicCompactionUsageIteration: Schema.Schema<AnthropicCompactionUsageIteration> = S.Struct({
  cache_creation: S.optional(AnthropicIterationCacheCreation),
  cache_creation_input_tokens: S.optional(S.Number),
  cache_read_input_tokens: S.optional(S.Number),
  input_tokens: S.optional(S.Number),
  output_tokens: S.optional(S.Number),
  type: S.Literal("compaction")
})

/**
 * `AnthropicMessageUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicMessageUsageIteration = {
  readonly cache_creation?: AnthropicIterationCacheCreation | undefined
  readonly cache_creation_input_tokens?: number | undefined
  readonly cache_read_input_tokens?: number | undefined
  readonly input_tokens?: number | undefined
  readonly output_tokens?: number | undefined
  readonly model?: string | undefined
  readonly type: "message"
}

/**
 * The schema of {@link AnthropicMessageUsageIteration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicMessageUsageIteration: Schema.Schema<AnthropicMessageUsageIteration> = S.Struct({
  cache_creation: S.optional(AnthropicIterationCacheCreation),
  cache_creation_input_tokens: S.optional(S.Number),
  cache_read_input_tokens: S.optional(S.Number),
  input_tokens: S.optional(S.Number),
  output_tokens: S.optional(S.Number),
  model: S.optional(S.String),
  type: S.Literal("message")
})

/**
 * `AnthropicSpeed` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicSpeed = "fast" | "standard" | (string & {}) | null

/**
 * The schema of {@link AnthropicSpeed}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicSpeed: Schema.Schema<AnthropicSpeed> = S.NullOr(S.openLiteral("fast", "standard"))

/**
 * `AnthropicUnknownUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUnknownUsageIteration = {
  readonly cache_creation?: AnthropicIterationCacheCreation | undefined
  readonly cache_creation_input_tokens?: number | undefined
  readonly cache_read_input_tokens?: number | undefined
  readonly input_tokens?: number | undefined
  readonly output_tokens?: number | undefined
  readonly type: string
}

/**
 * The schema of {@link AnthropicUnknownUsageIteration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUnknownUsageIteration: Schema.Schema<AnthropicUnknownUsageIteration> = S.Struct({
  cache_creation: S.optional(AnthropicIterationCacheCreation),
  cache_creation_input_tokens: S.optional(S.Number),
  cache_read_input_tokens: S.optional(S.Number),
  input_tokens: S.optional(S.Number),
  output_tokens: S.optional(S.Number),
  type: S.String
})

/**
 * `AnthropicUsageIteration` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AnthropicUsageIteration = AnthropicCompactionUsageIteration | AnthropicMessageUsageIteration | AnthropicAdvisorMessageUsageIteration | AnthropicUnknownUsageIteration | { readonly type?: string | undefined }

/**
 * The schema of {@link AnthropicUsageIteration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnthropicUsageIteration: Schema.Schema<AnthropicUsageIteration> = S.Union(
  AnthropicCompactionUsageIteration,
  AnthropicMessageUsageIteration,
  AnthropicAdvisorMessageUsageIteration,
  AnthropicUnknownUsageIteration,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `AutoBetaRouterPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AutoBetaRouterPlugin = {
  readonly allowed_models?: ReadonlyArray<string> | undefined
  readonly cost_quality_tradeoff?: number | undefined
  readonly cost_tier?: "low" | "medium" | "high" | "xhigh" | "max" | (string & {}) | undefined
  readonly enabled?: boolean | undefined
  readonly excluded_models?: ReadonlyArray<string> | undefined
  readonly id: "auto-beta-router"
}

/**
 * The schema of {@link AutoBetaRouterPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutoBetaRouterPlugin: Schema.Schema<AutoBetaRouterPlugin> = S.Struct({
  allowed_models: S.optional(S.Array(S.String)),
  cost_quality_tradeoff: S.optional(S.Number),
  cost_tier: S.optional(S.openLiteral("low", "medium", "high", "xhigh", "max")),
  enabled: S.optional(S.Boolean),
  excluded_models: S.optional(S.Array(S.String)),
  id: S.Literal("auto-beta-router")
})

/**
 * `AutoRouterPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AutoRouterPlugin = {
  readonly allowed_models?: ReadonlyArray<string> | undefined
  readonly cost_quality_tradeoff?: number | undefined
  readonly cost_tier?: "low" | "medium" | "high" | "xhigh" | "max" | (string & {}) | undefined
  readonly enabled?: boolean | undefined
  readonly excluded_models?: ReadonlyArray<string> | undefined
  readonly id: "auto-router"
  readonly pin_model?: boolean | undefined
}

/**
 * The schema of {@link AutoRouterPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutoRouterPlugin: Schema.Schema<AutoRouterPlugin> = S.Struct({
  allowed_models: S.optional(S.Array(S.String)),
  cost_quality_tradeoff: S.optional(S.Number),
  cost_tier: S.optional(S.openLiteral("low", "medium", "high", "xhigh", "max")),
  enabled: S.optional(S.Boolean),
  excluded_models: S.optional(S.Array(S.String)),
  id: S.Literal("auto-router"),
  pin_model: S.optional(S.Boolean)
})

/**
 * Which bash engine to use.
 *
 * @since 0.1.0
 * @category models
 */
export type BashServerToolEngine = "auto" | "native" | "openrouter" | (string & {})

/**
 * The schema of {@link BashServerToolEngine}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BashServerToolEngine: Schema.Schema<BashServerToolEngine> = S.openLiteral("auto", "native", "openrouter")

/**
 * An OpenRouter-managed, auto-provisioned ephemeral container.
 *
 * @since 0.1.0
 * @category models
 */
export type ContainerAutoEnvironment = {
  readonly type: "container_auto"
}

/**
 * The schema of {@link ContainerAutoEnvironment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContainerAutoEnvironment: Schema.Schema<ContainerAutoEnvironment> = S.Struct({
  type: S.Literal("container_auto")
})

/**
 * Reference to a previously created container to reuse.
 *
 * @since 0.1.0
 * @category models
 */
export type ContainerReferenceEnvironment = {
  readonly container_id: string
  readonly type: "container_reference"
}

/**
 * The schema of {@link ContainerReferenceEnvironment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContainerReferenceEnvironment: Schema.Schema<ContainerReferenceEnvironment> = S.Struct({
  container_id: S.String,
  type: S.Literal("container_reference")
})

/**
 * Execution environment for the bash server tool.
 *
 * @since 0.1.0
 * @category models
 */
export type BashServerToolEnvironment = ContainerAutoEnvironment | ContainerReferenceEnvironment | { readonly type?: string | undefined }

/**
 * The schema of {@link BashServerToolEnvironment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BashServerToolEnvironment: Schema.Schema<BashServerToolEnvironment> = S.Union(
  ContainerAutoEnvironment,
  ContainerReferenceEnvironment,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * How long (in seconds) the container stays warm after its last command before sleeping, freeing its capacity slot.
 *
 * @since 0.1.0
 * @category models
 */
export type SandboxSleepAfterSeconds = number

/**
 * The schema of {@link SandboxSleepAfterSeconds}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SandboxSleepAfterSeconds: Schema.Schema<SandboxSleepAfterSeconds> = S.Number

/**
 * Configuration for the openrouter:bash server tool
 *
 * @since 0.1.0
 * @category models
 */
export type BashServerToolConfig = {
  readonly engine?: BashServerToolEngine | undefined
  readonly environment?: BashServerToolEnvironment | undefined
  readonly sleep_after_seconds?: SandboxSleepAfterSeconds | undefined
}

/**
 * The schema of {@link BashServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BashServerToolConfig: Schema.Schema<BashServerToolConfig> = S.Struct({
  engine: S.optional(BashServerToolEngine),
  environment: S.optional(BashServerToolEnvironment),
  sleep_after_seconds: S.optional(SandboxSleepAfterSeconds)
})

/**
 * OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container
 *
 * @since 0.1.0
 * @category models
 */
export type BashServerTool = {
  readonly parameters?: BashServerToolConfig | undefined
  readonly type: "openrouter:bash"
}

/**
 * The schema of {@link BashServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BashServerTool: Schema.Schema<BashServerTool> = S.Struct({
  parameters: S.optional(BashServerToolConfig),
  type: S.Literal("openrouter:bash")
})

/**
 * Debug options for inspecting request transformations (streaming only)
 *
 * @since 0.1.0
 * @category models
 */
export type ChatDebugOptions = {
  readonly echo_upstream_body?: boolean | undefined
}

/**
 * The schema of {@link ChatDebugOptions}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatDebugOptions: Schema.Schema<ChatDebugOptions> = S.Struct({
  echo_upstream_body: S.optional(S.Boolean)
})

/**
 * `ContentPartImage` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartImage = {
  readonly image_url: {
    readonly url: string
  }
  readonly type: "image_url"
}

/**
 * The schema of {@link ContentPartImage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartImage: Schema.Schema<ContentPartImage> = S.Struct({
  image_url: S.Struct({
    url: S.String
  }),
  type: S.Literal("image_url")
})

/**
 * The compression engine to use.
 *
 * @since 0.1.0
 * @category models
 */
export type ContextCompressionEngine = "middle-out" | (string & {})

/**
 * The schema of {@link ContextCompressionEngine}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContextCompressionEngine: Schema.Schema<ContextCompressionEngine> = S.openLiteral("middle-out")

/**
 * `ContextCompressionPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ContextCompressionPlugin = {
  readonly enabled?: boolean | undefined
  readonly engine?: ContextCompressionEngine | undefined
  readonly id: "context-compression"
}

/**
 * The schema of {@link ContextCompressionPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContextCompressionPlugin: Schema.Schema<ContextCompressionPlugin> = S.Struct({
  enabled: S.optional(S.Boolean),
  engine: S.optional(ContextCompressionEngine),
  id: S.Literal("context-compression")
})

/**
 * Breakdown of upstream inference costs
 *
 * @since 0.1.0
 * @category models
 */
export type CostDetails = {
  readonly upstream_inference_completions_cost: number
  readonly upstream_inference_cost?: number | null | undefined
  readonly upstream_inference_prompt_cost: number
} | null

/**
 * The schema of {@link CostDetails}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CostDetails: Schema.Schema<CostDetails> = S.NullOr(S.Struct({
  upstream_inference_completions_cost: S.Number,
  upstream_inference_cost: S.optional(S.NullOr(S.Number)),
  upstream_inference_prompt_cost: S.Number
}))

/**
 * A single Design Arena benchmark entry for a specific arena+category
 *
 * @since 0.1.0
 * @category models
 */
export type DABenchmarkEntry = {
  readonly arena: string
  readonly category: string
  readonly elo: number
  readonly rank: number
  readonly win_rate: number
}

/**
 * The schema of {@link DABenchmarkEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DABenchmarkEntry: Schema.Schema<DABenchmarkEntry> = S.Struct({
  arena: S.String,
  category: S.String,
  elo: S.Number,
  rank: S.Number,
  win_rate: S.Number
})

/**
 * Configuration for the openrouter:datetime server tool
 *
 * @since 0.1.0
 * @category models
 */
export type DatetimeServerToolConfig = {
  readonly timezone?: string | undefined
}

/**
 * The schema of {@link DatetimeServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DatetimeServerToolConfig: Schema.Schema<DatetimeServerToolConfig> = S.Struct({
  timezone: S.optional(S.String)
})

/**
 * OpenRouter built-in server tool: returns the current date and time
 *
 * @since 0.1.0
 * @category models
 */
export type DatetimeServerTool = {
  readonly parameters?: DatetimeServerToolConfig | undefined
  readonly type: "openrouter:datetime"
}

/**
 * The schema of {@link DatetimeServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DatetimeServerTool: Schema.Schema<DatetimeServerTool> = S.Struct({
  parameters: S.optional(DatetimeServerToolConfig),
  type: S.Literal("openrouter:datetime")
})

/**
 * Default parameters for this model
 *
 * @since 0.1.0
 * @category models
 */
export type DefaultParameters = {
  readonly frequency_penalty?: number | null | undefined
  readonly presence_penalty?: number | null | undefined
  readonly repetition_penalty?: number | null | undefined
  readonly temperature?: number | null | undefined
  readonly top_k?: number | null | undefined
  readonly top_p?: number | null | undefined
} | null

/**
 * The schema of {@link DefaultParameters}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DefaultParameters: Schema.Schema<DefaultParameters> = S.NullOr(S.Struct({
  frequency_penalty: S.optional(S.NullOr(S.Number)),
  presence_penalty: S.optional(S.NullOr(S.Number)),
  repetition_penalty: S.optional(S.NullOr(S.Number)),
  temperature: S.optional(S.NullOr(S.Number)),
  top_k: S.optional(S.NullOr(S.Number)),
  top_p: S.optional(S.NullOr(S.Number))
}))

/**
 * **DEPRECATED** Use providers.sort.partition instead.
 *
 * @since 0.1.0
 * @category models
 */
export type DeprecatedRoute = "fallback" | "sort" | (string & {}) | null

/**
 * The schema of {@link DeprecatedRoute}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeprecatedRoute: Schema.Schema<DeprecatedRoute> = S.NullOr(S.openLiteral("fallback", "sort"))

/**
 * `EndpointInfo` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type EndpointInfo = {
  readonly model: string
  readonly provider: string
  readonly selected: boolean
}

/**
 * The schema of {@link EndpointInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EndpointInfo: Schema.Schema<EndpointInfo> = S.Struct({
  model: S.String,
  provider: S.String,
  selected: S.Boolean
})

/**
 * `EndpointsMetadata` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type EndpointsMetadata = {
  readonly available: ReadonlyArray<EndpointInfo>
  readonly total: number
}

/**
 * The schema of {@link EndpointsMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EndpointsMetadata: Schema.Schema<EndpointsMetadata> = S.Struct({
  available: S.Array(EndpointInfo),
  total: S.Number
})

/**
 * The engine to use for parsing PDF files.
 *
 * @since 0.1.0
 * @category models
 */
export type PDFParserEngine = "mistral-ocr" | "native" | "cloudflare-ai" | "pdf-text" | (string & {})

/**
 * The schema of {@link PDFParserEngine}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PDFParserEngine: Schema.Schema<PDFParserEngine> = S.openLiteral("mistral-ocr", "native", "cloudflare-ai", "pdf-text")

/**
 * Options for PDF parsing.
 *
 * @since 0.1.0
 * @category models
 */
export type PDFParserOptions = {
  readonly engine?: PDFParserEngine | undefined
}

/**
 * The schema of {@link PDFParserOptions}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PDFParserOptions: Schema.Schema<PDFParserOptions> = S.Struct({
  engine: S.optional(PDFParserEngine)
})

/**
 * `FileParserPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type FileParserPlugin = {
  readonly enabled?: boolean | undefined
  readonly id: "file-parser"
  readonly pdf?: PDFParserOptions | undefined
}

/**
 * The schema of {@link FileParserPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileParserPlugin: Schema.Schema<FileParserPlugin> = S.Struct({
  enabled: S.optional(S.Boolean),
  id: S.Literal("file-parser"),
  pdf: S.optional(PDFParserOptions)
})

/**
 * Configuration for the openrouter:files server tool
 *
 * @since 0.1.0
 * @category models
 */
export type FilesServerToolConfig = { readonly [x: string]: unknown }

/**
 * The schema of {@link FilesServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FilesServerToolConfig: Schema.Schema<FilesServerToolConfig> = S.JsonObject

/**
 * OpenRouter built-in server tool: read, write, edit, and list workspace files via the Files API.
 *
 * @since 0.1.0
 * @category models
 */
export type FilesServerTool = {
  readonly parameters?: FilesServerToolConfig | undefined
  readonly type: "openrouter:files"
}

/**
 * The schema of {@link FilesServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FilesServerTool: Schema.Schema<FilesServerTool> = S.Struct({
  parameters: S.optional(FilesServerToolConfig),
  type: S.Literal("openrouter:files")
})

/**
 * `FusionPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionPlugin = {
  readonly analysis_models?: ReadonlyArray<string> | undefined
  readonly enabled?: boolean | undefined
  readonly id: "fusion"
  readonly max_tool_calls?: number | undefined
  readonly model?: string | undefined
  readonly preset?: "general-high" | "general-budget" | "general-fast" | (string & {}) | undefined
  readonly tools?: ReadonlyArray<{
    readonly parameters?: { readonly [x: string]: string | number | boolean | ReadonlyArray<string | number | boolean | null> | { readonly [x: string]: string | number | boolean | null } | null } | undefined
    readonly type: string
  }> | undefined
}

/**
 * The schema of {@link FusionPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionPlugin: Schema.Schema<FusionPlugin> = S.Struct({
  analysis_models: S.optional(S.Array(S.String)),
  enabled: S.optional(S.Boolean),
  id: S.Literal("fusion"),
  max_tool_calls: S.optional(S.Number),
  model: S.optional(S.String),
  preset: S.optional(S.openLiteral("general-high", "general-budget", "general-fast")),
  tools: S.optional(S.Array(S.Struct({
    parameters: S.optional(S.Record(S.NullOr(S.Union(
      S.String,
      S.Number,
      S.Boolean,
      S.Array(S.NullOr(S.Union(
        S.String,
        S.Number,
        S.Boolean
      ))),
      S.Record(S.NullOr(S.Union(
        S.String,
        S.Number,
        S.Boolean
      )))
    )))),
    type: S.String
  })))
})

/**
 * Configuration for the openrouter:fusion server tool.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionServerToolConfig = {
  readonly analysis_models?: ReadonlyArray<string> | undefined
  readonly cache_control?: AnthropicCacheControlDirective | undefined
  readonly max_completion_tokens?: number | undefined
  readonly max_tool_calls?: number | undefined
  readonly model?: string | undefined
  readonly reasoning?: {
    readonly effort?: "max" | "xhigh" | "high" | "medium" | "low" | "minimal" | "none" | (string & {}) | undefined
    readonly max_tokens?: number | undefined
  } | undefined
  readonly temperature?: number | undefined
  readonly tools?: ReadonlyArray<{
    readonly parameters?: { readonly [x: string]: unknown } | undefined
    readonly type: string
  }> | undefined
}

/**
 * The schema of {@link FusionServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionServerToolConfig: Schema.Schema<FusionServerToolConfig> = S.Struct({
  analysis_models: S.optional(S.Array(S.String)),
  cache_control: S.optional(AnthropicCacheControlDirective),
  max_completion_tokens: S.optional(S.Number),
  max_tool_calls: S.optional(S.Number),
  model: S.optional(S.String),
  reasoning: S.optional(S.Struct({
    effort: S.optional(S.openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none")),
    max_tokens: S.optional(S.Number)
  })),
  temperature: S.optional(S.Number),
  tools: S.optional(S.Array(S.Struct({
    parameters: S.optional(S.JsonObject),
    type: S.String
  })))
})

/**
 * OpenRouter built-in server tool: fans out the user prompt to a panel of analysis models, then asks an analyst model to summarize their collective output as structured JSON the outer model can synthesize from.
 *
 * @since 0.1.0
 * @category models
 */
export type FusionServerToolOpenRouter = {
  readonly parameters?: FusionServerToolConfig | undefined
  readonly type: "openrouter:fusion"
}

/**
 * The schema of {@link FusionServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FusionServerToolOpenRouter: Schema.Schema<FusionServerToolOpenRouter> = S.Struct({
  parameters: S.optional(FusionServerToolConfig),
  type: S.Literal("openrouter:fusion")
})

/**
 * Provider-specific image configuration options.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageConfig = { readonly [x: string]: string | number | ReadonlyArray<unknown> }

/**
 * The schema of {@link ImageConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageConfig: Schema.Schema<ImageConfig> = S.Record(S.Union(
  S.String,
  S.Number,
  S.Array(S.Unknown)
))

/**
 * Configuration for the openrouter:image_generation server tool.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationServerToolConfig = {
  readonly model?: string | undefined
}

/**
 * The schema of {@link ImageGenerationServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationServerToolConfig: Schema.Schema<ImageGenerationServerToolConfig> = S.Struct({
  model: S.optional(S.String)
})

/**
 * OpenRouter built-in server tool: generates images from text prompts using an image generation model
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationServerToolOpenRouter = {
  readonly parameters?: ImageGenerationServerToolConfig | undefined
  readonly type: "openrouter:image_generation"
}

/**
 * The schema of {@link ImageGenerationServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationServerToolOpenRouter: Schema.Schema<ImageGenerationServerToolOpenRouter> = S.Struct({
  parameters: S.optional(ImageGenerationServerToolConfig),
  type: S.Literal("openrouter:image_generation")
})

/**
 * `InputModality` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type InputModality = "text" | "image" | "file" | "audio" | "video" | (string & {})

/**
 * The schema of {@link InputModality}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputModality: Schema.Schema<InputModality> = S.openLiteral("text", "image", "file", "audio", "video")

/**
 * Instruction format type
 *
 * @since 0.1.0
 * @category models
 */
export type InstructType = "none" | "airoboros" | "alpaca" | "alpaca-modif" | "chatml" | "claude" | "code-llama" | "gemma" | "llama2" | "llama3" | "mistral" | "nemotron" | "neural" | "openchat" | "phi3" | "rwkv" | "vicuna" | "zephyr" | "deepseek-r1" | "deepseek-v3.1" | "qwq" | "qwen3" | (string & {}) | null

/**
 * The schema of {@link InstructType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InstructType: Schema.Schema<InstructType> = S.NullOr(S.openLiteral("none", "airoboros", "alpaca", "alpaca-modif", "chatml", "claude", "code-llama", "gemma", "llama2", "llama3", "mistral", "nemotron", "neural", "openchat", "phi3", "rwkv", "vicuna", "zephyr", "deepseek-r1", "deepseek-v3.1", "qwq", "qwen3"))

/**
 * Concrete model targeted by this tilde-latest alias, when applicable
 *
 * @since 0.1.0
 * @category models
 */
export type ModelAliasTarget = {
  readonly name: string
  readonly slug: string
}

/**
 * The schema of {@link ModelAliasTarget}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelAliasTarget: Schema.Schema<ModelAliasTarget> = S.Struct({
  name: S.String,
  slug: S.String
})

/**
 * Tokenizer type used by the model
 *
 * @since 0.1.0
 * @category models
 */
export type ModelGroup = "Router" | "Media" | "Other" | "GPT" | "Claude" | "Gemini" | "Gemma" | "Grok" | "Cohere" | "Nova" | "Qwen" | "Yi" | "DeepSeek" | "Mistral" | "Llama2" | "Llama3" | "Llama4" | "PaLM" | "RWKV" | "Qwen3" | (string & {})

/**
 * The schema of {@link ModelGroup}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelGroup: Schema.Schema<ModelGroup> = S.openLiteral("Router", "Media", "Other", "GPT", "Claude", "Gemini", "Gemma", "Grok", "Cohere", "Nova", "Qwen", "Yi", "DeepSeek", "Mistral", "Llama2", "Llama3", "Llama4", "PaLM", "RWKV", "Qwen3")

/**
 * `OutputModality` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputModality = "text" | "image" | "embeddings" | "audio" | "video" | "rerank" | "speech" | "transcription" | (string & {})

/**
 * The schema of {@link OutputModality}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputModality: Schema.Schema<OutputModality> = S.openLiteral("text", "image", "embeddings", "audio", "video", "rerank", "speech", "transcription")

/**
 * Model architecture information
 *
 * @since 0.1.0
 * @category models
 */
export type ModelArchitecture = {
  readonly input_modalities: ReadonlyArray<InputModality>
  readonly instruct_type?: InstructType | undefined
  readonly modality?: string | null | undefined
  readonly output_modalities: ReadonlyArray<OutputModality>
  readonly tokenizer?: ModelGroup | undefined
}

/**
 * The schema of {@link ModelArchitecture}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelArchitecture: Schema.Schema<ModelArchitecture> = S.Struct({
  input_modalities: S.Array(InputModality),
  instruct_type: S.optional(InstructType),
  modality: S.optional(S.NullOr(S.String)),
  output_modalities: S.Array(OutputModality),
  tokenizer: S.optional(ModelGroup)
})

/**
 * Third-party benchmark rankings for this model.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelBenchmarks = {
  readonly artificial_analysis?: AABenchmarkEntry | undefined
  readonly design_arena: ReadonlyArray<DABenchmarkEntry>
}

/**
 * The schema of {@link ModelBenchmarks}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelBenchmarks: Schema.Schema<ModelBenchmarks> = S.Struct({
  artificial_analysis: S.optional(AABenchmarkEntry),
  design_arena: S.Array(DABenchmarkEntry)
})

/**
 * Related API endpoints and resources for this model.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelLinks = {
  readonly details: string
}

/**
 * The schema of {@link ModelLinks}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelLinks: Schema.Schema<ModelLinks> = S.Struct({
  details: S.String
})

/**
 * `ReasoningEffort` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningEffort = "max" | "xhigh" | "high" | "medium" | "low" | "minimal" | "none" | (string & {}) | null

/**
 * The schema of {@link ReasoningEffort}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningEffort: Schema.Schema<ReasoningEffort> = S.NullOr(S.openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none"))

/**
 * Reasoning effort configuration.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelReasoning = {
  readonly default_effort?: ReasoningEffort | undefined
  readonly default_enabled?: boolean | undefined
  readonly mandatory: boolean
  readonly supported_efforts?: ReadonlyArray<ReasoningEffort> | null | undefined
  readonly supports_max_tokens?: boolean | undefined
}

/**
 * The schema of {@link ModelReasoning}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelReasoning: Schema.Schema<ModelReasoning> = S.Struct({
  default_effort: S.optional(ReasoningEffort),
  default_enabled: S.optional(S.Boolean),
  mandatory: S.Boolean,
  supported_efforts: S.optional(S.NullOr(S.Array(ReasoningEffort))),
  supports_max_tokens: S.optional(S.Boolean)
})

/**
 * `Parameter` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type Parameter = "temperature" | "top_p" | "top_k" | "min_p" | "top_a" | "frequency_penalty" | "presence_penalty" | "repetition_penalty" | "max_tokens" | "max_completion_tokens" | "logit_bias" | "logprobs" | "top_logprobs" | "prediction" | "seed" | "response_format" | "structured_outputs" | "stop" | "tools" | "tool_choice" | "parallel_tool_calls" | "include_reasoning" | "reasoning" | "reasoning_effort" | "web_search_options" | "verbosity" | (string & {})

/**
 * The schema of {@link Parameter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Parameter: Schema.Schema<Parameter> = S.openLiteral("temperature", "top_p", "top_k", "min_p", "top_a", "frequency_penalty", "presence_penalty", "repetition_penalty", "max_tokens", "max_completion_tokens", "logit_bias", "logprobs", "top_logprobs", "prediction", "seed", "response_format", "structured_outputs", "stop", "tools", "tool_choice", "parallel_tool_calls", "include_reasoning", "reasoning", "reasoning_effort", "web_search_options", "verbosity")

/**
 * Per-request token limits
 *
 * @since 0.1.0
 * @category models
 */
export type PerRequestLimits = {
  readonly completion_tokens: number
  readonly prompt_tokens: number
} | null

/**
 * The schema of {@link PerRequestLimits}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PerRequestLimits: Schema.Schema<PerRequestLimits> = S.NullOr(S.Struct({
  completion_tokens: S.Number,
  prompt_tokens: S.Number
}))

/**
 * A conditional override of the base pricing.
 *
 * @since 0.1.0
 * @category models
 */
export type PricingOverride = {
  readonly audio?: string | undefined
  readonly completion?: string | undefined
  readonly input_audio_cache?: string | undefined
  readonly input_cache_read?: string | undefined
  readonly input_cache_write?: string | undefined
  readonly input_cache_write_1h?: string | undefined
  readonly min_prompt_tokens?: number | undefined
  readonly prompt?: string | undefined
  readonly utc_end?: number | undefined
  readonly utc_start?: number | undefined
}

/**
 * The schema of {@link PricingOverride}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PricingOverride: Schema.Schema<PricingOverride> = S.Struct({
  audio: S.optional(S.String),
  completion: S.optional(S.String),
  input_audio_cache: S.optional(S.String),
  input_cache_read: S.optional(S.String),
  input_cache_write: S.optional(S.String),
  input_cache_write_1h: S.optional(S.String),
  min_prompt_tokens: S.optional(S.Number),
  prompt: S.optional(S.String),
  utc_end: S.optional(S.Number),
  utc_start: S.optional(S.Number)
})

/**
 * Pricing information for the model
 *
 * @since 0.1.0
 * @category models
 */
export type PublicPricing = {
  readonly audio?: string | undefined
  readonly audio_output?: string | undefined
  readonly completion: string
  readonly discount?: number | undefined
  readonly image?: string | undefined
  readonly image_output?: string | undefined
  readonly image_token?: string | undefined
  readonly input_audio_cache?: string | undefined
  readonly input_cache_read?: string | undefined
  readonly input_cache_write?: string | undefined
  readonly input_cache_write_1h?: string | undefined
  readonly internal_reasoning?: string | undefined
  readonly overrides?: ReadonlyArray<PricingOverride> | undefined
  readonly prompt: string
  readonly request?: string | undefined
  readonly web_search?: string | undefined
}

/**
 * The schema of {@link PublicPricing}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PublicPricing: Schema.Schema<PublicPricing> = S.Struct({
  audio: S.optional(S.String),
  audio_output: S.optional(S.String),
  completion: S.String,
  discount: S.optional(S.Number),
  image: S.optional(S.String),
  image_output: S.optional(S.String),
  image_token: S.optional(S.String),
  input_audio_cache: S.optional(S.String),
  input_cache_read: S.optional(S.String),
  input_cache_write: S.optional(S.String),
  input_cache_write_1h: S.optional(S.String),
  internal_reasoning: S.optional(S.String),
  overrides: S.optional(S.Array(PricingOverride)),
  prompt: S.String,
  request: S.optional(S.String),
  web_search: S.optional(S.String)
})

/**
 * Information about the top provider for this model
 *
 * @since 0.1.0
 * @category models
 */
export type TopProviderInfo = {
  readonly context_length?: number | null | undefined
  readonly is_moderated: boolean
  readonly max_completion_tokens?: number | null | undefined
}

/**
 * The schema of {@link TopProviderInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TopProviderInfo: Schema.Schema<TopProviderInfo> = S.Struct({
  context_length: S.optional(S.NullOr(S.Number)),
  is_moderated: S.Boolean,
  max_completion_tokens: S.optional(S.NullOr(S.Number))
})

/**
 * Information about an AI model available on OpenRouter
 *
 * @since 0.1.0
 * @category models
 */
export type Model = {
  readonly alias_target?: ModelAliasTarget | undefined
  readonly architecture: ModelArchitecture
  readonly benchmarks?: ModelBenchmarks | undefined
  readonly canonical_slug: string
  readonly context_length?: number | null | undefined
  readonly created: number
  readonly default_parameters?: DefaultParameters | undefined
  readonly description?: string | undefined
  readonly expiration_date?: string | null | undefined
  readonly hugging_face_id?: string | null | undefined
  readonly id: string
  readonly knowledge_cutoff?: string | null | undefined
  readonly links: ModelLinks
  readonly name: string
  readonly per_request_limits?: PerRequestLimits | undefined
  readonly pricing: PublicPricing
  readonly reasoning?: ModelReasoning | undefined
  readonly supported_parameters: ReadonlyArray<Parameter>
  readonly supported_voices?: ReadonlyArray<string> | null | undefined
  readonly top_provider: TopProviderInfo
}

/**
 * The schema of {@link Model}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Model: Schema.Schema<Model> = S.Struct({
  alias_target: S.optional(ModelAliasTarget),
  architecture: ModelArchitecture,
  benchmarks: S.optional(ModelBenchmarks),
  canonical_slug: S.String,
  context_length: S.optional(S.NullOr(S.Number)),
  created: S.Number,
  default_parameters: S.optional(DefaultParameters),
  description: S.optional(S.String),
  expiration_date: S.optional(S.NullOr(S.String)),
  hugging_face_id: S.optional(S.NullOr(S.String)),
  id: S.String,
  knowledge_cutoff: S.optional(S.NullOr(S.String)),
  links: ModelLinks,
  name: S.String,
  per_request_limits: S.optional(PerRequestLimits),
  pricing: PublicPricing,
  reasoning: S.optional(ModelReasoning),
  supported_parameters: S.Array(Parameter),
  supported_voices: S.optional(S.NullOr(S.Array(S.String))),
  top_provider: TopProviderInfo
})

/**
 * List of available models
 *
 * @since 0.1.0
 * @category models
 */
export type ModelsListResponseData = ReadonlyArray<Model>

/**
 * The schema of {@link ModelsListResponseData}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelsListResponseData: Schema.Schema<ModelsListResponseData> = S.Array(Model)

/**
 * List of available models
 *
 * @since 0.1.0
 * @category models
 */
export type ModelsListResponse = {
  readonly data: ModelsListResponseData
  readonly links?: {
    readonly next?: string | null | undefined
  } | undefined
  readonly total_count?: number | undefined
}

/**
 * The schema of {@link ModelsListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelsListResponse: Schema.Schema<ModelsListResponse> = S.Struct({
  data: ModelsListResponseData,
  links: S.optional(S.Struct({
    next: S.optional(S.NullOr(S.String))
  })),
  total_count: S.optional(S.Number)
})

/**
 * `ModerationPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ModerationPlugin = {
  readonly id: "moderation"
}

/**
 * The schema of {@link ModerationPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModerationPlugin: Schema.Schema<ModerationPlugin> = S.Struct({
  id: S.Literal("moderation")
})

/**
 * Categorical kind of a pipeline stage.
 *
 * @since 0.1.0
 * @category models
 */
export type PipelineStageType = "guardrail" | "plugin" | "server_tools" | "response_healing" | "context_compression" | (string & {})

/**
 * The schema of {@link PipelineStageType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PipelineStageType: Schema.Schema<PipelineStageType> = S.openLiteral("guardrail", "plugin", "server_tools", "response_healing", "context_compression")

/**
 * `PipelineStage` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type PipelineStage = {
  readonly cost_usd?: number | null | undefined
  readonly data?: { readonly [x: string]: unknown } | undefined
  readonly guardrail_id?: string | undefined
  readonly guardrail_scope?: string | undefined
  readonly name: string
  readonly summary?: string | undefined
  readonly type: PipelineStageType
}

/**
 * The schema of {@link PipelineStage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PipelineStage: Schema.Schema<PipelineStage> = S.Struct({
  cost_usd: S.optional(S.NullOr(S.Number)),
  data: S.optional(S.JsonObject),
  guardrail_id: S.optional(S.String),
  guardrail_scope: S.optional(S.String),
  name: S.String,
  summary: S.optional(S.String),
  type: PipelineStageType
})

/**
 * `RouterAttempt` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type RouterAttempt = {
  readonly model: string
  readonly provider: string
  readonly status: number
}

/**
 * The schema of {@link RouterAttempt}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RouterAttempt: Schema.Schema<RouterAttempt> = S.Struct({
  model: S.String,
  provider: S.String,
  status: S.Number
})

/**
 * `RouterParams` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type RouterParams = {
  readonly quality_floor?: number | undefined
  readonly throughput_floor?: number | undefined
  readonly version_group?: string | undefined
}

/**
 * The schema of {@link RouterParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RouterParams: Schema.Schema<RouterParams> = S.Struct({
  quality_floor: S.optional(S.Number),
  throughput_floor: S.optional(S.Number),
  version_group: S.optional(S.String)
})

/**
 * `RoutingStrategy` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type RoutingStrategy = "direct" | "auto" | "free" | "latest" | "alias" | "fallback" | "pareto" | "bodybuilder" | "fusion" | (string & {})

/**
 * The schema of {@link RoutingStrategy}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RoutingStrategy: Schema.Schema<RoutingStrategy> = S.openLiteral("direct", "auto", "free", "latest", "alias", "fallback", "pareto", "bodybuilder", "fusion")

/**
 * `OpenRouterMetadata` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type OpenRouterMetadata = {
  readonly attempt: number
  readonly attempts?: ReadonlyArray<RouterAttempt> | undefined
  readonly endpoints: EndpointsMetadata
  readonly is_byok: boolean
  readonly params?: RouterParams | undefined
  readonly pipeline?: ReadonlyArray<PipelineStage> | undefined
  readonly region?: string | null | undefined
  readonly requested: string
  readonly strategy: RoutingStrategy
  readonly summary: string
}

/**
 * The schema of {@link OpenRouterMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterMetadata: Schema.Schema<OpenRouterMetadata> = S.Struct({
  attempt: S.Number,
  attempts: S.optional(S.Array(RouterAttempt)),
  endpoints: EndpointsMetadata,
  is_byok: S.Boolean,
  params: S.optional(RouterParams),
  pipeline: S.optional(S.Array(PipelineStage)),
  region: S.optional(S.NullOr(S.String)),
  requested: S.String,
  strategy: RoutingStrategy,
  summary: S.String
})

/**
 * How much context to retrieve per result.
 *
 * @since 0.1.0
 * @category models
 */
export type SearchQualityLevel = "low" | "medium" | "high" | (string & {})

/**
 * The schema of {@link SearchQualityLevel}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SearchQualityLevel: Schema.Schema<SearchQualityLevel> = S.openLiteral("low", "medium", "high")

/**
 * Which search engine to use.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchEngineEnum = "native" | "exa" | "parallel" | "firecrawl" | "perplexity" | "auto" | (string & {})

/**
 * The schema of {@link WebSearchEngineEnum}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchEngineEnum: Schema.Schema<WebSearchEngineEnum> = S.openLiteral("native", "exa", "parallel", "firecrawl", "perplexity", "auto")

/**
 * Engine-native search mode.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchMode = "instant" | "fast" | "auto" | "deep-lite" | "deep" | "deep-reasoning" | "turbo" | "basic" | "advanced" | (string & {})

/**
 * The schema of {@link WebSearchMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchMode: Schema.Schema<WebSearchMode> = S.openLiteral("instant", "fast", "auto", "deep-lite", "deep", "deep-reasoning", "turbo", "basic", "advanced")

/**
 * Approximate user location for location-biased results.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchUserLocationServerTool = {
  readonly city?: string | null | undefined
  readonly country?: string | null | undefined
  readonly region?: string | null | undefined
  readonly timezone?: string | null | undefined
  readonly type?: "approximate" | (string & {}) | undefined
}

/**
 * The schema of {@link WebSearchUserLocationServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchUserLocationServerTool: Schema.Schema<WebSearchUserLocationServerTool> = S.Struct({
  city: S.optional(S.NullOr(S.String)),
  country: S.optional(S.NullOr(S.String)),
  region: S.optional(S.NullOr(S.String)),
  timezone: S.optional(S.NullOr(S.String)),
  type: S.optional(S.openLiteral("approximate"))
})

/**
 * `WebSearchConfig` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchConfig = {
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
 * The schema of {@link WebSearchConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchConfig: Schema.Schema<WebSearchConfig> = S.Struct({
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
export type OpenRouterWebSearchServerTool = {
  readonly parameters?: WebSearchConfig | undefined
  readonly type: "openrouter:web_search"
}

/**
 * The schema of {@link OpenRouterWebSearchServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterWebSearchServerTool: Schema.Schema<OpenRouterWebSearchServerTool> = S.Struct({
  parameters: S.optional(WebSearchConfig),
  type: S.Literal("openrouter:web_search")
})

/**
 * `ParetoRouterPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ParetoRouterPlugin = {
  readonly enabled?: boolean | undefined
  readonly id: "pareto-router"
  readonly max_price?: number | undefined
  readonly min_coding_score?: number | undefined
  readonly price_source?: "prompt" | "weighted_avg" | (string & {}) | undefined
}

/**
 * The schema of {@link ParetoRouterPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ParetoRouterPlugin: Schema.Schema<ParetoRouterPlugin> = S.Struct({
  enabled: S.optional(S.Boolean),
  id: S.Literal("pareto-router"),
  max_price: S.optional(S.Number),
  min_coding_score: S.optional(S.Number),
  price_source: S.optional(S.openLiteral("prompt", "weighted_avg"))
})

/**
 * Percentile-based latency cutoffs.
 *
 * @since 0.1.0
 * @category models
 */
export type PercentileLatencyCutoffs = {
  readonly p50?: number | null | undefined
  readonly p75?: number | null | undefined
  readonly p90?: number | null | undefined
  readonly p99?: number | null | undefined
}

/**
 * The schema of {@link PercentileLatencyCutoffs}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PercentileLatencyCutoffs: Schema.Schema<PercentileLatencyCutoffs> = S.Struct({
  p50: S.optional(S.NullOr(S.Number)),
  p75: S.optional(S.NullOr(S.Number)),
  p90: S.optional(S.NullOr(S.Number)),
  p99: S.optional(S.NullOr(S.Number))
})

/**
 * Percentile-based throughput cutoffs.
 *
 * @since 0.1.0
 * @category models
 */
export type PercentileThroughputCutoffs = {
  readonly p50?: number | null | undefined
  readonly p75?: number | null | undefined
  readonly p90?: number | null | undefined
  readonly p99?: number | null | undefined
}

/**
 * The schema of {@link PercentileThroughputCutoffs}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PercentileThroughputCutoffs: Schema.Schema<PercentileThroughputCutoffs> = S.Struct({
  p50: S.optional(S.NullOr(S.Number)),
  p75: S.optional(S.NullOr(S.Number)),
  p90: S.optional(S.NullOr(S.Number)),
  p99: S.optional(S.NullOr(S.Number))
})

/**
 * Preferred maximum latency (in seconds).
 *
 * @since 0.1.0
 * @category models
 */
export type PreferredMaxLatency = number | PercentileLatencyCutoffs | null

/**
 * The schema of {@link PreferredMaxLatency}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PreferredMaxLatency: Schema.Schema<PreferredMaxLatency> = S.NullOr(S.Union(
  S.Number,
  PercentileLatencyCutoffs
))

/**
 * Preferred minimum throughput (in tokens per second).
 *
 * @since 0.1.0
 * @category models
 */
export type PreferredMinThroughput = number | PercentileThroughputCutoffs | null

/**
 * The schema of {@link PreferredMinThroughput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PreferredMinThroughput: Schema.Schema<PreferredMinThroughput> = S.NullOr(S.Union(
  S.Number,
  PercentileThroughputCutoffs
))

/**
 * Marks an explicit prompt-cache boundary on this content block (OpenAI-style).
 *
 * @since 0.1.0
 * @category models
 */
export type PromptCacheBreakpoint = {
  readonly mode: "explicit" | (string & {})
} | null

/**
 * The schema of {@link PromptCacheBreakpoint}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PromptCacheBreakpoint: Schema.Schema<PromptCacheBreakpoint> = S.NullOr(S.Struct({
  mode: S.openLiteral("explicit")
}))

/**
 * Request-level prompt-cache controls.
 *
 * @since 0.1.0
 * @category models
 */
export type PromptCacheOptions = {
  readonly mode: "explicit" | (string & {})
  readonly ttl?: string | null | undefined
} | null

/**
 * The schema of {@link PromptCacheOptions}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PromptCacheOptions: Schema.Schema<PromptCacheOptions> = S.NullOr(S.Struct({
  mode: S.openLiteral("explicit"),
  ttl: S.optional(S.NullOr(S.String))
}))

/**
 * `ProviderName` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderName = "Modal" | "AkashML" | "AI21" | "AionLabs" | "Alibaba" | "Ambient" | "Baidu" | "Amazon Bedrock" | "Amazon Nova" | "Anthropic" | "Arcee AI" | "AtlasCloud" | "Avian" | "Azure" | "BaseTen" | "BytePlus" | "Black Forest Labs" | "Cerebras" | "Chutes" | "Cirrascale" | "Claude Platform on AWS" | "Clarifai" | "Cloudflare" | "Cohere" | "CoreWeave" | "Crucible" | "Crusoe" | "Darkbloom" | "Databricks" | "Decart" | "Deepgram" | "DeepInfra" | "DeepSeek" | "DekaLLM" | "DigitalOcean" | "Featherless" | "Fireworks" | "Fish Audio" | "Friendli" | "GMICloud" | "Google" | "Google AI Studio" | "Groq" | "HeyGen" | "Inception" | "Inceptron" | "InferenceNet" | "Ionstream" | "Infermatic" | "Io Net" | "Inferact vLLM" | "Inflection" | "Liquid" | "Makora" | "Mara" | "Mancer 2" | "Meta" | "Minimax" | "ModelRun" | "Mistral" | "Modular" | "Moonshot AI" | "Morph" | "VoyageAI by MongoDB" | "NCompass" | "Nebius" | "Nex AGI" | "NextBit" | "Novita" | "Nvidia" | "OpenAI" | "OpenInference" | "Parasail" | "Poolside" | "Perceptron" | "Perplexity" | "Phala" | "Recraft" | "Reka" | "Relace" | "Sail Research" | "Sakana AI" | "SambaNova" | "Seed" | "SiliconFlow" | "Sourceful" | "StepFun" | "Stealth" | "StreamLake" | "Switchpoint" | "Tencent" | "Tenstorrent" | "Thinking Machines" | "Together" | "Upstage" | "Venice" | "Wafer" | "WandB" | "Quiver" | "Krea" | "Runway" | "Xiaomi" | "xAI" | "Z.AI" | "FakeProvider" | (string & {})

/**
 * The schema of {@link ProviderName}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderName: Schema.Schema<ProviderName> = S.openLiteral("Modal", "AkashML", "AI21", "AionLabs", "Alibaba", "Ambient", "Baidu", "Amazon Bedrock", "Amazon Nova", "Anthropic", "Arcee AI", "AtlasCloud", "Avian", "Azure", "BaseTen", "BytePlus", "Black Forest Labs", "Cerebras", "Chutes", "Cirrascale", "Claude Platform on AWS", "Clarifai", "Cloudflare", "Cohere", "CoreWeave", "Crucible", "Crusoe", "Darkbloom", "Databricks", "Decart", "Deepgram", "DeepInfra", "DeepSeek", "DekaLLM", "DigitalOcean", "Featherless", "Fireworks", "Fish Audio", "Friendli", "GMICloud", "Google", "Google AI Studio", "Groq", "HeyGen", "Inception", "Inceptron", "InferenceNet", "Ionstream", "Infermatic", "Io Net", "Inferact vLLM", "Inflection", "Liquid", "Makora", "Mara", "Mancer 2", "Meta", "Minimax", "ModelRun", "Mistral", "Modular", "Moonshot AI", "Morph", "VoyageAI by MongoDB", "NCompass", "Nebius", "Nex AGI", "NextBit", "Novita", "Nvidia", "OpenAI", "OpenInference", "Parasail", "Poolside", "Perceptron", "Perplexity", "Phala", "Recraft", "Reka", "Relace", "Sail Research", "Sakana AI", "SambaNova", "Seed", "SiliconFlow", "Sourceful", "StepFun", "Stealth", "StreamLake", "Switchpoint", "Tencent", "Tenstorrent", "Thinking Machines", "Together", "Upstage", "Venice", "Wafer", "WandB", "Quiver", "Krea", "Runway", "Xiaomi", "xAI", "Z.AI", "FakeProvider")

/**
 * Provider-specific options keyed by provider slug.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderOptions = {
  readonly "01ai"?: { readonly [x: string]: unknown } | undefined
  readonly ai21?: { readonly [x: string]: unknown } | undefined
  readonly "aion-labs"?: { readonly [x: string]: unknown } | undefined
  readonly akashml?: { readonly [x: string]: unknown } | undefined
  readonly alibaba?: { readonly [x: string]: unknown } | undefined
  readonly "amazon-bedrock"?: { readonly [x: string]: unknown } | undefined
  readonly "amazon-bedrock/claude-on-aws"?: { readonly [x: string]: unknown } | undefined
  readonly "amazon-nova"?: { readonly [x: string]: unknown } | undefined
  readonly ambient?: { readonly [x: string]: unknown } | undefined
  readonly anthropic?: { readonly [x: string]: unknown } | undefined
  readonly "anthropic/2"?: { readonly [x: string]: unknown } | undefined
  readonly anyscale?: { readonly [x: string]: unknown } | undefined
  readonly "arcee-ai"?: { readonly [x: string]: unknown } | undefined
  readonly "atlas-cloud"?: { readonly [x: string]: unknown } | undefined
  readonly atoma?: { readonly [x: string]: unknown } | undefined
  readonly avian?: { readonly [x: string]: unknown } | undefined
  readonly azure?: { readonly [x: string]: unknown } | undefined
  readonly baidu?: { readonly [x: string]: unknown } | undefined
  readonly baseten?: { readonly [x: string]: unknown } | undefined
  readonly "black-forest-labs"?: { readonly [x: string]: unknown } | undefined
  readonly byteplus?: { readonly [x: string]: unknown } | undefined
  readonly centml?: { readonly [x: string]: unknown } | undefined
  readonly cerebras?: { readonly [x: string]: unknown } | undefined
  readonly chutes?: { readonly [x: string]: unknown } | undefined
  readonly cirrascale?: { readonly [x: string]: unknown } | undefined
  readonly clarifai?: { readonly [x: string]: unknown } | undefined
  readonly "claude-on-aws"?: { readonly [x: string]: unknown } | undefined
  readonly cloudflare?: { readonly [x: string]: unknown } | undefined
  readonly cohere?: { readonly [x: string]: unknown } | undefined
  readonly coreweave?: { readonly [x: string]: unknown } | undefined
  readonly crofai?: { readonly [x: string]: unknown } | undefined
  readonly crucible?: { readonly [x: string]: unknown } | undefined
  readonly crusoe?: { readonly [x: string]: unknown } | undefined
  readonly darkbloom?: { readonly [x: string]: unknown } | undefined
  readonly databricks?: { readonly [x: string]: unknown } | undefined
  readonly decart?: { readonly [x: string]: unknown } | undefined
  readonly deepgram?: { readonly [x: string]: unknown } | undefined
  readonly deepinfra?: { readonly [x: string]: unknown } | undefined
  readonly deepseek?: { readonly [x: string]: unknown } | undefined
  readonly dekallm?: { readonly [x: string]: unknown } | undefined
  readonly digitalocean?: { readonly [x: string]: unknown } | undefined
  readonly enfer?: { readonly [x: string]: unknown } | undefined
  readonly "fake-provider"?: { readonly [x: string]: unknown } | undefined
  readonly featherless?: { readonly [x: string]: unknown } | undefined
  readonly fireworks?: { readonly [x: string]: unknown } | undefined
  readonly "fish-audio"?: { readonly [x: string]: unknown } | undefined
  readonly friendli?: { readonly [x: string]: unknown } | undefined
  readonly gmicloud?: { readonly [x: string]: unknown } | undefined
  readonly "google-ai-studio"?: { readonly [x: string]: unknown } | undefined
  readonly "google-vertex"?: { readonly [x: string]: unknown } | undefined
  readonly gopomelo?: { readonly [x: string]: unknown } | undefined
  readonly groq?: { readonly [x: string]: unknown } | undefined
  readonly heygen?: { readonly [x: string]: unknown } | undefined
  readonly huggingface?: { readonly [x: string]: unknown } | undefined
  readonly hyperbolic?: { readonly [x: string]: unknown } | undefined
  readonly "hyperbolic-quantized"?: { readonly [x: string]: unknown } | undefined
  readonly inception?: { readonly [x: string]: unknown } | undefined
  readonly inceptron?: { readonly [x: string]: unknown } | undefined
  readonly "inferact-vllm"?: { readonly [x: string]: unknown } | undefined
  readonly "inference-net"?: { readonly [x: string]: unknown } | undefined
  readonly infermatic?: { readonly [x: string]: unknown } | undefined
  readonly inflection?: { readonly [x: string]: unknown } | undefined
  readonly inocloud?: { readonly [x: string]: unknown } | undefined
  readonly "io-net"?: { readonly [x: string]: unknown } | undefined
  readonly ionstream?: { readonly [x: string]: unknown } | undefined
  readonly klusterai?: { readonly [x: string]: unknown } | undefined
  readonly krea?: { readonly [x: string]: unknown } | undefined
  readonly lambda?: { readonly [x: string]: unknown } | undefined
  readonly lepton?: { readonly [x: string]: unknown } | undefined
  readonly liquid?: { readonly [x: string]: unknown } | undefined
  readonly lynn?: { readonly [x: string]: unknown } | undefined
  readonly "lynn-private"?: { readonly [x: string]: unknown } | undefined
  readonly makora?: { readonly [x: string]: unknown } | undefined
  readonly mancer?: { readonly [x: string]: unknown } | undefined
  readonly "mancer-old"?: { readonly [x: string]: unknown } | undefined
  readonly mara?: { readonly [x: string]: unknown } | undefined
  readonly meta?: { readonly [x: string]: unknown } | undefined
  readonly minimax?: { readonly [x: string]: unknown } | undefined
  readonly mistral?: { readonly [x: string]: unknown } | undefined
  readonly modal?: { readonly [x: string]: unknown } | undefined
  readonly modelrun?: { readonly [x: string]: unknown } | undefined
  readonly modular?: { readonly [x: string]: unknown } | undefined
  readonly moonshotai?: { readonly [x: string]: unknown } | undefined
  readonly morph?: { readonly [x: string]: unknown } | undefined
  readonly ncompass?: { readonly [x: string]: unknown } | undefined
  readonly nebius?: { readonly [x: string]: unknown } | undefined
  readonly "nex-agi"?: { readonly [x: string]: unknown } | undefined
  readonly nextbit?: { readonly [x: string]: unknown } | undefined
  readonly nineteen?: { readonly [x: string]: unknown } | undefined
  readonly novita?: { readonly [x: string]: unknown } | undefined
  readonly nvidia?: { readonly [x: string]: unknown } | undefined
  readonly octoai?: { readonly [x: string]: unknown } | undefined
  readonly "open-inference"?: { readonly [x: string]: unknown } | undefined
  readonly openai?: { readonly [x: string]: unknown } | undefined
  readonly parasail?: { readonly [x: string]: unknown } | undefined
  readonly perceptron?: { readonly [x: string]: unknown } | undefined
  readonly perplexity?: { readonly [x: string]: unknown } | undefined
  readonly phala?: { readonly [x: string]: unknown } | undefined
  readonly poolside?: { readonly [x: string]: unknown } | undefined
  readonly quiver?: { readonly [x: string]: unknown } | undefined
  readonly recraft?: { readonly [x: string]: unknown } | undefined
  readonly recursal?: { readonly [x: string]: unknown } | undefined
  readonly reflection?: { readonly [x: string]: unknown } | undefined
  readonly reka?: { readonly [x: string]: unknown } | undefined
  readonly relace?: { readonly [x: string]: unknown } | undefined
  readonly replicate?: { readonly [x: string]: unknown } | undefined
  readonly runway?: { readonly [x: string]: unknown } | undefined
  readonly "sail-research"?: { readonly [x: string]: unknown } | undefined
  readonly sakana?: { readonly [x: string]: unknown } | undefined
  readonly "sakana-ai"?: { readonly [x: string]: unknown } | undefined
  readonly sambanova?: { readonly [x: string]: unknown } | undefined
  readonly "sambanova-cloaked"?: { readonly [x: string]: unknown } | undefined
  readonly seed?: { readonly [x: string]: unknown } | undefined
  readonly "sf-compute"?: { readonly [x: string]: unknown } | undefined
  readonly siliconflow?: { readonly [x: string]: unknown } | undefined
  readonly sourceful?: { readonly [x: string]: unknown } | undefined
  readonly stealth?: { readonly [x: string]: unknown } | undefined
  readonly stepfun?: { readonly [x: string]: unknown } | undefined
  readonly streamlake?: { readonly [x: string]: unknown } | undefined
  readonly switchpoint?: { readonly [x: string]: unknown } | undefined
  readonly targon?: { readonly [x: string]: unknown } | undefined
  readonly tencent?: { readonly [x: string]: unknown } | undefined
  readonly tenstorrent?: { readonly [x: string]: unknown } | undefined
  readonly thinkingmachines?: { readonly [x: string]: unknown } | undefined
  readonly together?: { readonly [x: string]: unknown } | undefined
  readonly "together-lite"?: { readonly [x: string]: unknown } | undefined
  readonly ubicloud?: { readonly [x: string]: unknown } | undefined
  readonly upstage?: { readonly [x: string]: unknown } | undefined
  readonly venice?: { readonly [x: string]: unknown } | undefined
  readonly voyageai?: { readonly [x: string]: unknown } | undefined
  readonly wafer?: { readonly [x: string]: unknown } | undefined
  readonly wandb?: { readonly [x: string]: unknown } | undefined
  readonly "wandb-legacy"?: { readonly [x: string]: unknown } | undefined
  readonly xai?: { readonly [x: string]: unknown } | undefined
  readonly xiaomi?: { readonly [x: string]: unknown } | undefined
  readonly "z-ai"?: { readonly [x: string]: unknown } | undefined
}

/**
 * The schema of {@link ProviderOptions}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderOptions: Schema.Schema<ProviderOptions> = S.Struct({
  "01ai": S.optional(S.JsonObject),
  ai21: S.optional(S.JsonObject),
  "aion-labs": S.optional(S.JsonObject),
  akashml: S.optional(S.JsonObject),
  alibaba: S.optional(S.JsonObject),
  "amazon-bedrock": S.optional(S.JsonObject),
  "amazon-bedrock/claude-on-aws": S.optional(S.JsonObject),
  "amazon-nova": S.optional(S.JsonObject),
  ambient: S.optional(S.JsonObject),
  anthropic: S.optional(S.JsonObject),
  "anthropic/2": S.optional(S.JsonObject),
  anyscale: S.optional(S.JsonObject),
  "arcee-ai": S.optional(S.JsonObject),
  "atlas-cloud": S.optional(S.JsonObject),
  atoma: S.optional(S.JsonObject),
  avian: S.optional(S.JsonObject),
  azure: S.optional(S.JsonObject),
  baidu: S.optional(S.JsonObject),
  baseten: S.optional(S.JsonObject),
  "black-forest-labs": S.optional(S.JsonObject),
  byteplus: S.optional(S.JsonObject),
  centml: S.optional(S.JsonObject),
  cerebras: S.optional(S.JsonObject),
  chutes: S.optional(S.JsonObject),
  cirrascale: S.optional(S.JsonObject),
  clarifai: S.optional(S.JsonObject),
  "claude-on-aws": S.optional(S.JsonObject),
  cloudflare: S.optional(S.JsonObject),
  cohere: S.optional(S.JsonObject),
  coreweave: S.optional(S.JsonObject),
  crofai: S.optional(S.JsonObject),
  crucible: S.optional(S.JsonObject),
  crusoe: S.optional(S.JsonObject),
  darkbloom: S.optional(S.JsonObject),
  databricks: S.optional(S.JsonObject),
  decart: S.optional(S.JsonObject),
  deepgram: S.optional(S.JsonObject),
  deepinfra: S.optional(S.JsonObject),
  deepseek: S.optional(S.JsonObject),
  dekallm: S.optional(S.JsonObject),
  digitalocean: S.optional(S.JsonObject),
  enfer: S.optional(S.JsonObject),
  "fake-provider": S.optional(S.JsonObject),
  featherless: S.optional(S.JsonObject),
  fireworks: S.optional(S.JsonObject),
  "fish-audio": S.optional(S.JsonObject),
  friendli: S.optional(S.JsonObject),
  gmicloud: S.optional(S.JsonObject),
  "google-ai-studio": S.optional(S.JsonObject),
  "google-vertex": S.optional(S.JsonObject),
  gopomelo: S.optional(S.JsonObject),
  groq: S.optional(S.JsonObject),
  heygen: S.optional(S.JsonObject),
  huggingface: S.optional(S.JsonObject),
  hyperbolic: S.optional(S.JsonObject),
  "hyperbolic-quantized": S.optional(S.JsonObject),
  inception: S.optional(S.JsonObject),
  inceptron: S.optional(S.JsonObject),
  "inferact-vllm": S.optional(S.JsonObject),
  "inference-net": S.optional(S.JsonObject),
  infermatic: S.optional(S.JsonObject),
  inflection: S.optional(S.JsonObject),
  inocloud: S.optional(S.JsonObject),
  "io-net": S.optional(S.JsonObject),
  ionstream: S.optional(S.JsonObject),
  klusterai: S.optional(S.JsonObject),
  krea: S.optional(S.JsonObject),
  lambda: S.optional(S.JsonObject),
  lepton: S.optional(S.JsonObject),
  liquid: S.optional(S.JsonObject),
  lynn: S.optional(S.JsonObject),
  "lynn-private": S.optional(S.JsonObject),
  makora: S.optional(S.JsonObject),
  mancer: S.optional(S.JsonObject),
  "mancer-old": S.optional(S.JsonObject),
  mara: S.optional(S.JsonObject),
  meta: S.optional(S.JsonObject),
  minimax: S.optional(S.JsonObject),
  mistral: S.optional(S.JsonObject),
  modal: S.optional(S.JsonObject),
  modelrun: S.optional(S.JsonObject),
  modular: S.optional(S.JsonObject),
  moonshotai: S.optional(S.JsonObject),
  morph: S.optional(S.JsonObject),
  ncompass: S.optional(S.JsonObject),
  nebius: S.optional(S.JsonObject),
  "nex-agi": S.optional(S.JsonObject),
  nextbit: S.optional(S.JsonObject),
  nineteen: S.optional(S.JsonObject),
  novita: S.optional(S.JsonObject),
  nvidia: S.optional(S.JsonObject),
  octoai: S.optional(S.JsonObject),
  "open-inference": S.optional(S.JsonObject),
  openai: S.optional(S.JsonObject),
  parasail: S.optional(S.JsonObject),
  perceptron: S.optional(S.JsonObject),
  perplexity: S.optional(S.JsonObject),
  phala: S.optional(S.JsonObject),
  poolside: S.optional(S.JsonObject),
  quiver: S.optional(S.JsonObject),
  recraft: S.optional(S.JsonObject),
  recursal: S.optional(S.JsonObject),
  reflection: S.optional(S.JsonObject),
  reka: S.optional(S.JsonObject),
  relace: S.optional(S.JsonObject),
  replicate: S.optional(S.JsonObject),
  runway: S.optional(S.JsonObject),
  "sail-research": S.optional(S.JsonObject),
  sakana: S.optional(S.JsonObject),
  "sakana-ai": S.optional(S.JsonObject),
  sambanova: S.optional(S.JsonObject),
  "sambanova-cloaked": S.optional(S.JsonObject),
  seed: S.optional(S.JsonObject),
  "sf-compute": S.optional(S.JsonObject),
  siliconflow: S.optional(S.JsonObject),
  sourceful: S.optional(S.JsonObject),
  stealth: S.optional(S.JsonObject),
  stepfun: S.optional(S.JsonObject),
  streamlake: S.optional(S.JsonObject),
  switchpoint: S.optional(S.JsonObject),
  targon: S.optional(S.JsonObject),
  tencent: S.optional(S.JsonObject),
  tenstorrent: S.optional(S.JsonObject),
  thinkingmachines: S.optional(S.JsonObject),
  together: S.optional(S.JsonObject),
  "together-lite": S.optional(S.JsonObject),
  ubicloud: S.optional(S.JsonObject),
  upstage: S.optional(S.JsonObject),
  venice: S.optional(S.JsonObject),
  voyageai: S.optional(S.JsonObject),
  wafer: S.optional(S.JsonObject),
  wandb: S.optional(S.JsonObject),
  "wandb-legacy": S.optional(S.JsonObject),
  xai: S.optional(S.JsonObject),
  xiaomi: S.optional(S.JsonObject),
  "z-ai": S.optional(S.JsonObject)
})

/**
 * The provider sorting strategy (price, throughput, latency)
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderSort = "price" | "throughput" | "latency" | "exacto" | (string & {})

/**
 * The schema of {@link ProviderSort}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderSort: Schema.Schema<ProviderSort> = S.openLiteral("price", "throughput", "latency", "exacto")

/**
 * The provider sorting strategy (price, throughput, latency)
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderSortConfig = {
  readonly by?: "price" | "throughput" | "latency" | "exacto" | (string & {}) | null | undefined
  readonly partition?: "model" | "none" | (string & {}) | null | undefined
}

/**
 * The schema of {@link ProviderSortConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderSortConfig: Schema.Schema<ProviderSortConfig> = S.Struct({
  by: S.optional(S.NullOr(S.openLiteral("price", "throughput", "latency", "exacto"))),
  partition: S.optional(S.NullOr(S.openLiteral("model", "none")))
})

/**
 * `Quantization` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type Quantization = "int4" | "int8" | "fp4" | "mxfp4" | "nvfp4" | "fp6" | "fp8" | "mxfp8" | "fp16" | "bf16" | "fp32" | "unknown" | (string & {})

/**
 * The schema of {@link Quantization}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Quantization: Schema.Schema<Quantization> = S.openLiteral("int4", "int8", "fp4", "mxfp4", "nvfp4", "fp6", "fp8", "mxfp8", "fp16", "bf16", "fp32", "unknown")

/**
 * When multiple model providers are available, optionally indicate your routing preference.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderPreferences = {
  readonly allow_fallbacks?: boolean | null | undefined
  readonly data_collection?: "deny" | "allow" | (string & {}) | null | undefined
  readonly enforce_distillable_text?: boolean | null | undefined
  readonly ignore?: ReadonlyArray<ProviderName | string> | null | undefined
  readonly max_price?: {
    readonly audio?: string | undefined
    readonly completion?: string | undefined
    readonly image?: string | undefined
    readonly prompt?: string | undefined
    readonly request?: string | undefined
  } | undefined
  readonly only?: ReadonlyArray<ProviderName | string> | null | undefined
  readonly order?: ReadonlyArray<ProviderName | string> | null | undefined
  readonly preferred_max_latency?: PreferredMaxLatency | undefined
  readonly preferred_min_throughput?: PreferredMinThroughput | undefined
  readonly quantizations?: ReadonlyArray<Quantization> | null | undefined
  readonly require_parameters?: boolean | null | undefined
  readonly sort?: ProviderSort | ProviderSortConfig | null | undefined
  readonly zdr?: boolean | null | undefined
} | null

/**
 * The schema of {@link ProviderPreferences}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderPreferences: Schema.Schema<ProviderPreferences> = S.NullOr(S.Struct({
  allow_fallbacks: S.optional(S.NullOr(S.Boolean)),
  data_collection: S.optional(S.NullOr(S.openLiteral("deny", "allow"))),
  enforce_distillable_text: S.optional(S.NullOr(S.Boolean)),
  ignore: S.optional(S.NullOr(S.Array(S.Union(
    ProviderName,
    S.String
  )))),
  max_price: S.optional(S.Struct({
    audio: S.optional(S.String),
    completion: S.optional(S.String),
    image: S.optional(S.String),
    prompt: S.optional(S.String),
    request: S.optional(S.String)
  })),
  only: S.optional(S.NullOr(S.Array(S.Union(
    ProviderName,
    S.String
  )))),
  order: S.optional(S.NullOr(S.Array(S.Union(
    ProviderName,
    S.String
  )))),
  preferred_max_latency: S.optional(PreferredMaxLatency),
  preferred_min_throughput: S.optional(PreferredMinThroughput),
  quantizations: S.optional(S.NullOr(S.Array(Quantization))),
  require_parameters: S.optional(S.NullOr(S.Boolean)),
  sort: S.optional(S.NullOr(S.Union(
    ProviderSort,
    ProviderSortConfig
  ))),
  zdr: S.optional(S.NullOr(S.Boolean))
}))

/**
 * `ReasoningFormat` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningFormat = "unknown" | "openai-responses-v1" | "azure-openai-responses-v1" | "bedrock-openai-responses-v1" | "bedrock-xai-responses-v1" | "xai-responses-v1" | "meta-responses-v1" | "anthropic-claude-v1" | "google-gemini-v1" | (string & {}) | null

/**
 * The schema of {@link ReasoningFormat}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningFormat: Schema.Schema<ReasoningFormat> = S.NullOr(S.openLiteral("unknown", "openai-responses-v1", "azure-openai-responses-v1", "bedrock-openai-responses-v1", "bedrock-xai-responses-v1", "xai-responses-v1", "meta-responses-v1", "anthropic-claude-v1", "google-gemini-v1"))

/**
 * `ResponseHealingPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponseHealingPlugin = {
  readonly enabled?: boolean | undefined
  readonly id: "response-healing"
}

/**
 * The schema of {@link ResponseHealingPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseHealingPlugin: Schema.Schema<ResponseHealingPlugin> = S.Struct({
  enabled: S.optional(S.Boolean),
  id: S.Literal("response-healing")
})

/**
 * Configuration for the openrouter:experimental__search_models server tool
 *
 * @since 0.1.0
 * @category models
 */
export type SearchModelsServerToolConfig = {
  readonly max_results?: number | undefined
}

/**
 * The schema of {@link SearchModelsServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SearchModelsServerToolConfig: Schema.Schema<SearchModelsServerToolConfig> = S.Struct({
  max_results: S.optional(S.Number)
})

/**
 * Usage for server-side tool execution (e.g., web search)
 *
 * @since 0.1.0
 * @category models
 */
export type ServerToolUseDetails = {
  readonly tool_calls_executed?: number | null | undefined
  readonly tool_calls_requested?: number | null | undefined
  readonly web_search_requests?: number | null | undefined
} | null

/**
 * The schema of {@link ServerToolUseDetails}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerToolUseDetails: Schema.Schema<ServerToolUseDetails> = S.NullOr(S.Struct({
  tool_calls_executed: S.optional(S.NullOr(S.Number)),
  tool_calls_requested: S.optional(S.NullOr(S.Number)),
  web_search_requests: S.optional(S.NullOr(S.Number))
}))

/**
 * Which shell engine to use.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerToolEngine = "auto" | "openrouter" | (string & {})

/**
 * The schema of {@link ShellServerToolEngine}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerToolEngine: Schema.Schema<ShellServerToolEngine> = S.openLiteral("auto", "openrouter")

/**
 * Server-side execution environment for the shell tool.
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerToolEnvironment = ContainerAutoEnvironment | ContainerReferenceEnvironment | { readonly type?: string | undefined }

/**
 * The schema of {@link ShellServerToolEnvironment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerToolEnvironment: Schema.Schema<ShellServerToolEnvironment> = S.Union(
  ContainerAutoEnvironment,
  ContainerReferenceEnvironment,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * Configuration for the openrouter:shell server tool
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerToolConfig = {
  readonly engine?: ShellServerToolEngine | undefined
  readonly environment?: ShellServerToolEnvironment | undefined
  readonly sleep_after_seconds?: SandboxSleepAfterSeconds | undefined
}

/**
 * The schema of {@link ShellServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerToolConfig: Schema.Schema<ShellServerToolConfig> = S.Struct({
  engine: S.optional(ShellServerToolEngine),
  environment: S.optional(ShellServerToolEnvironment),
  sleep_after_seconds: S.optional(SandboxSleepAfterSeconds)
})

/**
 * OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container (a sandbox-backed clone of OpenAI's hosted shell tool)
 *
 * @since 0.1.0
 * @category models
 */
export type ShellServerToolOpenRouter = {
  readonly parameters?: ShellServerToolConfig | undefined
  readonly type: "openrouter:shell"
}

/**
 * The schema of {@link ShellServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ShellServerToolOpenRouter: Schema.Schema<ShellServerToolOpenRouter> = S.Struct({
  parameters: S.optional(ShellServerToolConfig),
  type: S.Literal("openrouter:shell")
})

/**
 * Stop when the upstream model emits this finish reason (e.g.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenFinishReasonIs = {
  readonly reason: string
  readonly type: "finish_reason_is"
}

/**
 * The schema of {@link StopServerToolsWhenFinishReasonIs}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenFinishReasonIs: Schema.Schema<StopServerToolsWhenFinishReasonIs> = S.Struct({
  reason: S.String,
  type: S.Literal("finish_reason_is")
})

/**
 * Stop after a tool with this name has been called.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenHasToolCall = {
  readonly tool_name: string
  readonly type: "has_tool_call"
}

/**
 * The schema of {@link StopServerToolsWhenHasToolCall}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenHasToolCall: Schema.Schema<StopServerToolsWhenHasToolCall> = S.Struct({
  tool_name: S.String,
  type: S.Literal("has_tool_call")
})

/**
 * Stop once cumulative cost across the loop exceeds this dollar threshold.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenMaxCost = {
  readonly max_cost_in_dollars: number
  readonly type: "max_cost"
}

/**
 * The schema of {@link StopServerToolsWhenMaxCost}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenMaxCost: Schema.Schema<StopServerToolsWhenMaxCost> = S.Struct({
  max_cost_in_dollars: S.Number,
  type: S.Literal("max_cost")
})

/**
 * Stop once cumulative token usage across the loop exceeds this threshold.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenMaxTokensUsed = {
  readonly max_tokens: number
  readonly type: "max_tokens_used"
}

/**
 * The schema of {@link StopServerToolsWhenMaxTokensUsed}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenMaxTokensUsed: Schema.Schema<StopServerToolsWhenMaxTokensUsed> = S.Struct({
  max_tokens: S.Number,
  type: S.Literal("max_tokens_used")
})

/**
 * Stop after the agent loop has executed this many steps.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenStepCountIs = {
  readonly step_count: number
  readonly type: "step_count_is"
}

/**
 * The schema of {@link StopServerToolsWhenStepCountIs}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenStepCountIs: Schema.Schema<StopServerToolsWhenStepCountIs> = S.Struct({
  step_count: S.Number,
  type: S.Literal("step_count_is")
})

/**
 * A single condition that, when met, halts the server-tool agent loop.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhenCondition = StopServerToolsWhenStepCountIs | StopServerToolsWhenHasToolCall | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenMaxCost | StopServerToolsWhenFinishReasonIs | { readonly type?: string | undefined }

/**
 * The schema of {@link StopServerToolsWhenCondition}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhenCondition: Schema.Schema<StopServerToolsWhenCondition> = S.Union(
  StopServerToolsWhenStepCountIs,
  StopServerToolsWhenHasToolCall,
  StopServerToolsWhenMaxTokensUsed,
  StopServerToolsWhenMaxCost,
  StopServerToolsWhenFinishReasonIs,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * Stop conditions for the server-tool agent loop.
 *
 * @since 0.1.0
 * @category models
 */
export type StopServerToolsWhen = ReadonlyArray<StopServerToolsWhenCondition>

/**
 * The schema of {@link StopServerToolsWhen}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopServerToolsWhen: Schema.Schema<StopServerToolsWhen> = S.Array(StopServerToolsWhenCondition)

/**
 * A tool made available to the subagent.
 *
 * @since 0.1.0
 * @category models
 */
export type SubagentNestedTool = {
  readonly parameters?: { readonly [x: string]: unknown } | undefined
  readonly type: string
}

/**
 * The schema of {@link SubagentNestedTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubagentNestedTool: Schema.Schema<SubagentNestedTool> = S.Struct({
  parameters: S.optional(S.JsonObject),
  type: S.String
})

/**
 * Reasoning configuration forwarded to the subagent call.
 *
 * @since 0.1.0
 * @category models
 */
export type SubagentReasoning = {
  readonly effort?: "max" | "xhigh" | "high" | "medium" | "low" | "minimal" | "none" | (string & {}) | undefined
  readonly max_tokens?: number | undefined
}

/**
 * The schema of {@link SubagentReasoning}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubagentReasoning: Schema.Schema<SubagentReasoning> = S.Struct({
  effort: S.optional(S.openLiteral("max", "xhigh", "high", "medium", "low", "minimal", "none")),
  max_tokens: S.optional(S.Number)
})

/**
 * Configuration for one openrouter:subagent server tool entry.
 *
 * @since 0.1.0
 * @category models
 */
export type SubagentServerToolConfig = {
  readonly inherit_functions?: boolean | undefined
  readonly inherited_function_names?: ReadonlyArray<string> | undefined
  readonly instructions?: string | undefined
  readonly max_completion_tokens?: number | undefined
  readonly max_tool_calls?: number | undefined
  readonly model?: string | undefined
  readonly name?: string | undefined
  readonly reasoning?: SubagentReasoning | undefined
  readonly temperature?: number | undefined
  readonly tools?: ReadonlyArray<SubagentNestedTool> | undefined
}

/**
 * The schema of {@link SubagentServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubagentServerToolConfig: Schema.Schema<SubagentServerToolConfig> = S.Struct({
  inherit_functions: S.optional(S.Boolean),
  inherited_function_names: S.optional(S.Array(S.String)),
  instructions: S.optional(S.String),
  max_completion_tokens: S.optional(S.Number),
  max_tool_calls: S.optional(S.Number),
  model: S.optional(S.String),
  name: S.optional(S.String),
  reasoning: S.optional(SubagentReasoning),
  temperature: S.optional(S.Number),
  tools: S.optional(S.Array(SubagentNestedTool))
})

/**
 * OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper, faster worker model (every OpenRouter model) mid-generation and returns its outcome.
 *
 * @since 0.1.0
 * @category models
 */
export type SubagentServerToolOpenRouter = {
  readonly parameters?: SubagentServerToolConfig | undefined
  readonly type: "openrouter:subagent"
}

/**
 * The schema of {@link SubagentServerToolOpenRouter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubagentServerToolOpenRouter: Schema.Schema<SubagentServerToolOpenRouter> = S.Struct({
  parameters: S.optional(SubagentServerToolConfig),
  type: S.Literal("openrouter:subagent")
})

/**
 * Configuration for the openrouter:tool_search server tool
 *
 * @since 0.1.0
 * @category models
 */
export type ToolSearchServerToolConfig = {
  readonly max_results?: number | undefined
}

/**
 * The schema of {@link ToolSearchServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolSearchServerToolConfig: Schema.Schema<ToolSearchServerToolConfig> = S.Struct({
  max_results: S.optional(S.Number)
})

/**
 * OpenRouter built-in server tool: finds tools marked `defer_loading` and makes them callable
 *
 * @since 0.1.0
 * @category models
 */
export type ToolSearchServerTool = {
  readonly parameters?: ToolSearchServerToolConfig | undefined
  readonly type: "openrouter:tool_search"
}

/**
 * The schema of {@link ToolSearchServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolSearchServerTool: Schema.Schema<ToolSearchServerTool> = S.Struct({
  parameters: S.optional(ToolSearchServerToolConfig),
  type: S.Literal("openrouter:tool_search")
})

/**
 * Metadata for observability and tracing.
 *
 * @since 0.1.0
 * @category models
 */
export type TraceConfig = {
  readonly generation_name?: string | undefined
  readonly parent_span_id?: string | undefined
  readonly span_name?: string | undefined
  readonly trace_id?: string | undefined
  readonly trace_name?: string | undefined
}

/**
 * The schema of {@link TraceConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TraceConfig: Schema.Schema<TraceConfig> = S.Struct({
  generation_name: S.optional(S.String),
  parent_span_id: S.optional(S.String),
  span_name: S.optional(S.String),
  trace_id: S.optional(S.String),
  trace_name: S.optional(S.String)
})

/**
 * Which fetch engine to use.
 *
 * @since 0.1.0
 * @category models
 */
export type WebFetchEngineEnum = "auto" | "native" | "openrouter" | "exa" | "parallel" | "firecrawl" | (string & {})

/**
 * The schema of {@link WebFetchEngineEnum}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebFetchEngineEnum: Schema.Schema<WebFetchEngineEnum> = S.openLiteral("auto", "native", "openrouter", "exa", "parallel", "firecrawl")

/**
 * `WebFetchPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type WebFetchPlugin = {
  readonly allowed_domains?: ReadonlyArray<string> | undefined
  readonly blocked_domains?: ReadonlyArray<string> | undefined
  readonly id: "web-fetch"
  readonly max_content_tokens?: number | undefined
  readonly max_uses?: number | undefined
}

/**
 * The schema of {@link WebFetchPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebFetchPlugin: Schema.Schema<WebFetchPlugin> = S.Struct({
  allowed_domains: S.optional(S.Array(S.String)),
  blocked_domains: S.optional(S.Array(S.String)),
  id: S.Literal("web-fetch"),
  max_content_tokens: S.optional(S.Number),
  max_uses: S.optional(S.Number)
})

/**
 * Configuration for the openrouter:web_fetch server tool
 *
 * @since 0.1.0
 * @category models
 */
export type WebFetchServerToolConfig = {
  readonly allowed_domains?: ReadonlyArray<string> | undefined
  readonly blocked_domains?: ReadonlyArray<string> | undefined
  readonly engine?: WebFetchEngineEnum | undefined
  readonly max_content_tokens?: number | undefined
  readonly max_uses?: number | undefined
}

/**
 * The schema of {@link WebFetchServerToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebFetchServerToolConfig: Schema.Schema<WebFetchServerToolConfig> = S.Struct({
  allowed_domains: S.optional(S.Array(S.String)),
  blocked_domains: S.optional(S.Array(S.String)),
  engine: S.optional(WebFetchEngineEnum),
  max_content_tokens: S.optional(S.Number),
  max_uses: S.optional(S.Number)
})

/**
 * OpenRouter built-in server tool: fetches full content from a URL (web page or PDF)
 *
 * @since 0.1.0
 * @category models
 */
export type WebFetchServerTool = {
  readonly parameters?: WebFetchServerToolConfig | undefined
  readonly type: "openrouter:web_fetch"
}

/**
 * The schema of {@link WebFetchServerTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebFetchServerTool: Schema.Schema<WebFetchServerTool> = S.Struct({
  parameters: S.optional(WebFetchServerToolConfig),
  type: S.Literal("openrouter:web_fetch")
})

/**
 * The search engine to use for web search.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchEngine = "native" | "exa" | "firecrawl" | "parallel" | "perplexity" | (string & {})

/**
 * The schema of {@link WebSearchEngine}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchEngine: Schema.Schema<WebSearchEngine> = S.openLiteral("native", "exa", "firecrawl", "parallel", "perplexity")

/**
 * User location information for web search
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchUserLocation = {
  readonly city?: string | null | undefined
  readonly country?: string | null | undefined
  readonly region?: string | null | undefined
  readonly timezone?: string | null | undefined
  readonly type?: "approximate" | (string & {}) | undefined
} | null

/**
 * The schema of {@link WebSearchUserLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchUserLocation: Schema.Schema<WebSearchUserLocation> = S.NullOr(S.Struct({
  city: S.optional(S.NullOr(S.String)),
  country: S.optional(S.NullOr(S.String)),
  region: S.optional(S.NullOr(S.String)),
  timezone: S.optional(S.NullOr(S.String)),
  type: S.optional(S.openLiteral("approximate"))
}))

/**
 * `WebSearchPlugin` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchPlugin = {
  readonly enabled?: boolean | undefined
  readonly engine?: WebSearchEngine | undefined
  readonly exclude_domains?: ReadonlyArray<string> | undefined
  readonly id: "web"
  readonly include_domains?: ReadonlyArray<string> | undefined
  readonly max_results?: number | undefined
  readonly max_uses?: number | undefined
  readonly mode?: WebSearchMode | undefined
  readonly search_prompt?: string | undefined
  readonly user_location?: WebSearchUserLocation | undefined
}

/**
 * The schema of {@link WebSearchPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchPlugin: Schema.Schema<WebSearchPlugin> = S.Struct({
  enabled: S.optional(S.Boolean),
  engine: S.optional(WebSearchEngine),
  exclude_domains: S.optional(S.Array(S.String)),
  id: S.Literal("web"),
  include_domains: S.optional(S.Array(S.String)),
  max_results: S.optional(S.Number),
  max_uses: S.optional(S.Number),
  mode: S.optional(WebSearchMode),
  search_prompt: S.optional(S.String),
  user_location: S.optional(WebSearchUserLocation)
})
