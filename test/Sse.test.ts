import * as ExperimentalSse from "@effect/experimental/Sse"
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Effect, Either, FastCheck, Stream } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as Sse from "../src/Sse.js"

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------

const encoder = new TextEncoder()

/** Concatenate text (UTF-8 encoded) and raw byte arrays into one input. */
const bytes = (...parts: ReadonlyArray<string | ReadonlyArray<number>>): Uint8Array => {
  const arrays = parts.map((part) => typeof part === "string" ? encoder.encode(part) : Uint8Array.from(part))
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0))
  let offset = 0
  for (const a of arrays) {
    out.set(a, offset)
    offset += a.length
  }
  return out
}

const msg = (
  data: string,
  fields: { readonly event?: string; readonly id?: string; readonly retry?: number } = {}
): Sse.SseMessage => ({
  _tag: "Message",
  event: fields.event ?? "message",
  data,
  id: fields.id ?? "",
  retry: fields.retry
})

const comment = (text: string): Sse.SseComment => ({ _tag: "Comment", text })

interface Outcome {
  readonly events: ReadonlyArray<Sse.SseEvent>
  readonly error: { readonly _tag: "SseLimitExceeded"; readonly limit: number } | undefined
}

const toErrorSummary = (error: Sse.SseLimitExceeded | undefined): Outcome["error"] =>
  error === undefined ? undefined : { _tag: error._tag, limit: error.limit }

/** Feed reads to a fresh `makeParser`, stopping at the first error, then `end`. */
const runReads = (reads: ReadonlyArray<Uint8Array>, options?: Sse.SseOptions): Outcome => {
  const events: Array<Sse.SseEvent> = []
  const parser = Sse.makeParser((event) => {
    events.push(event)
  }, options)
  let error: Sse.SseLimitExceeded | undefined
  for (const read of reads) {
    error = parser.feed(read)
    if (error !== undefined) break
  }
  const endError = parser.end()
  if (error !== undefined) assert.strictEqual(endError, error, "end() returns the sticky error")
  return { events, error: toErrorSummary(error ?? endError) }
}

const splitEvery = (input: Uint8Array, size: number): Array<Uint8Array> => {
  const reads: Array<Uint8Array> = []
  for (let i = 0; i < input.length; i += size) reads.push(input.subarray(i, Math.min(input.length, i + size)))
  return reads
}

/** Split at the given offsets (any order, duplicates allowed: they produce empty reads). */
const splitAt = (input: Uint8Array, offsets: ReadonlyArray<number>): Array<Uint8Array> => {
  const cuts = offsets.filter((n) => n > 0 && n < input.length).sort((a, b) => a - b)
  const reads: Array<Uint8Array> = []
  let start = 0
  for (const cut of cuts) {
    reads.push(input.subarray(start, cut))
    start = cut
  }
  reads.push(input.subarray(start))
  return reads
}

/** Run reads through the `decode` Stream transform; `perRead` makes every read its own chunk. */
const runStream = (
  reads: ReadonlyArray<Uint8Array>,
  options: Sse.SseOptions | undefined,
  perRead: boolean
): Effect.Effect<Outcome> => {
  const source = Stream.fromIterable(reads)
  return (perRead ? Stream.rechunk(source, 1) : source).pipe(
    Sse.decode(options),
    Stream.either,
    Stream.runCollect,
    Effect.map((items) => {
      const events: Array<Sse.SseEvent> = []
      let error: Sse.SseLimitExceeded | undefined
      for (const item of Chunk.toReadonlyArray(items)) {
        if (Either.isRight(item)) events.push(item.right)
        else error = item.left
      }
      return { events, error: toErrorSummary(error) }
    })
  )
}

/**
 * A deliberately naive, spec-literal reference implementation working on the whole decoded text
 * (no incremental state, no limits). Used for differential property tests.
 */
const reference = (input: Uint8Array): ReadonlyArray<Sse.SseEvent> => {
  let text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(input)
  if (text.startsWith("\uFEFF")) text = text.slice(1)
  const lines: Array<string> = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === "\r" || c === "\n") {
      lines.push(text.slice(start, i))
      if (c === "\r" && text[i + 1] === "\n") i++
      start = i + 1
    }
  }
  const events: Array<Sse.SseEvent> = []
  let data = ""
  let type = ""
  let lastId = ""
  let retry: number | undefined
  for (const line of lines) {
    if (line === "") {
      if (data === "") {
        type = ""
        continue
      }
      if (data.endsWith("\n")) data = data.slice(0, -1)
      events.push({ _tag: "Message", event: type === "" ? "message" : type, data, id: lastId, retry })
      data = ""
      type = ""
      continue
    }
    if (line.startsWith(":")) {
      const text = line.slice(1)
      events.push(comment(text.startsWith(" ") ? text.slice(1) : text))
      continue
    }
    const colon = line.indexOf(":")
    let field = line
    let value = ""
    if (colon >= 0) {
      field = line.slice(0, colon)
      value = line.slice(colon + 1)
      if (value.startsWith(" ")) value = value.slice(1)
    }
    if (field === "data") data += value + "\n"
    else if (field === "event") type = value
    else if (field === "id") {
      if (!value.includes("\u0000")) lastId = value
    } else if (field === "retry") {
      if (/^[0-9]+$/.test(value)) retry = parseInt(value, 10)
    }
  }
  return events
}

// ---------------------------------------------------------------------------------------------
// conformance table
// ---------------------------------------------------------------------------------------------

interface Case {
  readonly name: string
  readonly input: string | Uint8Array
  readonly expected: ReadonlyArray<Sse.SseEvent>
  /** the `limit` of the expected SseLimitExceeded, after `expected` events */
  readonly error?: number
  readonly options?: Sse.SseOptions
}

const openRouterChunk = (delta: string, extra = `"finish_reason":null`): string =>
  `data: {"id":"gen-1754441342-abc","provider":"OpenAI","model":"openai/gpt-4o","object":"chat.completion.chunk","created":1754441342,"choices":[{"index":0,"delta":{"role":"assistant","content":${
    JSON.stringify(delta)
  }},${extra}}]}`

const openRouterTranscript = [
  ": OPENROUTER PROCESSING",
  "",
  ": OPENROUTER PROCESSING",
  "",
  openRouterChunk("Héllo"),
  "",
  ": OPENROUTER PROCESSING",
  "",
  openRouterChunk(" wörld 🌍 — 日本語"),
  "",
  openRouterChunk("", `"finish_reason":"stop"`),
  "",
  `data: {"id":"gen-1754441342-abc","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":17,"completion_tokens":6,"total_tokens":23,"cost":0.0001025}}`,
  "",
  "data: [DONE]",
  "",
  ""
]

const openRouterExpected: ReadonlyArray<Sse.SseEvent> = [
  comment("OPENROUTER PROCESSING"),
  comment("OPENROUTER PROCESSING"),
  msg(openRouterChunk("Héllo").slice(6)),
  comment("OPENROUTER PROCESSING"),
  msg(openRouterChunk(" wörld 🌍 — 日本語").slice(6)),
  msg(openRouterChunk("", `"finish_reason":"stop"`).slice(6)),
  msg(
    `{"id":"gen-1754441342-abc","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":17,"completion_tokens":6,"total_tokens":23,"cost":0.0001025}}`
  ),
  msg("[DONE]")
]

const longValue = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join("")

const cases: ReadonlyArray<Case> = [
  // BOM
  { name: "BOM: one leading U+FEFF is stripped", input: "\uFEFFdata: a\n\n", expected: [msg("a")] },
  {
    name: "BOM: only one is stripped, a second one becomes part of the field name",
    input: "\uFEFF\uFEFFdata: a\n\ndata: b\n\n",
    expected: [msg("b")]
  },
  { name: "BOM: raw EF BB BF bytes", input: bytes([0xef, 0xbb, 0xbf], "data: a\n\n"), expected: [msg("a")] },
  { name: "BOM: U+FEFF inside a value is kept", input: "data: \uFEFFa\n\n", expected: [msg("\uFEFFa")] },
  {
    name: "BOM: U+FEFF after the start of the stream is not stripped",
    input: "data: a\n\n\uFEFFdata: b\n\n",
    expected: [msg("a")]
  },
  { name: "BOM: stripped before a comment", input: "\uFEFF: hi\n", expected: [comment("hi")] },
  { name: "BOM: followed by a blank line", input: "\uFEFF\ndata: a\n\n", expected: [msg("a")] },

  // line ends
  { name: "line ends: LF", input: "data: a\n\ndata: b\n\n", expected: [msg("a"), msg("b")] },
  { name: "line ends: CRLF", input: "data: a\r\n\r\ndata: b\r\n\r\n", expected: [msg("a"), msg("b")] },
  { name: "line ends: CR", input: "data: a\r\rdata: b\r\r", expected: [msg("a"), msg("b")] },
  {
    name: "line ends: mixed within one event",
    input: "data: a\r\ndata: b\rdata: c\ndata: d\r\n\r",
    expected: [msg("a\nb\nc\nd")]
  },
  { name: "line ends: LF CR is two line ends", input: "data: a\n\rdata: b\n\n", expected: [msg("a"), msg("b")] },
  { name: "line ends: CR CR LF is two line ends", input: "data: a\r\r\ndata: b\n\n", expected: [msg("a"), msg("b")] },
  { name: "line ends: leading blank lines", input: "\n\r\n\r\ndata: a\n\n", expected: [msg("a")] },

  // comments
  {
    name: "comment: keepalive",
    input: ": OPENROUTER PROCESSING\n\n",
    expected: [comment("OPENROUTER PROCESSING")]
  },
  { name: "comment: no space after the colon", input: ":no-space\n", expected: [comment("no-space")] },
  { name: "comment: only one leading space is removed", input: ":  two\n", expected: [comment(" two")] },
  { name: "comment: `:` alone", input: ":\n", expected: [comment("")] },
  { name: "comment: `: ` alone", input: ": \r\n", expected: [comment("")] },
  { name: "comment: containing colons", input: ": a: b\n", expected: [comment("a: b")] },
  {
    name: "comment: inside an event does not dispatch it",
    input: "data: a\n: keepalive\ndata: b\n\n",
    expected: [comment("keepalive"), msg("a\nb")]
  },
  { name: "comment: CRLF and CR endings", input: ": x\r\n:y\r", expected: [comment("x"), comment("y")] },

  // field parsing
  { name: "field without colon: `data` appends an empty line", input: "data\n\n", expected: [msg("")] },
  { name: "field without colon: two `data` lines", input: "data\ndata\n\n", expected: [msg("\n")] },
  { name: "field without colon: `data` then a value", input: "data\ndata: a\n\n", expected: [msg("\na")] },
  { name: "field without colon: `event` sets an empty type", input: "event\ndata: x\n\n", expected: [msg("x")] },
  { name: "value: no space after the colon", input: "data:x\n\n", expected: [msg("x")] },
  { name: "value: one space removed", input: "data: x\n\n", expected: [msg("x")] },
  { name: "value: only one space removed", input: "data:  x\n\n", expected: [msg(" x")] },
  { name: "value: trailing spaces kept", input: "data:   x  \n\n", expected: [msg("  x  ")] },
  { name: "value: a single space is an empty value", input: "data: \n\n", expected: [msg("")] },
  { name: "value: a tab is not removed", input: "data:\tx\n\n", expected: [msg("\tx")] },
  { name: "value: colons after the first are kept", input: "data: a:b: c\n\n", expected: [msg("a:b: c")] },
  { name: "field: a space before the colon is part of the name", input: "data : x\n\n", expected: [] },
  { name: "field: event value keeps the second space", input: "event:  x\ndata: 1\n\n", expected: [msg("1", { event: " x" })] },

  // data
  { name: "data: multi-line", input: "data: a\ndata: b\ndata: c\n\n", expected: [msg("a\nb\nc")] },
  { name: "data: trailing empty data line", input: "data: a\ndata:\n\n", expected: [msg("a\n")] },
  { name: "data: two empty data lines", input: "data:\ndata:\n\n", expected: [msg("\n")] },
  { name: "data: only one trailing LF removed", input: "data: a\ndata\ndata\n\n", expected: [msg("a\n\n")] },
  { name: "data: JSON with escaped newlines untouched", input: "data: {\"a\":\"x\\ny\"}\n\n", expected: [msg("{\"a\":\"x\\ny\"}")] },
  { name: "data: long line (5000 chars)", input: `data: ${longValue}\n\n`, expected: [msg(longValue)] },

  // event
  { name: "event: sets the type", input: "event: add\ndata: 1\n\n", expected: [msg("1", { event: "add" })] },
  {
    name: "event: reset after dispatch",
    input: "event: add\ndata: 1\n\ndata: 2\n\n",
    expected: [msg("1", { event: "add" }), msg("2")]
  },
  { name: "event: reset by a blank line without data", input: "event: add\n\ndata: 1\n\n", expected: [msg("1")] },
  { name: "event: last one wins", input: "event: a\nevent: b\ndata: 1\n\n", expected: [msg("1", { event: "b" })] },
  { name: "event: empty value means `message`", input: "event:\ndata: 1\n\n", expected: [msg("1")] },

  // id
  { name: "id: sets the last event id", input: "id: 1\ndata: a\n\n", expected: [msg("a", { id: "1" })] },
  {
    name: "id: persists across events",
    input: "id: 1\ndata: a\n\ndata: b\n\n",
    expected: [msg("a", { id: "1" }), msg("b", { id: "1" })]
  },
  { name: "id: set in a block without data persists", input: "id: 7\n\ndata: a\n\n", expected: [msg("a", { id: "7" })] },
  {
    name: "id: a value containing U+0000 is ignored",
    input: "id: 1\ndata: a\n\nid: 2\u00003\ndata: b\n\n",
    expected: [msg("a", { id: "1" }), msg("b", { id: "1" })]
  },
  { name: "id: a lone U+0000 is ignored", input: "id: \u0000\ndata: a\n\n", expected: [msg("a")] },
  {
    name: "id: an empty value resets it",
    input: "id: 1\ndata: a\n\nid\ndata: b\n\n",
    expected: [msg("a", { id: "1" }), msg("b")]
  },
  { name: "id: last one wins", input: "id: 1\nid: 2\ndata: a\n\n", expected: [msg("a", { id: "2" })] },
  { name: "id: value with colon and space", input: "id:  x:y\ndata: a\n\n", expected: [msg("a", { id: " x:y" })] },

  // retry
  { name: "retry: digits", input: "retry: 1000\ndata: a\n\n", expected: [msg("a", { retry: 1000 })] },
  { name: "retry: zero and leading zeros", input: "retry: 007\ndata: a\n\n", expected: [msg("a", { retry: 7 })] },
  { name: "retry: `12a` is ignored", input: "retry: 12a\ndata: a\n\n", expected: [msg("a")] },
  {
    name: "retry: non-digit values are ignored",
    input: "retry: -5\nretry: 1.5\nretry:  5\nretry:\nretry\nretry: 1e3\nretry: \u0663\nretry: +1\ndata: a\n\n",
    expected: [msg("a")]
  },
  {
    name: "retry: persists and invalid values keep the previous one",
    input: "retry: 10\ndata: a\n\nretry: x\ndata: b\n\n",
    expected: [msg("a", { retry: 10 }), msg("b", { retry: 10 })]
  },
  { name: "retry: set in a block without data", input: "retry: 5\n\ndata: a\n\n", expected: [msg("a", { retry: 5 })] },

  // unknown fields
  {
    name: "unknown fields are ignored (names are case-sensitive)",
    input: "foo: bar\nDATA: x\nData: y\nevents: z\nidx: 1\nretries: 2\ndat: 3\ndata: a\n\n",
    expected: [msg("a")]
  },
  { name: "unknown fields alone dispatch nothing", input: "foo: bar\n\n", expected: [] },

  // dispatch
  { name: "dispatch: blank lines alone dispatch nothing", input: "\n\n\n", expected: [] },
  {
    name: "dispatch: a block without data dispatches nothing but keeps id and retry",
    input: "event: x\nid: 3\nretry: 5\n\ndata: a\n\n",
    expected: [msg("a", { id: "3", retry: 5 })]
  },

  // end of stream
  { name: "end: unterminated event (line complete) is discarded", input: "data: a\n\ndata: b\n", expected: [msg("a")] },
  { name: "end: unterminated last line is discarded", input: "data: a\n\ndata: b", expected: [msg("a")] },
  { name: "end: a lone unterminated line", input: "data: a", expected: [] },
  { name: "end: unterminated comment line is discarded", input: ": x", expected: [] },
  { name: "end: trailing CR ends the line but not the event", input: "data: a\n\ndata: b\r", expected: [msg("a")] },
  { name: "end: empty input", input: "", expected: [] },

  // UTF-8
  { name: "utf-8: euro sign", input: "data: €\n\n", expected: [msg("€")] },
  { name: "utf-8: emoji (4 bytes)", input: "data: 😀\n\n", expected: [msg("😀")] },
  { name: "utf-8: mixed text", input: "data: héllo wörld — 日本語 🎉\n\n", expected: [msg("héllo wörld — 日本語 🎉")] },
  { name: "utf-8: in event, id and comment", input: ": ☃\nevent: ü\nid: ß\ndata: x\n\n", expected: [comment("☃"), msg("x", { event: "ü", id: "ß" })] },
  { name: "utf-8: invalid byte FF", input: bytes("data: ", [0xff], "\n\n"), expected: [msg("\uFFFD")] },
  { name: "utf-8: truncated sequence before LF", input: bytes("data: ", [0xe2, 0x82], "\n\n"), expected: [msg("\uFFFD")] },
  { name: "utf-8: truncated sequence before CR", input: bytes("data: ", [0xe2], "\r\r"), expected: [msg("\uFFFD")] },
  {
    name: "utf-8: truncated sequence inside a value",
    input: bytes("data: a", [0xf0, 0x9f, 0x98], "b\n\n"),
    expected: [msg("a\uFFFDb")]
  },
  { name: "utf-8: overlong encoding", input: bytes("data: ", [0xc0, 0x80], "\n\n"), expected: [msg("\uFFFD\uFFFD")] },
  {
    name: "utf-8: encoded surrogate",
    input: bytes("data: ", [0xed, 0xa0, 0x80], "\n\n"),
    expected: [msg("\uFFFD\uFFFD\uFFFD")]
  },
  { name: "utf-8: lone continuation byte", input: bytes("data: ", [0x80], "\n\n"), expected: [msg("\uFFFD")] },
  { name: "utf-8: invalid byte in a field name", input: bytes([0xff], "data: a\n\n"), expected: [] },
  { name: "utf-8: incomplete sequence at end of stream", input: bytes("data: a\n\n", [0xe2]), expected: [msg("a")] },

  // limits
  {
    name: "limit: oversize line",
    input: "data: 0123456789abcdef\n\n",
    options: { maxEventBytes: 16 },
    expected: [],
    error: 16
  },
  {
    name: "limit: events before the oversize line are delivered",
    input: ": k\ndata: a\n\ndata: 0123456789abcdef\n\ndata: b\n\n",
    options: { maxEventBytes: 16 },
    expected: [comment("k"), msg("a")],
    error: 16
  },
  {
    name: "limit: oversize line without any line end",
    input: "x".repeat(40),
    options: { maxEventBytes: 16 },
    expected: [],
    error: 16
  },
  {
    name: "limit: oversize comment line",
    input: `: ${"c".repeat(20)}\n`,
    options: { maxEventBytes: 16 },
    expected: [],
    error: 16
  },
  {
    name: "limit: a line exactly at the bound passes",
    input: "data: 0123456789\n\n",
    options: { maxEventBytes: 16 },
    expected: [msg("0123456789")]
  },
  {
    name: "limit: oversize multi-line event",
    input: "data: a\n\ndata: 0123456789\ndata: abcdef\n\n",
    options: { maxEventBytes: 16 },
    expected: [msg("a")],
    error: 16
  },
  {
    name: "limit: multi-line event exactly at the bound passes",
    input: "data: 0123456789\ndata: abcde\n\n",
    options: { maxEventBytes: 16 },
    expected: [msg("0123456789\nabcde")]
  },
  {
    name: "limit: oversize event made of many empty data lines",
    input: "data\n".repeat(20) + "\n",
    options: { maxEventBytes: 16 },
    expected: [],
    error: 16
  },

  // realistic
  {
    name: "OpenRouter transcript (LF) with keepalives and [DONE]",
    input: openRouterTranscript.join("\n"),
    expected: openRouterExpected
  },
  {
    name: "OpenRouter transcript (CRLF) with keepalives and [DONE]",
    input: openRouterTranscript.join("\r\n"),
    expected: openRouterExpected
  }
]

const inputBytes = (input: string | Uint8Array): Uint8Array => typeof input === "string" ? encoder.encode(input) : input

describe("Sse conformance", () => {
  for (const c of cases) {
    const input = inputBytes(c.input)
    const expected: Outcome = {
      events: c.expected,
      error: c.error === undefined ? undefined : { _tag: "SseLimitExceeded", limit: c.error }
    }
    describe(c.name, () => {
      it("whole, 1-byte and 7-byte reads (makeParser), decodeText", () => {
        assert.deepStrictEqual(runReads([input], c.options), expected, "whole")
        assert.deepStrictEqual(runReads(splitEvery(input, 1), c.options), expected, "1-byte reads")
        assert.deepStrictEqual(runReads(splitEvery(input, 7), c.options), expected, "7-byte reads")
        if (typeof c.input === "string") {
          if (c.error === undefined) {
            assert.deepStrictEqual(Sse.decodeText(c.input, c.options), c.expected, "decodeText")
          } else {
            assert.throws(() => Sse.decodeText(c.input as string, c.options))
          }
        }
        if (c.error === undefined) {
          assert.deepStrictEqual(reference(input), c.expected, "reference implementation agrees")
        }
      })

      it.prop(
        "random splits (property)",
        { cuts: FastCheck.array(FastCheck.nat({ max: Math.max(input.length, 1) }), { maxLength: 24 }) },
        ({ cuts }) => {
          assert.deepStrictEqual(runReads(splitAt(input, cuts), c.options), expected)
        }
      )

      it.effect("decode Stream transform: whole, 1-byte and 7-byte reads", () =>
        Effect.gen(function*() {
          assert.deepStrictEqual(yield* runStream([input], c.options, true), expected, "whole")
          assert.deepStrictEqual(yield* runStream(splitEvery(input, 1), c.options, true), expected, "1-byte")
          assert.deepStrictEqual(yield* runStream(splitEvery(input, 7), c.options, true), expected, "7-byte")
          assert.deepStrictEqual(
            yield* runStream(splitEvery(input, 7), c.options, false),
            expected,
            "7-byte reads batched in one chunk"
          )
        }))
    })
  }
})

// ---------------------------------------------------------------------------------------------
// targeted tests
// ---------------------------------------------------------------------------------------------

describe("Sse read boundaries", () => {
  it("CRLF split across two reads is one line end", () => {
    const reads = ["data: a\r", "\ndata: b\r", "\n\r", "\n"].map((s) => encoder.encode(s))
    assert.deepStrictEqual(runReads(reads), { events: [msg("a\nb")], error: undefined })
  })

  it("CR at the end of a read followed by a non-LF read", () => {
    const reads = ["data: a\r", "data: b\r", "\r"].map((s) => encoder.encode(s))
    assert.deepStrictEqual(runReads(reads), { events: [msg("a\nb")], error: undefined })
  })

  it("CR at the end of a read, then an empty read, then LF", () => {
    const reads = [encoder.encode("data: a\r"), new Uint8Array(0), encoder.encode("\n\r\n")]
    assert.deepStrictEqual(runReads(reads), { events: [msg("a")], error: undefined })
  })

  it("CR at the end of a read, then a read holding only part of a multi-byte char", () => {
    // the second read decodes to "" and must not clear the pending CRLF state
    const reads = [bytes("data: a\r"), bytes([0xe2]), bytes([0x82, 0xac], "\n\n")]
    // "\r" ends "data: a"; "€" starts a new line "€" (unknown field); "\n" ends it; "\n" dispatches
    assert.deepStrictEqual(runReads(reads), { events: [msg("a")], error: undefined })
    const reads2 = [bytes("data: a\r"), bytes([0xe2]), bytes([0x82, 0xac])]
    assert.deepStrictEqual(runReads(reads2), { events: [], error: undefined })
  })

  it("multi-byte characters split at every byte offset (2 and 3 reads)", () => {
    for (const text of ["€", "😀", "a€b😀c", "日本語🎉"]) {
      const input = encoder.encode(`: ${text}\nevent: ${text}\nid: ${text}\ndata: ${text}\n\n`)
      const expected: Outcome = {
        events: [comment(text), msg(text, { event: text, id: text })],
        error: undefined
      }
      for (let i = 1; i < input.length; i++) {
        assert.deepStrictEqual(runReads(splitAt(input, [i])), expected, `${text} split at ${i}`)
        for (let j = i + 1; j < input.length; j++) {
          assert.deepStrictEqual(runReads(splitAt(input, [i, j])), expected, `${text} split at ${i},${j}`)
        }
      }
    }
  })

  it("reads of 16 KB and more (decoded by the streaming path) cut inside characters, mixed with small ones", () => {
    // Lines of multi-byte characters long enough that reads of either size cut characters anywhere.
    const text = "a€b😀c日本語🎉".repeat(1500)
    const input = encoder.encode(`data: ${text}\n\ndata: x${text}\n\n`)
    const expected: Outcome = { events: [msg(text), msg(`x${text}`)], error: undefined }
    for (const first of [16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 16 * 1024 + 2, 20_001, 40_003]) {
      for (const second of [1, 2, 3, 5, 17 * 1024 + 1]) {
        const cuts = [first, first + second, first + second + 7, first + second + 16 * 1024 + 1]
        assert.deepStrictEqual(runReads(splitAt(input, cuts)), expected, `cuts ${cuts.join(",")}`)
      }
    }
    // A truncated sequence at the end of a large read, then an invalid byte: U+FFFD each, as a
    // streaming decode gives (the second line, "\uFFFD" with no colon, is a field that is ignored).
    const bad = bytes(`data: ${"x".repeat(20_000)}`, [0xf0, 0x9f], "\ndata: ", [0xff], "\n\n")
    const badExpected: Outcome = { events: [msg(`${"x".repeat(20_000)}\uFFFD\n\uFFFD`)], error: undefined }
    for (const cuts of [[], [20_007], [20_007, 20_008], [20_006, 20_009, 20_015]]) {
      assert.deepStrictEqual(runReads(splitAt(bad, cuts)), badExpected, `cuts ${cuts.join(",")}`)
    }
  })

  it("BOM bytes split across reads", () => {
    const input = bytes([0xef, 0xbb, 0xbf], "data: a\n\n")
    for (let i = 1; i <= 3; i++) {
      assert.deepStrictEqual(runReads(splitAt(input, [i])), { events: [msg("a")], error: undefined })
    }
    // empty reads before the BOM do not count as the start of the stream having passed
    assert.deepStrictEqual(runReads([new Uint8Array(0), input]), { events: [msg("a")], error: undefined })
  })

  it("a long line in 1-byte reads is reassembled correctly (pending pieces path)", () => {
    for (const length of [255, 256, 257, 64 * 64 + 3, 100_000]) {
      const value = Array.from({ length }, (_, i) => String.fromCharCode(97 + (i % 26))).join("")
      const input = encoder.encode(`data: ${value}\ndata: ${value}\n\n`)
      assert.deepStrictEqual(runReads(splitEvery(input, 1)), {
        events: [msg(`${value}\n${value}`)],
        error: undefined
      }, `length ${length}`)
    }
  })
})

describe("Sse limits", () => {
  it("default bound is 8 MiB", () => {
    assert.strictEqual(Sse.defaultMaxEventBytes, 8 * 1024 * 1024)
  })

  it("a 100 MiB line without a newline fails once it passes 8 MiB, not after buffering it all", () => {
    const mib = new Uint8Array(1024 * 1024).fill(97)
    const parser = Sse.makeParser(() => assert.fail("no event expected"))
    let feeds = 0
    let error: Sse.SseLimitExceeded | undefined
    while (feeds < 100 && error === undefined) {
      feeds++
      error = parser.feed(mib)
    }
    assert.strictEqual(feeds, 9)
    assert.instanceOf(error, Sse.SseLimitExceeded)
    assert.strictEqual(error?._tag, "SseLimitExceeded")
    assert.strictEqual(error?.limit, 8 * 1024 * 1024)
  })

  it.effect("decode stops pulling upstream once the bound is crossed", () =>
    Effect.gen(function*() {
      const kib = new Uint8Array(1024).fill(97)
      let pulled = 0
      const result = yield* Stream.repeatEffect(Effect.sync(() => {
        pulled++
        return kib
      })).pipe(
        Stream.take(1000),
        Sse.decode({ maxEventBytes: 10 * 1024 }),
        Stream.runDrain,
        Effect.either
      )
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result)) {
        assert.strictEqual(result.left._tag, "SseLimitExceeded")
        assert.strictEqual(result.left.limit, 10 * 1024)
      }
      assert.isAtMost(pulled, 12)
    }))

  it("the error is sticky until end(), and end() resets the parser", () => {
    const events: Array<Sse.SseEvent> = []
    const parser = Sse.makeParser((event) => {
      events.push(event)
    }, { maxEventBytes: 8 })
    const error = parser.feed(encoder.encode("data: 0123456789"))
    assert.instanceOf(error, Sse.SseLimitExceeded)
    assert.strictEqual(parser.feed(encoder.encode("\n\ndata: a\n\n")), error)
    assert.strictEqual(parser.feedText("data: a\n\n"), error)
    assert.strictEqual(parser.end(), error)
    assert.deepStrictEqual(events, [])
    // reusable after end()
    assert.isUndefined(parser.feed(encoder.encode("\uFEFFdata: b\n\n")))
    assert.isUndefined(parser.end())
    assert.deepStrictEqual(events, [msg("b")])
  })

  it("SseLimitExceeded is a tagged error with limit and message", () => {
    const error = new Sse.SseLimitExceeded({ limit: 3, message: "too big" })
    assert.strictEqual(error._tag, "SseLimitExceeded")
    assert.strictEqual(error.limit, 3)
    assert.strictEqual(error.message, "too big")
    assert.instanceOf(error, Error)
  })
})

describe("Sse parser lifecycle", () => {
  it("end() resets id, retry and BOM state for reuse", () => {
    const events: Array<Sse.SseEvent> = []
    const parser = Sse.makeParser((event) => {
      events.push(event)
    })
    parser.feed(encoder.encode("\uFEFFid: 1\nretry: 5\ndata: a\n\ndata: unterminated"))
    parser.end()
    parser.feed(encoder.encode("\uFEFFdata: b\n\n"))
    parser.end()
    assert.deepStrictEqual(events, [msg("a", { id: "1", retry: 5 }), msg("b")])
  })

  it("feedText follows the same rules as feed", () => {
    const text = "\uFEFF: c\r\nid: 1\rdata: a\ndata:  b\n\n"
    const events: Array<Sse.SseEvent> = []
    const parser = Sse.makeParser((event) => {
      events.push(event)
    })
    for (const ch of text) parser.feedText(ch)
    parser.end()
    assert.deepStrictEqual(events, [comment("c"), msg("a\n b", { id: "1" })])
    assert.deepStrictEqual(Sse.decodeText(text), events)
  })

  it.effect("decode passes upstream errors through", () =>
    Effect.gen(function*() {
      const result = yield* Stream.make(encoder.encode("data: a\n\n")).pipe(
        Stream.concat(Stream.fail("boom" as const)),
        Sse.decode(),
        Stream.either,
        Stream.runCollect
      )
      assert.deepStrictEqual(Chunk.toReadonlyArray(result), [Either.right(msg("a")), Either.left("boom" as const)])
    }))

  it.effect("decode emits one chunk per upstream chunk", () =>
    Effect.gen(function*() {
      const chunks = yield* Stream.make(
        encoder.encode("data: a\n\ndata: b\n\n: c\n"),
        encoder.encode("data: partial"),
        encoder.encode("\n\n")
      ).pipe(Stream.rechunk(1), Sse.decode(), Stream.chunks, Stream.runCollect)
      assert.deepStrictEqual(
        Chunk.toReadonlyArray(chunks).map((chunk) => Chunk.toReadonlyArray(chunk)),
        [[msg("a"), msg("b"), comment("c")], [msg("partial")]]
      )
    }))
})

// ---------------------------------------------------------------------------------------------
// generative / differential properties
// ---------------------------------------------------------------------------------------------

/** SSE-ish token soup: field names, separators, line ends, multi-byte text, NUL, BOM. */
const tokenArb = FastCheck.constantFrom(
  "data",
  "data:",
  "data: ",
  "event:",
  "event: ",
  "id:",
  "id: ",
  "retry:",
  "retry: ",
  ":",
  ": ",
  " ",
  "\n",
  "\n",
  "\n\n",
  "\r",
  "\r\n",
  "a",
  "x",
  "1",
  "42",
  "€",
  "😀",
  "\u0000",
  "\uFEFF",
  "foo:",
  "ping"
)

const rawBytesArb = FastCheck.constantFrom<ReadonlyArray<number>>([0xff], [0xe2], [0xe2, 0x82], [0xf0, 0x9f], [0x80], [
  0xef,
  0xbb,
  0xbf
])

const streamArb = FastCheck.array(
  FastCheck.oneof(
    { weight: 12, arbitrary: tokenArb.map((token) => encoder.encode(token)) },
    { weight: 1, arbitrary: rawBytesArb.map((raw) => Uint8Array.from(raw)) }
  ),
  { maxLength: 80 }
).map((parts) => bytes(...parts.map((part) => Array.from(part))))

describe("Sse properties", () => {
  it.prop(
    "random token streams: every split agrees with the spec-literal reference",
    {
      input: streamArb,
      cuts: FastCheck.array(FastCheck.nat({ max: 400 }), { maxLength: 30 }),
      size: FastCheck.integer({ min: 1, max: 9 })
    },
    ({ cuts, input, size }) => {
      const expected: Outcome = { events: reference(input), error: undefined }
      assert.deepStrictEqual(runReads([input]), expected)
      assert.deepStrictEqual(runReads(splitAt(input, cuts)), expected)
      assert.deepStrictEqual(runReads(splitEvery(input, size)), expected)
      assert.deepStrictEqual(Effect.runSync(runStream(splitAt(input, cuts), undefined, true)), expected)
    },
    { fastCheck: { numRuns: 500 } }
  )

  /** Well-formed streams without comments, BOM, CR or retry, and with non-empty event names. */
  const wellFormedArb = FastCheck.array(
    FastCheck.record({
      event: FastCheck.option(FastCheck.stringMatching(/^[a-z][a-z_]{0,7}$/), { nil: undefined }),
      data: FastCheck.array(
        FastCheck.string({ unit: FastCheck.constantFrom("a", "b", " ", ":", "{", "}", "\"", "€", "😀", "1") }),
        { minLength: 1, maxLength: 3 }
      )
    }),
    { maxLength: 12 }
  )

  it.prop(
    "differential vs @effect/experimental/Sse on well-formed streams (event and data)",
    { events: wellFormedArb, cuts: FastCheck.array(FastCheck.nat({ max: 600 }), { maxLength: 20 }) },
    ({ cuts, events }) => {
      const text = events.map((e) =>
        (e.event === undefined ? "" : `event: ${e.event}\n`) + e.data.map((d) => `data: ${d}\n`).join("") + "\n"
      ).join("")
      const theirs: Array<{ event: string; data: string }> = []
      const parser = ExperimentalSse.makeParser((event) => {
        if (event._tag === "Event") theirs.push({ event: event.event, data: event.data })
      })
      parser.feed(text)
      const ours = runReads(splitAt(encoder.encode(text), cuts))
      assert.isUndefined(ours.error)
      assert.deepStrictEqual(
        ours.events.map((e) => e._tag === "Message" ? { event: e.event, data: e.data } : { event: "?", data: "?" }),
        theirs
      )
      assert.deepStrictEqual(
        theirs,
        events.map((e) => ({ event: e.event ?? "message", data: e.data.join("\n") }))
      )
    },
    { fastCheck: { numRuns: 300 } }
  )
})

// ---------------------------------------------------------------------------------------------
// recorded OpenRouter streams (test/fixtures/stream/, listed in test/fixtures/index.json)
// ---------------------------------------------------------------------------------------------

const fixtureDir = fileURLToPath(new URL("./fixtures/stream/", import.meta.url))
const fixtureIndex = fileURLToPath(new URL("./fixtures/index.json", import.meta.url))

/** The stream fixtures the index lists, with the counts it expects. Missing files fail, never skip. */
const indexedStreams: ReadonlyArray<{ readonly file: string; readonly dataEvents: number; readonly keepaliveComments: number }> =
  (() => {
    const json: unknown = JSON.parse(fs.readFileSync(fixtureIndex, "utf8"))
    const entries = typeof json === "object" && json !== null && "fixtures" in json && Array.isArray(json.fixtures)
      ? (json.fixtures as ReadonlyArray<{ file?: unknown; expect?: { dataEvents?: unknown; keepaliveComments?: unknown } }>)
      : []
    return entries.flatMap((e) =>
      typeof e.file === "string" && e.file.startsWith("stream/") &&
        typeof e.expect?.dataEvents === "number" && typeof e.expect.keepaliveComments === "number"
        ? [{ file: e.file.slice("stream/".length), dataEvents: e.expect.dataEvents, keepaliveComments: e.expect.keepaliveComments }]
        : []
    )
  })()

const readBodyText = (file: string): string => {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(fixtureDir, file), "utf8"))
  const response: unknown = typeof json === "object" && json !== null && "response" in json ? json.response : undefined
  const bodyText: unknown = typeof response === "object" && response !== null && "bodyText" in response
    ? response.bodyText
    : undefined
  if (typeof bodyText !== "string") throw new Error(`${file}: no response.bodyText (not a stream fixture envelope)`)
  return bodyText
}

describe("Sse on recorded OpenRouter streams", () => {
  it("the stream fixtures are present: every file the index lists, and no unlisted one", () => {
    assert.isTrue(fs.existsSync(fixtureDir), `missing ${fixtureDir}`)
    const onDisk = fs.readdirSync(fixtureDir).filter((f) => f.endsWith(".json")).sort()
    assert.isAtLeast(indexedStreams.length, 5, "test/fixtures/index.json lists the stream fixtures")
    assert.deepStrictEqual(onDisk, indexedStreams.map((e) => e.file).sort())
  })

  for (const { dataEvents, file, keepaliveComments } of indexedStreams) {
    it(file, () => {
      const input = encoder.encode(readBodyText(file))
      const expected: Outcome = { events: reference(input), error: undefined }
      const messages = expected.events.filter((e) => e._tag === "Message")
      // the index counts `data:` events ([DONE] included) and keepalive comments in the recording
      assert.strictEqual(messages.length, dataEvents)
      assert.strictEqual(expected.events.filter((e) => e._tag === "Comment").length, keepaliveComments)
      assert.deepStrictEqual(runReads([input]), expected, "whole")
      assert.deepStrictEqual(runReads(splitEvery(input, 1)), expected, "1-byte")
      assert.deepStrictEqual(runReads(splitEvery(input, 7)), expected, "7-byte")
      assert.deepStrictEqual(Effect.runSync(runStream(splitEvery(input, 7), undefined, true)), expected, "stream")
    })
  }
})
