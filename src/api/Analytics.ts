/**
 * The `Analytics` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `ActivityItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ActivityItem = {
  readonly byok_usage_inference: number
  readonly completion_tokens: number
  readonly date: string
  readonly endpoint_id: string
  readonly model: string
  readonly model_permaslug: string
  readonly prompt_tokens: number
  readonly provider_name: string
  readonly reasoning_tokens: number
  readonly requests: number
  readonly usage: number
  readonly workspace_id?: string | undefined
}

/**
 * The schema of {@link ActivityItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ActivityItem: Schema.Schema<ActivityItem> = S.Struct({
  byok_usage_inference: S.Number,
  completion_tokens: S.Number,
  date: S.String,
  endpoint_id: S.String,
  model: S.String,
  model_permaslug: S.String,
  prompt_tokens: S.Number,
  provider_name: S.String,
  reasoning_tokens: S.Number,
  requests: S.Number,
  usage: S.Number,
  workspace_id: S.optional(S.String)
})

/**
 * `ActivityResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ActivityResponse = {
  readonly data: ReadonlyArray<ActivityItem>
}

/**
 * The schema of {@link ActivityResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ActivityResponse: Schema.Schema<ActivityResponse> = S.Struct({
  data: S.Array(ActivityItem)
})

/**
 * Get user activity grouped by endpoint: `GET /activity`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getUserActivity = Operation.make(
  {
    id: "getUserActivity",
    tag: "Analytics",
    method: "GET",
    path: "/activity",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get user activity grouped by endpoint"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      date: Schema.optional(Schema.String),
      api_key_hash: Schema.optional(Schema.String),
      user_id: Schema.optional(Schema.String),
      group_by: Schema.optional(openLiteral("workspace")),
      workspace_id: Schema.optional(Schema.String)
    }))
  }),
  ActivityResponse
)

/**
 * The response body of `getAnalyticsMeta`.
 *
 * @since 0.1.0
 * @category models
 */
export type GetAnalyticsMetaResponse = {
  readonly data: {
    readonly dimensions: ReadonlyArray<{
      readonly display_label: string
      readonly name: string
    }>
    readonly granularities: ReadonlyArray<{
      readonly display_label: string
      readonly name: "minute" | "hour" | "day" | "week" | "month" | (string & {})
    }>
    readonly metrics: ReadonlyArray<{
      readonly display_format: "number" | "currency" | "percent" | "latency" | "throughput" | (string & {})
      readonly display_label: string
      readonly is_rate: boolean
      readonly name: string
    }>
    readonly operators: ReadonlyArray<{
      readonly name: "eq" | "neq" | "in" | "not_in" | "gt" | "gte" | "lt" | "lte" | (string & {})
      readonly value_type: "scalar" | "array" | (string & {})
    }>
  }
}

/**
 * The schema of {@link GetAnalyticsMetaResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetAnalyticsMetaResponse: Schema.Schema<GetAnalyticsMetaResponse> = S.Struct({
  data: S.Struct({
    dimensions: S.Array(S.Struct({
      display_label: S.String,
      name: S.String
    })),
    granularities: S.Array(S.Struct({
      display_label: S.String,
      name: S.openLiteral("minute", "hour", "day", "week", "month")
    })),
    metrics: S.Array(S.Struct({
      display_format: S.openLiteral("number", "currency", "percent", "latency", "throughput"),
      display_label: S.String,
      is_rate: S.Boolean,
      name: S.String
    })),
    operators: S.Array(S.Struct({
      name: S.openLiteral("eq", "neq", "in", "not_in", "gt", "gte", "lt", "lte"),
      value_type: S.openLiteral("scalar", "array")
    }))
  })
})

/**
 * Get available analytics metrics and dimensions: `GET /analytics/meta`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getAnalyticsMeta = Operation.make(
  {
    id: "getAnalyticsMeta",
    tag: "Analytics",
    method: "GET",
    path: "/analytics/meta",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get available analytics metrics and dimensions"
  },
  Schema.Struct({}),
  GetAnalyticsMetaResponse
)

/**
 * The request body of `queryAnalytics`.
 *
 * @since 0.1.0
 * @category models
 */
export type QueryAnalyticsRequest = {
  readonly classifier_dimensions?: {
    readonly classifier_id: string
    readonly dimension_names?: ReadonlyArray<string> | undefined
    readonly include_nulls?: boolean | undefined
  } | undefined
  readonly classifier_filters?: {
    readonly classifier_id: string
    readonly filters: ReadonlyArray<{
      readonly field: string
      readonly operator: string
      readonly value: string | number | ReadonlyArray<string | number>
    }>
  } | undefined
  readonly dimensions?: ReadonlyArray<string> | undefined
  readonly filters?: ReadonlyArray<{
    readonly field: string
    readonly include_unset?: boolean | undefined
    readonly operator: string
    readonly value: string | number | ReadonlyArray<string | number>
  }> | undefined
  readonly granularity?: string | undefined
  readonly group_limit?: number | undefined
  readonly limit?: number | undefined
  readonly metrics: ReadonlyArray<string>
  readonly order_by?: {
    readonly direction: "asc" | "desc" | (string & {})
    readonly field: string
  } | undefined
  readonly time_range?: {
    readonly end: string
    readonly start: string
  } | undefined
}

/**
 * The schema of {@link QueryAnalyticsRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const QueryAnalyticsRequest: Schema.Schema<QueryAnalyticsRequest> = S.Struct({
  classifier_dimensions: S.optional(S.Struct({
    classifier_id: S.String,
    dimension_names: S.optional(S.Array(S.String)),
    include_nulls: S.optional(S.Boolean)
  })),
  classifier_filters: S.optional(S.Struct({
    classifier_id: S.String,
    filters: S.Array(S.Struct({
      field: S.String,
      operator: S.String,
      value: S.Union(
        S.String,
        S.Number,
        S.Array(S.Union(
          S.String,
          S.Number
        ))
      )
    }))
  })),
  dimensions: S.optional(S.Array(S.String)),
  filters: S.optional(S.Array(S.Struct({
    field: S.String,
    include_unset: S.optional(S.Boolean),
    operator: S.String,
    value: S.Union(
      S.String,
      S.Number,
      S.Array(S.Union(
        S.String,
        S.Number
      ))
    )
  }))),
  granularity: S.optional(S.String),
  group_limit: S.optional(S.Number),
  limit: S.optional(S.Number),
  metrics: S.Array(S.String),
  order_by: S.optional(S.Struct({
    direction: S.openLiteral("asc", "desc"),
    field: S.String
  })),
  time_range: S.optional(S.Struct({
    end: S.String,
    start: S.String
  }))
})

/**
 * The response body of `queryAnalytics`.
 *
 * @since 0.1.0
 * @category models
 */
export type QueryAnalyticsResponse = {
  readonly data: {
    readonly cachedAt?: number | undefined
    readonly data: ReadonlyArray<{ readonly [x: string]: unknown }>
    readonly metadata: {
      readonly query_time_ms: number
      readonly row_count: number
      readonly truncated: boolean
    }
    readonly warnings?: ReadonlyArray<string> | undefined
  }
}

/**
 * The schema of {@link QueryAnalyticsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const QueryAnalyticsResponse: Schema.Schema<QueryAnalyticsResponse> = S.Struct({
  data: S.Struct({
    cachedAt: S.optional(S.Number),
    data: S.Array(S.JsonObject),
    metadata: S.Struct({
      query_time_ms: S.Number,
      row_count: S.Number,
      truncated: S.Boolean
    }),
    warnings: S.optional(S.Array(S.String))
  })
})

/**
 * Query analytics data: `POST /analytics/query`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const queryAnalytics = Operation.make(
  {
    id: "queryAnalytics",
    tag: "Analytics",
    method: "POST",
    path: "/analytics/query",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Query analytics data"
  },
  Schema.Struct({
    body: QueryAnalyticsRequest
  }),
  QueryAnalyticsResponse
)
