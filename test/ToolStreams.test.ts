/**
 * Tool calls as providers actually stream them: argument fragments before the tool's name, a
 * call whose name never comes; tools whose parameters have no JSON Schema; a handler that
 * returns nothing.
 */
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Either, Schema, Stream } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as Tools from "../src/Tools.js"

const weather = Tools.make("get_weather", {
  description: "Weather of a city",
  parameters: Schema.Struct({ city: Schema.String })
})

const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
  id: "gen-tool-streams",
  object: "chat.completion.chunk",
  created: 1,
  model: "m/m",
  choices: [{ index: 0, delta, finish_reason: finish }]
})

const toolEvents = (chunks: ReadonlyArray<unknown>) =>
  Effect.flatMap(OpenRouter.OpenRouter, (c) =>
    c.chatStream({ model: "m/m", messages: [{ role: "user", content: "Weather?" }] }).pipe(
      Tools.streamToolEvents([weather]),
      Stream.runCollect,
      Effect.map(Chunk.toArray)
    )).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(chunks)])))

describe("streamToolEvents on fragments in an awkward order", () => {
  it.effect("arguments that arrive before the tool's name are held back, then sent with the start", () =>
    Effect.gen(function*() {
      const events = yield* toolEvents([
        chunk({ tool_calls: [{ index: 0, function: { arguments: "{\"ci" } }] }),
        chunk({ tool_calls: [{ index: 0, id: "c1", type: "function", function: { name: "get_weather", arguments: "ty\":\"Rome\"}" } }] }),
        chunk({}, "tool_calls")
      ])
      assert.deepStrictEqual(events.map((e) => e._tag), ["ToolCallStart", "ToolCallArgumentsDelta", "ToolCallEnd"])
      assert.deepStrictEqual(events[0], { _tag: "ToolCallStart", index: 0, id: "c1", name: "get_weather" })
      const delta = events[1]
      assert.isTrue(delta?._tag === "ToolCallArgumentsDelta" && delta.delta === "{\"city\":\"Rome\"}" && delta.arguments === delta.delta)
      const end = events[2]
      assert.isTrue(end?._tag === "ToolCallEnd" && end.call.id === "c1")
      if (end?._tag === "ToolCallEnd") assert.deepStrictEqual(end.call.args, { city: "Rome" })
    }))

  it.effect("a call whose name never arrives: no start event, and the end fails as an unknown tool", () =>
    Effect.gen(function*() {
      const result = yield* Effect.either(toolEvents([
        chunk({ tool_calls: [{ index: 0, function: { arguments: "{\"city\":\"Rome\"}" } }] }),
        chunk({}, "tool_calls")
      ]))
      assert.isTrue(Either.isLeft(result))
      if (Either.isRight(result)) return
      const error = result.left
      assert.strictEqual(error._tag, "ToolArgumentsError")
      if (error._tag !== "ToolArgumentsError") return
      assert.strictEqual(error.kind, "unknown_tool")
      assert.strictEqual(error.toolName, "")
      assert.strictEqual(error.callId, "")
      assert.strictEqual(error.rawArguments, "{\"city\":\"Rome\"}")
    }))
})

describe("tools whose parameters have no JSON Schema", () => {
  const Opaque = Schema.declare((u: unknown): u is { readonly raw: unknown } => typeof u === "object" && u !== null && "raw" in u)
  const opaque = Tools.make("opaque", { description: "Takes anything with raw", parameters: Opaque })

  it("toWire cannot describe them (a defect, as documented)", () => {
    assert.throws(() => Tools.toWire([opaque]))
  })

  it.effect("their arguments still decode with the Schema, nulls left as sent", () =>
    Effect.gen(function*() {
      const calls = yield* Tools.decodeCalls({
        toolCalls: [{ id: "c1", type: "function", function: { name: "opaque", arguments: "{\"raw\":null,\"extra\":null}" } }]
      }, [opaque])
      assert.deepStrictEqual(calls.map((c): [string, unknown] => [c.id, c.args]), [["c1", { raw: null, extra: null }]])
    }))
})

describe("toolMessage", () => {
  it("a handler result of undefined is sent as the JSON null, not an empty or missing content", () => {
    assert.deepStrictEqual(Tools.toolMessage("c1", undefined), { role: "tool", tool_call_id: "c1", content: "null" })
    assert.deepStrictEqual(Tools.toolMessage("c2", { celsius: 21 }), { role: "tool", tool_call_id: "c2", content: "{\"celsius\":21}" })
  })
})
