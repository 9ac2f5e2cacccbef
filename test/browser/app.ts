/**
 * The page script of test/Browser.test.ts, bundled by esbuild for `--platform=browser`: the core
 * entry (`src/index.ts`) over `FetchHttpClient`, streaming a chat answer from the Simulator into
 * the DOM one delta at a time. Settings come from the page's query string (`api`, `key`, `model`,
 * `prompt`). When the stream ends `body[data-state]` is `done` (or `failed`, with the error's tag
 * and fields in `#error`).
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { OpenRouter, OpenRouterConfig } from "../../src/index.js"

const params = new URLSearchParams(location.search)
const setting = (name: string): string => params.get(name) ?? ""

const element = (id: string): HTMLElement => {
  const found = document.getElementById(id)
  if (found === null) throw new Error(`#${id} is missing from the page`)
  return found
}

const out = element("out")
const errorBox = element("error")

const program = Effect.gen(function*() {
  const client = yield* OpenRouter.OpenRouter
  let events = 0
  yield* client.chatStream(
    { model: setting("model"), messages: [{ role: "user", content: setting("prompt") }] },
    { retry: { maxRetries: 0 } }
  ).pipe(
    Stream.runForEach((event) =>
      Effect.sync(() => {
        events++
        if (event._tag === "TextDelta") {
          const span = document.createElement("span")
          span.className = "delta"
          span.textContent = event.text
          out.appendChild(span)
        }
        if (event._tag === "Done") document.body.dataset["finish"] = String(event.result.finishReason)
      })
    )
  )
  document.body.dataset["events"] = String(events)
})

const live = OpenRouter.layer.pipe(
  Layer.provide(OpenRouterConfig.layer({ apiKey: setting("key"), baseUrl: setting("api"), title: "browser test" })),
  Layer.provide(FetchHttpClient.layer)
)

program.pipe(
  Effect.provide(live),
  Effect.tapError((error) =>
    Effect.sync(() => {
      const retryAfter = "retryAfter" in error && Duration.isDuration(error.retryAfter)
        ? Duration.toMillis(error.retryAfter)
        : undefined
      errorBox.textContent = JSON.stringify({
        tag: error._tag,
        status: "status" in error ? error.status : undefined,
        retryAfterMs: retryAfter,
        message: error.message
      })
    })
  ),
  Effect.runPromiseExit
).then((exit) => {
  document.body.dataset["state"] = exit._tag === "Success" ? "done" : "failed"
})
