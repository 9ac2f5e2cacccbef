/**
 * Billing on the JSON wire, against a real `node:http` server on 127.0.0.1 (issue 10, items 7
 * and 8): a 200 whose choice failed after output was generated is billed, so it is returned with
 * its partial output and not sent again; a body that stalls after the headers ends with the idle
 * timeout, not the call deadline.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Layer, Schedule, Schema } from "effect"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as Fallback from "../src/Fallback.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { mayHaveBeenBilled } from "../src/OpenRouterError.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Transport from "../src/Transport.js"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { userMessage } from "./helpers.js"

interface Server {
  readonly url: string
  readonly requests: Array<{ body: string; closedAt?: number }>
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, index: number) => void

const server = (handler: Handler) =>
  Effect.acquireRelease(
    Effect.async<Server & { readonly srv: http.Server }>((resume) => {
      const requests: Server["requests"] = []
      const srv = http.createServer((req, res) => {
        const entry: Server["requests"][number] = { body: "" }
        const index = requests.length
        requests.push(entry)
        req.on("data", (d: Buffer) => {
          entry.body += d.toString()
        })
        res.on("close", () => {
          entry.closedAt = Date.now()
        })
        req.on("end", () => handler(req, res, index))
      })
      srv.listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as AddressInfo
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}/api/v1`, requests, srv }))
      })
    }),
    ({ srv }) =>
      Effect.async<void>((resume) => {
        srv.closeAllConnections()
        srv.close(() => resume(Effect.void))
      })
  )

const client = <R = never>(
  url: string,
  timeouts: OpenRouterConfig.Options["timeouts"] = {},
  extra: Layer.Layer<R> = Layer.empty as Layer.Layer<never> as Layer.Layer<R>
) =>
  OpenRouter.layer.pipe(
    Layer.provide(RetryPolicy.layer({ maxRetries: 2, schedule: Schedule.spaced("20 millis") })),
    Layer.provideMerge(extra),
    Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: "sk-or-v1-wiretest-000000", baseUrl: url, timeouts }))),
    Layer.provide(NodeHttpClient.layerUndici)
  )

const req = { model: "a/model", messages: userMessage(), max_tokens: 20 }

const json = (res: http.ServerResponse, body: unknown) => {
  const text = JSON.stringify(body)
  res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) })
  res.end(text)
}

const completion = (content: string, choice: Record<string, unknown> = {}) => ({
  id: "gen-billed",
  model: "a/model",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", ...choice }],
  usage: { prompt_tokens: 5, completion_tokens: 4, total_tokens: 9, cost: 0.00002 }
})

const choiceError = { finish_reason: "error", error: { code: 502, message: "Upstream provider died mid-answer" } }

describe("JSON wire: a 200 whose choice failed (item 7)", () => {
  it.scopedLive("after output was generated it was billed: one request, the typed error keeps the partial text", () =>
    Effect.gen(function*() {
      const srv = yield* server((_req, res, i) =>
        i === 0 ? json(res, completion("Half an ans", choiceError)) : json(res, completion("A second, billed answer"))
      )
      const result = yield* Effect.either(
        Effect.flatMap(OpenRouter.OpenRouter, (or) => or.chat(req, { wire: "json" })).pipe(
          Effect.provide(client(srv.url))
        )
      )
      assert.strictEqual(srv.requests.length, 1)
      assert.isTrue(Either.isLeft(result))
      if (Either.isRight(result)) return
      const error = result.left
      assert.strictEqual(error._tag, "ProviderError")
      assert.isTrue(mayHaveBeenBilled(error))
      assert.isTrue("partial" in error && error.partial !== undefined)
      if (!("partial" in error) || error.partial === undefined || error._tag === "StreamInterrupted") return
      assert.strictEqual(error.partial.text, "Half an ans")
      assert.strictEqual(error.partial.finishReason, "error")
      assert.strictEqual(error.partial.usage?.cost, 0.00002)
      assert.strictEqual(error.partial.raw?.id, "gen-billed")
      assert.isTrue(error.message.includes("Upstream provider died"))
      assert.strictEqual(error.attempts?.[0]?.mayBeBilled, true)
    }))

  it.scopedLive("after output was generated it is not replaced by a fallback model either", () =>
    Effect.gen(function*() {
      const srv = yield* server((_req, res, i) =>
        i === 0 ? json(res, completion("Half an ans", choiceError)) : json(res, completion("From the fallback"))
      )
      const result = yield* Effect.either(
        Effect.flatMap(OpenRouter.OpenRouter, (or) => or.chat(req, { wire: "json" })).pipe(
          Effect.provide(client(srv.url, {}, Fallback.layer({ models: ["b/other"] })))
        )
      )
      assert.strictEqual(srv.requests.length, 1)
      assert.isTrue(Either.isLeft(result) && result.left._tag === "ProviderError")
    }))

  it.scopedLive("the billed output is settled in the budget and metered at its usage.cost", () =>
    Effect.gen(function*() {
      const srv = yield* server((_req, res) => json(res, completion("Half an ans", choiceError)))
      const { budget, meter } = yield* Effect.gen(function*() {
        const or = yield* OpenRouter.OpenRouter
        const result = yield* Effect.either(or.chat(req, { wire: "json" }))
        assert.isTrue(Either.isLeft(result))
        return { budget: yield* (yield* Budget.Budget).snapshot, meter: yield* CostMeter.snapshot }
      }).pipe(
        Effect.provide(client(srv.url, {}, Layer.merge(Budget.layer({ limitUsd: 1, allowUnpriced: true }), CostMeter.layer)))
      )
      assert.strictEqual(srv.requests.length, 1)
      assert.strictEqual(budget.spentMicros, 20)
      assert.strictEqual(budget.reservedMicros, 0)
      assert.strictEqual(meter.costMicros, 20)
      assert.strictEqual(meter.tokens.completion, 4)
    }))

  it.scopedLive("with retryAmbiguous the user opts into sending it again", () =>
    Effect.gen(function*() {
      const srv = yield* server((_req, res, i) =>
        i === 0 ? json(res, completion("Half an ans", choiceError)) : json(res, completion("Whole answer"))
      )
      const result = yield* Effect.flatMap(
        OpenRouter.OpenRouter,
        (or) => or.chat(req, { wire: "json", retry: { retryAmbiguous: true } })
      ).pipe(Effect.provide(client(srv.url)))
      assert.strictEqual(srv.requests.length, 2)
      assert.strictEqual(result.text, "Whole answer")
    }))

  it.scopedLive("a 200 whose body is only {error} (no completion) stays retryable", () =>
    Effect.gen(function*() {
      const srv = yield* server((_req, res, i) =>
        i < 2 ? json(res, { error: { code: 502, message: "Provider returned error" } }) : json(res, completion("Finally"))
      )
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (or) => or.chat(req, { wire: "json" })).pipe(
        Effect.provide(client(srv.url))
      )
      assert.isTrue(srv.requests.length > 1)
      assert.strictEqual(srv.requests.length, 3)
      assert.strictEqual(result.text, "Finally")
    }))

  it.scopedLive("a choice error with nothing generated stays retryable", () =>
    Effect.gen(function*() {
      const srv = yield* server((_req, res, i) =>
        i === 0 ? json(res, completion("", choiceError)) : json(res, completion("Second try"))
      )
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (or) => or.chat(req, { wire: "json" })).pipe(
        Effect.provide(client(srv.url))
      )
      assert.strictEqual(srv.requests.length, 2)
      assert.strictEqual(result.text, "Second try")
    }))
})

describe("JSON wire: a body that stalls after the headers (item 8)", () => {
  const partialBody = JSON.stringify(completion("This body never ends")).slice(0, 40)

  for (
    const [name, headers] of [
      ["declared length", { "content-type": "application/json", "content-length": "4000" }],
      ["chunked", { "content-type": "application/json" }]
    ] as const
  ) {
    it.scopedLive(`(${name}) fails with TimeoutError idle soon after the idle limit, and the request is aborted`, () =>
      Effect.gen(function*() {
        const srv = yield* server((_req, res) => {
          res.writeHead(200, headers)
          res.write(partialBody)
          // …and nothing more: the connection stays open until the client gives up.
        })
        const started = Date.now()
        const result = yield* Effect.either(
          Effect.flatMap(OpenRouter.OpenRouter, (or) => or.chat(req, { wire: "json" })).pipe(
            Effect.provide(client(srv.url, { idle: "200 millis", headers: "5 seconds", deadline: "30 seconds" }))
          )
        )
        const elapsed = Date.now() - started
        assert.isTrue(Either.isLeft(result))
        if (Either.isRight(result)) return
        assert.strictEqual(result.left._tag, "TimeoutError")
        assert.strictEqual(result.left._tag === "TimeoutError" ? result.left.kind : undefined, "idle")
        assert.isTrue(elapsed >= 150, `elapsed ${elapsed} ms`)
        assert.isTrue(elapsed < 2_000, `elapsed ${elapsed} ms`)
        // Bytes were sent: ambiguous on the JSON wire, so not sent again by default.
        assert.strictEqual(srv.requests.length, 1)
        // The server sees its connection closed.
        yield* Effect.promise(() =>
          new Promise<void>((resolve) => {
            const poll = () => (srv.requests[0]?.closedAt !== undefined ? resolve() : setTimeout(poll, 10))
            poll()
          })
        ).pipe(Effect.timeout("2 seconds"))
        assert.isDefined(srv.requests[0]?.closedAt)
      }))
  }

  for (const declared of [true, false]) {
    it.scopedLive(
      `(${declared ? "declared length" : "chunked"}) the idle limit holds even for a read that cannot be interrupted from outside (a finalizer)`,
      () =>
        Effect.gen(function*() {
          const srv = yield* server((_req, res) => {
            res.writeHead(200, declared ? { "content-type": "application/json", "content-length": "4000" } : {})
            res.write(partialBody)
          })
          const started = Date.now()
          const result = yield* Effect.flatMap(Transport.Transport, (t) =>
            Effect.either(t.json({ method: "GET", path: "/generation", query: { id: "gen-x" } }, Schema.Unknown))).pipe(
              Effect.uninterruptible,
              Effect.provide(Transport.layer.pipe(
                Layer.provide(Layer.orDie(OpenRouterConfig.layer({
                  apiKey: "sk-or-v1-wiretest-000000",
                  baseUrl: srv.url,
                  timeouts: { idle: "200 millis" }
                }))),
                Layer.provide(NodeHttpClient.layerUndici)
              ))
            )
          const elapsed = Date.now() - started
          assert.isTrue(Either.isLeft(result) && result.left._tag === "TimeoutError" && result.left.kind === "idle")
          assert.isTrue(elapsed < 2_000, `elapsed ${elapsed} ms`)
        })
    )
  }

  it.scopedLive("a chunked body whose gaps stay under the idle limit is read to its end", () =>
    Effect.gen(function*() {
      const text = JSON.stringify(completion("Slow but steady"))
      const srv = yield* server((_req, res) => {
        res.writeHead(200, { "content-type": "application/json" })
        const parts = [text.slice(0, 30), text.slice(30, 60), text.slice(60, 90), text.slice(90)]
        let i = 0
        const next = () => {
          const part = parts[i++]
          if (part === undefined) return res.end()
          res.write(part)
          setTimeout(next, 120)
        }
        next()
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (or) => or.chat(req, { wire: "json" })).pipe(
        Effect.provide(client(srv.url, { idle: "400 millis" }))
      )
      assert.strictEqual(result.text, "Slow but steady")
    }))
})
