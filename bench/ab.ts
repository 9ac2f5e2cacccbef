/**
 * This checkout's client against another checkout's, each in a process of its own beside the
 * floor, rounds interleaved (as `run.ts`'s "own process" rows): CPU µs per request and the ratio
 * to the floor. What a change does to (e) or (e′), apart from the machine's hour.
 *
 *   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx tsx bench/ab.ts /tmp/base                 # (e′): chat on the stream wire, 20 chunks
 *   KIND=json npx tsx bench/ab.ts /tmp/base       # (e): chat, wire "json"
 *   CONC=64 TOTAL=1000 WARM=5 N=10 …              # the defaults
 */
import * as path from "node:path"
import { type Batch, compareIsolated, startIsolated } from "./isolated.js"
import { startServer } from "./measure.js"

const other = process.argv[2]
if (other === undefined) throw new Error("usage: npx tsx bench/ab.ts <other checkout>")
const KIND: Batch["kind"] = process.env["KIND"] === "json" ? "json" : "stream"
const CONC = Number(process.env["CONC"] ?? 64)
const TOTAL = Number(process.env["TOTAL"] ?? 1_000)

const { child: server, port } = await startServer()
const otherName = `ours (${path.resolve(other)})`
const variants = {
  floor: await startIsolated("floor", port),
  [otherName]: await startIsolated("ours", port, [], path.resolve(other)),
  "ours (this checkout)": await startIsolated("ours", port)
}
await compareIsolated(variants, { kind: KIND, total: TOTAL, conc: CONC }, Number(process.env["WARM"] ?? 5), Number(process.env["N"] ?? 10))
server.kill()
