/**
 * What V8's allocation-site pretenuring costs at concurrency 64: the floor and ours (each in a
 * process of its own, as `run.ts`'s "own process" rows) with V8's defaults and with
 * `--no-allocation-site-pretenuring`, rounds interleaved. CPU µs per request and the ratio to the
 * floor with defaults.
 *
 *   npx tsx bench/pretenure.ts                  # (e′): chat on the stream wire, 20 chunks
 *   KIND=json npx tsx bench/pretenure.ts        # (e): chat, wire "json"
 *   CONC=64 TOTAL=1000 WARM=5 N=8 …             # the defaults
 *
 * When most objects of one literal survive a minor GC — per-call state, with 64 calls in flight —
 * V8 allocates that literal's objects in the old generation from then on. Which sites it tenures:
 * `node --trace-pretenuring-statistics` (addresses), matched to functions by `%DebugPrint` of the
 * function (its feedback vector lists its allocation sites); see `src/internal/longLived.ts`.
 */
import { type Batch, compareIsolated, startIsolated } from "./isolated.js"
import { startServer } from "./measure.js"

const KIND: Batch["kind"] = process.env["KIND"] === "json" ? "json" : "stream"
const CONC = Number(process.env["CONC"] ?? 64)
const TOTAL = Number(process.env["TOTAL"] ?? 1_000)
const NO_PRETENURING = "--no-allocation-site-pretenuring"

const { child: server, port } = await startServer()

const variants = {
  floor: await startIsolated("floor", port),
  [`floor ${NO_PRETENURING}`]: await startIsolated("floor", port, [NO_PRETENURING]),
  ours: await startIsolated("ours", port),
  [`ours ${NO_PRETENURING}`]: await startIsolated("ours", port, [NO_PRETENURING])
}
await compareIsolated(variants, { kind: KIND, total: TOTAL, conc: CONC }, Number(process.env["WARM"] ?? 5), Number(process.env["N"] ?? 8))
server.kill()
