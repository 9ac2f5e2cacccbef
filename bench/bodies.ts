/**
 * Precomputed response bodies for the benchmark server, and the scenario encoding shared by the
 * server and the clients.
 *
 * A scenario is encoded in the URL path: `/b/<scenario>/api/v1/chat/completions`, so the same
 * base URL (`http://127.0.0.1:<port>/b/<scenario>/api/v1`) works for every client.
 */

/** What the server sends for one request. */
export interface Scenario {
  /** `sse`: a streamed chat completion; `json`: a plain `chat.completion` body. */
  readonly kind: "sse" | "json"
  /** Number of content chunks (SSE only). */
  readonly n: number
  /** Bytes per `write()` (0: one SSE event per write). */
  readonly write: number
  /** Milliseconds between writes (0: as fast as the socket takes them). */
  readonly pace: number
  /**
   * Microseconds between writes, busy-waited by the server (0: none). Without it, small writes
   * pile up in the client's socket while it is busy and arrive as one big read; with a gap longer
   * than the client's cost per read, each write arrives as its own read.
   */
  readonly gap: number
  /** Milliseconds to hold after the headers and the keepalive comment, before the first chunk. */
  readonly hold: number
  /** After the first content chunk, keep the response open (send nothing more) until the client leaves. */
  readonly freeze: boolean
  /**
   * Milliseconds between the last event (`data: [DONE]`) and the end of the response (the chunked
   * terminator), as when a proxy flushes `[DONE]` before it closes the upstream response.
   */
  readonly endDelay: number
}

export const json: Scenario = { kind: "json", n: 0, write: 0, pace: 0, gap: 0, hold: 0, freeze: false, endDelay: 0 }

export const encodeScenario = (s: Scenario): string =>
  s.kind === "json"
    ? "json"
    : `sse,n${s.n},w${s.write},p${s.pace},g${s.gap},h${s.hold},f${s.freeze ? 1 : 0},e${s.endDelay}`

export const decodeScenario = (text: string): Scenario | undefined => {
  if (text === "json") return json
  const m = /^sse,n(\d+),w(\d+),p(\d+),g(\d+),h(\d+),f([01]),e(\d+)$/.exec(text)
  if (m === null) return undefined
  return {
    kind: "sse",
    n: Number(m[1]),
    write: Number(m[2]),
    pace: Number(m[3]),
    gap: Number(m[4]),
    hold: Number(m[5]),
    freeze: m[6] === "1",
    endDelay: Number(m[7])
  }
}

export const sse = (n: number, options: Partial<Omit<Scenario, "kind" | "n">> = {}): Scenario => ({
  kind: "sse",
  n,
  write: options.write ?? 64 * 1024,
  pace: options.pace ?? 0,
  gap: options.gap ?? 0,
  hold: options.hold ?? 0,
  freeze: options.freeze ?? false,
  endDelay: options.endDelay ?? 0
})

export const baseUrlFor = (port: number, s: Scenario): string => `http://127.0.0.1:${port}/b/${encodeScenario(s)}/api/v1`

const ID = "gen-1754441342-hIkMo7SMi0ZecQw3oR4d"
const CREATED = 1754441342
const MODEL = "openai/gpt-4o-mini"

/** Small tokens, like a real model's output (1–8 characters). */
const TOKENS = [
  "The", " quick", " brown", " fox", " jumps", " over", " the", " lazy", " dog", ".", " It", "'s", " a",
  " classic", " pangram", ",", " used", " to", " test", " fonts", " and", " keyboards", "\n", " —", " é"
]

export const tokenAt = (i: number): string => TOKENS[i % TOKENS.length] as string

const contentChunk = (text: string): string =>
  `data: ${
    JSON.stringify({
      id: ID,
      provider: "OpenAI",
      model: MODEL,
      object: "chat.completion.chunk",
      created: CREATED,
      choices: [{
        index: 0,
        delta: { role: "assistant", content: text },
        finish_reason: null,
        native_finish_reason: null,
        logprobs: null
      }]
    })
  }\n\n`

const finishChunk = `data: ${
  JSON.stringify({
    id: ID,
    provider: "OpenAI",
    model: MODEL,
    object: "chat.completion.chunk",
    created: CREATED,
    choices: [{
      index: 0,
      delta: { role: "assistant", content: "" },
      finish_reason: "stop",
      native_finish_reason: "stop",
      logprobs: null
    }]
  })
}\n\n`

const usageChunk = `data: ${
  JSON.stringify({
    id: ID,
    provider: "OpenAI",
    model: MODEL,
    object: "chat.completion.chunk",
    created: CREATED,
    choices: [{
      index: 0,
      delta: { role: "assistant", content: "" },
      finish_reason: null,
      native_finish_reason: null,
      logprobs: null
    }],
    usage: {
      prompt_tokens: 17,
      completion_tokens: 10000,
      total_tokens: 10017,
      cost: 0.0060026,
      is_byok: false,
      prompt_tokens_details: { cached_tokens: 0 },
      // the fuller shape (as in the Claude stream fixture): @openrouter/sdk 1.3 rejects the stream
      // at this chunk when the two upstream_inference_*_cost fields are missing, as they are in
      // the gpt-4o / gpt-4.1-mini stream fixtures
      cost_details: {
        upstream_inference_cost: null,
        upstream_inference_prompt_cost: 0.00000255,
        upstream_inference_completions_cost: 0.006
      },
      completion_tokens_details: { reasoning_tokens: 0 }
    }
  })
}\n\n`

/** The SSE events of a stream of `n` content chunks, in order (keepalive comment first). */
export const sseEvents = (n: number): Array<string> => {
  const events: Array<string> = [": OPENROUTER PROCESSING\n\n"]
  for (let i = 0; i < n; i++) events.push(contentChunk(tokenAt(i)))
  events.push(finishChunk, usageChunk, "data: [DONE]\n\n")
  return events
}

/** The text a client must have accumulated after `n` content chunks. */
export const expectedLength = (n: number): number => {
  let len = 0
  for (let i = 0; i < n; i++) len += tokenAt(i).length
  return len
}

/** A realistic non-streaming `chat.completion` body (~1 KB). */
export const jsonBody: string = JSON.stringify({
  id: ID,
  provider: "OpenAI",
  model: MODEL,
  object: "chat.completion",
  created: CREATED,
  choices: [{
    logprobs: null,
    finish_reason: "stop",
    native_finish_reason: "stop",
    index: 0,
    message: {
      role: "assistant",
      content:
        "The quick brown fox jumps over the lazy dog. It's a classic pangram, used to test fonts and keyboards. " +
        "It contains every letter of the English alphabet at least once, which makes it handy for showing how a " +
        "typeface renders each glyph, and for checking that a keyboard registers every key.",
      refusal: null,
      reasoning: null
    }
  }],
  system_fingerprint: "fp_07871e2ad8",
  usage: {
    prompt_tokens: 17,
    completion_tokens: 64,
    total_tokens: 81,
    cost: 0.0000409,
    is_byok: false,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    cost_details: { upstream_inference_cost: null, upstream_inference_prompt_cost: 0.00000255, upstream_inference_completions_cost: 0.0000384 },
    completion_tokens_details: { reasoning_tokens: 0, image_tokens: 0 }
  }
})

export const JSON_CONTENT_LENGTH = 250 // lower bound on the answer's length, for the sanity check
