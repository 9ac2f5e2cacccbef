/**
 * Fleet mode across processes: 4 worker processes (`test/fleet/worker.ts`, bundled once and run
 * with `node`) call the Simulator started here, sharing a budget, a rate limit and a breaker
 * on the real Redis at 127.0.0.1:6379 — reached through a TCP proxy the tests cut and stall.
 *
 * Numbers: N = 20 requests per second (global), a cap of $0.001 (1,000 µUSD), and calls whose
 * estimate is 35 µUSD and real cost 33 µUSD (sim/echo, max_tokens 5). Two waves of 4 × 250
 * concurrent calls: in each the limiter lets about N through and refuses the rest at once; the
 * first wave's 20 calls spend 660 µUSD, so in the second the budget admits about 10 and refuses
 * the others (at most 30 calls fit under the cap).
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Scope from "effect/Scope"
import { type ChildProcess, spawn } from "node:child_process"
import * as path from "node:path"
import * as Fleet from "../src/fleet.js"
import * as Simulator from "../src/Simulator.js"
import { bundleChild } from "./childBundle.js"
import { deleteKeys, type Proxy, redisReachable, startProxy, uniquePrefix } from "./fleet/redis.js"

const available = await redisReachable()

const RPS = 20
/**
 * The limiter's window: 1 s plus 1 s for the time between a slot in Redis and the request's
 * arrival at the Simulator (another Redis round trip for the budget, the HTTP send, and the event
 * loops of busy processes — the full suite runs other test files at the same time on 2 cores). A
 * limiter bounds send slots; the server counts arrivals.
 */
const WINDOW_MS = 2_000
const LIMIT_USD = "0.001"
const LIMIT_MICROS = 1_000
/** Lease of the burst workers' reservations: far longer than a call, even on a loaded machine. */
const LEASE_MS = 10_000
/** Lease of the victim's reservations (a fifth process, killed in the SIGKILL test). */
const VICTIM_LEASE_MS = 3_000
const ECHO = "sim/echo"
const FLAKY = "sim/flaky-503-100000"

interface Worker {
  readonly child: ChildProcess
  readonly output: Array<string>
  readonly ask: <A = Record<string, unknown>>(command: Record<string, unknown>) => Promise<A>
}

const spawnWorker = (script: string, env: Record<string, string>): Promise<Worker> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd: path.join(__dirname, ".."),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe", "ipc"]
    })
    const output: Array<string> = []
    child.stdout?.on("data", (d: Buffer) => output.push(d.toString()))
    child.stderr?.on("data", (d: Buffer) => output.push(d.toString()))
    const waiting: Array<{ cmd: unknown; resolve: (m: never) => void; reject: (e: Error) => void }> = []
    child.on("message", (message: { cmd?: unknown }) => {
      if (message.cmd === "ready") {
        return resolve({
          child,
          output,
          ask: (command) =>
            new Promise((res, rej) => {
              waiting.push({ cmd: command["cmd"], resolve: res as (m: never) => void, reject: rej })
              child.send(command)
            })
        })
      }
      const index = waiting.findIndex((w) => w.cmd === message.cmd || message.cmd === "error")
      const w = waiting[index]
      if (w === undefined) return
      waiting.splice(index, 1)
      if (message.cmd === "error") w.reject(new Error(JSON.stringify(message)))
      else w.resolve(message as never)
    })
    child.on("exit", (code) => {
      for (const w of waiting) w.reject(new Error(`worker exited (${code}): ${output.join("")}`))
      reject(new Error(`worker exited before ready (${code}): ${output.join("")}`))
    })
  })

/** The largest number of arrivals in any window [t, t + 1000) starting at an arrival. */
const maxPerSecond = (times: ReadonlyArray<number>): number => {
  const sorted = [...times].sort((a, b) => a - b)
  let best = 0
  let j = 0
  for (let i = 0; i < sorted.length; i++) {
    while ((sorted[j] ?? Infinity) < (sorted[i] ?? 0) - 999) j++
    best = Math.max(best, i - j + 1)
  }
  return best
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface BurstReply {
  readonly counts: Record<string, number>
  readonly costMicros: number
  readonly maxMs: number
}

describe.skipIf(!available)("Fleet: 4 processes share a budget, a rate limit and a breaker on Redis", () => {
  const prefix = uniquePrefix("procs")
  const arrivals: Array<{ readonly at: number; readonly model: string | undefined; readonly path: string }> = []
  let scope: Scope.CloseableScope
  let sim: Simulator.Service
  let proxy: Proxy
  let bundle: { readonly file: string; readonly remove: () => void } | undefined
  let workers: Array<Worker> = []
  let victim: Worker | undefined

  /** A budget view of our own (direct connection, no proxy). */
  /**
   * The budget's state once the settlements of the calls just made have reached Redis: a
   * settlement that timed out against a slow Redis is queued and replayed by the worker within
   * 500 ms, so on a loaded machine the first read may still show it reserved (bounded wait, 5 s).
   */
  const settledSnapshot = async (expectedSpent: number) => {
    const until = Date.now() + 5_000
    let snap = await snapshot()
    while ((snap.reservedMicros !== 0 || snap.spentMicros !== expectedSpent) && Date.now() < until) {
      await sleep(100)
      snap = await snapshot()
    }
    return snap
  }
  const snapshot = () =>
    Effect.runPromise(
      Effect.scoped(
        Effect.flatMap(
          Layer.build(Fleet.layerRedis({ redis: "redis://127.0.0.1:6379", prefix })),
          (ctx) => Effect.flatMap(Effect.provide(Fleet.makeBudget({ limitUsd: LIMIT_USD }), ctx), (b) => b.snapshot)
        )
      )
    )

  beforeAll(async () => {
    scope = Effect.runSync(Scope.make())
    sim = await Effect.runPromise(
      Simulator.serve({
        onRequest: (r) => {
          if (r.path === "/chat/completions") arrivals.push({ at: Date.now(), model: r.model, path: r.path })
        }
      }).pipe(Scope.extend(scope))
    )
    proxy = await startProxy()
    const env = (lease: number) => ({
      SIM_URL: sim.url,
      REDIS_URL: proxy.url,
      PREFIX: prefix,
      LIMIT_USD,
      RPS: String(RPS),
      WINDOW_MS: String(WINDOW_MS),
      LEASE_MS: String(lease)
    })
    // The worker bundled once (`childBundle.ts`), not compiled by tsx in each of the five processes.
    bundle = await bundleChild(path.join(__dirname, "fleet", "worker.ts"))
    const script = bundle.file
    const all = await Promise.all([0, 1, 2, 3, 4].map((i) => spawnWorker(script, env(i === 4 ? VICTIM_LEASE_MS : LEASE_MS))))
    workers = all.slice(0, 4)
    victim = all[4]
  }, 60_000)

  afterAll(async () => {
    for (const w of [...workers, ...(victim === undefined ? [] : [victim])]) {
      if (w.child.exitCode === null) w.child.kill("SIGKILL")
    }
    await proxy?.close()
    await Effect.runPromise(Scope.close(scope, Exit.void))
    await deleteKeys(prefix)
    bundle?.remove()
  })

  // Two waves of 4 × 250 calls, one test each (each stays within the per-test time): the first
  // shows the limiter binding, the second, in the limiter's next window, the budget binding. The
  // second reads the first's replies, so they run in this order.
  const waves: Array<ReadonlyArray<BurstReply>> = []
  const count = (key: string, rs: ReadonlyArray<BurstReply>) => rs.reduce((s, r) => s + (r.counts[key] ?? 0), 0)
  let firstWaveEnded = 0

  it("wave 1, 4 × 250 concurrent calls: the limiter binds, the Simulator never sees more than N in any second", async () => {
    await deleteKeys(prefix)
    arrivals.length = 0
    const wave = await Promise.all(workers.map((w) => w.ask<BurstReply>({ cmd: "burst", n: 250, model: ECHO })))
    firstWaveEnded = Date.now()
    waves.push(wave)
    const ok = count("ok", wave)
    const spent = wave.reduce((s, r) => s + r.costMicros, 0)
    const snap = await settledSnapshot(spent)
    const perSecond = maxPerSecond(arrivals.map((a) => a.at))
    const summary = JSON.stringify({ counts: wave.map((r) => r.counts), spent, perSecond, snap })
    // Every call ended: succeeded, or was refused before any request.
    assert.strictEqual(ok + count("RateLimitExceededError", wave) + count("BudgetExceededError:session", wave), 1_000, summary)
    // The limiter binds (not the budget: 20 × 35 ≤ 1000): at least N go, most calls are refused,
    // and never more than N arrive at the Simulator in any one-second window.
    assert.isAtLeast(ok, RPS, summary)
    assert.isAtLeast(count("RateLimitExceededError", wave), 900, summary)
    assert.strictEqual(arrivals.length, ok, summary)
    assert.isAtMost(perSecond, RPS, summary)
    assert.strictEqual(snap.spentMicros, spent, summary)
    assert.strictEqual(spent, ok * 33, summary)
  }, 30_000) // 2-4 s; worker processes on busy cores can take far longer

  it("wave 2 (next window): the budget binds; spend never exceeds the cap (exact µUSD)", async () => {
    assert.strictEqual(waves.length, 1, "wave 1 ran first")
    // A fresh window of the limiter.
    await sleep(Math.max(0, firstWaveEnded + WINDOW_MS + 100 - Date.now()))
    const wave = await Promise.all(workers.map((w) => w.ask<BurstReply>({ cmd: "burst", n: 250, model: ECHO })))
    waves.push(wave)
    const replies = waves.flat()
    const ok = count("ok", replies)
    const spent = replies.reduce((s, r) => s + r.costMicros, 0)
    const snap = await settledSnapshot(spent)
    const perSecond = maxPerSecond(arrivals.map((a) => a.at))
    const summary = JSON.stringify({ counts: waves.map((w) => w.map((r) => r.counts)), spent, perSecond, snap })
    assert.strictEqual(ok + count("RateLimitExceededError", replies) + count("BudgetExceededError:session", replies), 2_000, summary)
    assert.strictEqual(arrivals.length, ok, summary)
    assert.isAtMost(perSecond, RPS, summary)
    // The budget binds in the second wave: exactly what the Simulator charged, never above the
    // cap; at most 30 calls fit (33 × 29 + 35 ≤ 1000 < 33 × 30 + 35).
    assert.isAtLeast(count("BudgetExceededError:session", wave), 1, summary)
    assert.strictEqual(snap.spentMicros, spent, summary)
    assert.strictEqual(spent, ok * 33, summary)
    assert.isAtMost(spent, LIMIT_MICROS, summary)
    assert.isAtMost(ok, 30, summary)
    assert.strictEqual(snap.reservedMicros, 0, summary)
  }, 30_000) // 2-4 s; worker processes on busy cores can take far longer

  it("a breaker opened by failures seen in one process rejects calls in the others, without a request", async () => {
    await deleteKeys(prefix)
    arrivals.length = 0
    const [first, ...others] = workers
    if (first === undefined) return assert.fail("no workers")
    const trips = []
    for (let i = 0; i < 3; i++) trips.push(await first.ask<{ tag: string }>({ cmd: "call", model: FLAKY }))
    assert.deepStrictEqual(trips.map((t) => t.tag), ["NoProviderAvailableError", "NoProviderAvailableError", "NoProviderAvailableError"])
    const rejected = await Promise.all(others.map((w) => w.ask<{ tag: string }>({ cmd: "call", model: FLAKY })))
    assert.deepStrictEqual(rejected.map((r) => r.tag), ["CircuitOpenError", "CircuitOpenError", "CircuitOpenError"])
    assert.strictEqual(arrivals.filter((a) => a.model === FLAKY).length, 3, "only the three failures reached the Simulator")
    // Another model is not affected.
    const echo = await others[0]?.ask<{ tag: string }>({ cmd: "call", model: ECHO })
    assert.strictEqual(echo?.tag, "ok")
  }, 30_000)

  it("a worker killed (SIGKILL) while holding reservations: its money returns when the lease ends", async () => {
    await deleteKeys(prefix)
    if (victim === undefined) return assert.fail("no victim worker")
    const sentAt = Date.now()
    const held = await victim.ask<{ held: number }>({ cmd: "hold", k: 5, micros: 35 })
    assert.strictEqual(held.held, 5)
    victim.child.kill("SIGKILL")
    const afterKill = await snapshot()
    const checkedAt = Date.now()
    if (checkedAt - sentAt < VICTIM_LEASE_MS - 100) {
      assert.strictEqual(afterKill.reservedMicros, 175, "held by the dead process until the lease ends")
    }
    let reserved = afterKill.reservedMicros
    while (reserved !== 0 && Date.now() - sentAt < VICTIM_LEASE_MS + 3_000) {
      await sleep(100)
      reserved = (await snapshot()).reservedMicros
    }
    assert.strictEqual(reserved, 0, "returned when the lease ended")
    assert.isAtLeast(Date.now() - sentAt, VICTIM_LEASE_MS - 50, "not before the lease ended")
  }, 15_000)

  it("Redis down or stalled mid-run: the budget fails closed at once (bounded); back: the fleet recovers without a restart", async () => {
    await deleteKeys(prefix)
    const alive = workers.slice(0, 3)
    proxy.set("down")
    const down = await Promise.all(alive.map((w) => w.ask<BurstReply>({ cmd: "burst", n: 20, model: ECHO, strict: true })))
    for (const r of down) {
      assert.deepStrictEqual(r.counts, { "BudgetExceededError:store-unavailable": 20 }, JSON.stringify(r))
      assert.isBelow(r.maxMs, 1_000)
    }
    proxy.set("pass")
    const recovered = async (w: Worker) => {
      for (let i = 0; i < 40; i++) {
        const r = await w.ask<{ tag: string }>({ cmd: "call", model: ECHO, strict: true })
        if (r.tag === "ok") return true
        await sleep(100)
      }
      return false
    }
    assert.deepStrictEqual(await Promise.all(alive.map(recovered)), [true, true, true])
    proxy.set("stall")
    const stalled = await Promise.all(alive.map((w) => w.ask<BurstReply>({ cmd: "burst", n: 20, model: ECHO, strict: true })))
    for (const r of stalled) {
      assert.deepStrictEqual(r.counts, { "BudgetExceededError:store-unavailable": 20 }, JSON.stringify(r))
      assert.isBelow(r.maxMs, 2_000, "bounded by the 300 ms command timeout (margin for busy cores)")
    }
    proxy.set("pass")
    assert.deepStrictEqual(await Promise.all(alive.map(recovered)), [true, true, true])
    const snap = await snapshot()
    assert.strictEqual(snap.spentMicros, 6 * 33, "two recovered calls per worker, accounted once each")
  }, 15_000)
})
