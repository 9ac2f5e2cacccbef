/**
 * Streamed chat: the typed events `chatStream` emits, and the accumulator that folds chunks into
 * the same `Completion` a JSON response gives.
 *
 * @since 0.1.0
 */
import * as Chunk from "effect/Chunk"
import * as Channel from "effect/Channel"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import type { Annotation, ImageOutput, ReasoningDetail, ToolCall } from "./ChatCompletion.js"
import { ChatChunk } from "./ChatChunk.js"
import type { ChatResult, Completion } from "./ChatResult.js"
import {
  type ApiError,
  classify,
  excerpt,
  MalformedResponseError,
  TransportError
} from "./OpenRouterError.js"
import { fastChunk } from "./internal/fastChunk.js"
import * as Sse from "./Sse.js"
import type { Usage } from "./Usage.js"

// =============================================================================
// Events
// =============================================================================

/**
 * A piece of the answer text.
 *
 * @since 0.1.0
 * @category events
 */
export interface TextDelta {
  readonly _tag: "TextDelta"
  readonly text: string
  readonly chunk: ChatChunk
}

/**
 * A piece of reasoning text and/or `reasoning_details` entries (verbatim).
 *
 * @since 0.1.0
 * @category events
 */
export interface ReasoningDelta {
  readonly _tag: "ReasoningDelta"
  readonly text: string
  readonly details: ReadonlyArray<ReasoningDetail>
  readonly chunk: ChatChunk
}

/**
 * A fragment of a tool call, by index. `id` and `name` arrive on the first fragment.
 *
 * @since 0.1.0
 * @category events
 */
export interface ToolCallDelta {
  readonly _tag: "ToolCallDelta"
  readonly index: number
  readonly id: string | undefined
  readonly name: string | undefined
  readonly argumentsDelta: string
  readonly chunk: ChatChunk
}

/**
 * Annotations (e.g. `url_citation`) attached to the message.
 *
 * @since 0.1.0
 * @category events
 */
export interface AnnotationsDelta {
  readonly _tag: "Annotations"
  readonly annotations: ReadonlyArray<Annotation>
  readonly chunk: ChatChunk
}

/**
 * Generated images.
 *
 * @since 0.1.0
 * @category events
 */
export interface ImagesDelta {
  readonly _tag: "Images"
  readonly images: ReadonlyArray<ImageOutput>
  readonly chunk: ChatChunk
}

/**
 * Token usage and cost (usually on the last chunk).
 *
 * @since 0.1.0
 * @category events
 */
export interface UsageEvent {
  readonly _tag: "Usage"
  readonly usage: Usage
  readonly chunk: ChatChunk
}

/**
 * A choice finished.
 *
 * @since 0.1.0
 * @category events
 */
export interface Finish {
  readonly _tag: "Finish"
  readonly finishReason: string
  readonly nativeFinishReason: string | null
  readonly chunk: ChatChunk
}

/**
 * The last event of a successful stream: the folded result with its routing metadata.
 *
 * @since 0.1.0
 * @category events
 */
export interface Done {
  readonly _tag: "Done"
  readonly result: ChatResult
}

/**
 * Every event `chatStream` emits.
 *
 * @since 0.1.0
 * @category events
 */
export type ChatStreamEvent =
  | TextDelta
  | ReasoningDelta
  | ToolCallDelta
  | AnnotationsDelta
  | ImagesDelta
  | UsageEvent
  | Finish
  | Done

/**
 * Whether an event carries content (text, reasoning or a tool-call fragment): the first such
 * event to reach the consumer is the stream's commit point.
 *
 * @since 0.1.0
 * @category events
 */
export const isContent = (event: ChatStreamEvent): boolean =>
  event._tag === "TextDelta" || event._tag === "ReasoningDelta" || event._tag === "ToolCallDelta"

// =============================================================================
// Accumulator
// =============================================================================

interface MutableToolCall {
  id: string | undefined
  type: string | undefined
  name: string | undefined
  arguments: string
  extra: Record<string, unknown> | undefined
}

type Detail = Record<string, unknown>

const MERGEABLE_STRING_FIELDS = ["text", "summary", "data"] as const

/**
 * Folds chunks into a `Completion`. Mutable and synchronous: the hot path of every stream.
 *
 * @since 0.1.0
 * @category accumulator
 */
export class Accumulator {
  id: string | undefined = undefined
  model: string | undefined = undefined
  provider: string | undefined = undefined
  created: number | undefined = undefined
  private textParts: Array<string> = []
  private reasoningParts: Array<string> = []
  private refusalParts: Array<string> = []
  private details: Array<Detail> = []
  private detailByIndex = new Map<number, number>()
  private tools: Array<MutableToolCall> = []
  private toolByIndex = new Map<number, MutableToolCall>()
  private toolById = new Map<string, MutableToolCall>()
  private annotations: Array<Annotation> = []
  private images: Array<ImageOutput> = []
  finishReason: string | null = null
  nativeFinishReason: string | null = null
  usage: Usage | undefined = undefined
  /** Number of content events seen. */
  contentEvents = 0
  /** Number of data chunks folded. */
  chunks = 0

  /**
   * Folds one chunk and appends the events it produces to `out`.
   */
  push(chunk: ChatChunk, out: Array<ChatStreamEvent>): void {
    this.chunks++
    if (this.id === undefined && typeof chunk.id === "string") this.id = chunk.id
    if (this.model === undefined && typeof chunk.model === "string") this.model = chunk.model
    if (this.provider === undefined && typeof chunk.provider === "string") this.provider = chunk.provider
    if (this.created === undefined && typeof chunk.created === "number") this.created = chunk.created
    const choices = chunk.choices
    if (choices !== undefined && choices !== null) {
      for (const choice of choices) {
        if (choice.index !== undefined && choice.index !== null && choice.index !== 0) continue
        const delta = choice.delta
        if (delta !== undefined && delta !== null) {
          const content = delta.content
          if (typeof content === "string" && content.length > 0) {
            this.textParts.push(content)
            this.contentEvents++
            out.push({ _tag: "TextDelta", text: content, chunk })
          }
          const reasoning = typeof delta.reasoning === "string" ? delta.reasoning : ""
          const details = delta.reasoning_details ?? []
          if (reasoning.length > 0 || details.length > 0) {
            if (reasoning.length > 0) this.reasoningParts.push(reasoning)
            for (const d of details) this.mergeDetail(d as Detail)
            this.contentEvents++
            out.push({ _tag: "ReasoningDelta", text: reasoning, details, chunk })
          }
          if (typeof delta.refusal === "string" && delta.refusal.length > 0) this.refusalParts.push(delta.refusal)
          const calls = delta.tool_calls
          if (calls !== undefined && calls !== null) {
            for (const call of calls) {
              const ev = this.mergeToolCall(call as Record<string, unknown>, chunk)
              this.contentEvents++
              out.push(ev)
            }
          }
          const annotations = delta.annotations
          if (annotations !== undefined && annotations !== null && annotations.length > 0) {
            for (const a of annotations) this.annotations.push(a)
            out.push({ _tag: "Annotations", annotations, chunk })
          }
          const images = delta.images
          if (images !== undefined && images !== null && images.length > 0) {
            for (const i of images) this.images.push(i)
            out.push({ _tag: "Images", images, chunk })
          }
        }
        const finish = choice.finish_reason
        if (typeof finish === "string") {
          this.finishReason = finish
          const native = typeof choice.native_finish_reason === "string" ? choice.native_finish_reason : null
          this.nativeFinishReason = native
          out.push({ _tag: "Finish", finishReason: finish, nativeFinishReason: native, chunk })
        } else if (typeof choice.native_finish_reason === "string" && this.finishReason === null) {
          this.nativeFinishReason = choice.native_finish_reason
        }
      }
    }
    const usage = chunk.usage
    if (usage !== undefined && usage !== null) {
      this.usage = usage
      out.push({ _tag: "Usage", usage, chunk })
    }
  }

  private mergeDetail(detail: Detail): void {
    const index = detail["index"]
    if (typeof index !== "number") {
      this.details.push({ ...detail })
      return
    }
    const at = this.detailByIndex.get(index)
    const existing = at === undefined ? undefined : this.details[at]
    if (existing === undefined || (detail["type"] !== undefined && existing["type"] !== detail["type"])) {
      this.detailByIndex.set(index, this.details.length)
      this.details.push({ ...detail })
      return
    }
    for (const [key, value] of Object.entries(detail)) {
      const prev = existing[key]
      if (
        (MERGEABLE_STRING_FIELDS as ReadonlyArray<string>).includes(key) && typeof value === "string" &&
        typeof prev === "string"
      ) {
        existing[key] = prev + value
      } else if (value !== null && value !== undefined) {
        existing[key] = value
      } else if (!(key in existing)) {
        existing[key] = value
      }
    }
  }

  private mergeToolCall(call: Record<string, unknown>, chunk: ChatChunk): ToolCallDelta {
    const fn = typeof call["function"] === "object" && call["function"] !== null
      ? (call["function"] as Record<string, unknown>)
      : {}
    const id = typeof call["id"] === "string" && call["id"].length > 0 ? call["id"] : undefined
    const name = typeof fn["name"] === "string" && fn["name"].length > 0 ? fn["name"] : undefined
    const args = typeof fn["arguments"] === "string" ? fn["arguments"] : ""
    const rawIndex = typeof call["index"] === "number" ? call["index"] : undefined
    let target: MutableToolCall | undefined = rawIndex !== undefined ? this.toolByIndex.get(rawIndex) : undefined
    if (target !== undefined && id !== undefined && target.id !== undefined && target.id !== id) {
      // A new call reusing an index (some providers restart indexes): keep both.
      const byId = this.toolById.get(id)
      target = byId
    }
    if (target === undefined && id !== undefined) target = this.toolById.get(id)
    if (target === undefined) {
      target = { id: undefined, type: undefined, name: undefined, arguments: "", extra: undefined }
      this.tools.push(target)
    }
    const index = rawIndex ?? this.tools.indexOf(target)
    this.toolByIndex.set(index, target)
    if (target.id === undefined && id !== undefined) target.id = id
    if (target.id !== undefined) this.toolById.set(target.id, target)
    if (target.name === undefined && name !== undefined) target.name = name
    if (target.type === undefined && typeof call["type"] === "string") target.type = call["type"]
    for (const [key, value] of Object.entries(call)) {
      if (key !== "index" && key !== "id" && key !== "type" && key !== "function") {
        target.extra = { ...target.extra, [key]: value }
      }
    }
    target.arguments += args
    return { _tag: "ToolCallDelta", index, id, name, argumentsDelta: args, chunk }
  }

  /** The completion so far. */
  completion(): Completion {
    return {
      id: this.id,
      model: this.model,
      provider: this.provider,
      created: this.created,
      text: this.textParts.join(""),
      refusal: this.refusalParts.length > 0 ? this.refusalParts.join("") : undefined,
      reasoning: this.reasoningParts.length > 0 ? this.reasoningParts.join("") : undefined,
      reasoningDetails: this.details.map((d) => ({ ...d })) as unknown as ReadonlyArray<ReasoningDetail>,
      toolCalls: this.tools.map((t) =>
        ({
          ...t.extra,
          ...(t.id !== undefined ? { id: t.id } : {}),
          type: t.type ?? "function",
          function: { name: t.name ?? "", arguments: t.arguments }
        }) as unknown as ToolCall
      ),
      annotations: [...this.annotations],
      images: [...this.images],
      finishReason: this.finishReason,
      nativeFinishReason: this.nativeFinishReason,
      usage: this.usage
    }
  }
}

// =============================================================================
// Bytes -> events
// =============================================================================

/**
 * What the decoding channel reports besides events.
 *
 * @since 0.1.0
 * @category decoding
 */
export interface DecodeState {
  readonly accumulator: Accumulator
  /** `[DONE]` was received. */
  done: boolean
  /** Any SSE comment or event was received (keepalives included). */
  sawBytes: boolean
}

const decodeChunk = Schema.decodeUnknownEither(ChatChunk, { onExcessProperty: "preserve", errors: "first" })

/**
 * The result of feeding one read.
 *
 * @since 0.1.0
 * @category decoding
 */
export type StepFailure = ApiError | MalformedResponseError | Sse.SseLimitExceeded

/**
 * Options of the decoder.
 *
 * @since 0.1.0
 * @category decoding
 */
export interface DecoderOptions {
  readonly maxEventBytes?: number | undefined
  readonly model?: string | undefined
  readonly generationId?: string | undefined
  /** Called once per read (the idle watchdog uses it). */
  readonly onRead?: (() => void) | undefined
}

/**
 * A synchronous decoder from SSE bytes to chat events, shared by `chatStream` and `chat`:
 * `feed` returns the events of one read and, when the read ended the stream with an error
 * chunk or bad data, the failure to raise after those events.
 *
 * @since 0.1.0
 * @category decoding
 */
export const makeDecoder = (options: DecoderOptions) => {
  const state: DecodeState = { accumulator: new Accumulator(), done: false, sawBytes: false }
  let out: Array<ChatStreamEvent> = []
  let failure: StepFailure | undefined = undefined
  const onEvent = (event: Sse.SseEvent): void => {
    state.sawBytes = true
    if (failure !== undefined || state.done) return
    if (event._tag === "Comment") return
    const data = event.data
    if (data === "[DONE]") {
      state.done = true
      return
    }
    let json: unknown
    try {
      json = JSON.parse(data)
    } catch (e) {
      failure = new MalformedResponseError({
        message: `Stream data is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
        status: 200,
        excerpt: excerpt(data),
        ...(options.model !== undefined ? { model: options.model } : {}),
        ...(options.generationId !== undefined ? { generationId: options.generationId } : {})
      })
      return
    }
    if (typeof json === "object" && json !== null && "error" in json && !("choices" in json)) {
      failure = classify({
        status: 200,
        body: json,
        generationId: state.accumulator.id ?? options.generationId,
        model: state.accumulator.model ?? options.model
      })
      return
    }
    const fast = fastChunk(json)
    const decoded = fast !== undefined ? Either.right(fast) : decodeChunk(json)
    if (Either.isLeft(decoded)) {
      failure = new MalformedResponseError({
        message: `Stream chunk does not match the expected shape: ${
          ParseResult.TreeFormatter.formatErrorSync(decoded.left)
        }`,
        status: 200,
        excerpt: excerpt(data),
        ...(options.model !== undefined ? { model: options.model } : {})
      })
      return
    }
    const chunk = decoded.right
    state.accumulator.push(chunk, out)
    if (chunk.error !== undefined && chunk.error !== null) {
      failure = classify({
        status: 200,
        body: json,
        generationId: state.accumulator.id ?? options.generationId,
        model: state.accumulator.model ?? options.model
      })
    }
  }
  const parser = Sse.makeParser(onEvent, options.maxEventBytes !== undefined ? { maxEventBytes: options.maxEventBytes } : {})
  const take = (): { readonly events: Array<ChatStreamEvent>; readonly failure: StepFailure | undefined } => {
    const events = out
    out = []
    return { events, failure }
  }
  return {
    state,
    feed: (bytes: Uint8Array) => {
      if (options.onRead !== undefined) options.onRead()
      const limit = parser.feed(bytes)
      if (limit !== undefined && failure === undefined) failure = limit
      return take()
    },
    end: () => {
      const limit = parser.end()
      if (limit !== undefined && failure === undefined) failure = limit
      return take()
    }
  }
}

const DRAIN_LIMIT = 64 * 1024

/**
 * Turns a stream of SSE bytes into chat events. Fails, after delivering every event before it,
 * with the tagged error of an error chunk, `MalformedResponseError` for bad data, or a
 * `TransportError` when the body ends without `[DONE]` and without a finish reason.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeEvents = (options: DecoderOptions = {}) =>
<E, R>(
  bytes: Stream.Stream<Uint8Array, E, R>
): { readonly stream: Stream.Stream<ChatStreamEvent, E | StepFailure | TransportError, R>; readonly state: DecodeState } => {
  const decoder = makeDecoder(options)
  const loop: Channel.Channel<
    Chunk.Chunk<ChatStreamEvent>,
    Chunk.Chunk<Uint8Array>,
    E | StepFailure | TransportError,
    E,
    unknown,
    unknown
  > = Channel.readWithCause({
    onInput: (input: Chunk.Chunk<Uint8Array>) => {
      let events: Array<ChatStreamEvent> = []
      let failure: StepFailure | undefined
      for (const bytes of input) {
        const step = decoder.feed(bytes)
        if (events.length === 0) events = step.events
        else for (const e of step.events) events.push(e)
        failure = step.failure
        if (failure !== undefined || decoder.state.done) break
      }
      const emit = events.length > 0 ? Channel.write(Chunk.unsafeFromArray(events)) : Channel.void
      if (failure !== undefined) return Channel.zipRight(emit, Channel.fail(failure))
      if (decoder.state.done) return Channel.zipRight(emit, drain(0))
      return Channel.zipRight(emit, loop)
    },
    onFailure: (cause) => Channel.failCause(cause),
    onDone: (): Channel.Channel<
      Chunk.Chunk<ChatStreamEvent>,
      Chunk.Chunk<Uint8Array>,
      E | StepFailure | TransportError,
      E,
      unknown,
      unknown
    > => {
      const step = decoder.end()
      const emit = step.events.length > 0 ? Channel.write(Chunk.unsafeFromArray(step.events)) : Channel.void
      if (step.failure !== undefined) return Channel.zipRight(emit, Channel.fail(step.failure))
      if (decoder.state.done || decoder.state.accumulator.finishReason !== null) return emit
      return Channel.zipRight(
        emit,
        Channel.fail(
          new TransportError({
            message: "The stream ended without [DONE] and without a finish reason",
            sent: true,
            ...(options.model !== undefined ? { model: options.model } : {})
          })
        )
      )
    }
  })
  /**
   * After `[DONE]` the rest of the body (usually nothing but the end) is read and discarded, so
   * the HTTP connection ends cleanly and can be reused instead of being destroyed. Bounded: past
   * 64 KiB the stream ends anyway; a failure after `[DONE]` (a reset, the idle watchdog) is not an
   * error, the answer is complete.
   */
  const drain = (seen: number): Channel.Channel<
    Chunk.Chunk<ChatStreamEvent>,
    Chunk.Chunk<Uint8Array>,
    E | StepFailure | TransportError,
    E,
    unknown,
    unknown
  > =>
    Channel.readWithCause({
      onInput: (input: Chunk.Chunk<Uint8Array>) => {
        let total = seen
        for (const bytes of input) total += bytes.length
        return total > DRAIN_LIMIT ? Channel.void : drain(total)
      },
      onFailure: () => Channel.void,
      onDone: () => Channel.void
    })
  return {
    stream: Stream.pipeThroughChannelOrFail(bytes, loop),
    state: decoder.state
  }
}
