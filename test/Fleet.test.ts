/**
 * Fleet mode against a real Redis (127.0.0.1:6379): the shared budget, rate limiter and breaker
 * store, each used by several "processes" (separate connections and services) in one test, and
 * Redis faults through a TCP proxy. Keys live under a unique prefix and are deleted afterwards.
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as fs from "node:fs"
import * as path from "node:path"
import * as TestClock from "effect/TestClock"
import { Budget as BudgetTag } from "../src/Budget.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as Fleet from "../src/fleet.js"
import { script } from "../src/internal/fleet/redis.js"
import * as SlidingWindow from "../src/internal/fleet/slidingWindow.js"
import { NoProviderAvailableError, type OpenRouterError, type RateLimitExceededError } from "../src/OpenRouterError.js"
import { countKeys, deleteKeys, redisReachable, type Proxy, startProxy, uniquePrefix } from "./fleet/redis.js"

const available = await redisReachable()
const root = uniquePrefix("unit")
let n = 0
const prefix = () => `${root}${++n}:`
const URL = "redis://127.0.0.1:6379"

afterAll(async () => {
  if (!available) return
  await deleteKeys(root)
  assert.strictEqual(await countKeys(root), 0)
})

/**
 * One "process": its own connection. Through the test's proxy (which the tests cut and stall) a
 * command times out after 200 ms, the bound those tests check; straight to Redis after 2 s, so a
 * busy machine (the suite runs other files on the same 2 cores) is not taken for a Redis outage.
 */
const connect = (p: string, redis: string = URL, extra: Partial<Fleet.RedisConfig> = {}) =>
  Layer.build(
    Fleet.layerRedis({
      redis,
      prefix: p,
      commandTimeout: redis === URL ? "2 seconds" : "200 millis",
      retryInterval: "300 millis",
      ...extra
    })
  )

const budgetOn = (
  p: string,
  options: Fleet.BudgetOptions,
  redis: string = URL,
  extra: Partial<Fleet.RedisConfig> = {}
) =>
  Effect.flatMap(connect(p, redis, extra), (ctx) => Effect.provide(Fleet.makeBudget(options), ctx))

const limiterOn = (p: string, options: Fleet.RateLimitOptions, redis: string = URL) =>
  Effect.flatMap(connect(p, redis), (ctx) => Effect.provide(Fleet.makeRateLimit(options), ctx))

const breakerOn = (p: string, options: Partial<CircuitBreaker.Options> = {}, redis: string = URL) =>
  Effect.flatMap(connect(p, redis), (ctx) =>
    Effect.flatMap(Effect.provide(Fleet.makeBreakerStore(), ctx), (store) =>
      CircuitBreaker.make(options).pipe(Effect.provideService(CircuitBreaker.CircuitBreakerStore, store))))

const withProxy = <A, E, R>(f: (proxy: Proxy) => Effect.Effect<A, E, R>) =>
  Effect.acquireUseRelease(Effect.promise(startProxy), f, (proxy) => Effect.promise(() => proxy.close()))

/** A logger that keeps the messages (to check "logs once"). */
const captureLogs = () => {
  const lines: Array<string> = []
  const logger = Logger.make(({ message }) => {
    lines.push(Array.isArray(message) ? message.map(String).join(" ") : String(message))
  })
  return { lines, layer: Logger.replace(Logger.defaultLogger, logger) }
}

const failureOf = <A, E>(exit: Exit.Exit<A, E>): E | undefined =>
  Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined

// =============================================================================
// Entry point and connection
// =============================================================================

describe("Fleet entry", () => {
  it("the core never imports ioredis or the fleet module (only src/fleet.ts and src/internal/fleet/ do)", () => {
    const src = path.join(__dirname, "..", "src")
    const files = [
      ...fs.readdirSync(src).map((f) => path.join(src, f)),
      ...fs.readdirSync(path.join(src, "internal")).map((f) => path.join(src, "internal", f))
    ].filter((f) => f.endsWith(".ts") && !f.endsWith(`${path.sep}fleet.ts`))
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8")
      assert.notMatch(text, /from "ioredis"|fleet\.js"/, file)
    }
  })
})

describe.skipIf(!available)("Fleet connection", () => {
  it.scopedLive("a script Redis has never seen (NOSCRIPT, as after a restart) is sent in full and runs", () =>
    Effect.gen(function*() {
      const ctx = yield* connect(prefix())
      const redis = Context.get(ctx, Fleet.FleetRedis)
      const fresh = script("test.fresh", `-- ${Math.random()}\nreturn 42`)
      assert.strictEqual(yield* redis.connection.eval(fresh, []), 42)
      assert.strictEqual(yield* redis.connection.eval(fresh, []), 42)
      assert.isTrue(yield* redis.healthy)
    }))

  it.scopedLive("Fleet.layer provides exactly the policies it is given", () =>
    Effect.gen(function*() {
      const only = yield* Layer.build(Fleet.layer({ redis: URL, prefix: prefix(), budget: { limitUsd: 1 } }))
      assert.isTrue(Option.isSome(Context.getOption(only, BudgetTag)))
      assert.isTrue(Option.isNone(Context.getOption(only, CircuitBreaker.CircuitBreaker)))
    }))
})

// =============================================================================
// Budget
// =============================================================================

describe.skipIf(!available)("Fleet budget (Redis)", () => {
  it.scopedLive("two processes, limit $1.00, concurrent $0.60 each → exactly one admitted", () =>
    Effect.gen(function*() {
      const p = prefix()
      const a = yield* budgetOn(p, { limitUsd: 1 })
      const b = yield* budgetOn(p, { limitUsd: 1 })
      const results = yield* Effect.all([Effect.either(a.reserve("m", 600_000)), Effect.either(b.reserve("m", 600_000))], {
        concurrency: 2
      })
      assert.strictEqual(results.filter(Either.isRight).length, 1)
      const refused = results.find(Either.isLeft)
      assert.strictEqual(refused?.left.scope, "session")
      assert.strictEqual(refused?.left.reservedMicros, 600_000)
    }))

  it.scopedLive("1,000 concurrent reservations over 4 connections admit exactly floor(limit / estimate); settled spend is exact", () =>
    Effect.gen(function*() {
      const p = prefix()
      // A generous command timeout: 1,000 scripts at once on 2 busy cores can take a while.
      const budgets = yield* Effect.all(
        [0, 1, 2, 3].map(() => budgetOn(p, { limitUsd: "0.1" }, URL, { commandTimeout: "3 seconds" }))
      )
      // $0.10 cap, $0.000333 estimate → floor(100000 / 333) = 300 admitted.
      const exits = yield* Effect.forEach(
        Array.from({ length: 1000 }, (_, i) => i),
        (i) => Effect.exit(budgets[i % 4]?.reserve("m", 333) ?? Effect.die("no budget")),
        { concurrency: "unbounded" }
      )
      const admitted = exits.filter(Exit.isSuccess).map((e) => e.value)
      assert.strictEqual(admitted.length, 300)
      // Each settles for 1..7 µUSD, or is released, or kept unsettled.
      let expected = 0
      yield* Effect.forEach(admitted, (r, i) => {
        if (i % 10 === 0) return r.release
        if (i % 10 === 1) return r.settle(undefined)
        expected += (i % 7) + 1
        return r.settleUsd(((i % 7) + 1) / 1_000_000)
      }, { concurrency: 50, discard: true })
      const snap = yield* (budgets[0]?.snapshot ?? Effect.die("no budget"))
      assert.strictEqual(snap.spentMicros, expected)
      assert.strictEqual(snap.reservedMicros, 0)
      assert.strictEqual(snap.unsettledMicros, 30 * 333)
      assert.strictEqual(snap.remainingMicros, 100_000 - expected - 30 * 333)
    }))

  it.scopedLive("settle is idempotent; unsettled can still settle; per-model caps refuse with scope model:<id>", () =>
    Effect.gen(function*() {
      const p = prefix()
      const budget = yield* budgetOn(p, { limitUsd: 1, perModel: { "openai/gpt-4o": "0.05" } })
      const r = yield* budget.reserve("openai/gpt-4o:nitro", 40_000)
      yield* r.settle(undefined)
      yield* r.settle(undefined)
      let snap = yield* budget.snapshot
      assert.deepStrictEqual(snap.perModel["openai/gpt-4o"], {
        limitMicros: 50_000,
        spentMicros: 0,
        reservedMicros: 0,
        unsettledMicros: 40_000,
        remainingMicros: 10_000
      })
      const refused = failureOf(yield* Effect.exit(budget.reserve("openai/gpt-4o", 20_000)))
      assert.strictEqual(refused?.scope, "model:openai/gpt-4o")
      yield* r.settleUsd(0.0123456)
      yield* r.settleUsd(0.5)
      yield* r.release
      snap = yield* budget.snapshot
      assert.strictEqual(snap.spentMicros, 12_346)
      assert.strictEqual(snap.perModel["openai/gpt-4o"]?.spentMicros, 12_346)
      assert.strictEqual(snap.unsettledMicros, 0)
      // Another model is only under the session cap.
      const other = yield* budget.reserve("anthropic/claude", 900_000)
      yield* other.release
    }))

  it.scopedLive("an unpriced request is refused unless allowUnpriced (which reserves nothing)", () =>
    Effect.gen(function*() {
      const p = prefix()
      const strict = yield* budgetOn(p, { limitUsd: 1 })
      const refused = failureOf(yield* Effect.exit(strict.reserve("m", undefined)))
      assert.strictEqual(refused?.unpriced, true)
      const loose = yield* budgetOn(p, { limitUsd: 1, allowUnpriced: true })
      const r = yield* loose.reserve("m", undefined)
      assert.strictEqual(r.estimateMicros, 0)
      yield* r.settle(2_000)
      assert.strictEqual((yield* loose.snapshot).spentMicros, 2_000)
    }))

  it.scopedLive("a reservation whose holder never settles returns its money when the lease ends", () =>
    Effect.gen(function*() {
      const p = prefix()
      const budget = yield* budgetOn(p, { limitUsd: 1, reservationLease: "300 millis" })
      const held = yield* budget.reserve("m", 700_000)
      assert.isTrue(Either.isLeft(yield* Effect.either(budget.reserve("m", 700_000))))
      yield* Effect.sleep("400 millis")
      const again = yield* budget.reserve("m", 700_000)
      assert.strictEqual((yield* budget.snapshot).reservedMicros, 700_000)
      yield* again.release
      // The first call finishes after its lease: its real cost still counts.
      yield* held.settle(5_000)
      assert.strictEqual((yield* budget.snapshot).spentMicros, 5_000)
    }))

  it.scopedLive("window: spending resets at the next window boundary (Redis clock); WindowReset is published", () =>
    Effect.gen(function*() {
      const p = prefix()
      const budget = yield* budgetOn(p, { limitUsd: 1, window: "1 second" })
      const events = yield* budget.subscribe
      const r = yield* budget.reserve("m", 1_000_000)
      yield* r.settle(1_000_000)
      const refused = failureOf(yield* Effect.exit(budget.reserve("m", 1)))
      assert.isDefined(refused?.resetsAt)
      const wait = (refused?.resetsAt ?? 0) - Date.now()
      yield* Effect.sleep(Duration.millis(Math.max(0, wait) + 80))
      const next = yield* budget.reserve("m", 1_000_000)
      yield* next.release
      const seen = yield* events.takeAll
      assert.isTrue([...seen].some((e) => e._tag === "WindowReset"))
    }))

  it.scopedLive("soft limit: one SoftLimitReached across two processes; Refused events", () =>
    Effect.gen(function*() {
      const p = prefix()
      const a = yield* budgetOn(p, { limitUsd: 1, softLimitUsd: "0.5" })
      const b = yield* budgetOn(p, { limitUsd: 1, softLimitUsd: "0.5" })
      const qa = yield* a.subscribe
      const qb = yield* b.subscribe
      const r1 = yield* a.reserve("m", 300_000)
      const r2 = yield* b.reserve("m", 300_000)
      const r3 = yield* a.reserve("m", 300_000)
      yield* Effect.exit(b.reserve("m", 300_000))
      yield* Effect.forEach([r1, r2, r3], (r) => r.release, { discard: true })
      const all = [...(yield* qa.takeAll), ...(yield* qb.takeAll)]
      assert.strictEqual(all.filter((e) => e._tag === "SoftLimitReached").length, 1)
      assert.strictEqual(all.filter((e) => e._tag === "Refused").length, 1)
    }))

  it.scopedLive("Redis down or stalled: reservations fail closed (store-unavailable) within the command timeout; back → admitted", () =>
    withProxy((proxy) =>
      Effect.gen(function*() {
        const p = prefix()
        const logs = captureLogs()
        const budget = yield* budgetOn(p, { limitUsd: 1 }, proxy.url)
        const ok = yield* budget.reserve("m", 1_000)
        yield* ok.settle(1_000)
        proxy.set("stall")
        const t0 = Date.now()
        const stalled = yield* Effect.forEach([1, 2, 3], () => Effect.exit(budget.reserve("m", 1_000)), {
          concurrency: "unbounded"
        }).pipe(Effect.provide(logs.layer))
        const elapsed = Date.now() - t0
        for (const e of stalled) assert.strictEqual(failureOf(e)?.scope, "store-unavailable")
        assert.isBelow(elapsed, 1_500, "bounded by the 200 ms command timeout (margin for busy cores)")
        proxy.set("down")
        const t1 = Date.now()
        const down = yield* Effect.exit(budget.reserve("m", 1_000)).pipe(Effect.provide(logs.layer))
        assert.strictEqual(failureOf(down)?.scope, "store-unavailable")
        assert.isBelow(Date.now() - t1, 500)
        assert.strictEqual(logs.lines.filter((l) => l.includes("budget refuses")).length, 1, logs.lines.join("\n"))
        proxy.set("pass")
        // ioredis reconnects (50 ms, 100 ms, … ≤ 1 s); the next calls use Redis again.
        const back = yield* budget.reserve("m", 1_000).pipe(
          Effect.retry({ schedule: Schedule.spaced("100 millis"), times: 40 }),
          Effect.either
        )
        assert.isTrue(Either.isRight(back))
        if (Either.isRight(back)) yield* back.right.settle(2_000)
        assert.strictEqual((yield* budget.snapshot).spentMicros, 3_000)
      })
    ))

  it.scopedLive("a settlement made while Redis is down is replayed when it is back (the real cost is not lost)", () =>
    withProxy((proxy) =>
      Effect.gen(function*() {
        const p = prefix()
        const budget = yield* budgetOn(p, { limitUsd: 1 }, proxy.url)
        const r = yield* budget.reserve("m", 10_000)
        proxy.set("down")
        yield* r.settle(7_000)
        proxy.set("pass")
        const observer = yield* budgetOn(p, { limitUsd: 1 })
        let snap = yield* observer.snapshot
        for (let i = 0; i < 40 && snap.spentMicros !== 7_000; i++) {
          yield* Effect.sleep("100 millis")
          snap = yield* observer.snapshot
        }
        assert.strictEqual(snap.spentMicros, 7_000)
        assert.strictEqual(snap.reservedMicros, 0)
      })
    ))

  it.scopedLive("a settlement Redis applied but whose reply was lost is replayed without being counted twice", () =>
    withProxy((proxy) =>
      Effect.gen(function*() {
        const p = prefix()
        const budget = yield* budgetOn(p, { limitUsd: 1 }, proxy.url)
        // A first settlement loads the script into Redis (a NOSCRIPT reply would be muted too).
        yield* Effect.flatMap(budget.reserve("m", 1_000), (r0) => r0.settle(1_000))
        const r = yield* budget.reserve("m", 10_000)
        proxy.set("mute")
        yield* r.settle(7_000)
        proxy.set("pass")
        const observer = yield* budgetOn(p, { limitUsd: 1 })
        // The replay runs within ~0.5 s of the reconnection; give it time, then check it was a no-op.
        yield* Effect.sleep("2 seconds")
        const snap = yield* observer.snapshot
        assert.strictEqual(snap.spentMicros, 8_000)
        assert.strictEqual(snap.reservedMicros, 0)
      })
    ))

  it.scopedLive("localLimitUsd: while Redis is down calls go against a local cap; the local spend joins the shared ledger when it is back", () =>
    withProxy((proxy) =>
      Effect.gen(function*() {
        const p = prefix()
        const budget = yield* budgetOn(p, { limitUsd: 1, onRedisFailure: { localLimitUsd: "0.01" } }, proxy.url)
        proxy.set("down")
        const r = yield* budget.reserve("m", 6_000)
        assert.isTrue(Either.isLeft(yield* Effect.either(budget.reserve("m", 6_000))), "local cap $0.01")
        yield* r.settle(4_000)
        proxy.set("pass")
        const observer = yield* budgetOn(p, { limitUsd: 1 })
        let spent = 0
        for (let i = 0; i < 40 && spent !== 4_000; i++) {
          yield* Effect.sleep("100 millis")
          spent = (yield* observer.snapshot).spentMicros
        }
        assert.strictEqual(spent, 4_000)
      })
    ))
})

// =============================================================================
// Rate limit
// =============================================================================

describe("Fleet rate limit: the sliding-window log (same decision as the Lua script)", () => {
  const spec = (limit: number, windowMillis: number, cost = 1): SlidingWindow.Spec => ({
    key: "global:requests",
    limit,
    cost,
    windowMillis
  })

  it("3 per 1 s in fail mode: 3 go, the 4th is refused until the oldest slot leaves the window", () => {
    const log = SlidingWindow.make()
    const go = (now: number, id: string) => log.acquire(now, id, "m", [spec(3, 1000)], true, 0)
    assert.deepStrictEqual([go(0, "a"), go(10, "b"), go(20, "c")].map((d) => d._tag), ["Go", "Go", "Go"])
    assert.deepStrictEqual(go(30, "d"), { _tag: "Refused", delay: 970, which: 1 })
    assert.deepStrictEqual(go(999, "e"), { _tag: "Refused", delay: 1, which: 1 })
    assert.deepStrictEqual(go(1000, "f"), { _tag: "Go", delay: 0 })
    assert.deepStrictEqual(go(1000, "g")._tag, "Refused")
  })

  it("delay mode: callers get ordered future slots, never more than the limit in any window", () => {
    const log = SlidingWindow.make()
    const delays = Array.from({ length: 7 }, (_, i) => log.acquire(0, `c${i}`, "m", [spec(2, 300)], false, 10_000))
    assert.deepStrictEqual(delays.map((d) => d.delay), [0, 0, 300, 300, 600, 600, 900])
  })

  it("tokens: a cost above what is left waits for older slots to leave; above the limit it waits for an empty window", () => {
    const log = SlidingWindow.make()
    const tokens = (cost: number) => ({ ...spec(100, 1000, cost), key: "global:tokens" })
    assert.strictEqual(log.acquire(0, "a", "m", [tokens(60)], false, 10_000).delay, 0)
    assert.strictEqual(log.acquire(100, "b", "m", [tokens(30)], false, 10_000).delay, 0)
    assert.strictEqual(log.acquire(200, "c", "m", [tokens(50)], false, 10_000).delay, 800)
    assert.strictEqual(log.acquire(300, "d", "m", [tokens(500)], false, 10_000).delay, 1700)
  })

  it("the slowest limit decides; a pause holds everyone; refunds give slots back", () => {
    const log = SlidingWindow.make()
    const both = [spec(10, 1000), { ...spec(1, 500), key: "model:m:requests" }]
    assert.strictEqual(log.acquire(0, "a", "m", both, false, 10_000).delay, 0)
    const second = log.acquire(0, "b", "m", both, true, 0)
    assert.deepStrictEqual(second, { _tag: "Refused", delay: 500, which: 2 })
    log.refund("a", both.map((s) => s.key))
    assert.strictEqual(log.acquire(0, "c", "m", both, true, 0)._tag, "Go")
    log.pause(0, "pause", 2000)
    assert.deepStrictEqual(log.acquire(600, "d", "m", both, true, 0), { _tag: "Refused", delay: 1400, which: 0 })
  })
})

describe.skipIf(!available)("Fleet rate limit (Redis)", () => {
  it.scopedLive("5 per 500 ms shared by two processes (fail mode): 20 concurrent calls → exactly 5 go; refusals carry retryAfter ≤ 500 ms", () =>
    Effect.gen(function*() {
      const p = prefix()
      const options: Fleet.RateLimitOptions = { global: { requests: 5, window: "500 millis" }, onExceeded: "fail" }
      const a = yield* limiterOn(p, options)
      const b = yield* limiterOn(p, options)
      const exits = yield* Effect.forEach(
        Array.from({ length: 20 }, (_, i) => i),
        (i) => Effect.exit((i % 2 === 0 ? a : b).acquire({ model: "m", tokens: 10 })),
        { concurrency: "unbounded" }
      )
      assert.strictEqual(exits.filter(Exit.isSuccess).length, 5)
      for (const e of exits.filter(Exit.isFailure)) {
        const error = failureOf(e)
        assert.strictEqual(error?.limit, "rpm")
        const ms = error?.retryAfter === undefined ? -1 : Duration.toMillis(error.retryAfter)
        assert.isTrue(ms > 0 && ms <= 500, `retryAfter ${ms}`)
      }
    }))

  it.scopedLive("delay mode: 6 callers over two processes, 2 per 300 ms → two go at once, the rest wait their slots", () =>
    Effect.gen(function*() {
      const p = prefix()
      const options: Fleet.RateLimitOptions = { perModel: { requests: 2, window: "300 millis" } }
      const a = yield* limiterOn(p, options)
      const b = yield* limiterOn(p, options)
      const t0 = Date.now()
      const times = yield* Effect.forEach(
        Array.from({ length: 6 }, (_, i) => i),
        (i) => Effect.map((i % 2 === 0 ? a : b).acquire({ model: "x", tokens: 0 }), () => Date.now() - t0),
        { concurrency: "unbounded" }
      )
      const sorted = [...times].sort((x, y) => x - y)
      assert.isBelow(sorted[1] ?? 0, 250, `first two immediately: ${sorted}`)
      assert.isAtLeast(sorted[2] ?? 0, 250, `${sorted}`)
      assert.isAtLeast(sorted[4] ?? 0, 550, `${sorted}`)
      // Another model has its own window.
      yield* a.acquire({ model: "y", tokens: 0 })
    }))

  it.scopedLive("a pause (server 429) in one process holds the others; an interrupted waiter gives its slot back", () =>
    Effect.gen(function*() {
      const p = prefix()
      const a = yield* limiterOn(p, { global: { requests: 1, window: "1 second" }, onExceeded: "fail" })
      const b = yield* limiterOn(p, { global: { requests: 1, window: "1 second" }, onExceeded: "fail" })
      yield* a.pause("300 millis")
      const paused = failureOf(yield* Effect.exit(b.acquire({ model: "m", tokens: 0 })))
      assert.strictEqual(paused?.limit, "paused")
      assert.isTrue(Option.isSome(yield* b.pausedUntil))
      yield* Effect.sleep("350 millis")
      const waiting = yield* limiterOn(p, { global: { requests: 1, window: "1 second" }, maxWait: "5 seconds" })
      yield* waiting.acquire({ model: "m", tokens: 0 })
      const fiber = yield* Effect.fork(waiting.acquire({ model: "m", tokens: 0 }))
      yield* Effect.sleep("100 millis")
      yield* Fiber.interrupt(fiber)
      // The interrupted waiter's future slot is free again: a later caller is not pushed behind it.
      const c = yield* limiterOn(p, { global: { requests: 1, window: "1 second" }, onExceeded: "fail" })
      const refused = failureOf(yield* Effect.exit(c.acquire({ model: "m", tokens: 0 })))
      const ms = refused?.retryAfter === undefined ? 0 : Duration.toMillis(refused.retryAfter)
      assert.isBelow(ms, 1_000, "not behind the interrupted waiter's slot")
    }))

  it.scopedLive("localShare scales each limit while the process limits alone", () =>
    withProxy((proxy) =>
      Effect.gen(function*() {
        const limiter = yield* limiterOn(
          prefix(),
          { global: { requests: 4, window: "10 seconds" }, onExceeded: "fail", localShare: 0.5 },
          proxy.url
        )
        proxy.set("down")
        const local = yield* Effect.forEach([1, 2, 3], () => Effect.exit(limiter.acquire({ model: "m", tokens: 0 })))
        assert.deepStrictEqual(local.map(Exit.isSuccess), [true, true, false], "4 × 0.5 = 2 locally")
        proxy.set("pass")
      })
    ))

  it.scopedLive("onRedisFailure: fail refuses every call while Redis is down", () =>
    withProxy((proxy) =>
      Effect.gen(function*() {
        const limiter = yield* limiterOn(prefix(), { global: { requests: 100 }, onRedisFailure: "fail" }, proxy.url)
        yield* limiter.acquire({ model: "m", tokens: 0 })
        proxy.set("down")
        const refused = failureOf(yield* Effect.exit(limiter.acquire({ model: "m", tokens: 0 })))
        assert.strictEqual(refused?.key, "store-unavailable")
        proxy.set("pass")
      })
    ))

  it.scopedLive("Redis down: each process limits alone (logged once); back: the shared window again", () =>
    withProxy((proxy) =>
      Effect.gen(function*() {
        const p = prefix()
        const logs = captureLogs()
        const options: Fleet.RateLimitOptions = { global: { requests: 2, window: "10 seconds" }, onExceeded: "fail" }
        const a = yield* limiterOn(p, options, proxy.url)
        const b = yield* limiterOn(p, options)
        yield* a.acquire({ model: "m", tokens: 0 })
        proxy.set("down")
        const local = yield* Effect.forEach([1, 2, 3], () => Effect.exit(a.acquire({ model: "m", tokens: 0 }))).pipe(
          Effect.provide(logs.layer)
        )
        assert.deepStrictEqual(local.map(Exit.isSuccess), [true, true, false], "local window of 2")
        assert.strictEqual(logs.lines.filter((l) => l.includes("limits each process alone")).length, 1, logs.lines.join("\n"))
        proxy.set("pass")
        yield* b.acquire({ model: "m", tokens: 0 })
        // Once a's connection is back, a uses the shared window (2 taken: one by a, one by b).
        let shared: RateLimitExceededError | undefined
        for (let i = 0; i < 40 && shared?.limit !== "rpm"; i++) {
          yield* Effect.sleep("100 millis")
          shared = failureOf(yield* Effect.exit(a.acquire({ model: "m", tokens: 0 })))
        }
        assert.strictEqual(shared?.limit, "rpm")
        assert.isAbove(shared?.retryAfter === undefined ? 0 : Duration.toMillis(shared.retryAfter), 5_000, "the shared 10 s window")
      })
    ))
})

/** Whether a fresh connection through `url` answers (used to wait for the proxy to pass again). */
const FleetHealthy = (url: string, p: string): Effect.Effect<boolean, never, Scope.Scope> =>
  Effect.flatMap(connect(p, url), (ctx) => Effect.flatMap(Effect.provide(Fleet.FleetRedis, ctx), (c) => c.healthy))

// =============================================================================
// Circuit breaker
// =============================================================================

const e503 = new NoProviderAvailableError({ message: "503", status: 503 })

const attempt = (breaker: CircuitBreaker.Service, key: string, reply: OpenRouterError | "ok") =>
  CircuitBreaker.protect(reply === "ok" ? Effect.succeed("ok") : Effect.fail(reply), key).pipe(
    Effect.provideService(CircuitBreaker.CircuitBreaker, breaker)
  )

/** The in-memory breaker's scenarios, run on a given store (TestClock drives time). */
const scenarios = (name: string, makeStore: () => Effect.Effect<CircuitBreaker.Store, never, Scope.Scope>) =>
  describe.skipIf(!available)(`Fleet breaker store: same semantics as memory (${name})`, () => {
    const make = (options?: Partial<CircuitBreaker.Options>) =>
      Effect.flatMap(makeStore(), (store) =>
        CircuitBreaker.make(options).pipe(Effect.provideService(CircuitBreaker.CircuitBreakerStore, store)))

    it.scoped("consecutive(5): the 6th call is rejected; a success resets the streak", () =>
      Effect.gen(function*() {
        const breaker = yield* make()
        for (let i = 0; i < 4; i++) yield* Effect.exit(attempt(breaker, "A", e503))
        yield* attempt(breaker, "A", "ok")
        for (let i = 0; i < 4; i++) yield* Effect.exit(attempt(breaker, "A", e503))
        assert.strictEqual((yield* breaker.state("A"))._tag, "Closed")
        yield* Effect.exit(attempt(breaker, "A", e503))
        const rejected = failureOf(yield* Effect.exit(attempt(breaker, "A", "ok")))
        assert.strictEqual(rejected?._tag, "CircuitOpenError")
        assert.strictEqual((yield* breaker.state("B"))._tag, "Closed")
      }))

    it.scoped("open → after openDuration exactly one probe; a failed probe reopens; a successful one closes", () =>
      Effect.gen(function*() {
        const breaker = yield* make({ trip: CircuitBreaker.consecutive(2), openDuration: "10 seconds" })
        yield* Effect.exit(attempt(breaker, "A", e503))
        yield* Effect.exit(attempt(breaker, "A", e503))
        yield* TestClock.adjust("10 seconds")
        const probe = yield* breaker.admit("A")
        assert.isTrue(probe.probe)
        const other = failureOf(yield* Effect.exit(breaker.admit("A")))
        assert.strictEqual(other?._tag === "CircuitOpenError" ? other.state : undefined, "half-open")
        yield* probe.record("failure")
        assert.strictEqual((yield* breaker.state("A"))._tag, "Open")
        yield* TestClock.adjust("10 seconds")
        const second = yield* breaker.admit("A")
        yield* second.record("success")
        assert.strictEqual((yield* breaker.state("A"))._tag, "Closed")
        const now = yield* Clock.currentTimeMillis
        assert.strictEqual(now, 20_000)
      }))

    it.scoped("isolate and reset", () =>
      Effect.gen(function*() {
        const breaker = yield* make()
        yield* breaker.isolate("A")
        const rejected = failureOf(yield* Effect.exit(breaker.admit("A")))
        assert.strictEqual(rejected?._tag === "CircuitOpenError" ? rejected.state : undefined, "isolated")
        yield* breaker.reset("A")
        yield* attempt(breaker, "A", "ok")
      }))
  })

scenarios("memory", () => CircuitBreaker.makeStoreMemory)
scenarios("redis", () =>
  Effect.flatMap(connect(prefix()), (ctx) => Effect.provide(Fleet.makeBreakerStore(), ctx)))

describe.skipIf(!available)("Fleet breaker (Redis), several processes", () => {
  it.scopedLive("a circuit opened by failures in one process rejects the next call in another", () =>
    Effect.gen(function*() {
      const p = prefix()
      const a = yield* breakerOn(p, { trip: CircuitBreaker.consecutive(3), openDuration: "30 seconds" })
      const b = yield* breakerOn(p, { trip: CircuitBreaker.consecutive(3), openDuration: "30 seconds" })
      yield* attempt(b, "model-x", "ok")
      for (let i = 0; i < 3; i++) yield* Effect.exit(attempt(a, "model-x", e503))
      // b's cached "closed" is dropped by the change notification (one network hop).
      yield* Effect.sleep("50 millis")
      const rejected = failureOf(yield* Effect.exit(attempt(b, "model-x", "ok")))
      assert.strictEqual(rejected?._tag, "CircuitOpenError")
      assert.strictEqual((yield* b.state("model-x"))._tag, "Open")
      // Failures split across processes count together.
      for (let i = 0; i < 3; i++) yield* Effect.exit(attempt(i % 2 === 0 ? a : b, "model-y", e503))
      assert.strictEqual((yield* a.state("model-y"))._tag, "Open")
    }))

  it.scopedLive("half-open: 20 concurrent callers in 4 processes → exactly one probe across the fleet", () =>
    Effect.gen(function*() {
      const p = prefix()
      const options: Partial<CircuitBreaker.Options> = { trip: CircuitBreaker.consecutive(1), openDuration: "200 millis" }
      const breakers = yield* Effect.all([0, 1, 2, 3].map(() => breakerOn(p, options)))
      const [first, , , last] = breakers
      if (first === undefined || last === undefined) return assert.fail("four breakers")
      yield* Effect.exit(attempt(first, "m", e503))
      yield* Effect.sleep("250 millis")
      const exits = yield* Effect.forEach(
        Array.from({ length: 20 }, (_, i) => i),
        (i) => Effect.exit(breakers[i % 4]?.admit("m") ?? Effect.die("none")),
        { concurrency: "unbounded" }
      )
      const permits = exits.filter(Exit.isSuccess).map((e) => e.value)
      assert.strictEqual(permits.length, 1)
      assert.isTrue(permits[0]?.probe)
      yield* Effect.forEach(permits, (permit) => permit.record("success"), { discard: true })
      yield* Effect.sleep("50 millis")
      yield* attempt(last, "m", "ok")
    }))

  it.scopedLive("Redis down: breakers carry on with local state (logged once); back: shared state again", () =>
    withProxy((proxy) =>
      Effect.gen(function*() {
        const p = prefix()
        const logs = captureLogs()
        const options: Partial<CircuitBreaker.Options> = { trip: CircuitBreaker.consecutive(2), openDuration: "30 seconds" }
        const a = yield* breakerOn(p, options, proxy.url)
        const b = yield* breakerOn(p, options)
        proxy.set("down")
        const t0 = Date.now()
        yield* Effect.forEach([1, 2], () => Effect.exit(attempt(a, "k", e503))).pipe(Effect.provide(logs.layer))
        const local = failureOf(yield* Effect.exit(attempt(a, "k", "ok")).pipe(Effect.provide(logs.layer)))
        assert.strictEqual(local?._tag, "CircuitOpenError", "the local breaker opened")
        assert.isBelow(Date.now() - t0, 1_000)
        assert.strictEqual(logs.lines.filter((l) => l.includes("circuit breakers use local state")).length, 1)
        // b (Redis reachable) never saw those failures.
        yield* attempt(b, "k", "ok")
        proxy.set("pass")
        for (let i = 0; i < 40 && !(yield* FleetHealthy(proxy.url, p)); i++) yield* Effect.sleep("100 millis")
        yield* Effect.sleep("400 millis")
        // Back on Redis: b opens it, a sees it.
        yield* Effect.forEach([1, 2], () => Effect.exit(attempt(b, "k2", e503)))
        let seen: string | undefined
        for (let i = 0; i < 20 && seen !== "CircuitOpenError"; i++) {
          seen = failureOf(yield* Effect.exit(attempt(a, "k2", "ok")))?._tag
          if (seen !== "CircuitOpenError") yield* Effect.sleep("100 millis")
        }
        assert.strictEqual(seen, "CircuitOpenError")
      })
    ))
})

