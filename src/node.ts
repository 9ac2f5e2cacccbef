/**
 * `effect-openrouter/node`: the Node-specific layers. The main entry (`effect-openrouter`) is
 * runtime-agnostic and needs an `HttpClient`; this entry supplies the Node transport (undici
 * called directly, `NodeTransport`) together with the environment configuration and the default
 * policies, and Node's `HttpClient` (undici, from `@effect/platform-node`) for the portable
 * transport.
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
import * as NodeTransport from "./NodeTransport.js"
import * as OpenRouter from "./OpenRouter.js"
import * as OpenRouterConfig from "./OpenRouterConfig.js"
import * as OpenRouterManagement from "./OpenRouterManagement.js"
import type { ConfigError } from "./OpenRouterError.js"

/**
 * The Node transport (undici called directly); see `NodeTransport`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerTransport = NodeTransport.layer

/**
 * Node's HTTP client for the portable transport (`OpenRouter.layer`): undici
 * (`NodeHttpClient.layerUndici`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = NodeHttpClient.layerUndici

/**
 * Everything from the environment: `OPENROUTER_API_KEY` (required), `OPENROUTER_BASE_URL`,
 * `OPENROUTER_HTTP_REFERER`, `OPENROUTER_APP_TITLE`; the Node transport (undici called
 * directly; a configuration with `transformClient` gets the portable transport over undici's
 * `HttpClient`); the default policies (`OpenRouter.defaultPolicies`: retry and a per-model
 * circuit breaker).
 *
 * @since 0.1.0
 * @category layers
 */
export const OpenRouterLive: Layer.Layer<OpenRouter.OpenRouter, ConfigError> = OpenRouter.layerWithTransport.pipe(
  Layer.provide(OpenRouter.defaultPolicies),
  Layer.provide(NodeTransport.layer),
  Layer.provide(OpenRouterConfig.layerEnv)
)

/**
 * `OpenRouterLive` with a configuration given in code.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNode = (options: OpenRouterConfig.Options): Layer.Layer<OpenRouter.OpenRouter, ConfigError> =>
  OpenRouter.layerWithTransport.pipe(
    Layer.provide(OpenRouter.defaultPolicies),
    Layer.provide(NodeTransport.layer),
    Layer.provide(OpenRouterConfig.layer(options))
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
