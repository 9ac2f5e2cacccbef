/**
 * The `Analytics` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { JsonObject, openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"

/**
 * `ActivityItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ActivityItem = tolerant(Schema.Struct({
  byok_usage_inference: Schema.Number,
  completion_tokens: Schema.Number,
  date: Schema.String,
  endpoint_id: Schema.String,
  model: Schema.String,
  model_permaslug: Schema.String,
  prompt_tokens: Schema.Number,
  provider_name: Schema.String,
  reasoning_tokens: Schema.Number,
  requests: Schema.Number,
  usage: Schema.Number,
  workspace_id: Schema.optional(Schema.String)
}))

/**
 * The type of {@link ActivityItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type ActivityItem = typeof ActivityItem.Type

/**
 * `ActivityResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ActivityResponse = tolerant(Schema.Struct({
  data: Schema.Array(ActivityItem)
}))

/**
 * The type of {@link ActivityResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ActivityResponse = typeof ActivityResponse.Type

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
 * @category schemas
 */
export const GetAnalyticsMetaResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    dimensions: Schema.Array(tolerant(Schema.Struct({
      display_label: Schema.String,
      name: Schema.String
    }))),
    granularities: Schema.Array(tolerant(Schema.Struct({
      display_label: Schema.String,
      name: openLiteral("minute", "hour", "day", "week", "month")
    }))),
    metrics: Schema.Array(tolerant(Schema.Struct({
      display_format: openLiteral("number", "currency", "percent", "latency", "throughput"),
      display_label: Schema.String,
      is_rate: Schema.Boolean,
      name: Schema.String
    }))),
    operators: Schema.Array(tolerant(Schema.Struct({
      name: openLiteral("eq", "neq", "in", "not_in", "gt", "gte", "lt", "lte"),
      value_type: openLiteral("scalar", "array")
    })))
  }))
}))

/**
 * The type of {@link GetAnalyticsMetaResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetAnalyticsMetaResponse = typeof GetAnalyticsMetaResponse.Type

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
 * @category schemas
 */
export const QueryAnalyticsRequest = tolerant(Schema.Struct({
  classifier_dimensions: Schema.optional(tolerant(Schema.Struct({
    classifier_id: Schema.String,
    dimension_names: Schema.optional(Schema.Array(Schema.String)),
    include_nulls: Schema.optional(Schema.Boolean)
  }))),
  classifier_filters: Schema.optional(tolerant(Schema.Struct({
    classifier_id: Schema.String,
    filters: Schema.Array(tolerant(Schema.Struct({
      field: Schema.String,
      operator: Schema.String,
      value: Schema.Union(
        Schema.String,
        Schema.Number,
        Schema.Array(Schema.Union(
        Schema.String,
        Schema.Number
      ))
      )
    })))
  }))),
  dimensions: Schema.optional(Schema.Array(Schema.String)),
  filters: Schema.optional(Schema.Array(tolerant(Schema.Struct({
    field: Schema.String,
    include_unset: Schema.optional(Schema.Boolean),
    operator: Schema.String,
    value: Schema.Union(
      Schema.String,
      Schema.Number,
      Schema.Array(Schema.Union(
      Schema.String,
      Schema.Number
    ))
    )
  })))),
  granularity: Schema.optional(Schema.String),
  group_limit: Schema.optional(Schema.Number),
  limit: Schema.optional(Schema.Number),
  metrics: Schema.Array(Schema.String),
  order_by: Schema.optional(tolerant(Schema.Struct({
    direction: openLiteral("asc", "desc"),
    field: Schema.String
  }))),
  time_range: Schema.optional(tolerant(Schema.Struct({
    end: Schema.String,
    start: Schema.String
  })))
}))

/**
 * The type of {@link QueryAnalyticsRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type QueryAnalyticsRequest = typeof QueryAnalyticsRequest.Type

/**
 * The response body of `queryAnalytics`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const QueryAnalyticsResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    cachedAt: Schema.optional(Schema.Number),
    data: Schema.Array(JsonObject),
    metadata: tolerant(Schema.Struct({
      query_time_ms: Schema.Number,
      row_count: Schema.Number,
      truncated: Schema.Boolean
    })),
    warnings: Schema.optional(Schema.Array(Schema.String))
  }))
}))

/**
 * The type of {@link QueryAnalyticsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type QueryAnalyticsResponse = typeof QueryAnalyticsResponse.Type

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
