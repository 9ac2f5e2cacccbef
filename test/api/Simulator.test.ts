/**
 * The Simulator serves every operation of the spec: `OpenRouter.call(op, input)` answers every
 * inference operation (the spec's example where no other route serves it, decoded by the generated
 * schema), the spec-example fallback serves the management operations too (for
 * `OpenRouterManagement`), and it refuses a request without a bearer token with 401.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import * as Api from "../../src/api.js"
import * as NodeTransport from "../../src/NodeTransport.js"
import * as OpenRouter from "../../src/OpenRouter.js"
import * as RetryPolicy from "../../src/RetryPolicy.js"
import * as Simulator from "../../src/Simulator.js"
import { findRoute } from "../../src/simulator/specRoutes.js"
import { specRoutes } from "../../src/simulator/specExamples.js"
import { type Case, cases, getAt, inputOf, operationOf } from "./cases.js"

const live = OpenRouter.layer.pipe(
  Layer.provide(RetryPolicy.none),
  Layer.provideMerge(Simulator.layer({ timings: { chunkDelay: "0 millis", firstTokenDelay: "0 millis" } })),
  Layer.provideMerge(NodeHttpClient.layerUndici)
)

/** Inference bodies name a model the Simulator serves. */
const simInput = (c: Case): unknown => {
  const input = inputOf(c)
  const body = getAt(input, ["body"])
  if (typeof body !== "object" || body === null || Array.isArray(body) || !("model" in body)) return input
  return { ...(input as object), body: { ...body, model: "sim/echo" } }
}

const inference = cases.filter((c) => c.key === "inference")

/** The case's path with its sample parameters. */
const concretePath = (c: Case): string =>
  c.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(getAt(c.input, ["path", name]) ?? "x")))

describe("OpenRouter.call against the Simulator", () => {
  it("matches every operation's path against the templates (fixed segments first)", () => {
    for (const route of specRoutes) {
      const concrete = route.path.replace(/\{[^}]+\}/g, "abc")
      assert.strictEqual(findRoute(route.method, concrete)?.id, route.id, `${route.method} ${concrete}`)
    }
    assert.strictEqual(findRoute("GET", "/videos/models")?.id, "listVideosModels")
    assert.strictEqual(findRoute("GET", "/guardrails/assignments/keys")?.id, "listKeyAssignments")
    assert.strictEqual(findRoute("GET", "/nowhere"), undefined)
  })

  it.layer(live, { timeout: 60_000 })((it) => {
    const answered = { fromSpec: 0, dedicated: [] as Array<string> }
    for (const c of inference) {
      if (c.id === "uploadFile") continue // multipart: see below
      it.effect(`${c.module}.${c.name} (${c.method} ${c.path})`, () =>
        Effect.gen(function*() {
          const client = yield* OpenRouter.OpenRouter
          const sim = yield* Simulator.Simulator
          const http = yield* HttpClient.HttpClient
          const op = operationOf(c)
          const route = specRoutes.find((r) => r.id === c.id)
          // Which route answers: the spec-example fallback names the operation in a header.
          const probe = yield* http.execute(
            HttpClientRequest.make(c.method as "GET")(`${sim.url}${concretePath(c)}`).pipe(
              HttpClientRequest.bearerToken(sim.apiKey)
            )
          )
          const fallback = probe.headers["x-sim-spec-example"] === c.id
          const result = yield* Effect.either(client.call(op, simInput(c)))
          if (fallback) {
            if (result._tag === "Left") assert.fail(`${result.left._tag}: ${result.left.message}`)
            answered.fromSpec++
            const expected = c.response === "bytes"
              ? new TextEncoder().encode(route?.body ?? "")
              : JSON.parse(route?.body ?? "null")
            assert.deepStrictEqual(result.right, expected)
          } else {
            // A dedicated route (chat, embeddings, models, media…) answers with its own semantics:
            // a success decodes, a refusal is a typed API error — never a shape or transport failure.
            answered.dedicated.push(c.id)
            if (result._tag === "Left") {
              assert.notInclude(["MalformedResponseError", "TransportError"], result.left._tag, result.left.message)
            }
          }
        }))
    }

    it("most inference operations are answered with the spec's examples", () => {
      assert.isAbove(answered.fromSpec, 20)
      assert.strictEqual(answered.fromSpec + answered.dedicated.length, inference.length - 1)
    })

    it.effect("answers an inference operation with the spec's example, decoded by the generated schema", () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const providers = yield* client.call(Api.Datasets.getAppRankings, {})
        const route = specRoutes.find((r) => r.id === "getAppRankings")
        assert.deepStrictEqual(providers, JSON.parse(route?.body ?? "null"))
        const sim = yield* Simulator.Simulator
        const requests = yield* sim.requests
        const last = requests[requests.length - 1]
        assert.strictEqual(last?.path, "/datasets/app-rankings")
        assert.strictEqual(last?.headers["authorization"], "<redacted>")
      }))

    it.effect("serves the management operations' spec examples too (the key check is the management routes')", () =>
      Effect.gen(function*() {
        const sim = yield* Simulator.Simulator
        const http = yield* HttpClient.HttpClient
        for (const c of cases.filter((k) => k.key === "management")) {
          const route = specRoutes.find((r) => r.id === c.id)
          if (route === undefined) continue
          const url = `${sim.url}${c.path.replace(/\{[^}]+\}/g, "x1")}`
          const response = yield* http.execute(
            HttpClientRequest.make(c.method as "GET")(url).pipe(
              HttpClientRequest.bearerToken(sim.apiKey),
              c.method === "GET" || c.method === "DELETE" ? (r) => r : HttpClientRequest.bodyUnsafeJson(c.input.body ?? {})
            )
          )
          // A management route another module adds may answer differently (e.g. 404 for an unknown id).
          assert.isTrue(response.status < 500, `${c.id}: ${response.status}`)
        }
      }))

    it.effect("answers 401 without a bearer token", () =>
      Effect.gen(function*() {
        const sim = yield* Simulator.Simulator
        const http = yield* HttpClient.HttpClient
        const response = yield* http.execute(HttpClientRequest.get(`${sim.url}/providers`))
        assert.strictEqual(response.status, 401)
        const unknown = yield* http.execute(
          HttpClientRequest.get(`${sim.url}/no/such/operation`).pipe(HttpClientRequest.bearerToken(sim.apiKey))
        )
        assert.strictEqual(unknown.status, 404)
      }))
  })
})

describe("a multipart operation against the Simulator", () => {
  // The body is serialized before the transport (src/pipeline/operation.ts), so every transport
  // sends the same bytes: the portable one over undici and over fetch, and the Node transport.
  const sim = Simulator.layer()
  const transports = {
    "portable transport over undici": OpenRouter.layer.pipe(Layer.provideMerge(sim), Layer.provide(NodeHttpClient.layerUndici)),
    "portable transport over fetch": OpenRouter.layer.pipe(Layer.provideMerge(sim), Layer.provide(FetchHttpClient.layer)),
    "Node transport": OpenRouter.layerWithTransport.pipe(Layer.provide(NodeTransport.layer), Layer.provideMerge(sim))
  }
  for (const [name, layer] of Object.entries(transports)) {
    it.effect(`Files.uploadFile sends the file and decodes the spec's example (${name})`, () =>
      Effect.gen(function*() {
        const client = yield* OpenRouter.OpenRouter
        const file = yield* client.call(Api.Files.uploadFile, { body: { file: new Blob(["%PDF-1.4"], { type: "application/pdf" }) } })
        assert.deepStrictEqual(file, JSON.parse(specRoutes.find((r) => r.id === "uploadFile")?.body ?? "null"))
        const simulator = yield* Simulator.Simulator
        const last = (yield* simulator.requests).at(-1)
        assert.strictEqual(last?.path, "/files")
        assert.include(String(last?.headers["content-type"]), "multipart/form-data; boundary=")
        assert.include(String(last?.body), "%PDF-1.4")
      }).pipe(Effect.provide(Layer.provide(layer, RetryPolicy.none))))
  }
})
