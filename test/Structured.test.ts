import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Either, Schema, Stream } from "effect"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as Structured from "../src/Structured.js"

// -----------------------------------------------------------------------------
// helpers
// -----------------------------------------------------------------------------

/** An SSE reply whose text arrives in the given pieces. */
const reply = (...pieces: ReadonlyArray<string>) =>
  OpenRouterTest.sse([
    ...pieces.map((content, i) => ({
      id: "gen-structured",
      object: "chat.completion.chunk",
      created: 1,
      model: "openai/gpt-4o",
      provider: "OpenAI",
      choices: [{ index: 0, delta: i === 0 ? { role: "assistant", content } : { content }, finish_reason: null }]
    })),
    {
      id: "gen-structured",
      object: "chat.completion.chunk",
      created: 1,
      model: "openai/gpt-4o",
      choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
      usage: { prompt_tokens: 20, completion_tokens: 10, total_tokens: 30 }
    }
  ])

const request = {
  model: "openai/gpt-4o",
  messages: [{ role: "user" as const, content: "Who wrote the first program?" }]
}

const Person = Schema.Struct({
  name: Schema.String,
  age: Schema.Number,
  nickname: Schema.optional(Schema.String)
}).annotations({ identifier: "Person" })

type Body = {
  readonly messages: ReadonlyArray<{ readonly role: string; readonly content: unknown }>
  readonly response_format?: unknown
}

const bodies = Effect.map(OpenRouterTest.requests, (rs) => rs.map((r) => r.body as Body))

const failure = <A, E, R>(self: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.either(self), (e) => (Either.isLeft(e) ? Effect.succeed(e.left) : Effect.dieMessage("expected a failure")))

// -----------------------------------------------------------------------------
// generateObject
// -----------------------------------------------------------------------------

describe("generateObject", () => {
  it.effect("strict json_schema: sends the exact response_format and decodes (null optional → absent)", () =>
    Effect.gen(function*() {
      const out = yield* Structured.generateObject(Person, request)
      assert.deepStrictEqual(out.value, { name: "Ada Lovelace", age: 36 })
      assert.strictEqual(out.attempts, 1)
      assert.strictEqual(out.result.text, "{\"name\":\"Ada Lovelace\",\"age\":36,\"nickname\":null}")
      const [body] = yield* bodies
      assert.deepStrictEqual(body?.response_format, {
        type: "json_schema",
        json_schema: {
          name: "Person",
          strict: true,
          schema: {
            type: "object",
            required: ["name", "age", "nickname"],
            properties: {
              name: { type: "string" },
              age: { type: "number" },
              nickname: { anyOf: [{ type: "string" }, { type: "null" }] }
            },
            additionalProperties: false
          }
        }
      })
      assert.deepStrictEqual(body?.messages, request.messages)
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"name\":\"Ada Lovelace\",", "\"age\":36,\"nickname\":null}")]))))

  it.effect("json_object fallback when the model lacks structured outputs: system message states the schema", () =>
    Effect.gen(function*() {
      const asked: Array<string> = []
      const out = yield* Structured.generateObject(Person, request, {
        supportsStructuredOutputs: (model) => Effect.sync(() => asked.push(model)).pipe(Effect.as(false))
      })
      assert.deepStrictEqual(asked, ["openai/gpt-4o"])
      assert.deepStrictEqual(out.value, { name: "Ada", age: 36, nickname: "Enchantress" })
      const [body] = yield* bodies
      assert.deepStrictEqual(body?.response_format, { type: "json_object" })
      const system = body?.messages[0]
      assert.strictEqual(system?.role, "system")
      assert.include(String(system?.content), JSON.stringify(Structured.jsonSchema(Person), null, 2))
      assert.include(String(system?.content), "\"nickname\"")
      assert.deepStrictEqual(body?.messages.slice(1), request.messages)
    }).pipe(
      Effect.provide(OpenRouterTest.layer([reply("{\"name\":\"Ada\",\"age\":36,\"nickname\":\"Enchantress\"}")]))
    ))

  it.effect("supportsStructuredOutputs true picks json_schema; an explicit mode wins", () =>
    Effect.gen(function*() {
      yield* Structured.generateObject(Person, request, { supportsStructuredOutputs: () => Effect.succeed(true) })
      yield* Structured.generateObject(Person, request, {
        mode: "json_object",
        supportsStructuredOutputs: () => Effect.succeed(true)
      })
      const [a, b] = yield* bodies
      assert.strictEqual((a?.response_format as { type: string }).type, "json_schema")
      assert.strictEqual((b?.response_format as { type: string }).type, "json_object")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"name\":\"A\",\"age\":1}")]))))

  it.effect("a fenced ```json reply", () =>
    Effect.gen(function*() {
      const out = yield* Structured.generateObject(Person, request)
      assert.deepStrictEqual(out.value, { name: "Ada", age: 36 })
    }).pipe(
      Effect.provide(OpenRouterTest.layer([reply("```json\n{\"name\": \"Ada\", \"age\": 36}\n```")]))
    ))

  it.effect("prose around the JSON (with a bracketed citation before it)", () =>
    Effect.gen(function*() {
      const out = yield* Structured.generateObject(Person, request)
      assert.deepStrictEqual(out.value, { name: "Ada", age: 36 })
    }).pipe(
      Effect.provide(
        OpenRouterTest.layer([
          reply("Sure [1]! Here is the person:\n{\"name\": \"Ada\", \"age\": 36, \"note\": \"{not a brace}\"}\nHope it helps.")
        ])
      )
    ))

  it.effect("invalid JSON → StructuredOutputError invalid_json with the raw text", () =>
    Effect.gen(function*() {
      const e = yield* failure(Structured.generateObject(Person, request))
      assert.strictEqual(e._tag, "StructuredOutputError")
      if (e._tag !== "StructuredOutputError") return
      assert.strictEqual(e.kind, "invalid_json")
      assert.strictEqual(e.rawText, "{\"name\": \"Ada\", age: 36}")
      assert.isAbove(e.issues.length, 0)
      assert.strictEqual(e.attempts, 1)
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"name\": \"Ada\", age: 36}")]))))

  it.effect("schema mismatch → StructuredOutputError schema_mismatch with issues", () =>
    Effect.gen(function*() {
      const e = yield* failure(Structured.generateObject(Person, request))
      assert.strictEqual(e._tag, "StructuredOutputError")
      if (e._tag !== "StructuredOutputError") return
      assert.strictEqual(e.kind, "schema_mismatch")
      assert.include(e.issues, "age")
      assert.include(e.issues, "Expected number")
      assert.strictEqual(e.rawText, "{\"name\":\"Ada\",\"age\":\"thirty-six\"}")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"name\":\"Ada\",\"age\":\"thirty-six\"}")]))))

  it.effect("an empty reply → kind empty", () =>
    Effect.gen(function*() {
      const e = yield* failure(Structured.generateObject(Person, request))
      assert.strictEqual(e._tag === "StructuredOutputError" ? e.kind : e._tag, "empty")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("  ")]))))

  it.effect("repair success: a second call carrying the bad reply and the issues", () =>
    Effect.gen(function*() {
      const out = yield* Structured.generateObject(Person, request, { repair: 2 })
      assert.deepStrictEqual(out.value, { name: "Ada", age: 36 })
      assert.strictEqual(out.attempts, 2)
      const sent = yield* bodies
      assert.strictEqual(sent.length, 2)
      const second = sent[1]?.messages ?? []
      assert.strictEqual(second.length, 3)
      assert.deepStrictEqual(second[0], request.messages[0])
      assert.deepStrictEqual(second[1], { role: "assistant", content: "{\"name\":\"Ada\",\"age\":\"36\"}" })
      assert.strictEqual(second[2]?.role, "user")
      assert.include(String(second[2]?.content), "age: Expected number, actual \"36\"")
      assert.deepStrictEqual(sent[1]?.response_format, sent[0]?.response_format)
    }).pipe(
      Effect.provide(
        OpenRouterTest.layer([reply("{\"name\":\"Ada\",\"age\":\"36\"}"), reply("{\"name\":\"Ada\",\"age\":36}")])
      )
    ))

  it.effect("repair exhausted: n + 1 calls, then the error of the last one", () =>
    Effect.gen(function*() {
      const e = yield* failure(Structured.generateObject(Person, request, { repair: 2 }))
      assert.strictEqual(e._tag, "StructuredOutputError")
      if (e._tag !== "StructuredOutputError") return
      assert.strictEqual(e.attempts, 3)
      assert.strictEqual(e.kind, "invalid_json")
      const sent = yield* bodies
      assert.strictEqual(sent.length, 3)
      assert.strictEqual(sent[2]?.messages.length, 5)
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("not json at all")]))))

  it.effect("a non-object root is wrapped as { value } on the wire and unwrapped on decode", () =>
    Effect.gen(function*() {
      const Tags = Schema.Array(Schema.String)
      const out = yield* Structured.generateObject(Tags, request)
      assert.deepStrictEqual(out.value, ["math", "poetry"])
      const [body] = yield* bodies
      assert.deepStrictEqual(body?.response_format, {
        type: "json_schema",
        json_schema: {
          name: "response",
          strict: true,
          schema: {
            type: "object",
            properties: { value: { type: "array", items: { type: "string" } } },
            required: ["value"],
            additionalProperties: false
          }
        }
      })
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"value\":[\"math\",\"poetry\"]}")]))))

  it.effect("transformations decode from the encoded side (NumberFromString)", () =>
    Effect.gen(function*() {
      const S = Schema.Struct({ n: Schema.NumberFromString, when: Schema.Date })
      const out = yield* Structured.generateObject(S, request)
      assert.strictEqual(out.value.n, 42)
      assert.strictEqual(out.value.when.toISOString(), "2024-01-02T00:00:00.000Z")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"n\":\"42\",\"when\":\"2024-01-02T00:00:00.000Z\"}")]))))
})

// -----------------------------------------------------------------------------
// JSON Schema derivation
// -----------------------------------------------------------------------------

describe("deriveJsonSchema", () => {
  it("inlines $defs and makes nested objects strict", () => {
    const Address = Schema.Struct({ street: Schema.String, zip: Schema.optional(Schema.NullOr(Schema.String)) })
      .annotations({ identifier: "Address" })
    const S = Schema.Struct({ home: Address, others: Schema.Array(Address) })
    const derived = Structured.deriveJsonSchema(S)
    assert.isTrue(derived.strict)
    assert.notInclude(JSON.stringify(derived.schema), "$ref")
    assert.notInclude(JSON.stringify(derived.schema), "$schema")
    const address = {
      type: "object",
      required: ["street", "zip"],
      properties: { street: { type: "string" }, zip: { anyOf: [{ type: "string" }, { type: "null" }] } },
      additionalProperties: false
    }
    assert.deepStrictEqual(derived.schema, {
      type: "object",
      required: ["home", "others"],
      properties: { home: address, others: { type: "array", items: address } },
      additionalProperties: false
    })
  })

  it("keeps recursive definitions as $defs", () => {
    interface Category {
      readonly name: string
      readonly children: ReadonlyArray<Category>
    }
    const Category: Schema.Schema<Category> = Schema.Struct({
      name: Schema.String,
      children: Schema.Array(Schema.suspend(() => Category))
    }).annotations({ identifier: "Category" })
    const schema = Structured.jsonSchema(Category)
    assert.strictEqual(schema["type"], "object")
    assert.deepStrictEqual(Object.keys(schema["$defs"] as object), ["Category"])
    assert.include(JSON.stringify(schema["properties"]), "#/$defs/Category")
  })

  it("records cannot be strict: strict falls back to false", () => {
    const S = Schema.Struct({ scores: Schema.Record({ key: Schema.String, value: Schema.Number }) })
    const derived = Structured.deriveJsonSchema(S)
    assert.isFalse(derived.strict)
  })

  it("normalizeNulls drops nulls only where the source schema does not admit them", () => {
    const S = Schema.Struct({
      a: Schema.optional(Schema.String),
      b: Schema.NullOr(Schema.String),
      c: Schema.optional(Schema.NullOr(Schema.String)),
      items: Schema.Array(Schema.Struct({ x: Schema.optional(Schema.Number) }))
    })
    const derived = Structured.deriveJsonSchema(S)
    assert.deepStrictEqual(
      Structured.normalizeNulls(derived.source, { a: null, b: null, c: null, items: [{ x: null }, { x: 1 }] }),
      { b: null, c: null, items: [{}, { x: 1 }] }
    )
  })
})

// -----------------------------------------------------------------------------
// extraction and partial JSON
// -----------------------------------------------------------------------------

describe("extractJson", () => {
  it("whole text, fences, prose", () => {
    assert.deepStrictEqual(Structured.extractJson(" {\"a\":1} "), Either.right({ a: 1 }))
    assert.deepStrictEqual(Structured.extractJson("```\n[1,2]\n```"), Either.right([1, 2]))
    assert.deepStrictEqual(Structured.extractJson("Result:\n```json\n{\"a\":\"```\"}\n```\nDone"), Either.right({ a: "```" }))
    assert.deepStrictEqual(Structured.extractJson("The answer is {\"a\":{\"b\":[1]}} ok"), Either.right({ a: { b: [1] } }))
    assert.deepStrictEqual(Structured.extractJson("\"just a string\""), Either.right("just a string"))
  })

  it("empty and invalid", () => {
    assert.deepStrictEqual(Either.getLeft(Structured.extractJson("")).pipe((o) => o._tag === "Some" && o.value.kind), "empty")
    const bad = Structured.extractJson("{\"a\": 1,}")
    assert.isTrue(Either.isLeft(bad) && bad.left.kind === "invalid_json")
    const none = Structured.extractJson("no json here")
    assert.isTrue(Either.isLeft(none) && none.left.kind === "invalid_json")
    const cut = Structured.extractJson("{\"a\": [1, 2")
    assert.isTrue(Either.isLeft(cut) && cut.left.issues.includes("Unterminated"))
  })
})

describe("parsePartialJson", () => {
  it("closes open strings, arrays and objects", () => {
    assert.deepStrictEqual(Structured.parsePartialJson("{\"name\": \"Ad"), { name: "Ad" })
    assert.deepStrictEqual(Structured.parsePartialJson("{\"tags\": [\"a\", \"b"), { tags: ["a", "b"] })
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": {\"b\": [1, {\"c\": tr"), { a: { b: [1, {}] } })
    assert.deepStrictEqual(Structured.parsePartialJson("[1, 2, 3"), [1, 2, 3])
  })

  it("drops a dangling key, an unfinished literal or escape; keeps a number prefix", () => {
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": 1, \"b"), { a: 1 })
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": 1, \"b\":"), { a: 1 })
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": nu"), {})
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": \"x\\"), { a: "x" })
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": \"\\u00e9\\u00"), { a: "é" })
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": -12.5e"), { a: -12.5 })
    assert.deepStrictEqual(Structured.parsePartialJson("{\"a\": -"), {})
  })

  it("skips prose and fences before the JSON; nothing usable → undefined", () => {
    assert.deepStrictEqual(Structured.parsePartialJson("```json\n{\"a\": true, \"b\": null}"), { a: true, b: null })
    assert.deepStrictEqual(Structured.parsePartialJson("Here you go: {\"a\": \"b\"}"), { a: "b" })
    assert.isUndefined(Structured.parsePartialJson("Thinking..."))
    assert.isUndefined(Structured.parsePartialJson(""))
  })

  it("complete JSON parses like JSON.parse", () => {
    const text = "{\"a\":[1,2,{\"b\":\"c\\n\\\"d\\\"\"}],\"e\":null,\"f\":false,\"g\":1e3}"
    assert.deepStrictEqual(Structured.parsePartialJson(text), JSON.parse(text))
  })
})

// -----------------------------------------------------------------------------
// streamObject
// -----------------------------------------------------------------------------

describe("streamObject", () => {
  it.effect("partials while the JSON arrives, then the decoded object", () =>
    Effect.gen(function*() {
      const events = yield* Structured.streamObject(Person, request).pipe(Stream.runCollect, Effect.map(Chunk.toArray))
      const partials = events.filter((e) => e._tag === "Partial").map((e) => e.value)
      assert.deepStrictEqual(partials, [{}, { name: "Ad" }, { name: "Ada" }, { name: "Ada", age: 3 }, { name: "Ada", age: 36 }])
      const last = events[events.length - 1]
      assert.strictEqual(last?._tag, "Object")
      if (last?._tag === "Object") {
        assert.deepStrictEqual(last.value, { name: "Ada", age: 36 })
        assert.strictEqual(last.result.finishReason, "stop")
      }
      const [body] = yield* bodies
      assert.strictEqual((body?.response_format as { type: string }).type, "json_schema")
    }).pipe(
      Effect.provide(OpenRouterTest.layer([reply("```json\n{", "\"name\": \"Ad", "a\", ", "\"age\": 3", "6", "}\n```")]))
    ))

  it.effect("a reply that does not decode fails the stream with StructuredOutputError", () =>
    Effect.gen(function*() {
      const e = yield* failure(Structured.streamObject(Person, request).pipe(Stream.runDrain))
      assert.strictEqual(e._tag === "StructuredOutputError" ? e.kind : e._tag, "schema_mismatch")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"name\": 1}")]))))
})

describe("streamObject with a non-object root", () => {
  it.effect("partials are the unwrapped value", () =>
    Effect.gen(function*() {
      const events = yield* Structured.streamObject(Schema.Array(Schema.String), request).pipe(
        Stream.runCollect,
        Effect.map(Chunk.toArray)
      )
      assert.deepStrictEqual(events.map((e) => e.value), [[], ["a"], ["a", "b"], ["a", "b"]])
      assert.strictEqual(events[events.length - 1]?._tag, "Object")
    }).pipe(Effect.provide(OpenRouterTest.layer([reply("{\"val", "ue\": [", "\"a\", ", "\"b\"", "]}")]))))
})
