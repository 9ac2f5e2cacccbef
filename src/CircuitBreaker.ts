/**
 * Keyed circuit breakers, one circuit per model (or `model@provider`). A circuit trips after a run of
 * failures (`consecutive`) or a failure rate over the last N calls (`rate`), stays open for a while
 * (a fixed duration or a growing `Schedule`, capped), then lets exactly one probe through: its
 * success closes the circuit, its failure reopens it for longer. Time is the Effect `Clock`, so the
 * `TestClock` drives every transition.
 *
 * Outcomes are recorded per attempt: the pipeline calls `admit` before each HTTP attempt (before
 * its rate-limit and bulkhead waits), `Permit.start` when it is sent (the probe's lease starts
 * then) and `Permit.record` after it, with the outcome from {@link classify} (resilience.md §1.0,
 * breaker column). Per-key state is bounded by `maxKeys` (idle closed circuits are forgotten). State lives behind {@link CircuitBreakerStore} (in memory here; a shared store such as
 * Redis can implement the same interface later).
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { dual } from "effect/Function"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as PubSub from "effect/PubSub"
import * as Schedule from "effect/Schedule"
import * as ScheduleDecision from "effect/ScheduleDecision"
import * as ScheduleIntervals from "effect/ScheduleIntervals"
import * as Stream from "effect/Stream"
import * as SubscriptionRef from "effect/SubscriptionRef"
import { sizeProbes } from "./internal/sizes.js"
import { CircuitOpenError, isOpenRouterError, type OpenRouterError } from "./OpenRouterError.js"

// =============================================================================
// Trip policies
// =============================================================================

/**
 * When a closed circuit opens.
 *
 * - `Consecutive`: after `failures` failures in a row (a success resets the streak).
 * - `Rate`: over the last `size` recorded calls, once at least `minimumCalls` (capped at `size`)
 *   exist, when `failures / calls >= threshold` and at least one call failed.
 *
 * @since 0.1.0
 * @category models
 */
export type TripPolicy =
  | { readonly _tag: "Consecutive"; readonly failures: number }
  | { readonly _tag: "Rate"; readonly threshold: number; readonly size: number; readonly minimumCalls: number }

/**
 * Trip after `n` consecutive failures (default policy: `consecutive(5)`).
 *
 * @throws IllegalArgumentException when `n` is not a positive integer.
 * @since 0.1.0
 * @category constructors
 */
export const consecutive = (n: number): TripPolicy => {
  if (!Number.isInteger(n) || n < 1) {
    throw new Cause.IllegalArgumentException(`consecutive(n): n must be a positive integer, got ${n}`)
  }
  return { _tag: "Consecutive", failures: n }
}

/**
 * Trip when the failure rate over the last `size` calls is `>= threshold` (a fraction in `[0, 1]`),
 * once `minimumCalls` calls were recorded, and at least one of them failed.
 *
 * @throws IllegalArgumentException on a threshold outside `[0, 1]` or a non-positive size.
 * @since 0.1.0
 * @category constructors
 */
export const rate = (options: {
  readonly threshold: number
  readonly size: number
  readonly minimumCalls: number
}): TripPolicy => {
  const { minimumCalls, size, threshold } = options
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new Cause.IllegalArgumentException(`rate: threshold must be within [0, 1], got ${threshold}`)
  }
  if (!Number.isInteger(size) || size < 1) {
    throw new Cause.IllegalArgumentException(`rate: size must be a positive integer, got ${size}`)
  }
  if (!Number.isInteger(minimumCalls) || minimumCalls < 1) {
    throw new Cause.IllegalArgumentException(`rate: minimumCalls must be a positive integer, got ${minimumCalls}`)
  }
  return { _tag: "Rate", threshold, size, minimumCalls }
}

// =============================================================================
// Options
// =============================================================================

/**
 * Breaker settings.
 *
 * @since 0.1.0
 * @category options
 */
export interface Options {
  /** When a closed circuit opens. Default `consecutive(5)`. */
  readonly trip: TripPolicy
  /**
   * How long a circuit stays open. A `Schedule` gives growing openings: the n-th consecutive
   * opening uses the schedule's n-th delay (evaluated once, when the breaker is made; after the
   * schedule ends the last delay repeats). Default 30 s.
   */
  readonly openDuration: Duration.DurationInput | Schedule.Schedule<unknown, unknown>
  /** Cap on any opening, including one lengthened by a failure's retry hint. Default 5 min. */
  readonly maxOpenDuration: Duration.DurationInput
  /**
   * A half-open probe that has not reported this long after it was sent counts as failed.
   * Default 60 s. (The lease also bounds how long an admitted probe may wait in local queues
   * before it is sent; it restarts when the probe is sent, see `Permit.start`.)
   */
  readonly probeLease: Duration.DurationInput
  /**
   * How many circuits the breaker keeps track of before it forgets idle ones. Past this, the
   * least recently used circuits that are `Closed` with no attempt in flight are evicted (from
   * the breaker's bookkeeping, and from the store when it supports `evict`); an evicted circuit
   * starts again as new (its sub-threshold failure count is forgotten). Open, half-open and
   * isolated circuits are never evicted. Default 1,000.
   */
  readonly maxKeys?: number | undefined
}

/**
 * Default options.
 *
 * @since 0.1.0
 * @category options
 */
export const defaultOptions: Options = {
  trip: { _tag: "Consecutive", failures: 5 },
  openDuration: Duration.seconds(30),
  maxOpenDuration: Duration.minutes(5),
  probeLease: Duration.seconds(60)
}

// =============================================================================
// Outcomes
// =============================================================================

/**
 * What one attempt tells the breaker about the service's health.
 *
 * @since 0.1.0
 * @category models
 */
export type Outcome = "success" | "failure" | "ignored"

/**
 * The breaker column of resilience.md §1.0. `undefined` (no error) is a success.
 *
 * - failure: `ProviderError`, `NoProviderAvailableError`, `TimeoutError` (except `kind: "deadline"`),
 *   `TransportError`, `MalformedResponseError` (except one with a 4xx status), `StreamInterrupted`;
 * - success (the service answered): `AuthenticationError`, `InsufficientCreditsError` (not the
 *   retryable in-flight-budget case), `ContextLengthError`, `InvalidRequestError`,
 *   `ContentPolicyError`, `PermissionDeniedError`, `ModelNotFoundError`, `NotFoundError`, a 4xx
 *   `MalformedResponseError`;
 * - ignored: `RateLimitError` (429 is flow control), the in-flight-budget 402, the overall
 *   `deadline` timeout (the caller's limit, outside the breaker), and every local rejection
 *   (`CircuitOpenError`, `RateLimitExceededError`, `BudgetExceededError`, `BulkheadFullError`,
 *   `AllCandidatesFailedError`, `ConfigError`).
 *
 * @since 0.1.0
 * @category classifier
 */
export const classify = (error: OpenRouterError | undefined): Outcome => {
  if (error === undefined) return "success"
  switch (error._tag) {
    case "ProviderError":
    case "NoProviderAvailableError":
    case "TransportError":
    case "StreamInterrupted":
      return "failure"
    case "TimeoutError":
      return error.kind === "deadline" ? "ignored" : "failure"
    case "MalformedResponseError":
      return error.status !== undefined && error.status >= 400 && error.status < 500 ? "success" : "failure"
    case "InsufficientCreditsError":
      return error.isRetryable ? "ignored" : "success"
    case "AuthenticationError":
    case "ContextLengthError":
    case "InvalidRequestError":
    case "ContentPolicyError":
    case "PermissionDeniedError":
    case "ModelNotFoundError":
    case "NotFoundError":
      return "success"
    case "RateLimitError":
    case "CircuitOpenError":
    case "RateLimitExceededError":
    case "BudgetExceededError":
    case "BulkheadFullError":
    case "AllCandidatesFailedError":
    case "ConfigError":
      return "ignored"
  }
}

/**
 * The outcome of a finished attempt: success → `"success"`, a typed `OpenRouterError` → {@link classify},
 * any other typed failure or a defect → `"failure"`, interruption only → `"ignored"`.
 *
 * @since 0.1.0
 * @category classifier
 */
export const classifyExit = <A, E>(exit: Exit.Exit<A, E>): Outcome => {
  if (Exit.isSuccess(exit)) return "success"
  const failure = Cause.failureOption(exit.cause)
  if (Option.isSome(failure)) return isOpenRouterError(failure.value) ? classify(failure.value) : "failure"
  if (Cause.isInterruptedOnly(exit.cause)) return "ignored"
  return "failure"
}

const retryHintOf = (exit: Exit.Exit<unknown, unknown>): Duration.Duration | undefined => {
  if (Exit.isSuccess(exit)) return undefined
  const failure = Cause.failureOption(exit.cause)
  if (Option.isNone(failure) || !isOpenRouterError(failure.value)) return undefined
  return "retryAfter" in failure.value ? failure.value.retryAfter : undefined
}

// =============================================================================
// State
// =============================================================================

/**
 * The state of one circuit. `Open.until` is epoch milliseconds on the Effect `Clock`; `openings`
 * counts consecutive openings (it picks the `openDuration` schedule's delay).
 *
 * @since 0.1.0
 * @category models
 */
export type State =
  | { readonly _tag: "Closed" }
  | { readonly _tag: "Open"; readonly until: number; readonly openings: number }
  | { readonly _tag: "HalfOpen"; readonly probeInFlight: boolean }
  | { readonly _tag: "Isolated" }

/**
 * One state change of one circuit; `at` is epoch milliseconds on the Effect `Clock`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Transition {
  readonly key: string
  readonly from: State["_tag"]
  readonly to: State["_tag"]
  readonly at: number
}

/**
 * Permission for one attempt. Call `record` exactly once when the attempt ends (later calls are
 * no-ops). `retryAfter` (a failure's server hint) can only lengthen the opening it causes, up to
 * `maxOpenDuration`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Permit {
  /** Whether this attempt is the half-open probe. */
  readonly probe: boolean
  /**
   * Call when the attempt is about to be sent, after any local queue (rate limit, bulkhead).
   * For the half-open probe the lease starts again now, so time spent queueing does not eat
   * into it. If the probe lost its lease while it queued (the circuit reopened, was isolated,
   * or another probe took over), this fails with `CircuitOpenError` and the attempt must not
   * be sent. A no-op for every other permit.
   */
  readonly start: Effect.Effect<void, CircuitOpenError>
  readonly record: (outcome: Outcome, retryAfter?: Duration.DurationInput) => Effect.Effect<void>
}

// =============================================================================
// Store
// =============================================================================

/**
 * The persisted record of one circuit: plain data, so a shared store can serialise it.
 *
 * - `generation` fences outcomes: it changes on every state change and probe grant, and a permit's
 *   outcome only counts while the generation it was admitted under is current.
 * - `streak` / `window`: the trip policy's counters (`window` holds the last `size` outcomes,
 *   `true` = failure, only for the `Rate` policy).
 * - `openings`, `lastOpenMillis`, `closedAt`: consecutive openings, the length of the last one and
 *   when the circuit last closed. The openings counter resets when a circuit trips after staying
 *   closed at least as long as its last opening.
 * - `leaseUntil`: when the in-flight probe's lease ends.
 *
 * @since 0.1.0
 * @category store
 */
export interface Entry {
  readonly state: State
  readonly generation: number
  readonly streak: number
  readonly window: ReadonlyArray<boolean>
  readonly openings: number
  readonly lastOpenMillis: number
  readonly closedAt: number
  readonly leaseUntil: number
}

/**
 * The record of a circuit that was never used.
 *
 * @since 0.1.0
 * @category store
 */
export const initialEntry: Entry = {
  state: { _tag: "Closed" },
  generation: 0,
  streak: 0,
  window: [],
  openings: 0,
  lastOpenMillis: 0,
  closedAt: 0,
  leaseUntil: 0
}

/**
 * Persistence for circuit records. `modify` must be atomic per key (read, apply `f`, write): in
 * memory that is one `Ref.modify`; a Redis store would use `WATCH`/`MULTI` retries or a Lua port of
 * the transition functions. `f` is pure and may be re-run. A shared store should fail open
 * (behave as if the record were `initialEntry`) rather than fail callers.
 *
 * @since 0.1.0
 * @category store
 */
export interface Store {
  readonly get: (key: string) => Effect.Effect<Option.Option<Entry>>
  readonly modify: <A>(key: string, f: (entry: Option.Option<Entry>) => readonly [A, Entry]) => Effect.Effect<A>
  /**
   * Removes the record of `key` when `when(entry)` holds (atomically, like `modify`), returning
   * the removed record. Optional: a store without it keeps every record it was given.
   */
  readonly evict?: ((key: string, when: (entry: Entry) => boolean) => Effect.Effect<Option.Option<Entry>>) | undefined
  /**
   * Synchronous access, for a store in this process's memory (every operation answers without I/O
   * or waiting): lets the breaker apply a step that changes no state (the common case: a closed
   * circuit counting a success) in one step, without taking the key's lock. A shared store leaves
   * it out.
   */
  readonly unsafe?: {
    readonly get: (key: string) => Entry | undefined
    readonly set: (key: string, entry: Entry) => void
  } | undefined
}

/**
 * The store the breaker persists its circuits in.
 *
 * @since 0.1.0
 * @category services
 */
export class CircuitBreakerStore extends Context.Tag("effect-openrouter/CircuitBreakerStore")<
  CircuitBreakerStore,
  Store
>() {}

/**
 * An in-memory store (one process).
 *
 * @since 0.1.0
 * @category store
 */
export const makeStoreMemory: Effect.Effect<Store> = Effect.sync(() => {
  // One mutable map: each operation runs synchronously in one step, so it is atomic (and O(1),
  // where copying an immutable map made every change O(circuits)).
  const entries = new Map<string, Entry>()
  const store: Store = {
    unsafe: { get: (key) => entries.get(key), set: (key, entry) => void entries.set(key, entry) },
    get: (key) => Effect.sync(() => Option.fromNullable(entries.get(key))),
    modify: (key, f) =>
      Effect.sync(() => {
        const [result, next] = f(Option.fromNullable(entries.get(key)))
        entries.set(key, next)
        return result
      }),
    evict: (key, when) =>
      Effect.sync(() => {
        const entry = entries.get(key)
        if (entry === undefined || !when(entry)) return Option.none()
        entries.delete(key)
        return Option.some(entry)
      })
  }
  sizeProbes.set(store, () => ({ entries: entries.size }))
  return store
})

/**
 * The in-memory store as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerStoreMemory: Layer.Layer<CircuitBreakerStore> = Layer.effect(CircuitBreakerStore, makeStoreMemory)

// =============================================================================
// Service
// =============================================================================

/**
 * The breaker.
 *
 * @since 0.1.0
 * @category services
 */
export interface Service {
  /**
   * Permission for one attempt on `key`. Closed → a permit. Open → rejected at once with the
   * remaining open time as `retryAfter`. Open and its time is up (at `until` or later) → half-open,
   * and exactly one caller gets the probe permit (with a lease); every other caller is rejected at
   * once (`state: "half-open"`, `retryAfter` = lease remaining). Isolated → always rejected.
   */
  readonly admit: (key: string) => Effect.Effect<Permit, CircuitOpenError>
  /** `Some(wait)` when a call now would be rejected (infinite while isolated), else `None`. */
  readonly remaining: (key: string) => Effect.Effect<Option.Option<Duration.Duration>>
  /**
   * The stored state of `key` (`Closed` for a key never seen). Time-based changes (Open → HalfOpen,
   * an expired probe lease) happen lazily, at the next `admit`.
   */
  readonly state: (key: string) => Effect.Effect<State>
  /** Observable state of every tracked key (idle closed circuits beyond `maxKeys` drop out). */
  readonly states: SubscriptionRef.SubscriptionRef<ReadonlyMap<string, State>>
  /** Every state change, in order per key. Subscribe before the changes you want to see. */
  readonly transitions: Stream.Stream<Transition>
  /** Force `key` open until `reset`. */
  readonly isolate: (key: string) => Effect.Effect<void>
  /** Close `key` and clear its counters (including the openings counter). */
  readonly reset: (key: string) => Effect.Effect<void>
  /**
   * `true` when admission and recording answer from this process's memory (a store with `unsafe`
   * access, as the in-memory one): the call pipeline then keeps a call's deadline without a timer
   * fiber.
   */
  readonly local?: boolean | undefined
  /**
   * Admission answered at once, for a caller that can do without an effect (the call pipeline's
   * fused first attempt): a permit when the circuit admits the call without any change of state (a
   * closed circuit, nobody holding its lock), `undefined` when only {@link Service.admit} can answer
   * (a rejection, a probe, a state change, eviction due). Present only when the store answers from
   * memory. `now` is the caller's clock.
   */
  readonly unsafeAdmit?: ((key: string, now: number) => UnsafePermit | undefined) | undefined
}

/**
 * A permit from {@link Service.unsafeAdmit}: its outcome can be recorded at once too.
 *
 * @since 0.1.0
 * @category models
 */
export interface UnsafePermit extends Permit {
  /**
   * Records the outcome at once when that changes no state; otherwise returns the effect that
   * records it (the same as `record`), which the caller must run. Later calls are no-ops.
   */
  readonly unsafeRecord: (outcome: Outcome, retryAfter: Duration.DurationInput | undefined, now: number) => Effect.Effect<void> | undefined
}

/**
 * The breaker service.
 *
 * @since 0.1.0
 * @category services
 */
export class CircuitBreaker extends Context.Tag("effect-openrouter/CircuitBreaker")<CircuitBreaker, Service>() {}

// =============================================================================
// Transition functions (pure)
// =============================================================================

interface Config {
  readonly trip: TripPolicy
  readonly openMillis: (opening: number) => number
  readonly maxOpenMillis: number
  readonly leaseMillis: number
}

type Decision =
  | { readonly _tag: "Permit"; readonly probe: boolean; readonly generation: number }
  | {
    readonly _tag: "Reject"
    readonly state: "open" | "half-open" | "isolated"
    readonly retryAfterMillis: number | undefined
  }

/** Entries visited by one step, oldest first (the first one is the entry before the step). */
type Trail = ReadonlyArray<Entry>

const openFrom = (entry: Entry, now: number, config: Config, hintMillis: number): Entry => {
  const openings = entry.openings + 1
  const millis = Math.min(config.maxOpenMillis, Math.max(config.openMillis(openings), hintMillis))
  return {
    ...entry,
    state: { _tag: "Open", until: now + millis, openings },
    generation: entry.generation + 1,
    streak: 0,
    window: [],
    openings,
    lastOpenMillis: millis,
    leaseUntil: 0
  }
}

const grantProbe = (entry: Entry, now: number, config: Config): Entry => ({
  ...entry,
  state: { _tag: "HalfOpen", probeInFlight: true },
  generation: entry.generation + 1,
  leaseUntil: now + config.leaseMillis
})

const admitStep = (entry: Entry, now: number, config: Config, trail: Trail): readonly [Decision, Trail] => {
  const state = entry.state
  switch (state._tag) {
    case "Closed":
      return [{ _tag: "Permit", probe: false, generation: entry.generation }, trail]
    case "Isolated":
      return [{ _tag: "Reject", state: "isolated", retryAfterMillis: undefined }, trail]
    case "Open": {
      if (now < state.until) return [{ _tag: "Reject", state: "open", retryAfterMillis: state.until - now }, trail]
      const next = grantProbe(entry, now, config)
      return [{ _tag: "Permit", probe: true, generation: next.generation }, [...trail, next]]
    }
    case "HalfOpen": {
      if (!state.probeInFlight) {
        const next = grantProbe(entry, now, config)
        return [{ _tag: "Permit", probe: true, generation: next.generation }, [...trail, next]]
      }
      if (now < entry.leaseUntil) {
        return [{ _tag: "Reject", state: "half-open", retryAfterMillis: entry.leaseUntil - now }, trail]
      }
      // The probe's lease ran out without a report: count it as a failed probe.
      const reopened = openFrom(entry, now, config, 0)
      return admitStep(reopened, now, config, [...trail, reopened])
    }
  }
}

const trips = (entry: Entry, trip: TripPolicy): boolean => {
  switch (trip._tag) {
    case "Consecutive":
      return entry.streak >= trip.failures
    case "Rate": {
      const calls = entry.window.length
      const failures = entry.window.filter((failed) => failed).length
      return calls >= Math.min(trip.minimumCalls, trip.size) && failures >= 1 && failures / calls >= trip.threshold
    }
  }
}

const recordStep = (
  entry: Entry,
  now: number,
  config: Config,
  permit: { readonly generation: number; readonly probe: boolean },
  outcome: Outcome,
  hintMillis: number
): Entry => {
  if (entry.generation !== permit.generation) return entry
  if (permit.probe) {
    if (entry.state._tag !== "HalfOpen" || !entry.state.probeInFlight) return entry
    switch (outcome) {
      case "success":
        return {
          ...entry,
          state: { _tag: "Closed" },
          generation: entry.generation + 1,
          streak: 0,
          window: [],
          closedAt: now,
          leaseUntil: 0
        }
      case "failure":
        return openFrom(entry, now, config, hintMillis)
      case "ignored":
        return {
          ...entry,
          state: { _tag: "HalfOpen", probeInFlight: false },
          generation: entry.generation + 1,
          leaseUntil: 0
        }
    }
  }
  if (entry.state._tag !== "Closed" || outcome === "ignored") return entry
  const failed = outcome === "failure"
  // A success after a success under a streak policy changes nothing (the common case: no copy).
  if (!failed && entry.streak === 0 && config.trip._tag === "Consecutive") return entry
  const counted: Entry = {
    ...entry,
    streak: failed ? entry.streak + 1 : 0,
    window: config.trip._tag === "Rate" ? [...entry.window, failed].slice(-config.trip.size) : entry.window
  }
  if (!failed || !trips(counted, config.trip)) return counted
  // The openings counter only keeps growing while the circuit flaps.
  const quiet = counted.openings > 0 && now - counted.closedAt >= counted.lastOpenMillis
  return openFrom(quiet ? { ...counted, openings: 0 } : counted, now, config, hintMillis)
}

const sameState = (a: State | undefined, b: State): boolean => {
  if (a === undefined || a._tag !== b._tag) return false
  switch (b._tag) {
    case "Open":
      return a._tag === "Open" && a.until === b.until && a.openings === b.openings
    case "HalfOpen":
      return a._tag === "HalfOpen" && a.probeInFlight === b.probeInFlight
    default:
      return true
  }
}

// =============================================================================
// Constructors
// =============================================================================

const OPENINGS_PRECOMPUTED = 64

const isScheduleInput = (u: Options["openDuration"]): u is Schedule.Schedule<unknown, unknown> =>
  Schedule.isSchedule(u)

/** The first delays of a schedule (no sleeping), stopping when it ends. */
const scheduleDelays = (schedule: Schedule.Schedule<unknown, unknown>, now: number) =>
  Effect.gen(function*() {
    const delays: Array<number> = []
    let state: unknown = schedule.initial
    let at = now
    for (let i = 0; i < OPENINGS_PRECOMPUTED; i++) {
      const [next, , decision] = yield* schedule.step(at, undefined, state)
      if (ScheduleDecision.isDone(decision)) break
      const start = ScheduleIntervals.start(decision.intervals)
      delays.push(Math.max(0, start - at))
      state = next
      at = Math.max(at, start)
    }
    return delays
  })

const resolveConfig = (options: Partial<Options> | undefined) =>
  Effect.gen(function*() {
    const merged: Options = { ...defaultOptions, ...options }
    const maxOpenMillis = Duration.toMillis(merged.maxOpenDuration)
    const leaseMillis = Duration.toMillis(merged.probeLease)
    const openDuration = merged.openDuration
    let openMillis: (opening: number) => number
    if (isScheduleInput(openDuration)) {
      const now = yield* Clock.currentTimeMillis
      const delays = yield* scheduleDelays(openDuration, now)
      const fallback = Duration.toMillis(Duration.seconds(30))
      openMillis = (opening) => delays[Math.min(opening, delays.length) - 1] ?? fallback
    } else {
      const millis = Duration.toMillis(openDuration)
      openMillis = () => millis
    }
    const config: Config = { trip: merged.trip, openMillis, maxOpenMillis, leaseMillis }
    return config
  })

const rejection = (key: string, decision: Extract<Decision, { readonly _tag: "Reject" }>): CircuitOpenError => {
  const retryAfter = decision.retryAfterMillis === undefined ? undefined : Duration.millis(decision.retryAfterMillis)
  const why = decision.state === "isolated"
    ? "is isolated"
    : decision.state === "half-open"
    ? "is half-open and its probe is in flight"
    : "is open"
  return new CircuitOpenError({
    message: `Circuit "${key}" ${why}${retryAfter === undefined ? "" : `; retry after ${Duration.format(retryAfter)}`}`,
    key,
    state: decision.state,
    ...(retryAfter === undefined ? {} : { retryAfter })
  })
}

/**
 * Builds a breaker on the provided {@link CircuitBreakerStore}.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options?: Partial<Options>): Effect.Effect<Service, never, CircuitBreakerStore> =>
  Effect.gen(function*() {
    const store = yield* CircuitBreakerStore
    const config = yield* resolveConfig(options)
    const states = yield* SubscriptionRef.make<ReadonlyMap<string, State>>(new Map())
    // What `states` holds, readable at once (it changes only here, under a key's lock).
    let published: ReadonlyMap<string, State> = new Map()
    const publishStates = (f: (map: ReadonlyMap<string, State>) => ReadonlyMap<string, State>) =>
      Effect.map(SubscriptionRef.updateAndGet(states, f), (map) => {
        published = map
      })
    const pubsub = yield* PubSub.unbounded<Transition>()
    // One lock per key keeps "change the record, then publish it" in order for observers. A
    // lock lives while someone holds or waits for it (counted), so the map holds only the keys
    // in use at this moment.
    const locks = new Map<string, { readonly semaphore: Effect.Semaphore; users: number }>()
    const withLock = <A>(key: string, effect: Effect.Effect<A>): Effect.Effect<A> =>
      Effect.suspend(() => {
        let lock = locks.get(key)
        if (lock === undefined) {
          lock = { semaphore: Effect.unsafeMakeSemaphore(1), users: 0 }
          locks.set(key, lock)
        }
        const held = lock
        held.users++
        return held.semaphore.withPermits(1)(effect).pipe(
          Effect.ensuring(Effect.sync(() => {
            held.users--
            if (held.users === 0 && locks.get(key) === held) locks.delete(key)
          }))
        )
      })
    // Bounded bookkeeping (issue: per-key state that only grew). `tracked` orders the keys this
    // breaker used, least recently used first; `inFlight` counts permits not yet recorded.
    const maxKeys = options?.maxKeys !== undefined && options.maxKeys >= 1 ? Math.floor(options.maxKeys) : 1_000
    const tracked = new Map<string, true>()
    const inFlight = new Map<string, number>()
    // Generations of recreated circuits start above every evicted one, so a permit from before
    // an eviction can never match a later record of the same key.
    let generationFloor = 0
    const fresh = (): Entry => (generationFloor === 0 ? initialEntry : { ...initialEntry, generation: generationFloor })
    // The most recently used key is already last in `tracked`: touching it again changes nothing.
    let lastTouched: string | undefined
    const touch = (key: string) => {
      if (key === lastTouched && tracked.has(key)) return
      lastTouched = key
      tracked.delete(key)
      tracked.set(key, true)
    }
    const addInFlight = (key: string, n: number) => {
      const next = (inFlight.get(key) ?? 0) + n
      if (next <= 0) inFlight.delete(key)
      else inFlight.set(key, next)
    }
    const evictable = (entry: Entry) => entry.state._tag === "Closed"
    /**
     * Once more than `maxKeys` circuits are tracked, forgets least recently used idle closed ones
     * down to 90 % of `maxKeys` (in batches, so the observable `states` map is rewritten once
     * per batch rather than once per call).
     */
    const evictIdle = (current: string): Effect.Effect<void> =>
      tracked.size <= maxKeys ? Effect.void : Effect.gen(function*() {
        const target = Math.floor(maxKeys * 0.9)
        const evicted: Array<string> = []
        // Bounded work: circuits that cannot go (in use, not closed) move to the back.
        for (let scanned = 0; scanned < 2 * maxKeys && tracked.size > target; scanned++) {
          const oldest = tracked.keys().next()
          if (oldest.done === true) break
          const key = oldest.value
          if (key === current || inFlight.has(key)) {
            touch(key)
            continue
          }
          // Under the key's lock, and only while no permit is out (checked again under it).
          const removed = yield* withLock(
            key,
            Effect.suspend((): Effect.Effect<Option.Option<Entry>> => {
              if (inFlight.has(key)) return Effect.succeed(Option.none())
              if (store.evict !== undefined) return store.evict(key, evictable)
              // A store that cannot evict keeps the record; only the bookkeeping here is dropped.
              return Effect.map(store.get(key), (entry) => {
                const found = Option.getOrElse(entry, fresh)
                return evictable(found) ? Option.some(found) : Option.none()
              })
            })
          )
          if (Option.isNone(removed)) {
            touch(key)
            continue
          }
          tracked.delete(key)
          evicted.push(key)
          generationFloor = Math.max(generationFloor, removed.value.generation + 1)
        }
        if (evicted.length > 0) {
          yield* publishStates((map) => {
            const next = new Map(map)
            for (const key of evicted) next.delete(key)
            return next
          })
        }
      })

    const publish = (key: string, trail: Trail, now: number) =>
      Effect.gen(function*() {
        for (let i = 1; i < trail.length; i++) {
          const from = trail[i - 1]
          const to = trail[i]
          if (from !== undefined && to !== undefined && from.state._tag !== to.state._tag) {
            yield* PubSub.publish(pubsub, { key, from: from.state._tag, to: to.state._tag, at: now })
          }
        }
        const last = trail[trail.length - 1]
        if (last === undefined) return
        if (!sameState(published.get(key), last.state)) {
          yield* publishStates((map) => new Map(map).set(key, last.state))
        }
      })

    /**
     * A step applied at once, when that is safe: on a store in memory, a step that changes no state
     * while nobody holds the key's lock (nothing to publish, nothing to order). `undefined` when the
     * step must take the lock (and nothing was applied).
     */
    const unsafeStep = <A>(
      key: string,
      f: (entry: Entry, now: number) => readonly [A, Trail],
      now: number,
      after?: (a: A) => void
    ): readonly [A] | undefined => {
      const unsafe = store.unsafe
      if (unsafe === undefined || locks.has(key)) return undefined
      const entry = unsafe.get(key) ?? fresh()
      const [result, trail] = f(entry, now)
      const last = trail[trail.length - 1] ?? entry
      const changes = trail.some((t, i) => i > 0 && trail[i - 1]?.state._tag !== t.state._tag) ||
        !sameState(published.get(key), last.state)
      if (changes) return undefined
      unsafe.set(key, last)
      touch(key)
      after?.(result)
      return [result]
    }

    /** Applies a step atomically and publishes what it changed (at once when it changes nothing). */
    const step = <A>(
      key: string,
      f: (entry: Entry, now: number) => readonly [A, Trail],
      /** Bookkeeping done while the key's lock is still held. */
      after?: (a: A) => void
    ): Effect.Effect<A> =>
      store.unsafe === undefined ? lockedStep(key, f, after) : Effect.clockWith((clock) => {
        const done = unsafeStep(key, f, clock.unsafeCurrentTimeMillis(), after)
        return done !== undefined ? Effect.succeed(done[0]) : lockedStep(key, f, after)
      })

    const lockedStep = <A>(
      key: string,
      f: (entry: Entry, now: number) => readonly [A, Trail],
      after?: (a: A) => void
    ): Effect.Effect<A> =>
      withLock(
        key,
        Effect.gen(function*() {
          const now = yield* Clock.currentTimeMillis
          const [result, trail] = yield* store.modify(key, (stored) => {
            const entry = Option.getOrElse(stored, fresh)
            const [a, trail] = f(entry, now)
            const last = trail[trail.length - 1] ?? entry
            return [[a, trail] as const, last]
          })
          yield* publish(key, trail, now)
          touch(key)
          after?.(result)
          return result
        })
      ).pipe(Effect.uninterruptible)

    /** Restarts the probe's lease at send time; the rejection to fail with if it was lost. */
    const startProbe = (key: string, generation: number): Effect.Effect<void, CircuitOpenError> =>
      Effect.flatMap(
        step(key, (entry, now): readonly [Extract<Decision, { readonly _tag: "Reject" }> | undefined, Trail] => {
          if (entry.generation === generation) {
            return [undefined, [entry, { ...entry, leaseUntil: now + config.leaseMillis }]]
          }
          // The circuit moved on while the probe queued: reject if it rejects calls now; a
          // circuit that would admit the call lets it go (its outcome no longer counts).
          const [decision] = admitStep(entry, now, config, [entry])
          return [decision._tag === "Reject" ? decision : undefined, [entry]]
        }),
        (rejected) => (rejected === undefined ? Effect.void : Effect.fail(rejection(key, rejected)))
      )

    const permit = (key: string, generation: number, probe: boolean): UnsafePermit => {
      let done = false
      const outcomeStep = (outcome: Outcome, hintMillis: number) => (entry: Entry, now: number): readonly [undefined, Trail] => {
        const next = recordStep(entry, now, config, { generation, probe }, outcome, hintMillis)
        return [undefined, next === entry ? [entry] : [entry, next]]
      }
      const hintOf = (retryAfter: Duration.DurationInput | undefined) =>
        retryAfter === undefined ? 0 : Duration.toMillis(retryAfter)
      const record = (outcome: Outcome, retryAfter?: Duration.DurationInput): Effect.Effect<void> =>
        Effect.suspend(() => {
          const already = done
          done = true
          if (!already) addInFlight(key, -1)
          if (already || (!probe && outcome === "ignored")) return Effect.void
          return step(key, outcomeStep(outcome, hintOf(retryAfter)))
        })
      return {
        probe,
        start: probe ? startProbe(key, generation) : Effect.void,
        record,
        unsafeRecord: (outcome, retryAfter, now) => {
          if (done) return undefined
          if ((!probe && outcome === "ignored") || unsafeStep(key, outcomeStep(outcome, hintOf(retryAfter)), now) !== undefined) {
            done = true
            addInFlight(key, -1)
            return undefined
          }
          return record(outcome, retryAfter)
        }
      }
    }

    const unsafeAdmit = (key: string, now: number): UnsafePermit | undefined => {
      if (tracked.size > maxKeys) return undefined // eviction due: `admit` does it
      const decided = unsafeStep(key, (entry, now) => admitStep(entry, now, config, [entry]), now)
      if (decided === undefined || decided[0]._tag !== "Permit" || decided[0].probe) return undefined
      addInFlight(key, 1)
      return permit(key, decided[0].generation, false)
    }

    const admit = (key: string): Effect.Effect<Permit, CircuitOpenError> =>
      Effect.uninterruptible(
        Effect.flatMap(
          step(
            key,
            (entry, now) => admitStep(entry, now, config, [entry]),
            (decision) => {
              if (decision._tag === "Permit") addInFlight(key, 1)
            }
          ),
          (decision) =>
            decision._tag === "Reject"
              ? Effect.zipRight(evictIdle(key), Effect.fail(rejection(key, decision)))
              : Effect.as(evictIdle(key), permit(key, decision.generation, decision.probe))
        )
      )

    const remaining = (key: string): Effect.Effect<Option.Option<Duration.Duration>> =>
      Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const entry = Option.getOrElse(yield* store.get(key), fresh)
        const [decision] = admitStep(entry, now, config, [entry])
        if (decision._tag === "Permit") return Option.none()
        return Option.some(
          decision.retryAfterMillis === undefined ? Duration.infinity : Duration.millis(decision.retryAfterMillis)
        )
      })

    const state = (key: string): Effect.Effect<State> =>
      Effect.map(store.get(key), (entry) => Option.getOrElse(entry, () => initialEntry).state)

    const isolate = (key: string): Effect.Effect<void> =>
      step(key, (entry) => {
        const next: Entry = {
          ...entry,
          state: { _tag: "Isolated" },
          generation: entry.generation + 1,
          leaseUntil: 0
        }
        return [undefined, [entry, next]]
      })

    const reset = (key: string): Effect.Effect<void> =>
      step(key, (entry, now) => {
        const next: Entry = { ...initialEntry, generation: entry.generation + 1, closedAt: now }
        return [undefined, [entry, next]]
      })

    const service = CircuitBreaker.of({
      admit,
      remaining,
      state,
      states,
      transitions: Stream.fromPubSub(pubsub),
      isolate,
      reset,
      local: store.unsafe !== undefined,
      ...(store.unsafe !== undefined ? { unsafeAdmit } : {})
    })
    sizeProbes.set(service, () => ({ locks: locks.size, tracked: tracked.size, inFlight: inFlight.size }))
    return service
  })

/**
 * A breaker with the in-memory store.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options?: Partial<Options>): Layer.Layer<CircuitBreaker> =>
  Layer.effect(CircuitBreaker, make(options)).pipe(Layer.provide(layerStoreMemory))

const noopPermit: Permit = { probe: false, start: Effect.void, record: () => Effect.void }

/**
 * A breaker that admits everything: every key stays `Closed`, nothing is recorded, `isolate` and
 * `reset` do nothing.
 *
 * @since 0.1.0
 * @category layers
 */
export const disabled: Layer.Layer<CircuitBreaker> = Layer.effect(
  CircuitBreaker,
  Effect.map(SubscriptionRef.make<ReadonlyMap<string, State>>(new Map()), (states) =>
    CircuitBreaker.of({
      admit: () => Effect.succeed(noopPermit),
      remaining: () => Effect.succeed(Option.none()),
      state: () => Effect.succeed({ _tag: "Closed" }),
      states,
      transitions: Stream.empty,
      isolate: () => Effect.void,
      reset: () => Effect.void
    }))
)

// =============================================================================
// Combinators
// =============================================================================

/**
 * Runs one attempt under the breaker of `key`: admit, run, record the outcome from
 * {@link classifyExit} (with the error's `retryAfter` on a failure). Interruption records
 * `"ignored"`, so an interrupted probe frees the half-open slot.
 *
 * @since 0.1.0
 * @category combinators
 */
export const protect: {
  (key: string): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E | CircuitOpenError, R | CircuitBreaker>
  <A, E, R>(self: Effect.Effect<A, E, R>, key: string): Effect.Effect<A, E | CircuitOpenError, R | CircuitBreaker>
} = dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, key: string): Effect.Effect<A, E | CircuitOpenError, R | CircuitBreaker> =>
    Effect.flatMap(CircuitBreaker, (breaker) =>
      Effect.uninterruptibleMask((restore) =>
        Effect.flatMap(breaker.admit(key), (permit) =>
          restore(Effect.zipRight(permit.start, self)).pipe(
            Effect.onExit((exit) => {
              const outcome = classifyExit(exit)
              const hint = outcome === "failure" ? retryHintOf(exit) : undefined
              return hint === undefined ? permit.record(outcome) : permit.record(outcome, hint)
            })
          ))
      ))
)
