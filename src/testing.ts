/**
 * `effect-openrouter/testing`: the test tools. `OpenRouterTest` (canned answers and scripted
 * faults behind an `HttpClient`; portable, also in the main entry), the `Simulator` (an
 * OpenRouter-compatible server on 127.0.0.1, Node) and the `Recorder` (cassettes on disk, Node).
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as OpenRouterTest from "./OpenRouterTest.js"
/** @since 0.1.0 */
export * as Recorder from "./Recorder.js"
/** @since 0.1.0 */
export * as Simulator from "./Simulator.js"
