/**
 * The Simulator's deterministic answers: text derived from the last user message, tool calls with
 * arguments sampled from the tool's JSON Schema, structured output sampled from
 * `response_format.json_schema`, reasoning for reasoning models, usage with cost from the
 * catalogue pricing; rendered as a JSON completion or as SSE chunks.
 *
 * @internal
 */
import { createHash } from "node:crypto"
import { canonicalJson, isRecord, type JsonRecord } from "../internal/json.js"
import { costOf, findModel, isReasoningModel, toNumber } from "./catalog.js"

type Json = JsonRecord

/** @internal */
export { canonicalJson, isRecord }

/** Hex sha256. @internal */
export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex")

/** Shortens text to `max` characters, cutting in the middle with `...` (like `flagged_input`). @internal */
export const clipMiddle = (text: string, max: number): string => {
  if (text.length <= max) return text
  const keep = max - 3
  const head = Math.ceil(keep / 2)
  return `${text.slice(0, head)}...${text.slice(text.length - (keep - head))}`
}

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`)

/** The text of a message `content` (string or parts). @internal */
export const contentText = (content: unknown): string => {
  if (typeof content === "string") return content
  if (Array.isArray(content)) {
    return content
      .map((part) => (isRecord(part) && typeof part["text"] === "string" ? part["text"] : ""))
      .filter((t) => t !== "")
      .join(" ")
  }
  return ""
}

const messagesOf = (body: Json): ReadonlyArray<Json> =>
  Array.isArray(body["messages"]) ? body["messages"].filter(isRecord) : []

/** The text of the last `user` message ("" if none). @internal */
export const lastUserText = (body: Json): string => {
  const messages = messagesOf(body)
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]
    if (m !== undefined && m["role"] === "user") return contentText(m["content"]).trim()
  }
  return ""
}

/** A rough, deterministic token estimate of the prompt (4 characters a token). @internal */
export const estimatePromptTokens = (body: Json): number => {
  const messages = JSON.stringify(body["messages"] ?? []).length
  const tools = body["tools"] !== undefined ? JSON.stringify(body["tools"]).length : 0
  return Math.max(1, Math.ceil((messages + tools) / 4))
}

/** The requested output limit (`max_tokens` or `max_completion_tokens`). @internal */
export const maxTokensOf = (body: Json): number | undefined => {
  const v = body["max_tokens"] ?? body["max_completion_tokens"]
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? Math.floor(v) : undefined
}

// -----------------------------------------------------------------------------
// JSON Schema sampling
// -----------------------------------------------------------------------------

const resolveRef = (ref: string, root: unknown): unknown => {
  if (!ref.startsWith("#/")) return undefined
  let node: unknown = root
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~")
    if (!isRecord(node)) return undefined
    node = node[key]
  }
  return node
}

const sampleString = (schema: Json): string => {
  const format = schema["format"]
  let s = format === "date-time"
    ? "2026-01-01T00:00:00Z"
    : format === "date"
    ? "2026-01-01"
    : format === "time"
    ? "00:00:00"
    : format === "email"
    ? "user@example.com"
    : format === "uri" || format === "url"
    ? "https://example.com"
    : format === "uuid"
    ? "00000000-0000-4000-8000-000000000000"
    : "example"
  const min = schema["minLength"]
  const max = schema["maxLength"]
  if (typeof min === "number" && s.length < min) s = s.padEnd(min, "x")
  if (typeof max === "number" && s.length > max) s = s.slice(0, Math.max(0, max))
  return s
}

const sampleNumber = (schema: Json, integer: boolean): number => {
  let n = 1
  const min = typeof schema["minimum"] === "number"
    ? schema["minimum"]
    : typeof schema["exclusiveMinimum"] === "number"
    ? schema["exclusiveMinimum"] + (integer ? 1 : 0.5)
    : undefined
  const max = typeof schema["maximum"] === "number"
    ? schema["maximum"]
    : typeof schema["exclusiveMaximum"] === "number"
    ? schema["exclusiveMaximum"] - (integer ? 1 : 0.5)
    : undefined
  if (min !== undefined && n < min) n = min
  if (max !== undefined && n > max) n = max
  return integer ? Math.ceil(n) : n
}

/**
 * A sample value of a JSON Schema: strings `"example"` (or a value fitting `format`), numbers 1,
 * booleans `true`, the first `enum`/`const`/`examples` value, every declared property, one array
 * item (or `minItems`). `$ref` (local), `anyOf`/`oneOf` (first non-null) and `allOf` are followed.
 *
 * @internal
 */
export const sampleFromSchema = (schema: unknown, root: unknown = schema, depth = 0): unknown => {
  if (depth > 12) return null
  if (schema === true || schema === undefined) return "example"
  if (!isRecord(schema)) return null
  if ("const" in schema) return schema["const"]
  const enumValues = schema["enum"]
  if (Array.isArray(enumValues) && enumValues.length > 0) return enumValues[0]
  const examples = schema["examples"]
  if (Array.isArray(examples) && examples.length > 0) return examples[0]
  if ("default" in schema) return schema["default"]
  const ref = schema["$ref"]
  if (typeof ref === "string") return sampleFromSchema(resolveRef(ref, root), root, depth + 1)
  for (const key of ["anyOf", "oneOf"] as const) {
    const variants = schema[key]
    if (Array.isArray(variants) && variants.length > 0) {
      const chosen = variants.find((v) => !(isRecord(v) && v["type"] === "null")) ?? variants[0]
      return sampleFromSchema(chosen, root, depth + 1)
    }
  }
  const allOf = schema["allOf"]
  if (Array.isArray(allOf) && allOf.length > 0) {
    const parts = allOf.map((s) => sampleFromSchema(s, root, depth + 1))
    return parts.every(isRecord) ? Object.assign({}, ...parts) : parts[0]
  }
  const rawType = schema["type"]
  const type = Array.isArray(rawType)
    ? (rawType.find((t) => t !== "null") ?? rawType[0])
    : rawType ?? (isRecord(schema["properties"]) ? "object" : schema["items"] !== undefined ? "array" : "string")
  switch (type) {
    case "string":
      return sampleString(schema)
    case "number":
      return sampleNumber(schema, false)
    case "integer":
      return sampleNumber(schema, true)
    case "boolean":
      return true
    case "null":
      return null
    case "array": {
      const prefix = schema["prefixItems"]
      if (Array.isArray(prefix)) return prefix.map((s) => sampleFromSchema(s, root, depth + 1))
      const min = typeof schema["minItems"] === "number" ? schema["minItems"] : 1
      const max = typeof schema["maxItems"] === "number" ? schema["maxItems"] : Number.POSITIVE_INFINITY
      const count = Math.min(Math.max(1, min), max)
      const item = sampleFromSchema(schema["items"] ?? {}, root, depth + 1)
      return Array.from({ length: count }, () => item)
    }
    case "object": {
      const out: Json = {}
      const properties = schema["properties"]
      if (isRecord(properties)) {
        for (const [key, sub] of Object.entries(properties)) out[key] = sampleFromSchema(sub, root, depth + 1)
      }
      return out
    }
    default:
      return "example"
  }
}

// -----------------------------------------------------------------------------
// The answer
// -----------------------------------------------------------------------------

/** A planned chat answer, the same for both wires. @internal */
export interface ChatAnswer {
  readonly id: string
  readonly created: number
  readonly model: string
  readonly provider: string
  readonly content: ReadonlyArray<string>
  readonly reasoning: ReadonlyArray<string>
  readonly showReasoning: boolean
  readonly signature: string | undefined
  readonly toolCall:
    | { readonly id: string; readonly name: string; readonly argumentPieces: ReadonlyArray<string> }
    | undefined
  readonly finishReason: string
  readonly nativeFinishReason: string
  readonly promptTokens: number
  readonly completionTokens: number
  readonly reasoningTokens: number
  /** Cost in units of 1e-18 USD. */
  readonly cost: bigint
  readonly usage: Json
}

/** The provider name the Simulator reports. @internal */
export const PROVIDER = "Simulator"

/** Splits text into word-like deltas (leading whitespace kept), concatenating back to `text`. @internal */
export const splitWords = (text: string): Array<string> => {
  const parts: Array<string> = [...(text.match(/\s*\S+/g) ?? [])]
  const joined = parts.join("")
  if (joined.length < text.length) {
    if (parts.length === 0) parts.push(text.slice(joined.length))
    else parts[parts.length - 1] += text.slice(joined.length)
  }
  return parts
}

const splitFixed = (text: string, size: number): Array<string> => {
  const out: Array<string> = []
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size))
  return out.length === 0 ? [""] : out
}

const firstFunctionTool = (body: Json): { readonly name: string; readonly parameters: unknown } | undefined => {
  const tools = Array.isArray(body["tools"]) ? body["tools"].filter(isRecord) : []
  const choice = body["tool_choice"]
  if (choice === "none") return undefined
  const wanted = isRecord(choice) && isRecord(choice["function"]) && typeof choice["function"]["name"] === "string"
    ? choice["function"]["name"]
    : undefined
  for (const tool of tools) {
    const fn = tool["function"]
    if (tool["type"] !== "function" || !isRecord(fn) || typeof fn["name"] !== "string") continue
    if (wanted !== undefined && fn["name"] !== wanted) continue
    return { name: fn["name"], parameters: fn["parameters"] }
  }
  return undefined
}

const structuredText = (body: Json, echo: string): string | undefined => {
  const format = body["response_format"]
  if (!isRecord(format)) return undefined
  if (format["type"] === "json_schema" && isRecord(format["json_schema"])) {
    const schema = format["json_schema"]["schema"]
    return JSON.stringify(sampleFromSchema(schema ?? { type: "object" }))
  }
  if (format["type"] === "json_object") return JSON.stringify({ answer: echo })
  return undefined
}

const wantsReasoning = (body: Json, model: string): { readonly produce: boolean; readonly show: boolean } => {
  if (!isReasoningModel(model)) return { produce: false, show: false }
  const reasoning = isRecord(body["reasoning"]) ? body["reasoning"] : {}
  if (reasoning["effort"] === "none" || reasoning["enabled"] === false || body["reasoning_effort"] === "none") {
    return { produce: false, show: false }
  }
  const hidden = reasoning["exclude"] === true || body["include_reasoning"] === false
  return { produce: true, show: !hidden }
}

/** The deterministic identity of a request (the body without `stream`). @internal */
export const requestHash = (body: Json): string => {
  const { stream: _stream, ...rest } = body
  return sha256(canonicalJson(rest))
}

/**
 * Plans the answer to a chat request. Deterministic: the same body (ignoring `stream`) gives the
 * same answer, ids included.
 *
 * @internal
 */
export const planChat = (body: Json, model: string): ChatAnswer => {
  const hash = requestHash(body)
  const created = 1767225600 + (parseInt(hash.slice(0, 6), 16) % 86400)
  const id = `gen-${created}-sim${hash.slice(0, 17)}`
  const user = lastUserText(body)
  const messages = messagesOf(body)
  const last = messages[messages.length - 1]
  const echo = user === "" ? `Hello from ${model}.` : `You said: "${clip(user, 200)}". This is a simulated reply from ${model}.`
  const tool = last !== undefined && last["role"] === "tool" ? undefined : firstFunctionTool(body)
  const reasoningMode = wantsReasoning(body, model)
  const reasoningText = reasoningMode.produce
    ? `The user wrote "${clip(user === "" ? "nothing" : user, 80)}". I will answer with a short simulated reply.`
    : ""
  const reasoning = reasoningMode.produce ? splitWords(reasoningText) : []
  const maxTokens = maxTokensOf(body)

  let content: Array<string> = []
  let toolCall: ChatAnswer["toolCall"] = undefined
  let finishReason = "stop"
  let nativeFinishReason = "stop"
  if (tool !== undefined) {
    const args = JSON.stringify(sampleFromSchema(tool.parameters ?? { type: "object", properties: {} }))
    const size = Math.max(1, Math.ceil(args.length / 3))
    toolCall = { id: `call_sim_${hash.slice(17, 33)}`, name: tool.name, argumentPieces: splitFixed(args, size) }
    finishReason = "tool_calls"
    nativeFinishReason = "tool_calls"
  } else {
    const structured = structuredText(body, echo)
    if (structured !== undefined) {
      content = splitFixed(structured, 16)
    } else if (last !== undefined && last["role"] === "tool") {
      const result = clip(contentText(last["content"]), 80)
      content = splitWords(
        `Based on the tool result ${JSON.stringify(result)}, here is the answer to "${clip(user, 80)}".`
      )
    } else {
      content = splitWords(echo)
    }
    if (maxTokens !== undefined && content.length > maxTokens) {
      content = content.slice(0, maxTokens)
      finishReason = "length"
      nativeFinishReason = "max_tokens"
    }
  }

  const { model: priced } = findModel(model)
  const promptTokens = estimatePromptTokens(body)
  const toolTokens = toolCall === undefined ? 0 : Math.max(1, Math.ceil(toolCall.argumentPieces.join("").length / 4))
  const reasoningTokens = reasoning.length
  const completionTokens = content.length + toolTokens + reasoningTokens
  const cost = costOf(priced, promptTokens, completionTokens, reasoningTokens)
  const usage: Json = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    cost: toNumber(cost.total),
    is_byok: false,
    prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 0, audio_tokens: 0, video_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: reasoningTokens, image_tokens: 0 },
    cost_details: {
      upstream_inference_cost: null,
      upstream_inference_prompt_cost: toNumber(cost.prompt),
      upstream_inference_completions_cost: toNumber(cost.completion)
    }
  }
  return {
    id,
    created,
    model,
    provider: PROVIDER,
    content,
    reasoning,
    showReasoning: reasoningMode.show,
    signature: reasoningMode.produce ? `sim-sig-${hash.slice(33, 49)}` : undefined,
    toolCall,
    finishReason,
    nativeFinishReason,
    promptTokens,
    completionTokens,
    reasoningTokens,
    cost: cost.total,
    usage
  }
}

const REASONING_FORMAT = "unknown"

/** The JSON-wire body (`object: "chat.completion"`). @internal */
export const completionBody = (answer: ChatAnswer): Json => {
  const showReasoning = answer.showReasoning && answer.reasoning.length > 0
  const message: Json = {
    role: "assistant",
    content: answer.toolCall !== undefined && answer.content.length === 0 ? null : answer.content.join(""),
    refusal: null,
    reasoning: showReasoning ? answer.reasoning.join("") : null
  }
  if (showReasoning) {
    message["reasoning_details"] = [{
      type: "reasoning.text",
      text: answer.reasoning.join(""),
      format: REASONING_FORMAT,
      index: 0,
      ...(answer.signature !== undefined ? { signature: answer.signature } : {})
    }]
  }
  if (answer.toolCall !== undefined) {
    message["tool_calls"] = [{
      id: answer.toolCall.id,
      type: "function",
      function: { name: answer.toolCall.name, arguments: answer.toolCall.argumentPieces.join("") }
    }]
  }
  return {
    ...completionShell(answer, {
      index: 0,
      logprobs: null,
      finish_reason: answer.finishReason,
      native_finish_reason: answer.nativeFinishReason,
      message
    }),
    system_fingerprint: null,
    usage: answer.usage
  }
}

/** The envelope of a JSON completion around its one choice. */
const completionShell = (answer: ChatAnswer, choice: Json): Json => ({
  id: answer.id,
  provider: answer.provider,
  model: answer.model,
  object: "chat.completion",
  created: answer.created,
  choices: [choice]
})

const chunkOf = (answer: ChatAnswer, choice: Json, extra: Json = {}): Json => ({
  id: answer.id,
  provider: answer.provider,
  model: answer.model,
  object: "chat.completion.chunk",
  created: answer.created,
  choices: [choice],
  ...extra
})

const deltaChoice = (delta: Json, finish: string | null = null, native: string | null = null): Json => ({
  index: 0,
  delta: { role: "assistant", ...delta },
  finish_reason: finish,
  native_finish_reason: native,
  logprobs: null
})

/** One SSE data event of the answer. @internal */
export interface SseChunk {
  readonly json: Json
  /** Whether the chunk carries content (text, reasoning or a tool-call fragment). */
  readonly content: boolean
}

/**
 * The stream-wire chunks, in order: role, reasoning deltas, content deltas or tool-call fragments,
 * the finish chunk and the usage chunk (`[DONE]` is added by the writer).
 *
 * @internal
 */
export const streamChunks = (answer: ChatAnswer): Array<SseChunk> => {
  const out: Array<SseChunk> = [{ json: chunkOf(answer, deltaChoice({ content: "" })), content: false }]
  if (answer.showReasoning) {
    for (const piece of answer.reasoning) {
      out.push({
        json: chunkOf(
          answer,
          deltaChoice({
            content: "",
            reasoning: piece,
            reasoning_details: [{ type: "reasoning.text", text: piece, format: REASONING_FORMAT, index: 0 }]
          })
        ),
        content: true
      })
    }
    if (answer.signature !== undefined && answer.reasoning.length > 0) {
      out.push({
        json: chunkOf(
          answer,
          deltaChoice({
            content: "",
            reasoning: null,
            reasoning_details: [{
              type: "reasoning.text",
              text: "",
              signature: answer.signature,
              format: REASONING_FORMAT,
              index: 0
            }]
          })
        ),
        content: true
      })
    }
  }
  for (const piece of answer.content) {
    out.push({ json: chunkOf(answer, deltaChoice({ content: piece })), content: true })
  }
  if (answer.toolCall !== undefined) {
    const call = answer.toolCall
    out.push({
      json: chunkOf(
        answer,
        deltaChoice({
          content: null,
          tool_calls: [{ index: 0, id: call.id, type: "function", function: { name: call.name, arguments: "" } }]
        })
      ),
      content: true
    })
    for (const piece of call.argumentPieces) {
      out.push({
        json: chunkOf(
          answer,
          deltaChoice({ content: null, tool_calls: [{ index: 0, type: "function", function: { arguments: piece } }] })
        ),
        content: true
      })
    }
  }
  out.push({
    json: chunkOf(answer, deltaChoice({ content: "" }, answer.finishReason, answer.nativeFinishReason)),
    content: false
  })
  out.push({ json: chunkOf(answer, deltaChoice({ content: "" }), { usage: answer.usage }), content: false })
  return out
}

/** The error chunk of a mid-stream failure (HTTP status already 200). @internal */
export const midStreamErrorChunk = (answer: ChatAnswer): Json => ({
  id: answer.id,
  provider: answer.provider,
  model: answer.model,
  object: "chat.completion.chunk",
  created: answer.created,
  error: {
    code: 502,
    message: "Provider disconnected unexpectedly",
    metadata: { error_type: "provider_unavailable", provider_code: "upstream_connection_reset" }
  },
  choices: [{ index: 0, delta: { content: "" }, finish_reason: "error", native_finish_reason: null }]
})

/** The JSON-wire body of a mid-stream failure: partial content, `finish_reason: "error"`. @internal */
export const midStreamErrorBody = (answer: ChatAnswer, contentPieces: number): Json =>
  completionShell(answer, {
    index: 0,
    logprobs: null,
    finish_reason: "error",
    native_finish_reason: null,
    message: { role: "assistant", content: answer.content.slice(0, contentPieces).join(""), refusal: null },
    error: {
      code: 502,
      message: "Provider disconnected unexpectedly",
      metadata: { error_type: "provider_unavailable", provider_code: "upstream_connection_reset" }
    }
  })

/** SSE framing of one data event. @internal */
export const sseData = (json: Json | string): string => `data: ${typeof json === "string" ? json : JSON.stringify(json)}\n\n`

/** The keepalive comment. @internal */
export const KEEPALIVE = ": OPENROUTER PROCESSING\n\n"

// -----------------------------------------------------------------------------
// Embeddings
// -----------------------------------------------------------------------------

/** The texts of an embeddings `input`. @internal */
export const embeddingInputs = (input: unknown): Array<string> => {
  if (typeof input === "string") return [input]
  if (!Array.isArray(input)) return []
  if (input.length > 0 && input.every((x) => typeof x === "number")) return [input.join(",")]
  return input.map((item) => {
    if (typeof item === "string") return item
    if (Array.isArray(item)) return item.join(",")
    if (isRecord(item)) return contentText(item["content"])
    return JSON.stringify(item) ?? ""
  })
}

/** A deterministic unit vector for `text` (6 decimals). @internal */
export const embeddingVector = (text: string, dimensions: number): Array<number> => {
  const bytes: Array<number> = []
  for (let block = 0; bytes.length < dimensions * 2; block++) {
    const digest = createHash("sha256").update(`${block}:${text}`, "utf8").digest()
    for (const b of digest) bytes.push(b)
  }
  const raw = Array.from({ length: dimensions }, (_, i) => {
    const hi = bytes[2 * i] ?? 0
    const lo = bytes[2 * i + 1] ?? 0
    return ((hi * 256 + lo) / 65535) * 2 - 1
  })
  const norm = Math.sqrt(raw.reduce((s, x) => s + x * x, 0)) || 1
  return raw.map((x) => Math.round((x / norm) * 1e6) / 1e6)
}

/** Base64 of a float32 little-endian vector (`encoding_format: "base64"`). @internal */
export const vectorBase64 = (vector: ReadonlyArray<number>): string => {
  const buffer = Buffer.alloc(vector.length * 4)
  vector.forEach((x, i) => buffer.writeFloatLE(x, i * 4))
  return buffer.toString("base64")
}
