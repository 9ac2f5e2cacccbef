/**
 * Rerank through the client's pipeline against the Simulator: typed results best first, the
 * cost metered and settled against the budget, a 429 retried, a 400 typed and not retried, and
 * tolerant decoding.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as Rerank from "../src/Rerank.js"
import * as Simulator from "../src/Simulator.js"
import { driveClock, mediaLayer } from "./MediaHelpers.js"

const documents = [
  "Berlin is the capital of Germany.",
  "Paris is the capital of France.",
  "The Seine flows through Paris, the French capital."
]

describe("rerank", () => {
  it.live("documents best first with scores; cost metered once and settled in the budget", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* client.rerank({ model: "sim/rerank", query: "What is the capital of France?", documents })
      assert.strictEqual(result.model, "sim/rerank")
      assert.strictEqual(result.provider, "Simulator")
      assert.strictEqual(result.results.length, 3)
      assert.strictEqual(result.results[0]?.index, 1)
      assert.strictEqual(result.results[0]?.text, documents[1])
      for (let i = 1; i < result.results.length; i++) {
        assert.isTrue((result.results[i - 1]?.score ?? 0) >= (result.results[i]?.score ?? 0))
      }
      // $0.002 per search unit, exact.
      assert.strictEqual(result.cost?.picos, 2_000_000_000n)
      assert.strictEqual(result.searchUnits, 1)
      // Deterministic: the same request, the same scores.
      const again = yield* client.rerank({ model: "sim/rerank", query: "What is the capital of France?", documents })
      assert.deepStrictEqual(again.results, result.results)
      const top = yield* client.rerank({ model: "sim/rerank", query: "capital France", documents, top_n: 1 })
      assert.strictEqual(top.results.length, 1)
      const meter = yield* CostMeter.snapshot
      assert.strictEqual(meter.requests, 3)
      assert.strictEqual(meter.costMicros, 6_000)
      assert.strictEqual(meter.byModel["sim/rerank"]?.requests, 3)
      const budget = yield* Effect.flatMap(Budget.Budget, (b) => b.snapshot)
      assert.strictEqual(budget.spentMicros, 6_000)
      assert.strictEqual(budget.reservedMicros, 0)
    }).pipe(Effect.provide(mediaLayer({ budget: { limitUsd: 1, allowUnpriced: true } }))))

  it.effect("a 429 is retried after Retry-After; a 400 is typed and not retried", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const result = yield* driveClock(client.rerank({ model: "sim/rate-limited", query: "q", documents }))
      assert.strictEqual(result.results.length, 3)
      const sent = (yield* sim.requests).filter((r) => r.path === "/rerank")
      assert.strictEqual(sent.length, 2)
      const bad = yield* Effect.flip(client.rerank({ model: "sim/rerank", query: "q", documents, top_n: 9 }))
      assert.strictEqual(bad._tag, "InvalidRequestError")
      assert.strictEqual((yield* sim.requests).filter((r) => r.path === "/rerank").length, 3)
      // Refused locally, before a request is sent: no documents.
      const empty = yield* Effect.flip(client.rerank({ model: "sim/rerank", query: "q", documents: [] }))
      assert.strictEqual(empty._tag, "InvalidRequestError")
      if (empty._tag === "InvalidRequestError") assert.strictEqual(empty.field, "body.documents")
      assert.strictEqual((yield* sim.requests).filter((r) => r.path === "/rerank").length, 3)
      const meter = yield* CostMeter.snapshot
      assert.strictEqual(meter.requests, 2)
    }).pipe(Effect.provide(mediaLayer())))

  it("decodes the spec's example and unknown fields without loss (cost absent: undefined)", () => {
    const wire = {
      id: "gen-rerank-1234567890-abc",
      model: "cohere/rerank-v3.5",
      object: "ranking",
      results: [{ document: { text: "Paris is the capital of France.", lang: "en" }, index: 0, relevance_score: 0.98 }],
      usage: { search_units: 1, total_tokens: 150, billing: "units" },
      extra: [1, 2]
    }
    const decoded = Effect.runSync(Rerank.createRerank.decodeOutput(wire))
    const result = Rerank.rerankResult(decoded)
    assert.strictEqual(result.results[0]?.text, "Paris is the capital of France.")
    assert.isUndefined(result.cost)
    assert.strictEqual((decoded as unknown as Record<string, unknown>)["object"], "ranking")
    assert.deepStrictEqual((decoded as unknown as Record<string, unknown>)["extra"], [1, 2])
    assert.strictEqual((decoded.usage as unknown as Record<string, unknown>)["billing"], "units")
  })
})
