import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as TestClock from "effect/TestClock"
import { Accumulator } from "../src/ChatStream.js"
import * as Fallback from "../src/Fallback.js"
import {
  AuthenticationError,
  BudgetExceededError,
  BulkheadFullError,
  CircuitOpenError,
  classify,
  ContentPolicyError,
  InsufficientCreditsError,
  InvalidRequestError,
  type OpenRouterError,
  PermissionDeniedError,
  ProviderError,
  RateLimitError,
  RateLimitExceededError,
  StreamInterrupted
} from "../src/OpenRouterError.js"
import * as RetryPolicy from "../src/RetryPolicy.js"

// =============================================================================
// Helpers
// =============================================================================

type Outcome = OpenRouterError | "ok" | Effect.Effect<string, OpenRouterError>

/**
 * A fake per-model attempt: each model has a script of outcomes (the last one repeats). Records
 * every call with its model, candidate index and TestClock time.
 */
const fake = (scripts: Readonly<Record<string, ReadonlyArray<Outcome>>>) => {
  const calls: Array<{ readonly model: string; readonly index: number; readonly at: number }> = []
  const counters = new Map<string, number>()
  const attempt = (model: string, index: number): Effect.Effect<string, OpenRouterError> =>
    Effect.gen(function*() {
      const at = yield* Clock.currentTimeMillis
      calls.push({ model, index, at })
      const n = counters.get(model) ?? 0
      counters.set(model, n + 1)
      const script = scripts[model] ?? []
      const outcome = script[n] ?? script[script.length - 1] ?? "ok"
      if (outcome === "ok") return `${model}:ok`
      if (Effect.isEffect(outcome)) return yield* outcome
      return yield* Effect.fail(outcome)
    })
  return { calls, attempt, models: () => calls.map((c) => c.model) }
}

const options = (overrides: Partial<Fallback.Options>): Fallback.Options => ({ ...Fallback.defaults, ...overrides })

const retryOptions: RetryPolicy.RetryOptions = {
  ...RetryPolicy.defaults,
  schedule: RetryPolicy.backoff({ jitter: false }),
  wire: "stream"
}

/** The per-candidate retry loop, as the pipeline builds it. */
const withRetry = (attempt: (model: string, index: number) => Effect.Effect<string, OpenRouterError>) =>
(model: string, index: number) => RetryPolicy.retry(() => attempt(model, index), retryOptions)

const openFor = (open: Readonly<Record<string, Duration.Duration>>) => (model: string) =>
  Effect.succeed(Option.fromNullable(open[model]))

const e503 = (message = "overloaded") => new ProviderError({ message, status: 503 })
const contextError = () =>
  classify({
    status: 400,
    body: {
      error: {
        message: "This endpoint's maximum context length is 8192 tokens. However, you requested about 9000 tokens"
      }
    }
  })
const moderationError = () =>
  classify({
    status: 403,
    body: { error: { message: "Input flagged", metadata: { reasons: ["violence"], flagged_input: "..." } } }
  })

const failure = <A>(exit: Exit.Exit<A, OpenRouterError>): OpenRouterError => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
  if (error === undefined) throw new Error(`expected a typed failure, got ${exit.cause._tag}`)
  return error
}

const runToEnd = <A>(self: Effect.Effect<A, OpenRouterError>) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(self)
    yield* TestClock.adjust("10 minutes")
    return yield* Fiber.await(fiber)
  })

// =============================================================================
// Tests
// =============================================================================

describe("Fallback", () => {
  describe("options and layers", () => {
    it.effect("defaults are empty and client-side; layer fills in the rest", () =>
      Effect.gen(function*() {
        const empty = { models: [], contextLength: [], contentPolicy: [], serverSide: false }
        assert.deepStrictEqual(Fallback.defaults, empty)
        const opts = yield* Effect.provide(Fallback.Fallback, Fallback.layer({ models: ["b"] }))
        assert.deepStrictEqual(opts, { models: ["b"], contextLength: [], contentPolicy: [], serverSide: false })
      }))

    it("serverSideModels: undefined unless serverSide with candidates; primary first, no duplicates", () => {
      assert.strictEqual(Fallback.serverSideModels("a", options({ models: ["b"] })), undefined)
      assert.strictEqual(Fallback.serverSideModels("a", options({ serverSide: true })), undefined)
      assert.strictEqual(Fallback.serverSideModels("a", options({ serverSide: true, models: ["a"] })), undefined)
      assert.deepStrictEqual(
        Fallback.serverSideModels(
          "a",
          options({ serverSide: true, models: ["b", "a", "c"], contextLength: ["c", "d"], contentPolicy: ["e"] })
        ),
        ["a", "b", "c", "d", "e"]
      )
    })

    it("listFor maps each error class to its list", () => {
      const cases: ReadonlyArray<readonly [OpenRouterError, Fallback.ListName | undefined]> = [
        [e503(), "models"],
        [new RateLimitError({ message: "x", status: 429 }), "models"],
        [new CircuitOpenError({ message: "x", key: "a", state: "half-open" }), "models"],
        [new RateLimitExceededError({ message: "x", key: "a", limit: "rpm" }), "models"],
        [contextError(), "contextLength"],
        [moderationError(), "contentPolicy"],
        [new AuthenticationError({ message: "x", status: 401 }), undefined],
        [new InvalidRequestError({ message: "x", status: 400, shouldRetry: true }), undefined],
        [new ProviderError({ message: "x", status: 503, shouldRetry: false }), "models"]
      ]
      for (const [error, list] of cases) assert.strictEqual(Fallback.listFor(error), list, error._tag)
    })
  })

  describe("order and lists (§2.2 #36–#38)", () => {
    it.effect("A: 503 ×3 (after its retries) → B: 200 ⇒ model B, index 1, calls A ×3 then B", () =>
      Effect.gen(function*() {
        const f = fake({ A: [e503()], B: ["ok"] })
        const moves: Array<string> = []
        const result = yield* runToEnd(
          Fallback.run("A", options({ models: ["B", "C"] }), withRetry(f.attempt), {
            onFallback: (from, to, error) => Effect.sync(() => moves.push(`${from}->${to}:${error._tag}`))
          })
        )
        assert.deepStrictEqual(result, Exit.succeed({ value: "B:ok", model: "B", index: 1 }))
        assert.deepStrictEqual(f.models(), ["A", "A", "A", "B"])
        assert.deepStrictEqual(f.calls.map((c) => c.at), [0, 500, 1500, 1500])
        assert.deepStrictEqual(moves, ["A->B:ProviderError"])
      }))

    it.effect("candidates are tried in order with increasing index", () =>
      Effect.gen(function*() {
        const f = fake({ A: [e503()], B: [new RateLimitError({ message: "x", status: 429 })], C: ["ok"] })
        const result = yield* Fallback.run("A", options({ models: ["B", "C", "D"] }), f.attempt)
        assert.deepStrictEqual(result, { value: "C:ok", model: "C", index: 2 })
        assert.deepStrictEqual(f.calls.map((c) => [c.model, c.index]), [["A", 0], ["B", 1], ["C", 2]])
      }))

    it.effect("success on the primary: no fallback", () =>
      Effect.gen(function*() {
        const f = fake({ A: ["ok"] })
        const result = yield* Fallback.run("A", options({ models: ["B"] }), f.attempt)
        assert.deepStrictEqual(result, { value: "A:ok", model: "A", index: 0 })
        assert.deepStrictEqual(f.models(), ["A"])
      }))

    it.effect("A: context length ⇒ contextLength list (C), no retry on A, general list untouched", () =>
      Effect.gen(function*() {
        const ctx = contextError()
        assert.strictEqual(ctx._tag, "ContextLengthError")
        const f = fake({ A: [ctx], B: ["ok"], C: ["ok"] })
        const result = yield* runToEnd(
          Fallback.run("A", options({ models: ["B"], contextLength: ["C"] }), withRetry(f.attempt))
        )
        assert.deepStrictEqual(result, Exit.succeed({ value: "C:ok", model: "C", index: 1 }))
        assert.deepStrictEqual(f.models(), ["A", "C"])
      }))

    it.effect("A: 403 moderation ⇒ contentPolicy list (D), no retry on A", () =>
      Effect.gen(function*() {
        const flagged = moderationError()
        assert.strictEqual(flagged._tag, "ContentPolicyError")
        const f = fake({ A: [flagged], D: ["ok"] })
        const result = yield* runToEnd(
          Fallback.run(
            "A",
            options({ models: ["B"], contextLength: ["C"], contentPolicy: ["D"] }),
            withRetry(f.attempt)
          )
        )
        assert.deepStrictEqual(result, Exit.succeed({ value: "D:ok", model: "D", index: 1 }))
        assert.deepStrictEqual(f.models(), ["A", "D"])
      }))

    it.effect("the most recent failure picks the list: A 503 → B context length → C from contextLength", () =>
      Effect.gen(function*() {
        const f = fake({ A: [e503()], B: [contextError()], C: ["ok"], D: ["ok"] })
        const result = yield* Fallback.run("A", options({ models: ["B", "D"], contextLength: ["C"] }), f.attempt)
        assert.deepStrictEqual(result, { value: "C:ok", model: "C", index: 2 })
        assert.deepStrictEqual(f.models(), ["A", "B", "C"])
      }))

    it.effect("context length with only a general list ⇒ the error propagates unchanged, nothing else called", () =>
      Effect.gen(function*() {
        const ctx = contextError()
        const f = fake({ A: [ctx], B: ["ok"] })
        const exit = yield* Effect.exit(Fallback.run("A", options({ models: ["B"] }), f.attempt))
        assert.strictEqual(failure(exit), ctx)
        assert.deepStrictEqual(f.models(), ["A"])
      }))

    it.effect("a model is never tried twice, even if listed twice or equal to the primary", () =>
      Effect.gen(function*() {
        const f = fake({ A: [e503()], B: [contextError()] })
        const exit = yield* Effect.exit(
          Fallback.run("A", options({ models: ["B", "A", "B"], contextLength: ["A", "B"] }), f.attempt)
        )
        const error = failure(exit)
        assert.strictEqual(error._tag, "AllCandidatesFailedError")
        assert.deepStrictEqual(f.models(), ["A", "B"])
      }))

    it.effect("429 hint over maxRetryAfter: 1 call on A, then B at once", () =>
      Effect.gen(function*() {
        const limited = classify({ status: 429, headers: { "retry-after": "120" }, body: { error: { message: "x" } } })
        const f = fake({ A: [limited], B: ["ok"] })
        const result = yield* Fallback.run("A", options({ models: ["B"] }), withRetry(f.attempt))
        assert.deepStrictEqual(result, { value: "B:ok", model: "B", index: 1 })
        assert.deepStrictEqual(f.calls.map((c) => [c.model, c.at]), [["A", 0], ["B", 0]])
      }))

    it.effect("client-side RateLimitExceeded falls back to the general list (§2.2 #45)", () =>
      Effect.gen(function*() {
        const exceeded = new RateLimitExceededError({
          message: "wait too long",
          key: "A",
          limit: "rpm",
          retryAfter: Duration.seconds(45)
        })
        const f = fake({ A: [exceeded], B: ["ok"] })
        const result = yield* Fallback.run("A", options({ models: ["B"] }), withRetry(f.attempt))
        assert.strictEqual(result.model, "B")
        assert.deepStrictEqual(f.models(), ["A", "B"])
      }))
  })

  describe("no fallback (§2.2 #9–#11, #23, #39)", () => {
    const final: ReadonlyArray<OpenRouterError> = [
      new AuthenticationError({ message: "bad key", status: 401 }),
      new InsufficientCreditsError({ message: "no credits", status: 402 }),
      new InsufficientCreditsError({
        message: "in-flight",
        status: 402,
        metadata: { limit_source: "openrouter_in_flight_budget" },
        retryAfter: Duration.seconds(1)
      }),
      new InvalidRequestError({ message: "bad", status: 400 }),
      new PermissionDeniedError({ message: "guardrail", status: 403 }),
      new BudgetExceededError({
        message: "budget",
        scope: "session",
        limitMicros: 1,
        spentMicros: 1,
        reservedMicros: 0
      }),
      new BulkheadFullError({ message: "full", maxConcurrent: 1, maxQueue: 0 }),
      new StreamInterrupted({ message: "dropped after commit", partial: new Accumulator().partial(), reason: new ProviderError({ message: "dropped after commit", status: 502 }) })
    ]

    it.effect("401, 402, 400, 403, budget, bulkhead, StreamInterrupted: the error unchanged, B never called", () =>
      Effect.gen(function*() {
        for (const error of final) {
          const f = fake({ A: [error], B: ["ok"] })
          const exit = yield* runToEnd(
            Fallback.run(
              "A",
              options({ models: ["B"], contextLength: ["B"], contentPolicy: ["B"] }),
              withRetry(f.attempt)
            )
          )
          assert.strictEqual(failure(exit), error, error._tag)
          assert.deepStrictEqual(f.models().filter((m) => m === "B"), [], error._tag)
        }
      }))

    it.effect("a final error on a later candidate stops the walk and propagates unchanged", () =>
      Effect.gen(function*() {
        const auth = new AuthenticationError({ message: "bad key", status: 401 })
        const f = fake({ A: [e503()], B: [auth], C: ["ok"] })
        const exit = yield* Effect.exit(Fallback.run("A", options({ models: ["B", "C"] }), f.attempt))
        assert.strictEqual(failure(exit), auth)
        assert.deepStrictEqual(f.models(), ["A", "B"])
      }))

    it.effect("no candidates configured: the primary's error propagates as the same object", () =>
      Effect.gen(function*() {
        const error = e503()
        const f = fake({ A: [error] })
        const exit = yield* Effect.exit(Fallback.run("A", Fallback.defaults, f.attempt))
        assert.strictEqual(failure(exit), error)
        const exit2 = yield* Effect.exit(Fallback.run("A", options({ models: ["A"] }), f.attempt))
        assert.strictEqual(failure(exit2), error)
      }))

    it.effect("no candidates configured: the unavailable hook is not consulted (the breaker inside decides)", () =>
      Effect.gen(function*() {
        const open = new CircuitOpenError({ message: "open", key: "A", state: "isolated" })
        const f = fake({ A: [open] })
        let asked = 0
        const exit = yield* Effect.exit(
          Fallback.run("A", Fallback.defaults, f.attempt, {
            unavailable: () => Effect.sync(() => (asked++, Option.some(Duration.seconds(1))))
          })
        )
        assert.strictEqual(failure(exit), open)
        assert.strictEqual(asked, 0)
      }))

    it.effect("serverSide: the client does not fall back", () =>
      Effect.gen(function*() {
        const error = e503()
        const f = fake({ A: [error], B: ["ok"] })
        const exit = yield* Effect.exit(Fallback.run("A", options({ serverSide: true, models: ["B"] }), f.attempt))
        assert.strictEqual(failure(exit), error)
        assert.deepStrictEqual(f.models(), ["A"])
      }))
  })

  describe("open circuits (§2.2 #40, #42)", () => {
    it.effect("breaker A open (hook) ⇒ A skipped with 0 calls, B at once", () =>
      Effect.gen(function*() {
        const f = fake({ A: ["ok"], B: ["ok"] })
        const moves: Array<string> = []
        const result = yield* Fallback.run("A", options({ models: ["B"] }), withRetry(f.attempt), {
          unavailable: openFor({ A: Duration.seconds(30) }),
          onFallback: (from, to, error) => Effect.sync(() => moves.push(`${from}->${to}:${error._tag}`))
        })
        assert.deepStrictEqual(result, { value: "B:ok", model: "B", index: 1 })
        assert.deepStrictEqual(f.calls.map((c) => [c.model, c.at]), [["B", 0]])
        assert.deepStrictEqual(moves, ["A->B:CircuitOpenError"])
      }))

    it.effect("breaker rejection from inside the attempt ⇒ not retried, B at t = 0 with no sleep", () =>
      Effect.gen(function*() {
        const open = new CircuitOpenError({
          message: "open",
          key: "A",
          state: "open",
          retryAfter: Duration.seconds(30)
        })
        const f = fake({ A: [open], B: ["ok"] })
        const result = yield* Fallback.run("A", options({ models: ["B"] }), withRetry(f.attempt))
        assert.strictEqual(result.model, "B")
        assert.deepStrictEqual(f.calls.map((c) => [c.model, c.at]), [["A", 0], ["B", 0]])
        assert.deepStrictEqual(Chunk.toReadonlyArray(yield* TestClock.sleeps()), [])
      }))

    it.effect("an open middle candidate is skipped: A 503 → B open → C", () =>
      Effect.gen(function*() {
        const f = fake({ A: [e503()], B: ["ok"], C: ["ok"] })
        const result = yield* Fallback.run("A", options({ models: ["B", "C"] }), f.attempt, {
          unavailable: openFor({ B: Duration.seconds(10) })
        })
        assert.deepStrictEqual(result, { value: "C:ok", model: "C", index: 2 })
        assert.deepStrictEqual(f.models(), ["A", "C"])
      }))

    it.effect("A and B open ⇒ AllCandidatesFailedError with retryAfter = min, zero calls", () =>
      Effect.gen(function*() {
        const f = fake({ A: ["ok"], B: ["ok"] })
        const exit = yield* Effect.exit(
          Fallback.run("A", options({ models: ["B"] }), withRetry(f.attempt), {
            unavailable: openFor({ A: Duration.seconds(20), B: Duration.seconds(5) })
          })
        )
        const error = failure(exit)
        assert.strictEqual(error._tag, "AllCandidatesFailedError")
        if (error._tag !== "AllCandidatesFailedError") return
        assert.isTrue(error.retryAfter !== undefined && Duration.equals(error.retryAfter, Duration.seconds(5)))
        assert.deepStrictEqual(error.failures.map((x) => x.model), ["A", "B"])
        for (const x of error.failures) {
          assert.isTrue(x.error instanceof CircuitOpenError)
        }
        assert.strictEqual(f.calls.length, 0)
      }))
  })

  describe("exhaustion (§2.2 #41)", () => {
    it.effect("all candidates fail ⇒ aggregate with each candidate's last failure, in order", () =>
      Effect.gen(function*() {
        const a = e503("A down")
        const b = new ProviderError({ message: "B bad gateway", status: 502 })
        const c = new RateLimitError({ message: "C limited", status: 429, retryAfter: Duration.seconds(7) })
        const f = fake({ A: [a], B: [b], C: [c] })
        const exit = yield* Effect.exit(Fallback.run("A", options({ models: ["B", "C"] }), f.attempt))
        const error = failure(exit)
        assert.strictEqual(error._tag, "AllCandidatesFailedError")
        if (error._tag !== "AllCandidatesFailedError") return
        assert.deepStrictEqual(error.failures, [
          { model: "A", error: a },
          { model: "B", error: b },
          { model: "C", error: c }
        ])
        assert.strictEqual(error.failures[2]?.error, c)
        assert.isTrue(error.retryAfter !== undefined && Duration.equals(error.retryAfter, Duration.seconds(7)))
        assert.include(error.message, "C limited")
        assert.deepStrictEqual(f.models(), ["A", "B", "C"])
      }))

    it.effect("aggregate after retries: each candidate retried, the last error of each listed", () =>
      Effect.gen(function*() {
        const f = fake({ A: [e503("a1"), e503("a2"), e503("a3")], B: [e503("b1"), e503("b2"), e503("b3")] })
        const exit = yield* runToEnd(Fallback.run("A", options({ models: ["B"] }), withRetry(f.attempt)))
        const error = failure(exit)
        assert.isTrue(error._tag === "AllCandidatesFailedError")
        if (error._tag !== "AllCandidatesFailedError") return
        assert.deepStrictEqual(error.failures.map((x) => [x.model, (x.error as OpenRouterError).message]), [
          ["A", "a3"],
          ["B", "b3"]
        ])
        assert.strictEqual(error.retryAfter, undefined)
        assert.strictEqual(f.calls.length, 6)
      }))

    it.effect("mixed open and failed: the open one's remaining time counts towards retryAfter", () =>
      Effect.gen(function*() {
        const f = fake({
          A: [new RateLimitError({ message: "x", status: 429, retryAfter: Duration.seconds(90) })],
          C: [e503()]
        })
        const exit = yield* Effect.exit(
          Fallback.run("A", options({ models: ["B", "C"] }), f.attempt, {
            unavailable: openFor({ B: Duration.seconds(12) })
          })
        )
        const error = failure(exit)
        if (error._tag !== "AllCandidatesFailedError") return assert.fail(error._tag)
        assert.deepStrictEqual(error.failures.map((x) => x.model), ["A", "B", "C"])
        assert.isTrue(error.retryAfter !== undefined && Duration.equals(error.retryAfter, Duration.seconds(12)))
        assert.deepStrictEqual(f.models(), ["A", "C"])
      }))
  })

  describe("interruption (§2.2 #16, #22)", () => {
    it.effect("an interrupted primary is not fallen back from", () =>
      Effect.gen(function*() {
        const f = fake({ A: [Effect.interrupt], B: ["ok"] })
        const exit = yield* Effect.exit(Fallback.run("A", options({ models: ["B"] }), withRetry(f.attempt)))
        assert.isTrue(Exit.isInterrupted(exit))
        assert.deepStrictEqual(f.models(), ["A"])
      }))

    it.effect("the caller interrupting the run while A is in flight ⇒ B never called", () =>
      Effect.gen(function*() {
        const f = fake({ A: [Effect.never], B: ["ok"] })
        const fiber = yield* Effect.fork(Fallback.run("A", options({ models: ["B"] }), withRetry(f.attempt)))
        yield* TestClock.adjust("1 second")
        yield* Fiber.interrupt(fiber)
        yield* TestClock.adjust("1 minute")
        assert.deepStrictEqual(f.models(), ["A"])
        assert.isTrue(Exit.isInterrupted(yield* Fiber.await(fiber)))
      }))

    it.effect("the caller interrupting during A's backoff sleep ⇒ no further call on A or B", () =>
      Effect.gen(function*() {
        const f = fake({ A: [e503()], B: ["ok"] })
        const fiber = yield* Effect.fork(Fallback.run("A", options({ models: ["B"] }), withRetry(f.attempt)))
        yield* TestClock.adjust(100)
        yield* Fiber.interrupt(fiber)
        yield* TestClock.adjust("1 minute")
        assert.deepStrictEqual(f.models(), ["A"])
      }))

    it.effect("a defect is not fallen back from", () =>
      Effect.gen(function*() {
        const f = fake({ A: [Effect.die("boom")], B: ["ok"] })
        const exit = yield* Effect.exit(Fallback.run("A", options({ models: ["B"] }), f.attempt))
        assert.isTrue(Exit.isFailure(exit) && exit.cause._tag === "Die")
        assert.deepStrictEqual(f.models(), ["A"])
      }))
  })

  it.effect("ContentPolicyError from finish_reason content_filter also uses the contentPolicy list", () =>
    Effect.gen(function*() {
      const filtered = new ContentPolicyError({ message: "content_filter", errorType: "content_filter" })
      const f = fake({ A: [filtered], B: ["ok"], D: ["ok"] })
      const result = yield* Fallback.run("A", options({ models: ["B"], contentPolicy: ["D"] }), f.attempt)
      assert.strictEqual(result.model, "D")
    }))
})
