/**
 * The layers of the stack as separately runnable stages, for `ladder.ts` (cost per layer) and
 * `profile.ts` (profiles of one layer). See `ladder.ts` for what each stage contains.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { ChatCompletion } from "../src/ChatCompletion.js"
import * as ChatStream from "../src/ChatStream.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as Transport from "../src/Transport.js"
import { baseUrlFor, encodeScenario, json as jsonScenario, type Scenario } from "./bodies.js"
import { API_KEY, CHAT_REQUEST, type Wrap } from "./clients.js"
import { directStream, fusedStream } from "./prototypes.js"

export const makeStages = async (port: number, scenarios: ReadonlyArray<Scenario>, wrap: Wrap = (e) => e) => {
  /** `performance.now()` of the last stream's first content event (for time-to-first-chunk). */
  const first = { at: 0 }
  const runtime = ManagedRuntime.make(NodeHttpClient.layerUndici)
  const client = await runtime.runPromise(HttpClient.HttpClient)
  const transportFor = async (s: Scenario): Promise<Transport.Service> =>
    runtime.runPromise(
      Effect.orDie(
        Layer.build(Transport.layer.pipe(Layer.provide(OpenRouterConfig.layer({ apiKey: API_KEY, baseUrl: baseUrlFor(port, s) }))))
      ).pipe(Effect.map(Context.get(Transport.Transport)), Effect.scoped)
    )
  const transports = new Map<string, Transport.Service>()
  for (const s of [...scenarios, jsonScenario]) transports.set(encodeScenario(s), await transportFor(s))

  const run = <A, E>(effect: Effect.Effect<A, E>): Promise<A> => runtime.runPromise(wrap(effect))
  const SSE_BODY = { ...CHAT_REQUEST, stream: true }
  const JSON_BODY = { ...CHAT_REQUEST, stream: false }
  const post = (s: Scenario, body: unknown, accept: string) =>
    HttpClientRequest.post(`${baseUrlFor(port, s)}/chat/completions`).pipe(
      HttpClientRequest.setHeaders({ authorization: `Bearer ${API_KEY}`, accept }),
      HttpClientRequest.bodyUnsafeJson(body)
    )

  // the floor's splitter, reused over the platform's stream
  const splitterFold = (acc: { rest: string; parts: Array<string>; decoder: TextDecoder }, bytes: Uint8Array) => {
    const s = acc.rest + acc.decoder.decode(bytes, { stream: true })
    let start = 0
    let nl = s.indexOf("\n", start)
    while (nl !== -1) {
      if (s.startsWith("data: ", start)) {
        const data = s.slice(start + 6, nl)
        if (data !== "[DONE]") {
          const c = (JSON.parse(data) as { choices?: Array<{ delta?: { content?: unknown } }> }).choices?.[0]?.delta?.content
          if (typeof c === "string" && c.length > 0) {
            if (acc.parts.length === 0) first.at = performance.now()
            acc.parts.push(c)
          }
        }
      }
      start = nl + 1
      nl = s.indexOf("\n", start)
    }
    acc.rest = s.slice(start)
    return acc
  }

  const platformStream = (s: Scenario) =>
    Effect.scoped(
      Effect.flatMap(client.execute(post(s, SSE_BODY, "text/event-stream")), (res) =>
        Stream.runFold(res.stream, { rest: "", parts: [] as Array<string>, decoder: new TextDecoder() }, splitterFold).pipe(
          Effect.map((acc) => acc.parts.join("").length)
        ))
    )
  const countText = (stream: Stream.Stream<ChatStream.ChatStreamEvent, unknown>) =>
    Stream.runFold(stream, 0, (n, e) => {
      if (e._tag !== "TextDelta") return n
      if (n === 0) first.at = performance.now()
      return n + 1
    })
  const platformDecoder = (s: Scenario) =>
    Effect.scoped(
      Effect.flatMap(client.execute(post(s, SSE_BODY, "text/event-stream")), (res) =>
        countText(ChatStream.decodeEvents({})(res.stream).stream))
    )
  const transportDecoder = (s: Scenario) =>
    Effect.scoped(
      Effect.flatMap(
        (transports.get(encodeScenario(s)) as Transport.Service).send({ method: "POST", path: "/chat/completions", body: SSE_BODY, accept: "sse" }),
        (res) => countText(ChatStream.decodeEvents({})(res.stream).stream)
      )
    )

  const manyEffect = <A, E>(n: number, one: () => Effect.Effect<A, E>) => () =>
    run(Effect.all(Array.from({ length: n }, one), { concurrency: "unbounded" }))

  const sseRequest: Transport.TransportRequest = { method: "POST", path: "/chat/completions", body: SSE_BODY, accept: "sse" }
  const fused = (s: Scenario) => fusedStream(transports.get(encodeScenario(s)) as Transport.Service, sseRequest)
  const scopedClient = HttpClient.withScope(client)
  const direct = (s: Scenario) => directStream(scopedClient, post(s, SSE_BODY, "text/event-stream"))
  const noSpanClient = HttpClient.withTracerDisabledWhen(client, () => true)
  const jsonRequest: Transport.TransportRequest = { method: "POST", path: "/chat/completions", body: JSON_BODY }
  const jsonTransport = transports.get(encodeScenario(jsonScenario)) as Transport.Service
  return {
    runtime,
    first,
    /** platform HttpClient, response.stream folded through the floor's splitter */
    platformStream: (s: Scenario) => run(platformStream(s)),
    platformStreamMany: (s: Scenario, n: number) => manyEffect(n, () => platformStream(s))(),
    /** platform HttpClient + ChatStream.decodeEvents */
    platformDecoder: (s: Scenario) => run(platformDecoder(s)),
    platformDecoderMany: (s: Scenario, n: number) => manyEffect(n, () => platformDecoder(s))(),
    /** Transport.send + ChatStream.decodeEvents */
    transportDecoder: (s: Scenario) => run(transportDecoder(s)),
    transportDecoderMany: (s: Scenario, n: number) => manyEffect(n, () => transportDecoder(s))(),
    /** prototype: Transport.send + one fused pull loop (see prototypes.ts) */
    fused: (s: Scenario) => run(fused(s)),
    fusedMany: (s: Scenario, n: number) => manyEffect(n, () => fused(s))(),
    /** prototype: the undici body read directly + one fused pull loop */
    direct: (s: Scenario) => run(direct(s)),
    directMany: (s: Scenario, n: number) => manyEffect(n, () => direct(s))(),
    /** platform HttpClient execute + response.json */
    platformJson: () =>
      run(
        Effect.scoped(Effect.flatMap(client.execute(post(jsonScenario, JSON_BODY, "application/json")), (r) => r.json))
      ),
    /** platform execute, body read through response.stream (as Transport.readBounded does) */
    platformJsonViaStream: () =>
      run(
        Effect.scoped(
          Effect.flatMap(client.execute(post(jsonScenario, JSON_BODY, "application/json")), (r) =>
            Stream.runFold(r.stream, [] as Array<Uint8Array>, (parts, c) => {
              parts.push(c)
              return parts
            }).pipe(Effect.map((parts) => JSON.parse(Buffer.concat(parts).toString("utf8")) as unknown)))
        )
      ),
    /** the same with the platform's per-request span disabled */
    platformJsonNoSpan: () =>
      run(
        Effect.scoped(Effect.flatMap(noSpanClient.execute(post(jsonScenario, JSON_BODY, "application/json")), (r) => r.json))
      ),
    transportJsonUnknown: () => run(jsonTransport.json(jsonRequest, Schema.Unknown)),
    transportJson: () => run(jsonTransport.json(jsonRequest, ChatCompletion)),
    dispose: () => runtime.dispose()
  }
}
