/**
 * The synchronous decoding work per event, without I/O or Effect: the realistic bench body
 * (10,000 OpenRouter chunks) pre-split into reads and fed to
 *   floor       the minimal splitter + JSON.parse + content accumulated (what `floor` does per read)
 *   sse+parse   `Sse.makeParser` + JSON.parse of each data line (no chunk handling)
 *   makeDecoder `ChatStream.makeDecoder` (SSE parser, JSON.parse, error check, fastChunk, Accumulator)
 * Median ns per event over rounds, for 1 KB and 64 KB reads.
 *
 *   npx tsx bench/decoder.ts
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import { makeDecoder } from "../src/ChatStream.js"
import { makeParser } from "../src/Sse.js"
import { sseEvents } from "./bodies.js"
import { median } from "./stats.js"
import { makeSplitter } from "./clients.js"

const N = 10_000
const body = Buffer.from(sseEvents(N).join(""), "utf8")
const split = (size: number) => {
  const reads: Array<Uint8Array> = []
  for (let i = 0; i < body.length; i += size) reads.push(body.subarray(i, Math.min(body.length, i + size)))
  return reads
}

let sink = 0

const floor = (reads: ReadonlyArray<Uint8Array>) => {
  const splitter = makeSplitter()
  for (const bytes of reads) splitter.feed(bytes)
  sink += splitter.result().length
}

const sseParse = (reads: ReadonlyArray<Uint8Array>) => {
  const parser = makeParser((e) => {
    if (e._tag === "Message" && e.data !== "[DONE]") sink += (JSON.parse(e.data) as { created: number }).created & 1
  })
  for (const bytes of reads) parser.feed(bytes)
  parser.end()
}

const decoder = (reads: ReadonlyArray<Uint8Array>) => {
  const d = makeDecoder({})
  let events = 0
  for (const bytes of reads) events += d.feed(bytes).events.length
  d.end()
  sink += d.state.accumulator.completion().text.length + events
}

const measure = (f: (reads: ReadonlyArray<Uint8Array>) => void, reads: ReadonlyArray<Uint8Array>) => {
  const xs: Array<number> = []
  for (let r = 0; r < 15; r++) {
    const c0 = process.cpuUsage()
    f(reads)
    const c = process.cpuUsage(c0)
    xs.push(((c.user + c.system) * 1000) / N)
  }
  return median(xs)
}

const variants: Array<[string, (reads: ReadonlyArray<Uint8Array>) => void]> = [
  ["floor", floor],
  ["sse+parse", sseParse],
  ["makeDecoder", decoder]
]
for (const size of [1024, 64 * 1024]) {
  const reads = split(size)
  for (let i = 0; i < 10; i++) for (const [, f] of variants) f(reads)
}
console.log("| reads | floor ns/event | sse+parse | makeDecoder | makeDecoder / floor |")
console.log("|---|--:|--:|--:|--:|")
for (const size of [1024, 64 * 1024]) {
  const reads = split(size)
  const [a, b, c] = variants.map(([, f]) => measure(f, reads)) as [number, number, number]
  console.log(`| ${size / 1024} KB | ${a.toFixed(0)} | ${b.toFixed(0)} | ${c.toFixed(0)} | ${(c / a).toFixed(2)}× |`)
}
if (sink === 0) console.log("(sink)")
