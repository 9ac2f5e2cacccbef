/**
 * Spend caps over ledger windows (UTC day or month, optionally per tag value) as a `Budget`
 * service: a call reserves its estimate before it is sent and is refused with
 * `BudgetExceededError` when a cap would be passed. Each cap's starting point (what was spent in
 * the current window before this process started) is read from the ledger on first use of that
 * cap, tag value and window; from then on the process keeps the account in memory.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as FiberId from "effect/FiberId"
import * as FiberRef from "effect/FiberRef"
import * as Option from "effect/Option"
import * as PubSub from "effect/PubSub"
import * as Stream from "effect/Stream"
import type * as Budget from "../../Budget.js"
import { microsToPicos, parseUsd, picosToMicros } from "../../Money.js"
import { BudgetExceededError } from "../../OpenRouterError.js"
import * as UsageLedger from "../../UsageLedger.js"

/** @internal */
export interface Cap {
  /** The cap in USD. */
  readonly usd: number | string
  /** UTC calendar day or month. */
  readonly window: "day" | "month"
  /** One cap per value of this tag ("each tenant may spend $5 a day"); calls without the tag are not capped by it. */
  readonly per?: UsageLedger.TagColumn | undefined
  /** Only calls with these tag values. */
  readonly where?: { readonly [K in UsageLedger.TagColumn]?: string | undefined } | undefined
}

/** @internal */
export interface Options {
  readonly caps: ReadonlyArray<Cap>
  /** Admit calls without a price estimate (reserving nothing). Default `false`, like `Budget`. */
  readonly allowUnpriced?: boolean | undefined
}

interface Account {
  readonly key: string
  readonly limit: bigint
  readonly windowStart: number
  readonly windowEnd: number
  spent: bigint
  reserved: bigint
  unsettled: bigint
}

/** Start and end (exclusive) of the UTC window containing `now`. @internal */
export const windowOf = (window: "day" | "month", now: number): readonly [number, number] => {
  const d = new Date(now)
  if (window === "day") {
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
    return [start, start + 86_400_000]
  }
  return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)]
}

const toPicos = (usd: number | string): bigint => {
  const parsed = parseUsd(usd)
  if (Option.isNone(parsed) || parsed.value < 0n) throw new RangeError(`Ledger budget cap must be a non-negative USD amount, got ${String(usd)}`)
  return parsed.value
}

/** @internal */
export const make = (ledger: UsageLedger.Service, options: Options): Effect.Effect<Budget.Service> =>
  Effect.gen(function*() {
    const caps = options.caps.map((cap) => ({ ...cap, limit: toPicos(cap.usd) }))
    const accounts = new Map<string, Deferred.Deferred<Account, UsageLedger.LedgerError>>()
    const loaded = new Map<string, Account>()
    const lock = yield* Effect.makeSemaphore(1)
    const pubsub = yield* PubSub.unbounded<Budget.BudgetEvent>()

    /** The accounts a call with these tags is charged to, loaded from the ledger on first use. */
    const accountsFor = (tags: UsageLedger.Tags, now: number): Effect.Effect<ReadonlyArray<Account>, UsageLedger.LedgerError> =>
      Effect.forEach(chargedTo(tags, now), (c) => load(c))

    /** The caps (and their account keys) a call with these tags is charged to. */
    const chargedTo = (tags: UsageLedger.Tags, now: number) =>
      caps.flatMap((cap, i) => {
        const matches = Object.entries(cap.where ?? {}).every(([k, v]) => v === undefined || tags[k as UsageLedger.TagColumn] === v)
        const value = cap.per === undefined ? undefined : tags[cap.per]
        if (!matches || (cap.per !== undefined && value === undefined)) return []
        const [windowStart, windowEnd] = windowOf(cap.window, now)
        const label = [
          ...Object.entries(cap.where ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`),
          ...(cap.per !== undefined ? [`${cap.per}=${value}`] : [])
        ].join(",")
        const key = `${label === "" ? "all" : label}/${cap.window}#${i}@${windowStart}`
        return [{ cap, key, windowStart, windowEnd, where: { ...cap.where, ...(cap.per !== undefined ? { [cap.per]: value } : {}) } }]
      })

    /** The account of one cap, tag value and window: what the ledger holds for it, read once. */
    const load = (c: ReturnType<typeof chargedTo>[number]): Effect.Effect<Account, UsageLedger.LedgerError> =>
      Effect.suspend(() => {
        prune(c.windowStart)
        const existing = accounts.get(c.key)
        if (existing !== undefined) return Deferred.await(existing)
        const d = Deferred.unsafeMake<Account, UsageLedger.LedgerError>(FiberId.none)
        accounts.set(c.key, d)
        return ledger.spend({ since: c.windowStart, until: c.windowEnd, where: c.where }).pipe(
          Effect.map((spent): Account => ({
            key: c.key.split("#")[0] ?? c.key,
            limit: c.cap.limit,
            windowStart: c.windowStart,
            windowEnd: c.windowEnd,
            spent,
            reserved: 0n,
            unsettled: 0n
          })),
          Effect.exit,
          Effect.flatMap((exit) => {
            if (exit._tag === "Failure") accounts.delete(c.key)
            else loaded.set(c.key, exit.value)
            return Effect.zipRight(Deferred.done(d, exit), exit)
          })
        )
      })

    /** Accounts of windows that ended before `now` are dropped (a reservation keeps its own reference). */
    const prune = (now: number) => {
      for (const [key, a] of loaded) {
        if (a.windowEnd <= now) {
          loaded.delete(key)
          accounts.delete(key)
        }
      }
    }

    const used = (a: Account) => a.spent + a.reserved + a.unsettled

    const refusal = (accs: ReadonlyArray<Account>, model: string, estimate: bigint | undefined): BudgetExceededError | undefined => {
      const amount = estimate ?? 0n
      for (const a of accs) {
        const unpriced = estimate === undefined && options.allowUnpriced !== true
        if (unpriced || used(a) >= a.limit || used(a) + amount > a.limit) {
          return new BudgetExceededError({
            message: unpriced
              ? `${model} has no known price; refused under the ledger budget ${a.key} (allowUnpriced is off)`
              : `ledger budget ${a.key} exceeded for ${model}`,
            scope: a.key,
            limitMicros: picosToMicros(a.limit),
            spentMicros: picosToMicros(a.spent),
            reservedMicros: picosToMicros(a.reserved + a.unsettled),
            ...(estimate !== undefined ? { estimateMicros: picosToMicros(estimate) } : {}),
            ...(unpriced ? { unpriced: true } : {}),
            resetsAt: a.windowEnd
          })
        }
      }
      return undefined
    }

    const currentAccounts = Effect.gen(function*() {
      const tags = UsageLedger.mergeTags(ledger.defaultTags, yield* FiberRef.get(UsageLedger.currentTags))
      const now = yield* Clock.currentTimeMillis
      return yield* accountsFor(tags, now)
    })

    /** A ledger that cannot be read refuses (a budget fails closed). */
    const unreadable = (model: string) => (e: UsageLedger.LedgerError) =>
      new BudgetExceededError({
        message: `ledger budget unavailable for ${model}: ${e.message}`,
        scope: "ledger",
        limitMicros: 0,
        spentMicros: 0,
        reservedMicros: 0
      })

    const estimateOf = (micros: number | undefined) => (micros === undefined ? undefined : microsToPicos(Math.max(0, micros)))

    const refuse = (error: BudgetExceededError) =>
      Effect.zipRight(PubSub.publish(pubsub, { _tag: "Refused", error }), Effect.fail(error))

    const check: Budget.Service["check"] = (model, estimateMicros) =>
      Effect.gen(function*() {
        const accs = yield* Effect.mapError(currentAccounts, unreadable(model))
        const error = refusal(accs, model, estimateOf(estimateMicros))
        if (error !== undefined) return yield* refuse(error)
      })

    const reserve: Budget.Service["reserve"] = (model, estimateMicros) =>
      Effect.gen(function*() {
        const accs = yield* Effect.mapError(currentAccounts, unreadable(model))
        return yield* Effect.uninterruptible(admit(accs, model, estimateMicros))
      })

    const admit = (accs: ReadonlyArray<Account>, model: string, estimateMicros: number | undefined) =>
      Effect.gen(function*() {
        const estimate = estimateOf(estimateMicros)
        const amount = estimate ?? 0n
        const error = yield* lock.withPermits(1)(Effect.sync(() => {
          const e = refusal(accs, model, estimate)
          if (e === undefined) for (const a of accs) a.reserved += amount
          return e
        }))
        if (error !== undefined) return yield* refuse(error)
        let status: "reserved" | "unsettled" | "done" = "reserved"
        const finish = (actual: bigint | undefined, release: boolean) =>
          lock.withPermits(1)(Effect.sync(() => {
            if (status === "done" || (status === "unsettled" && actual === undefined && !release)) return
            for (const a of accs) {
              if (status === "reserved") a.reserved -= amount
              else a.unsettled -= amount
              if (!release) {
                if (actual === undefined) a.unsettled += amount
                else a.spent += actual
              }
            }
            status = release || actual !== undefined ? "done" : "unsettled"
          }))
        const reservation: Budget.Reservation = {
          model,
          estimateMicros: picosToMicros(amount),
          settle: (micros) => finish(micros === undefined ? undefined : microsToPicos(Math.max(0, micros)), false),
          settleUsd: (usd) => {
            const p = usd === undefined ? undefined : Option.getOrUndefined(parseUsd(usd))
            return finish(p === undefined ? undefined : p < 0n ? 0n : p, false)
          },
          release: finish(undefined, true)
        }
        return reservation
      })

    const snapshot: Effect.Effect<Budget.Snapshot> = Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const live = Array.from(loaded.values()).filter((a) => a.windowEnd > now)
      const scope = (a: Account): Budget.ScopeSnapshot => ({
        limitMicros: picosToMicros(a.limit),
        spentMicros: picosToMicros(a.spent),
        reservedMicros: picosToMicros(a.reserved),
        unsettledMicros: picosToMicros(a.unsettled),
        remainingMicros: picosToMicros(a.limit - used(a))
      })
      const perModel: Record<string, Budget.ScopeSnapshot> = {}
      for (const a of live) perModel[a.key] = scope(a)
      // The headline is the account closest to its cap.
      const tightest = live.slice().sort((a, b) => (a.limit - used(a) < b.limit - used(b) ? -1 : 1))[0]
      const head = tightest === undefined
        ? { limitMicros: 0, spentMicros: 0, reservedMicros: 0, unsettledMicros: 0, remainingMicros: 0 }
        : scope(tightest)
      return { ...head, softLimitMicros: undefined, resetsAt: tightest?.windowEnd, perModel }
    })

    return {
      check,
      reserve,
      snapshot,
      events: Stream.fromPubSub(pubsub),
      subscribe: PubSub.subscribe(pubsub)
    }
  })
