/**
 * Token usage and cost as OpenRouter reports it inline (non-streaming body, final stream chunk).
 *
 * Every optional field is faithful: absent stays absent, `null` stays `null` (an absent `cost`
 * means "unknown", never 0). Unknown keys are kept.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { optionalNullable, tolerant } from "./internal/schema.js"

/**
 * `usage.prompt_tokens_details`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PromptTokensDetails = tolerant(
  Schema.Struct({
    /** Prompt tokens read from the provider's prompt cache. */
    cached_tokens: optionalNullable(Schema.Number),
    /** Tokens written to the cache (explicit-cache models with write pricing only). */
    cache_write_tokens: optionalNullable(Schema.Number),
    audio_tokens: optionalNullable(Schema.Number),
    video_tokens: optionalNullable(Schema.Number)
  }),
  { identifier: "PromptTokensDetails" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type PromptTokensDetails = typeof PromptTokensDetails.Type

/**
 * `usage.completion_tokens_details`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CompletionTokensDetails = tolerant(
  Schema.Struct({
    reasoning_tokens: optionalNullable(Schema.Number),
    /** Not in the spec; real chunks include it. */
    image_tokens: optionalNullable(Schema.Number),
    audio_tokens: optionalNullable(Schema.Number),
    accepted_prediction_tokens: optionalNullable(Schema.Number),
    rejected_prediction_tokens: optionalNullable(Schema.Number)
  }),
  { identifier: "CompletionTokensDetails" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type CompletionTokensDetails = typeof CompletionTokensDetails.Type

/**
 * `usage.cost_details` (USD).
 *
 * @since 0.1.0
 * @category schemas
 */
export const CostDetails = tolerant(
  Schema.Struct({
    /** What the upstream charged; `null` unless BYOK. */
    upstream_inference_cost: optionalNullable(Schema.Number),
    upstream_inference_prompt_cost: optionalNullable(Schema.Number),
    upstream_inference_completions_cost: optionalNullable(Schema.Number),
    /** Newer spec: cost of server tools (web search, …). */
    server_tool_cost: optionalNullable(Schema.Number)
  }),
  { identifier: "CostDetails" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type CostDetails = typeof CostDetails.Type

/**
 * `usage.server_tool_use_details` (spec) / `usage.server_tool_use` (docs).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerToolUseDetails = tolerant(
  Schema.Struct({
    web_search_requests: optionalNullable(Schema.Number),
    tool_calls_requested: optionalNullable(Schema.Number),
    tool_calls_executed: optionalNullable(Schema.Number)
  }),
  { identifier: "ServerToolUseDetails" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ServerToolUseDetails = typeof ServerToolUseDetails.Type

/**
 * The `usage` object of a chat completion / final stream chunk.
 *
 * The three token counts are required (always present in real traffic, also on cache hits where
 * they are 0); everything else is optional and nullable. `cost` is a number in USD.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Usage = tolerant(
  Schema.Struct({
    prompt_tokens: Schema.Number,
    completion_tokens: Schema.Number,
    total_tokens: Schema.Number,
    /** USD charged to the credits. Absent/`null` = unknown (never read it as 0). */
    cost: optionalNullable(Schema.Number),
    is_byok: optionalNullable(Schema.Boolean),
    prompt_tokens_details: optionalNullable(PromptTokensDetails),
    completion_tokens_details: optionalNullable(CompletionTokensDetails),
    cost_details: optionalNullable(CostDetails),
    /** Spec name. */
    server_tool_use_details: optionalNullable(ServerToolUseDetails),
    /** Docs name of the same object; accept both. */
    server_tool_use: optionalNullable(ServerToolUseDetails)
  }),
  { identifier: "Usage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Usage = typeof Usage.Type
