/**
 * Cassettes as people write and edit them by hand, and exchanges the Simulator cannot produce:
 * malformed files, defaults for omitted fields, recorded transport errors and broken bodies,
 * bodiless statuses, non-JSON bodies, repeated query parameters, fields left out of matching,
 * appending to a cassette. Everything runs on a fake `HttpClient` (no sockets).
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { afterAll, assert, describe, it } from "@effect/vitest"
import { Effect, Either, Layer, Stream } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as Recorder from "../src/Recorder.js"

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "recorder-cassettes-test-"))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))
let counter = 0
/** A fresh cassette path, optionally written with `content` (an object is written as JSON). */
const cassette = (content?: unknown): string => {
  const file = path.join(tmp, `c${counter++}.json`)
  if (content !== undefined) fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content))
  return file
}

const BASE = "http://recorder.test/api/v1"

const exchange = (body: unknown, response: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  request: { method: "POST", path: "/api/v1/chat/completions", body, ...extra },
  response
})

const post = (body: unknown, query: Record<string, string> = {}) =>
  Effect.flatMap(HttpClient.HttpClient, (http) =>
    http.execute(HttpClientRequest.post(`${BASE}/chat/completions`).pipe(
      HttpClientRequest.setUrlParams(query),
      HttpClientRequest.bodyUnsafeJson(body)
    )))

const text = (response: HttpClientResponse.HttpClientResponse) =>
  response.stream.pipe(Stream.decodeText(), Stream.mkString)

const replay = (file: string, options: Omit<Partial<Recorder.Options>, "mode" | "cassette"> = {}) =>
  Recorder.layer({ ...options, mode: "replay", cassette: file })

const failureOf = <A, E, R>(self: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.either(self), (e) => (Either.isLeft(e) ? Effect.succeed(e.left) : Effect.dieMessage("expected a failure")))

describe("reading cassettes", () => {
  it.effect("a file that is not a cassette fails with RecorderError naming the file and the reason", () =>
    Effect.gen(function*() {
      const cases: ReadonlyArray<readonly [unknown, string]> = [
        ["{ not json", "JSON"],
        [{ version: 1 }, "not a cassette (no exchanges)"],
        [{ version: 1, exchanges: [{ request: { method: "POST" } }] }, "exchange #0 has no request method and path"],
        [{ version: 1, exchanges: ["nonsense"] }, "exchange #0 has no request method and path"]
      ]
      for (const [content, reason] of cases) {
        const file = cassette(content)
        const error = yield* failureOf(Recorder.read(file))
        assert.strictEqual(error._tag, "RecorderError")
        assert.strictEqual(error.cassette, file)
        assert.include(error.message, `Cannot read cassette ${file}`)
        assert.include(error.message, reason)
      }
    }))

  it.effect("omitted fields get defaults: method upper-cased, status 200, no headers, end done, error reason Transport", () =>
    Effect.gen(function*() {
      const file = cassette({
        version: 1,
        exchanges: [
          { request: { method: "post", path: "/api/v1/x", body: { b: 1, a: 2 } }, response: { body: { ok: true }, end: "odd" } },
          { request: { method: "GET", path: "/api/v1/y" }, error: { message: "connection refused" } },
          { request: { method: "GET", path: "/api/v1/z" }, response: { status: 500, end: "interrupted" } }
        ]
      })
      const read = yield* Recorder.read(file)
      const [a, b, c] = read.exchanges
      assert.deepStrictEqual(a?.request, { method: "POST", path: "/api/v1/x", query: {}, headers: {}, body: { a: 2, b: 1 } })
      assert.deepStrictEqual(a?.response, { body: { ok: true }, end: "done", status: 200, headers: {} })
      assert.deepStrictEqual(b?.error, { reason: "Transport", message: "connection refused" })
      assert.isUndefined(b?.response)
      assert.strictEqual(c?.response?.end, "interrupted")
      assert.strictEqual(c?.response?.status, 500)
    }))
})

describe("replaying what the Simulator cannot produce", () => {
  it.effect("a recorded transport error replays as a RequestError with the recorded message", () =>
    Effect.gen(function*() {
      const error = yield* failureOf(post({ q: 1 }))
      assert.strictEqual(error._tag, "RequestError")
      assert.include(String(error.message), "ECONNRESET while reading")
    }).pipe(Effect.provide(replay(cassette({
      version: 1,
      exchanges: [{ request: { method: "POST", path: "/api/v1/chat/completions", body: { q: 1 } }, error: { reason: "Transport", message: "ECONNRESET while reading" } }]
    })))))

  it.effect("a body that failed while recorded fails the same way when replayed, after the recorded chunks", () =>
    Effect.gen(function*() {
      const response = yield* post({ q: 1 })
      assert.strictEqual(response.status, 200)
      const chunks: Array<string> = []
      const decoder = new TextDecoder()
      const result = yield* Effect.either(
        Stream.runForEach(response.stream, (bytes) => Effect.sync(() => chunks.push(decoder.decode(bytes))))
      )
      assert.deepStrictEqual(chunks, ["data: {\"a\":1}\n\n"])
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result)) assert.include(String(result.left.cause), "other side closed")
    }).pipe(Effect.provide(replay(cassette({
      version: 1,
      exchanges: [exchange({ q: 1 }, { status: 200, headers: { "content-type": "text/event-stream" }, chunks: ["data: {\"a\":1}\n\n"], end: "error", error: "other side closed" })]
    })))))

  it.effect("a 204 replays without a body", () =>
    Effect.gen(function*() {
      const response = yield* post({ q: 1 })
      assert.strictEqual(response.status, 204)
      assert.strictEqual(yield* response.text, "") // the recorded body is not served
    }).pipe(Effect.provide(replay(cassette({ version: 1, exchanges: [exchange({ q: 1 }, { status: 204, body: { ignored: true } })] })))))

  it.effect("an exchange with neither a response nor an error fails, saying so", () =>
    Effect.gen(function*() {
      const error = yield* failureOf(post({ q: 1 }))
      assert.include(String(error.message), "the recorded exchange has no response")
    }).pipe(Effect.provide(replay(cassette({
      version: 1,
      exchanges: [{ request: { method: "POST", path: "/api/v1/chat/completions", body: { q: 1 } } }]
    })))))

  it.effect("an empty cassette: the unmatched request says the cassette has no exchanges", () =>
    Effect.gen(function*() {
      const error = yield* failureOf(post({ q: 1 }))
      assert.include(String(error.message), "The cassette has no exchanges.")
    }).pipe(Effect.provide(replay(cassette({ version: 1, exchanges: [] })))))

  it.effect("an unmatched request lists the first three differences and counts the rest", () =>
    Effect.gen(function*() {
      const error = yield* failureOf(post({ a: 1, b: [1, 2, 3], c: "x", d: true, e: null }, { page: "2" }))
      const message = String(error.message)
      assert.include(message, "Closest recorded request: #0 POST /api/v1/chat/completions")
      assert.include(message, "body.a: recorded 2, sent 1")
      assert.include(message, "body.b: 2 items recorded, 3 sent")
      assert.include(message, "; and 4 more.")
    }).pipe(Effect.provide(replay(cassette({
      version: 1,
      exchanges: [exchange({ a: 2, b: [1, 5], c: "y", d: false }, { status: 200, body: {} })]
    })))))

  it.effect("ignoreBodyFields leaves those fields out of matching", () =>
    Effect.gen(function*() {
      const response = yield* post({ model: "m", user: "someone-else", session_id: "s-2" })
      assert.strictEqual(yield* text(response), "{\"ok\":true}")
    }).pipe(Effect.provide(replay(
      cassette({ version: 1, exchanges: [exchange({ model: "m", user: "u-1", session_id: "s-1" }, { status: 200, body: { ok: true } })] }),
      { ignoreBodyFields: ["user", "session_id"] }
    ))))
})

/** A fake upstream: answers by path; records what it was sent. */
const upstream = (
  answer: (request: HttpClientRequest.HttpClientRequest, url: URL) => Effect.Effect<Response, HttpClientError.HttpClientError>
) =>
  Layer.succeed(
    HttpClient.HttpClient,
    HttpClient.make((request, url) => Effect.map(answer(request, url), (r) => HttpClientResponse.fromWeb(request, r)))
  )

const recordTo = (file: string, options: Omit<Partial<Recorder.Options>, "mode" | "cassette"> = {}) =>
  Recorder.layer({ ...options, mode: "record", cassette: file })

describe("recording what the Simulator cannot produce", () => {
  it.effect("a non-JSON request body is kept as text; repeated query parameters are joined; a 204 has no body", () =>
    Effect.gen(function*() {
      const file = cassette()
      yield* Effect.gen(function*() {
        const http = yield* HttpClient.HttpClient
        const response = yield* http.execute(
          HttpClientRequest.post(`${BASE}/upload`).pipe(
            HttpClientRequest.appendUrlParam("tag", "a"),
            HttpClientRequest.appendUrlParam("tag", "b"),
            HttpClientRequest.bodyText("plain words, not JSON")
          )
        )
        assert.strictEqual(response.status, 204)
      }).pipe(Effect.provide(recordTo(file).pipe(Layer.provide(upstream(() => Effect.succeed(new Response(null, { status: 204 })))))))
      const [recorded] = (yield* Recorder.read(file)).exchanges
      assert.strictEqual(recorded?.request.body, "plain words, not JSON")
      assert.deepStrictEqual(recorded?.request.query, { tag: "a,b" })
      assert.strictEqual(recorded?.response?.status, 204)
      assert.deepStrictEqual(recorded?.response?.chunks, [])
    }))

  it.effect("a transport failure is recorded with its reason and message, and the caller still gets it", () =>
    Effect.gen(function*() {
      const file = cassette()
      const error = yield* failureOf(post({ q: 1 }).pipe(Effect.provide(recordTo(file).pipe(Layer.provide(upstream((request) =>
        Effect.fail(new HttpClientError.RequestError({ request, reason: "Transport", cause: new Error("socket hang up") }))
      ))))))
      assert.strictEqual(error._tag, "RequestError")
      const [recorded] = (yield* Recorder.read(file)).exchanges
      assert.strictEqual(recorded?.error?.reason, "Transport")
      assert.include(recorded?.error?.message ?? "", "socket hang up")
      assert.isUndefined(recorded?.response)
    }))

  it.effect("a JSON-typed body that does not parse is kept as chunks", () =>
    Effect.gen(function*() {
      const file = cassette()
      const body = yield* post({ q: 1 }).pipe(
        Effect.flatMap(text),
        Effect.provide(recordTo(file).pipe(Layer.provide(upstream(() =>
          Effect.succeed(new Response("{\"truncated\": ", { status: 200, headers: { "content-type": "application/json" } }))
        ))))
      )
      assert.strictEqual(body, "{\"truncated\": ")
      const [recorded] = (yield* Recorder.read(file)).exchanges
      assert.isUndefined(recorded?.response?.body)
      assert.deepStrictEqual(recorded?.response?.chunks, ["{\"truncated\": "])
      assert.strictEqual(recorded?.response?.end, "done")
    }))

  it.effect("append keeps the exchanges already in the cassette and adds the new ones after them", () =>
    Effect.gen(function*() {
      const file = cassette({ version: 1, exchanges: [exchange({ q: "old" }, { status: 200, body: { n: 0 } })] })
      yield* post({ q: "new" }).pipe(
        Effect.flatMap(text),
        Effect.provide(recordTo(file, { append: true }).pipe(Layer.provide(upstream(() =>
          Effect.succeed(new Response("{\"n\":1}", { status: 200, headers: { "content-type": "application/json" } }))
        ))))
      )
      const exchanges = (yield* Recorder.read(file)).exchanges
      assert.deepStrictEqual(exchanges.map((e) => e.request.body), [{ q: "old" }, { q: "new" }])
      assert.deepStrictEqual(exchanges.map((e) => e.response?.body), [{ n: 0 }, { n: 1 }])
    }))
})
