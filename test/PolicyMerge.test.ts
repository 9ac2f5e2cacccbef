/**
 * Paying only for what is used (issue 11 item 3): a policy layer merged beside the client layer
 * instead of provided to it is not used (the documented default, docs/policies.md "Provide,
 * don't merge") and the first call logs one warning naming it; spans are made only when a tracer
 * is installed.
 */
import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Either, Fiber, Layer, Logger, Stream, TestClock } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Telemetry from "../src/Telemetry.js"
import { userMessage } from "./helpers.js"
import { makeTracer } from "./tracer.js"

const completion = OpenRouterTest.json({
  id: "gen-m",
  model: "a/model",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }]
})

/** 503 once, then 200; counts requests. */
const scripted = (counter: { n: number }): OpenRouterTest.Responses => () =>
  Effect.sync(() => (counter.n++ === 0 ? OpenRouterTest.error(503, "scripted 503") : completion))

const base = (counter: { n: number }) =>
  Layer.mergeAll(Layer.orDie(OpenRouterTest.layerConfig()), OpenRouterTest.layerHttpClient(scripted(counter)))

const req = { model: "a/model", messages: userMessage() }

const captureLogs = () => {
  const lines: Array<string> = []
  const logger = Logger.replace(
    Logger.defaultLogger,
    Logger.make(({ message }) => {
      lines.push(Array.isArray(message) ? message.map(String).join(" ") : String(message))
    })
  )
  return { lines, logger }
}

/** Runs the call in a fiber, moving the TestClock on until it ends (retry backoff). */
const runClock = <A, E>(effect: Effect.Effect<A, E>) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    for (let i = 0; i < 200; i++) {
      if ((yield* Fiber.poll(fiber))._tag === "Some") break
      yield* TestClock.adjust(Duration.millis(100))
    }
    return yield* Fiber.join(fiber)
  })

describe("policy layers: provide, don't merge", () => {
  it.effect("RetryPolicy.none merged beside the client is not used: the call is retried by the default; one warning names it", () =>
    Effect.gen(function*() {
      const counter = { n: 0 }
      const { lines, logger } = captureLogs()
      const merged = Layer.merge(OpenRouter.layer, RetryPolicy.none).pipe(Layer.provide(base(counter)))
      const [first, second] = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.all([c.chat(req, { wire: "json" }), c.chat(req, { wire: "json" })])).pipe(
          Effect.provide(merged),
          Effect.provide(logger)
        )
      )
      assert.strictEqual(first.text, "ok")
      assert.strictEqual(second.text, "ok")
      assert.strictEqual(counter.n, 3) // 503, then the default retry's 200, then the second call
      const warnings = lines.filter((l) => l.includes("RetryPolicy is in the context of this call"))
      assert.strictEqual(warnings.length, 1)
      assert.include(warnings[0] ?? "", "Layer.provide")
    }))

  it.effect("RetryPolicy.none provided to the client is used: no retry, no warning", () =>
    Effect.gen(function*() {
      const counter = { n: 0 }
      const { lines, logger } = captureLogs()
      const provided = OpenRouter.layer.pipe(Layer.provide(RetryPolicy.none), Layer.provide(base(counter)))
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire: "json" }))).pipe(
        Effect.provide(provided),
        Effect.provide(logger)
      )
      assert.isTrue(Either.isLeft(result), JSON.stringify(result))
      assert.strictEqual(counter.n, 1)
      assert.isFalse(lines.some((l) => l.includes("in the context of this call")))
    }))

  it.effect("the check also runs on the first chatStream", () =>
    Effect.gen(function*() {
      const counter = { n: 1 } // no 503
      const { lines, logger } = captureLogs()
      const merged = Layer.merge(OpenRouter.layer, RetryPolicy.none).pipe(Layer.provide(base(counter)))
      yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Stream.runDrain(c.chatStream(req))).pipe(
        Effect.provide(merged),
        Effect.provide(logger)
      )
      assert.strictEqual(lines.filter((l) => l.includes("RetryPolicy is in the context")).length, 1)
    }))
})

describe("spans cost nothing without a tracer", () => {
  it.effect("with Effect's default tracer no request or attempt span is made; with a tracer both are", () =>
    Effect.gen(function*() {
      const counter = { n: 1 }
      const layer = OpenRouter.layer.pipe(Layer.provide(base(counter)))
      const call = Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json" })).pipe(Effect.provide(layer))
      // Under the default tracer the call runs with no span of ours as the current span.
      let parentDuring: string | undefined = "unset"
      yield* Telemetry.attemptSpan(
        Effect.map(Effect.option(Effect.currentSpan), (s) => {
          parentDuring = s._tag === "Some" ? s.value.name : undefined
        }),
        { model: "a/model", attempt: 1 }
      )
      assert.isUndefined(parentDuring)
      yield* call
      const { spans, tracer } = makeTracer()
      yield* call.pipe(Effect.withTracer(tracer))
      const names = spans.map((s) => s.name)
      assert.include(names, "chat a/model")
      assert.include(names, "openrouter.attempt")
    }))
})
