/**
 * Account endpoints: `GET /key` (the calling key's limits and usage) and `GET /credits`
 * (API doc §7). Amounts are USD numbers. `null` is meaningful here (`limit: null` = unlimited)
 * and is kept as `null`.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { DataRegion } from "./Generation.js"
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
