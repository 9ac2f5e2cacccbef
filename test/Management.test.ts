/**
 * The management client against the Simulator's stateful management API: keys provisioned,
 * listed, updated and revoked; workspaces, budgets, members; guardrails and assignments; the
 * two keys kept apart (each client refuses the other's operations, the inference key gets 403
 * from the management API); the management key redacted; retries of creates vs reads.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Schedule, Schema } from "effect"
import * as Byok from "../src/api/Byok.js"
import * as Management from "../src/Management.js"
import * as Operation from "../src/Operation.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as OpenRouterManagement from "../src/OpenRouterManagement.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import { makeTracer } from "./tracer.js"

/** Both clients on one Simulator, retries fast. */
const both = (options: Simulator.Options = {}, retry: Partial<RetryPolicy.Options> = { maxRetries: 0 }) =>
  Layer.mergeAll(OpenRouter.layer, OpenRouterManagement.layer).pipe(
    Layer.provide(RetryPolicy.layer(retry)),
    Layer.provideMerge(Simulator.layerManagementConfig()),
    Layer.provideMerge(Simulator.layer(options)),
    Layer.provideMerge(NodeHttpClient.layerUndici)
  )

const fast = { maxRetries: 3, schedule: Schedule.spaced("5 millis") }

const management = OpenRouterManagement.OpenRouterManagement

describe("OpenRouterManagement: keys", () => {
  it.live("a key provisioned, listed, updated, disabled and revoked", () =>
    Effect.gen(function*() {
      const m = yield* management
      const sim = yield* Simulator.Simulator
      const created = yield* m.keys.create({ name: "customer-42", limit: 10.25, limitReset: "monthly" })

      // The secret: Redacted, never printed, not in `raw`.
      const secret = Redacted.value(created.key)
      assert.match(secret, /^sk-or-v1-[0-9a-f]{64}$/)
      assert.notInclude(String(created.key), secret)
      assert.notInclude(JSON.stringify(created, (_, v) => (typeof v === "bigint" ? String(v) : v)), secret)
      assert.notInclude(JSON.stringify(created.info.raw), secret)

      // Domain values: exact money, camelCase, dates.
      const info = created.info
      assert.strictEqual(info.name, "customer-42")
      assert.isFalse(info.disabled)
      assert.deepStrictEqual(info.limit, { _tag: "Limited", picos: 10_250_000_000_000n, micros: 10_250_000 })
      assert.strictEqual(info.limitRemaining?._tag, "Limited")
      assert.strictEqual(info.limitReset, "monthly")
      assert.strictEqual(info.usage.total?.picos, 0n)
      assert.strictEqual(info.expiresAt, "never")
      assert.instanceOf(info.createdAt, Date)
      assert.isString(info.workspaceId)

      const listed = yield* m.keys.list()
      assert.deepStrictEqual(listed.map((k) => k.hash), [info.hash])

      const fetched = yield* m.keys.get(info.hash)
      assert.strictEqual(fetched.label, info.label)

      // A null limit is Unlimited.
      const renamed = yield* m.keys.update(info.hash, { name: "customer-42b", limit: null, limitReset: null })
      assert.strictEqual(renamed.name, "customer-42b")
      assert.deepStrictEqual(renamed.limit, { _tag: "Unlimited" })
      assert.deepStrictEqual(renamed.limitRemaining, { _tag: "Unlimited" })
      assert.strictEqual(renamed.limitReset, "never")
      assert.instanceOf(renamed.updatedAt, Date)

      // Disabled: left out of the list unless asked for; revoked: gone.
      yield* m.keys.update(info.hash, { disabled: true })
      assert.strictEqual((yield* m.keys.list()).length, 0)
      assert.strictEqual((yield* m.keys.list({ includeDisabled: true })).length, 1)
      yield* m.keys.delete(info.hash)
      const gone = yield* Effect.flip(m.keys.get(info.hash))
      assert.strictEqual(gone._tag, "NotFoundError") // a 404 on a resource that is not a model
      assert.strictEqual(gone.kind, "not_found")
      assert.strictEqual((yield* m.keys.list({ includeDisabled: true })).length, 0)

      // The Simulator saw the management key, never logged it.
      const requests = yield* sim.requests
      const dump = JSON.stringify(requests)
      assert.notInclude(dump, sim.managementKey)
      assert.notInclude(dump, secret)
      assert.isTrue(requests.some((r) => r.method === "PATCH" && r.path === `/keys/${info.hash}`))
    }).pipe(Effect.provide(both())))

  it.live("a provisioned key works for inference on the Simulator until disabled or deleted", () =>
    Effect.gen(function*() {
      const m = yield* management
      const sim = yield* Simulator.Simulator
      const created = yield* m.keys.create({ name: "customer" })
      const customer = yield* Layer.build(OpenRouter.layer.pipe(
        Layer.provide(RetryPolicy.none),
        Layer.provide(OpenRouterConfig.layer({ apiKey: created.key, baseUrl: sim.url })),
        Layer.provide(NodeHttpClient.layerUndici)
      ))
      const chat = Effect.flatMap(
        OpenRouter.OpenRouter,
        (c) => c.chat({ model: "sim/echo", messages: [{ role: "user", content: "hi" }] }, { wire: "json" })
      ).pipe(Effect.provide(customer))
      assert.include((yield* chat).text, "hi")
      yield* m.keys.update(created.info.hash, { disabled: true })
      assert.strictEqual((yield* Effect.flip(chat))._tag, "AuthenticationError")
      yield* m.keys.update(created.info.hash, { disabled: false })
      assert.include((yield* chat).text, "hi")
      yield* m.keys.delete(created.info.hash)
      assert.strictEqual((yield* Effect.flip(chat))._tag, "AuthenticationError")
    }).pipe(Effect.scoped, Effect.provide(both())))

  it.live("bad input is a typed error: an empty name (server 400) and an empty hash (local)", () =>
    Effect.gen(function*() {
      const m = yield* management
      const sim = yield* Simulator.Simulator
      const bad = yield* Effect.flip(m.keys.create({ name: " " }))
      assert.strictEqual(bad._tag, "InvalidRequestError")
      const before = (yield* sim.requests).length
      const empty = yield* Effect.flip(m.keys.get(""))
      assert.strictEqual(empty._tag, "InvalidRequestError")
      assert.strictEqual(empty._tag === "InvalidRequestError" ? empty.field : undefined, "path.hash")
      assert.strictEqual((yield* sim.requests).length, before)
    }).pipe(Effect.provide(both())))
})

describe("OpenRouterManagement: workspaces and guardrails", () => {
  it.live("a workspace with budgets and members", () =>
    Effect.gen(function*() {
      const m = yield* management
      const ws = yield* m.workspaces.create({ name: "Research", slug: "research", description: "R&D" })
      assert.strictEqual(ws.slug, "research")
      assert.strictEqual(ws.description, "R&D")
      assert.strictEqual((yield* m.workspaces.get("research")).id, ws.id)
      const page = yield* m.workspaces.list()
      assert.strictEqual(page.totalCount, 2) // the default workspace and this one
      assert.include(page.items.map((w) => w.id), ws.id)
      assert.strictEqual((yield* m.workspaces.update(ws.id, { description: null })).description, undefined)

      const monthly = yield* m.workspaces.budgets.set(ws.id, "monthly", { limitUsd: 99.99 })
      assert.strictEqual(monthly.limit?.picos, 99_990_000_000_000n)
      assert.strictEqual(monthly.resetInterval, "monthly")
      const lifetime = yield* m.workspaces.budgets.set(ws.id, "lifetime", { limitUsd: 1000 })
      assert.strictEqual(lifetime.resetInterval, "never")
      assert.strictEqual((yield* m.workspaces.budgets.list(ws.id)).length, 2)
      assert.strictEqual((yield* m.workspaces.budgets.get(ws.id, "monthly")).id, monthly.id)
      yield* m.workspaces.budgets.delete(ws.id, "monthly")
      assert.strictEqual((yield* m.workspaces.budgets.list(ws.id)).length, 1)

      const added = yield* m.workspaces.members.add(ws.id, ["user_a", "user_b"])
      assert.deepStrictEqual(added.map((x) => x.userId), ["user_a", "user_b"])
      assert.strictEqual((yield* m.workspaces.members.add(ws.id, ["user_a"])).length, 0)
      assert.strictEqual(yield* m.workspaces.members.remove(ws.id, ["user_a", "user_z"]), 1)
      const members = yield* m.workspaces.members.list(ws.id)
      assert.deepStrictEqual(members.items.map((x) => x.userId), ["user_b"])

      // A key in the workspace blocks its deletion; without it the workspace goes.
      const key = yield* m.keys.create({ name: "ws-key", workspaceId: ws.id })
      assert.strictEqual(key.info.workspaceId, ws.id)
      assert.strictEqual((yield* m.keys.list({ workspaceId: ws.id })).length, 1)
      assert.strictEqual((yield* Effect.flip(m.workspaces.delete(ws.id)))._tag, "InvalidRequestError")
      yield* m.keys.delete(key.info.hash)
      yield* m.workspaces.delete(ws.id)
      assert.strictEqual((yield* Effect.flip(m.workspaces.get(ws.id)))._tag, "NotFoundError")
    }).pipe(Effect.provide(both())))

  it.live("a guardrail with keys and members assigned", () =>
    Effect.gen(function*() {
      const m = yield* management
      const g = yield* m.guardrails.create({
        name: "EU only",
        limitUsd: 25.5,
        resetInterval: "weekly",
        allowedProviders: ["mistral"],
        enforceZdr: true
      })
      assert.deepStrictEqual(g.limit, { _tag: "Limited", picos: 25_500_000_000_000n, micros: 25_500_000 })
      assert.strictEqual(g.resetInterval, "weekly")
      assert.deepStrictEqual(g.allowedProviders, ["mistral"])
      assert.strictEqual(g.raw["enforce_zdr"], true)

      const updated = yield* m.guardrails.update(g.id, { limitUsd: null })
      assert.deepStrictEqual(updated.limit, { _tag: "Unlimited" })
      assert.strictEqual((yield* m.guardrails.list()).items.length, 1)

      const k1 = yield* m.keys.create({ name: "k1" })
      const k2 = yield* m.keys.create({ name: "k2" })
      assert.strictEqual(yield* m.guardrails.keys.assign(g.id, [k1.info.hash, k2.info.hash]), 2)
      const assigned = yield* m.guardrails.keys.list(g.id)
      assert.deepStrictEqual(assigned.items.map((a) => a.subject).sort(), [k1.info.hash, k2.info.hash].sort())
      assert.strictEqual(assigned.totalCount, 2)
      assert.strictEqual(yield* m.guardrails.keys.unassign(g.id, [k1.info.hash]), 1)
      assert.strictEqual(yield* m.guardrails.members.assign(g.id, ["user_a"]), 1)
      assert.deepStrictEqual((yield* m.guardrails.members.list(g.id)).items.map((a) => a.subject), ["user_a"])
      assert.strictEqual(yield* m.guardrails.members.unassign(g.id, ["user_a"]), 1)

      yield* m.guardrails.delete(g.id)
      assert.strictEqual((yield* Effect.flip(m.guardrails.get(g.id)))._tag, "NotFoundError")
    }).pipe(Effect.provide(both())))

  it.live("credits and activity, exact", () =>
    Effect.gen(function*() {
      const m = yield* management
      const credits = yield* m.credits()
      assert.strictEqual(credits.totalCredits.picos, 100_000_000_000_000n)
      assert.deepStrictEqual(yield* m.activity(), [])
    }).pipe(Effect.provide(both())))

  it.live("the Simulator's reset forgets keys, workspaces and guardrails", () =>
    Effect.gen(function*() {
      const m = yield* management
      const sim = yield* Simulator.Simulator
      yield* m.keys.create({ name: "k" })
      yield* m.workspaces.create({ name: "W", slug: "w" })
      yield* m.guardrails.create({ name: "G" })
      yield* sim.reset
      assert.strictEqual((yield* m.keys.list()).length, 0)
      assert.strictEqual((yield* m.workspaces.list()).totalCount, 1) // the default workspace
      assert.strictEqual((yield* m.guardrails.list()).items.length, 0)
    }).pipe(Effect.provide(both())))

  it("activity rows: camelCase, exact usage, unknown fields kept", () => {
    const row = Schema.decodeUnknownSync(Management.ActivityWire)({
      date: "2026-08-24",
      model: "openai/gpt-4.1",
      provider_name: "OpenAI",
      usage: 0.015,
      requests: 5,
      prompt_tokens: 50,
      completion_tokens: 125,
      reasoning_tokens: 25,
      new_field: { nested: true }
    })
    const a = Management.activity(row)
    assert.strictEqual(a.usage?.picos, 15_000_000_000n)
    assert.strictEqual(a.provider, "OpenAI")
    assert.deepStrictEqual(Reflect.get(a.raw, "new_field"), { nested: true })
  })

  it("a key decodes with an unknown field and an unknown reset interval, nothing lost", () => {
    const raw = Schema.decodeUnknownSync(Management.ApiKeyWire)({
      hash: "abc",
      limit: 5,
      usage: 1.5,
      limit_reset: "quarterly",
      disabled: false,
      brand_new: [1, 2]
    })
    const k = Management.managedKey(raw)
    assert.strictEqual(k.limitReset, "quarterly")
    assert.strictEqual(k.limitRemaining?._tag === "Limited" ? k.limitRemaining.picos : undefined, 3_500_000_000_000n)
    assert.deepStrictEqual(Reflect.get(k.raw, "brand_new"), [1, 2])
    assert.isUndefined(k.expiresAt) // absent: unknown, not "never"
  })
})

describe("the two keys kept apart", () => {
  it.live("the inference client refuses management operations locally: nothing is sent", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const sim = yield* Simulator.Simulator
      const error = yield* Effect.flip(client.call(Management.Operations.createKey, { body: { name: "x" } }))
      assert.strictEqual(error._tag, "InvalidRequestError")
      assert.include(error.message, "OpenRouterManagement")
      assert.strictEqual(error._tag === "InvalidRequestError" ? error.field : undefined, "operation")
      assert.strictEqual((yield* sim.requests).length, 0)
    }).pipe(Effect.provide(both())))

  it.live("the management client refuses inference operations locally", () =>
    Effect.gen(function*() {
      const m = yield* management
      const sim = yield* Simulator.Simulator
      const currentKey = Operation.make(
        {
          id: "getCurrentKey",
          tag: "API Keys",
          method: "GET",
          path: "/key",
          body: "none",
          response: "json",
          key: "inference",
          metered: false,
          idempotent: true,
          summary: "The calling key"
        },
        Schema.Struct({}),
        Schema.Unknown
      )
      const error = yield* Effect.flip(m.call(currentKey, {}))
      assert.strictEqual(error._tag, "InvalidRequestError")
      assert.include(error.message, "never used for inference")
      assert.strictEqual((yield* sim.requests).length, 0)
    }).pipe(Effect.provide(both())))

  it.live("the management client with the inference key: 403 PermissionDeniedError", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const error = yield* Effect.flip(Effect.flatMap(management, (m) => m.keys.list()).pipe(
        Effect.provide(OpenRouterManagement.layer.pipe(
          Layer.provide(OpenRouterManagement.layerConfig({ managementKey: sim.apiKey, baseUrl: sim.url })),
          Layer.provide(NodeHttpClient.layerUndici)
        ))
      ))
      assert.strictEqual(error._tag, "PermissionDeniedError")
      assert.include(error.message, "Only management keys can perform this operation")
      assert.strictEqual(error._tag === "PermissionDeniedError" ? error.status : undefined, 403)
    }).pipe(Effect.provide(Simulator.layerServer())))

  it.live("the Simulator's management API: 401 without a token, 403 for an unknown one, nothing logged in clear", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const http = yield* HttpClient.HttpClient
      const none = yield* http.execute(HttpClientRequest.get(`${sim.url}/keys`))
      assert.strictEqual(none.status, 401)
      assert.include(JSON.stringify(yield* none.json), "Missing Authentication header")
      const other = yield* http.execute(
        HttpClientRequest.get(`${sim.url}/workspaces`).pipe(HttpClientRequest.bearerToken("sk-or-v1-someone-else-123456"))
      )
      assert.strictEqual(other.status, 403)
      const ok = yield* http.execute(
        HttpClientRequest.get(`${sim.url}/workspaces`).pipe(HttpClientRequest.bearerToken(sim.managementKey))
      )
      assert.strictEqual(ok.status, 200)
      const logged = (yield* sim.requests).map((r) => r.headers["authorization"])
      assert.deepStrictEqual(logged, [undefined, "<redacted>", "<redacted>"])
    }).pipe(Effect.scoped, Effect.provide(Layer.merge(Simulator.layerServer({ managementKey: "mgmt-custom-key-0001" }), NodeHttpClient.layerUndici))))

  it.live("operations without a dedicated route (BYOK…): the management key gets the spec example, the inference key 403", () =>
    Effect.gen(function*() {
      const m = yield* management
      const sim = yield* Simulator.Simulator
      const byok = yield* m.call(Byok.listByokKeys, {})
      assert.isArray(byok.data)
      const http = yield* HttpClient.HttpClient
      const refused = yield* http.execute(
        HttpClientRequest.get(`${sim.url}/byok`).pipe(HttpClientRequest.bearerToken(sim.apiKey))
      )
      assert.strictEqual(refused.status, 403)
    }).pipe(Effect.scoped, Effect.provide(both())))

  it.effect("layerEnv reads OPENROUTER_MANAGEMENT_KEY only, never OPENROUTER_API_KEY", () =>
    Effect.gen(function*() {
      const read = (env: Record<string, string>) =>
        Effect.flatMap(OpenRouterManagement.ManagementConfig, (c) => Effect.succeed(c)).pipe(
          Effect.provide(OpenRouterManagement.layerEnv),
          Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env))))
        )
      const missing = yield* Effect.flip(read({ OPENROUTER_API_KEY: "sk-or-v1-inference-only-000000" }))
      assert.strictEqual(missing.variable, "OPENROUTER_MANAGEMENT_KEY")
      assert.include(missing.message, "management key")
      const empty = yield* Effect.flip(read({ OPENROUTER_MANAGEMENT_KEY: " " }))
      assert.strictEqual(empty.message, "OPENROUTER_MANAGEMENT_KEY is empty")
      const config = yield* read({
        OPENROUTER_MANAGEMENT_KEY: "mgmt-secret-value-123",
        OPENROUTER_BASE_URL: "http://127.0.0.1:9/api/v1"
      })
      assert.strictEqual(Redacted.value(config.apiKey), "mgmt-secret-value-123")
      assert.strictEqual(config.baseUrl, "http://127.0.0.1:9/api/v1")
      assert.notInclude(String(config.apiKey), "mgmt-secret")
    }))

  it.live("the management key never appears in an error or a span", () =>
    Effect.gen(function*() {
      // A key of no known shape (only the configuration's registration can scrub it), and a proxy
      // that echoes the Authorization header in its failure.
      const key = "mgmt-TopSecretValue-0123456789"
      const echoing = HttpClient.make((request) =>
        Effect.fail(
          new HttpClientError.RequestError({
            request,
            reason: "Transport",
            // the bare token, not "Bearer …" (which is scrubbed by pattern whatever the key)
            cause: new Error(`proxy refused: ${(request.headers["authorization"] ?? "?").replace(/^Bearer\s+/i, "")}`)
          })
        )
      )
      const { spans, tracer } = makeTracer()
      const error = yield* Effect.flip(Effect.flatMap(management, (m) => m.keys.create({ name: "x" }))).pipe(
        Effect.provide(OpenRouterManagement.layer.pipe(
          Layer.provide(RetryPolicy.none),
          Layer.provide(OpenRouterManagement.layerConfig({
            managementKey: key,
            baseUrl: "http://127.0.0.1:9/api/v1",
            transformClient: () => echoing
          })),
          Layer.provide(NodeHttpClient.layerUndici)
        )),
        Effect.withTracer(tracer)
      )
      assert.strictEqual(error._tag, "TransportError")
      assert.include(error.message, "proxy refused")
      assert.include(error.message, "<redacted>")
      assert.notInclude(error.message, key)
      assert.notInclude(JSON.stringify(error), key)
      assert.notInclude(String(error), key)
      const request = spans.find((s) => s.name.startsWith("createKey"))
      assert.isDefined(request)
      const dump = JSON.stringify(spans.map((s) => [s.name, [...s.attributes], s.status._tag])) +
        spans.map((s) => (s.status._tag === "Ended" ? String(s.status.exit) : "")).join("\n")
      assert.isAbove(spans.length, 0)
      assert.notInclude(dump, key)
      assert.notInclude(dump, "TopSecret")
    }))
})

describe("the new key's secret is never echoed", () => {
  it.effect("a create answer that fails to decode: the error's excerpt has no secret", () =>
    Effect.gen(function*() {
      const secret = `sk-or-v1-${"ab12".repeat(16)}`
      // An answer missing fields the schema requires, carrying the new secret.
      const answer = HttpClient.make((request) =>
        Effect.succeed(HttpClientResponse.fromWeb(
          request,
          new Response(JSON.stringify({ data: { hash: "h1" }, key: secret }), {
            status: 201,
            headers: { "content-type": "application/json" }
          })
        ))
      )
      const error = yield* Effect.flip(Effect.flatMap(management, (m) => m.keys.create({ name: "x" }))).pipe(
        Effect.provide(OpenRouterManagement.layer.pipe(
          Layer.provide(RetryPolicy.none),
          Layer.provide(OpenRouterManagement.layerConfig({
            managementKey: "sk-or-v1-sim-management-test",
            baseUrl: "http://127.0.0.1:9/api/v1",
            transformClient: () => answer
          })),
          Layer.provide(NodeHttpClient.layerUndici)
        ))
      )
      assert.strictEqual(error._tag, "MalformedResponseError")
      assert.include(error._tag === "MalformedResponseError" ? error.excerpt : "", "h1")
      assert.notInclude(JSON.stringify(error), secret)
      assert.notInclude(String(error), secret)
    }))
})

describe("retries: a create is not repeated once it may have been processed, a read is", () => {
  it.live("POST /keys processed, then the connection drops: one request, one key, the error returned", () =>
    Effect.gen(function*() {
      const m = yield* management
      const sim = yield* Simulator.Simulator
      const error = yield* Effect.flip(
        m.call(Management.Operations.createKey, { body: { name: "once" } }, { headers: { "x-sim-scenario": "drop-after-1" } })
      )
      assert.strictEqual(error._tag, "TransportError")
      assert.isTrue(error._tag === "TransportError" && error.sent)
      const posts = (yield* sim.requests).filter((r) => r.method === "POST" && r.path === "/keys")
      assert.strictEqual(posts.length, 1)
      // It was processed: retrying would have made a second key.
      assert.strictEqual((yield* m.keys.list()).length, 1)
    }).pipe(Effect.provide(both({}, fast))))

  it.live("GET /keys/{hash} dropped once: retried, and answered", () =>
    Effect.gen(function*() {
      const m = yield* management
      const sim = yield* Simulator.Simulator
      const created = yield* m.keys.create({ name: "read-me" })
      const got = yield* m.call(Management.Operations.getKey, { path: { hash: created.info.hash } }, {
        headers: { "x-sim-scenario": "drop-after-1" }
      })
      assert.strictEqual(got.data.hash, created.info.hash)
      const gets = (yield* sim.requests).filter((r) => r.method === "GET" && r.path === `/keys/${created.info.hash}`)
      assert.strictEqual(gets.length, 2)
    }).pipe(Effect.provide(both({}, fast))))

  it.live("POST /keys answered 503 before anything was done: retried, one key", () =>
    Effect.gen(function*() {
      const m = yield* management
      const sim = yield* Simulator.Simulator
      const created = yield* m.call(Management.Operations.createKey, { body: { name: "after-503" } }, {
        headers: { "x-sim-scenario": "flaky-503-1" }
      })
      assert.strictEqual(created.data.name, "after-503")
      const posts = (yield* sim.requests).filter((r) => r.method === "POST" && r.path === "/keys")
      assert.strictEqual(posts.length, 2)
      assert.strictEqual((yield* m.keys.list()).length, 1)
    }).pipe(Effect.provide(both({}, fast))))
})
