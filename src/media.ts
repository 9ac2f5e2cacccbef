/**
 * `effect-openrouter/media`: the types and helpers of the media APIs — rerank, images, speech and
 * transcription, video jobs — and the cheapest (model, provider) selection. The calls themselves
 * are members of the `OpenRouter` service (`rerank`, `images`, `speech`, `transcription`,
 * `videos`), which loads these modules on first use, so the core entry stays light for programs
 * that never call them.
 *
 * ```ts
 * import { Effect } from "effect"
 * import { OpenRouter } from "effect-openrouter"
 * import { Rerank } from "effect-openrouter/media"
 *
 * const top = Effect.flatMap(OpenRouter.OpenRouter, (client) =>
 *   client.rerank({ model: "cohere/rerank-v3.5", query: "capital of France", documents: ["Paris…", "Berlin…"] }))
 * const best = (result: Rerank.RerankResult) => result.results[0]
 * ```
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Audio from "./Audio.js"
/** @since 0.1.0 */
export * as EndpointSelection from "./EndpointSelection.js"
/** @since 0.1.0 */
export * as Images from "./Images.js"
/** @since 0.1.0 */
export * as Rerank from "./Rerank.js"
/** @since 0.1.0 */
export * as Videos from "./Videos.js"
