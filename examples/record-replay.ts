/**
 * Record a conversation against the local Simulator, stop the Simulator, then replay the same
 * calls from the cassette with no network at all.
 *
 *   npx tsx examples/record-replay.ts
 *
 * In a real project the recording step points at OpenRouter itself (`OpenRouterConfig.layerEnv`
 * and your key) and the cassette is committed next to the tests; see docs/recording.md.
 *
 * @since 0.1.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import { completion } from "../src/ChatResult.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as Recorder from "../src/Recorder.js"
import * as Simulator from "../src/Simulator.js"

const conversation = { model: "sim/echo", messages: [{ role: "user" as const, content: "What is Effect?" }] }

/** The calls under test: one chat and one streamed chat, printed as they arrive. */
const calls = Effect.gen(function*() {
  const client = yield* OpenRouter.OpenRouter
  const answer = yield* client.chat(conversation)
  const streamed = yield* client.chatStream({ ...conversation, model: "sim/reasoning" }).pipe(
    Stream.runFold("", (text, event) => (event._tag === "TextDelta" ? text + event.text : text))
  )
  return { answer: completion(answer), streamed }
})

/**
 * Records `calls` into a temporary cassette, then replays them and checks both runs agree.
 *
 * @since 0.1.0
 */
export const program = Effect.gen(function*() {
  const cassette = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "record-replay-example-")), "conversation.json")

  // 1. Record: the real client, a real HTTP client, the Simulator standing in for OpenRouter.
  const recorded = yield* Effect.gen(function*() {
    const sim = yield* Simulator.Simulator
    return { ...(yield* calls), url: sim.url }
  }).pipe(
    Effect.provide(
      OpenRouter.layer.pipe(
        Layer.provideMerge(Simulator.layer()),
        Layer.provideMerge(
          Recorder.layer({ mode: "record", cassette }).pipe(Layer.provide(NodeHttpClient.layerUndici))
        )
      )
    )
  )
  yield* Console.log(`recorded to ${cassette}`)
  yield* Console.log(`  chat:   ${recorded.answer.text}`)
  yield* Console.log(`  stream: ${recorded.streamed}`)

  // 2. Replay: the Simulator is gone and no HttpClient reaches the network.
  const replayed = yield* calls.pipe(
    Effect.provide(
      OpenRouter.layer.pipe(
        Layer.provide(OpenRouterConfig.layer({ apiKey: "sk-or-v1-unused", baseUrl: recorded.url })),
        Layer.provide(Recorder.layer({ mode: "replay", cassette }))
      )
    )
  )
  const same = JSON.stringify(replayed.answer) === JSON.stringify(recorded.answer) &&
    replayed.streamed === recorded.streamed
  yield* Console.log(`replayed without network: ${same ? "identical results" : "DIFFERENT results"}`)
  const exchanges = (yield* Recorder.read(cassette)).exchanges.length
  yield* Console.log(`cassette: ${exchanges} exchanges, no API key inside`)
  return { cassette, recorded, replayed, same }
})

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  Effect.runPromise(program).then(
    ({ same }) => process.exit(same ? 0 : 1),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
