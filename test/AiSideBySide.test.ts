/**
 * The same `@effect/ai` program on the official provider (`@effect/ai-openrouter` 0.10, its
 * `OpenRouterClient` pointed at the Simulator with `apiUrl`) and on ours (`effect-openrouter/ai`),
 * only the layer swapped: the same answers; then the faults, where they differ.
 */
import * as AiError from "@effect/ai/AiError"
import * as LanguageModel from "@effect/ai/LanguageModel"
import * as Prompt from "@effect/ai/Prompt"
import type * as Response from "@effect/ai/Response"
import * as Tool from "@effect/ai/Tool"
import * as Toolkit from "@effect/ai/Toolkit"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Duration, Effect, Fiber, Layer, Schema, Stream, TestClock, TestServices } from "effect"
// the official provider, loaded through a plain-JS module: importing its types here would put its
// augmentation of @effect/ai's metadata types into the whole program (see bench/official.mjs)
import { officialLanguageModel } from "../bench/official.mjs"
import * as Ai from "../src/ai.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"

// -----------------------------------------------------------------------------
// the two layers: everything else is the same program
// -----------------------------------------------------------------------------

const simOptions: Simulator.Options = { timings: { chunkDelay: 0 } }

/** The official provider over the Simulator (its `apiUrl` option), on undici. */
const official = (model: string) =>
  Layer.unwrapEffect(
    Effect.map(Simulator.Simulator, (sim) => officialLanguageModel({ model, apiUrl: sim.url, apiKey: sim.apiKey }))
  ).pipe(Layer.provide(NodeHttpClient.layerUndici), Layer.provideMerge(Simulator.layerServer(simOptions)))

/** Ours over the same Simulator, with the given retry policy (none unless a test says). */
const ours = (model: string, retry: Layer.Layer<RetryPolicy.RetryPolicy> = RetryPolicy.none) =>
  Ai.OpenRouterLanguageModel.layer({ model }).pipe(
    Layer.provideMerge(
      OpenRouter.layer.pipe(
        Layer.provide(retry),
        Layer.provideMerge(Simulator.layer(simOptions)),
        Layer.provide(NodeHttpClient.layerUndici)
      )
    )
  )

type Sides = ReadonlyArray<readonly [string, (model: string) => Layer.Layer<LanguageModel.LanguageModel | Simulator.Simulator, unknown>]>
const sides: Sides = [["official", official], ["ours", (model) => ours(model)]]

/** Runs `program` on both providers for `model` and returns both results. */
const both = <A, E>(model: string, program: Effect.Effect<A, E, LanguageModel.LanguageModel | Simulator.Simulator>) =>
  Effect.all(sides.map(([, make]) => Effect.provide(program, make(model))))

const requestCount = Effect.flatMap(Simulator.Simulator, (sim) => sim.requests).pipe(Effect.map((r) => r.length))

// -----------------------------------------------------------------------------
// the program
// -----------------------------------------------------------------------------

const usageOf = (usage: { readonly outputTokens: number | undefined }) => ({ outputTokens: usage.outputTokens })

const text = LanguageModel.generateText({ prompt: "Name one moon of Jupiter." }).pipe(
  Effect.map((r) => ({ text: r.text, finishReason: r.finishReason, usage: usageOf(r.usage) }))
)

const streamed = Stream.runCollect(LanguageModel.streamText({ prompt: "Stream me a sentence about Io." })).pipe(
  Effect.map((chunk) => {
    const parts = Chunk.toReadonlyArray(chunk)
    const finish = parts.find((p) => p.type === "finish")
    return {
      text: parts.flatMap((p) => p.type === "text-delta" ? [p.delta] : []).join(""),
      deltas: parts.filter((p) => p.type === "text-delta").length,
      finishReason: finish?.type === "finish" ? finish.reason : undefined,
      usage: finish?.type === "finish" ? usageOf(finish.usage) : undefined
    }
  })
)

const Moon = Schema.Struct({ name: Schema.String, radiusKm: Schema.Number, moons: Schema.Array(Schema.String) })
const structured = LanguageModel.generateObject({ prompt: "A moon of Jupiter", schema: Moon, objectName: "moon" }).pipe(
  Effect.map((r) => r.value)
)

const GetWeather = Tool.make("get_weather", {
  description: "The weather in a city",
  parameters: { city: Schema.String },
  success: Schema.Struct({ city: Schema.String, sky: Schema.String, celsius: Schema.Number })
})
const GetTime = Tool.make("get_time", {
  description: "The local time in a city",
  parameters: { city: Schema.String },
  success: Schema.Struct({ city: Schema.String, time: Schema.String })
})
const Travel = Toolkit.make(GetWeather, GetTime)
const TravelHandlers = Travel.toLayer({
  get_weather: ({ city }) => Effect.succeed({ city, sky: "sunny", celsius: 24 }),
  get_time: ({ city }) => Effect.succeed({ city, time: "14:05" })
})

/**
 * A two-tool loop: for each question, call the model (forcing the tool the question is about on
 * the first round), let `@effect/ai` run the handler, send the result back, until it answers.
 */
const toolLoop = Effect.gen(function*() {
  let prompt = Prompt.empty
  const calls: Array<string> = []
  const answers: Array<string> = []
  for (const [question, tool] of [["Weather in Lisbon?", "get_weather"], ["And the time there?", "get_time"]] as const) {
    prompt = Prompt.merge(prompt, Prompt.make(question))
    for (let round = 0; round < 4; round++) {
      const response = yield* LanguageModel.generateText({
        prompt,
        toolkit: Travel,
        toolChoice: round === 0 ? { tool } : "auto"
      })
      prompt = Prompt.merge(prompt, Prompt.fromResponseParts(response.content))
      for (const call of response.toolCalls) calls.push(`${call.name} ${JSON.stringify(call.params)}`)
      for (const result of response.toolResults) calls.push(`→ ${JSON.stringify(result.result)}`)
      if (response.finishReason !== "tool-calls") {
        answers.push(response.text)
        break
      }
    }
  }
  return { calls, answers }
}).pipe(Effect.provide(TravelHandlers))

// -----------------------------------------------------------------------------
// same program, same answers
// -----------------------------------------------------------------------------

describe("the same @effect/ai program on @effect/ai-openrouter and on effect-openrouter/ai", () => {
  it.live("generateText: the same text, finish reason and usage", () =>
    Effect.gen(function*() {
      const [a, b] = yield* both("sim/echo", text)
      assert.include(a?.text, "Name one moon of Jupiter.")
      assert.strictEqual(a?.finishReason, "stop")
      assert.deepStrictEqual(a, b)
    }))

  it.live("streamText: the same deltas, text, finish reason and usage", () =>
    Effect.gen(function*() {
      const [a, b] = yield* both("sim/echo", streamed)
      assert.isAbove(a?.deltas ?? 0, 1)
      assert.strictEqual(a?.finishReason, "stop")
      assert.deepStrictEqual(a, b)
    }))

  it.live("generateObject: the same decoded object", () =>
    Effect.gen(function*() {
      const [a, b] = yield* both("sim/echo", structured)
      assert.strictEqual(typeof a?.name, "string")
      assert.deepStrictEqual(a, b)
    }))

  it.live("a two-tool Toolkit loop: the same calls, handler results and answers", () =>
    Effect.gen(function*() {
      const [a, b] = yield* both("sim/echo", toolLoop)
      assert.deepStrictEqual(a?.calls, [
        `get_weather {"city":"example"}`,
        `→ {"city":"example","sky":"sunny","celsius":24}`,
        `get_time {"city":"example"}`,
        `→ {"city":"example","time":"14:05"}`
      ])
      assert.strictEqual(a?.answers.length, 2)
      assert.include(a?.answers[1], "14:05")
      assert.deepStrictEqual(a, b)
    }))
})

// -----------------------------------------------------------------------------
// faults: what each provider actually does
// -----------------------------------------------------------------------------

const streamParts = Stream.runCollect(LanguageModel.streamText({ prompt: "partial please" })).pipe(
  Effect.map(Chunk.toReadonlyArray)
)

describe("faults, side by side", () => {
  it.live("mid-stream error: official ends the stream successfully with an `error` part and no finish; ours fails with StreamInterrupted", () =>
    Effect.gen(function*() {
      const parts = yield* Effect.provide(streamParts, official("sim/mid-stream-error"))
      const types = parts.map((p) => p.type)
      assert.include(types, "text-delta")
      assert.include(types, "error")
      assert.notInclude(types, "finish")
      const errorPart = parts.find((p) => p.type === "error")
      assert.deepInclude(errorPart?.type === "error" ? errorPart.error : undefined, {
        message: "Provider disconnected unexpectedly"
      })

      const seen: Array<string> = []
      const error = yield* LanguageModel.streamText({ prompt: "partial please" }).pipe(
        Stream.runForEach((part) => Effect.sync(() => part.type === "text-delta" && seen.push(part.delta))),
        Effect.flip,
        Effect.provide(ours("sim/mid-stream-error"))
      )
      assert.isTrue(AiError.isAiError(error))
      const cause = Ai.openRouterError(error)
      assert.strictEqual(cause?._tag, "StreamInterrupted")
      if (cause?._tag !== "StreamInterrupted") return
      assert.strictEqual(cause.partial.text, seen.join(""))
      assert.isAbove(seen.length, 0)
    }))

  it.live("generateText on a mid-stream error: official (JSON wire) returns the partial text as a success (finish `error`); ours fails typed, the partial kept", () =>
    Effect.gen(function*() {
      const response = yield* Effect.provide(
        LanguageModel.generateText({ prompt: "partial please" }),
        official("sim/mid-stream-error")
      )
      assert.strictEqual(response.finishReason, "error")
      assert.isAbove(response.text.length, 0)

      const error = yield* LanguageModel.generateText({ prompt: "partial please" }).pipe(
        Effect.flip,
        Effect.provide(ours("sim/mid-stream-error"))
      )
      assert.isTrue(AiError.isAiError(error))
      const cause = Ai.openRouterError(error)
      assert.strictEqual(cause?._tag, "StreamInterrupted")
      if (cause?._tag !== "StreamInterrupted") return
      assert.strictEqual(cause.partial.text, response.text)
    }))

  it.effect("429 with Retry-After: 1 — official fails at once (HttpResponseError 429); ours waits exactly 1 s (TestClock) and succeeds", () =>
    Effect.gen(function*() {
      const failure = yield* LanguageModel.generateText({ prompt: "too fast" }).pipe(
        Effect.flip,
        Effect.zip(requestCount),
        Effect.provide(official("sim/rate-limited"))
      )
      const [error, officialRequests] = failure
      assert.strictEqual(error._tag, "HttpResponseError")
      assert.strictEqual(error._tag === "HttpResponseError" ? error.response.status : 0, 429)
      assert.strictEqual(officialRequests, 1)

      const program = Effect.gen(function*() {
        const fiber = yield* Effect.fork(LanguageModel.generateText({ prompt: "too fast" }))
        // the 429 is answered over real sockets; poll (on the live clock) until the retry's sleep
        // to the Retry-After instant (1000 ms on the TestClock) is scheduled
        yield* TestServices.provideLive(Effect.sleep("2 millis")).pipe(
          Effect.zipRight(TestClock.sleeps()),
          Effect.repeat({ until: (sleeps) => Chunk.some(sleeps, (at) => at === 1000) })
        )
        assert.strictEqual(yield* requestCount, 1)
        yield* TestClock.adjust(Duration.millis(999))
        assert.strictEqual(yield* requestCount, 1)
        yield* TestClock.adjust(Duration.millis(1))
        const response = yield* Fiber.join(fiber)
        assert.strictEqual(response.finishReason, "stop")
        assert.include(response.text, "too fast")
        assert.strictEqual(yield* requestCount, 2)
      })
      yield* Effect.provide(program, ours("sim/rate-limited", RetryPolicy.layer()))
    }))

  it.live("429 without retry: official's error has only the status; ours is an AiError whose cause is RateLimitError with retryAfter", () =>
    Effect.gen(function*() {
      const officialError = yield* LanguageModel.generateText({ prompt: "too fast" }).pipe(
        Effect.flip,
        Effect.provide(official("sim/rate-limited"))
      )
      assert.strictEqual(officialError._tag, "HttpResponseError")
      assert.notProperty(officialError, "cause")

      const error = yield* LanguageModel.generateText({ prompt: "too fast" }).pipe(
        Effect.flip,
        Effect.provide(ours("sim/rate-limited"))
      )
      const cause = Ai.openRouterError(error)
      assert.strictEqual(cause?._tag, "RateLimitError")
      if (cause?._tag !== "RateLimitError") return
      assert.strictEqual(cause.retryAfter !== undefined ? Duration.toMillis(cause.retryAfter) : undefined, 1000)
    }))

  it.live("402 no credits: official fails with a generic HttpResponseError; ours carries InsufficientCreditsError", () =>
    Effect.gen(function*() {
      const officialError = yield* LanguageModel.generateText({ prompt: "pay me" }).pipe(
        Effect.flip,
        Effect.provide(official("sim/no-credits"))
      )
      assert.strictEqual(officialError._tag, "HttpResponseError")
      assert.strictEqual(officialError._tag === "HttpResponseError" ? officialError.response.status : 0, 402)
      const error = yield* LanguageModel.generateText({ prompt: "pay me" }).pipe(
        Effect.flip,
        Effect.provide(ours("sim/no-credits"))
      )
      assert.strictEqual(Ai.openRouterError(error)?._tag, "InsufficientCreditsError")
    }))

  it.live("an unknown field in every chunk (and in the JSON body): both succeed with the same answers", () =>
    Effect.gen(function*() {
      const [a, b] = yield* both("sim/unknown-fields", Effect.all({ text, streamed }))
      assert.include(a?.text.text, "Name one moon of Jupiter.")
      assert.strictEqual(a?.streamed.finishReason, "stop")
      assert.deepStrictEqual(a, b)
    }))

  it.live("an unknown value (an annotation of a new type) in a chunk: official fails the whole call (MalformedOutput); ours answers", () =>
    Effect.gen(function*() {
      const streamError = yield* streamed.pipe(Effect.flip, Effect.provide(official("sim/unknown-values")))
      assert.strictEqual(streamError._tag, "MalformedOutput")
      const textError = yield* text.pipe(Effect.flip, Effect.provide(official("sim/unknown-values")))
      assert.strictEqual(textError._tag, "MalformedOutput")

      const answer = yield* Effect.all({ text, streamed }).pipe(Effect.provide(ours("sim/unknown-values")))
      assert.strictEqual(
        answer.text.text,
        `You said: "Name one moon of Jupiter.". This is a simulated reply from sim/unknown-values.`
      )
      assert.strictEqual(answer.text.finishReason, "stop")
      assert.include(answer.streamed.text, "Stream me a sentence about Io.")
      assert.strictEqual(answer.streamed.finishReason, "stop")
    }))
})

const Body = Schema.Record({ key: Schema.String, value: Schema.Unknown })
const Messages = Schema.Array(Body)
/** The `messages` of the n-th request the Simulator received. */
const sentMessages = (n: number) =>
  Effect.flatMap(Simulator.Simulator, (sim) => sim.requests).pipe(
    Effect.map((requests) => Schema.decodeUnknownSync(Messages)(Schema.decodeUnknownSync(Body)(requests[n]?.body)["messages"]))
  )

describe("history sent back, side by side", () => {
  const Echo = Tool.make("echo", { parameters: { city: Schema.String }, success: Schema.String })
  const EchoKit = Toolkit.make(Echo)
  const EchoHandlers = EchoKit.toLayer({ echo: ({ city }) => Effect.succeed(`sunny in ${city}`) })
  const twoTurns = Effect.gen(function*() {
    const first = yield* LanguageModel.generateText({ prompt: "Weather?", toolkit: EchoKit })
    yield* LanguageModel.generateText({
      prompt: Prompt.merge(Prompt.make("Weather?"), Prompt.fromResponseParts(first.content)),
      toolkit: EchoKit
    })
    const messages = yield* sentMessages(1)
    return messages.find((m) => m["role"] === "tool")?.["content"]
  }).pipe(Effect.provide(EchoHandlers))

  it.live("a string tool result: official sends it JSON-encoded (quoted), ours as the string", () =>
    Effect.gen(function*() {
      const [a, b] = yield* both("sim/echo", twoTurns)
      assert.strictEqual(a, `"sunny in example"`)
      assert.strictEqual(b, "sunny in example")
    }))

  it.live("reasoning_details: official sends back text-only details (the signature is lost); ours round-trips them", () =>
    Effect.gen(function*() {
      const turn = (history: (parts: ReadonlyArray<Response.AnyPart>) => Prompt.Prompt) =>
        Effect.gen(function*() {
          const first = yield* LanguageModel.generateText({ prompt: "Think about Europa." })
          yield* LanguageModel.generateText({
            prompt: Prompt.merge(
              Prompt.merge(Prompt.make("Think about Europa."), history(first.content)),
              Prompt.make("And Ganymede?")
            )
          })
          const messages = yield* sentMessages(1)
          return messages.find((m) => m["role"] === "assistant")?.["reasoning_details"]
        })
      const officialDetails = yield* Effect.provide(turn(Prompt.fromResponseParts), official("sim/reasoning"))
      const oursDetails = yield* Effect.provide(turn(Ai.fromResponseParts), ours("sim/reasoning"))
      const signatures = (details: unknown) =>
        Array.isArray(details) ? details.filter((d) => typeof d === "object" && d !== null && "signature" in d) : []
      assert.isTrue(Array.isArray(officialDetails) && officialDetails.length > 0)
      assert.strictEqual(signatures(officialDetails).length, 0)
      assert.isAbove(signatures(oursDetails).length, 0)
    }))
})
