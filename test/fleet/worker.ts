/**
 * One process of the fleet test (bundled by `test/childBundle.ts`, run with `node`): an `OpenRouter` client
 * against the test's Simulator with fleet policies on Redis, driven over IPC.
 *
 * Environment: SIM_URL, REDIS_URL, PREFIX, LIMIT_USD, RPS, WINDOW_MS, LEASE_MS.
 * Commands: `{ cmd: "burst", n, model }` → n concurrent calls, outcome counts and settled cost;
 * `{ cmd: "call", model }` → one call's outcome; `{ cmd: "hold", k, micros }` → k reservations
 * made and kept (the test then kills this process); `{ cmd: "exit" }`.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Duration, Effect, Layer, ManagedRuntime } from "effect"
import * as Budget from "../../src/Budget.js"
import * as CircuitBreaker from "../../src/CircuitBreaker.js"
import * as Fleet from "../../src/fleet.js"
import type { Model } from "../../src/Model.js"
import * as ModelRegistry from "../../src/ModelRegistry.js"
import { usdToMicros } from "../../src/Money.js"
import * as OpenRouter from "../../src/OpenRouter.js"
import * as OpenRouterConfig from "../../src/OpenRouterConfig.js"
import * as RetryPolicy from "../../src/RetryPolicy.js"
import * as Simulator from "../../src/Simulator.js"
import { fakeModel } from "../fakeModel.js"

const env = (name: string): string => {
  const v = process.env[name]
  if (v === undefined) throw new Error(`worker: ${name} is not set`)
  return v
}

/** The Simulator's own prices for sim/echo, so the registry's estimate is close to the real cost. */
const priced = (id: string): Model => fakeModel(id)

export const ECHO = "sim/echo"
export const FLAKY = "sim/flaky-503-100000"

/**
 * Two Redis command timeouts: the bursts and single calls run with a generous one (the full suite
 * runs other test files on the same 2 cores, and 250 concurrent calls in a process can keep a
 * Redis reply waiting in its event loop past 300 ms — a timeout there is the machine, not the
 * fleet); the Redis-down and stall test sends `strict: true` to run with 300 ms, the bound it
 * checks.
 */
const RELAXED_TIMEOUT = "3 seconds"
const STRICT_TIMEOUT = "300 millis"

const clientLayer = (prefix: string, limitUsd: string, rps: number, commandTimeout: Duration.DurationInput) =>
  OpenRouter.layer.pipe(
    Layer.provide(RetryPolicy.none),
    Layer.provideMerge(
      Fleet.layer({
        redis: env("REDIS_URL"),
        prefix,
        commandTimeout,
        retryInterval: "300 millis",
        budget: { limitUsd, reservationLease: Duration.millis(Number(env("LEASE_MS"))) },
        // N per second at the server: the limiter's window is 1 s plus an allowance for the time
        // from a slot to the request's arrival (see docs/fleet.md, "Rate limits").
        rateLimit: { global: { requests: rps, window: Duration.millis(Number(env("WINDOW_MS"))) }, onExceeded: "fail" },
        breaker: { trip: CircuitBreaker.consecutive(3), openDuration: "30 seconds" }
      })
    ),
    Layer.provideMerge(ModelRegistry.layerStatic([priced(ECHO), priced(FLAKY)])),
    Layer.provide(OpenRouterConfig.layer({ apiKey: Simulator.API_KEY, baseUrl: env("SIM_URL") })),
    Layer.provide(NodeHttpClient.layerUndici)
  )

const runtime = ManagedRuntime.make(clientLayer(env("PREFIX"), env("LIMIT_USD"), Number(env("RPS")), RELAXED_TIMEOUT))
const strictRuntime = ManagedRuntime.make(
  clientLayer(env("PREFIX"), env("LIMIT_USD"), Number(env("RPS")), STRICT_TIMEOUT)
)

// The request: 24 words echoed back, max_tokens 5 → exactly 5 completion tokens.
const request = (model: string) => ({
  model,
  messages: [{ role: "user" as const, content: "one two three four five six seven eight nine ten eleven twelve" }],
  max_tokens: 5
})

interface Outcome {
  readonly tag: string
  readonly scope?: string | undefined
  readonly costMicros: number
  readonly ms: number
}

const call = (model: string): Effect.Effect<Outcome, never, OpenRouter.OpenRouter> =>
  Effect.gen(function*() {
    const openrouter = yield* OpenRouter.OpenRouter
    const t0 = Date.now()
    const result = yield* Effect.either(openrouter.chat(request(model)))
    const ms = Date.now() - t0
    if (result._tag === "Right") {
      const cost = result.right.usage?.cost
      return { tag: "ok", costMicros: typeof cost === "number" ? usdToMicros(cost) : 0, ms }
    }
    const error = result.left
    return { tag: error._tag, scope: "scope" in error ? String(error.scope) : undefined, costMicros: 0, ms }
  })

type Command =
  | { readonly cmd: "burst"; readonly n: number; readonly model: string; readonly strict?: boolean }
  | { readonly cmd: "call"; readonly model: string; readonly strict?: boolean }
  | { readonly cmd: "hold"; readonly k: number; readonly micros: number }
  | { readonly cmd: "exit" }

const reply = (message: unknown) => process.send?.(message)

const handle = async (command: Command) => {
  switch (command.cmd) {
    case "burst": {
      const outcomes = await (command.strict === true ? strictRuntime : runtime).runPromise(
        Effect.forEach(Array.from({ length: command.n }), () => call(command.model), { concurrency: "unbounded" })
      )
      const counts: Record<string, number> = {}
      for (const o of outcomes) {
        const key = o.scope === undefined ? o.tag : `${o.tag}:${o.scope}`
        counts[key] = (counts[key] ?? 0) + 1
      }
      reply({
        cmd: "burst",
        counts,
        costMicros: outcomes.reduce((s, o) => s + o.costMicros, 0),
        maxMs: Math.max(...outcomes.map((o) => o.ms))
      })
      return
    }
    case "call": {
      const outcome = await (command.strict === true ? strictRuntime : runtime).runPromise(call(command.model))
      reply({ cmd: "call", ...outcome })
      return
    }
    case "hold": {
      const held = await runtime.runPromise(
        Effect.flatMap(Budget.Budget, (budget) =>
          Effect.forEach(Array.from({ length: command.k }), () => Effect.either(budget.reserve(ECHO, command.micros)), {
            concurrency: "unbounded"
          }))
      )
      reply({ cmd: "hold", held: held.filter((h) => h._tag === "Right").length })
      return
    }
    case "exit": {
      await runtime.dispose()
      await strictRuntime.dispose()
      process.exit(0)
    }
  }
}

process.on("message", (message) => {
  handle(message as Command).catch((e: unknown) => {
    reply({ cmd: "error", message: String(e) })
  })
})

// Warm up (JIT, connections) on a private prefix so the first burst is not a cold start, then
// build the real layers (connect to Redis) before saying ready.
const warmup = async () => {
  const warm = ManagedRuntime.make(clientLayer(`${env("PREFIX")}warmup:${process.pid}:`, "1", 1_000, RELAXED_TIMEOUT))
  await warm.runPromise(Effect.forEach(Array.from({ length: 50 }), () => call(ECHO), { concurrency: "unbounded" }))
  await warm.dispose()
  await runtime.runPromise(Effect.void)
  await strictRuntime.runPromise(Effect.void)
}
warmup().then(
  () => reply({ cmd: "ready", pid: process.pid }),
  (e: unknown) => {
    reply({ cmd: "error", message: String(e) })
    process.exit(1)
  }
)
