/**
 * The Responses API: the spec's examples decode (plus unknown fields and enum values, kept), the
 * accumulator folds text, function-call argument deltas, reasoning and usage.
 */
import { assert, describe, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Responses from "../src/Responses.js"
import * as ResponsesStream from "../src/ResponsesStream.js"

const spec = JSON.parse(
  fs.readFileSync(path.join(__dirname, "fixtures", "responses-and-messages-spec.json"), "utf8")
) as {
  readonly responses: {
    readonly request: unknown
    readonly response: unknown
    readonly result: unknown
    readonly events: Readonly<Record<string, unknown>>
    readonly stream: { readonly data: unknown }
  }
}

const decodeResponse = Schema.decodeUnknownEither(Responses.ResponseObject, { onExcessProperty: "preserve" })
const decodeRequest = Schema.decodeUnknownEither(Responses.ResponsesRequest, { onExcessProperty: "preserve" })

const right = <A, E>(e: Either.Either<A, E>): A => {
  if (Either.isLeft(e)) throw new Error(String(e.left))
  return e.right
}

const sse = (data: unknown, event = "message") => ({ _tag: "Message" as const, event, data: JSON.stringify(data), id: "", retry: undefined })

describe("Responses schemas: the spec's examples", () => {
  it("the request and both response examples decode, every field kept", () => {
    right(decodeRequest(spec.responses.request))
    for (const body of [spec.responses.response, spec.responses.result]) {
      const decoded = right(decodeResponse(body))
      assert.deepStrictEqual(JSON.parse(JSON.stringify(decoded)), body)
      assert.strictEqual(decoded.status, "completed")
    }
  })

  it("every event example of the spec decodes: modelled ones with their tag, the rest as Unknown with the raw JSON", () => {
    const types = Object.keys(spec.responses.events)
    assert.strictEqual(types.length, 49)
    for (const type of types) {
      const json = spec.responses.events[type]
      const event = right(ResponsesStream.decodeEvent(json))
      if (type in Responses.EventSchemas) {
        assert.notStrictEqual(event._tag, "Unknown", type)
        const { _tag, ...rest } = event as { readonly _tag: string }
        assert.deepStrictEqual(JSON.parse(JSON.stringify(rest)), json, type)
      } else {
        assert.strictEqual(event._tag, "Unknown", type)
        if (event._tag === "Unknown") assert.deepStrictEqual(event.raw, json)
      }
    }
    const delta = right(ResponsesStream.decodeEvent(spec.responses.stream.data))
    assert.strictEqual(delta._tag, "TextDelta")
  })

  it("an unknown field, an unknown status, an unknown item type and an unknown event type are kept", () => {
    const body = {
      ...(spec.responses.result as object),
      status: "paused_for_review",
      brand_new: { nested: true },
      output: [{ type: "hologram_call", id: "h1", beam: 3 }]
    }
    const decoded = right(decodeResponse(body))
    assert.strictEqual(decoded.status, "paused_for_review")
    assert.deepStrictEqual((decoded as Record<string, unknown>)["brand_new"], { nested: true })
    assert.deepStrictEqual<unknown>(decoded.output?.[0], { type: "hologram_call", id: "h1", beam: 3 })
    const future = { type: "response.hologram.delta", sequence_number: 9, delta: "x" }
    assert.deepStrictEqual(right(ResponsesStream.decodeEvent(future)), { _tag: "Unknown", type: future.type, raw: future })
    const extra = right(ResponsesStream.decodeEvent({ ...(spec.responses.stream.data as object), obfuscation: "abc" }))
    assert.strictEqual((extra as Record<string, unknown>)["obfuscation"], "abc")
  })
})

describe("ResponsesStream.Accumulator", () => {
  it("folds text, function-call argument deltas, reasoning summary and usage with cost", () => {
    const acc = new ResponsesStream.Accumulator()
    const out: Array<ResponsesStream.ResponsesStreamEvent> = []
    const feed = (data: unknown) => assert.isUndefined(acc.onMessage(sse(data), out, {}))
    feed({ type: "response.created", response: { id: "resp_1", model: "m/x", status: "in_progress", output: [] } })
    feed({ type: "response.output_item.added", output_index: 0, item: { type: "reasoning", id: "rs", summary: [] } })
    feed({ type: "response.reasoning_summary_text.delta", item_id: "rs", output_index: 0, summary_index: 0, delta: "Think" })
    feed({ type: "response.reasoning_summary_text.delta", item_id: "rs", output_index: 0, summary_index: 0, delta: "ing" })
    feed({ type: "response.output_item.added", output_index: 1, item: { type: "message", id: "m", role: "assistant", content: [] } })
    feed({ type: "response.output_text.delta", item_id: "m", output_index: 1, content_index: 0, delta: "Hel" })
    feed({ type: "response.output_text.delta", item_id: "m", output_index: 1, content_index: 0, delta: "lo" })
    feed({
      type: "response.output_text.annotation.added",
      item_id: "m",
      output_index: 1,
      content_index: 0,
      annotation_index: 0,
      annotation: { type: "url_citation", url: "https://example.com" }
    })
    feed({ type: "response.output_item.added", output_index: 2, item: { type: "function_call", id: "fc", call_id: "call_1", name: "get_weather", arguments: "" } })
    feed({ type: "response.function_call_arguments.delta", item_id: "fc", output_index: 2, delta: "{\"city\":" })
    feed({ type: "response.function_call_arguments.delta", item_id: "fc", output_index: 2, delta: "\"Paris\"}" })
    feed({ type: "response.web_search_call.searching", item_id: "ws", output_index: 3 })
    assert.isFalse(acc.terminal)
    const partial = acc.partial()
    assert.strictEqual(partial.text, "Hello")
    assert.strictEqual(partial.toolCalls[0]?.function.arguments, "{\"city\":\"Paris\"}")
    feed({
      type: "response.completed",
      response: {
        id: "resp_1",
        model: "m/x",
        status: "completed",
        usage: { input_tokens: 5, output_tokens: 7, total_tokens: 12, cost: 0.00042, output_tokens_details: { reasoning_tokens: 2 } }
      }
    })
    assert.isTrue(acc.terminal)
    const c = acc.completion()
    assert.strictEqual(c.text, "Hello")
    assert.strictEqual(c.reasoning, "Thinking")
    assert.deepStrictEqual(c.toolCalls, [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: "{\"city\":\"Paris\"}" } }])
    assert.strictEqual(c.finishReason, "tool_calls")
    assert.strictEqual(c.usage?.prompt_tokens, 5)
    assert.strictEqual(c.usage?.completion_tokens, 7)
    assert.strictEqual(c.usage?.cost, 0.00042)
    const response = acc.response()
    assert.strictEqual(response?.output?.length, 3)
    assert.deepStrictEqual(response?.output?.[1]?.content?.[0]?.annotations, [{ type: "url_citation", url: "https://example.com" }])
    assert.deepStrictEqual(out.map((e) => e._tag).filter((t) => t === "Unknown"), ["Unknown"])
  })

  it("an error event and a failed response end the stream with a typed error", () => {
    const acc = new ResponsesStream.Accumulator()
    const out: Array<ResponsesStream.ResponsesStreamEvent> = []
    const rate = acc.onMessage(sse({ type: "error", code: "rate_limit_exceeded", message: "Slow down", param: null }), out, {})
    assert.strictEqual(rate?._tag, "RateLimitError")
    const failed = new ResponsesStream.Accumulator().onMessage(
      sse({ type: "response.failed", response: { id: "r", status: "failed", error: { code: "server_error", message: "boom" } } }),
      out,
      {}
    )
    assert.strictEqual(failed?.message, "boom")
    assert.isTrue(failed !== undefined && failed.isRetryable)
    const bad = new ResponsesStream.Accumulator().onMessage({ ...sse({}), data: "{not json" }, out, {})
    assert.strictEqual(bad?._tag, "MalformedResponseError")
  })

  it("a JSON response is adopted into the same events and completion", () => {
    const acc = new ResponsesStream.Accumulator()
    const out: Array<ResponsesStream.ResponsesStreamEvent> = []
    assert.isUndefined(acc.adopt(spec.responses.response, out, {}))
    assert.deepStrictEqual(out.map((e) => e._tag), ["OutputItemDone", "ResponseCompleted"])
    assert.isTrue(out.some(ResponsesStream.isContent))
    const c = acc.completion()
    assert.strictEqual(c.text, "Why did the chicken cross the road? To get to the other side!")
    assert.strictEqual(c.usage?.total_tokens, 30)
    assert.strictEqual(c.finishReason, "stop")
  })
})
