/**
 * examples/model-selection.ts runs against the embedded Simulator (the key is removed first so
 * nothing here can reach the real API).
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"

delete process.env["OPENROUTER_API_KEY"]

const example = await import("../examples/model-selection.js")

describe("examples/model-selection.ts against the Simulator", () => {
  it.live("ranks the Simulator catalogue, calls the cheapest, then skips it once its breaker is open", () =>
    Effect.gen(function*() {
      const out = yield* example.program.pipe(Effect.provide(example.layer))
      // prompt: 3 + 4 + ceil(24 / 3.6) = 14 tokens ("Name one moon of Saturn."), output 300 (max_tokens)
      // gpt-4o-mini:   14 × 150,000 + 300 × 600,000   = 2,100,000 + 180,000,000 = 182,100,000
      // thinking-mini: 14 × 500,000 + 300 × 1,500,000 = 7,000,000 + 450,000,000 = 457,000,000
      // echo:          14 × 1,000,000 + 300 × 2,000,000 = 14,000,000 + 600,000,000 = 614,000,000
      assert.deepStrictEqual(out.selection.candidates.map((c) => [c.id, c.picos]), [
        ["openai/gpt-4o-mini", 182_100_000n],
        ["sim/thinking-mini", 457_000_000n],
        ["sim/echo", 614_000_000n]
      ])
      assert.deepStrictEqual(
        out.selection.excluded.find((e) => e.id === "sim/echo-large")?.reasons,
        [{ _tag: "PriceAboveCap", price: "completion", usdPerMillion: "15", capUsdPerMillion: "5" }]
      )
      assert.strictEqual(out.reply.meta.requestedModel, "openai/gpt-4o-mini")
      assert.strictEqual(out.next.meta.servedModel, "sim/thinking-mini")
      assert.isTrue(out.next.meta.fallback)
    }))
})
