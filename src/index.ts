/**
 * effect-openrouter: an Effect-native OpenRouter client.
 *
 * The main entry is the runtime-agnostic core: it imports only `effect` and `@effect/platform`
 * (no `node:` module, no Node globals) and runs over any `HttpClient` — `FetchHttpClient` in
 * browsers, Deno, Bun and edge workers, undici on Node. Node's layers (`OpenRouterLive`,
 * `layerNode`) live in `effect-openrouter/node`; the Simulator and the Recorder in
 * `effect-openrouter/testing`.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Account from "./Account.js"
/** @since 0.1.0 */
export * as Bulkhead from "./Bulkhead.js"
/** @since 0.1.0 */
export * as ChatChunk from "./ChatChunk.js"
/** @since 0.1.0 */
export * as ChatCompletion from "./ChatCompletion.js"
/** @since 0.1.0 */
export * as ChatRequest from "./ChatRequest.js"
/** @since 0.1.0 */
export * as ChatResult from "./ChatResult.js"
/** @since 0.1.0 */
export * as ChatStream from "./ChatStream.js"
/** @since 0.1.0 */
export * as CircuitBreaker from "./CircuitBreaker.js"
/** @since 0.1.0 */
export * as Embeddings from "./Embeddings.js"
/** @since 0.1.0 */
export * as Fallback from "./Fallback.js"
/** @since 0.1.0 */
export * as Generation from "./Generation.js"
/** @since 0.1.0 */
export * as Model from "./Model.js"
/** @since 0.1.0 */
export * as ModelId from "./ModelId.js"
/** @since 0.1.0 */
export * as OpenRouter from "./OpenRouter.js"
/** @since 0.1.0 */
export * as OpenRouterConfig from "./OpenRouterConfig.js"
/** @since 0.1.0 */
export * as OpenRouterError from "./OpenRouterError.js"
/** @since 0.1.0 */
export * as OpenRouterTest from "./OpenRouterTest.js"
/** @since 0.1.0 */
export * as RateLimit from "./RateLimit.js"
/** @since 0.1.0 */
export * as RetryPolicy from "./RetryPolicy.js"
/** @since 0.1.0 */
export * as Sse from "./Sse.js"
/** @since 0.1.0 */
export * as Transport from "./Transport.js"
/** @since 0.1.0 */
export * as Usage from "./Usage.js"
/** @since 0.1.0 */
export * as Budget from "./Budget.js"
/** @since 0.1.0 */
export * as CostMeter from "./CostMeter.js"
/** @since 0.1.0 */
export * as ModelRegistry from "./ModelRegistry.js"
/** @since 0.1.0 */
export * as Money from "./Money.js"
/** @since 0.1.0 */
export * as Telemetry from "./Telemetry.js"
/** @since 0.1.0 */
export * as Content from "./Content.js"
/** @since 0.1.0 */
export * as Reasoning from "./Reasoning.js"
/** @since 0.1.0 */
export * as Structured from "./Structured.js"
/** @since 0.1.0 */
export * as Tools from "./Tools.js"
/** @since 0.1.0 */
export * as UsageLedger from "./UsageLedger.js"
/** @since 0.1.0 */
export * as ModelSelection from "./ModelSelection.js"
/** @since 0.1.0 */
export * as Operation from "./Operation.js"
/** @since 0.1.0 */
export * as ModelEndpoints from "./ModelEndpoints.js"
/** @since 0.1.0 */
export * as Responses from "./Responses.js"
/** @since 0.1.0 */
export * as ResponsesStream from "./ResponsesStream.js"
/** @since 0.1.0 */
export * as Messages from "./Messages.js"
/** @since 0.1.0 */
export * as MessagesStream from "./MessagesStream.js"
