/**
 * The least an Effect-based consumer pays per read, without HTTP: a Node `Readable` in paused mode
 * receives one 300-byte chunk per event-loop turn (like a paced SSE stream: one event per read),
 * and is consumed by
 *   for-await          the floor's way
 *   callback           a 'readable' listener calling read() (no promise per chunk)
 *   fromReadable       @effect/platform-node's NodeStream.fromReadable + Stream.runFold (what
 *                      HttpClientResponse.stream is for undici responses)
 *   async pull         Stream.repeatEffectChunkOption over one Effect.async per read + runFold
 *   async loop         no Stream: an Effect.gen loop of Effect.async reads
 * CPU µs per chunk, median of rounds; the producer's cost (setImmediate + push) is in every row.
 *
 *   npx tsx bench/effect-floor.ts
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as NodeStream from "@effect/platform-node/NodeStream"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { Readable } from "node:stream"
import { ensureGc } from "./measure.js"
import { median } from "./stats.js"

ensureGc(import.meta.url)

const N = 20_000
const payload = Buffer.alloc(300, 97)

/** A paused-mode Readable fed one chunk per event-loop turn. */
const source = (): Readable => {
  const r = new Readable({ read() {} })
  let i = 0
  const tick = () => {
    if (i++ < N) {
      r.push(payload)
      setImmediate(tick)
    } else {
      r.push(null)
    }
  }
  setImmediate(tick)
  return r
}

const forAwait = async () => {
  let n = 0
  for await (const c of source()) n += (c as Buffer).length
  return n
}

const callback = () =>
  new Promise<number>((resolve) => {
    const r = source()
    let n = 0
    r.on("readable", () => {
      let c: Buffer | null
      while ((c = r.read() as Buffer | null) !== null) n += c.length
    })
    r.on("end", () => resolve(n))
  })

const fromReadable = () =>
  Effect.runPromise(
    Stream.runFold(NodeStream.fromReadable(source, (e) => e), 0, (n, c: Uint8Array) => n + c.length)
  )

const readablePull = (body: Readable): Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<never>> =>
  Effect.async<Chunk.Chunk<Uint8Array>, Option.Option<never>>((resume) => {
    const take = (): boolean => {
      let c = body.read() as Uint8Array | null
      if (c === null) {
        if (body.readableEnded) {
          resume(Effect.fail(Option.none()))
          return true
        }
        return false
      }
      const reads: Array<Uint8Array> = [c]
      while ((c = body.read() as Uint8Array | null) !== null) reads.push(c)
      resume(Effect.succeed(Chunk.unsafeFromArray(reads)))
      return true
    }
    if (take()) return
    const cleanup = () => {
      body.off("readable", onReadable)
      body.off("end", onEnd)
    }
    const onReadable = () => {
      if (take()) cleanup()
    }
    const onEnd = () => {
      cleanup()
      resume(Effect.fail(Option.none()))
    }
    body.on("readable", onReadable)
    body.on("end", onEnd)
    return Effect.sync(cleanup)
  })

const asyncPull = () =>
  Effect.runPromise(
    Effect.suspend(() => {
      const r = source()
      return Stream.runFold(Stream.repeatEffectChunkOption(readablePull(r)), 0, (n, c: Uint8Array) => n + c.length)
    })
  )

const asyncLoop = () =>
  Effect.runPromise(Effect.gen(function*() {
    const r = source()
    const pull = readablePull(r)
    let n = 0
    while (true) {
      const next = yield* Effect.option(pull)
      if (Option.isNone(next)) return n
      for (const c of next.value) n += c.length
    }
  }))

const variants: Array<[string, () => Promise<number>]> = [
  ["for-await (floor)", forAwait],
  ["callback", callback],
  ["fromReadable + runFold (platform)", fromReadable],
  ["async pull + repeatEffectChunkOption + runFold", asyncPull],
  ["async loop (no Stream)", asyncLoop]
]

const samples = new Map<string, Array<number>>(variants.map(([k]) => [k, []]))
for (let round = 0; round < 9; round++) {
  for (let i = 0; i < variants.length; i++) {
    const [name, run] = variants[(i + round) % variants.length] as [string, () => Promise<number>]

    const c0 = process.cpuUsage()
    const n = await run()
    const c = process.cpuUsage(c0)
    if (n !== N * payload.length) throw new Error(`${name}: ${n}`)
    if (round >= 2) (samples.get(name) as Array<number>).push((c.user + c.system) / N)
  }
}
const base = median(samples.get("for-await (floor)") as Array<number>)
console.log(`one ${payload.length}-byte chunk per event-loop turn, ${N} chunks`)
console.log("| consumer | CPU µs per read | vs for-await |")
console.log("|---|--:|--:|")
for (const [name, xs] of samples) console.log(`| ${name} | ${median(xs).toFixed(2)} | ${(median(xs) / base).toFixed(2)}× |`)
