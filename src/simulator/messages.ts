/**
 * The Simulator's `POST /messages` (Anthropic-compatible): the chat answer (`planChat`) rendered
 * as an Anthropic message and its event stream (`message_start`, content blocks with
 * `text_delta` / `thinking_delta` / `input_json_delta`, `message_delta` with usage and cost,
 * `message_stop`), errors in Anthropic's envelope, the faults of `./responses.ts`.
 *
 * @internal
 */
import * as HttpRouter from "@effect/platform/HttpRouter"
import { type ChatAnswer, isRecord } from "./answer.js"
import { toNumber } from "./catalog.js"
import { type Kit, type Planned, type Rendering, route, textOf } from "./responses.js"
import type { ErrorAnswer } from "./scenario.js"

type Json = Record<string, unknown>

const chatBody = (body: Json, model: string): Json => {
  const messages: Array<Json> = []
  const system = body["system"]
  if (system !== undefined) messages.push({ role: "system", content: textOf(system) })
  const list = Array.isArray(body["messages"]) ? body["messages"].filter(isRecord) : []
  for (const m of list) {
    const content = m["content"]
    const results = Array.isArray(content) ? content.filter((b) => isRecord(b) && b["type"] === "tool_result") : []
    if (results.length > 0) {
      for (const r of results.filter(isRecord)) {
        messages.push({ role: "tool", tool_call_id: r["tool_use_id"], content: textOf(r["content"]) })
      }
    } else {
      messages.push({ role: m["role"], content: textOf(content) })
    }
  }
  const tools = Array.isArray(body["tools"])
    ? body["tools"].filter(isRecord).filter((t) => typeof t["name"] === "string").map((t) => ({
      type: "function",
      function: { name: t["name"], parameters: t["input_schema"] }
    }))
    : undefined
  const choice = isRecord(body["tool_choice"]) ? body["tool_choice"] : undefined
  const thinking = isRecord(body["thinking"]) ? body["thinking"]["type"] : undefined
  return {
    model,
    messages,
    ...(tools !== undefined && tools.length > 0 ? { tools } : {}),
    ...(choice?.["type"] === "none" ? { tool_choice: "none" } : {}),
    ...(choice?.["type"] === "tool" && typeof choice["name"] === "string"
      ? { tool_choice: { type: "function", function: { name: choice["name"] } } }
      : {}),
    ...(typeof body["max_tokens"] === "number" ? { max_tokens: body["max_tokens"] } : {}),
    reasoning: thinking === "enabled" || thinking === "adaptive" ? {} : { enabled: false }
  }
}

const STOP: Readonly<Record<string, string>> = { stop: "end_turn", length: "max_tokens", tool_calls: "tool_use" }

const argsOf = (answer: ChatAnswer): unknown => {
  const text = answer.toolCall?.argumentPieces.join("") ?? "{}"
  try {
    return JSON.parse(text)
  } catch {
    return {}
  }
}

const blocks = (answer: ChatAnswer, textPieces: number = answer.content.length): Array<Json> => {
  const out: Array<Json> = []
  if (answer.reasoning.length > 0 && answer.showReasoning) {
    out.push({ type: "thinking", thinking: answer.reasoning.join(""), signature: answer.signature ?? "" })
  }
  if (answer.toolCall !== undefined) {
    out.push({ type: "tool_use", id: answer.toolCall.id, name: answer.toolCall.name, input: argsOf(answer) })
  } else {
    out.push({ type: "text", text: answer.content.slice(0, textPieces).join(""), citations: [] })
  }
  return out
}

const usage = (answer: ChatAnswer, output: number): Json => ({
  input_tokens: answer.promptTokens,
  output_tokens: output,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
  cost: toNumber(answer.cost),
  is_byok: false,
  service_tier: "standard"
})

const message = (answer: ChatAnswer, content: Array<Json>, stop: string | null, outputTokens: number): Json => ({
  id: answer.id,
  type: "message",
  role: "assistant",
  model: answer.model,
  provider: answer.provider,
  content,
  stop_reason: stop,
  stop_sequence: null,
  usage: usage(answer, outputTokens)
})

const events = (answer: ChatAnswer): Array<Planned> => {
  const out: Array<Planned> = []
  const push = (json: Json, content = false, closing = false) =>
    out.push({ event: String(json["type"]), json, content, closing })
  const start = message(answer, [], null, 0)
  push({ type: "message_start", message: { ...start, usage: { ...usage(answer, 0), cost: null } } })
  blocks(answer).forEach((block, index) => {
    if (block["type"] === "thinking") {
      push({ type: "content_block_start", index, content_block: { type: "thinking", thinking: "", signature: "" } })
      for (const thinking of answer.reasoning) {
        push({ type: "content_block_delta", index, delta: { type: "thinking_delta", thinking } }, true)
      }
      push({ type: "content_block_delta", index, delta: { type: "signature_delta", signature: block["signature"] } })
    } else if (block["type"] === "tool_use") {
      push({ type: "content_block_start", index, content_block: { ...block, input: {} } })
      for (const partial_json of answer.toolCall?.argumentPieces ?? []) {
        push({ type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json } }, true)
      }
    } else {
      push({ type: "content_block_start", index, content_block: { type: "text", text: "" } })
      for (const text of answer.content) push({ type: "content_block_delta", index, delta: { type: "text_delta", text } }, true)
    }
    push({ type: "content_block_stop", index })
  })
  push({
    type: "message_delta",
    delta: { stop_reason: STOP[answer.finishReason] ?? "end_turn", stop_sequence: null },
    usage: { ...usage(answer, answer.completionTokens), input_tokens: null }
  }, false, true)
  push({ type: "message_stop" }, false, true)
  return out
}

const ANTHROPIC_TYPE: Readonly<Record<number, string>> = {
  400: "invalid_request_error",
  401: "authentication_error",
  402: "billing_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  529: "overloaded_error",
  503: "overloaded_error"
}

/** An error answer in Anthropic's envelope, OpenRouter's `error_type` inside `error`. */
const anthropicError = (e: ErrorAnswer): ErrorAnswer => {
  const inner = isRecord(e.body["error"]) ? e.body["error"] : {}
  const metadata = isRecord(inner["metadata"]) ? inner["metadata"] : {}
  const errorType = metadata["error_type"] ?? inner["error_type"]
  return {
    status: e.status,
    headers: e.headers,
    body: {
      type: "error",
      error: {
        type: ANTHROPIC_TYPE[e.status] ?? "api_error",
        message: inner["message"],
        ...(typeof errorType === "string" ? { error_type: errorType } : {})
      },
      request_id: null
    }
  }
}

/** How `/messages` renders the planned answer. @internal */
export const rendering: Rendering = {
  chatBody,
  json: (answer) => message(answer, blocks(answer), STOP[answer.finishReason] ?? "end_turn", answer.completionTokens),
  // Anthropic has no failed message: a JSON reply that broke off is an error envelope.
  failedJson: (answer) => ({
    type: "error",
    error: { type: "api_error", message: "Provider disconnected unexpectedly", error_type: "provider_unavailable" },
    request_id: answer.id
  }),
  events,
  errorEvent: () => ({
    event: "error",
    json: {
      type: "error",
      error: { type: "overloaded_error", message: "Provider disconnected unexpectedly", error_type: "provider_overloaded" }
    },
    content: false,
    closing: false
  }),
  sentinel: false,
  error: anthropicError
}

/** The `/messages` route, for `HttpRouter.concat` in the Simulator's router. @internal */
export const router = (kit: Kit) => HttpRouter.empty.pipe(HttpRouter.post("/api/v1/messages", route(kit, rendering)))
