/**
 * The stream's fast path for plain text chunks hands every other shape to the full Schema
 * decode (deterministic cases; `ChatStream.test.ts` also checks random chunks).
 */
import { assert, describe, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import { ChatChunk } from "../src/ChatChunk.js"
import { fastChunk } from "../src/internal/fastChunk.js"

const decode = Schema.decodeUnknownEither(ChatChunk)
const base = { id: "gen-1", model: "m/x", object: "chat.completion.chunk", created: 1 }
const withChoice = (choice: unknown) => ({ ...base, choices: [choice] })
const plain = withChoice({ index: 0, delta: { role: "assistant", content: "hi" }, finish_reason: null })

describe("fastChunk", () => {
  it("takes a plain text chunk as is (the very object, which the schema decodes to an equal value)", () => {
    assert.strictEqual(fastChunk(plain), plain as unknown)
    const full = decode(plain)
    assert.isTrue(Either.isRight(full))
    if (Either.isRight(full)) assert.deepStrictEqual(full.right as unknown, plain)
  })

  const fallBack: ReadonlyArray<readonly [string, unknown]> = [
    ["a delta that is not an object", withChoice({ index: 0, delta: "hi" })],
    ["a refusal that is not a string", withChoice({ index: 0, delta: { refusal: { text: "no" } } })],
    ["a choice that is not an object", { ...base, choices: ["hi"] }],
    ["a choice carrying an error", withChoice({ index: 0, delta: {}, error: { code: 502, message: "upstream" } })],
    ["a chunk carrying usage", { ...plain, usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }],
    ["a chunk carrying an error", { ...base, choices: [], error: { code: 429, message: "slow" } }],
    ["logprobs", withChoice({ index: 0, delta: { content: "a" }, logprobs: { content: [] } })],
    ["audio in the delta", withChoice({ index: 0, delta: { audio: { data: "AAA=" } } })],
    ["a tool call", withChoice({ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: "{" } }] } })],
    ["no choices array", { ...base }],
    ["not an object", "data"]
  ]
  for (const [name, value] of fallBack) {
    it(`leaves ${name} to the schema`, () => {
      assert.isUndefined(fastChunk(value))
    })
  }
})
