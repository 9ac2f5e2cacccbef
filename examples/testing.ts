/**
 * Testing your own code: `OpenRouterTest.layer` answers with canned responses (or scripted
 * failures) and records every request, so a program that uses `OpenRouter` runs in a unit test
 * with no key and no network.
 *
 *   npx tsx examples/testing.ts
 */
import { Console, Effect } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import { isMain } from "./_run.js"

/** The code under test: a tiny summarizer that falls back to a fixed text on a rate limit. */
export const summarize = (text: string) =>
  Effect.gen(function*() {
    const openrouter = yield* OpenRouter.OpenRouter
    const reply = yield* openrouter.chat({
      model: "openai/gpt-4o-mini",
      messages: [{ role: "system", content: "Summarize in one sentence." }, { role: "user", content: text }],
      max_tokens: 60
    })
    return reply.text
  }).pipe(Effect.catchTag("RateLimitError", () => Effect.succeed("(summary unavailable)")))

const completion = (content: string) => ({
  id: "gen-test",
  model: "openai/gpt-4o-mini",
  object: "chat.completion",
  created: 0,
  choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }]
})

export const program = Effect.gen(function*() {
  // 1. a canned answer; chat streams on the wire by default, so serve it as SSE chunks
  const first = yield* summarize("Effect is a TypeScript library.").pipe(
    Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse([{
      ...completion(""),
      object: "chat.completion.chunk",
      choices: [{ index: 0, delta: { content: "Effect helps you write robust TypeScript." }, finish_reason: "stop" }]
    }])]))
  )
  yield* Console.log(`summary: ${first}`)

  // 2. a scripted 429, and a look at the request the code sent
  const { second, sent } = yield* Effect.gen(function*() {
    const second = yield* summarize("anything")
    const sent = yield* OpenRouterTest.requests
    return { second, sent }
  }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.error(429, "Rate limit exceeded")])))
  yield* Console.log(`on 429: ${second}; the request asked for ${JSON.stringify((sent[0]?.body as { model: string }).model)}`)

  // 3. a handler deciding per request (JSON wire here)
  const third = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
    c.chat({ model: "x/y", messages: [{ role: "user", content: "ping" }] }, { wire: "json" })).pipe(
      Effect.provide(OpenRouterTest.layer((request) =>
        OpenRouterTest.json(completion(`pong to ${JSON.stringify((request.body as { messages: Array<{ content: string }> }).messages[0]?.content)}`))
      ))
    )
  yield* Console.log(third.text)
  return { first, second, third: third.text }
})

if (isMain(import.meta.url)) Effect.runPromise(program)
