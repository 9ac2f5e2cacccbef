/**
 * The Responses API (`POST /responses`): one call folded into its result, then a streamed call
 * with a function tool — text and argument deltas as typed events, the folded function call and
 * the cost at the end. The Anthropic-compatible Messages API (`client.messages` /
 * `client.messagesStream`) works the same way.
 *
 *   npx tsx examples/responses.ts
 */
import { Console, Effect, Stream } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import { isMain, live, openRouter, run } from "./_run.js"

export const program = Effect.gen(function*() {
  const openrouter = yield* OpenRouter.OpenRouter
  const model = live ? "openai/gpt-4o-mini" : "sim/echo"

  // One call: streamed on the wire and folded (`{ wire: "json" }` sends a JSON request instead).
  const joke = yield* openrouter.responses({ model, input: "Tell me a joke", max_output_tokens: 200 })
  yield* Console.log(`${joke.raw?.status}: ${joke.text}`)
  yield* Console.log(`cost: $${joke.usage?.cost ?? "unknown"} (${joke.usage?.total_tokens} tokens)`)

  // A stream with a function tool: the events as they come, the folded result in `Done`.
  const counts: Record<string, number> = {}
  const last = yield* openrouter.responsesStream({
    model,
    input: [{ role: "user", content: [{ type: "input_text", text: "What is the weather in Paris?" }] }],
    tools: [{
      type: "function",
      name: "get_weather",
      description: "The current weather of a city",
      parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] }
    }]
  }).pipe(
    Stream.tap((event) => Effect.sync(() => {
      counts[event._tag] = (counts[event._tag] ?? 0) + 1
    })),
    Stream.runLast
  )
  yield* Console.log(`events: ${JSON.stringify(counts)}`)
  const result = last._tag === "Some" && last.value._tag === "Done" ? last.value.result : undefined
  for (const call of result?.toolCalls ?? []) yield* Console.log(`call ${call.function.name}(${call.function.arguments})`)
  return { text: joke.text, toolCalls: result?.toolCalls ?? [], counts }
})

if (isMain(import.meta.url)) run(program, openRouter())
