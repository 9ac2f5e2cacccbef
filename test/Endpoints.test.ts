/**
 * Model endpoints and providers (issue 15): typed per-provider values, the registry's cache, and
 * per-provider prices, context lengths and parameters in the estimate, the pre-send checks and
 * the cheapest-model selection — all against the Simulator (two providers per model:
 * `Simulator` at list prices, `SimBudget` at half the prices and half the context, no tools).
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, TestClock } from "effect"
import * as EndpointSelection from "../src/EndpointSelection.js"
import * as ModelEndpoints from "../src/ModelEndpoints.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as ModelSelection from "../src/ModelSelection.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as Simulator from "../src/Simulator.js"
import { mediaLayer } from "./MediaHelpers.js"

const long = (tokens: number) => [{ role: "user" as const, content: "word ".repeat(Math.ceil(tokens / 1.4)) }]

const endpointRequests = (path: string) =>
  Effect.map(Simulator.Simulator, (sim) => sim.requests).pipe(
    Effect.flatten,
    Effect.map((rs) => rs.filter((r) => r.path === path).length)
  )

describe("model endpoints and providers", () => {
  it.live("endpoints: typed per-provider values with exact prices per million", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* client.endpoints("sim/echo")
      assert.strictEqual(result.id, "sim/echo")
      assert.deepStrictEqual(result.endpoints.map((e) => e.provider), ["Simulator", "SimBudget"])
      const [full, budget] = result.endpoints
      if (full === undefined || budget === undefined) return assert.fail("two endpoints")
      // $0.000001 per prompt token = $1 per million, exact.
      assert.strictEqual(full.promptPerMillion?.picos, 1_000_000_000_000n)
      assert.strictEqual(full.completionPerMillion?.picos, 2_000_000_000_000n)
      assert.strictEqual(budget.promptPerMillion?.picos, 500_000_000_000n)
      assert.strictEqual(budget.completionPerMillion?.micros, 1_000_000)
      assert.strictEqual(full.contextLength, 32768)
      assert.strictEqual(budget.contextLength, 16384)
      assert.strictEqual(full.maxCompletionTokens, 4096)
      assert.strictEqual(budget.maxCompletionTokens, 2048)
      assert.strictEqual(budget.tag, "sim-budget/fp8")
      assert.strictEqual(budget.quantization, "fp8")
      assert.strictEqual(budget.status, 0)
      assert.isTrue(full.supportedParameters.includes("tools"))
      assert.isFalse(budget.supportedParameters.includes("tools"))
      assert.strictEqual(full.uptime.last5m, 100)
      assert.strictEqual(budget.uptime.last1d, 98.9)
      assert.strictEqual(full.latency?.p50, 210)
      assert.strictEqual(budget.throughput?.p99, 12)
      assert.isTrue(full.supportsImplicitCaching)
    }).pipe(Effect.provide(mediaLayer())))

  it.live("providers; an unknown model is ModelNotFoundError, a malformed id InvalidRequestError", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const providers = yield* client.providers()
      assert.deepStrictEqual(providers.map((p) => p.slug), ["simulator", "sim-budget"])
      assert.deepStrictEqual(providers[1]?.datacenters, ["IE", "DE"])
      assert.isUndefined(providers[1]?.privacyPolicyUrl)
      const missing = yield* Effect.flip(client.endpoints("sim/nope"))
      assert.strictEqual(missing._tag, "ModelNotFoundError")
      const malformed = yield* Effect.flip(client.endpoints("nope"))
      assert.strictEqual(malformed._tag, "InvalidRequestError")
    }).pipe(Effect.provide(mediaLayer())))

  it("decodes the spec's example, an unknown field and an unknown enum value without loss", () => {
    const wire = {
      data: {
        id: "openai/gpt-4",
        name: "GPT-4",
        created: 1692901234,
        description: "x",
        architecture: { input_modalities: ["text"], modality: "text->text", output_modalities: ["text"], tokenizer: "GPT" },
        endpoints: [{
          context_length: 8192,
          latency_last_30m: { p50: 0.25, p75: 0.35, p90: 0.48, p99: 0.85 },
          max_completion_tokens: 4096,
          max_prompt_tokens: 8192,
          model_id: "openai/gpt-4",
          model_name: "GPT-4",
          name: "OpenAI: GPT-4",
          pricing: { completion: "0.00006", image: "0", prompt: "0.00003", request: "0" },
          provider_name: "OpenAI",
          quantization: "fp2-new",
          status: -7,
          supported_parameters: ["temperature", "brand_new_param"],
          supports_implicit_caching: true,
          tag: "openai",
          throughput_last_30m: null,
          uptime_last_1d: 99.8,
          uptime_last_30m: null,
          uptime_last_5m: 100,
          future_field: { nested: true }
        }]
      }
    }
    const value = Effect.runSync(ModelEndpoints.listEndpoints.decodeOutput(wire))
    const result = ModelEndpoints.endpointsResult(value)
    const e = result.endpoints[0]
    assert.strictEqual(e?.quantization, "fp2-new")
    assert.strictEqual(e?.status, -7)
    assert.isUndefined(e?.throughput)
    assert.strictEqual(e?.raw.throughput_last_30m, null)
    assert.strictEqual(e?.promptPerMillion?.picos, 30_000_000_000_000n)
    assert.deepStrictEqual((e?.raw as unknown as Record<string, unknown>)["future_field"], { nested: true })
  })

  it.live("the registry joins endpoints and caches them per model like /models", () =>
    Effect.gen(function*() {
      const registry = yield* ModelRegistry.ModelRegistry
      const first = yield* registry.endpoints("sim/echo")
      const again = yield* registry.endpoints("sim/echo")
      assert.strictEqual(first, again)
      assert.strictEqual(yield* endpointRequests("/models/sim/echo/endpoints"), 1)
      const other = yield* Effect.all([registry.endpoints("sim/reasoning"), registry.endpoints("sim/reasoning")], {
        concurrency: 2
      })
      assert.strictEqual(other[0].length, 2)
      assert.strictEqual(yield* endpointRequests("/models/sim/reasoning/endpoints"), 1)
      const unknown = yield* Effect.flip(registry.endpoints("nobody/none"))
      assert.strictEqual(unknown._tag, "ModelNotFoundError")
    }).pipe(Effect.provide(mediaLayer())))

  it.live("a provider.only / order request is estimated at the chosen provider's prices", () =>
    Effect.gen(function*() {
      const registry = yield* ModelRegistry.ModelRegistry
      const base = { model: "sim/echo", messages: long(1000), max_tokens: 500 }
      const list = yield* registry.estimateCost(base)
      const budget = yield* registry.estimateCost({ ...base, provider: { only: ["sim-budget"] } })
      const ordered = yield* registry.estimateCost(
        { ...base, provider: { order: ["simulator"], allow_fallbacks: false } }
      )
      // Either of the two may serve an `order` with fallbacks: the estimate holds for the dearer one.
      const either = yield* registry.estimateCost({ ...base, provider: { order: ["sim-budget"] } })
      assert.isDefined(list.picos)
      assert.strictEqual(budget.picos, (list.picos ?? 0n) / 2n)
      assert.strictEqual(ordered.picos, list.picos)
      assert.strictEqual(either.picos, list.picos)
      // No routing: no endpoints fetched.
      assert.strictEqual(yield* endpointRequests("/models/sim/echo/endpoints"), 1)
    }).pipe(Effect.provide(mediaLayer())))

  it.live("pre-send checks use the routed provider's context and parameters (no request sent)", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      // ~20k tokens: fits sim/echo's 32k, not SimBudget's 16k.
      const messages = long(20_000)
      const refused = yield* Effect.flip(
        client.chat({ model: "sim/echo", messages, max_tokens: 100, provider: { only: ["sim-budget"] } }, { wire: "json" })
      )
      assert.strictEqual(refused._tag, "ContextLengthError")
      if (refused._tag === "ContextLengthError") assert.strictEqual(refused.maxContext, 16384)
      const tools = yield* Effect.flip(
        client.chat({
          model: "sim/echo",
          messages: long(10),
          tools: [{ type: "function", function: { name: "f", parameters: { type: "object" } } }],
          provider: { only: ["SimBudget"], require_parameters: true }
        }, { wire: "json" })
      )
      assert.strictEqual(tools._tag, "InvalidRequestError")
      if (tools._tag === "InvalidRequestError") assert.strictEqual(tools.field, "tools")
      const nobody = yield* Effect.flip(
        client.chat({ model: "sim/echo", messages: long(10), provider: { only: ["elsewhere"] } }, { wire: "json" })
      )
      assert.strictEqual(nobody._tag, "InvalidRequestError")
      if (nobody._tag === "InvalidRequestError") assert.strictEqual(nobody.field, "provider")
      const chats = (yield* sim.requests).filter((r) => r.path === "/chat/completions")
      assert.strictEqual(chats.length, 0)
      // Without the routing the same long request is sent (it fits the model's own context).
      const ok = yield* client.chat({ model: "sim/echo", messages, max_tokens: 100 }, { wire: "json" })
      assert.isTrue(ok.text.length > 0)
    }).pipe(Effect.provide(mediaLayer({ preChecks: true }))))

  it.live("selection per endpoint: the cheapest (model, provider) pair, priced at that provider", () =>
    Effect.gen(function*() {
      const request = { model: ModelSelection.AUTO, messages: long(200), max_tokens: 300 }
      const criteria = { excludeFree: true, capabilities: ["tools" as const] }
      const byModel = yield* ModelSelection.rank(request, criteria)
      const byEndpoint = yield* EndpointSelection.rank(request, criteria)
      const best = byEndpoint.candidates[0]
      if (best === undefined) return assert.fail("a candidate")
      // Tools rule SimBudget out (it does not list them): the cheapest pair is the model's own provider.
      assert.strictEqual(best.endpoint?.provider, "Simulator")
      assert.strictEqual(best.id, byModel.candidates[0]?.id)
      assert.isTrue(byEndpoint.excluded.some((e) =>
        e.endpoint?.provider === "SimBudget" && e.reasons.some((r) => r._tag === "MissingCapability")
      ))
      // Without tools, SimBudget at half price wins, and its estimate is half the model's.
      const cheap = yield* EndpointSelection.rank(request, { excludeFree: true })
      const first = cheap.candidates[0]
      const sameModel = (yield* ModelSelection.rank(request, { excludeFree: true })).candidates.find((c) =>
        c.id === first?.id
      )
      assert.strictEqual(first?.endpoint?.provider, "SimBudget")
      assert.strictEqual(first?.picos, (sameModel?.picos ?? 0n) / 2n)
      // Routing and health criteria exclude endpoints with a reason.
      const pinned = yield* EndpointSelection.rank(request, { excludeFree: true, routing: { only: ["simulator"] } })
      assert.isTrue(pinned.candidates.every((c) => c.endpoint?.provider === "Simulator"))
      const healthy = yield* EndpointSelection.rank(request, { excludeFree: true, minUptime: 99 })
      assert.isTrue(healthy.candidates.every((c) => c.endpoint?.provider === "Simulator"))
      assert.isTrue(healthy.excluded.some((e) => e.reasons.some((r) => r._tag === "UptimeTooLow")))
      // The plan sends the model with its providers cheapest first.
      const plan = yield* EndpointSelection.plan(request, { excludeFree: true })
      assert.strictEqual(plan.model, first?.id)
      assert.deepStrictEqual(plan.provider.order, ["sim-budget/fp8", "simulator"])
      const client = yield* OpenRouter.OpenRouter
      const reply = yield* client.chat({ ...request, model: plan.model, provider: plan.provider }, { wire: "json" })
      assert.isTrue(reply.text.length > 0)
    }).pipe(Effect.provide(mediaLayer())))

  it.effect("layerStatic takes endpoints; a registry without a source says so", () =>
    Effect.gen(function*() {
      const model = {
        id: "a/m",
        name: "m",
        pricing: { prompt: "0.000002", completion: "0.000004" },
        context_length: 1000
      }
      const endpoint = ModelEndpoints.endpoint({
        name: "x",
        provider_name: "Cheap",
        tag: "cheap",
        pricing: { prompt: "0.000001", completion: "0.000001" },
        context_length: 500
      }, "a/m")
      const estimate = yield* Effect.flatMap(ModelRegistry.ModelRegistry, (r) =>
        r.estimateCost({ model: "a/m", messages: long(10), max_tokens: 10, provider: { only: ["cheap"] } })
      ).pipe(Effect.provide(ModelRegistry.layerStatic([model], { "a/m": [endpoint] })))
      const plain = yield* Effect.flatMap(ModelRegistry.ModelRegistry, (r) =>
        r.estimateCost({ model: "a/m", messages: long(10), max_tokens: 10 })
      ).pipe(Effect.provide(ModelRegistry.layerStatic([model], { "a/m": [endpoint] })))
      assert.isTrue((estimate.picos ?? 0n) < (plain.picos ?? 0n))
      const none = yield* Effect.flip(
        Effect.flatMap(ModelRegistry.ModelRegistry, (r) => r.endpoints("a/m")).pipe(
          Effect.provide(ModelRegistry.layerStatic([model]))
        )
      )
      assert.strictEqual(none._tag, "InvalidRequestError")
    }))

  it.effect("the endpoints cache: shared fetch, fresh for the TTL, then stale served while one refresh runs", () =>
    Effect.gen(function*() {
      let fetches = 0
      const model = { id: "a/m", name: "m", pricing: { prompt: "0.000001", completion: "0.000001" } }
      const wire = (price: string) => ({
        name: "x",
        provider_name: "P",
        tag: "p",
        pricing: { prompt: price, completion: price }
      })
      const layer = ModelRegistry.layer({
        fetch: Effect.succeed([model]),
        ttl: "1 minute",
        fetchEndpoints: () =>
          Effect.sync(() => {
            fetches++
            return [ModelEndpoints.endpoint(wire(fetches === 1 ? "0.000001" : "0.000002"), "a/m")]
          }).pipe(Effect.delay("1 second"))
      })
      yield* Effect.gen(function*() {
        const registry = yield* ModelRegistry.ModelRegistry
        const both = yield* Effect.fork(Effect.all([registry.endpoints("a/m"), registry.endpoints("a/m")], { concurrency: 2 }))
        yield* TestClock.adjust("1 second")
        const [first, second] = yield* Fiber.join(both)
        assert.strictEqual(first, second)
        assert.strictEqual(fetches, 1)
        yield* TestClock.adjust("30 seconds")
        assert.strictEqual(yield* registry.endpoints("a/m"), first)
        assert.strictEqual(fetches, 1)
        yield* TestClock.adjust("1 minute")
        // Stale: served at once, one refresh in the background.
        assert.strictEqual(yield* registry.endpoints("a/m"), first)
        assert.strictEqual(yield* registry.endpoints("a/m"), first)
        yield* TestClock.adjust("1 second")
        const fresh = yield* registry.endpoints("a/m")
        assert.strictEqual(fetches, 2)
        assert.strictEqual(fresh[0]?.promptPerMillion?.micros, 2_000_000)
      }).pipe(Effect.provide(layer))
    }))
})
