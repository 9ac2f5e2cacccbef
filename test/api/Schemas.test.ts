/**
 * Every operation of the spec (table-driven over the generated data): its response example — the
 * spec's own, or a sample built from the schema where the spec has none — decodes without failure
 * or loss; so does the same response with an unknown field at the top and nested, and with an
 * unknown value in an enum; the request example (or sample input) encodes without loss. Every
 * component example of the spec decodes with its schema.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as Api from "../../src/api.js"
import { specRoutes } from "../../src/simulator/specExamples.js"
import { fixture, fixtureIndex } from "../helpers.js"
import { cases, clone, componentExamples, getAt, inputOf, nestedObjectPath, operationOf, setAt } from "./cases.js"

describe("the generated operation table", () => {
  it("has every operation of the spec, once, with unique names per module", () => {
    assert.strictEqual(Api.operations.length, 97)
    assert.strictEqual(cases.length, 97)
    assert.strictEqual(new Set(Api.operations.map((op) => op.id)).size, 97)
    assert.strictEqual(specRoutes.length, 97)
    for (const c of cases) {
      const op = operationOf(c)
      assert.strictEqual(op.method, c.method)
      assert.strictEqual(op.path, c.path)
      assert.strictEqual(op.key, c.key)
      // exported under its hand-written name in its tag's module
      const mod: Record<string, unknown> = (Api as Record<string, unknown>)[c.module] as Record<string, unknown>
      assert.strictEqual(mod[c.name], op, `${c.module}.${c.name}`)
    }
  })

  it("keys, metering, idempotence and body kinds follow the rules", () => {
    const byId = new Map(Api.operations.map((op) => [op.id, op]))
    assert.strictEqual(byId.get("createKeys")?.key, "management")
    assert.strictEqual(byId.get("listWorkspaces")?.key, "management")
    assert.strictEqual(byId.get("listProviders")?.key, "inference")
    for (const id of ["sendChatCompletionRequest", "createEmbeddings", "createResponses", "createMessages", "createRerank", "createImages", "createVideos", "createAudioSpeech", "createAudioTranscriptions", "createPresetsChatCompletions", "createPresetsMessages", "createPresetsResponses"]) {
      assert.isTrue(byId.get(id)?.metered, id)
    }
    assert.strictEqual(Api.operations.filter((op) => op.metered).length, 12)
    for (const op of Api.operations) {
      assert.strictEqual(op.idempotent, op.method === "GET" || op.method === "PUT" || op.method === "DELETE", op.id)
      assert.notStrictEqual(op.response, "sse", op.id)
    }
    assert.strictEqual(byId.get("uploadFile")?.body, "multipart")
    assert.strictEqual(byId.get("createAudioTranscriptions")?.body, "json")
    assert.deepStrictEqual(
      Api.operations.filter((op) => op.response === "bytes").map((op) => op.id).sort(),
      ["createAudioSpeech", "downloadFileContent", "listVideosContent"]
    )
  })
})

const UNKNOWN = "x-sim-unknown-enum-value"

describe.each(cases.map((c) => [`${c.module}.${c.name}`, c] as const))("%s", (_, c) => {
  const op = operationOf(c)

  if (c.response === "bytes") {
    it.effect("decodes its bytes whole", () =>
      Effect.gen(function*() {
        const bytes = new TextEncoder().encode("<binary data>")
        assert.deepStrictEqual(yield* op.decodeOutput(bytes), bytes)
      }))
  } else {
    it.effect(`decodes the ${c.responseExample === "spec" ? "spec's response example" : "sample response"} without loss`, () =>
      Effect.gen(function*() {
        const decoded = yield* op.decodeOutput(clone(c.responseBody))
        assert.deepStrictEqual(decoded, c.responseBody)
      }))

    it.effect("keeps unknown fields, at the top and nested", () =>
      Effect.gen(function*() {
        const body = clone(c.responseBody)
        if (typeof body !== "object" || body === null || Array.isArray(body)) return
        const nested = nestedObjectPath(body)
        if (nested !== undefined) setAt(body, [...nested, "x_sim_nested"], { kept: true })
        setAt(body, ["x_sim_unknown"], { kept: [1, "two", null] })
        const decoded = yield* op.decodeOutput(body)
        assert.deepStrictEqual(getAt(decoded, ["x_sim_unknown"]), { kept: [1, "two", null] })
        if (nested !== undefined) assert.deepStrictEqual(getAt(decoded, [...nested, "x_sim_nested"]), { kept: true })
        assert.deepStrictEqual(decoded, body)
      }))

    if (c.enumPath !== null) {
      const at = c.enumPath.path
      it.effect(`accepts an unknown enum value at ${at.join(".") || "(top)"}`, () =>
        Effect.gen(function*() {
          const body = clone(c.responseBody)
          if (at.length === 0) {
            assert.strictEqual(yield* op.decodeOutput(UNKNOWN), UNKNOWN)
            return
          }
          setAt(body, at, UNKNOWN)
          const decoded = yield* op.decodeOutput(body)
          assert.strictEqual(getAt(decoded, at), UNKNOWN)
          assert.deepStrictEqual(decoded, body)
        }))
    }
  }

  it.effect(`encodes the ${c.requestExample === "spec" ? "spec's request example" : "sample input"}`, () =>
    Effect.gen(function*() {
      const input = inputOf(c)
      const encoded: unknown = yield* op.encodeInput(input)
      if (c.binaryFields.length === 0) assert.deepStrictEqual(encoded, c.input)
      else assert.instanceOf(getAt(encoded, ["body", c.binaryFields[0] ?? "file"]), Blob)
    }))
})

describe("the spec's component examples", () => {
  const modules = Api as unknown as Record<string, Record<string, unknown>>
  it.effect(`decode with their schemas (${componentExamples.length})`, () =>
    Effect.gen(function*() {
      const failures: Array<string> = []
      for (const { example, module, name } of componentExamples) {
        const schema = (modules[module === "common" ? "Common" : module] ?? {})[name]
        if (!Schema.isSchema(schema)) {
          failures.push(`${module}.${name}: no schema`)
          continue
        }
        const decoded = yield* Effect.either(
          Schema.decodeUnknown(schema as Schema.Schema<unknown>, { onExcessProperty: "preserve" })(example)
        )
        if (decoded._tag === "Left") failures.push(`${module}.${name}: ${decoded.left.message.slice(0, 300)}`)
        else assert.deepStrictEqual(decoded.right, example, name)
      }
      assert.deepStrictEqual(failures, [])
    }))
})

describe("real replies (test/fixtures) decode with the generated operations, without loss", () => {
  const byCategory: Record<string, { readonly op: { readonly decodeOutput: (u: unknown) => Effect.Effect<unknown, unknown> } }> = {
    "chat-completion": { op: Api.Chat.createChatCompletion },
    models: { op: Api.Models.listModels },
    generation: { op: Api.Generations.getGeneration },
    key: { op: Api.Keys.getCurrentKey }
  }
  for (const entry of fixtureIndex.filter((e) => byCategory[e.category] !== undefined)) {
    it.effect(entry.file, () =>
      Effect.gen(function*() {
        const body = fixture(entry.file).response.body
        const decoded = yield* (byCategory[entry.category]?.op.decodeOutput(structuredClone(body)) ?? Effect.void)
        assert.deepStrictEqual(decoded, body)
      }))
  }
})

describe("the generated schemas on their own", () => {
  it.effect("keep unknown fields without being told (each struct is tolerant)", () =>
    Effect.gen(function*() {
      const member = { created_at: "2025-01-01T00:00:00Z", id: "m1", role: "owner-ish", user_id: "u1", workspace_id: "w1", extra: { deep: [1] } }
      const decoded = yield* Schema.decodeUnknown(Api.Workspaces.WorkspaceMember)(member)
      assert.deepStrictEqual(decoded, member)
    }))

  it.effect("keep null and absent apart", () =>
    Effect.gen(function*() {
      const decode = Schema.decodeUnknown(Api.Keys.UpdateKeyRequest)
      assert.deepStrictEqual(yield* decode({ limit: null }), { limit: null })
      assert.deepStrictEqual(yield* decode({}), {})
    }))

  it.effect("requests validate their required fields, naming the field", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(Api.Keys.createKey.encodeInput({ body: {} } as never))
      assert.include(failure.message, "name")
      const wrongPath = yield* Effect.flip(Api.Keys.getKey.encodeInput({} as never))
      assert.include(wrongPath.message, "path")
    }))
})
