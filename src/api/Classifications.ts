/**
 * The `Classifications` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `TaskClassificationModel` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type TaskClassificationModel = {
  readonly id: string
  readonly tag_token_share: number
  readonly tag_usage_share: number
}

/**
 * The schema of {@link TaskClassificationModel}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskClassificationModel: Schema.Schema<TaskClassificationModel> = S.Struct({
  id: S.String,
  tag_token_share: S.Number,
  tag_usage_share: S.Number
})

/**
 * `TaskClassificationItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type TaskClassificationItem = {
  readonly category_token_share: number
  readonly category_usage_share: number
  readonly display_name: string
  readonly macro_category: string
  readonly models: ReadonlyArray<TaskClassificationModel>
  readonly tag: string
  readonly token_share: number
  readonly usage_share: number
}

/**
 * The schema of {@link TaskClassificationItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskClassificationItem: Schema.Schema<TaskClassificationItem> = S.Struct({
  category_token_share: S.Number,
  category_usage_share: S.Number,
  display_name: S.String,
  macro_category: S.String,
  models: S.Array(TaskClassificationModel),
  tag: S.String,
  token_share: S.Number,
  usage_share: S.Number
})

/**
 * `TaskClassificationMacroCategory` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type TaskClassificationMacroCategory = {
  readonly key: string
  readonly label: string
  readonly token_share: number
  readonly usage_share: number
}

/**
 * The schema of {@link TaskClassificationMacroCategory}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskClassificationMacroCategory: Schema.Schema<TaskClassificationMacroCategory> = S.Struct({
  key: S.String,
  label: S.String,
  token_share: S.Number,
  usage_share: S.Number
})

/**
 * `TaskClassificationResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type TaskClassificationResponse = {
  readonly data: {
    readonly as_of: string
    readonly classifications: ReadonlyArray<TaskClassificationItem>
    readonly macro_categories: ReadonlyArray<TaskClassificationMacroCategory>
    readonly window_days: number
  }
}

/**
 * The schema of {@link TaskClassificationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskClassificationResponse: Schema.Schema<TaskClassificationResponse> = S.Struct({
  data: S.Struct({
    as_of: S.String,
    classifications: S.Array(TaskClassificationItem),
    macro_categories: S.Array(TaskClassificationMacroCategory),
    window_days: S.Number
  })
})

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
