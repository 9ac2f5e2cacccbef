/**
 * Where the cost above the floor goes: the same request measured at each layer of the stack, from
 * the raw floor up to the full client, interleaved round by round like `run.ts`.
 *
 *   npx tsx bench/ladder.ts [--quick]
 *
 * Streaming (1 × 10,000 chunks in 64 KB reads, and 50 streams × 250 chunks paced 2 ms apart):
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
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { ChatCompletion } from "../src/ChatCompletion.js"
import { ChatRequest } from "../src/ChatRequest.js"
import * as ChatStream from "../src/ChatStream.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as Telemetry from "../src/Telemetry.js"
import * as Transport from "../src/Transport.js"
import { baseUrlFor, json as jsonScenario, jsonBody, type Scenario, sse } from "./bodies.js"
import { API_KEY, CHAT_REQUEST, makeFloor, makeOurs } from "./clients.js"
import { ensureGc, interleave, type Sample, startServer } from "./measure.js"
import { fmt, median, spread } from "./stats.js"

ensureGc(import.meta.url)
const QUICK = process.argv.includes("--quick")
const rounds = (n: number) => (QUICK ? Math.max(2, Math.ceil(n / 3)) : n)

const { child, port } = await startServer()
const floor = makeFloor(port)
const ours = makeOurs(port)
const A = sse(10_000, { write: 64 * 1024 })
const D = sse(250, { write: 0, pace: 2 })
await ours.prepare([A, D])

const runtime = ManagedRuntime.make(NodeHttpClient.layerUndici)
const client = await runtime.runPromise(HttpClient.HttpClient)
const transportFor = async (s: Scenario): Promise<Transport.Service> =>
  runtime.runPromise(
    Effect.orDie(
      Layer.build(Transport.layer.pipe(Layer.provide(OpenRouterConfig.layer({ apiKey: API_KEY, baseUrl: baseUrlFor(port, s) }))))
    ).pipe(Effect.map(Context.get(Transport.Transport)), Effect.scoped)
  )
const transports = new Map<Scenario, Transport.Service>()
for (const s of [A, D, jsonScenario]) transports.set(s, await transportFor(s))

const SSE_BODY = { ...CHAT_REQUEST, stream: true }
const JSON_BODY = { ...CHAT_REQUEST, stream: false }
const post = (s: Scenario, body: unknown, accept: string) =>
  HttpClientRequest.post(`${baseUrlFor(port, s)}/chat/completions`).pipe(
    HttpClientRequest.setHeaders({ authorization: `Bearer ${API_KEY}`, accept }),
    HttpClientRequest.bodyUnsafeJson(body)
  )

// the floor's splitter, reused over the platform's stream
const splitterFold = (acc: { rest: string; parts: Array<string>; decoder: TextDecoder }, bytes: Uint8Array) => {
  const s = acc.rest + acc.decoder.decode(bytes, { stream: true })
  let start = 0
  let nl = s.indexOf("\n", start)
  while (nl !== -1) {
    if (s.startsWith("data: ", start)) {
      const data = s.slice(start + 6, nl)
      if (data !== "[DONE]") {
        const c = (JSON.parse(data) as { choices?: Array<{ delta?: { content?: unknown } }> }).choices?.[0]?.delta?.content
        if (typeof c === "string" && c.length > 0) acc.parts.push(c)
      }
    }
    start = nl + 1
    nl = s.indexOf("\n", start)
  }
  acc.rest = s.slice(start)
  return acc
}

const platformStream = (s: Scenario) =>
  Effect.scoped(
    Effect.flatMap(client.execute(post(s, SSE_BODY, "text/event-stream")), (res) =>
      Stream.runFold(res.stream, { rest: "", parts: [] as Array<string>, decoder: new TextDecoder() }, splitterFold).pipe(
        Effect.map((acc) => acc.parts.join("").length)
      ))
  )
const countText = (stream: Stream.Stream<ChatStream.ChatStreamEvent, unknown>) =>
  Stream.runFold(stream, 0, (n, e) => (e._tag === "TextDelta" ? n + 1 : n))
const platformDecoder = (s: Scenario) =>
  Effect.scoped(
    Effect.flatMap(client.execute(post(s, SSE_BODY, "text/event-stream")), (res) =>
      countText(ChatStream.decodeEvents({})(res.stream).stream))
  )
const transportDecoder = (s: Scenario) =>
  Effect.scoped(
    Effect.flatMap(
      (transports.get(s) as Transport.Service).send({ method: "POST", path: "/chat/completions", body: SSE_BODY, accept: "sse" }),
      (res) => countText(ChatStream.decodeEvents({})(res.stream).stream)
    )
  )

const many = <A>(n: number, one: () => Promise<A>) => () => Promise.all(Array.from({ length: n }, one))
const manyEffect = <A, E>(n: number, one: () => Effect.Effect<A, E>) => () =>
  runtime.runPromise(Effect.all(Array.from({ length: n }, one), { concurrency: "unbounded" }))

const table = (title: string, unit: string, per: number, samples: Record<string, Array<Sample>>) => {
  const floorCpu = median((samples["floor"] as Array<Sample>).map((x) => x.cpu))
  console.log(`\n${title}`)
  console.log(`| layer | CPU ${unit} | vs floor | step | noise |`)
  console.log("|---|--:|--:|--:|--:|")
  let prev = floorCpu
  for (const [k, xs] of Object.entries(samples)) {
    const cpu = median(xs.map((x) => x.cpu))
    console.log(
      `| ${k} | ${fmt((cpu * per))} | ${fmt(cpu / floorCpu, 2)}× | ${k === "floor" ? "" : `+${fmt((cpu - prev) * per)}`} | ±${fmt(spread(xs.map((x) => x.cpu)), 0)}% |`
    )
    prev = cpu
  }
}

// --- streaming: one stream, 64 KB reads ------------------------------------------------------
{
  const samples = await interleave(rounds(3), rounds(12), {
    floor: () => floor.stream(A),
    platform: () => runtime.runPromise(platformStream(A)),
    "+decoder": () => runtime.runPromise(platformDecoder(A)),
    transport: () => runtime.runPromise(transportDecoder(A)),
    chatStream: () => ours.stream(A)
  })
  table("1 × 10,000 chunks, 64 KB reads", "ns per chunk", 1e6 / 10_000, samples)
}

// --- streaming: paced, ~1 event per read ---------------------------------------------------
{
  const samples = await interleave(rounds(1), rounds(5), {
    floor: many(50, () => floor.stream(D)),
    platform: manyEffect(50, () => platformStream(D)),
    "+decoder": manyEffect(50, () => platformDecoder(D)),
    transport: manyEffect(50, () => transportDecoder(D)),
    chatStream: () => ours.streamMany(D, 50)
  })
  table("50 streams × 250 chunks paced 2 ms (~1 event per read)", "µs per chunk", 1000 / (50 * 250), samples)
}

// --- non-streaming, concurrency 1 -------------------------------------------------------------
{
  const N = 300
  const seq = (one: () => Promise<unknown>) => async () => {
    for (let i = 0; i < N; i++) await one()
  }
  const t = transports.get(jsonScenario) as Transport.Service
  const req: Transport.TransportRequest = { method: "POST", path: "/chat/completions", body: JSON_BODY }
  const samples = await interleave(rounds(1), rounds(6), {
    floor: seq(() => floor.json()),
    platform: seq(() =>
      runtime.runPromise(Effect.scoped(Effect.flatMap(client.execute(post(jsonScenario, JSON_BODY, "application/json")), (r) => r.json)))
    ),
    "transport.json(Unknown)": seq(() => runtime.runPromise(t.json(req, Schema.Unknown))),
    "transport.json(ChatCompletion)": seq(() => runtime.runPromise(t.json(req, ChatCompletion))),
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
    ["Telemetry.recordResult (metrics)", () => Effect.runSync(Telemetry.recordResult(result))],
    ["Effect.withSpan around Effect.void", () => Effect.runSync(Effect.withSpan(Effect.void, "x"))],
    ["Effect.void (runSync floor)", () => Effect.runSync(Effect.void)]
  ]
  for (const [name, f] of rows) console.log(`| ${name} | ${fmt(perCall(2000, f))} |`)
}

await ours.dispose()
await runtime.dispose()
child.kill()
process.exit(0)
