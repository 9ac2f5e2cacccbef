/**
 * Structured output: ask for a typed value, then stream one.
 *
 *   npx tsx examples/structured-output.ts
 */
import { Console, Effect, Schema, Stream } from "effect"
import { isMain, openRouter, run } from "./_run.js"
import * as Structured from "../src/Structured.js"

/** What we want back. Descriptions end up in the JSON Schema the model sees. */
export const Recipe = Schema.Struct({
  title: Schema.String,
  servings: Schema.Number.annotations({ description: "How many people it feeds" }),
  ingredients: Schema.Array(Schema.Struct({ name: Schema.String, quantity: Schema.String })),
  vegetarian: Schema.Boolean,
  notes: Schema.optional(Schema.String)
}).annotations({ identifier: "Recipe", description: "A cooking recipe" })

const model = "openai/gpt-4o-mini"

export const program = Effect.gen(function*() {
  // One call (plus at most one repair call if the reply does not decode).
  const { attempts, result, value } = yield* Structured.generateObject(
    Recipe,
    {
      model,
      messages: [{ role: "user", content: "A simple pancake recipe for two." }],
      max_tokens: 600
    },
    { repair: 1 }
  )
  yield* Console.log(`${value.title} (serves ${value.servings}), ${value.ingredients.length} ingredients`)
  yield* Console.log(`calls: ${attempts}, served by ${result.meta.servedModel ?? "?"}, cost: ${result.usage?.cost ?? "n/a"}`)

  // The same, streamed: partial values while the JSON arrives, then the decoded object.
  const streamed = yield* Structured.streamObject(Recipe, {
    model,
    messages: [{ role: "user", content: "A vegetarian chili for four." }],
    max_tokens: 800
  }).pipe(
    Stream.tap((event) =>
      event._tag === "Partial"
        ? Console.log(`… ${JSON.stringify(event.value).slice(0, 80)}`)
        : Console.log(`done: ${event.value.title}`)
    ),
    Stream.runLast
  )
  return { recipe: value, streamed }
})

/** Without OPENROUTER_API_KEY this runs against the local Simulator (see `_run.ts`). */
if (isMain(import.meta.url)) run(program, openRouter())
