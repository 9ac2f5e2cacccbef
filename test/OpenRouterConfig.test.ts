import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Duration, Effect, Exit, Layer, Redacted } from "effect"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"

const withEnv = (env: Record<string, string>) => Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env))))

const buildEnv = (env: Record<string, string>) =>
  Effect.scoped(Layer.build(OpenRouterConfig.layerEnv)).pipe(
    Effect.map((ctx) => ctx.unsafeMap.get(OpenRouterConfig.OpenRouterConfig.key) as OpenRouterConfig.Service),
    withEnv(env),
    Effect.exit
  )

describe("OpenRouterConfig", () => {
  it.effect("reads the key as Redacted, defaults the base URL", () =>
    Effect.gen(function*() {
      const exit = yield* buildEnv({ OPENROUTER_API_KEY: "sk-or-v1-abcdefabcdef" })
      assert.isTrue(Exit.isSuccess(exit))
      if (Exit.isSuccess(exit)) {
        assert.isTrue(Redacted.isRedacted(exit.value.apiKey))
        assert.strictEqual(Redacted.value(exit.value.apiKey), "sk-or-v1-abcdefabcdef")
        assert.notInclude(String(exit.value.apiKey), "abcdef")
        assert.strictEqual(exit.value.baseUrl, "https://openrouter.ai/api/v1")
        assert.strictEqual(Duration.toMillis(exit.value.timeouts.deadline), 600_000)
        assert.strictEqual(exit.value.limits.maxEventBytes, 8 * 1024 * 1024)
      }
    }))

  it.effect("a missing key fails with a ConfigError naming the variable", () =>
    Effect.gen(function*() {
      const exit = yield* buildEnv({})
      assert.isTrue(Exit.isFailure(exit))
      if (Exit.isFailure(exit)) {
        const text = String(exit.cause)
        assert.include(text, "ConfigError")
        assert.include(text, "OPENROUTER_API_KEY")
      }
    }))

  it.effect("a non-HTTPS base URL is refused; loopback HTTP is allowed", () =>
    Effect.gen(function*() {
      const bad = yield* buildEnv({ OPENROUTER_API_KEY: "k-123456", OPENROUTER_BASE_URL: "http://example.com/api/v1" })
      assert.isTrue(Exit.isFailure(bad))
      assert.include(String(Exit.isFailure(bad) ? bad.cause : ""), "OPENROUTER_BASE_URL")
      const notUrl = yield* buildEnv({ OPENROUTER_API_KEY: "k-123456", OPENROUTER_BASE_URL: "not a url" })
      assert.isTrue(Exit.isFailure(notUrl))
      for (const url of ["http://127.0.0.1:8080/api/v1", "http://localhost:1/", "http://[::1]:9/v1"]) {
        const ok = yield* buildEnv({ OPENROUTER_API_KEY: "k-123456", OPENROUTER_BASE_URL: url })
        assert.isTrue(Exit.isSuccess(ok), url)
      }
    }))

  it.effect("an empty key is refused", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(OpenRouterConfig.make({ apiKey: "  " }))
      assert.isTrue(Exit.isFailure(exit))
    }))

  it.effect("options: attribution, headers, timeouts", () =>
    Effect.gen(function*() {
      const config = yield* OpenRouterConfig.make({
        apiKey: "sk-or-v1-xyzxyzxyz",
        baseUrl: "https://example.org/v1/",
        referer: "https://myapp.example",
        title: "My App",
        headers: { "x-custom": "1" },
        timeouts: { idle: "5 seconds", attempt: 1000 }
      })
      assert.strictEqual(config.baseUrl, "https://example.org/v1")
      assert.strictEqual(config.referer, "https://myapp.example")
      assert.strictEqual(config.title, "My App")
      assert.strictEqual(Duration.toMillis(config.timeouts.idle), 5000)
      assert.strictEqual(config.timeouts.attempt !== undefined ? Duration.toMillis(config.timeouts.attempt) : 0, 1000)
    }))
})
