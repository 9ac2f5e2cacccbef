/**
 * Effect operations executed per request, per layer of the stack: a deterministic measure of the
 * interpretive overhead (unlike CPU time it does not depend on machine load). Counted with a
 * `Supervisor` whose `onEffect` runs once per operation the fiber run-loop evaluates
 * (`OpSupervision` runtime flag), over every fiber of the call.
 *
 *   npx tsx bench/ops.ts
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as Effect from "effect/Effect"
import * as RuntimeFlagsPatch from "effect/RuntimeFlagsPatch"
import * as RuntimeFlags from "effect/RuntimeFlags"
import * as Supervisor from "effect/Supervisor"
import { sse } from "./bodies.js"
import { makeOurs } from "./clients.js"
import { startServer } from "./measure.js"
import { makeStages } from "./stages.js"

class OpCounter extends Supervisor.AbstractSupervisor<void> {
  ops = 0
  get value() {
    return Effect.void
  }
  override onEffect(): void {
    this.ops++
  }
}
const counter = new OpCounter()
const wrap = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E> =>
  Effect.supervised(effect, counter).pipe(
    Effect.withRuntimeFlagsPatch(RuntimeFlagsPatch.enable(RuntimeFlags.OpSupervision))
  )

const { child, port } = await startServer()
const S = sse(20)
const L = sse(1_000, { write: 0 }) // one event per write: many reads
const ours = makeOurs(port, wrap)
await ours.prepare([S, L])
const stages = await makeStages(port, [S, L], wrap)

const count = async (run: () => Promise<unknown>): Promise<number> => {
  await run() // warm (lazy initialisation)
  counter.ops = 0
  await run()
  return counter.ops
}

console.log("| layer | ops per 20-chunk stream | ops per 1,000-chunk stream (event per write) | ops per JSON call |")
console.log("|---|--:|--:|--:|")
const rows: Array<[string, (() => Promise<unknown>) | undefined, (() => Promise<unknown>) | undefined, (() => Promise<unknown>) | undefined]> = [
  ["platform (response.stream / response.json)", () => stages.platformStream(S), () => stages.platformStream(L), stages.platformJson],
  ["platform, body read via response.stream", undefined, undefined, stages.platformJsonViaStream],
  ["+ decodeEvents", () => stages.platformDecoder(S), () => stages.platformDecoder(L), undefined],
  ["transport (+ decodeEvents / transport.json)", () => stages.transportDecoder(S), () => stages.transportDecoder(L), stages.transportJson],
  ["ours: chatStream / chat json", () => ours.stream(S), () => ours.stream(L), () => ours.json()],
  ["ours: chat (stream wire)", () => ours.chat(S), () => ours.chat(L), undefined]
]
for (const [name, short, long, json] of rows) {
  const a = short !== undefined ? String(await count(short)) : "–"
  const b = long !== undefined ? String(await count(long)) : "–"
  const c = json !== undefined ? String(await count(json)) : "–"
  console.log(`| ${name} | ${a} | ${b} | ${c} |`)
}
await ours.dispose()
await stages.dispose()
child.kill()
process.exit(0)
