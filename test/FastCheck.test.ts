/**
 * `internal/fastCheck.ts` against the Schema parser it stands in for: whenever the predicate says
 * a value is taken unchanged, the parser (`onExcessProperty: "preserve"`) accepts it and gives the
 * value back deep-equal — on the real replies of test/fixtures, the spec's component examples
 * with the generated schemas, the benchmark's bodies, and every one-leaf mutation of them (each
 * leaf replaced by a value of another type, or removed). And it does say so for the common
 * replies, so the fast path is really taken.
 */
import { assert, describe, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Api from "../src/api.js"
import { ChatChunk } from "../src/ChatChunk.js"
import { ChatCompletion } from "../src/ChatCompletion.js"
import { ChatRequest } from "../src/ChatRequest.js"
import { fastCheck } from "../src/internal/fastCheck.js"
import { componentExamples } from "./api/cases.js"

const fixture = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", file), "utf8")) as {
    readonly response: { readonly body: unknown; readonly events?: ReadonlyArray<{ readonly data?: string }> }
  }

/** Every value obtained by changing one leaf (or one key) of `value`. */
const mutations = function*(value: unknown): Generator<unknown> {
  const replacements: ReadonlyArray<unknown> = [null, 7, "x", true, {}, [], undefined]
  const walk = function*(node: unknown, rebuild: (replacement: unknown, remove: boolean) => unknown): Generator<unknown> {
    for (const r of replacements) if (r !== node) yield rebuild(r, r === undefined)
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        yield* walk(node[i], (r, remove) =>
          rebuild(remove ? node.filter((_, j) => j !== i) : node.map((x, j) => (j === i ? r : x)), false))
      }
    } else if (typeof node === "object" && node !== null) {
      const record = node as Record<string, unknown>
      for (const key of Object.keys(record)) {
        yield* walk(record[key], (r, remove) => {
          const copy: Record<string, unknown> = { ...record }
          if (remove) delete copy[key]
          else copy[key] = r
          return rebuild(copy, false)
        })
      }
    }
  }
  yield* walk(value, (r) => r)
}

/** Checks the predicate agrees with the parser on `value` and its mutations; counts fast answers. */
const agree = (schema: Schema.Schema<unknown, unknown>, value: unknown, label: string, maxMutations = 4000) => {
  const check = fastCheck(schema.ast)
  assert.isDefined(check, `${label}: the schema is supported`)
  if (check === undefined) return { fast: 0, checked: 0 }
  const parse = Schema.decodeUnknownEither(schema, { onExcessProperty: "preserve" })
  let fast = 0
  let checked = 0
  const one = (v: unknown) => {
    checked++
    if (!check(v)) return
    fast++
    const parsed = parse(v)
    assert.isTrue(Either.isRight(parsed), `${label}: the predicate accepted a value the parser rejects: ${JSON.stringify(v)?.slice(0, 300)}`)
    if (Either.isRight(parsed)) assert.deepStrictEqual(parsed.right, v, `${label}: parsed value differs`)
  }
  one(value)
  let n = 0
  for (const m of mutations(value)) {
    if (n++ >= maxMutations) break
    one(m)
  }
  return { fast, checked }
}

describe("fastCheck agrees with the Schema parser", () => {
  it("chat completions (fixtures): accepted unchanged, and every one-leaf mutation judged like the parser", () => {
    const files = fs.readdirSync(path.join(__dirname, "fixtures", "chat"))
    assert.isAbove(files.length, 3)
    for (const file of files) {
      const body = fixture(`chat/${file}`).response.body
      const check = fastCheck(ChatCompletion.ast)
      assert.isTrue(check?.(body), `${file} takes the fast path`)
      const { checked, fast } = agree(ChatCompletion as Schema.Schema<unknown, unknown>, body, file)
      assert.isAbove(checked, 20)
      assert.isAbove(fast, 1)
    }
  })

  it("stream chunks (fixtures)", () => {
    for (const file of fs.readdirSync(path.join(__dirname, "fixtures", "stream"))) {
      const { response } = fixture(`stream/${file}`)
      const events = (response as { readonly events?: ReadonlyArray<{ readonly data?: string }> }).events ?? []
      for (const e of events.slice(0, 6)) {
        if (e.data === undefined || e.data === "[DONE]") continue
        let chunk: unknown
        try {
          chunk = JSON.parse(e.data)
        } catch {
          continue
        }
        agree(ChatChunk as Schema.Schema<unknown, unknown>, chunk, file, 500)
      }
    }
  })

  it("chat requests: a typical request takes the fast path; mutations agree with the encoder's checks", () => {
    const request = {
      model: "openai/gpt-4o-mini",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: [{ type: "text", text: "Hi" }, { type: "image_url", image_url: { url: "https://x/y.png" } }] }
      ],
      max_tokens: 50,
      temperature: 0.2,
      tools: [{ type: "function", function: { name: "f", parameters: { type: "object" } } }],
      provider: { order: ["OpenAI"], allow_fallbacks: true },
      metadata: { a: "b" }
    }
    assert.isTrue(fastCheck(ChatRequest.ast)?.(request))
    agree(ChatRequest as unknown as Schema.Schema<unknown, unknown>, request, "request")
  })

  it(`the spec's component examples with the generated schemas (${componentExamples.length})`, () => {
    const modules = Api as unknown as Record<string, Record<string, unknown>>
    let supported = 0
    let fastTotal = 0
    for (const { example, module, name } of componentExamples) {
      const schema = (modules[module === "common" ? "Common" : module] ?? {})[name]
      if (!Schema.isSchema(schema)) continue
      const s = schema as Schema.Schema<unknown, unknown>
      if (fastCheck(s.ast) === undefined) continue
      supported++
      fastTotal += agree(s, example, `${module}.${name}`, 150).fast
    }
    // most generated schemas are plain structs, unions and arrays: the predicate covers them
    assert.isAbove(supported, componentExamples.length / 2)
    assert.isAbove(fastTotal, supported)
  })

  it("unsupported nodes make the whole schema unsupported (the parser always runs)", () => {
    const withTransform = Schema.Struct({ n: Schema.NumberFromString })
    assert.isUndefined(fastCheck(withTransform.ast))
    const strict = Schema.Struct({ a: Schema.String }).annotations({ parseOptions: { onExcessProperty: "error" } })
    assert.isUndefined(fastCheck(strict.ast))
    const mixed = Schema.Struct({ a: Schema.String }, Schema.Record({ key: Schema.String, value: Schema.Number }))
    assert.isUndefined(fastCheck(mixed.ast))
  })

  it("refinements, template literals, tuples, optional and recursive schemas", () => {
    interface Tree {
      readonly value: number
      readonly children: ReadonlyArray<Tree>
    }
    const Tree: Schema.Schema<Tree> = Schema.Struct({
      value: Schema.Int,
      children: Schema.Array(Schema.suspend((): Schema.Schema<Tree> => Tree))
    })
    const cases: ReadonlyArray<readonly [Schema.Schema<unknown, unknown>, unknown, boolean]> = [
      [Tree as Schema.Schema<unknown, unknown>, { value: 1, children: [{ value: 2, children: [] }] }, true],
      [Tree as Schema.Schema<unknown, unknown>, { value: 1, children: [{ value: 2.5, children: [] }] }, false],
      [Schema.TemplateLiteral("openrouter:", Schema.String) as Schema.Schema<unknown, unknown>, "openrouter:web", true],
      [Schema.TemplateLiteral("openrouter:", Schema.String) as Schema.Schema<unknown, unknown>, "web", false],
      [Schema.Tuple(Schema.String, Schema.optionalElement(Schema.Number)) as Schema.Schema<unknown, unknown>, ["a"], true],
      [Schema.Tuple(Schema.String, Schema.optionalElement(Schema.Number)) as Schema.Schema<unknown, unknown>, ["a", 1, 2], false],
      [Schema.Struct({ a: Schema.optional(Schema.String) }) as Schema.Schema<unknown, unknown>, {}, true],
      [Schema.Struct({ a: Schema.String }) as Schema.Schema<unknown, unknown>, {}, false],
      [Schema.Struct({ a: Schema.String }) as Schema.Schema<unknown, unknown>, { a: "x", extra: 1 }, true],
      [Schema.Record({ key: Schema.String, value: Schema.Number }) as Schema.Schema<unknown, unknown>, { a: 1, b: "2" }, false]
    ]
    for (const [schema, value, expected] of cases) {
      assert.strictEqual(fastCheck(schema.ast)?.(value), expected, JSON.stringify(value))
      const parsed = Schema.decodeUnknownEither(schema, { onExcessProperty: "preserve" })(value)
      assert.strictEqual(Either.isRight(parsed), expected, `parser on ${JSON.stringify(value)}`)
    }
  })
})
