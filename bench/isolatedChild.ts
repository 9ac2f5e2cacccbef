/**
 * One client in a process of its own (see `isolated.ts`): `floor`, `fetch` or `ours`, pointed at
 * the bench server; runs the batches it is sent and answers each with its own CPU and wall time.
 *
 *   (forked by isolated.ts) isolatedChild.ts <floor|fetch|ours> <port>
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import { expectedLength, json, sse } from "./bodies.js"
import { type Client, makeFetch, makeFloor, makeOurs, runMany } from "./clients.js"
import type { Batch } from "./isolated.js"
import { sampleOf } from "./measure.js"

const [name, portArg] = process.argv.slice(2)
const port = Number(portArg)
/** The (e′) answer: 20 content chunks in one write (as `run.ts`'s `S_PLAN`). */
const plan = sse(20, { write: 64 * 1024 })

const ours = name === "ours" ? makeOurs(port) : undefined
const client: Client = ours ?? (name === "fetch" ? makeFetch(port) : makeFloor(port))
await client.prepare([json, plan])

const runBatch = async (batch: Batch): Promise<void> => {
  if (batch.kind === "json") {
    const done = await client.jsonMany(batch.total, batch.conc)
    if (done !== batch.total) throw new Error(`${done} requests, expected ${batch.total}`)
    return
  }
  // The stream wire: `chat` (its fold) for ours, the client's own stream reading for the others.
  const done = ours !== undefined
    ? await ours.chatRequests(plan, batch.total, batch.conc)
    : await runMany(batch.total, batch.conc, async () => {
      const r = await client.stream(plan)
      if (r.length !== expectedLength(20)) throw new Error(`text length ${r.length}`)
    })
  if (done !== batch.total) throw new Error(`${done} requests, expected ${batch.total}`)
}

process.on("message", (m: unknown) => {
  const { batch, id } = m as { readonly id: number; readonly batch: Batch }
  sampleOf(() => runBatch(batch)).then(
    (sample) => process.send?.({ id, sample }),
    (error: unknown) => process.send?.({ id, error: String(error) })
  )
})
process.on("disconnect", () => process.exit(0))
process.send?.({ ready: true })
