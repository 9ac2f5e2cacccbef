/**
 * Reasoning: builders for the `reasoning` request option, reading reasoning back from a result,
 * and the assistant message that echoes a turn back to the model with its `reasoning_details`
 * untouched (encrypted `data` and `signature` included), as multi-turn and tool-calling
 * conversations with reasoning models require (API doc §3.5).
 *
 * @since 0.1.0
 */
import type { ReasoningDetail } from "./ChatCompletion.js"
import type { AssistantMessage, ReasoningConfig, ReasoningEffort } from "./ChatRequest.js"
import type { Completion } from "./ChatResult.js"

// =============================================================================
// Request option
// =============================================================================

/**
 * `{ effort }`: reasoning at an effort level (`"none"` disables it).
 *
 * @since 0.1.0
 * @category constructors
 */
export const effort = (level: ReasoningEffort, options: { readonly exclude?: boolean } = {}): ReasoningConfig => ({
  effort: level,
  ...(options.exclude !== undefined ? { exclude: options.exclude } : {})
})

/**
 * `{ max_tokens }`: an explicit thinking budget (Anthropic, Gemini, some Qwen). Send this *or*
 * an effort, not both.
 *
 * @since 0.1.0
 * @category constructors
 */
export const maxTokens = (tokens: number, options: { readonly exclude?: boolean } = {}): ReasoningConfig => ({
  max_tokens: tokens,
  ...(options.exclude !== undefined ? { exclude: options.exclude } : {})
})

/**
 * `{ enabled: true }`: reasoning on at the model's default effort.
 *
 * @since 0.1.0
 * @category constructors
 */
export const enabled: ReasoningConfig = { enabled: true }

/**
 * `{ effort: "none" }`: reasoning off (a 400 on models where it is mandatory).
 *
 * @since 0.1.0
 * @category constructors
 */
export const disabled: ReasoningConfig = { effort: "none" }

/**
 * Adds `exclude: true`: the model still reasons (and bills reasoning tokens) but the reasoning
 * is not returned.
 *
 * @since 0.1.0
 * @category combinators
 */
export const exclude = (config: ReasoningConfig = enabled): ReasoningConfig => ({ ...config, exclude: true })

// =============================================================================
// Reading results
// =============================================================================

/**
 * The reasoning of a result.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReasoningOutput {
  /** `message.reasoning` (plain text), when sent. */
  readonly text: string | undefined
  /** `message.reasoning_details`, exactly as received. */
  readonly details: ReadonlyArray<ReasoningDetail>
  /** The text of `reasoning.summary` blocks, in order. */
  readonly summaries: ReadonlyArray<string>
  /** Signatures of `reasoning.text` blocks (Anthropic), in order. */
  readonly signatures: ReadonlyArray<string>
  /** Whether any block is `reasoning.encrypted` (opaque; must be echoed back to continue). */
  readonly encrypted: boolean
}

/**
 * Reads the reasoning of a result (text, blocks, summaries, signatures).
 *
 * @since 0.1.0
 * @category getters
 */
export const fromResult = (result: Pick<Completion, "reasoning" | "reasoningDetails">): ReasoningOutput => {
  const summaries: Array<string> = []
  const signatures: Array<string> = []
  let encrypted = false
  for (const d of result.reasoningDetails) {
    if (d.type === "reasoning.summary" && typeof d.summary === "string") summaries.push(d.summary)
    if (typeof d.signature === "string") signatures.push(d.signature)
    if (d.type === "reasoning.encrypted") encrypted = true
  }
  return { text: result.reasoning, details: result.reasoningDetails, summaries, signatures, encrypted }
}

/**
 * The assistant message that replays a result in the next request: `content` (null when the
 * turn only called tools), `tool_calls`, `reasoning`, `reasoning_details` (the very objects
 * received, unmodified) and file-parser `annotations` (so OpenRouter can skip re-parsing the
 * same PDF).
 *
 * @since 0.1.0
 * @category constructors
 */
export const assistantMessage = (
  result: Pick<Completion, "text" | "toolCalls" | "reasoning" | "reasoningDetails" | "annotations">
): AssistantMessage => {
  const fileAnnotations = result.annotations.filter((a) => a.type === "file" || a.type === "file_annotation")
  return {
    role: "assistant",
    content: result.text.length > 0 ? result.text : result.toolCalls.length > 0 ? null : "",
    ...(result.toolCalls.length > 0 ? { tool_calls: result.toolCalls } : {}),
    ...(result.reasoning !== undefined ? { reasoning: result.reasoning } : {}),
    ...(result.reasoningDetails.length > 0 ? { reasoning_details: result.reasoningDetails } : {}),
    ...(fileAnnotations.length > 0 ? { annotations: fileAnnotations } : {})
  }
}
