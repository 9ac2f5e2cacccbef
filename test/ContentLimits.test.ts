/**
 * Multimodal parts at their edges: sizes in the error message, base64 padding, data URLs without
 * a media type, image bytes that are empty or of an unsupported type, file URLs and data URLs,
 * files without a media type, empty audio, every web-search option on the wire.
 */
import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import * as Content from "../src/Content.js"

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])

const errorOf = <A, E extends { readonly message: string; readonly field?: string | undefined }>(e: Either.Either<A, E>) => {
  if (Either.isRight(e)) throw new Error("expected an InvalidRequestError")
  return { message: e.left.message, field: e.left.field }
}

describe("size limits say how big the part is, in readable units", () => {
  it("bytes, KB and MB", () => {
    const small = errorOf(Content.audio(new Uint8Array(600), "wav", { maxBytes: 512 }))
    assert.strictEqual(small.message, "audio: 600 bytes exceeds the limit of 512 bytes")
    const kb = errorOf(Content.audio(new Uint8Array(3 * 1024), "wav", { maxBytes: 2 * 1024 }))
    assert.strictEqual(kb.message, "audio: 3.0 KB exceeds the limit of 2.0 KB")
    const mb = errorOf(Content.file({ filename: "big.pdf", data: new Uint8Array(3 * 1024 * 1024), maxBytes: 1024 * 1024 }))
    assert.strictEqual(mb.message, "file: 3.0 MB exceeds the limit of 1.0 MB")
  })

  it("a base64 data URL is measured by its decoded size, padding included", () => {
    // "QUJD" = 3 bytes, "QUI=" = 2 bytes, "QQ==" = 1 byte
    for (const [payload, size] of [["QUJD", 3], ["QUJDQUI=", 5], ["QUJDQQ==", 4]] as const) {
      const url = `data:image/png;base64,${payload}`
      assert.isTrue(Either.isRight(Content.image(url, { maxBytes: size })), `${payload} fits in ${size}`)
      const over = errorOf(Content.image(url, { maxBytes: size - 1 }))
      assert.include(over.message, `${size} bytes exceeds the limit of ${size - 1} bytes`)
    }
  })
})

describe("data URLs", () => {
  it("no media type means text/plain; the payload may be empty", () => {
    assert.deepStrictEqual(Content.parseDataUrl("data:,hello"), { mediaType: "text/plain", base64: false, payload: "hello" })
    assert.deepStrictEqual(Content.parseDataUrl("data:;base64,"), { mediaType: "text/plain", base64: true, payload: "" })
    assert.isUndefined(Content.parseDataUrl("https://example.com/a.png"))
  })
})

describe("images from bytes", () => {
  it("empty bytes with a declared type fail as empty", () => {
    const e = errorOf(Content.image({ bytes: new Uint8Array(0), mediaType: "image/png" }, { label: "messages[0].content[1]" }))
    assert.strictEqual(e.message, "messages[0].content[1]: the image is empty")
    assert.strictEqual(e.field, "messages[0].content[1]")
  })

  it("a declared type that is not an image type fails naming the type as given", () => {
    const e = errorOf(Content.image({ bytes: Uint8Array.from([1, 2, 3]), mediaType: "Image/TIFF" }))
    assert.include(e.message, "unsupported media type \"Image/TIFF\"")
  })

  it("image/jpg is read as image/jpeg and must match the bytes", () => {
    const e = errorOf(Content.image({ bytes: PNG, mediaType: "image/jpg" }))
    assert.strictEqual(e.message, "image: declared media type image/jpeg but the bytes are image/png")
  })
})

describe("files", () => {
  it("an https URL is sent as is; a data URL is size-checked (plain or base64)", () => {
    const url = Content.file({ filename: "paper.pdf", data: "  https://example.com/paper.pdf " })
    assert.deepStrictEqual(url, Either.right({ type: "file", file: { filename: "paper.pdf", file_data: "https://example.com/paper.pdf" } }))
    assert.isTrue(Either.isRight(Content.file({ filename: "a.txt", data: "data:text/plain,hello", maxBytes: 5 })))
    assert.include(errorOf(Content.file({ filename: "a.txt", data: "data:text/plain,hello!", maxBytes: 5 })).message, "6 bytes exceeds")
    assert.include(errorOf(Content.file({ filename: "a.pdf", data: "data:application/pdf;base64,QUJDRA==", maxBytes: 3 })).message, "4 bytes exceeds")
    assert.include(errorOf(Content.file({ filename: "a.pdf", data: "ftp://example.com/a.pdf" })).message, "expected an http(s) URL")
  })

  it("bytes without a media type: known extensions tell it, others fail; a malformed type fails", () => {
    const md = Content.file({ filename: "NOTES.MD", data: Uint8Array.from([35, 32, 104]) })
    assert.isTrue(Either.isRight(md) && String(md.right.file.file_data).startsWith("data:text/markdown;base64,"))
    assert.strictEqual(errorOf(Content.file({ filename: "blob.bin", data: Uint8Array.from([1]) })).message, "file: mediaType is required for this file")
    assert.strictEqual(errorOf(Content.file({ filename: "noext", data: Uint8Array.from([1]) })).message, "file: mediaType is required for this file")
    assert.strictEqual(
      errorOf(Content.file({ filename: "x.bin", data: Uint8Array.from([1]), mediaType: "not a type" })).message,
      "file: invalid media type \"not a type\""
    )
    assert.strictEqual(errorOf(Content.file({ filename: "x.pdf", data: new Uint8Array(0) })).message, "file: the file is empty")
  })
})

describe("audio", () => {
  it("empty audio fails; audio is sent as base64 with its format", () => {
    assert.strictEqual(errorOf(Content.audio(new Uint8Array(0), "mp3")).message, "audio: the audio is empty")
    assert.deepStrictEqual(
      Content.audio(Uint8Array.from([65, 66, 67]), "mp3", { cacheControl: Content.ephemeral("1h") }),
      Either.right({ type: "input_audio", input_audio: { data: "QUJD", format: "mp3" }, cache_control: { type: "ephemeral", ttl: "1h" } })
    )
  })
})

describe("web search options on the wire", () => {
  const options: Content.WebSearchOptions = {
    maxResults: 3,
    engine: "exa",
    searchPrompt: "Sources:",
    includeDomains: ["example.com"],
    excludeDomains: ["spam.example"]
  }

  it("the web plugin carries every option under its wire name", () => {
    assert.deepStrictEqual(Content.webSearch(options), {
      id: "web",
      engine: "exa",
      max_results: 3,
      search_prompt: "Sources:",
      include_domains: ["example.com"],
      exclude_domains: ["spam.example"]
    })
  })

  it("the server tool names the domain lists allowed_domains / excluded_domains; no options, no parameters", () => {
    assert.deepStrictEqual(Content.webSearchTool(options), {
      type: "openrouter:web_search",
      parameters: { engine: "exa", max_results: 3, allowed_domains: ["example.com"], excluded_domains: ["spam.example"] }
    })
    assert.deepStrictEqual(Content.webSearchTool({ excludeDomains: ["a.b"] }), {
      type: "openrouter:web_search",
      parameters: { excluded_domains: ["a.b"] }
    })
    assert.deepStrictEqual(Content.webSearchTool(), { type: "openrouter:web_search" })
  })
})
