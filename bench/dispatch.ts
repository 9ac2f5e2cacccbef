/**
 * What undici's `request` costs over its lower-level `dispatch` for one short JSON exchange, CPU
 * per request (interleaved rounds, medians):
 *
 * - `request + json()`: `undici.request` and `body.json()` (what the floor does);
 * - `request + listeners`: the same request, its body read by `data` / `end` listeners (the Node
 *   transport before `internal/dispatch.ts`);
 * - `dispatch`: `Dispatcher.dispatch` with a handler of its own and the reads concatenated (what
 *   the Node transport does since).
 *
 *   npx tsx bench/dispatch.ts            # concurrency 64
 *   C=1 npx tsx bench/dispatch.ts        # one at a time
 */
import { Agent, request } from "undici"
import { baseUrlFor, json as jsonScenario } from "./bodies.js"
import { API_KEY, CHAT_REQUEST } from "./clients.js"
import { interleave, startServer } from "./measure.js"
import { median } from "./stats.js"

const N = 1_000
const C = Number(process.env["C"] ?? 64)
const { child, port } = await startServer()
const baseUrl = baseUrlFor(port, jsonScenario)
const url = new URL(`${baseUrl}/chat/completions`)
const agent = new Agent()
const body = JSON.stringify({ ...CHAT_REQUEST, stream: false })
const headers = { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" }
type Answer = { readonly choices: ReadonlyArray<{ readonly message: { readonly content: string } }> }
const textLength = (text: string): number => (JSON.parse(text) as Answer).choices[0]?.message.content.length ?? 0

const viaJson = async (): Promise<number> => {
  const r = await request(url, { method: "POST", dispatcher: agent, headers, body })
  return ((await r.body.json()) as Answer).choices[0]?.message.content.length ?? 0
}
const viaListeners = async (): Promise<number> => {
  const r = await request(url, { method: "POST", dispatcher: agent, headers, body })
  return new Promise<number>((resolve, reject) => {
    const parts: Array<Buffer> = []
    r.body.on("data", (chunk: Buffer) => parts.push(chunk))
    r.body.on("end", () => resolve(textLength(Buffer.concat(parts).toString("utf8"))))
    r.body.on("error", reject)
  })
}
const viaDispatch = () =>
  new Promise<number>((resolve, reject) => {
    const parts: Array<Buffer> = []
    const handler = {
      onConnect: () => {},
      onHeaders: () => true,
      onData: (chunk: Buffer) => parts.push(chunk) > 0,
      onComplete: () => resolve(textLength(Buffer.concat(parts).toString("utf8"))),
      onError: reject
    }
    agent.dispatch({ origin: url.origin, path: url.pathname, method: "POST", headers, body }, handler)
  })

const atConcurrency = (one: () => Promise<number>) => async () => {
  let next = 0
  await Promise.all(Array.from({ length: C }, async () => {
    while (next++ < N) await one()
  }))
}
const lengths = [await viaJson(), await viaListeners(), await viaDispatch()]
if (new Set(lengths).size !== 1) throw new Error(`the three ways read different answers: ${lengths.join(", ")}`)
const samples = await interleave(3, 9, {
  "request + json()": atConcurrency(viaJson),
  "request + listeners": atConcurrency(viaListeners),
  dispatch: atConcurrency(viaDispatch)
})
const first = median(samples["request + json()"]?.map((s) => s.cpu) ?? [])
console.log(`a short JSON exchange, ${N} requests at concurrency ${C}, CPU per request (median):`)
for (const [name, s] of Object.entries(samples)) {
  const cpu = median(s.map((x) => x.cpu))
  console.log(`  ${name.padEnd(22)} ${((cpu * 1000) / N).toFixed(0).padStart(5)} µs  ${(cpu / first).toFixed(2)}×`)
}
await agent.destroy()
child.kill()
