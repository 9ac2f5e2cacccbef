/**
 * The SSE parser's text decoding (`src/Sse.ts` `decodeRead`): `feed` (reads below 16 KB decoded
 * whole, cut on a character boundary; larger ones by the streaming decode) against the same parser
 * fed by a `TextDecoder` in streaming mode (`feedText(decoder.decode(read, { stream: true }))`, what
 * `feed` did before), per event for 300 B, 1 KB and 64 KB reads of the bench body, and per short
 * answer (20 events in one read, a new parser each: what a short streamed call pays). Medians of 15
 * interleaved rounds.
 *
 *   npx tsx bench/utf8.ts
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import { makeParser, type SseEvent } from "../src/Sse.js"
import { sseEvents } from "./bodies.js"
import { median } from "./stats.js"

const N = 10_000
const body = Buffer.from(sseEvents(N).join(""), "utf8")
const short = Buffer.from(sseEvents(20).join(""), "utf8")
const split = (size: number) => {
  const reads: Array<Uint8Array> = []
  for (let i = 0; i < body.length; i += size) reads.push(body.subarray(i, Math.min(body.length, i + size)))
  return reads
}

let sink = 0
const onEvent = (e: SseEvent) => {
  if (e._tag === "Message") sink += e.data.length
}
const viaFeed = (reads: ReadonlyArray<Uint8Array>) => {
  const parser = makeParser(onEvent)
  for (const read of reads) parser.feed(read)
  parser.end()
}
const viaStreamingDecoder = (reads: ReadonlyArray<Uint8Array>) => {
  const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true })
  const parser = makeParser(onEvent)
  for (const read of reads) parser.feedText(decoder.decode(read, { stream: true }))
  parser.feedText(decoder.decode())
  parser.end()
}

const measure = (label: string, reads: ReadonlyArray<Uint8Array>, repeat: number, per: number, unit: string) => {
  const feed: Array<number> = []
  const streaming: Array<number> = []
  for (let round = 0; round < 15; round++) {
    for (const [into, run] of [[feed, viaFeed], [streaming, viaStreamingDecoder]] as const) {
      const t0 = performance.now()
      for (let i = 0; i < repeat; i++) run(reads)
      into.push(((performance.now() - t0) * 1e6) / (repeat * per))
    }
  }
  const a = median(feed)
  const b = median(streaming)
  console.log(`| ${label} | ${b.toFixed(0)} | ${a.toFixed(0)} | ${(a / b).toFixed(2)}× | ${unit} |`)
}

console.log(`Node ${process.version}`)
console.log("| input | streaming TextDecoder | feed | feed ÷ streaming | unit |")
console.log("|---|--:|--:|--:|---|")
for (const size of [300, 1024, 65536]) measure(`${size} B reads`, split(size), 1, N, "ns per event")
measure("20-event answer, one read, new parser", [short], 2000, 1, "ns per answer")
if (sink === 0) throw new Error("no events")
