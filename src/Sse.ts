/**
 * Server-Sent Events decoding, following the WHATWG HTML "event stream interpretation" rules.
 *
 * The core is a synchronous, allocation-light incremental parser ({@link makeParser}) that can be
 * used without Effect in hot loops; {@link decode} wraps it as a `Stream` transform that emits one
 * `Chunk` of events per upstream chunk of bytes.
 *
 * @since 0.1.0
 */
import * as Channel from "effect/Channel"
import * as Chunk from "effect/Chunk"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"

/**
 * A dispatched SSE message.
 *
 * - `event` is the event type (`"message"` when no non-empty `event` field was seen).
 * - `data` is the data buffer with its one trailing line feed removed.
 * - `id` is the last event ID in effect when the message was dispatched (`""` if none was set;
 *   it persists across messages, as the spec requires).
 * - `retry` is the reconnection time (in milliseconds) in effect when the message was dispatched:
 *   the last valid `retry` field seen so far in the stream, or `undefined` if none was seen.
 *
 * @since 0.1.0
 * @category models
 */
export interface SseMessage {
  readonly _tag: "Message"
  readonly event: string
  readonly data: string
  readonly id: string
  readonly retry: number | undefined
}

// A class, not a literal: messages held from one read to the next live as long as the stream's
// read (`internal/longLived.ts`).
class Message implements SseMessage {
  readonly _tag = "Message"
  constructor(
    readonly event: string,
    readonly data: string,
    readonly id: string,
    readonly retry: number | undefined
  ) {}
}

/**
 * A comment line (`:` followed by text), e.g. the `: OPENROUTER PROCESSING` keepalive.
 * `text` is what follows the colon, with one leading space removed if present.
 *
 * @since 0.1.0
 * @category models
 */
export interface SseComment {
  readonly _tag: "Comment"
  readonly text: string
}

/**
 * Anything the decoder surfaces: a dispatched message or a comment.
 *
 * @since 0.1.0
 * @category models
 */
export type SseEvent = SseMessage | SseComment

/**
 * A single line, or the data of a single event, exceeded `maxEventBytes`.
 *
 * @since 0.1.0
 * @category errors
 */
export class SseLimitExceeded extends Schema.TaggedError<SseLimitExceeded>()("SseLimitExceeded", {
  limit: Schema.Number,
  message: Schema.String
}) {}

/**
 * Decoder options.
 *
 * `maxEventBytes` bounds both the length of a single line (while it is being buffered, before
 * its line end has arrived) and the length of the data of a single event. Lengths are measured in
 * UTF-16 code units of the decoded text, which equals the byte count for ASCII and never exceeds
 * the UTF-8 byte count otherwise. Defaults to {@link defaultMaxEventBytes} (8 MiB).
 *
 * @since 0.1.0
 * @category models
 */
export interface SseOptions {
  readonly maxEventBytes?: number
}

/**
 * The default bound for a single line or a single event's data: 8 MiB.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultMaxEventBytes: number = 8 * 1024 * 1024

/**
 * A synchronous, incremental SSE parser.
 *
 * @since 0.1.0
 * @category models
 */
export interface SseParser {
  /**
   * Feed one read of bytes. Calls `onEvent` synchronously for each complete event, in order.
   * Returns an `SseLimitExceeded` (and stops parsing) when the bound is crossed; once failed,
   * every further `feed` returns the same error until `end` is called.
   */
  readonly feed: (bytes: Uint8Array) => SseLimitExceeded | undefined
  /**
   * Feed already-decoded text (same rules, including stripping one leading U+FEFF at the start
   * of the stream). Do not interleave with `feed` in the middle of a multi-byte character.
   */
  readonly feedText: (text: string) => SseLimitExceeded | undefined
  /**
   * End of input: flushes the UTF-8 decoder and discards an unterminated last line and an
   * undispatched last event. Returns the error if the parser had failed. Afterwards the parser
   * is back in its initial state and can be reused for a new stream.
   */
  readonly end: () => SseLimitExceeded | undefined
}

const STREAM_OPTIONS: TextDecodeOptions = { stream: true }
/** Reads below this size are decoded whole (see `decodeRead`). */
const WHOLE_DECODE_LIMIT = 16 * 1024

/**
 * How many leading bytes of `bytes` end on a character boundary: all of them, unless they end
 * inside a UTF-8 sequence (a lead byte with fewer than its continuation bytes after it). Invalid
 * bytes count as complete (they decode to U+FFFD wherever the read is cut).
 */
const completeLength = (bytes: Uint8Array): number => {
  const n = bytes.length
  const stop = n >= 4 ? n - 4 : 0
  let i = n - 1
  while (i >= stop && ((bytes[i] as number) & 0xc0) === 0x80) i--
  if (i < stop) return n
  const lead = bytes[i] as number
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return n - i < need ? i : n
}

/** Pending-line pieces are compacted in groups of this size to bound per-piece overhead. */
const PIECE_GROUP = 64
/** Pending lines up to this length are buffered by plain string concatenation. */
const SHORT_PENDING = 256

const CH_LF = 10
const CH_SPACE = 32
const CH_0 = 48
const CH_9 = 57
const CH_BOM = 0xfeff

/**
 * The parser's state and steps as one object (methods on the prototype): an open stream keeps
 * one object instead of a closure per step and their shared context.
 */
class Parser implements SseParser {
  private readonly limit: number
  private readonly decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true })
  /** The bytes of a character the last read cut (see `decodeRead`). */
  private tail: Uint8Array | undefined = undefined
  // stream state
  private bomChecked = false
  private skipLF = false
  private failure: SseLimitExceeded | undefined = undefined
  // Unterminated line. While it is short it is kept in `head` (plain concatenation, bounded by
  // SHORT_PENDING); beyond that new pieces go to `group`, and every PIECE_GROUP pieces are joined
  // into one entry of `pieces`, so a long line arriving in tiny reads costs O(n), joined once.
  private head = ""
  private pieces: Array<string> = []
  private group: Array<string> = []
  private pendingLength = 0
  // event state
  private hasData = false
  private data = ""
  private eventType = ""
  private lastEventId = ""
  private retry: number | undefined = undefined

  constructor(private readonly onEvent: (event: SseEvent) => void, options: SseOptions | undefined) {
    this.limit = options?.maxEventBytes ?? defaultMaxEventBytes
  }

  feed(bytes: Uint8Array): SseLimitExceeded | undefined {
    return this.failure ?? this.processText(this.decodeRead(bytes))
  }

  /**
   * A read's text, up to its last complete character; the bytes of a character cut by the read's
   * end wait for the next read — the same text as a streaming decode. A read below 16 KB is decoded
   * whole: on Node 20 the streaming decode goes through an ICU converter made per decoder, which
   * costs a short answer ~6 µs more and small reads 25–40 % more per event; above that size the two
   * cost the same in the parser (`npx tsx bench/utf8.ts`).
   */
  private decodeRead(bytes: Uint8Array): string {
    let input = bytes
    const tail = this.tail
    if (tail !== undefined) {
      input = new Uint8Array(tail.length + bytes.length)
      input.set(tail)
      input.set(bytes, tail.length)
      this.tail = undefined
    }
    const cut = completeLength(input)
    if (cut < input.length) {
      this.tail = input.slice(cut)
      input = input.subarray(0, cut)
    }
    if (input.length === 0) return ""
    if (input.length < WHOLE_DECODE_LIMIT) return this.decoder.decode(input)
    // Cut on a character boundary, the streaming decode of a large read holds nothing back either.
    return this.decoder.decode(input, STREAM_OPTIONS)
  }

  feedText(text: string): SseLimitExceeded | undefined {
    return this.failure ?? this.processText(text)
  }

  end(): SseLimitExceeded | undefined {
    let error = this.failure
    if (error === undefined) {
      // the flushed tail cannot contain a line end; process it only for the bound check
      const tail = this.tail
      if (tail !== undefined) error = this.processText(this.decoder.decode(tail))
    }
    this.reset()
    return error
  }

  private reset(): void {
    this.tail = undefined
    this.bomChecked = false
    this.skipLF = false
    this.failure = undefined
    this.head = ""
    this.pieces = []
    this.group = []
    this.pendingLength = 0
    this.hasData = false
    this.data = ""
    this.eventType = ""
    this.lastEventId = ""
    this.retry = undefined
  }

  private fail(what: string): SseLimitExceeded {
    this.failure = new SseLimitExceeded({
      limit: this.limit,
      message: `SSE ${what} exceeds maxEventBytes (${this.limit})`
    })
    return this.failure
  }

  private takePending(last: string): string {
    let line: string
    if (this.pieces.length === 0 && this.group.length === 0) {
      line = this.head + last
    } else {
      if (this.head !== "") this.pieces.unshift(this.head)
      for (let i = 0; i < this.group.length; i++) this.pieces.push(this.group[i] as string)
      this.pieces.push(last)
      line = this.pieces.join("")
      this.pieces = []
      this.group = []
    }
    this.head = ""
    this.pendingLength = 0
    return line
  }

  private pushPending(piece: string): void {
    if (this.pendingLength + piece.length <= SHORT_PENDING) {
      this.head = this.head + piece
    } else {
      this.group.push(piece)
      if (this.group.length === PIECE_GROUP) {
        this.pieces.push(this.group.join(""))
        this.group = []
      }
    }
    this.pendingLength += piece.length
  }

  /**
   * Interpret the line `s[start, end)`. `colon` is the index of the first `:` in the line, or
   * any value outside `[start, end)` if the line has none.
   */
  private processLine(s: string, start: number, end: number, colon: number): SseLimitExceeded | undefined {
    if (start === end) {
      // blank line: dispatch
      if (this.hasData) {
        const event: SseMessage = new Message(
          this.eventType === "" ? "message" : this.eventType,
          this.data,
          this.lastEventId,
          this.retry
        )
        this.hasData = false
        this.data = ""
        this.eventType = ""
        this.onEvent(event)
      } else {
        this.eventType = ""
      }
      return undefined
    }
    if (end - start > this.limit) return this.fail("line")
    let nameEnd = end
    let valueStart = end
    if (colon >= start && colon < end) {
      nameEnd = colon
      valueStart = colon + 1
      if (valueStart < end && s.charCodeAt(valueStart) === CH_SPACE) valueStart++
      if (colon === start) {
        this.onEvent({ _tag: "Comment", text: s.slice(valueStart, end) })
        return undefined
      }
    }
    switch (nameEnd - start) {
      case 4: {
        // "this.data"
        if (
          s.charCodeAt(start) === 100 && s.charCodeAt(start + 1) === 97 &&
          s.charCodeAt(start + 2) === 116 && s.charCodeAt(start + 3) === 97
        ) {
          const value = s.slice(valueStart, end)
          if (this.hasData) {
            if (this.data.length + 1 + value.length > this.limit) return this.fail("event this.data")
            this.data = this.data + "\n" + value
          } else {
            this.hasData = true
            this.data = value
          }
        }
        return undefined
      }
      case 5: {
        const c0 = s.charCodeAt(start)
        if (
          c0 === 101 && s.charCodeAt(start + 1) === 118 && s.charCodeAt(start + 2) === 101 &&
          s.charCodeAt(start + 3) === 110 && s.charCodeAt(start + 4) === 116
        ) {
          // "event"
          this.eventType = s.slice(valueStart, end)
        } else if (
          c0 === 114 && s.charCodeAt(start + 1) === 101 && s.charCodeAt(start + 2) === 116 &&
          s.charCodeAt(start + 3) === 114 && s.charCodeAt(start + 4) === 121
        ) {
          // "this.retry": ASCII digits only (an empty value is ignored)
          if (valueStart === end) return undefined
          for (let i = valueStart; i < end; i++) {
            const c = s.charCodeAt(i)
            if (c < CH_0 || c > CH_9) return undefined
          }
          const n = Number(s.slice(valueStart, end))
          if (Number.isSafeInteger(n)) this.retry = n
        }
        return undefined
      }
      case 2: {
        // "id", ignored if the value contains U+0000
        if (s.charCodeAt(start) === 105 && s.charCodeAt(start + 1) === 100) {
          const value = s.slice(valueStart, end)
          if (value.indexOf("\u0000") === -1) this.lastEventId = value
        }
        return undefined
      }
      default:
        return undefined
    }
  }

  private processText(text: string): SseLimitExceeded | undefined {
    const len = text.length
    if (len === 0) return undefined
    let pos = 0
    if (!this.bomChecked) {
      this.bomChecked = true
      if (text.charCodeAt(0) === CH_BOM) pos = 1
    }
    if (this.skipLF) {
      this.skipLF = false
      if (text.charCodeAt(0) === CH_LF) pos = 1
    }
    let lf = text.indexOf("\n", pos)
    let cr = text.indexOf("\r", pos)
    let colon = text.indexOf(":", pos)
    while (lf !== -1 || cr !== -1) {
      let end: number
      let next: number
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        end = lf
        next = lf + 1
        lf = text.indexOf("\n", next)
      } else {
        end = cr
        next = cr + 1
        if (next === len) {
          this.skipLF = true
        } else if (text.charCodeAt(next) === CH_LF) {
          next++
          lf = text.indexOf("\n", next)
        }
        cr = text.indexOf("\r", next)
      }
      let error: SseLimitExceeded | undefined
      if (this.pendingLength > 0) {
        const line = this.takePending(text.slice(pos, end))
        error = this.processLine(line, 0, line.length, line.indexOf(":"))
      } else {
        if (colon !== -1 && colon < pos) colon = text.indexOf(":", pos)
        error = this.processLine(text, pos, end, colon)
      }
      if (error !== undefined) return error
      pos = next
    }
    if (pos < len) {
      this.pushPending(pos === 0 ? text : text.slice(pos))
      if (this.pendingLength > this.limit) return this.fail("line")
    }
    return undefined
  }
}

/**
 * Create a synchronous incremental SSE parser that calls `onEvent` for every comment and every
 * dispatched message.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeParser = (onEvent: (event: SseEvent) => void, options?: SseOptions): SseParser =>
  new Parser(onEvent, options)

/**
 * Decode a whole SSE text at once (same rules as {@link makeParser}).
 *
 * @throws SseLimitExceeded if a line or an event's data exceeds `maxEventBytes`.
 * @since 0.1.0
 * @category decoding
 */
export const decodeText = (text: string, options?: SseOptions): ReadonlyArray<SseEvent> => {
  const events: Array<SseEvent> = []
  const parser = makeParser((event) => {
    events.push(event)
  }, options)
  const error = parser.feedText(text) ?? parser.end()
  if (error !== undefined) throw error
  return events
}

const decodeChannel = <E>(
  options: SseOptions | undefined
): Channel.Channel<
  Chunk.Chunk<SseEvent>,
  Chunk.Chunk<Uint8Array>,
  E | SseLimitExceeded,
  E,
  unknown,
  unknown
> => {
  let out: Array<SseEvent> = []
  const parser = makeParser((event) => {
    out.push(event)
  }, options)
  const loop: Channel.Channel<
    Chunk.Chunk<SseEvent>,
    Chunk.Chunk<Uint8Array>,
    E | SseLimitExceeded,
    E,
    unknown,
    unknown
  > = Channel.readWithCause({
    onInput: (input: Chunk.Chunk<Uint8Array>) => {
      const reads = Chunk.toReadonlyArray(input)
      let error: SseLimitExceeded | undefined
      for (let i = 0; i < reads.length && error === undefined; i++) {
        error = parser.feed(reads[i] as Uint8Array)
      }
      if (error !== undefined) parser.end()
      if (out.length === 0) return error === undefined ? loop : Channel.fail(error)
      const events = Chunk.unsafeFromArray(out)
      out = []
      return Channel.zipRight(Channel.write(events), error === undefined ? loop : Channel.fail(error))
    },
    onFailure: (cause) => Channel.failCause(cause),
    onDone: () => {
      const error = parser.end()
      return error === undefined ? Channel.void : Channel.fail(error)
    }
  })
  return loop
}

/**
 * Decode a stream of bytes into SSE events. Built on {@link makeParser}: each upstream chunk is
 * parsed synchronously and its events are emitted as one `Chunk` (nothing is emitted for a chunk
 * that completes no event). Fails with `SseLimitExceeded` when the bound is crossed, after
 * emitting the events that preceded the offending line.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decode =
  (options?: SseOptions) => <E, R>(self: Stream.Stream<Uint8Array, E, R>): Stream.Stream<SseEvent, E | SseLimitExceeded, R> =>
    Stream.pipeThroughChannel(self, Channel.suspend(() => decodeChannel<E>(options)))
