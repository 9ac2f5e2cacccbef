/**
 * The composed pipeline (docs/architecture.md, "The order of a call") through `OpenRouter` with the fake HTTP client, on the
 * TestClock: retry, fallback, breaker, rate limit, bulkhead, timeouts, commit point.
 */
import { assert, describe, it } from "@effect/vitest"
import { Clock, Duration, Effect, Either, Fiber, Layer, Ref, Stream, TestClock } from "effect"
import * as Bulkhead from "../src/Bulkhead.js"
import type { Completion } from "../src/ChatResult.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as Fallback from "../src/Fallback.js"
import * as OpenRouter from "../src/OpenRouter.js"
import type * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import type { OpenRouterError } from "../src/OpenRouterError.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as RateLimit from "../src/RateLimit.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { userMessage } from "./helpers.js"

const noJitter = RetryPolicy.layer({ schedule: RetryPolicy.backoff({ jitter: false }) })

const textChunks = (model: string, parts: ReadonlyArray<string>) => [
  ...parts.map((content) => ({ id: "gen-p", model, object: "chat.completion.chunk", created: 1, choices: [{ index: 0, delta: { content }, finish_reason: null }] })),
  { id: "gen-p", model, object: "chat.completion.chunk", created: 1, choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: { prompt_tokens: 3, completion_tokens: parts.length, total_tokens: 3 + parts.length, cost: 0.0001 } }
]
const ok = (model = "a/model", parts: ReadonlyArray<string> = ["Hello", " world"]) => OpenRouterTest.sse(textChunks(model, parts))
const err = (status: number, headers: Record<string, string> = {}) =>
  OpenRouterTest.error(status, `scripted ${status}`, { headers })

interface Seen {
  readonly at: number
  readonly model: string
}

/** A fake whose answers depend on the model and the call count; records (time, model) of every request. */
const scripted = (script: Record<string, ReadonlyArray<OpenRouterTest.Canned>>, seen: Ref.Ref<Array<Seen>>): OpenRouterTest.Responses =>
(request) =>
  Effect.gen(function*() {
    const model = String((request.body as { model?: string }).model)
    const at = yield* Clock.currentTimeMillis
    const all = yield* Ref.updateAndGet(seen, (s) => [...s, { at, model }])
    const n = all.filter((s) => s.model === model).length - 1
    const list = script[model] ?? [ok(model)]
    return list[Math.min(n, list.length - 1)] ?? ok(model)
  })

const layerWith = (
  responses: OpenRouterTest.Responses,
  policies: Layer.Layer<never> | Layer.Layer<RetryPolicy.RetryPolicy> | Layer.Layer<RetryPolicy.RetryPolicy | Fallback.Fallback | CircuitBreaker.CircuitBreaker | RateLimit.RateLimit | Bulkhead.Bulkhead, never, never>,
  config: Partial<OpenRouterConfig.Options> = {}
) =>
  OpenRouter.layer.pipe(
    Layer.provide(policies),
    Layer.provide(Layer.orDie(OpenRouterTest.layerConfig(config))),
    Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
  )

const req = { model: "a/model", messages: userMessage(), max_tokens: 50 }

/** Runs `f` in a fiber, advancing the TestClock in steps until it completes. */
const runClock = <A, E>(effect: Effect.Effect<A, E>, step: Duration.DurationInput = "100 millis", max = 2000) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    for (let i = 0; i < max; i++) {
      const done = yield* Fiber.poll(fiber)
      if (done._tag === "Some") break
      yield* TestClock.adjust(step)
    }
    return yield* Fiber.join(fiber)
  })

describe("retry through the pipeline", () => {
  it.effect("503, 503, 200 → three requests at 0, 500, 1500 ms; attempts logged", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const result = yield* runClock(
        Effect.gen(function*() {
          const client = yield* OpenRouter.OpenRouter
          return yield* client.chat(req)
        }).pipe(Effect.provide(layerWith(scripted({ "a/model": [err(503), err(503), ok()] }, seen), noJitter))),
        "50 millis"
      )
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.at), [0, 500, 1500])
      assert.strictEqual(result.text, "Hello world")
      assert.deepStrictEqual(result.meta.attempts.map((a) => [a.attempt, a.outcome, a.status, a.waitMs]), [
        [1, "NoProviderAvailableError", 503, 0],
        [2, "NoProviderAvailableError", 503, 500],
        [3, "Success", 200, 1000]
      ])
    }))

  it.effect("503 ×3 with maxRetries 2 → the final error carries the attempts log", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [err(503)] }, seen), noJitter))
        ),
        "50 millis"
      )
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result) && result.left._tag === "NoProviderAvailableError") {
        assert.strictEqual(result.left.status, 503)
        assert.isTrue(result.left.isRetryable)
        assert.deepStrictEqual(result.left.attempts?.map((a) => [a.attempt, a.outcome, a.waitMs]), [
          [1, "NoProviderAvailableError", 0],
          [2, "NoProviderAvailableError", 500],
          [3, "NoProviderAvailableError", 1000]
        ])
      } else assert.fail("expected NoProviderAvailableError")
    }))

  it.effect("429 with Retry-After: 2 waits exactly 2 s", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [err(429, { "retry-after": "2" }), ok()] }, seen), noJitter))
        ),
        "250 millis"
      )
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.at), [0, 2000])
    }))

  it.effect("401 is not retried", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
        Effect.provide(layerWith(scripted({ "a/model": [err(401)] }, seen), noJitter))
      )
      assert.isTrue(Either.isLeft(result) && result.left._tag === "AuthenticationError")
      assert.strictEqual((yield* Ref.get(seen)).length, 1)
    }))

  it.effect("an error chunk before content is retried; after content it is StreamInterrupted and not retried", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const early = OpenRouterTest.sse(`: OPENROUTER PROCESSING\n\ndata: ${JSON.stringify({ error: { code: 502, message: "early" } })}\n\n`)
      const late = OpenRouterTest.sse(`data: ${JSON.stringify(textChunks("a/model", ["Part"])[0])}\n\ndata: ${JSON.stringify({ error: { code: 502, message: "late" } })}\n\n`)
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [early, late, ok()] }, seen), noJitter))
        )
      )
      assert.strictEqual((yield* Ref.get(seen)).length, 2)
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result) && result.left._tag === "StreamInterrupted") {
        assert.strictEqual((result.left.partial as Completion).text, "Part")
        assert.strictEqual((result.left.reason as OpenRouterError)._tag, "ProviderError")
      } else assert.fail("expected StreamInterrupted")
    }))

  it.effect("json wire: a drop after the body was sent is not retried by default (may be billed), but is with retryAmbiguous", () =>
    Effect.gen(function*() {
      const drop: OpenRouterTest.Canned = { _tag: "Text", status: 200, headers: {}, text: "{\"id\":", readSize: 3, dropAfterReads: 1 }
      for (const [retryAmbiguous, expected] of [[false, 1], [true, 3]] as const) {
        const seen = yield* Ref.make<Array<Seen>>([])
        yield* runClock(
          Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire: "json", retry: { retryAmbiguous } }))).pipe(
            Effect.provide(layerWith(scripted({ "a/model": [drop] }, seen), noJitter))
          )
        )
        assert.strictEqual((yield* Ref.get(seen)).length, expected)
      }
    }))
})

describe("timeouts", () => {
  it.effect("headers never sent → TimeoutError headers after exactly headersTimeout, retried", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [OpenRouterTest.noHeaders, ok()] }, seen), noJitter, { timeouts: { headers: "3 seconds" } }))
        ),
        "100 millis"
      )
      assert.strictEqual(result.text, "Hello world")
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.at), [0, 3500])
      assert.strictEqual(result.meta.attempts[0]?.outcome, "TimeoutError")
    }))

  it.effect("a stall before content is cut by the idle timer and retried", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const stall = OpenRouterTest.sse(": OPENROUTER PROCESSING\n\n", { stallAfterReads: 1 })
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [stall, ok()] }, seen), noJitter, { timeouts: { idle: "2 seconds" } }))
        )
      )
      assert.strictEqual(result.text, "Hello world")
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.at), [0, 2500])
    }))

  it.effect("a stall after content → StreamInterrupted with the partial text, reason idle timeout", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const body = `data: ${JSON.stringify(textChunks("a/model", ["Half"])[0])}\n\n`
      const stall = OpenRouterTest.sse(body, { stallAfterReads: 1 })
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [stall] }, seen), noJitter, { timeouts: { idle: "2 seconds" } }))
        )
      )
      assert.strictEqual((yield* Ref.get(seen)).length, 1)
      if (Either.isLeft(result) && result.left._tag === "StreamInterrupted") {
        assert.strictEqual((result.left.partial as Completion).text, "Half")
        const reason = result.left.reason as OpenRouterError
        assert.isTrue(reason._tag === "TimeoutError" && reason.kind === "idle")
      } else assert.fail("expected StreamInterrupted")
    }))

  it.effect("overall deadline across retries → TimeoutError deadline", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [err(503)] }, seen), RetryPolicy.layer({ maxRetries: 10, schedule: RetryPolicy.backoff({ jitter: false }) }), { timeouts: { deadline: "2 seconds" } }))
        )
      )
      assert.isTrue(Either.isLeft(result) && result.left._tag === "TimeoutError" && result.left.kind === "deadline")
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.at), [0, 500, 1500])
    }))
})

describe("fallback and breaker through the pipeline", () => {
  const policies = Layer.mergeAll(
    noJitter,
    Fallback.layer({ models: ["b/model"], contextLength: ["c/long"] }),
    CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(3) })
  )

  it.effect("A fails after its retries → B serves; meta says fallback and lists every attempt", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [err(502)], "b/model": [ok("b/model")] }, seen), policies))
        )
      )
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.model), ["a/model", "a/model", "a/model", "b/model"])
      assert.strictEqual(result.meta.servedModel, "b/model")
      assert.isTrue(result.meta.fallback)
      assert.deepStrictEqual(result.meta.attempts.map((a) => a.model), ["a/model", "a/model", "a/model", "b/model"])
    }))

  it.effect("context length goes to the contextLength list only, without retries", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const overflow = OpenRouterTest.error(400, "This endpoint's maximum context length is 1000 tokens. However, you requested about 5000 tokens (4000 of text input, 1000 in the output).")
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [overflow], "c/long": [ok("c/long")] }, seen), policies))
        )
      )
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.model), ["a/model", "c/long"])
      assert.strictEqual(result.meta.servedModel, "c/long")
    }))

  it.effect("after A's breaker opens, later calls skip A with zero requests to it", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      yield* runClock(
        Effect.gen(function*() {
          const c = yield* OpenRouter.OpenRouter
          yield* c.chat(req) // A: 3 failures (opens the breaker) → B
          yield* Ref.set(seen, [])
          const second = yield* c.chat(req)
          assert.strictEqual(second.meta.servedModel, "b/model")
          assert.deepStrictEqual(second.meta.attempts.map((a) => a.model), ["b/model"])
        }).pipe(Effect.provide(layerWith(scripted({ "a/model": [err(502)], "b/model": [ok("b/model")] }, seen), policies)))
      )
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.model), ["b/model"])
    }))

  it.effect("when A's circuit opens mid-retries, the plan moves to B at once (no sleep into a rejection)", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const tight = Layer.mergeAll(
        RetryPolicy.layer({ maxRetries: 4, schedule: RetryPolicy.backoff({ jitter: false }) }),
        Fallback.layer({ models: ["b/model"] }),
        CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(2) })
      )
      yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [err(502)], "b/model": [ok("b/model")] }, seen), tight))
        ),
        "50 millis"
      )
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => [s.model, s.at]), [["a/model", 0], ["a/model", 500], ["b/model", 500]])
    }))

  it.effect("a stream that fails after content is not fallen back from (no spliced output)", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const late = OpenRouterTest.sse(`data: ${JSON.stringify(textChunks("a/model", ["a"])[0])}\n\ndata: ${JSON.stringify(textChunks("a/model", ["b"])[0])}\n\n`, { dropAfterReads: 1 })
      const events: Array<string> = []
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) =>
          c.chatStream(req).pipe(
            Stream.runForEach((e) => Effect.sync(() => e._tag === "TextDelta" && events.push(e.text))),
            Effect.either
          )).pipe(Effect.provide(layerWith(scripted({ "a/model": [late], "b/model": [ok("b/model")] }, seen), policies)))
      )
      assert.deepStrictEqual(events, ["a", "b"])
      assert.isTrue(Either.isLeft(result) && result.left._tag === "StreamInterrupted")
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.model), ["a/model"])
    }))

  it.effect("an empty content_filter finish is a ContentPolicyError and goes to the contentPolicy list", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const filtered = OpenRouterTest.sse([{ id: "gen-f", model: "a/model", object: "chat.completion.chunk", created: 1, choices: [{ index: 0, delta: { content: "" }, finish_reason: "content_filter" }] }])
      const withPolicyList = Layer.mergeAll(noJitter, Fallback.layer({ contentPolicy: ["d/safe"] }))
      const result = yield* runClock(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
          Effect.provide(layerWith(scripted({ "a/model": [filtered], "d/safe": [ok("d/safe")] }, seen), withPolicyList))
        )
      )
      assert.strictEqual(result.meta.servedModel, "d/safe")
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.model), ["a/model", "d/safe"])
      assert.strictEqual(result.meta.attempts[0]?.outcome, "ContentPolicyError")
    }))

  it.effect("per-call override: circuitBreaker false bypasses the open breaker for this call only", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      yield* runClock(
        Effect.gen(function*() {
          const c = yield* OpenRouter.OpenRouter
          yield* c.chat(req) // opens A's breaker, served by B
          yield* Ref.set(seen, [])
          const bypass = yield* Effect.either(c.chat(req, { circuitBreaker: false, fallback: { models: [] }, retry: { maxRetries: 0 } }))
          assert.isTrue(Either.isLeft(bypass) && bypass.left._tag === "ProviderError")
          const normal = yield* c.chat(req)
          assert.strictEqual(normal.meta.servedModel, "b/model")
        }).pipe(Effect.provide(layerWith(scripted({ "a/model": [err(502)], "b/model": [ok("b/model")] }, seen), policies)))
      )
      assert.deepStrictEqual((yield* Ref.get(seen)).map((s) => s.model), ["a/model", "b/model"])
    }))

  it.effect("no fallback on 402", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
        Effect.provide(layerWith(scripted({ "a/model": [err(402)] }, seen), policies))
      )
      assert.isTrue(Either.isLeft(result) && result.left._tag === "InsufficientCreditsError")
      assert.strictEqual((yield* Ref.get(seen)).length, 1)
    }))

  it.effect("server-side fallback sends OpenRouter's models list and reads the served model", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const { result, sent } = yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const result = yield* c.chat(req, { fallback: { serverSide: true } })
        return { result, sent: yield* OpenRouterTest.requests }
      }).pipe(Effect.provide(layerWith(scripted({ "a/model": [ok("b/model")] }, seen), policies)))
      assert.deepStrictEqual((sent[0]?.body as { models: Array<string> }).models, ["a/model", "b/model", "c/long"])
      assert.strictEqual(result.meta.servedModel, "b/model")
      assert.isTrue(result.meta.fallback)
    }))
})

describe("rate limit and bulkhead through the pipeline", () => {
  it.effect("a 429 with a hint pauses every caller of the key", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const policies = Layer.mergeAll(noJitter, RateLimit.layer())
      yield* runClock(
        Effect.gen(function*() {
          const c = yield* OpenRouter.OpenRouter
          const first = yield* Effect.fork(c.chat(req))
          yield* TestClock.adjust("10 millis")
          const second = yield* Effect.fork(c.chat({ ...req, model: "b/model" }))
          yield* Fiber.join(first)
          yield* Fiber.join(second)
        }).pipe(Effect.provide(layerWith(scripted({ "a/model": [err(429, { "retry-after": "5" }), ok()] }, seen), policies))),
        "250 millis"
      )
      const times = (yield* Ref.get(seen)).map((s) => [s.model, s.at] as const)
      assert.deepStrictEqual(times[0], ["a/model", 0])
      for (const [, at] of times.slice(1)) assert.isAtLeast(at, 5000)
    }))

  it.effect("bulkhead: a stream holds its permit until consumed; a third call is refused", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      const policies = Layer.mergeAll(RetryPolicy.none, Bulkhead.layer({ maxConcurrent: 2, maxQueue: 0 }))
      yield* Effect.gen(function*() {
        const c = yield* OpenRouter.OpenRouter
        const pulls = yield* Effect.all([
          Stream.toPull(c.chatStream(req)),
          Stream.toPull(c.chatStream(req))
        ])
        for (const pull of pulls) yield* pull
        const third = yield* Effect.either(c.chat(req))
        assert.isTrue(Either.isLeft(third) && third.left._tag === "BulkheadFullError")
      }).pipe(Effect.scoped, Effect.provide(layerWith(scripted({}, seen), policies)))
      assert.strictEqual((yield* Ref.get(seen)).length, 2)
    }))
})

// Correctness at 100 concurrent calls; 1,000 is a benchmark (`npm run bench:scale`).
describe("100 concurrent calls through breaker + rate limit + bulkhead against a flaky fake", () => {
  it.effect("requests, rejections and successes add up", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Array<Seen>>([])
      let n = 0
      const flaky: OpenRouterTest.Responses = (r) =>
        Effect.gen(function*() {
          const model = String((r.body as { model: string }).model)
          yield* Ref.update(seen, (s) => [...s, { at: 0, model }])
          n++
          return n % 3 === 0 ? err(502) : ok(model)
        })
      const policies = Layer.mergeAll(
        RetryPolicy.none,
        CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(100) }),
        RateLimit.layer({ global: { rpm: 60 }, onExceeded: "fail", maxWait: "1 second" }),
        Bulkhead.layer({ maxConcurrent: 5, maxQueue: 20 })
      )
      const results = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
        Effect.all(Array.from({ length: 100 }, () => Effect.either(c.chat(req))), { concurrency: "unbounded" })).pipe(
          Effect.provide(layerWith(flaky, policies))
        )
      const tags = new Map<string, number>()
      for (const r of results) {
        const tag = Either.isRight(r) ? "Success" : r.left._tag
        tags.set(tag, (tags.get(tag) ?? 0) + 1)
      }
      const requests = (yield* Ref.get(seen)).length
      const successes = tags.get("Success") ?? 0
      const providerErrors = tags.get("ProviderError") ?? 0
      const rejected = (tags.get("RateLimitExceededError") ?? 0) + (tags.get("BulkheadFullError") ?? 0) +
        (tags.get("CircuitOpenError") ?? 0)
      assert.strictEqual(successes + providerErrors + rejected, 100, JSON.stringify([...tags]))
      assert.strictEqual(requests, successes + providerErrors)
      assert.isAbove(tags.get("RateLimitExceededError") ?? 0, 0, JSON.stringify([...tags]))
      assert.isAbove(tags.get("BulkheadFullError") ?? 0, 0, JSON.stringify([...tags]))
      assert.isAbove(providerErrors, 0)
      assert.isAbove(successes, 0)
    }))
})
