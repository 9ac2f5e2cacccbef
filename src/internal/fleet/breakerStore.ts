/**
 * The shared circuit breaker store (`Fleet.makeBreakerStore`, `Fleet.layerBreakerStore`,
 * `Fleet.layerCircuitBreaker`): each circuit a versioned record on Redis, changed by
 * compare-and-set (`breakerLua.ts`), changes announced on a channel; an in-memory store for this
 * process while Redis is unreachable.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import * as CircuitBreaker from "../../CircuitBreaker.js"
import * as BreakerLua from "./breakerLua.js"
import { FleetRedis } from "./connection.js"
import { CasReply, decodeReply, GetReply } from "./replies.js"

const StateSchema = Schema.Union(
  Schema.Struct({ _tag: Schema.Literal("Closed") }),
  Schema.Struct({ _tag: Schema.Literal("Open"), until: Schema.Number, openings: Schema.Number }),
  Schema.Struct({ _tag: Schema.Literal("HalfOpen"), probeInFlight: Schema.Boolean }),
  Schema.Struct({ _tag: Schema.Literal("Isolated") })
)

const EntrySchema = Schema.Struct({
  state: StateSchema,
  generation: Schema.Number,
  streak: Schema.Number,
  window: Schema.Array(Schema.Boolean),
  openings: Schema.Number,
  lastOpenMillis: Schema.Number,
  closedAt: Schema.Number,
  leaseUntil: Schema.Number
})

const EntryJson = Schema.parseJson(EntrySchema)
const decodeEntry = Schema.decodeUnknownOption(EntryJson)
const encodeEntry = Schema.encodeSync(EntryJson)
const entryOf = (e: typeof EntrySchema.Type): CircuitBreaker.Entry => e

/**
 * Options of the shared breaker store.
 *
 * @since 0.1.0
 * @category options
 */
export interface BreakerStoreOptions {
  /** Name of the breaker in Redis. Default `"default"`. */
  readonly name?: string | undefined
  /** A circuit record nobody changed for this long is dropped (it reads as closed). Default 24 h. */
  readonly recordTtl?: Duration.DurationInput | undefined
}

const MAX_CAS_TRIES = 8
const MAX_CACHED = 10_000

/**
 * A `CircuitBreakerStore` on Redis. Each process keeps the last version of each circuit it saw;
 * `modify` sends the decision made on it with that version (compare-and-set in one script) and
 * re-runs the decision on the current record when another process changed it first. So one
 * process opening a circuit opens it for every other process at its next call, and in half-open
 * exactly one process wins the probe. When Redis does not answer, the store uses an in-memory
 * store for this process (logging once) and returns to Redis when it answers again.
 *
 * Times in the records are the processes' own clocks (the `CircuitBreaker` runs on the Effect
 * `Clock`), so machines should be NTP-synchronised; a skew of a few ms only shifts when an open
 * circuit half-opens.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeBreakerStore = (
  options: BreakerStoreOptions = {}
): Effect.Effect<CircuitBreaker.Store, never, FleetRedis | Scope.Scope> =>
  Effect.gen(function*() {
    const { connection, prefix } = yield* FleetRedis
    const base = `${prefix}cb:${options.name ?? "default"}:`
    const channel = `${base}changes`
    const ttl = Duration.toMillis(Duration.decode(options.recordTtl ?? Duration.hours(24)))
    const local = yield* CircuitBreaker.makeStoreMemory
    const cache = new Map<string, { readonly version: number; readonly entry: Option.Option<CircuitBreaker.Entry> }>()
    /** Keys whose cached version is known current: confirmed by Redis, no change published since. */
    const verified = new Set<string>()
    let subscribed = false
    /** Bumped by every notification (per key) and every subscription loss (all keys): a reply only
     * verifies a key when nothing was notified between sending the command and reading its reply. */
    const epochs = new Map<string, number>()
    let lost = 0
    const stamp = (key: string) => `${lost}:${epochs.get(key) ?? 0}`

    // Change notifications on a second connection (a subscribed connection cannot run scripts).
    const subscriber = connection.client.duplicate()
    const onMessage = (_channel: string, key: string) => {
      const k = key.slice(base.length)
      verified.delete(k)
      epochs.set(k, (epochs.get(k) ?? 0) + 1)
      if (epochs.size > MAX_CACHED) {
        // Bounded: forget every epoch and treat it as a lost subscription (nothing stays verified).
        epochs.clear()
        lost++
        verified.clear()
      }
    }
    const onDown = () => {
      subscribed = false
      lost++
      verified.clear()
    }
    const onReady = () => {
      subscriber.subscribe(channel).then(
        () => {
          subscribed = true
        },
        () => onDown()
      )
    }
    subscriber.on("message", onMessage)
    subscriber.on("close", onDown)
    subscriber.on("ready", onReady)
    subscriber.on("error", () => {})
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => {
        onDown()
        subscriber.removeAllListeners()
        subscriber.disconnect()
      })
    )

    /** Caches a version; past `MAX_CACHED` circuits the oldest cached one is forgotten (it costs a round trip later). */
    const cacheSet = (key: string, value: { readonly version: number; readonly entry: Option.Option<CircuitBreaker.Entry> }) => {
      cache.delete(key)
      cache.set(key, value)
      if (cache.size <= MAX_CACHED) return
      const oldest = cache.keys().next()
      if (oldest.done === true) return
      cache.delete(oldest.value)
      verified.delete(oldest.value)
      epochs.delete(oldest.value)
    }

    const remember = (key: string, version: number, json: string) => {
      const entry = json === "" ? Option.none() : Option.map(decodeEntry(json), entryOf)
      cacheSet(key, { version, entry })
      return entry
    }

    const fallback = <A>(what: Effect.Effect<A>) =>
      Effect.zipRight(
        connection.noteFallback("breaker", "circuit breakers use local state while Redis is unreachable"),
        what
      )

    const get = (key: string): Effect.Effect<Option.Option<CircuitBreaker.Entry>> =>
      Effect.suspend(() => {
        const known = cache.get(key)
        if (subscribed && verified.has(key) && known !== undefined) return Effect.succeed(known.entry)
        const sent = stamp(key)
        const wasSubscribed = subscribed
        return connection.eval(BreakerLua.get, [base + key]).pipe(
          Effect.flatMap(decodeReply(GetReply, "breaker")),
          Effect.map(([version, json]) => {
            const entry = remember(key, version, json)
            if (wasSubscribed && subscribed && stamp(key) === sent) verified.add(key)
            return entry
          }),
          Effect.catchAll(() => fallback(local.get(key)))
        )
      })

    const modify = <A>(
      key: string,
      f: (entry: Option.Option<CircuitBreaker.Entry>) => readonly [A, CircuitBreaker.Entry]
    ): Effect.Effect<A> =>
      Effect.gen(function*() {
        for (let i = 0; i < MAX_CAS_TRIES; i++) {
          const known = cache.get(key) ?? { version: 0, entry: Option.none() }
          const input = Option.getOrElse(known.entry, () => CircuitBreaker.initialEntry)
          const [result, next] = f(known.entry)
          // Only a real change is written (a success on a closed circuit with no streak is not).
          const encoded = next === input ? "" : encodeEntry(next)
          const changed = encoded !== "" && encoded !== encodeEntry(input)
          // Nothing changes and our version is current: no round trip.
          if (!changed && subscribed && verified.has(key)) return result
          const wasSubscribed = subscribed
          const sent = stamp(key)
          const reply = yield* connection.eval(BreakerLua.cas, [
            base + key,
            known.version,
            changed ? encoded : "",
            ttl,
            channel
          ]).pipe(Effect.flatMap(decodeReply(CasReply, "breaker")), Effect.either)
          if (reply._tag === "Left") return yield* fallback(local.modify(key, f))
          const r = reply.right
          if (r[0] === 1) {
            cacheSet(key, { version: r[1], entry: changed ? Option.some(next) : known.entry })
            // Our own write is notified too: it bumps the epoch, so it verifies at the next check.
            if (wasSubscribed && subscribed && stamp(key) === sent) verified.add(key)
            return result
          }
          remember(key, r[1], r[2])
        }
        // Contention beyond MAX_CAS_TRIES: decide on this process' state rather than spin.
        return yield* fallback(local.modify(key, f))
      })

    return { get, modify }
  })

/**
 * The Redis breaker store as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerBreakerStore = (
  options: BreakerStoreOptions = {}
): Layer.Layer<CircuitBreaker.CircuitBreakerStore, never, FleetRedis> =>
  Layer.scoped(CircuitBreaker.CircuitBreakerStore, makeBreakerStore(options))

/**
 * A `CircuitBreaker` whose circuits are shared through Redis.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerCircuitBreaker = (
  options: Partial<CircuitBreaker.Options> & BreakerStoreOptions = {}
): Layer.Layer<CircuitBreaker.CircuitBreaker, never, FleetRedis> =>
  Layer.effect(CircuitBreaker.CircuitBreaker, CircuitBreaker.make(options)).pipe(
    Layer.provide(layerBreakerStore(options))
  )
