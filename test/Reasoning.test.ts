import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as Reasoning from "../src/Reasoning.js"
import { fixture } from "./helpers.js"

type RawMessage = { readonly reasoning_details: ReadonlyArray<Record<string, unknown>>; readonly reasoning: string }

const rawMessage = (file: string): RawMessage =>
  (fixture(file).response.body as { readonly choices: ReadonlyArray<{ readonly message: RawMessage }> }).choices[0]
    ?.message ?? { reasoning_details: [], reasoning: "" }

/** JSON with keys sorted at every level: equal strings mean equal bytes up to key order. */
const canonical = (u: unknown): string =>
  JSON.stringify(u, (_k, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v)

const user = { role: "user" as const, content: "Who are you?" }

/** Asks once (the fixture answers), echoes the reply, asks again; returns the second request body. */
const roundTrip = (file: string) =>
  Effect.gen(function*() {
    const client = yield* OpenRouter.OpenRouter
    const first = yield* client.chat({ model: "m/m", messages: [user] }, { wire: "json" })
    yield* client.chat(
      { model: "m/m", messages: [user, Reasoning.assistantMessage(first), { role: "user", content: "And?" }] },
      { wire: "json" }
    )
    const requests = yield* OpenRouterTest.requests
    return { first, sent: requests[1]?.body as { readonly messages: ReadonlyArray<Record<string, unknown>> } }
  }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.json(fixture(file).response.body)])))

describe("request option", () => {
  it("builders", () => {
    assert.deepStrictEqual(Reasoning.effort("high"), { effort: "high" })
    assert.deepStrictEqual(Reasoning.effort("low", { exclude: true }), { effort: "low", exclude: true })
    assert.deepStrictEqual(Reasoning.maxTokens(2048), { max_tokens: 2048 })
    assert.deepStrictEqual(Reasoning.enabled, { enabled: true })
    assert.deepStrictEqual(Reasoning.disabled, { effort: "none" })
    assert.deepStrictEqual(Reasoning.exclude(), { enabled: true, exclude: true })
    assert.deepStrictEqual(Reasoning.exclude(Reasoning.maxTokens(100)), { max_tokens: 100, exclude: true })
  })

  it.effect("reaches the wire as `reasoning`", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      yield* client.chat({ model: "m/m", messages: [user], reasoning: Reasoning.maxTokens(1024, { exclude: true }) }, {
        wire: "json"
      })
      const [req] = yield* OpenRouterTest.requests
      assert.deepStrictEqual((req?.body as { reasoning: unknown }).reasoning, { max_tokens: 1024, exclude: true })
    }).pipe(
      Effect.provide(OpenRouterTest.layer([OpenRouterTest.json(fixture("chat/openapi-example-minimal.json").response.body)]))
    ))
})

describe("fromResult and the echo", () => {
  it.effect("chat/reasoning-anthropic-signature.json: signature preserved byte for byte", () =>
    Effect.gen(function*() {
      const file = "chat/reasoning-anthropic-signature.json"
      const raw = rawMessage(file)
      const { first, sent } = yield* roundTrip(file)
      const out = Reasoning.fromResult(first)
      assert.strictEqual(out.text, raw.reasoning)
      assert.deepStrictEqual(out.details as unknown, raw.reasoning_details)
      assert.deepStrictEqual(out.signatures, [String(raw.reasoning_details[0]?.["signature"])])
      assert.isFalse(out.encrypted)
      const echoed = sent.messages[1]
      assert.strictEqual(echoed?.["role"], "assistant")
      assert.strictEqual(echoed?.["reasoning"], raw.reasoning)
      assert.deepStrictEqual(echoed?.["reasoning_details"], raw.reasoning_details)
      assert.strictEqual(canonical(echoed?.["reasoning_details"]), canonical(raw.reasoning_details))
      const detail = (echoed?.["reasoning_details"] as ReadonlyArray<Record<string, unknown>>)[0]
      assert.strictEqual(detail?.["signature"], raw.reasoning_details[0]?.["signature"])
      assert.strictEqual(detail?.["text"], raw.reasoning_details[0]?.["text"])
      assert.strictEqual(echoed?.["content"], first.text)
    }))

  it.effect("chat/usage-with-cost-gpt-5-mini.json: reasoning.encrypted data preserved byte for byte", () =>
    Effect.gen(function*() {
      const file = "chat/usage-with-cost-gpt-5-mini.json"
      const raw = rawMessage(file)
      const { first, sent } = yield* roundTrip(file)
      const out = Reasoning.fromResult(first)
      assert.isTrue(out.encrypted)
      assert.strictEqual(out.summaries.length, 1)
      assert.deepStrictEqual(out.details.map((d) => d.type), ["reasoning.summary", "reasoning.encrypted"])
      const echoed = sent.messages[1]?.["reasoning_details"] as ReadonlyArray<Record<string, unknown>>
      assert.deepStrictEqual(echoed, raw.reasoning_details)
      assert.strictEqual(canonical(echoed), canonical(raw.reasoning_details))
      const encrypted = echoed.find((d) => d["type"] === "reasoning.encrypted")
      const rawEncrypted = raw.reasoning_details.find((d) => d["type"] === "reasoning.encrypted")
      assert.strictEqual(encrypted?.["data"], rawEncrypted?.["data"])
      assert.strictEqual(encrypted?.["id"], "rs_029b1b33873fe02b0169120967d9a88197af3d9f4db7a92055")
      assert.strictEqual(encrypted?.["format"], "openai-responses-v1")
    }))

  it.effect("stream/reasoning-claude-sonnet-4.5.sse.json: the folded details (text + signature) are echoed as folded", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const first = yield* client.chat({ model: "m/m", messages: [user] })
      const message = Reasoning.assistantMessage(first)
      assert.deepStrictEqual(message.reasoning_details, first.reasoningDetails)
      assert.strictEqual(message.reasoning, "This is a simple arithmetic question. 2+2 equals 4.")
      assert.isAbove(Reasoning.fromResult(first).signatures.length, 0)
    }).pipe(
      Effect.provide(
        OpenRouterTest.layer([OpenRouterTest.sse(fixture("stream/reasoning-claude-sonnet-4.5.sse.json").response.bodyText ?? "")])
      )
    ))

  it("assistantMessage: content null only for a tool-calls-only turn; file annotations kept", () => {
    const base = { text: "", toolCalls: [], reasoning: undefined, reasoningDetails: [], annotations: [] }
    assert.deepStrictEqual(Reasoning.assistantMessage(base), { role: "assistant", content: "" })
    const call = { id: "c", type: "function", function: { name: "f", arguments: "{}" } }
    assert.deepStrictEqual(Reasoning.assistantMessage({ ...base, toolCalls: [call] }), {
      role: "assistant",
      content: null,
      tool_calls: [call]
    })
    const file = { type: "file", file: { hash: "h", name: "doc.pdf" } }
    const cite = { type: "url_citation", url_citation: { url: "https://x" } }
    assert.deepStrictEqual(Reasoning.assistantMessage({ ...base, text: "ok", annotations: [file, cite] }), {
      role: "assistant",
      content: "ok",
      annotations: [file]
    })
  })
})
