/**
 * The Node transport's response body over undici's dispatch (`src/internal/dispatch.ts`): the
 * readable-stream order the transport relies on, driven here without a socket (the handler's
 * side called directly); `test/NodeTransport.test.ts` runs it over real sockets.
 */
import { assert, describe, it } from "@effect/vitest"
import type { Dispatcher } from "undici"
import { Aborter, DispatchBody, dispatchRequest, type ResponseHead } from "../src/internal/dispatch.js"

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

const recorded = (body: DispatchBody) => {
  const seen: Array<string> = []
  body.on("data", (chunk) => seen.push(`data:${chunk.toString()}`))
  body.on("end", () => seen.push("end"))
  body.on("error", (e) => seen.push(`error:${e instanceof Error ? e.message : String(e)}`))
  body.on("close", () => seen.push("close"))
  return seen
}

const made = () => {
  const aborter = new Aborter()
  let aborts = 0
  let resumes = 0
  aborter.connect(() => {
    aborts++
  })
  const body = new DispatchBody(aborter, () => {
    resumes++
  })
  return { aborter, body, aborts: () => aborts, resumes: () => resumes }
}

describe("DispatchBody", () => {
  it("reads before any data listener are held (the socket asked to pause), then handed over in order, the end after them", async () => {
    const { body, resumes } = made()
    assert.isFalse(body.data(Buffer.from("a")), "no listener yet: undici pauses the socket")
    assert.isFalse(body.data(Buffer.from("b")))
    body.completed()
    assert.isFalse(body.readableEnded, "not ended before its reads are taken")
    const seen = recorded(body)
    assert.deepStrictEqual(seen, [], "handed over on a later turn, once every listener is in place")
    await tick()
    assert.deepStrictEqual(seen, ["data:a", "data:b", "end", "close"])
    assert.isTrue(body.readableEnded)
    assert.strictEqual(resumes(), 0, "ended: nothing to resume")
  })

  it("held reads of an unfinished body: handed over, then the socket resumed", async () => {
    const { body, resumes } = made()
    body.data(Buffer.from("a"))
    const seen = recorded(body)
    await tick()
    assert.deepStrictEqual(seen, ["data:a"])
    assert.strictEqual(resumes(), 1)
    assert.isTrue(body.data(Buffer.from("b")), "flowing: read at once")
    body.completed()
    assert.deepStrictEqual(seen, ["data:a", "data:b", "end", "close"])
  })

  it("pause asks undici to pause after the current read; resume resumes the socket", async () => {
    const { body, resumes } = made()
    const seen = recorded(body)
    await tick()
    const before = resumes()
    body.pause()
    assert.isFalse(body.data(Buffer.from("x")), "the read is delivered, the socket paused")
    assert.deepStrictEqual(seen, ["data:x"])
    body.resume()
    assert.strictEqual(resumes(), before + 1)
    body.resume()
    assert.strictEqual(resumes(), before + 1, "resume when not paused does nothing")
  })

  it("destroy aborts the request and ends with close alone; what undici reports after is ignored", async () => {
    const { body, aborts } = made()
    const seen = recorded(body)
    await tick()
    body.destroy()
    assert.strictEqual(aborts(), 1)
    body.failed(new Error("Request aborted"))
    assert.isFalse(body.data(Buffer.from("late")))
    await tick()
    assert.deepStrictEqual(seen, ["close"])
    assert.isFalse(body.readableEnded)
  })

  it("a failure: error then close, once; nothing after the end", async () => {
    const { body } = made()
    const seen = recorded(body)
    body.failed(new Error("socket hang up"))
    body.failed(new Error("again"))
    assert.deepStrictEqual(seen, ["error:socket hang up", "close"])

    const other = made().body
    const later = recorded(other)
    await tick()
    other.completed()
    other.failed(new Error("after the end"))
    other.destroy()
    await tick()
    assert.deepStrictEqual(later, ["end", "close"])
  })

  it("a listener removed with off is not called", async () => {
    const { body } = made()
    const seen: Array<string> = []
    const listener = (chunk: Buffer) => seen.push(chunk.toString())
    body.on("data", listener)
    body.on("data", (chunk) => seen.push(`second:${chunk.toString()}`))
    await tick()
    body.data(Buffer.from("1"))
    body.off("data", listener)
    body.off("end", () => {})
    body.data(Buffer.from("2"))
    assert.deepStrictEqual(seen, ["1", "second:1", "second:2"])
  })
})

describe("Aborter", () => {
  it("an abort before undici connects the request is applied when it does; once", () => {
    const aborter = new Aborter()
    aborter.abort()
    aborter.abort()
    let aborts = 0
    aborter.connect(() => {
      aborts++
    })
    assert.strictEqual(aborts, 1)
    assert.isTrue(aborter.aborted)
  })

  it("after connecting, abort calls undici's abort at once", () => {
    const aborter = new Aborter()
    let aborts = 0
    aborter.connect(() => {
      aborts++
    })
    assert.strictEqual(aborts, 0)
    aborter.abort()
    aborter.abort()
    assert.strictEqual(aborts, 1)
  })
})

/** A dispatcher that hands its handler to `drive` (what undici's client would call, in order). */
const fakeDispatcher = (drive: (handler: Dispatcher.DispatchHandler) => void): Dispatcher =>
  ({
    dispatch: (_options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler) => {
      drive(handler)
      return true
    }
  }) as unknown as Dispatcher

const options: Dispatcher.DispatchOptions = { origin: "http://127.0.0.1:1", path: "/", method: "GET" }

describe("dispatchRequest", () => {
  it("the head after 1xx responses: lower-case names, a repeated header joined; then the body's reads and end", async () => {
    const heads: Array<ResponseHead> = []
    const seen: Array<string> = []
    let abortedByUndici = 0
    const aborter = new Aborter()
    dispatchRequest(
      fakeDispatcher((h) => {
        h.onConnect?.(() => {
          abortedByUndici++
        })
        h.onHeaders?.(100, [Buffer.from("X-Ignored"), Buffer.from("1")], () => {}, "Continue")
        h.onHeaders?.(
          200,
          [Buffer.from("Content-Type"), Buffer.from("text/event-stream"), Buffer.from("Set-Cookie"), Buffer.from("a=1"), Buffer.from("set-cookie"), Buffer.from("b=2")],
          () => {},
          "OK"
        )
        h.onData?.(Buffer.from("hello"))
        h.onComplete?.([])
      }),
      options,
      aborter,
      (error, head) => {
        assert.isNull(error)
        if (head !== undefined) {
          heads.push(head)
          head.body.on("data", (chunk) => seen.push(chunk.toString()))
          head.body.on("end", () => seen.push("end"))
        }
      }
    )
    await tick()
    assert.strictEqual(heads.length, 1)
    assert.strictEqual(heads[0]?.statusCode, 200)
    assert.deepStrictEqual(heads[0]?.headers, { "content-type": "text/event-stream", "set-cookie": "a=1, b=2" })
    assert.deepStrictEqual(seen, ["hello", "end"])
    aborter.abort()
    assert.strictEqual(abortedByUndici, 1, "the aborter reaches undici's abort")
  })

  it("a failure before the head reaches the callback; a dispatch that throws too", () => {
    const errors: Array<string> = []
    const record = (error: Error | null, head: ResponseHead | undefined) => {
      assert.isUndefined(head)
      errors.push(error?.message ?? "none")
    }
    dispatchRequest(fakeDispatcher((h) => h.onError?.(new Error("connect ECONNREFUSED"))), options, new Aborter(), record)
    dispatchRequest(
      fakeDispatcher(() => {
        throw new Error("invalid header value")
      }),
      options,
      new Aborter(),
      record
    )
    dispatchRequest(
      fakeDispatcher(() => {
        throw "not an Error"
      }),
      options,
      new Aborter(),
      record
    )
    assert.deepStrictEqual(errors, ["connect ECONNREFUSED", "invalid header value", "not an Error"])
  })
})
