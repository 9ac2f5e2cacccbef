import { assert, describe, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import * as structuredExample from "../examples/structured-output.js"
import * as toolsExample from "../examples/tools.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"

const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
  id: "gen-example",
  object: "chat.completion.chunk",
  created: 1,
  model: "openai/gpt-4o-mini",
  provider: "OpenAI",
  choices: [{ index: 0, delta, finish_reason: finish }]
})

const textReply = (...pieces: ReadonlyArray<string>) =>
  OpenRouterTest.sse([...pieces.map((content) => chunk({ content })), chunk({}, "stop")])

const toolReply = (...calls: ReadonlyArray<readonly [string, string, unknown]>) =>
  OpenRouterTest.sse([
    ...calls.map(([id, name, args], index) =>
      chunk({ tool_calls: [{ index, id, type: "function", function: { name, arguments: JSON.stringify(args) } }] })
    ),
    chunk({}, "tool_calls")
  ])

describe("examples (against OpenRouterTest)", () => {
  it.effect("examples/structured-output.ts", () =>
    Effect.gen(function*() {
      const out = yield* structuredExample.program
      assert.deepStrictEqual(out.recipe, {
        title: "Pancakes",
        servings: 2,
        ingredients: [{ name: "flour", quantity: "125 g" }, { name: "milk", quantity: "250 ml" }],
        vegetarian: true
      })
      const last = Option.getOrUndefined(out.streamed)
      assert.strictEqual(last?._tag, "Object")
      if (last?._tag === "Object") assert.strictEqual(last.value.title, "Chili")
      const requests = yield* OpenRouterTest.requests
      assert.strictEqual(requests.length, 2)
      for (const r of requests) {
        const format = (r.body as { response_format: { type: string; json_schema: { name: string } } }).response_format
        assert.strictEqual(format.type, "json_schema")
        assert.strictEqual(format.json_schema.name, "Recipe")
      }
    }).pipe(
      Effect.provide(OpenRouterTest.layer([
        textReply(
          "{\"title\":\"Pancakes\",\"servings\":2,\"ingredients\":[{\"name\":\"flour\",\"quantity\":\"125 g\"},",
          "{\"name\":\"milk\",\"quantity\":\"250 ml\"}],\"vegetarian\":true,\"notes\":null}"
        ),
        textReply("{\"title\":\"Chi", "li\",\"servings\":4,\"ingredients\":[],", "\"vegetarian\":true,\"notes\":\"spicy\"}")
      ]))
    ))

  it.effect("examples/tools.ts", () =>
    Effect.gen(function*() {
      const out = yield* toolsExample.program
      assert.strictEqual(out.loop.result.text, "Paris: 69.8°F, Oslo: 57.2°F.")
      assert.deepStrictEqual(
        out.loop.steps.flatMap((s) => s.calls.map((c) => c.output)),
        [{ city: "Paris", celsius: 21 }, { city: "Oslo", celsius: 14 }, 69.8, 57.2]
      )
      assert.strictEqual(out.streamedCalls, 1)
      const requests = yield* OpenRouterTest.requests
      assert.strictEqual(requests.length, 4)
      const third = requests[2]?.body as { messages: ReadonlyArray<{ role: string; tool_call_id?: string }> }
      assert.deepStrictEqual(third.messages.map((m) => m.tool_call_id ?? m.role), [
        "user",
        "assistant",
        "w1",
        "w2",
        "assistant",
        "f1",
        "f2"
      ])
    }).pipe(
      Effect.provide(OpenRouterTest.layer([
        toolReply(["w1", "get_weather", { city: "Paris" }], ["w2", "get_weather", { city: "Oslo" }]),
        toolReply(["f1", "to_fahrenheit", { celsius: 21 }], ["f2", "to_fahrenheit", { celsius: 14 }]),
        textReply("Paris: 69.8°F, ", "Oslo: 57.2°F."),
        toolReply(["w3", "get_weather", { city: "Lisbon" }])
      ]))
    ))
})
