/**
 * How the examples run: against the real API when OPENROUTER_API_KEY is set, otherwise against
 * the embedded Simulator on 127.0.0.1 (no key, no network). Tests run every example's `program`
 * against the Simulator.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import type * as HttpClient from "@effect/platform/HttpClient"
import { Console, Effect, Layer } from "effect"
import { pathToFileURL } from "node:url"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as Simulator from "../src/Simulator.js"

/** True when the examples talk to the real API. */
export const live = (process.env["OPENROUTER_API_KEY"] ?? "") !== ""

/** HTTP client + configuration: the real API, or a Simulator started for the run. */
export const base: Layer.Layer<HttpClient.HttpClient | OpenRouterConfig.OpenRouterConfig, unknown> = live
  ? Layer.merge(NodeHttpClient.layerUndici, OpenRouterConfig.layerEnv)
  : Layer.merge(NodeHttpClient.layerUndici, Simulator.layer())

/** `OpenRouter` over `base` with the given policy layers (default: retry on). */
export const openRouter = <P = never>(policies: Layer.Layer<P> = Layer.empty as Layer.Layer<never> as Layer.Layer<P>) =>
  OpenRouter.layer.pipe(Layer.provideMerge(policies), Layer.provideMerge(base))

/** True when this module is the script being run (`npx tsx examples/x.ts`). */
export const isMain = (url: string): boolean =>
  process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href

/** Runs an example program, saying where it runs. */
export const run = <A, E, R>(program: Effect.Effect<A, E, R>, layer: Layer.Layer<R, unknown>) =>
  NodeRuntime.runMain(
    Console.log(live ? "(real OpenRouter API)" : "(no OPENROUTER_API_KEY: running against the local Simulator)").pipe(
      Effect.zipRight(program),
      Effect.provide(layer)
    )
  )
