/**
 * Against the real API: runs only when OPENROUTER_API_KEY is set (never in CI). Uses a cheap
 * model and a few tokens.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Stream } from "effect"
import { OpenRouterLive } from "../src/node.js"
import * as OpenRouter from "../src/OpenRouter.js"

const key = process.env["OPENROUTER_API_KEY"] ?? ""
const model = process.env["LIVE_MODEL"] ?? "openai/gpt-4o-mini"
const request = { model, messages: [{ role: "user" as const, content: "Reply with the single word: pong" }], max_tokens: 10 }

describe("live OpenRouter API", () => {
  it.live.skipIf(key === "")("chat over both wires, chatStream, key", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const streamed = yield* client.chat(request)
      const json = yield* client.chat(request, { wire: "json" })
      for (const r of [streamed, json]) {
        assert.isAbove(r.text.length, 0)
        assert.isDefined(r.usage)
        assert.isDefined(r.meta.generationId)
      }
      const events = yield* client.chatStream(request).pipe(Stream.runCollect)
      assert.isTrue([...events].some((e) => e._tag === "Done"))
      const info = yield* client.key()
      assert.isDefined(info)
    }).pipe(Effect.provide(OpenRouterLive)), 60_000)
})
