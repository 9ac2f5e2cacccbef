/**
 * `effect-openrouter/node`: the Node-specific layers. The main entry (`effect-openrouter`) is
 * runtime-agnostic and needs an `HttpClient`; this entry supplies Node's (undici, from
 * `@effect/platform-node`) together with the environment configuration and the default policies.
 *
 * ```ts
 * import { Effect } from "effect"
 * import { OpenRouter } from "effect-openrouter"
 * import { OpenRouterLive } from "effect-openrouter/node"
 *
 * const program = Effect.flatMap(OpenRouter.OpenRouter, (client) =>
 *   client.chat({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }))
 *
 * Effect.runPromise(program.pipe(Effect.provide(OpenRouterLive))) // reads OPENROUTER_API_KEY
 * ```
 *
 * @since 0.1.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Layer from "effect/Layer"
import * as OpenRouter from "./OpenRouter.js"
import * as OpenRouterConfig from "./OpenRouterConfig.js"
import * as OpenRouterManagement from "./OpenRouterManagement.js"
import type { ConfigError } from "./OpenRouterError.js"

/**
 * Node's HTTP client for the transport: undici (`NodeHttpClient.layerUndici`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = NodeHttpClient.layerUndici

/**
 * Everything from the environment: `OPENROUTER_API_KEY` (required), `OPENROUTER_BASE_URL`,
 * `OPENROUTER_HTTP_REFERER`, `OPENROUTER_APP_TITLE`; Node's HTTP client (undici); the default
 * policies (`OpenRouter.defaultPolicies`: retry and a per-model circuit breaker).
 *
 * @since 0.1.0
 * @category layers
 */
export const OpenRouterLive: Layer.Layer<OpenRouter.OpenRouter, ConfigError> = OpenRouter.layer.pipe(
  Layer.provide(OpenRouter.defaultPolicies),
  Layer.provide(OpenRouterConfig.layerEnv),
  Layer.provide(layerHttpClient)
)

/**
 * `OpenRouterLive` with a configuration given in code.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNode = (options: OpenRouterConfig.Options): Layer.Layer<OpenRouter.OpenRouter, ConfigError> =>
  OpenRouter.layer.pipe(
    Layer.provide(OpenRouter.defaultPolicies),
    Layer.provide(OpenRouterConfig.layer(options)),
    Layer.provide(layerHttpClient)
  )

/**
 * The management client from the environment: `OPENROUTER_MANAGEMENT_KEY` (required; the
 * inference key is never used), `OPENROUTER_BASE_URL`; Node's HTTP client (undici); the default
 * policies (retry and a circuit breaker).
 *
 * @since 0.1.0
 * @category layers
 */
export const OpenRouterManagementLive: Layer.Layer<OpenRouterManagement.OpenRouterManagement, ConfigError> =
  OpenRouterManagement.layer.pipe(
    Layer.provide(OpenRouter.defaultPolicies),
    Layer.provide(OpenRouterManagement.layerEnv),
    Layer.provide(layerHttpClient)
  )
