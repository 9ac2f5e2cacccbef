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
import type { Annotation, ChatCompletion, ImageOutput, ReasoningDetail } from "./ChatCompletion.js"
import { ChatChunk, type ChunkChoice } from "./ChatChunk.js"
import { type ChatResult, type Completion, contentText, fromCompletion, type PartialCompletion } from "./ChatResult.js"
import { extend } from "./internal/extend.js"
import {
  type ApiError,
  classify,
  excerpt,
  MalformedResponseError,
  TransportError
} from "./OpenRouterError.js"
import { fastCheck } from "./internal/fastCheck.js"
import { fastChunk } from "./internal/fastChunk.js"
import { emptyArray } from "./internal/longLived.js"
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

/** A JSON object being folded. */
type Fold = Record<string, unknown>

/**
 * A fold target without a prototype: a `"__proto__"` key sent by a server is kept as a plain field
 * (spreading the fold into the result copies it as an own property).
 */
const emptyFold = (): Fold => Object.create(null) as Fold

/** Reads any decoded wire value (tolerant structs carry unknown keys) as a plain record. */
type Json = { readonly [key: string]: unknown }

interface MutableToolCall {
  id: string | undefined
  type: string | undefined
  name: string | undefined
  arguments: Array<string>
  /** Keys of the call other than `index`, `id`, `type`, `function` (last non-null wins). */
  extra: Fold
  /** Keys of `function` other than `name`, `arguments`. */
  fnExtra: Fold
}

type Detail = Record<string, unknown>

const MERGEABLE_STRING_FIELDS: ReadonlyArray<string> = ["text", "summary", "data"]

/**
 * Folds one value into `target[key]`, the rule for every field without a rule of its own: the
 * last non-null value wins, a `null` is kept only when nothing else came (null stays null, absent
 * stays absent).
 */
const foldLast = (target: Fold, key: string, value: unknown): void => {
  if (value === undefined) return
  if (value !== null) target[key] = value
  else if (!(key in target)) target[key] = null
}

/** Text pieces of one delta field: `undefined` = never sent, `null` = only `null` sent. */
type Parts = Array<string> | null | undefined

const foldParts = (parts: Parts, value: unknown): Parts => {
  if (typeof value === "string") {
    if (parts === undefined || parts === null) return Array.of(value)
    parts.push(value)
    return parts
  }
  return value === null && parts === undefined ? null : parts
}

const joinParts = (target: Fold, key: string, parts: Parts): void => {
  if (parts === undefined) return
  target[key] = parts === null ? null : parts.length === 1 ? parts[0] : parts.join("")
}

/** An array field folded by concatenation (`annotations`, `images`, logprob tokens). */
type Items = Array<unknown> | null | undefined

const foldItems = (items: Items, value: unknown): Items => {
  if (Array.isArray(value)) {
    if (items === undefined || items === null) return [...(value as ReadonlyArray<unknown>)]
    for (const v of value as ReadonlyArray<unknown>) items.push(v)
    return items
  }
  return value === null && items === undefined ? null : items
}

const isRecord = (u: unknown): u is Json => typeof u === "object" && u !== null && !Array.isArray(u)

/** Folds an object whose listed string keys are streamed in pieces (`delta.audio`). */
const foldPieces = (target: Fold | null | undefined, value: unknown, pieces: ReadonlyArray<string>): Fold | null | undefined => {
  if (!isRecord(value)) return value === null && target === undefined ? null : target
  const out: Fold = target ?? emptyFold()
  for (const key of Object.keys(value)) {
    const v = value[key]
    const prev = out[key]
    if (pieces.includes(key) && typeof v === "string" && typeof prev === "string") out[key] = prev + v
    else foldLast(out, key, v)
  }
  return out
}

/** Folds `choices[i].logprobs`: token arrays concatenated, anything else last-wins. */
const foldLogprobs = (target: Fold | null | undefined, value: unknown): Fold | null | undefined => {
  if (!isRecord(value)) return value === null && target === undefined ? null : target
  const out: Fold = target ?? emptyFold()
  for (const key of Object.keys(value)) {
    const v = value[key]
    const prev = out[key]
    if (Array.isArray(v) && (Array.isArray(prev) || prev === undefined || prev === null)) {
      out[key] = Array.isArray(prev) ? [...(prev as ReadonlyArray<unknown>), ...(v as ReadonlyArray<unknown>)] : [...(v as ReadonlyArray<unknown>)]
    } else foldLast(out, key, v)
  }
  return out
}

/** The fold of one choice (by its `index`) across chunks. */
class ChoiceFold {
  /** Choice keys other than `index`, `delta`, `logprobs` (finish reasons, error, unknown keys). */
  readonly fields: Fold = emptyFold()
  /** Delta keys without a rule of their own (`role`, unknown keys). */
  readonly message: Fold = emptyFold()
  content: Parts = undefined
  reasoning: Parts = undefined
  refusal: Parts = undefined
  details: Array<Detail> | null | undefined = undefined
  // Made on first use (most streams have neither reasoning details nor tool calls; an open
  // stream keeps its folds).
  private detailByIndex: Map<number, number> | undefined = undefined
  tools: Array<MutableToolCall> | null | undefined = undefined
  private toolByIndex: Map<number, MutableToolCall> | undefined = undefined
  private toolById: Map<string, MutableToolCall> | undefined = undefined
  annotations: Items = undefined
  images: Items = undefined
  audio: Fold | null | undefined = undefined
  logprobs: Fold | null | undefined = undefined

  constructor(readonly index: number) {}

  mergeDetail(detail: Detail): void {
    const details = this.details ?? (this.details = [])
    const index = detail["index"]
    if (typeof index !== "number") {
      details.push({ ...detail })
      return
    }
    const byIndex = this.detailByIndex ?? (this.detailByIndex = new Map())
    const at = byIndex.get(index)
    const existing = at === undefined ? undefined : details[at]
    if (existing === undefined || (detail["type"] !== undefined && existing["type"] !== detail["type"])) {
      byIndex.set(index, details.length)
      details.push({ ...detail })
      return
    }
    for (const [key, value] of Object.entries(detail)) {
      const prev = existing[key]
      if (MERGEABLE_STRING_FIELDS.includes(key) && typeof value === "string" && typeof prev === "string") {
        existing[key] = prev + value
      } else if (value !== null && value !== undefined) {
        existing[key] = value
      } else if (!(key in existing)) {
        existing[key] = value
      }
    }
  }

  /**
   * Folds one tool-call fragment. Fragments are matched by `index` (two calls may share an id;
   * they stay two calls); a fragment at a known index with a different id starts a new call
   * (providers that restart indexes). Only a fragment without an index is matched by id, and one
   * with neither continues the last call (or starts one when it names a function).
   */
  mergeToolCall(call: Json): { readonly index: number; readonly id: string | undefined; readonly name: string | undefined; readonly args: string } {
    const tools = this.tools ?? (this.tools = [])
    const fn = isRecord(call["function"]) ? call["function"] : {}
    const rawId = call["id"]
    const id = typeof rawId === "string" && rawId.length > 0 ? rawId : undefined
    const rawName = fn["name"]
    const name = typeof rawName === "string" && rawName.length > 0 ? rawName : undefined
    const rawArgs = fn["arguments"]
    const args = typeof rawArgs === "string" ? rawArgs : ""
    const rawIndex = typeof call["index"] === "number" ? call["index"] : undefined
    const toolByIndex = this.toolByIndex ?? (this.toolByIndex = new Map())
    const toolById = this.toolById ?? (this.toolById = new Map())
    let target: MutableToolCall | undefined
    if (rawIndex !== undefined) {
      target = toolByIndex.get(rawIndex)
      if (target !== undefined && id !== undefined && target.id !== undefined && target.id !== id) target = undefined
    } else if (id !== undefined) {
      target = toolById.get(id)
    } else if (name === undefined) {
      target = tools[tools.length - 1]
    }
    if (target === undefined) {
      target = { id: undefined, type: undefined, name: undefined, arguments: [], extra: emptyFold(), fnExtra: emptyFold() }
      tools.push(target)
    }
    if (rawIndex !== undefined) toolByIndex.set(rawIndex, target)
    if (target.id === undefined && id !== undefined) target.id = id
    if (id !== undefined) toolById.set(id, target)
    if (target.name === undefined && name !== undefined) target.name = name
    const type = call["type"]
    if (target.type === undefined && typeof type === "string") target.type = type
    for (const key of Object.keys(call)) {
      if (key !== "index" && key !== "id" && key !== "type" && key !== "function") foldLast(target.extra, key, call[key])
    }
    for (const key of Object.keys(fn)) {
      if (key !== "name" && key !== "arguments") foldLast(target.fnExtra, key, fn[key])
    }
    if (args.length > 0) target.arguments.push(args)
    return { index: rawIndex ?? tools.indexOf(target), id, name, args }
  }

  build(): Fold {
    // `extend`, not spreads: a spread copy given new keys is slow on Node 20
    // (`internal/extend.ts`); this runs once per choice at the end of every streamed call.
    const message: Fold = extend(this.message, {})
    // `role` is required on a JSON message; deltas usually send it once, some never do.
    if (typeof message["role"] !== "string") message["role"] = "assistant"
    joinParts(message, "content", this.content)
    joinParts(message, "reasoning", this.reasoning)
    joinParts(message, "refusal", this.refusal)
    if (this.details !== undefined) message["reasoning_details"] = this.details === null ? null : this.details.map((d) => ({ ...d }))
    if (this.tools !== undefined) {
      message["tool_calls"] = this.tools === null ? null : this.tools.map((t) => ({
        ...t.extra,
        ...(t.id !== undefined ? { id: t.id } : {}),
        type: t.type ?? "function",
        function: { ...t.fnExtra, name: t.name ?? "", arguments: t.arguments.join("") }
      }))
    }
    if (this.annotations !== undefined) message["annotations"] = this.annotations === null ? null : [...this.annotations]
    if (this.images !== undefined) message["images"] = this.images === null ? null : [...this.images]
    if (this.audio !== undefined) message["audio"] = this.audio === null ? null : { ...this.audio }
    const choice: Fold = extend(this.fields, { index: this.index, message })
    if (this.logprobs !== undefined) choice["logprobs"] = this.logprobs === null ? null : { ...this.logprobs }
    return choice
  }
}

/**
 * Folds chunks into a `Completion` and, for `raw`, into the JSON wire's `ChatCompletion` shape.
 * Mutable and synchronous: the hot path of every stream.
 *
 * Fold rules (every choice, by `index`): `content`, `reasoning`, `refusal` and `audio.data` /
 * `audio.transcript` are concatenated; `reasoning_details` merged by their `index`; tool calls
 * accumulated by `index`; `annotations`, `images` and logprob tokens appended; `id`, `object`,
 * `created`, `model`, `provider` keep their first value; every other field (finish reasons,
 * `usage`, `system_fingerprint`, `service_tier`, `openrouter_metadata`, unknown fields of chunks,
 * choices, deltas and tool calls) keeps its last non-null value, or `null` when only `null` came.
 * Events are emitted for choice 0.
 *
 * @since 0.1.0
 * @category accumulator
 */
export class Accumulator {
  id: string | undefined = undefined
  model: string | undefined = undefined
  provider: string | undefined = undefined
  created: number | undefined = undefined
  finishReason: string | null = null
  nativeFinishReason: string | null = null
  usage: Usage | undefined = undefined
  /** Number of content events seen. */
  contentEvents = 0
  /** Number of data chunks folded. */
  chunks = 0
  private readonly top: Fold = emptyFold()
  // In order of first appearance (almost always one): an array, not a Map, per open stream.
  private readonly choices: Array<ChoiceFold> = emptyArray()
  /** A JSON completion taken as is (a JSON reply on the stream wire). */
  private adopted: ChatCompletion | undefined = undefined

  /**
   * Folds one chunk and appends the events it produces to `out`.
   */
  push(chunk: ChatChunk, out: Array<ChatStreamEvent>): void {
    this.chunks++
    if (this.id === undefined && typeof chunk.id === "string") this.id = chunk.id
    if (this.model === undefined && typeof chunk.model === "string") this.model = chunk.model
    if (this.provider === undefined && typeof chunk.provider === "string") this.provider = chunk.provider
    if (this.created === undefined && typeof chunk.created === "number") this.created = chunk.created
    const record: Json = chunk
    const top = this.top
    for (const key in record) {
      switch (key) {
        case "choices":
          break
        case "id":
        case "object":
        case "created":
        case "model":
        case "provider":
          if (top[key] === undefined || top[key] === null) foldLast(top, key, record[key])
          break
        default:
          foldLast(top, key, record[key])
      }
    }
    const choices = chunk.choices
    if (choices !== undefined && choices !== null) {
      for (const choice of choices) this.foldChoice(choice, chunk, out)
    }
    const usage = chunk.usage
    if (usage !== undefined && usage !== null) {
      this.usage = usage
      out.push({ _tag: "Usage", usage, chunk })
    }
  }

  private foldChoice(choice: ChunkChoice, chunk: ChatChunk, out: Array<ChatStreamEvent>): void {
    const index = typeof choice.index === "number" ? choice.index : 0
    let state: ChoiceFold | undefined
    for (const c of this.choices) {
      if (c.index === index) {
        state = c
        break
      }
    }
    if (state === undefined) {
      state = new ChoiceFold(index)
      this.choices.push(state)
    }
    const emit = index === 0
    const record: Json = choice
    for (const key in record) {
      if (key === "index" || key === "delta") continue
      if (key === "logprobs") state.logprobs = foldLogprobs(state.logprobs, record[key])
      else foldLast(state.fields, key, record[key])
    }
    const delta = choice.delta
    if (delta !== undefined && delta !== null) {
      const fields: Json = delta
      for (const key in fields) {
        const value = fields[key]
        switch (key) {
          case "content":
            state.content = foldParts(state.content, value)
            break
          case "reasoning":
            state.reasoning = foldParts(state.reasoning, value)
            break
          case "refusal":
            state.refusal = foldParts(state.refusal, value)
            break
          case "reasoning_details":
            if (Array.isArray(value)) {
              if (state.details === undefined || state.details === null) state.details = []
              for (const d of value as ReadonlyArray<Detail>) state.mergeDetail(d)
            } else if (value === null && state.details === undefined) state.details = null
            break
          case "tool_calls":
            // The calls themselves are merged below (they produce events).
            if (Array.isArray(value) && (state.tools === undefined || state.tools === null)) state.tools = []
            else if (value === null && state.tools === undefined) state.tools = null
            break
          case "annotations":
            state.annotations = foldItems(state.annotations, value)
            break
          case "images":
            state.images = foldItems(state.images, value)
            break
          case "audio":
            state.audio = foldPieces(state.audio, value, AUDIO_PIECES)
            break
          default:
            foldLast(state.message, key, value)
        }
      }
      const content = delta.content
      if (emit && typeof content === "string" && content.length > 0) {
        this.contentEvents++
        out.push({ _tag: "TextDelta", text: content, chunk })
      }
      const reasoning = typeof delta.reasoning === "string" ? delta.reasoning : ""
      const details = delta.reasoning_details ?? []
      if (emit && (reasoning.length > 0 || details.length > 0)) {
        this.contentEvents++
        out.push({ _tag: "ReasoningDelta", text: reasoning, details, chunk })
      }
      const calls = delta.tool_calls
      if (calls !== undefined && calls !== null) {
        for (const call of calls) {
          const merged = state.mergeToolCall(call)
          if (emit) {
            this.contentEvents++
            out.push({
              _tag: "ToolCallDelta",
              index: merged.index,
              id: merged.id,
              name: merged.name,
              argumentsDelta: merged.args,
              chunk
            })
          }
        }
      }
      const annotations = delta.annotations
      if (emit && annotations !== undefined && annotations !== null && annotations.length > 0) {
        out.push({ _tag: "Annotations", annotations, chunk })
      }
      const images = delta.images
      if (emit && images !== undefined && images !== null && images.length > 0) {
        out.push({ _tag: "Images", images, chunk })
      }
    }
    if (!emit) return
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

  /**
   * Takes a whole JSON completion (a JSON reply to a streaming request): its events are appended
   * to `out` and `raw()` is the completion itself.
   */
  adopt(completion: ChatCompletion, out: Array<ChatStreamEvent>): void {
    this.push(chunkOfCompletion(completion), out)
    this.adopted = completion
  }

  /**
   * The response so far in the JSON wire's shape (`undefined` before the first chunk).
   */
  raw(): ChatCompletion | undefined {
    if (this.adopted !== undefined) return this.adopted
    if (this.chunks === 0) return undefined
    const choices = [...this.choices].sort((a, b) => a.index - b.index).map((c) => c.build())
    const out: Fold = extend(this.top, { choices })
    if (out["object"] === "chat.completion.chunk") out["object"] = "chat.completion"
    // Every chunk passed `ChatChunk`'s schema (id, object, created, model, choices required), and
    // each fold rule keeps the declared type of its field, so the fold has `ChatCompletion`'s shape.
    return out as unknown as ChatCompletion
  }

  /** The completion so far: the normalization of `raw()`, the same as for a JSON response. */
  completion(): Completion {
    return normalize(this.raw())
  }

  /** The completion so far with `raw` (what `StreamInterrupted.partial` carries). */
  partial(): PartialCompletion {
    const raw = this.raw()
    return extend(normalize(raw), { raw })
  }
}

const AUDIO_PIECES: ReadonlyArray<string> = ["data", "transcript"]

const EMPTY: Completion = {
  id: undefined,
  model: undefined,
  provider: undefined,
  created: undefined,
  text: "",
  refusal: undefined,
  reasoning: undefined,
  reasoningDetails: [],
  toolCalls: [],
  annotations: [],
  images: [],
  finishReason: null,
  nativeFinishReason: null,
  usage: undefined
}

const normalize = (raw: ChatCompletion | undefined): Completion => (raw === undefined ? EMPTY : fromCompletion(raw))

/**
 * A JSON completion as the one chunk that carries all of it (`tool_calls` indexed by position,
 * array content as its text): what a JSON reply on the stream wire is folded from.
 *
 * @since 0.1.0
 * @category accumulator
 */
export const chunkOfCompletion = (completion: ChatCompletion): ChatChunk => {
  const { choices, object, ...top } = completion
  return {
    ...top,
    object: object === "chat.completion" ? "chat.completion.chunk" : object,
    choices: choices.map(({ message, ...choice }) => {
      const { content, tool_calls, ...delta } = message
      return {
        ...choice,
        delta: {
          ...delta,
          ...(content !== undefined ? { content: content === null ? null : contentText(content) } : {}),
          ...(tool_calls !== undefined
            ? {
              tool_calls: tool_calls === null
                ? null
                : tool_calls.map((call, index) => ({ ...call, index }))
            }
            : {})
        }
      }
    })
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
/** Chunks the schema takes unchanged (usage, tool calls, …) without the parser (`internal/fastCheck.ts`). */
const checkChunk = fastCheck(ChatChunk.ast)

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
  /**
   * Headers of the response, given to the errors of error chunks as an HTTP error gets them
   * (rate-limit and retry hints included).
   */
  readonly headers?: Readonly<Record<string, string>> | undefined
  /** Called once per read (the idle watchdog uses it). */
  readonly onRead?: (() => void) | undefined
  /**
   * Hand over the stream's first content event without decoding the rest of its read: the
   * events after it in that read are held (split, not yet parsed) and decoded by the next
   * `flush`, `feed` or `end`. For time to first chunk when one read carries many events.
   */
  readonly firstContentAlone?: boolean | undefined
}

/**
 * What `makeDecoder` hands back.
 *
 * @since 0.1.0
 * @category decoding
 */
export interface Decoder {
  readonly state: DecodeState
  /** Decodes one read: its events, and the failure to raise after them. */
  feed(bytes: Uint8Array): Step
  /** Whether events are held (`firstContentAlone`): `flush` decodes them. */
  readonly holding: boolean
  /** Decodes the held events (`firstContentAlone`); nothing else. */
  flush(): Step
  /** End of the body: decodes what is left. */
  end(): Step
}

type Step = { readonly events: Array<ChatStreamEvent>; readonly failure: StepFailure | undefined }

class State implements DecodeState {
  readonly accumulator = new Accumulator()
  done = false
  sawBytes = false
}

/**
 * The decoder as one object (methods on the prototype, not a closure per step per stream). What
 * it keeps from one read to the next is made without literals (`internal/longLived.ts`).
 */
class DecoderImpl implements Decoder {
  readonly state: DecodeState = new State()
  private out: Array<ChatStreamEvent> = emptyArray()
  private failure: StepFailure | undefined = undefined
  // `firstContentAlone`: held until the first content event is out, then released in order.
  private holdNext: boolean
  private held: Array<Sse.SseEvent> = emptyArray()
  private readonly parser: Sse.SseParser

  constructor(private readonly options: DecoderOptions) {
    this.holdNext = options.firstContentAlone === true
    this.parser = Sse.makeParser(
      options.firstContentAlone === true ? (event) => this.onSse(event) : (event) => this.onEvent(event),
      options.maxEventBytes !== undefined ? { maxEventBytes: options.maxEventBytes } : {}
    )
  }

  private onEvent(event: Sse.SseEvent): void {
    this.state.sawBytes = true
    if (this.failure !== undefined || this.state.done) return
    if (event._tag === "Comment") return
    const data = event.data
    if (data === "[DONE]") {
      this.state.done = true
      return
    }
    let json: unknown
    try {
      json = JSON.parse(data)
    } catch (e) {
      this.failure = new MalformedResponseError({
        message: `Stream data is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
        status: 200,
        excerpt: excerpt(data),
        ...(this.options.model !== undefined ? { model: this.options.model } : {}),
        ...(this.options.generationId !== undefined ? { generationId: this.options.generationId } : {})
      })
      return
    }
    if (typeof json === "object" && json !== null && "error" in json && !("choices" in json)) {
      this.failure = classify({
        status: 200,
        body: json,
        generationId: this.state.accumulator.id ?? this.options.generationId,
        model: this.state.accumulator.model ?? this.options.model,
        headers: this.options.headers
      })
      return
    }
    const fast = fastChunk(json) ?? (checkChunk !== undefined && checkChunk(json) ? json as ChatChunk : undefined)
    const decoded = fast !== undefined ? Either.right(fast) : decodeChunk(json)
    if (Either.isLeft(decoded)) {
      this.failure = new MalformedResponseError({
        message: `Stream chunk does not match the expected shape: ${
          ParseResult.TreeFormatter.formatErrorSync(decoded.left)
        }`,
        status: 200,
        excerpt: excerpt(data),
        ...(this.options.model !== undefined ? { model: this.options.model } : {})
      })
      return
    }
    const chunk = decoded.right
    this.state.accumulator.push(chunk, this.out)
    if (chunk.error !== undefined && chunk.error !== null) {
      this.failure = classify({
        status: 200,
        body: json,
        generationId: this.state.accumulator.id ?? this.options.generationId,
        model: this.state.accumulator.model ?? this.options.model,
        headers: this.options.headers
      })
    }
  }

  private onSse(event: Sse.SseEvent): void {
    if (this.held.length > 0 || (this.holdNext && this.state.accumulator.contentEvents > 0)) this.held.push(event)
    else this.onEvent(event)
  }

  private release(): void {
    if (this.state.accumulator.contentEvents > 0) this.holdNext = false
    if (this.held.length === 0) return
    const events = this.held
    this.held = emptyArray()
    for (const event of events) this.onEvent(event)
  }

  private take(): Step {
    const events = this.out
    this.out = emptyArray()
    return { events, failure: this.failure }
  }

  feed(bytes: Uint8Array): Step {
    if (this.options.onRead !== undefined) this.options.onRead()
    this.release()
    const limit = this.parser.feed(bytes)
    if (limit !== undefined && this.failure === undefined) this.failure = limit
    return this.take()
  }

  get holding(): boolean {
    return this.held.length > 0
  }

  flush(): Step {
    this.release()
    return this.take()
  }

  end(): Step {
    this.release()
    const limit = this.parser.end()
    if (limit !== undefined && this.failure === undefined) this.failure = limit
    return this.take()
  }
}

/**
 * A synchronous decoder from SSE bytes to chat events, shared by `chatStream` and `chat`:
 * `feed` returns the events of one read and, when the read ended the stream with an error
 * chunk or bad data, the failure to raise after those events.
 *
 * @since 0.1.0
 * @category decoding
 */
export const makeDecoder = (options: DecoderOptions): Decoder => new DecoderImpl(options)

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
