/**
 * A fast path for the commonest stream chunk: text (or reasoning text) deltas with scalar fields
 * only. It accepts a value only when `ChatChunk`'s schema would accept it unchanged (the schema
 * has no transformations and preserves unknown keys, so the decoded value is the input itself);
 * anything else — usage, errors, tool calls, reasoning details, annotations, images, logprobs —
 * goes through the full Schema decode. `test/ChatStream.test.ts` checks the two agree.
 *
 * @internal
 */
import type { ChatChunk } from "../ChatChunk.js"

const isOptString = (u: unknown): boolean => u === undefined || u === null || typeof u === "string"
const isEmptyOrNullArray = (u: unknown): boolean => u === undefined || u === null || (Array.isArray(u) && u.length === 0)

const COMPLEX_TOP = ["usage", "error", "openrouter_metadata", "debug"] as const
const COMPLEX_DELTA = ["audio"] as const

const isPlainObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const fastDelta = (delta: unknown): boolean => {
  if (!isPlainObject(delta)) return false
  if (!isOptString(delta["role"])) return false
  if (!isOptString(delta["content"])) return false
  if (!isOptString(delta["reasoning"])) return false
  if (!isOptString(delta["refusal"])) return false
  if (!isEmptyOrNullArray(delta["reasoning_details"])) return false
  if (!isEmptyOrNullArray(delta["tool_calls"])) return false
  if (!isEmptyOrNullArray(delta["annotations"])) return false
  if (!isEmptyOrNullArray(delta["images"])) return false
  for (const key of COMPLEX_DELTA) if (delta[key] !== undefined && delta[key] !== null) return false
  return true
}

const fastChoice = (choice: unknown): boolean => {
  if (!isPlainObject(choice)) return false
  if (typeof choice["index"] !== "number") return false
  if (!fastDelta(choice["delta"])) return false
  if (!isOptString(choice["finish_reason"])) return false
  if (!isOptString(choice["native_finish_reason"])) return false
  const logprobs = choice["logprobs"]
  if (logprobs !== undefined && logprobs !== null) return false
  const error = choice["error"]
  if (error !== undefined && error !== null) return false
  return true
}

/**
 * Returns the value typed as a chunk when it is a simple one, or `undefined` to fall back.
 *
 * @internal
 */
export const fastChunk = (u: unknown): ChatChunk | undefined => {
  if (!isPlainObject(u)) return undefined
  if (typeof u["id"] !== "string" || typeof u["object"] !== "string" || typeof u["model"] !== "string") return undefined
  if (typeof u["created"] !== "number") return undefined
  if (!isOptString(u["provider"]) || !isOptString(u["system_fingerprint"]) || !isOptString(u["service_tier"])) {
    return undefined
  }
  for (const key of COMPLEX_TOP) if (u[key] !== undefined && u[key] !== null) return undefined
  const choices = u["choices"]
  if (!Array.isArray(choices)) return undefined
  for (const choice of choices) if (!fastChoice(choice)) return undefined
  return u as unknown as ChatChunk
}
