import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Duration, Effect, Either, Exit, Fiber, Layer, Schedule, Scope, Stream } from "effect"
import { completion } from "../src/ChatResult.js"
import type { ChatStreamEvent } from "../src/ChatStream.js"
import { usdToPicos } from "../src/Money.js"
import * as OpenRouter from "../src/OpenRouter.js"
import type { OpenRouterError } from "../src/OpenRouterError.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"

const live = (options: Simulator.Options = {}) =>
  OpenRouter.layer.pipe(
    Layer.provide(RetryPolicy.none),
    Layer.provideMerge(Simulator.layer(options)),
    Layer.provideMerge(NodeHttpClient.layerUndici)
  )

const user = (content: string) => [{ role: "user" as const, content }]

const withClient = <A, E>(
  f: (client: OpenRouter.Service, sim: Simulator.Service) => Effect.Effect<A, E, HttpClient.HttpClient>,
  options: Simulator.Options = {}
) =>
  Effect.gen(function*() {
    const client = yield* OpenRouter.OpenRouter
    const sim = yield* Simulator.Simulator
    return yield* f(client, sim)
  }).pipe(Effect.provide(live(options)))

const failure = <A>(effect: Effect.Effect<A, OpenRouterError>) =>
  Effect.flip(effect)

const events = (stream: Stream.Stream<ChatStreamEvent, OpenRouterError>) =>
  Stream.runCollect(stream).pipe(Effect.map(Chunk.toReadonlyArray))

describe("Simulator", () => {
  describe("routes with the real client", () => {
    it.live("chat: JSON and stream wires give the same completion, derived from the last user message", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const request = { model: "sim/echo", messages: user("Hello simulator") }
          const json = yield* client.chat(request, { wire: "json" })
          const stream = yield* client.chat(request)
          assert.strictEqual(json.text, "You said: \"Hello simulator\". This is a simulated reply from sim/echo.")
          assert.deepStrictEqual(completion(stream), completion(json))
          assert.strictEqual(json.finishReason, "stop")
          assert.strictEqual(json.provider, "Simulator")
          assert.isDefined(json.usage)
          const usage = json.usage
          if (usage === undefined) return
          // sim/echo: $0.000001 per prompt token, $0.000002 per completion token
          const expected = usage.prompt_tokens * 0.000001 + usage.completion_tokens * 0.000002
          assert.closeTo(usage.cost ?? 0, expected, 1e-12)
          assert.strictEqual(stream.meta.wire, "stream")
          assert.strictEqual(stream.meta.generationId, json.id)
        })
      ))

    it.live("chatStream: text deltas, finish, usage and Done", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const all = yield* events(client.chatStream({ model: "sim/echo", messages: user("one two") }))
          const tags = all.map((e) => e._tag)
          assert.isTrue(tags.filter((t) => t === "TextDelta").length > 3)
          assert.deepStrictEqual(tags.slice(-3), ["Finish", "Usage", "Done"])
          const text = all.flatMap((e) => (e._tag === "TextDelta" ? [e.text] : [])).join("")
          assert.strictEqual(text, "You said: \"one two\". This is a simulated reply from sim/echo.")
        })
      ))

    it.live("reasoning models stream reasoning with reasoning_details; both wires agree", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const request = { model: "sim/reasoning", messages: user("Why?") }
          const stream = yield* client.chat(request)
          const json = yield* client.chat(request, { wire: "json" })
          assert.isTrue((stream.reasoning ?? "").startsWith("The user wrote \"Why?\""))
          assert.strictEqual(stream.reasoningDetails.length, 1)
          assert.isString(stream.reasoningDetails[0]?.["signature"])
          assert.deepStrictEqual(completion(stream), completion(json))
          assert.isTrue((stream.usage?.completion_tokens_details?.reasoning_tokens ?? 0) > 0)
        })
      ))

    it.live("tools: calls the first tool with arguments from its schema, answers the tool result with text", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const tools = [{
            type: "function" as const,
            function: {
              name: "get_weather",
              parameters: {
                type: "object",
                properties: {
                  city: { type: "string" },
                  days: { type: "integer" },
                  metric: { type: "boolean" },
                  unit: { type: "string", enum: ["celsius", "fahrenheit"] },
                  tags: { type: "array", items: { type: "string" } }
                },
                required: ["city"]
              }
            }
          }]
          const first = yield* client.chat({ model: "sim/echo", messages: user("Weather in Lisbon?"), tools })
          assert.strictEqual(first.finishReason, "tool_calls")
          const call = first.toolCalls[0]
          assert.strictEqual(call?.function.name, "get_weather")
          assert.deepStrictEqual(JSON.parse(call?.function.arguments ?? "null"), {
            city: "example",
            days: 1,
            metric: true,
            unit: "celsius",
            tags: ["example"]
          })
          const json = yield* client.chat({ model: "sim/echo", messages: user("Weather in Lisbon?"), tools }, {
            wire: "json"
          })
          assert.deepStrictEqual(completion(json), completion(first))
          const second = yield* client.chat({
            model: "sim/echo",
            tools,
            messages: [
              { role: "user", content: "Weather in Lisbon?" },
              { role: "assistant", content: null, tool_calls: [...first.toolCalls] },
              { role: "tool", tool_call_id: call?.id ?? "", content: "sunny, 24C" }
            ]
          })
          assert.strictEqual(second.finishReason, "stop")
          assert.include(second.text, "sunny, 24C")
        })
      ))

    it.live("structured output: a JSON answer matching response_format.json_schema", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const result = yield* client.chat({
            model: "sim/echo",
            messages: user("Give me a person"),
            response_format: {
              type: "json_schema",
              json_schema: {
                name: "person",
                strict: true,
                schema: {
                  type: "object",
                  properties: {
                    name: { type: "string" },
                    age: { type: "number", minimum: 18 },
                    email: { type: "string", format: "email" },
                    address: { $ref: "#/$defs/address" }
                  },
                  $defs: { address: { type: "object", properties: { zip: { type: ["string", "null"] } } } }
                }
              }
            }
          })
          assert.deepStrictEqual(JSON.parse(result.text), {
            name: "example",
            age: 18,
            email: "user@example.com",
            address: { zip: "example" }
          })
        })
      ))

    it.live("models, key, credits, generation and embeddings", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const text = yield* client.models()
          assert.deepStrictEqual(text.models.map((m) => m.id), Simulator.models.filter((m) => m !== "sim/embed"))
          const all = yield* client.models({ output_modalities: "all" })
          assert.strictEqual(all.models.length, Simulator.models.length)
          assert.strictEqual(all.raw.data[0]?.pricing.prompt, "0.000001")
          assert.strictEqual(all.models[0]?.pricing?.promptPicosPerToken, 1_000_000n)
          const tools = yield* client.models({ supported_parameters: "tools,structured_outputs,reasoning" })
          assert.deepStrictEqual(tools.models.map((m) => m.id), ["sim/reasoning", "sim/thinking-mini"])

          const result = yield* client.chat({ model: "sim/echo", messages: user("bill me") })
          const generationId = result.meta.generationId ?? ""
          const generation = yield* client.generation(generationId)
          assert.strictEqual(generation.id, generationId)
          assert.strictEqual(generation.raw.total_cost, result.usage?.cost)
          assert.strictEqual(generation.totalCost?.picos, usdToPicos(result.usage?.cost ?? -1))
          assert.strictEqual(generation.streamed, true)

          const key = yield* client.key()
          assert.strictEqual(key.raw.usage, result.usage?.cost)
          assert.strictEqual(key.usage.total?.picos, usdToPicos(result.usage?.cost ?? -1))
          assert.deepStrictEqual(key.limit, { _tag: "Limited", picos: 100_000_000_000_000n, micros: 100_000_000 })
          assert.strictEqual(
            key.limitRemaining?._tag === "Limited" ? key.limitRemaining.picos : undefined,
            100_000_000_000_000n - usdToPicos(result.usage?.cost ?? -1)
          )
          const credits = yield* client.credits()
          assert.strictEqual(credits.raw.total_usage, result.usage?.cost)
          assert.strictEqual(credits.remaining.picos, credits.totalCredits.picos - credits.totalUsage.picos)

          const e1 = yield* client.embeddings({ model: "sim/embed", input: ["alpha", "beta"] })
          const e2 = yield* client.embeddings({ model: "sim/embed", input: "alpha", dimensions: 16 })
          assert.strictEqual(e1.data.length, 2)
          assert.deepStrictEqual(e1.data[0]?.embedding, e2.data[0]?.embedding)
          assert.notDeepEqual(e1.data[0]?.embedding, e1.data[1]?.embedding)
          const vector = e1.data[0]?.embedding
          assert.isTrue(Array.isArray(vector) && vector.length === 16)
          assert.isTrue((e1.usage?.cost ?? 0) > 0)
        })
      ))

    it.live("generation stats answer 404 during the configured delay, then the record", () =>
      withClient(
        (client) =>
          Effect.gen(function*() {
            const result = yield* client.chat({ model: "sim/echo-large", messages: user("later") }, { wire: "json" })
            const id = result.meta.generationId ?? ""
            const early = yield* failure(client.generation(id))
            assert.strictEqual(early._tag, "NotFoundError")
            yield* Effect.sleep("1100 millis")
            const generation = yield* client.generation(id)
            assert.strictEqual(generation.model, "sim/echo-large")
            assert.strictEqual(generation.streamed, false)
            assert.strictEqual(generation.tokens.completion, result.usage?.completion_tokens)
          }),
        // 1 s: the early lookup must land inside the delay even on a busy 2-core machine
        { timings: { generationDelay: "1 second" } }
      ))

    it.live("determinism: the same request twice gives the same bytes", () =>
      withClient((_client, sim) =>
        Effect.gen(function*() {
          const http = yield* HttpClient.HttpClient
          const send = HttpClientRequest.post(`${sim.url}/chat/completions`).pipe(
            HttpClientRequest.bearerToken(sim.apiKey),
            HttpClientRequest.bodyUnsafeJson({ model: "sim/reasoning", messages: user("same"), stream: true }),
            http.execute,
            Effect.flatMap((r) => r.text)
          )
          const a = yield* send
          const b = yield* send
          assert.strictEqual(a, b)
          assert.isTrue(a.startsWith(": OPENROUTER PROCESSING\n\ndata: {"))
          assert.isTrue(a.endsWith("data: [DONE]\n\n"))
        })
      ))

    it.live("requests are logged; missing auth and unknown routes get OpenRouter-shaped errors", () =>
      withClient((client, sim) =>
        Effect.gen(function*() {
          yield* client.chat({ model: "sim/echo", messages: user("log me") }, { headers: { "x-sim-scenario": "" } })
          const http = yield* HttpClient.HttpClient
          const noAuth = yield* http.execute(HttpClientRequest.get(`${sim.url}/key`))
          assert.strictEqual(noAuth.status, 401)
          const unknown = yield* http.execute(
            HttpClientRequest.get(`${sim.url}/nope`).pipe(HttpClientRequest.bearerToken(sim.apiKey))
          )
          assert.strictEqual(unknown.status, 404)
          const requests = yield* sim.requests
          assert.strictEqual(requests[0]?.path, "/chat/completions")
          assert.strictEqual(requests[0]?.model, "sim/echo")
          assert.strictEqual(requests[0]?.headers["authorization"], "<redacted>")
          yield* sim.reset
          assert.strictEqual((yield* sim.requests).length, 0)
        })
      ))
  })

  describe("scenarios", () => {
    it.live("rate-limited: 429 with Retry-After and X-RateLimit-*, then success", () =>
      withClient((client, sim) =>
        Effect.gen(function*() {
          const request = { model: "sim/rate-limited", messages: user("hi") }
          const error = yield* failure(client.chat(request))
          assert.strictEqual(error._tag, "RateLimitError")
          if (error._tag !== "RateLimitError") return
          assert.strictEqual(error.status, 429)
          assert.strictEqual(error.retryAfter !== undefined ? Duration.toMillis(error.retryAfter) : undefined, 1000)
          assert.strictEqual(error.rateLimit?.remaining, 0)
          assert.strictEqual(error.rateLimit?.limit, 20)
          const ok = yield* client.chat(request)
          assert.strictEqual(ok.finishReason, "stop")
          const requests = yield* sim.requests
          assert.deepStrictEqual(requests.map((r) => r.scenario), ["rate-limited", "rate-limited"])
        })
      ))

    it.live("flaky-503: a burst of 503s, then success under a retry policy", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const result = yield* client.chat({ model: "sim/flaky-503", messages: user("retry me") }, {
            retry: { maxRetries: 3, schedule: Schedule.spaced("5 millis") }
          })
          assert.deepStrictEqual(result.meta.attempts.map((a) => a.outcome), [
            "NoProviderAvailableError",
            "NoProviderAvailableError",
            "Success"
          ])
          const error = yield* failure(
            client.chat({ model: "sim/echo", messages: user("x") }, { headers: { "x-sim-scenario": "flaky-502-1" } })
          )
          assert.strictEqual(error._tag, "ProviderError")
        })
      ))

    it.live("no-credits → InsufficientCreditsError; moderated → ContentPolicyError with reasons", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const credits = yield* failure(client.chat({ model: "sim/no-credits", messages: user("x"), max_tokens: 32000 }))
          assert.strictEqual(credits._tag, "InsufficientCreditsError")
          assert.include(credits.message, "You requested up to 32000 tokens")
          const long = "please ".repeat(40)
          const moderated = yield* failure(client.chat({ model: "sim/moderated", messages: user(long) }, {
            headers: { "x-sim-reasons": "violence,harassment" }
          }))
          assert.strictEqual(moderated._tag, "ContentPolicyError")
          if (moderated._tag !== "ContentPolicyError") return
          assert.deepStrictEqual(moderated.reasons, ["violence", "harassment"])
          assert.strictEqual(moderated.flaggedInput?.length, 100)
          assert.include(moderated.flaggedInput ?? "", "...")
        })
      ))

    it.live("context-overflow → ContextLengthError with the parsed limit; header wins over the model", () =>
      withClient((client, sim) =>
        Effect.gen(function*() {
          const error = yield* failure(
            client.chat({ model: "sim/context-overflow-8192", messages: user("x"), max_tokens: 1000 })
          )
          assert.strictEqual(error._tag, "ContextLengthError")
          if (error._tag !== "ContextLengthError") return
          assert.strictEqual(error.maxContext, 8192)
          assert.isTrue((error.requestedTokens ?? 0) > 8192)
          assert.match(error.message, /^This endpoint's maximum context length is 8192 tokens\. However, you requested about/)
          const viaHeader = yield* failure(
            client.chat({ model: "sim/echo", messages: user("x") }, { headers: { "x-sim-scenario": "no-credits" } })
          )
          assert.strictEqual(viaHeader._tag, "InsufficientCreditsError")
          const last = (yield* sim.requests).at(-1)
          assert.strictEqual(last?.scenario, "no-credits")
          assert.strictEqual(last?.model, "sim/echo")
        })
      ))

    it.live("mid-stream-error → StreamInterrupted with the partial text (stream); ProviderError (JSON)", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const request = { model: "sim/mid-stream-error", messages: user("partial please") }
          const error = yield* failure(client.chat(request))
          assert.strictEqual(error._tag, "StreamInterrupted")
          if (error._tag !== "StreamInterrupted") return
          assert.strictEqual((error.partial as { readonly text: string }).text, "You said:")
          assert.strictEqual((error.reason as { readonly _tag: string })._tag, "ProviderError")
          const json = yield* failure(client.chat(request, { wire: "json" }))
          assert.strictEqual(json._tag, "ProviderError")
        })
      ))

    it.live("drop-after-N destroys the socket: StreamInterrupted after content, TransportError before", () =>
      withClient((client) =>
        Effect.gen(function*() {
          const error = yield* failure(client.chat({ model: "sim/drop-after-3", messages: user("drop it") }))
          assert.strictEqual(error._tag, "StreamInterrupted")
          if (error._tag !== "StreamInterrupted") return
          assert.strictEqual((error.partial as { readonly text: string }).text, "You said:")
          assert.strictEqual((error.reason as { readonly _tag: string })._tag, "TransportError")
          const early = yield* failure(client.chat({ model: "sim/drop-after-1", messages: user("drop it") }))
          assert.strictEqual(early._tag, "TransportError")
          const json = yield* failure(client.chat({ model: "sim/drop-after-1", messages: user("x") }, { wire: "json" }))
          assert.strictEqual(json._tag, "TransportError")
        })
      ))

    it.live("stall → the client's idle timeout fires; slow-first-token with shorter keepalives does not", () =>
      withClient(
        (client) =>
          Effect.gen(function*() {
            const stalled = yield* failure(client.chat({ model: "sim/stall", messages: user("wait") }))
            assert.strictEqual(stalled._tag, "StreamInterrupted")
            if (stalled._tag !== "StreamInterrupted") return
            const reason = stalled.reason as { readonly _tag: string; readonly kind: string }
            assert.strictEqual(reason._tag, "TimeoutError")
            assert.strictEqual(reason.kind, "idle")
            const early = yield* failure(client.chat({ model: "sim/stall-1", messages: user("wait") }))
            assert.strictEqual(early._tag, "TimeoutError")
            if (early._tag === "TimeoutError") assert.strictEqual(early.kind, "idle")

            const slow = yield* client.chat({ model: "sim/slow-first-token-500", messages: user("slow") })
            assert.strictEqual(slow.finishReason, "stop")
            assert.isTrue((slow.meta.timeToFirstTokenMs ?? 0) >= 450)
            // JSON wire: whitespace padding before the body, like OpenRouter on long requests
            const json = yield* client.chat({ model: "sim/slow-first-token-250", messages: user("slow") }, {
              wire: "json"
            })
            assert.strictEqual(json.text, "You said: \"slow\". This is a simulated reply from sim/slow-first-token-250.")
          }),
        { config: { timeouts: { idle: "400 millis" } } }
      ))

    it.live("a stall ends at the response cap; closing the scope closes open connections at once", () =>
      Effect.gen(function*() {
        const scope = yield* Scope.make()
        const sim = yield* Simulator.serve({ timings: { maxResponse: "300 millis" } }).pipe(Scope.extend(scope))
        const http = yield* HttpClient.HttpClient
        const stall = (model: string) =>
          HttpClientRequest.post(`${sim.url}/chat/completions`).pipe(
            HttpClientRequest.bearerToken(sim.apiKey),
            HttpClientRequest.bodyUnsafeJson({ model, messages: user("x"), stream: true }),
            http.execute,
            Effect.flatMap((r) => r.text)
          )
        const start = Date.now()
        const capped = yield* stall("sim/stall")
        assert.isTrue(Date.now() - start >= 250)
        assert.notInclude(capped, "[DONE]")
        yield* Scope.close(scope, Exit.void)

        // Default cap (30 s): closing the scope must not wait for the stalled response.
        const scope2 = yield* Scope.make()
        const sim2 = yield* Simulator.serve().pipe(Scope.extend(scope2))
        const fiber = yield* Effect.fork(Effect.either(
          HttpClientRequest.post(`${sim2.url}/chat/completions`).pipe(
            HttpClientRequest.bearerToken(sim2.apiKey),
            HttpClientRequest.bodyUnsafeJson({ model: "sim/stall", messages: user("x"), stream: true }),
            http.execute,
            Effect.flatMap((r) => r.text)
          )
        ))
        yield* Effect.sleep("100 millis")
        const closing = Date.now()
        yield* Scope.close(scope2, Exit.void)
        assert.isTrue(Date.now() - closing < 5000)
        const result = yield* Fiber.join(fiber)
        assert.isTrue(Either.isLeft(result) || !result.right.includes("[DONE]"))
        const refused = yield* Effect.either(http.execute(HttpClientRequest.get(`${sim2.url}/models`)))
        assert.isTrue(Either.isLeft(refused))
      }).pipe(Effect.provide(NodeHttpClient.layerUndici)))
  })
})
