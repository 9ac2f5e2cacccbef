/**
 * The Node transport (`src/NodeTransport.ts`, undici called directly) against `node:http`
 * servers on 127.0.0.1 started by each test: headers and auth, classification of non-2xx and
 * 200-with-error bodies, size limits, the headers and idle timeouts (real time, small limits; and
 * the TestClock path), abort on interruption, `TransportError.sent`, key redaction, the
 * `transformClient` fallback, and whole calls through `layerNode`.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Chunk, Context, Duration, Effect, Either, Exit, Fiber, Layer, Option, Schedule, Schema, Scope, Stream, TestClock } from "effect"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import * as NodeEntry from "../src/node.js"
import * as NodeTransport from "../src/NodeTransport.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { drainedBodies } from "../src/pipeline/streamOpen.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Transport from "../src/Transport.js"
import { userMessage } from "./helpers.js"

const KEY = "sk-or-v1-nodetransport-0123456789"

interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
  body: string
  closedEarly: boolean
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, index: number) => void

const server = (handler: Handler) =>
  Effect.acquireRelease(
    Effect.async<{ readonly url: string; readonly seen: Array<Seen>; readonly srv: http.Server }>((resume) => {
      const seen: Array<Seen> = []
      const srv = http.createServer((req, res) => {
        const entry: Seen = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: "", closedEarly: false }
        const index = seen.length
        seen.push(entry)
        req.on("data", (d: Buffer) => {
          entry.body += d.toString()
        })
        res.on("close", () => {
          if (!res.writableFinished) entry.closedEarly = true
        })
        req.on("end", () => handler(req, res, index))
      })
      srv.listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as AddressInfo
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}/api/v1`, seen, srv }))
      })
    }),
    ({ srv }) =>
      Effect.async<void>((resume) => {
        srv.closeAllConnections()
        srv.close(() => resume(Effect.void))
      })
  )

const transportLayer = (url: string, options: Partial<OpenRouterConfig.Options> = {}) =>
  NodeTransport.layer.pipe(
    Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: url, title: "My App", ...options })))
  )

const withTransport = <A, E>(
  url: string,
  f: (t: Transport.Service) => Effect.Effect<A, E>,
  options: Partial<OpenRouterConfig.Options> = {}
) => Effect.flatMap(Transport.Transport, f).pipe(Effect.provide(transportLayer(url, options)))

const Answer = Schema.Struct({ ok: Schema.Boolean })

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers })
  res.end(JSON.stringify(body))
}

/** A JSON completion whose text is "Hi there". */
const hiThere = {
  id: "gen-j",
  model: "a/model",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content: "Hi there" }, finish_reason: "stop" }]
}

const waitUntil = (f: () => boolean) =>
  Effect.async<void>((resume) => {
    const tick = setInterval(() => {
      if (f()) {
        clearInterval(tick)
        resume(Effect.void)
      }
    }, 5)
    return Effect.sync(() => clearInterval(tick))
  })

const chunk = (content: string, finish: string | null = null) =>
  `data: ${
    JSON.stringify({
      id: "gen-n",
      model: "a/model",
      object: "chat.completion.chunk",
      created: 1,
      choices: [{ index: 0, delta: { content }, finish_reason: finish }]
    })
  }\n\n`

describe("NodeTransport (127.0.0.1)", () => {
  it.scopedLive("sends method, path, query, JSON body, auth and attribution headers; keeps the generation id", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => json(res, 200, { ok: true }, { "x-generation-id": "gen-1" }))
      const r = yield* withTransport(s.url, (t) =>
        t.json(
          { method: "POST", path: "/things", query: { a: 1, b: undefined, c: "x y" }, body: { hello: "world" }, headers: { "X-Extra": "1" } },
          Answer
        ), { headers: { "x-configured": "yes" } })
      assert.deepStrictEqual(r.value, { ok: true })
      assert.strictEqual(r.response.generationId, "gen-1")
      assert.strictEqual(r.response.status, 200)
      const seen = s.seen[0]
      assert.isDefined(seen)
      if (seen === undefined) return
      assert.strictEqual(seen.method, "POST")
      assert.strictEqual(seen.url, "/api/v1/things?a=1&c=x+y")
      assert.deepStrictEqual(JSON.parse(seen.body), { hello: "world" })
      assert.strictEqual(seen.headers["authorization"], `Bearer ${KEY}`)
      assert.strictEqual(seen.headers["accept"], "application/json")
      assert.strictEqual(seen.headers["content-type"], "application/json")
      assert.strictEqual(seen.headers["x-title"], "My App")
      assert.strictEqual(seen.headers["x-openrouter-title"], "My App")
      assert.strictEqual(seen.headers["x-configured"], "yes")
      assert.strictEqual(seen.headers["x-extra"], "1")
      assert.match(String(seen.headers["user-agent"]), /^effect-openrouter\//)
    }))

  it.scopedLive("non-2xx and 200-with-error bodies are classified; the key never appears in the error", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res, i) =>
        i === 0
          ? json(res, 429, { error: { code: 429, message: `slow down ${KEY}` } }, { "retry-after": "3" })
          : i === 1
          ? json(res, 200, { error: { code: 502, message: "upstream failed" } })
          : (res.writeHead(500, { "content-type": "text/plain" }), res.end("boom"))
      )
      const call = withTransport(s.url, (t) => Effect.either(t.json({ method: "GET", path: "/x" }, Answer)))
      const a = yield* call
      const b = yield* call
      const c = yield* call
      assert.isTrue(Either.isLeft(a) && a.left._tag === "RateLimitError")
      if (Either.isLeft(a)) assert.notInclude(JSON.stringify(a.left) + a.left.message, KEY)
      assert.isTrue(Either.isLeft(b) && b.left._tag === "ProviderError", JSON.stringify(b))
      assert.isTrue(Either.isLeft(c) && c.left._tag === "ProviderError" && c.left.status === 500, JSON.stringify(c))
    }))

  it.scopedLive("a body over maxBodyBytes fails with size_limit; a body that is not JSON is malformed", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res, i) => {
        res.writeHead(200, { "content-type": "application/json" })
        if (i === 0) {
          // no content-length: chunked, bigger than the limit
          res.write(`{"ok":true,"pad":"${"x".repeat(3000)}`)
          res.end(`${"y".repeat(3000)}"}`)
        } else res.end("not json")
      })
      const call = withTransport(s.url, (t) => Effect.either(t.json({ method: "GET", path: "/x" }, Answer)), {
        limits: { maxBodyBytes: 2048 }
      })
      const big = yield* call
      const bad = yield* call
      assert.isTrue(Either.isLeft(big) && big.left._tag === "MalformedResponseError" && big.left.kind === "size_limit", JSON.stringify(big))
      assert.isTrue(Either.isLeft(bad) && bad.left._tag === "MalformedResponseError" && bad.left.kind === "malformed_response")
    }))

  it.scopedLive("connection refused → TransportError { sent: false }", () =>
    Effect.gen(function*() {
      const s = yield* Effect.scoped(server(() => {}))
      const r = yield* withTransport(s.url, (t) => Effect.either(t.json({ method: "GET", path: "/x" }, Answer)))
      assert.isTrue(Either.isLeft(r) && r.left._tag === "TransportError" && r.left.sent === false, JSON.stringify(r))
      if (Either.isLeft(r)) assert.notInclude(r.left.message, KEY)
    }))

  it.scopedLive("no headers within the headers timeout → TimeoutError headers; the request is aborted", () =>
    Effect.gen(function*() {
      const s = yield* server(() => {})
      const r = yield* withTransport(s.url, (t) =>
        Effect.either(t.json({ method: "GET", path: "/x", headersTimeout: Duration.millis(80) }, Answer)))
      assert.isTrue(Either.isLeft(r) && r.left._tag === "TimeoutError" && r.left.kind === "headers", JSON.stringify(r))
      yield* waitUntil(() => s.seen[0]?.closedEarly === true)
    }))

  it.scopedLive("a body that stalls → TimeoutError idle (timer re-armed while bytes flow); the request is aborted", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        res.writeHead(200, { "content-type": "application/json" })
        res.write(`{"ok":`)
        // bytes keep coming for longer than one idle window, then stop
        let n = 0
        const tick = setInterval(() => {
          if (++n <= 4) res.write(" ")
          else clearInterval(tick)
        }, 40)
      })
      const started = Date.now()
      const r = yield* withTransport(s.url, (t) =>
        Effect.either(t.json({ method: "GET", path: "/x", idleTimeout: Duration.millis(100) }, Answer)))
      assert.isTrue(Either.isLeft(r) && r.left._tag === "TimeoutError" && r.left.kind === "idle", JSON.stringify(r))
      assert.isAtLeast(Date.now() - started, 200)
      yield* waitUntil(() => s.seen[0]?.closedEarly === true)
    }))

  it.scopedLive("json: interrupting a call waiting for headers, or for the rest of its body, aborts the request", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res, index) => {
        // the first request never answers; the second sends half a body and stalls
        if (index === 1) {
          res.writeHead(200, { "content-type": "application/json" })
          res.write("{\"id\":")
        }
      })
      // The transport outlives the calls (its agent closing would close their sockets too).
      const t = Context.get(yield* Layer.build(transportLayer(s.url, {})), Transport.Transport)
      for (const index of [0, 1]) {
        const fiber = yield* Effect.fork(t.json({ method: "POST", path: "/chat/completions", body: {} }, Schema.Unknown))
        yield* waitUntil(() => s.seen.length === index + 1)
        yield* Effect.sleep(Duration.millis(30))
        yield* Fiber.interrupt(fiber)
        yield* waitUntil(() => s.seen[index]?.closedEarly === true)
      }
    }))

  it.scopedLive("send: an SSE body streams; interrupting its reader aborts the request", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" })
        res.write(chunk("a"))
      })
      const fiber = yield* withTransport(s.url, (t) =>
        Effect.scoped(Effect.gen(function*() {
          const response = yield* t.send({ method: "POST", path: "/chat/completions", body: {}, accept: "sse" })
          return yield* Stream.runForEach(response.stream, () => Effect.void)
        }))).pipe(Effect.fork)
      yield* waitUntil(() => s.seen.length === 1)
      yield* Effect.sleep(Duration.millis(30))
      yield* Fiber.interrupt(fiber)
      yield* waitUntil(() => s.seen[0]?.closedEarly === true)
      assert.strictEqual(s.seen[0]?.headers["accept"], "text/event-stream")
    }))

  it.scopedLive("send: a body read late pauses the socket past the high-water mark and resumes it; every byte in order", () =>
    Effect.gen(function*() {
      // 32 MiB in 64 KiB writes, read only after the server has written it all it can: the
      // reader's queue passes its 1 MiB high-water mark, the socket is paused, and each pull
      // resumes it until the end.
      const piece = Buffer.alloc(64 * 1024)
      const pieces = 512
      let written = 0
      const s = yield* server((_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" })
        const next = () => {
          while (written < pieces) {
            piece.fill(48 + (written % 10))
            written++
            if (!res.write(Buffer.from(piece))) return void res.once("drain", next)
          }
          res.end()
        }
        next()
      })
      const result = yield* withTransport(s.url, (t) =>
        Effect.scoped(Effect.gen(function*() {
          const response = yield* t.send({ method: "POST", path: "/chat/completions", body: {}, accept: "sse" })
          yield* Effect.sleep(Duration.millis(150))
          const stalledAt = written
          let bytes = 0
          let inOrder = true
          yield* Stream.runForEach(response.stream, (b) =>
            Effect.sync(() => {
              for (let i = 0; i < b.length; i += 4096) {
                if (b[i] !== 48 + (Math.floor((bytes + i) / piece.length) % 10)) inOrder = false
              }
              bytes += b.length
            }))
          return { bytes, inOrder, stalledAt }
        })))
      assert.strictEqual(result.bytes, pieces * piece.length)
      assert.isTrue(result.inOrder, "every byte where the server wrote it")
      assert.isBelow(result.stalledAt, pieces, "the server was held back until the body was read")
    }))

  it.scopedLive("send: response.abort fails the body stream; the scope closing aborts an unread body", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" })
        res.write(chunk("a"))
      })
      const r = yield* withTransport(s.url, (t) =>
        Effect.scoped(Effect.gen(function*() {
          const response = yield* t.send({ method: "POST", path: "/chat/completions", body: {}, accept: "sse" })
          const first = yield* Stream.runHead(Stream.take(response.stream, 1))
          yield* response.abort
          return first
        })))
      assert.isTrue(r._tag === "Some")
      yield* waitUntil(() => s.seen[0]?.closedEarly === true)
      yield* withTransport(s.url, (t) =>
        Effect.scoped(t.send({ method: "POST", path: "/chat/completions", body: {}, accept: "sse" })))
      yield* waitUntil(() => s.seen[1]?.closedEarly === true)
    }))

  it.scopedLive("sendIn: a scope closed while the headers are awaited aborts the request when they arrive", () =>
    Effect.gen(function*() {
      // The response's finalizer is in the scope before the request is sent (so an interruption
      // just after the headers still aborts it); closed before the headers, it aborts at them.
      let answer: (() => void) | undefined
      const s = yield* server((_req, res) => {
        answer = () => {
          res.writeHead(200, { "content-type": "text/event-stream" })
          res.write(chunk("a"))
        }
      })
      yield* withTransport(s.url, (t) =>
        Effect.gen(function*() {
          const sendIn = t.sendIn
          if (sendIn === undefined) return assert.fail("the Node transport has sendIn")
          const scope = yield* Scope.make()
          const fiber = yield* Effect.fork(sendIn({ method: "POST", path: "/chat/completions", body: {}, accept: "sse" }, scope))
          yield* waitUntil(() => answer !== undefined)
          yield* Scope.close(scope, Exit.void)
          answer?.()
          const response = yield* Fiber.join(fiber)
          assert.strictEqual(response.status, 200)
          yield* waitUntil(() => s.seen[0]?.closedEarly === true)
        }))
    }))

  it.scoped("the timers run on the Effect Clock when it is not the default one (TestClock)", () =>
    Effect.gen(function*() {
      const s = yield* server(() => {})
      const fiber = yield* withTransport(s.url, (t) =>
        Effect.either(t.json({ method: "GET", path: "/x", headersTimeout: Duration.seconds(30) }, Answer))).pipe(
          Effect.fork
        )
      yield* waitUntil(() => s.seen.length === 1)
      yield* TestClock.adjust(Duration.seconds(31))
      const r = yield* Fiber.join(fiber)
      assert.isTrue(Either.isLeft(r) && r.left._tag === "TimeoutError" && r.left.kind === "headers", JSON.stringify(r))
    }))

  it.scopedLive("a configuration with transformClient gets the portable transport (the transform sees every request)", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => json(res, 200, { ok: true }))
      let seen = 0
      const r = yield* withTransport(s.url, (t) => t.json({ method: "GET", path: "/x" }, Answer), {
        transformClient: (client) =>
          HttpClient.tapRequest(client, () =>
            Effect.sync(() => {
              seen++
            }))
      })
      assert.deepStrictEqual(r.value, { ok: true })
      assert.strictEqual(seen, 1)
    }))

  it.scopedLive("layerNode: chat on both wires and chatStream go through the Node transport", () =>
    Effect.gen(function*() {
      const s = yield* server((req, res) => {
        if (req.headers["accept"] === "text/event-stream") {
          res.writeHead(200, { "content-type": "text/event-stream", "x-generation-id": "gen-n" })
          res.write(": OPENROUTER PROCESSING\n\n")
          res.write(chunk("Hel"))
          res.write(chunk("lo", "stop"))
          res.end("data: [DONE]\n\n")
        } else {
          json(res, 200, hiThere)
        }
      })
      const layer = NodeEntry.layerNode({ apiKey: KEY, baseUrl: s.url })
      const request = { model: "a/model", messages: userMessage() }
      const [streamed, jsonWire, events] = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
        Effect.all([
          c.chat(request),
          c.chat(request, { wire: "json" }),
          Stream.runCollect(c.chatStream(request))
        ])).pipe(Effect.provide(layer))
      assert.strictEqual(streamed.text, "Hello")
      assert.strictEqual(streamed.meta.generationId, "gen-n")
      assert.strictEqual(jsonWire.text, "Hi there")
      const tags = Chunk.toReadonlyArray(events).map((e) => e._tag)
      assert.strictEqual(tags[tags.length - 1], "Done")
    }))

  it.scopedLive("layerNode, stream wire: a JSON answer to a streaming request is read whole (chat and chatStream)", () =>
    Effect.gen(function*() {
      // A server, proxy or cassette may answer `stream: true` with JSON: the SSE reader must not
      // take the body that the JSON read needs (it once did, and the call waited for its idle timeout).
      const s = yield* server((_req, res) =>
        json(res, 200, hiThere)
      )
      const layer = NodeEntry.layerNode({ apiKey: KEY, baseUrl: s.url, timeouts: { idle: "2 seconds" } })
      const request = { model: "a/model", messages: userMessage() }
      const [folded, events] = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
        Effect.all([c.chat(request), Stream.runCollect(c.chatStream(request))])).pipe(Effect.provide(layer))
      assert.strictEqual(folded.text, "Hi there")
      const done = Chunk.toReadonlyArray(events).find((e) => e._tag === "Done")
      assert.strictEqual(done?._tag === "Done" ? done.result.text : undefined, "Hi there")
    }))

  it.scopedLive("the call's deadline (real time: one timer) interrupts a call waiting for headers → TimeoutError deadline", () =>
    Effect.gen(function*() {
      const s = yield* server(() => {})
      const layer = OpenRouter.layerWithTransport.pipe(
        Layer.provide(NodeTransport.layer),
        Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: s.url, timeouts: { deadline: "150 millis" } })))
      )
      const started = Date.now()
      const [json, stream] = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
        Effect.all([
          Effect.either(c.chat({ model: "a/model", messages: userMessage() }, { wire: "json" })),
          Effect.either(c.chat({ model: "a/model", messages: userMessage() }))
        ], { concurrency: 2 })).pipe(Effect.provide(layer))
      for (const r of [json, stream]) {
        assert.isTrue(Either.isLeft(r) && r.left._tag === "TimeoutError" && r.left.kind === "deadline", JSON.stringify(r))
      }
      assert.isBelow(Date.now() - started, 3000)
      yield* waitUntil(() => s.seen.length === 2 && s.seen.every((r) => r.closedEarly))
    }))

  it.scopedLive("layerNode: a stream that stalls after its first content fails with StreamInterrupted (idle) and aborts", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" })
        res.write(chunk("Hel"))
      })
      const layer = OpenRouter.layerWithTransport.pipe(
        Layer.provide(RetryPolicy.none),
        Layer.provide(NodeTransport.layer),
        Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: s.url, timeouts: { idle: "100 millis" } })))
      )
      const r = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
        Effect.either(Stream.runCollect(c.chatStream({ model: "a/model", messages: userMessage() })))).pipe(
          Effect.provide(layer)
        )
      assert.isTrue(Either.isLeft(r) && r.left._tag === "StreamInterrupted", JSON.stringify(r))
      if (Either.isLeft(r) && r.left._tag === "StreamInterrupted") {
        assert.strictEqual(r.left.reason._tag, "TimeoutError")
        assert.strictEqual(r.left.partial.text, "Hel")
      }
      yield* waitUntil(() => s.seen[0]?.closedEarly === true)
    }))
  it.scopedLive("layerNode, stream wire: a first attempt that fails (error event before content) is released, the retry answers", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res, index) => {
        res.writeHead(200, { "content-type": "text/event-stream" })
        if (index === 0) {
          // An error before any content: the attempt fails (retryable), the response stays open.
          res.write(`data: ${JSON.stringify({ error: { code: 502, message: "upstream" } })}\n\n`)
          return
        }
        res.write(chunk("Hel"))
        res.write(chunk("lo", "stop"))
        res.end("data: [DONE]\n\n")
      })
      const layer = OpenRouter.layerWithTransport.pipe(
        Layer.provide(RetryPolicy.layer({ maxRetries: 1, schedule: Schedule.spaced("1 millis") })),
        Layer.provide(NodeTransport.layer),
        Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: s.url })))
      )
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat({ model: "a/model", messages: userMessage() })).pipe(
        Effect.provide(layer)
      )
      assert.strictEqual(result.text, "Hello")
      assert.deepStrictEqual(result.meta.attempts.map((a) => a.status), [502, 200])
      // The first response was aborted when its attempt failed (its scope closed), not left open.
      yield* waitUntil(() => s.seen[0]?.closedEarly === true)
      assert.strictEqual(s.seen.length, 2)
    }))

  it.scopedLive("layerNode, stream wire: interrupting chat after its first content aborts the request; no event after it", () =>
    Effect.gen(function*() {
      const s = yield* server((_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" })
        res.write(chunk("Hel"))
        // then more, every 5 ms, until the request is aborted
        const more = setInterval(() => res.write(chunk("lo")), 5)
        res.on("close", () => clearInterval(more))
      })
      const layer = NodeEntry.layerNode({ apiKey: KEY, baseUrl: s.url })
      const seen: Array<string> = []
      const fiber = yield* Effect.fork(
        Effect.flatMap(OpenRouter.OpenRouter, (c) =>
          c.chat({ model: "a/model", messages: userMessage() }, {
            onEvent: (e) => {
              seen.push(e._tag)
            }
          })).pipe(Effect.provide(layer))
      )
      yield* waitUntil(() => seen.filter((t) => t === "TextDelta").length >= 2)
      yield* Fiber.interrupt(fiber)
      const atInterruption = seen.length
      yield* waitUntil(() => s.seen[0]?.closedEarly === true)
      yield* Effect.sleep("30 millis")
      assert.strictEqual(seen.length, atInterruption, "no event handed over after the interruption")
    }))
})

// =============================================================================
// `chat` on the Node transport reads the rest of the body pushed (`TransportResponse.push`): the
// same events, result and failures as `chatStream`'s pulls over the same bodies
// =============================================================================

/** A body as the server writes it: each entry one write, `pauseMs` apart; `hang` leaves it open. */
interface Script {
  readonly writes: ReadonlyArray<string>
  readonly hang?: boolean
}

const scripted = (script: Script) =>
  server((_req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" })
    let i = 0
    const next = () => {
      const w = script.writes[i++]
      if (w === undefined) {
        if (script.hang !== true) res.end()
        return
      }
      res.write(w)
      setTimeout(next, 2)
    }
    next()
  })

const usageChunk = `data: ${
  JSON.stringify({
    id: "gen-n",
    model: "a/model",
    object: "chat.completion.chunk",
    created: 1,
    choices: [],
    usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5, cost: 0.0001 }
  })
}\n\n`

const pushScripts: Record<string, Script> = {
  "an answer over many reads": {
    writes: [": OPENROUTER PROCESSING\n\n", chunk("Hel"), chunk("lo"), chunk(", "), chunk("world", "stop"), usageChunk, "data: [DONE]\n\n"]
  },
  "an answer in one read, bytes after [DONE]": {
    writes: [chunk("Hel") + chunk("lo", "stop") + "data: [DONE]\n\n" + ": trailing\n\n"]
  },
  "an error event after content": {
    writes: [chunk("Hel"), `data: ${JSON.stringify({ error: { code: 502, message: "upstream went away" } })}\n\n`]
  },
  "the body ends without [DONE] nor a finish reason": { writes: [chunk("Hel"), chunk("lo")] },
  "malformed data after content": { writes: [chunk("Hel"), "data: {not json\n\n"] },
  "a stall after content (idle timeout)": { writes: [chunk("Hel")], hang: true }
}

/** What a caller sees of a call: the events' tags and texts, and the result or the error. */
const seenOf = (events: ReadonlyArray<{ readonly _tag: string }>, outcome: Either.Either<{ readonly text: string }, { readonly _tag: string }>) => ({
  events: events.map((e) => ("text" in e ? `${e._tag}:${String(e.text)}` : e._tag)),
  outcome: Either.isRight(outcome)
    ? { text: outcome.right.text }
    : {
      error: outcome.left._tag,
      ...("reason" in outcome.left ? { reason: (outcome.left.reason as { _tag: string })._tag } : {}),
      ...("partial" in outcome.left ? { partial: (outcome.left.partial as { text: string }).text } : {})
    }
})

describe("NodeTransport: chat reads the rest of the body pushed", () => {
  for (const [name, script] of Object.entries(pushScripts)) {
    it.scopedLive(`${name}: chat with onEvent sees what chatStream sees`, () =>
      Effect.gen(function*() {
        const s = yield* scripted(script)
        const layer = OpenRouter.layerWithTransport.pipe(
          Layer.provide(RetryPolicy.none),
          Layer.provide(NodeTransport.layer),
          Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: s.url, timeouts: { idle: "150 millis" } })))
        )
        const request = { model: "a/model", messages: userMessage() }
        const before = drainedBodies.count
        const [pushed, pulled, folded] = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) =>
          Effect.all([
            Effect.suspend(() => {
              const events: Array<{ readonly _tag: string }> = []
              return Effect.map(Effect.either(c.chat(request, { onEvent: (e) => events.push(e) })), (r) => seenOf(events, r))
            }),
            Effect.suspend(() => {
              const events: Array<{ readonly _tag: string }> = []
              return Effect.map(
                Effect.either(Stream.runForEach(c.chatStream(request), (e) => Effect.sync(() => events.push(e)))),
                (r) => {
                  const done = events.find((e): e is { readonly _tag: "Done"; readonly result: { readonly text: string } } => e._tag === "Done")
                  return seenOf(events, Either.isRight(r) && done !== undefined ? Either.right(done.result) : Either.isLeft(r) ? Either.left(r.left) : Either.left({ _tag: "NoDone" }))
                }
              )
            }),
            Effect.map(Effect.either(c.chat(request)), (r) => seenOf([], r).outcome)
          ])).pipe(Effect.provide(layer))
        assert.deepStrictEqual(pushed, pulled)
        assert.deepStrictEqual(folded, pushed.outcome)
        // Both `chat` calls read their body pushed (`chatStream` pulls).
        assert.strictEqual(drainedBodies.count - before, 2)
        assert.isAbove(pushed.events.length, 0)
      }))
  }

  it.scopedLive("a throw from onEvent is a defect and aborts the request", () =>
    Effect.gen(function*() {
      const s = yield* scripted({ writes: [chunk("Hel"), chunk("lo"), chunk(" again")], hang: true })
      const layer = NodeEntry.layerNode({ apiKey: KEY, baseUrl: s.url })
      const boom = new Error("consumer bug")
      const exit = yield* Effect.exit(
        Effect.flatMap(OpenRouter.OpenRouter, (c) =>
          c.chat({ model: "a/model", messages: userMessage() }, {
            onEvent: (e) => {
              if (e._tag === "TextDelta" && e.text === "lo") throw boom
            }
          })).pipe(Effect.provide(layer))
      )
      assert.isTrue(Exit.isFailure(exit) && Cause.isDie(exit.cause) && Option.getOrUndefined(Cause.dieOption(exit.cause)) === boom)
      yield* waitUntil(() => s.seen[0]?.closedEarly === true)
    }))
})
