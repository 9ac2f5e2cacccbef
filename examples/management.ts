/**
 * The management API: a key provisioned for a customer (with a monthly limit), listed, its limit
 * raised, and revoked — with a management key, never the app's inference key.
 *
 *   npx tsx examples/management.ts   # the local Simulator; with OPENROUTER_MANAGEMENT_KEY set,
 *                                    # the real API (creates a key with a $1 limit, then deletes it)
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Console, Effect, Layer, Redacted } from "effect"
import { pathToFileURL } from "node:url"
import type { Limit } from "../src/Account.js"
import { formatUsd } from "../src/Money.js"
import * as OpenRouterManagement from "../src/OpenRouterManagement.js"
import * as Simulator from "../src/Simulator.js"

/** True when the example talks to the real management API. */
export const live = (process.env["OPENROUTER_MANAGEMENT_KEY"] ?? "") !== ""

/** The management client: the real API with OPENROUTER_MANAGEMENT_KEY, otherwise a local Simulator. */
export const layer: Layer.Layer<OpenRouterManagement.OpenRouterManagement, unknown> = OpenRouterManagement.layer.pipe(
  Layer.provide(live ? OpenRouterManagement.layerEnv : Simulator.layerManagement()),
  Layer.provide(NodeHttpClient.layerUndici)
)

const usd = (limit: Limit | undefined): string =>
  limit === undefined ? "?" : limit._tag === "Unlimited" ? "no limit" : formatUsd(limit.picos, 2)

export const program = Effect.gen(function*() {
  const management = yield* OpenRouterManagement.OpenRouterManagement

  const created = yield* management.keys.create({ name: "example-customer", limit: 1, limitReset: "monthly" })
  const hash = created.info.hash
  // The secret is Redacted: printing it shows <redacted>. Hand `Redacted.value(created.key)` to
  // the customer once; keep the hash to manage the key.
  yield* Console.log(`created ${created.info.name} (${created.info.label}): ${usd(created.info.limit)} a month`)
  yield* Console.log(`secret: ${created.key} (${Redacted.value(created.key).length} characters, shown once)`)

  const keys = yield* management.keys.list()
  yield* Console.log(`${keys.length} key(s) on the account; ours is listed: ${keys.some((k) => k.hash === hash)}`)

  const raised = yield* management.keys.update(hash, { limit: 2.5 })
  yield* Console.log(`limit raised to ${usd(raised.limit)}, ${usd(raised.limitRemaining)} left`)

  yield* management.keys.delete(hash)
  const after = yield* management.keys.list({ includeDisabled: true })
  const revoked = !after.some((k) => k.hash === hash)
  yield* Console.log(`revoked: ${revoked}`)
  return { created: created.info, raised, revoked, secretLength: Redacted.value(created.key).length }
})

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  NodeRuntime.runMain(
    Console.log(live ? "(real OpenRouter management API)" : "(no OPENROUTER_MANAGEMENT_KEY: the local Simulator)").pipe(
      Effect.zipRight(program),
      Effect.provide(layer)
    )
  )
}
