import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Exit, Fiber, Option, Queue, Ref, Schema, TestClock } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import { Generation } from "../src/Generation.js"
import { ModelNotFoundError, ProviderError } from "../src/OpenRouterError.js"
import { Usage } from "../src/Usage.js"

const M = "openai/gpt-4o"

/** A fake HTTP send that counts requests. */
const makeSend = Effect.map(Ref.make(0), (sent) => ({ sent, send: Ref.update(sent, (n) => n + 1) }))

describe("Budget: scenarios 50–56", () => {
  it.effect("50: limit $1.00, spent $0.99, estimate $0.02 → refused before any request", () =>
    Effect.gen(function*() {
      const budget = yield* Budget.make({ limitUsd: 1 })
      const first = yield* budget.reserve(M, 990_000)
      yield* first.settleUsd(0.99)
      const { send, sent } = yield* makeSend
      const error = yield* Effect.flip(Effect.zipRight(budget.reserve(M, 20_000), send))
      assert.strictEqual(error._tag, "BudgetExceededError")
      assert.strictEqual(error.scope, "session")
      assert.strictEqual(error.limitMicros, 1_000_000)
      assert.strictEqual(error.spentMicros, 990_000)
      assert.strictEqual(error.reservedMicros, 0)
      assert.strictEqual(error.estimateMicros, 20_000)
      assert.strictEqual(error.unpriced, undefined)
      assert.isFalse(error.isRetryable)
      assert.strictEqual(yield* Ref.get(sent), 0)
      // the cheap pre-check refuses the same way and reserves nothing
      assert.strictEqual((yield* Effect.flip(budget.check(M, 20_000)))._tag, "BudgetExceededError")
      yield* budget.check(M, 10_000) // exactly at the limit is admitted
      assert.strictEqual((yield* budget.snapshot).reservedMicros, 0)
    }))

  it.effect("51: limit $1.00, two concurrent $0.60 → exactly one admitted", () =>
    Effect.gen(function*() {
      const budget = yield* Budget.make({ limitUsd: "1.00" })
      const results = yield* Effect.all([budget.reserve(M, 600_000), budget.reserve(M, 600_000)].map(Effect.either), {
        concurrency: "unbounded"
      })
      assert.strictEqual(results.filter(Either.isRight).length, 1)
      assert.strictEqual(results.filter(Either.isLeft).length, 1)
      const s = yield* budget.snapshot
      assert.strictEqual(s.reservedMicros, 600_000)
      assert.strictEqual(s.remainingMicros, 400_000)
    }))

  it.effect("52: estimate $0.05, actual usage.cost $0.01 → spent 0.01, reservation released, meter 0.01", () =>
    Effect.gen(function*() {
      const budget = yield* Budget.make({ limitUsd: 1 })
      const meter = yield* CostMeter.make
      const reservation = yield* budget.reserve(M, 50_000)
      assert.strictEqual((yield* budget.snapshot).reservedMicros, 50_000)
      const usage = Schema.decodeUnknownSync(Usage)({ prompt_tokens: 100, completion_tokens: 10, total_tokens: 110, cost: 0.01 })
      yield* reservation.settleUsd(usage.cost ?? undefined)
      yield* meter.record({
        requestedModel: M,
        servedModel: M,
        provider: "OpenAI",
        outcome: "success",
        attempts: 1,
        retries: 0,
        fallbacks: 0,
        usage
      })
      const s = yield* budget.snapshot
      assert.strictEqual(s.spentMicros, 10_000)
      assert.strictEqual(s.reservedMicros, 0)
      assert.strictEqual((yield* meter.snapshot).costMicros, 10_000)
      // settling twice, or releasing after settling, changes nothing
      yield* reservation.settle(30_000)
      yield* reservation.release
      assert.strictEqual((yield* budget.snapshot).spentMicros, 10_000)
    }))

  it.effect("53: attempt ends with 503 → reservation released, cost 0; the retry reserves again", () =>
    Effect.gen(function*() {
      const budget = yield* Budget.make({ limitUsd: 1 })
      const attempts = yield* Ref.make(0)
      const attempt = Effect.flatMap(Ref.updateAndGet(attempts, (n) => n + 1), (n) =>
        n === 1
          ? Effect.fail(new ProviderError({ message: "503", status: 503 }))
          : Effect.succeed({ cost: 0.02 }))
      const reservedDuring = yield* Ref.make<Array<number>>([])
      const { send, sent } = yield* makeSend
      // one attempt: reserve → send → settle (success) or release (HTTP error status)
      const run = Budget.withReservation(
        budget,
        M,
        300_000,
        () =>
          Effect.flatMap(budget.snapshot, (s) => Ref.update(reservedDuring, (a) => [...a, s.reservedMicros])).pipe(
            Effect.zipRight(send),
            Effect.zipRight(attempt)
          ),
        { actualUsd: (r) => r.cost }
      )
      const result = yield* Effect.retry(run, { times: 1 })
      assert.deepStrictEqual(result, { cost: 0.02 })
      assert.deepStrictEqual(yield* Ref.get(reservedDuring), [300_000, 300_000]) // never both at once
      assert.strictEqual(yield* Ref.get(sent), 2)
      const s = yield* budget.snapshot
      assert.strictEqual(s.spentMicros, 20_000) // the 503 cost nothing
      assert.strictEqual(s.reservedMicros, 0)
    }))

  it.effect("54: unpriced model refused unless allowUnpriced", () =>
    Effect.gen(function*() {
      const strict = yield* Budget.make({ limitUsd: 1 })
      const error = yield* Effect.flip(strict.reserve("openrouter/auto", undefined))
      assert.strictEqual(error._tag, "BudgetExceededError")
      assert.isTrue(error.unpriced)
      assert.strictEqual(error.estimateMicros, undefined)
      assert.strictEqual((yield* Effect.flip(strict.check("openrouter/auto", undefined))).unpriced, true)

      const lenient = yield* Budget.make({ limitUsd: 1, allowUnpriced: true })
      const reservation = yield* lenient.reserve("openrouter/auto", undefined)
      assert.strictEqual(reservation.estimateMicros, 0)
      yield* reservation.settleUsd(0.004)
      assert.strictEqual((yield* lenient.snapshot).spentMicros, 4_000)
    }))

  it.effect("55: the window elapses on the TestClock → spending allowed again; resetsAt matches the window end", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(90 * 60_000) // 01:30 UTC on day 0
      const budget = yield* Budget.make({ limitUsd: 1, window: "1 hour" })
      const r = yield* budget.reserve(M, 900_000)
      yield* r.settle(950_000)
      const error = yield* Effect.flip(budget.reserve(M, 100_000))
      assert.strictEqual(error.resetsAt, 2 * 3_600_000) // 02:00
      assert.strictEqual((yield* budget.snapshot).resetsAt, 2 * 3_600_000)
      yield* TestClock.adjust("29 minutes")
      assert.isTrue(Either.isLeft(yield* Effect.either(budget.reserve(M, 100_000))))
      yield* TestClock.adjust("1 minute")
      const again = yield* budget.reserve(M, 100_000)
      const s = yield* budget.snapshot
      assert.strictEqual(s.spentMicros, 0)
      assert.strictEqual(s.reservedMicros, 100_000)
      assert.strictEqual(s.resetsAt, 3 * 3_600_000)
      yield* again.release
    }))

  it.effect("56: stream dropped with no usage → kept unsettled; a generation lookup settles it", () =>
    Effect.gen(function*() {
      const budget = yield* Budget.make({ limitUsd: 1 })
      const meter = yield* CostMeter.make
      const reservation = yield* budget.reserve(M, 400_000)
      yield* reservation.settle(undefined)
      let s = yield* budget.snapshot
      assert.strictEqual(s.reservedMicros, 0)
      assert.strictEqual(s.unsettledMicros, 400_000)
      assert.strictEqual(s.remainingMicros, 600_000) // still counted against the limit
      const refused = yield* Effect.flip(budget.reserve(M, 700_000))
      assert.strictEqual(refused.reservedMicros, 400_000) // unsettled estimates are reported as reserved

      yield* meter.record({
        requestedModel: M,
        servedModel: M,
        provider: "OpenAI",
        outcome: "error",
        errorTag: "StreamInterrupted",
        attempts: 1,
        retries: 0,
        fallbacks: 0,
        usage: undefined,
        generationId: "gen-56"
      })
      const calls = yield* Ref.make(0)
      const lookup = Effect.flatMap(Ref.updateAndGet(calls, (n) => n + 1), (n) =>
        n === 1
          ? Effect.fail(new ModelNotFoundError({ message: "not yet", status: 404 }))
          : Effect.succeed(Schema.decodeUnknownSync(Generation)({ id: "gen-56", total_cost: 0.123456 })))
      const fiber = yield* Effect.fork(meter.reconcile("gen-56", lookup))
      yield* TestClock.adjust("500 millis")
      const result = yield* Fiber.join(fiber)
      yield* reservation.settle(result.costMicros)
      s = yield* budget.snapshot
      assert.strictEqual(s.unsettledMicros, 0)
      assert.strictEqual(s.spentMicros, 123_456)
      assert.strictEqual((yield* meter.snapshot).costMicros, 123_456)
    }))
})

describe("Budget: caps, events, concurrency", () => {
  it.effect("1,000 concurrent reservations admit exactly floor(limit / estimate), never more", () =>
    Effect.gen(function*() {
      const budget = yield* Budget.make({ limitUsd: 1 })
      const results = yield* Effect.all(
        Array.from({ length: 1000 }, () => Effect.either(budget.reserve(M, 3_000))),
        { concurrency: "unbounded" }
      )
      const admitted = results.filter(Either.isRight)
      assert.strictEqual(admitted.length, 333)
      const s = yield* budget.snapshot
      assert.strictEqual(s.reservedMicros, 999_000)
      assert.isTrue(s.reservedMicros <= s.limitMicros)
      // settling them concurrently to their actual cost keeps the books exact
      yield* Effect.forEach(admitted, (r) => r.right.settleUsd(0.0025), { concurrency: "unbounded", discard: true })
      const after = yield* budget.snapshot
      assert.strictEqual(after.reservedMicros, 0)
      assert.strictEqual(after.spentMicros, 832_500)
      // mixed estimates, interleaved with releases: never overshoots
      const mixed = yield* Budget.make({ limitUsd: "0.5" })
      const peak = yield* Ref.make(0)
      yield* Effect.forEach(
        Array.from({ length: 1000 }, (_, i) => 1_000 + (i % 7) * 777),
        (estimate) =>
          Effect.either(mixed.reserve(M, estimate)).pipe(
            Effect.tap(() => Effect.flatMap(mixed.snapshot, (snap) => Ref.update(peak, (p) => Math.max(p, snap.reservedMicros)))),
            Effect.flatMap(Either.match({ onLeft: () => Effect.void, onRight: (r) => (estimate % 2 === 0 ? r.release : Effect.void) }))
          ),
        { concurrency: "unbounded", discard: true }
      )
      assert.isTrue((yield* Ref.get(peak)) <= 500_000)
    }))

  it.effect("per-model caps (exact or base id) refuse with scope model:<id>", () =>
    Effect.gen(function*() {
      const budget = yield* Budget.make({ limitUsd: 10, perModel: { "anthropic/claude-opus-4": 0.5 } })
      yield* budget.reserve("anthropic/claude-opus-4:online", 400_000)
      const error = yield* Effect.flip(budget.reserve("anthropic/claude-opus-4", 200_000))
      assert.strictEqual(error.scope, "model:anthropic/claude-opus-4")
      assert.strictEqual(error.limitMicros, 500_000)
      assert.strictEqual(error.reservedMicros, 400_000)
      yield* budget.reserve(M, 2_000_000) // other models only see the session cap
      const s = yield* budget.snapshot
      assert.strictEqual(s.reservedMicros, 2_400_000)
      assert.deepStrictEqual(s.perModel["anthropic/claude-opus-4"], {
        limitMicros: 500_000,
        spentMicros: 0,
        reservedMicros: 400_000,
        unsettledMicros: 0,
        remainingMicros: 100_000
      })
    }))

  it.scoped("soft limit publishes one event per window and never refuses", () =>
    Effect.gen(function*() {
      const budget = yield* Budget.make({ limitUsd: 1, softLimitUsd: 0.5, window: "1 day" })
      const events = yield* budget.subscribe
      const a = yield* budget.reserve(M, 300_000)
      yield* a.settle(300_000)
      assert.isTrue(Option.isNone(yield* Queue.poll(events)))
      const b = yield* budget.reserve(M, 300_000) // 0.6 ≥ 0.5: crosses
      yield* b.settle(250_000)
      yield* budget.reserve(M, 100_000) // still admitted, no second event
      const first = yield* Queue.take(events)
      assert.strictEqual(first._tag, "SoftLimitReached")
      if (first._tag === "SoftLimitReached") {
        assert.strictEqual(first.softLimitMicros, 500_000)
        assert.strictEqual(first.spentMicros, 300_000)
        assert.strictEqual(first.reservedMicros, 300_000)
        assert.strictEqual(first.resetsAt, 86_400_000)
      }
      assert.isTrue(Option.isNone(yield* Queue.poll(events)))
      // refusals are published too
      yield* Effect.either(budget.reserve(M, 900_000))
      assert.strictEqual((yield* Queue.take(events))._tag, "Refused")
      // next window: reset event, and the soft limit can fire again
      yield* TestClock.adjust("1 day")
      const c = yield* budget.reserve(M, 100_000)
      assert.deepStrictEqual(yield* Queue.take(events), { _tag: "WindowReset", resetsAt: 2 * 86_400_000 })
      yield* c.settle(600_000)
      assert.strictEqual((yield* Queue.take(events))._tag, "SoftLimitReached")
    }))

  it.effect("withReservation: release on failure and interruption, unsettled on request", () =>
    Effect.gen(function*() {
      const budget = yield* Budget.make({ limitUsd: 1 })
      const failing = Budget.withReservation(budget, M, 100_000, () => Effect.fail("boom" as const), {
        actualUsd: () => undefined
      })
      assert.strictEqual(yield* Effect.flip(failing), "boom")
      assert.strictEqual((yield* budget.snapshot).reservedMicros, 0)

      const slow = yield* Effect.fork(
        Budget.withReservation(budget, M, 100_000, () => Effect.never, { actualUsd: () => undefined })
      )
      yield* TestClock.adjust(0)
      assert.strictEqual((yield* budget.snapshot).reservedMicros, 100_000)
      yield* Fiber.interrupt(slow)
      assert.strictEqual((yield* budget.snapshot).reservedMicros, 0)

      const ambiguous = Budget.withReservation(
        budget,
        M,
        100_000,
        () => Effect.fail("reset after send" as const),
        { actualUsd: () => undefined, onFailure: () => "unsettled" }
      )
      const exit = yield* Effect.exit(ambiguous)
      assert.isTrue(Exit.isFailure(exit))
      assert.strictEqual((yield* budget.snapshot).unsettledMicros, 100_000)
    }))

  it.effect("invalid amounts are defects; usdToMicros helper", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(Budget.make({ limitUsd: "-1" }))
      assert.isTrue(Exit.isFailure(exit))
      assert.strictEqual(Budget.usdToMicros("0.02"), 20_000)
    }))
})
