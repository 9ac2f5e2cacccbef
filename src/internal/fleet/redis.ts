/**
 * The fleet's Redis connection: one ioredis client per `Fleet` layer, bounded commands (no call
 * waits longer than `commandTimeout`), fail-fast while the connection is not ready, Lua scripts
 * run by SHA with a reload after a restart (`NOSCRIPT`), and one log line per outage and per
 * recovery.
 *
 * @internal
 */
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { createHash } from "node:crypto"
import { Redis, type RedisOptions } from "ioredis"

/** Why a Redis command did not give an answer. @internal */
export class RedisUnavailable extends Data.TaggedError("RedisUnavailable")<{
  readonly reason: "not-ready" | "timeout" | "error" | "backoff"
  readonly message: string
}> {}

/** Connection settings. @internal */
export interface ConnectionOptions {
  /** A `redis://` URL, ioredis options, or a client you own (it is not closed with the layer). */
  readonly redis: string | RedisOptions | Redis
  /** Longest wait for one command. */
  readonly commandTimeout: Duration.DurationInput
  /** Longest wait for the first connection when the layer is built (then it proceeds anyway). */
  readonly connectTimeout: Duration.DurationInput
  /** After a timeout, skip Redis for this long (calls use the fallback at once). */
  readonly retryInterval: Duration.DurationInput
}

/** A Lua script run by SHA. @internal */
export interface Script {
  readonly name: string
  readonly lua: string
  readonly sha: string
}

/** @internal */
export const script = (name: string, lua: string): Script => ({
  name,
  lua,
  sha: createHash("sha1").update(lua).digest("hex")
})

/** Reply values of our scripts (integers, bulk strings, nil). @internal */
export type Reply = ReadonlyArray<number | string | null>

/** @internal */
export interface Connection {
  readonly client: Redis
  /** Runs a script (one round trip; two after a Redis restart flushed the script cache). */
  readonly eval: (s: Script, args: ReadonlyArray<string | number>) => Effect.Effect<unknown, RedisUnavailable>
  /** Whether commands are currently sent to Redis (connected, and not backing off after a timeout). */
  readonly healthy: Effect.Effect<boolean>
  /** Logs `message` once per outage of `policy` (call on every fallback; it dedupes). */
  readonly noteFallback: (policy: string, message: string) => Effect.Effect<void>
}

const isNoScript = (e: unknown): boolean => e instanceof Error && e.message.startsWith("NOSCRIPT")

/**
 * Opens the connection for the scope (closing it at the end unless the client was passed in).
 *
 * @internal
 */
export const connect = (options: ConnectionOptions): Effect.Effect<Connection, never, Scope.Scope> =>
  Effect.gen(function*() {
    const commandTimeoutMs = Math.max(1, Duration.toMillis(options.commandTimeout))
    const connectTimeoutMs = Math.max(1, Duration.toMillis(options.connectTimeout))
    const retryIntervalMs = Math.max(0, Duration.toMillis(options.retryInterval))
    const owned = !(options.redis instanceof Redis)
    const settings: RedisOptions = {
      // Commands are bounded here (see `bounded`), not by ioredis' commandTimeout, whose timer can
      // fire before a reply already received is read when the process is busy.
      connectTimeout: connectTimeoutMs,
      // Never queue a command while disconnected: it would wait for the reconnection.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // Reconnect forever, quickly: 50 ms, 100 ms, … capped at 1 s.
      retryStrategy: (times) => Math.min(times * 50, 1_000)
    }
    const client: Redis = options.redis instanceof Redis
      ? options.redis
      : typeof options.redis === "string"
      ? new Redis(options.redis, settings)
      : new Redis({ ...settings, ...options.redis })
    // ioredis emits "error" on every failed reconnection; without a listener Node prints them all.
    const onError = () => {}
    client.on("error", onError)
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => client.off("error", onError)).pipe(
        Effect.zipRight(
          owned
            ? Effect.promise(() => client.quit().catch(() => "closed")).pipe(
              Effect.timeout(Duration.millis(commandTimeoutMs)),
              Effect.ignore,
              Effect.zipRight(Effect.sync(() => client.disconnect()))
            )
            : Effect.void
        )
      )
    )

    // Wait (bounded) for the first connection so that calls made right after startup use Redis.
    if (client.status !== "ready") {
      yield* Effect.async<void>((resume) => {
        const ready = () => resume(Effect.void)
        client.once("ready", ready)
        return Effect.sync(() => client.off("ready", ready))
      }).pipe(Effect.timeout(Duration.millis(connectTimeoutMs)), Effect.ignore)
    }

    let backoffUntil = 0
    let down = false
    /** When the connection last answered anything (a stall shows as silence with commands pending). */
    let lastReplyAt = 0
    const loggedPolicies = new Set<string>()

    const markDown = (reason: string) =>
      Effect.suspend(() => {
        if (down) return Effect.void
        down = true
        return Effect.logWarning(`effect-openrouter/fleet: Redis unavailable (${reason})`)
      })

    const markUp = Effect.suspend(() => {
      if (!down) return Effect.void
      down = false
      loggedPolicies.clear()
      return Effect.logInfo("effect-openrouter/fleet: Redis is back; shared state in use again")
    })

    const send = (s: Script, args: ReadonlyArray<string | number>): Promise<unknown> =>
      client.evalsha(s.sha, 0, ...args).catch((e: unknown) => {
        if (isNoScript(e)) return client.eval(s.lua, 0, ...args)
        throw e
      })

    /**
     * Bounds a command by `commandTimeoutMs` of real time. When the timer fires, the decision waits
     * for one turn of the event loop (`setImmediate` runs after the I/O poll phase), so a reply that
     * already sits in the socket buffer — the process was busy, not Redis — still counts.
     */
    const bounded = <A>(promise: Promise<A>, name: string): Promise<A> =>
      new Promise<A>((resolve, reject) => {
        let settled = false
        const timer = setTimeout(() =>
          setImmediate(() => {
            if (settled) return
            settled = true
            reject(new RedisUnavailable({ reason: "timeout", message: `${name}: no reply within ${commandTimeoutMs} ms` }))
          }), commandTimeoutMs)
        promise.then(
          (a) => {
            lastReplyAt = Date.now()
            if (settled) return
            settled = true
            clearTimeout(timer)
            resolve(a)
          },
          (e: unknown) => {
            if (e instanceof Error && e.name === "ReplyError") lastReplyAt = Date.now()
            if (settled) return
            settled = true
            clearTimeout(timer)
            reject(e)
          }
        )
      })

    const evalScript = (s: Script, args: ReadonlyArray<string | number>): Effect.Effect<unknown, RedisUnavailable> =>
      Effect.suspend(() => {
        if (client.status !== "ready") {
          return Effect.zipRight(
            markDown(`connection ${client.status}`),
            Effect.fail(new RedisUnavailable({ reason: "not-ready", message: `Redis connection is ${client.status}` }))
          )
        }
        if (Date.now() < backoffUntil) {
          return Effect.fail(new RedisUnavailable({ reason: "backoff", message: "Redis timed out recently" }))
        }
        return Effect.tryPromise({
          try: () => bounded(send(s, args), s.name),
          catch: (e) =>
            e instanceof RedisUnavailable ? e : new RedisUnavailable({ reason: "error", message: `${s.name}: ${String(e)}` })
        }).pipe(
          Effect.tapBoth({
            onFailure: (e) => {
              if (e.reason !== "timeout") return markDown(e.message)
              // A slow reply under load is only this call's failure. A connection that has been
              // silent for a whole timeout while commands waited is stalled (partition, hung
              // server): back off, drop the socket and reconnect.
              const t = Date.now()
              if (t - lastReplyAt < commandTimeoutMs || t < backoffUntil) return Effect.void
              backoffUntil = t + retryIntervalMs
              client.disconnect(true)
              return markDown(e.message)
            },
            onSuccess: () => markUp
          })
        )
      })

    const healthy = Effect.sync(() => client.status === "ready" && Date.now() >= backoffUntil)

    const noteFallback = (policy: string, message: string) =>
      Effect.suspend(() => {
        if (loggedPolicies.has(policy)) return Effect.void
        loggedPolicies.add(policy)
        return Effect.logWarning(`effect-openrouter/fleet: ${message}`)
      })

    return { client, eval: evalScript, healthy, noteFallback }
  })
