/**
 * One request on undici's `Dispatcher.dispatch` with a handler of our own, instead of
 * `Dispatcher.request`: no `RequestHandler`, no `BodyReadable` stream and no abort-signal
 * listener per request (`bench/dispatch.ts`: a short exchange 49 µs with `request`, 30 with a
 * bare `dispatch`, at concurrency 64; the Node transport's JSON exchange 114 → 104 µs). Node-only:
 * used by the Node transport alone.
 *
 * The response body is a {@link DispatchBody}: the part of a readable stream the transport uses
 * (`on` / `off` of `data`, `end`, `error`, `close`; `pause`, `resume`, `destroy`,
 * `readableEnded`) in a readable stream's order — reads are held until a `data` listener is added
 * (and the socket paused meanwhile), `end` comes after the last read, `close` after `end` or an
 * error, `destroy()` aborts the request and ends with `close` alone.
 *
 * @internal
 */
import type { Dispatcher } from "undici"

/** A request's abort: before undici connects the request it is remembered, and applied then. */
export class Aborter {
  aborted = false
  private undiciAbort: ((error?: Error) => void) | undefined = undefined
  abort(): void {
    if (this.aborted) return
    this.aborted = true
    this.undiciAbort?.()
  }
  /** undici's own abort, given when the request is connected. */
  connect(abort: (error?: Error) => void): void {
    this.undiciAbort = abort
    if (this.aborted) abort()
  }
}

/** The events of a {@link DispatchBody} and their listeners. */
export interface DispatchBodyEvents {
  readonly data: (chunk: Buffer) => void
  readonly end: () => void
  readonly error: (error: unknown) => void
  readonly close: () => void
}

type Listeners = { -readonly [K in keyof DispatchBodyEvents]: Array<DispatchBodyEvents[K]> }

/** A response body fed by a dispatch handler (see the module's documentation). */
export class DispatchBody {
  private readonly listeners: Listeners = { data: [], end: [], error: [], close: [] }
  private flowing = false
  private held: Array<Buffer> | undefined = undefined
  private complete = false
  private endEmitted = false
  private destroyed = false
  private paused = false

  /** `undiciResume`: undici's resume of a socket paused for this body. */
  constructor(private readonly aborter: Aborter, private readonly undiciResume: () => void) {}

  /** Whether `end` was emitted (every read handed over). */
  get readableEnded(): boolean {
    return this.endEmitted
  }

  on<K extends keyof DispatchBodyEvents>(event: K, listener: DispatchBodyEvents[K]): void {
    this.listeners[event].push(listener)
    if (event === "data" && !this.flowing) {
      this.flowing = true
      // As a readable stream starts flowing: what was held (or the end) on a later turn, so that
      // the listeners added with this one (`end`, `error`) are in place first. With nothing held
      // (the usual case: listening from the headers on) the reads to come are handed over as they
      // arrive.
      if (this.held !== undefined || this.complete) queueMicrotask(() => this.flush())
    }
  }

  off<K extends keyof DispatchBodyEvents>(event: K, listener: DispatchBodyEvents[K]): void {
    const list: Array<DispatchBodyEvents[K]> = this.listeners[event]
    const index = list.indexOf(listener)
    if (index >= 0) list.splice(index, 1)
  }

  pause(): void {
    this.paused = true
  }

  resume(): void {
    if (!this.paused) return
    this.paused = false
    if (this.held === undefined) this.undiciResume()
  }

  /** Aborts the request; the body ends with `close` (no `error`). */
  destroy(): void {
    if (this.destroyed || this.endEmitted) return
    this.destroyed = true
    this.held = undefined
    this.aborter.abort()
    queueMicrotask(() => this.emitClose())
  }

  /** The handler's side: one read; `false` asks undici to pause the socket. */
  data(chunk: Buffer): boolean {
    if (this.destroyed) return false
    if (this.flowing && this.held === undefined) {
      this.emitData(chunk)
      return !this.paused
    }
    ;(this.held ??= []).push(chunk)
    return false
  }

  /** The handler's side: the body's end. */
  completed(): void {
    this.complete = true
    if (this.flowing && this.held === undefined) this.emitEnd()
  }

  /** The handler's side: the request failed (or was aborted). */
  failed(error: Error): void {
    if (this.destroyed || this.endEmitted) return
    this.destroyed = true
    this.held = undefined
    for (const f of this.listeners.error.slice()) f(error)
    this.emitClose()
  }

  private flush(): void {
    const held = this.held
    this.held = undefined
    if (held !== undefined) {
      for (const chunk of held) {
        if (this.destroyed) return
        this.emitData(chunk)
      }
    }
    if (this.destroyed) return
    if (this.complete) this.emitEnd()
    else if (!this.paused) this.undiciResume()
  }

  private emitData(chunk: Buffer): void {
    const list = this.listeners.data
    if (list.length === 1) (list[0] as DispatchBodyEvents["data"])(chunk)
    else for (const f of list.slice()) f(chunk)
  }

  private emitEnd(): void {
    if (this.endEmitted || this.destroyed) return
    this.endEmitted = true
    for (const f of this.listeners.end.slice()) f()
    this.emitClose()
  }

  private emitClose(): void {
    const close = this.listeners.close
    // Nothing comes after `close`: the listeners (and what they hold) are let go.
    this.listeners.data = []
    this.listeners.end = []
    this.listeners.error = []
    this.listeners.close = []
    for (const f of close) f()
  }
}

/** What arrives with a response's headers. */
export interface ResponseHead {
  readonly statusCode: number
  /** Lower-case names; a repeated header's values joined with `, `. */
  readonly headers: Record<string, string>
  readonly body: DispatchBody
}

const headersOf = (raw: Array<Buffer>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as Buffer).toString("latin1").toLowerCase()
    const value = (raw[i + 1] as Buffer).toString("utf8")
    const prev = out[name]
    out[name] = prev === undefined ? value : `${prev}, ${value}`
  }
  return out
}

/** undici's handler for one request: the response head to `callback`, then the body's events. */
class Handler {
  private body: DispatchBody | undefined = undefined
  private answered = false
  constructor(
    private readonly aborter: Aborter,
    private readonly callback: (error: Error | null, head: ResponseHead | undefined) => void
  ) {}
  onConnect(abort: (error?: Error) => void): void {
    this.aborter.connect(abort)
  }
  onHeaders(statusCode: number, rawHeaders: Array<Buffer>, resume: () => void): boolean {
    // 1xx informational responses precede the real one.
    if (statusCode < 200) return true
    const body = new DispatchBody(this.aborter, resume)
    this.body = body
    this.answered = true
    this.callback(null, { statusCode, headers: headersOf(rawHeaders), body })
    return true
  }
  onData(chunk: Buffer): boolean {
    return this.body !== undefined ? this.body.data(chunk) : true
  }
  // undici may keep a finished request (and so its handler) as long as its client: the handler
  // lets go of the body at the end, so nothing of the call is kept with it.
  onComplete(): void {
    const body = this.body
    this.body = undefined
    body?.completed()
  }
  onError(error: Error): void {
    const body = this.body
    this.body = undefined
    if (body === undefined) {
      if (!this.answered) this.callback(error, undefined)
    } else body.failed(error)
  }
}

/**
 * Sends `options` on `dispatcher`; `callback` gets the response head (or the error before it),
 * once. `aborter` aborts the request at any point.
 */
export const dispatchRequest = (
  dispatcher: Dispatcher,
  options: Dispatcher.DispatchOptions,
  aborter: Aborter,
  callback: (error: Error | null, head: ResponseHead | undefined) => void
): void => {
  try {
    dispatcher.dispatch(options, new Handler(aborter, callback) as unknown as Dispatcher.DispatchHandler)
  } catch (e) {
    callback(e instanceof Error ? e : new Error(String(e)), undefined)
  }
}
