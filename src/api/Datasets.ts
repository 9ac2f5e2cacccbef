/**
 * The `Datasets` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"

/**
 * `AppRankingsItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppRankingsItem = tolerant(Schema.Struct({
  app_id: Schema.Number,
  app_name: Schema.String,
  rank: Schema.Number,
  total_requests: Schema.Number,
  total_tokens: Schema.String
}))

/**
 * The type of {@link AppRankingsItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type AppRankingsItem = typeof AppRankingsItem.Type

/**
 * `RankingsDailyMeta` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RankingsDailyMeta = tolerant(Schema.Struct({
  as_of: Schema.String,
  end_date: Schema.String,
  start_date: Schema.String,
  version: openLiteral("v1")
}))

/**
 * The type of {@link RankingsDailyMeta}.
 *
 * @since 0.1.0
 * @category models
 */
export type RankingsDailyMeta = typeof RankingsDailyMeta.Type

/**
 * `AppRankingsResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppRankingsResponse = tolerant(Schema.Struct({
  data: Schema.Array(AppRankingsItem),
  meta: RankingsDailyMeta
}))

/**
 * The type of {@link AppRankingsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type AppRankingsResponse = typeof AppRankingsResponse.Type

/**
 * `RankingsDailyItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RankingsDailyItem = tolerant(Schema.Struct({
  date: Schema.String,
  model_permaslug: Schema.String,
  total_tokens: Schema.String
}))

/**
 * The type of {@link RankingsDailyItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type RankingsDailyItem = typeof RankingsDailyItem.Type

/**
 * `RankingsDailyResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RankingsDailyResponse = tolerant(Schema.Struct({
  data: Schema.Array(RankingsDailyItem),
  meta: RankingsDailyMeta
}))

/**
 * The type of {@link RankingsDailyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type RankingsDailyResponse = typeof RankingsDailyResponse.Type

/**
 * `SessionCostItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SessionCostItem = tolerant(Schema.Struct({
  app_name: Schema.String,
  app_slug: Schema.String,
  median_session_cost_usd: Schema.Number,
  model_permaslug: Schema.String,
  turn_range: openLiteral("1-turn", "2-9-turns", "10-49-turns", "50-plus-turns")
}))

/**
 * The type of {@link SessionCostItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type SessionCostItem = typeof SessionCostItem.Type

/**
 * `SessionCostMeta` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SessionCostMeta = tolerant(Schema.Struct({
  as_of: Schema.String,
  version: openLiteral("v1"),
  window_days: Schema.NullOr(Schema.Number),
  window_end_date: Schema.NullOr(Schema.String)
}))

/**
 * The type of {@link SessionCostMeta}.
 *
 * @since 0.1.0
 * @category models
 */
export type SessionCostMeta = typeof SessionCostMeta.Type

/**
 * `SessionCostResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SessionCostResponse = tolerant(Schema.Struct({
  data: Schema.Array(SessionCostItem),
  meta: SessionCostMeta
}))

/**
 * The type of {@link SessionCostResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type SessionCostResponse = typeof SessionCostResponse.Type

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
