import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import type { Model } from "../src/Model.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as Structured from "../src/Structured.js"
import { userMessage } from "./helpers.js"

const model = (id: string, params: Array<string>) =>
  ({ id, name: id, created: 1, context_length: 1000, pricing: { prompt: "0", completion: "0" }, supported_parameters: params }) as unknown as Model

const Person = Schema.Struct({ name: Schema.String, age: Schema.Number })
const reply = {
  id: "gen-s",
  model: "x/y",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content: "{\"name\":\"Ada\",\"age\":36}" }, finish_reason: "stop" }]
}

describe("generateObject picks the mode from the registry", () => {
  for (const [params, expected] of [[["structured_outputs", "response_format"], "json_schema"], [["response_format"], "json_object"]] as const) {
    it.effect(`${params.join(",")} → ${expected}`, () =>
      Effect.gen(function*() {
        const { value, sent } = yield* Effect.gen(function*() {
          const { value } = yield* Structured.generateObject(Person, { model: "x/y", messages: userMessage("who?"), max_tokens: 50 }, { call: { wire: "json" } })
          return { value, sent: yield* OpenRouterTest.requests }
        }).pipe(Effect.provide(Layer.merge(OpenRouterTest.layer([OpenRouterTest.json(reply)]), ModelRegistry.layerStatic([model("x/y", [...params])]))))
        assert.deepStrictEqual(value, { name: "Ada", age: 36 })
        assert.strictEqual((sent[0]?.body as { response_format: { type: string } }).response_format.type, expected)
      }))
  }
})
