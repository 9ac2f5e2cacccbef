/**
 * The Responses API (`POST /responses`, OpenAI Responses-compatible): the request, the response
 * object, and the server-sent events of a streamed response, as tolerant Effect schemas (unknown
 * fields kept, open enums, `null` and absent kept apart). `OpenRouter.responses` and
 * `OpenRouter.responsesStream` send them through the call pipeline; `ResponsesStream` folds the
 * events into the final response.
 *
 * ```ts
 * import { Effect } from "effect"
 * import { OpenRouter } from "effect-openrouter"
 *
 * const program = Effect.flatMap(OpenRouter.OpenRouter, (client) =>
 *   client.responses({ model: "openai/gpt-4o", input: "Tell me a joke" }))
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
 * A Responses API request. Only `model` is required here (OpenRouter falls back to the
 * account's default model without it, this client does not); `input` is a string or an array of
 * input items (messages, `function_call_output`s, …) kept as JSON objects. Unknown fields are
 * sent as given.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponsesRequest = tolerant(
  Schema.Struct({
    model: Schema.String,
    input: Schema.optional(Schema.Union(Schema.String, Schema.Array(JsonObject))),
    instructions: optionalNullable(Schema.String),
    tools: Schema.optional(Schema.Array(JsonObject)),
    tool_choice: Schema.optional(Schema.Union(Schema.String, JsonObject)),
    parallel_tool_calls: optionalNullable(Schema.Boolean),
    reasoning: optionalNullable(JsonObject),
    text: optionalNullable(JsonObject),
    max_output_tokens: optionalNullable(Schema.Number),
    max_tool_calls: optionalNullable(Schema.Number),
    temperature: optionalNullable(Schema.Number),
    top_p: optionalNullable(Schema.Number),
    top_k: Schema.optional(Schema.Number),
    previous_response_id: optionalNullable(Schema.String),
    store: Schema.optional(Schema.Boolean),
    background: optionalNullable(Schema.Boolean),
    include: optionalNullable(Schema.Array(Schema.String)),
    metadata: optionalNullable(Schema.Record({ key: Schema.String, value: Schema.String })),
    truncation: optionalNullable(Schema.String),
    user: Schema.optional(Schema.String),
    safety_identifier: optionalNullable(Schema.String),
    session_id: Schema.optional(Schema.String),
    models: Schema.optional(Schema.Array(Schema.String)),
    provider: optionalNullable(JsonObject),
    plugins: Schema.optional(Schema.Array(JsonObject)),
    stream: Schema.optional(Schema.Boolean)
  }),
  { identifier: "ResponsesRequest" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ResponsesRequest = typeof ResponsesRequest.Type

/**
 * What `responses` / `responsesStream` take: the request without `stream` (the client sets it).
 *
 * @since 0.1.0
 * @category models
 */
export type ResponsesRequestInput = Omit<ResponsesRequest, "stream">

// =============================================================================
// Response
// =============================================================================

/**
 * Token usage of a response, with OpenRouter's `cost` (USD; absent or `null` = unknown).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponsesUsage = tolerant(
  Schema.Struct({
    input_tokens: Schema.optional(Schema.Number),
    output_tokens: Schema.optional(Schema.Number),
    total_tokens: Schema.optional(Schema.Number),
    input_tokens_details: optionalNullable(JsonObject),
    output_tokens_details: optionalNullable(JsonObject),
    cost: optionalNullable(Schema.Number),
    is_byok: optionalNullable(Schema.Boolean),
    cost_details: optionalNullable(JsonObject)
  }),
  { identifier: "ResponsesUsage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ResponsesUsage = typeof ResponsesUsage.Type

/**
 * One part of an output item's content: `output_text` (with `annotations`), `refusal`,
 * `reasoning_text`, `summary_text`, or a type this client does not know (kept).
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputContent = tolerant(
  Schema.Struct({
    type: openLiteral("output_text", "refusal", "reasoning_text", "summary_text"),
    text: Schema.optional(Schema.String),
    refusal: Schema.optional(Schema.String),
    annotations: Schema.optional(Schema.Array(JsonObject))
  }),
  { identifier: "OutputContent" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type OutputContent = typeof OutputContent.Type

/**
 * One item of a response's `output`: a `message`, a `reasoning` item, a `function_call`, a
 * server tool call (`web_search_call`, `image_generation_call`, …) or an unknown type (kept with
 * every field).
 *
 * @since 0.1.0
 * @category schemas
 */
export const OutputItem = tolerant(
  Schema.Struct({
    type: openLiteral(
      "message",
      "reasoning",
      "function_call",
      "custom_tool_call",
      "web_search_call",
      "file_search_call",
      "image_generation_call",
      "code_interpreter_call",
      "apply_patch_call"
    ),
    id: optionalNullable(Schema.String),
    status: optionalNullable(openLiteral("in_progress", "completed", "incomplete")),
    role: Schema.optional(Schema.String),
    content: optionalNullable(Schema.Array(OutputContent)),
    summary: optionalNullable(Schema.Array(OutputContent)),
    encrypted_content: optionalNullable(Schema.String),
    call_id: Schema.optional(Schema.String),
    name: Schema.optional(Schema.String),
    arguments: Schema.optional(Schema.String)
  }),
  { identifier: "OutputItem" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type OutputItem = typeof OutputItem.Type

/**
 * The status of a response (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseStatus = openLiteral("completed", "incomplete", "in_progress", "failed", "cancelled", "queued")

/**
 * The error of a failed response (`code` is an open enum: `server_error`, `rate_limit_exceeded`, …).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseError = tolerant(
  Schema.Struct({
    code: Schema.optional(Schema.Union(Schema.String, Schema.Number)),
    message: Schema.optional(Schema.String)
  }),
  { identifier: "ResponseError" }
)

/**
 * A response object (`object: "response"`): the body of a JSON reply, and the `response` of the
 * stream's lifecycle events. Every field is optional (the lifecycle events carry snapshots).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseObject = tolerant(
  Schema.Struct({
    id: Schema.optional(Schema.String),
    object: Schema.optional(Schema.String),
    created_at: optionalNullable(Schema.Number),
    completed_at: optionalNullable(Schema.Number),
    model: Schema.optional(Schema.String),
    provider: optionalNullable(Schema.String),
    status: Schema.optional(ResponseStatus),
    output: Schema.optional(Schema.Array(OutputItem)),
    output_text: Schema.optional(Schema.String),
    usage: optionalNullable(ResponsesUsage),
    error: optionalNullable(ResponseError),
    error_type: optionalNullable(Schema.String),
    incomplete_details: optionalNullable(
      tolerant(Schema.Struct({ reason: Schema.optional(openLiteral("max_output_tokens", "content_filter")) }))
    )
  }),
  { identifier: "ResponseObject" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ResponseObject = typeof ResponseObject.Type

// =============================================================================
// Stream events
// =============================================================================

const event = <const Tag extends string, const Type extends string, F extends Schema.Struct.Fields>(
  tag: Tag,
  type: Type,
  fields: F
) =>
  tolerant(Schema.Struct({ type: Schema.Literal(type), sequence_number: Schema.optional(Schema.Number), ...fields }))
    .pipe(Schema.attachPropertySignature("_tag", tag))

const lifecycle = <const Tag extends string, const Type extends string>(tag: Tag, type: Type) =>
  event(tag, type, { response: ResponseObject })

const itemRef = { item_id: Schema.String, output_index: Schema.Number }
const partRef = { ...itemRef, content_index: Schema.Number }

/**
 * The wire events of a streamed response this client models, each decoded with a `_tag` (the
 * wire `type` kept as is). Every other event type of the spec (web search, image generation,
 * code interpreter, fusion, `response.debug`, …) and every future one arrives as `Unknown` with
 * its raw JSON.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EventSchemas = {
  "response.created": lifecycle("ResponseCreated", "response.created"),
  "response.queued": lifecycle("ResponseQueued", "response.queued"),
  "response.in_progress": lifecycle("ResponseInProgress", "response.in_progress"),
  "response.completed": lifecycle("ResponseCompleted", "response.completed"),
  "response.incomplete": lifecycle("ResponseIncomplete", "response.incomplete"),
  "response.failed": lifecycle("ResponseFailed", "response.failed"),
  "response.output_item.added": event("OutputItemAdded", "response.output_item.added", {
    output_index: Schema.Number,
    item: OutputItem
  }),
  "response.output_item.done": event("OutputItemDone", "response.output_item.done", {
    output_index: Schema.Number,
    item: OutputItem
  }),
  "response.content_part.added": event("ContentPartAdded", "response.content_part.added", {
    ...partRef,
    part: OutputContent
  }),
  "response.content_part.done": event("ContentPartDone", "response.content_part.done", {
    ...partRef,
    part: OutputContent
  }),
  "response.output_text.delta": event("TextDelta", "response.output_text.delta", {
    ...partRef,
    delta: Schema.String
  }),
  "response.output_text.done": event("TextDone", "response.output_text.done", { ...partRef, text: Schema.String }),
  "response.output_text.annotation.added": event("AnnotationAdded", "response.output_text.annotation.added", {
    ...partRef,
    annotation_index: Schema.optional(Schema.Number),
    annotation: JsonObject
  }),
  "response.refusal.delta": event("RefusalDelta", "response.refusal.delta", { ...partRef, delta: Schema.String }),
  "response.refusal.done": event("RefusalDone", "response.refusal.done", { ...partRef, refusal: Schema.String }),
  "response.function_call_arguments.delta": event(
    "FunctionCallArgumentsDelta",
    "response.function_call_arguments.delta",
    { ...itemRef, delta: Schema.String }
  ),
  "response.function_call_arguments.done": event(
    "FunctionCallArgumentsDone",
    "response.function_call_arguments.done",
    { ...itemRef, arguments: Schema.String, name: Schema.optional(Schema.String) }
  ),
  "response.reasoning_text.delta": event("ReasoningTextDelta", "response.reasoning_text.delta", {
    ...partRef,
    delta: Schema.String
  }),
  "response.reasoning_text.done": event("ReasoningTextDone", "response.reasoning_text.done", {
    ...partRef,
    text: Schema.String
  }),
  "response.reasoning_summary_part.added": event("ReasoningSummaryPartAdded", "response.reasoning_summary_part.added", {
    ...itemRef,
    summary_index: Schema.Number,
    part: OutputContent
  }),
  "response.reasoning_summary_part.done": event("ReasoningSummaryPartDone", "response.reasoning_summary_part.done", {
    ...itemRef,
    summary_index: Schema.Number,
    part: OutputContent
  }),
  "response.reasoning_summary_text.delta": event(
    "ReasoningSummaryTextDelta",
    "response.reasoning_summary_text.delta",
    { ...itemRef, summary_index: Schema.Number, delta: Schema.String }
  ),
  "response.reasoning_summary_text.done": event("ReasoningSummaryTextDone", "response.reasoning_summary_text.done", {
    ...itemRef,
    summary_index: Schema.Number,
    text: Schema.String
  }),
  error: event("Error", "error", {
    code: optionalNullable(Schema.Union(Schema.String, Schema.Number)),
    message: Schema.optional(Schema.String),
    param: optionalNullable(Schema.String)
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
