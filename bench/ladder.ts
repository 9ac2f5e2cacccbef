/**
 * Where the cost above the floor goes: the same request measured at each layer of the stack, from
 * the raw floor up to the full client, interleaved round by round like `run.ts`.
 *
 *   npx tsx bench/ladder.ts [--quick]
 *
 * Streaming (1 × 10,000 chunks in 64 KB reads; 50 streams × 250 chunks paced 2 ms apart; 50
 * streams × 20 chunks at once, for the fixed cost of a stream):
 *   floor       undici.request + for-await + minimal splitter + JSON.parse
 *   platform    @effect/platform HttpClient (NodeHttpClient.layerUndici): response.stream folded
 *               through the same minimal splitter — the cost of the Effect HTTP client and Stream
 *   +decoder    the same response.stream through `ChatStream.decodeEvents` (SSE parser, fast
 *               chunk check, Accumulator, one Channel step per read)
 *   transport   `Transport.send` (headers, bearer, scope per request, error mapping) + decodeEvents
 *   chatStream  the full client: validation, policies, spans and metrics, watchdog, toPull /
 *               repeatEffectChunkOption, Done event
 * Non-streaming (concurrency 1):
 *   floor, platform (execute + response.json), transport.json with Schema.Unknown, transport.json
 *   with ChatCompletion, chat wire:"json".
 * Plus synchronous per-call costs of pieces of the JSON path (Schema encode of the request,
 * Schema decode of the response, a span, the result metrics).
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as Effect from "effect/Effect"
import * as ExecutionStrategy from "effect/ExecutionStrategy"
import * as Metric from "effect/Metric"
import * as Schema from "effect/Schema"
import * as Scope from "effect/Scope"
import { ChatCompletion } from "../src/ChatCompletion.js"
import { ChatRequest } from "../src/ChatRequest.js"
import { redactString } from "../src/internal/redact.js"
import * as Telemetry from "../src/Telemetry.js"
import { jsonBody, sse } from "./bodies.js"
import { CHAT_REQUEST, makeFloor, makeOurs } from "./clients.js"
import { ensureGc, interleave, type Sample, startServer } from "./measure.js"
import { makeStages } from "./stages.js"
import { fmt, median, spread } from "./stats.js"

ensureGc(import.meta.url)
const QUICK = process.argv.includes("--quick")
const rounds = (n: number) => (QUICK ? Math.max(2, Math.ceil(n / 3)) : n)

const { child, port } = await startServer()
const floor = makeFloor(port)
const ours = makeOurs(port)
const A = sse(10_000, { write: 64 * 1024 })
const D = sse(250, { write: 0, pace: 2 })
await ours.prepare([A, D, sse(20)])

const stages = await makeStages(port, [A, D, sse(20)])
const many = <A>(n: number, one: () => Promise<A>) => () => Promise.all(Array.from({ length: n }, one))

const table = (title: string, unit: string, per: number, samples: Record<string, Array<Sample>>) => {
  const floorCpu = median((samples["floor"] as Array<Sample>).map((x) => x.cpu))
  console.log(`\n${title}`)
  console.log(`| layer | CPU ${unit} | vs floor | step | noise |`)
  console.log("|---|--:|--:|--:|--:|")
  // "step" is the difference to the previous layer; rows named "↳ …" are variants of the layer
  // above them (their step is relative to it, and they are not a layer themselves)
  let prev = floorCpu
  for (const [k, xs] of Object.entries(samples)) {
    const cpu = median(xs.map((x) => x.cpu))
    const step = (cpu - prev) * per
    console.log(
      `| ${k} | ${fmt(cpu * per)} | ${fmt(cpu / floorCpu, 2)}× | ${k === "floor" ? "" : `${step >= 0 ? "+" : ""}${fmt(step)}`} | ±${fmt(spread(xs.map((x) => x.cpu)), 0)}% |`
    )
    if (!k.startsWith("↳")) prev = cpu
  }
}

// --- streaming: one stream, 64 KB reads ------------------------------------------------------
{
  const samples = await interleave(rounds(3), rounds(12), {
    floor: () => floor.stream(A),
    platform: () => stages.platformStream(A),
    "+decoder": () => stages.platformDecoder(A),
    transport: () => stages.transportDecoder(A),
    "↳ prototype: one fused pull loop": () => stages.fused(A),
    "↳ prototype: fused loop on the undici body": () => stages.direct(A),
    chatStream: () => ours.stream(A)
  })
  table("1 × 10,000 chunks, 64 KB reads", "ns per chunk", 1e6 / 10_000, samples)
}

// --- streaming: paced, ~1 event per read ---------------------------------------------------
{
  const samples = await interleave(rounds(1), rounds(5), {
    floor: many(50, () => floor.stream(D)),
    platform: () => stages.platformStreamMany(D, 50),
    "+decoder": () => stages.platformDecoderMany(D, 50),
    transport: () => stages.transportDecoderMany(D, 50),
    "↳ prototype: one fused pull loop": () => stages.fusedMany(D, 50),
    "↳ prototype: fused loop on the undici body": () => stages.directMany(D, 50),
    chatStream: () => ours.streamMany(D, 50)
  })
  table("50 streams × 250 chunks paced 2 ms (~1 event per read)", "µs per chunk", 1000 / (50 * 250), samples)
}

// --- streaming: fixed cost per stream (50 short streams at once) ------------------------------
{
  const S = sse(20)
  const samples = await interleave(rounds(2), rounds(8), {
    floor: many(50, () => floor.stream(S)),
    platform: () => stages.platformStreamMany(S, 50),
    "+decoder": () => stages.platformDecoderMany(S, 50),
    transport: () => stages.transportDecoderMany(S, 50),
    "↳ prototype: one fused pull loop": () => stages.fusedMany(S, 50),
    "↳ prototype: fused loop on the undici body": () => stages.directMany(S, 50),
    chatStream: () => ours.streamMany(S, 50)
  })
  table("50 streams × 20 chunks at once (the fixed cost of a stream)", "µs per stream", 1000 / 50, samples)
}

// --- non-streaming, concurrency 1 -------------------------------------------------------------
{
  const N = 300
  const seq = (one: () => Promise<unknown>) => async () => {
    for (let i = 0; i < N; i++) await one()
  }
  const samples = await interleave(rounds(1), rounds(6), {
    floor: seq(() => floor.json()),
    platform: seq(stages.platformJson),
    "↳ platform, http span off": seq(stages.platformJsonNoSpan),
    "↳ platform, body read via response.stream": seq(stages.platformJsonViaStream),
    "transport.json(Unknown)": seq(stages.transportJsonUnknown),
    "transport.json(ChatCompletion)": seq(stages.transportJson),
    "chat json": seq(() => ours.json())
  })
  table(`non-streaming chat, ${N} requests at concurrency 1`, "µs per request", 1000 / N, samples)
}

// --- synchronous pieces of the JSON path ------------------------------------------------------
{
  const perCall = (n: number, f: () => void): number => {
    for (let i = 0; i < 2000; i++) f()
    const xs: Array<number> = []
    for (let r = 0; r < 7; r++) {
      const c0 = process.cpuUsage()
      for (let i = 0; i < n; i++) f()
      const c = process.cpuUsage(c0)
      xs.push((c.user + c.system) / n)
    }
    return median(xs)
  }
  const cachedHistogram = Telemetry.tagHistogram(Telemetry.metrics.requestDuration, { "gen_ai.request.model": "openai/gpt-4o-mini" })
  const encode = Schema.encodeUnknown(ChatRequest, { onExcessProperty: "preserve", errors: "all" })
  const decode = Schema.decodeUnknown(ChatCompletion, { onExcessProperty: "preserve", errors: "first" })
  const parsed = JSON.parse(jsonBody) as unknown
  const result: Telemetry.ResultAttributes = {
    requestedModel: "openai/gpt-4o-mini",
    responseModel: "openai/gpt-4o-mini",
    responseId: "gen-1",
    provider: "OpenAI",
    outcome: "success",
    usage: (parsed as { usage: never }).usage,
    finishReasons: ["stop"],
    durationMs: 12,
    retries: 0
  }
  console.log("\nsynchronous pieces of one call (µs CPU per call, Effect.runSync)")
  console.log("| piece | µs |")
  console.log("|---|--:|")
  const rows: Array<[string, () => void]> = [
    ["JSON.parse of the ~1 KB response (for scale)", () => JSON.parse(jsonBody)],
    ["Schema encode ChatRequest (validateRequest)", () => Effect.runSync(encode(CHAT_REQUEST))],
    ["Schema decode ChatCompletion (transport.json)", () => Effect.runSync(decode(parsed))],
    ["Telemetry.recordResult (span annotations + 6 openrouter.* and up to 4 gen_ai.* metric updates)", () => Effect.runSync(Telemetry.recordResult(result))],
    ["  one Telemetry.tagHistogram + Metric.update", () =>
      Effect.runSync(Metric.update(Telemetry.tagHistogram(Telemetry.metrics.requestDuration, { "gen_ai.request.model": "openai/gpt-4o-mini" }), 12))],
    ["  the same update on a histogram tagged once (cached)", () => Effect.runSync(Metric.update(cachedHistogram, 12))],
    ["  redactString of one attribute value", () => redactString("openai/gpt-4o-mini")],
    ["Effect.withSpan around Effect.void", () => Effect.runSync(Effect.withSpan(Effect.void, "x"))],
    ["Effect.void (runSync floor)", () => Effect.runSync(Effect.void)]
  ]
  for (const [name, f] of rows) console.log(`| ${name} | ${fmt(perCall(2000, f))} |`)
}

// --- asynchronous pieces: what wrapping one async step costs ----------------------------------
{
  const N = 5000
  const perCall = async (f: () => Promise<unknown>): Promise<number> => {
    for (let i = 0; i < 500; i++) await f()
    const xs: Array<number> = []
    for (let r = 0; r < 5; r++) {
      const c0 = process.cpuUsage()
      for (let i = 0; i < N; i++) await f()
      const c = process.cpuUsage(c0)
      xs.push((c.user + c.system) / N)
    }
    return median(xs)
  }
  const step = Effect.async<void>((resume) => {
    setImmediate(() => resume(Effect.void))
  })
  const timed = Effect.timeoutFail(step, { duration: "60 seconds", onTimeout: () => new Error("timeout") })
  const scoped = Effect.scoped(Effect.flatMap(Effect.scope, (parent) => Effect.flatMap(Scope.fork(parent, ExecutionStrategy.sequential), () => step)))
  const spanned = Effect.withSpan(step, "x")
  const base = await perCall(() => Effect.runPromise(step))
  console.log("\nasynchronous wrappers around one async step (µs CPU per call above the bare step)")
  console.log("| wrapper | µs |")
  console.log("|---|--:|")
  console.log(`| (bare step: Effect.runPromise of one Effect.async) | ${fmt(base)} |`)
  for (const [name, e] of [
    ["Effect.timeoutFail (headers, firstContent, deadline timeouts)", timed],
    ["Effect.scoped + Scope.fork (attempt / request scopes)", scoped],
    ["Effect.withSpan", spanned]
  ] as const) {
    console.log(`| ${name} | +${fmt((await perCall(() => Effect.runPromise(e as Effect.Effect<void, Error>))) - base)} |`)
  }
}

await ours.dispose()
await stages.dispose()
child.kill()
process.exit(0)
