/**
 * Prototypes of the proposed `src/` changes, built here from the package's own pieces
 * (`Transport`, `ChatStream.makeDecoder`) so that `ladder.ts` can measure what each would save.
 * They are not the package's code and are not used by `run.ts`.
 *
 * - `fusedStream`: `Transport.send`, then ONE pull loop per read (raw pull → decoder.feed →
 *   events), exposed with a single `Stream.repeatEffectChunkOption`, reading the body to its end
 *   after `[DONE]` so the connection stays reusable. Replaces decodeEvents' channel + toPull +
 *   repeatEffectChunkOption + mapError + catchAll + concat layers.
 * - `directStream`: the same single pull loop, reading the undici body (a Node `Readable`) of
 *   `NodeHttpClient`'s response directly instead of through `response.stream`
 *   (`NodeStream.fromReadable`, one more channel per read).
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { Readable } from "node:stream"
import * as ChatStream from "../src/ChatStream.js"
import type * as Transport from "../src/Transport.js"

type Event = ChatStream.ChatStreamEvent

const countText = <E>(stream: Stream.Stream<Event, E>) =>
  Stream.runFold(stream, 0, (n, e) => (e._tag === "TextDelta" ? n + 1 : n))

/** One pull loop over raw reads: events of one or more reads, `None` at the end. */
const fusedPull = <E>(
  raw: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<E>>
): Effect.Effect<Chunk.Chunk<Event>, Option.Option<E | ChatStream.StepFailure>> => {
  const decoder = ChatStream.makeDecoder({})
  let finished = false
  // after [DONE]: read (and drop) the rest so that the body ends and the connection is reused
  const drain: Effect.Effect<never, Option.Option<E>> = Effect.flatMap(raw, () => drain)
  const pull: Effect.Effect<Chunk.Chunk<Event>, Option.Option<E | ChatStream.StepFailure>> = Effect.suspend(() =>
    finished
      ? Effect.fail(Option.none())
      : Effect.matchEffect(raw, {
        onFailure: (e) => {
          if (Option.isSome(e)) return Effect.fail(e)
          finished = true
          const step = decoder.end()
          return step.failure !== undefined
            ? Effect.fail(Option.some(step.failure))
            : step.events.length > 0
            ? Effect.succeed(Chunk.unsafeFromArray(step.events))
            : Effect.fail(Option.none())
        },
        onSuccess: (reads) => {
          let events: Array<Event> = []
          for (const bytes of reads) {
            const step = decoder.feed(bytes)
            if (events.length === 0) events = step.events
            else for (const e of step.events) events.push(e)
            if (step.failure !== undefined) return Effect.fail(Option.some(step.failure))
          }
          if (decoder.state.done) {
            finished = true
            return Effect.succeed(Chunk.unsafeFromArray(events)).pipe(
              Effect.zipLeft(Effect.catchAll(drain, () => Effect.void), { concurrent: false })
            )
          }
          return events.length > 0 ? Effect.succeed(Chunk.unsafeFromArray(events)) : pull
        }
      })
  )
  return pull
}

export const fusedStream = (transport: Transport.Service, request: Transport.TransportRequest) =>
  Effect.scoped(
    Effect.gen(function*() {
      const response = yield* transport.send(request)
      const raw = yield* Stream.toPull(response.stream)
      return yield* countText(Stream.repeatEffectChunkOption(fusedPull(raw)))
    })
  )

/** Reads a Node `Readable` in paused mode: one `Effect.async` per batch of reads. */
const readablePull = (body: Readable): Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<Error>> =>
  Effect.async<Chunk.Chunk<Uint8Array>, Option.Option<Error>>((resume) => {
    const take = (): boolean => {
      let chunk = body.read() as Uint8Array | null
      if (chunk === null) {
        if (body.readableEnded) {
          resume(Effect.fail(Option.none()))
          return true
        }
        return false
      }
      const reads: Array<Uint8Array> = [chunk]
      while ((chunk = body.read() as Uint8Array | null) !== null) reads.push(chunk)
      resume(Effect.succeed(Chunk.unsafeFromArray(reads)))
      return true
    }
    if (take()) return
    const cleanup = () => {
      body.off("readable", onReadable)
      body.off("end", onEnd)
      body.off("error", onError)
    }
    const onReadable = () => {
      if (take()) cleanup()
    }
    const onEnd = () => {
      cleanup()
      resume(Effect.fail(Option.none()))
    }
    const onError = (e: Error) => {
      cleanup()
      resume(Effect.fail(Option.some(e)))
    }
    body.on("readable", onReadable)
    body.on("end", onEnd)
    body.on("error", onError)
    return Effect.sync(cleanup)
  })

/** The undici body behind a `NodeHttpClient.layerUndici` response (not a public API). */
const undiciBody = (response: HttpClientResponse.HttpClientResponse): Readable | undefined => {
  const r = response as unknown as { readonly source?: { readonly body?: Readable }; readonly original?: unknown }
  const source = r.source ?? (r.original as { readonly source?: { readonly body?: Readable } } | undefined)?.source
  return source?.body
}

export const directStream = (client: HttpClient.HttpClient.With<unknown, Scope.Scope>, request: HttpClientRequest.HttpClientRequest) =>
  Effect.scoped(
    Effect.gen(function*() {
      const response = yield* client.execute(request)
      const body = undiciBody(response)
      if (body === undefined) return yield* Effect.dieMessage("not an undici response")
      return yield* countText(Stream.repeatEffectChunkOption(fusedPull(readablePull(body))))
    })
  )
