/**
 * The Anthropic-compatible Messages API (`POST /messages`): the request, the message it answers
 * with, and the server-sent events of a streamed message, as tolerant Effect schemas (unknown
 * fields kept, open enums, `null` and absent kept apart). `OpenRouter.messages` and
 * `OpenRouter.messagesStream` send them through the call pipeline; `MessagesStream` folds the
 * events into the final message.
 *
 * ```ts
 * import { Effect } from "effect"
 * import { OpenRouter } from "effect-openrouter"
 *
 * const program = Effect.flatMap(OpenRouter.OpenRouter, (client) =>
 *   client.messages({
 *     model: "anthropic/claude-sonnet-4",
 *     max_tokens: 1024,
 *     messages: [{ role: "user", content: "Hello, how are you?" }]
 *   }))
 * ```
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { JsonObject, openLiteral, optionalNullable, tolerant } from "./internal/schema.js"

// =============================================================================
// Request
// =============================================================================

/**
 * One message of the conversation: a role and a string or an array of content blocks (`text`,
 * `image`, `document`, `tool_use`, `tool_result`, `thinking`, … kept as JSON objects).
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessageParam = tolerant(
  Schema.Struct({
    role: openLiteral("user", "assistant"),
    content: Schema.Union(Schema.String, Schema.Array(JsonObject))
  }),
  { identifier: "MessageParam" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type MessageParam = typeof MessageParam.Type

/**
 * A Messages API request (`model` and `messages` required, as in the spec). Unknown fields are
 * sent as given (`x-anthropic-beta` features go in the per-call `headers`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesRequest = tolerant(
  Schema.Struct({
    model: Schema.String,
    messages: Schema.Array(MessageParam),
    max_tokens: Schema.optional(Schema.Number),
    system: Schema.optional(Schema.Union(Schema.String, Schema.Array(JsonObject))),
    tools: Schema.optional(Schema.Array(JsonObject)),
    tool_choice: Schema.optional(JsonObject),
    thinking: Schema.optional(JsonObject),
    temperature: Schema.optional(Schema.Number),
    top_p: Schema.optional(Schema.Number),
    top_k: Schema.optional(Schema.Number),
    stop_sequences: Schema.optional(Schema.Array(Schema.String)),
    metadata: Schema.optional(JsonObject),
    output_config: Schema.optional(JsonObject),
    models: Schema.optional(Schema.Array(Schema.String)),
    fallbacks: optionalNullable(Schema.Array(JsonObject)),
    provider: optionalNullable(JsonObject),
    plugins: Schema.optional(Schema.Array(JsonObject)),
    user: Schema.optional(Schema.String),
    session_id: Schema.optional(Schema.String),
    stream: Schema.optional(Schema.Boolean)
  }),
  { identifier: "MessagesRequest" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type MessagesRequest = typeof MessagesRequest.Type

/**
 * What `messages` / `messagesStream` take: the request without `stream` (the client sets it).
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesRequestInput = Omit<MessagesRequest, "stream">

// =============================================================================
// Response
// =============================================================================

/**
 * Token usage of a message, with OpenRouter's `cost` (USD; absent or `null` = unknown). In a
 * stream, `message_start` carries the input side and `message_delta` the output side.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagesUsage = tolerant(
  Schema.Struct({
    input_tokens: optionalNullable(Schema.Number),
    output_tokens: optionalNullable(Schema.Number),
    cache_creation_input_tokens: optionalNullable(Schema.Number),
    cache_read_input_tokens: optionalNullable(Schema.Number),
    cost: optionalNullable(Schema.Number),
    is_byok: optionalNullable(Schema.Boolean),
    cost_details: optionalNullable(JsonObject),
    service_tier: optionalNullable(Schema.String)
  }),
  { identifier: "MessagesUsage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type MessagesUsage = typeof MessagesUsage.Type

/**
 * A content block of the answer: `text` (with `citations`), `tool_use` (`id`, `name`, `input`),
 * `thinking` (`thinking`, `signature`), `redacted_thinking` (`data`), server tool blocks, or a
 * type this client does not know (kept).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentBlock = tolerant(
  Schema.Struct({
    type: openLiteral("text", "tool_use", "thinking", "redacted_thinking", "server_tool_use", "web_search_tool_result"),
    text: Schema.optional(Schema.String),
    citations: optionalNullable(Schema.Array(JsonObject)),
    id: Schema.optional(Schema.String),
    name: Schema.optional(Schema.String),
    input: Schema.optional(Schema.Unknown),
    thinking: Schema.optional(Schema.String),
    signature: Schema.optional(Schema.String),
    data: Schema.optional(Schema.String)
  }),
  { identifier: "ContentBlock" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ContentBlock = typeof ContentBlock.Type

/**
 * Why the model stopped (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const StopReason = openLiteral(
  "end_turn",
  "max_tokens",
  "model_context_window_exceeded",
  "stop_sequence",
  "tool_use",
  "pause_turn",
  "refusal",
  "compaction"
)

/**
 * A message (`type: "message"`): the body of a JSON reply and the `message` of `message_start`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Message = tolerant(
  Schema.Struct({
    id: Schema.optional(Schema.String),
    type: Schema.optional(Schema.String),
    role: Schema.optional(Schema.String),
    model: Schema.optional(Schema.String),
    provider: optionalNullable(Schema.String),
    content: Schema.optional(Schema.Array(ContentBlock)),
    stop_reason: optionalNullable(StopReason),
    stop_sequence: optionalNullable(Schema.String),
    usage: optionalNullable(MessagesUsage)
  }),
  { identifier: "Message" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Message = typeof Message.Type

/**
 * The delta of a `content_block_delta`: `text_delta`, `input_json_delta` (`partial_json`),
 * `thinking_delta`, `signature_delta`, `citations_delta`, or another type (kept).
 *
 * @since 0.1.0
 * @category schemas
 */
export const BlockDelta = tolerant(
  Schema.Struct({
    type: openLiteral("text_delta", "input_json_delta", "thinking_delta", "signature_delta", "citations_delta"),
    text: Schema.optional(Schema.String),
    partial_json: Schema.optional(Schema.String),
    thinking: Schema.optional(Schema.String),
    signature: Schema.optional(Schema.String),
    citation: Schema.optional(JsonObject)
  }),
  { identifier: "BlockDelta" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type BlockDelta = typeof BlockDelta.Type

// =============================================================================
// Stream events
// =============================================================================

const event = <const Tag extends string, const Type extends string, F extends Schema.Struct.Fields>(
  tag: Tag,
  type: Type,
  fields: F
) => tolerant(Schema.Struct({ type: Schema.Literal(type), ...fields })).pipe(Schema.attachPropertySignature("_tag", tag))

/**
 * The wire events of a streamed message, each decoded with a `_tag` (the wire `type` kept). Every
 * other type arrives as `Unknown` with its raw JSON.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EventSchemas = {
  message_start: event("MessageStart", "message_start", { message: Message }),
  content_block_start: event("ContentBlockStart", "content_block_start", {
    index: Schema.Number,
    content_block: ContentBlock
  }),
  content_block_delta: event("ContentBlockDelta", "content_block_delta", { index: Schema.Number, delta: BlockDelta }),
  content_block_stop: event("ContentBlockStop", "content_block_stop", { index: Schema.Number }),
  message_delta: event("MessageDelta", "message_delta", {
    delta: tolerant(Schema.Struct({
      stop_reason: optionalNullable(StopReason),
      stop_sequence: optionalNullable(Schema.String)
    })),
    usage: optionalNullable(MessagesUsage)
  }),
  message_stop: event("MessageStop", "message_stop", {}),
  ping: event("Ping", "ping", {}),
  error: event("Error", "error", {
    error: optionalNullable(tolerant(Schema.Struct({
      type: Schema.optional(Schema.String),
      message: Schema.optional(Schema.String)
    })))
  })
} as const

type Schemas = typeof EventSchemas

/**
 * A modelled wire event, decoded (`_tag` added, unknown fields kept).
 *
 * @since 0.1.0
 * @category models
 */
export type WireEvent = { readonly [K in keyof Schemas]: Schema.Schema.Type<Schemas[K]> }[keyof Schemas]

/**
 * An event of a type this client does not model (or a future one): its `type` and its raw JSON.
 *
 * @since 0.1.0
 * @category models
 */
export interface UnknownEvent {
  readonly _tag: "Unknown"
  readonly type: string
  readonly raw: unknown
}
