/**
 * Quick start: one streamed answer printed as it arrives, then the folded result.
 *
 *   OPENROUTER_API_KEY=sk-or-... npx tsx examples/quickstart.ts
 */
import { Console, Effect, Stream } from "effect"
import { OpenRouter } from "../src/index.js"

export const program = Effect.gen(function*() {
  const openrouter = yield* OpenRouter.OpenRouter
  yield* openrouter.chatStream({
    model: "openai/gpt-4o-mini",
    messages: [{ role: "user", content: "Say hello in five words." }],
    max_tokens: 50
  }).pipe(
    Stream.runForEach((event) =>
      event._tag === "TextDelta"
        ? Effect.sync(() => process.stdout.write(event.text))
        : event._tag === "Done"
        ? Console.log(`\n[${event.result.meta.servedModel} via ${event.result.meta.provider}, cost $${event.result.usage?.cost ?? "?"}]`)
        : Effect.void
    )
  )
})

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(program.pipe(Effect.provide(OpenRouter.OpenRouterLive))).catch((e) => {
    console.error(String(e))
    process.exit(1)
  })
}
