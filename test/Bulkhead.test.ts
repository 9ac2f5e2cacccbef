import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import type * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import * as Bulkhead from "../src/Bulkhead.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import { type OpenRouterError, ProviderError } from "../src/OpenRouterError.js"
import * as RateLimit from "../src/RateLimit.js"

/** Takes a permit in a scope the test closes by hand. */
const hold = (bulkhead: Bulkhead.Service) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const exit = yield* Effect.exit(Scope.extend(bulkhead.permit, scope))
    return { scope, exit }
  })

describe("Bulkhead", () => {
  it.effect("49: maxConcurrent 2, queue 0: the third concurrent call fails with BulkheadFull", () =>
    Effect.gen(function*() {
      const bulkhead = yield* Bulkhead.make({ maxConcurrent: 2, maxQueue: 0 })
      const first = yield* hold(bulkhead)
      const second = yield* hold(bulkhead)
      assert.isTrue(Exit.isSuccess(first.exit) && Exit.isSuccess(second.exit))
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 2, queued: 0 })
      const third = yield* Effect.flip(Effect.scoped(bulkhead.permit))
      assert.strictEqual(third._tag, "BulkheadFullError")
      assert.strictEqual(third.maxConcurrent, 2)
      assert.strictEqual(third.maxQueue, 0)
      // The permit is held until its scope closes, then it is free again.
      yield* Scope.close(first.scope, Exit.void)
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 1, queued: 0 })
      const again = yield* hold(bulkhead)
      assert.isTrue(Exit.isSuccess(again.exit))
      yield* Scope.close(second.scope, Exit.void)
      yield* Scope.close(again.scope, Exit.void)
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 0, queued: 0 })
    }))

  it.effect("49: a running stream keeps its permit until it is consumed or cancelled", () =>
    Effect.gen(function*() {
      const bulkhead = yield* Bulkhead.make({ maxConcurrent: 1, maxQueue: 0 })
      // The stream takes its permit in its own scope (as the pipeline does) and emits a chunk per second.
      const stream = Stream.unwrapScoped(
        Effect.as(bulkhead.permit, Stream.fromSchedule(Schedule.spaced("1 second")).pipe(Stream.take(3)))
      )
      const consumed = yield* Effect.fork(Stream.runCollect(stream))
      yield* TestClock.adjust("1 second")
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 1, queued: 0 })
      assert.strictEqual((yield* Effect.flip(Effect.scoped(bulkhead.permit)))._tag, "BulkheadFullError")
      yield* TestClock.adjust("2 seconds")
      assert.strictEqual(Chunk.size(yield* Fiber.join(consumed)), 3)
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 0, queued: 0 })

      const cancelled = yield* Effect.fork(Stream.runDrain(stream))
      yield* TestClock.adjust("1 second")
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 1, queued: 0 })
      yield* Fiber.interrupt(cancelled)
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 0, queued: 0 })
    }))

  it.effect("queues up to maxQueue, refuses beyond, admits the queued caller when a permit frees", () =>
    Effect.gen(function*() {
      const bulkhead = yield* Bulkhead.make({ maxConcurrent: 1, maxQueue: 1 })
      const first = yield* hold(bulkhead)
      const queued = yield* Effect.fork(hold(bulkhead))
      yield* TestClock.adjust(0)
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 1, queued: 1 })
      assert.strictEqual((yield* Effect.flip(Effect.scoped(bulkhead.permit)))._tag, "BulkheadFullError")
      assert.isTrue(Option.isNone(yield* Fiber.poll(queued)))
      yield* Scope.close(first.scope, Exit.void)
      const second = yield* Fiber.join(queued)
      assert.isTrue(Exit.isSuccess(second.exit))
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 1, queued: 0 })
      yield* Scope.close(second.scope, Exit.void)
    }))

  it.effect("an interrupted waiter leaves the queue", () =>
    Effect.gen(function*() {
      const bulkhead = yield* Bulkhead.make({ maxConcurrent: 1, maxQueue: 1 })
      const first = yield* hold(bulkhead)
      const waiter = yield* Effect.fork(Effect.scoped(bulkhead.permit))
      yield* TestClock.adjust(0)
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 1, queued: 1 })
      yield* Fiber.interrupt(waiter)
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 1, queued: 0 })
      const next = yield* Effect.fork(hold(bulkhead))
      yield* TestClock.adjust(0)
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 1, queued: 1 })
      yield* Scope.close(first.scope, Exit.void)
      const taken = yield* Fiber.join(next)
      assert.isTrue(Exit.isSuccess(taken.exit))
      yield* Scope.close(taken.scope, Exit.void)
    }))

  it.effect("default queue is unbounded: five 1 s calls through two permits start at 0, 0, 1, 1, 2 s", () =>
    Effect.gen(function*() {
      const bulkhead = yield* Effect.provide(Bulkhead.Bulkhead, Bulkhead.layer({ maxConcurrent: 2 }))
      const call = Effect.scoped(
        Effect.gen(function*() {
          yield* bulkhead.permit
          const at = yield* Clock.currentTimeMillis
          yield* Effect.sleep("1 second")
          return at
        })
      )
      const fibers = yield* Effect.forEach(Array.from({ length: 5 }, () => call), Effect.fork)
      yield* TestClock.adjust(0)
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 2, queued: 3 })
      yield* TestClock.adjust("3 seconds")
      const starts = yield* Effect.forEach(fibers, Fiber.join)
      assert.deepStrictEqual([...starts].sort((a, b) => a - b), [0, 0, 1000, 1000, 2000])
    }))

  it.effect("unbounded admits everyone and counts active permits", () =>
    Effect.gen(function*() {
      const bulkhead = yield* Effect.provide(Bulkhead.Bulkhead, Bulkhead.unbounded)
      const held = yield* Effect.forEach(Array.from({ length: 100 }, () => 0), () => hold(bulkhead))
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 100, queued: 0 })
      yield* Effect.forEach(held, ({ scope }) => Scope.close(scope, Exit.void))
      assert.deepStrictEqual(yield* bulkhead.stats, { active: 0, queued: 0 })
    }))

  it.effect("invalid options are defects", () =>
    Effect.gen(function*() {
      assert.isTrue(Exit.isFailure(yield* Effect.exit(Bulkhead.make({ maxConcurrent: 0 }))))
      assert.isTrue(Exit.isFailure(yield* Effect.exit(Bulkhead.make({ maxConcurrent: 1, maxQueue: -1 }))))
    }))
})

/**
 * 1,000 fibers, each one attempt through breaker admission → rate limit → bulkhead permit → a flaky fake
 * (every third request fails with a ProviderError; each takes 200 ms), in the pipeline's order.
 * `waves`: 20 new fibers every 200 ms for 10 s; otherwise all 1,000 start at t = 0.
 */
const load = (arrivals: "together" | "waves") =>
  Effect.gen(function*() {
    const breaker = yield* CircuitBreaker.make({
      trip: CircuitBreaker.rate({ threshold: 0.4, size: 10, minimumCalls: 10 }),
      openDuration: "2 seconds"
    }).pipe(Effect.provide(CircuitBreaker.layerStoreMemory))
    const limiter = yield* RateLimit.make({ global: { rpm: 120 }, maxWait: "1 second" })
    const bulkhead = yield* Bulkhead.make({ maxConcurrent: 10, maxQueue: 5 })

    let requests = 0
    let finished = 0
    let active = 0
    let maxActive = 0
    const sendTimes: Array<number> = []
    const flaky = (model: string): Effect.Effect<string, OpenRouterError> =>
      Effect.gen(function*() {
        const n = ++requests
        sendTimes.push(yield* Clock.currentTimeMillis)
        active++
        maxActive = Math.max(maxActive, active)
        yield* Effect.sleep("200 millis").pipe(Effect.ensuring(Effect.sync(() => active--)))
        if (n % 3 === 0) return yield* Effect.fail(new ProviderError({ message: "boom", status: 500, model }))
        return model
      })

    const attempt = (i: number) => {
      const model = i % 2 === 0 ? "A" : "B"
      return Effect.gen(function*() {
        yield* limiter.acquire({ model, tokens: 0 })
        yield* bulkhead.permit
        return yield* flaky(model)
      }).pipe(
        Effect.scoped,
        CircuitBreaker.protect(model),
        Effect.provideService(CircuitBreaker.CircuitBreaker, breaker),
        Effect.either,
        Effect.ensuring(Effect.sync(() => finished++))
      )
    }

    const fibers: Array<Fiber.RuntimeFiber<Either.Either<string, OpenRouterError>>> = []
    if (arrivals === "together") {
      fibers.push(...yield* Effect.forEach(Array.from({ length: 1000 }, (_, i) => attempt(i)), Effect.fork))
    } else {
      for (let wave = 0; wave < 50; wave++) {
        for (let j = 0; j < 20; j++) fibers.push(yield* Effect.fork(attempt(wave * 20 + j)))
        yield* TestClock.adjust("200 millis")
      }
    }
    for (let i = 0; i < 600 && finished < 1000; i++) yield* TestClock.adjust("100 millis")
    const results = yield* Effect.forEach(fibers, Fiber.join)

    const count = { ok: 0, ProviderError: 0, CircuitOpenError: 0, RateLimitExceededError: 0, BulkheadFullError: 0 }
    for (const result of results) {
      if (result._tag === "Right") count.ok++
      else if (result.left._tag in count) count[result.left._tag as keyof typeof count]++
      else throw new Error(`unexpected ${result.left._tag}`)
    }
    const rejections = count.CircuitOpenError + count.RateLimitExceededError + count.BulkheadFullError
    assert.strictEqual(finished, 1000)
    assert.strictEqual(count.ok + count.ProviderError + rejections, 1000)
    assert.strictEqual(requests, count.ok + count.ProviderError)
    assert.strictEqual(count.ProviderError, Math.floor(requests / 3))
    assert.isAtMost(maxActive, 10)
    assert.strictEqual(active, 0)
    // The token bucket (120 / min: a burst of 120, then one per 500 ms) was never exceeded.
    sendTimes.forEach((at, i) => assert.isAtLeast(at, (i + 1 - 120) * 500))
    assert.deepStrictEqual(yield* bulkhead.stats, { active: 0, queued: 0 })
    // No probe is left holding a half-open circuit once every caller has finished.
    for (const key of ["A", "B"]) {
      const state = yield* breaker.state(key)
      assert.isFalse(state._tag === "HalfOpen" && state.probeInFlight, key)
    }
    return count
  })

describe("breaker + rate limit + bulkhead under load", () => {
  it.effect("1,000 fibers started together: requests, rejections and successes add up exactly", () =>
    Effect.gen(function*() {
      const count = yield* load("together")
      // All 1,000 passed the closed breaker at t = 0 (admission happens before any outcome is known).
      assert.strictEqual(count.CircuitOpenError, 0)
      assert.isAbove(count.RateLimitExceededError, 0)
      assert.isAbove(count.BulkheadFullError, 0)
    }))

  it.effect("1,000 fibers arriving in waves meet every kind of rejection; the sums still add up", () =>
    Effect.gen(function*() {
      const count = yield* load("waves")
      assert.isAbove(count.ok, 0)
      assert.isAbove(count.CircuitOpenError, 0)
      assert.isAbove(count.RateLimitExceededError, 0)
      assert.isAbove(count.BulkheadFullError, 0)
    }))
})
