/**
 * Issue 10 item 6: the attempts log gives an attempt's HTTP status only when a response arrived.
 * A refused connection or a headers timeout has no status (`undefined`), never a made-up 200.
 * Real `node:http` servers on 127.0.0.1, the real Node client, real time with small limits.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Layer, Schedule } from "effect"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import type { AttemptRecord } from "../src/ChatResult.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import type { OpenRouterError } from "../src/OpenRouterError.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { userMessage } from "./helpers.js"

type Handler = (res: http.ServerResponse, index: number) => void

/** A server on 127.0.0.1 for the scope; `url` keeps pointing at its port after it closes. */
const server = (handler: Handler) =>
  Effect.acquireRelease(
    Effect.async<{ readonly url: string; readonly srv: http.Server }>((resume) => {
      let index = 0
      const srv = http.createServer((req, res) => {
        const i = index++
        req.resume()
        req.on("end", () => handler(res, i))
      })
      srv.listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as AddressInfo
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}/api/v1`, srv }))
      })
    }),
    ({ srv }) =>
      Effect.async<void>((resume) => {
        srv.closeAllConnections()
        srv.close(() => resume(Effect.void))
      })
  )

const client = (
  url: string,
  options: { readonly timeouts?: OpenRouterConfig.Options["timeouts"]; readonly retry?: Layer.Layer<RetryPolicy.RetryPolicy> } = {}
) =>
  OpenRouter.layer.pipe(
    Layer.provide(options.retry ?? RetryPolicy.layer({ maxRetries: 2, schedule: Schedule.spaced("20 millis") })),
    Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: "sk-or-v1-attempts-000000", baseUrl: url, timeouts: options.timeouts ?? {} }))),
    Layer.provide(NodeHttpClient.layerUndici)
  )

const req = { model: "a/model", messages: userMessage(), max_tokens: 20 }

const completion = JSON.stringify({
  id: "gen-a",
  model: "a/model",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4, cost: 0.00001 }
})

const attemptsOf = (result: Either.Either<unknown, OpenRouterError>): ReadonlyArray<AttemptRecord> => {
  if (Either.isRight(result)) return assert.fail("expected a failure")
  const error = result.left
  return "attempts" in error && error.attempts !== undefined ? error.attempts : assert.fail(`no attempts on ${error._tag}`)
}

describe("attempt records: status only when a response arrived", () => {
  for (const wire of ["stream", "json"] as const) {
    it.scopedLive(`connection refused (${wire} wire): every attempt has no status`, () =>
      Effect.gen(function*() {
        const { url } = yield* Effect.scoped(server(() => {}))
        // the server is closed now: its port refuses connections
        const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire }))).pipe(
          Effect.provide(client(url))
        )
        const attempts = attemptsOf(result)
        assert.strictEqual(attempts.length, 3)
        for (const a of attempts) {
          assert.strictEqual(a.outcome, "TransportError")
          assert.isUndefined(a.status)
          assert.isTrue("status" in a)
        }
      }))

    it.scopedLive(`headers timeout (${wire} wire): the attempt has no status`, () =>
      Effect.gen(function*() {
        const { url } = yield* server(() => {})
        const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire }))).pipe(
          Effect.provide(client(url, { timeouts: { headers: "150 millis" }, retry: RetryPolicy.none }))
        )
        const attempts = attemptsOf(result)
        assert.deepStrictEqual(attempts.map((a) => [a.outcome, a.status]), [["TimeoutError", undefined]])
      }))
  }

  it.scopedLive("a stream whose headers arrived and then stalled keeps its 200", () =>
    Effect.gen(function*() {
      const { url } = yield* server((res) => {
        res.writeHead(200, { "content-type": "text/event-stream" })
        res.write(": OPENROUTER PROCESSING\n\n")
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
        Effect.provide(client(url, { timeouts: { idle: "150 millis" }, retry: RetryPolicy.none }))
      )
      assert.deepStrictEqual(attemptsOf(result).map((a) => [a.outcome, a.status]), [["TimeoutError", 200]])
    }))

  it.scopedLive("503 then 200: each attempt keeps the status it got", () =>
    Effect.gen(function*() {
      const s = yield* server((res, i) => {
        if (i === 0) {
          res.writeHead(503, { "content-type": "application/json" })
          res.end(JSON.stringify({ error: { code: 503, message: "busy" } }))
        } else {
          res.writeHead(200, { "content-type": "application/json" })
          res.end(completion)
        }
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json" })).pipe(
        Effect.provide(client(s.url))
      )
      assert.deepStrictEqual(result.meta.attempts.map((a) => [a.outcome, a.status]), [
        ["NoProviderAvailableError", 503],
        ["Success", 200]
      ])
    }))

  it.effect("a local rejection (open circuit) has no status", () =>
    Effect.gen(function*() {
      const breaker = yield* CircuitBreaker.CircuitBreaker
      yield* breaker.isolate("a/model")
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire: "json" })))
      assert.deepStrictEqual(attemptsOf(result).map((a) => [a.outcome, a.status]), [["CircuitOpenError", undefined]])
    }).pipe(
      Effect.provide(
        OpenRouter.layer.pipe(
          Layer.provideMerge(CircuitBreaker.layer()),
          Layer.provide(RetryPolicy.none),
          Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: "sk-or-v1-attempts-000000", baseUrl: "http://127.0.0.1:9/api/v1" }))),
          Layer.provide(NodeHttpClient.layerUndici)
        )
      )
    ))
})
