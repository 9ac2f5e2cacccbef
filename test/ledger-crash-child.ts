/**
 * The child process of the ledger crash test: makes calls against the Simulator at argv[2] with
 * a ledger in the SQLite file argv[3], forever, 6 at a time, each call labelled with its number
 * (also sent as the `x-ledger-call` header so the test can match the Simulator's requests to
 * rows). Prints `settled <n>` after each call. The test kills it with SIGKILL.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Effect, Layer } from "effect"
import * as Ledger from "../src/ledger.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"

const [baseUrl, filename] = process.argv.slice(2)
if (baseUrl === undefined || filename === undefined) throw new Error("usage: ledger-crash-child <simulator url> <db file>")

let next = 0
let settled = 0
const worker = Effect.gen(function*() {
  const or = yield* OpenRouter.OpenRouter
  while (true) {
    const n = next++
    // Every third call is a plain JSON call; the others stream slowly.
    yield* Effect.either(or.chat(
      { model: n % 5 === 4 ? "sim/flaky-503-1" : "sim/echo", messages: [{ role: "user", content: `crash test call ${n}` }] },
      {
        tags: { tenant: "crash", labels: { call: String(n) } },
        headers: { "x-ledger-call": String(n), "x-sim-chunk-delay-ms": "25" },
        ...(n % 3 === 0 ? { wire: "json" as const } : {})
      }
    ))
    settled++
    process.stdout.write(`settled ${settled}\n`)
  }
})

const Live = OpenRouter.layer.pipe(
  Layer.provide(RetryPolicy.layer({ maxRetries: 2 })),
  Layer.provide(Ledger.layerSqlite({ filename })),
  Layer.provide(OpenRouterConfig.layer({ apiKey: Simulator.API_KEY, baseUrl })),
  Layer.provide(NodeHttpClient.layerUndici)
)

Effect.runPromise(Effect.all(Array.from({ length: 6 }, () => worker), { concurrency: "unbounded" }).pipe(Effect.provide(Live)))
