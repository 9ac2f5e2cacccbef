/**
 * The `Models` operations of OpenRouter's API and their schemas (generated from the official spec).
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
import { Model, ModelsListResponse } from "./common.js"

/**
 * Single model response
 *
 * @since 0.1.0
 * @category models
 */
export type ModelResponse = {
  readonly data: Model
}

/**
 * The schema of {@link ModelResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelResponse: Schema.Schema<ModelResponse> = S.Struct({
  data: Model
})

/**
 * Model count data
 *
 * @since 0.1.0
 * @category models
 */
export type ModelsCountResponse = {
  readonly data: {
    readonly count: number
  }
}

/**
 * The schema of {@link ModelsCountResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelsCountResponse: Schema.Schema<ModelsCountResponse> = S.Struct({
  data: S.Struct({
    count: S.Number
  })
})

/**
 * Get a model by its slug: `GET /model/{author}/{slug}`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getModel = Operation.make(
  {
    id: "getModel",
    tag: "Models",
    method: "GET",
    path: "/model/{author}/{slug}",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Get a model by its slug"
  },
  Schema.Struct({
    path: Schema.Struct({
      author: Schema.String,
      slug: Schema.String
    })
  }),
  ModelResponse
)

/**
 * List all models and their properties: `GET /models`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listModels = Operation.make(
  {
    id: "getModels",
    tag: "Models",
    method: "GET",
    path: "/models",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List all models and their properties"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number),
      category: Schema.optional(openLiteral("programming", "roleplay", "marketing", "marketing/seo", "technology", "science", "translation", "legal", "finance", "health", "trivia", "academia")),
      supported_parameters: Schema.optional(Schema.String),
      output_modalities: Schema.optional(Schema.String),
      sort: Schema.optional(openLiteral("most-popular", "newest", "top-weekly", "pricing-low-to-high", "pricing-high-to-low", "context-high-to-low", "throughput-high-to-low", "latency-low-to-high", "intelligence-high-to-low", "coding-high-to-low", "agentic-high-to-low", "design-arena-elo-high-to-low")),
      use_rss: Schema.optional(Schema.String),
      use_rss_chat_links: Schema.optional(Schema.String),
      q: Schema.optional(Schema.String),
      input_modalities: Schema.optional(Schema.String),
      context: Schema.optional(Schema.Number),
      min_price: Schema.optional(Schema.NullOr(Schema.Number)),
      max_price: Schema.optional(Schema.NullOr(Schema.Number)),
      arch: Schema.optional(Schema.String),
      model_authors: Schema.optional(Schema.String),
      providers: Schema.optional(Schema.String),
      distillable: Schema.optional(openLiteral("true", "false")),
      zdr: Schema.optional(openLiteral("true")),
      region: Schema.optional(openLiteral("eu", "us")),
      min_output_price: Schema.optional(Schema.NullOr(Schema.Number)),
      max_output_price: Schema.optional(Schema.NullOr(Schema.Number)),
      min_age_days: Schema.optional(Schema.NullOr(Schema.Number)),
      max_age_days: Schema.optional(Schema.NullOr(Schema.Number)),
      min_intelligence_index: Schema.optional(Schema.NullOr(Schema.Number)),
      max_intelligence_index: Schema.optional(Schema.NullOr(Schema.Number)),
      min_coding_index: Schema.optional(Schema.NullOr(Schema.Number)),
      max_coding_index: Schema.optional(Schema.NullOr(Schema.Number)),
      min_agentic_index: Schema.optional(Schema.NullOr(Schema.Number)),
      max_agentic_index: Schema.optional(Schema.NullOr(Schema.Number)),
      min_tool_success_rate: Schema.optional(Schema.NullOr(Schema.Number)),
      max_tool_success_rate: Schema.optional(Schema.NullOr(Schema.Number))
    }))
  }),
  ModelsListResponse
)

/**
 * Get total count of available models: `GET /models/count`.
 *
 * @since 0.1.0
 * @category operations
 */
export const countModels = Operation.make(
  {
    id: "listModelsCount",
    tag: "Models",
    method: "GET",
    path: "/models/count",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Get total count of available models"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      output_modalities: Schema.optional(Schema.String)
    }))
  }),
  ModelsCountResponse
)

/**
 * List models filtered by user provider preferences, privacy settings, and guardrails: `GET /models/user`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listUserModels = Operation.make(
  {
    id: "listModelsUser",
    tag: "Models",
    method: "GET",
    path: "/models/user",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List models filtered by user provider preferences, privacy settings, and guardrails"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ModelsListResponse
)
