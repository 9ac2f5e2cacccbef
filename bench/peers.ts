/**
 * The peer clients of the benchmark, each loaded once (static ESM imports) and pointed at the
 * bench server, exposing the same `Client` operations as the floor and ours:
 *
 * - `openai`: the `openai` package, `chat.completions.create` (stream and not), `maxRetries: 0`.
 * - `openrouter-sdk`: `@openrouter/sdk`, `chat.send({ chatRequest })` (stream and not), no retries.
 * - `effect-ai-official`: `@effect/ai-openrouter`'s `OpenRouterLanguageModel` over its
 *   `OpenRouterClient` (`apiUrl` = the bench server) on `NodeHttpClient.layerUndici`, called
 *   through `@effect/ai`'s `LanguageModel.generateText` / `streamText` in a `ManagedRuntime`
 *   built once.
 * - `effect-ai-ours`: the same `@effect/ai` program over `effect-openrouter/ai`'s
 *   `OpenRouterLanguageModel` (on the Node transport with the default policies, as `OpenRouterLive`): the
 *   `streamText` ours-vs-official comparison of issue 14.
 *
 * A scenario is chosen by the base URL, so each client keeps one instance per scenario (built on
 * first use, by `prepare`, outside every measurement).
 */
import * as LanguageModel from "@effect/ai/LanguageModel"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import { OpenRouter as OpenRouterSdk } from "@openrouter/sdk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import OpenAI from "openai"
import * as Ai from "../src/ai.js"
import * as NodeTransport from "../src/NodeTransport.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import { baseUrlFor, json as jsonScenario, type Scenario } from "./bodies.js"
import { API_KEY, CHAT_REQUEST, type Client, type OpenStream, type StreamResult } from "./clients.js"
import { officialLanguageModel } from "./official.mjs"

/** The peers' names, in the order the report lists them. */
export const PEER_NAMES = ["openai", "openrouter-sdk", "effect-ai-official", "effect-ai-ours"] as const
export type PeerName = typeof PEER_NAMES[number]

export interface Peer extends Omit<Client, "name"> {
  readonly name: PeerName
  readonly dispose: () => Promise<void>
}

const runMany = async (total: number, concurrency: number, one: () => Promise<unknown>): Promise<number> => {
  let started = 0
  let done = 0
  const worker = async () => {
    while (started < total) {
      started++
      await one()
      done++
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker))
  return done
}

/** A fold over content pieces: length, count and the time of the first. */
const makeFold = (onFirst?: () => void) => {
  let length = 0
  let events = 0
  let firstAt = 0
  return {
    add(content: unknown) {
      if (typeof content !== "string" || content.length === 0) return
      if (events === 0) {
        firstAt = performance.now()
        onFirst?.()
      }
      length += content.length
      events++
    },
    result: (): StreamResult => ({ length, events, firstAt })
  }
}

/** Streams a client's `close` did not end within a second (see `openWith`), per client. */
export const unsettledAfterClose: Record<string, number> = {}

/**
 * `open` for promise-based clients: an abortable stream. `done` settles when the stream ends, or
 * one second after `close` if the client's iteration does not end on abort (counted in
 * `unsettledAfterClose`: @openrouter/sdk leaves some of 500 aborted streams pending).
 */
const openWith = (
  name: string,
  stream: (s: Scenario, signal: AbortSignal, onFirst: () => void) => Promise<unknown>
) =>
(s: Scenario, onFirst: () => void): OpenStream => {
  const controller = new AbortController()
  let settled = false
  const ended = stream(s, controller.signal, onFirst).catch(() => undefined).finally(() => {
    settled = true
  })
  let closed: () => void = () => {}
  const afterClose = new Promise<void>((resolve) => {
    closed = resolve
  }).then(() => new Promise<void>((resolve) => setTimeout(resolve, 1000).unref()))
  const done = Promise.race([ended, afterClose.then(() => {
    if (!settled) unsettledAfterClose[name] = (unsettledAfterClose[name] ?? 0) + 1
  })])
  return {
    close: () => {
      controller.abort()
      closed()
    },
    done
  }
}

const perScenario = <A>(port: number, make: (baseUrl: string) => A) => {
  const cache = new Map<string, A>()
  return (s: Scenario): A => {
    const baseUrl = baseUrlFor(port, s)
    let hit = cache.get(baseUrl)
    if (hit === undefined) {
      hit = make(baseUrl)
      cache.set(baseUrl, hit)
    }
    return hit
  }
}

// =============================================================================
// openai
// =============================================================================

export const makeOpenAi = (port: number): Peer => {
  const clientFor = perScenario(port, (baseURL) => new OpenAI({ apiKey: API_KEY, baseURL, maxRetries: 0 }))
  const stream = async (s: Scenario, signal?: AbortSignal, onFirst?: () => void): Promise<StreamResult> => {
    const fold = makeFold(onFirst)
    const chunks = await clientFor(s).chat.completions.create(
      { ...CHAT_REQUEST, stream: true },
      signal !== undefined ? { signal } : undefined
    )
    for await (const chunk of chunks) fold.add(chunk.choices[0]?.delta?.content)
    return fold.result()
  }
  const json = async (): Promise<number> => {
    const completion = await clientFor(jsonScenario).chat.completions.create({ ...CHAT_REQUEST, stream: false })
    return completion.choices[0]?.message.content?.length ?? -1
  }
  return {
    name: "openai",
    prepare: async (scenarios) => {
      for (const s of [...scenarios, jsonScenario]) clientFor(s)
    },
    stream: (s) => stream(s),
    streamMany: async (s, n) => (await Promise.all(Array.from({ length: n }, () => stream(s)))).reduce((a, r) => a + r.events, 0),
    json,
    jsonMany: (total, concurrency) => runMany(total, concurrency, json),
    open: openWith("openai", stream),
    takeReads: () => ({ reads: 0, bytes: 0 }),
    dispose: async () => {}
  }
}

// =============================================================================
// @openrouter/sdk
// =============================================================================

export const makeOpenRouterSdk = (port: number): Peer => {
  const clientFor = perScenario(port, (serverURL) => new OpenRouterSdk({ apiKey: API_KEY, serverURL }))
  const noRetries = { retries: { strategy: "none" as const } }
  const stream = async (s: Scenario, signal?: AbortSignal, onFirst?: () => void): Promise<StreamResult> => {
    const fold = makeFold(onFirst)
    const events = await clientFor(s).chat.send(
      { chatRequest: { ...CHAT_REQUEST, stream: true } },
      { ...noRetries, ...(signal !== undefined ? { signal } : {}) }
    )
    if (!(Symbol.asyncIterator in events)) throw new Error("@openrouter/sdk: expected an event stream")
    for await (const chunk of events) fold.add(chunk.choices[0]?.delta?.content)
    return fold.result()
  }
  const json = async (): Promise<number> => {
    const result = await clientFor(jsonScenario).chat.send({ chatRequest: { ...CHAT_REQUEST, stream: false } }, noRetries)
    if (Symbol.asyncIterator in result) throw new Error("@openrouter/sdk: expected a completion")
    const content = result.choices[0]?.message.content
    return typeof content === "string" ? content.length : -1
  }
  return {
    name: "openrouter-sdk",
    prepare: async (scenarios) => {
      for (const s of [...scenarios, jsonScenario]) clientFor(s)
    },
    stream: (s) => stream(s),
    streamMany: async (s, n) => (await Promise.all(Array.from({ length: n }, () => stream(s)))).reduce((a, r) => a + r.events, 0),
    json,
    jsonMany: (total, concurrency) => runMany(total, concurrency, json),
    open: openWith("openrouter-sdk", stream),
    takeReads: () => ({ reads: 0, bytes: 0 }),
    dispose: async () => {}
  }
}

// =============================================================================
// @effect/ai: the official provider and ours, one program
// =============================================================================

/**
 * An `@effect/ai` client: one `ManagedRuntime` (one undici Agent) and one `LanguageModel` per
 * scenario, built once into a scope. `languageModel(baseUrl)` is the provider's layer.
 */
const makeEffectAi = (
  name: "effect-ai-official" | "effect-ai-ours",
  port: number,
  languageModel: (baseUrl: string) => Layer.Layer<LanguageModel.LanguageModel, unknown, HttpClient.HttpClient>
): Peer => {
  const runtime = ManagedRuntime.make(NodeHttpClient.layerUndici)
  const scope = Effect.runSync(Scope.make())
  const models = new Map<string, LanguageModel.Service>()
  const modelFor = (s: Scenario): LanguageModel.Service => {
    const model = models.get(baseUrlFor(port, s))
    if (model === undefined) throw new Error(`${name}: scenario not prepared`)
    return model
  }
  const ensure = async (s: Scenario) => {
    const baseUrl = baseUrlFor(port, s)
    if (models.has(baseUrl)) return
    const model = await runtime.runPromise(
      Layer.buildWithScope(languageModel(baseUrl), scope).pipe(
        Effect.orDie,
        Effect.map(Context.get(LanguageModel.LanguageModel))
      )
    )
    models.set(baseUrl, model)
  }
  const prompt = CHAT_REQUEST.messages.map((m) => m.content).join("\n")
  const streamEffect = (s: Scenario, onFirst?: () => void) =>
    Effect.suspend(() => {
      const fold = makeFold(onFirst)
      return LanguageModel.streamText({ prompt }).pipe(
        Stream.runForEach((part) => Effect.sync(() => part.type === "text-delta" && fold.add(part.delta))),
        Effect.map(() => fold.result()),
        Effect.provideService(LanguageModel.LanguageModel, modelFor(s))
      )
    })
  const jsonEffect = Effect.suspend(() =>
    LanguageModel.generateText({ prompt }).pipe(
      Effect.map((r) => r.text.length),
      Effect.provideService(LanguageModel.LanguageModel, modelFor(jsonScenario))
    )
  )
  return {
    name,
    prepare: async (scenarios) => {
      for (const s of [...scenarios, jsonScenario]) await ensure(s)
    },
    stream: (s) => runtime.runPromise(streamEffect(s)),
    streamMany: (s, n) =>
      runtime.runPromise(
        Effect.all(Array.from({ length: n }, () => streamEffect(s)), { concurrency: "unbounded" }).pipe(
          Effect.map((rs) => rs.reduce((a, r) => a + r.events, 0))
        )
      ),
    json: () => runtime.runPromise(jsonEffect),
    jsonMany: (total, concurrency) =>
      runtime.runPromise(
        Effect.forEach(Array.from({ length: total }), () => jsonEffect, { concurrency, discard: true }).pipe(
          Effect.as(total)
        )
      ),
    open: (s, onFirst) => {
      const fiber = runtime.runFork(streamEffect(s, onFirst))
      const done = new Promise<unknown>((resolve) => fiber.addObserver(resolve))
      return { close: () => void Effect.runFork(Fiber.interrupt(fiber)), done }
    },
    takeReads: () => ({ reads: 0, bytes: 0 }),
    dispose: async () => {
      await Effect.runPromise(Scope.close(scope, Exit.void))
      await runtime.dispose()
    }
  }
}

export const makeEffectAiOfficial = (port: number): Peer =>
  makeEffectAi(
    "effect-ai-official",
    port,
    (apiUrl) => officialLanguageModel({ model: CHAT_REQUEST.model, apiUrl, apiKey: API_KEY })
  )

export const makeEffectAiOurs = (port: number): Peer =>
  makeEffectAi("effect-ai-ours", port, (baseUrl) =>
    Ai.OpenRouterLanguageModel.layer({ model: CHAT_REQUEST.model }).pipe(
      Layer.provide(
        OpenRouter.layerWithTransport.pipe(
          Layer.provide(Layer.mergeAll(NodeTransport.layer, OpenRouter.defaultPolicies)),
          Layer.provide(OpenRouterConfig.layer({ apiKey: API_KEY, baseUrl }))
        )
      )
    ))

export const makePeers = (port: number): ReadonlyArray<Peer> => [
  makeOpenAi(port),
  makeOpenRouterSdk(port),
  makeEffectAiOfficial(port),
  makeEffectAiOurs(port)
]
