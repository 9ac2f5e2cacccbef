/**
 * The non-streaming path layer by layer, CPU per request at concurrency 1 (a working tool for
 * issue 11, item 3): the floor, the Node transport's `json` with the `ChatCompletion` decode
 * alone, and `chat(…, { wire: "json" })` — interleaved rounds, medians.
 *
 *   npx tsx bench/jsonpath.ts [requests=400] [rounds=9]
 *   STREAMS_FIRST=1 …   # streamed calls first (as run.ts's (a)–(d) before (e)), through another
 *                       # service instance: what a process that also streams pays per JSON call
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import { Agent, request } from "undici"
import { ChatCompletion } from "../src/ChatCompletion.js"
import * as NodeTransport from "../src/NodeTransport.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { baseUrlFor, json as jsonScenario } from "./bodies.js"
import { API_KEY, CHAT_REQUEST } from "./clients.js"
import { interleave, startServer } from "./measure.js"
import { median } from "./stats.js"

const N = Number(process.argv[2] ?? 400)
const ROUNDS = Number(process.argv[3] ?? 9)
const { child, port } = await startServer()
const baseUrl = baseUrlFor(port, jsonScenario)
const config = OpenRouterConfig.layer({ apiKey: API_KEY, baseUrl })
const runtime = ManagedRuntime.make(Layer.mergeAll(
  OpenRouter.layerWithTransport.pipe(Layer.provide(Layer.mergeAll(NodeTransport.layer, OpenRouter.defaultPolicies)), Layer.provide(config)),
  NodeTransport.layer.pipe(Layer.provide(config))
))
const ctx = await runtime.runPromise(Effect.context<OpenRouter.OpenRouter | import("../src/Transport.js").Transport>())
const client = Context.get(ctx, OpenRouter.OpenRouter)
const { Transport } = await import("../src/Transport.js")
const transport = Context.get(ctx, Transport)
const agent = new Agent()
const body = JSON.stringify({ ...CHAT_REQUEST, stream: false })
const floor = async () => {
  const r = await request(`${baseUrl}/chat/completions`, {
    method: "POST",
    dispatcher: agent,
    headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
    body
  })
  const j = await r.body.json() as { choices: Array<{ message: { content: string } }> }
  return j.choices[0]?.message.content.length
}
const viaTransport = () =>
  Effect.runPromise(transport.json({ method: "POST", path: "/chat/completions", body: { ...CHAT_REQUEST, stream: false }, model: CHAT_REQUEST.model }, ChatCompletion))
const ours = () => Effect.runPromise(client.chat(CHAT_REQUEST, { wire: "json" }))
if (process.env["STREAMS_FIRST"] === "1") {
  // the shapes run.ts's earlier scenarios put through the same code: chatStream and chat on long,
  // concurrent, paced and short streams
  const { makeOurs } = await import("./clients.js")
  const { sse } = await import("./bodies.js")
  const other = makeOurs(port)
  const plans = [sse(10_000, { write: 64 * 1024 }), sse(1_000, { write: 1024 }), sse(50, { write: 0, pace: 2 }), sse(20)]
  const [long, many, paced, short] = plans as [ReturnType<typeof sse>, ReturnType<typeof sse>, ReturnType<typeof sse>, ReturnType<typeof sse>]
  await other.prepare(plans)
  for (let i = 0; i < 5; i++) {
    await other.stream(long)
    await other.chat(long)
    await other.streamMany(many, 100)
    await other.chatRequests(many, 100, 100)
    await other.streamMany(paced, 50)
    await other.chatEvents(short)
  }
  await other.dispose()
}
const loop = (f: () => Promise<unknown>) => async () => {
  for (let i = 0; i < N; i++) await f()
}
// the same calls in one fiber, one after another (as `run.ts` (e) runs them)
const oursOneFiber = () => Effect.runPromise(Effect.forEach(Array.from({ length: N }), () => client.chat(CHAT_REQUEST, { wire: "json" }), { discard: true }))
const samples = await interleave(2, ROUNDS, { floor: loop(floor), transport: loop(viaTransport), ours: loop(ours), "ours, 1 fiber": oursOneFiber })
const f = median(samples["floor"]?.map((s) => s.cpu) ?? [])
for (const [name, s] of Object.entries(samples)) {
  const cpu = median(s.map((x) => x.cpu))
  console.log(`${name.padEnd(10)} ${(cpu * 1000 / N).toFixed(0).padStart(6)} µs/request  ${(cpu / f).toFixed(2)}×`)
}
await runtime.dispose()
await agent.destroy()
child.kill()
