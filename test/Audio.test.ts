/**
 * Speech (bytes as a `Stream`, retried before the first byte only) and transcription (JSON and
 * multipart) through the client's pipeline against the Simulator; metering and typed errors.
 */
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import * as Audio from "../src/Audio.js"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as Simulator from "../src/Simulator.js"
import { driveClock, mediaLayer } from "./MediaHelpers.js"

const concat = (chunks: ReadonlyArray<Uint8Array>) => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.length
  }
  return out
}

const text = "Hello from the simulated speech model, in several chunks of audio bytes."

describe("speech", () => {
  it.live("the audio as a stream of chunks, deterministic, metered once with its generation id", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const chunks = Chunk.toReadonlyArray(
        yield* Stream.runCollect(client.speech({ model: "sim/tts", input: text, voice: "alloy" }))
      )
      const audio = concat(chunks)
      assert.strictEqual(audio.length, text.length * 32)
      assert.deepStrictEqual([...audio.subarray(0, 3)], [0x49, 0x44, 0x33]) // "ID3"
      assert.isAtLeast(chunks.length, 1)
      const again = concat(Chunk.toReadonlyArray(
        yield* Stream.runCollect(client.speech({ model: "sim/tts", input: text, voice: "alloy" }))
      ))
      assert.deepStrictEqual(again, audio)
      const pcm = concat(Chunk.toReadonlyArray(
        yield* Stream.runCollect(client.speech({ model: "sim/tts", input: text, response_format: "pcm" }))
      ))
      assert.notDeepEqual([...pcm.subarray(0, 3)], [0x49, 0x44, 0x33])
      const meter = yield* CostMeter.snapshot
      assert.strictEqual(meter.requests, 3)
      // No cost in the body: counted as unknown, never as $0.
      assert.strictEqual(meter.unknownCostRequests, 3)
      const budget = yield* Effect.flatMap(Budget.Budget, (b) => b.snapshot)
      assert.strictEqual(budget.reservedMicros, 0)
    }).pipe(Effect.provide(mediaLayer({ budget: { limitUsd: 1, allowUnpriced: true } }))))

  it.effect("a failure before the first byte is retried; a 400 is typed", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const audio = yield* driveClock(
        Stream.runCollect(client.speech({ model: "sim/flaky-503-1", input: "retry me" }))
      )
      assert.strictEqual(concat(Chunk.toReadonlyArray(audio)).length, 64 * 4)
      assert.strictEqual((yield* sim.requests).filter((r) => r.path === "/audio/speech").length, 2)
      const bad = yield* Effect.flip(Stream.runCollect(client.speech({ model: "sim/tts", input: "" })))
      assert.strictEqual(bad._tag, "InvalidRequestError")
      assert.strictEqual((yield* sim.requests).filter((r) => r.path === "/audio/speech").length, 3)
    }).pipe(Effect.provide(mediaLayer())))

  it.live("taking only the first bytes ends the request early", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const head = yield* Stream.runCollect(Stream.take(client.speech({ model: "sim/tts", input: text.repeat(50) }), 1))
      assert.strictEqual(head.length, 1)
    }).pipe(Effect.provide(mediaLayer())))
})

describe("transcription", () => {
  const audio = new Uint8Array(48_000).map((_, i) => (i * 7) % 256)

  it.live("JSON (base64) and multipart (file) give the same text; metered with the reported cost", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const json = yield* client.transcription({ model: "sim/stt", audio, format: "wav", language: "fr" })
      const multipart = yield* client.transcription({ model: "sim/stt", audio, format: "wav", language: "fr", upload: "multipart" })
      assert.include(json.text, "48000 bytes of wav audio")
      assert.strictEqual(multipart.text, json.text)
      assert.strictEqual(json.language, "fr")
      assert.strictEqual(json.duration, 3)
      assert.strictEqual(json.segments.length, 1)
      assert.isAbove(json.words.length, 3)
      // $0.0001 per second of audio, exact.
      assert.strictEqual(json.cost?.picos, 300_000_000n)
      const sent = (yield* sim.requests).filter((r) => r.path === "/audio/transcriptions")
      assert.strictEqual(sent.length, 2)
      assert.strictEqual((sent[0]?.headers ?? {})["content-type"], "application/json")
      assert.isTrue(((sent[1]?.headers ?? {})["content-type"] ?? "").startsWith("multipart/form-data"))
      assert.deepStrictEqual((sent[1]?.body as Record<string, unknown>)["file"], { file: "audio.wav", size: 48_000 })
      // A Blob works too.
      const blob = yield* client.transcription({ model: "sim/stt", audio: new Blob([audio]), format: "wav" })
      assert.strictEqual(blob.text, json.text)
      const meter = yield* CostMeter.snapshot
      assert.strictEqual(meter.requests, 3)
      assert.strictEqual(meter.costMicros, 900)
      const budget = yield* Effect.flatMap(Budget.Budget, (b) => b.snapshot)
      assert.strictEqual(budget.spentMicros, 900)
    }).pipe(Effect.provide(mediaLayer({ budget: { limitUsd: 1, allowUnpriced: true } }))))

  it.live("missing audio is a typed 400 (multipart too)", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const bad = yield* Effect.flip(client.transcription({ model: "sim/stt", audio: new Uint8Array(0), format: "wav" }))
      assert.strictEqual(bad._tag, "InvalidRequestError")
      const upload = yield* Effect.flip(
        client.transcription({ model: "sim/stt", audio: new Uint8Array(0), format: "wav", upload: "multipart" })
      )
      assert.strictEqual(upload._tag, "InvalidRequestError")
    }).pipe(Effect.provide(mediaLayer())))

  it("decodes a verbose response with unknown fields kept", () => {
    const decoded = Effect.runSync(Audio.createTranscription.decodeOutput({
      text: "hi",
      segments: [{ id: 0, start: 0, end: 1, text: "hi", avg_logprob: -0.1 }],
      usage: { seconds: 1, cost: 0.0001, new_meter: 3 },
      task: "transcribe-v9"
    }))
    const result = Audio.transcriptionResult(decoded)
    assert.isFalse("language" in decoded)
    assert.isUndefined(result.language)
    assert.strictEqual(result.duration, 1)
    assert.strictEqual(result.cost?.picos, 100_000_000n)
    assert.strictEqual((decoded.segments?.[0] as unknown as Record<string, unknown>)["avg_logprob"], -0.1)
  })
})

describe("speech failures after the first byte", () => {
  it.live("a connection dropped after the first bytes fails the stream, not retried", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const received: Array<Uint8Array> = []
      const error = yield* Effect.flip(
        Stream.runForEach(
          client.speech({ model: "sim/drop-after-2", input: "x".repeat(500) }),
          (chunk) => Effect.sync(() => received.push(chunk))
        )
      )
      assert.isAbove(concat(received).length, 0)
      assert.isBelow(concat(received).length, 500 * 32)
      assert.include(["TransportError", "StreamInterrupted", "TimeoutError"], error._tag)
      assert.strictEqual((yield* sim.requests).filter((r) => r.path === "/audio/speech").length, 1)
      const meter = yield* CostMeter.snapshot
      assert.strictEqual(meter.requests, 1)
    }).pipe(Effect.provide(mediaLayer())))
})
