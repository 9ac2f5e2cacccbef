/**
 * Checks that every peer client of the benchmark accepts the bench server's bodies (the text it
 * accumulates has the expected length, JSON and stream), and prints a rough cost of each: run
 * before `npm run bench` when a peer is upgraded (`npx tsx bench/peers-check.ts`).
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import { expectedLength, JSON_CONTENT_LENGTH, sse } from "./bodies.js"
import { makeFloor } from "./clients.js"
import { startServer } from "./measure.js"
import { makePeers } from "./peers.js"

const { child, port } = await startServer()
const plans = [sse(1_000), sse(10_000), sse(20, { pace: 2, write: 0 })]
const floor = makeFloor(port)
const clients = [{ ...floor, dispose: async () => {} }, ...makePeers(port)]
let failed = 0
for (const c of clients) {
  await c.prepare(plans)
  try {
    const json = await c.json()
    const lengths = []
    for (const plan of plans) {
      const r = await c.stream(plan)
      lengths.push(r.length === expectedLength(plan.n) ? "ok" : `${r.length}≠${expectedLength(plan.n)}`)
    }
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    await c.stream(plans[1] ?? sse(10_000))
    const cpu = process.cpuUsage(c0)
    const t1 = performance.now()
    const j0 = process.cpuUsage()
    await c.jsonMany(100, 1)
    const jcpu = process.cpuUsage(j0)
    console.log(
      `${c.name.padEnd(20)} json ${json >= JSON_CONTENT_LENGTH ? "ok" : `length ${json}`}, streams ${lengths.join(" ")}; ` +
        `10k-chunk stream ${(t1 - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU; ` +
        `JSON ${((jcpu.user + jcpu.system) / 100).toFixed(0)} µs CPU per request`
    )
  } catch (error) {
    failed++
    console.log(`${c.name}: FAILED`, error)
  }
  await c.dispose()
}
child.kill()
process.exit(failed === 0 ? 0 : 1)
