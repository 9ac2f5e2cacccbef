/**
 * The Simulator's `POST /responses` (and the machinery `./messages.ts` shares): the same
 * deterministic answer as chat (`planChat`: text, reasoning, a function call, usage with cost),
 * rendered in the API's own JSON and event-stream shapes, with the same scripted faults chosen by
 * model id or `x-sim-scenario` (429 and 5xx before anything, `mid-stream-error`, `drop-after`,
 * `stall`, `slow-first-token`). Extra SSE framing for conformance tests: `x-sim-sse-newline`
 * (`lf`, `crlf`, `cr`), `x-sim-sse-multiline: 1` (each event's JSON over several `data:` lines),
 * `x-sim-sse-comments: 1` (a comment line before every event).
 *
 * @internal
 */
import type * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Effect from "effect/Effect"
import { type ChatAnswer, contentText, isRecord, KEEPALIVE, planChat } from "./answer.js"
import { toNumber } from "./catalog.js"
import type { Headers, Preflight, ReadPost } from "./kit.js"
import { type ErrorAnswer, numberHeader } from "./scenario.js"

type Json = Record<string, unknown>

/** A step of a streamed body (the Simulator's own). @internal */
export type Step =
  | { readonly _tag: "Write"; readonly text: string }
  | { readonly _tag: "Sleep"; readonly millis: number }
  | { readonly _tag: "Drop" }
  | { readonly _tag: "Stall" }

/** The Simulator's shared request handling, handed to these routes. @internal */
export interface Kit {
  readonly readPost: ReadPost
  readonly preflight: Preflight
  readonly streamed: (
    steps: ReadonlyArray<Step>,
    request: HttpServerRequest.HttpServerRequest,
    contentType: string,
    headers: Readonly<Record<string, string>>
  ) => HttpServerResponse.HttpServerResponse
  readonly storeGeneration: (
    answer: ChatAnswer,
    info: {
      readonly streamed: boolean
      readonly cancelled: boolean
      readonly finishReason: string
      readonly latency: number
      readonly user: unknown
    }
  ) => Effect.Effect<void>
  /** Pause between events, keepalive period and first-token delay (ms). */
  readonly chunkDelayMs: number
  readonly keepaliveMs: number
  readonly firstTokenDelayMs: number
}

/** One event of a planned stream. @internal */
export interface Planned {
  readonly event: string
  readonly json: Json
  /** Counts for `mid-stream-error` (content deltas). */
  readonly content: boolean
  /** The answer's closing events: a `mid-stream-error` not yet raised replaces them. */
  readonly closing: boolean
}

/** An API's rendering of the planned answer. @internal */
export interface Rendering {
  readonly chatBody: (body: Json, model: string) => Json
  readonly json: (answer: ChatAnswer) => Json
  /** The JSON wire's `mid-stream-error`: a 200 whose body reports the failure after `pieces` of output. */
  readonly failedJson: (answer: ChatAnswer, pieces: number) => Json
  readonly events: (answer: ChatAnswer) => Array<Planned>
  readonly errorEvent: (answer: ChatAnswer) => Planned
  /** `data: [DONE]` after the last event. */
  readonly sentinel: boolean
  /** Error answers in the API's envelope. */
  readonly error: (answer: ErrorAnswer) => ErrorAnswer
}

const frame = (planned: Planned, headers: Headers): string => {
  const nl = headers["x-sim-sse-newline"] === "crlf" ? "\r\n" : headers["x-sim-sse-newline"] === "cr" ? "\r" : "\n"
  const data = headers["x-sim-sse-multiline"] === "1"
    ? JSON.stringify(planned.json, null, 1).split("\n").map((l) => `data: ${l}${nl}`).join("")
    : `data: ${JSON.stringify(planned.json)}${nl}`
  const comment = headers["x-sim-sse-comments"] === "1" ? `: keep-alive${nl}` : ""
  return `${comment}event: ${planned.event}${nl}${data}${nl}`
}

const write = (text: string): Step => ({ _tag: "Write", text })
const sleep = (millis: number): Step => ({ _tag: "Sleep", millis })
const slept = (steps: ReadonlyArray<Step>) => steps.reduce((n, s) => n + (s._tag === "Sleep" ? s.millis : 0), 0)

/** The route of one API: preflight faults, then JSON or SSE with the scripted faults. @internal */
export const route = (kit: Kit, render: Rendering) =>
  Effect.gen(function*() {
    const { body, headers, model, refused, request, scenario } = yield* kit.readPost
    if (refused !== undefined) return refused
    const json = (a: ErrorAnswer | { readonly status: number; readonly body: unknown; readonly headers?: Readonly<Record<string, string>> }) =>
      HttpServerResponse.unsafeJson(a.body, { status: a.status, headers: a.headers ?? {} })
    if (body === undefined) return json(render.error({ status: 400, headers: {}, body: { error: { code: 400, message: "Request body must be a JSON object" } } }))
    const served = model ?? "sim/echo"
    const chatBody = render.chatBody(body, served)
    const failure = yield* kit.preflight(scenario, served, headers, { text: lastText(chatBody), body: chatBody }, served)
    if (failure !== undefined) return json(render.error(failure))
    const answer = planChat(chatBody, served)
    const responseHeaders = { "x-generation-id": answer.id }
    const name = scenario?.name
    const param = numberHeader(headers, "x-sim-chunks") ?? scenario?.param
    const pacing = Math.floor(numberHeader(headers, "x-sim-chunk-delay-ms") ?? kit.chunkDelayMs)
    const keepalive = Math.max(1, Math.floor(numberHeader(headers, "x-sim-keepalive-ms") ?? kit.keepaliveMs))
    const delayMs = Math.floor(
      numberHeader(headers, "x-sim-delay-ms") ?? (name === "slow-first-token" ? scenario?.param : undefined) ?? kit.firstTokenDelayMs
    )
    const waitSteps = (pad: string): Array<Step> => {
      const out: Array<Step> = []
      if (name !== "slow-first-token") return out
      let waited = 0
      while (waited + keepalive <= delayMs) {
        out.push(sleep(keepalive), write(pad))
        waited += keepalive
      }
      if (delayMs > waited) out.push(sleep(delayMs - waited))
      return out
    }
    const user = body["user"]
    const store = (streamed: boolean, cancelled: boolean, finishReason: string, latency: number) =>
      kit.storeGeneration(answer, { streamed, cancelled, finishReason, latency, user })

    if (body["stream"] !== true) {
      const full = JSON.stringify(render.json(answer))
      switch (name) {
        case "mid-stream-error":
          yield* store(false, false, "error", 0)
          return json({ status: 200, body: render.failedJson(answer, param ?? 2), headers: responseHeaders })
        case "drop-after":
        case "stall":
          yield* store(false, true, "error", 0)
          return kit.streamed(
            [write(full.slice(0, Math.floor(full.length / 2))), { _tag: name === "stall" ? "Stall" : "Drop" }],
            request,
            "application/json",
            responseHeaders
          )
        case "slow-first-token": {
          const steps = [...waitSteps("\n"), write(full)]
          yield* store(false, false, answer.finishReason, slept(steps))
          return kit.streamed(steps, request, "application/json", responseHeaders)
        }
        default:
          yield* store(false, false, answer.finishReason, 0)
          return HttpServerResponse.text(full, { status: 200, contentType: "application/json", headers: responseHeaders })
      }
    }

    const steps: Array<Step> = [write(KEEPALIVE), ...waitSteps(KEEPALIVE)]
    const limit = name === "drop-after" ? (param ?? 3) : name === "stall" ? (param ?? 2) : undefined
    const errorAfter = name === "mid-stream-error" ? (param ?? 2) : undefined
    let sent = 0
    let contentSent = 0
    let ended: "done" | "error" | "drop" | "stall" = "done"
    for (const planned of render.events(answer)) {
      if (limit !== undefined && sent >= limit) {
        ended = name === "stall" ? "stall" : "drop"
        break
      }
      if (errorAfter !== undefined && (planned.closing || (planned.content && contentSent >= errorAfter))) {
        ended = "error"
        break
      }
      if (sent > 0) steps.push(sleep(pacing))
      steps.push(write(frame(planned, headers)))
      sent++
      if (planned.content) contentSent++
    }
    if (ended === "error") steps.push(sleep(pacing), write(frame(render.errorEvent(answer), headers)))
    else if (ended === "drop") steps.push({ _tag: "Drop" })
    else if (ended === "stall") steps.push({ _tag: "Stall" })
    else if (render.sentinel) steps.push(sleep(pacing), write("data: [DONE]\n\n"))
    yield* store(true, ended === "drop" || ended === "stall", ended === "done" ? answer.finishReason : "error", slept(steps))
    return kit.streamed(steps, request, "text/event-stream", { ...responseHeaders, "cache-control": "no-cache" })
  })

const lastText = (chatBody: Json): string => {
  const messages = Array.isArray(chatBody["messages"]) ? chatBody["messages"].filter(isRecord) : []
  const last = messages.filter((m) => m["role"] === "user").pop()
  return last !== undefined ? contentText(last["content"]) : ""
}

/** The text of a content value: a string, or the `text` of each part (input_text, output_text, text). @internal */
export const textOf = (content: unknown): string => {
  if (typeof content === "string") return content
  if (!Array.isArray(content)) return ""
  return content.map((p) => (isRecord(p) && typeof p["text"] === "string" ? p["text"] : "")).join("")
}

// -----------------------------------------------------------------------------
// Responses rendering
// -----------------------------------------------------------------------------

const responsesChatBody = (body: Json, model: string): Json => {
  const messages: Array<Json> = []
  if (typeof body["instructions"] === "string") messages.push({ role: "system", content: body["instructions"] })
  const input = body["input"]
  if (typeof input === "string") messages.push({ role: "user", content: input })
  else if (Array.isArray(input)) {
    for (const item of input.filter(isRecord)) {
      if (item["type"] === "function_call_output") {
        messages.push({ role: "tool", tool_call_id: item["call_id"], content: textOf(item["output"]) })
      } else if (typeof item["role"] === "string") {
        messages.push({ role: item["role"], content: textOf(item["content"]) })
      }
    }
  }
  const tools = Array.isArray(body["tools"])
    ? body["tools"].filter(isRecord).filter((t) => t["type"] === "function").map((t) => ({
      type: "function",
      function: { name: t["name"], parameters: t["parameters"] }
    }))
    : undefined
  const choice = body["tool_choice"]
  return {
    model,
    messages,
    ...(tools !== undefined && tools.length > 0 ? { tools } : {}),
    ...(typeof choice === "string" ? { tool_choice: choice } : {}),
    ...(isRecord(choice) && typeof choice["name"] === "string"
      ? { tool_choice: { type: "function", function: { name: choice["name"] } } }
      : {}),
    ...(typeof body["max_output_tokens"] === "number" ? { max_tokens: body["max_output_tokens"] } : {}),
    ...(isRecord(body["reasoning"]) ? { reasoning: body["reasoning"] } : {})
  }
}

const short = (answer: ChatAnswer) => answer.id.slice(-16)

/** The output items of the answer, each with its pieces (for the stream). */
const outputItems = (answer: ChatAnswer) => {
  const items: Array<{ readonly item: Json; readonly kind: "reasoning" | "message" | "function_call"; readonly pieces: ReadonlyArray<string> }> = []
  if (answer.reasoning.length > 0 && answer.showReasoning) {
    items.push({
      kind: "reasoning",
      pieces: answer.reasoning,
      item: { type: "reasoning", id: `rs_${short(answer)}`, summary: [], content: [{ type: "reasoning_text", text: answer.reasoning.join("") }] }
    })
  }
  if (answer.toolCall !== undefined) {
    items.push({
      kind: "function_call",
      pieces: answer.toolCall.argumentPieces,
      item: {
        type: "function_call",
        id: `fc_${short(answer)}`,
        call_id: answer.toolCall.id,
        name: answer.toolCall.name,
        arguments: answer.toolCall.argumentPieces.join(""),
        status: "completed"
      }
    })
  } else {
    items.push({
      kind: "message",
      pieces: answer.content,
      item: {
        type: "message",
        id: `msg_${short(answer)}`,
        role: "assistant",
        status: "completed",
        content: [{ type: "output_text", text: answer.content.join(""), annotations: [] }]
      }
    })
  }
  return items
}

const responseObject = (answer: ChatAnswer, status: string, output: Array<Json>, withUsage: boolean): Json => ({
  id: answer.id,
  object: "response",
  created_at: answer.created,
  completed_at: status === "in_progress" ? null : answer.created + 1,
  model: answer.model,
  provider: answer.provider,
  status,
  output,
  error: null,
  incomplete_details: status === "incomplete" ? { reason: "max_output_tokens" } : null,
  tools: [],
  tool_choice: "auto",
  parallel_tool_calls: true,
  usage: withUsage
    ? {
      input_tokens: answer.promptTokens,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: answer.completionTokens,
      output_tokens_details: { reasoning_tokens: answer.reasoningTokens },
      total_tokens: answer.promptTokens + answer.completionTokens,
      cost: toNumber(answer.cost),
      is_byok: false
    }
    : null
})

const statusOf = (answer: ChatAnswer) => (answer.finishReason === "length" ? "incomplete" : "completed")

const responsesEvents = (answer: ChatAnswer): Array<Planned> => {
  const out: Array<Planned> = []
  let seq = 0
  const push = (json: Json, content = false, closing = false) =>
    out.push({ event: String(json["type"]), json: { ...json, sequence_number: seq++ }, content, closing })
  push({ type: "response.created", response: responseObject(answer, "in_progress", [], false) })
  push({ type: "response.in_progress", response: responseObject(answer, "in_progress", [], false) })
  outputItems(answer).forEach(({ item, kind, pieces }, output_index) => {
    const item_id = String(item["id"])
    const ref = { item_id, output_index }
    if (kind === "function_call") {
      push({ type: "response.output_item.added", output_index, item: { ...item, arguments: "", status: "in_progress" } })
      for (const delta of pieces) push({ type: "response.function_call_arguments.delta", ...ref, delta }, true)
      push({ type: "response.function_call_arguments.done", ...ref, arguments: pieces.join(""), name: item["name"] })
    } else if (kind === "reasoning") {
      push({ type: "response.output_item.added", output_index, item: { ...item, content: [] } })
      for (const delta of pieces) push({ type: "response.reasoning_text.delta", ...ref, content_index: 0, delta }, true)
      push({ type: "response.reasoning_text.done", ...ref, content_index: 0, text: pieces.join("") })
    } else {
      push({ type: "response.output_item.added", output_index, item: { ...item, content: [], status: "in_progress" } })
      push({ type: "response.content_part.added", ...ref, content_index: 0, part: { type: "output_text", text: "", annotations: [] } })
      for (const delta of pieces) {
        push({ type: "response.output_text.delta", ...ref, content_index: 0, delta, logprobs: [] }, true)
      }
      push({ type: "response.output_text.done", ...ref, content_index: 0, text: pieces.join(""), logprobs: [] })
      push({ type: "response.content_part.done", ...ref, content_index: 0, part: { type: "output_text", text: pieces.join(""), annotations: [] } })
    }
    push({ type: "response.output_item.done", output_index, item })
  })
  const status = statusOf(answer)
  push({
    type: status === "incomplete" ? "response.incomplete" : "response.completed",
    response: responseObject(answer, status, outputItems(answer).map((i) => i.item), true)
  }, false, true)
  return out
}

const responsesRendering: Rendering = {
  chatBody: responsesChatBody,
  json: (answer) => responseObject(answer, statusOf(answer), outputItems(answer).map((i) => i.item), true),
  failedJson: (answer, pieces) => {
    const text = answer.content.slice(0, pieces).join("")
    return {
      ...responseObject(answer, "failed", [{
        type: "message",
        id: `msg_${short(answer)}`,
        role: "assistant",
        status: "incomplete",
        content: [{ type: "output_text", text, annotations: [] }]
      }], true),
      error: { code: "server_error", message: "Provider disconnected unexpectedly" },
      error_type: "provider_unavailable"
    }
  },
  events: responsesEvents,
  errorEvent: () => ({
    event: "error",
    json: { type: "error", code: "server_error", message: "Provider disconnected unexpectedly", param: null },
    content: false,
    closing: false
  }),
  sentinel: true,
  error: (e) => e
}

/** The `/responses` route, for `HttpRouter.concat` in the Simulator's router. @internal */
export const router = (kit: Kit) => HttpRouter.empty.pipe(HttpRouter.post("/api/v1/responses", route(kit, responsesRendering)))
