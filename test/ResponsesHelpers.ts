/**
 * Shared by test/Responses*.test.ts and test/Messages*.test.ts: the client over a Simulator on
 * 127.0.0.1, its transport cutting every body into reads of a given size (whole, 1-byte, 7-byte),
 * with a meter (and optionally a budget) to check the accounting.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Chunk, Effect, Layer, Stream } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import * as Transport from "../src/Transport.js"

/** Whole reads (as the socket gives them), then 1-byte and 7-byte reads. */
export const readSizes: ReadonlyArray<number | undefined> = [undefined, 1, 7]

export const label = (readSize: number | undefined) => (readSize === undefined ? "whole reads" : `${readSize}-byte reads`)

/** Reads handed to the decoder since the start (to check the cutting happened). */
export const reads = { count: 0 }

/** Cuts each read into pieces of `size` bytes, each its own chunk (one read each). */
const rechunk = (size: number) => <E, R>(stream: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Uint8Array, E, R> =>
  stream.pipe(
    Stream.mapConcat((bytes) => {
      const out: Array<Uint8Array> = []
      for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size))
      return out
    }),
    Stream.rechunk(1),
    Stream.tap(() => Effect.sync(() => {
      reads.count++
    }))
  )

const transport = (readSize: number | undefined) =>
  Layer.effect(
    Transport.Transport,
    Effect.map(Transport.make, (t): Transport.Service =>
      readSize === undefined ? t : {
        ...t,
        send: (request) => Effect.map(t.send(request), (response) => ({ ...response, stream: rechunk(readSize)(response.stream) }))
      })
  )

export interface Setup {
  readonly readSize?: number | undefined
  readonly retries?: number | undefined
  /** The budget's cap (default $1000): Responses and Messages calls are unpriced before sending. */
  readonly budgetUsd?: number | undefined
}

/** OpenRouter over a fresh Simulator (fast pacing), with a meter and a budget; `Simulator`, `CostMeter`, `Budget` exposed. */
export const layer = (setup: Setup = {}) => {
  const policies = Layer.mergeAll(
    RetryPolicy.layer({ maxRetries: setup.retries ?? 2, schedule: RetryPolicy.backoff({ base: "1 millis", jitter: false }) }),
    CostMeter.layer,
    Budget.layer({ limitUsd: setup.budgetUsd ?? 1000, allowUnpriced: true })
  )
  return Layer.scoped(OpenRouter.OpenRouter, OpenRouter.make).pipe(
    Layer.provide(transport(setup.readSize)),
    Layer.provideMerge(policies),
    Layer.provideMerge(Simulator.layer({ timings: { chunkDelay: 0, keepaliveInterval: "10 millis", firstTokenDelay: "30 millis" } })),
    Layer.provideMerge(NodeHttpClient.layerUndici)
  )
}

export const collect = <A, E, R>(stream: Stream.Stream<A, E, R>) => Effect.map(Stream.runCollect(stream), Chunk.toReadonlyArray)
