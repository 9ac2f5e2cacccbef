import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import * as TestClock from "effect/TestClock"
import {
  AuthenticationError,
  BudgetExceededError,
  BulkheadFullError,
  CircuitOpenError,
  classify,
  InvalidRequestError,
  type OpenRouterError,
  ProviderError,
  RateLimitError,
  RateLimitExceededError,
  TimeoutError,
  TransportError
} from "../src/OpenRouterError.js"
import * as RetryPolicy from "../src/RetryPolicy.js"

// =============================================================================
// Helpers
// =============================================================================

type Outcome = OpenRouterError | "ok"

/** A scripted attempt function that records the attempt number and the TestClock time of each call. */
const scripted = (outcomes: ReadonlyArray<Outcome>) => {
  const calls: Array<{ readonly n: number; readonly at: number }> = []
  const attempt = (n: number): Effect.Effect<string, OpenRouterError> =>
    Effect.gen(function*() {
      const at = yield* Clock.currentTimeMillis
      calls.push({ n, at })
      const outcome = outcomes[n - 1] ?? outcomes[outcomes.length - 1] ?? "ok"
      if (outcome === "ok") return `ok#${n}`
      return yield* Effect.fail(outcome)
    })
  return { calls, attempt, times: () => calls.map((c) => c.at) }
}

/** Defaults with jitter off (exact waits) unless overridden. */
const opts = (overrides: Partial<RetryPolicy.RetryOptions> = {}): RetryPolicy.RetryOptions => ({
  ...RetryPolicy.defaults,
  schedule: RetryPolicy.backoff({ jitter: false }),
  wire: "stream",
  ...overrides
})

const e503 = (message = "overloaded") => new ProviderError({ message, status: 503 })
const pendingSleeps = Effect.map(TestClock.sleeps(), Chunk.toReadonlyArray)

/** Runs `self` in a fiber, advances the TestClock far enough for any schedule, returns the exit. */
const runToEnd = <A>(self: Effect.Effect<A, OpenRouterError>) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(self)
    yield* TestClock.adjust("10 minutes")
    return yield* Fiber.await(fiber)
  })

const failure = <A>(exit: Exit.Exit<A, OpenRouterError>): OpenRouterError => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
  if (error === undefined) throw new Error(`expected a typed failure, got ${exit.cause._tag}`)
  return error
}

// =============================================================================
// Tests
// =============================================================================

describe("RetryPolicy", () => {
  describe("options and layers", () => {
    it.effect("defaults: 2 retries, 60 s maxElapsed / maxRetryAfter, no ambiguous retry", () =>
      Effect.gen(function*() {
        assert.strictEqual(RetryPolicy.defaults.maxRetries, 2)
        assert.isTrue(Duration.equals(RetryPolicy.defaults.maxElapsed, Duration.seconds(60)))
        assert.isTrue(Duration.equals(RetryPolicy.defaults.maxRetryAfter, Duration.seconds(60)))
        assert.isFalse(RetryPolicy.defaults.retryAmbiguous)
      }))

    it.effect("layer overrides defaults; none has maxRetries 0", () =>
      Effect.gen(function*() {
        const custom = yield* Effect.provide(RetryPolicy.RetryPolicy, RetryPolicy.layer({ maxRetries: 5 }))
        assert.strictEqual(custom.maxRetries, 5)
        assert.strictEqual(custom.schedule, RetryPolicy.defaults.schedule)
        const plain = yield* Effect.provide(RetryPolicy.RetryPolicy, RetryPolicy.layer())
        assert.strictEqual(plain.maxRetries, 2)
        const none = yield* Effect.provide(RetryPolicy.RetryPolicy, RetryPolicy.none)
        assert.strictEqual(none.maxRetries, 0)
      }))

    it.effect("none: a 503 is attempted once", () =>
      Effect.gen(function*() {
        const script = scripted([e503()])
        const policy = yield* Effect.provide(RetryPolicy.RetryPolicy, RetryPolicy.none)
        const exit = yield* runToEnd(RetryPolicy.retry(script.attempt, { ...policy, wire: "stream" }))
        assert.strictEqual(failure(exit)._tag, "ProviderError")
        assert.strictEqual(script.calls.length, 1)
      }))
  })

  describe("counting (§2.2 #6, #61)", () => {
    it.effect("503 ×3 with maxRetries 2 ⇒ exactly 3 calls, the last error unchanged", () =>
      Effect.gen(function*() {
        const errors = [e503("first"), e503("second"), e503("third")]
        const script = scripted(errors)
        const exit = yield* runToEnd(RetryPolicy.retry(script.attempt, opts()))
        assert.strictEqual(failure(exit), errors[2])
        assert.deepStrictEqual(script.times(), [0, 500, 1500])
      }))

    it.effect("attempt numbers passed to the attempt function are 1, 2, 3 (retry-count header 0, 1, 2)", () =>
      Effect.gen(function*() {
        const script = scripted([e503()])
        yield* runToEnd(RetryPolicy.retry(script.attempt, opts()))
        assert.deepStrictEqual(script.calls.map((c) => c.n), [1, 2, 3])
      }))

    it.effect("maxRetries 3 and a 200 on the 4th ⇒ success", () =>
      Effect.gen(function*() {
        const script = scripted([e503(), e503(), e503(), "ok"])
        const exit = yield* runToEnd(RetryPolicy.retry(script.attempt, opts({ maxRetries: 3 })))
        assert.deepStrictEqual(exit, Exit.succeed("ok#4"))
        assert.deepStrictEqual(script.times(), [0, 500, 1500, 3500])
      }))

    it.effect("success on the first call does not sleep", () =>
      Effect.gen(function*() {
        const script = scripted(["ok"])
        const value = yield* RetryPolicy.retry(script.attempt, opts())
        assert.strictEqual(value, "ok#1")
        assert.deepStrictEqual(yield* pendingSleeps, [])
      }))

    it.effect("onRetry sees the failed attempt number, the error and the wait", () =>
      Effect.gen(function*() {
        const error = e503()
        const script = scripted([error])
        const infos: Array<RetryPolicy.RetryInfo> = []
        yield* runToEnd(
          RetryPolicy.retry(script.attempt, opts({ onRetry: (info) => Effect.sync(() => infos.push(info)) }))
        )
        assert.deepStrictEqual(infos, [
          { attempt: 1, error, waitMs: 500 },
          { attempt: 2, error, waitMs: 1000 }
        ])
      }))
  })

  describe("backoff (§2.2 #7, #8)", () => {
    it.effect("503 ×4, jitter off: pending sleeps are 500, 1000, 2000 ms", () =>
      Effect.gen(function*() {
        const script = scripted([e503()])
        const fiber = yield* Effect.fork(RetryPolicy.retry(script.attempt, opts({ maxRetries: 3 })))
        yield* TestClock.adjust(0)
        assert.deepStrictEqual(yield* pendingSleeps, [500])
        yield* TestClock.adjust(500)
        assert.deepStrictEqual(yield* pendingSleeps, [500 + 1000])
        yield* TestClock.adjust(1000)
        assert.deepStrictEqual(yield* pendingSleeps, [1500 + 2000])
        yield* TestClock.adjust(2000)
        const exit = yield* Fiber.await(fiber)
        assert.isTrue(Exit.isFailure(exit))
        assert.strictEqual(script.calls.length, 4)
      }))

    it.effect("delays double and cap at 8 s", () =>
      Effect.gen(function*() {
        const script = scripted([e503()])
        yield* runToEnd(RetryPolicy.retry(script.attempt, opts({ maxRetries: 7 })))
        const times = script.times()
        const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0))
        assert.deepStrictEqual(gaps, [500, 1000, 2000, 4000, 8000, 8000, 8000])
      }))

    it.effect("default schedule with the jitter factor pinned at 1.0 gives 500 ms, 1 s", () =>
      Effect.gen(function*() {
        const script = scripted([e503()])
        yield* runToEnd(RetryPolicy.retry(script.attempt, opts({ schedule: RetryPolicy.defaults.schedule })))
        assert.deepStrictEqual(script.times(), [0, 500, 1500])
      }).pipe(Effect.withRandom(Random.fixed([0.5]))))

    it.effect("jitter on, seeded: every delay within [0.8 d, 1.2 d], deterministic per seed", () =>
      Effect.gen(function*() {
        const gapsFor = (seed: string) =>
          Effect.gen(function*() {
            const script = scripted([e503()])
            yield* runToEnd(
              RetryPolicy.retry(script.attempt, opts({ schedule: RetryPolicy.defaults.schedule, maxRetries: 6 }))
            )
            const times = script.times()
            return times.slice(1).map((t, i) => t - (times[i] ?? 0))
          }).pipe(Effect.withRandom(Random.make(seed)))
        const base = [500, 1000, 2000, 4000, 8000, 8000]
        const gaps = yield* gapsFor("seed-1")
        assert.strictEqual(gaps.length, base.length)
        gaps.forEach((gap, i) => {
          const d = base[i] ?? 0
          assert.isAtLeast(gap, 0.8 * d - 1e-6, `gap ${i}`)
          assert.isAtMost(gap, 1.2 * d + 1e-6, `gap ${i}`)
        })
        assert.isTrue(gaps.some((gap, i) => gap !== base[i]), "jitter changes at least one delay")
        const again = yield* TestClock.setTime(0).pipe(Effect.zipRight(gapsFor("seed-1")))
        assert.deepStrictEqual(again, gaps)
      }))
  })

  describe("retry hints (§2.2 #1–#5, #60)", () => {
    it.effect("429 + Retry-After: 2 ⇒ nothing at 1999 ms, second request at exactly 2000 ms", () =>
      Effect.gen(function*() {
        const limited = classify({
          status: 429,
          headers: { "retry-after": "2" },
          body: { error: { message: "slow down" } }
        })
        assert.strictEqual(limited._tag, "RateLimitError")
        const script = scripted([limited, "ok"])
        const fiber = yield* Effect.fork(RetryPolicy.retry(script.attempt, opts()))
        yield* TestClock.adjust(1999)
        assert.strictEqual(script.calls.length, 1)
        yield* TestClock.adjust(1)
        assert.strictEqual(yield* Fiber.join(fiber), "ok#2")
        assert.deepStrictEqual(script.times(), [0, 2000])
      }))

    it.effect("retry-after-ms 1500 wins over Retry-After 9", () =>
      Effect.gen(function*() {
        const limited = classify({
          status: 429,
          headers: { "retry-after-ms": "1500", "retry-after": "9" },
          body: { error: { message: "slow down" } }
        })
        const script = scripted([limited, "ok"])
        yield* runToEnd(RetryPolicy.retry(script.attempt, opts()))
        assert.deepStrictEqual(script.times(), [0, 1500])
      }))

    it.effect("503 with an HTTP-date 3 s after the clock ⇒ waits 3 s", () =>
      Effect.gen(function*() {
        const now = Date.parse("2026-03-01T12:00:00Z")
        yield* TestClock.setTime(now)
        const nowMillis = yield* Clock.currentTimeMillis
        const unavailable = classify({
          status: 503,
          headers: { "retry-after": new Date(nowMillis + 3000).toUTCString() },
          body: { error: { message: "x" } },
          nowMillis
        })
        const script = scripted([unavailable, "ok"])
        yield* runToEnd(RetryPolicy.retry(script.attempt, opts()))
        assert.deepStrictEqual(script.times(), [now, now + 3000])
      }))

    it.effect("503 with an HTTP-date in the past ⇒ hint 0, the 500 ms backoff applies", () =>
      Effect.gen(function*() {
        const now = Date.parse("2026-03-01T12:00:00Z")
        yield* TestClock.setTime(now)
        const nowMillis = yield* Clock.currentTimeMillis
        const unavailable = classify({
          status: 503,
          headers: { "retry-after": new Date(nowMillis - 10_000).toUTCString() },
          body: { error: { message: "x" } },
          nowMillis
        })
        assert.isTrue(unavailable.retryAfter !== undefined && Duration.toMillis(unavailable.retryAfter) === 0)
        const script = scripted([unavailable, "ok"])
        yield* runToEnd(RetryPolicy.retry(script.attempt, opts()))
        assert.deepStrictEqual(script.times(), [now, now + 500])
      }))

    it.effect("Retry-After: soon (unparseable) ⇒ computed backoff 500 ms", () =>
      Effect.gen(function*() {
        const limited = classify({ status: 429, headers: { "retry-after": "soon" }, body: { error: { message: "x" } } })
        assert.strictEqual(limited.retryAfter, undefined)
        const script = scripted([limited, "ok"])
        yield* runToEnd(RetryPolicy.retry(script.attempt, opts()))
        assert.deepStrictEqual(script.times(), [0, 500])
      }))

    it.effect("Retry-After: 120 > maxRetryAfter ⇒ no sleep, the error with retryAfter 120 s, 1 call", () =>
      Effect.gen(function*() {
        const limited = classify({ status: 429, headers: { "retry-after": "120" }, body: { error: { message: "x" } } })
        const script = scripted([limited, "ok"])
        const infos: Array<RetryPolicy.RetryInfo> = []
        const exit = yield* Effect.exit(
          RetryPolicy.retry(
            script.attempt,
            opts({
              maxElapsed: Duration.minutes(10), // only maxRetryAfter may stop it
              onRetry: (info) => Effect.sync(() => infos.push(info))
            })
          )
        )
        const error = failure(exit)
        assert.strictEqual(error, limited)
        assert.isTrue(error._tag === "RateLimitError" && error.retryAfter !== undefined &&
          Duration.equals(error.retryAfter, Duration.seconds(120)))
        assert.strictEqual(script.calls.length, 1)
        assert.deepStrictEqual(infos, [])
        assert.deepStrictEqual(yield* pendingSleeps, [])
      }))

    it.effect("a hint equal to maxRetryAfter is still slept on", () =>
      Effect.gen(function*() {
        const limited = new RateLimitError({ message: "x", status: 429, retryAfter: Duration.seconds(60) })
        const script = scripted([limited, "ok"])
        yield* runToEnd(RetryPolicy.retry(script.attempt, opts({ maxElapsed: Duration.minutes(5) })))
        assert.deepStrictEqual(script.times(), [0, 60_000])
      }))

    it.effect("wait = max(hint, backoff): 300 ms hint under a 500 ms backoff, 5 s hint over a 1 s backoff", () =>
      Effect.gen(function*() {
        const script = scripted([
          new RateLimitError({ message: "a", status: 429, retryAfter: Duration.millis(300) }),
          new RateLimitError({ message: "b", status: 429, retryAfter: Duration.seconds(5) }),
          "ok"
        ])
        const value = yield* runToEnd(RetryPolicy.retry(script.attempt, opts()))
        assert.deepStrictEqual(value, Exit.succeed("ok#3"))
        assert.deepStrictEqual(script.times(), [0, 500, 5500])
      }))
  })

  describe("what is retried (§2.2 #9–#14, §1.10)", () => {
    it.effect("401 ⇒ 1 call, no sleep, error unchanged", () =>
      Effect.gen(function*() {
        const auth = new AuthenticationError({ message: "bad key", status: 401 })
        const script = scripted([auth, "ok"])
        const exit = yield* Effect.exit(RetryPolicy.retry(script.attempt, opts()))
        assert.strictEqual(failure(exit), auth)
        assert.strictEqual(script.calls.length, 1)
        assert.deepStrictEqual(yield* pendingSleeps, [])
      }))

    it.effect("generic 400 ⇒ 1 call", () =>
      Effect.gen(function*() {
        const bad = classify({ status: 400, body: { error: { message: "messages must not be empty" } } })
        assert.strictEqual(bad._tag, "InvalidRequestError")
        const script = scripted([bad, "ok"])
        yield* Effect.exit(RetryPolicy.retry(script.attempt, opts()))
        assert.strictEqual(script.calls.length, 1)
      }))

    it.effect("402 insufficient credits ⇒ 1 call; 402 in-flight budget + Retry-After: 1 ⇒ retried after 1 s", () =>
      Effect.gen(function*() {
        const credits = classify({ status: 402, body: { error: { message: "Insufficient credits" } } })
        const s1 = scripted([credits, "ok"])
        yield* Effect.exit(RetryPolicy.retry(s1.attempt, opts()))
        assert.strictEqual(s1.calls.length, 1)

        const inFlight = classify({
          status: 402,
          headers: { "retry-after": "1" },
          body: { error: { message: "in-flight budget", metadata: { limit_source: "openrouter_in_flight_budget" } } }
        })
        assert.strictEqual(inFlight._tag, "InsufficientCreditsError")
        assert.isTrue(inFlight.isRetryable)
        const s2 = scripted([inFlight, "ok"])
        const exit = yield* runToEnd(RetryPolicy.retry(s2.attempt, opts()))
        assert.deepStrictEqual(exit, Exit.succeed("ok#2"))
        assert.deepStrictEqual(s2.times(), [0, 1000])
      }))

    it.effect("503 + x-should-retry: false ⇒ not retried", () =>
      Effect.gen(function*() {
        const unavailable = classify({
          status: 503,
          headers: { "x-should-retry": "false" },
          body: { error: { message: "x" } }
        })
        const script = scripted([unavailable, "ok"])
        const exit = yield* Effect.exit(RetryPolicy.retry(script.attempt, opts()))
        assert.strictEqual(failure(exit), unavailable)
        assert.strictEqual(script.calls.length, 1)
      }))

    it.effect("x-should-retry: true makes an otherwise final 400 retryable", () =>
      Effect.gen(function*() {
        const bad = new InvalidRequestError({ message: "x", status: 400, shouldRetry: true })
        const script = scripted([bad, "ok"])
        const exit = yield* runToEnd(RetryPolicy.retry(script.attempt, opts()))
        assert.deepStrictEqual(exit, Exit.succeed("ok#2"))
      }))

    it.effect("connection refused (TransportError sent: false) is retried on both wires", () =>
      Effect.gen(function*() {
        for (const wire of ["json", "stream"] as const) {
          const script = scripted([new TransportError({ message: "ECONNREFUSED", sent: false }), "ok"])
          const exit = yield* runToEnd(RetryPolicy.retry(script.attempt, opts({ wire })))
          assert.deepStrictEqual(exit, Exit.succeed("ok#2"), wire)
        }
      }))

    it.effect("wire json: ambiguous TransportError{sent: true} not retried, unless retryAmbiguous", () =>
      Effect.gen(function*() {
        const reset = new TransportError({ message: "ECONNRESET", sent: true })
        const s1 = scripted([reset, "ok"])
        const exit1 = yield* runToEnd(RetryPolicy.retry(s1.attempt, opts({ wire: "json" })))
        assert.strictEqual(failure(exit1), reset)
        assert.strictEqual(s1.calls.length, 1)

        const s2 = scripted([reset, "ok"])
        const exit2 = yield* runToEnd(RetryPolicy.retry(s2.attempt, opts({ wire: "json", retryAmbiguous: true })))
        assert.deepStrictEqual(exit2, Exit.succeed("ok#2"))
      }))

    it.effect("wire stream: ambiguous failures (reset after send, headers timeout) are retried", () =>
      Effect.gen(function*() {
        const script = scripted([
          new TransportError({ message: "ECONNRESET", sent: true }),
          new TimeoutError({ message: "no headers", kind: "headers" }),
          "ok"
        ])
        const exit = yield* runToEnd(RetryPolicy.retry(script.attempt, opts({ wire: "stream" })))
        assert.deepStrictEqual(exit, Exit.succeed("ok#3"))
      }))

    it.effect("wire json: a headers timeout (possibly billed) is not retried", () =>
      Effect.gen(function*() {
        const timeout = new TimeoutError({ message: "no headers", kind: "headers" })
        const script = scripted([timeout, "ok"])
        const exit = yield* runToEnd(RetryPolicy.retry(script.attempt, opts({ wire: "json" })))
        assert.strictEqual(failure(exit), timeout)
        assert.strictEqual(script.calls.length, 1)
      }))

    it.effect("local rejections are never retried (breaker, limiter, budget, bulkhead)", () =>
      Effect.gen(function*() {
        const rejections: ReadonlyArray<OpenRouterError> = [
          new CircuitOpenError({ message: "open", key: "a", state: "open", retryAfter: Duration.seconds(1) }),
          new RateLimitExceededError({ message: "rpm", key: "a", limit: "rpm", retryAfter: Duration.millis(10) }),
          new BudgetExceededError({
            message: "budget",
            scope: "session",
            limitMicros: 1,
            spentMicros: 1,
            reservedMicros: 0
          }),
          new BulkheadFullError({ message: "full", maxConcurrent: 1, maxQueue: 0 })
        ]
        for (const rejection of rejections) {
          const script = scripted([rejection, "ok"])
          const exit = yield* Effect.exit(RetryPolicy.retry(script.attempt, opts()))
          assert.strictEqual(failure(exit), rejection, rejection._tag)
          assert.strictEqual(script.calls.length, 1, rejection._tag)
        }
        assert.deepStrictEqual(yield* pendingSleeps, [])
      }))
  })

  describe("stopping (§2.2 #15, #16, custom schedules)", () => {
    it.effect("maxElapsed 3 s: stops before the sleep that would end past 3 s", () =>
      Effect.gen(function*() {
        const script = scripted([e503("1"), e503("2"), e503("3"), "ok"])
        const fiber = yield* Effect.fork(
          RetryPolicy.retry(script.attempt, opts({ maxRetries: 10, maxElapsed: Duration.seconds(3) }))
        )
        yield* TestClock.adjust(1500)
        const exit = yield* Fiber.await(fiber)
        assert.strictEqual(failure(exit).message, "3")
        assert.deepStrictEqual(script.times(), [0, 500, 1500])
        assert.deepStrictEqual(yield* pendingSleeps, [])
      }))

    it.effect("maxElapsed counts the server hint too", () =>
      Effect.gen(function*() {
        const limited = new RateLimitError({ message: "x", status: 429, retryAfter: Duration.seconds(20) })
        const script = scripted([limited, "ok"])
        const exit = yield* Effect.exit(
          RetryPolicy.retry(script.attempt, opts({ maxElapsed: Duration.seconds(10) }))
        )
        assert.strictEqual(failure(exit), limited)
        assert.strictEqual(script.calls.length, 1)
      }))

    it.effect("custom schedule spaced(1 s) ∩ recurs(1) ⇒ 2 calls 1 s apart, even with maxRetries 5", () =>
      Effect.gen(function*() {
        const script = scripted([e503("1"), e503("2"), "ok"])
        const schedule = Schedule.spaced("1 second").pipe(Schedule.intersect(Schedule.recurs(1)))
        const exit = yield* runToEnd(RetryPolicy.retry(script.attempt, opts({ schedule, maxRetries: 5 })))
        assert.strictEqual(failure(exit).message, "2")
        assert.deepStrictEqual(script.times(), [0, 1000])
      }))

    it.effect("the schedule receives the error as input (whileInput)", () =>
      Effect.gen(function*() {
        const schedule = Schedule.spaced("100 millis").pipe(
          Schedule.whileInput((error: unknown) => error instanceof ProviderError)
        )
        const limited = new RateLimitError({ message: "x", status: 429 })
        const script = scripted([e503(), limited, "ok"])
        const exit = yield* runToEnd(RetryPolicy.retry(script.attempt, opts({ schedule })))
        assert.strictEqual(failure(exit), limited)
        assert.deepStrictEqual(script.times(), [0, 100])
      }))

    it.effect("interrupting during a backoff sleep ⇒ no further request", () =>
      Effect.gen(function*() {
        const script = scripted([e503(), "ok"])
        const fiber = yield* Effect.fork(RetryPolicy.retry(script.attempt, opts()))
        yield* TestClock.adjust(100)
        yield* Fiber.interrupt(fiber)
        yield* TestClock.adjust("1 minute")
        assert.strictEqual(script.calls.length, 1)
        const exit = yield* Fiber.await(fiber)
        assert.isTrue(Exit.isInterrupted(exit))
      }))

    it.effect("interruption and defects from the attempt are not retried", () =>
      Effect.gen(function*() {
        let calls = 0
        const interrupted = yield* Effect.exit(
          RetryPolicy.retry(() => Effect.suspend(() => (calls++, Effect.interrupt)), opts())
        )
        assert.isTrue(Exit.isInterrupted(interrupted))
        assert.strictEqual(calls, 1)
        const died = yield* Effect.exit(
          RetryPolicy.retry(() => Effect.suspend(() => (calls++, Effect.die("boom"))), opts())
        )
        assert.isTrue(Exit.isFailure(died) && died.cause._tag === "Die")
        assert.strictEqual(calls, 2)
      }))
  })

  describe("decide (pure)", () => {
    const base: RetryPolicy.DecideOptions = {
      maxRetries: 2,
      maxElapsed: Duration.seconds(3),
      maxRetryAfter: Duration.seconds(60),
      retryAmbiguous: false,
      wire: "stream"
    }

    it("retries with max(hint, schedule)", () => {
      const error = new RateLimitError({ message: "x", status: 429, retryAfter: Duration.millis(700) })
      assert.deepStrictEqual(
        RetryPolicy.decide({ error, attempt: 1, elapsedMs: 0, scheduleDelayMs: 500 }, base),
        { _tag: "Retry", waitMs: 700 }
      )
      assert.deepStrictEqual(
        RetryPolicy.decide({ error, attempt: 1, elapsedMs: 0, scheduleDelayMs: 900 }, base),
        { _tag: "Retry", waitMs: 900 }
      )
    })

    it("stop reasons", () => {
      const stop = (reason: RetryPolicy.StopReason): RetryPolicy.Decision => ({ _tag: "Stop", reason })
      const decide = (
        error: OpenRouterError,
        input: {
          readonly attempt?: number
          readonly elapsedMs?: number
          readonly scheduleDelayMs?: number | undefined
        },
        options: Partial<RetryPolicy.DecideOptions> = {}
      ) =>
        RetryPolicy.decide(
          {
            error,
            attempt: input.attempt ?? 1,
            elapsedMs: input.elapsedMs ?? 0,
            scheduleDelayMs: "scheduleDelayMs" in input ? input.scheduleDelayMs : 1
          },
          { ...base, ...options }
        )
      const e = e503()
      assert.deepStrictEqual(decide(e, { attempt: 3 }), stop("max-retries"))
      assert.deepStrictEqual(decide(e, { scheduleDelayMs: undefined }), stop("schedule-done"))
      assert.deepStrictEqual(decide(e, { elapsedMs: 2500, scheduleDelayMs: 501 }), stop("max-elapsed"))
      assert.deepStrictEqual(decide(e, { elapsedMs: 2500, scheduleDelayMs: 500 }), { _tag: "Retry", waitMs: 500 })
      assert.deepStrictEqual(decide(new AuthenticationError({ message: "x", status: 401 }), {}), stop("not-retryable"))
      assert.deepStrictEqual(
        decide(new TransportError({ message: "x", sent: true }), {}, { wire: "json" }),
        stop("ambiguous")
      )
      assert.deepStrictEqual(
        decide(new TransportError({ message: "x", sent: true }), {}, { wire: "json", retryAmbiguous: true }),
        { _tag: "Retry", waitMs: 1 }
      )
      assert.deepStrictEqual(
        decide(new RateLimitError({ message: "x", retryAfter: Duration.seconds(61) }), {}),
        stop("retry-after-too-long")
      )
      assert.deepStrictEqual(
        decide(new CircuitOpenError({ message: "x", key: "a", state: "half-open" }), {}),
        stop("local-rejection")
      )
    })
  })
})
