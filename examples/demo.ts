/**
 * `npm run demo`: against the real API when OPENROUTER_API_KEY is set.
 */
import { Console, Effect, Stream } from "effect"
import { OpenRouter } from "../src/index.js"

const live = Effect.gen(function*() {
  yield* Console.log("effect-openrouter demo — real OpenRouter API (OPENROUTER_API_KEY is set)")
  const openrouter = yield* OpenRouter.OpenRouter
  yield* openrouter.chatStream({
    model: process.env["DEMO_MODEL"] ?? "openai/gpt-4o-mini",
    messages: [{ role: "user", content: "In two sentences: what is OpenRouter?" }],
    max_tokens: 120
  }).pipe(
    Stream.runForEach((event) =>
      event._tag === "TextDelta"
        ? Effect.sync(() => process.stdout.write(event.text))
        : event._tag === "Done"
        ? Console.log(
          `\n\nmodel ${event.result.meta.servedModel}, provider ${event.result.meta.provider}, ` +
            `tokens ${event.result.usage?.total_tokens ?? "?"}, cost $${event.result.usage?.cost ?? "?"}`
        )
        : Effect.void
    )
  )
}).pipe(Effect.provide(OpenRouter.OpenRouterLive))

const main = process.env["OPENROUTER_API_KEY"]
  ? live
  : Console.log(
    "effect-openrouter demo — no OPENROUTER_API_KEY set.\n" +
      "Set it to run against the real API: export OPENROUTER_API_KEY=sk-or-... (https://openrouter.ai/keys)"
  )

Effect.runPromise(main).catch((e) => {
  console.error(String(e))
  process.exit(1)
})
