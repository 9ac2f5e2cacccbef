/**
 * `effect-openrouter/ai`: @effect/ai programs (generateText, streamText, generateObject, a Toolkit
 * loop) against the embedded Simulator, with this client's pipeline underneath.
 */
import * as AiError from "@effect/ai/AiError"
import * as LanguageModel from "@effect/ai/LanguageModel"
import * as Prompt from "@effect/ai/Prompt"
import * as Tool from "@effect/ai/Tool"
import * as Toolkit from "@effect/ai/Toolkit"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Layer, Schedule, Schema, Stream } from "effect"
import * as Ai from "../src/ai.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as Simulator from "../src/Simulator.js"

const client = (retry: Layer.Layer<RetryPolicy.RetryPolicy> = RetryPolicy.none) =>
  OpenRouter.layer.pipe(
    Layer.provide(retry),
    Layer.provideMerge(Simulator.layer()),
    Layer.provideMerge(NodeHttpClient.layerUndici)
  )

const ai = (model: string, config?: Ai.Config, retry?: Layer.Layer<RetryPolicy.RetryPolicy>) =>
  Ai.OpenRouterLanguageModel.layer({ model, config }).pipe(Layer.provideMerge(client(retry)))

const Body = Schema.Record({ key: Schema.String, value: Schema.Unknown })
/** The bodies the Simulator received, in order. */
const bodies = Effect.flatMap(Simulator.Simulator, (sim) => sim.requests).pipe(
  Effect.map((requests) => requests.map((r) => Schema.decodeUnknownSync(Body)(r.body)))
)

const GetWeather = Tool.make("get_weather", {
  description: "The weather in a city",
  parameters: { city: Schema.String },
  success: Schema.String
})
const Weather = Toolkit.make(GetWeather)
const WeatherHandlers = Weather.toLayer({
  get_weather: ({ city }) => Effect.succeed(`sunny in ${city}, 24C`)
})

describe("effect-openrouter/ai", () => {
  it.live("generateText: the Simulator's answer, usage and finish reason; the request is the mapped prompt", () =>
    Effect.gen(function*() {
      const response = yield* LanguageModel.generateText({
        prompt: [
          { role: "system", content: "Be brief." },
          { role: "user", content: "Name one moon of Jupiter." }
        ]
      })
      assert.include(response.text, "Name one moon of Jupiter.")
      assert.strictEqual(response.finishReason, "stop")
      assert.isAbove(response.usage.inputTokens ?? 0, 0)
      assert.isAbove(response.usage.outputTokens ?? 0, 0)
      assert.strictEqual(
        response.usage.totalTokens,
        (response.usage.inputTokens ?? 0) + (response.usage.outputTokens ?? 0)
      )
      const finish = response.content.find((p) => p.type === "finish")
      assert.isDefined(finish?.metadata["openrouter"]?.["generationId"])
      const [request] = yield* bodies
      assert.deepStrictEqual(request?.["messages"], [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Name one moon of Jupiter." }
      ])
      // layer config is sent as given (routing, models[], temperature)
      assert.strictEqual(request?.["temperature"], 0.2)
      assert.deepStrictEqual(request?.["models"], ["sim/echo-large"])
      assert.deepStrictEqual(request?.["provider"], { sort: "price" })
    }).pipe(
      Effect.provide(ai("sim/echo", { temperature: 0.2, models: ["sim/echo-large"], provider: { sort: "price" } }))
    ))

  it.live("streamText: text deltas that add up to generateText's text, then a finish with usage", () =>
    Effect.gen(function*() {
      const prompt = "Stream me a sentence about Io."
      const parts = Chunk.toReadonlyArray(yield* Stream.runCollect(LanguageModel.streamText({ prompt })))
      const deltas = parts.flatMap((p) => p.type === "text-delta" ? [p.delta] : [])
      assert.isAbove(deltas.length, 1)
      const types = parts.map((p) => p.type)
      assert.strictEqual(types.indexOf("text-start") < types.indexOf("text-delta"), true)
      assert.strictEqual(types.at(-2), "text-end")
      const finish = parts.at(-1)
      assert.strictEqual(finish?.type, "finish")
      if (finish?.type !== "finish") return
      assert.strictEqual(finish.reason, "stop")
      assert.isAbove(finish.usage.outputTokens ?? 0, 0)
      const whole = yield* LanguageModel.generateText({ prompt })
      assert.strictEqual(deltas.join(""), whole.text)
    }).pipe(Effect.provide(ai("sim/echo"))))

  it.live("a Toolkit: the tool's JSON schema is sent, the handler runs, the tool result goes back and is answered", () =>
    Effect.gen(function*() {
      const first = yield* LanguageModel.generateText({ prompt: "Weather in Lisbon?", toolkit: Weather })
      assert.strictEqual(first.finishReason, "tool-calls")
      assert.strictEqual(first.toolCalls.length, 1)
      assert.strictEqual(first.toolCalls[0]?.name, "get_weather")
      assert.deepStrictEqual(first.toolCalls[0]?.params, { city: "example" })
      assert.strictEqual(first.toolResults[0]?.result, "sunny in example, 24C")
      const prompt = Prompt.merge(Prompt.make("Weather in Lisbon?"), Prompt.fromResponseParts(first.content))
      const second = yield* LanguageModel.generateText({ prompt, toolkit: Weather })
      assert.strictEqual(second.finishReason, "stop")
      assert.include(second.text, "sunny in example, 24C")
      const requests = yield* bodies
      const tools = requests[0]?.["tools"]
      assert.deepStrictEqual(tools, [{
        type: "function",
        function: {
          name: "get_weather",
          description: "The weather in a city",
          parameters: {
            type: "object",
            properties: { city: { type: "string" } },
            required: ["city"],
            additionalProperties: false
          }
        }
      }])
      assert.strictEqual(requests[0]?.["tool_choice"], "auto")
      const messages = Schema.decodeUnknownSync(Schema.Array(Body))(requests[1]?.["messages"])
      assert.deepStrictEqual(messages.map((m) => m["role"]), ["user", "assistant", "tool"])
      assert.strictEqual(messages[2]?.["tool_call_id"], first.toolCalls[0]?.id)
      assert.strictEqual(messages[2]?.["content"], "sunny in example, 24C")
    }).pipe(Effect.provide(WeatherHandlers), Effect.provide(ai("sim/echo"))))

  it.live("streamText with a Toolkit: tool params stream, then the tool call and its result", () =>
    Effect.gen(function*() {
      const parts = Chunk.toReadonlyArray(
        yield* Stream.runCollect(LanguageModel.streamText({ prompt: "Weather in Porto?", toolkit: Weather }))
      )
      const types = parts.map((p) => p.type)
      assert.include(types, "tool-params-start")
      assert.include(types, "tool-params-delta")
      const call = parts.find((p) => p.type === "tool-call")
      assert.deepStrictEqual(call?.type === "tool-call" ? call.params : undefined, { city: "example" })
      const result = parts.find((p) => p.type === "tool-result")
      assert.strictEqual(result?.type === "tool-result" ? result.result : undefined, "sunny in example, 24C")
      const finish = parts.find((p) => p.type === "finish")
      assert.strictEqual(finish?.type === "finish" ? finish.reason : undefined, "tool-calls")
    }).pipe(Effect.provide(WeatherHandlers), Effect.provide(ai("sim/echo"))))

  it.live("generateObject: response_format json_schema is sent and the answer decodes", () =>
    Effect.gen(function*() {
      const Moon = Schema.Struct({ name: Schema.String, radiusKm: Schema.Number })
      const response = yield* LanguageModel.generateObject({ prompt: "A moon of Jupiter", schema: Moon, objectName: "moon" })
      assert.strictEqual(typeof response.value.name, "string")
      assert.strictEqual(typeof response.value.radiusKm, "number")
      const [request] = yield* bodies
      const format = request?.["response_format"]
      assert.deepInclude(format, { type: "json_schema" })
    }).pipe(Effect.provide(ai("sim/echo"))))

  it.live("a 429 with Retry-After is retried underneath: the @effect/ai call succeeds", () =>
    Effect.gen(function*() {
      const response = yield* LanguageModel.generateText({ prompt: "too fast" })
      assert.strictEqual(response.finishReason, "stop")
      assert.include(response.text, "too fast")
      const requests = yield* bodies
      assert.strictEqual(requests.length, 2)
    }).pipe(
      Effect.provide(ai("sim/rate-limited", {}, RetryPolicy.layer({ maxRetries: 2, schedule: Schedule.spaced("5 millis") })))
    ))

  it.live("a typed failure is an AiError whose cause is the OpenRouterError (429 without retry)", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(LanguageModel.generateText({ prompt: "too fast" }))
      assert.isTrue(AiError.isAiError(error))
      assert.strictEqual(error._tag, "UnknownError")
      assert.strictEqual(Ai.openRouterError(error)?._tag, "RateLimitError")
    }).pipe(Effect.provide(ai("sim/rate-limited"))))

  it.live("a mid-stream error after content: the stream fails with an AiError whose cause is StreamInterrupted", () =>
    Effect.gen(function*() {
      const seen: Array<string> = []
      const error = yield* LanguageModel.streamText({ prompt: "partial please" }).pipe(
        Stream.runForEach((part) => Effect.sync(() => part.type === "text-delta" && seen.push(part.delta))),
        Effect.flip
      )
      assert.isAbove(seen.length, 0)
      assert.isTrue(AiError.isAiError(error))
      const cause = Ai.openRouterError(error)
      assert.strictEqual(cause?._tag, "StreamInterrupted")
      if (cause?._tag !== "StreamInterrupted") return
      assert.strictEqual(cause.partial.text, seen.join(""))
    }).pipe(Effect.provide(ai("sim/mid-stream-error"))))

  it.live("withConfigOverride: per-call request fields and call options", () =>
    Effect.gen(function*() {
      yield* LanguageModel.generateText({ prompt: "hello" }).pipe(
        Ai.withConfigOverride({ temperature: 0.9, transforms: ["middle-out"] })
      )
      const [request] = yield* bodies
      assert.strictEqual(request?.["temperature"], 0.9)
      assert.strictEqual(request?.["max_tokens"], 50)
      assert.deepStrictEqual(request?.["transforms"], ["middle-out"])
    }).pipe(Effect.provide(ai("sim/echo", { temperature: 0.1, max_tokens: 50 }))))

  it.live("reasoning: a reasoning part with reasoning_details, sent back as reasoning_details on the next turn", () =>
    Effect.gen(function*() {
      const first = yield* LanguageModel.generateText({ prompt: "Think about Europa." })
      const reasoning = first.content.find((p) => p.type === "reasoning")
      assert.isDefined(reasoning)
      if (reasoning?.type !== "reasoning") return
      assert.isAbove(reasoning.text.length, 0)
      const details = reasoning.metadata["openrouter"]?.["reasoningDetails"]
      assert.isTrue(Array.isArray(details) && details.length > 0)
      assert.isAbove(first.usage.reasoningTokens ?? 0, 0)
      // @effect/ai 0.37's Prompt.fromResponseParts (and so Chat) drops part metadata: the
      // round-trip needs the reasoning part's options set, as here
      const dropped = Prompt.fromResponseParts(first.content).content[0]
      assert.deepStrictEqual(dropped?.role === "assistant" ? dropped.content[0]?.options : undefined, {})
      const prompt = Prompt.make([
        { role: "user", content: "Think about Europa." },
        {
          role: "assistant",
          content: [
            { type: "reasoning", text: reasoning.text, options: { openrouter: { reasoningDetails: details } } },
            { type: "text", text: first.text }
          ]
        },
        { role: "user", content: "And Ganymede?" }
      ])
      yield* LanguageModel.generateText({ prompt })
      const requests = yield* bodies
      const messages = Schema.decodeUnknownSync(Schema.Array(Body))(requests[1]?.["messages"])
      const assistant = messages[1]
      assert.strictEqual(assistant?.["role"], "assistant")
      assert.strictEqual(assistant?.["reasoning"], reasoning.text)
      assert.deepStrictEqual(assistant?.["reasoning_details"], details)
    }).pipe(Effect.provide(ai("sim/reasoning"))))

  it.live("images and files in the prompt: image_url data URLs and file parts", () =>
    Effect.gen(function*() {
      yield* LanguageModel.generateText({
        prompt: [{
          role: "user",
          content: [
            { type: "text", text: "What is in these?" },
            { type: "file", mediaType: "image/png", data: new Uint8Array([1, 2, 3]) },
            { type: "file", mediaType: "image/jpeg", data: new URL("https://example.com/a.jpg") },
            { type: "file", mediaType: "application/pdf", fileName: "a.pdf", data: "JVBERi0=" }
          ]
        }]
      })
      const [request] = yield* bodies
      const messages = Schema.decodeUnknownSync(Schema.Array(Body))(request?.["messages"])
      assert.deepStrictEqual(messages[0]?.["content"], [
        { type: "text", text: "What is in these?" },
        { type: "image_url", image_url: { url: "data:image/png;base64,AQID" } },
        { type: "image_url", image_url: { url: "https://example.com/a.jpg" } },
        { type: "file", file: { filename: "a.pdf", file_data: "data:application/pdf;base64,JVBERi0=" } }
      ])
    }).pipe(Effect.provide(ai("sim/echo"))))

  it.effect("unknown fields and an unknown finish reason in chunks: the stream still decodes (finish `other`)", () =>
    Effect.gen(function*() {
      const parts = Chunk.toReadonlyArray(yield* Stream.runCollect(LanguageModel.streamText({ prompt: "hi" })))
      assert.strictEqual(parts.flatMap((p) => p.type === "text-delta" ? [p.delta] : []).join(""), "Hello there")
      const finish = parts.at(-1)
      assert.strictEqual(finish?.type, "finish")
      if (finish?.type !== "finish") return
      assert.strictEqual(finish.reason, "other")
      assert.strictEqual(finish.usage.totalTokens, 7)
      assert.strictEqual(finish.metadata["openrouter"]?.["nativeFinishReason"], "brand_new_reason")
    }).pipe(
      Effect.provide(Ai.OpenRouterLanguageModel.layer({ model: "openai/gpt-4o-mini" })),
      Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse([
        {
          id: "gen-u",
          object: "chat.completion.chunk",
          created: 1,
          model: "openai/gpt-4o-mini",
          some_new_top_level_field: { nested: true },
          choices: [{ index: 0, delta: { role: "assistant", content: "Hello", brand_new_delta_field: 1 } }]
        },
        {
          id: "gen-u",
          object: "chat.completion.chunk",
          created: 1,
          model: "openai/gpt-4o-mini",
          choices: [{ index: 0, delta: { content: " there" }, finish_reason: "brand_new_reason", native_finish_reason: "brand_new_reason" }],
          usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7, new_usage_field: "x" }
        }
      ])]))
    ))

  it.effect("url citations become source parts (generateText and streamText)", () =>
    Effect.gen(function*() {
      const response = yield* LanguageModel.generateText({ prompt: "news?" })
      const sources = response.content.flatMap((p) =>
        p.type === "source" && p.sourceType === "url" ? [[p.url.href, p.title]] : []
      )
      assert.deepStrictEqual(sources, [["https://example.com/io", "Io"]])
      const parts = Chunk.toReadonlyArray(yield* Stream.runCollect(LanguageModel.streamText({ prompt: "news?" })))
      const source = parts.find((p) => p.type === "source")
      assert.strictEqual(
        source?.type === "source" && source.sourceType === "url" ? source.url.href : undefined,
        "https://example.com/io"
      )
    }).pipe(
      Effect.provide(Ai.OpenRouterLanguageModel.layer({ model: "openai/gpt-4o-mini" })),
      Effect.provide(OpenRouterTest.layer((() => {
        const chunk = {
          id: "gen-c",
          object: "chat.completion.chunk",
          created: 1,
          model: "openai/gpt-4o-mini",
          choices: [{
            index: 0,
            delta: {
              role: "assistant",
              content: "Io is volcanic.",
              annotations: [
                { type: "url_citation", url_citation: { url: "https://example.com/io", title: "Io", start_index: 0, end_index: 2 } }
              ]
            },
            finish_reason: "stop"
          }],
          usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 }
        }
        return [OpenRouterTest.sse([chunk]), OpenRouterTest.sse([chunk])]
      })()))
    ))

  it.live("streamText on a reasoning model: a reasoning block with details, closed before the text starts", () =>
    Effect.gen(function*() {
      const parts = Chunk.toReadonlyArray(yield* Stream.runCollect(LanguageModel.streamText({ prompt: "Think about Io." })))
      const types = parts.map((p) => p.type)
      const start = types.indexOf("reasoning-start")
      const end = types.indexOf("reasoning-end")
      assert.isAtLeast(start, 0)
      assert.isTrue(start < types.indexOf("reasoning-delta") && types.lastIndexOf("reasoning-delta") < end)
      assert.isTrue(end < types.indexOf("text-start"))
      const details = parts.flatMap((p) =>
        p.type === "reasoning-delta" ? [p.metadata["openrouter"]?.["reasoningDetails"]] : []
      )
      assert.isTrue(details.some((d) => Array.isArray(d) && d.length > 0))
      const finish = parts.at(-1)
      assert.isAbove(finish?.type === "finish" ? finish.usage.reasoningTokens ?? 0 : 0, 0)
    }).pipe(Effect.provide(ai("sim/reasoning"))))

  it.live("fromResponseParts keeps reasoning_details (whole and streamed responses), Prompt's own drops them", () =>
    Effect.gen(function*() {
      const question = Prompt.make("Think about Callisto.")
      const whole = yield* LanguageModel.generateText({ prompt: question })
      const streamed = Chunk.toReadonlyArray(yield* Stream.runCollect(LanguageModel.streamText({ prompt: question })))
      for (const parts of [whole.content, streamed]) {
        yield* LanguageModel.generateText({ prompt: Prompt.merge(question, Ai.fromResponseParts(parts)) })
        yield* LanguageModel.generateText({ prompt: Prompt.merge(question, Prompt.fromResponseParts(parts)) })
      }
      const requests = yield* bodies
      const assistants = requests.slice(2).map((body) =>
        Schema.decodeUnknownSync(Schema.Array(Body))(body["messages"])[1]
      )
      const [oursWhole, theirsWhole, oursStreamed, theirsStreamed] = assistants
      const reasoning = whole.content.find((p) => p.type === "reasoning")
      const expected = reasoning?.type === "reasoning" ? reasoning.metadata["openrouter"]?.["reasoningDetails"] : undefined
      assert.isTrue(Array.isArray(expected) && expected.length > 0)
      assert.deepStrictEqual(oursWhole?.["reasoning_details"], expected)
      assert.deepStrictEqual(oursStreamed?.["reasoning_details"], expected)
      assert.strictEqual(theirsWhole?.["reasoning_details"], undefined)
      assert.strictEqual(theirsStreamed?.["reasoning_details"], undefined)
      assert.strictEqual(oursStreamed?.["reasoning"], oursWhole?.["reasoning"])
    }).pipe(Effect.provide(ai("sim/reasoning"))))
})
