/**
 * Issue 10 item 15: per-key state stays bounded. 10,000 distinct models (and 10,000 API keys)
 * go through the breaker, the meter and the configuration; the internal maps stay at their caps
 * (read through the `internal/sizes` test hook and public snapshots, not the process heap).
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Layer, Scope, SubscriptionRef, TestClock } from "effect"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as CostMeter from "../src/CostMeter.js"
import type { Generation } from "../src/Generation.js"
import { redactString, registeredSecretCount, registerSecret } from "../src/internal/redact.js"
import { sizesOf } from "../src/internal/sizes.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as OpenRouterError from "../src/OpenRouterError.js"
import * as RateLimit from "../src/RateLimit.js"

const MODELS = 10_000

describe("bounded per-key state", () => {
  it.effect("breaker: 10,000 distinct models keep at most maxKeys circuits; open ones are never evicted", () =>
    Effect.gen(function*() {
      const store = yield* CircuitBreaker.makeStoreMemory
      const breaker = yield* CircuitBreaker.make({ trip: CircuitBreaker.consecutive(2) }).pipe(
        Effect.provideService(CircuitBreaker.CircuitBreakerStore, store)
      )
      // One circuit opens early and must survive everything that follows.
      for (let i = 0; i < 2; i++) yield* Effect.flatMap(breaker.admit("down/model"), (p) => p.record("failure"))
      assert.strictEqual((yield* breaker.state("down/model"))._tag, "Open")
      for (let i = 0; i < MODELS; i++) {
        const permit = yield* breaker.admit(`m/${i}`)
        // every 7th model fails once (below the trip threshold: it stays closed)
        yield* permit.record(i % 7 === 0 ? "failure" : "success")
      }
      const sizes = sizesOf(breaker)
      const storeSizes = sizesOf(store)
      assert.isDefined(sizes)
      assert.isDefined(storeSizes)
      assert.isAtMost(sizes?.["tracked"] ?? Infinity, 1_000)
      assert.strictEqual(sizes?.["locks"], 0)
      assert.strictEqual(sizes?.["inFlight"], 0)
      assert.isAtMost(storeSizes?.["entries"] ?? Infinity, 1_000)
      assert.isAtMost((yield* SubscriptionRef.get(breaker.states)).size, 1_000)
      assert.strictEqual((yield* breaker.state("down/model"))._tag, "Open")
      // The most recent circuits are still known; an evicted one starts again as new.
      assert.strictEqual((yield* breaker.state(`m/${MODELS - 1}`))._tag, "Closed")
      const again = yield* breaker.admit("m/0")
      assert.isFalse(again.probe)
      yield* again.record("success")
    }))

  it.effect("breaker: a permit admitted before its circuit was evicted cannot touch the new circuit", () =>
    Effect.gen(function*() {
      const breaker = yield* CircuitBreaker.make({ trip: CircuitBreaker.consecutive(1), maxKeys: 2 }).pipe(
        Effect.provide(CircuitBreaker.layerStoreMemory)
      )
      const held = yield* breaker.admit("a")
      // "a" has a permit out: it is not evicted however many keys come after it.
      for (let i = 0; i < 10; i++) yield* Effect.flatMap(breaker.admit(`k${i}`), (p) => p.record("success"))
      assert.isTrue(sizesOf(breaker)?.["inFlight"] === 1)
      yield* held.record("failure")
      assert.strictEqual((yield* breaker.state("a"))._tag, "Open")
    }))

  it.effect("meter: 10,000 distinct models and providers keep at most maxModels/maxProviders entries, totals exact", () =>
    Effect.gen(function*() {
      const meter = yield* CostMeter.makeWith({ maxPending: 1_000, maxRememberedIds: 2_000 })
      for (let i = 0; i < MODELS; i++) {
        yield* meter.record({
          requestedModel: `m/${i}`,
          servedModel: `m/${i}`,
          provider: `p${i}`,
          outcome: "success",
          attempts: 1,
          retries: 0,
          fallbacks: 0,
          // every 10th has no cost: it waits for reconciliation
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, ...(i % 10 === 0 ? {} : { cost: 0.000001 }) },
          generationId: `gen-${i}`
        })
      }
      const s = yield* meter.snapshot
      assert.strictEqual(s.requests, MODELS)
      assert.strictEqual(Object.keys(s.byModel).length, 257) // 256 models + "(other)"
      assert.strictEqual(Object.keys(s.byProvider).length, 257)
      assert.strictEqual(s.byModel[CostMeter.OTHER]?.requests, MODELS - 256)
      assert.strictEqual(Object.values(s.byModel).reduce((n, t) => n + t.requests, 0), MODELS)
      let reportedInOther = 0
      for (let i = 256; i < MODELS; i++) if (i % 10 !== 0) reportedInOther++
      assert.strictEqual(s.byModel[CostMeter.OTHER]?.reportedRequests, reportedInOther)
      const sizes = sizesOf(meter)
      assert.isAtMost(sizes?.["rememberedIds"] ?? Infinity, 2_000)
      assert.isAtMost(sizes?.["pending"] ?? Infinity, 1_000)
      assert.strictEqual(s.pendingReconciliation, (yield* meter.pending).length)
      // Duplicates within the remembered window are still ignored.
      yield* meter.record({ requestedModel: "x", servedModel: "x", provider: "p", outcome: "success", attempts: 1, retries: 0, fallbacks: 0, usage: undefined, generationId: `gen-${MODELS - 1}` })
      assert.strictEqual((yield* meter.snapshot).requests, MODELS)
      // Reconciling a request counted under "(other)" moves its cost there, not to a new key.
      const pendingId = (yield* meter.pending).at(-1) ?? assert.fail("nothing pending")
      const generation = { id: pendingId, total_cost: 0.5, model: "m/new" } as unknown as Generation
      const reconciled = yield* meter.reconcile(pendingId, Effect.succeed(generation))
      assert.isTrue(reconciled.applied)
      const after = yield* meter.snapshot
      assert.strictEqual(after.requests, MODELS)
      assert.strictEqual(Object.keys(after.byModel).length, 257)
      assert.isUndefined(after.byModel["m/new"])
      assert.strictEqual(after.byModel[CostMeter.OTHER]?.requests, MODELS - 256)
      assert.strictEqual(after.byModel[CostMeter.OTHER]?.reportedRequests, reportedInOther + 1)
      assert.strictEqual(
        (after.byModel[CostMeter.OTHER]?.costPicos ?? 0n) - (s.byModel[CostMeter.OTHER]?.costPicos ?? 0n),
        500_000_000_000n
      )
    }))

  it.effect("meter: the default meter caps pending reconciliations and remembered ids at 10,000", () =>
    Effect.gen(function*() {
      const meter = yield* CostMeter.make
      for (let i = 0; i < 12_000; i++) {
        yield* meter.record({ requestedModel: "a/model", servedModel: "a/model", provider: "p", outcome: "success", attempts: 1, retries: 0, fallbacks: 0, usage: undefined, generationId: `gen-${i}` })
      }
      const sizes = sizesOf(meter)
      assert.strictEqual(sizes?.["pending"], 10_000)
      assert.strictEqual(sizes?.["rememberedIds"], 10_000)
      assert.strictEqual((yield* meter.snapshot).pendingReconciliation, 10_000)
      assert.strictEqual((yield* meter.snapshot).requests, 12_000)
    }))

  // 2,000 configurations (each builds a layer): the registry is a counted map, so 2,000 shows
  // "nothing left" as well as 10,000 and stays within the per-test time.
  it.effect("redaction: 2,000 configurations with distinct keys leave no key registered once their scopes close", () =>
    Effect.gen(function*() {
      const before = registeredSecretCount()
      for (let i = 0; i < 2_000; i++) {
        const key = `custom-key-${i}-0123456789`
        const scope = yield* Scope.make()
        yield* Layer.buildWithScope(Layer.orDie(OpenRouterConfig.layer({ apiKey: key })), scope)
        if (i % 500 === 0) {
          // While its configuration lives, a key of any shape is scrubbed from errors.
          assert.strictEqual(registeredSecretCount(), before + 1)
          const error = OpenRouterError.classify({ status: 401, body: { error: { code: 401, message: `bad key ${key}` } } })
          assert.notInclude(error.message, key)
          assert.notInclude(redactString(`Authorization failed for ${key}`), key)
        }
        yield* Scope.close(scope, Exit.void)
      }
      assert.strictEqual(registeredSecretCount(), before)
    }))

  it("redaction: a key registered for an owner is released explicitly, once", () => {
    const before = registeredSecretCount()
    const owner = {}
    const first = registerSecret("shared-secret-xyz", owner)
    const second = registerSecret("shared-secret-xyz", owner)
    assert.strictEqual(registeredSecretCount(), before + 1)
    first()
    first() // idempotent: the second registration still holds the key
    assert.strictEqual(registeredSecretCount(), before + 1)
    assert.notInclude(redactString("token shared-secret-xyz"), "shared-secret-xyz")
    second()
    assert.strictEqual(registeredSecretCount(), before)
  })

  // 2,000 models: every acquire copies the limiter's state, so the test stays quadratic-small.
  it.effect("rate limit: buckets and pauses of 2,000 distinct models are dropped once full again / ended", () =>
    Effect.gen(function*() {
      const limiter = yield* RateLimit.make({ perModel: { rpm: 60 } })
      for (let i = 0; i < 2_000; i++) yield* limiter.acquire({ model: `m/${i}`, tokens: 1 })
      // each bucket holds its slot for 1 s (60 rpm): all 2,000 are in use now
      assert.strictEqual(sizesOf(limiter)?.["buckets"], 2_000)
      assert.isAtMost(sizesOf(limiter)?.["cachedSpecs"] ?? Infinity, 1_000)
      for (let i = 0; i < 2_000; i++) yield* limiter.pause("1 second", `m/${i}`)
      assert.strictEqual(sizesOf(limiter)?.["modelPauses"], 2_000)
      yield* TestClock.adjust("2 seconds")
      yield* limiter.acquire({ model: "late/model", tokens: 1 })
      yield* limiter.pause("1 second", "late/model")
      assert.deepStrictEqual(sizesOf(limiter), { buckets: 1, modelPauses: 1, cachedSpecs: sizesOf(limiter)?.["cachedSpecs"] ?? -1 })
      // a model seen again starts from a full bucket: no wait
      yield* limiter.acquire({ model: "m/0", tokens: 1 })
    }))
})
