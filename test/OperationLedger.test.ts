/**
 * Metered operations outside chat (rerank, images, …, sent with `OpenRouter.call` or their
 * first-class APIs) go through the usage ledger like chat: a pending row before the request, one
 * settlement with the reported cost; operations that cost nothing write no row.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as Api from "../src/api.js"
import * as Ledger from "../src/ledger.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import * as UsageLedger from "../src/UsageLedger.js"

const layer = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "op-ledger-"))
  return OpenRouter.layer.pipe(
    Layer.provideMerge(Layer.mergeAll(Ledger.layerSqlite({ filename: path.join(dir, "usage.db") }), RetryPolicy.none)),
    Layer.provideMerge(Simulator.layer()),
    Layer.provide(NodeHttpClient.layerUndici)
  )
}

const documents = ["Paris is the capital of France.", "Berlin is in Germany."]

describe("the usage ledger for metered operations", () => {
  it.effect("a rerank writes one settled row with its reported cost; listing providers writes none", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const ledger = yield* UsageLedger.UsageLedger
      const result = yield* client.call(Api.Rerank.createRerank, { body: { model: "sim/rerank", query: "capital of France", documents } })
      yield* client.providers()
      yield* ledger.flush
      const rows = yield* ledger.rows()
      assert.strictEqual(rows.length, 1)
      const row = rows[0]
      assert.strictEqual(row?.requestedModel, "sim/rerank")
      assert.strictEqual(row?.outcome, "success")
      assert.strictEqual(row?.costSource, "reported")
      const cost = result.usage?.cost
      assert.isNumber(cost)
      // the row's exact cost is the reported one (pico-USD)
      assert.strictEqual(row?.costPicos, BigInt(Math.round((cost ?? 0) * 1e12)))
    }).pipe(Effect.provide(layer())))

  it.effect("a failed metered operation is settled as an error, nothing billed", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const ledger = yield* UsageLedger.UsageLedger
      const error = yield* Effect.flip(
        client.call(Api.Rerank.createRerank, { body: { model: "sim/rerank", query: "q", documents, top_n: 9 } })
      )
      assert.strictEqual(error._tag, "InvalidRequestError")
      yield* ledger.flush
      const rows = yield* ledger.rows()
      assert.strictEqual(rows.length, 1)
      assert.strictEqual(rows[0]?.outcome, "error")
      assert.strictEqual(rows[0]?.errorTag, "InvalidRequestError")
      assert.strictEqual(rows[0]?.costPicos, 0n)
    }).pipe(Effect.provide(layer())))
})
