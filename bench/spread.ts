/**
 * What an object made per call costs by the way it is written (`src/internal/extend.ts`): a
 * spread followed by new properties, a spread copy given new keys afterwards, against
 * `Object.assign` onto a fresh literal, a `for…in` copy, and a literal written out. Nanoseconds
 * per object, the best of 5 rounds of 300,000.
 *
 *   npx tsx bench/spread.ts
 */
import type { ChatCompletion } from "../src/ChatCompletion.js"
import { fromCompletion } from "../src/ChatResult.js"
import { extend } from "../src/internal/extend.js"

const N = 300_000
const headers: Record<string, string> = { "user-agent": "effect-openrouter/0.1.0", "http-referer": "https://example.com" }
const body: Record<string, unknown> = { model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "Hi" }], temperature: 0.5 }
/** A chat completion as the pipeline normalizes it (`ChatResult.fromCompletion`). */
const completion = fromCompletion({
  id: "gen-1",
  object: "chat.completion",
  created: 1,
  model: "openai/gpt-4o-mini",
  provider: "OpenAI",
  choices: [{ index: 0, message: { role: "assistant", content: "Hello" }, finish_reason: "stop", native_finish_reason: "stop" }]
} as unknown as ChatCompletion)

/** A stream fold's top-level fields: a prototype-less object (`ChatStream.ts`), filled key by key. */
const fold: Record<string, unknown> = Object.create(null)
for (const [k, v] of Object.entries({ id: "gen-1", object: "chat.completion", created: 1, model: "m", provider: "P", usage: {} })) fold[k] = v

const cases: ReadonlyArray<readonly [string, (i: number) => unknown]> = [
  ["headers: { ...base } + 3 new keys", () => {
    const h: Record<string, string> = { ...headers }
    h["authorization"] = "Bearer k"
    h["accept"] = "application/json"
    h["content-type"] = "application/json"
    return h
  }],
  ["headers: for…in copy + 3 new keys", () => {
    const h: Record<string, string> = {}
    for (const k in headers) {
      const v = headers[k]
      if (v !== undefined) h[k] = v
    }
    h["authorization"] = "Bearer k"
    h["accept"] = "application/json"
    h["content-type"] = "application/json"
    return h
  }],
  ["body: { ...body, model, stream }", () => ({ ...body, model: "m", stream: false })],
  ["body: extend(body, { model, stream })", () => extend(body, { model: "m", stream: false })],
  ["result: { ...completion, meta, raw }", (i) => ({ ...completion, meta: i, raw: body })],
  ["result: extend(completion, { meta, raw })", (i) => extend(completion, { meta: i, raw: body })],
  ["fold: { ...fold, choices }", () => ({ ...fold, choices: [] })],
  ["fold: extend(fold, { choices })", () => extend(fold, { choices: [] })],
  ["result: written out", (i) => {
    const c = completion
    return {
      id: c.id, model: c.model, provider: c.provider, created: c.created, text: c.text, refusal: c.refusal,
      reasoning: c.reasoning, reasoningDetails: c.reasoningDetails, toolCalls: c.toolCalls,
      annotations: c.annotations, images: c.images, finishReason: c.finishReason,
      nativeFinishReason: c.nativeFinishReason, usage: c.usage, meta: i, raw: body
    }
  }]
]

let sink: unknown
const best = new Map<string, number>()
for (let round = 0; round < 5; round++) {
  for (const [name, make] of cases) {
    const t0 = performance.now()
    for (let i = 0; i < N; i++) sink = make(i)
    const ns = ((performance.now() - t0) * 1e6) / N
    best.set(name, Math.min(best.get(name) ?? Infinity, ns))
  }
}
if (sink === undefined) throw new Error("unreachable")
console.log(`Node ${process.version}, ns per object (best of 5 × ${N}):`)
for (const [name, ns] of best) console.log(`${name.padEnd(44)} ${ns.toFixed(0).padStart(6)}`)
