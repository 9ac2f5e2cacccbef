/**
 * What the cost table's counts mean: `failed` is requests that ended failed (a retried 429 that
 * then succeeded is not one); the line under the table counts failed HTTP attempts as well.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as CostMeter from "../src/CostMeter.js"

const record = (outcome: CostMeter.RequestRecord["outcome"], attempts: number, extra: Partial<CostMeter.RequestRecord> = {}) =>
  CostMeter.record({
    requestedModel: "a/model",
    servedModel: outcome === "success" ? "a/model" : undefined,
    provider: undefined,
    outcome,
    attempts,
    retries: Math.max(0, attempts - 1),
    fallbacks: 0,
    usage: undefined,
    ...(outcome === "error" ? { errorTag: attempts === 0 ? "BudgetExceededError" : "ProviderError" } : {}),
    ...extra
  })

describe("CostMeter.format", () => {
  it.effect("a request retried after 429/502s and then served is not failed; its failed attempts are counted", () =>
    Effect.gen(function*() {
      yield* record("success", 3) // 429, 502, then 200
      yield* record("error", 2) // 502, 502: failed
      yield* record("error", 0) // refused by the budget: failed, no attempt
      yield* record("interrupted", 1) // cut mid-stream
      const s = yield* CostMeter.snapshot
      const table = CostMeter.format(s)
      const lines = table.split("\n")
      assert.match(lines[0] ?? "", /^model\s+requests\s+failed\s+prompt/)
      const total = lines.find((l) => l.startsWith("total")) ?? ""
      assert.match(total, /^total\s+4\s+3\s/) // 4 requests, 3 of them failed or interrupted
      assert.include(table, "attempts 6 (5 failed), retries 3, fallbacks 0, local rejections 0")
    }).pipe(Effect.provide(CostMeter.layer)))

  it.effect("all served at the first attempt: nothing failed", () =>
    Effect.gen(function*() {
      yield* record("success", 1)
      yield* record("success", 1)
      const table = CostMeter.format(yield* CostMeter.snapshot)
      assert.match(table.split("\n").find((l) => l.startsWith("total")) ?? "", /^total\s+2\s+0\s/)
      assert.include(table, "attempts 2 (0 failed)")
    }).pipe(Effect.provide(CostMeter.layer)))
})
