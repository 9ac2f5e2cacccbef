/**
 * Video jobs against the Simulator: submit, poll as a `Stream` of states under the `TestClock`
 * (pending → in_progress → completed), the cost settled once from the finished state, the
 * content downloaded as bytes; a failed job ends the stream with its failed state.
 */
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Stream, TestClock } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as Simulator from "../src/Simulator.js"
import * as Videos from "../src/Videos.js"
import { driveClock, mediaLayer } from "./MediaHelpers.js"

const polls = (sim: Simulator.Service) =>
  Effect.map(sim.requests, (rs) => rs.filter((r) => r.method === "GET" && /^\/videos\/[^/]+$/.test(r.path)).length)

describe("videos", () => {
  it.effect("generate: the states as a stream ending with the completed one, polled on the clock", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const start = yield* TestClock.currentTimeMillis
      const states = Chunk.toReadonlyArray(
        yield* driveClock(Stream.runCollect(client.videos.generate({ model: "sim/video", prompt: "a kite", duration: 5 }, {
          interval: "2 seconds"
        })))
      )
      assert.deepStrictEqual(states.map((s) => s.status), ["pending", "in_progress", "completed"])
      const done = states[2]
      if (done === undefined) return assert.fail("a finished state")
      assert.strictEqual(Videos.costOf(done)?.picos, 500_000_000_000n) // $0.1 per second × 5
      assert.strictEqual(done.unsigned_urls?.length, 1)
      // The job moves one step per poll or per second of the Simulator's clock (the test clock
      // here), whichever is further: two polls, two seconds apart.
      assert.strictEqual(yield* polls(sim), 2)
      assert.strictEqual((yield* TestClock.currentTimeMillis) - start, 4_000)
      const meter = yield* CostMeter.snapshot
      assert.strictEqual(meter.requests, 1)
      assert.strictEqual(meter.costMicros, 500_000)
      assert.strictEqual(meter.byModel["sim/video"]?.requests, 1)
      const budget = yield* Effect.flatMap(Budget.Budget, (b) => b.snapshot)
      assert.strictEqual(budget.spentMicros, 500_000)
      const content = yield* client.videos.content(done.id)
      assert.deepStrictEqual([...content.subarray(4, 8)], [0x66, 0x74, 0x79, 0x70]) // "ftyp"
      // Polling a finished job again: one state, no second settlement.
      const again = Chunk.toReadonlyArray(yield* Stream.runCollect(client.videos.poll(done.id)))
      assert.deepStrictEqual(again.map((s) => s.status), ["completed"])
      assert.strictEqual((yield* CostMeter.snapshot).requests, 1)
    }).pipe(Effect.provide(mediaLayer({ budget: { limitUsd: 5, allowUnpriced: true } }))))

  it.effect("every poll with emit: every; a failed job ends with its failed state; unknown job typed", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const job = yield* client.videos.submit({ model: "sim/video-fail", prompt: "nope" })
      assert.strictEqual(job.status, "pending")
      const states = Chunk.toReadonlyArray(
        yield* driveClock(Stream.runCollect(client.videos.poll(job.id, { interval: "1 second", emit: "every" })))
      )
      assert.deepStrictEqual(states.map((s) => s.status), ["in_progress", "in_progress", "failed"])
      assert.isString(states[2]?.error)
      const meter = yield* CostMeter.snapshot
      assert.strictEqual(meter.requests, 0)
      const missing = yield* Effect.flip(client.videos.status("vid-none"))
      assert.strictEqual(missing._tag, "NotFoundError")
      const empty = yield* Effect.flip(Stream.runCollect(client.videos.poll(" ")))
      assert.strictEqual(empty._tag, "InvalidRequestError")
      const early = yield* Effect.flip(client.videos.content((yield* client.videos.submit({ model: "sim/video" })).id))
      assert.strictEqual(early._tag, "InvalidRequestError")
    }).pipe(Effect.provide(mediaLayer())))

  it.effect("a job that does not finish in time fails the stream with a deadline TimeoutError", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const error = yield* Effect.flip(
        driveClock(
          Stream.runCollect(client.videos.generate({ model: "sim/video" }, { interval: "5 seconds", timeout: "3 seconds" }))
        )
      )
      assert.strictEqual(error._tag, "TimeoutError")
      if (error._tag === "TimeoutError") assert.strictEqual(error.kind, "deadline")
    }).pipe(Effect.provide(mediaLayer())))

  it("decodes a job with an unknown status and unknown fields", () => {
    const job = Effect.runSync(Videos.getVideos.decodeOutput({
      id: "vid-1",
      polling_url: "/api/v1/videos/vid-1",
      status: "upscaling",
      progress: 0.4,
      usage: { cost: null, is_byok: false }
    }))
    assert.strictEqual(job.status, "upscaling")
    assert.isFalse(Videos.isFinished(job.status))
    assert.strictEqual((job as unknown as Record<string, unknown>)["progress"], 0.4)
    assert.isUndefined(Videos.costOf(job))
  })
})
