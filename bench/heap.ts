/**
 * What an open stream keeps on the heap: heap snapshots before and after opening `n` streams
 * (each has received its first chunk; the server then holds them), objects grouped by constructor,
 * the difference divided by `n`. Explains scenario (g) of `run.ts`.
 *
 *   npx tsx bench/heap.ts [client=ours] [n=200] [top=25]
 */
import * as inspector from "node:inspector/promises"
import { sse } from "./bodies.js"
import { type Client, makeFetch, makeFloor, makeOurs } from "./clients.js"
import { ensureGc, forceGc, sleep, startServer } from "./measure.js"

ensureGc(import.meta.url)
const [clientName = "ours", nArg = "200", topArg = "25"] = process.argv.slice(2)
const N = Number(nArg)

interface Snapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: ReadonlyArray<string>; readonly node_types: ReadonlyArray<unknown> } }
  readonly nodes: ReadonlyArray<number>
  readonly strings: ReadonlyArray<string>
}

const session = new inspector.Session()
session.connect()

const snapshot = async (): Promise<Map<string, { count: number; bytes: number }>> => {
  forceGc()
  forceGc()
  const chunks: Array<string> = []
  const onChunk = (m: { params: { chunk: string } }) => chunks.push(m.params.chunk)
  session.on("HeapProfiler.addHeapSnapshotChunk", onChunk)
  await session.post("HeapProfiler.takeHeapSnapshot", { reportProgress: false })
  session.off("HeapProfiler.addHeapSnapshotChunk", onChunk)
  const snap = JSON.parse(chunks.join("")) as Snapshot
  const fields = snap.snapshot.meta.node_fields
  const types = snap.snapshot.meta.node_types[0] as ReadonlyArray<string>
  const width = fields.length
  const iType = fields.indexOf("type")
  const iName = fields.indexOf("name")
  const iSize = fields.indexOf("self_size")
  const out = new Map<string, { count: number; bytes: number }>()
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType] as number] as string
    const rawName = snap.strings[snap.nodes[i + iName] as number] as string
    // strings and code are grouped by type; objects by constructor name
    const name = type === "object" || type === "closure" ? `${type} ${rawName}` : `(${type})`
    const entry = out.get(name) ?? { count: 0, bytes: 0 }
    entry.count++
    entry.bytes += snap.nodes[i + iSize] as number
    out.set(name, entry)
  }
  return out
}

const { child, port } = await startServer()
const ours = makeOurs(port)
const plan = sse(20, { freeze: true })
await ours.prepare([plan])
const client: Client = clientName === "floor" ? makeFloor(port) : clientName === "fetch" ? makeFetch(port) : ours

const openAll = async (n: number) => {
  let first = 0
  let ready: () => void = () => {}
  const all = new Promise<void>((resolve) => {
    ready = resolve
  })
  const open = Array.from({ length: n }, () =>
    client.open(plan, () => {
      if (++first === n) ready()
    }))
  await all
  await sleep(50)
  return open
}

// warm-up round (connections, JIT, lazily built structures)
for (const s of await openAll(N)) s.close()
await sleep(200)

const before = await snapshot()
const open = await openAll(N)
const after = await snapshot()
for (const s of open) s.close()
await Promise.all(open.map((s) => s.done))

const diff: Array<[string, number, number]> = []
let total = 0
for (const [name, a] of after) {
  const b = before.get(name) ?? { count: 0, bytes: 0 }
  const bytes = a.bytes - b.bytes
  total += bytes
  if (bytes !== 0) diff.push([name, (a.count - b.count) / N, bytes / N])
}
diff.sort((x, y) => y[2] - x[2])
console.log(`${client.name}: ${(total / N / 1024).toFixed(1)} KB of heap per open stream (snapshot diff, ${N} streams)`)
console.log("| objects | per stream | bytes per stream |")
console.log("|---|--:|--:|")
for (const [name, count, bytes] of diff.slice(0, Number(topArg))) {
  console.log(`| ${name} | ${count.toFixed(1)} | ${bytes.toFixed(0)} |`)
}
session.disconnect()
await ours.dispose()
child.kill()
process.exit(0)
