/**
 * Account and catalogue: what is left on the key and in the balance, the cheapest models with
 * tool calling priced per million tokens, and the billed stats of one call — all exact amounts.
 *
 *   npx tsx examples/account.ts          # Simulator, or the real API with OPENROUTER_API_KEY
 */
import { Console, Effect, Schedule } from "effect"
import * as Account from "../src/Account.js"
import * as Model from "../src/Model.js"
import { formatUsd } from "../src/Money.js"
import * as OpenRouter from "../src/OpenRouter.js"
import { isMain, openRouter, run } from "./_run.js"

export const program = Effect.gen(function*() {
  const openrouter = yield* OpenRouter.OpenRouter

  const key = yield* openrouter.key()
  const left = key.limitRemaining
  yield* Console.log(
    `key ${key.label ?? "?"}: ${
      left === undefined ? "limit unknown" : Account.isUnlimited(left) ? "no limit" : `${formatUsd(left.picos, 2)} left`
    }, spent ${key.usage.total === undefined ? "?" : formatUsd(key.usage.total.picos)}`
  )

  // `GET /credits` needs a management key on the real API: report instead of failing.
  const credits = yield* Effect.either(openrouter.credits())
  yield* Console.log(
    credits._tag === "Right"
      ? `balance ${formatUsd(credits.right.remaining.picos, 2)} (= credits − usage)`
      : `credits: ${credits.left._tag}`
  )

  const { models } = yield* openrouter.models({ supported_parameters: "tools" })
  const priced = models
    .filter((m) => Model.supports(m, "tools") && m.pricing !== undefined)
    .sort((a, b) => Number((a.pricing?.promptPicosPerToken ?? 0n) - (b.pricing?.promptPicosPerToken ?? 0n)))
    .slice(0, 3)
  for (const m of priced) {
    const prompt = Model.pricePerMillion(m, "prompt")
    const completion = Model.pricePerMillion(m, "completion")
    yield* Console.log(
      `${m.id}: ${m.contextLength ?? "?"} tokens, ${prompt === undefined ? "?" : formatUsd(prompt.picos, 2)} / M in, ${
        completion === undefined ? "?" : formatUsd(completion.picos, 2)
      } / M out`
    )
  }

  const reply = yield* openrouter.chat({
    model: priced[0]?.id ?? "openai/gpt-4o-mini",
    messages: [{ role: "user", content: "One word for blue." }],
    max_tokens: 10
  })
  // The generation record may lag a little behind the call on the real API (404 at first).
  const stats = yield* openrouter.generation(reply.meta.generationId ?? "").pipe(
    Effect.retry({ times: 5, schedule: Schedule.spaced("1 second"), while: (e) => e._tag === "NotFoundError" }),
    Effect.option
  )
  if (stats._tag === "Some") {
    yield* Console.log(
      `generation ${stats.value.id}: ${stats.value.totalCost === undefined ? "?" : formatUsd(stats.value.totalCost.picos)}`
    )
  }
  return { key, models: priced, stats }
})

if (isMain(import.meta.url)) run(program, openRouter())
