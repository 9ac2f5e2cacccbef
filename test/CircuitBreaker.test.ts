import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as SubscriptionRef from "effect/SubscriptionRef"
import * as TestClock from "effect/TestClock"
import { Accumulator } from "../src/ChatStream.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import {
  AllCandidatesFailedError,
  AuthenticationError,
  BudgetExceededError,
  BulkheadFullError,
  CircuitOpenError,
  ConfigError,
  ContentPolicyError,
  ContextLengthError,
  InsufficientCreditsError,
  InvalidRequestError,
  MalformedResponseError,
  ModelNotFoundError,
  NotFoundError,
  NoProviderAvailableError,
  type OpenRouterError,
  PermissionDeniedError,
  ProviderError,
  RateLimitError,
  RateLimitExceededError,
  StreamInterrupted,
  TimeoutError,
  TransportError
} from "../src/OpenRouterError.js"

// =============================================================================
// Helpers
// =============================================================================

const e503 = (retryAfter?: Duration.Duration) =>
  new NoProviderAvailableError({ message: "503", status: 503, ...(retryAfter === undefined ? {} : { retryAfter }) })
const e429 = new RateLimitError({ message: "429", status: 429 })
const e401 = new AuthenticationError({ message: "401", status: 401 })
const e400 = new InvalidRequestError({ message: "400", status: 400 })

type Reply = OpenRouterError | "ok"

/** A breaker on a fresh memory store, plus a fake model endpoint that records each request's time. */
const setup = (options?: Partial<CircuitBreaker.Options>) =>
  Effect.gen(function*() {
    const breaker = yield* CircuitBreaker.make(options).pipe(Effect.provide(CircuitBreaker.layerStoreMemory))
    const requests: Array<{ readonly key: string; readonly at: number }> = []
    const send = (
      key: string,
      reply: Reply,
      delay: Duration.DurationInput = 0
    ): Effect.Effect<string, OpenRouterError> =>
      Effect.gen(function*() {
        requests.push({ key, at: yield* Clock.currentTimeMillis })
        yield* Effect.sleep(delay)
        return reply === "ok" ? "ok" : yield* Effect.fail(reply)
      })
    /** One attempt through the breaker, the way the pipeline does it. */
    const call = (key: string, reply: Reply) =>
      CircuitBreaker.protect(send(key, reply), key).pipe(Effect.provideService(CircuitBreaker.CircuitBreaker, breaker))
    const slowCall = (key: string, reply: Reply, delay: Duration.DurationInput) =>
      CircuitBreaker.protect(send(key, reply, delay), key).pipe(
        Effect.provideService(CircuitBreaker.CircuitBreaker, breaker)
      )
    const calls = (key: string, replies: ReadonlyArray<Reply>) =>
      Effect.forEach(replies, (reply) => Effect.exit(call(key, reply)), { discard: true })
    return { breaker, requests, call, calls, slowCall }
  })

const repeat = <A>(n: number, a: A): ReadonlyArray<A> => Array.from({ length: n }, () => a)

const tagOf = (state: CircuitBreaker.State) => state._tag

const rejectionOf = <A>(exit: Exit.Exit<A, OpenRouterError | CircuitOpenError>): CircuitOpenError => {
  if (Exit.isSuccess(exit)) throw new Error("expected a rejection")
  const failure = exit.cause._tag === "Fail" ? exit.cause.error : undefined
  if (failure === undefined || failure._tag !== "CircuitOpenError") throw new Error(`expected CircuitOpenError`)
  return failure
}

const millisOf = (d: Duration.Duration | undefined): number | undefined =>
  d === undefined ? undefined : Duration.toMillis(d)

// =============================================================================
// Tests
// =============================================================================

describe("CircuitBreaker", () => {
  describe("classify (resilience.md §1.0 breaker column)", () => {
    it("maps every error class to its outcome", () => {
      const cases: ReadonlyArray<readonly [OpenRouterError | undefined, CircuitBreaker.Outcome]> = [
        [undefined, "success"],
        [new ProviderError({ message: "500", status: 500 }), "failure"],
        [e503(), "failure"],
        [new TimeoutError({ message: "headers", kind: "headers" }), "failure"],
        [new TimeoutError({ message: "408", kind: "server", status: 408 }), "failure"],
        [new TimeoutError({ message: "idle", kind: "idle" }), "failure"],
        [new TimeoutError({ message: "deadline", kind: "deadline" }), "ignored"],
        [new TransportError({ message: "reset", sent: true }), "failure"],
        [new MalformedResponseError({ message: "bad", status: 200, excerpt: "" }), "failure"],
        [new MalformedResponseError({ message: "bad", status: 502, excerpt: "" }), "failure"],
        [new MalformedResponseError({ message: "bad", status: 400, excerpt: "" }), "success"],
        [new StreamInterrupted({ message: "drop", partial: new Accumulator().partial(), reason: new TransportError({ message: "drop", sent: true }) }), "failure"],
        [e429, "ignored"],
        [e401, "success"],
        [e400, "success"],
        [new InsufficientCreditsError({ message: "402", status: 402 }), "success"],
        [
          new InsufficientCreditsError({
            message: "402",
            status: 402,
            metadata: { limit_source: "openrouter_in_flight_budget" },
            retryAfter: Duration.seconds(1)
          }),
          "ignored"
        ],
        [new ContextLengthError({ message: "ctx", status: 400 }), "success"],
        [new ContentPolicyError({ message: "flagged", status: 403 }), "success"],
        [new PermissionDeniedError({ message: "403", status: 403 }), "success"],
        [new ModelNotFoundError({ message: "404", status: 404 }), "success"],
        [new NotFoundError({ message: "404", status: 404 }), "success"],
        [new CircuitOpenError({ message: "open", key: "a", state: "open" }), "ignored"],
        [new RateLimitExceededError({ message: "rl", key: "a", limit: "rpm" }), "ignored"],
        [
          new BudgetExceededError({ message: "b", scope: "s", limitMicros: 1, spentMicros: 1, reservedMicros: 0 }),
          "ignored"
        ],
        [new BulkheadFullError({ message: "full", maxConcurrent: 1, maxQueue: 0 }), "ignored"],
        [new AllCandidatesFailedError({ message: "all", failures: [] }), "ignored"],
        [new ConfigError({ message: "cfg" }), "ignored"]
      ]
      for (const [error, expected] of cases) {
        assert.strictEqual(CircuitBreaker.classify(error), expected, error === undefined ? "success" : error._tag)
      }
    })

    it("classifyExit: success, typed error, defect, interruption", () => {
      assert.strictEqual(CircuitBreaker.classifyExit(Exit.succeed(1)), "success")
      assert.strictEqual(CircuitBreaker.classifyExit(Exit.fail(e503())), "failure")
      assert.strictEqual(CircuitBreaker.classifyExit(Exit.fail(e429)), "ignored")
      assert.strictEqual(CircuitBreaker.classifyExit(Exit.die(new Error("bug"))), "failure")
      assert.strictEqual(CircuitBreaker.classifyExit(Exit.interrupt(FiberId.none)), "ignored")
    })

    it("trip policy constructors validate their arguments", () => {
      assert.deepStrictEqual(CircuitBreaker.consecutive(3), { _tag: "Consecutive", failures: 3 })
      assert.throws(() => CircuitBreaker.consecutive(0))
      assert.throws(() => CircuitBreaker.rate({ threshold: 1.5, size: 10, minimumCalls: 10 }))
      assert.throws(() => CircuitBreaker.rate({ threshold: 0.5, size: 0, minimumCalls: 1 }))
    })
  })

  describe("trip policies", () => {
    it.effect("24: consecutive(5) opens after exactly 5 failures; the 6th call is rejected without a request", () =>
      Effect.gen(function*() {
        const { breaker, call, calls, requests } = yield* setup()
        yield* calls("A", repeat(4, e503()))
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        yield* calls("A", [e503()])
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 30_000, openings: 1 })
        assert.strictEqual(requests.length, 5)
        const rejected = rejectionOf(yield* Effect.exit(call("A", "ok")))
        assert.strictEqual(rejected.state, "open")
        assert.strictEqual(rejected.key, "A")
        assert.strictEqual(millisOf(rejected.retryAfter), 30_000)
        assert.strictEqual(requests.length, 5)
      }))

    it.effect("25: a success resets the streak (503 ×4, 200, 503 ×4 stays Closed)", () =>
      Effect.gen(function*() {
        const { breaker, calls, requests } = yield* setup()
        yield* calls("A", [...repeat(4, e503()), "ok", ...repeat(4, e503())])
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        assert.strictEqual(requests.length, 9)
      }))

    it.effect("a 400 counts as success and resets the streak", () =>
      Effect.gen(function*() {
        const { breaker, calls } = yield* setup()
        yield* calls("A", [...repeat(4, e503()), e400, ...repeat(4, e503())])
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        yield* calls("A", [e503()])
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Open")
      }))

    it.effect("26: 429 ×10 and 401 ×10 keep it Closed; a 429 does not reset the streak either (ignored)", () =>
      Effect.gen(function*() {
        const { breaker, calls } = yield* setup()
        yield* calls("A", [...repeat(10, e429), ...repeat(10, e401)])
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        yield* calls("B", [...repeat(4, e503()), ...repeat(3, e429), e503()])
        assert.strictEqual(tagOf(yield* breaker.state("B")), "Open")
      }))

    it.effect("34: a headers timeout counts as a failure; an interrupted call counts as ignored", () =>
      Effect.gen(function*() {
        const { breaker, calls, call } = yield* setup({ trip: CircuitBreaker.consecutive(2) })
        const timeout = new TimeoutError({ message: "no headers", kind: "headers" })
        yield* calls("A", [timeout])
        const hanging = yield* Effect.fork(
          CircuitBreaker.protect(Effect.never, "A").pipe(Effect.provideService(CircuitBreaker.CircuitBreaker, breaker))
        )
        yield* TestClock.adjust(0)
        yield* Fiber.interrupt(hanging)
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        yield* Effect.exit(call("A", timeout))
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Open")
      }))

    it.effect("30: rate(0.5, 10, 10): 9 failures stay Closed (below minimumCalls); 5 of 10 opens (>=)", () =>
      Effect.gen(function*() {
        const { breaker, calls } = yield* setup({
          trip: CircuitBreaker.rate({ threshold: 0.5, size: 10, minimumCalls: 10 })
        })
        yield* calls("A", repeat(9, e503()))
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        yield* calls("B", ["ok", e503(), "ok", e503(), "ok", e503(), "ok", e503(), "ok"])
        assert.strictEqual(tagOf(yield* breaker.state("B")), "Closed")
        yield* calls("B", [e503()])
        assert.strictEqual(tagOf(yield* breaker.state("B")), "Open")
      }))

    it.effect("rate: 4 of 10 stays Closed; the window slides; 3/10 trips a 0.3 threshold exactly", () =>
      Effect.gen(function*() {
        const { breaker, calls } = yield* setup({
          trip: CircuitBreaker.rate({ threshold: 0.5, size: 10, minimumCalls: 10 })
        })
        yield* calls("A", [...repeat(4, e503()), ...repeat(6, "ok" as const)])
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        // The four old failures slide out as four new ones slide in: still 4 of the last 10.
        yield* calls("A", repeat(4, e503()))
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        yield* calls("A", [e503()])
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Open")

        const third = yield* setup({ trip: CircuitBreaker.rate({ threshold: 0.3, size: 10, minimumCalls: 10 }) })
        yield* third.calls("C", [...repeat(7, "ok" as const), e503(), e503()])
        assert.strictEqual(tagOf(yield* third.breaker.state("C")), "Closed")
        yield* third.calls("C", [e503()])
        assert.strictEqual(tagOf(yield* third.breaker.state("C")), "Open")
      }))

    it.effect("rate: an all-success window never trips, even with threshold 0", () =>
      Effect.gen(function*() {
        const { breaker, calls } = yield* setup({
          trip: CircuitBreaker.rate({ threshold: 0, size: 5, minimumCalls: 5 })
        })
        yield* calls("A", repeat(20, "ok" as const))
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        yield* calls("A", [e503()])
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Open")
      }))

    it.effect("32: model A open does not affect model B", () =>
      Effect.gen(function*() {
        const { breaker, call, calls, requests } = yield* setup()
        yield* calls("A", repeat(5, e503()))
        assert.strictEqual(yield* call("B", "ok"), "ok")
        assert.strictEqual(tagOf(yield* breaker.state("B")), "Closed")
        assert.isTrue(Option.isNone(yield* breaker.remaining("B")))
        assert.strictEqual(requests.filter((r) => r.key === "B").length, 1)
      }))
  })

  describe("open and half-open", () => {
    it.effect("27: rejected until openDuration; then exactly one probe; others rejected at once; success closes", () =>
      Effect.gen(function*() {
        const { breaker, call, calls, requests } = yield* setup()
        yield* calls("A", repeat(5, e503()))
        yield* TestClock.adjust(29_999)
        const early = rejectionOf(yield* Effect.exit(call("A", "ok")))
        assert.strictEqual(early.state, "open")
        assert.strictEqual(millisOf(early.retryAfter), 1)
        assert.deepStrictEqual(yield* breaker.remaining("A"), Option.some(Duration.millis(1)))
        yield* TestClock.adjust(1)
        assert.isTrue(Option.isNone(yield* breaker.remaining("A")))

        const probe = yield* breaker.admit("A")
        assert.isTrue(probe.probe)
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "HalfOpen", probeInFlight: true })
        const before = requests.length
        const concurrent = rejectionOf(yield* Effect.exit(call("A", "ok")))
        assert.strictEqual(concurrent.state, "half-open")
        assert.strictEqual(millisOf(concurrent.retryAfter), 60_000)
        assert.strictEqual(requests.length, before)
        assert.isTrue(Option.isSome(yield* breaker.remaining("A")))

        yield* probe.record("success")
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        // Counters were cleared: four more failures do not trip it.
        yield* calls("A", repeat(4, e503()))
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        const permit = yield* breaker.admit("A")
        assert.isFalse(permit.probe)
      }))

    it.effect("27: ten concurrent callers when the open time ends: exactly one probe request goes out", () =>
      Effect.gen(function*() {
        const { breaker, calls, requests, slowCall } = yield* setup()
        yield* calls("A", repeat(5, e503()))
        yield* TestClock.adjust("30 seconds")
        const fibers = yield* Effect.forEach(
          repeat(10, 0),
          () => Effect.fork(Effect.exit(slowCall("A", "ok", "1 second"))),
          { concurrency: "unbounded" }
        )
        yield* TestClock.adjust(0)
        assert.strictEqual(requests.length, 6)
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "HalfOpen", probeInFlight: true })
        yield* TestClock.adjust("1 second")
        const exits = yield* Effect.forEach(fibers, Fiber.join)
        assert.strictEqual(exits.filter(Exit.isSuccess).length, 1)
        const rejected = exits.filter(Exit.isFailure).map(rejectionOf)
        assert.strictEqual(rejected.length, 9)
        assert.isTrue(rejected.every((e) => e.state === "half-open"))
        assert.strictEqual(requests.length, 6)
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
      }))

    it.effect("28: a failed probe reopens; a Schedule grows the openings, capped by maxOpenDuration", () =>
      Effect.gen(function*() {
        const { breaker, call, calls } = yield* setup({
          openDuration: Schedule.exponential("30 seconds"),
          maxOpenDuration: "100 seconds"
        })
        yield* calls("A", repeat(5, e503()))
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 30_000, openings: 1 })
        yield* TestClock.adjust("30 seconds")
        yield* Effect.exit(call("A", e503()))
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 90_000, openings: 2 })
        const rejected = rejectionOf(yield* Effect.exit(call("A", "ok")))
        assert.strictEqual(millisOf(rejected.retryAfter), 60_000)
        yield* TestClock.adjust("60 seconds")
        yield* Effect.exit(call("A", e503()))
        // The third opening would be 120 s; the cap is 100 s.
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 190_000, openings: 3 })
        yield* TestClock.adjust("100 seconds")
        assert.strictEqual(yield* call("A", "ok"), "ok")
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
      }))

    it.effect("the openings counter resets once the circuit stayed closed as long as its last opening", () =>
      Effect.gen(function*() {
        const { breaker, call, calls } = yield* setup({ openDuration: Schedule.exponential("10 seconds") })
        yield* calls("A", repeat(5, e503()))
        yield* TestClock.adjust("10 seconds")
        yield* Effect.exit(call("A", e503())) // second opening: 20 s
        yield* TestClock.adjust("20 seconds")
        yield* call("A", "ok") // closed at t = 30 s after a 20 s opening
        yield* TestClock.adjust("19 seconds")
        yield* calls("A", repeat(5, e503())) // flapping: third opening, 40 s
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 49_000 + 40_000, openings: 3 })
        yield* TestClock.adjust("40 seconds")
        yield* call("A", "ok") // closed at t = 89 s after a 40 s opening
        yield* TestClock.adjust("40 seconds")
        yield* calls("A", repeat(5, e503())) // quiet long enough: back to the first opening, 10 s
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 129_000 + 10_000, openings: 1 })
      }))

    it.effect("29: a probe interrupted by its caller frees the slot; the next call is the probe", () =>
      Effect.gen(function*() {
        const { breaker, call, calls } = yield* setup()
        const states: Array<string> = []
        yield* calls("A", repeat(5, e503()))
        yield* TestClock.adjust("30 seconds")
        const probe = yield* Effect.fork(
          CircuitBreaker.protect(Effect.never, "A").pipe(Effect.provideService(CircuitBreaker.CircuitBreaker, breaker))
        )
        yield* TestClock.adjust(0)
        states.push(tagOf(yield* breaker.state("A")))
        yield* Fiber.interrupt(probe)
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "HalfOpen", probeInFlight: false })
        const next = yield* breaker.admit("A")
        assert.isTrue(next.probe)
        states.push(tagOf(yield* breaker.state("A")))
        yield* next.record("ignored")
        states.push(tagOf(yield* breaker.state("A")))
        assert.deepStrictEqual(states, ["HalfOpen", "HalfOpen", "HalfOpen"])
        assert.strictEqual(yield* call("A", "ok"), "ok")
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
      }))

    it.effect("probe lease: a probe that never reports counts as failed once its lease ends", () =>
      Effect.gen(function*() {
        const { breaker, calls } = yield* setup({ probeLease: "10 seconds" })
        yield* calls("A", repeat(5, e503()))
        yield* TestClock.adjust("30 seconds")
        const stuck = yield* breaker.admit("A")
        assert.isTrue(stuck.probe)
        yield* TestClock.adjust(9_999)
        const during = yield* Effect.flip(breaker.admit("A"))
        assert.strictEqual(during.state, "half-open")
        assert.strictEqual(millisOf(during.retryAfter), 1)
        yield* TestClock.adjust(1)
        assert.deepStrictEqual(yield* breaker.remaining("A"), Option.some(Duration.seconds(30)))
        const after = yield* Effect.flip(breaker.admit("A"))
        assert.strictEqual(after.state, "open")
        assert.strictEqual(millisOf(after.retryAfter), 30_000)
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 70_000, openings: 2 })
        // The stuck probe reporting late changes nothing (fenced by generation).
        yield* stuck.record("success")
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 70_000, openings: 2 })
      }))

    it.effect("31: a failure's retry hint lengthens the opening, capped by maxOpenDuration", () =>
      Effect.gen(function*() {
        const { breaker, calls } = yield* setup()
        yield* calls("A", [...repeat(4, e503()), e503(Duration.seconds(120))])
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 120_000, openings: 1 })
        yield* calls("B", [...repeat(4, e503()), e503(Duration.hours(1))])
        assert.deepStrictEqual(yield* breaker.state("B"), { _tag: "Open", until: 300_000, openings: 1 })
        yield* calls("C", [...repeat(4, e503()), e503(Duration.seconds(5))])
        assert.deepStrictEqual(yield* breaker.state("C"), { _tag: "Open", until: 30_000, openings: 1 })
      }))

    it.effect("35: a streaming probe reports success at its first content event, before the stream ends", () =>
      Effect.gen(function*() {
        const { breaker, calls } = yield* setup()
        yield* calls("A", repeat(5, e503()))
        yield* TestClock.adjust("30 seconds")
        const probe = yield* breaker.admit("A")
        assert.isTrue(probe.probe)
        const stream = Stream.fromSchedule(Schedule.spaced("1 second")).pipe(Stream.take(5))
        let first = true
        const consumer = yield* Effect.fork(
          Stream.runDrain(Stream.tap(stream, () => {
            if (!first) return Effect.void
            first = false
            return probe.record("success")
          }))
        )
        yield* TestClock.adjust("1 second")
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        assert.isFalse((yield* breaker.admit("A")).probe) // the slot is free while the stream still runs
        yield* TestClock.adjust("4 seconds")
        yield* Fiber.join(consumer)
      }))

    it.effect("40 (breaker side): with A and B open, remaining() gives each wait so a plan can skip both", () =>
      Effect.gen(function*() {
        const { breaker, calls, requests } = yield* setup()
        yield* calls("A", repeat(5, e503()))
        yield* TestClock.adjust("10 seconds")
        yield* calls("B", repeat(5, e503()))
        const waits = yield* Effect.forEach(["A", "B"], (key) => breaker.remaining(key))
        assert.deepStrictEqual(waits, [Option.some(Duration.seconds(20)), Option.some(Duration.seconds(30))])
        assert.strictEqual(requests.length, 10)
      }))

    it.effect("outcomes of calls admitted before a trip change nothing afterwards", () =>
      Effect.gen(function*() {
        const { breaker, calls } = yield* setup()
        const late = yield* breaker.admit("A")
        yield* calls("A", repeat(5, e503()))
        yield* late.record("success")
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Open")
        const twice = yield* breaker.admit("B")
        yield* twice.record("failure")
        yield* twice.record("failure")
        yield* calls("B", repeat(3, e503()))
        assert.strictEqual(tagOf(yield* breaker.state("B")), "Closed") // 4 failures: the second record was a no-op
      }))
  })

  describe("manual control and observation", () => {
    it.effect("33: isolate rejects until reset; reset closes and clears", () =>
      Effect.gen(function*() {
        const { breaker, call, requests } = yield* setup()
        yield* breaker.isolate("A")
        const rejected = rejectionOf(yield* Effect.exit(call("A", "ok")))
        assert.strictEqual(rejected.state, "isolated")
        assert.isUndefined(rejected.retryAfter)
        assert.deepStrictEqual(yield* breaker.remaining("A"), Option.some(Duration.infinity))
        yield* TestClock.adjust("1 hour")
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Isolated")
        assert.strictEqual(requests.length, 0)
        yield* breaker.reset("A")
        assert.strictEqual(yield* call("A", "ok"), "ok")
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
      }))

    it.effect("transitions stream and states SubscriptionRef observe every change", () =>
      Effect.gen(function*() {
        const { breaker, call, calls } = yield* setup()
        const collector = yield* Effect.fork(Stream.runCollect(Stream.take(breaker.transitions, 5)))
        const seen = yield* Effect.fork(
          Stream.runCollect(Stream.take(Stream.map(breaker.states.changes, (m) => m.get("A")?._tag ?? "-"), 6))
        )
        yield* Effect.yieldNow()
        yield* Effect.yieldNow()
        yield* calls("A", repeat(5, e503()))
        yield* TestClock.adjust("30 seconds")
        yield* Effect.exit(call("A", e503()))
        yield* TestClock.adjust("30 seconds")
        yield* call("A", "ok")
        yield* breaker.isolate("B")
        const transitions = Chunk.toReadonlyArray(yield* Fiber.join(collector))
        assert.deepStrictEqual(transitions, [
          { key: "A", from: "Closed", to: "Open", at: 0 },
          { key: "A", from: "Open", to: "HalfOpen", at: 30_000 },
          { key: "A", from: "HalfOpen", to: "Open", at: 30_000 },
          { key: "A", from: "Open", to: "HalfOpen", at: 60_000 },
          { key: "A", from: "HalfOpen", to: "Closed", at: 60_000 }
        ])
        const states = yield* SubscriptionRef.get(breaker.states)
        assert.deepStrictEqual(states.get("A"), { _tag: "Closed" })
        assert.deepStrictEqual(states.get("B"), { _tag: "Isolated" })
        assert.deepStrictEqual(Chunk.toReadonlyArray(yield* Fiber.join(seen)), [
          "-",
          "Closed",
          "Open",
          "HalfOpen",
          "Open",
          "HalfOpen"
        ])
      }))

    it.effect("disabled admits everything and records nothing", () =>
      Effect.gen(function*() {
        const breaker = yield* Effect.provide(CircuitBreaker.CircuitBreaker, CircuitBreaker.disabled)
        for (let i = 0; i < 20; i++) {
          const permit = yield* breaker.admit("A")
          yield* permit.record("failure")
        }
        yield* breaker.isolate("A")
        assert.isFalse((yield* breaker.admit("A")).probe)
        assert.strictEqual(tagOf(yield* breaker.state("A")), "Closed")
        assert.isTrue(Option.isNone(yield* breaker.remaining("A")))
      }))

    it.effect("layer() provides a breaker with the memory store", () =>
      Effect.gen(function*() {
        const breaker = yield* Effect.provide(
          CircuitBreaker.CircuitBreaker,
          CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(1), openDuration: "5 seconds" })
        )
        const permit = yield* breaker.admit("A")
        yield* permit.record("failure")
        assert.deepStrictEqual(yield* breaker.state("A"), { _tag: "Open", until: 5_000, openings: 1 })
      }))
  })
})
