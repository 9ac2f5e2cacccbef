/**
 * Micro-benchmark for the SSE decoder (`npx tsx bench/sse-decoder.ts`).
 *
 * Body: 10,000 OpenRouter-like `data: {...}\n\n` chunks, pre-encoded once. For each read size the
 * body is pre-split into `Uint8Array` reads, then fed to:
 *  - `makeParser` (this package), and
 *  - a minimal hand-written floor: TextDecoder(stream) + split on "\n" + keep lines starting with
 *    "data: " (no CR, no BOM, no comments, no limits — not spec-conformant, only a lower bound).
 * A third column shows the TextDecoder calls alone, the part of the cost that every decoder pays
 * per read (it dominates at 16-byte reads).
 * Reports the median ns/event over several rounds. Cost per event should be flat across read sizes.
 */
import { makeParser, type SseEvent } from "../src/Sse.js"

const EVENTS = 10_000
const ROUNDS = 15

const body = (() => {
  const parts: Array<string> = []
  for (let i = 0; i < EVENTS; i++) {
    parts.push(`data: {"id":"gen-1","choices":[{"index":0,"delta":{"content":"tok ${i % 1000}"}}]}\n\n`)
  }
  return new TextEncoder().encode(parts.join(""))
})()

const split = (bytes: Uint8Array, size: number): Array<Uint8Array> => {
  const reads: Array<Uint8Array> = []
  for (let i = 0; i < bytes.length; i += size) reads.push(bytes.subarray(i, Math.min(bytes.length, i + size)))
  return reads
}

let sink = 0

const runOurs = (reads: ReadonlyArray<Uint8Array>): number => {
  let count = 0
  let bytes = 0
  const parser = makeParser((event: SseEvent) => {
    if (event._tag === "Message") {
      count++
      bytes += event.data.length
    }
  })
  for (let i = 0; i < reads.length; i++) {
    const error = parser.feed(reads[i] as Uint8Array)
    if (error !== undefined) throw error
  }
  parser.end()
  sink += bytes
  return count
}

const runFloor = (reads: ReadonlyArray<Uint8Array>): number => {
  const decoder = new TextDecoder()
  let count = 0
  let bytes = 0
  let rest = ""
  for (let i = 0; i < reads.length; i++) {
    const lines = (rest + decoder.decode(reads[i], { stream: true })).split("\n")
    rest = lines.pop() ?? ""
    for (let j = 0; j < lines.length; j++) {
      const line = lines[j] as string
      if (line.startsWith("data: ")) {
        count++
        bytes += line.length - 6
      }
    }
  }
  sink += bytes
  return count
}

const runDecodeOnly = (reads: ReadonlyArray<Uint8Array>): number => {
  const decoder = new TextDecoder()
  let bytes = 0
  for (let i = 0; i < reads.length; i++) bytes += decoder.decode(reads[i], { stream: true }).length
  sink += bytes
  return EVENTS
}

const measure = (run: (reads: ReadonlyArray<Uint8Array>) => number, reads: ReadonlyArray<Uint8Array>): number => {
  for (let i = 0; i < 5; i++) run(reads) // warm-up
  const samples: Array<number> = []
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint()
    const n = run(reads)
    const t1 = process.hrtime.bigint()
    if (n !== EVENTS) throw new Error(`expected ${EVENTS} events, got ${n}`)
    samples.push(Number(t1 - t0) / n)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN
}

const sizes: ReadonlyArray<readonly [string, number]> = [
  ["16 B", 16],
  ["1 KB", 1024],
  ["64 KB", 64 * 1024],
  ["whole", body.length] // all 10,000 events in a single read
]

console.log(`SSE decoder: ${EVENTS} events, ${(body.length / 1024).toFixed(0)} KiB body, median of ${ROUNDS} rounds`)
console.log("")
// global warm-up so that the first row is not penalised by JIT tiering
for (const [, size] of sizes) {
  const reads = split(body, size)
  for (let i = 0; i < 5; i++) {
    runOurs(reads)
    runFloor(reads)
    runDecodeOnly(reads)
  }
}
console.log("read size | makeParser ns/event | floor ns/event | ours/floor | TextDecoder only ns/event")
console.log("----------|---------------------|----------------|------------|--------------------------")
for (const [label, size] of sizes) {
  const reads = split(body, size)
  const ours = measure(runOurs, reads)
  const floor = measure(runFloor, reads)
  const decodeOnly = measure(runDecodeOnly, reads)
  console.log(
    `${label.padEnd(9)} | ${ours.toFixed(0).padStart(19)} | ${floor.toFixed(0).padStart(14)} | ${
      (ours / floor).toFixed(2).padStart(10)
    } | ${decodeOnly.toFixed(0).padStart(25)}`
  )
}
if (sink === 0) console.log("(sink)")
