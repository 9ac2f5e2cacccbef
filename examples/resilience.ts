/**
 * A custom retry Schedule, a per-model circuit breaker and a fallback chain, composed as Layers.
 * Against the Simulator the models are scripted to fail: `sim/flaky-503-2` answers 503 twice then
 * succeeds; `sim/flaky-502-100` keeps failing, so its breaker opens and calls move to the next model.
 *
 *   npx tsx examples/resilience.ts
 */
import { Console, Duration, Effect, Layer, Schedule } from "effect"
import type { ChatResult } from "../src/ChatResult.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as Fallback from "../src/Fallback.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { isMain, live, openRouter, run } from "./_run.js"

const flakyModel = live ? "openai/gpt-4o-mini" : "sim/flaky-503-2"
const deadModel = live ? "openai/gpt-4o-mini" : "sim/flaky-502-100"
const backupModel = live ? "anthropic/claude-haiku-4.5" : "sim/echo"

/** 4 retries, 200 ms growing by 1.5×, at most 2 s apart, with jitter. */
export const policies = Layer.mergeAll(
  RetryPolicy.layer({
    maxRetries: 4,
    schedule: Schedule.exponential("200 millis", 1.5).pipe(
      Schedule.modifyDelay((d) => Duration.min(d, Duration.seconds(2))),
      Schedule.jittered
    )
  }),
  CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(3), openDuration: "30 seconds" }),
  Fallback.layer({ models: [backupModel] })
)

const describe = (label: string, result: ChatResult) =>
  Console.log(
    `${label}: served by ${result.meta.servedModel}; attempts: ` +
      result.meta.attempts.map((a) => `${a.model} ${a.outcome}${a.waitMs > 0 ? ` (after ${a.waitMs} ms)` : ""}`).join(", ")
  )

export const program = Effect.gen(function*() {
  const openrouter = yield* OpenRouter.OpenRouter
  const ask = (model: string) =>
    openrouter.chat({ model, messages: [{ role: "user", content: "One word: a colour." }], max_tokens: 20 })

  yield* describe("flaky model, retried", yield* ask(flakyModel))
  yield* describe("dead model, breaker opens, fallback serves", yield* ask(deadModel))
  yield* describe("dead model again, skipped without a request", yield* ask(deadModel))
  const breaker = yield* CircuitBreaker.CircuitBreaker
  const state = yield* breaker.state(deadModel)
  yield* Console.log(`breaker for ${deadModel}: ${state._tag}`)
  return state
})

if (isMain(import.meta.url)) run(program, openRouter(policies))
