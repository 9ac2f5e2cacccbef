/**
 * Fleet mode benchmark: CPU and latency per call with the Redis-backed policies (budget, rate limit,
 * breaker; `effect-openrouter/fleet`) against the same policies in memory, and against no policies.
 *
 *   npx tsx bench/fleet.ts [--rounds 3] [--calls 300] [--redis redis://127.0.0.1:6379]
 *
 * The Simulator runs in a child process (so its CPU is not counted), streaming with no chunk delay.
 * Per configuration and round: 100 warm-up calls, then `calls` sequential calls (latency p50 / p99)
 * and `calls` calls 50 at a time (client CPU per call from `process.cpuUsage`, wall time).
 * Configurations alternate within each round (rotated per round); the table reports medians over
 * rounds. A second
 * table times the policy decisions alone (no HTTP): reserve + settle, acquire, admit + record.
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Effect, Layer, ManagedRuntime } from "effect"
import { Redis } from "ioredis"
import { spawn } from "node:child_process"
import * as os from "node:os"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import * as Budget from "../src/Budget.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as Fleet from "../src/fleet.js"
import type { Model } from "../src/Model.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as RateLimit from "../src/RateLimit.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import { fmt, median, quantile } from "./stats.js"
import { fakeModel } from "../test/fakeModel.js"

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    calls: { type: "string", default: "300" },
    redis: { type: "string", default: "redis://127.0.0.1:6379" }
  }
})
const ROUNDS = Number(values.rounds)
const CALLS = Number(values.calls)
const REDIS = values.redis ?? "redis://127.0.0.1:6379"
const PREFIX = `bench:fleet:${process.pid}:${Date.now()}:`

const model = (id: string): Model => fakeModel(id)

const request = {
  model: "sim/echo",
  messages: [{ role: "user" as const, content: "one two three four five six seven eight nine ten" }],
  max_tokens: 8
}

const startSimulator = (): Promise<{ url: string; stop: () => void }> =>
  new Promise((resolve, reject) => {
    const port = 20_000 + Math.floor(Math.random() * 20_000)
    const child = spawn(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL("../bin/simulator.ts", import.meta.url)), "--port", String(port), "--quiet", "--chunk-delay-ms", "0"],
      { stdio: ["ignore", "pipe", "inherit"] }
    )
    child.stdout.once("data", () =>
      resolve({ url: `http://127.0.0.1:${port}/api/v1`, stop: () => child.kill("SIGTERM") }))
    child.once("exit", (code) => reject(new Error(`simulator exited ${code}`)))
  })

type Policies = Layer.Layer<Budget.Budget | RateLimit.RateLimit | CircuitBreaker.CircuitBreaker>

const memory: Policies = Layer.mergeAll(
  Budget.layer({ limitUsd: 1_000_000 }),
  RateLimit.layer({ global: { rpm: 1e9 }, perModel: { rpm: 1e9 }, onExceeded: "fail" }),
  CircuitBreaker.layer()
)

const fleet: Policies = Fleet.layer({
  redis: REDIS,
  prefix: PREFIX,
  budget: { limitUsd: 1_000_000 },
  rateLimit: { global: { requests: 1e9 }, perModel: { requests: 1e9 }, onExceeded: "fail" },
  breaker: {}
})

const none: Layer.Layer<never> = Layer.empty

const client = (url: string, policies: Layer.Layer<never> | Policies) =>
  OpenRouter.layer.pipe(
    Layer.provide(RetryPolicy.none),
    Layer.provideMerge(policies),
    Layer.provideMerge(ModelRegistry.layerStatic([model("sim/echo")])),
    Layer.provide(OpenRouterConfig.layer({ apiKey: Simulator.API_KEY, baseUrl: url })),
    Layer.provide(NodeHttpClient.layerUndici)
  )

interface Sample {
  readonly p50: number
  readonly p99: number
  readonly cpuUs: number
  readonly wallMs: number
}

const measure = async (runtime: ManagedRuntime.ManagedRuntime<OpenRouter.OpenRouter, unknown>): Promise<Sample> => {
  const one = Effect.flatMap(OpenRouter.OpenRouter, (o) => o.chat(request))
  await runtime.runPromise(Effect.forEach(Array.from({ length: 100 }), () => one, { concurrency: 10 }))
  const latencies: Array<number> = []
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now()
    await runtime.runPromise(one)
    latencies.push(performance.now() - t)
  }
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await runtime.runPromise(Effect.forEach(Array.from({ length: CALLS }), () => one, { concurrency: 50 }))
  const wallMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return {
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    cpuUs: (cpu.user + cpu.system) / CALLS,
    wallMs
  }
}

/** The policy decisions alone: µs per decision (sequential, so latency = cost). */
const decisions = async (policies: Policies): Promise<Record<string, number>> => {
  const runtime = ManagedRuntime.make(policies)
  const time = async (name: string, e: Effect.Effect<unknown, unknown, Budget.Budget | RateLimit.RateLimit | CircuitBreaker.CircuitBreaker>) => {
    for (let i = 0; i < 100; i++) await runtime.runPromise(e)
    const t = performance.now()
    for (let i = 0; i < CALLS; i++) await runtime.runPromise(e)
    return [name, ((performance.now() - t) * 1000) / CALLS] as const
  }
  const out = Object.fromEntries([
    await time("budget reserve + settle", Effect.flatMap(Budget.Budget, (b) => Effect.flatMap(b.reserve("m", 10), (r) => r.settle(5)))),
    await time("rate limit acquire", Effect.flatMap(RateLimit.RateLimit, (l) => l.acquire({ model: "m", tokens: 10 }))),
    await time(
      "breaker admit + record",
      Effect.flatMap(CircuitBreaker.CircuitBreaker, (c) => Effect.flatMap(c.admit("m"), (p) => p.record("success")))
    )
  ])
  await runtime.dispose()
  return out
}

const main = async () => {
  const sim = await startSimulator()
  const configs = { none, memory, fleet } as const
  const samples: Record<string, Array<Sample>> = { none: [], memory: [], fleet: [] }
  const decisionSamples: Record<string, Array<Record<string, number>>> = { memory: [], fleet: [] }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order each round so no configuration always runs first (colder) or last.
      const entries = Object.entries(configs)
      const rotated = [...entries.slice(round % entries.length), ...entries.slice(0, round % entries.length)]
      for (const [name, policies] of rotated) {
        const runtime = ManagedRuntime.make(client(sim.url, policies))
        samples[name]?.push(await measure(runtime))
        await runtime.dispose()
      }
      decisionSamples["memory"]?.push(await decisions(memory))
      decisionSamples["fleet"]?.push(await decisions(fleet))
      console.error(`round ${round + 1}/${ROUNDS} done`)
    }
  } finally {
    sim.stop()
    // Leave nothing behind in a Redis others may use.
    const redis = new Redis(REDIS)
    const keys = await redis.keys(`${PREFIX}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  }
  const med = (name: string, f: (s: Sample) => number) => median((samples[name] ?? []).map(f))
  const rows = ["none", "memory", "fleet"].map((name) => {
    const ratio = (f: (s: Sample) => number) => fmt(med(name, f) / med("memory", f), 2)
    return `| ${name} | ${fmt(med(name, (s) => s.p50), 2)} | ${fmt(med(name, (s) => s.p99), 2)} | ${fmt(med(name, (s) => s.cpuUs), 0)} | ${
      fmt(med(name, (s) => (CALLS / s.wallMs) * 1000), 0)
    } | ${ratio((s) => s.p50)} | ${ratio((s) => s.cpuUs)} |`
  })
  console.log(`\nNode ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`)
  console.log(`\nCalls against the Simulator (${CALLS} per measurement, ${ROUNDS} rounds, medians):\n`)
  console.log("| policies | p50 ms | p99 ms | client CPU µs/call | calls/s at 50 concurrent | p50 vs memory | CPU vs memory |")
  console.log("|---|---|---|---|---|---|---|")
  for (const r of rows) console.log(r)
  console.log(`\nPolicy decisions alone (µs per decision, sequential, medians):\n`)
  console.log("| decision | memory | Redis | ratio |")
  console.log("|---|---|---|---|")
  for (const key of Object.keys(decisionSamples["memory"]?.[0] ?? {})) {
    const m = median((decisionSamples["memory"] ?? []).map((d) => d[key] ?? Number.NaN))
    const f = median((decisionSamples["fleet"] ?? []).map((d) => d[key] ?? Number.NaN))
    console.log(`| ${key} | ${fmt(m, 1)} | ${fmt(f, 1)} | ${fmt(f / m, 1)} |`)
  }
  process.exit(0)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
