/**
 * A 404 is `ModelNotFoundError` only when it is about a model: the request named one, the error
 * carries model availability details, or the message says a model / endpoint was not found.
 * Every other 404 (a generation not yet recorded, a key, a job, an unknown route) is
 * `NotFoundError`. Classification cases, then the wire: a `node:http` server on 127.0.0.1 answering
 * 404 to a generation lookup, through both transports.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import * as Api from "../src/api.js"
import * as CircuitBreaker from "../src/CircuitBreaker.js"
import * as Fallback from "../src/Fallback.js"
import * as NodeEntry from "../src/node.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as E from "../src/OpenRouterError.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import { userMessage } from "./helpers.js"

const notFound = (message: string) => ({ error: { code: 404, message } })

describe("classify: a 404 is about a model or about another resource", () => {
  const cases: ReadonlyArray<
    readonly [
      name: string,
      input: E.ClassifyInput,
      tag: "ModelNotFoundError" | "NotFoundError",
      kind: string
    ]
  > = [
    ["a generation lookup (no model)", { status: 404, body: notFound("Generation gen-123 not found") }, "NotFoundError", "not_found"],
    ["a management resource (no model)", { status: 404, body: notFound("Key not found") }, "NotFoundError", "not_found"],
    ["an unknown route (no model)", { status: 404, body: notFound("Not found: GET /api/v1/nope") }, "NotFoundError", "not_found"],
    ["a body that is not JSON (no model)", { status: 404, text: "Not Found" }, "NotFoundError", "not_found"],
    ["an empty body (no model)", { status: 404 }, "NotFoundError", "not_found"],
    ["error_type not_found (no model)", { status: 404, body: { error: { code: 404, message: "gone", metadata: { error_type: "not_found" } } } }, "NotFoundError", "not_found"],
    ["image_not_found, even on a request for a model", { status: 404, model: "openai/gpt-4o", body: { error: { code: 404, message: "image not found", metadata: { error_type: "image_not_found" } } } }, "NotFoundError", "image_not_found"],
    ["any 404 of a request that named a model", { status: 404, model: "openai/gpt-4o", body: notFound("Not Found") }, "ModelNotFoundError", "not_found"],
    ["error_type not_found of a request that named a model", { status: 404, model: "a/b", body: { error: { code: 404, message: "gone", metadata: { error_type: "not_found" } } } }, "ModelNotFoundError", "not_found"],
    ["the message says the model was not found", { status: 404, body: notFound("Model openai/gpt-9 not found") }, "ModelNotFoundError", "not_found"],
    ["the message says the model does not exist", { status: 404, body: notFound("The model `x/y` does not exist") }, "ModelNotFoundError", "not_found"],
    ["the message says the model id is not valid", { status: 404, body: notFound("x/y is not a valid model ID") }, "ModelNotFoundError", "model_not_found"],
    ["no endpoints found", { status: 404, body: notFound("No endpoints found for x/y.") }, "ModelNotFoundError", "no_endpoints"],
    ["no endpoint found", { status: 404, body: notFound("No endpoint found that supports tool use") }, "ModelNotFoundError", "not_found"],
    ["no allowed providers", { status: 404, body: notFound("No allowed providers are available for the selected model.") }, "ModelNotFoundError", "no_allowed_providers"],
    [
      "model availability details",
      { status: 404, body: { error: { message: "…", error_type: "not_found", availability: { code: "model_deprecated", retryable: false } } } },
      "ModelNotFoundError",
      "model_deprecated"
    ],
    [
      "an unknown availability code",
      { status: 404, body: { error: { message: "gone", availability: { code: "moved_to_the_moon", retryable: false } } } },
      "ModelNotFoundError",
      "moved_to_the_moon"
    ],
    ["a 404 error chunk inside a 200 (no model)", { status: 200, body: notFound("Generation gen-1 not found") }, "NotFoundError", "not_found"]
  ]
  for (const [name, input, tag, kind] of cases) {
    it(name, () => {
      const error = E.classify(input)
      assert.strictEqual(error._tag, tag)
      assert.strictEqual(error.kind, kind)
      assert.strictEqual(error.status, 404)
      assert.isFalse(error.isRetryable)
      assert.isFalse(E.mayHaveBeenBilled(error))
    })
  }

  it("the 400 wordings are unchanged", () => {
    assert.strictEqual(E.classify({ status: 400, body: { error: { code: 400, message: "x/y is not a valid model ID" } } })._tag, "ModelNotFoundError")
    assert.strictEqual(E.classify({ status: 400, body: { error: { code: 400, message: "bad param" } }, model: "a/b" })._tag, "InvalidRequestError")
  })
})

describe("NotFoundError", () => {
  it("kind not_found by default, not retryable, one of the library's errors, round-trips its schema", () => {
    const error = new E.NotFoundError({ message: "Generation gen-1 not found", status: 404 })
    assert.strictEqual(error.kind, "not_found")
    assert.isFalse(error.isRetryable)
    assert.isTrue(E.isOpenRouterError(error))
    assert.isFalse(E.isRetryable(error))
    const decoded = Schema.decodeSync(E.NotFoundError)(Schema.encodeSync(E.NotFoundError)(error))
    assert.strictEqual(decoded._tag, "NotFoundError")
    assert.strictEqual(decoded.message, error.message)
    // it may end a stream after its commit point
    const reason = Schema.decodeUnknownSync(E.InterruptReason)(Schema.encodeSync(E.NotFoundError)(error))
    assert.strictEqual(reason._tag, "NotFoundError")
  })

  it("the breaker counts it as an answer, the fallback plan does not move on", () => {
    const error = new E.NotFoundError({ message: "gone", status: 404 })
    assert.strictEqual(CircuitBreaker.classify(error), "success")
    assert.isUndefined(Fallback.listFor(error))
  })
})

// =============================================================================
// On the wire
// =============================================================================

const KEY = "sk-or-v1-notfound-0123456789"

/** Answers 404 to every request, as OpenRouter does for a generation it has no record of. */
const server = Effect.acquireRelease(
  Effect.async<{ readonly url: string; readonly paths: Array<string>; readonly srv: http.Server }>((resume) => {
    const paths: Array<string> = []
    const srv = http.createServer((req, res) => {
      paths.push(req.url ?? "")
      req.resume()
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://x")
        const id = url.searchParams.get("id")
        res.writeHead(404, { "content-type": "application/json" })
        // the spec's example message of every 404
        res.end(JSON.stringify(notFound(id === null ? "Resource not found" : `Generation ${id} not found`)))
      })
    })
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as AddressInfo
      resume(Effect.succeed({ url: `http://127.0.0.1:${port}/api/v1`, paths, srv }))
    })
  }),
  ({ srv }) =>
    Effect.async<void>((resume) => {
      srv.closeAllConnections()
      srv.close(() => resume(Effect.void))
    })
)

const layers = (url: string) => ({
  node: NodeEntry.layerNode({ apiKey: KEY, baseUrl: url }),
  portable: OpenRouter.layer.pipe(
    Layer.provide(RetryPolicy.none),
    Layer.provide(Layer.orDie(OpenRouterConfig.layer({ apiKey: KEY, baseUrl: url }))),
    Layer.provide(NodeHttpClient.layerUndici)
  )
})

describe("a 404 on the wire", () => {
  it.scoped("a generation lookup answered 404 is NotFoundError, not retried, on both transports", () =>
    Effect.gen(function*() {
      const { paths, url } = yield* server
      for (const [name, layer] of Object.entries(layers(url))) {
        const error = yield* Effect.flip(
          Effect.flatMap(OpenRouter.OpenRouter, (client) => client.generation("gen-404")).pipe(Effect.provide(layer))
        )
        assert.strictEqual(error._tag, "NotFoundError", name)
        assert.strictEqual(error._tag === "NotFoundError" ? error.status : undefined, 404, name)
        assert.strictEqual(error.message, "Generation gen-404 not found", name)
        // the same operation through `call` (no model in it)
        const called = yield* Effect.flip(
          Effect.flatMap(OpenRouter.OpenRouter, (client) =>
            client.call(Api.Generations.getGeneration, { query: { id: "gen-405" } })).pipe(Effect.provide(layer))
        )
        assert.strictEqual(called._tag, "NotFoundError", name)
      }
      // one request per lookup: not retried, even under the default retry policy (layerNode)
      assert.deepStrictEqual(paths, [
        "/api/v1/generation?id=gen-404",
        "/api/v1/generation?id=gen-405",
        "/api/v1/generation?id=gen-404",
        "/api/v1/generation?id=gen-405"
      ])
    }))

  it.scoped("the same 404 to a chat request (a model named) is ModelNotFoundError", () =>
    Effect.gen(function*() {
      const { url } = yield* server
      for (const [name, layer] of Object.entries(layers(url))) {
        for (const wire of ["json", "stream"] as const) {
          const error = yield* Effect.flip(
            Effect.flatMap(OpenRouter.OpenRouter, (client) =>
              client.chat({ model: "openai/gpt-4o", messages: userMessage() }, { wire })).pipe(Effect.provide(layer))
          )
          assert.strictEqual(error._tag, "ModelNotFoundError", `${name} ${wire}`)
        }
      }
    }))

  it.scoped("a 404 on a path that names the model (its endpoints) is ModelNotFoundError, with the model", () =>
    Effect.gen(function*() {
      const { url } = yield* server
      for (const [name, layer] of Object.entries(layers(url))) {
        const error = yield* Effect.flip(
          Effect.flatMap(OpenRouter.OpenRouter, (client) => client.endpoints("acme/missing")).pipe(Effect.provide(layer))
        )
        assert.strictEqual(error._tag, "ModelNotFoundError", name)
        assert.strictEqual(error._tag === "ModelNotFoundError" ? error.model : undefined, "acme/missing", name)
        assert.strictEqual(error.message, "Resource not found", name)
        // any operation whose path names a model: `GET /model/{author}/{slug}` through `call`
        const called = yield* Effect.flip(
          Effect.flatMap(OpenRouter.OpenRouter, (client) =>
            client.call(Api.Models.getModel, { path: { author: "acme", slug: "gone" } })).pipe(Effect.provide(layer))
        )
        assert.strictEqual(called._tag, "ModelNotFoundError", name)
        assert.strictEqual(called._tag === "ModelNotFoundError" ? called.model : undefined, "acme/gone", name)
      }
    }))
})
