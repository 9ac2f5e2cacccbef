/**
 * Issue 10 item 13: a budget reservation is settled or released however the call ends — here,
 * 1,000 calls interrupted at pseudo-random points (fixed seeds) between "reserve" and "settle".
 * The transport is a fake answering at once (no I/O): the calls are cheap, and where each one
 * is interrupted depends only on the seed.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Stream } from "effect"
import * as Budget from "../src/Budget.js"
import type { Model } from "../src/Model.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { classify } from "../src/OpenRouterError.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Transport from "../src/Transport.js"
import { userMessage } from "./helpers.js"
import { fakeModel } from "./fakeModel.js"

const model = (id: string): Model => fakeModel(id)

/** mulberry32: a small deterministic PRNG. */
const prng = (seed: number) => {
  let a = seed >>> 0
  return (): number => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const completion = (i: number) => ({
  id: `gen-${i}`,
  model: "a/model",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: 0.00002 }
})

const chunks = (i: number) => [
  { id: `gen-${i}`, model: "a/model", object: "chat.completion.chunk", created: 1, choices: [{ index: 0, delta: { content: "ok" }, finish_reason: null }] },
  {
    id: `gen-${i}`,
    model: "a/model",
    object: "chat.completion.chunk",
    created: 1,
    choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: 0.00002 }
  }
]


/**
 * A transport that answers at once: every 11th request with a 503, streams with an SSE body,
 * JSON requests with a completion.
 */
const fakeTransport = (): Transport.Service => {
  let index = 0
  const encoder = new TextEncoder()
  const send: Transport.Service["send"] = (request) =>
    Effect.suspend(() => {
      const i = index++
      if (i % 11 === 5) {
        return Effect.fail(classify({ status: 503, body: { error: { code: 503, message: "busy" } }, model: request.model }))
      }
      const response: Transport.TransportResponse = {
        status: 200,
        headers: {},
        generationId: `gen-${i}`,
        sentAt: 0,
        headersAt: 0,
        json: Effect.succeed(completion(i)),
        stream: Stream.make(encoder.encode(chunks(i).map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + "data: [DONE]\n\n")),
        abort: Effect.void
      }
      return Effect.succeed(response)
    })
  return {
    send,
    json: (request, schema) =>
      Effect.scoped(Effect.gen(function*() {
        const response = yield* send(request)
        const body = yield* response.json
        const value = yield* Transport.decodeWith(schema)(body, response.status, request.model)
        return { value, response }
      }))
  }
}

describe("budget reservations under interruption", () => {
  // 1,000 calls in four tests of 250 (four seeds), so each stays well within the per-test time
  // when the suite shares 2 cores (500 calls took 3-5 s alone and timed out at 10 s on a loaded
  // machine).
  const parts = [
    ["calls 1-250", 0x5EED],
    ["calls 251-500", 0xBEEF],
    ["calls 501-750", 0xC0DE],
    ["calls 751-1,000", 0xFACE]
  ] as const
  for (const [part, seed] of parts) {
  it.effect(`1,000 calls interrupted at random points leave nothing reserved (${part})`, () =>
    Effect.gen(function*() {
      const random = prng(seed)
      const layer = Layer.scoped(OpenRouter.OpenRouter, OpenRouter.make).pipe(
        Layer.provide(Layer.succeed(Transport.Transport, fakeTransport())),
        Layer.provideMerge(Layer.mergeAll(
          Budget.layer({ limitUsd: 1_000 }),
          ModelRegistry.layerStatic([model("a/model")]),
          // 503s are retried once, at once: time stands still on the TestClock, interruption
          // (not time) ends these calls.
          RetryPolicy.layer({ maxRetries: 1, schedule: RetryPolicy.backoff({ base: "0 millis", jitter: false }) })
        )),
        Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: "sk-or-v1-budget-interruption-0000" })))
      )
      yield* Effect.gen(function*() {
        const budget = yield* Budget.Budget
        const client = yield* OpenRouter.OpenRouter
        const request = { model: "a/model", messages: userMessage(), max_tokens: 10 }
        const calls = [
          client.chat(request, { wire: "json" }),
          client.chat(request, { wire: "stream" }),
          Stream.runDrain(client.chatStream(request))
        ] as const
        const total = 250
        const batch = 50
        const steps = 40
        let completed = 0
        for (let start = 0; start < total; start += batch) {
          const fibers: Array<Fiber.RuntimeFiber<unknown, unknown>> = []
          const points: Array<number> = []
          for (let i = start; i < start + batch; i++) {
            const call = calls[i % calls.length] ?? calls[0]
            fibers.push(yield* Effect.fork(Effect.ignore(call)))
            points.push(Math.floor(random() * steps))
          }
          for (let step = 0; step < steps; step++) {
            for (let k = 0; k < fibers.length; k++) {
              const fiber = fibers[k]
              if (fiber !== undefined && points[k] === step) yield* Fiber.interruptFork(fiber)
            }
            yield* Effect.yieldNow()
          }
          for (const fiber of fibers) {
            const exit = yield* Fiber.await(fiber)
            if (exit._tag === "Success") completed++
          }
        }
        const snapshot = yield* budget.snapshot
        assert.strictEqual(snapshot.reservedMicros, 0, `reserved after interruptions (${completed} of ${total} calls completed)`)
        // The points are spread: some calls completed before their interruption, most did not.
        assert.isAbove(completed, 0)
        assert.isBelow(completed, total)
      }).pipe(Effect.provide(layer))
    }), 10_000)
  }
})
