/**
 * A JSON call whose every policy answers from memory makes its first attempt in one step
 * (src/pipeline/fusedAttempt.ts) and enters the stages only when it fails. These tests run the
 * same scripted exchanges through that way and through the stages (forced by a per-call attempt
 * limit, which the fused attempt does not take) and compare everything a caller can see: the
 * result or error with its attempts log, the requests sent, the breaker's circuits, the meter.
 */
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Clock, Duration, Effect, Either, Fiber, Layer, Option, Schedule, Scope, Stream, TestClock } from "effect"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as CostMeter from "../src/CostMeter.js"
import { sizesOf } from "../src/internal/sizes.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { classify } from "../src/OpenRouterError.js"
import { fusedCalls } from "../src/pipeline/fusedAttempt.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Transport from "../src/Transport.js"
import { userMessage } from "./helpers.js"

const KEY = "sk-or-v1-fused-0123456789"

const completion = (model: string, extra: Record<string, unknown> = {}) => ({
  id: `gen-${model}`,
  model,
  provider: "Prov",
  object: "chat.completion",
  created: 1,
  choices: [{ index: 0, message: { role: "assistant", content: `from ${model}` }, finish_reason: "stop" }],
  usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5, cost: 0.00042 },
  ...extra
})

/** One scripted exchange: an HTTP error (classified as the transport would), or a 200 body. */
type Step = HttpErrorStep | { readonly body: (model: string) => unknown }

/** An HTTP error as a step of a script (classified as the transport would). */
interface HttpErrorStep {
  readonly status: number
  readonly message: string
  readonly headers?: Record<string, string>
}

/**
 * The next step of a script, 10 ms later on the clock (the model asked recorded): an HTTP error
 * step fails here, as the transport would.
 */
const nextStep = <S extends object>(
  steps: ReadonlyArray<S | HttpErrorStep>,
  models: Array<string>,
  request: Transport.TransportRequest
) =>
  Effect.gen(function*() {
    const step = steps[models.length] ?? { status: 500, message: "script exhausted" }
    models.push(request.model ?? "?")
    yield* Effect.sleep("10 millis")
    const at = yield* Clock.currentTimeMillis
    if ("status" in step && typeof step.status === "number") {
      const error = step as HttpErrorStep
      return yield* Effect.fail(classify({
        status: error.status,
        body: { error: { code: error.status, message: error.message } },
        headers: error.headers ?? {},
        model: request.model,
        nowMillis: at
      }))
    }
    return { at, step: step as Exclude<S, HttpErrorStep> }
  })

/** Answers each request with the next step (10 ms later on the clock); records the models asked. */
const scripted = (steps: ReadonlyArray<Step>, models: Array<string>): Transport.Service => ({
  deadlines: true,
  send: () => Effect.die("the JSON wire only"),
  json: (request, schema) =>
    Effect.gen(function*() {
      const { at, step } = yield* nextStep(steps, models, request)
      const body = step.body(request.model ?? "?")
      const response: Transport.TransportResponse = {
        status: 200,
        headers: { "x-step": String(models.length) },
        generationId: undefined,
        sentAt: at - 10,
        headersAt: at,
        json: Effect.succeed(body),
        stream: Stream.empty,
        abort: Effect.void
      }
      const value = yield* Transport.decodeWith(schema)(body, 200)
      return { value, response }
    })
})

const ok: Step = { body: (model) => completion(model) }

/**
 * A circuit's first use publishes its state (`CircuitBreaker.states`), which takes the key's lock:
 * only a circuit already in use can admit a call at once. One success on each key first.
 */
const warm = (breaker: CircuitBreaker.Service) =>
  Effect.forEach(["a/first", "b/second"], (key) => Effect.flatMap(breaker.admit(key), (permit) => permit.record("success")))

/**
 * What a caller can see of one call (on `wire`, against `transport`): the call forced through the
 * stages with a per-call attempt limit (`staged`), which the fused attempt does not take.
 */
const observeCall = (transport: (models: Array<string>) => Transport.Service, wire: "json" | "stream", staged: boolean) =>
  Effect.gen(function*() {
    const models: Array<string> = []
    const layer = OpenRouter.layerWithTransport.pipe(
      Layer.provide(Layer.succeed(Transport.Transport, transport(models))),
      Layer.provideMerge(Layer.mergeAll(
        RetryPolicy.layer({ maxRetries: 2, schedule: Schedule.spaced("100 millis") }),
        CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(2) }),
        CostMeter.layer
      )),
      Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: "http://127.0.0.1:1/api/v1" })))
    )
    return yield* Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const breaker = yield* CircuitBreaker.CircuitBreaker
      yield* warm(breaker)
      const before = fusedCalls.count
      const fiber = yield* Effect.fork(Effect.either(client.chat(
        { model: "a/first", messages: userMessage() },
        { wire, fallback: { models: ["b/second"] }, ...(staged ? { timeouts: { attempt: "1 hour" } } : {}) }
      )))
      yield* TestClock.adjust("1 minute")
      const result = yield* Fiber.join(fiber)
      const snapshot = yield* (yield* CostMeter.CostMeter).snapshot
      return {
        fused: fusedCalls.count - before,
        models,
        result: Either.isRight(result)
          ? { ok: JSON.parse(JSON.stringify(result.right)) as unknown }
          : { error: result.left._tag, attempts: JSON.parse(JSON.stringify("attempts" in result.left ? result.left.attempts ?? [] : [])) as unknown },
        circuits: [yield* breaker.state("a/first"), yield* breaker.state("b/second")].map((s) => s._tag),
        inFlight: sizesOf(breaker)?.["inFlight"],
        meter: JSON.parse(JSON.stringify(snapshot, (_k, v) => (typeof v === "bigint" ? String(v) : v))) as unknown
      }
    }).pipe(Effect.provide(layer))
  })

const observe = (steps: ReadonlyArray<Step>, staged: boolean) => observeCall((models) => scripted(steps, models), "json", staged)

/** One test per script: the call fused and through the stages, everything a caller sees equal. */
const sameBothWays = <S>(
  scripts: Record<string, ReadonlyArray<S>>,
  observeWith: (steps: ReadonlyArray<S>, staged: boolean) => ReturnType<typeof observe>
) => {
  for (const [name, steps] of Object.entries(scripts)) {
    it.effect(`${name}: the same outcome as through the stages`, () =>
      Effect.gen(function*() {
        const fused = yield* observeWith(steps, false)
        const staged = yield* observeWith(steps, true)
        assert.strictEqual(fused.fused, 1, "the first attempt was fused")
        assert.strictEqual(staged.fused, 0, "an attempt limit keeps the call in the stages")
        assert.deepStrictEqual({ ...fused, fused: 0 }, { ...staged, fused: 0 })
        assert.strictEqual(fused.inFlight ?? 0, 0, "every permit was recorded")
      }))
  }
}

const scripts: Record<string, ReadonlyArray<Step>> = {
  "answered at once": [ok],
  "503, then answered (retried)": [{ status: 503, message: "down" }, ok],
  "429 with Retry-After, then answered": [{ status: 429, message: "slow down", headers: { "retry-after": "2" } }, ok],
  "503 three times → the circuit opens, the fallback model answers (after its own retry)": [
    { status: 503, message: "down" },
    { status: 503, message: "down" },
    { status: 503, message: "down" },
    ok
  ],
  "400 → not retried, no fallback": [{ status: 400, message: "bad request" }],
  "a choice that finished with an error after output → billed, not retried": [{
    body: (model) => ({
      ...completion(model),
      choices: [{ index: 0, message: { role: "assistant", content: "par" }, finish_reason: "error", error: { code: 502, message: "upstream" } }]
    })
  }],
  "an empty content-filtered answer → ContentPolicyError": [{
    body: (model) => ({
      ...completion(model),
      choices: [{ index: 0, message: { role: "assistant", content: "" }, finish_reason: "content_filter" }]
    })
  }]
}

describe("the fused first attempt of a JSON call", () => {
  sameBothWays(scripts, observe)

  it.effect("the outcomes are the expected ones (not only equal to each other)", () =>
    Effect.gen(function*() {
      const retried = yield* observe(scripts["503, then answered (retried)"] ?? [], false)
      assert.deepStrictEqual(retried.models, ["a/first", "a/first"])
      const meta = (retried.result as { ok: { meta: { attempts: ReadonlyArray<{ outcome: string; status?: number; waitMs: number }> } } }).ok.meta
      assert.deepStrictEqual(meta.attempts.map((a) => [a.status, a.waitMs]), [[503, 0], [200, 100]])
      assert.strictEqual(meta.attempts[1]?.outcome, "Success")
      const opened = yield* observe(scripts["503 three times → the circuit opens, the fallback model answers (after its own retry)"] ?? [], false)
      // two failures open a/first's circuit: the retry stops there and the fallback takes over
      assert.deepStrictEqual(opened.models, ["a/first", "a/first", "b/second", "b/second"])
      assert.deepStrictEqual(opened.circuits, ["Open", "Closed"])
      const refused = yield* observe(scripts["400 → not retried, no fallback"] ?? [], false)
      assert.deepStrictEqual(refused.models, ["a/first"])
      assert.deepStrictEqual(refused.result, { error: "InvalidRequestError", attempts: [{ model: "a/first", attempt: 1, outcome: "InvalidRequestError", status: 400, durationMs: 10, waitMs: 0, mayBeBilled: false }] })
    }))

  it.effect("interrupted while its request is out: the permit is released, the meter counts it interrupted", () =>
    Effect.gen(function*() {
      const hanging: Transport.Service = {
        deadlines: true,
        send: () => Effect.never,
        json: () => Effect.never
      }
      const layer = OpenRouter.layerWithTransport.pipe(
        Layer.provide(Layer.succeed(Transport.Transport, hanging)),
        Layer.provideMerge(Layer.mergeAll(CircuitBreaker.layer(), CostMeter.layer, RetryPolicy.layer())),
        Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: "http://127.0.0.1:1/api/v1" })))
      )
      yield* Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const breaker = yield* CircuitBreaker.CircuitBreaker
        yield* warm(breaker)
        const before = fusedCalls.count
        const fiber = yield* Effect.fork(client.chat({ model: "a/first", messages: userMessage() }, { wire: "json" }))
        yield* TestClock.adjust(Duration.millis(10))
        assert.strictEqual(fusedCalls.count - before, 1)
        assert.strictEqual(sizesOf(breaker)?.["inFlight"], 1)
        yield* Fiber.interrupt(fiber)
        assert.strictEqual(sizesOf(breaker)?.["inFlight"], 0)
        const snapshot = yield* (yield* CostMeter.CostMeter).snapshot
        assert.strictEqual(snapshot.requests, 1)
        assert.strictEqual(snapshot.interrupted, 1)
      }).pipe(Effect.provide(layer))
    }))

  it.effect("a defect in the transport counts as a breaker failure, fused or through the stages", () =>
    Effect.gen(function*() {
      for (const staged of [false, true]) {
        const dying: Transport.Service = { deadlines: true, send: () => Effect.die("boom"), json: () => Effect.die("boom") }
        const layer = OpenRouter.layerWithTransport.pipe(
          Layer.provide(Layer.succeed(Transport.Transport, dying)),
          Layer.provideMerge(CircuitBreaker.layer({ trip: CircuitBreaker.consecutive(1) })),
          Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: "http://127.0.0.1:1/api/v1" })))
        )
        yield* Effect.gen(function*() {
          const breaker = yield* CircuitBreaker.CircuitBreaker
          yield* warm(breaker)
          const before = fusedCalls.count
          const exit = yield* Effect.exit((yield* OpenRouter.OpenRouter).chat(
            { model: "a/first", messages: userMessage() },
            { wire: "json", ...(staged ? { timeouts: { attempt: "1 hour" } } : {}) }
          ))
          assert.isTrue(exit._tag === "Failure", "the defect reaches the caller")
          assert.strictEqual(fusedCalls.count - before, staged ? 0 : 1)
          assert.strictEqual((yield* breaker.state("a/first"))._tag, "Open", staged ? "staged" : "fused")
        }).pipe(Effect.provide(layer))
      }
    }))

  it.effect("an open circuit: the call is not fused, the stages reject it with CircuitOpenError", () =>
    Effect.gen(function*() {
      const models: Array<string> = []
      const layer = OpenRouter.layerWithTransport.pipe(
        Layer.provide(Layer.succeed(Transport.Transport, scripted([ok], models))),
        Layer.provideMerge(CircuitBreaker.layer()),
        Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: "http://127.0.0.1:1/api/v1" })))
      )
      yield* Effect.gen(function*() {
        yield* (yield* CircuitBreaker.CircuitBreaker).isolate("a/first")
        const before = fusedCalls.count
        const result = yield* Effect.either((yield* OpenRouter.OpenRouter).chat({ model: "a/first", messages: userMessage() }, { wire: "json" }))
        assert.strictEqual(fusedCalls.count - before, 0)
        assert.isTrue(Either.isLeft(result) && result.left._tag === "CircuitOpenError")
        assert.deepStrictEqual(models, [])
      }).pipe(Effect.provide(layer))
    }))

  it.effect("an invalid request fails before anything is sent, fused or not", () =>
    Effect.gen(function*() {
      const models: Array<string> = []
      const layer = OpenRouter.layerWithTransport.pipe(
        Layer.provide(Layer.succeed(Transport.Transport, scripted([ok], models))),
        Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: "http://127.0.0.1:1/api/v1" })))
      )
      const result = yield* Effect.either(
        Effect.flatMap(OpenRouter.OpenRouter, (c) => c.chat({ model: "a/first", messages: [] }, { wire: "json" })).pipe(Effect.provide(layer))
      )
      assert.isTrue(Either.isLeft(result) && result.left._tag === "InvalidRequestError" && result.left.field === "messages")
      assert.deepStrictEqual(models, [])
    }))
})

// =============================================================================
// The stream wire: the first attempt up to its commit point, in one step
// =============================================================================

const chunk = (model: string, delta: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  `data: ${JSON.stringify({ id: `gen-${model}`, model, provider: "Prov", object: "chat.completion.chunk", created: 1, choices: [{ index: 0, delta, finish_reason: null }], ...extra })}\n\n`

const answer = (model: string) =>
  chunk(model, { role: "assistant", content: "from " }) + chunk(model, { content: model }) +
  `data: ${JSON.stringify({ id: `gen-${model}`, model, object: "chat.completion.chunk", created: 1, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n` +
  `data: ${JSON.stringify({ id: `gen-${model}`, model, object: "chat.completion.chunk", created: 1, choices: [], usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5, cost: 0.00042 } })}\n\n` +
  "data: [DONE]\n\n"

/** One scripted exchange on the stream wire: an HTTP error, or an SSE body (one read). */
type StreamStep = HttpErrorStep | { readonly sse: (model: string) => string }

const scriptedSse = (steps: ReadonlyArray<StreamStep>, models: Array<string>): Transport.Service => ({
  deadlines: true,
  json: () => Effect.die("the stream wire only"),
  send: (request) =>
    Effect.gen(function*() {
      const { at, step } = yield* nextStep(steps, models, request)
      const bytes = new TextEncoder().encode(step.sse(request.model ?? "?"))
      let sent = false
      const response: Transport.TransportResponse = {
        status: 200,
        headers: { "content-type": "text/event-stream" },
        generationId: undefined,
        sentAt: at - 10,
        headersAt: at,
        json: Effect.die("not JSON"),
        stream: Stream.make(bytes),
        pull: Effect.suspend(() => {
          if (sent) return Effect.fail(Option.none())
          sent = true
          return Effect.succeed(Chunk.of(bytes))
        }),
        abort: Effect.void
      }
      return response
    })
})

const okStream: StreamStep = { sse: answer }

const observeStream = (steps: ReadonlyArray<StreamStep>, staged: boolean) =>
  observeCall((models) => scriptedSse(steps, models), "stream", staged)

const streamScripts: Record<string, ReadonlyArray<StreamStep>> = {
  "answered at once": [okStream],
  "503, then answered (retried)": [{ status: 503, message: "down" }, okStream],
  "an error event before any content, then answered": [
    { sse: () => `data: ${JSON.stringify({ error: { code: 502, message: "upstream" } })}\n\n` },
    okStream
  ],
  "503 three times → the circuit opens, the fallback model answers": [
    { status: 503, message: "down" },
    { status: 503, message: "down" },
    { status: 503, message: "down" },
    okStream
  ],
  "400 → not retried": [{ status: 400, message: "bad request" }]
}

describe("the fused first attempt of a streamed call (up to its commit point)", () => {
  sameBothWays(streamScripts, observeStream)

  it.effect("the outcomes are the expected ones", () =>
    Effect.gen(function*() {
      const once = yield* observeStream(streamScripts["answered at once"] ?? [], false)
      assert.deepStrictEqual((once.result as { ok: { text: string } }).ok.text, "from a/first")
      const retried = yield* observeStream(streamScripts["an error event before any content, then answered"] ?? [], false)
      assert.deepStrictEqual(retried.models, ["a/first", "a/first"])
      const meta = (retried.result as { ok: { meta: { attempts: ReadonlyArray<{ status?: number; waitMs: number }> } } }).ok.meta
      // the error event carried its own code: the attempts log says 502 for the first attempt
      assert.deepStrictEqual(meta.attempts.map((a) => [a.status, a.waitMs]), [[502, 0], [200, 100]])
    }))
})

// =============================================================================
// A transport with `sendIn` (the Node transport's way): the first attempt's response in the
// attempt's scope given to it, its status noted by the attempt itself
// =============================================================================

/** `scriptedSse` with `sendIn`; `log` says which way each request went and when its scope closed. */
const scriptedSseIn = (steps: ReadonlyArray<StreamStep>, models: Array<string>, log: Array<string>): Transport.Service => {
  const base = scriptedSse(steps, models)
  return {
    ...base,
    send: (request) => Effect.zipRight(Effect.sync(() => log.push(`send ${request.model}`)), base.send(request)),
    sendIn: (request, scope) =>
      Effect.zipRight(
        Effect.sync(() => log.push(`sendIn ${request.model}`)),
        Effect.zipRight(
          Scope.addFinalizer(scope, Effect.sync(() => log.push(`released ${request.model}`))),
          Effect.provideService(base.send(request), Scope.Scope, scope)
        )
      )
  }
}

describe("the fused first attempt of a streamed call over a transport with sendIn", () => {
  const observeIn = (steps: ReadonlyArray<StreamStep>, staged: boolean) => {
    const log: Array<string> = []
    return Effect.map(observeCall((models) => scriptedSseIn(steps, models, log), "stream", staged), (o) => ({ ...o, log }))
  }
  for (const [name, steps] of Object.entries(streamScripts)) {
    it.effect(`${name}: the same outcome as through the stages (and as without sendIn)`, () =>
      Effect.gen(function*() {
        const { log, ...fused } = yield* observeIn(steps, false)
        const { log: stagedLog, ...staged } = yield* observeIn(steps, true)
        const plain = yield* observeStream(steps, false)
        assert.strictEqual(fused.fused, 1)
        assert.deepStrictEqual({ ...fused, fused: 0 }, { ...staged, fused: 0 })
        assert.deepStrictEqual(fused, plain)
        // Only the fused first attempt goes through sendIn; its scope is closed before any later
        // attempt is sent (a failed first attempt) or when the call ends.
        assert.deepStrictEqual(log.slice(0, 2), ["sendIn a/first", "released a/first"])
        assert.isFalse(log.slice(1).some((l) => l.startsWith("sendIn")))
        assert.isFalse(stagedLog.some((l) => l.startsWith("sendIn")))
      }))
  }

  it.effect("the attempts log has the statuses the first attempt got through sendIn", () =>
    Effect.gen(function*() {
      const retried = yield* observeIn(streamScripts["an error event before any content, then answered"] ?? [], false)
      const meta = (retried.result as { ok: { meta: { attempts: ReadonlyArray<{ status?: number; waitMs: number }> } } }).ok.meta
      assert.deepStrictEqual(meta.attempts.map((a) => [a.status, a.waitMs]), [[502, 0], [200, 100]])
      assert.deepStrictEqual(retried.log, ["sendIn a/first", "released a/first", "send a/first"])
    }))
})
