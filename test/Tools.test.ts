import { assert, describe, it } from "@effect/vitest"
import { Chunk, Deferred, Effect, Either, Schema, Stream } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as Tools from "../src/Tools.js"
import { fixture } from "./helpers.js"

// -----------------------------------------------------------------------------
// helpers
// -----------------------------------------------------------------------------

const completion = (message: Record<string, unknown>, finishReason: string) => ({
  id: "gen-tools",
  object: "chat.completion",
  created: 1,
  model: "anthropic/claude-sonnet-4.5",
  provider: "Anthropic",
  choices: [{ index: 0, finish_reason: finishReason, native_finish_reason: finishReason, message: { role: "assistant", ...message } }],
  usage: { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 }
})

const toolCall = (id: string, name: string, args: unknown) => ({
  id,
  type: "function",
  function: { name, arguments: typeof args === "string" ? args : JSON.stringify(args) }
})

type Body = {
  readonly messages: ReadonlyArray<Record<string, unknown>>
  readonly tools?: ReadonlyArray<Record<string, unknown>>
  readonly tool_choice?: unknown
  readonly parallel_tool_calls?: unknown
}

const bodies = Effect.map(OpenRouterTest.requests, (rs) => rs.map((r) => r.body as Body))

const failure = <A, E, R>(self: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.either(self), (e) => (Either.isLeft(e) ? Effect.succeed(e.left) : Effect.dieMessage("expected a failure")))

const chatJson = (request: OpenRouter.ChatRequestInput) =>
  Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(request, { wire: "json" }))

const user = [{ role: "user" as const, content: "Hi" }]

// -----------------------------------------------------------------------------
// tools
// -----------------------------------------------------------------------------

const divide = Tools.make("divide", {
  description: "Divide two numbers",
  parameters: Schema.Struct({
    numerator: Schema.Number,
    denominator: Schema.Number,
    on_inf: Schema.optional(Schema.Literal("infinity", "error"))
  }),
  handler: ({ denominator, numerator }) => Effect.succeed(numerator / denominator)
})

const llmVersion = Tools.make("llm_version", {
  description: "Return the installed version of llm",
  parameters: Schema.Struct({})
})

const testTool = Tools.make("test-tool", {
  description: "A test tool",
  parameters: Schema.Struct({ value: Schema.String })
})

const weather = Tools.make("get_weather", {
  description: "Current weather of a city",
  parameters: Schema.Struct({ city: Schema.String }),
  handler: ({ city }) => Effect.succeed({ city, celsius: city === "Paris" ? 21 : 12 })
})

const convert = Tools.make("to_fahrenheit", {
  description: "Celsius to Fahrenheit",
  parameters: Schema.Struct({ celsius: Schema.Number }),
  handler: ({ celsius }) => Effect.succeed(celsius * 9 / 5 + 32)
})

// -----------------------------------------------------------------------------
// toWire
// -----------------------------------------------------------------------------

describe("toWire", () => {
  it("function tools with the JSON Schema of the parameters", () => {
    const strictTool = Tools.make("s", {
      description: "strict",
      parameters: Schema.Struct({ a: Schema.String, b: Schema.optional(Schema.Number) }),
      strict: true
    })
    assert.deepStrictEqual(Tools.toWire([divide, strictTool]), [
      {
        type: "function",
        function: {
          name: "divide",
          description: "Divide two numbers",
          parameters: {
            type: "object",
            required: ["numerator", "denominator"],
            properties: {
              numerator: { type: "number" },
              denominator: { type: "number" },
              on_inf: { type: "string", enum: ["infinity", "error"] }
            },
            additionalProperties: false
          }
        }
      },
      {
        type: "function",
        function: {
          name: "s",
          description: "strict",
          parameters: {
            type: "object",
            required: ["a", "b"],
            properties: { a: { type: "string" }, b: { anyOf: [{ type: "number" }, { type: "null" }] } },
            additionalProperties: false
          },
          strict: true
        }
      }
    ])
  })

  it("validate rejects bad and duplicate names", () => {
    const bad = Tools.make("has space", { description: "x", parameters: Schema.Struct({}) })
    const v1 = Tools.validate([bad])
    assert.isTrue(Either.isLeft(v1) && v1.left.field === "tools[0].function.name")
    const v2 = Tools.validate([divide, divide])
    assert.isTrue(Either.isLeft(v2) && v2.left.message.includes("Duplicate"))
    assert.isTrue(Either.isRight(Tools.validate([divide, weather])))
  })
})

// -----------------------------------------------------------------------------
// decodeCalls: shared fixtures
// -----------------------------------------------------------------------------

describe("decodeCalls", () => {
  it.effect("chat/tool-calls-mistral-small.json decodes to typed arguments", () =>
    Effect.gen(function*() {
      const result = yield* chatJson({ model: "mistralai/mistral-small", messages: user })
      const calls = yield* Tools.decodeCalls(result, [divide, weather])
      assert.strictEqual(calls.length, 1)
      const call = calls[0]
      assert.strictEqual(call?.id, "3sniiMddS")
      if (call?.name === "divide") {
        const args: { readonly numerator: number; readonly denominator: number; readonly on_inf?: string | undefined } = call.args
        assert.deepStrictEqual(args, { numerator: 123, denominator: 456, on_inf: "infinity" })
      } else {
        assert.fail("expected a divide call")
      }
      assert.strictEqual(call.call.function.arguments, "{\"numerator\": 123, \"denominator\": 456, \"on_inf\": \"infinity\"}")
    }).pipe(
      Effect.provide(OpenRouterTest.layer([OpenRouterTest.json(fixture("chat/tool-calls-mistral-small.json").response.body)]))
    ))

  it.effect("stream/tool-call-gpt-4.1-mini.sse.json decodes to {}", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* client.chat({ model: "openai/gpt-4.1-mini", messages: user })
      const calls = yield* Tools.decodeCalls(result, [llmVersion])
      assert.deepStrictEqual(calls.map((c) => [c.id, c.name, c.args]), [["call_o4OCgtJrNoZTmoCRvmlfoHfj", "llm_version", {}]])
    }).pipe(
      Effect.provide(
        OpenRouterTest.layer([OpenRouterTest.sse(fixture("stream/tool-call-gpt-4.1-mini.sse.json").response.bodyText ?? "")])
      )
    ))

  it.effect("stream/tool-call-arguments-split.sse.json decodes once concatenated", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* client.chat({ model: "openai/gpt-4.1", messages: user })
      const calls = yield* Tools.decodeCalls(result, [testTool])
      assert.deepStrictEqual(calls.map((c) => [c.id, c.name, c.args]), [["call_O17Uplv4lJvD6DVdIvFFeRMw", "test-tool", { value: "Sparkle Day" }]])
    }).pipe(
      Effect.provide(
        OpenRouterTest.layer([
          OpenRouterTest.sse(fixture("stream/tool-call-arguments-split.sse.json").response.bodyText ?? "", { readSize: 5 })
        ])
      )
    ))

  const decode = (args: string, name = "divide") =>
    failure(Tools.decodeCalls({ toolCalls: [{ id: "call_1", type: "function", function: { name, arguments: args } }] }, [divide]))

  it.effect("malformed JSON → ToolArgumentsError invalid_json (never {})", () =>
    Effect.gen(function*() {
      const e = yield* decode("{\"numerator\": 1, \"denominator\":")
      assert.strictEqual(e._tag, "ToolArgumentsError")
      assert.strictEqual(e.kind, "invalid_json")
      assert.strictEqual(e.toolName, "divide")
      assert.strictEqual(e.callId, "call_1")
      assert.strictEqual(e.rawArguments, "{\"numerator\": 1, \"denominator\":")
      assert.isAbove(e.issues.length, 0)
    }))

  it.effect("schema mismatch → ToolArgumentsError schema_mismatch with issues", () =>
    Effect.gen(function*() {
      const e = yield* decode("{\"numerator\": \"1\"}")
      assert.strictEqual(e.kind, "schema_mismatch")
      assert.include(e.issues, "numerator: Expected number, actual \"1\"")
      assert.include(e.issues, "denominator: is missing")
    }))

  it.effect("empty arguments are read as {} and still decoded against the schema", () =>
    Effect.gen(function*() {
      const e = yield* decode("")
      assert.strictEqual(e.kind, "schema_mismatch")
      const ok = yield* Tools.decodeCalls(
        { toolCalls: [{ id: "c", type: "function", function: { name: "llm_version", arguments: "" } }] },
        [llmVersion]
      )
      assert.deepStrictEqual(ok[0]?.args, {})
    }))

  it.effect("an unknown tool → ToolArgumentsError unknown_tool", () =>
    Effect.gen(function*() {
      const e = yield* decode("{}", "rm_rf")
      assert.strictEqual(e.kind, "unknown_tool")
      assert.strictEqual(e.toolName, "rm_rf")
    }))

  it.effect("strict tools: null for an optional argument reads as absent", () =>
    Effect.gen(function*() {
      const strictDivide = Tools.make("divide", { description: "d", parameters: divide.parameters, strict: true })
      const calls = yield* Tools.decodeCalls(
        { toolCalls: [toolCall("c", "divide", { numerator: 1, denominator: 2, on_inf: null })] as never },
        [strictDivide]
      )
      assert.deepStrictEqual(calls[0]?.args, { numerator: 1, denominator: 2 })
    }))
})

// -----------------------------------------------------------------------------
// runLoop
// -----------------------------------------------------------------------------

const reasoningDetails = [
  {
    type: "reasoning.text",
    text: "The user wants the weather in two cities; I will call the tool twice.",
    signature: "EqQBCkgIARABGAIiQL2WFpC0mHcX+w/3nX8y1o0z+Q==",
    format: "anthropic-claude-v1",
    index: 0
  },
  { type: "reasoning.encrypted", data: "gAAAAABpEgl8ot_t1C45G8kTxU_Ea0ea-6M2Azibgi8FPFCsAoNtOggfC3TgXL9A==", id: "rs_1", format: "anthropic-claude-v1", index: 1 }
]

const threeSteps = [
  OpenRouterTest.json(completion({
    content: "",
    reasoning: "The user wants the weather in two cities; I will call the tool twice.",
    reasoning_details: reasoningDetails,
    tool_calls: [toolCall("call_paris", "get_weather", { city: "Paris" }), toolCall("call_oslo", "get_weather", { city: "Oslo" })]
  }, "tool_calls")),
  OpenRouterTest.json(completion({
    content: "Let me convert Paris.",
    tool_calls: [toolCall("call_f", "to_fahrenheit", { celsius: 21 })]
  }, "tool_calls")),
  OpenRouterTest.json(completion({ content: "Paris is 21°C (69.8°F), Oslo 12°C." }, "stop"))
]

describe("runLoop", () => {
  it.effect("three steps: parallel calls, reasoning_details echoed unchanged, tool messages by id", () =>
    Effect.gen(function*() {
      const out = yield* Tools.runLoop(
        { model: "anthropic/claude-sonnet-4.5", messages: user },
        [weather, convert],
        { maxSteps: 5, concurrency: 2, call: { wire: "json" }, parallelToolCalls: true }
      )
      assert.strictEqual(out.result.text, "Paris is 21°C (69.8°F), Oslo 12°C.")
      assert.strictEqual(out.steps.length, 3)
      assert.deepStrictEqual(out.steps[0]?.calls.map((c) => [c.call.id, c.output]), [
        ["call_paris", { city: "Paris", celsius: 21 }],
        ["call_oslo", { city: "Oslo", celsius: 12 }]
      ])
      assert.deepStrictEqual(out.pending, [])

      const sent = yield* bodies
      assert.strictEqual(sent.length, 3)
      for (const body of sent) {
        assert.deepStrictEqual(body.tools, Tools.toWire([weather, convert]) as unknown)
        assert.strictEqual(body.parallel_tool_calls, true)
      }
      const step1Assistant = {
        role: "assistant",
        content: null,
        tool_calls: [toolCall("call_paris", "get_weather", { city: "Paris" }), toolCall("call_oslo", "get_weather", { city: "Oslo" })],
        reasoning: "The user wants the weather in two cities; I will call the tool twice.",
        reasoning_details: reasoningDetails
      }
      const step1Tools = [
        { role: "tool", tool_call_id: "call_paris", content: "{\"city\":\"Paris\",\"celsius\":21}" },
        { role: "tool", tool_call_id: "call_oslo", content: "{\"city\":\"Oslo\",\"celsius\":12}" }
      ]
      const step2Assistant = {
        role: "assistant",
        content: "Let me convert Paris.",
        tool_calls: [toolCall("call_f", "to_fahrenheit", { celsius: 21 })]
      }
      const step2Tools = [{ role: "tool", tool_call_id: "call_f", content: "69.8" }]
      assert.deepStrictEqual(sent[0]?.messages, user)
      assert.deepStrictEqual(sent[1]?.messages, [...user, step1Assistant, ...step1Tools])
      assert.deepStrictEqual(sent[2]?.messages, [...user, step1Assistant, ...step1Tools, step2Assistant, ...step2Tools])
      // byte for byte: the signature and the encrypted data reach the wire untouched
      const echoed = sent[1]?.messages[1]?.["reasoning_details"] as ReadonlyArray<Record<string, unknown>>
      assert.strictEqual(echoed[0]?.["signature"], reasoningDetails[0]?.signature)
      assert.strictEqual(echoed[1]?.["data"], reasoningDetails[1]?.data)
      assert.deepStrictEqual(out.messages, [
        ...user,
        step1Assistant,
        ...step1Tools,
        step2Assistant,
        ...step2Tools,
        { role: "assistant", content: "Paris is 21°C (69.8°F), Oslo 12°C." }
      ] as unknown)
    }).pipe(Effect.provide(OpenRouterTest.layer(threeSteps))))

  it.effect("the same loop over the stream wire", () =>
    Effect.gen(function*() {
      const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
        id: "gen-s",
        object: "chat.completion.chunk",
        created: 1,
        model: "anthropic/claude-sonnet-4.5",
        choices: [{ index: 0, delta, finish_reason: finish }]
      })
      const detail = { type: "reasoning.text", text: "thinking", signature: "c2lnbmF0dXJl", format: "anthropic-claude-v1", index: 0 }
      const out = yield* Tools.runLoop({ model: "anthropic/claude-sonnet-4.5", messages: user }, [weather], { maxSteps: 2 }).pipe(
        Effect.flatMap((out) => Effect.map(bodies, (sent) => ({ out, sent }))),
        Effect.provide(OpenRouterTest.layer([
          OpenRouterTest.sse([
            chunk({ role: "assistant", reasoning: "thinking", reasoning_details: [detail] }),
            chunk({ tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "get_weather", arguments: "{\"ci" } }] }),
            chunk({ tool_calls: [{ index: 0, function: { arguments: "ty\":\"Paris\"}" } }] }),
            chunk({}, "tool_calls")
          ]),
          OpenRouterTest.sse([chunk({ role: "assistant", content: "21°C" }), chunk({}, "stop")])
        ]))
      )
      assert.strictEqual(out.out.result.text, "21°C")
      assert.deepStrictEqual(out.sent[1]?.messages[1], {
        role: "assistant",
        content: null,
        tool_calls: [toolCall("call_1", "get_weather", { city: "Paris" })],
        reasoning: "thinking",
        reasoning_details: [detail]
      })
    }))

  it.effect("concurrency runs the calls of one reply at once", () =>
    Effect.gen(function*() {
      const latch = yield* Deferred.make<void>()
      // The first call waits for the second: sequential execution would never finish.
      const waits = Tools.make("get_weather", {
        description: "waits",
        parameters: Schema.Struct({ city: Schema.String }),
        handler: ({ city }) => city === "Paris" ? Effect.as(Deferred.await(latch), city) : Effect.as(Deferred.succeed(latch, undefined), city)
      })
      const convertTool = Tools.make("to_fahrenheit", { description: "c", parameters: convert.parameters, handler: () => Effect.succeed(0) })
      const out = yield* Tools.runLoop({ model: "m/m", messages: user }, [waits, convertTool], {
        maxSteps: 3,
        concurrency: "unbounded",
        call: { wire: "json" }
      })
      assert.deepStrictEqual(out.steps[0]?.calls.map((c) => c.output), ["Paris", "Oslo"])
    }).pipe(Effect.provide(OpenRouterTest.layer(threeSteps))))

  it.effect("maxSteps exceeded → ToolLoopLimitError with the transcript", () =>
    Effect.gen(function*() {
      const e = yield* failure(
        Tools.runLoop({ model: "m/m", messages: user }, [weather, convert], { maxSteps: 2, call: { wire: "json" } })
      )
      assert.strictEqual(e._tag, "ToolLoopLimitError")
      if (e._tag !== "ToolLoopLimitError") return
      assert.strictEqual(e.maxSteps, 2)
      assert.deepStrictEqual(e.pendingToolCalls.map((c) => c.id), ["call_f"])
      assert.deepStrictEqual(e.messages.map((m) => m.role), ["user", "assistant", "tool", "tool", "assistant"])
      assert.strictEqual((yield* bodies).length, 2)
    }).pipe(Effect.provide(OpenRouterTest.layer(threeSteps))))

  it.effect("handler errors propagate, typed", () =>
    Effect.gen(function*() {
      class Boom extends Schema.TaggedError<Boom>()("Boom", { city: Schema.String }) {}
      const failing = Tools.make("get_weather", {
        description: "fails",
        parameters: Schema.Struct({ city: Schema.String }),
        handler: ({ city }) => Effect.fail(new Boom({ city }))
      })
      const e = yield* failure(Tools.runLoop({ model: "m/m", messages: user }, [failing, convert], { maxSteps: 3, call: { wire: "json" } }))
      assert.strictEqual(e._tag, "Boom")
    }).pipe(Effect.provide(OpenRouterTest.layer(threeSteps))))

  it.effect("tools without a handler stop the loop with pending calls", () =>
    Effect.gen(function*() {
      const manual = Tools.make("get_weather", { description: "asks a human", parameters: Schema.Struct({ city: Schema.String }) })
      const out = yield* Tools.runLoop({ model: "m/m", messages: user }, [manual, convert], { maxSteps: 3, call: { wire: "json" } })
      assert.deepStrictEqual(out.pending.map((c) => [c.id, c.name, c.args]), [
        ["call_paris", "get_weather", { city: "Paris" }],
        ["call_oslo", "get_weather", { city: "Oslo" }]
      ])
      assert.strictEqual(out.messages[out.messages.length - 1]?.role, "assistant")
      assert.strictEqual((yield* bodies).length, 1)
    }).pipe(Effect.provide(OpenRouterTest.layer(threeSteps))))

  it.effect("a forcing toolChoice is sent on the first step only; malformed arguments fail the loop", () =>
    Effect.gen(function*() {
      const e = yield* failure(
        Tools.runLoop({ model: "m/m", messages: user }, [weather, convert], { maxSteps: 3, toolChoice: "required", call: { wire: "json" } })
      )
      assert.strictEqual(e._tag, "ToolArgumentsError")
      const sent = yield* bodies
      assert.strictEqual(sent[0]?.tool_choice, "required")
      assert.strictEqual(sent[1]?.tool_choice, "auto")
    }).pipe(Effect.provide(OpenRouterTest.layer([
      threeSteps[0] ?? OpenRouterTest.refused,
      OpenRouterTest.json(completion({ content: null, tool_calls: [toolCall("bad", "to_fahrenheit", "{celsius: 21}")] }, "tool_calls"))
    ]))))

  it.effect("invalid maxSteps or tool names fail before any request", () =>
    Effect.gen(function*() {
      const e1 = yield* failure(Tools.runLoop({ model: "m/m", messages: user }, [weather], { maxSteps: 0 }))
      assert.strictEqual(e1._tag, "InvalidRequestError")
      const e2 = yield* failure(Tools.runLoop({ model: "m/m", messages: user }, [weather, weather], { maxSteps: 1 }))
      assert.strictEqual(e2._tag, "InvalidRequestError")
      assert.strictEqual((yield* bodies).length, 0)
    }).pipe(Effect.provide(OpenRouterTest.layer(threeSteps))))
})

// -----------------------------------------------------------------------------
// streamToolEvents
// -----------------------------------------------------------------------------

describe("streamToolEvents", () => {
  const events = <const T extends ReadonlyArray<Tools.Any>>(file: string, tools: T, readSize?: number) =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      return yield* client.chatStream({ model: "m/m", messages: user }).pipe(
        Tools.streamToolEvents(tools),
        Stream.runCollect,
        Effect.map(Chunk.toArray)
      )
    }).pipe(
      Effect.provide(
        OpenRouterTest.layer([
          OpenRouterTest.sse(fixture(file).response.bodyText ?? "", readSize !== undefined ? { readSize } : {})
        ])
      )
    )

  it.effect("stream/tool-call-gpt-4.1-mini.sse.json: start, one delta, end with {}", () =>
    Effect.gen(function*() {
      const evs = yield* events("stream/tool-call-gpt-4.1-mini.sse.json", [llmVersion])
      assert.deepStrictEqual(evs.map((e) => e._tag), ["ToolCallStart", "ToolCallArgumentsDelta", "ToolCallEnd"])
      assert.deepStrictEqual(evs[0], { _tag: "ToolCallStart", index: 0, id: "call_o4OCgtJrNoZTmoCRvmlfoHfj", name: "llm_version" })
      const end = evs[2]
      if (end?._tag !== "ToolCallEnd") return assert.fail("expected ToolCallEnd")
      assert.strictEqual(end.call.id, "call_o4OCgtJrNoZTmoCRvmlfoHfj")
      assert.deepStrictEqual(end.call.args, {})
    }))

  for (const readSize of [undefined, 3]) {
    it.effect(`stream/tool-call-arguments-split.sse.json: seven deltas, then decoded args (reads: ${readSize ?? "whole"})`, () =>
      Effect.gen(function*() {
        const evs = yield* events("stream/tool-call-arguments-split.sse.json", [testTool, llmVersion], readSize)
        const deltas = evs.filter((e): e is Tools.ToolCallArgumentsDelta => e._tag === "ToolCallArgumentsDelta")
        assert.deepStrictEqual(deltas.map((d) => d.delta), ["{\"", "value", "\":\"", "Spark", "le", " Day", "\"}"])
        assert.strictEqual(deltas[deltas.length - 1]?.arguments, "{\"value\":\"Sparkle Day\"}")
        assert.strictEqual(evs[0]?._tag, "ToolCallStart")
        const end = evs[evs.length - 1]
        if (end?._tag !== "ToolCallEnd") return assert.fail("expected ToolCallEnd")
        if (end.call.name === "test-tool") assert.strictEqual(end.call.args.value, "Sparkle Day")
        else assert.fail("expected test-tool")
      }))
  }

  it.effect("parallel calls interleaved by index; malformed arguments fail at Finish", () =>
    Effect.gen(function*() {
      const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
        id: "gen-p",
        object: "chat.completion.chunk",
        created: 1,
        model: "m/m",
        choices: [{ index: 0, delta, finish_reason: finish }]
      })
      const stream = (second: string) =>
        Effect.flatMap(OpenRouter.OpenRouter, (c) =>
          c.chatStream({ model: "m/m", messages: user }).pipe(Tools.streamToolEvents([weather]), Stream.runCollect)).pipe(
            Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse([
              chunk({ tool_calls: [{ index: 0, id: "a", type: "function", function: { name: "get_weather", arguments: "" } }] }),
              chunk({ tool_calls: [{ index: 1, id: "b", type: "function", function: { name: "get_weather", arguments: "{\"city\":" } }] }),
              chunk({ tool_calls: [{ index: 0, function: { arguments: "{\"city\":\"Paris\"}" } }] }),
              chunk({ tool_calls: [{ index: 1, function: { arguments: second } }] }),
              chunk({}, "tool_calls")
            ])]))
          )
      const ok = Chunk.toArray(yield* stream("\"Oslo\"}"))
      assert.deepStrictEqual(ok.map((e) => `${e._tag}:${e.index}`), [
        "ToolCallStart:0",
        "ToolCallStart:1",
        "ToolCallArgumentsDelta:1",
        "ToolCallArgumentsDelta:0",
        "ToolCallArgumentsDelta:1",
        "ToolCallEnd:0",
        "ToolCallEnd:1"
      ])
      const ends = ok.flatMap((e) => (e._tag === "ToolCallEnd" ? [[e.call.id, e.call.args]] : []))
      assert.deepStrictEqual(ends, [["a", { city: "Paris" }], ["b", { city: "Oslo" }]])
      const e = yield* failure(stream("\"Oslo\""))
      assert.strictEqual(e._tag === "ToolArgumentsError" ? `${e.kind}:${e.callId}` : e._tag, "invalid_json:b")
    }))
})
