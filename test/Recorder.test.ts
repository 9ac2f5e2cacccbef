import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { afterAll, assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Layer, Schedule, Stream } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as recordReplayExample from "../examples/record-replay.js"
import { completion } from "../src/ChatResult.js"
import type { ChatStreamEvent } from "../src/ChatStream.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as Recorder from "../src/Recorder.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "recorder-test-"))
const cassette = (name: string) => path.join(tmp, `${name}.json`)
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const recording = (file: string, options: Simulator.Options = {}) =>
  OpenRouter.layer.pipe(
    Layer.provide(RetryPolicy.none),
    Layer.provideMerge(Simulator.layer(options)),
    Layer.provideMerge(Recorder.layer({ mode: "record", cassette: file }).pipe(Layer.provide(NodeHttpClient.layerUndici)))
  )

/** Replay against the (stopped) simulator's URL: any real network call would be refused. */
const replaying = (file: string, baseUrl: string, config: Partial<OpenRouterConfig.Options> = {}) =>
  OpenRouter.layer.pipe(
    Layer.provide(RetryPolicy.none),
    Layer.provide(OpenRouterConfig.layer({ ...config, apiKey: "sk-or-v1-replay-not-a-real-key", baseUrl })),
    Layer.provideMerge(Recorder.layer({ mode: "replay", cassette: file }))
  )

const user = (content: string) => [{ role: "user" as const, content }]

const summarize = (events: ReadonlyArray<ChatStreamEvent>) =>
  events.map((e) =>
    e._tag === "TextDelta" || e._tag === "ReasoningDelta"
      ? `${e._tag}:${e.text}`
      : e._tag === "Done"
      ? `Done:${JSON.stringify(completion(e.result))}`
      : e._tag
  )

/** A raw streamed request through whatever `HttpClient` is provided; returns the text of each read. */
const rawChunks = (url: string, key: string) =>
  Effect.gen(function*() {
    const http = yield* HttpClient.HttpClient
    const response = yield* http.execute(
      HttpClientRequest.post(`${url}/chat/completions`).pipe(
        HttpClientRequest.bearerToken(key),
        HttpClientRequest.bodyUnsafeJson({ model: "sim/reasoning", messages: user("chunks"), stream: true })
      )
    )
    const decoder = new TextDecoder()
    return yield* response.stream.pipe(
      Stream.map((bytes) => decoder.decode(bytes, { stream: true })),
      Stream.runCollect,
      Effect.map(Chunk.toReadonlyArray)
    )
  })

describe("Recorder", () => {
  it.live("record against the Simulator, then replay with it stopped: identical results and chunk boundaries", () =>
    Effect.gen(function*() {
      const file = cassette("roundtrip")
      const request = { model: "sim/reasoning", messages: user("Hello recorder") }
      const recorded = yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const sim = yield* Simulator.Simulator
        const json = yield* client.chat(request, { wire: "json" })
        const stream = yield* client.chat(request)
        const events = yield* Stream.runCollect(client.chatStream({ ...request, max_tokens: 5 }))
        const chunks = yield* rawChunks(sim.url, sim.apiKey)
        return { json, stream, events: Chunk.toReadonlyArray(events), chunks, url: sim.url }
      }).pipe(Effect.provide(recording(file)))

      assert.isTrue(recorded.chunks.length > 3)
      const onDisk = yield* Recorder.read(file)
      assert.strictEqual(onDisk.exchanges.length, 4)
      assert.deepStrictEqual(onDisk.exchanges[3]?.response?.chunks, recorded.chunks)
      assert.isDefined(onDisk.exchanges[0]?.response?.body)

      const replayed = yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const json = yield* client.chat(request, { wire: "json" })
        const stream = yield* client.chat(request)
        const events = yield* Stream.runCollect(client.chatStream({ ...request, max_tokens: 5 }))
        const chunks = yield* rawChunks(recorded.url, "sk-or-v1-replay-not-a-real-key")
        return { json, stream, events: Chunk.toReadonlyArray(events), chunks }
      }).pipe(Effect.provide(replaying(file, recorded.url)))

      assert.deepStrictEqual(completion(replayed.json), completion(recorded.json))
      assert.deepStrictEqual(completion(replayed.stream), completion(recorded.stream))
      assert.deepStrictEqual(summarize(replayed.events), summarize(recorded.events))
      assert.deepStrictEqual(replayed.chunks, recorded.chunks)
      assert.strictEqual(replayed.stream.meta.generationId, recorded.stream.meta.generationId)
    }))

  it.live("the cassette holds no API key and no authorization header, even when a body carried the key", () =>
    Effect.gen(function*() {
      const file = cassette("secrets")
      yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        yield* client.chat({ model: "sim/echo", messages: user(`my key is ${Simulator.API_KEY}`) })
        yield* client.key()
      }).pipe(Effect.provide(recording(file)))
      const text = fs.readFileSync(file, "utf8")
      assert.notInclude(text, Simulator.API_KEY)
      assert.notInclude(text, "sk-or-v1-sim")
      assert.notMatch(text, /authorization/i)
      assert.notMatch(text, /bearer/i)
      assert.include(text, "<redacted>")
    }))

  it.live("repeated identical requests replay in order (a 503 burst, then success)", () =>
    Effect.gen(function*() {
      const file = cassette("burst")
      const request = { model: "sim/flaky-503-2", messages: user("again") }
      const options = { retry: { maxRetries: 3, schedule: Schedule.spaced("1 millis") } }
      const recorded = yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const sim = yield* Simulator.Simulator
        const result = yield* client.chat(request, options)
        return { result, url: sim.url }
      }).pipe(Effect.provide(recording(file)))
      const replayed = yield* Effect.flatMap(OpenRouter.OpenRouter, (client) => client.chat(request, options)).pipe(
        Effect.provide(replaying(file, recorded.url))
      )
      const outcomes = (r: typeof replayed) => r.meta.attempts.map((a) => a.outcome)
      assert.deepStrictEqual(outcomes(replayed), ["NoProviderAvailableError", "NoProviderAvailableError", "Success"])
      assert.deepStrictEqual(outcomes(replayed), outcomes(recorded.result))
      assert.deepStrictEqual(completion(replayed), completion(recorded.result))
    }))

  it.live("faults replay as faults: a dropped stream and a stall", () =>
    Effect.gen(function*() {
      const file = cassette("faults")
      const config = { timeouts: { idle: "150 millis" } } as const
      const run = Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const drop = yield* Effect.flip(client.chat({ model: "sim/drop-after-3", messages: user("d") }))
        const stall = yield* Effect.flip(client.chat({ model: "sim/stall", messages: user("s") }))
        return [drop, stall].map((e) =>
          e._tag === "StreamInterrupted"
            ? `${e._tag}/${(e.reason as { readonly _tag: string })._tag}/${(e.partial as { readonly text: string }).text}`
            : e._tag
        )
      })
      const recorded = yield* Effect.gen(function*() {
        const sim = yield* Simulator.Simulator
        return { tags: yield* run, url: sim.url }
      }).pipe(Effect.provide(recording(file, { config })))
      assert.deepStrictEqual(recorded.tags, ["StreamInterrupted/TransportError/You said:", "StreamInterrupted/TimeoutError/You"])
      const onDisk = yield* Recorder.read(file)
      assert.deepStrictEqual(onDisk.exchanges.map((e) => e.response?.end), ["error", "interrupted"])
      const replayed = yield* run.pipe(Effect.provide(replaying(file, recorded.url, config)))
      assert.deepStrictEqual(replayed, recorded.tags)
    }))

  it.live("an unmatched request fails with a RequestError naming the closest recorded request", () =>
    Effect.gen(function*() {
      const file = cassette("unmatched")
      const url = yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        yield* client.chat({ model: "sim/echo", messages: user("Hello") })
        yield* client.models()
        return (yield* Simulator.Simulator).url
      }).pipe(Effect.provide(recording(file)))
      const error = yield* Effect.flatMap(
        OpenRouter.OpenRouter,
        (client) => Effect.flip(client.chat({ model: "sim/echo", messages: user("Hello there") }))
      ).pipe(Effect.provide(replaying(file, url)))
      assert.strictEqual(error._tag, "TransportError")
      assert.include(error.message, "no recorded exchange matches POST /api/v1/chat/completions")
      assert.include(error.message, "Closest recorded request: #0 POST /api/v1/chat/completions")
      assert.include(error.message, "body.messages[0].content: recorded \"Hello\", sent \"Hello there\"")

      const raw = yield* Effect.flatMap(HttpClient.HttpClient, (http) =>
        Effect.flip(http.execute(HttpClientRequest.get(`${url}/credits`)))).pipe(
          Effect.provide(Recorder.layer({ mode: "replay", cassette: file }))
        )
      assert.strictEqual(raw._tag, "RequestError")
      assert.include(raw.message, "Closest recorded request: #1 GET /api/v1/models")
    }))

  it.live("a refused connection is recorded and replayed as a RequestError; allowRepeats: false fails extra calls", () =>
    Effect.gen(function*() {
      const file = cassette("refused")
      const get = Effect.flatMap(HttpClient.HttpClient, (http) =>
        Effect.flip(http.execute(HttpClientRequest.get("http://127.0.0.1:1/api/v1/models"))))
      const recorded = yield* get.pipe(
        Effect.provide(Recorder.layer({ mode: "record", cassette: file }).pipe(Layer.provide(NodeHttpClient.layerUndici)))
      )
      assert.strictEqual(recorded._tag, "RequestError")
      const onDisk = yield* Recorder.read(file)
      assert.strictEqual(onDisk.exchanges[0]?.error?.reason, "Transport")
      const [first, second] = yield* Effect.all([get, get]).pipe(
        Effect.provide(Recorder.layer({ mode: "replay", cassette: file, allowRepeats: false }))
      )
      assert.strictEqual(first._tag, "RequestError")
      assert.include(first.message, onDisk.exchanges[0]?.error?.message ?? "?")
      assert.include(second.message, "already replayed")
    }))

  it.live("examples/record-replay.ts records, replays and gets identical results", () =>
    Effect.gen(function*() {
      const out = yield* recordReplayExample.program
      fs.rmSync(path.dirname(out.cassette), { recursive: true, force: true })
      assert.isTrue(out.same)
      assert.include(out.replayed.answer.text, "What is Effect?")
    }))

  it.live("passthrough forwards and writes nothing; replay of a missing cassette fails the layer", () =>
    Effect.gen(function*() {
      const file = cassette("never-written")
      const text = yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        return (yield* client.chat({ model: "sim/echo", messages: user("pass") })).text
      }).pipe(
        Effect.provide(
          OpenRouter.layer.pipe(
            Layer.provideMerge(Simulator.layer()),
            Layer.provideMerge(
              Recorder.layer({ mode: "passthrough", cassette: file }).pipe(Layer.provide(NodeHttpClient.layerUndici))
            )
          )
        )
      )
      assert.include(text, "pass")
      assert.isFalse(fs.existsSync(file))
      const missing = yield* Effect.flip(
        Effect.provide(HttpClient.HttpClient, Recorder.layer({ mode: "replay", cassette: file }))
      )
      assert.strictEqual(missing._tag, "RecorderError")
    }))
})
