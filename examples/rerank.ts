/**
 * Rerank: order documents by relevance to a query (e.g. the retrieval step of a RAG pipeline),
 * with the exact cost, which the meter and a budget see like every other call.
 *
 *   npx tsx examples/rerank.ts          # Simulator, or the real API with OPENROUTER_API_KEY
 */
import { Console, Effect } from "effect"
import * as CostMeter from "../src/CostMeter.js"
import { formatUsd } from "../src/Money.js"
import * as OpenRouter from "../src/OpenRouter.js"
import { isMain, live, openRouter, run } from "./_run.js"

const documents = [
  "The Eiffel Tower was finished in 1889 for the World's Fair.",
  "Berlin is the capital and largest city of Germany.",
  "Paris is the capital of France and its largest city.",
  "Mount Everest is the highest mountain above sea level."
]

export const program = Effect.gen(function*() {
  const openrouter = yield* OpenRouter.OpenRouter
  const ranked = yield* openrouter.rerank({
    model: live ? "cohere/rerank-v3.5" : "sim/rerank",
    query: "What is the capital of France?",
    documents,
    top_n: 3
  })
  for (const r of ranked.results) {
    yield* Console.log(`${r.score.toFixed(3)}  [${r.index}] ${r.text ?? documents[r.index] ?? ""}`)
  }
  yield* Console.log(`cost ${ranked.cost === undefined ? "not reported" : formatUsd(ranked.cost.picos)}`)
  const meter = yield* CostMeter.snapshot
  yield* Console.log(CostMeter.format(meter))
  return { ranked, meter }
})

export const layer = openRouter(CostMeter.layer)

if (isMain(import.meta.url)) run(program, layer)
