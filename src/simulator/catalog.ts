/**
 * The Simulator's model catalogue and its price arithmetic (exact decimals, no float drift).
 *
 * @internal
 */

/** One simulated model. @internal */
export interface SimModel {
  readonly id: string
  readonly name: string
  readonly description: string
  readonly contextLength: number
  readonly maxCompletionTokens: number
  /** USD per token (per request for `request`), decimal strings as on the wire. */
  readonly pricing: {
    readonly prompt: string
    readonly completion: string
    readonly request: string
    readonly internal_reasoning?: string
  }
  readonly supportedParameters: ReadonlyArray<string>
  readonly outputModalities: ReadonlyArray<string>
  readonly inputModalities: ReadonlyArray<string>
  readonly tokenizer: string
  readonly reasoning: boolean
  readonly created: number
}

const CHAT_PARAMS = [
  "max_tokens",
  "max_completion_tokens",
  "temperature",
  "top_p",
  "seed",
  "stop",
  "response_format",
  "structured_outputs",
  "tools",
  "tool_choice",
  "parallel_tool_calls"
] as const

const REASONING_PARAMS = [...CHAT_PARAMS, "reasoning", "include_reasoning", "reasoning_effort"] as const

/** The deterministic catalogue served by `GET /models`. @internal */
export const catalogue: ReadonlyArray<SimModel> = [
  {
    id: "sim/echo",
    name: "Simulator: Echo",
    description: "Answers with a sentence built from the last user message. Supports tools and structured outputs.",
    contextLength: 32768,
    maxCompletionTokens: 4096,
    pricing: { prompt: "0.000001", completion: "0.000002", request: "0" },
    supportedParameters: CHAT_PARAMS,
    outputModalities: ["text"],
    inputModalities: ["text"],
    tokenizer: "Other",
    reasoning: false,
    created: 1767225600
  },
  {
    id: "sim/echo-large",
    name: "Simulator: Echo Large",
    description: "Like sim/echo with a long context window and higher prices.",
    contextLength: 200000,
    maxCompletionTokens: 16384,
    pricing: { prompt: "0.000003", completion: "0.000015", request: "0" },
    supportedParameters: CHAT_PARAMS,
    outputModalities: ["text"],
    inputModalities: ["text", "image"],
    tokenizer: "Other",
    reasoning: false,
    created: 1767225600
  },
  {
    id: "sim/echo:free",
    name: "Simulator: Echo (free)",
    description: "A free variant of sim/echo (all prices are zero).",
    contextLength: 8192,
    maxCompletionTokens: 2048,
    pricing: { prompt: "0", completion: "0", request: "0" },
    supportedParameters: ["max_tokens", "temperature", "top_p", "stop"],
    outputModalities: ["text"],
    inputModalities: ["text"],
    tokenizer: "Other",
    reasoning: false,
    created: 1767225600
  },
  {
    id: "sim/reasoning",
    name: "Simulator: Reasoning",
    description: "Streams reasoning deltas with reasoning_details before the answer.",
    contextLength: 131072,
    maxCompletionTokens: 32768,
    pricing: { prompt: "0.000002", completion: "0.000008", request: "0", internal_reasoning: "0.000008" },
    supportedParameters: REASONING_PARAMS,
    outputModalities: ["text"],
    inputModalities: ["text"],
    tokenizer: "Other",
    reasoning: true,
    created: 1767225600
  },
  {
    id: "sim/thinking-mini",
    name: "Simulator: Thinking Mini",
    description: "A small reasoning model (reasoning deltas with reasoning_details).",
    contextLength: 65536,
    maxCompletionTokens: 8192,
    pricing: { prompt: "0.0000005", completion: "0.0000015", request: "0" },
    supportedParameters: REASONING_PARAMS,
    outputModalities: ["text"],
    inputModalities: ["text"],
    tokenizer: "Other",
    reasoning: true,
    created: 1767225600
  },
  {
    // A real model id, so examples written for the real API run unchanged against the Simulator
    // (answered like sim/echo, priced at the model's list prices).
    id: "openai/gpt-4o-mini",
    name: "OpenAI: GPT-4o-mini",
    description: "A real model id served like sim/echo at OpenAI's list prices, for examples that also run live.",
    contextLength: 128000,
    maxCompletionTokens: 16384,
    pricing: { prompt: "0.00000015", completion: "0.0000006", request: "0" },
    supportedParameters: CHAT_PARAMS,
    outputModalities: ["text"],
    inputModalities: ["text", "image", "file"],
    tokenizer: "GPT",
    reasoning: false,
    created: 1721260800
  },
  {
    id: "sim/embed",
    name: "Simulator: Embeddings",
    description: "Deterministic embedding vectors derived from a hash of the input.",
    contextLength: 8192,
    maxCompletionTokens: 0,
    pricing: { prompt: "0.00000002", completion: "0", request: "0" },
    supportedParameters: [],
    outputModalities: ["embeddings"],
    inputModalities: ["text"],
    tokenizer: "Other",
    reasoning: false,
    created: 1767225600
  }
]

const DEFAULT_MODEL = catalogue[0] as SimModel

/** Whether a model id names a reasoning model (catalogue flag, or `thinking`/`reasoning` in the id). @internal */
export const isReasoningModel = (id: string): boolean => {
  const known = catalogue.find((m) => m.id === id)
  return known !== undefined ? known.reasoning : /thinking|reasoning/i.test(id)
}

/** The catalogue entry for an id (exact, then without variant), or the default pricing under that id. @internal */
export const findModel = (id: string): { readonly model: SimModel; readonly known: boolean } => {
  const exact = catalogue.find((m) => m.id === id)
  if (exact !== undefined) return { model: exact, known: true }
  const slash = id.indexOf("/")
  const colon = id.indexOf(":", slash)
  const base = colon === -1 ? id : id.slice(0, colon)
  const byBase = catalogue.find((m) => m.id === base)
  if (byBase !== undefined) return { model: { ...byBase, id }, known: true }
  return { model: { ...DEFAULT_MODEL, id, name: id, reasoning: isReasoningModel(id) }, known: false }
}

/**
 * Whether the Simulator serves a model id: every `sim/…` id (scenarios, and unknown `sim/` ids served
 * like `sim/echo`), and the catalogue's other ids (with or without a `:variant`). Every other id is
 * answered with OpenRouter's 400 "… is not a valid model ID".
 *
 * @internal
 */
export const isKnownModel = (id: string): boolean => id.startsWith("sim/") || findModel(id).known

// -----------------------------------------------------------------------------
// Exact decimal arithmetic (18 fractional digits)
// -----------------------------------------------------------------------------

const SCALE_DIGITS = 18
const SCALE = 10n ** BigInt(SCALE_DIGITS)

/** Parses a decimal string (`"0.00000015"`, `"-1"`) into units of 1e-18. @internal */
export const parseDecimal = (text: string): bigint => {
  const trimmed = text.trim()
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(trimmed)
  if (match === null) return 0n
  const sign = match[1] === "-" ? -1n : 1n
  const whole = BigInt(match[2] === undefined || match[2] === "" ? "0" : match[2])
  const frac = (match[3] ?? "").slice(0, SCALE_DIGITS).padEnd(SCALE_DIGITS, "0")
  return sign * (whole * SCALE + BigInt(frac === "" ? "0" : frac))
}

/** Formats units of 1e-18 as a plain decimal string. @internal */
export const formatDecimal = (units: bigint): string => {
  const negative = units < 0n
  const abs = negative ? -units : units
  const whole = abs / SCALE
  const frac = (abs % SCALE).toString().padStart(SCALE_DIGITS, "0").replace(/0+$/, "")
  return `${negative ? "-" : ""}${whole.toString()}${frac === "" ? "" : `.${frac}`}`
}

/** Units of 1e-18 as a JSON number (shortest decimal that round-trips). @internal */
export const toNumber = (units: bigint): number => Number(formatDecimal(units))

/** The price of a call, in units of 1e-18 USD. @internal */
export interface Cost {
  readonly prompt: bigint
  readonly completion: bigint
  readonly total: bigint
}

/** Cost of `promptTokens` + `completionTokens` (+ `reasoningTokens`) on `model`. @internal */
export const costOf = (
  model: SimModel,
  promptTokens: number,
  completionTokens: number,
  reasoningTokens = 0
): Cost => {
  const prompt = BigInt(promptTokens) * parseDecimal(model.pricing.prompt) + parseDecimal(model.pricing.request)
  const reasoningPrice = parseDecimal(model.pricing.internal_reasoning ?? model.pricing.completion)
  const completion = BigInt(completionTokens - reasoningTokens) * parseDecimal(model.pricing.completion) +
    BigInt(reasoningTokens) * reasoningPrice
  return { prompt, completion, total: prompt + completion }
}

/** The `GET /models` entry of a catalogue model. @internal */
export const modelEntry = (m: SimModel): Record<string, unknown> => ({
  id: m.id,
  canonical_slug: m.id,
  hugging_face_id: null,
  name: m.name,
  created: m.created,
  description: m.description,
  context_length: m.contextLength,
  architecture: {
    modality: `${m.inputModalities.join("+")}->${m.outputModalities.join("+")}`,
    input_modalities: [...m.inputModalities],
    output_modalities: [...m.outputModalities],
    tokenizer: m.tokenizer,
    instruct_type: null
  },
  pricing: {
    prompt: m.pricing.prompt,
    completion: m.pricing.completion,
    request: m.pricing.request,
    image: "0",
    web_search: "0",
    internal_reasoning: m.pricing.internal_reasoning ?? "0",
    input_cache_read: "0"
  },
  top_provider: {
    context_length: m.contextLength,
    max_completion_tokens: m.maxCompletionTokens === 0 ? null : m.maxCompletionTokens,
    is_moderated: false
  },
  per_request_limits: null,
  supported_parameters: [...m.supportedParameters],
  default_parameters: null,
  ...(m.reasoning
    ? {
      reasoning: {
        supported_efforts: ["high", "medium", "low"],
        default_effort: "medium",
        default_enabled: true,
        mandatory: false,
        supports_max_tokens: true
      }
    }
    : {}),
  expiration_date: null,
  knowledge_cutoff: "2025-12-31",
  supported_voices: null,
  links: { details: `/api/v1/models/${m.id}/endpoints` }
})
