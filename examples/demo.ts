/**
 * `npm run demo` — the library in under a minute of output.
 *
 * With OPENROUTER_API_KEY set, the answers come from the real API; the fault scenarios (a 429 with
 * Retry-After, a dead model, a breaker opening and closing) always run against the embedded
 * Simulator, because a real API does not fail on demand. Without a key everything runs against
 * the Simulator. Both share one cost meter, printed as a table, and one usage ledger (an SQLite file),
 * whose report (`effect-openrouter usage --by model`) ends the demo.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Console, Context, Effect, Fiber, Layer, Schema, Stream } from "effect"
import type { ChatResult } from "../src/ChatResult.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as CostMeter from "../src/CostMeter.js"
import * as Fallback from "../src/Fallback.js"
import * as Ledger from "../src/ledger.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import * as Structured from "../src/Structured.js"
import * as Tools from "../src/Tools.js"
import * as Transport from "../src/Transport.js"
import * as os from "node:os"
import * as path from "node:path"
import { isMain } from "./_run.js"

const live = (process.env["OPENROUTER_API_KEY"] ?? "") !== ""
const model = live ? (process.env["DEMO_MODEL"] ?? "openai/gpt-4o-mini") : "sim/echo"

const title = (text: string) => Console.log(`\n── ${text} ${"─".repeat(Math.max(0, 60 - text.length))}`)
const attempts = (r: ChatResult) =>
  r.meta.attempts.map((a) => `${a.model} → ${a.outcome}${a.waitMs > 0 ? ` after waiting ${a.waitMs} ms` : ""}`).join("; ")

/**
 * `text` in at most `max` characters: cut at the last word boundary that fits, with "…" when
 * anything was cut (a single word longer than `max` is cut inside it).
 */
export const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, " ").trim()
  if (flat.length <= max) return flat
  // the text before the last space within the first `max` characters is at most `max − 1` long
  const room = flat.slice(0, max)
  const space = room.lastIndexOf(" ")
  const cut = space > 0 ? room.slice(0, space) : room.slice(0, max - 1)
  return `${cut.replace(/[\s,;:.\-–—]+$/, "")}…`
}

/** A client for the fault scenarios: the Simulator with fast retries, a breaker, a fallback. */
class FaultClient extends Context.Tag("demo/FaultClient")<FaultClient, OpenRouter.Service>() {}

const Weather = Tools.make("get_weather", {
  description: "Current temperature of a city in °C",
  parameters: Schema.Struct({ city: Schema.String }),
  handler: ({ city }) => Effect.succeed({ city, celsius: 19 })
})

const Planet = Schema.Struct({
  name: Schema.String,
  moons: Schema.Number,
  rings: Schema.Boolean
}).annotations({ identifier: "Planet" })

export const program = Effect.gen(function*() {
  const sim = yield* Simulator.Simulator
  yield* Console.log(
    live
      ? `effect-openrouter demo — real OpenRouter API (${model}); fault scenarios on the embedded Simulator at ${sim.url}`
      : `effect-openrouter demo — no OPENROUTER_API_KEY: running against the embedded Simulator at ${sim.url}`
  )
  const openrouter = yield* OpenRouter.OpenRouter
  const faults = yield* FaultClient

  yield* title("1. a streamed answer, printed as it arrives")
  yield* openrouter.chatStream({
    model,
    messages: [{ role: "user", content: "In one sentence: why do LLM clients need retries?" }],
    max_tokens: 120
  }).pipe(
    Stream.runForEach((e) =>
      e._tag === "TextDelta"
        ? Effect.sync(() => process.stdout.write(e.text))
        : e._tag === "Done"
        ? Console.log(`\n   [${e.result.meta.servedModel}, first token ${e.result.meta.timeToFirstTokenMs} ms, $${e.result.usage?.cost ?? "?"}]`)
        : Effect.void
    )
  )

  yield* title("2. structured output, typed with Effect Schema")
  const planet = yield* Structured.generateObject(Planet, {
    model,
    messages: [{ role: "user", content: "Give me Saturn as JSON." }],
    max_tokens: 200
  }, { repair: 1 })
  yield* Console.log(`   ${JSON.stringify(planet.value)} (${planet.attempts} call)`)

  yield* title("3. a tool call and the loop that answers it")
  const loop = yield* Tools.runLoop({
    model,
    messages: [{ role: "user", content: "What is the temperature in Lisbon?" }],
    max_tokens: 200
  }, [Weather], { maxSteps: 3 })
  for (const step of loop.steps) {
    for (const { call, output } of step.calls) yield* Console.log(`   ${call.name}(${JSON.stringify(call.args)}) → ${JSON.stringify(output)}`)
  }
  yield* Console.log(`   final: ${clip(loop.result.text, 100)}`)

  yield* title("4. a 429 with Retry-After: 1 — the retry waits the hint")
  const limited = yield* faults.chat({ model: "sim/rate-limited", messages: [{ role: "user", content: "hi" }], max_tokens: 20 })
  yield* Console.log(`   ${attempts(limited)}`)

  yield* title("5. a dead model — retries, then the fallback model serves")
  const fallback = yield* faults.chat({ model: "sim/flaky-502-3", messages: [{ role: "user", content: "hi" }], max_tokens: 20 })
  yield* Console.log(`   ${attempts(fallback)}`)
  yield* Console.log(`   served by ${fallback.meta.servedModel} (fallback: ${fallback.meta.fallback})`)

  yield* title("6. the circuit breaker opens, then recovers")
  const breaker = yield* CircuitBreaker.CircuitBreaker
  const transitions = yield* breaker.transitions.pipe(
    Stream.filter((t) => t.key === "sim/flaky-502-3"),
    Stream.take(2),
    Stream.runCollect,
    Effect.fork
  )
  yield* Console.log(`   state after 3 failures: ${(yield* breaker.state("sim/flaky-502-3"))._tag}`)
  const skipped = yield* faults.chat({ model: "sim/flaky-502-3", messages: [{ role: "user", content: "again" }], max_tokens: 20 })
  yield* Console.log(`   while open: ${attempts(skipped)} (no request to the dead model)`)
  yield* Console.log("   waiting 1 s for the half-open probe…")
  yield* Effect.sleep("1100 millis")
  const probe = yield* faults.chat({ model: "sim/flaky-502-3", messages: [{ role: "user", content: "probe" }], max_tokens: 20 })
  yield* Console.log(`   probe: ${attempts(probe)}`)
  for (const t of yield* Fiber.join(transitions)) yield* Console.log(`   transition: ${t.from} → ${t.to}`)
  yield* Console.log(`   state now: ${(yield* breaker.state("sim/flaky-502-3"))._tag}`)

  yield* title("7. what it all cost (CostMeter)")
  const meter = yield* CostMeter.snapshot
  yield* Console.log(CostMeter.format(meter))

  yield* title("8. the same calls, on disk (usage ledger)")
  yield* Console.log(`   ${demoLedger} — npx tsx src/cli.ts usage --db ${demoLedger} --by model`)
  yield* Console.log(Ledger.formatTable(yield* Ledger.report({ by: "model", since: startedAt }), "model"))
  return meter
})

/** The demo's usage ledger (a fresh file per run unless DEMO_LEDGER names one). */
const demoLedger = process.env["DEMO_LEDGER"] ?? path.join(os.tmpdir(), `effect-openrouter-demo-${process.pid}`, "usage.db")
const startedAt = Date.now()

/** Everything the demo needs: one Simulator, one cost meter, one breaker and one ledger, shared by both clients. */
export const layer = (() => {
  const sim = Simulator.layer()
  const http = NodeHttpClient.layerUndici
  const shared = Layer.mergeAll(
    CostMeter.layer,
    CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(3), openDuration: "1 second" }),
    Layer.orDie(Ledger.layerSqlite({ filename: demoLedger, defaultTags: { feature: "demo" } }))
  )
  const mainClient = OpenRouter.layer.pipe(
    Layer.provide(live ? OpenRouterConfig.layerEnv : sim),
    Layer.provide(http),
    Layer.provide(shared)
  )
  const faultClient = Layer.scoped(FaultClient, OpenRouter.make).pipe(
    Layer.provide(Layer.mergeAll(
      Transport.layer.pipe(Layer.provideMerge(sim), Layer.provide(http)),
      RetryPolicy.layer({ maxRetries: 2, schedule: RetryPolicy.backoff({ base: "100 millis", jitter: false }) }),
      Fallback.layer({ models: ["sim/echo"] }),
      shared
    ))
  )
  return Layer.mergeAll(mainClient, faultClient, shared, sim)
})()

export const main = program.pipe(Effect.provide(layer))

if (isMain(import.meta.url)) {
  Effect.runPromise(main).then(
    () => process.exit(0),
    (e) => {
      console.error(String(e))
      process.exit(1)
    }
  )
}
