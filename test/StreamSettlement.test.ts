/**
 * A streamed call settles its budget reservation once, with the reported cost, before anything
 * else touches it: the attempt's own leftover settlement (`reserve.ts`, run when the attempt's
 * scope closes) comes after and finds nothing to do. Had it come first, the estimate would be
 * marked "unsettled" and then replaced — two writes, which a shared budget on Redis could apply
 * out of order under load (seen once in the fleet process test: spend 0, all unsettled).
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Stream } from "effect"
import * as Budget from "../src/Budget.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import { fakeModel } from "./fakeModel.js"
import { userMessage } from "./helpers.js"

const chunks = [
  { id: "gen-s", model: "a/model", object: "chat.completion.chunk", created: 1, choices: [{ index: 0, delta: { content: "ok" }, finish_reason: null }] },
  {
    id: "gen-s",
    model: "a/model",
    object: "chat.completion.chunk",
    created: 1,
    choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: 0.00002 }
  }
]

/** The in-memory budget, with every settlement of every reservation logged in order. */
const loggingBudget = (log: Array<string>) =>
  Layer.effect(
    Budget.Budget,
    Effect.map(Budget.make({ limitUsd: 1 }), (budget): Budget.Service => ({
      ...budget,
      reserve: (model, estimate) =>
        Effect.map(budget.reserve(model, estimate), (r): Budget.Reservation => ({
          ...r,
          settle: (micros) => Effect.zipRight(Effect.sync(() => log.push(`settle ${micros}`)), r.settle(micros)),
          settleUsd: (usd) => Effect.zipRight(Effect.sync(() => log.push(`settleUsd ${usd}`)), r.settleUsd(usd)),
          release: Effect.zipRight(Effect.sync(() => log.push("release")), r.release)
        }))
    }))
  )

const clientWith = (log: Array<string>) =>
  OpenRouter.layer.pipe(
    Layer.provideMerge(loggingBudget(log)),
    Layer.provide(ModelRegistry.layerStatic([fakeModel("a/model")])),
    Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
    Layer.provide(OpenRouterTest.layerHttpClient([OpenRouterTest.sse(chunks)]))
  )

const req = { model: "a/model", messages: userMessage() }

describe("a streamed call settles its reservation with the reported cost first", () => {
  it.effect("chat (stream wire): settleUsd(cost) is the first settlement; nothing left unsettled", () =>
    Effect.gen(function*() {
      const log: Array<string> = []
      const snapshot = yield* Effect.gen(function*() {
        const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req))
        assert.strictEqual(result.text, "ok")
        return yield* Effect.flatMap(Budget.Budget, (b) => b.snapshot)
      }).pipe(Effect.provide(clientWith(log)))
      assert.strictEqual(log[0], "settleUsd 0.00002", JSON.stringify(log))
      assert.strictEqual(snapshot.spentMicros, 20)
      assert.strictEqual(snapshot.unsettledMicros, 0)
      assert.strictEqual(snapshot.reservedMicros, 0)
    }))

  it.effect("chatStream run to its end: the same", () =>
    Effect.gen(function*() {
      const log: Array<string> = []
      const snapshot = yield* Effect.gen(function*() {
        yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Stream.runDrain(c.chatStream(req)))
        return yield* Effect.flatMap(Budget.Budget, (b) => b.snapshot)
      }).pipe(Effect.provide(clientWith(log)))
      assert.strictEqual(log[0], "settleUsd 0.00002", JSON.stringify(log))
      assert.strictEqual(snapshot.spentMicros, 20)
      assert.strictEqual(snapshot.unsettledMicros, 0)
    }))
})
