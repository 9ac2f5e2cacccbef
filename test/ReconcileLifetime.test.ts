/**
 * Issue 10 item 14: background cost reconciliation belongs to the `OpenRouter` layer — closing
 * the layer's scope interrupts a reconciliation still running; nothing it started outlives the
 * layer.
 */
import { assert, describe, it } from "@effect/vitest"
import { Context, Effect, Exit, Layer, Schedule, Scope, TestClock } from "effect"
import * as CostMeter from "../src/CostMeter.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import { userMessage } from "./helpers.js"

/** A completion without `usage.cost`: the pipeline starts a reconciliation for it. */
const unpriced = {
  id: "gen-lifetime",
  model: "a/model",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 }
}

describe("cost reconciliation lifetime", () => {
  it.effect("a reconciliation still polling /generation is interrupted when the layer's scope closes", () =>
    Effect.gen(function*() {
      let lookups = 0
      // `/generation` answers 404 for ever: the reconciliation polls it once a minute, for ever.
      const responses: OpenRouterTest.Responses = (request) => {
        if (!request.path.startsWith("/generation")) return OpenRouterTest.json(unpriced)
        lookups++
        return OpenRouterTest.error(404, "Generation not found")
      }
      const layer = OpenRouter.layer.pipe(
        Layer.provideMerge(Layer.mergeAll(
          CostMeter.layer,
          OpenRouter.layerReconcileCosts({ schedule: Schedule.spaced("1 minute"), maxRetries: 1_000_000 })
        )),
        Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
        Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
      )
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(layer, scope)
      const client = Context.get(context, OpenRouter.OpenRouter)
      const result = yield* client.chat({ model: "a/model", messages: userMessage(), max_tokens: 5 }, { wire: "json" })
      assert.strictEqual(result.text, "ok")
      for (let i = 0; i < 3; i++) yield* TestClock.adjust("1 minute")
      assert.strictEqual(lookups, 4)
      assert.deepStrictEqual(yield* Context.get(context, CostMeter.CostMeter).pending, ["gen-lifetime"])
      // Closing the layer ends the reconciliation: no lookup after it.
      yield* Scope.close(scope, Exit.void)
      for (let i = 0; i < 10; i++) yield* TestClock.adjust("1 minute")
      assert.strictEqual(lookups, 4)
    }))
})
