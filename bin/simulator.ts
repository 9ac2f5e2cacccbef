/**
 * Runs the OpenRouter Simulator on 127.0.0.1 until Ctrl-C / SIGTERM (or `--max-seconds`).
 *
 *   npx tsx bin/simulator.ts --port 8787
 *
 * Then point any OpenRouter client at it:
 *
 *   OPENROUTER_BASE_URL=http://127.0.0.1:8787/api/v1 OPENROUTER_API_KEY=sk-or-v1-sim-… node app.js
 *
 * @since 0.1.0
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { parseArgs } from "node:util"
import * as Simulator from "../src/Simulator.js"

const usage = `Usage: npx tsx bin/simulator.ts [options]

Options:
  --port <n>                  Port on 127.0.0.1 (default 8787; 0 picks a free one)
  --max-seconds <n>           Stop after this many seconds (default: run until Ctrl-C / SIGTERM)
  --api-key <key>             The key clients should send (default ${Simulator.API_KEY})
  --require-api-key           Answer 401 to any other key (default: any bearer token is accepted)
  --chunk-delay-ms <n>        Pause between SSE data events (default 5)
  --keepalive-ms <n>          Keepalive period of slow-first-token (default 50)
  --first-token-delay-ms <n>  Delay of slow-first-token (default 300)
  --max-response-ms <n>       Cap on any one response, stalls included (default 30000)
  --generation-delay-ms <n>   GET /generation answers 404 for this long after a generation (default 0)
  --quiet                     Do not print one line per request
  -h, --help                  Show this help

Scenarios: use model "sim/<scenario>" or the header "x-sim-scenario: <scenario>".
${Simulator.scenarios.map((s) => `  ${s.name.padEnd(24)}${s.description}`).join("\n")}
Other headers: x-sim-fail-count, x-sim-retry-after, x-sim-status, x-sim-chunks, x-sim-delay-ms,
x-sim-keepalive-ms, x-sim-chunk-delay-ms, x-sim-max-context, x-sim-reasons.
Models: ${Simulator.models.join(", ")} (any other sim/ id is served with sim/echo's prices; other ids get OpenRouter's 400 "… is not a valid model ID").
`

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "max-seconds": { type: "string" },
    "api-key": { type: "string" },
    "require-api-key": { type: "boolean" },
    "chunk-delay-ms": { type: "string" },
    "keepalive-ms": { type: "string" },
    "first-token-delay-ms": { type: "string" },
    "max-response-ms": { type: "string" },
    "generation-delay-ms": { type: "string" },
    quiet: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  },
  strict: true
})

const numberOption = (name: string, raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isFinite(n) || n < 0) {
    process.stderr.write(`--${name} must be a non-negative number, got ${JSON.stringify(raw)}\n`)
    process.exit(2)
  }
  return n
}

if (values.help === true) {
  process.stdout.write(usage)
  process.exit(0)
}

const port = numberOption("port", values.port) ?? 8787
const maxSeconds = numberOption("max-seconds", values["max-seconds"])

const timingFlags: ReadonlyArray<readonly [keyof Simulator.Timings, keyof typeof values]> = [
  ["chunkDelay", "chunk-delay-ms"],
  ["keepaliveInterval", "keepalive-ms"],
  ["firstTokenDelay", "first-token-delay-ms"],
  ["maxResponse", "max-response-ms"],
  ["generationDelay", "generation-delay-ms"]
]
const timings: Partial<Record<keyof Simulator.Timings, Duration.Duration>> = {}
for (const [key, flag] of timingFlags) {
  const raw = values[flag]
  const n = numberOption(flag, typeof raw === "string" ? raw : undefined)
  if (n !== undefined) timings[key] = Duration.millis(n)
}

const program = Effect.scoped(
  Effect.gen(function*() {
    const sim = yield* Simulator.serve({
      port,
      apiKey: values["api-key"],
      requireApiKey: values["require-api-key"] === true,
      timings,
      onRequest: values.quiet === true ? undefined : (r) =>
        process.stdout.write(
          `${new Date().toISOString()} ${r.method} ${r.path}${r.model !== undefined ? ` ${r.model}` : ""}${
            r.scenario !== undefined ? ` [${r.scenario}]` : ""
          }\n`
        )
    })
    yield* Console.log(
      [
        `OpenRouter Simulator listening on ${sim.url}`,
        `  OPENROUTER_BASE_URL=${sim.url}`,
        `  OPENROUTER_API_KEY=${sim.apiKey}`,
        maxSeconds !== undefined ? `Stops after ${maxSeconds} s; Ctrl-C to stop earlier.` : "Ctrl-C to stop."
      ].join("\n")
    )
    yield* Effect.addFinalizer(() => Console.log("Simulator stopped."))
    if (maxSeconds === undefined) return yield* Effect.never
    yield* Effect.sleep(Duration.seconds(maxSeconds))
  })
)

NodeRuntime.runMain(program)
