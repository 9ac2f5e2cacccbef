/**
 * The value `chat` returns, whether it travelled as JSON or as a folded stream: the normalized
 * completion (text, reasoning, tool calls, annotations, images, finish reason, usage) plus the
 * routing metadata of the call.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Annotation, ChatCompletion, ImageOutput, ReasoningDetail, ToolCall } from "./ChatCompletion.js"
import { Usage } from "./Usage.js"

/**
 * One attempt of a logical call: the candidate model, its attempt number, the outcome (`Success`
 * or an error tag), the HTTP status (or the `code` of an error the response carried; `undefined`
 * when no response arrived: refused or reset connection, headers timeout, local rejection), how
 * long it took, how long the pipeline waited before it, and whether it may have been billed even
 * though it failed.
 *
 * @since 0.1.0
 * @category models
 */
export const AttemptRecord = Schema.Struct({
  model: Schema.String,
  attempt: Schema.Number,
  outcome: Schema.String,
  status: Schema.UndefinedOr(Schema.Number),
  durationMs: Schema.Number,
  waitMs: Schema.Number,
  mayBeBilled: Schema.Boolean
})
/** @since 0.1.0 @category models */
export type AttemptRecord = typeof AttemptRecord.Type

/**
 * Where and how a call was served.
 *
 * @since 0.1.0
 * @category models
 */
export interface RoutingMetadata {
  /** The model the caller asked for (normalized). */
  readonly requestedModel: string
  /** The model that produced the answer (from the response). */
  readonly servedModel: string | undefined
  readonly provider: string | undefined
  /** Whether a model other than the requested one served it (client fallback or server `models`). */
  readonly fallback: boolean
  readonly generationId: string | undefined
  /** From send of the successful attempt to the end of the body, in ms. */
  readonly latencyMs: number
  /** From send to the first content event (streams only). */
  readonly timeToFirstTokenMs: number | undefined
  readonly wire: "json" | "stream"
  /** Response headers of the successful attempt. */
  readonly headers: Readonly<Record<string, string>>
  /** Every attempt of the call, failed ones included. */
  readonly attempts: ReadonlyArray<AttemptRecord>
}

/**
 * The normalized completion, as a schema (so it can be a field of a tagged error and be encoded).
 * Equal for the same exchange over either wire.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Completion = Schema.Struct({
  id: Schema.UndefinedOr(Schema.String),
  model: Schema.UndefinedOr(Schema.String),
  provider: Schema.UndefinedOr(Schema.String),
  created: Schema.UndefinedOr(Schema.Number),
  text: Schema.String,
  refusal: Schema.UndefinedOr(Schema.String),
  reasoning: Schema.UndefinedOr(Schema.String),
  reasoningDetails: Schema.Array(ReasoningDetail),
  toolCalls: Schema.Array(ToolCall),
  annotations: Schema.Array(Annotation),
  images: Schema.Array(ImageOutput),
  finishReason: Schema.NullOr(Schema.String),
  nativeFinishReason: Schema.NullOr(Schema.String),
  /** `undefined` when the response carried no usage (unknown, never 0). */
  usage: Schema.UndefinedOr(Usage)
})

/**
 * The normalized completion. Equal for the same exchange over either wire.
 *
 * @since 0.1.0
 * @category models
 */
export interface Completion extends Schema.Schema.Type<typeof Completion> {}

/**
 * What a stream left behind when it was interrupted (`StreamInterrupted.partial`): the normalized
 * completion so far plus `raw`, the chunks received folded into the JSON wire's shape (unknown
 * fields included).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PartialCompletion = Schema.Struct({
  ...Completion.fields,
  /** The chunks received so far, folded into a `ChatCompletion` (`undefined` if none arrived). */
  raw: Schema.UndefinedOr(ChatCompletion)
})

/**
 * @since 0.1.0
 * @category models
 */
export interface PartialCompletion extends Schema.Schema.Type<typeof PartialCompletion> {}

/**
 * What `chat` returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface ChatResult extends Completion {
  readonly meta: RoutingMetadata
  /**
   * The response in the JSON wire's shape, whatever the wire: the decoded body for
   * `wire: "json"`, the chunks folded into a `ChatCompletion` for `wire: "stream"` (unknown fields
   * of chunks, choices, deltas and tool calls included; see docs/chat-and-streaming.md for the fold
   * rules). `undefined` only for a stream that ended without a single chunk.
   */
  readonly raw: ChatCompletion | undefined
}

const str = (u: unknown): string | undefined => (typeof u === "string" ? u : undefined)

/**
 * The text of a message's content: the string, or the `text` parts of an array joined.
 *
 * @since 0.1.0
 * @category utils
 */
export const contentText = (content: unknown): string => {
  if (typeof content === "string") return content
  if (!Array.isArray(content)) return ""
  return content.map((part) =>
    typeof part === "object" && part !== null && (part as { readonly type?: unknown }).type === "text" &&
      typeof (part as { readonly text?: unknown }).text === "string"
      ? (part as { readonly text: string }).text
      : ""
  ).join("")
}

/**
 * Normalizes a JSON completion body (first choice).
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromCompletion = (body: ChatCompletion): Completion => {
  const choice = body.choices[0]
  const message = choice?.message
  return {
    id: str(body.id),
    model: str(body.model),
    provider: str(body.provider),
    created: typeof body.created === "number" ? body.created : undefined,
    text: contentText(message?.content),
    refusal: str(message?.refusal),
    reasoning: str(message?.reasoning),
    reasoningDetails: message?.reasoning_details ?? [],
    toolCalls: (message?.tool_calls ?? []).map(stripToolCallIndex),
    annotations: message?.annotations ?? [],
    images: message?.images ?? [],
    finishReason: str(choice?.finish_reason) ?? null,
    nativeFinishReason: str(choice?.native_finish_reason) ?? null,
    usage: body.usage ?? undefined
  }
}

const stripToolCallIndex = (call: ToolCall): ToolCall => {
  if (!("index" in call)) return call
  const { index: _index, ...rest } = call as ToolCall & { readonly index?: unknown }
  return rest as ToolCall
}

/**
 * The completion part of a result (drops `meta` and `raw`), for comparisons.
 *
 * @since 0.1.0
 * @category utils
 */
export const completion = (result: Completion): Completion => ({
  id: result.id,
  model: result.model,
  provider: result.provider,
  created: result.created,
  text: result.text,
  refusal: result.refusal,
  reasoning: result.reasoning,
  reasoningDetails: result.reasoningDetails,
  toolCalls: result.toolCalls,
  annotations: result.annotations,
  images: result.images,
  finishReason: result.finishReason,
  nativeFinishReason: result.nativeFinishReason,
  usage: result.usage
})
