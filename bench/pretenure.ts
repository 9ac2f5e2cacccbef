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
import { type Batch, startIsolated } from "./isolated.js"
import { interleaveSamples, startServer } from "./measure.js"
import { median } from "./stats.js"

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
const batch: Batch = { kind: KIND, total: TOTAL, conc: CONC }
const samples = await interleaveSamples(
  Number(process.env["WARM"] ?? 5),
  Number(process.env["N"] ?? 8),
  Object.fromEntries(Object.entries(variants).map(([name, v]) => [name, () => v.run(batch)]))
)
const perRequest = (name: string) => median((samples[name] ?? []).map((s) => (s.cpu * 1000) / TOTAL))
const floor = perRequest("floor")
console.log(`${KIND === "json" ? "(e) chat, wire json" : "(e′) chat, stream wire"}, ${TOTAL} requests at concurrency ${CONC}, CPU per request (median):`)
for (const name of Object.keys(variants)) {
  const us = perRequest(name)
  console.log(`  ${name.padEnd(40)} ${us.toFixed(1).padStart(7)} µs  ${(us / floor).toFixed(2)}×`)
}
for (const v of Object.values(variants)) v.close()
server.kill()
