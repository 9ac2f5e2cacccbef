import { assert, describe, it } from "@effect/vitest"
import type { ChatCompletion } from "../src/ChatCompletion.js"
import { Completion, fromCompletion, type RoutingMetadata } from "../src/ChatResult.js"
import { extend } from "../src/internal/extend.js"
import { chatResult } from "../src/pipeline/result.js"

// `chatResult` writes the result out field by field (a spread is slow on Node 20): a field added to
// `Completion` and not to it would silently be missing from every result.
describe("chatResult", () => {
  it("carries every field of Completion, then meta and raw, with the completion's values", () => {
    const raw = {
      id: "gen-1",
      object: "chat.completion",
      created: 7,
      model: "m/x",
      provider: "P",
      choices: [{ index: 0, message: { role: "assistant", content: "hi" }, finish_reason: "stop" }]
    } as unknown as ChatCompletion
    const completion = fromCompletion(raw)
    const meta = { requestedModel: "m/x" } as unknown as RoutingMetadata
    const result = chatResult(completion, meta, raw)
    assert.deepStrictEqual(Object.keys(result), [...Object.keys(Completion.fields), "meta", "raw"])
    assert.deepStrictEqual(result, { ...completion, meta, raw })
  })
})

describe("extend", () => {
  it("is { ...base, ...extra }: own keys in order, extra's values win, base untouched", () => {
    const base = { a: 1, b: 2 }
    const out = extend(base, { b: 3, c: 4 })
    assert.deepStrictEqual(Object.entries(out), [["a", 1], ["b", 3], ["c", 4]])
    assert.deepStrictEqual(base, { a: 1, b: 2 })
    assert.strictEqual(Object.getPrototypeOf(out), Object.prototype)
  })

  it("keeps a \"__proto__\" key of a prototype-less source as a plain field", () => {
    const base: Record<string, unknown> = Object.create(null)
    base["__proto__"] = { x: 1 }
    const out = extend(base, {}) as Record<string, unknown>
    assert.strictEqual(Object.getPrototypeOf(out), Object.prototype)
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(out, "__proto__")?.value, { x: 1 })
  })
})
