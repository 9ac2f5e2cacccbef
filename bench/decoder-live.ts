/**
 * The decoder's cost per short answer (20 chunks in one read) when many answers are decoded at
 * once: `K` decoders made, each fed its read, then each flushed and ended and its result built —
 * so `K` decoders' state is alive together, as when `K` calls are in flight — against the floor's
 * splitter doing the same. CPU µs per answer.
 *
 *   K=64 npx tsx bench/decoder-live.ts          # K = 1, 64, 500 …
 *   K=500 node --import tsx --no-allocation-site-pretenuring bench/decoder-live.ts
 *   K=500 ALONE=0 …   # without `firstContentAlone` (no events held between feed and flush)
 *
 * (2026-12-07, session 4: 45 µs at K=1 and 48–50 at 64, but 155–177 at 500 — 57 without V8's
 * allocation-site pretenuring, 50 with a larger young generation (`--max-semi-space-size=64`), 77
 * with ALONE=0; the splitter 30 → 40. Session 5: the decoder's lasting state made of class
 * instances and `Array.of` arrays (`src/internal/longLived.ts`): at K=500 101–109 → 63–70 µs, at
 * K=1 52–56 before and after; `--trace-pretenuring-statistics` shows which sites V8 tenures.)
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as ChatStream from "../src/ChatStream.js"
import { sseEvents } from "./bodies.js"
import { makeSplitter } from "./clients.js"

const bytes = new TextEncoder().encode(sseEvents(20).join(""))
const N = 20_000
const K = Number(process.env["K"] ?? 64)
const run = (make: () => { readonly feed: () => void; readonly end: () => void }): string => {
  const before = process.cpuUsage()
  for (let i = 0; i < N; i += K) {
    const live = Array.from({ length: K }, make)
    for (const d of live) d.feed()
    for (const d of live) d.end()
  }
  const used = process.cpuUsage(before)
  return ((used.user + used.system) / N).toFixed(1)
}
for (let round = 0; round < 4; round++) {
  const decoder = run(() => {
    const d = ChatStream.makeDecoder({ firstContentAlone: process.env["ALONE"] !== "0" })
    return {
      feed: () => void d.feed(bytes),
      end: () => {
        d.flush()
        d.end()
        d.state.accumulator.partial()
      }
    }
  })
  const splitter = run(() => {
    const s = makeSplitter()
    return { feed: () => s.feed(bytes), end: () => void s.result() }
  })
  console.log(`K=${K}  decoder ${decoder} µs  floor's splitter ${splitter} µs per answer`)
}
