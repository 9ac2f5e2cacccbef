/**
 * Streaming: typed events as they arrive, time to first token, and what a failure after the
 * first token keeps (`StreamInterrupted` carries the partial answer). The events as an Effect
 * `Stream` (`chatStream`), or handed to a callback by `chat` (`onEvent`: no Stream per call).
 *
 *   npx tsx examples/streaming.ts
 */
import { Console, Effect, Stream } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import { isMain, live, openRouter, run } from "./_run.js"

export const program = Effect.gen(function*() {
  const openrouter = yield* OpenRouter.OpenRouter
  const counts: Record<string, number> = {}
  const done = yield* openrouter.chatStream({
    model: live ? "openai/gpt-4o-mini" : "sim/thinking-mini",
    messages: [{ role: "user", content: "Count from one to five in words." }],
    max_tokens: 200
  }).pipe(
    Stream.tap((event) => Effect.sync(() => { counts[event._tag] = (counts[event._tag] ?? 0) + 1 })),
    Stream.tap((event) => event._tag === "TextDelta" ? Effect.sync(() => process.stdout.write(event.text)) : Effect.void),
    Stream.runLast
  )
  yield* Console.log(`\nevents: ${JSON.stringify(counts)}`)
  if (done._tag === "Some" && done.value._tag === "Done") {
    const { meta, usage, finishReason } = done.value.result
    yield* Console.log(`finish: ${finishReason}, first token after ${meta.timeToFirstTokenMs} ms, total ${meta.latencyMs} ms, tokens ${usage?.total_tokens}`)
  }

  if (!live) {
    // The Simulator's `sim/mid-stream-error` sends two tokens and then an error chunk.
    // `onEvent` sees the tokens as they arrive; what it saw is what `partial` keeps.
    let delivered = ""
    const failed = yield* Effect.either(openrouter.chat({
      model: "sim/mid-stream-error",
      messages: [{ role: "user", content: "Tell me a story." }],
      max_tokens: 100
    }, { onEvent: (event) => { if (event._tag === "TextDelta") delivered += event.text } }))
    if (failed._tag === "Left" && failed.left._tag === "StreamInterrupted") {
      const { partial, reason } = failed.left
      yield* Console.log(`interrupted after: "${partial.text}" (${reason._tag}: ${reason.message}); delivered: "${delivered}"`)
    }
  }
  return counts
})

if (isMain(import.meta.url)) run(program, openRouter())
