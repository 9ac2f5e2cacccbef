import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Fiber, Option, Ref, Schema, Stream, TestClock } from "effect"
import * as CostMeter from "../src/CostMeter.js"
import { Generation } from "../src/Generation.js"
import { ModelNotFoundError, NotFoundError } from "../src/OpenRouterError.js"
import { Usage } from "../src/Usage.js"

const decodeUsage = Schema.decodeUnknownSync(Usage)
const decodeGeneration = Schema.decodeUnknownSync(Generation)

/** Independent reference: decimal string → pico-USD with BigInt only. */
const refPicos = (decimal: string): bigint => {
  const [int = "0", frac = ""] = decimal.split(".")
  return BigInt(int) * 10n ** 12n + BigInt((frac + "0".repeat(12)).slice(0, 12))
}
const roundMicros = (picos: bigint) => Number((picos + 500_000n) / 1_000_000n)

const MODELS = ["openai/gpt-4o", "anthropic/claude-sonnet-4.5", "mistralai/mistral-small"] as const
const PROVIDERS = ["OpenAI", "Anthropic", "Mistral"] as const

interface Expected {
  costPicos: bigint
  estimatedPicos: bigint
  upstreamPicos: bigint
  prompt: number
  completion: number
  cachedRead: number
  cacheWrite: number
  reasoning: number
  attempts: number
  retries: number
  fallbacks: number
  reported: number
  estimated: number
  unknown: number
  unbilled: number
  byok: number
  failed: number
  interrupted: number
}

/** 1,000 records covering every outcome, and the totals computed independently. */
const mixedRun = () => {
  let seed = 7
  const rand = (mod: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed % mod
  }
  const e: Expected = {
    costPicos: 0n,
    estimatedPicos: 0n,
    upstreamPicos: 0n,
    prompt: 0,
    completion: 0,
    cachedRead: 0,
    cacheWrite: 0,
    reasoning: 0,
    attempts: 0,
    retries: 0,
    fallbacks: 0,
    reported: 0,
    estimated: 0,
    unknown: 0,
    unbilled: 0,
    byok: 0,
    failed: 0,
    interrupted: 0
  }
  const byModel: Record<string, bigint> = {}
  const records: Array<CostMeter.RequestRecord> = []
  for (let i = 0; i < 1000; i++) {
    const m = i % 3
    const model = MODELS[m] ?? "x/y"
    const provider = PROVIDERS[m] ?? "X"
    const prompt = 10 + rand(5000)
    const completion = rand(2000)
    const cached = rand(prompt)
    const reasoning = rand(completion + 1)
    const costText = `0.${String(rand(10_000_000)).padStart(9, "0")}`
    const byok = i % 50 === 0
    const upstreamText = `0.${String(rand(1_000_000)).padStart(9, "0")}`
    const usage = (withCost: boolean) =>
      decodeUsage({
        prompt_tokens: prompt,
        completion_tokens: completion,
        total_tokens: prompt + completion,
        ...(withCost ? { cost: Number(costText) } : {}),
        is_byok: byok,
        prompt_tokens_details: { cached_tokens: cached, cache_write_tokens: i % 7 === 0 ? 5 : 0 },
        completion_tokens_details: { reasoning_tokens: reasoning },
        cost_details: { upstream_inference_cost: byok ? Number(upstreamText) : null }
      })
    const addTokens = () => {
      e.prompt += prompt
      e.completion += completion
      e.cachedRead += cached
      e.cacheWrite += i % 7 === 0 ? 5 : 0
      e.reasoning += reasoning
    }
    const addReported = () => {
      e.costPicos += refPicos(costText)
      byModel[model] = (byModel[model] ?? 0n) + refPicos(costText)
      e.reported++
      if (byok) {
        e.byok++
        e.upstreamPicos += refPicos(upstreamText)
      }
    }
    const kind = i % 10
    let record: CostMeter.RequestRecord
    if (kind <= 4) {
      // plain success, some with retries
      const retries = kind === 4 ? 1 : 0
      record = {
        requestedModel: model,
        servedModel: model,
        provider,
        outcome: "success",
        attempts: 1 + retries,
        retries,
        fallbacks: 0,
        usage: usage(true),
        generationId: `gen-${i}`
      }
      addTokens()
      addReported()
    } else if (kind === 5) {
      // fallback from another model to this one
      record = {
        requestedModel: "openai/gpt-4o",
        servedModel: model,
        provider,
        outcome: "success",
        attempts: 3,
        retries: 1,
        fallbacks: 1,
        usage: usage(true)
      }
      addTokens()
      addReported()
    } else if (kind === 6) {
      // clean HTTP failures after retries: nothing billed
      record = {
        requestedModel: model,
        servedModel: undefined,
        provider: undefined,
        outcome: "error",
        errorTag: "NoProviderAvailableError",
        attempts: 3,
        retries: 2,
        fallbacks: 0,
        usage: undefined
      }
      e.unbilled++
      e.failed++
    } else if (kind === 7) {
      // stream interrupted after the commit point, with partial usage and cost
      record = {
        requestedModel: model,
        servedModel: model,
        provider,
        outcome: "error",
        errorTag: "StreamInterrupted",
        attempts: 1,
        retries: 0,
        fallbacks: 0,
        usage: usage(true),
        generationId: `gen-${i}`
      }
      addTokens()
      addReported()
      e.failed++
    } else if (kind === 8) {
      // usage without cost: priced from the catalogue (estimated)
      record = {
        requestedModel: model,
        servedModel: model,
        provider,
        outcome: "success",
        attempts: 1,
        retries: 0,
        fallbacks: 0,
        usage: usage(false),
        estimatedCostMicros: i
      }
      addTokens()
      e.estimatedPicos += BigInt(i) * 1_000_000n
      e.estimated++
      if (byok) {
        e.byok++
        e.upstreamPicos += refPicos(upstreamText)
      }
    } else {
      // caller interrupted before any usage: unknown, never 0
      record = {
        requestedModel: model,
        servedModel: model,
        provider,
        outcome: "interrupted",
        attempts: 1,
        retries: 0,
        fallbacks: 0,
        usage: undefined
      }
      e.unknown++
      e.interrupted++
    }
    e.attempts += record.attempts
    e.retries += record.retries
    e.fallbacks += record.fallbacks
    records.push(record)
  }
  return { records, expected: e, byModel }
}

describe("CostMeter", () => {
  it.effect("1,000 concurrent records: totals equal the exact sums", () =>
    Effect.gen(function*() {
      const meter = yield* CostMeter.make
      const { byModel, expected: e, records } = mixedRun()
      yield* Effect.forEach(records, meter.record, { concurrency: "unbounded", discard: true })
      // recording the same request again (a stream read twice) changes nothing
      const first = records[0]
      if (first !== undefined) yield* meter.record(first)
      const s = yield* meter.snapshot

      assert.strictEqual(s.requests, 1000)
      assert.strictEqual(s.costPicos, e.costPicos)
      assert.strictEqual(s.costMicros, roundMicros(e.costPicos))
      assert.strictEqual(s.estimatedCostPicos, e.estimatedPicos)
      assert.strictEqual(s.upstreamCostPicos, e.upstreamPicos)
      assert.deepStrictEqual(s.tokens, {
        prompt: e.prompt,
        completion: e.completion,
        cachedRead: e.cachedRead,
        cacheWrite: e.cacheWrite,
        reasoning: e.reasoning
      })
      assert.strictEqual(s.attempts, e.attempts)
      assert.strictEqual(s.retries, e.retries)
      assert.strictEqual(s.fallbacks, e.fallbacks)
      assert.strictEqual(s.reportedRequests, e.reported)
      assert.strictEqual(s.estimatedRequests, e.estimated)
      assert.strictEqual(s.unknownCostRequests, e.unknown)
      assert.strictEqual(s.unbilledRequests, e.unbilled)
      assert.strictEqual(s.reportedRequests + s.estimatedRequests + s.unknownCostRequests + s.unbilledRequests, 1000)
      assert.strictEqual(s.byokRequests, e.byok)
      assert.strictEqual(s.failed, e.failed)
      assert.strictEqual(s.interrupted, e.interrupted)
      assert.strictEqual(s.succeeded, 1000 - e.failed - e.interrupted)
      assert.deepStrictEqual(s.errorsByTag, { NoProviderAvailableError: 100, StreamInterrupted: 100 })

      // the per-model and per-provider splits add up to the session totals
      const models = Object.values(s.byModel)
      assert.strictEqual(models.reduce((acc, t) => acc + t.costPicos, 0n), s.costPicos)
      assert.strictEqual(models.reduce((acc, t) => acc + t.requests, 0), 1000)
      assert.strictEqual(models.reduce((acc, t) => acc + t.tokens.prompt, 0), s.tokens.prompt)
      for (const [model, picos] of Object.entries(byModel)) assert.strictEqual(s.byModel[model]?.costPicos, picos)
      const providers = Object.values(s.byProvider)
      assert.strictEqual(providers.reduce((acc, t) => acc + t.costPicos, 0n), s.costPicos)
      assert.strictEqual(s.byProvider["unknown"]?.requests, 100) // the unbilled failures never reached a provider
      // failures that never reached a model are split under the requested model
      assert.strictEqual(models.reduce((acc, t) => acc + t.unbilledRequests, 0), 100)
    }))

  it.effect("estimated and unknown costs are flagged, never silently 0; BYOK upstream kept apart", () =>
    Effect.gen(function*() {
      const meter = yield* CostMeter.make
      const base = { servedModel: "openai/gpt-4o", provider: "OpenAI", attempts: 1, retries: 0, fallbacks: 0 }
      yield* meter.record({
        ...base,
        requestedModel: "openai/gpt-4o",
        outcome: "success",
        usage: decodeUsage({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: 0.0000125 })
      })
      yield* meter.record({
        ...base,
        requestedModel: "openai/gpt-4o",
        outcome: "success",
        usage: decodeUsage({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: null }),
        estimatedCostMicros: 40
      })
      yield* meter.record({ ...base, requestedModel: "openai/gpt-4o", outcome: "success", usage: undefined })
      yield* meter.record({
        ...base,
        requestedModel: "openai/gpt-4o",
        outcome: "error",
        errorTag: "TransportError",
        usage: undefined
      })
      yield* meter.record({
        ...base,
        requestedModel: "openai/gpt-4o",
        outcome: "error",
        errorTag: "TransportError",
        possiblyBilled: false,
        usage: undefined
      })
      yield* meter.record({
        ...base,
        requestedModel: "openai/gpt-4o",
        outcome: "error",
        errorTag: "BudgetExceededError",
        attempts: 0,
        usage: undefined
      })
      yield* meter.record({
        ...base,
        requestedModel: "openai/gpt-4o",
        outcome: "success",
        usage: decodeUsage({
          prompt_tokens: 100,
          completion_tokens: 50,
          total_tokens: 150,
          cost: 0.00001,
          is_byok: true,
          cost_details: { upstream_inference_cost: 0.0002 }
        })
      })
      const s = yield* meter.snapshot
      assert.strictEqual(s.requests, 7)
      assert.strictEqual(s.reportedRequests, 2)
      assert.strictEqual(s.costPicos, 12_500_000n + 10_000_000n)
      assert.strictEqual(s.costMicros, 23) // 22.5 → 23, rounded once on the total
      assert.strictEqual(s.estimatedRequests, 1)
      assert.strictEqual(s.estimatedCostMicros, 40)
      assert.strictEqual(s.unknownCostRequests, 2) // success without usage + ambiguous transport failure
      assert.strictEqual(s.unbilledRequests, 2) // transport failure before sending + budget refusal
      assert.strictEqual(s.byokRequests, 1)
      assert.strictEqual(s.upstreamCostMicros, 200)
      const table = CostMeter.format(s)
      assert.include(table, "openai/gpt-4o")
      assert.include(table, "estimated: 1 request(s)")
      assert.include(table, "unknown cost: 2 request(s)")
      assert.include(table, "BYOK: 1 request(s), upstream $0.000200")
    }))

  it.effect("rejections by kind; reset; accessors through the layer", () =>
    Effect.gen(function*() {
      yield* Effect.flatMap(CostMeter.CostMeter, (m) =>
        Effect.all([
          m.recordRejection("CircuitOpenError"),
          m.recordRejection("CircuitOpenError"),
          m.recordRejection("BudgetExceededError")
        ]))
      yield* CostMeter.record({
        requestedModel: "a/b",
        servedModel: "a/b",
        provider: "P",
        outcome: "success",
        attempts: 1,
        retries: 0,
        fallbacks: 0,
        usage: decodeUsage({ prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, cost: 0.000001 })
      })
      const s = yield* CostMeter.snapshot
      assert.deepStrictEqual(s.rejections, { CircuitOpenError: 2, BudgetExceededError: 1 })
      assert.strictEqual(s.rejectionsTotal, 3)
      assert.strictEqual(s.requests, 1) // rejections are attempts refused locally, not requests
      assert.include(CostMeter.format(s), "local rejections 3")
      yield* CostMeter.reset
      assert.deepStrictEqual(yield* CostMeter.snapshot, CostMeter.empty)
    }).pipe(Effect.provide(CostMeter.layer)))

  it.effect("changes: a subscriber observes every update", () =>
    Effect.gen(function*() {
      const meter = yield* CostMeter.make
      const seen = yield* Effect.fork(
        meter.changes.pipe(Stream.takeUntil((s) => s.requests === 3), Stream.runCollect)
      )
      yield* TestClock.adjust(0)
      for (let i = 0; i < 3; i++) {
        yield* meter.record({
          requestedModel: "a/b",
          servedModel: "a/b",
          provider: "P",
          outcome: "success",
          attempts: 1,
          retries: 0,
          fallbacks: 0,
          usage: decodeUsage({ prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, cost: 0.001 })
        })
      }
      const snapshots = Chunk.toReadonlyArray(yield* Fiber.join(seen))
      assert.deepStrictEqual(snapshots.map((s) => s.requests), [0, 1, 2, 3])
      assert.deepStrictEqual(snapshots.map((s) => s.costMicros), [0, 1000, 2000, 3000])
    }))

  it.effect("reconcile: polls /generation through two 404s, then turns unknown into reported", () =>
    Effect.gen(function*() {
      const meter = yield* CostMeter.make
      yield* meter.record({
        requestedModel: "anthropic/claude-sonnet-4.5",
        servedModel: "anthropic/claude-sonnet-4.5",
        provider: "Anthropic",
        outcome: "error",
        errorTag: "StreamInterrupted",
        attempts: 1,
        retries: 0,
        fallbacks: 0,
        usage: undefined,
        generationId: "gen-dropped"
      })
      const before = yield* meter.snapshot
      assert.strictEqual(before.unknownCostRequests, 1)
      assert.strictEqual(before.pendingReconciliation, 1)
      assert.deepStrictEqual(yield* meter.pending, ["gen-dropped"])

      const calls = yield* Ref.make(0)
      const fetchGeneration = Effect.flatMap(Ref.updateAndGet(calls, (n) => n + 1), (n) =>
        n <= 2
          ? Effect.fail(new NotFoundError({ message: "Generation not found", status: 404 }))
          : Effect.succeed(decodeGeneration({
            id: "gen-dropped",
            model: "anthropic/claude-sonnet-4.5",
            provider_name: "Anthropic",
            total_cost: 0.001234,
            native_tokens_prompt: 120,
            native_tokens_completion: 30,
            native_tokens_reasoning: 10,
            native_tokens_cached: 0,
            cancelled: true
          })))
      const fiber = yield* Effect.fork(meter.reconcile("gen-dropped", fetchGeneration))
      yield* TestClock.adjust(0)
      assert.strictEqual(yield* Ref.get(calls), 1)
      yield* TestClock.adjust("499 millis")
      assert.strictEqual(yield* Ref.get(calls), 1)
      yield* TestClock.adjust("1 millis") // 500 ms backoff
      assert.strictEqual(yield* Ref.get(calls), 2)
      assert.isTrue(Option.isNone(yield* Fiber.poll(fiber)))
      yield* TestClock.adjust("1 second") // then 1 s
      const result = yield* Fiber.join(fiber)
      assert.strictEqual(yield* Ref.get(calls), 3)
      assert.isTrue(result.applied)
      assert.strictEqual(result.costMicros, 1234)

      const after = yield* meter.snapshot
      assert.strictEqual(after.requests, 1)
      assert.strictEqual(after.unknownCostRequests, 0)
      assert.strictEqual(after.reportedRequests, 1)
      assert.strictEqual(after.costPicos, 1_234_000_000n)
      assert.deepStrictEqual(after.tokens, { prompt: 120, completion: 30, cachedRead: 0, cacheWrite: 0, reasoning: 10 })
      assert.strictEqual(after.reconciledRequests, 1)
      assert.strictEqual(after.pendingReconciliation, 0)
      assert.strictEqual(after.failed, 1) // the outcome is unchanged
      assert.strictEqual(after.byModel["anthropic/claude-sonnet-4.5"]?.costPicos, 1_234_000_000n)

      // a second reconcile of the same id changes nothing
      const again = yield* meter.reconcile("gen-dropped", fetchGeneration)
      assert.isFalse(again.applied)
      assert.strictEqual((yield* meter.snapshot).costPicos, 1_234_000_000n)
    }))

  it.effect("reconcile replaces an estimate, and gives up after maxRetries", () =>
    Effect.gen(function*() {
      const meter = yield* CostMeter.make
      yield* meter.record({
        requestedModel: "openai/gpt-4o",
        servedModel: "openai/gpt-4o",
        provider: "OpenAI",
        outcome: "success",
        attempts: 1,
        retries: 0,
        fallbacks: 0,
        usage: decodeUsage({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }),
        estimatedCostMicros: 75,
        generationId: "gen-est"
      })
      const ok = yield* meter.reconcile(
        "gen-est",
        Effect.succeed(decodeGeneration({ id: "gen-est", total_cost: 0.00005 }))
      )
      assert.isTrue(ok.applied)
      const s = yield* meter.snapshot
      assert.strictEqual(s.estimatedRequests, 0)
      assert.strictEqual(s.estimatedCostPicos, 0n)
      assert.strictEqual(s.costMicros, 50)
      assert.deepStrictEqual(s.tokens, { prompt: 10, completion: 5, cachedRead: 0, cacheWrite: 0, reasoning: 0 })

      const calls = yield* Ref.make(0)
      // a hand-written lookup failing with the tag the client used for this 404 before 0.2
      const never = Effect.zipRight(
        Ref.update(calls, (n) => n + 1),
        Effect.fail(new ModelNotFoundError({ message: "Generation not found", status: 404 }))
      )
      const fiber = yield* Effect.fork(Effect.flip(meter.reconcile("gen-missing", never, { maxRetries: 2 })))
      yield* TestClock.adjust("2 seconds")
      const error = yield* Fiber.join(fiber)
      assert.strictEqual(error._tag, "ModelNotFoundError")
      assert.strictEqual(yield* Ref.get(calls), 3)
    }))
})
