import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Either, Exit, Layer, Stream } from "effect"
import type { ChatResult, Completion } from "../src/ChatResult.js"
import { completion } from "../src/ChatResult.js"
import type { ChatStreamEvent } from "../src/ChatStream.js"
import * as OpenRouter from "../src/OpenRouter.js"
import type { OpenRouterError } from "../src/OpenRouterError.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import { fixture, fixtureIndex, sha256, userMessage } from "./helpers.js"

const req = { model: "openai/gpt-4o", messages: userMessage(), max_tokens: 100 }

const run = <A, E>(
  responses: OpenRouterTest.Responses,
  f: (client: OpenRouter.Service) => Effect.Effect<A, E>
) =>
  Effect.gen(function*() {
    const client = yield* OpenRouter.OpenRouter
    return yield* f(client)
  }).pipe(Effect.provide(OpenRouterTest.layer(responses)))

const collect = (client: OpenRouter.Service, options?: OpenRouter.CallOptions) =>
  client.chatStream(req, options).pipe(
    Stream.runCollect,
    Effect.map(Chunk.toReadonlyArray)
  )

const assertUsage = (usage: Completion["usage"], exp: Record<string, unknown> | null | undefined) => {
  if (exp === null || exp === undefined) {
    assert.isUndefined(usage)
    return
  }
  assert.isDefined(usage)
  if (usage === undefined) return
  assert.strictEqual(usage.prompt_tokens, exp["promptTokens"])
  assert.strictEqual(usage.completion_tokens, exp["completionTokens"])
  assert.strictEqual(usage.total_tokens, exp["totalTokens"])
  assert.strictEqual(usage.cost ?? null, exp["cost"])
  assert.strictEqual(usage.prompt_tokens_details?.cached_tokens ?? null, exp["cachedTokens"])
  assert.strictEqual(usage.completion_tokens_details?.reasoning_tokens ?? null, exp["reasoningTokens"])
  if ("imageTokens" in exp) assert.strictEqual(usage.completion_tokens_details?.image_tokens ?? null, exp["imageTokens"])
  if ("isByok" in exp) assert.strictEqual(usage.is_byok, exp["isByok"])
  if ("upstreamInferenceCost" in exp) {
    assert.strictEqual(usage.cost_details?.upstream_inference_cost ?? null, exp["upstreamInferenceCost"])
  }
}

const assertExpect = async (c: Completion, exp: Record<string, unknown>) => {
  assert.strictEqual(c.id, exp["id"])
  assert.strictEqual(c.model, exp["model"])
  assert.strictEqual(c.provider ?? null, exp["provider"])
  if ("text" in exp) assert.strictEqual(c.text, exp["text"])
  if ("reasoning" in exp) assert.strictEqual(c.reasoning, exp["reasoning"])
  assert.strictEqual(c.finishReason, exp["finishReason"])
  assert.strictEqual(c.nativeFinishReason, exp["nativeFinishReason"])
  assertUsage(c.usage, exp["usage"] as Record<string, unknown> | null)
  if ("textLength" in exp) {
    assert.strictEqual(c.text.length, exp["textLength"])
    assert.strictEqual(await sha256(c.text), exp["textSha256"])
    assert.isTrue(c.text.startsWith(String(exp["textPrefix"])))
  }
  if ("reasoningLength" in exp) {
    assert.strictEqual(c.reasoning?.length, exp["reasoningLength"])
    assert.strictEqual(await sha256(c.reasoning ?? ""), exp["reasoningSha256"])
  }
  if ("reasoningDetailTypes" in exp) {
    assert.deepStrictEqual(c.reasoningDetails.map((d) => d.type), exp["reasoningDetailTypes"])
  }
  if ("toolCalls" in exp) {
    const calls = exp["toolCalls"] as Array<{ id: string; name: string; arguments: string; argumentsJson: unknown }>
    assert.strictEqual(c.toolCalls.length, calls.length)
    calls.forEach((call, i) => {
      const got = c.toolCalls[i]
      assert.strictEqual(got?.id, call.id)
      assert.strictEqual(got?.function.name, call.name)
      assert.strictEqual(got?.function.arguments, call.arguments)
      assert.deepStrictEqual(JSON.parse(got?.function.arguments ?? "null"), call.argumentsJson)
    })
  }
  if ("annotations" in exp) {
    const anns = exp["annotations"] as Array<{ type: string; url: string; title: string }>
    assert.deepStrictEqual(
      c.annotations.map((a) => {
        const u = (a as { url_citation?: { url?: string; title?: string } }).url_citation
        return { type: a.type, url: u?.url, title: u?.title }
      }),
      anns
    )
  }
}

describe("chat over JSON: shared fixtures", () => {
  for (const entry of fixtureIndex.filter((f) => f.category === "chat-completion")) {
    it.effect(entry.file, () =>
      Effect.gen(function*() {
        const f = fixture(entry.file)
        const result = yield* run(
          [OpenRouterTest.json(f.response.body, { status: f.response.status, headers: f.response.headers })],
          (c) => c.chat(req, { wire: "json" })
        )
        yield* Effect.promise(() => assertExpect(result, entry.expect))
        assert.strictEqual(result.meta.wire, "json")
        assert.strictEqual(result.meta.requestedModel, "openai/gpt-4o")
        assert.strictEqual(result.meta.servedModel, entry.expect["model"])
        assert.isDefined(result.raw)
      }))
  }
})

const streamEntries = fixtureIndex.filter((f) => f.category === "chat-stream")

describe("chatStream: shared fixtures, whole and in 1- and 7-byte reads", () => {
  for (const entry of streamEntries) {
    for (const readSize of [undefined, 1, 7]) {
      it.effect(`${entry.file} (reads: ${readSize ?? "whole"})`, () =>
        Effect.gen(function*() {
          const f = fixture(entry.file)
          const canned = OpenRouterTest.sse(f.response.bodyText ?? "", {
            headers: f.response.headers,
            ...(readSize !== undefined ? { readSize } : {})
          })
          const exit = yield* run([canned], (c) =>
            Effect.gen(function*() {
              const events: Array<ChatStreamEvent> = []
              const result = yield* c.chatStream(req).pipe(
                Stream.runForEach((e) => Effect.sync(() => events.push(e))),
                Effect.either
              )
              return { events, result }
            }))
          const exp = entry.expect
          const text = exit.events.filter((e) => e._tag === "TextDelta").map((e) => e.text)
          assert.strictEqual(text.length, exp["contentDeltaCount"])
          assert.strictEqual(text.join(""), exp["text"])
          if (exp["end"] === "error") {
            assert.isTrue(Either.isLeft(exit.result))
            if (Either.isLeft(exit.result)) {
              const err = exit.result.left
              assert.strictEqual(err._tag, "StreamInterrupted")
              if (err._tag === "StreamInterrupted") {
                const partial = err.partial as Completion
                yield* Effect.promise(() => assertExpect(partial, exp))
                const reason = err.reason as OpenRouterError
                const expErr = exp["error"] as { code: number; message: string; metadata: { error_type: string } }
                assert.strictEqual(reason._tag, "ProviderError")
                assert.strictEqual(reason.message, expErr.message)
                if (reason._tag === "ProviderError") {
                  assert.strictEqual(reason.status, expErr.code)
                  assert.strictEqual(reason.errorType, expErr.metadata.error_type)
                }
              }
            }
          } else {
            const last = exit.events[exit.events.length - 1]
            assert.strictEqual(last?._tag, "Done")
            if (last?._tag === "Done") {
              yield* Effect.promise(() => assertExpect(last.result, exp))
              assert.strictEqual(last.result.meta.wire, "stream")
              assert.isDefined(last.result.meta.timeToFirstTokenMs ?? (exp["contentDeltaCount"] === 0 ? 0 : undefined))
            }
            // every event carries its raw chunk
            for (const e of exit.events) if (e._tag !== "Done") assert.isDefined(e.chunk.id)
          }
        }))
    }
  }

  it.effect("chat() folds the stream by default and sends stream: true", () =>
    Effect.gen(function*() {
      const f = fixture("stream/text-gpt-4o.sse.json")
      const { result, sent } = yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const result = yield* client.chat(req)
        const sent = yield* OpenRouterTest.requests
        return { result, sent }
      }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse(f.response.bodyText ?? "", { readSize: 7 })])))
      assert.strictEqual(result.text, "Pebbles and Skipper.")
      assert.strictEqual((sent[0]?.body as { stream?: boolean }).stream, true)
      assert.strictEqual(sent[0]?.headers["accept"], "text/event-stream")
    }))
})

describe("stream edge cases", () => {
  const chunk = (delta: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id: "gen-x",
    model: "openai/gpt-4o",
    provider: "OpenAI",
    object: "chat.completion.chunk",
    created: 1,
    choices: [{ index: 0, delta, finish_reason: null }],
    ...extra
  })

  it.effect("an error chunk before any content fails with the tagged error itself (retryable)", () =>
    Effect.gen(function*() {
      const exit = yield* run(
        [OpenRouterTest.sse([chunk({ role: "assistant", content: "" }), { error: { code: 503, message: "overloaded" } }])],
        (c) => Effect.exit(collect(c))
      )
      assert.isTrue(Exit.isFailure(exit))
      const err = Exit.isFailure(exit) ? exit.cause : undefined
      assert.include(String(err), "NoProviderAvailableError")
    }))

  it.effect("a body that ends without [DONE] and without finish, after content → StreamInterrupted", () =>
    Effect.gen(function*() {
      const result = yield* run(
        [OpenRouterTest.sse([chunk({ content: "Hel" }), chunk({ content: "lo" })], { done: false })],
        (c) => Effect.either(collect(c))
      )
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result)) {
        assert.strictEqual(result.left._tag, "StreamInterrupted")
        if (result.left._tag === "StreamInterrupted") assert.strictEqual((result.left.partial as Completion).text, "Hello")
      }
    }))

  it.effect("a body that ends without [DONE] but with a finish reason is complete", () =>
    Effect.gen(function*() {
      const result = yield* run(
        [OpenRouterTest.sse([chunk({ content: "Hi" }), { ...chunk({}), choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }], { done: false })],
        (c) => c.chat(req)
      )
      assert.strictEqual(result.text, "Hi")
      assert.strictEqual(result.finishReason, "stop")
    }))

  it.effect("a drop after content is StreamInterrupted carrying the partial text", () =>
    Effect.gen(function*() {
      const body = [chunk({ content: "one " }), chunk({ content: "two " }), chunk({ content: "three" })]
      const result = yield* run(
        [OpenRouterTest.sse(body, { readSize: 40, dropAfterReads: 6 })],
        (c) => Effect.either(c.chat(req))
      )
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result) && result.left._tag === "StreamInterrupted") {
        assert.isTrue((result.left.partial as Completion).text.startsWith("one"))
        assert.strictEqual((result.left.reason as OpenRouterError)._tag, "TransportError")
      } else {
        assert.fail(`expected StreamInterrupted, got ${Either.isLeft(result) ? result.left._tag : "success"}`)
      }
    }))

  it.effect("keepalive comments never reach the consumer", () =>
    Effect.gen(function*() {
      const text = `: OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\ndata: ${JSON.stringify(chunk({ content: "x" }))}\n\n: OPENROUTER PROCESSING\n\ndata: [DONE]\n\n`
      const events = yield* run([OpenRouterTest.sse(text, { readSize: 3 })], (c) => collect(c))
      assert.deepStrictEqual(events.map((e) => e._tag), ["TextDelta", "Done"])
    }))

  it.effect("data after [DONE] is ignored; [DONE] must be exact", () =>
    Effect.gen(function*() {
      const text = `data: ${JSON.stringify(chunk({ content: "a" }))}\n\ndata:  [DONE]\n\n`
      const result = yield* run([OpenRouterTest.sse(text)], (c) => Effect.either(collect(c)))
      // " [DONE]" (two spaces → data " [DONE]") is not the terminator: it is invalid JSON
      assert.isTrue(Either.isLeft(result))
    }))

  it.effect("malformed JSON in a data line before content → MalformedResponseError", () =>
    Effect.gen(function*() {
      const result = yield* run([OpenRouterTest.sse("data: {nope\n\n")], (c) => Effect.either(collect(c)))
      assert.isTrue(Either.isLeft(result) && result.left._tag === "MalformedResponseError")
    }))
})

describe("chat errors", () => {
  for (const entry of fixtureIndex.filter((f) => f.file.startsWith("errors/"))) {
    for (const wire of ["json", "stream"] as const) {
      it.effect(`${entry.file} over ${wire}`, () =>
        Effect.gen(function*() {
          const f = fixture(entry.file)
          const result = yield* run(
            [OpenRouterTest.json(f.response.body, { status: f.response.status, headers: f.response.headers })],
            (c) => Effect.either(c.chat(req, { wire }))
          )
          assert.isTrue(Either.isLeft(result))
          if (Either.isLeft(result) && "status" in result.left) {
            assert.strictEqual(result.left.status, f.response.status)
            assert.strictEqual(result.left.message, entry.expect["message"])
          }
        }))
    }
  }

  it.effect("200 with an { error } body over JSON fails with the typed error", () =>
    Effect.gen(function*() {
      const result = yield* run(
        [OpenRouterTest.json({ error: { code: 502, message: "Provider returned error" } })],
        (c) => Effect.either(c.chat(req, { wire: "json" }))
      )
      assert.isTrue(Either.isLeft(result) && result.left._tag === "ProviderError")
    }))

  it.effect("a JSON choice with finish_reason error fails with the choice's error", () =>
    Effect.gen(function*() {
      const body = {
        id: "gen-1",
        model: "openai/gpt-4o",
        object: "chat.completion",
        created: 1,
        choices: [{
          index: 0,
          message: { role: "assistant", content: "partial" },
          finish_reason: "error",
          error: { code: 502, message: "upstream died", metadata: { error_type: "provider_unavailable" } }
        }]
      }
      const result = yield* run([OpenRouterTest.json(body)], (c) => Effect.either(c.chat(req, { wire: "json" })))
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result)) {
        assert.strictEqual(result.left._tag, "ProviderError")
        assert.strictEqual(result.left.message, "upstream died")
      }
    }))

  it.effect("non-JSON 2xx body → MalformedResponseError with a bounded excerpt", () =>
    Effect.gen(function*() {
      const result = yield* run(
        [{ _tag: "Text", status: 200, headers: { "content-type": "application/json" }, text: "<html>oops</html>" }],
        (c) => Effect.either(c.chat(req, { wire: "json" }))
      )
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result) && result.left._tag === "MalformedResponseError") {
        assert.include(result.left.excerpt, "oops")
        assert.isTrue(result.left.isRetryable)
      }
    }))

  it.effect("connection refused → TransportError { sent: false }", () =>
    Effect.gen(function*() {
      const result = yield* run([OpenRouterTest.refused], (c) => Effect.either(c.chat(req, { wire: "json" })))
      assert.isTrue(Either.isLeft(result) && result.left._tag === "TransportError" && !result.left.sent)
    }))
})

describe("request validation (nothing is sent)", () => {
  const bad: ReadonlyArray<readonly [string, unknown]> = [
    ["empty model", { model: "", messages: userMessage() }],
    ["malformed model", { model: "gpt 4o", messages: userMessage() }],
    ["model without author", { model: "gpt-4o", messages: userMessage() }],
    ["no messages", { model: "openai/gpt-4o", messages: [] }],
    ["bad models entry", { models: ["openai/gpt-4o", ""], messages: userMessage() }]
  ]
  for (const [name, request] of bad) {
    it.effect(name, () =>
      Effect.gen(function*() {
        const { result, sent } = yield* Effect.gen(function*() {
          const client = yield* OpenRouter.OpenRouter
          const result = yield* Effect.either(client.chat(request as OpenRouter.ChatRequestInput))
          return { result, sent: yield* OpenRouterTest.requests }
        }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.json({})])))
        assert.isTrue(Either.isLeft(result) && result.left._tag === "InvalidRequestError")
        assert.strictEqual(sent.length, 0)
      }))
  }

  it.effect("openrouter/ prefix is stripped, variants pass through, routers kept", () =>
    Effect.gen(function*() {
      const f = fixture("chat/openapi-example-minimal.json")
      const sent = yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        yield* client.chat({ ...req, model: "openrouter/anthropic/claude-3.5-sonnet:nitro" }, { wire: "json" })
        yield* client.chat({ ...req, model: "openrouter/auto" }, { wire: "json" })
        return yield* OpenRouterTest.requests
      }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.json(f.response.body)])))
      assert.strictEqual((sent[0]?.body as { model: string }).model, "anthropic/claude-3.5-sonnet:nitro")
      assert.strictEqual((sent[1]?.body as { model: string }).model, "openrouter/auto")
    }))
})

describe("headers, metadata, unknown fields", () => {
  it.effect("auth and attribution headers are sent; captured authorization is redacted", () =>
    Effect.gen(function*() {
      const f = fixture("chat/openapi-example-minimal.json")
      const layer = OpenRouter.layer.pipe(
        Layer.provide(OpenRouterTest.layerConfig({ referer: "https://app.example", title: "Example", headers: { "x-default": "on" } })),
        Layer.provideMerge(OpenRouterTest.layerHttpClient([OpenRouterTest.json(f.response.body, { headers: { "x-generation-id": "gen-hdr" } })]))
      )
      const { result, sent } = yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const result = yield* client.chat({ ...req, model: "openai/gpt-4" }, { wire: "json", headers: { "x-session-id": "s1" } })
        return { result, sent: yield* OpenRouterTest.requests }
      }).pipe(Effect.provide(layer))
      const headers = sent[0]?.headers ?? {}
      assert.strictEqual(headers["authorization"], "<redacted>")
      assert.strictEqual(headers["http-referer"], "https://app.example")
      assert.strictEqual(headers["x-openrouter-title"], "Example")
      assert.strictEqual(headers["x-session-id"], "s1")
      assert.strictEqual(headers["x-default"], "on")
      assert.match(headers["user-agent"] ?? "", /^effect-openrouter\//)
      assert.strictEqual(result.meta.generationId, "gen-hdr")
      assert.strictEqual(result.meta.headers["x-generation-id"], "gen-hdr")
      assert.isFalse(result.meta.fallback)
      assert.strictEqual(result.meta.attempts.length, 1)
      assert.strictEqual(result.meta.attempts[0]?.outcome, "Success")
    }))

  it.effect("unknown fields on the response stay reachable on raw", () =>
    Effect.gen(function*() {
      const body = {
        id: "gen-u",
        model: "openai/gpt-4o",
        object: "chat.completion",
        created: 1,
        brand_new_field: { nested: [1, 2] },
        choices: [{
          index: 0,
          finish_reason: "pause_turn",
          future_choice_field: true,
          message: { role: "assistant", content: "ok", future_message_field: "x" }
        }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, future_usage: 7 }
      }
      const result = yield* run([OpenRouterTest.json(body)], (c) => c.chat(req, { wire: "json" }))
      assert.strictEqual(result.finishReason, "pause_turn")
      const raw = result.raw as unknown as Record<string, unknown>
      assert.deepStrictEqual(raw["brand_new_field"], { nested: [1, 2] })
      const choice = (raw["choices"] as Array<Record<string, unknown>>)[0]
      assert.strictEqual(choice?.["future_choice_field"], true)
      assert.strictEqual((choice?.["message"] as Record<string, unknown>)["future_message_field"], "x")
      assert.strictEqual((result.usage as unknown as Record<string, unknown>)["future_usage"], 7)
    }))

  it.effect("a message content given as an array of parts decodes; its text parts make the text", () =>
    Effect.gen(function*() {
      const body = {
        id: "gen-a",
        model: "openai/gpt-4o",
        object: "chat.completion",
        created: 1,
        choices: [{
          index: 0,
          finish_reason: "stop",
          message: { role: "assistant", content: [{ type: "text", text: "Hello " }, { type: "future_part", x: 1 }, { type: "text", text: "there" }] }
        }]
      }
      const result = yield* run([OpenRouterTest.json(body)], (c) => c.chat(req, { wire: "json" }))
      assert.strictEqual(result.text, "Hello there")
      const content = ((result.raw as unknown as { choices: Array<{ message: { content: unknown } }> }).choices[0]?.message.content)
      assert.deepStrictEqual(content, body.choices[0]?.message.content)
    }))

  it.effect("served model differing from the requested one marks fallback (server-side models)", () =>
    Effect.gen(function*() {
      const f = fixture("chat/openapi-example-minimal.json")
      const result: ChatResult = yield* run(
        [OpenRouterTest.json(f.response.body)],
        (c) => c.chat({ ...req, model: "anthropic/claude-3.5-sonnet" }, { wire: "json" })
      )
      assert.strictEqual(result.meta.servedModel, "openai/gpt-4")
      assert.isTrue(result.meta.fallback)
    }))
})

describe("account and catalogue endpoints", () => {
  it.effect("models, generation, key, credits", () =>
    Effect.gen(function*() {
      const models = fixture("models/list-openapi-example.json")
      const gen = fixture("generation/get-generation-openapi.json")
      const key = fixture("key/get-key-openapi.json")
      const responses: OpenRouterTest.Responses = (r) =>
        r.path === "/models"
          ? OpenRouterTest.json(models.response.body)
          : r.path === "/generation"
          ? OpenRouterTest.json(gen.response.body)
          : r.path === "/key"
          ? OpenRouterTest.json(key.response.body)
          : OpenRouterTest.json({ data: { total_credits: 10.5, total_usage: 2.25 } })
      const out = yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        return {
          models: yield* client.models({ supported_parameters: "tools" }),
          generation: yield* client.generation("gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG"),
          key: yield* client.key(),
          credits: yield* client.credits(),
          sent: yield* OpenRouterTest.requests
        }
      }).pipe(Effect.provide(OpenRouterTest.layer(responses)))
      const m = out.models.models[0]
      assert.strictEqual(m?.id, "openai/gpt-4")
      assert.strictEqual(m?.contextLength, 8192)
      assert.strictEqual(m?.raw.pricing.prompt, "0.00003")
      assert.strictEqual(m?.raw.pricing.completion, "0.00006")
      assert.strictEqual(m?.pricing?.promptPicosPerToken, 30_000_000n)
      assert.strictEqual(m?.pricing?.completionPicosPerToken, 60_000_000n)
      assert.deepStrictEqual(out.models.raw, models.response.body)
      assert.strictEqual(out.generation.id, "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG")
      assert.deepStrictEqual(out.generation.totalCost, { picos: 1_500_000_000n, micros: 1500 })
      assert.strictEqual(out.generation.tokens.nativeReasoning, 5)
      assert.strictEqual(out.generation.provider, "Infermatic")
      assert.strictEqual(out.generation.raw.total_cost, 0.0015)
      assert.deepStrictEqual(out.key.limit, { _tag: "Limited", picos: 100_000_000_000_000n, micros: 100_000_000 })
      assert.deepStrictEqual(out.key.limitRemaining, { _tag: "Limited", picos: 74_500_000_000_000n, micros: 74_500_000 })
      assert.strictEqual(out.key.isFreeTier, false)
      assert.strictEqual(out.key.raw.limit_remaining, 74.5)
      assert.deepStrictEqual(out.credits.totalCredits, { picos: 10_500_000_000_000n, micros: 10_500_000 })
      assert.deepStrictEqual(out.credits.remaining, { picos: 8_250_000_000_000n, micros: 8_250_000 })
      assert.deepStrictEqual(out.credits.raw, { total_credits: 10.5, total_usage: 2.25 })
      assert.strictEqual(out.sent[0]?.query["supported_parameters"], "tools")
      assert.strictEqual(out.sent[1]?.query["id"], "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG")
    }))

  it.effect("empty generation id is refused locally", () =>
    Effect.gen(function*() {
      const result = yield* run([OpenRouterTest.json({})], (c) => Effect.either(c.generation(" ")))
      assert.isTrue(Either.isLeft(result) && result.left._tag === "InvalidRequestError")
    }))
})

describe("json and stream wires agree", () => {
  for (const file of ["chat/tool-calls-mistral-small.json", "chat/openapi-example-minimal.json", "chat/web-search-url-citations.json", "chat/reasoning-anthropic-signature.json", "chat/usage-with-cost-gpt-5-mini.json"]) {
    it.effect(`${file}: JSON body and its stream rendering fold to equal completions`, () =>
      Effect.gen(function*() {
        const body = fixture(file).response.body as Record<string, unknown>
        const chunks = toChunks(body)
        for (const readSize of [undefined, 13, 256]) {
          const viaJson = yield* run([OpenRouterTest.json(body)], (c) => c.chat(req, { wire: "json" }))
          const viaStream = yield* run(
            [OpenRouterTest.sse(chunks, readSize !== undefined ? { readSize } : {})],
            (c) => c.chat(req)
          )
          assert.deepStrictEqual(completion(viaStream), completion(viaJson))
        }
      }))
  }
})

/** Renders a JSON completion as the chunks a stream of it would carry (content split in pieces). */
export const toChunks = (body: Record<string, unknown>): Array<unknown> => {
  const base = { id: body["id"], model: body["model"], object: "chat.completion.chunk", created: body["created"], ...(body["provider"] !== undefined ? { provider: body["provider"] } : {}) }
  const choice = (body["choices"] as Array<Record<string, unknown>>)[0] ?? {}
  const message = (choice["message"] ?? {}) as Record<string, unknown>
  const out: Array<unknown> = [{ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] }]
  const pieces = (s: string) => s.match(/[\s\S]{1,5}/g) ?? []
  if (typeof message["reasoning"] === "string") {
    for (const p of pieces(message["reasoning"])) out.push({ ...base, choices: [{ index: 0, delta: { reasoning: p }, finish_reason: null }] })
  }
  const details = message["reasoning_details"]
  if (Array.isArray(details)) {
    details.forEach((d: Record<string, unknown>) => {
      out.push({ ...base, choices: [{ index: 0, delta: { reasoning_details: [d] }, finish_reason: null }] })
    })
  }
  if (typeof message["content"] === "string") {
    for (const p of pieces(message["content"])) out.push({ ...base, choices: [{ index: 0, delta: { content: p }, finish_reason: null }] })
  }
  const calls = message["tool_calls"]
  if (Array.isArray(calls)) {
    calls.forEach((c: { id: string; type: string; function: { name: string; arguments: string } }, index) => {
      out.push({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index, id: c.id, type: c.type, function: { name: c.function.name, arguments: "" } }] }, finish_reason: null }] })
      for (const p of pieces(c.function.arguments)) {
        out.push({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index, function: { arguments: p } }] }, finish_reason: null }] })
      }
    })
  }
  if (Array.isArray(message["annotations"])) {
    out.push({ ...base, choices: [{ index: 0, delta: { annotations: message["annotations"] }, finish_reason: null }] })
  }
  out.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: choice["finish_reason"], native_finish_reason: choice["native_finish_reason"] ?? null }] })
  if (body["usage"] !== undefined) out.push({ ...base, choices: [], usage: body["usage"] })
  return out
}
