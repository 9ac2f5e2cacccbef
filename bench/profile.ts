/**
 * Runs one benchmark scenario repeatedly with one client under the V8 CPU profiler (the same
 * profiler as `node --cpu-prof`, started through `node:inspector` after a warm-up so that module
 * loading and JIT warm-up stay out of the profile), writes the `.cpuprofile` and prints its top
 * self-time functions:
 *
 *   npx tsx bench/profile.ts <scenario> [client] [seconds] [out.cpuprofile]
 *
 * With `ALLOC=1` in the environment it samples allocations instead (every allocation, including
 * objects already collected: what the garbage collector has to deal with) and prints the
 * allocating functions, by bytes. `ALLOC=old`: only the objects no minor GC freed — freed by a
 * full collection (in the old generation, or still young when it ran) or alive at the end.
 *
 * Scenarios: a64 (1 × 10,000 chunks, 64 KB reads), a1 (same, 1 KB reads), b64 (chat, 64 KB
 * reads), c (100 × 1,000 chunks, 64 KB writes; c1: the same with 1 KB writes), d (50 paced
 * streams; dchat: the same through `chat` on the stream wire), e1 / e64 (non-streaming
 * chat at concurrency 1 / 64), g (500 open streams, opened and closed in a loop), s (50 short
 * streams of 20 chunks at once: the fixed cost per stream), s1 (`chat` on the stream wire, 20
 * chunks, 200 requests one at a time: (e′); s64: 1,000 of them, 64 at a time), f (one stream after a 50 ms hold:
 * time to first chunk; the profile is mostly idle, its busy part is per-call work).
 * Clients: ours (default), floor, fetch, and the lower layers of `ladder.ts`: platform, decoder,
 * transport (for a64, a1, c, d, e1, e64). Runs for `seconds` (default 10) after a short warm-up.
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as fs from "node:fs"
import * as inspector from "node:inspector/promises"
import { findSourceMap } from "node:module"
import { sse } from "./bodies.js"
import type { Scenario } from "./bodies.js"
import type { Client } from "./clients.js"
import { type AllocNode, allocationSites, type CpuProfile, mapToSources, summarize } from "./profile-top.js"

// tsx strips whitespace, so every transpiled module is one line: map the profile's positions back
// through the modules' source maps (which Node keeps only when enabled before they load).
process.setSourceMapsEnabled(true)
const { makeFetch, makeFloor, makeOurs, runMany } = await import("./clients.js")
const { makeStages } = await import("./stages.js")
const { startServer } = await import("./measure.js")

const [scenario = "a64", clientName = "ours", secondsArg = "10", outArg] = process.argv.slice(2)
const out = outArg ?? `/tmp/bench-${scenario}-${clientName}.cpuprofile`

const { child, port } = await startServer()
const ours = makeOurs(port)

const plans = {
  a64: sse(10_000, { write: 64 * 1024 }),
  a1: sse(10_000, { write: 1024, gap: 150 }),
  c: sse(1_000, { write: 64 * 1024 }),
  c1: sse(1_000, { write: 1024 }),
  d: sse(250, { write: 0, pace: 2 }),
  g: sse(20, { freeze: true }),
  s: sse(20),
  s1: sse(20, { write: 64 * 1024 }),
  f: sse(20, { hold: 50 })
}
await ours.prepare(Object.values(plans))
const stages = await makeStages(port, Object.values(plans))
const layer = (stream: (s: Scenario) => Promise<unknown>, many: (s: Scenario, n: number) => Promise<unknown>, json: () => Promise<unknown>): Client => ({
  ...ours,
  name: "ours",
  stream: stream as Client["stream"],
  streamMany: many as Client["streamMany"],
  jsonMany: async (total, concurrency) => {
    let started = 0
    const worker = async () => {
      while (started++ < total) await json()
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    return total
  }
})
const client: Client = clientName === "floor"
  ? makeFloor(port)
  : clientName === "fetch"
  ? makeFetch(port)
  : clientName === "platform"
  ? layer(stages.platformStream, stages.platformStreamMany, stages.platformJson)
  : clientName === "decoder"
  ? layer(stages.platformDecoder, stages.platformDecoderMany, stages.platformJson)
  : clientName === "transport"
  ? layer(stages.transportDecoder, stages.transportDecoderMany, stages.transportJson)
  : ours

const once = async (): Promise<void> => {
  switch (scenario) {
    case "a64":
      await client.stream(plans.a64)
      return
    case "a1":
      await client.stream(plans.a1)
      return
    case "b64":
      await ours.chat(plans.a64)
      return
    case "c":
      await client.streamMany(plans.c, 100)
      break
    case "c1":
      await client.streamMany(plans.c1, 100)
      return
    case "d":
      await client.streamMany(plans.d, 50)
      return
    case "dchat":
      await ours.chatMany(plans.d, 50)
      return
    case "e1":
      await client.jsonMany(200, 1)
      return
    case "e64":
      await client.jsonMany(1000, 64)
      return
    case "f":
      await client.stream(plans.f)
      return
    case "s":
      await client.streamMany(plans.s, 50)
      return
    case "s1":
      // (e′): `chat` on the stream wire, a 20-chunk answer per request, one at a time
      if (client === ours) await ours.chatRequests(plans.s1, 200, 1)
      else for (let i = 0; i < 200; i++) await client.stream(plans.s1)
      return
    case "s64":
      // (e′) at concurrency 64: 1,000 requests, 64 in flight
      if (client === ours) await ours.chatRequests(plans.s1, 1000, 64)
      else await runMany(1000, 64, () => client.stream(plans.s1))
      return
    case "g": {
      let first = 0
      let done: () => void = () => {}
      const ready = new Promise<void>((resolve) => {
        done = resolve
      })
      const open = Array.from({ length: 500 }, () =>
        client.open(plans.g, () => {
          if (++first === 500) done()
        }))
      await ready
      for (const s of open) s.close()
      await Promise.all(open.map((s) => s.done))
      return
    }
    default:
      throw new Error(`unknown scenario ${scenario}`)
  }
}

for (let i = 0; i < 3; i++) await once()
const session = new inspector.Session()
session.connect()
if (process.env["ALLOC"] === "1" || process.env["ALLOC"] === "old") {
  await session.post("HeapProfiler.enable")
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    // ALLOC=old: only what no minor GC freed (a full collection did, or nothing yet).
    includeObjectsCollectedByMinorGC: process.env["ALLOC"] === "1"
  } as inspector.HeapProfiler.StartSamplingParameterType)
  const until = performance.now() + Number(secondsArg) * 1000
  let n = 0
  while (performance.now() < until) {
    await once()
    n++
  }
  const { profile } = await session.post("HeapProfiler.stopSampling")
  const { byFn, byGroup, total } = allocationSites(profile.head as unknown as AllocNode, findSourceMap)
  console.log(`${scenario} ${client.name}: ${n} iterations, ${(total / n / 1024).toFixed(0)} KB allocated per iteration (sampled)`)
  for (const [k, b] of [...byFn].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env["TOP"] ?? 30))) console.log(`${((b / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
  console.log("\nby package / file:")
  for (const [k, b] of [...byGroup].sort((x, y) => y[1] - x[1]).slice(0, 15)) console.log(`${((b / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
  await ours.dispose()
  await stages.dispose()
  child.kill()
  process.exit(0)
}
await session.post("Profiler.enable")
await session.post("Profiler.setSamplingInterval", { interval: 100 })
await session.post("Profiler.start")
const until = performance.now() + Number(secondsArg) * 1000
let n = 0
const c0 = process.cpuUsage()
while (performance.now() < until) {
  await once()
  n++
}
const cpu = process.cpuUsage(c0)
const { profile } = await session.post("Profiler.stop")
session.disconnect()
mapToSources(profile, findSourceMap)
fs.writeFileSync(out, JSON.stringify(profile))
console.log(`${scenario} ${client.name}: ${n} iterations, ${((cpu.user + cpu.system) / 1000 / n).toFixed(1)} ms CPU each (profiled); wrote ${out}`)
console.log(summarize(profile as unknown as CpuProfile, 40))
await ours.dispose()
await stages.dispose()
child.kill()
process.exit(0)
