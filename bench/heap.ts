/**
 * What an open stream keeps on the heap: heap snapshots before and after opening `n` streams
 * (each has received its first chunk; the server then holds them), objects grouped by constructor,
 * the difference divided by `n`. Explains scenario (g) of `run.ts`.
 *
 *   npx tsx bench/heap.ts [client=ours|chat|bare|floor|fetch] [n=200] [top=25]
 *
 * (`chat`: `chat` calls on the stream wire, held open by the server like the streams.)
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as inspector from "node:inspector/promises"
import { sse } from "./bodies.js"
import { type Client, makeBare, makeFetch, makeFloor, makeOurs } from "./clients.js"
import { ensureGc, forceGc, sleep, startServer } from "./measure.js"

ensureGc(import.meta.url)
const [clientName = "ours", nArg = "200", topArg = "25"] = process.argv.slice(2)
const N = Number(nArg)

interface Snapshot {
  readonly snapshot: {
    readonly meta: {
      readonly node_fields: ReadonlyArray<string>
      readonly node_types: ReadonlyArray<unknown>
      readonly edge_fields: ReadonlyArray<string>
      readonly edge_types: ReadonlyArray<unknown>
    }
  }
  readonly nodes: ReadonlyArray<number>
  readonly edges: ReadonlyArray<number>
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
  if (process.env["RETAINERS"] === "1") {
    // (array) nodes grouped by what holds them: "owner.edge" (the first retainer seen)
    const edgeFields = snap.snapshot.meta.edge_fields
    const edgeTypes = snap.snapshot.meta.edge_types[0] as ReadonlyArray<string>
    const eWidth = edgeFields.length
    const iEType = edgeFields.indexOf("type")
    const iEName = edgeFields.indexOf("name_or_index")
    const iETo = edgeFields.indexOf("to_node")
    const iECount = fields.indexOf("edge_count")
    const seen = new Set<number>()
    let e = 0
    for (let i = 0; i < snap.nodes.length; i += width) {
      const ownerType = types[snap.nodes[i + iType] as number] as string
      const owner = ownerType === "object" || ownerType === "closure"
        ? `${ownerType} ${snap.strings[snap.nodes[i + iName] as number]}`
        : `(${ownerType})`
      const count = snap.nodes[i + iECount] as number
      for (let k = 0; k < count; k++, e += eWidth) {
        const to = snap.edges[e + iETo] as number
        const toType = types[snap.nodes[to + iType] as number]
        const of = process.env["RETAINERS_OF"]
        const wanted = toType === "array" ||
          (of !== undefined && toType === "object" && snap.strings[snap.nodes[to + iName] as number] === of)
        if (!wanted || seen.has(to)) continue
        seen.add(to)
        const et = edgeTypes[snap.edges[e + iEType] as number]
        const en = et === "element" || et === "hidden" ? "[]" : String(snap.strings[snap.edges[e + iEName] as number])
        let where = ""
        if (ownerType === "closure" && en === "properties") {
          // which closure: the names of its context's variables
          let e2 = 0
          for (let j = 0; j < i; j += width) e2 += (snap.nodes[j + iECount] as number) * eWidth
          for (let k2 = 0; k2 < count; k2++) {
            const at = e2 + k2 * eWidth
            if (String(snap.strings[snap.edges[at + iEName] as number]) !== "context") continue
            const ctxNode = snap.edges[at + iETo] as number
            let e3 = 0
            for (let j = 0; j < ctxNode; j += width) e3 += (snap.nodes[j + iECount] as number) * eWidth
            const names: Array<string> = []
            for (let k3 = 0; k3 < (snap.nodes[ctxNode + iECount] as number) && names.length < 5; k3++) {
              if (edgeTypes[snap.edges[e3 + k3 * eWidth + iEType] as number] === "context") {
                names.push(String(snap.strings[snap.edges[e3 + k3 * eWidth + iEName] as number]))
              }
            }
            where = ` {${names.join(",")}}`
          }
        }
        const key = `${toType === "array" ? "(array)" : process.env["RETAINERS_OF"]} in ${owner}.${en}${where}`
        const entry = out.get(key) ?? { count: 0, bytes: 0 }
        entry.count++
        entry.bytes += snap.nodes[to + iSize] as number
        out.set(key, entry)
      }
    }
  }
  return out
}

const { child, port } = await startServer()
const ours = makeOurs(port)
const plan = sse(20, { freeze: true })
await ours.prepare([plan])
const bare = makeBare(port)
await bare.prepare([plan])
const client: Client = clientName === "floor"
  ? makeFloor(port)
  : clientName === "fetch"
  ? makeFetch(port)
  : clientName === "bare"
  ? bare
  : ours

const openAll = async (n: number) => {
  if (clientName === "chat") {
    // `chat` has no first-chunk callback: the frozen plan answers its first events at once
    const open = Array.from({ length: n }, () => ours.openChat(plan))
    await sleep(1500)
    return open
  }
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
console.log(`${clientName}: ${(total / N / 1024).toFixed(1)} KB of heap per open stream (snapshot diff, ${N} streams)`)
console.log("| objects | per stream | bytes per stream |")
console.log("|---|--:|--:|")
for (const [name, count, bytes] of diff.slice(0, Number(topArg))) {
  console.log(`| ${name} | ${count.toFixed(1)} | ${bytes.toFixed(0)} |`)
}
session.disconnect()
await ours.dispose()
child.kill()
process.exit(0)
