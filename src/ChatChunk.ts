/**
 * One `data:` payload of a streaming `POST /chat/completions` response (API doc §5).
 *
 * Covers content chunks, the finish chunk, the final usage chunk (which may carry `choices: []`
 * or one empty-delta choice), debug chunks and mid-stream error chunks (`error` at top level,
 * `code` a number or a string). Tolerant and faithful like every wire schema of this package.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import {
  Annotation,
  AudioOutput,
  FinishReason,
  ImageOutput,
  InlineError,
  Logprobs,
  OpenRouterMetadata,
  ReasoningDetail,
  ServiceTier
} from "./ChatCompletion.js"
import { JsonObject, openLiteral, optionalNullable, tolerant } from "./internal/schema.js"
import { Usage } from "./Usage.js"

/**
 * `function` fragment of a streamed tool call: `name` on the first fragment, then `arguments`
 * text pieces to concatenate.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolCallFunctionDelta = tolerant(
  Schema.Struct({
    name: optionalNullable(Schema.String),
    arguments: optionalNullable(Schema.String)
  }),
  { identifier: "ToolCallFunctionDelta" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ToolCallFunctionDelta = typeof ToolCallFunctionDelta.Type

/**
 * A tool-call fragment. Accumulate by `index` (two calls may share an id); `id`/`type`/
 * `function.name` usually come only on the first fragment. Some providers omit `index`: such a
 * fragment is matched by `id`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolCallDelta = tolerant(
  Schema.Struct({
    index: optionalNullable(Schema.Number),
    id: optionalNullable(Schema.String),
    type: optionalNullable(openLiteral("function")),
    function: optionalNullable(ToolCallFunctionDelta)
  }),
  { identifier: "ToolCallDelta" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ToolCallDelta = typeof ToolCallDelta.Type

/**
 * `choices[i].delta`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChunkDelta = tolerant(
  Schema.Struct({
    role: optionalNullable(openLiteral("assistant")),
    content: optionalNullable(Schema.String),
    reasoning: optionalNullable(Schema.String),
    reasoning_details: optionalNullable(Schema.Array(ReasoningDetail)),
    tool_calls: optionalNullable(Schema.Array(ToolCallDelta)),
    refusal: optionalNullable(Schema.String),
    annotations: optionalNullable(Schema.Array(Annotation)),
    images: optionalNullable(Schema.Array(ImageOutput)),
    /** Audio output (streaming only): base64 `data` chunk and/or `transcript` piece. */
    audio: optionalNullable(AudioOutput)
  }),
  { identifier: "ChunkDelta" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ChunkDelta = typeof ChunkDelta.Type

/**
 * One choice of a stream chunk.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChunkChoice = tolerant(
  Schema.Struct({
    index: Schema.Number,
    delta: ChunkDelta,
    finish_reason: optionalNullable(FinishReason),
    native_finish_reason: optionalNullable(Schema.String),
    logprobs: optionalNullable(Logprobs),
    error: optionalNullable(InlineError)
  }),
  { identifier: "ChunkChoice" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ChunkChoice = typeof ChunkChoice.Type

/**
 * The top-level `error` of a mid-stream error chunk (`code` is a number per the spec, a string
 * in some docs examples; both accepted).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChunkError = InlineError

/**
 * @since 0.1.0
 * @category models
 */
export type ChunkError = typeof ChunkError.Type

/**
 * One parsed stream chunk (`chat.completion.chunk`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatChunk = tolerant(
  Schema.Struct({
    id: Schema.String,
    object: openLiteral("chat.completion.chunk"),
    created: Schema.Number,
    model: Schema.String,
    /** Not in the spec; present on most real chunks (absent on some). */
    provider: optionalNullable(Schema.String),
    /** May be empty (usage chunk per docs, debug chunk). */
    choices: Schema.Array(ChunkChoice),
    system_fingerprint: optionalNullable(Schema.String),
    service_tier: optionalNullable(ServiceTier),
    /** Sent once, on the chunk after the finish chunk. */
    usage: optionalNullable(Usage),
    /** Mid-stream failure: terminal. */
    error: optionalNullable(ChunkError),
    openrouter_metadata: optionalNullable(OpenRouterMetadata),
    /** With `debug.echo_upstream_body` (first chunk): `{echo_upstream_body: {...}}`. */
    debug: optionalNullable(JsonObject)
  }),
  { identifier: "ChatChunk" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ChatChunk = typeof ChatChunk.Type
