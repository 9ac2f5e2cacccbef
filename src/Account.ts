/**
 * Account endpoints: `GET /key` (the calling key's limits and usage) and `GET /credits`
 * (API doc §7). The wire schemas (`KeyInfo`, `Credits`) decode faithfully: amounts are USD
 * numbers and `null` is kept as `null` (`limit: null` = unlimited).
 *
 * What the service returns are the domain values `KeyResult` and `CreditsResult`: camelCase,
 * money as exact `Amount`s (src/Money.ts) (pico-USD, with micro-USD beside), `null` limits as the
 * `Unlimited` member of {@link Limit}, and the wire object kept as `raw` (unknown fields included).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { DataRegion } from "./Generation.js"
import { type Amount, amount, amountFromUsd } from "./Money.js"
import { optionalNullable, tolerant } from "./internal/schema.js"

/**
 * Deprecated `rate_limit` of `GET /key` (safe to ignore; may be absent).
 *
 * @since 0.1.0
 * @category schemas
 */
export const KeyRateLimit = tolerant(
  Schema.Struct({
    requests: optionalNullable(Schema.Number),
    interval: optionalNullable(Schema.String),
    note: optionalNullable(Schema.String)
  }),
  { identifier: "KeyRateLimit" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type KeyRateLimit = typeof KeyRateLimit.Type

/**
 * Free-model daily request counter (newer API).
 *
 * @since 0.1.0
 * @category schemas
 */
export const FreeModelDailyRequests = tolerant(
  Schema.Struct({
    limit: optionalNullable(Schema.Number),
    remaining: optionalNullable(Schema.Number),
    used: optionalNullable(Schema.Number)
  }),
  { identifier: "FreeModelDailyRequests" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type FreeModelDailyRequests = typeof FreeModelDailyRequests.Type

/**
 * `data` of `GET /key`. Every field optional and nullable.
 *
 * @since 0.1.0
 * @category schemas
 */
export const KeyInfo = tolerant(
  Schema.Struct({
    label: optionalNullable(Schema.String),
    /** USD; `null` = unlimited. */
    limit: optionalNullable(Schema.Number),
    /** USD; `null` = unlimited. */
    limit_remaining: optionalNullable(Schema.Number),
    /** e.g. `"monthly"`; `null` = never resets. */
    limit_reset: optionalNullable(Schema.String),
    include_byok_in_limit: optionalNullable(Schema.Boolean),
    usage: optionalNullable(Schema.Number),
    usage_daily: optionalNullable(Schema.Number),
    /** Monday–Sunday UTC. */
    usage_weekly: optionalNullable(Schema.Number),
    usage_monthly: optionalNullable(Schema.Number),
    byok_usage: optionalNullable(Schema.Number),
    byok_usage_daily: optionalNullable(Schema.Number),
    byok_usage_weekly: optionalNullable(Schema.Number),
    byok_usage_monthly: optionalNullable(Schema.Number),
    /** Never paid for credits. */
    is_free_tier: optionalNullable(Schema.Boolean),
    is_management_key: optionalNullable(Schema.Boolean),
    /** Deprecated duplicate of `is_management_key`. */
    is_provisioning_key: optionalNullable(Schema.Boolean),
    creator_user_id: optionalNullable(Schema.String),
    /** ISO timestamp or `null`. */
    expires_at: optionalNullable(Schema.String),
    /** Deprecated. */
    rate_limit: optionalNullable(KeyRateLimit),
    allowed_data_regions: optionalNullable(Schema.Array(DataRegion)),
    free_model_daily_requests: optionalNullable(FreeModelDailyRequests)
  }),
  { identifier: "KeyInfo" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type KeyInfo = typeof KeyInfo.Type

/**
 * `GET /key` response: `{data: KeyInfo}`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const KeyResponse = tolerant(Schema.Struct({ data: KeyInfo }), { identifier: "KeyResponse" })

/**
 * @since 0.1.0
 * @category models
 */
export type KeyResponse = typeof KeyResponse.Type

/**
 * `data` of `GET /credits` (USD); balance = `total_credits - total_usage`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Credits = tolerant(
  Schema.Struct({
    total_credits: Schema.Number,
    total_usage: Schema.Number
  }),
  { identifier: "Credits" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Credits = typeof Credits.Type

/**
 * `GET /credits` response: `{data: Credits}`. Management key required per the current spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreditsResponse = tolerant(Schema.Struct({ data: Credits }), { identifier: "CreditsResponse" })

/**
 * @since 0.1.0
 * @category models
 */
export type CreditsResponse = typeof CreditsResponse.Type

// =============================================================================
// Domain values
// =============================================================================

/**
 * A spending limit that is not set (`null` on the wire): the key can spend without bound.
 *
 * @since 0.2.0
 * @category models
 */
export interface Unlimited {
  readonly _tag: "Unlimited"
}

/**
 * A spending limit (or what is left of one), exact.
 *
 * @since 0.2.0
 * @category models
 */
export interface Limited extends Amount {
  readonly _tag: "Limited"
}

/**
 * A key limit: `Unlimited` (the wire's `null`) or a `Limited` amount. A limit the response does
 * not carry at all is `undefined` where a `Limit` is expected (unknown, never unlimited).
 *
 * @since 0.2.0
 * @category models
 */
export type Limit = Unlimited | Limited

/**
 * @since 0.2.0
 * @category constructors
 */
export const unlimited: Unlimited = { _tag: "Unlimited" }

/**
 * @since 0.2.0
 * @category constructors
 */
export const limited = (picos: bigint): Limited => ({ _tag: "Limited", ...amount(picos) })

/**
 * @since 0.2.0
 * @category guards
 */
export const isUnlimited = (limit: Limit | undefined): limit is Unlimited => limit?._tag === "Unlimited"

const limitFromWire = (value: number | null | undefined): Limit | undefined => {
  if (value === undefined) return undefined
  if (value === null) return unlimited
  const a = amountFromUsd(value)
  return a === undefined ? undefined : { _tag: "Limited", ...a }
}

/**
 * Spend of a key over the periods OpenRouter reports (`undefined` = not reported). `daily`,
 * `weekly` (Monday–Sunday UTC) and `monthly` are the current UTC periods.
 *
 * @since 0.2.0
 * @category models
 */
export interface Spend {
  readonly total: Amount | undefined
  readonly daily: Amount | undefined
  readonly weekly: Amount | undefined
  readonly monthly: Amount | undefined
}

/**
 * What `OpenRouter.key()` returns: the calling key's limits and usage.
 *
 * @since 0.2.0
 * @category models
 */
export interface KeyResult {
  readonly label: string | undefined
  /** The key's credit limit; `Unlimited` when the API says `null`. */
  readonly limit: Limit | undefined
  /** What is left of the limit (see {@link keyLimitRemaining}). */
  readonly limitRemaining: Limit | undefined
  /** How often the limit resets (`"daily"`, `"weekly"`, `"monthly"`…); `"never"` for `null`. */
  readonly limitReset: string | undefined
  /** Whether BYOK spend counts against `limit`. */
  readonly includeByokInLimit: boolean | undefined
  /** OpenRouter credits spent through the key. */
  readonly usage: Spend
  /** Spend on your own provider keys (BYOK), kept apart from `usage`. */
  readonly byokUsage: Spend
  /** Never paid for credits. */
  readonly isFreeTier: boolean | undefined
  /** A management (formerly "provisioning") key. */
  readonly isManagementKey: boolean | undefined
  readonly creatorUserId: string | undefined
  /** When the key expires; `"never"` for `null`. */
  readonly expiresAt: Date | "never" | undefined
  readonly allowedDataRegions: ReadonlyArray<DataRegion> | undefined
  /** Free-model daily request counter (`limit` `Unlimited` for `null`). */
  readonly freeModelDailyRequests:
    | {
      readonly limit: number | "unlimited" | undefined
      readonly remaining: number | undefined
      readonly used: number | undefined
    }
    | undefined
  /** The `data` object as received (unknown fields included). */
  readonly raw: KeyInfo
}

/**
 * What `OpenRouter.credits()` returns.
 *
 * @since 0.2.0
 * @category models
 */
export interface CreditsResult {
  /** Credits ever bought (or granted). */
  readonly totalCredits: Amount
  /** Credits ever spent. */
  readonly totalUsage: Amount
  /** `totalCredits − totalUsage`, exact (see {@link remainingCredits}); negative if overdrawn. */
  readonly remaining: Amount
  /** The `data` object as received (unknown fields included). */
  readonly raw: Credits
}

const orUndefined = <A>(value: A | null | undefined): A | undefined => value ?? undefined

const spend = (
  total: number | null | undefined,
  daily: number | null | undefined,
  weekly: number | null | undefined,
  monthly: number | null | undefined
): Spend => ({
  total: amountFromUsd(total),
  daily: amountFromUsd(daily),
  weekly: amountFromUsd(weekly),
  monthly: amountFromUsd(monthly)
})

/**
 * What is left of a key's limit: the API's `limit_remaining` when it is sent (`null` →
 * `Unlimited`); otherwise computed exactly as `limit − usage` (`− byok_usage` too when
 * `include_byok_in_limit`), `Unlimited` when the limit is. `undefined` when neither can be known.
 * Not clamped: a key that overspent has a negative remainder.
 *
 * @example
 * // limit 100, usage 25.5, no limit_remaining sent
 * keyLimitRemaining(info) // { _tag: "Limited", picos: 74_500_000_000_000n, micros: 74_500_000 }
 *
 * @since 0.2.0
 * @category helpers
 */
export const keyLimitRemaining = (info: KeyInfo): Limit | undefined => {
  if (info.limit_remaining !== undefined) {
    const sent = limitFromWire(info.limit_remaining)
    if (sent !== undefined) return sent
  }
  const limit = limitFromWire(info.limit)
  if (limit === undefined || limit._tag === "Unlimited") return limit
  const usage = amountFromUsd(info.usage)
  if (usage === undefined) return undefined
  let picos = limit.picos - usage.picos
  if (info.include_byok_in_limit === true) {
    const byok = amountFromUsd(info.byok_usage)
    if (byok === undefined) return undefined
    picos -= byok.picos
  }
  return limited(picos)
}

/**
 * The remaining credit balance: `total_credits − total_usage`, exact in pico-USD.
 *
 * @example
 * remainingCredits({ total_credits: 10.5, total_usage: 2.25 }) // { picos: 8_250_000_000_000n, micros: 8_250_000 }
 *
 * @since 0.2.0
 * @category helpers
 */
export const remainingCredits = (credits: Credits | CreditsResult): Amount => {
  if ("raw" in credits && typeof credits.totalCredits === "object") {
    return amount(credits.totalCredits.picos - credits.totalUsage.picos)
  }
  const wire = credits as Credits
  return amount((amountFromUsd(wire.total_credits)?.picos ?? 0n) - (amountFromUsd(wire.total_usage)?.picos ?? 0n))
}

/**
 * The domain value of a `GET /key` `data` object.
 *
 * @since 0.2.0
 * @category constructors
 */
export const keyResult = (info: KeyInfo): KeyResult => {
  const free = info.free_model_daily_requests
  const expires = info.expires_at
  const expiresAt = expires === null
    ? "never" as const
    : expires === undefined
    ? undefined
    : Number.isNaN(Date.parse(expires))
    ? undefined
    : new Date(expires)
  return {
    label: orUndefined(info.label),
    limit: limitFromWire(info.limit),
    limitRemaining: keyLimitRemaining(info),
    limitReset: info.limit_reset === null ? "never" : info.limit_reset,
    includeByokInLimit: orUndefined(info.include_byok_in_limit),
    usage: spend(info.usage, info.usage_daily, info.usage_weekly, info.usage_monthly),
    byokUsage: spend(info.byok_usage, info.byok_usage_daily, info.byok_usage_weekly, info.byok_usage_monthly),
    isFreeTier: orUndefined(info.is_free_tier),
    isManagementKey: orUndefined(info.is_management_key ?? info.is_provisioning_key),
    creatorUserId: orUndefined(info.creator_user_id),
    expiresAt,
    allowedDataRegions: orUndefined(info.allowed_data_regions),
    freeModelDailyRequests: free === undefined || free === null ? undefined : {
      limit: free.limit === null ? "unlimited" : free.limit,
      remaining: orUndefined(free.remaining),
      used: orUndefined(free.used)
    },
    raw: info
  }
}

/**
 * The domain value of a `GET /credits` `data` object. The schema requires both numbers; one that
 * is not a finite decimal counts as 0 (it cannot pass the schema in practice).
 *
 * @since 0.2.0
 * @category constructors
 */
export const creditsResult = (credits: Credits): CreditsResult => {
  const totalCredits = amountFromUsd(credits.total_credits) ?? amount(0n)
  const totalUsage = amountFromUsd(credits.total_usage) ?? amount(0n)
  return { totalCredits, totalUsage, remaining: amount(totalCredits.picos - totalUsage.picos), raw: credits }
}
