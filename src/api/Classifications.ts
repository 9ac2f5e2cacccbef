/**
 * The `Classifications` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `TaskClassificationModel` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskClassificationModel = tolerant(Schema.Struct({
  id: Schema.String,
  tag_token_share: Schema.Number,
  tag_usage_share: Schema.Number
}))

/**
 * The type of {@link TaskClassificationModel}.
 *
 * @since 0.1.0
 * @category models
 */
export type TaskClassificationModel = typeof TaskClassificationModel.Type

/**
 * `TaskClassificationItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskClassificationItem = tolerant(Schema.Struct({
  category_token_share: Schema.Number,
  category_usage_share: Schema.Number,
  display_name: Schema.String,
  macro_category: Schema.String,
  models: Schema.Array(TaskClassificationModel),
  tag: Schema.String,
  token_share: Schema.Number,
  usage_share: Schema.Number
}))

/**
 * The type of {@link TaskClassificationItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type TaskClassificationItem = typeof TaskClassificationItem.Type

/**
 * `TaskClassificationMacroCategory` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskClassificationMacroCategory = tolerant(Schema.Struct({
  key: Schema.String,
  label: Schema.String,
  token_share: Schema.Number,
  usage_share: Schema.Number
}))

/**
 * The type of {@link TaskClassificationMacroCategory}.
 *
 * @since 0.1.0
 * @category models
 */
export type TaskClassificationMacroCategory = typeof TaskClassificationMacroCategory.Type

/**
 * `TaskClassificationResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskClassificationResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    as_of: Schema.String,
    classifications: Schema.Array(TaskClassificationItem),
    macro_categories: Schema.Array(TaskClassificationMacroCategory),
    window_days: Schema.Number
  }))
}))

/**
 * The type of {@link TaskClassificationResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type TaskClassificationResponse = typeof TaskClassificationResponse.Type

/**
 * Task classification market share: `GET /classifications/task`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getTaskClassifications = Operation.make(
  {
    id: "getTaskClassifications",
    tag: "Classifications",
    method: "GET",
    path: "/classifications/task",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Task classification market share"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      window: Schema.optional(openLiteral("7d"))
    }))
  }),
  TaskClassificationResponse
)
