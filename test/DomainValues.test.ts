/**
 * The domain values of the account, catalogue and generation endpoints (issue 11 item 5): the
 * shared fixtures decoded through the wire schemas and converted, every amount checked against a
 * value computed by hand in pico-USD, `null` limits as `Unlimited`, unknown fields through `raw`.
 */
import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import * as Account from "../src/Account.js"
import * as Generation from "../src/Generation.js"
import * as Model from "../src/Model.js"
import { fixture } from "./helpers.js"

const decodeKey = Schema.decodeUnknownSync(Account.KeyResponse)
const decodeCredits = Schema.decodeUnknownSync(Account.CreditsResponse)
const decodeModels = Schema.decodeUnknownSync(Model.ModelsResponse)
const decodeGeneration = Schema.decodeUnknownSync(Generation.GenerationResponse)

const USD = 1_000_000_000_000n // pico-USD per USD

const keyBody = (): { data: Record<string, unknown> } =>
  fixture("key/get-key-openapi.json").response.body as { data: Record<string, unknown> }

describe("Account.keyResult", () => {
  it("the documented key: limits, spend and flags as exact amounts", () => {
    const key = Account.keyResult(decodeKey(keyBody()).data)
    // limit 100, limit_remaining 74.5, usage 25.5, byok_usage 17.38 (USD)
    assert.deepStrictEqual(key.limit, { _tag: "Limited", picos: 100n * USD, micros: 100_000_000 })
    assert.deepStrictEqual(key.limitRemaining, { _tag: "Limited", picos: 74_500_000_000_000n, micros: 74_500_000 })
    assert.deepStrictEqual(key.usage.total, { picos: 25_500_000_000_000n, micros: 25_500_000 })
    assert.deepStrictEqual(key.usage.monthly, { picos: 25_500_000_000_000n, micros: 25_500_000 })
    assert.deepStrictEqual(key.byokUsage.daily, { picos: 17_380_000_000_000n, micros: 17_380_000 })
    assert.strictEqual(key.label, "sk-or-v1-au7...890")
    assert.strictEqual(key.limitReset, "monthly")
    assert.strictEqual(key.includeByokInLimit, false)
    assert.strictEqual(key.isFreeTier, false)
    assert.strictEqual(key.isManagementKey, false)
    assert.deepStrictEqual(key.expiresAt, new Date("2027-12-31T23:59:59Z"))
    assert.strictEqual(key.allowedDataRegions, undefined)
    assert.strictEqual(key.freeModelDailyRequests, undefined)
    // the deprecated rate_limit has no domain field; it stays reachable through raw
    assert.strictEqual(key.raw.rate_limit?.requests, 1000)
    assert.strictEqual(key.raw.limit_remaining, 74.5)
  })

  it("null limits are Unlimited; null reset / expiry are \"never\"", () => {
    const body = keyBody()
    const key = Account.keyResult(decodeKey({
      data: {
        ...body.data,
        limit: null,
        limit_remaining: null,
        limit_reset: null,
        expires_at: null,
        free_model_daily_requests: { limit: null, remaining: 42, used: 8 }
      }
    }).data)
    assert.deepStrictEqual(key.limit, Account.unlimited)
    assert.deepStrictEqual(key.limitRemaining, { _tag: "Unlimited" })
    assert.isTrue(Account.isUnlimited(key.limit))
    assert.strictEqual(key.limitReset, "never")
    assert.strictEqual(key.expiresAt, "never")
    assert.deepStrictEqual(key.freeModelDailyRequests, { limit: "unlimited", remaining: 42, used: 8 })
    assert.isNull(key.raw.limit)
  })

  it("an absent limit is unknown (undefined), never unlimited", () => {
    const key = Account.keyResult(decodeKey({ data: { usage: 1 } }).data)
    assert.strictEqual(key.limit, undefined)
    assert.strictEqual(key.limitRemaining, undefined)
    assert.isFalse(Account.isUnlimited(key.limit))
    assert.strictEqual(key.usage.daily, undefined)
    assert.strictEqual(key.expiresAt, undefined)
  })

  it("keyLimitRemaining: limit − usage exactly when the API sends no limit_remaining (BYOK when included)", () => {
    const { limit_remaining: _sent, ...rest } = keyBody().data
    const info = decodeKey({ data: rest }).data
    // 100 − 25.5 = 74.5
    assert.deepStrictEqual(Account.keyLimitRemaining(info), Account.limited(74_500_000_000_000n))
    // 100 − 25.5 − 17.38 = 57.12 exactly (as floats: 57.120000000000005)
    const withByok = decodeKey({ data: { ...rest, include_byok_in_limit: true } }).data
    assert.notStrictEqual(100 - 25.5 - 17.38, 57.12)
    assert.deepStrictEqual(Account.keyLimitRemaining(withByok), {
      _tag: "Limited",
      picos: 57_120_000_000_000n,
      micros: 57_120_000
    })
    assert.deepStrictEqual(Account.keyResult(withByok).limitRemaining, Account.limited(57_120_000_000_000n))
    // overspent: negative, not clamped
    const over = decodeKey({ data: { limit: 1, usage: 1.25 } }).data
    assert.deepStrictEqual(Account.keyLimitRemaining(over), Account.limited(-250_000_000_000n))
    // unlimited limit: unlimited remainder; usage unknown: remainder unknown
    assert.deepStrictEqual(Account.keyLimitRemaining(decodeKey({ data: { limit: null, usage: 3 } }).data), Account.unlimited)
    assert.strictEqual(Account.keyLimitRemaining(decodeKey({ data: { limit: 5 } }).data), undefined)
  })

  it("unknown fields stay reachable through raw", () => {
    const body = keyBody()
    const key = Account.keyResult(decodeKey({ data: { ...body.data, spend_alerts: { at: [50, 90] } } }).data)
    assert.deepStrictEqual((key.raw as unknown as Record<string, unknown>)["spend_alerts"], { at: [50, 90] })
  })
})

describe("Account.creditsResult", () => {
  it("remaining = total credits − total usage, exact", () => {
    const credits = Account.creditsResult(decodeCredits({ data: { total_credits: 10.5, total_usage: 2.25 } }).data)
    assert.deepStrictEqual(credits.totalCredits, { picos: 10_500_000_000_000n, micros: 10_500_000 })
    assert.deepStrictEqual(credits.totalUsage, { picos: 2_250_000_000_000n, micros: 2_250_000 })
    assert.deepStrictEqual(credits.remaining, { picos: 8_250_000_000_000n, micros: 8_250_000 })
    assert.deepStrictEqual(Account.remainingCredits(credits), credits.remaining)
  })

  it("no float drift: 0.3 − 0.1 is 0.2; the helper takes the wire shape too; extra fields in raw", () => {
    const wire = decodeCredits({ data: { total_credits: 0.3, total_usage: 0.1, currency: "USD" } }).data
    assert.notStrictEqual(0.3 - 0.1, 0.2)
    assert.deepStrictEqual(Account.remainingCredits(wire), { picos: 200_000_000_000n, micros: 200_000 })
    const credits = Account.creditsResult(wire)
    assert.deepStrictEqual(credits.remaining, { picos: 200_000_000_000n, micros: 200_000 })
    assert.strictEqual((credits.raw as unknown as Record<string, unknown>)["currency"], "USD")
    // overdrawn: negative
    const over = Account.creditsResult(decodeCredits({ data: { total_credits: 1, total_usage: 1.0000005 } }).data)
    assert.deepStrictEqual(over.remaining, { picos: -500_000n, micros: -1 })
  })
})

describe("Model.modelsResult", () => {
  it("the documented catalogue entry: context, prices per million, capabilities", () => {
    const body = fixture("models/list-openapi-example.json").response.body
    const result = Model.modelsResult(decodeModels(body))
    assert.strictEqual(result.models.length, 1)
    assert.strictEqual(result.totalCount, undefined)
    assert.strictEqual(result.next, undefined)
    assert.deepStrictEqual(result.raw, body)
    const m = result.models[0]
    if (m === undefined) return assert.fail("no model")
    assert.strictEqual(m.id, "openai/gpt-4")
    assert.strictEqual(m.name, "GPT-4")
    assert.strictEqual(m.contextLength, 8192)
    assert.strictEqual(Model.contextLengthOf(m.raw), 8192)
    assert.strictEqual(m.maxCompletionTokens, 4096)
    assert.strictEqual(m.isModerated, true)
    assert.deepStrictEqual(m.inputModalities, ["text"])
    assert.deepStrictEqual(m.outputModalities, ["text"])
    assert.strictEqual(m.tokenizer, "GPT")
    // prompt "0.00003" → 30 USD / M; completion "0.00006" → 60 USD / M
    assert.deepStrictEqual(Model.pricePerMillion(m, "prompt"), { picos: 30n * USD, micros: 30_000_000 })
    assert.deepStrictEqual(Model.pricePerMillion(m, "completion"), { picos: 60n * USD, micros: 60_000_000 })
    assert.strictEqual(Model.pricePerMillion(m, "inputCacheRead"), undefined)
    assert.strictEqual(m.pricing?.requestPicos, 0n)
    assert.strictEqual(m.pricing?.imagePicos, 0n)
    assert.strictEqual(m.pricing?.webSearchPicos, undefined)
    assert.isFalse(m.isFree)
    assert.isFalse(Model.supports(m, "tools"))
    assert.isFalse(Model.supports(m, "reasoning"))
    assert.isFalse(Model.supports(m, "imageInput"))
    assert.isTrue(Model.supportsParameter(m, "temperature"))
    assert.isFalse(Model.supportsParameter(m, "tools"))
    assert.strictEqual(m.raw.pricing.prompt, "0.00003")
  })

  it("fractional prices stay exact; sentinels have no price; context falls back to the top provider", () => {
    const response = decodeModels({
      data: [
        {
          id: "a/cheap",
          name: "Cheap",
          pricing: { prompt: "0.00000015", completion: "0.0000025", input_cache_read: "0.0000000375", request: "0" },
          top_provider: { context_length: 131072 },
          architecture: { modality: "text+image->text" },
          supported_parameters: ["tools", "response_format", "include_reasoning"],
          future_field: { tier: "gold" }
        },
        { id: "openrouter/auto", name: "Auto", pricing: { prompt: "-1", completion: "-1" } },
        { id: "a/free", name: "Free", pricing: { prompt: "0", completion: "0" }, context_length: 4096 }
      ],
      total_count: 3,
      links: { next: "/api/v1/models?offset=3" }
    })
    const result = Model.modelsResult(response)
    assert.strictEqual(result.totalCount, 3)
    assert.strictEqual(result.next, "/api/v1/models?offset=3")
    const [cheap, auto, free] = result.models
    if (cheap === undefined || auto === undefined || free === undefined) return assert.fail("missing models")
    // 0.00000015 × 10^6 = 0.15 USD; 0.0000025 × 10^6 = 2.5 USD; 0.0000000375 × 10^6 = 0.0375 USD
    assert.deepStrictEqual(Model.pricePerMillion(cheap, "prompt"), { picos: 150_000_000_000n, micros: 150_000 })
    assert.deepStrictEqual(Model.pricePerMillion(cheap, "completion"), { picos: 2_500_000_000_000n, micros: 2_500_000 })
    assert.deepStrictEqual(Model.pricePerMillion(cheap, "inputCacheRead"), { picos: 37_500_000_000n, micros: 37_500 })
    assert.strictEqual(cheap.contextLength, 131072)
    assert.deepStrictEqual(cheap.inputModalities, ["text", "image"])
    assert.isTrue(Model.supports(cheap, "tools"))
    assert.isTrue(Model.supports(cheap, "structuredOutputs"))
    assert.isTrue(Model.supports(cheap, "reasoning"))
    assert.isTrue(Model.supports(cheap, "imageInput"))
    assert.isFalse(Model.supports(cheap, "audio"))
    assert.deepStrictEqual((cheap.raw as unknown as Record<string, unknown>)["future_field"], { tier: "gold" })

    assert.strictEqual(auto.pricing, undefined)
    assert.strictEqual(Model.pricePerMillion(auto, "prompt"), undefined)
    assert.isFalse(auto.isFree)
    assert.strictEqual(auto.contextLength, undefined)

    assert.isTrue(free.isFree)
    assert.deepStrictEqual(Model.pricePerMillion(free, "prompt"), { picos: 0n, micros: 0 })
    assert.strictEqual(free.contextLength, 4096)
  })
})

describe("Generation.generationResult", () => {
  it("the documented record: costs exact, tokens, nulls unknown, raw kept", () => {
    const body = fixture("generation/get-generation-openapi.json").response.body as { data: Record<string, unknown> }
    const g = Generation.generationResult(decodeGeneration({ data: { ...body.data, future_metric: 7 } }).data)
    assert.strictEqual(g.id, "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG")
    // total_cost 0.0015 USD = 1.5e9 pico-USD = 1500 micro-USD; upstream 0.0012 USD
    assert.deepStrictEqual(g.totalCost, { picos: 1_500_000_000n, micros: 1500 })
    assert.deepStrictEqual(g.usage, { picos: 1_500_000_000n, micros: 1500 })
    assert.deepStrictEqual(g.upstreamInferenceCost, { picos: 1_200_000_000n, micros: 1200 })
    assert.strictEqual(g.cacheDiscount, undefined)
    assert.isNull(g.raw.cache_discount)
    assert.deepStrictEqual(g.providerResponses, [])
    assert.isNull(g.raw.provider_responses)
    assert.deepStrictEqual(g.tokens, {
      prompt: 10,
      completion: 25,
      nativePrompt: 10,
      nativeCompletion: 25,
      nativeReasoning: 5,
      nativeCached: 3,
      nativeCompletionImages: 0
    })
    assert.strictEqual(g.provider, "Infermatic")
    assert.strictEqual(g.model, "sao10k/l3-stheno-8b")
    assert.strictEqual(g.router, "openrouter/auto")
    assert.strictEqual(g.apiType, "completions")
    assert.strictEqual(g.streamed, true)
    assert.strictEqual(g.finishReason, "stop")
    assert.strictEqual(g.latencyMs, 1250)
    assert.strictEqual(g.generationTimeMs, 1200)
    assert.strictEqual(g.searchResults, 5)
    assert.strictEqual(g.sessionId, undefined)
    assert.deepStrictEqual(g.createdAt, new Date("2024-07-15T23:33:19.433273+00:00"))
    assert.strictEqual((g.raw as unknown as Record<string, unknown>)["future_metric"], 7)
  })

  it("provider attempts and a negative cache discount", () => {
    const g = Generation.generationResult(decodeGeneration({
      data: {
        id: "gen-1",
        cache_discount: -0.000125,
        provider_responses: [{ provider_name: "A", status: 503, latency: 40, extra: true }, { provider_name: "B", status: 200 }]
      }
    }).data)
    assert.deepStrictEqual(g.cacheDiscount, { picos: -125_000_000n, micros: -125 })
    assert.deepStrictEqual(g.providerResponses.map((r) => [r.provider, r.status, r.latencyMs]), [["A", 503, 40], [
      "B",
      200,
      undefined
    ]])
    assert.strictEqual((g.providerResponses[0]?.raw as unknown as Record<string, unknown>)["extra"], true)
    assert.strictEqual(g.totalCost, undefined)
    assert.isNull(g.finishReason)
  })
})
