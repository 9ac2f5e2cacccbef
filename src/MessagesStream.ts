/**
 * A streamed Messages API call (Anthropic-compatible) as typed events, and the accumulator that
 * folds them into the final message: content blocks in order (text with citations, `tool_use`
 * with its `input_json_delta`s parsed at the end, thinking with its signature), the stop reason,
 * and the usage of `message_start` and `message_delta` merged, with its cost.
 *
 * The events are the wire events (`Messages.EventSchemas`, each with a `_tag`), `Unknown` for
 * every other type (raw JSON kept), and `Done` at the end with the folded result. An `error` event
 * (or an SSE message with `event: error`) ends the stream with the typed error it carries.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type { ToolCall } from "./ChatCompletion.js"
import type { Completion, PartialCompletion, RoutingMetadata } from "./ChatResult.js"
import * as Messages from "./Messages.js"
import { type ApiError, classify, excerpt, MalformedResponseError } from "./OpenRouterError.js"
import type { SseMessage } from "./Sse.js"
import type { Usage } from "./Usage.js"

/**
 * What `messages` returns and `messagesStream`'s `Done` carries: the normalized completion (text,
 * thinking as `reasoning`, `tool_use` blocks as `toolCalls`, usage in the chat shape with
 * `cost`), the routing metadata, and `raw`, the message in the Messages API's own shape.
 *
 * @since 0.1.0
 * @category models
 */
export interface MessagesResult extends Completion {
  readonly meta: RoutingMetadata
  /** The message: the JSON body, or the stream folded (`undefined` if nothing arrived). */
  readonly raw: Messages.Message | undefined
}

/**
 * An event of a streamed message.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagesStreamEvent =
  | Messages.WireEvent
  | Messages.UnknownEvent
  | { readonly _tag: "Done"; readonly result: MessagesResult }

/**
 * Whether the event carries output (the commit point of a stream: no retry after it).
 *
 * @since 0.1.0
 * @category predicates
 */
export const isContent = (event: MessagesStreamEvent): boolean => {
  if (event._tag === "ContentBlockDelta") {
    const d = event.delta
    return (d.text ?? d.partial_json ?? d.thinking ?? "") !== ""
  }
  if (event._tag === "ContentBlockStart") {
    const b = event.content_block
    return b.type === "tool_use" || (b.text ?? b.thinking ?? "") !== ""
  }
  return false
}

const decoders = new Map<string, (u: unknown) => Either.Either<Messages.WireEvent, ParseResult.ParseError>>(
  Object.entries(Messages.EventSchemas).map(([type, schema]) => [
    type,
    Schema.decodeUnknownEither(schema as Schema.Schema<Messages.WireEvent, unknown>, {
      onExcessProperty: "preserve",
      errors: "first"
    })
  ])
)

/**
 * Decodes one event's JSON: a modelled type with its schema, every other `type` as `Unknown`.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeEvent = (json: unknown): Either.Either<Messages.WireEvent | Messages.UnknownEvent, ParseResult.ParseError> => {
  const type = isRecord(json) && typeof json["type"] === "string" ? json["type"] : ""
  const decode = decoders.get(type)
  return decode === undefined ? Either.right({ _tag: "Unknown", type, raw: json }) : decode(json)
}

const decodeMessage = Schema.decodeUnknownEither(Messages.Message, { onExcessProperty: "preserve" })

type Fold = Record<string, unknown>

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const copyDeep = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(copyDeep)
  if (!isRecord(u)) return u
  const out: Fold = Object.create(null)
  for (const [k, v] of Object.entries(u)) if (k !== "_tag") out[k] = copyDeep(v)
  return out
}

const copy = (u: unknown): Fold => {
  const c = copyDeep(u)
  return isRecord(c) ? c : Object.create(null)
}

const str = (u: unknown): string | undefined => (typeof u === "string" ? u : undefined)

/** HTTP statuses of Anthropic's error types (the stream's errors carry no status). */
const STATUS: Readonly<Record<string, number>> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529
}

/**
 * The context an error event is classified in.
 *
 * @since 0.1.0
 * @category decoding
 */
export interface StepContext {
  readonly model?: string | undefined
  readonly generationId?: string | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
}

/**
 * Folds the events of one streamed message (or adopts a JSON message). `terminal` turns true at
 * `message_stop`.
 *
 * @since 0.1.0
 * @category accumulator
 */
export class Accumulator {
  private base: Fold = Object.create(null)
  private usage: Fold = Object.create(null)
  private readonly blocks: Array<Fold | undefined> = []
  private readonly json = new Map<number, string>()
  /** The message is complete (`message_stop` received). */
  terminal = false

  /** The message id, once known. */
  get id(): string | undefined {
    return str(this.base["id"])
  }

  /** The model that serves the message, once known. */
  get model(): string | undefined {
    return str(this.base["model"])
  }

  private mergeUsage(usage: unknown): void {
    if (!isRecord(usage)) return
    for (const [k, v] of Object.entries(usage)) if (v !== null || !(k in this.usage)) this.usage[k] = copyDeep(v)
  }

  private block(index: number, type: string): Fold {
    const known = this.blocks[index]
    if (known !== undefined) return known
    const created: Fold = Object.create(null)
    created["type"] = type
    this.blocks[index] = created
    return created
  }

  /** Feeds one SSE message; an error event (or `event: error`) or bad data is returned as the failure. */
  onMessage(message: SseMessage, out: Array<MessagesStreamEvent>, context: StepContext): ApiError | MalformedResponseError | undefined {
    let json: unknown
    try {
      json = JSON.parse(message.data)
    } catch (e) {
      if (message.event === "error") return this.fail({ message: message.data }, context)
      return malformed(`Stream data is not valid JSON (${e instanceof Error ? e.message : String(e)})`, message.data, context)
    }
    if (message.event === "error" && !(isRecord(json) && json["type"] === "error")) {
      return this.fail(isRecord(json) && isRecord(json["error"]) ? json["error"] : json, context)
    }
    const decoded = decodeEvent(json)
    if (Either.isLeft(decoded)) {
      return malformed(
        `Stream event does not match the expected shape: ${ParseResult.TreeFormatter.formatErrorSync(decoded.left)}`,
        message.data,
        context
      )
    }
    return this.push(decoded.right, out, context)
  }

  /** Folds one decoded event (pushed to `out` unless it is an error). */
  push(
    event: Messages.WireEvent | Messages.UnknownEvent,
    out: Array<MessagesStreamEvent>,
    context: StepContext
  ): ApiError | undefined {
    switch (event._tag) {
      case "Error":
        return this.fail(event.error ?? { message: "The stream reported an error" }, context)
      case "MessageStart": {
        const message = copy(event.message)
        const content = message["content"]
        delete message["content"]
        this.mergeUsage(message["usage"])
        delete message["usage"]
        this.base = Object.assign(this.base, message)
        if (Array.isArray(content)) content.forEach((b, i) => (this.blocks[i] = copy(b)))
        break
      }
      case "ContentBlockStart":
        this.blocks[event.index] = copy(event.content_block)
        break
      case "ContentBlockDelta": {
        const d = event.delta
        const block = this.block(event.index, d.type === "input_json_delta" ? "tool_use" : d.type === "text_delta" ? "text" : "thinking")
        const add = (key: string, text: string) => {
          const v = block[key]
          block[key] = (typeof v === "string" ? v : "") + text
        }
        if (d.type === "text_delta" && d.text !== undefined) add("text", d.text)
        else if (d.type === "input_json_delta" && d.partial_json !== undefined) {
          this.json.set(event.index, (this.json.get(event.index) ?? "") + d.partial_json)
        } else if (d.type === "thinking_delta" && d.thinking !== undefined) add("thinking", d.thinking)
        else if (d.type === "signature_delta" && d.signature !== undefined) add("signature", d.signature)
        else if (d.type === "citations_delta" && d.citation !== undefined) {
          const list = Array.isArray(block["citations"]) ? block["citations"] : []
          block["citations"] = [...list, copy(d.citation)]
        }
        break
      }
      case "ContentBlockStop":
        this.settleJson(event.index)
        break
      case "MessageDelta":
        for (const [k, v] of Object.entries(event.delta)) this.base[k] = copyDeep(v)
        this.mergeUsage(event.usage)
        break
      case "MessageStop":
        this.terminal = true
        break
      case "Ping":
      case "Unknown":
        break
    }
    out.push(event)
    return undefined
  }

  /** A tool call's streamed input, parsed into `input` (kept as the string when it is not JSON). */
  private settleJson(index: number): void {
    const text = this.json.get(index)
    const block = this.blocks[index]
    if (text === undefined || block === undefined) return
    try {
      block["input"] = JSON.parse(text === "" ? "{}" : text)
    } catch {
      block["input"] = text
    }
    this.json.delete(index)
  }

  /** Adopts a whole JSON message: the events a stream of it would give, ending with `message_stop`. */
  adopt(body: unknown, out: Array<MessagesStreamEvent>, context: StepContext): ApiError | MalformedResponseError | undefined {
    // Anthropic's error envelope (`{type: "error", error: {type, message}}`) in a 200.
    if (isRecord(body) && body["type"] === "error") return this.fail(isRecord(body["error"]) ? body["error"] : body, context)
    const decoded = decodeMessage(body)
    if (Either.isLeft(decoded)) {
      return malformed(
        `Response does not match the expected shape: ${ParseResult.TreeFormatter.formatErrorSync(decoded.left)}`,
        JSON.stringify(body) ?? "",
        context
      )
    }
    const { content, stop_reason, stop_sequence, usage, ...rest } = decoded.right
    this.push({ _tag: "MessageStart", type: "message_start", message: { ...rest, content: [] } }, out, context)
    ;(content ?? []).forEach((block, index) => {
      this.push({ _tag: "ContentBlockStart", type: "content_block_start", index, content_block: block }, out, context)
      this.push({ _tag: "ContentBlockStop", type: "content_block_stop", index }, out, context)
    })
    this.push({
      _tag: "MessageDelta",
      type: "message_delta",
      delta: {
        ...(stop_reason !== undefined ? { stop_reason } : {}),
        ...(stop_sequence !== undefined ? { stop_sequence } : {})
      },
      ...(usage !== undefined ? { usage } : {})
    }, out, context)
    this.push({ _tag: "MessageStop", type: "message_stop" }, out, context)
    return undefined
  }

  private fail(error: unknown, context: StepContext): ApiError {
    const err: Record<string, unknown> = isRecord(error) ? { ...error } : { message: String(error) }
    const type = str(err["type"])
    if (err["http_status"] === undefined && type !== undefined && STATUS[type] !== undefined) err["http_status"] = STATUS[type]
    return classify({
      status: 200,
      body: { error: err },
      generationId: this.id ?? context.generationId,
      model: this.model ?? context.model,
      headers: context.headers
    })
  }

  /** The message folded so far (`undefined` when nothing arrived). */
  message(): Messages.Message | undefined {
    if (Object.keys(this.base).length === 0 && this.blocks.length === 0) return undefined
    const blocks = this.blocks.map((b, i) => {
      const pending = this.json.get(i)
      if (b === undefined || pending === undefined) return b ?? { type: "text", text: "" }
      let input: unknown = pending
      try {
        input = JSON.parse(pending)
      } catch {
        // an unfinished tool input stays a string
      }
      return { ...b, input }
    })
    const usage = Object.keys(this.usage).length > 0 ? { usage: this.usage } : {}
    const decoded = decodeMessage({ ...this.base, content: blocks, ...usage })
    return Either.isRight(decoded) ? decoded.right : undefined
  }

  /** The normalized completion folded so far. */
  completion(): Completion {
    const message = this.message()
    let text = ""
    let reasoning: string | undefined
    const toolCalls: Array<ToolCall> = []
    for (const block of message?.content ?? []) {
      if (block.type === "text" && block.text !== undefined) text += block.text
      else if (block.type === "thinking" && block.thinking !== undefined) reasoning = (reasoning ?? "") + block.thinking
      else if (block.type === "tool_use") {
        toolCalls.push({
          id: block.id ?? "",
          type: "function",
          function: {
            name: block.name ?? "",
            arguments: typeof block.input === "string" ? block.input : JSON.stringify(block.input ?? {})
          }
        })
      }
    }
    const stop = message?.stop_reason ?? null
    return {
      id: message?.id,
      model: message?.model,
      provider: message?.provider ?? undefined,
      created: undefined,
      text,
      refusal: undefined,
      reasoning,
      reasoningDetails: [],
      toolCalls,
      annotations: [],
      images: [],
      finishReason: stop === null ? null : FINISH[stop] ?? stop,
      nativeFinishReason: stop,
      usage: usageOf(message?.usage)
    }
  }

  /** What an interrupted stream leaves (`StreamInterrupted.partial`; `raw` is chat-shaped, so unset). */
  partial(): PartialCompletion {
    return { ...this.completion(), raw: undefined }
  }
}

const FINISH: Readonly<Record<string, string>> = {
  end_turn: "stop",
  stop_sequence: "stop",
  max_tokens: "length",
  model_context_window_exceeded: "length",
  tool_use: "tool_calls",
  refusal: "content_filter"
}

/**
 * The usage of a message in the chat shape the meter, budget and ledger read: input tokens
 * include the cache reads and writes (`prompt_tokens_details.cached_tokens` the reads), `cost` kept.
 *
 * @since 0.1.0
 * @category utils
 */
export const usageOf = (usage: Messages.MessagesUsage | null | undefined): Usage | undefined => {
  if (usage === undefined || usage === null) return undefined
  const cacheRead = usage.cache_read_input_tokens ?? 0
  const prompt = (usage.input_tokens ?? 0) + cacheRead + (usage.cache_creation_input_tokens ?? 0)
  const completion = usage.output_tokens ?? 0
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    ...(usage.cost !== undefined ? { cost: usage.cost } : {}),
    ...(usage.is_byok !== undefined ? { is_byok: usage.is_byok } : {}),
    ...(cacheRead > 0 ? { prompt_tokens_details: { cached_tokens: cacheRead } } : {})
  }
}

const malformed = (message: string, data: string, context: StepContext) =>
  new MalformedResponseError({
    message,
    status: 200,
    excerpt: excerpt(data),
    ...(context.model !== undefined ? { model: context.model } : {}),
    ...(context.generationId !== undefined ? { generationId: context.generationId } : {})
  })
