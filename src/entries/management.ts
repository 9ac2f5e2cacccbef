/**
 * `effect-openrouter/management`: the management API as its own service, with its own key
 * (`OPENROUTER_MANAGEMENT_KEY`), so an app's inference key never gains management rights
 * (docs/management.md). On Node, `OpenRouterManagementLive` is in `effect-openrouter/node`.
 *
 * ```ts
 * import { Effect } from "effect"
 * import { OpenRouterManagement } from "effect-openrouter/management"
 * import { OpenRouterManagementLive } from "effect-openrouter/node"
 *
 * const keys = Effect.flatMap(OpenRouterManagement.OpenRouterManagement, (m) => m.keys.list())
 * Effect.runPromise(keys.pipe(Effect.provide(OpenRouterManagementLive)))
 * ```
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Management from "../Management.js"
/** @since 0.1.0 */
export * as OpenRouterManagement from "../OpenRouterManagement.js"
