import { assert, describe, it } from "@effect/vitest"
import * as Lib from "../src/index.js"

describe("package entry", () => {
  it("re-exports every public module as a namespace", () => {
    for (const name of ["OpenRouter", "OpenRouterConfig", "OpenRouterError", "OpenRouterTest", "RetryPolicy", "CircuitBreaker", "Fallback", "RateLimit", "Bulkhead", "CostMeter", "Budget", "ModelRegistry", "Structured", "Tools", "Content", "Reasoning", "Sse", "ChatStream", "Telemetry"] as const) {
      assert.strictEqual(typeof Lib[name], "object", name)
    }
    assert.isFunction(Lib.OpenRouter.layer.pipe)
  })
})
