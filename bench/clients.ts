/**
 * The three clients the benchmark compares, each exposing the same operations:
 *
 * - `floor`: `undici.request` → `for await` over the body → a minimal hand-written line splitter
 *   → `JSON.parse` of each `data:` line → content pieces accumulated and joined. No SSE
 *   conformance (no CR, no multi-line data, no limits), no validation, no error mapping: the
 *   least any correct client has to do.
 * - `fetch`: the global `fetch` → `body.getReader()` → the same splitter.
 * - `ours`: this package with its default policies (`OpenRouter.defaultPolicies`: retry and
 *   circuit breaker, as `OpenRouterLive`), on the Node transport (`NodeTransport.layer`,
 *   undici called directly, as `OpenRouterLive` uses); `BENCH_TRANSPORT=portable` measures the
 *   portable transport instead (`OpenRouter.layer` over `NodeHttpClient.layerUndici`), and
 *   `BENCH_TRANSPORT=fetch` the portable transport over `FetchHttpClient` (what browsers, Deno,
 *   Bun and workers run), beside the raw `fetch` client.
 *
 * - `bare`: the baseline for `chatStream` (issue 11: "within 1.2× of a bare `Stream.fromPull`
 *   over the same reader"): the Node transport's `send` (its hand-written body reader) and
 *   `ChatStream.makeDecoder`, one pull per read, exposed with `Stream.fromPull` and consumed
 *   like `ours` — Effect's own Stream cost over the same reader and decoder, none of the
 *   package's call machinery (no context, retry, timers, ledger, telemetry, `Done`).
 *
 * The peer clients (`openai`, `@openrouter/sdk`, `@effect/ai-openrouter`, our `@effect/ai`
 * provider) are in `peers.ts`, with the same operations.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Chunk from "effect/Chunk"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { Agent, request } from "undici"
import * as ChatStream from "../src/ChatStream.js"
import * as NodeTransport from "../src/NodeTransport.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import type * as Transport from "../src/Transport.js"
import { baseUrlFor, json as jsonScenario, type Scenario } from "./bodies.js"

export const API_KEY = "sk-or-bench"
export const MODEL = "openai/gpt-4o-mini"
export const CHAT_REQUEST = {
  model: MODEL,
  messages: [{ role: "user" as const, content: "Write a pangram and explain it." }]
}

/** What a streamed call yields: accumulated text length, content events, time of the first content event. */
export interface StreamResult {
  readonly length: number
  readonly events: number
  /** `performance.now()` when the first content event reached the consumer. */
  readonly firstAt: number
  /** When the server had received the request (`x-bench-received-at`, epoch ms), if known. */
  readonly receivedAt?: number | undefined
}

const receivedAtOf = (value: unknown): number | undefined => {
  const n = typeof value === "string" ? Number(value) : Number.NaN
  return Number.isFinite(n) ? n : undefined
}

/** An open stream (for the heap measurement). */
export interface OpenStream {
  readonly close: () => void
  readonly done: Promise<unknown>
}

export interface Client {
  readonly name: "ours" | "floor" | "fetch" | "bare"
  /** Gets ready for these scenarios (ours builds one service per scenario). */
  readonly prepare: (scenarios: ReadonlyArray<Scenario>) => Promise<void>
  /** One streamed call, folded by the client. */
  readonly stream: (s: Scenario) => Promise<StreamResult>
  /** `n` streamed calls at once. */
  readonly streamMany: (s: Scenario, n: number) => Promise<number>
  /** One non-streaming call; returns the answer's length. */
  readonly json: () => Promise<number>
  /** `total` non-streaming calls, `concurrency` at a time. */
  readonly jsonMany: (total: number, concurrency: number) => Promise<number>
  /** Opens a stream and calls `onFirst` once the first content chunk has been processed. */
  readonly open: (s: Scenario, onFirst: () => void) => OpenStream
  /** Body reads and bytes since the last call (floor/fetch only; zeros for ours, which cannot see them). */
  readonly takeReads: () => { readonly reads: number; readonly bytes: number }
}

// =============================================================================
// The minimal splitter (floor and fetch)
// =============================================================================

/** The floor's splitter: what the least any correct client does per read. */
export interface Splitter {
  feed(bytes: Uint8Array): void
  result(): StreamResult
}

export const makeSplitter = (): Splitter => {
  const decoder = new TextDecoder()
  let rest = ""
  const parts: Array<string> = []
  let events = 0
  let firstAt = 0
  return {
    feed(bytes) {
      const s = rest.length === 0 ? decoder.decode(bytes, { stream: true }) : rest + decoder.decode(bytes, { stream: true })
      let start = 0
      let nl = s.indexOf("\n", start)
      while (nl !== -1) {
        if (s.startsWith("data: ", start)) {
          const data = s.slice(start + 6, nl)
          if (data !== "[DONE]") {
            const chunk = JSON.parse(data) as {
              readonly choices?: ReadonlyArray<{ readonly delta?: { readonly content?: unknown } }>
            }
            const content = chunk.choices?.[0]?.delta?.content
            if (typeof content === "string" && content.length > 0) {
              if (events === 0) firstAt = performance.now()
              parts.push(content)
              events++
            }
          }
        }
        start = nl + 1
        nl = s.indexOf("\n", start)
      }
      rest = start === s.length ? "" : s.slice(start)
    },
    result() {
      return { length: parts.join("").length, events, firstAt }
    }
  }
}

const headers = (accept: string): Record<string, string> => ({
  "content-type": "application/json",
  accept,
  authorization: `Bearer ${API_KEY}`,
  "user-agent": "bench-floor/0.1.0"
})
const SSE_HEADERS = headers("text/event-stream")
const JSON_HEADERS = headers("application/json")
const SSE_BODY = JSON.stringify({ ...CHAT_REQUEST, stream: true })
const JSON_BODY = JSON.stringify({ ...CHAT_REQUEST, stream: false })

const jsonAnswerLength = (value: unknown): number => {
  const v = value as { readonly choices?: ReadonlyArray<{ readonly message?: { readonly content?: unknown } }> }
  const content = v.choices?.[0]?.message?.content
  return typeof content === "string" ? content.length : -1
}

export const runMany = async <A>(total: number, concurrency: number, one: () => Promise<A>): Promise<number> => {
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

// =============================================================================
// floor: undici.request
// =============================================================================

export const makeFloor = (port: number): Client => {
  const dispatcher = new Agent()
  let reads = 0
  let bytes = 0
  const url = (s: Scenario) => `${baseUrlFor(port, s)}/chat/completions`
  const stream = async (s: Scenario, signal?: AbortSignal, onFirst?: () => void): Promise<StreamResult> => {
    const res = await request(url(s), {
      method: "POST",
      headers: SSE_HEADERS,
      body: SSE_BODY,
      dispatcher,
      ...(signal !== undefined ? { signal } : {})
    })
    if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}: ${await res.body.text()}`)
    const splitter = makeSplitter()
    let notified = onFirst === undefined
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      reads++
      bytes += chunk.length
      splitter.feed(chunk)
      if (!notified && splitter.result().events > 0) {
        notified = true
        ;(onFirst as () => void)()
      }
    }
    return { ...splitter.result(), receivedAt: receivedAtOf(res.headers["x-bench-received-at"]) }
  }
  const json = async (): Promise<number> => {
    const res = await request(url(jsonScenario), {
      method: "POST",
      headers: JSON_HEADERS,
      body: JSON_BODY,
      dispatcher
    })
    if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}: ${await res.body.text()}`)
    return jsonAnswerLength(JSON.parse(await res.body.text()))
  }
  return {
    name: "floor",
    prepare: async () => {},
    stream: (s) => stream(s),
    streamMany: async (s, n) => {
      const results = await Promise.all(Array.from({ length: n }, () => stream(s)))
      return results.reduce((a, r) => a + r.events, 0)
    },
    json,
    jsonMany: (total, concurrency) => runMany(total, concurrency, json),
    open: (s, onFirst) => {
      const controller = new AbortController()
      const done = stream(s, controller.signal, onFirst).catch(() => undefined)
      return { close: () => controller.abort(), done }
    },
    takeReads: () => {
      const out = { reads, bytes }
      reads = 0
      bytes = 0
      return out
    }
  }
}

// =============================================================================
// fetch
// =============================================================================

export const makeFetch = (port: number): Client => {
  let reads = 0
  let bytes = 0
  const url = (s: Scenario) => `${baseUrlFor(port, s)}/chat/completions`
  const stream = async (s: Scenario, signal?: AbortSignal, onFirst?: () => void): Promise<StreamResult> => {
    const res = await fetch(url(s), {
      method: "POST",
      headers: SSE_HEADERS,
      body: SSE_BODY,
      ...(signal !== undefined ? { signal } : {})
    })
    if (res.status !== 200 || res.body === null) throw new Error(`status ${res.status}`)
    const reader = res.body.getReader()
    const splitter = makeSplitter()
    let notified = onFirst === undefined
    while (true) {
      const { done, value } = await reader.read()
      if (done) break
      reads++
      bytes += value.length
      splitter.feed(value)
      if (!notified && splitter.result().events > 0) {
        notified = true
        ;(onFirst as () => void)()
      }
    }
    return { ...splitter.result(), receivedAt: receivedAtOf(res.headers.get("x-bench-received-at")) }
  }
  const json = async (): Promise<number> => {
    const res = await fetch(url(jsonScenario), {
      method: "POST",
      headers: JSON_HEADERS,
      body: JSON_BODY
    })
    if (res.status !== 200) throw new Error(`status ${res.status}`)
    return jsonAnswerLength(await res.json())
  }
  return {
    name: "fetch",
    prepare: async () => {},
    stream: (s) => stream(s),
    streamMany: async (s, n) => {
      const results = await Promise.all(Array.from({ length: n }, () => stream(s)))
      return results.reduce((a, r) => a + r.events, 0)
    },
    json,
    jsonMany: (total, concurrency) => runMany(total, concurrency, json),
    open: (s, onFirst) => {
      const controller = new AbortController()
      const done = stream(s, controller.signal, onFirst).catch(() => undefined)
      return { close: () => controller.abort(), done }
    },
    takeReads: () => {
      const out = { reads, bytes }
      reads = 0
      bytes = 0
      return out
    }
  }
}

// =============================================================================
// ours
// =============================================================================

export interface Ours extends Client {
  /** One streamed call through `chat` (stream wire + fold). */
  readonly chat: (s: Scenario) => Promise<StreamResult>
  /** `n` `chat` calls at once. */
  readonly chatMany: (s: Scenario, n: number) => Promise<number>
  /** `total` `chat` calls (stream wire), `concurrency` at a time, in one fiber like `jsonMany`. */
  readonly chatRequests: (s: Scenario, total: number, concurrency: number) => Promise<number>
  /** Starts a `chat` call (stream wire) and keeps it open until `close` (the heap measurement). */
  readonly openChat: (s: Scenario) => OpenStream
  /** `chatStream` consumed with `Stream.runForEach` (an effect per event), the commonest idiom. */
  readonly streamForEach: (s: Scenario) => Promise<StreamResult>
  /** One streamed call through `chat` with `onEvent` (the events without a `Stream`), as `stream`. */
  readonly chatEvents: (s: Scenario) => Promise<StreamResult>
  /** `chat` with `onEvent` as a client of its own (`ours (onEvent)` in the peers phase). */
  readonly onEventClient: Pick<Client, "stream" | "streamMany" | "jsonMany" | "open"> & { readonly name: string }
  readonly dispose: () => Promise<void>
}

/**
 * Runs a stream of chat events in a fiber until `close`: `onFirst` is called at its first text
 * (the heap measurement keeps many open at once).
 */
const openStream = <E>(
  runFork: (effect: Effect.Effect<void, E>) => Fiber.RuntimeFiber<void, E>,
  stream: Stream.Stream<ChatStream.ChatStreamEvent, E>,
  onFirst: () => void
): OpenStream => {
  let notified = false
  const fiber = runFork(
    Stream.runForEach(stream, (e) =>
      Effect.sync(() => {
        if (!notified && e._tag === "TextDelta") {
          notified = true
          onFirst()
        }
      }))
  )
  const done = new Promise<unknown>((resolve) => fiber.addObserver(resolve))
  return { close: () => void Effect.runFork(Fiber.interrupt(fiber)), done }
}

/** Wraps every effect a client runs (e.g. to count Effect operations, see `ops.ts`). */
export type Wrap = <A, E>(effect: Effect.Effect<A, E>) => Effect.Effect<A, E>

export const makeOurs = (port: number, wrap: Wrap = (e) => e): Ours => {
  // One HttpClient (one undici Agent) shared by every scenario's service.
  const runtime = ManagedRuntime.make(NodeHttpClient.layerUndici)
  const run = <A, E>(effect: Effect.Effect<A, E>): Promise<A> => runtime.runPromise(wrap(effect))
  const scope = Effect.runSync(Scope.make())
  const services = new Map<string, OpenRouter.Service>()
  // Scenario selection is by base URL, so each scenario gets its own service (built once, over
  // the one shared HttpClient / undici Agent).
  const build = (baseUrl: string): Promise<OpenRouter.Service> => {
    const config = OpenRouterConfig.layer({ apiKey: API_KEY, baseUrl })
    const transport = process.env["BENCH_TRANSPORT"]
    const layer = transport === "portable"
      ? OpenRouter.layer.pipe(Layer.provide(Layer.mergeAll(config, OpenRouter.defaultPolicies)))
      : transport === "fetch"
      ? OpenRouter.layer.pipe(Layer.provide(Layer.mergeAll(config, OpenRouter.defaultPolicies, FetchHttpClient.layer)))
      : OpenRouter.layerWithTransport.pipe(
        // As `OpenRouterLive`: the Node transport and the default policies (retry, breaker).
        Layer.provide(Layer.mergeAll(NodeTransport.layer, OpenRouter.defaultPolicies)),
        Layer.provide(config)
      )
    return runtime.runPromise(
      Layer.buildWithScope(layer, scope).pipe(Effect.orDie, Effect.map(Context.get(OpenRouter.OpenRouter)))
    )
  }
  /** The service of a scenario (built once, awaited by every entry point before it runs). */
  const ensure = async (s: Scenario): Promise<void> => {
    const baseUrl = baseUrlFor(port, s)
    if (!services.has(baseUrl)) services.set(baseUrl, await build(baseUrl))
  }
  const serviceFor = (s: Scenario): OpenRouter.Service => services.get(baseUrlFor(port, s)) as OpenRouter.Service
  const foldStream = (s: Scenario) =>
    Stream.runFold(
      serviceFor(s).chatStream(CHAT_REQUEST),
      { length: 0, events: 0, firstAt: 0, receivedAt: undefined } as {
        length: number
        events: number
        firstAt: number
        receivedAt: number | undefined
      },
      (acc, e) => {
        if (e._tag === "TextDelta") {
          if (acc.events === 0) acc.firstAt = performance.now()
          acc.events++
        } else if (e._tag === "Done") {
          acc.length = e.result.text.length
          acc.receivedAt = receivedAtOf(e.result.meta.headers["x-bench-received-at"])
        }
        return acc
      }
    )
  const chatEventsOnce = (s: Scenario) =>
    Effect.suspend(() => {
      const acc: { length: number; events: number; firstAt: number; receivedAt: number | undefined } = {
        length: 0,
        events: 0,
        firstAt: 0,
        receivedAt: undefined
      }
      const onEvent = (e: ChatStream.ChatStreamEvent) => {
        if (e._tag === "TextDelta") {
          if (acc.events === 0) acc.firstAt = performance.now()
          acc.events++
        }
      }
      return Effect.map(serviceFor(s).chat(CHAT_REQUEST, { onEvent }), (r): StreamResult => {
        acc.length = r.text.length
        acc.receivedAt = receivedAtOf(r.meta.headers["x-bench-received-at"])
        return acc
      })
    })
  const chatOnce = (s: Scenario) =>
    Effect.map(serviceFor(s).chat(CHAT_REQUEST), (r): StreamResult => ({ length: r.text.length, events: 0, firstAt: 0 }))
  const jsonOnce = Effect.suspend(() =>
    Effect.map(serviceFor(jsonScenario).chat(CHAT_REQUEST, { wire: "json" }), (r) => r.text.length)
  )
  return {
    name: "ours",
    prepare: async (scenarios) => {
      for (const s of scenarios) await ensure(s)
      await ensure(jsonScenario)
    },
    stream: (s) => run(foldStream(s)),
    streamMany: (s, n) =>
      run(
        Effect.map(
          Effect.all(Array.from({ length: n }, () => foldStream(s)), { concurrency: "unbounded" }),
          (rs) => rs.reduce((a, r) => a + r.events, 0)
        )
      ),
    chat: (s) => run(chatOnce(s)),
    chatEvents: (s) => run(chatEventsOnce(s)),
    onEventClient: {
      name: "ours (onEvent)",
      stream: (s) => run(chatEventsOnce(s)),
      streamMany: (s, n) =>
        run(
          Effect.map(
            Effect.all(Array.from({ length: n }, () => chatEventsOnce(s)), { concurrency: "unbounded" }),
            (rs) => rs.reduce((a, r) => a + r.events, 0)
          )
        ),
      jsonMany: (total, concurrency) =>
        run(
          Effect.forEach(Array.from({ length: total }), () => jsonOnce, { concurrency, discard: true }).pipe(
            Effect.as(total)
          )
        ),
      open: (s, onFirst) => {
        let notified = false
        const onEvent = (e: ChatStream.ChatStreamEvent) => {
          if (!notified && e._tag === "TextDelta") {
            notified = true
            onFirst()
          }
        }
        const fiber = runtime.runFork(wrap(serviceFor(s).chat(CHAT_REQUEST, { onEvent })))
        const done = new Promise<unknown>((resolve) => fiber.addObserver(resolve))
        return { close: () => void Effect.runFork(Fiber.interrupt(fiber)), done }
      }
    },
    chatMany: (s, n) =>
      run(
        Effect.map(
          Effect.all(Array.from({ length: n }, () => chatOnce(s)), { concurrency: "unbounded" }),
          (rs) => rs.length
        )
      ),
    chatRequests: (s, total, concurrency) =>
      run(
        Effect.forEach(Array.from({ length: total }), () => chatOnce(s), { concurrency, discard: true }).pipe(
          Effect.as(total)
        )
      ),
    streamForEach: (s) => {
      const acc = { length: 0, events: 0, firstAt: 0 }
      return run(
        Stream.runForEach(serviceFor(s).chatStream(CHAT_REQUEST), (e) =>
          Effect.sync(() => {
            if (e._tag === "TextDelta") acc.events++
            else if (e._tag === "Done") acc.length = e.result.text.length
          })).pipe(Effect.as(acc))
      )
    },
    json: () => run(jsonOnce),
    jsonMany: (total, concurrency) =>
      run(
        Effect.forEach(Array.from({ length: total }), () => jsonOnce, { concurrency, discard: true }).pipe(
          Effect.as(total)
        )
      ),
    open: (s, onFirst) => openStream((effect) => runtime.runFork(wrap(effect)), serviceFor(s).chatStream(CHAT_REQUEST), onFirst),
    openChat: (s) => {
      const fiber = runtime.runFork(wrap(serviceFor(s).chat(CHAT_REQUEST)))
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

// =============================================================================
// bare: Stream.fromPull over the Node transport's reader + the decoder
// =============================================================================

type Event = ChatStream.ChatStreamEvent

/**
 * The events of a body, one pull per read: every read queued since the last pull fed to the
 * decoder, its events handed over as one chunk (a read with no complete event pulls again).
 * After `[DONE]` the rest of the body is read and dropped so that the connection is reused.
 */
const barePull = <E>(
  bytes: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<E>>
): Effect.Effect<Chunk.Chunk<Event>, Option.Option<E | ChatStream.StepFailure>> => {
  const decoder = ChatStream.makeDecoder({})
  const onFailure = (e: Option.Option<E>): Effect.Effect<Chunk.Chunk<Event>, Option.Option<E | ChatStream.StepFailure>> => {
    if (Option.isSome(e) || decoder.state.done) return Effect.fail(e)
    const step = decoder.end()
    if (step.failure !== undefined) return Effect.fail(Option.some(step.failure))
    return step.events.length > 0 ? Effect.succeed(Chunk.unsafeFromArray(step.events)) : Effect.fail(Option.none())
  }
  const onSuccess = (reads: Chunk.Chunk<Uint8Array>): Effect.Effect<Chunk.Chunk<Event>, Option.Option<E | ChatStream.StepFailure>> => {
    if (decoder.state.done) return pull
    let events: Array<Event> | undefined
    for (const b of reads) {
      const step = decoder.feed(b)
      if (events === undefined) events = step.events
      else for (const e of step.events) events.push(e)
      if (step.failure !== undefined) return Effect.fail(Option.some(step.failure))
      if (decoder.state.done) break
    }
    return events !== undefined && events.length > 0 ? Effect.succeed(Chunk.unsafeFromArray(events)) : pull
  }
  const pull: Effect.Effect<Chunk.Chunk<Event>, Option.Option<E | ChatStream.StepFailure>> = Effect.suspend(() =>
    Effect.matchEffect(bytes, { onFailure, onSuccess })
  )
  return pull
}

export const makeBare = (port: number): Client & { readonly dispose: () => Promise<void> } => {
  const agent = new Agent()
  const transports = new Map<string, Transport.Service>()
  const transportFor = (s: Scenario): Transport.Service => transports.get(baseUrlFor(port, s)) as Transport.Service
  const sseRequest: Transport.TransportRequest = {
    method: "POST",
    path: "/chat/completions",
    body: { ...CHAT_REQUEST, stream: true },
    accept: "sse"
  }
  const events = (s: Scenario): Stream.Stream<Event, unknown> =>
    Stream.fromPull(
      Effect.map(Effect.orDie(transportFor(s).send(sseRequest)), (response) => {
        const bytes = response.pull
        return barePull(bytes ?? Effect.fail(Option.none()))
      })
    )
  const fold = (s: Scenario) =>
    Stream.runFold(events(s), { length: 0, events: 0, firstAt: 0 }, (acc, e) => {
      if (e._tag === "TextDelta") {
        if (acc.events === 0) acc.firstAt = performance.now()
        acc.events++
        acc.length += e.text.length
      }
      return acc
    })
  return {
    name: "bare",
    prepare: async (scenarios) => {
      for (const s of scenarios) {
        const baseUrl = baseUrlFor(port, s)
        if (transports.has(baseUrl)) continue
        const config = await Effect.runPromise(OpenRouterConfig.make({ apiKey: API_KEY, baseUrl }))
        transports.set(baseUrl, NodeTransport.makeWith(config, agent))
      }
    },
    stream: (s) => Effect.runPromise(fold(s)),
    streamMany: (s, n) =>
      Effect.runPromise(
        Effect.map(
          Effect.all(Array.from({ length: n }, () => fold(s)), { concurrency: "unbounded" }),
          (rs) => rs.reduce((a, r) => a + r.events, 0)
        )
      ),
    json: () => Promise.reject(new Error("bare: streams only")),
    jsonMany: () => Promise.reject(new Error("bare: streams only")),
    open: (s, onFirst) => openStream(Effect.runFork, events(s), onFirst),
    takeReads: () => ({ reads: 0, bytes: 0 }),
    dispose: () => agent.destroy()
  }
}
