import { assert, describe, it } from "@effect/vitest"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as TestClock from "effect/TestClock"
import * as Bucket from "../src/internal/rateLimitBucket.js"
import { type RateLimitExceededError } from "../src/OpenRouterError.js"
import * as RateLimit from "../src/RateLimit.js"

// =============================================================================
// Helpers
// =============================================================================

/** A limiter plus a fake endpoint: every call acquires first, then "sends" and records the send time. */
const setup = (options?: Partial<RateLimit.Options>) =>
  Effect.gen(function*() {
    const limiter = yield* RateLimit.make(options)
    const sent: Array<{ readonly model: string; readonly at: number }> = []
    const call = (model: string, tokens = 0) =>
      Effect.gen(function*() {
        yield* limiter.acquire({ model, tokens })
        const at = yield* Clock.currentTimeMillis
        sent.push({ model, at })
        return at
      })
    /** Forks `n` concurrent calls, advances the clock by `advance`, returns each call's send time or error. */
    const burst = (n: number, model: string, advance: Duration.DurationInput, tokens = 0) =>
      Effect.gen(function*() {
        const fibers = yield* Effect.forEach(
          Array.from({ length: n }, () => 0),
          () => Effect.fork(Effect.either(call(model, tokens))),
          { concurrency: "unbounded" }
        )
        yield* TestClock.adjust(advance)
        return yield* Effect.forEach(fibers, Fiber.join)
      })
    return { limiter, sent, call, burst }
  })

const times = (results: ReadonlyArray<Either.Either<number, RateLimitExceededError>>) =>
  results.map((r) => (Either.isRight(r) ? r.right : `${r.left.limit}:${Duration.toMillis(r.left.retryAfter ?? 0)}`))

// =============================================================================
// Tests
// =============================================================================

describe("RateLimit", () => {
  describe("token bucket arithmetic", () => {
    it("43: bucket 2 / 1 s, four callers reserving one after another → 0, 0, 500, 1000 ms", () => {
      const bucket = { capacity: 2, intervalMillis: 1000 }
      let tat = Number.NEGATIVE_INFINITY
      const delays: Array<number> = []
      for (let i = 0; i < 4; i++) {
        const r = Bucket.reserve(bucket, tat, 0, 1)
        delays.push(r.delay)
        tat = r.tat
      }
      assert.deepStrictEqual(delays, [0, 0, 500, 1000])
      // After a quiet second the bucket is full again.
      assert.strictEqual(Bucket.reserve(bucket, tat, 3000, 2).delay, 0)
    })

    it("a cost above the capacity goes once the bucket is full, and leaves it in debt", () => {
      const bucket = { capacity: 10, intervalMillis: 1000 }
      const first = Bucket.reserve(bucket, Number.NEGATIVE_INFINITY, 0, 25)
      assert.strictEqual(first.delay, 0)
      assert.strictEqual(first.tat, 2500)
      assert.strictEqual(Bucket.reserve(bucket, first.tat, 0, 1).delay, 1600)
    })
  })

  describe("limiter", () => {
    it.effect("43: rpm 2, four concurrent calls → sent at 0, 0, 30 s, 60 s (bucket 2 / min); none rejected", () =>
      Effect.gen(function*() {
        const { burst, sent } = yield* setup({ global: { rpm: 2 }, maxWait: "1 minute" })
        const results = yield* burst(4, "m", "60 seconds")
        assert.deepStrictEqual(times(results), [0, 0, 30_000, 60_000])
        assert.strictEqual(sent.length, 4)
      }))

    it.effect("43: rpm 120 spreads over the minute: a burst of 120, then one every 500 ms", () =>
      Effect.gen(function*() {
        const { burst } = yield* setup({ global: { rpm: 120 } })
        const results = yield* burst(123, "m", "2 seconds")
        assert.deepStrictEqual(times(results).slice(118), [0, 0, 500, 1000, 1500])
      }))

    it.effect("44: onExceeded fail → the third call fails at once with retryAfter, and never sends", () =>
      Effect.gen(function*() {
        const { burst, call, sent } = yield* setup({ global: { rpm: 2 }, onExceeded: "fail" })
        const results = yield* burst(3, "m", 0)
        assert.deepStrictEqual(times(results), [0, 0, "rpm:30000"])
        assert.strictEqual(sent.length, 2)
        const error = yield* Effect.flip(call("m"))
        assert.strictEqual(error._tag, "RateLimitExceededError")
        assert.strictEqual(error.key, "global")
        yield* TestClock.adjust("30 seconds")
        assert.strictEqual(yield* call("m"), 30_000)
      }))

    it.effect("45: maxWait 30 s and a required delay of 45 s → immediate failure; another model still goes", () =>
      Effect.gen(function*() {
        const { call, sent } = yield* setup({ perModel: { rpm: 4 }, maxWait: "30 seconds" })
        const fibers = yield* Effect.forEach(
          Array.from({ length: 7 }, () => 0),
          () => Effect.fork(Effect.either(call("A"))),
          { concurrency: "unbounded" }
        )
        yield* TestClock.adjust(0)
        // Four at once, then one per 15 s: 15 s and 30 s (= maxWait) wait; 45 s is refused at once.
        const settled = yield* Effect.forEach(fibers, Fiber.poll)
        assert.deepStrictEqual(settled.map(Option.isSome), [true, true, true, true, false, false, true])
        assert.strictEqual(sent.length, 4)
        assert.strictEqual(yield* call("B"), 0)
        yield* TestClock.adjust("30 seconds")
        const results = yield* Effect.forEach(fibers, Fiber.join)
        assert.deepStrictEqual(times(results), [0, 0, 0, 0, 15_000, 30_000, "rpm:45000"])
        const refused = results[6]
        assert.isTrue(refused !== undefined && Either.isLeft(refused) && refused.left.key === "A")
      }))

    it.effect("46: a 429 with Retry-After 5 s pauses the key: a concurrent request does not send before t = 5 s", () =>
      Effect.gen(function*() {
        const { limiter, call } = yield* setup({ global: { rpm: 100 } })
        assert.strictEqual(yield* call("m"), 0)
        yield* limiter.pause(Duration.seconds(5)) // the first request came back 429 + Retry-After: 5
        assert.deepStrictEqual(yield* limiter.pausedUntil, Option.some(5_000))
        yield* TestClock.adjust("1 second")
        const concurrent = yield* Effect.fork(call("m"))
        yield* TestClock.adjust(3_999)
        assert.isTrue(Option.isNone(yield* Fiber.poll(concurrent)))
        yield* TestClock.adjust(1)
        assert.strictEqual(yield* Fiber.join(concurrent), 5_000)
        assert.isTrue(Option.isNone(yield* limiter.pausedUntil))
      }))

    it.effect("46: a caller already waiting for a token when the pause begins waits out the pause too", () =>
      Effect.gen(function*() {
        const { burst, call, limiter } = yield* setup({ global: { rpm: 2 }, maxWait: "1 minute" })
        yield* burst(2, "m", 0)
        const waiting = yield* Effect.fork(call("m")) // its slot is at 30 s
        yield* TestClock.adjust("20 seconds")
        yield* limiter.pause(Duration.seconds(15)) // until 35 s
        yield* TestClock.adjust("15 seconds")
        assert.strictEqual(yield* Fiber.join(waiting), 35_000)
        // The wait counts against maxWait from the first try: with 30 s it would have given up at 30 s.
        const strict = yield* setup({ global: { rpm: 2 }, maxWait: "30 seconds" })
        yield* strict.burst(2, "m", 0)
        const gaveUp = yield* Effect.fork(Effect.flip(strict.call("m")))
        yield* TestClock.adjust("20 seconds")
        yield* strict.limiter.pause(Duration.seconds(15))
        yield* TestClock.adjust("10 seconds")
        const error = yield* Fiber.join(gaveUp)
        assert.strictEqual(error.limit, "paused")
        assert.strictEqual(Duration.toMillis(error.retryAfter ?? 0), 5_000)
        assert.strictEqual(strict.sent.length, 2)
      }))

    it.effect("46: while paused, fail mode fails with limit \"paused\"; delay mode fails above maxWait", () =>
      Effect.gen(function*() {
        const failing = yield* setup({ onExceeded: "fail" })
        yield* failing.limiter.pause("5 seconds")
        yield* TestClock.adjust("1 second")
        const paused = yield* Effect.flip(failing.call("m"))
        assert.strictEqual(paused.limit, "paused")
        assert.strictEqual(paused.key, "global")
        assert.strictEqual(Duration.toMillis(paused.retryAfter ?? 0), 4_000)

        const waiting = yield* setup({ maxWait: "10 seconds" })
        yield* waiting.limiter.pause("1 minute")
        const tooLong = yield* Effect.flip(waiting.call("m"))
        assert.strictEqual(tooLong.limit, "paused")
        assert.strictEqual(Duration.toMillis(tooLong.retryAfter ?? 0), 60_000)
      }))

    it.effect("a pause for one model leaves the others alone; pauses never shorten", () =>
      Effect.gen(function*() {
        const { limiter, call } = yield* setup()
        yield* limiter.pause("10 seconds", "A")
        yield* limiter.pause("2 seconds", "A")
        assert.strictEqual(yield* call("B"), 0)
        assert.isTrue(Option.isNone(yield* limiter.pausedUntil))
        const a = yield* Effect.fork(call("A"))
        yield* TestClock.adjust("10 seconds")
        assert.strictEqual(yield* Fiber.join(a), 10_000)
      }))

    it.effect("47: tpm: a call whose estimate exceeds the remaining tokens waits for the refill", () =>
      Effect.gen(function*() {
        const { call, limiter } = yield* setup({ global: { tpm: 1000 } })
        assert.strictEqual(yield* call("m", 800), 0)
        // 200 tokens left; 500 needed; 300 tokens refill in 300 / 1000 × 60 s = 18 s.
        const second = yield* Effect.fork(call("m", 500))
        yield* TestClock.adjust(17_999)
        assert.isTrue(Option.isNone(yield* Fiber.poll(second)))
        yield* TestClock.adjust(1)
        assert.strictEqual(yield* Fiber.join(second), 18_000)
        // rpm does not apply: a call without tokens is free.
        yield* limiter.acquire({ model: "m", tokens: 0 })
      }))

    it.effect("rpm and tpm, global and per model, all apply; the slowest bucket decides", () =>
      Effect.gen(function*() {
        const { burst } = yield* setup({
          global: { rpm: 6 },
          perModel: { rpm: 60 },
          models: { slow: { rpm: 1, tpm: 600 } },
          maxWait: "2 minutes"
        })
        const slow = yield* burst(2, "slow", "60 seconds", 10)
        assert.deepStrictEqual(times(slow), [0, 60_000])
        const rest = yield* burst(6, "fast", "30 seconds")
        // The global bucket (6 / min) refilled after the call at 0 s and gave one at 60 s:
        // five left, then one per 10 s.
        assert.deepStrictEqual(times(rest), [60_000, 60_000, 60_000, 60_000, 60_000, 70_000])
      }))

    it.effect("an interrupted waiter gives its slot back", () =>
      Effect.gen(function*() {
        const { burst, call } = yield* setup({ global: { rpm: 2 } })
        yield* burst(2, "m", 0)
        const gaveUp = yield* Effect.fork(call("m")) // slot at 30 s
        yield* TestClock.adjust("10 seconds")
        yield* Fiber.interrupt(gaveUp)
        const next = yield* Effect.fork(call("m"))
        yield* TestClock.adjust("20 seconds")
        assert.strictEqual(yield* Fiber.join(next), 30_000)
      }))

    it.effect("unlimited admits 1,000 calls at once but honours a pause", () =>
      Effect.gen(function*() {
        const limiter = yield* Effect.provide(RateLimit.RateLimit, RateLimit.unlimited)
        yield* Effect.forEach(Array.from({ length: 1000 }, (_, i) => i), (i) =>
          limiter.acquire({ model: `m${i % 7}`, tokens: 1_000_000 }), { concurrency: "unbounded" })
        assert.strictEqual(yield* Clock.currentTimeMillis, 0)
        yield* limiter.pause("3 seconds")
        const waiting = yield* Effect.fork(limiter.acquire({ model: "m", tokens: 1 }))
        yield* TestClock.adjust("3 seconds")
        yield* Fiber.join(waiting)
        assert.strictEqual(yield* Clock.currentTimeMillis, 3_000)
      }))

    it.effect("layer(options) provides the service; invalid limits are defects", () =>
      Effect.gen(function*() {
        const limiter = yield* Effect.provide(
          RateLimit.RateLimit,
          RateLimit.layer({ global: { rpm: 1 }, onExceeded: "fail" })
        )
        yield* limiter.acquire({ model: "m", tokens: 0 })
        const error = yield* Effect.flip(limiter.acquire({ model: "m", tokens: 0 }))
        assert.strictEqual(Duration.toMillis(error.retryAfter ?? 0), 60_000)
        const invalid = yield* Effect.exit(RateLimit.make({ global: { rpm: 0 } }))
        assert.isTrue(invalid._tag === "Failure")
      }))
  })
})
