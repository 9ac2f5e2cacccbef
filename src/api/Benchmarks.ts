/**
 * The `Benchmarks` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * OpenRouter pricing per token for this model.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarkPricing = Schema.NullOr(tolerant(Schema.Struct({
  completion: Schema.String,
  prompt: Schema.String
})))

/**
 * The type of {@link UnifiedBenchmarkPricing}.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarkPricing = typeof UnifiedBenchmarkPricing.Type

/**
 * `UnifiedBenchmarksAAItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksAAItem = tolerant(Schema.Struct({
  agentic_index: Schema.NullOr(Schema.Number),
  coding_index: Schema.NullOr(Schema.Number),
  display_name: Schema.String,
  intelligence_index: Schema.NullOr(Schema.Number),
  model_permaslug: Schema.String,
  pricing: UnifiedBenchmarkPricing,
  source: Schema.Literal("artificial-analysis")
}))

/**
 * The type of {@link UnifiedBenchmarksAAItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksAAItem = typeof UnifiedBenchmarksAAItem.Type

/**
 * `UnifiedBenchmarksDAItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksDAItem = tolerant(Schema.Struct({
  arena: Schema.String,
  avg_generation_time_ms: Schema.NullOr(Schema.Number),
  category: Schema.String,
  display_name: Schema.String,
  elo: Schema.Number,
  model_permaslug: Schema.String,
  pricing: UnifiedBenchmarkPricing,
  source: Schema.Literal("design-arena"),
  tournament_stats: tolerant(Schema.Struct({
    first_place: Schema.NullOr(Schema.Number),
    fourth_place: Schema.NullOr(Schema.Number),
    second_place: Schema.NullOr(Schema.Number),
    third_place: Schema.NullOr(Schema.Number),
    total: Schema.NullOr(Schema.Number)
  })),
  win_rate: Schema.Number
}))

/**
 * The type of {@link UnifiedBenchmarksDAItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksDAItem = typeof UnifiedBenchmarksDAItem.Type

/**
 * `UnifiedBenchmarksMeta` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksMeta = tolerant(Schema.Struct({
  as_of: Schema.String,
  citation: Schema.NullOr(Schema.String),
  model_count: Schema.Number,
  source: Schema.NullOr(openLiteral("artificial-analysis", "design-arena", "openrouter")),
  source_url: Schema.NullOr(Schema.String),
  task_type: Schema.NullOr(Schema.String),
  version: openLiteral("v1")
}))

/**
 * The type of {@link UnifiedBenchmarksMeta}.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksMeta = typeof UnifiedBenchmarksMeta.Type

/**
 * `UnifiedBenchmarksORItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksORItem = tolerant(Schema.Struct({
  accuracy: Schema.Number,
  accuracy_stddev: Schema.NullOr(Schema.Number),
  avg_cost_per_task: Schema.NullOr(Schema.Number),
  benchmark_type: openLiteral("gpqa_diamond", "tau_bench_verified_airline"),
  display_name: Schema.String,
  last_run_timestamp: Schema.String,
  model_permaslug: Schema.String,
  source: Schema.Literal("openrouter"),
  total_tasks: Schema.Number
}))

/**
 * The type of {@link UnifiedBenchmarksORItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksORItem = typeof UnifiedBenchmarksORItem.Type

/**
 * Published lane configuration, included only when include_run_config=true.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksSearchRunConfig = tolerant(Schema.Struct({
  max_agent_turns: Schema.NullOr(Schema.Number),
  reasoning_effort: Schema.NullOr(Schema.String),
  temperature: Schema.NullOr(Schema.Number)
}))

/**
 * The type of {@link UnifiedBenchmarksSearchRunConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksSearchRunConfig = typeof UnifiedBenchmarksSearchRunConfig.Type

/**
 * `UnifiedBenchmarksSearchItem` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksSearchItem = tolerant(Schema.Struct({
  avg_cost_per_task: Schema.NullOr(Schema.Number),
  avg_latency_per_task_ms: Schema.NullOr(Schema.Number),
  benchmark_type: openLiteral("search_browsecomp", "search_hle", "search_dsqa", "search_widesearch"),
  display_name: Schema.String,
  last_run_timestamp: Schema.String,
  model_permaslug: Schema.String,
  primary_metric: openLiteral("accuracy", "f1_by_item"),
  primary_score: Schema.Number,
  run_config: Schema.optional(UnifiedBenchmarksSearchRunConfig),
  search_engine: Schema.String,
  search_surface: openLiteral("server-tool", "plugin"),
  source: Schema.Literal("openrouter"),
  total_tasks: Schema.Number
}))

/**
 * The type of {@link UnifiedBenchmarksSearchItem}.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksSearchItem = typeof UnifiedBenchmarksSearchItem.Type

/**
 * `UnifiedBenchmarksResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksResponse = tolerant(Schema.Struct({
  data: Schema.Array(Schema.Union(
    UnifiedBenchmarksAAItem,
    UnifiedBenchmarksDAItem,
    UnifiedBenchmarksORItem,
    UnifiedBenchmarksSearchItem,
    tolerant(Schema.Struct({ source: Schema.optional(Schema.String) }))
  )),
  meta: UnifiedBenchmarksMeta
}))

/**
 * The type of {@link UnifiedBenchmarksResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksResponse = typeof UnifiedBenchmarksResponse.Type

/**
 * List Benchmarks: `GET /benchmarks`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getBenchmarks = Operation.make(
  {
    id: "getBenchmarks",
    tag: "Benchmarks",
    method: "GET",
    path: "/benchmarks",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List Benchmarks"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      source: Schema.optional(openLiteral("artificial-analysis", "design-arena", "openrouter")),
      task_type: Schema.optional(openLiteral("coding", "intelligence", "agentic", "search")),
      benchmark_type: Schema.optional(openLiteral("gpqa_diamond", "tau_bench_verified_airline", "search_browsecomp", "search_hle", "search_dsqa", "search_widesearch")),
      include_run_config: Schema.optional(Schema.Boolean),
      search_engine: Schema.optional(Schema.String),
      search_surface: Schema.optional(openLiteral("server-tool", "plugin")),
      arena: Schema.optional(openLiteral("models", "builders", "agents")),
      category: Schema.optional(Schema.String),
      max_results: Schema.optional(Schema.Number)
    }))
  }),
  UnifiedBenchmarksResponse
)
