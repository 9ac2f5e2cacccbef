/**
 * Issue 10 item 16: the half-open probe's lease starts when the probe is sent, not when the
 * breaker admitted it — time spent waiting in the rate limiter (or the bulkhead) does not eat
 * into it.
 */
import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Either, Fiber, Layer, Option, TestClock } from "effect"
import * as Bulkhead from "../src/Bulkhead.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as RateLimit from "../src/RateLimit.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { userMessage } from "./helpers.js"

const completion = {
  id: "gen-probe",
  model: "a/model",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4, cost: 0.00001 }
}

const request = { model: "a/model", messages: userMessage(), max_tokens: 5 }

const remainingMillis = (o: Option.Option<Duration.Duration>) => Option.map(o, Duration.toMillis)

describe("half-open probe lease", () => {
  it.effect("a probe that waits 10 s in the rate limiter still gets its full lease", () =>
    Effect.gen(function*() {
      // 1st request: 503 (opens the circuit for 30 s); 2nd (the probe): answers after 15 s.
      const responses: OpenRouterTest.Responses = (_request, index) =>
        index === 0
          ? OpenRouterTest.error(503, "down")
          : Effect.as(Effect.sleep("15 seconds"), OpenRouterTest.json(completion))
      const policies = Layer.mergeAll(
        CircuitBreaker.layer({
          trip: CircuitBreaker.consecutive(1),
          openDuration: "30 seconds",
          probeLease: "20 seconds"
        }),
        RateLimit.layer({}),
        RetryPolicy.none
      )
      const layer = OpenRouter.layer.pipe(
        Layer.provideMerge(policies),
        Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
        Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
      )
      yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const breaker = yield* CircuitBreaker.CircuitBreaker
        const limiter = yield* RateLimit.RateLimit
        const first = yield* Effect.either(client.chat(request, { wire: "json" }))
        assert.isTrue(Either.isLeft(first))
        assert.strictEqual((yield* breaker.state("a/model"))._tag, "Open")
        yield* TestClock.adjust("30 seconds")
        // t = 30 s: the circuit may probe; the limiter holds every call until t = 40 s.
        yield* limiter.pause("10 seconds")
        const probe = yield* Effect.fork(client.chat(request, { wire: "json" }))
        yield* TestClock.adjust("1 second")
        assert.deepStrictEqual((yield* breaker.state("a/model")), { _tag: "HalfOpen", probeInFlight: true })
        // t = 40 s: the probe is sent; its 20 s lease runs until t = 60 s.
        yield* TestClock.adjust("9 seconds")
        yield* TestClock.adjust("12 seconds")
        // t = 52 s: 32 s after admission, 12 s after sending. Other callers are still turned
        // away for the rest of the lease (8 s) — the probe was not written off as failed.
        assert.deepStrictEqual(remainingMillis(yield* breaker.remaining("a/model")), Option.some(8_000))
        const other = yield* Effect.either(client.chat(request, { wire: "json" }))
        assert.isTrue(Either.isLeft(other) && other.left._tag === "CircuitOpenError" && other.left.state === "half-open")
        // t = 55 s: the probe's answer closes the circuit.
        yield* TestClock.adjust("3 seconds")
        const result = yield* Fiber.join(probe)
        assert.strictEqual(result.text, "ok")
        assert.strictEqual((yield* breaker.state("a/model"))._tag, "Closed")
      }).pipe(Effect.provide(layer))
    }))

  it.effect("a probe queued behind a full bulkhead starts its lease when it gets the slot", () =>
    Effect.gen(function*() {
      // 1st request: 503 (opens the circuit); then a slow call holds the only bulkhead slot.
      const responses: OpenRouterTest.Responses = (_request, index) =>
        index === 0
          ? OpenRouterTest.error(503, "down")
          : Effect.as(Effect.sleep(index === 1 ? "10 seconds" : "15 seconds"), OpenRouterTest.json(completion))
      const policies = Layer.mergeAll(
        CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(1), openDuration: "30 seconds", probeLease: "20 seconds" }),
        Bulkhead.layer({ maxConcurrent: 1, maxQueue: 10 }),
        RetryPolicy.none
      )
      const layer = OpenRouter.layer.pipe(
        Layer.provideMerge(policies),
        Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
        Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
      )
      yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const breaker = yield* CircuitBreaker.CircuitBreaker
        yield* Effect.either(client.chat(request, { wire: "json" }))
        yield* TestClock.adjust("30 seconds")
        // t = 30 s: a call to another model takes the only slot for 10 s; the probe queues.
        const busy = yield* Effect.fork(client.chat({ ...request, model: "b/model" }, { wire: "json" }))
        yield* TestClock.adjust("1 millis")
        const probe = yield* Effect.fork(client.chat(request, { wire: "json" }))
        yield* TestClock.adjust("9999 millis")
        // t = 40 s: the slot frees up, the probe is sent; lease until t = 60 s.
        yield* TestClock.adjust("12 seconds")
        // t = 52 s: 8 s of the lease are left.
        assert.deepStrictEqual(remainingMillis(yield* breaker.remaining("a/model")), Option.some(8_000))
        yield* TestClock.adjust("3 seconds")
        assert.strictEqual((yield* Fiber.join(probe)).text, "ok")
        assert.strictEqual((yield* Fiber.join(busy)).text, "ok")
        assert.strictEqual((yield* breaker.state("a/model"))._tag, "Closed")
      }).pipe(Effect.provide(layer))
    }))

  it.effect("a probe that lost its lease while it queued is refused at send time (CircuitOpenError)", () =>
    Effect.gen(function*() {
      const breaker = yield* CircuitBreaker.make({
        trip: CircuitBreaker.consecutive(1),
        openDuration: "30 seconds",
        probeLease: "20 seconds"
      }).pipe(Effect.provide(CircuitBreaker.layerStoreMemory))
      const first = yield* breaker.admit("k")
      yield* first.record("failure")
      yield* TestClock.adjust("30 seconds")
      const probe = yield* breaker.admit("k")
      assert.isTrue(probe.probe)
      // Still queued 25 s later: the lease ran out and the next caller's admission wrote the
      // probe off (the circuit reopened).
      yield* TestClock.adjust("25 seconds")
      assert.isTrue(Either.isLeft(yield* Effect.either(breaker.admit("k"))))
      const started = yield* Effect.either(probe.start)
      assert.isTrue(Either.isLeft(started) && started.left._tag === "CircuitOpenError" && started.left.state === "open")
      // A probe that starts within its lease is fine, and its lease restarts then.
      yield* TestClock.adjust("30 seconds")
      const next = yield* breaker.admit("k")
      yield* TestClock.adjust("15 seconds")
      yield* next.start
      yield* TestClock.adjust("15 seconds")
      assert.deepStrictEqual(remainingMillis(yield* breaker.remaining("k")), Option.some(5_000))
      yield* next.record("success")
      assert.strictEqual((yield* breaker.state("k"))._tag, "Closed")
    }))
})
