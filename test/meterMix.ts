/**
 * The meter's mixed workload, shared by `test/Costs.test.ts` (50 calls) and `bench/scale.ts`
 * (1,000): request i (its message is `String(i)`) costs (i % 97 + 1) × 1.3 µUSD; i % 10 = 3 → 503
 * then success (a retry); i % 10 = 7 → a/model answers 502 (×3) → b/model (a fallback); i % 25 = 0
 * → cut after content, with partial usage carrying the cost (interrupted); i % 50 = 1 → no cost
 * (estimated from the catalogue).
 */
import * as OpenRouterTest from "../src/OpenRouterTest.js"

/** A two-chunk SSE answer from `model`, with `cost` in its usage when given. */
export const usageChunks = (model: string, cost: number | undefined, text = "ok", id = `gen-${model}`) => [
  { id, model, provider: "P", object: "chat.completion.chunk", created: 1, choices: [{ index: 0, delta: { content: text }, finish_reason: null }] },
  {
    id,
    model,
    provider: "P",
    object: "chat.completion.chunk",
    created: 1,
    choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, ...(cost !== undefined ? { cost } : {}) }
  }
]

/** The expected totals of `n` calls of the mix, and the fake server's answers. */
export const meterMix = (n: number) => {
  const costOf = (i: number) => ((i % 97) + 1) * 0.0000013
  const expected = { requests: n, costPicos: 0n, retries: 0, fallbacks: 0, interrupted: 0, estimated: 0 }
  for (let i = 0; i < n; i++) {
    if (i % 50 !== 1) expected.costPicos += BigInt(Math.round(costOf(i) * 1e12))
    if (i % 10 === 3) expected.retries++
    if (i % 10 === 7) expected.fallbacks++
    if (i % 25 === 0) expected.interrupted++
    if (i % 50 === 1) expected.estimated++
  }
  const seenA = new Map<number, number>()
  const responses: OpenRouterTest.Responses = (r) => {
    const body = r.body as { model: string; messages: Array<{ content: string }> }
    const i = Number(body.messages[0]?.content)
    const tries = (seenA.get(i) ?? 0) + (body.model === "a/model" ? 1 : 0)
    seenA.set(i, tries)
    const cost = i % 50 === 1 ? undefined : costOf(i)
    if (i % 10 === 3 && tries === 1) return OpenRouterTest.error(503, "busy")
    if (i % 10 === 7 && body.model === "a/model") return OpenRouterTest.error(502, "down")
    const [first, last] = usageChunks(body.model, cost, "ok", `gen-${i}-${tries}-${body.model}`)
    // usage arrives, then the connection drops before [DONE] and before a finish reason
    if (i % 25 === 0) return OpenRouterTest.sse([first, { ...last, choices: [] }], { done: false })
    return OpenRouterTest.sse([first, last])
  }
  return { expected, responses }
}
