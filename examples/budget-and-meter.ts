/**
 * Spend control: a session budget that refuses before money is spent, the model registry that
 * prices each request, and the cost meter printed as a table at the end.
 *
 *   npx tsx examples/budget-and-meter.ts
 */
import { Console, Effect, Layer } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as OpenRouter from "../src/OpenRouter.js"
import { base, isMain, live, run } from "./_run.js"

const cheap = live ? "openai/gpt-4o-mini" : "sim/echo"
const pricey = live ? "anthropic/claude-sonnet-4.5" : "sim/echo-large"

export const layer = OpenRouter.layer.pipe(
  Layer.provideMerge(Layer.mergeAll(
    CostMeter.layer,
    Budget.layer({ limitUsd: live ? 0.05 : 0.002, softLimitUsd: live ? 0.04 : 0.001 }),
    OpenRouter.layerModelRegistry()
  )),
  Layer.provideMerge(base)
)

export const program = Effect.gen(function*() {
  const openrouter = yield* OpenRouter.OpenRouter
  const budget = yield* Budget.Budget
  for (const [i, model] of [cheap, cheap, pricey, pricey, pricey].entries()) {
    const result = yield* Effect.either(openrouter.chat({
      model,
      messages: [{ role: "user", content: `Question ${i + 1}: name a prime number.` }],
      max_tokens: 400
    }))
    if (result._tag === "Right") {
      yield* Console.log(`#${i + 1} ${model}: "${result.right.text.slice(0, 40)}" cost $${result.right.usage?.cost ?? "?"}`)
    } else if (result.left._tag === "BudgetExceededError") {
      const e = result.left
      yield* Console.log(
        `#${i + 1} ${model}: refused before sending — limit ${e.limitMicros} µ$, spent ${e.spentMicros}, reserved ${e.reservedMicros}, estimate ${e.estimateMicros}`
      )
    } else {
      yield* Console.log(`#${i + 1} ${model}: ${result.left._tag}`)
    }
  }
  const snap = yield* budget.snapshot
  yield* Console.log(`budget: spent ${snap.spentMicros} µ$ of ${snap.limitMicros} µ$`)
  const meter = yield* CostMeter.snapshot
  yield* Console.log(CostMeter.format(meter))
  return meter
})

if (isMain(import.meta.url)) run(program, layer)
