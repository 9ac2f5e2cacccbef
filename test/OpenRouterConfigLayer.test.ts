/**
 * `OpenRouterConfig.layerConfig`: configuration from variables the caller names.
 */
import { assert, describe, it } from "@effect/vitest"
import { Config, ConfigProvider, Effect, Either, Layer, Redacted } from "effect"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import type { ConfigError } from "../src/OpenRouterError.js"

const build = (layer: Layer.Layer<OpenRouterConfig.OpenRouterConfig, ConfigError>, env: Record<string, string>) =>
  OpenRouterConfig.OpenRouterConfig.pipe(
    Effect.provide(layer),
    Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))),
    Effect.either
  )

describe("layerConfig with the caller's own variable names", () => {
  it.effect("only the key given: base URL, referer and title take their defaults", () =>
    Effect.gen(function*() {
      const layer = OpenRouterConfig.layerConfig({ apiKey: Config.redacted("MY_ROUTER_KEY") })
      const config = yield* build(layer, { MY_ROUTER_KEY: "sk-or-v1-mine-123456" })
      assert.isTrue(Either.isRight(config))
      if (Either.isLeft(config)) return
      assert.strictEqual(Redacted.value(config.right.apiKey), "sk-or-v1-mine-123456")
      assert.strictEqual(config.right.baseUrl, OpenRouterConfig.DEFAULT_BASE_URL)
      assert.isUndefined(config.right.referer)
      assert.isUndefined(config.right.title)
    }))

  it.effect("a missing variable that is not an OPENROUTER_ one: \"Invalid configuration\", no variable named", () =>
    Effect.gen(function*() {
      const layer = OpenRouterConfig.layerConfig({ apiKey: Config.redacted("MY_ROUTER_KEY") })
      const result = yield* build(layer, {})
      assert.isTrue(Either.isLeft(result))
      if (Either.isRight(result)) return
      const error = result.left
      assert.strictEqual(error._tag, "ConfigError")
      assert.match(error.message, /^Invalid configuration: /)
      assert.include(error.message, "MY_ROUTER_KEY")
      assert.isUndefined(error.variable)
    }))
})
