/**
 * `OpenRouterConfig.transformClient` (issue 11 item 4): a hook wrapping the `HttpClient` every
 * request goes through — extra headers, a proxy that rewrites the URL, custom tracing — checked
 * against the Simulator on 127.0.0.1, which records the headers it received.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { assert, describe, it } from "@effect/vitest"
import { Config, ConfigProvider, Effect, Layer, Schedule, Stream } from "effect"
import * as ModelRegistry from "../src/ModelRegistry.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import { makeTracer } from "./tracer.js"

const user = (content: string) => [{ role: "user" as const, content }]

const addHeader = (client: HttpClient.HttpClient) =>
  client.pipe(HttpClient.mapRequest(HttpClientRequest.setHeader("x-proxy-tag", "tenant-7")))

const withClient = <A, E>(
  f: (client: OpenRouter.Service, sim: Simulator.Service) => Effect.Effect<A, E>,
  options: Simulator.Options = {},
  retry: Layer.Layer<RetryPolicy.RetryPolicy> = RetryPolicy.none
) =>
  Effect.gen(function*() {
    const client = yield* OpenRouter.OpenRouter
    const sim = yield* Simulator.Simulator
    return yield* f(client, sim)
  }).pipe(
    Effect.provide(
      OpenRouter.layer.pipe(
        Layer.provide(retry),
        Layer.provideMerge(Simulator.layer(options)),
        Layer.provide(NodeHttpClient.layerUndici)
      )
    )
  )

describe("transformClient", () => {
  it.live("a transform adding a header: the server sees it on JSON, streamed and GET requests", () =>
    withClient((client, sim) =>
      Effect.gen(function*() {
        const json = yield* client.chat({ model: "sim/echo", messages: user("one") }, { wire: "json" })
        assert.include(json.text, "one")
        const text = yield* client.chatStream({ model: "sim/echo", messages: user("two") }).pipe(
          Stream.runFold("", (acc, event) => event._tag === "TextDelta" ? acc + event.text : acc)
        )
        assert.include(text, "two")
        yield* client.models()
        const requests = yield* sim.requests
        assert.deepStrictEqual(requests.map((r) => r.path), ["/chat/completions", "/chat/completions", "/models"])
        for (const request of requests) assert.strictEqual(request.headers["x-proxy-tag"], "tenant-7")
        // the library's own headers are still there: the transform wraps, it does not replace
        for (const request of requests) {
          assert.strictEqual(request.headers["authorization"], "<redacted>")
          assert.match(request.headers["user-agent"] ?? "", /^effect-openrouter\//)
        }
      }), { config: { transformClient: addHeader } }))

  it.live("without a transform the header is absent (the check above can fail)", () =>
    withClient((client, sim) =>
      Effect.gen(function*() {
        yield* client.chat({ model: "sim/echo", messages: user("x") }, { wire: "json" })
        const [request] = yield* sim.requests
        assert.isDefined(request)
        assert.isUndefined(request?.headers["x-proxy-tag"])
      })))

  it.live("the transform sees every attempt: each retry goes through it", () => {
    const seen: Array<string> = []
    const tap = (client: HttpClient.HttpClient) =>
      client.pipe(HttpClient.mapRequest((request) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`)
        return HttpClientRequest.setHeader(request, "x-attempt", String(seen.length))
      }))
    return withClient(
      (client, sim) =>
        Effect.gen(function*() {
          const result = yield* client.chat({ model: "sim/flaky-503-2", messages: user("retry me") }, { wire: "json" })
          assert.strictEqual(result.finishReason, "stop")
          assert.deepStrictEqual(seen, ["POST /api/v1/chat/completions", "POST /api/v1/chat/completions", "POST /api/v1/chat/completions"])
          const requests = yield* sim.requests
          assert.deepStrictEqual(requests.map((r) => r.headers["x-attempt"]), ["1", "2", "3"])
        }),
      { config: { transformClient: tap } },
      RetryPolicy.layer({ maxRetries: 2, schedule: Schedule.spaced("1 millis") })
    )
  })

  it.live("a proxy transform rewriting the URL: the configured base URL is never contacted", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const reroute = (client: HttpClient.HttpClient) =>
        client.pipe(HttpClient.mapRequest((request) =>
          HttpClientRequest.setUrl(request, request.url.replace("http://127.0.0.1:9/api/v1", sim.url))
        ))
      const result = yield* Effect.flatMap(
        OpenRouter.OpenRouter,
        (client) => client.chat({ model: "sim/echo", messages: user("via proxy") }, { wire: "json" })
      ).pipe(
        Effect.provide(
          OpenRouter.layer.pipe(
            Layer.provide(RetryPolicy.none),
            // port 9 (discard) on loopback: nothing listens there; only the transform makes this work
            Layer.provide(OpenRouterConfig.layer({
              apiKey: sim.apiKey,
              baseUrl: "http://127.0.0.1:9/api/v1",
              transformClient: reroute
            })),
            Layer.provide(NodeHttpClient.layerUndici)
          )
        )
      )
      assert.include(result.text, "via proxy")
      assert.strictEqual((yield* sim.requests).length, 1)
    }).pipe(Effect.provide(Simulator.layerServer())))

  it.live("custom tracing: the platform's http.client span is off by default, a transform turns it on", () =>
    Effect.gen(function*() {
      const run = (transformClient?: (client: HttpClient.HttpClient) => HttpClient.HttpClient) => {
        const { spans, tracer } = makeTracer()
        return Effect.map(
          withClient(
            (client) => Effect.withTracer(client.chat({ model: "sim/echo", messages: user("traced") }, { wire: "json" }), tracer),
            transformClient !== undefined ? { config: { transformClient } } : {}
          ),
          () => spans.map((s) => s.name)
        )
      }
      const plain = yield* run()
      assert.isFalse(plain.some((name) => name.startsWith("http.client")), plain.join(", "))
      const traced = yield* run(HttpClient.withTracerDisabledWhen(() => false))
      assert.include(traced, "http.client POST")
    }))

  it.live("layerConfig (environment configuration) takes the transform in its options", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const config = OpenRouterConfig.layerConfig(
        { apiKey: Config.redacted("KEY"), baseUrl: Config.option(Config.string("BASE")) },
        { transformClient: addHeader }
      )
      yield* Effect.flatMap(OpenRouter.OpenRouter, (client) => client.models()).pipe(
        Effect.provide(
          OpenRouter.layer.pipe(
            Layer.provide(RetryPolicy.none),
            Layer.provide(config),
            Layer.provide(NodeHttpClient.layerUndici)
          )
        ),
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["KEY", sim.apiKey], ["BASE", sim.url]])))
      )
      const requests = yield* sim.requests
      assert.deepStrictEqual(requests.map((r) => [r.path, r.headers["x-proxy-tag"]]), [["/models", "tenant-7"]])
    }).pipe(Effect.provide(Simulator.layerServer())))

  it.live("the model registry's /models fetch goes through the transform too", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const models = yield* Effect.flatMap(ModelRegistry.ModelRegistry, (registry) => registry.models).pipe(
        Effect.provide(
          OpenRouter.layerModelRegistry().pipe(
            Layer.provide(OpenRouterConfig.layer({ apiKey: sim.apiKey, baseUrl: sim.url, transformClient: addHeader })),
            Layer.provide(NodeHttpClient.layerUndici)
          )
        )
      )
      assert.isAbove(models.length, 0)
      const requests = yield* sim.requests
      assert.deepStrictEqual(requests.map((r) => [r.path, r.headers["x-proxy-tag"]]), [["/models", "tenant-7"]])
    }).pipe(Effect.provide(Simulator.layerServer())))
})
