/**
 * The scale benchmark (`npm run bench:scale`): 1,000 concurrent calls through the whole pipeline,
 * in process, against the `OpenRouterTest` fake HTTP client on the real clock. The tests show the
 * same behaviours at 50–100 calls (`test/Costs.test.ts`, `test/Pipeline.test.ts`); this shows
 * that they still hold at 1,000 and what that costs in time and CPU. See `docs/benchmarks.md`.
 *
 * - (s1) meter totals: the mix of `test/Costs.test.ts` (successes, a 503 then a retry, a dead
 *   model and a fallback, streams cut after content with partial usage, replies without a cost),
 *   50 at a time, retry backoff 1 ms. Checks that `CostMeter` totals are exact.
 * - (s2) policies: every call at once through breaker + rate limit (600 rpm, fail mode) +
 *   bulkhead (10 running, 200 queued) against a fake that fails every third request with a 502,
 *   no retries. Checks that requests, rejections and successes add up.
 *
 * Flags: `--n=1000` (calls per round), `--rounds=3` (after one warm-up round), `--quick` (one
 * round). Like `run.ts`, it asserts nothing: a mismatch prints a warning and sets the exit code.
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import { Effect, Either, Layer } from "effect"
import * as Bulkhead from "../src/Bulkhead.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as CostMeter from "../src/CostMeter.js"
import * as Fallback from "../src/Fallback.js"
import type { Model } from "../src/Model.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as RateLimit from "../src/RateLimit.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { type Sample, sampleOf } from "./measure.js"
import { fmt, median, spread } from "./stats.js"
import { fakeModel } from "../test/fakeModel.js"
import { meterMix, usageChunks } from "../test/meterMix.js"

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const N = Number(flag("n") ?? 1000)
const ROUNDS = args.includes("--quick") ? 1 : Number(flag("rounds") ?? 3)

let mismatches = 0
const check = (ok: boolean, what: string): void => {
  if (!ok) {
    mismatches++
    if (mismatches <= 10) console.warn(`warning: ${what}`)
  }
}

// =============================================================================
// (s1) meter totals
// =============================================================================

const model = (id: string): Model => fakeModel(id)

/** Request i: see test/meterMix.ts (retries, fallbacks, cut streams, unpriced replies). */
const meterTotals = async (): Promise<{ readonly sample: Sample; readonly exact: boolean }> => {
  const { expected, responses } = meterMix(N)
  const layer = OpenRouter.layer.pipe(
    Layer.provideMerge(Layer.mergeAll(
      Fallback.layer({ models: ["b/model"] }),
      RetryPolicy.layer({ schedule: RetryPolicy.backoff({ base: "1 millis", jitter: false }) })
    )),
    Layer.provideMerge(Layer.mergeAll(CostMeter.layer, ModelRegistry.layerStatic([model("a/model"), model("b/model")]))),
    Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
    Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
  )
  let snapshot: CostMeter.Snapshot | undefined
  let lefts = 0
  const sample = await sampleOf(() =>
    Effect.runPromise(Effect.gen(function*() {
      const c = yield* OpenRouter.OpenRouter
      const results = yield* Effect.all(
        Array.from({ length: N }, (_, i) =>
          Effect.either(c.chat({ model: "a/model", messages: [{ role: "user", content: String(i) }], max_tokens: 10 }))),
        { concurrency: 50 }
      )
      lefts = results.filter(Either.isLeft).length
      snapshot = yield* CostMeter.snapshot
    }).pipe(Effect.provide(layer)))
  )
  const s = snapshot
  const exact = s !== undefined && s.requests === N && s.costPicos === expected.costPicos &&
    s.retries === expected.retries + expected.fallbacks * 2 && s.fallbacks === expected.fallbacks &&
    s.interrupted === expected.interrupted && s.estimatedRequests === expected.estimated &&
    lefts === expected.interrupted
  check(
    exact,
    `(s1) totals differ: ${
      JSON.stringify({
        requests: s?.requests,
        costPicos: String(s?.costPicos),
        retries: s?.retries,
        fallbacks: s?.fallbacks,
        interrupted: s?.interrupted,
        estimated: s?.estimatedRequests,
        failedCalls: lefts
      })
    }, expected ${JSON.stringify({ ...expected, costPicos: String(expected.costPicos), requests: N })}`
  )
  return { sample, exact }
}

// =============================================================================
// (s2) breaker + rate limit + bulkhead
// =============================================================================

const policies = async (): Promise<{ readonly sample: Sample; readonly exact: boolean; readonly tags: Map<string, number> }> => {
  let n = 0
  const flaky: OpenRouterTest.Responses = (r) => {
    const m = String((r.body as { model: string }).model)
    n++
    return n % 3 === 0 ? OpenRouterTest.error(502, "down") : OpenRouterTest.sse(usageChunks(m, 0.0001, "ok", `gen-${n}`))
  }
  const layer = OpenRouter.layer.pipe(
    Layer.provide(Layer.mergeAll(
      RetryPolicy.none,
      CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(N) }),
      RateLimit.layer({ global: { rpm: 600 }, onExceeded: "fail", maxWait: "1 second" }),
      Bulkhead.layer({ maxConcurrent: 10, maxQueue: 200 })
    )),
    Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
    Layer.provideMerge(OpenRouterTest.layerHttpClient(flaky))
  )
  const tags = new Map<string, number>()
  let requests = 0
  const sample = await sampleOf(() =>
    Effect.runPromise(Effect.gen(function*() {
      const c = yield* OpenRouter.OpenRouter
      const results = yield* Effect.all(
        Array.from({ length: N }, () => Effect.either(c.chat({ model: "a/model", messages: [{ role: "user", content: "hi" }], max_tokens: 10 }))),
        { concurrency: "unbounded" }
      )
      for (const r of results) {
        const tag = Either.isRight(r) ? "Success" : r.left._tag
        tags.set(tag, (tags.get(tag) ?? 0) + 1)
      }
      requests = (yield* OpenRouterTest.requests).length
    }).pipe(Effect.provide(layer)))
  )
  const get = (k: string) => tags.get(k) ?? 0
  const rejected = get("RateLimitExceededError") + get("BulkheadFullError") + get("CircuitOpenError")
  const exact = get("Success") + get("ProviderError") + rejected === N && requests === get("Success") + get("ProviderError")
  check(exact, `(s2) outcomes do not add up: ${JSON.stringify([...tags])}, ${requests} requests sent`)
  return { sample, exact, tags }
}

// =============================================================================
// Main
// =============================================================================

const main = async () => {
  console.log(`scale benchmark: ${N} calls per round, ${ROUNDS} round(s) after a warm-up`)
  const s1: Array<Sample> = []
  const s2: Array<Sample> = []
  let s1Exact = true
  let s2Exact = true
  let lastTags = new Map<string, number>()
  for (let round = 0; round <= ROUNDS; round++) {
    const a = await meterTotals()
    const b = await policies()
    s1Exact &&= a.exact
    s2Exact &&= b.exact
    lastTags = b.tags
    if (round > 0) {
      s1.push(a.sample)
      s2.push(b.sample)
    }
  }
  const row = (id: string, what: string, xs: ReadonlyArray<Sample>, exact: boolean) => {
    const wall = median(xs.map((x) => x.wall))
    const cpu = median(xs.map((x) => x.cpu))
    return `| ${id} | ${what} | ${fmt(wall)} | ${fmt(cpu)} | ${fmt((cpu * 1000) / N)} | ±${fmt(spread(xs.map((x) => x.cpu)), 0)}% | ${exact ? "yes" : "**no**"} |`
  }
  console.log("")
  console.log("| | scenario | wall ms | CPU ms | CPU µs per call | noise | exact? |")
  console.log("|---|---|--:|--:|--:|--:|---|")
  console.log(row("s1", `meter totals: ${N} calls, 50 at a time (retries, fallbacks, cut streams, no-cost replies)`, s1, s1Exact))
  console.log(row("s2", `${N} calls at once through breaker + rate limit + bulkhead, every 3rd request a 502`, s2, s2Exact))
  console.log("")
  console.log(`(s2) outcomes of the last round: ${[...lastTags].map(([k, v]) => `${k} ${v}`).join(", ")}`)
  if (mismatches > 0) process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
