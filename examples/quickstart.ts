/**
 * Quick start: one streamed answer printed as it arrives, then one plain call.
 *
 *   npx tsx examples/quickstart.ts          # Simulator, or the real API with OPENROUTER_API_KEY
 */
import { Console, Effect, Stream } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import { isMain, openRouter, run } from "./_run.js"

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
  const reply = yield* openrouter.chat({
    model: "openai/gpt-4o-mini",
    messages: [{ role: "user", content: "Name one moon of Jupiter." }],
    max_tokens: 30
  })
  yield* Console.log(reply.text)
  return reply
})

if (isMain(import.meta.url)) run(program, openRouter())
