import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Context from "effect/Context"
import { Agent, request } from "undici"
import { ChatCompletion } from "../src/ChatCompletion.js"
import * as NodeTransport from "../src/NodeTransport.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { Transport } from "../src/Transport.js"
import { baseUrlFor, json as jsonScenario } from "./bodies.js"
import { API_KEY, CHAT_REQUEST } from "./clients.js"
import { startServer } from "./measure.js"
const { child, port } = await startServer()
const baseUrl = baseUrlFor(port, jsonScenario)
const which = process.argv[2]
const runtime = ManagedRuntime.make(NodeTransport.layer.pipe(Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: API_KEY, baseUrl })))))
const t = Context.get(await runtime.runPromise(Effect.context<Transport>()), Transport)
const agent = new Agent()
const body = JSON.stringify({ ...CHAT_REQUEST, stream: false })
for (let i = 0; i < 20; i++) {
  if (which === "floor") {
    const r = await request(`${baseUrl}/chat/completions`, { method: "POST", dispatcher: agent, headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" }, body })
    await r.body.json()
  } else await Effect.runPromise(t.json({ method: "POST", path: "/chat/completions", body: { ...CHAT_REQUEST, stream: false } }, ChatCompletion))
}
console.log("pid", process.pid)
await runtime.dispose(); await agent.destroy(); child.kill()
