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
import { type ChildProcess, fork } from "node:child_process"
import * as path from "node:path"
import type { Batch } from "./isolated.js"
import { BENCH_DIR, interleaveSamples, ROOT, type Sample, startServer } from "./measure.js"
import { median } from "./stats.js"

const KIND: Batch["kind"] = process.env["KIND"] === "json" ? "json" : "stream"
const CONC = Number(process.env["CONC"] ?? 64)
const TOTAL = Number(process.env["TOTAL"] ?? 1_000)
const NO_PRETENURING = "--no-allocation-site-pretenuring"

const { child: server, port } = await startServer()

const start = async (client: "floor" | "ours", v8Flags: ReadonlyArray<string>) => {
  const child: ChildProcess = fork(path.join(BENCH_DIR, "isolatedChild.ts"), [client, String(port)], {
    execArgv: [...v8Flags, "--expose-gc", "--import", "tsx"],
    cwd: ROOT,
    stdio: "inherit"
  })
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve())
    child.once("exit", (code) => reject(new Error(`${client} exited (${code})`)))
  })
  let seq = 0
  const run = () =>
    new Promise<Sample>((resolve, reject) => {
      const id = ++seq
      const onMessage = (m: unknown) => {
        const reply = m as { readonly id: number; readonly sample?: Sample; readonly error?: string }
        if (reply.id !== id) return
        child.off("message", onMessage)
        if (reply.sample !== undefined) resolve(reply.sample)
        else reject(new Error(`${client}: ${reply.error ?? "no sample"}`))
      }
      child.on("message", onMessage)
      const batch: Batch = { kind: KIND, total: TOTAL, conc: CONC }
      child.send({ id, batch })
    })
  return { child, run }
}

const variants = {
  floor: await start("floor", []),
  [`floor ${NO_PRETENURING}`]: await start("floor", [NO_PRETENURING]),
  ours: await start("ours", []),
  [`ours ${NO_PRETENURING}`]: await start("ours", [NO_PRETENURING])
}
const samples = await interleaveSamples(
  Number(process.env["WARM"] ?? 5),
  Number(process.env["N"] ?? 8),
  Object.fromEntries(Object.entries(variants).map(([name, v]) => [name, v.run]))
)
const perRequest = (name: string) => median((samples[name] ?? []).map((s) => (s.cpu * 1000) / TOTAL))
const floor = perRequest("floor")
console.log(`${KIND === "json" ? "(e) chat, wire json" : "(e′) chat, stream wire"}, ${TOTAL} requests at concurrency ${CONC}, CPU per request (median):`)
for (const name of Object.keys(variants)) {
  const us = perRequest(name)
  console.log(`  ${name.padEnd(40)} ${us.toFixed(1).padStart(7)} µs  ${(us / floor).toFixed(2)}×`)
}
for (const v of Object.values(variants)) v.child.kill()
server.kill()
