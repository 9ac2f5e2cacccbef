/**
 * The pipeline's own CPU per call, without a network: `chat(…, { wire: "json" })` over a
 * transport that answers at once with a decoded completion (the same value every time), against
 * that transport called alone — so what is left is the library's per-call work (validation,
 * stages, metering, telemetry), measured in one process without I/O noise.
 *
 *   npx tsx bench/overhead.ts [calls=20000] [rounds=7]
 *   STREAM=1 …                                      # `chat` on the stream wire too (20 chunks, one read)
 *   PROFILE=<entry> npx tsx bench/overhead.ts [calls]  # a CPU profile of one entry (e.g. "stream, default");
 *                                                   # CALLERS=<function> also prints the paths into it
 *   ALLOC=1 npx tsx bench/overhead.ts [calls=5000]   # bytes allocated per call instead (sampled by
 *                                                   # V8's heap profiler: steady on a busy machine)
 *
 * A working tool for issue 11's "pay for what is used"; the end-to-end figures are `run.ts` (e).
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
process.setSourceMapsEnabled(true)
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Runtime from "effect/Runtime"
import * as Stream from "effect/Stream"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Telemetry from "../src/Telemetry.js"
import * as Transport from "../src/Transport.js"
import { jsonBody, sseEvents } from "./bodies.js"
import { API_KEY, CHAT_REQUEST } from "./clients.js"
import { type AllocNode, allocationSites } from "./profile-top.js"
import { median } from "./stats.js"

const CALLS = Number(process.argv[2] ?? 20_000)
const ROUNDS = Number(process.argv[3] ?? 7)
const parsed: unknown = JSON.parse(jsonBody)
const response: Transport.TransportResponse = {
  status: 200,
  headers: { "content-type": "application/json" },
  generationId: undefined,
  sentAt: 0,
  headersAt: 0,
  json: Effect.succeed(parsed),
  stream: Stream.empty,
  abort: Effect.void
}
/** A 20-chunk SSE answer in one read (the stream wire's fixed cost per call, `STREAM=1`). */
const sseBytes = new TextEncoder().encode(sseEvents(20).join(""))
const sseResponse = (): Transport.TransportResponse => {
  let sent = false
  return {
    status: 200,
    headers: { "content-type": "text/event-stream" },
    generationId: undefined,
    sentAt: 0,
    headersAt: 0,
    json: Effect.die("not JSON"),
    stream: Stream.make(sseBytes),
    pull: Effect.suspend(() => {
      if (sent) return Effect.fail(Option.none())
      sent = true
      return Effect.succeed(Chunk.of(sseBytes))
    }),
    abort: Effect.void
  }
}
/** Answers every `json` request at once: decode of the canned body with the caller's schema. */
const instant: Transport.Service = {
  deadlines: true,
  send: () => Effect.sync(sseResponse),
  json: (_request, schema) => {
    const answer = Effect.map(Transport.decodeWith(schema)(parsed, 200), (value) => ({ value, response })).pipe(Effect.orDie)
    // ASYNC=1: answered on a later turn of the event loop, as a socket would
    return process.env["ASYNC"] === "1"
      ? Effect.zipRight(Effect.async<void>((resume) => void setImmediate(() => resume(Effect.void))), answer)
      : answer
  }
}
const config = Layer.orDie(OpenRouterConfig.layer({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:1/api/v1" }))
const variants: Record<string, Layer.Layer<OpenRouter.OpenRouter>> = {
  "retry none": OpenRouter.layerWithTransport.pipe(
    Layer.provide(Layer.mergeAll(Layer.succeed(Transport.Transport, instant), RetryPolicy.none)),
    Layer.provide(config)
  ),
  "default policies": OpenRouter.layerWithTransport.pipe(
    Layer.provide(Layer.mergeAll(Layer.succeed(Transport.Transport, instant), OpenRouter.defaultPolicies)),
    Layer.provide(config)
  )
}
const clients: Record<string, OpenRouter.Service> = {}
for (const [name, layer] of Object.entries(variants)) {
  const runtime = ManagedRuntime.make(layer)
  clients[name] = Context.get(await runtime.runPromise(Effect.context<OpenRouter.OpenRouter>()), OpenRouter.OpenRouter)
}

const { ChatCompletion } = await import("../src/ChatCompletion.js")
const entries: Record<string, () => Promise<unknown>> = {
  "transport alone": () => Effect.runPromise(instant.json({ method: "POST", path: "/chat/completions" }, ChatCompletion))
}
if (process.env["STREAM"] === "1") {
  // the least an Effect client does on the stream wire: `send`, one pull loop, the decoder (so
  // `chat stream − stream loop` is the pipeline's own work per call)
  const { makeDecoder } = await import("../src/ChatStream.js")
  const loop = Effect.scoped(Effect.gen(function*() {
    const sent = yield* Effect.orDie(instant.send({ method: "POST", path: "/chat/completions", body: { ...CHAT_REQUEST, stream: true }, accept: "sse" }))
    const decoder = makeDecoder({})
    let events = 0
    while (true) {
      const read = yield* Effect.option(sent.pull ?? Effect.fail(Option.none()))
      if (Option.isNone(read)) break
      for (const bytes of read.value) events += decoder.feed(bytes).events.length
    }
    return events + decoder.end().events.length
  }))
  entries["stream loop (send, pull, decoder)"] = () => Effect.runPromise(loop)
}
const offRuntime = Runtime.defaultRuntime.pipe(Runtime.provideService(Telemetry.Telemetry, Telemetry.make({ metrics: false })))
for (const [name, client] of Object.entries(clients)) {
  entries[`chat json, ${name}`] = () => Effect.runPromise(client.chat(CHAT_REQUEST, { wire: "json" }))
  if (name === "default policies") {
    // `Telemetry.layer({ metrics: false })` in the program's context (here: the runtime's)
    entries["chat json, default, metrics off"] = () => Runtime.runPromise(offRuntime)(client.chat(CHAT_REQUEST, { wire: "json" }))
    if (process.env["STREAM"] === "1") entries["chat stream, default, metrics off"] = () => Runtime.runPromise(offRuntime)(client.chat(CHAT_REQUEST))
  }
  // STREAM=1: `chat` on the stream wire too (a 20-chunk answer in one read)
  if (process.env["STREAM"] === "1") entries[`chat stream, ${name}`] = () => Effect.runPromise(client.chat(CHAT_REQUEST))
}
if (process.env["PROFILE"] !== undefined) {
  // PROFILE=<entry name part>: a CPU profile of that entry alone, positions mapped to the sources
  const inspector = await import("node:inspector/promises")
  const { findSourceMap } = await import("node:module")
  const { mapToSources, summarize } = await import("./profile-top.js")
  const [name, run] = Object.entries(entries).find(([k]) => k.includes(process.env["PROFILE"] ?? "")) ?? []
  if (run === undefined) throw new Error(`no entry matches ${process.env["PROFILE"]}`)
  for (let k = 0; k < 500; k++) await run()
  const session = new inspector.Session()
  session.connect()
  await session.post("Profiler.enable")
  await session.post("Profiler.setSamplingInterval", { interval: 50 })
  await session.post("Profiler.start")
  for (let k = 0; k < CALLS; k++) await run()
  const { profile } = await session.post("Profiler.stop")
  mapToSources(profile, findSourceMap)
  if (process.env["DUMP"] !== undefined) (await import("node:fs")).writeFileSync(process.env["DUMP"], JSON.stringify(profile))
  console.log(name)
  console.log(summarize(profile as never, Number(process.env["TOP"] ?? 40)))
  if (process.env["CALLERS"] !== undefined) {
    // CALLERS=<function name>: the call paths into it, heaviest first
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map<number, number>()
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
    const hits = new Map<number, number>()
    for (const id of profile.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1)
    const paths = new Map<string, number>()
    for (const n of profile.nodes) {
      if (n.callFrame.functionName !== process.env["CALLERS"]) continue
      const chain: Array<string> = []
      for (let p = parent.get(n.id); p !== undefined && chain.length < 8; p = parent.get(p)) {
        const f = byId.get(p)?.callFrame
        if (f !== undefined) chain.push(`${f.functionName || "(anon)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber}`)
      }
      const key = chain.join(" < ")
      paths.set(key, (paths.get(key) ?? 0) + (hits.get(n.id) ?? 0))
    }
    for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(v, k)
  }
  process.exit(0)
}
if (process.env["ALLOC"] === "1") {
  const inspector = await import("node:inspector/promises")
  const { findSourceMap } = await import("node:module")
  const session = new inspector.Session()
  session.connect()
  await session.post("HeapProfiler.enable")
  for (const [name, run] of Object.entries(entries)) {
    for (let k = 0; k < 500; k++) await run()
    await session.post("HeapProfiler.startSampling", {
      samplingInterval: 256,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true
    } as never)
    for (let k = 0; k < CALLS; k++) await run()
    const { profile } = await session.post("HeapProfiler.stopSampling")
    const { byFn, total } = allocationSites(profile.head as unknown as AllocNode, findSourceMap)
    console.log(`${name.padEnd(28)} ${(total / CALLS / 1024).toFixed(2)} KB allocated per call`)
    if (process.env["TOP"] !== undefined) {
      for (const [k, b] of [...byFn].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env["TOP"]))) {
        console.log(`   ${(b / CALLS).toFixed(0).padStart(6)} B  ${k}`)
      }
    }
  }
  process.exit(0)
}
const results: Record<string, Array<number>> = {}
for (let round = 0; round < ROUNDS + 1; round++) {
  const names = Object.keys(entries)
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length] as string
    const run = entries[name] as () => Promise<unknown>
    const c0 = process.cpuUsage()
    for (let k = 0; k < CALLS; k++) await run()
    const c = process.cpuUsage(c0)
    if (round > 0) (results[name] ??= []).push((c.user + c.system) / CALLS)
  }
}
// The minimum over rounds as well as the median: on a shared machine the other processes only
// ever add time, so the minimum is the steadier estimate of what a call costs.
const base = median(results["transport alone"] ?? [])
const baseMin = Math.min(...(results["transport alone"] ?? []))
for (const [name, xs] of Object.entries(results)) {
  const m = median(xs)
  const min = Math.min(...xs)
  console.log(
    `${name.padEnd(28)} median ${m.toFixed(1).padStart(7)} µs/call (+${(m - base).toFixed(1)})   min ${min.toFixed(1).padStart(7)} (+${(min - baseMin).toFixed(1)})`
  )
}
