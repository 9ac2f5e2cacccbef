/**
 * The `Benchmarks` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * OpenRouter pricing per token for this model.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarkPricing = {
  readonly completion: string
  readonly prompt: string
} | null

/**
 * The schema of {@link UnifiedBenchmarkPricing}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarkPricing: Schema.Schema<UnifiedBenchmarkPricing> = S.NullOr(S.Struct({
  completion: S.String,
  prompt: S.String
}))

/**
 * `UnifiedBenchmarksAAItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksAAItem = {
  readonly agentic_index?: number | null | undefined
  readonly coding_index?: number | null | undefined
  readonly display_name: string
  readonly intelligence_index?: number | null | undefined
  readonly model_permaslug: string
  readonly pricing?: UnifiedBenchmarkPricing | undefined
  readonly source: "artificial-analysis"
}

/**
 * The schema of {@link UnifiedBenchmarksAAItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksAAItem: Schema.Schema<UnifiedBenchmarksAAItem> = S.Struct({
  agentic_index: S.optional(S.NullOr(S.Number)),
  coding_index: S.optional(S.NullOr(S.Number)),
  display_name: S.String,
  intelligence_index: S.optional(S.NullOr(S.Number)),
  model_permaslug: S.String,
  pricing: S.optional(UnifiedBenchmarkPricing),
  source: S.Literal("artificial-analysis")
})

/**
 * `UnifiedBenchmarksDAItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksDAItem = {
  readonly arena: string
  readonly avg_generation_time_ms?: number | null | undefined
  readonly category: string
  readonly display_name: string
  readonly elo: number
  readonly model_permaslug: string
  readonly pricing?: UnifiedBenchmarkPricing | undefined
  readonly source: "design-arena"
  readonly tournament_stats: {
    readonly first_place?: number | null | undefined
    readonly fourth_place?: number | null | undefined
    readonly second_place?: number | null | undefined
    readonly third_place?: number | null | undefined
    readonly total?: number | null | undefined
  }
  readonly win_rate: number
}

/**
 * The schema of {@link UnifiedBenchmarksDAItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksDAItem: Schema.Schema<UnifiedBenchmarksDAItem> = S.Struct({
  arena: S.String,
  avg_generation_time_ms: S.optional(S.NullOr(S.Number)),
  category: S.String,
  display_name: S.String,
  elo: S.Number,
  model_permaslug: S.String,
  pricing: S.optional(UnifiedBenchmarkPricing),
  source: S.Literal("design-arena"),
  tournament_stats: S.Struct({
    first_place: S.optional(S.NullOr(S.Number)),
    fourth_place: S.optional(S.NullOr(S.Number)),
    second_place: S.optional(S.NullOr(S.Number)),
    third_place: S.optional(S.NullOr(S.Number)),
    total: S.optional(S.NullOr(S.Number))
  }),
  win_rate: S.Number
})

/**
 * `UnifiedBenchmarksMeta` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksMeta = {
  readonly as_of: string
  readonly citation?: string | null | undefined
  readonly model_count: number
  readonly source?: "artificial-analysis" | "design-arena" | "openrouter" | (string & {}) | null | undefined
  readonly source_url?: string | null | undefined
  readonly task_type?: string | null | undefined
  readonly version: "v1" | (string & {})
}

/**
 * The schema of {@link UnifiedBenchmarksMeta}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksMeta: Schema.Schema<UnifiedBenchmarksMeta> = S.Struct({
  as_of: S.String,
  citation: S.optional(S.NullOr(S.String)),
  model_count: S.Number,
  source: S.optional(S.NullOr(S.openLiteral("artificial-analysis", "design-arena", "openrouter"))),
  source_url: S.optional(S.NullOr(S.String)),
  task_type: S.optional(S.NullOr(S.String)),
  version: S.openLiteral("v1")
})

/**
 * `UnifiedBenchmarksORItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksORItem = {
  readonly accuracy: number
  readonly accuracy_stddev?: number | null | undefined
  readonly avg_cost_per_task?: number | null | undefined
  readonly benchmark_type: "gpqa_diamond" | "tau_bench_verified_airline" | (string & {})
  readonly display_name: string
  readonly last_run_timestamp: string
  readonly model_permaslug: string
  readonly source: "openrouter"
  readonly total_tasks: number
}

/**
 * The schema of {@link UnifiedBenchmarksORItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksORItem: Schema.Schema<UnifiedBenchmarksORItem> = S.Struct({
  accuracy: S.Number,
  accuracy_stddev: S.optional(S.NullOr(S.Number)),
  avg_cost_per_task: S.optional(S.NullOr(S.Number)),
  benchmark_type: S.openLiteral("gpqa_diamond", "tau_bench_verified_airline"),
  display_name: S.String,
  last_run_timestamp: S.String,
  model_permaslug: S.String,
  source: S.Literal("openrouter"),
  total_tasks: S.Number
})

/**
 * Published lane configuration, included only when include_run_config=true.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksSearchRunConfig = {
  readonly max_agent_turns?: number | null | undefined
  readonly reasoning_effort?: string | null | undefined
  readonly temperature?: number | null | undefined
}

/**
 * The schema of {@link UnifiedBenchmarksSearchRunConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksSearchRunConfig: Schema.Schema<UnifiedBenchmarksSearchRunConfig> = S.Struct({
  max_agent_turns: S.optional(S.NullOr(S.Number)),
  reasoning_effort: S.optional(S.NullOr(S.String)),
  temperature: S.optional(S.NullOr(S.Number))
})

/**
 * `UnifiedBenchmarksSearchItem` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksSearchItem = {
  readonly avg_cost_per_task?: number | null | undefined
  readonly avg_latency_per_task_ms?: number | null | undefined
  readonly benchmark_type: "search_browsecomp" | "search_hle" | "search_dsqa" | "search_widesearch" | (string & {})
  readonly display_name: string
  readonly last_run_timestamp: string
  readonly model_permaslug: string
  readonly primary_metric: "accuracy" | "f1_by_item" | (string & {})
  readonly primary_score: number
  readonly run_config?: UnifiedBenchmarksSearchRunConfig | undefined
  readonly search_engine: string
  readonly search_surface: "server-tool" | "plugin" | (string & {})
  readonly source: "openrouter"
  readonly total_tasks: number
}

/**
 * The schema of {@link UnifiedBenchmarksSearchItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksSearchItem: Schema.Schema<UnifiedBenchmarksSearchItem> = S.Struct({
  avg_cost_per_task: S.optional(S.NullOr(S.Number)),
  avg_latency_per_task_ms: S.optional(S.NullOr(S.Number)),
  benchmark_type: S.openLiteral("search_browsecomp", "search_hle", "search_dsqa", "search_widesearch"),
  display_name: S.String,
  last_run_timestamp: S.String,
  model_permaslug: S.String,
  primary_metric: S.openLiteral("accuracy", "f1_by_item"),
  primary_score: S.Number,
  run_config: S.optional(UnifiedBenchmarksSearchRunConfig),
  search_engine: S.String,
  search_surface: S.openLiteral("server-tool", "plugin"),
  source: S.Literal("openrouter"),
  total_tasks: S.Number
})

/**
 * `UnifiedBenchmarksResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UnifiedBenchmarksResponse = {
  readonly data: ReadonlyArray<UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem | UnifiedBenchmarksSearchItem | { readonly source?: string | undefined }>
  readonly meta: UnifiedBenchmarksMeta
}

/**
 * The schema of {@link UnifiedBenchmarksResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnifiedBenchmarksResponse: Schema.Schema<UnifiedBenchmarksResponse> = S.Struct({
  data: S.Array(S.Union(
    UnifiedBenchmarksAAItem,
    UnifiedBenchmarksDAItem,
    UnifiedBenchmarksORItem,
    UnifiedBenchmarksSearchItem,
    S.Struct({ source: S.optional(S.String) })
  )),
  meta: UnifiedBenchmarksMeta
})

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
