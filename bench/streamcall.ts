/**
 * The fixed cost of one short streamed call (a 20-chunk answer in one write, one request at a time)
 * along the ladder from the floor to our API, in one process, CPU per request (interleaved rounds,
 * medians):
 *
 * - `floor`: `undici.request`, the hand-written splitter, `JSON.parse` (clients.ts);
 * - `bytes`: the Node transport's `send` and its `pull` in one `Effect` loop, the bytes only counted;
 * - `split`: the same loop feeding the floor's splitter (so `split − bytes` is the floor's own
 *   decoding on this path, and `loop − split` what our decoder costs more);
 * - `loop`: the Node transport's `send` and its `pull`, fed to `ChatStream.makeDecoder`, in one
 *   `Effect` loop (a scope for the response): the least an Effect client over our transport does;
 * - `chat`: `chat` on the stream wire (the call pipeline on top of `loop`, default policies);
 * - `chatEvents`: the same with `onEvent` (the events handed to a callback);
 * - `bare`: a bare `Stream.fromPull` over the same `send` and decoder (clients.ts `makeBare`);
 * - `chatStream`: `chatStream` folded with `Stream.runFold`.
 *
 * So `chat − loop` is the pipeline's cost per call and `bare − loop` Effect's `Stream` per stream.
 *
 *   npx tsx bench/streamcall.ts [requests per round=200]   # V=floor,chat to pick variants
 *   WARMUP=25 ROUNDS=37 SERIES=1 …   # more warm-up rounds; SERIES=1 prints every round's figure
 *                                   # (how long the warm-up lasts: docs/benchmarks.md, Method)
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Agent } from "undici"
import * as ChatStream from "../src/ChatStream.js"
import * as NodeTransport from "../src/NodeTransport.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { baseUrlFor, sse } from "./bodies.js"
import { API_KEY, CHAT_REQUEST, makeBare, makeFloor, makeOurs, makeSplitter } from "./clients.js"
import { startServer } from "./measure.js"
import { median } from "./stats.js"

const N = Number(process.argv[2] ?? 200)
const ROUNDS = Number(process.env["ROUNDS"] ?? 9)
const WARMUP = Number(process.env["WARMUP"] ?? 2)
const { child, port } = await startServer()
const plan = sse(20, { write: 64 * 1024 })
const ours = makeOurs(port)
const floor = makeFloor(port)
const bare = makeBare(port)
await ours.prepare([plan])
await bare.prepare([plan])
const config = await Effect.runPromise(OpenRouterConfig.make({ apiKey: API_KEY, baseUrl: baseUrlFor(port, plan) }))
const transport = NodeTransport.makeWith(config, new Agent())
const request = { method: "POST", path: "/chat/completions", body: { ...CHAT_REQUEST, stream: true }, accept: "sse" } as const
const loop = Effect.scoped(Effect.gen(function*() {
  const response = yield* Effect.orDie(transport.send(request))
  const decoder = ChatStream.makeDecoder({})
  let events = 0
  while (true) {
    const read = yield* Effect.option(response.pull ?? Effect.fail(Option.none()))
    if (Option.isNone(read)) break
    for (const bytes of read.value) events += decoder.feed(bytes).events.length
  }
  return events + decoder.end().events.length
}))
/** `send` and `pull` in one Effect loop, each read handed to `feed`. */
const readAll = <A>(make: () => { readonly feed: (bytes: Uint8Array) => void; readonly result: () => A }) =>
  Effect.scoped(Effect.gen(function*() {
    const response = yield* Effect.orDie(transport.send(request))
    const sink = make()
    while (true) {
      const read = yield* Effect.option(response.pull ?? Effect.fail(Option.none()))
      if (Option.isNone(read)) break
      for (const bytes of read.value) sink.feed(bytes)
    }
    return sink.result()
  }))
const bytes = readAll(() => {
  let n = 0
  return { feed: (b: Uint8Array) => void (n += b.length), result: () => n }
})
const split = readAll(makeSplitter)
const sequential = (one: () => Promise<unknown>) => async () => {
  for (let i = 0; i < N; i++) await one()
}
const variants: Record<string, () => Promise<unknown>> = {
  floor: sequential(() => floor.stream(plan)),
  bytes: sequential(() => Effect.runPromise(bytes)),
  split: sequential(() => Effect.runPromise(split)),
  loop: sequential(() => Effect.runPromise(loop)),
  chat: () => ours.chatRequests(plan, N, 1),
  chatEvents: sequential(() => ours.chatEvents(plan)),
  bare: sequential(() => bare.stream(plan)),
  chatStream: sequential(() => ours.stream(plan))
}
const names = (process.env["V"] ?? Object.keys(variants).join(",")).split(",")
const samples: Record<string, Array<number>> = {}
const series: Record<string, Array<number>> = {}
for (let r = 0; r < ROUNDS; r++) {
  for (const name of r % 2 === 1 ? names : [...names].reverse()) {
    const run = variants[name]
    if (run === undefined) throw new Error(`no variant ${name}`)
    const before = process.cpuUsage()
    await run()
    const used = process.cpuUsage(before)
    const perRequest = (used.user + used.system) / N
    if (process.env["SERIES"] === "1") (series[name] ??= []).push(perRequest)
    if (r >= WARMUP) (samples[name] ??= []).push(perRequest)
  }
}
for (const [name, xs] of Object.entries(series)) console.log(`${name.padEnd(11)} every round: ${xs.map((x) => x.toFixed(0)).join(" ")}`)
const floorMedian = median(samples["floor"] ?? [Number.NaN])
for (const name of names) {
  const m = median(samples[name] ?? [])
  console.log(`${name.padEnd(11)} ${m.toFixed(0).padStart(6)} µs CPU per request  ${(m / floorMedian).toFixed(2)}× the floor`)
}
child.kill()
await ours.dispose()
await bare.dispose()
process.exit(0)
