/**
 * Issue 10, item 10: a numeric parameter outside the range the API documents fails with an
 * `InvalidRequestError` naming the field and nothing is sent; the Simulator answers an unknown
 * (non-`sim/`) model id with OpenRouter's 400 instead of a success.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Layer, Stream } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import type { ChatRequestInput } from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import { userMessage } from "./helpers.js"

const okChunks = [
  {
    id: "gen-ok",
    object: "chat.completion.chunk",
    created: 1,
    model: "a/model",
    choices: [{ index: 0, delta: { content: "ok" }, finish_reason: "stop" }]
  }
]

const base = { model: "a/model", messages: userMessage() }

/** [field, out-of-range value, path in the error's `field`] */
const outOfRange: ReadonlyArray<readonly [string, unknown, string]> = [
  ["max_tokens", -5, "max_tokens"],
  ["max_tokens", 0, "max_tokens"],
  ["max_tokens", 10.5, "max_tokens"],
  ["max_completion_tokens", 0, "max_completion_tokens"],
  ["temperature", 7, "temperature"],
  ["temperature", -0.1, "temperature"],
  ["temperature", Number.NaN, "temperature"],
  ["top_p", 1.5, "top_p"],
  ["top_p", -1, "top_p"],
  ["top_k", -1, "top_k"],
  ["top_k", 2.5, "top_k"],
  ["frequency_penalty", 2.5, "frequency_penalty"],
  ["frequency_penalty", -3, "frequency_penalty"],
  ["presence_penalty", 3, "presence_penalty"],
  ["presence_penalty", -2.01, "presence_penalty"],
  ["repetition_penalty", 0, "repetition_penalty"],
  ["repetition_penalty", 2.5, "repetition_penalty"],
  ["min_p", 1.1, "min_p"],
  ["min_p", -0.5, "min_p"],
  ["top_a", 2, "top_a"],
  ["seed", 1.5, "seed"],
  ["seed", Number.POSITIVE_INFINITY, "seed"],
  ["top_logprobs", 21, "top_logprobs"],
  ["top_logprobs", -1, "top_logprobs"],
  ["logit_bias", { "50256": Number.NaN }, "logit_bias.50256"],
  ["plugins", [{ id: "fusion", max_tool_calls: 17 }], "plugins[0].max_tool_calls"],
  ["plugins", [{ id: "web" }, { id: "pareto-router", min_coding_score: 1.5 }], "plugins[1].min_coding_score"],
  ["plugins", [{ id: "auto-router", cost_quality_tradeoff: 11 }], "plugins[0].cost_quality_tradeoff"]
]

/** Values at the documented bounds (and `null`), which must be sent. */
const inRange: ReadonlyArray<Record<string, unknown>> = [
  { max_tokens: 1, max_completion_tokens: 1 },
  { temperature: 0, top_p: 0, top_k: 0, min_p: 0, top_a: 0 },
  { temperature: 2, top_p: 1, min_p: 1, top_a: 1, repetition_penalty: 2 },
  { frequency_penalty: -2, presence_penalty: 2, seed: -7, top_logprobs: 0 },
  { frequency_penalty: 2, presence_penalty: -2, top_logprobs: 20, repetition_penalty: 0.01 },
  { temperature: null, max_tokens: null, top_p: null, seed: null },
  { plugins: [{ id: "fusion", max_tool_calls: 16 }, { id: "auto-router", cost_quality_tradeoff: 0 }] }
]

describe("numeric parameters outside their documented range are refused before sending", () => {
  for (const [key, value, field] of outOfRange) {
    for (const wire of ["stream", "json"] as const) {
      it.effect(`${key}: ${JSON.stringify(value) ?? String(value)} (${String(value)}) → InvalidRequestError { field: ${field} }, nothing sent (${wire})`, () =>
        Effect.gen(function*() {
          const client = yield* OpenRouter.OpenRouter
          const request = { ...base, [key]: value } as ChatRequestInput
          const result = yield* Effect.either(client.chat(request, { wire }))
          const sent = yield* OpenRouterTest.requests
          assert.strictEqual(sent.length, 0, "requests sent")
          if (Either.isLeft(result) && result.left._tag === "InvalidRequestError") {
            assert.strictEqual(result.left.field, field)
            assert.include(result.left.message, field)
          } else assert.fail(`expected InvalidRequestError, got ${Either.isLeft(result) ? result.left._tag : "success"}`)
        }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(okChunks)]))))
    }
  }

  it.effect("chatStream refuses too, before any request", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* Effect.either(
        Stream.runDrain(client.chatStream({ ...base, temperature: 7 }))
      )
      assert.strictEqual((yield* OpenRouterTest.requests).length, 0)
      assert.isTrue(Either.isLeft(result) && result.left._tag === "InvalidRequestError" && result.left.field === "temperature")
    }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(okChunks)]))))

  for (const values of inRange) {
    it.effect(`in range, sent: ${JSON.stringify(values)}`, () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const result = yield* client.chat({ ...base, ...values } as ChatRequestInput)
        assert.strictEqual(result.text, "ok")
        const sent = yield* OpenRouterTest.requests
        assert.strictEqual(sent.length, 1)
        const body = sent[0]?.body as Record<string, unknown>
        for (const [k, v] of Object.entries(values)) assert.deepStrictEqual(body[k], v, k)
      }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(okChunks)]))))
  }
})

const simulated = OpenRouter.layer.pipe(
  Layer.provide(RetryPolicy.layer({ maxRetries: 2 })),
  Layer.provideMerge(Simulator.layer()),
  Layer.provideMerge(NodeHttpClient.layerUndici)
)

describe("against the Simulator", () => {
  it.live("max_tokens: -5 and temperature: 7 no longer reach the Simulator", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const negative = yield* Effect.flip(client.chat({ model: "sim/echo", messages: userMessage(), max_tokens: -5 }))
      const hot = yield* Effect.flip(client.chat({ model: "sim/echo", messages: userMessage(), temperature: 7 }))
      assert.strictEqual((yield* sim.requests).length, 0)
      assert.isTrue(negative._tag === "InvalidRequestError" && negative.field === "max_tokens")
      assert.isTrue(hot._tag === "InvalidRequestError" && hot.field === "temperature")
    }).pipe(Effect.provide(simulated)))

  it.live("an unknown model id gets OpenRouter's exact 400 body, not a success", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const http = yield* HttpClient.HttpClient
      const response = yield* http.execute(
        HttpClientRequest.post(`${sim.url}/chat/completions`).pipe(
          HttpClientRequest.bearerToken(sim.apiKey),
          HttpClientRequest.bodyUnsafeJson({ model: "claude-sonnet-4-6", messages: userMessage() })
        )
      )
      assert.strictEqual(response.status, 400)
      const body = (yield* response.json) as Record<string, unknown>
      assert.deepStrictEqual(body["error"], { message: "claude-sonnet-4-6 is not a valid model ID", code: 400 })
      assert.strictEqual(typeof body["user_id"], "string")
      assert.deepStrictEqual(Object.keys(body).sort(), ["error", "user_id"])
    }).pipe(Effect.provide(simulated)))

  it.live("through the client: ModelNotFoundError { kind: model_not_found }, not retried, on both wires", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      for (const wire of ["stream", "json"] as const) {
        yield* sim.reset
        const error = yield* Effect.flip(client.chat({ model: "openai/gpt-imaginary", messages: userMessage() }, { wire }))
        assert.strictEqual(error._tag, "ModelNotFoundError", wire)
        if (error._tag === "ModelNotFoundError") {
          assert.strictEqual(error.kind, "model_not_found")
          assert.strictEqual(error.status, 400)
          assert.strictEqual(error.message, "openai/gpt-imaginary is not a valid model ID")
        }
        assert.strictEqual((yield* sim.requests).length, 1, wire)
      }
      // a scenario header does not make an unknown id valid
      const scripted = yield* Effect.flip(
        client.chat({ model: "openai/gpt-imaginary", messages: userMessage() }, { headers: { "x-sim-scenario": "rate-limited" } })
      )
      assert.strictEqual(scripted._tag, "ModelNotFoundError")
      // embeddings too
      const embedding = yield* Effect.flip(client.embeddings({ model: "openai/text-embedding-imaginary", input: "x" }))
      assert.strictEqual(embedding._tag, "ModelNotFoundError")
    }).pipe(Effect.provide(simulated)))

  it.live("sim/ ids (known or not) and the catalogue's real ids are still served", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      for (const model of ["sim/echo", "sim/anything-else", "openai/gpt-4o-mini", "openai/gpt-4o-mini:nitro"]) {
        const result = yield* client.chat({ model, messages: userMessage("hi"), max_tokens: 20 })
        assert.include(result.text, "hi", model)
      }
      assert.include(Simulator.models, "openai/gpt-4o-mini")
    }).pipe(Effect.provide(simulated)))
})
