/**
 * Tool calling: typed tools, a bounded tool loop, and tool-call events over a stream.
 *
 *   npx tsx examples/tools.ts
 */
import { Console, Effect, Schema, Stream } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import { isMain, openRouter, run } from "./_run.js"
import * as Tools from "../src/Tools.js"

/** A tool with a handler: the loop runs it. Its arguments are decoded with the Schema. */
export const getWeather = Tools.make("get_weather", {
  description: "Current temperature of a city, in degrees Celsius",
  parameters: Schema.Struct({
    city: Schema.String.annotations({ description: "City name, e.g. Paris" })
  }),
  handler: ({ city }) => Effect.succeed({ city, celsius: city.toLowerCase() === "paris" ? 21 : 14 })
})

export const toFahrenheit = Tools.make("to_fahrenheit", {
  description: "Convert degrees Celsius to Fahrenheit",
  parameters: Schema.Struct({ celsius: Schema.Number }),
  handler: ({ celsius }) => Effect.succeed(Math.round((celsius * 9 / 5 + 32) * 10) / 10)
})

const model = "openai/gpt-4o-mini"

export const program = Effect.gen(function*() {
  const loop = yield* Tools.runLoop(
    {
      model,
      messages: [{ role: "user", content: "What is the temperature in Paris and in Oslo, in Fahrenheit?" }],
      max_tokens: 400
    },
    [getWeather, toFahrenheit],
    { maxSteps: 5, concurrency: 4, parallelToolCalls: true }
  )
  for (const [i, step] of loop.steps.entries()) {
    for (const { call, output } of step.calls) {
      yield* Console.log(`step ${i + 1}: ${call.name}(${JSON.stringify(call.args)}) = ${JSON.stringify(output)}`)
    }
  }
  yield* Console.log(`answer: ${loop.result.text}`)

  // Streaming: watch the arguments arrive, get them decoded when the reply finishes.
  const client = yield* OpenRouter.OpenRouter
  const ends = yield* client.chatStream({
    model,
    messages: [{ role: "user", content: "Weather in Lisbon?" }],
    tools: Tools.toWire([getWeather]),
    tool_choice: "required",
    max_tokens: 200
  }).pipe(
    Tools.streamToolEvents([getWeather]),
    Stream.tap((event) =>
      event._tag === "ToolCallStart"
        ? Console.log(`calling ${event.name}…`)
        : event._tag === "ToolCallEnd"
        ? Console.log(`${event.call.name}: ${JSON.stringify(event.call.args)}`)
        : Effect.void
    ),
    Stream.filter((event) => event._tag === "ToolCallEnd"),
    Stream.runCollect
  )
  return { loop, streamedCalls: ends.length }
})

/** Without OPENROUTER_API_KEY this runs against the local Simulator (see `_run.ts`). */
if (isMain(import.meta.url)) run(program, openRouter())
