/**
 * The prompt-token heuristic behind `ModelRegistry.estimateTokens` (measured in docs/costs.md).
 *
 * @internal
 */

/** Tokens added per message for the role and the chat-template delimiters. @internal */
export const MESSAGE_OVERHEAD = 4
/** Tokens that prime the assistant reply, once per request. @internal */
export const REPLY_OVERHEAD = 3
/** Flat charge for one image, audio, video or file part (their real cost depends on the model). @internal */
export const MEDIA_PART_TOKENS = 1_000
/** Flat charge for declaring tools at all (the template that introduces them). @internal */
export const TOOLS_OVERHEAD = 10

/** Latin characters (other than digits) per token. @internal */
export const ASCII_CHARS_PER_TOKEN = 3.6

/**
 * Tokens of a piece of text: runs of digits count one token per 3 digits (tokenizers split
 * numbers into groups of at most three), other Latin characters (ASCII and the accented Latin
 * blocks up to U+024F) 1/3.6 token each, every other code point a whole token (CJK, Cyrillic,
 * emoji… tokenize far denser than English).
 * Rounded up.
 *
 * @internal
 */
export const textTokens = (text: string): number => {
  let ascii = 0
  let other = 0
  let digitGroups = 0
  let run = 0
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code >= 48 && code <= 57) {
      run++
      continue
    }
    if (run > 0) {
      digitGroups += Math.ceil(run / 3)
      run = 0
    }
    if (code < 0x250) ascii++
    else other++
  }
  if (run > 0) digitGroups += Math.ceil(run / 3)
  return Math.ceil(ascii / ASCII_CHARS_PER_TOKEN) + digitGroups + other
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === "object" && u !== null

const contentTokens = (content: unknown): number => {
  if (typeof content === "string") return textTokens(content)
  if (!Array.isArray(content)) return 0
  let total = 0
  for (const part of content) {
    if (!isRecord(part)) continue
    if (part["type"] === "text" && typeof part["text"] === "string") total += textTokens(part["text"])
    else total += MEDIA_PART_TOKENS
  }
  return total
}

/** Number of image parts in the messages (for the per-image price). @internal */
export const countImages = (messages: ReadonlyArray<unknown>): number => {
  let n = 0
  for (const message of messages) {
    if (!isRecord(message) || !Array.isArray(message["content"])) continue
    for (const part of message["content"]) {
      if (isRecord(part) && part["type"] === "image_url") n++
    }
  }
  return n
}

/**
 * Estimated prompt tokens of a message list (plus tool definitions):
 * `Σ (4 + text/4 + media parts × 1000 + tool calls/4) + 3 + (tools ? 10 + JSON(tools)/4 : 0)`.
 *
 * @internal
 */
export const estimatePromptTokens = (
  messages: ReadonlyArray<unknown>,
  tools?: ReadonlyArray<unknown> | undefined
): number => {
  let total = REPLY_OVERHEAD
  for (const message of messages) {
    total += MESSAGE_OVERHEAD
    if (!isRecord(message)) continue
    total += contentTokens(message["content"])
    if (typeof message["name"] === "string") total += textTokens(message["name"])
    const toolCalls = message["tool_calls"]
    if (Array.isArray(toolCalls)) {
      for (const call of toolCalls) {
        const fn = isRecord(call) ? call["function"] : undefined
        if (!isRecord(fn)) continue
        total += 3
        if (typeof fn["name"] === "string") total += textTokens(fn["name"])
        if (typeof fn["arguments"] === "string") total += textTokens(fn["arguments"])
      }
    }
  }
  if (tools !== undefined && tools.length > 0) total += TOOLS_OVERHEAD + textTokens(JSON.stringify(tools))
  return total
}
