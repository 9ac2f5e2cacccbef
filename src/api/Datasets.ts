/**
 * The `Datasets` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"

/**
 * `AppRankingsItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AppRankingsItem = {
  readonly app_id: number
  readonly app_name: string
  readonly rank: number
  readonly total_requests: number
  readonly total_tokens: string
}

/**
 * The schema of {@link AppRankingsItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppRankingsItem: Schema.Schema<AppRankingsItem> = S.Struct({
  app_id: S.Number,
  app_name: S.String,
  rank: S.Number,
  total_requests: S.Number,
  total_tokens: S.String
})

/**
 * `RankingsDailyMeta` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type RankingsDailyMeta = {
  readonly as_of: string
  readonly end_date: string
  readonly start_date: string
  readonly version: "v1" | (string & {})
}

/**
 * The schema of {@link RankingsDailyMeta}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RankingsDailyMeta: Schema.Schema<RankingsDailyMeta> = S.Struct({
  as_of: S.String,
  end_date: S.String,
  start_date: S.String,
  version: S.openLiteral("v1")
})

/**
 * `AppRankingsResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type AppRankingsResponse = {
  readonly data: ReadonlyArray<AppRankingsItem>
  readonly meta: RankingsDailyMeta
}

/**
 * The schema of {@link AppRankingsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppRankingsResponse: Schema.Schema<AppRankingsResponse> = S.Struct({
  data: S.Array(AppRankingsItem),
  meta: RankingsDailyMeta
})

/**
 * `RankingsDailyItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type RankingsDailyItem = {
  readonly date: string
  readonly model_permaslug: string
  readonly total_tokens: string
}

/**
 * The schema of {@link RankingsDailyItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RankingsDailyItem: Schema.Schema<RankingsDailyItem> = S.Struct({
  date: S.String,
  model_permaslug: S.String,
  total_tokens: S.String
})

/**
 * `RankingsDailyResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type RankingsDailyResponse = {
  readonly data: ReadonlyArray<RankingsDailyItem>
  readonly meta: RankingsDailyMeta
}

/**
 * The schema of {@link RankingsDailyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RankingsDailyResponse: Schema.Schema<RankingsDailyResponse> = S.Struct({
  data: S.Array(RankingsDailyItem),
  meta: RankingsDailyMeta
})

/**
 * `SessionCostItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type SessionCostItem = {
  readonly app_name: string
  readonly app_slug: string
  readonly median_session_cost_usd: number
  readonly model_permaslug: string
  readonly turn_range: "1-turn" | "2-9-turns" | "10-49-turns" | "50-plus-turns" | (string & {})
}

/**
 * The schema of {@link SessionCostItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SessionCostItem: Schema.Schema<SessionCostItem> = S.Struct({
  app_name: S.String,
  app_slug: S.String,
  median_session_cost_usd: S.Number,
  model_permaslug: S.String,
  turn_range: S.openLiteral("1-turn", "2-9-turns", "10-49-turns", "50-plus-turns")
})

/**
 * `SessionCostMeta` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type SessionCostMeta = {
  readonly as_of: string
  readonly version: "v1" | (string & {})
  readonly window_days?: number | null | undefined
  readonly window_end_date?: string | null | undefined
}

/**
 * The schema of {@link SessionCostMeta}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SessionCostMeta: Schema.Schema<SessionCostMeta> = S.Struct({
  as_of: S.String,
  version: S.openLiteral("v1"),
  window_days: S.optional(S.NullOr(S.Number)),
  window_end_date: S.optional(S.NullOr(S.String))
})

/**
 * `SessionCostResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type SessionCostResponse = {
  readonly data: ReadonlyArray<SessionCostItem>
  readonly meta: SessionCostMeta
}

/**
 * The schema of {@link SessionCostResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SessionCostResponse: Schema.Schema<SessionCostResponse> = S.Struct({
  data: S.Array(SessionCostItem),
  meta: SessionCostMeta
})

/**
 * Top apps by token usage: `GET /datasets/app-rankings`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getAppRankings = Operation.make(
  {
    id: "getAppRankings",
    tag: "Datasets",
    method: "GET",
    path: "/datasets/app-rankings",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Top apps by token usage"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      category: Schema.optional(openLiteral("coding", "creative", "productivity", "entertainment")),
      subcategory: Schema.optional(openLiteral("cli-agent", "ide-extension", "cloud-agent", "programming-app", "native-app-builder", "creative-writing", "video-gen", "image-gen", "audio-gen", "roleplay", "game", "writing-assistant", "general-chat", "personal-agent", "legal")),
      sort: Schema.optional(openLiteral("popular", "trending")),
      start_date: Schema.optional(Schema.String),
      end_date: Schema.optional(Schema.String),
      limit: Schema.optional(Schema.Number),
      offset: Schema.optional(Schema.NullOr(Schema.Number))
    }))
  }),
  AppRankingsResponse
)

/**
 * Daily token totals for top 50 models: `GET /datasets/rankings-daily`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getRankingsDaily = Operation.make(
  {
    id: "getRankingsDaily",
    tag: "Datasets",
    method: "GET",
    path: "/datasets/rankings-daily",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Daily token totals for top 50 models"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      start_date: Schema.optional(Schema.String),
      end_date: Schema.optional(Schema.String),
      period: Schema.optional(openLiteral("day", "week", "month")),
      modality: Schema.optional(openLiteral("text", "image", "image_output", "audio", "tool_calling")),
      context_bucket: Schema.optional(openLiteral("1K", "10K", "100K", "1M", "10M")),
      category: Schema.optional(openLiteral("programming", "roleplay", "marketing", "marketing/seo", "technology", "science", "translation", "legal", "finance", "health", "trivia", "academia")),
      language_type: Schema.optional(openLiteral("natural", "programming"))
    }))
  }),
  RankingsDailyResponse
)

/**
 * Cost per session by harness and model: `GET /datasets/session-cost`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getSessionCost = Operation.make(
  {
    id: "getSessionCost",
    tag: "Datasets",
    method: "GET",
    path: "/datasets/session-cost",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Cost per session by harness and model"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      app_slug: Schema.optional(Schema.String),
      model: Schema.optional(Schema.String),
      turn_range: Schema.optional(openLiteral("1-turn", "2-9-turns", "10-49-turns", "50-plus-turns")),
      limit: Schema.optional(Schema.Number),
      offset: Schema.optional(Schema.NullOr(Schema.Number))
    }))
  }),
  SessionCostResponse
)
