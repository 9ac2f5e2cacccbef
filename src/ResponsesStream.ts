/**
 * A streamed Responses API call as typed events, and the accumulator that folds them into the
 * final response: output items in order (messages with their text parts and annotations,
 * reasoning with its text and summary, function calls with their argument deltas), the lifecycle
 * snapshots, and the usage with its cost.
 *
 * The events are the wire events (`Responses.EventSchemas`, each with a `_tag`), `Unknown` for
 * every other type (raw JSON kept), and `Done` at the end with the folded result. An `error` event
 * or a `response.failed` ends the stream with the typed error it carries.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type { Completion, PartialCompletion, RoutingMetadata } from "./ChatResult.js"
import type { ToolCall } from "./ChatCompletion.js"
import { type ApiError, classify, excerpt, MalformedResponseError } from "./OpenRouterError.js"
import * as Responses from "./Responses.js"
import type { SseMessage } from "./Sse.js"
import type { Usage } from "./Usage.js"

/**
 * What `responses` returns and `responsesStream`'s `Done` carries: the normalized completion
 * (text, refusal, reasoning, function calls as `toolCalls`, usage in the chat shape with
 * `cost`), the routing metadata, and `raw`, the response object in the Responses API's own shape
 * (every field kept).
 *
 * @since 0.1.0
 * @category models
 */
export interface ResponsesResult extends Completion {
  readonly meta: RoutingMetadata
  /** The response object: the JSON body, or the stream folded (`undefined` if nothing arrived). */
  readonly raw: Responses.ResponseObject | undefined
}

/**
 * An event of a streamed response.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponsesStreamEvent =
  | Responses.WireEvent
  | Responses.UnknownEvent
  | { readonly _tag: "Done"; readonly result: ResponsesResult }

/**
 * Whether the event carries output (the commit point of a stream: no retry after it).
 *
 * @since 0.1.0
 * @category predicates
 */
export const isContent = (event: ResponsesStreamEvent): boolean => {
  switch (event._tag) {
    case "TextDelta":
    case "RefusalDelta":
    case "ReasoningTextDelta":
    case "ReasoningSummaryTextDelta":
    case "FunctionCallArgumentsDelta":
      return event.delta !== ""
    case "OutputItemDone":
      return hasOutput(event.item)
    default:
      return false
  }
}

const hasOutput = (item: Responses.OutputItem): boolean =>
  item.type === "function_call" ||
  (item.content ?? []).some((p) => (p.text ?? p.refusal ?? "") !== "") ||
  (item.summary ?? []).some((p) => (p.text ?? "") !== "")

const decoders = new Map<string, (u: unknown) => Either.Either<Responses.WireEvent, ParseResult.ParseError>>(
  Object.entries(Responses.EventSchemas).map(([type, schema]) => [
    type,
    Schema.decodeUnknownEither(schema as Schema.Schema<Responses.WireEvent, unknown>, {
      onExcessProperty: "preserve",
      errors: "first"
    })
  ])
)

/**
 * Decodes one event's JSON: a modelled type with its schema, every other `type` as `Unknown`.
 * A modelled type that does not match its schema is a `ParseError`.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeEvent = (json: unknown): Either.Either<Responses.WireEvent | Responses.UnknownEvent, ParseResult.ParseError> => {
  const type = isRecord(json) && typeof json["type"] === "string" ? json["type"] : ""
  const decode = decoders.get(type)
  if (decode === undefined) return Either.right({ _tag: "Unknown", type, raw: json })
  return decode(json)
}

const decodeResponse = Schema.decodeUnknownEither(Responses.ResponseObject, { onExcessProperty: "preserve" })

type Fold = Record<string, unknown>

/** HTTP statuses of the Responses API's error codes (the stream's errors carry no status). */
const STATUS: Readonly<Record<string, number>> = {
  server_error: 500,
  rate_limit_exceeded: 429,
  invalid_prompt: 400,
  vector_store_timeout: 504
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const copy = (u: unknown): Fold => {
  const out: Fold = Object.create(null)
  if (isRecord(u)) for (const [k, v] of Object.entries(u)) if (k !== "_tag") out[k] = Array.isArray(v) ? v.map(copyDeep) : copyDeep(v)
  return out
}

const copyDeep = (u: unknown): unknown => (Array.isArray(u) ? u.map(copyDeep) : isRecord(u) ? copy(u) : u)

const arrayAt = (fold: Fold, key: string): Array<unknown> => {
  const existing = fold[key]
  if (Array.isArray(existing)) return existing
  const created: Array<unknown> = []
  fold[key] = created
  return created
}

const partAt = (list: Array<unknown>, index: number, type: string): Fold => {
  const existing = list[index]
  if (isRecord(existing)) return existing
  const created: Fold = Object.create(null)
  created["type"] = type
  list[index] = created
  return created
}

const appendTo = (fold: Fold, key: string, delta: string): void => {
  const v = fold[key]
  fold[key] = (typeof v === "string" ? v : "") + delta
}

const str = (u: unknown): string | undefined => (typeof u === "string" ? u : undefined)

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
 * What ends a stream from within: the typed error of an error event, or bad data.
 *
 * @since 0.1.0
 * @category decoding
 */
export type StepFailure = ApiError | MalformedResponseError

/**
 * Folds the events of one streamed response (or adopts a JSON response) into the response object
 * and the normalized completion. `terminal` turns true at `response.completed` /
 * `response.incomplete` (the end of the answer).
 *
 * @since 0.1.0
 * @category accumulator
 */
export class Accumulator {
  private base: Fold = Object.create(null)
  private readonly items: Array<Fold | undefined> = []
  private readonly byId = new Map<string, Fold>()
  private final: Array<unknown> | undefined = undefined
  /** The answer is complete (`response.completed` or `response.incomplete` received). */
  terminal = false

  /** The response id, once known. */
  get id(): string | undefined {
    return str(this.base["id"])
  }

  /** The model that serves the response, once known. */
  get model(): string | undefined {
    return str(this.base["model"])
  }

  private item(outputIndex: number, itemId: string | undefined, type: string): Fold {
    const known = (itemId !== undefined ? this.byId.get(itemId) : undefined) ?? this.items[outputIndex]
    if (known !== undefined) return known
    const created: Fold = Object.create(null)
    created["type"] = type
    if (itemId !== undefined) created["id"] = itemId
    this.setItem(outputIndex, created)
    return created
  }

  private setItem(outputIndex: number, item: Fold): void {
    this.items[outputIndex] = item
    const id = str(item["id"])
    if (id !== undefined) this.byId.set(id, item)
  }

  /**
   * Feeds one SSE message: decoded events are pushed to `out`; an error event, a failed
   * response or bad data is returned as the failure that ends the stream.
   */
  onMessage(message: SseMessage, out: Array<ResponsesStreamEvent>, context: StepContext): StepFailure | undefined {
    let json: unknown
    try {
      json = JSON.parse(message.data)
    } catch (e) {
      return malformed(`Stream data is not valid JSON (${e instanceof Error ? e.message : String(e)})`, message.data, context)
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
  push(event: Responses.WireEvent | Responses.UnknownEvent, out: Array<ResponsesStreamEvent>, context: StepContext): StepFailure | undefined {
    switch (event._tag) {
      case "Error":
        return this.fail({ code: event.code, message: event.message, param: event.param }, undefined, context)
      case "ResponseCreated":
      case "ResponseQueued":
      case "ResponseInProgress":
      case "ResponseCompleted":
      case "ResponseIncomplete":
      case "ResponseFailed": {
        const snapshot = copy(event.response)
        const output = snapshot["output"]
        delete snapshot["output"]
        this.base = Object.assign(this.base, snapshot)
        if (event._tag !== "ResponseFailed") out.push(event)
        if (event._tag === "ResponseCompleted" || event._tag === "ResponseIncomplete") {
          if (Array.isArray(output) && output.length > 0) this.final = output
          this.terminal = true
        }
        if (event._tag === "ResponseFailed") {
          this.terminal = true
          return this.fail(event.response.error ?? { message: "The response failed" }, event.response.error_type, context)
        }
        return undefined
      }
      case "OutputItemAdded":
      case "OutputItemDone":
        this.setItem(event.output_index, copy(event.item))
        break
      case "ContentPartAdded":
      case "ContentPartDone":
        arrayAt(this.item(event.output_index, event.item_id, "message"), "content")[event.content_index] = copy(event.part)
        break
      case "TextDelta":
        appendTo(partAt(arrayAt(this.item(event.output_index, event.item_id, "message"), "content"), event.content_index, "output_text"), "text", event.delta)
        break
      case "TextDone":
        partAt(arrayAt(this.item(event.output_index, event.item_id, "message"), "content"), event.content_index, "output_text")["text"] = event.text
        break
      case "AnnotationAdded":
        arrayAt(partAt(arrayAt(this.item(event.output_index, event.item_id, "message"), "content"), event.content_index, "output_text"), "annotations")
          .push(copy(event.annotation))
        break
      case "RefusalDelta":
        appendTo(partAt(arrayAt(this.item(event.output_index, event.item_id, "message"), "content"), event.content_index, "refusal"), "refusal", event.delta)
        break
      case "RefusalDone":
        partAt(arrayAt(this.item(event.output_index, event.item_id, "message"), "content"), event.content_index, "refusal")["refusal"] = event.refusal
        break
      case "FunctionCallArgumentsDelta":
        appendTo(this.item(event.output_index, event.item_id, "function_call"), "arguments", event.delta)
        break
      case "FunctionCallArgumentsDone": {
        const item = this.item(event.output_index, event.item_id, "function_call")
        item["arguments"] = event.arguments
        if (event.name !== undefined) item["name"] = event.name
        break
      }
      case "ReasoningTextDelta":
        appendTo(partAt(arrayAt(this.item(event.output_index, event.item_id, "reasoning"), "content"), event.content_index, "reasoning_text"), "text", event.delta)
        break
      case "ReasoningTextDone":
        partAt(arrayAt(this.item(event.output_index, event.item_id, "reasoning"), "content"), event.content_index, "reasoning_text")["text"] = event.text
        break
      case "ReasoningSummaryPartAdded":
      case "ReasoningSummaryPartDone":
        arrayAt(this.item(event.output_index, event.item_id, "reasoning"), "summary")[event.summary_index] = copy(event.part)
        break
      case "ReasoningSummaryTextDelta":
        appendTo(partAt(arrayAt(this.item(event.output_index, event.item_id, "reasoning"), "summary"), event.summary_index, "summary_text"), "text", event.delta)
        break
      case "ReasoningSummaryTextDone":
        partAt(arrayAt(this.item(event.output_index, event.item_id, "reasoning"), "summary"), event.summary_index, "summary_text")["text"] = event.text
        break
      case "Unknown":
        break
    }
    out.push(event)
    return undefined
  }

  /**
   * Adopts a whole JSON response (a non-streamed reply): the same events a stream of it would
   * give (each output item done, then the terminal lifecycle event); a failed response is
   * returned as its error.
   */
  adopt(body: unknown, out: Array<ResponsesStreamEvent>, context: StepContext): StepFailure | undefined {
    const decoded = decodeResponse(body)
    if (Either.isLeft(decoded)) {
      return malformed(
        `Response does not match the expected shape: ${ParseResult.TreeFormatter.formatErrorSync(decoded.left)}`,
        JSON.stringify(body) ?? "",
        context
      )
    }
    const response = decoded.right
    ;(response.output ?? []).forEach((item, output_index) => {
      this.push({ _tag: "OutputItemDone", type: "response.output_item.done", output_index, item }, out, context)
    })
    const status = response.status
    if (status === "failed") return this.push({ _tag: "ResponseFailed", type: "response.failed", response }, out, context)
    this.push(
      status === "incomplete"
        ? { _tag: "ResponseIncomplete", type: "response.incomplete", response }
        : { _tag: "ResponseCompleted", type: "response.completed", response },
      out,
      context
    )
    return undefined
  }

  private fail(error: unknown, errorType: string | null | undefined, context: StepContext): StepFailure {
    const err: Record<string, unknown> = isRecord(error) ? { ...error } : { message: String(error) }
    if (typeof errorType === "string" && err["error_type"] === undefined) err["error_type"] = errorType
    const code = err["code"]
    if (err["http_status"] === undefined && typeof code === "string" && STATUS[code] !== undefined) err["http_status"] = STATUS[code]
    return classify({
      status: 200,
      body: { error: err },
      generationId: this.id ?? context.generationId,
      model: this.model ?? context.model,
      headers: context.headers
    })
  }

  /** The output items so far, in order (the terminal event's list when it carried one). */
  private output(): Array<unknown> {
    if (this.final !== undefined) return this.final
    return this.items.filter((i): i is Fold => i !== undefined)
  }

  /** The response object folded so far (`undefined` when nothing arrived). */
  response(): Responses.ResponseObject | undefined {
    if (Object.keys(this.base).length === 0 && this.items.length === 0) return undefined
    const decoded = decodeResponse({ ...this.base, output: this.output() })
    return Either.isRight(decoded) ? decoded.right : undefined
  }

  /** The normalized completion folded so far. */
  completion(): Completion {
    const response = this.response()
    const output = response?.output ?? []
    let text = ""
    let refusal: string | undefined
    let reasoning: string | undefined
    const toolCalls: Array<ToolCall> = []
    for (const item of output) {
      if (item.type === "message") {
        for (const part of item.content ?? []) {
          if (part.type === "output_text" && part.text !== undefined) text += part.text
          if (part.type === "refusal" && part.refusal !== undefined) refusal = (refusal ?? "") + part.refusal
        }
      } else if (item.type === "reasoning") {
        const parts = (item.content ?? []).length > 0 ? item.content ?? [] : item.summary ?? []
        for (const part of parts) if (part.text !== undefined) reasoning = (reasoning ?? "") + part.text
      } else if (item.type === "function_call") {
        toolCalls.push({
          id: item.call_id ?? item.id ?? "",
          type: "function",
          function: { name: item.name ?? "", arguments: item.arguments ?? "" }
        })
      }
    }
    const status = response?.status
    const incomplete = response?.incomplete_details?.reason
    const finishReason = status === "completed"
      ? toolCalls.length > 0 ? "tool_calls" : "stop"
      : status === "incomplete"
      ? incomplete === "max_output_tokens" ? "length" : incomplete ?? "length"
      : status === "failed"
      ? "error"
      : null
    return {
      id: response?.id,
      model: response?.model,
      provider: response?.provider ?? undefined,
      created: response?.created_at ?? undefined,
      text,
      refusal,
      reasoning,
      reasoningDetails: [],
      toolCalls,
      annotations: [],
      images: [],
      finishReason,
      nativeFinishReason: status ?? null,
      usage: usageOf(response?.usage)
    }
  }

  /** What an interrupted stream leaves (`StreamInterrupted.partial`; `raw` is chat-shaped, so unset). */
  partial(): PartialCompletion {
    return { ...this.completion(), raw: undefined }
  }
}

/**
 * The usage of a response in the chat shape the meter, budget and ledger read (`cost` kept).
 *
 * @since 0.1.0
 * @category utils
 */
export const usageOf = (usage: Responses.ResponsesUsage | null | undefined): Usage | undefined => {
  if (usage === undefined || usage === null) return undefined
  const prompt = usage.input_tokens ?? 0
  const completion = usage.output_tokens ?? 0
  const cached = usage.input_tokens_details?.["cached_tokens"]
  const reasoning = usage.output_tokens_details?.["reasoning_tokens"]
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: usage.total_tokens ?? prompt + completion,
    ...(usage.cost !== undefined ? { cost: usage.cost } : {}),
    ...(usage.is_byok !== undefined ? { is_byok: usage.is_byok } : {}),
    ...(typeof cached === "number" ? { prompt_tokens_details: { cached_tokens: cached } } : {}),
    ...(typeof reasoning === "number" ? { completion_tokens_details: { reasoning_tokens: reasoning } } : {})
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
