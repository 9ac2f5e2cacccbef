/**
 * `chat(…, { onEvent })`: streaming without a `Stream`. The callback sees exactly the events
 * `chatStream` emits for the same answer (`Done` last, with the result `chat` returns); the events
 * of an attempt that is retried before its first content are never seen; a failure after it keeps
 * what was delivered (`StreamInterrupted.partial` is that text); a throw from the callback ends the
 * call as a defect; the JSON wire refuses the option with a typed error.
 */
import { assert, describe, it } from "@effect/vitest"
import { Cause, Chunk, Effect, Exit, Layer, Schedule, Stream } from "effect"
import type * as ChatStream from "../src/ChatStream.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { userMessage } from "./helpers.js"

const req = { model: "a/model", messages: userMessage(), max_tokens: 50 }
const base = { id: "gen-e", model: "a/model", object: "chat.completion.chunk", created: 7 }
const delta = (d: Record<string, unknown>, finish: string | null = null) => ({
  ...base,
  choices: [{ index: 0, delta: d, finish_reason: finish }]
})
const answer = [
  delta({ role: "assistant", content: "" }),
  { ...base, choices: [{ index: 0, delta: {}, finish_reason: null }], annotations: undefined },
  delta({ reasoning: "think" }),
  delta({ content: "Hel" }),
  delta({ content: "lo" }),
  delta({ tool_calls: [{ index: 0, id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] }),
  delta({}, "stop"),
  { ...base, choices: [], usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5, cost: 0.0001 } }
]

/** What a caller sees of `answer`, in order. */
const answerShape = ["ReasoningDelta:think", "TextDelta:Hel", "TextDelta:lo", "ToolCallDelta", "Finish", "Usage", "Done"]

/** The events' shape as a caller compares them: tag and the text it carries. */
const shape = (events: ReadonlyArray<ChatStream.ChatStreamEvent>) =>
  events.map((e) => e._tag === "TextDelta" || e._tag === "ReasoningDelta" ? `${e._tag}:${e.text}` : e._tag)

/** `OpenRouter` answering from `responses`, retries on (no delay between them). */
const withRetry = (responses: OpenRouterTest.Responses) =>
  OpenRouter.layer.pipe(
    Layer.provide(RetryPolicy.layer({ maxRetries: 2, schedule: Schedule.forever })),
    Layer.provide(Layer.orDie(OpenRouterTest.layerConfig())),
    Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
  )

const chatCollecting = (options: OpenRouter.ChatOptions = {}) =>
  Effect.gen(function*() {
    const events: Array<ChatStream.ChatStreamEvent> = []
    const client = yield* OpenRouter.OpenRouter
    const exit = yield* Effect.exit(client.chat(req, { ...options, onEvent: (e) => events.push(e) }))
    return { events, exit }
  })

describe("chat with onEvent", () => {
  it.effect("sees the events chatStream emits, in order, Done last with the returned result", () =>
    Effect.gen(function*() {
      const { events, exit } = yield* chatCollecting().pipe(
        Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(answer, { readSize: 40 })]))
      )
      const streamed = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Stream.runCollect(c.chatStream(req))).pipe(
        Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(answer, { readSize: 40 })]))
      )
      assert.isTrue(Exit.isSuccess(exit))
      assert.deepStrictEqual(shape(events), shape(Chunk.toReadonlyArray(streamed)))
      assert.deepStrictEqual(shape(events), answerShape)
      const last = events[events.length - 1]
      if (last?._tag !== "Done" || !Exit.isSuccess(exit)) return assert.fail("no Done, or the call failed")
      assert.strictEqual(last.result, exit.value)
      assert.strictEqual(exit.value.text, "Hello")
    }))

  it.effect("a stream request answered with JSON (a proxy, a mock) still hands over its events, then Done", () =>
    Effect.gen(function*() {
      const completion = {
        id: "gen-j",
        model: "a/model",
        object: "chat.completion",
        created: 7,
        choices: [{ index: 0, message: { role: "assistant", content: "whole" }, finish_reason: "stop" }],
        usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4, cost: 0.0001 }
      }
      const { events, exit } = yield* chatCollecting().pipe(
        Effect.provide(OpenRouterTest.layer([OpenRouterTest.json(completion)]))
      )
      if (!Exit.isSuccess(exit)) return assert.fail(Cause.pretty(exit.cause))
      assert.strictEqual(exit.value.text, "whole")
      assert.deepStrictEqual(shape(events), ["TextDelta:whole", "Finish", "Usage", "Done"])
    }))

  it.effect("an attempt retried before its first content is never seen", () =>
    Effect.gen(function*() {
      const failing = OpenRouterTest.sse([
        delta({ role: "assistant", content: "" }),
        { ...base, choices: [{ index: 0, delta: {}, finish_reason: null }], usage: { prompt_tokens: 1, completion_tokens: 0, total_tokens: 1 } },
        { error: { code: 502, message: "upstream went away" } }
      ])
      const { events, exit } = yield* chatCollecting().pipe(
        Effect.provide(withRetry([OpenRouterTest.error(503, "busy"), failing, OpenRouterTest.sse(answer)]))
      )
      if (!Exit.isSuccess(exit)) return assert.fail(`the call failed: ${Cause.pretty(exit.cause)}`)
      assert.deepStrictEqual(exit.value.meta.attempts.map((a) => a.status), [503, 502, 200])
      // Only the third attempt's events: one Usage (the kept answer's), none of the second's.
      assert.deepStrictEqual(shape(events), answerShape)
    }))

  it.effect("a failure after the first content keeps what was delivered: partial is that text", () =>
    Effect.gen(function*() {
      const long = [delta({ role: "assistant", content: "" }), ...Array.from({ length: 30 }, (_, i) => delta({ content: `w${i} ` }))]
      const { events, exit } = yield* chatCollecting().pipe(
        Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(long, { readSize: 200, dropAfterReads: 4, done: false })]))
      )
      if (!Exit.isFailure(exit)) return assert.fail("the call succeeded")
      const error = Cause.failureOption(exit.cause)
      if (error._tag !== "Some" || error.value._tag !== "StreamInterrupted") return assert.fail(Cause.pretty(exit.cause))
      const delivered = events.flatMap((e) => (e._tag === "TextDelta" ? [e.text] : [])).join("")
      assert.isTrue(delivered.length > 0)
      assert.strictEqual(error.value.partial.text, delivered)
      assert.isFalse(events.some((e) => e._tag === "Done"))
    }))

  it.effect("a throw from the callback ends the call as a defect, and stops the delivery", () =>
    Effect.gen(function*() {
      const boom = new Error("consumer broke")
      let seen = 0
      const exit = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
        Effect.exit(c.chat(req, {
          onEvent: (e) => {
            seen++
            if (e._tag === "TextDelta") throw boom
          }
        }))).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(answer, { readSize: 40 })])))
      if (!Exit.isFailure(exit)) return assert.fail("the call succeeded")
      assert.deepStrictEqual(Cause.defects(exit.cause).pipe(Chunk.toReadonlyArray), [boom])
      // ReasoningDelta, then the TextDelta that threw: nothing after it.
      assert.strictEqual(seen, 2)
    }))

  it.effect("the JSON wire refuses onEvent with InvalidRequestError naming the option, before sending", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json", onEvent: () => {} }))
      )
      assert.strictEqual(error._tag, "InvalidRequestError")
      if (error._tag === "InvalidRequestError") assert.strictEqual(error.field, "onEvent")
      assert.strictEqual((yield* OpenRouterTest.requests).length, 0)
    }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.json({})]))))
})
