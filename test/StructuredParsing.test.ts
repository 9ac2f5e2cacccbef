/**
 * Structured output on replies real models send: JSON inside prose or fences, broken or cut JSON,
 * partial JSON while it streams, schemas with escaped definition names, nullable optionals and
 * unions, and the request `generateObject` builds (schema name, description, system message,
 * repair after an empty reply or a refusal).
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import type { Model } from "../src/Model.js"
import * as ModelRegistry from "../src/ModelRegistry.js"
import { ProviderError } from "../src/OpenRouterError.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as Structured from "../src/Structured.js"

const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
  id: "gen-structured-parsing",
  object: "chat.completion.chunk",
  created: 1,
  model: "openai/gpt-4o",
  choices: [{ index: 0, delta, finish_reason: finish }]
})

const reply = (content: string) => OpenRouterTest.sse([chunk({ role: "assistant", content }), chunk({}, "stop")])
const refusal = (text: string) => OpenRouterTest.sse([chunk({ role: "assistant", refusal: text }), chunk({}, "stop")])

type Body = {
  readonly model?: string
  readonly models?: ReadonlyArray<string>
  readonly messages: ReadonlyArray<{ readonly role: string; readonly content: unknown }>
  readonly response_format?: { readonly type: string; readonly json_schema?: Record<string, unknown> }
}
const bodies = Effect.map(OpenRouterTest.requests, (rs) => rs.map((r) => r.body as Body))

const Point = Schema.Struct({ x: Schema.Number, y: Schema.Number })
const ask = { model: "openai/gpt-4o", messages: [{ role: "user" as const, content: "A point, please." }] }

const left = <A, E>(e: Either.Either<A, E>): E => {
  if (Either.isRight(e)) throw new Error(`expected a Left, got ${JSON.stringify(e.right)}`)
  return e.left
}

describe("extractJson on untidy replies", () => {
  it("JSON wrapped in prose inside a code fence is found", () => {
    assert.deepStrictEqual(Structured.extractJson("```json\nHere it is: {\"a\":1} — enjoy\n```"), Either.right({ a: 1 }))
  })

  it("an empty fence is skipped and the JSON after it is used", () => {
    assert.deepStrictEqual(Structured.extractJson("```\n```\nthen {\"a\":1}"), Either.right({ a: 1 }))
  })

  it("a fence holding broken JSON reports the parser's error for the fence", () => {
    const error = left(Structured.extractJson("```json\n{\"a\": 1,}\n```"))
    assert.strictEqual(error.kind, "invalid_json")
    assert.match(error.issues, /property name|JSON/)
    const prose = left(Structured.extractJson("```\nnot json\n```"))
    assert.strictEqual(prose.kind, "invalid_json")
    assert.include(prose.issues, "not valid JSON")
  })

  it("escaped quotes and brackets inside strings do not end the value", () => {
    assert.deepStrictEqual(
      Structured.extractJson("Answer: {\"a\": \"say \\\"hi\\\" {\"} done"),
      Either.right({ a: "say \"hi\" {" })
    )
  })

  it("mismatched or unterminated brackets are invalid_json, naming an array or an object", () => {
    assert.strictEqual(left(Structured.extractJson("{\"a\": [1}")).kind, "invalid_json")
    assert.include(left(Structured.extractJson("[1, 2")).issues, "Unterminated JSON array")
    assert.include(left(Structured.extractJson("x {\"a\": 1")).issues, "Unterminated JSON object")
  })
})

describe("parsePartialJson while a reply streams", () => {
  it("a bare string or number at the root", () => {
    assert.strictEqual(Structured.parsePartialJson("\"hel"), "hel")
    assert.strictEqual(Structured.parsePartialJson("-12"), -12)
    assert.strictEqual(Structured.parsePartialJson("42"), 42)
  })

  it("stops at the first malformed piece and keeps what came before", () => {
    assert.deepStrictEqual(Structured.parsePartialJson("[1, 2 3"), [1, 2]) // missing comma
    assert.deepStrictEqual(Structured.parsePartialJson("[1, x]"), [1]) // not a JSON value
    assert.deepStrictEqual(Structured.parsePartialJson("{a: 1}"), {}) // unquoted key
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\" 1}"), {}) // no colon
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": 1 \"b\": 2}"), { a: 1 }) // no comma
    assert.deepStrictEqual(Structured.parsePartialJson("[tru"), []) // unfinished literal
  })

  it("an unknown escape keeps the character; text after a complete value is ignored", () => {
    assert.strictEqual(Structured.parsePartialJson("\"a\\qb\""), "aqb")
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": [1, 2], \"b\": {\"c\": \"d\"}} trailing"), { a: [1, 2], b: { c: "d" } })
  })
})

describe("deriveJsonSchema on harder schemas", () => {
  it("a definition whose name needs JSON-pointer escaping (/ and ~) is inlined", () => {
    const Address = Schema.Struct({ street: Schema.String }).annotations({ identifier: "a/b~c" })
    const derived = Structured.deriveJsonSchema(Schema.Struct({ home: Address, work: Schema.optional(Address) }))
    const address = { type: "object", required: ["street"], properties: { street: { type: "string" } }, additionalProperties: false }
    assert.isTrue(derived.strict)
    assert.deepStrictEqual(derived.schema, {
      type: "object",
      required: ["home", "work"],
      properties: { home: address, work: { anyOf: [address, { type: "null" }] } },
      additionalProperties: false
    })
  })

  it("optional properties that already admit null (null literal, enum with null, unknown) are not wrapped again", () => {
    const derived = Structured.deriveJsonSchema(Schema.Struct({
      a: Schema.optional(Schema.Literal("x", null)),
      b: Schema.optional(Schema.Null),
      c: Schema.optional(Schema.Unknown)
    }))
    const props = derived.schema["properties"] as Record<string, unknown>
    assert.deepStrictEqual(derived.schema["required"], ["a", "b", "c"])
    assert.deepStrictEqual(props["a"], { anyOf: [{ type: "string", enum: ["x"] }, { type: "null" }] })
    assert.deepStrictEqual(props["b"], { type: "null" })
    assert.notProperty(props["c"], "anyOf")
  })

  it("strict: false sends the schema as derived: optional properties stay out of required", () => {
    const derived = Structured.deriveJsonSchema(Schema.Struct({ a: Schema.String, b: Schema.optional(Schema.Number) }), { strict: false })
    assert.isFalse(derived.strict)
    assert.deepStrictEqual(derived.schema["required"], ["a"])
    assert.deepStrictEqual(derived.schema["properties"], { a: { type: "string" }, b: { type: "number" } })
  })

  it("wrapNonObject wraps an array root as { value } and keeps the unwrapped source", () => {
    const derived = Structured.deriveJsonSchema(Schema.Array(Schema.String), { wrapNonObject: true })
    assert.isTrue(derived.wrapped)
    assert.deepStrictEqual(derived.source, { type: "array", items: { type: "string" } })
    assert.deepStrictEqual(derived.schema["required"], ["value"])
  })
})

describe("normalizeNulls", () => {
  it("through a union: the one object branch decides; other values pass unchanged", () => {
    const derived = Structured.deriveJsonSchema(Schema.Struct({
      shape: Schema.Union(Schema.Struct({ r: Schema.optional(Schema.Number) }), Schema.String)
    }))
    assert.deepStrictEqual(Structured.normalizeNulls(derived.source, { shape: { r: null } }), { shape: {} })
    assert.deepStrictEqual(Structured.normalizeNulls(derived.source, { shape: "circle" }), { shape: "circle" })
  })

  it("through a recursive definition ($ref into $defs), at every depth", () => {
    interface Node {
      readonly name: string
      readonly note?: string | undefined
      readonly children: ReadonlyArray<Node>
    }
    const Node: Schema.Schema<Node> = Schema.Struct({
      name: Schema.String,
      note: Schema.optional(Schema.String),
      children: Schema.Array(Schema.suspend(() => Node))
    }).annotations({ identifier: "Node" })
    const derived = Structured.deriveJsonSchema(Node)
    assert.deepStrictEqual(
      Structured.normalizeNulls(derived.source, { name: "a", note: null, children: [{ name: "b", note: null, children: [] }] }),
      { name: "a", children: [{ name: "b", children: [] }] }
    )
  })
})

describe("the request generateObject sends", () => {
  it.effect("json_schema.name is sanitized to [A-Za-z0-9_-]; nothing usable → \"response\"", () =>
    Effect.gen(function*() {
      yield* Structured.generateObject(Point, ask, { name: "My point (2D)!" })
      yield* Structured.generateObject(Point, ask, { name: "!!!" })
      const [a, b] = yield* bodies
      assert.strictEqual(a?.response_format?.json_schema?.["name"], "My_point_2D")
      assert.strictEqual(b?.response_format?.json_schema?.["name"], "response")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"x\":1,\"y\":2}")]))))

  it.effect("name and description come from a transformation's target annotations", () =>
    Effect.gen(function*() {
      const Target = Schema.Struct({ n: Schema.Number }).annotations({ identifier: "Counted", description: "A count" })
      const FromText = Schema.transform(Schema.Struct({ n: Schema.String }), Target, {
        strict: true,
        decode: ({ n }) => ({ n: Number(n) }),
        encode: ({ n }) => ({ n: String(n) })
      })
      const out = yield* Structured.generateObject(FromText, ask)
      assert.deepStrictEqual(out.value, { n: 7 })
      const [body] = yield* bodies
      assert.strictEqual(body?.response_format?.json_schema?.["name"], "Counted")
      assert.strictEqual(body?.response_format?.json_schema?.["description"], "A count")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"n\":\"7\"}")]))))

  it.effect("json_object mode puts the schema instruction after the caller's system and developer messages", () =>
    Effect.gen(function*() {
      const messages = [
        { role: "system" as const, content: "You are terse." },
        { role: "developer" as const, content: "Use metric units." },
        { role: "user" as const, content: "A point, please." }
      ]
      yield* Structured.generateObject(Point, { model: "openai/gpt-4o", messages }, { mode: "json_object" })
      const [body] = yield* bodies
      assert.deepStrictEqual(body?.messages.map((m) => m.role), ["system", "developer", "system", "user"])
      assert.strictEqual(body?.messages[2]?.content, Structured.schemaInstruction(Structured.jsonSchema(Point)))
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"x\":1,\"y\":2}")]))))

  it.effect("with only a models list, the first model is the one asked about structured-output support", () =>
    Effect.gen(function*() {
      const asked: Array<string> = []
      yield* Structured.generateObject(
        Point,
        { models: ["openai/gpt-4o", "anthropic/claude-sonnet-4.5"], messages: ask.messages },
        { supportsStructuredOutputs: (m) => Effect.sync(() => asked.push(m)).pipe(Effect.as(false)) }
      )
      assert.deepStrictEqual(asked, ["openai/gpt-4o"])
      const [body] = yield* bodies
      assert.strictEqual(body?.response_format?.type, "json_object")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"x\":1,\"y\":2}")]))))

  it.effect("a schema with no JSON Schema representation fails with InvalidRequestError before any request", () =>
    Effect.gen(function*() {
      const Opaque = Schema.declare((u: unknown): u is symbol => typeof u === "symbol")
      const result = yield* Effect.either(Structured.generateObject(Opaque, ask))
      const error = left(result)
      assert.strictEqual(error._tag, "InvalidRequestError")
      if (error._tag === "InvalidRequestError") assert.strictEqual(error.field, "response_format")
      assert.strictEqual((yield* bodies).length, 0)
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{}")]))))
})

describe("repair after an empty reply or a refusal", () => {
  it.effect("an empty reply is repaired: the next call carries \"(empty reply)\" and says it was empty", () =>
    Effect.gen(function*() {
      const out = yield* Structured.generateObject(Point, ask, { repair: 1 })
      assert.deepStrictEqual(out.value, { x: 1, y: 2 })
      assert.strictEqual(out.attempts, 2)
      const [, second] = yield* bodies
      assert.deepStrictEqual(second?.messages[1], { role: "assistant", content: "(empty reply)" })
      assert.include(String(second?.messages[2]?.content), "it was empty")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply(""), reply("{\"x\":1,\"y\":2}")]))))

  it.effect("a refusal fails as empty with the model's refusal in the issues", () =>
    Effect.gen(function*() {
      const error = left(yield* Effect.either(Structured.generateObject(Point, ask)))
      assert.strictEqual(error._tag, "StructuredOutputError")
      if (error._tag !== "StructuredOutputError") return
      assert.strictEqual(error.kind, "empty")
      assert.strictEqual(error.issues, "The model refused: I can't help with that.")
      assert.strictEqual(error.message, "Structured output empty: The model refused: I can't help with that.")
    }).pipe(Effect.provide(OpenRouterTest.layer([refusal("I can't help with that.")]))))
})

describe("registrySupportsStructuredOutputs", () => {
  const model = (id: string, supported: ReadonlyArray<string> | undefined): Model =>
    ({
      id,
      name: id,
      created: 1,
      context_length: 1000,
      pricing: { prompt: "0", completion: "0" },
      ...(supported !== undefined ? { supported_parameters: supported } : {}),
      architecture: { input_modalities: ["text"], output_modalities: ["text"] },
      top_provider: { context_length: 1000 }
    }) as unknown as Model

  it.effect("listed → true; a model without the parameter or with no parameter list → false; unknown → true", () =>
    Effect.gen(function*() {
      const registry = yield* ModelRegistry.ModelRegistry
      const supports = Structured.registrySupportsStructuredOutputs(registry)
      assert.isTrue(yield* supports("a/structured"))
      assert.isFalse(yield* supports("b/plain"))
      assert.isFalse(yield* supports("c/no-list"))
      assert.isTrue(yield* supports("d/unknown"))
    }).pipe(Effect.provide(ModelRegistry.layerStatic([
      model("a/structured", ["structured_outputs", "response_format"]),
      model("b/plain", ["max_tokens"]),
      model("c/no-list", undefined)
    ]))))

  it.effect("a registry whose /models fetch fails answers true (the strict path)", () =>
    Effect.gen(function*() {
      const registry = yield* ModelRegistry.make({
        fetch: Effect.fail(new ProviderError({ message: "upstream down", status: 502 }))
      })
      const found = yield* Effect.either(registry.find("a/structured"))
      assert.isTrue(Either.isLeft(found), "the registry itself fails")
      assert.isTrue(yield* Structured.registrySupportsStructuredOutputs(registry)("a/structured"))
    }).pipe(Effect.scoped))
})
