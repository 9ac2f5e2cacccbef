import { assert, describe, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import * as Content from "../src/Content.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import { fixture, fixtureIndex } from "./helpers.js"

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82])
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])
const GIF = new TextEncoder().encode("GIF89a....")
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50])
const PDF = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n")

const right = <A, E>(e: Either.Either<A, E>): A => {
  if (Either.isLeft(e)) throw new Error(`expected Right, got ${String(e.left)}`)
  return e.right
}

const left = <A, E>(e: Either.Either<A, E>): E => {
  if (Either.isRight(e)) throw new Error("expected Left")
  return e.left
}

describe("text", () => {
  it("with and without a cache breakpoint", () => {
    assert.deepStrictEqual(Content.text("hi"), { type: "text", text: "hi" })
    assert.deepStrictEqual(Content.text("big doc", { cacheControl: Content.ephemeral("1h") }), {
      type: "text",
      text: "big doc",
      cache_control: { type: "ephemeral", ttl: "1h" }
    })
    assert.deepStrictEqual(Content.ephemeral(), { type: "ephemeral" })
  })
})

describe("image", () => {
  it("bytes → base64 data URL with the media type (detected or declared)", () => {
    assert.deepStrictEqual(right(Content.image({ bytes: PNG })), {
      type: "image_url",
      image_url: { url: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==" }
    })
    assert.strictEqual(right(Content.image({ bytes: JPEG, mediaType: "image/jpg" })).image_url.url.slice(0, 23), "data:image/jpeg;base64,")
    assert.include(right(Content.image({ bytes: GIF })).image_url.url, "data:image/gif;base64,")
    assert.include(right(Content.image({ bytes: WEBP })).image_url.url, "data:image/webp;base64,")
    assert.deepStrictEqual(
      right(Content.image({ bytes: PNG }, { detail: "high", cacheControl: Content.ephemeral() })).image_url.detail,
      "high"
    )
  })

  it("URLs: http(s) as is, data: URLs validated", () => {
    assert.deepStrictEqual(right(Content.image("https://example.com/cat.png", { detail: "low" })), {
      type: "image_url",
      image_url: { url: "https://example.com/cat.png", detail: "low" }
    })
    const data = "data:image/webp;base64,UklGRgEAAABXRUJQVlA="
    assert.strictEqual(right(Content.image(data)).image_url.url, data)
  })

  it("unsupported media types fail with InvalidRequestError naming the part", () => {
    const e = left(Content.image({ bytes: new Uint8Array([1, 2, 3]), mediaType: "image/bmp" }, { label: "messages[0].content[1]" }))
    assert.strictEqual(e._tag, "InvalidRequestError")
    assert.strictEqual(e.field, "messages[0].content[1]")
    assert.include(e.message, "messages[0].content[1]: unsupported media type \"image/bmp\"")
    assert.include(e.message, "image/png, image/jpeg, image/webp, image/gif")
    assert.include(left(Content.image("data:image/svg+xml;base64,PHN2Zz4=")).message, "image/svg+xml")
    assert.strictEqual(left(Content.image("data:image/svg+xml;base64,PHN2Zz4=")).field, "image")
    assert.include(left(Content.image({ bytes: new Uint8Array([1, 2, 3]) })).message, "pass mediaType")
    assert.include(left(Content.image({ bytes: PNG, mediaType: "image/jpeg" })).message, "the bytes are image/png")
    assert.include(left(Content.image("ftp://x/y.png")).message, "expected an http(s) URL")
    assert.include(left(Content.image("data:image/png,rawbytes")).message, "base64")
  })

  it("size limit (default 20 MB, configurable)", () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1)
    big.set(PNG)
    const e = left(Content.image({ bytes: big }))
    assert.include(e.message, "exceeds the limit of 20.0 MB")
    assert.include(left(Content.image({ bytes: PNG }, { maxBytes: 8 })).message, "16 bytes exceeds the limit of 8 bytes")
    assert.include(left(Content.image("data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==", { maxBytes: 15 })).message, "16 bytes")
    assert.isTrue(Either.isRight(Content.image("data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==", { maxBytes: 16 })))
  })
})

describe("file, audio, plugins", () => {
  it("file from bytes (media type from the extension), URL, errors", () => {
    assert.deepStrictEqual(right(Content.file({ filename: "paper.pdf", data: PDF })), {
      type: "file",
      file: { filename: "paper.pdf", file_data: `data:application/pdf;base64,${Buffer.from(PDF).toString("base64")}` }
    })
    assert.deepStrictEqual(right(Content.file({ filename: "a.pdf", data: "https://example.com/a.pdf" })).file, {
      filename: "a.pdf",
      file_data: "https://example.com/a.pdf"
    })
    assert.include(left(Content.file({ filename: "blob", data: PDF })).message, "file: mediaType is required")
    assert.include(left(Content.file({ filename: "a.pdf", data: PDF, maxBytes: 4, label: "report" })).message, "report:")
    assert.include(left(Content.file({ filename: "a.pdf", data: new Uint8Array() })).message, "empty")
  })

  it("fileParser plugin", () => {
    assert.deepStrictEqual(Content.fileParser({ engine: "pdf-text" }), { id: "file-parser", pdf: { engine: "pdf-text" } })
    assert.deepStrictEqual(Content.fileParser({ engine: "mistral-ocr" }), { id: "file-parser", pdf: { engine: "mistral-ocr" } })
    assert.deepStrictEqual(Content.fileParser(), { id: "file-parser" })
  })

  it("audio", () => {
    assert.deepStrictEqual(right(Content.audio(new Uint8Array([1, 2, 3]), "wav")), {
      type: "input_audio",
      input_audio: { data: "AQID", format: "wav" }
    })
    assert.include(left(Content.audio(new Uint8Array(10), "mp3", { maxBytes: 5 })).message, "audio: 10 bytes exceeds")
  })

  it.effect("a multimodal request passes request validation and reaches the wire", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const img = yield* Content.image({ bytes: PNG })
      const pdf = yield* Content.file({ filename: "paper.pdf", data: PDF })
      const voice = yield* Content.audio(new Uint8Array([1, 2, 3]), "mp3")
      const message = Content.user("Summarise these", img, pdf, voice)
      yield* client.chat({ model: "m/m", messages: [message], plugins: [Content.fileParser({ engine: "native" })] }, {
        wire: "json"
      })
      const [req] = yield* OpenRouterTest.requests
      const body = req?.body as { messages: ReadonlyArray<unknown>; plugins: ReadonlyArray<unknown> }
      assert.deepStrictEqual(body.messages, [message])
      assert.deepStrictEqual(body.plugins, [{ id: "file-parser", pdf: { engine: "native" } }])
    }).pipe(
      Effect.provide(OpenRouterTest.layer([OpenRouterTest.json(fixture("chat/openapi-example-minimal.json").response.body)]))
    ))
})

describe("image output", () => {
  it("decodes data URLs to bytes, keeps other URLs", () => {
    const images = Content.images({
      images: [
        { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==" } },
        { type: "image_url", image_url: { url: "https://cdn.example/out.webp" } },
        { type: "image_url", image_url: { url: "data:image/png;base64,@@@" } }
      ]
    })
    assert.deepStrictEqual(images, [
      { _tag: "Data", mediaType: "image/png", bytes: PNG },
      { _tag: "Url", url: "https://cdn.example/out.webp" },
      { _tag: "Url", url: "data:image/png;base64,@@@" }
    ])
  })

  it.effect("from a chat result", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* client.chat({ model: "google/gemini-2.5-flash-image", messages: [Content.user("draw")], modalities: ["image", "text"] })
      const [img] = Content.images(result)
      assert.deepStrictEqual(img, { _tag: "Data", mediaType: "image/png", bytes: PNG })
    }).pipe(
      Effect.provide(OpenRouterTest.layer([OpenRouterTest.sse([
        {
          id: "gen-img",
          object: "chat.completion.chunk",
          created: 1,
          model: "google/gemini-2.5-flash-image",
          choices: [{
            index: 0,
            delta: {
              role: "assistant",
              content: "Here it is",
              images: [{ type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==" }, index: 0 }]
            },
            finish_reason: "stop"
          }]
        }
      ])]))
    ))
})

describe("web search", () => {
  it("plugin, server tool, :online", () => {
    assert.deepStrictEqual(Content.webSearch({ maxResults: 3, engine: "exa" }), { id: "web", engine: "exa", max_results: 3 })
    assert.deepStrictEqual(Content.webSearch(), { id: "web" })
    assert.deepStrictEqual(Content.webSearchTool({ maxResults: 2, includeDomains: ["effect.website"] }), {
      type: "openrouter:web_search",
      parameters: { max_results: 2, allowed_domains: ["effect.website"] }
    })
    assert.deepStrictEqual(Content.webSearchTool(), { type: "openrouter:web_search" })
    assert.strictEqual(Content.online("openai/gpt-4o"), "openai/gpt-4o:online")
    assert.strictEqual(Content.online("openai/gpt-4o:online"), "openai/gpt-4o:online")
  })

  it.effect("citations of chat/web-search-url-citations.json", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* client.chat({
        model: Content.online("deepseek/deepseek-chat"),
        messages: [Content.user("pydantic ai repo?")],
        plugins: [Content.webSearch({ maxResults: 5 })]
      }, { wire: "json" })
      const expected = fixtureIndex.find((f) => f.file === "chat/web-search-url-citations.json")?.expect["annotations"]
      const citations = Content.citations(result)
      assert.deepStrictEqual(citations.map((c) => ({ type: "url_citation", url: c.url, title: c.title })), expected)
      assert.deepStrictEqual(citations.map((c) => [c.startIndex, c.endIndex]), [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0]])
      assert.include(citations[0]?.content ?? "", "pydantic/pydantic-ai")
      const [req] = yield* OpenRouterTest.requests
      const body = req?.body as { model: string; plugins: unknown }
      assert.strictEqual(body.model, "deepseek/deepseek-chat:online")
      assert.deepStrictEqual(body.plugins, [{ id: "web", max_results: 5 }])
    }).pipe(
      Effect.provide(OpenRouterTest.layer([OpenRouterTest.json(fixture("chat/web-search-url-citations.json").response.body)]))
    ))

  it("citations skip annotations that are not url citations", () => {
    assert.deepStrictEqual(
      Content.citations({ annotations: [{ type: "file", file: { hash: "h" } }, { type: "url_citation", url_citation: { url: "https://a", title: null } }] }),
      [{ url: "https://a", title: undefined, content: undefined, startIndex: undefined, endIndex: undefined }]
    )
  })
})
