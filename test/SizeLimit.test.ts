/**
 * Issue 10, item 9: a response that breaks a size limit is not retried (it would break it again,
 * and each try may cost the whole oversized response). Wire-level: a `node:http` server on
 * 127.0.0.1 counts the requests it receives.
 */
import { assert, describe, it } from "@effect/vitest"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Effect, Either, Layer, Schedule } from "effect"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { MalformedResponseError } from "../src/OpenRouterError.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { userMessage } from "./helpers.js"

type Handler = (res: http.ServerResponse) => void

const server = (handler: Handler) =>
  Effect.acquireRelease(
    Effect.async<{ readonly url: string; readonly received: () => number; readonly srv: http.Server }>((resume) => {
      let received = 0
      const srv = http.createServer((req, res) => {
        received++
        req.resume()
        req.on("end", () => handler(res))
      })
      srv.listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as AddressInfo
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}/api/v1`, received: () => received, srv }))
      })
    }),
    ({ srv }) =>
      Effect.async<void>((resume) => {
        srv.closeAllConnections()
        srv.close(() => resume(Effect.void))
      })
  )

const LIMIT = 4096

const client = (url: string) =>
  OpenRouter.layer.pipe(
    // retryAmbiguous: a JSON-wire 200 that failed may have been billed and is not retried by
    // default; with this on, only the error's own `isRetryable` decides.
    Layer.provide(RetryPolicy.layer({ maxRetries: 3, schedule: Schedule.spaced("10 millis"), retryAmbiguous: true })),
    Layer.provide(Layer.orDie(OpenRouterConfig.layer({
      apiKey: "sk-or-v1-sizelimit-000000",
      baseUrl: url,
      limits: { maxEventBytes: LIMIT, maxBodyBytes: LIMIT }
    }))),
    Layer.provide(NodeHttpClient.layerUndici)
  )

const req = { model: "a/model", messages: userMessage(), max_tokens: 20 }

const completion = (content: string) =>
  JSON.stringify({
    id: "gen-big",
    object: "chat.completion",
    created: 1,
    model: "a/model",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }
  })

const expectSizeLimit = (result: Either.Either<unknown, unknown>) => {
  if (Either.isRight(result)) return assert.fail("expected a failure")
  const error = result.left
  assert.instanceOf(error, MalformedResponseError)
  if (error instanceof MalformedResponseError) {
    assert.strictEqual(error.kind, "size_limit")
    assert.isFalse(error.isRetryable)
  }
}

describe("a response over a size limit is not retried (one request reaches the server)", () => {
  it.scopedLive("stream wire: an SSE line over maxEventBytes (no line end yet) → one request", () =>
    Effect.gen(function*() {
      const s = yield* server((res) => {
        res.writeHead(200, { "content-type": "text/event-stream" })
        res.end(`data: ${"x".repeat(LIMIT * 2)}\n\n`)
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
        Effect.provide(client(s.url))
      )
      assert.strictEqual(s.received(), 1, "requests received")
      expectSizeLimit(result)
    }))

  it.scopedLive("stream wire: one event whose data lines add up to more than maxEventBytes → one request", () =>
    Effect.gen(function*() {
      const line = `data: ${"y".repeat(LIMIT / 4)}\n`
      const s = yield* server((res) => {
        res.writeHead(200, { "content-type": "text/event-stream" })
        res.end(`${line.repeat(8)}\n`)
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
        Effect.provide(client(s.url))
      )
      assert.strictEqual(s.received(), 1, "requests received")
      expectSizeLimit(result)
    }))

  it.scopedLive("JSON wire: a chunked body over maxBodyBytes → one request", () =>
    Effect.gen(function*() {
      const s = yield* server((res) => {
        res.writeHead(200, { "content-type": "application/json" })
        res.end(completion("z".repeat(LIMIT * 2)))
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire: "json" })))
        .pipe(Effect.provide(client(s.url)))
      assert.strictEqual(s.received(), 1, "requests received")
      expectSizeLimit(result)
    }))

  it.scopedLive("JSON wire: a body whose Content-Length is over maxBodyBytes → one request", () =>
    Effect.gen(function*() {
      const s = yield* server((res) => {
        const body = completion("z".repeat(LIMIT * 2))
        res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) })
        res.end(body)
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire: "json" })))
        .pipe(Effect.provide(client(s.url)))
      assert.strictEqual(s.received(), 1, "requests received")
      expectSizeLimit(result)
    }))

  it.scopedLive("a malformed (not oversized) 200 body is still retried (control)", () =>
    Effect.gen(function*() {
      const s = yield* server((res) => {
        res.writeHead(200, { "content-type": "application/json" })
        res.end("{ not json")
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire: "json" })))
        .pipe(Effect.provide(client(s.url)))
      assert.isTrue(Either.isLeft(result) && result.left._tag === "MalformedResponseError" &&
        result.left.kind === "malformed_response")
      assert.strictEqual(s.received(), 4)
    }))
})
