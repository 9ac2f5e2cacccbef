/**
 * A JSON call keeps its deadline without a timer fiber when its transport honours a deadline per
 * exchange (`Transport.deadlines`) and nothing else in the call can wait (src/pipeline/timeouts.ts
 * `cooperativeDeadline`): each exchange carries the deadline, and no retry wait passes it. With a
 * policy that can wait (a rate limit, a bulkhead, a budget, a ledger, registry checks, a shared
 * breaker) the call is bounded by the timer as before, and the transport gets no deadline.
 */
import { assert, describe, it } from "@effect/vitest"
import { Clock, Duration, Effect, Either, Fiber, Layer, Stream, TestClock } from "effect"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as NodeTransport from "../src/NodeTransport.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { classify, type TimeoutError } from "../src/OpenRouterError.js"
import * as RateLimit from "../src/RateLimit.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import * as Transport from "../src/Transport.js"
import { userMessage } from "./helpers.js"

const KEY = "sk-or-v1-deadline-0123456789"
const req = { model: "a/model", messages: userMessage() }

const completion = {
  id: "gen-d",
  model: "a/model",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }]
}

interface Sent {
  readonly at: number
  readonly deadline: { readonly at: number; readonly error: () => TimeoutError } | undefined
}

/**
 * A transport that says it keeps deadlines: answers 503 `failures` times, then the completion;
 * records when each request was sent and the deadline it carried.
 */
const fakeTransport = (failures: number, sent: Array<Sent>): Transport.Service => ({
  deadlines: true,
  // the stream wire: every request refused with a 503 (the retry waits are what is tested)
  send: (request) =>
    Effect.flatMap(Clock.currentTimeMillis, (at) => {
      sent.push({ at, deadline: request.deadline })
      return Effect.fail(
        classify({ status: 503, body: { error: { code: 503, message: "down" } }, headers: {}, model: request.model, nowMillis: at })
      )
    }),
  json: (request, schema) =>
    Effect.gen(function*() {
      const at = yield* Clock.currentTimeMillis
      sent.push({ at, deadline: request.deadline })
      const response: Transport.TransportResponse = {
        status: 200,
        headers: {},
        generationId: undefined,
        sentAt: at,
        headersAt: at,
        json: Effect.succeed(completion),
        stream: Stream.empty,
        abort: Effect.void
      }
      if (sent.length <= failures) {
        return yield* Effect.fail(
          classify({ status: 503, body: { error: { code: 503, message: "down" } }, headers: {}, model: request.model, nowMillis: at })
        )
      }
      const value = yield* Transport.decodeWith(schema)(completion, 200).pipe(Effect.orDie)
      return { value, response }
    })
})

const clientWith = (transport: Transport.Service, policies: Layer.Layer<never, never, never> | Layer.Layer<RetryPolicy.RetryPolicy | RateLimit.RateLimit | CircuitBreaker.CircuitBreaker>) =>
  OpenRouter.layerWithTransport.pipe(
    Layer.provide(Layer.mergeAll(Layer.succeed(Transport.Transport, transport), policies)),
    Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: "http://127.0.0.1:1/api/v1", timeouts: { deadline: "2 seconds" } })))
  )

const retries = RetryPolicy.layer({ maxRetries: 10, schedule: RetryPolicy.backoff({ jitter: false }) })

/**
 * A call that keeps failing with 503 on `wire`, against the 2-s deadline: still running 1 ms
 * before it, failed with `TimeoutError { kind: "deadline" }` exactly at it. Gives the requests sent.
 */
const failsAtTheDeadline = (wire: "json" | "stream") =>
  Effect.gen(function*() {
    const sent: Array<Sent> = []
    const fiber = yield* Effect.fork(
      Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire }))).pipe(
        Effect.provide(clientWith(fakeTransport(100, sent), retries))
      )
    )
    yield* TestClock.adjust(Duration.millis(1999))
    assert.isTrue((yield* Fiber.poll(fiber))._tag === "None", "still waiting before the deadline")
    yield* TestClock.adjust(Duration.millis(1))
    const result = yield* Fiber.join(fiber)
    assert.isTrue(Either.isLeft(result) && result.left._tag === "TimeoutError" && result.left.kind === "deadline", JSON.stringify(result))
    assert.strictEqual(Either.isLeft(result) ? (result.left as { attempts?: ReadonlyArray<unknown> }).attempts?.length : 0, 3)
    return sent
  })

describe("the deadline of a JSON call kept by its exchanges (no timer fiber)", () => {
  it.effect("503 at 0, 500 and 1,500 ms; the next wait would pass the 2-s deadline → TimeoutError deadline at exactly 2 s", () =>
    Effect.gen(function*() {
      const sent = yield* failsAtTheDeadline("json")
      assert.deepStrictEqual(sent.map((s) => s.at), [0, 500, 1500])
      // every exchange carried the call's deadline, for the transport to keep
      assert.deepStrictEqual(sent.map((s) => s.deadline?.at), [2000, 2000, 2000])
      assert.strictEqual(sent[0]?.deadline?.error().kind, "deadline")
    }))

  it.effect("the stream wire too: retry waits stop at the deadline, each request carries it (the stream's own timer takes over after the headers)", () =>
    Effect.gen(function*() {
      const sent = yield* failsAtTheDeadline("stream")
      assert.deepStrictEqual(sent.map((s) => [s.at, s.deadline?.at]), [[0, 2000], [500, 2000], [1500, 2000]])
    }))

  it.effect("retries that end before the deadline succeed as before; an in-memory breaker keeps the call cooperative", () =>
    Effect.gen(function*() {
      const sent: Array<Sent> = []
      const fiber = yield* Effect.fork(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json" })).pipe(
          Effect.provide(clientWith(fakeTransport(2, sent), Layer.mergeAll(retries, CircuitBreaker.layer())))
        )
      )
      yield* TestClock.adjust(Duration.millis(1500))
      const result = yield* Fiber.join(fiber)
      assert.strictEqual(result.text, "Hi")
      assert.deepStrictEqual(sent.map((s) => s.at), [0, 500, 1500])
      assert.isTrue(sent.every((s) => s.deadline?.at === 2000))
    }))

  it.effect("a policy that can wait (rate limit) → the transport gets no deadline; a timer bounds the call instead", () =>
    Effect.gen(function*() {
      const sent: Array<Sent> = []
      const fiber = yield* Effect.fork(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire: "json" }))).pipe(
          Effect.provide(clientWith(fakeTransport(100, sent), Layer.mergeAll(retries, RateLimit.layer())))
        )
      )
      yield* TestClock.adjust(Duration.millis(2000))
      const result = yield* Fiber.join(fiber)
      assert.isTrue(Either.isLeft(result) && result.left._tag === "TimeoutError" && result.left.kind === "deadline", JSON.stringify(result))
      assert.deepStrictEqual(sent.map((s) => s.at), [0, 500, 1500])
      assert.isTrue(sent.every((s) => s.deadline === undefined))
    }))

  it.effect("a breaker on a shared store (no synchronous access, as on Redis) → the timer, not the exchange, keeps the deadline", () =>
    Effect.gen(function*() {
      const sent: Array<Sent> = []
      // the in-memory store seen as a shared one: the same operations, without `unsafe`
      const shared = Layer.effect(
        CircuitBreaker.CircuitBreakerStore,
        Effect.map(CircuitBreaker.makeStoreMemory, ({ unsafe: _, ...store }) => store)
      )
      const breaker = Layer.effect(CircuitBreaker.CircuitBreaker, CircuitBreaker.make()).pipe(Layer.provide(shared))
      yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json" })).pipe(
        Effect.provide(clientWith(fakeTransport(0, sent), breaker))
      )
      yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json" })).pipe(
        Effect.provide(clientWith(fakeTransport(0, sent), CircuitBreaker.layer()))
      )
      assert.deepStrictEqual(sent.map((s) => s.deadline?.at), [undefined, 2000])
    }))

  it.effect("per call: a rate limit given for one call only also turns the timer back on", () =>
    Effect.gen(function*() {
      const sent: Array<Sent> = []
      const limiter = yield* RateLimit.make()
      yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json", rateLimit: limiter })).pipe(
        Effect.provide(clientWith(fakeTransport(0, sent), Layer.empty))
      )
      yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat(req, { wire: "json" })).pipe(
        Effect.provide(clientWith(fakeTransport(0, sent), Layer.empty))
      )
      assert.deepStrictEqual(sent.map((s) => s.deadline?.at), [undefined, 2000])
    }))
})

describe("the Node transport keeps the deadline over the whole exchange", () => {
  it.scopedLive("headers arrive, then the body stalls past the deadline → TimeoutError deadline, the request aborted", () =>
    Effect.gen(function*() {
      let closedEarly = false
      const srv = yield* Effect.acquireRelease(
        Effect.async<http.Server>((resume) => {
          const s = http.createServer((_req, res) => {
            res.on("close", () => {
              if (!res.writableFinished) closedEarly = true
            })
            res.writeHead(200, { "content-type": "application/json" })
            res.write("{\"id\":")
          })
          s.listen(0, "127.0.0.1", () => resume(Effect.succeed(s)))
        }),
        (s) =>
          Effect.async<void>((resume) => {
            s.closeAllConnections()
            s.close(() => resume(Effect.void))
          })
      )
      const { port } = srv.address() as AddressInfo
      const layer = OpenRouter.layerWithTransport.pipe(
        Layer.provide(NodeTransport.layer),
        Layer.provide(Layer.orDie(OpenRouterConfig.layer({
          apiKey: KEY,
          baseUrl: `http://127.0.0.1:${port}/api/v1`,
          timeouts: { deadline: "200 millis", idle: "30 seconds" }
        })))
      )
      const result = yield* Effect.flatMap(OpenRouter.OpenRouter, (c) => Effect.either(c.chat(req, { wire: "json" }))).pipe(
        Effect.provide(layer)
      )
      assert.isTrue(Either.isLeft(result) && result.left._tag === "TimeoutError" && result.left.kind === "deadline", JSON.stringify(result))
      for (let i = 0; i < 200 && !closedEarly; i++) yield* Effect.sleep(Duration.millis(10))
      assert.isTrue(closedEarly, "the request was aborted")
    }))
})

// =============================================================================
// The portable transport (over any HttpClient) keeps the deadline too
// =============================================================================

describe("the portable transport keeps the call's deadline (Transport.layer, deadlines: true)", () => {
  const portable = (responses: OpenRouterTest.Responses) =>
    OpenRouter.layer.pipe(
      Layer.provide(RetryPolicy.none),
      Layer.provide(Layer.orDie(OpenRouterTest.layerConfig({
        timeouts: { deadline: "2 seconds", headers: "10 seconds", idle: "10 seconds" }
      }))),
      Layer.provideMerge(OpenRouterTest.layerHttpClient(responses))
    )
  const stalledJson = OpenRouterTest.sse("{\"id\":\"gen-d\",", {
    headers: { "content-type": "application/json" },
    readSize: 5,
    stallAfterReads: 1
  })
  const cases = [
    ["json", "no headers", OpenRouterTest.noHeaders],
    ["json", "a body that stalls", stalledJson],
    ["stream", "no headers", OpenRouterTest.noHeaders]
  ] as const
  for (const [wire, what, canned] of cases) {
    it.effect(`${wire} wire, ${what}: still waiting 1 ms before the 2-s deadline, TimeoutError deadline at it`, () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const fiber = yield* Effect.fork(Effect.either(client.chat(req, { wire })))
        yield* TestClock.adjust(Duration.millis(1999))
        assert.isTrue((yield* Fiber.poll(fiber))._tag === "None", "still waiting before the deadline")
        yield* TestClock.adjust(Duration.millis(1))
        const result = yield* Fiber.join(fiber)
        assert.isTrue(
          Either.isLeft(result) && result.left._tag === "TimeoutError" && result.left.kind === "deadline",
          JSON.stringify(result)
        )
      }).pipe(Effect.provide(portable([canned]))))
  }
})
