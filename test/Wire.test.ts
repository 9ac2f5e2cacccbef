/**
 * Wire-level fault tests: a real `node:http` server on 127.0.0.1 started by each test, the real
 * Node (undici) client, real time with small limits.
 */
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Either, Fiber, Layer, Schedule, Stream } from "effect"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { completion } from "../src/ChatResult.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { userMessage } from "./helpers.js"

interface Server {
  readonly url: string
  readonly requests: Array<{ body: string; closedAt?: number; finishedAt?: number }>
  readonly closed: Promise<void>
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, index: number) => void

const chunk = (content: string, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: "gen-w", model: "a/model", object: "chat.completion.chunk", created: 1, choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`

const server = (handler: Handler) =>
  Effect.acquireRelease(
    Effect.async<Server & { readonly srv: http.Server }>((resume) => {
      const requests: Server["requests"] = []
      let resolveClosed: () => void = () => {}
      const closed = new Promise<void>((r) => {
        resolveClosed = r
      })
      const srv = http.createServer((req, res) => {
        const entry: Server["requests"][number] = { body: "" }
        const index = requests.length
        requests.push(entry)
        req.on("data", (d: Buffer) => {
          entry.body += d.toString()
        })
        res.on("close", () => {
          entry.closedAt = Date.now()
          if (!res.writableFinished) resolveClosed()
        })
        res.on("finish", () => {
          entry.finishedAt = Date.now()
        })
        req.on("end", () => handler(req, res, index))
      })
      srv.listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as AddressInfo
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}/api/v1`, requests, closed, srv }))
      })
    }),
    ({ srv }) =>
      Effect.async<void>((resume) => {
        srv.closeAllConnections()
        srv.close(() => resume(Effect.void))
      })
  )

const fastRetry = RetryPolicy.layer({ maxRetries: 2, schedule: Schedule.spaced("20 millis") })

const client = (url: string, timeouts: OpenRouterConfig.Options["timeouts"] = {}, retry = fastRetry) =>
  OpenRouter.layer.pipe(
    Layer.provide(retry),
    Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: "sk-or-v1-wiretest-000000", baseUrl: url, timeouts }))),
    Layer.provide(NodeHttpClient.layerUndici)
  )

const req = { model: "a/model", messages: userMessage(), max_tokens: 20 }

const sseHead = (res: http.ServerResponse) =>
  res.writeHead(200, { "content-type": "text/event-stream", "x-generation-id": "gen-w" })

describe("wire faults (127.0.0.1)", () => {
  it.scopedLive("connection refused → TransportError { sent: false }, retried", () =>
    Effect.gen(function*() {
      const s = yield* Effect.scoped(server(() => {}))
      // the server is closed now: the port refuses connections
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(Effect.provide(client(s.url)))
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result)) {
        assert.strictEqual(result.left._tag, "TransportError")
        if (result.left._tag === "TransportError") assert.isFalse(result.left.sent)
      }
    }))

  for (const wire of ["stream", "json"] as const) {
    it.scopedLive(`headers never sent (${wire} wire) → TimeoutError headers; the server sees the connection close`, () =>
      Effect.gen(function*() {
        const s = yield* server(() => {})
        const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire }))).pipe(
          Effect.provide(client(s.url, { headers: "150 millis" }, RetryPolicy.none))
        )
        assert.isTrue(Either.isLeft(result) && result.left._tag === "TimeoutError" && result.left.kind === "headers")
        yield* Effect.promise(() => s.closed)
        assert.isDefined(s.requests[0]?.closedAt)
      }))
  }

  it.scopedLive("drop after 2 chunks → StreamInterrupted with the partial text", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        sseHead(res)
        res.write(chunk("one "))
        res.write(chunk("two"), () => setTimeout(() => res.socket?.destroy(), 20))
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(Effect.provide(client(s.url)))
      assert.strictEqual(s.requests.length, 1)
      if (Either.isLeft(result) && result.left._tag === "StreamInterrupted") {
        assert.strictEqual(result.left.partial.text, "one two")
      } else assert.fail(`expected StreamInterrupted, got ${Either.isLeft(result) ? result.left._tag : "success"}`)
    }))

  it.scopedLive("drop before any content is retried", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res, i) => {
        sseHead(res)
        if (i === 0) res.write(": OPENROUTER PROCESSING\n\n", () => setTimeout(() => res.socket?.destroy(), 20))
        else res.end(chunk("ok", "stop") + "data: [DONE]\n\n")
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(Effect.provide(client(s.url)))
      assert.strictEqual(result.text, "ok")
      assert.strictEqual(s.requests.length, 2)
    }))

  it.scopedLive("stall after a chunk → idle timer fires, StreamInterrupted, server sees the close", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        sseHead(res)
        res.write(chunk("half"))
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
        Effect.provide(client(s.url, { idle: "200 millis" }))
      )
      if (Either.isLeft(result) && result.left._tag === "StreamInterrupted") {
        assert.strictEqual(result.left.partial.text, "half")
        const reason = result.left.reason
        assert.isTrue(reason._tag === "TimeoutError" && reason.kind === "idle")
      } else assert.fail("expected StreamInterrupted")
      yield* Effect.promise(() => s.closed)
      assert.strictEqual(s.requests.length, 1)
    }))

  it.scopedLive("keepalives for longer than the idle timeout before the first token do not time out", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        sseHead(res)
        let n = 0
        const timer = setInterval(() => {
          if (n++ < 14) res.write(": OPENROUTER PROCESSING\n\n")
          else {
            clearInterval(timer)
            res.end(chunk("finally", "stop") + "data: [DONE]\n\n")
          }
        }, 50)
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(
        Effect.provide(client(s.url, { idle: "500 millis" }))
      )
      assert.strictEqual(result.text, "finally")
      assert.strictEqual(s.requests.length, 1)
      assert.isAtLeast(result.meta.timeToFirstTokenMs ?? 0, 600)
    }))

  it.scopedLive("keepalive-only streams are ended by the first-content limit", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        sseHead(res)
        const timer = setInterval(() => res.write(": OPENROUTER PROCESSING\n\n"), 30)
        res.on("close", () => clearInterval(timer))
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req))).pipe(
        Effect.provide(client(s.url, { idle: "2 seconds", firstContent: "300 millis" }, RetryPolicy.none))
      )
      assert.isTrue(Either.isLeft(result) && result.left._tag === "TimeoutError" && result.left.kind === "firstContent")
      yield* Effect.promise(() => s.closed)
    }))

  it.scopedLive("429 with Retry-After then 200 → waits the hint", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res, i) => {
        if (i === 0) {
          res.writeHead(429, { "content-type": "application/json", "retry-after-ms": "300" })
          res.end(JSON.stringify({ error: { code: 429, message: "Rate limit exceeded" } }))
        } else {
          sseHead(res)
          res.end(chunk("ok", "stop") + "data: [DONE]\n\n")
        }
      })
      const start = Date.now()
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(Effect.provide(client(s.url)))
      assert.strictEqual(result.text, "ok")
      assert.strictEqual(s.requests.length, 2)
      assert.isAtLeast(Date.now() - start, 300)
      assert.strictEqual(result.meta.attempts[0]?.outcome, "RateLimitError")
    }))

  it.scopedLive("503 then 200 (json wire)", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res, i) => {
        res.writeHead(i === 0 ? 503 : 200, { "content-type": "application/json" })
        res.end(JSON.stringify(i === 0
          ? { error: { code: 503, message: "No instances available" } }
          : { id: "gen-j", model: "a/model", object: "chat.completion", created: 1, choices: [{ index: 0, message: { role: "assistant", content: "json ok" }, finish_reason: "stop" }] }))
      })
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json" })).pipe(Effect.provide(client(s.url)))
      assert.strictEqual(result.text, "json ok")
      assert.strictEqual(s.requests.length, 2)
      assert.strictEqual(JSON.parse(s.requests[0]?.body ?? "{}").stream, false)
    }))
})

describe("connection reuse", () => {
  it.scopedLive("a body that ends a little after [DONE] is read to its end, so the connection is reused", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        sseHead(res)
        res.write(chunk("x", "stop") + "data: [DONE]\n\n")
        setTimeout(() => res.end(), Number(process.env["END_DELAY"] ?? 20))
      })
      let connections = 0
      s.srv.on("connection", () => {
        connections++
      })
      yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
        Effect.forEach([1, 2, 3], () => Effect.zipRight(c.chat(req), Effect.sleep("30 millis")), { discard: true })).pipe(
          Effect.provide(client(s.url))
        )
      assert.strictEqual(s.requests.length, 3)
      assert.strictEqual(connections, 1)
    }))
})

describe("cancellation aborts the HTTP request", () => {
  const endless: Handler = (_req, res) => {
    sseHead(res)
    let i = 0
    const timer = setInterval(() => res.write(chunk(`t${i++} `)), 10)
    res.on("close", () => clearInterval(timer))
  }

  it.scopedLive("a consumer that stops reading closes the connection", () =>
    Effect.gen(function*() {
      const s = yield* server(endless)
      const events = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
        c.chatStream(req).pipe(Stream.filter((e) => e._tag === "TextDelta"), Stream.take(3), Stream.runCollect)).pipe(
          Effect.provide(client(s.url))
        )
      assert.strictEqual(events.length, 3)
      yield* Effect.promise(() => s.closed)
      assert.isDefined(s.requests[0]?.closedAt)
      assert.isUndefined(s.requests[0]?.finishedAt)
    }))

  it.scopedLive("interrupting the fiber running chat closes the connection", () =>
    Effect.gen(function*() {
      const s = yield* server(endless)
      const fiber = yield* Effect.fork(Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(Effect.provide(client(s.url))))
      yield* Effect.sleep("100 millis")
      yield* Fiber.interrupt(fiber)
      yield* Effect.promise(() => s.closed)
      assert.isDefined(s.requests[0]?.closedAt)
    }))

  it.scopedLive("the key never reaches the server except in the Authorization header", () =>
    Effect.gen(function*() {
      let auth = ""
      const s = yield* server((req, res) => {
        auth = String(req.headers["authorization"])
        sseHead(res)
        res.end(chunk("x", "stop") + "data: [DONE]\n\n")
      })
      yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(Effect.provide(client(s.url)))
      assert.strictEqual(auth, "Bearer sk-or-v1-wiretest-000000")
      assert.notInclude(s.requests[0]?.body ?? "", "wiretest")
    }))
})

describe("a JSON reply to a streaming request (issue 10.3)", () => {
  const completionBody = {
    id: "gen-j",
    model: "a/model",
    object: "chat.completion",
    created: 1,
    system_fingerprint: "fp_j",
    x_unknown: { kept: true },
    choices: [{ index: 0, message: { role: "assistant", content: "json to a stream" }, finish_reason: "stop" }],
    usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7, cost: 0.0002 }
  }
  const jsonReply = (status: number, body: unknown): Handler => (_req, res) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" })
    res.end(JSON.stringify(body))
  }

  it.scopedLive("chat() on the stream wire decodes an application/json completion (not 'the stream ended without [DONE]')", () =>
    Effect.gen(function*() {
      const s = yield* server(jsonReply(200, completionBody))
      const layer = client(s.url, {}, RetryPolicy.none)
      const fromStream = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req)).pipe(Effect.provide(layer))
      const fromJson = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json" })).pipe(Effect.provide(layer))
      assert.strictEqual(JSON.parse(s.requests[0]?.body ?? "{}").stream, true)
      assert.strictEqual(fromStream.text, "json to a stream")
      assert.deepStrictEqual(completion(fromStream), completion(fromJson))
      assert.deepStrictEqual(fromStream.raw as unknown, fromJson.raw as unknown)
      assert.strictEqual(fromStream.usage?.cost, 0.0002)
      assert.strictEqual(s.requests.length, 2)
    }))

  it.scopedLive("chatStream gets the events of a JSON completion, then Done", () =>
    Effect.gen(function*() {
      const s = yield* server(jsonReply(200, completionBody))
      const events = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Stream.runCollect(c.chatStream(req))).pipe(
        Effect.provide(client(s.url, {}, RetryPolicy.none))
      )
      const tags = Chunk.toReadonlyArray(events).map((e) => e._tag)
      assert.deepStrictEqual(tags, ["TextDelta", "Finish", "Usage", "Done"])
    }))

  it.scopedLive("a 200 JSON error body gives the same typed error as on the JSON wire", () =>
    Effect.gen(function*() {
      const s = yield* server(jsonReply(200, { error: { code: 429, message: "Rate limit exceeded upstream", metadata: { provider_name: "X" } } }))
      const layer = client(s.url, {}, RetryPolicy.none)
      const onStream = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.flip(c.chat(req))).pipe(Effect.provide(layer))
      const onJson = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.flip(c.chat(req, { wire: "json" }))).pipe(Effect.provide(layer))
      assert.strictEqual(onStream._tag, "RateLimitError")
      assert.strictEqual(onStream._tag, onJson._tag)
      assert.strictEqual(onStream.message, onJson.message)
      if (onStream._tag === "RateLimitError" && onJson._tag === "RateLimitError") {
        assert.strictEqual(onStream.status, onJson.status)
        assert.strictEqual(onStream.providerName, "X")
      }
    }))

  it.scopedLive("a JSON completion whose choice failed after output is StreamInterrupted with that output, not retried", () =>
    Effect.gen(function*() {
      const s = yield* server(jsonReply(200, {
        ...completionBody,
        choices: [{ index: 0, message: { role: "assistant", content: "half an answer" }, finish_reason: "error", error: { code: 502, message: "Upstream died" } }]
      }))
      const failed = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.flip(c.chat(req))).pipe(Effect.provide(client(s.url)))
      assert.strictEqual(s.requests.length, 1)
      if (failed._tag !== "StreamInterrupted") return assert.fail(`expected StreamInterrupted, got ${failed._tag}`)
      assert.strictEqual(failed.partial.text, "half an answer")
      assert.strictEqual(failed.reason._tag, "ProviderError")
      assert.strictEqual(failed.message, "Upstream died")
    }))
})
