/**
 * The `Observability` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"

/**
 * `ObservabilityFilterRuleGroup` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityFilterRuleGroup = {
  readonly logic?: "and" | "or" | (string & {}) | undefined
  readonly rules: ReadonlyArray<{
    readonly field: "model" | "provider" | "session_id" | "user_id" | "api_key_name" | "finish_reason" | "input" | "output" | "total_cost" | "total_tokens" | "prompt_tokens" | "completion_tokens" | (string & {})
    readonly operator: "equals" | "not_equals" | "contains" | "not_contains" | "regex" | "starts_with" | "ends_with" | "gt" | "lt" | "gte" | "lte" | "exists" | "not_exists" | (string & {})
    readonly value?: string | number | undefined
  }>
}

/**
 * The schema of {@link ObservabilityFilterRuleGroup}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityFilterRuleGroup: Schema.Schema<ObservabilityFilterRuleGroup> = S.Struct({
  logic: S.optional(S.openLiteral("and", "or")),
  rules: S.Array(S.Struct({
    field: S.openLiteral("model", "provider", "session_id", "user_id", "api_key_name", "finish_reason", "input", "output", "total_cost", "total_tokens", "prompt_tokens", "completion_tokens"),
    operator: S.openLiteral("equals", "not_equals", "contains", "not_contains", "regex", "starts_with", "ends_with", "gt", "lt", "gte", "lte", "exists", "not_exists"),
    value: S.optional(S.Union(
      S.String,
      S.Number
    ))
  }))
})

/**
 * Optional structured filter rules controlling which events are forwarded.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityFilterRulesConfigNullable = {
  readonly enabled?: boolean | undefined
  readonly groups: ReadonlyArray<ObservabilityFilterRuleGroup>
} | null

/**
 * The schema of {@link ObservabilityFilterRulesConfigNullable}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityFilterRulesConfigNullable: Schema.Schema<ObservabilityFilterRulesConfigNullable> = S.NullOr(S.Struct({
  enabled: S.optional(S.Boolean),
  groups: S.Array(ObservabilityFilterRuleGroup)
}))

/**
 * `CreateObservabilityDestinationRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateObservabilityDestinationRequest = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost?: boolean | undefined
  readonly broadcast_generation_identity?: boolean | undefined
  readonly broadcast_generation_request_context?: boolean | undefined
  readonly config: { readonly [x: string]: unknown }
  readonly enabled?: boolean | undefined
  readonly filter_rules?: ObservabilityFilterRulesConfigNullable | undefined
  readonly name: string
  readonly privacy_mode?: boolean | undefined
  readonly sampling_rate?: number | undefined
  readonly type: "arize" | "braintrust" | "clickhouse" | "datadog" | "grafana" | "langfuse" | "langsmith" | "newrelic" | "opik" | "otel-collector" | "posthog" | "ramp" | "s3" | "sentry" | "snowflake" | "weave" | "webhook" | (string & {})
  readonly workspace_id?: string | undefined
}

/**
 * The schema of {@link CreateObservabilityDestinationRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateObservabilityDestinationRequest: Schema.Schema<CreateObservabilityDestinationRequest> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.optional(S.Boolean),
  broadcast_generation_identity: S.optional(S.Boolean),
  broadcast_generation_request_context: S.optional(S.Boolean),
  config: S.JsonObject,
  enabled: S.optional(S.Boolean),
  filter_rules: S.optional(ObservabilityFilterRulesConfigNullable),
  name: S.String,
  privacy_mode: S.optional(S.Boolean),
  sampling_rate: S.optional(S.Number),
  type: S.openLiteral("arize", "braintrust", "clickhouse", "datadog", "grafana", "langfuse", "langsmith", "newrelic", "opik", "otel-collector", "posthog", "ramp", "s3", "sentry", "snowflake", "weave", "webhook"),
  workspace_id: S.optional(S.String)
})

/**
 * Optional structured filter rules controlling which events are forwarded.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityFilterRulesConfig = {
  readonly enabled?: boolean | undefined
  readonly groups: ReadonlyArray<ObservabilityFilterRuleGroup>
} | null

/**
 * The schema of {@link ObservabilityFilterRulesConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityFilterRulesConfig: Schema.Schema<ObservabilityFilterRulesConfig> = S.NullOr(S.Struct({
  enabled: S.optional(S.Boolean),
  groups: S.Array(ObservabilityFilterRuleGroup)
}))

/**
 * `ObservabilityArizeDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityArizeDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly apiKey: string
    readonly baseUrl?: string | undefined
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly modelId: string
    readonly spaceKey: string
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "arize"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityArizeDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityArizeDestination: Schema.Schema<ObservabilityArizeDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    apiKey: S.String,
    baseUrl: S.optional(S.String),
    headers: S.optional(S.Record(S.String)),
    modelId: S.String,
    spaceKey: S.String
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("arize"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityBraintrustDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityBraintrustDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly apiKey: string
    readonly baseUrl?: string | undefined
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly projectId: string
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "braintrust"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityBraintrustDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityBraintrustDestination: Schema.Schema<ObservabilityBraintrustDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    apiKey: S.String,
    baseUrl: S.optional(S.String),
    headers: S.optional(S.Record(S.String)),
    projectId: S.String
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("braintrust"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityClickhouseDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityClickhouseDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly database: string
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly host: string
    readonly password: string
    readonly table?: string | undefined
    readonly username: string
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "clickhouse"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityClickhouseDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityClickhouseDestination: Schema.Schema<ObservabilityClickhouseDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    database: S.String,
    headers: S.optional(S.Record(S.String)),
    host: S.String,
    password: S.String,
    table: S.optional(S.String),
    username: S.String
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("clickhouse"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityDatadogDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityDatadogDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly apiKey: string
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly mlApp: string
    readonly url?: string | undefined
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "datadog"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityDatadogDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityDatadogDestination: Schema.Schema<ObservabilityDatadogDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    apiKey: S.String,
    headers: S.optional(S.Record(S.String)),
    mlApp: S.String,
    url: S.optional(S.String)
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("datadog"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityGrafanaDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityGrafanaDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly apiKey: string
    readonly baseUrl?: string | undefined
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly instanceId: string
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "grafana"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityGrafanaDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityGrafanaDestination: Schema.Schema<ObservabilityGrafanaDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    apiKey: S.String,
    baseUrl: S.optional(S.String),
    headers: S.optional(S.Record(S.String)),
    instanceId: S.String
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("grafana"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityLangfuseDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityLangfuseDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly baseUrl?: string | undefined
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly publicKey: string
    readonly secretKey: string
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "langfuse"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityLangfuseDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityLangfuseDestination: Schema.Schema<ObservabilityLangfuseDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    baseUrl: S.optional(S.String),
    headers: S.optional(S.Record(S.String)),
    publicKey: S.String,
    secretKey: S.String
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("langfuse"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityLangsmithDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityLangsmithDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly apiKey: string
    readonly endpoint?: string | undefined
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly project?: string | undefined
    readonly workspaceId?: string | undefined
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "langsmith"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityLangsmithDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityLangsmithDestination: Schema.Schema<ObservabilityLangsmithDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    apiKey: S.String,
    endpoint: S.optional(S.String),
    headers: S.optional(S.Record(S.String)),
    project: S.optional(S.String),
    workspaceId: S.optional(S.String)
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("langsmith"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityNewrelicDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityNewrelicDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly licenseKey: string
    readonly region?: "us" | "eu" | (string & {}) | undefined
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "newrelic"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityNewrelicDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityNewrelicDestination: Schema.Schema<ObservabilityNewrelicDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    headers: S.optional(S.Record(S.String)),
    licenseKey: S.String,
    region: S.optional(S.openLiteral("us", "eu"))
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("newrelic"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityOpikDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityOpikDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly apiKey: string
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly projectName: string
    readonly workspace: string
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "opik"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityOpikDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityOpikDestination: Schema.Schema<ObservabilityOpikDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    apiKey: S.String,
    headers: S.optional(S.Record(S.String)),
    projectName: S.String,
    workspace: S.String
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("opik"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityOtelCollectorDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityOtelCollectorDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly endpoint: string
    readonly headers?: { readonly [x: string]: string } | undefined
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "otel-collector"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityOtelCollectorDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityOtelCollectorDestination: Schema.Schema<ObservabilityOtelCollectorDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    endpoint: S.String,
    headers: S.optional(S.Record(S.String))
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("otel-collector"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityPosthogDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityPosthogDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly apiKey: string
    readonly endpoint?: string | undefined
    readonly headers?: { readonly [x: string]: string } | undefined
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "posthog"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityPosthogDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityPosthogDestination: Schema.Schema<ObservabilityPosthogDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    apiKey: S.String,
    endpoint: S.optional(S.String),
    headers: S.optional(S.Record(S.String))
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("posthog"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityRampDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityRampDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly apiKey: string
    readonly baseUrl?: string | undefined
    readonly headers?: { readonly [x: string]: string } | undefined
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "ramp"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityRampDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityRampDestination: Schema.Schema<ObservabilityRampDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    apiKey: S.String,
    baseUrl: S.optional(S.String),
    headers: S.optional(S.Record(S.String))
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("ramp"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityS3Destination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityS3Destination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly accessKeyId: string
    readonly bucketName: string
    readonly endpoint?: string | undefined
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly pathTemplate?: string | undefined
    readonly prefix?: string | undefined
    readonly region?: string | undefined
    readonly secretAccessKey: string
    readonly sessionToken?: string | undefined
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "s3"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityS3Destination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityS3Destination: Schema.Schema<ObservabilityS3Destination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    accessKeyId: S.String,
    bucketName: S.String,
    endpoint: S.optional(S.String),
    headers: S.optional(S.Record(S.String)),
    pathTemplate: S.optional(S.String),
    prefix: S.optional(S.String),
    region: S.optional(S.String),
    secretAccessKey: S.String,
    sessionToken: S.optional(S.String)
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("s3"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilitySentryDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilitySentryDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly dsn: string
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly otlpEndpoint: string
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "sentry"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilitySentryDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilitySentryDestination: Schema.Schema<ObservabilitySentryDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    dsn: S.String,
    headers: S.optional(S.Record(S.String)),
    otlpEndpoint: S.String
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("sentry"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilitySnowflakeDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilitySnowflakeDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly account: string
    readonly database?: string | undefined
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly schema?: string | undefined
    readonly table?: string | undefined
    readonly token: string
    readonly warehouse?: string | undefined
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "snowflake"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilitySnowflakeDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilitySnowflakeDestination: Schema.Schema<ObservabilitySnowflakeDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    account: S.String,
    database: S.optional(S.String),
    headers: S.optional(S.Record(S.String)),
    schema: S.optional(S.String),
    table: S.optional(S.String),
    token: S.String,
    warehouse: S.optional(S.String)
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("snowflake"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityWeaveDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityWeaveDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly apiKey: string
    readonly baseUrl?: string | undefined
    readonly entity: string
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly project: string
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "weave"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityWeaveDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityWeaveDestination: Schema.Schema<ObservabilityWeaveDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    apiKey: S.String,
    baseUrl: S.optional(S.String),
    entity: S.String,
    headers: S.optional(S.Record(S.String)),
    project: S.String
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("weave"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityWebhookDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityWebhookDestination = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost: boolean
  readonly broadcast_generation_identity: boolean
  readonly broadcast_generation_request_context: boolean
  readonly config: {
    readonly headers?: { readonly [x: string]: string } | undefined
    readonly method?: "POST" | "PUT" | (string & {}) | undefined
    readonly url: string
  }
  readonly created_at: string
  readonly enabled: boolean
  readonly filter_rules?: ObservabilityFilterRulesConfig | undefined
  readonly id: string
  readonly name?: string | null | undefined
  readonly privacy_mode: boolean
  readonly sampling_rate: number
  readonly type: "webhook"
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ObservabilityWebhookDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityWebhookDestination: Schema.Schema<ObservabilityWebhookDestination> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.Boolean,
  broadcast_generation_identity: S.Boolean,
  broadcast_generation_request_context: S.Boolean,
  config: S.Struct({
    headers: S.optional(S.Record(S.String)),
    method: S.optional(S.openLiteral("POST", "PUT")),
    url: S.String
  }),
  created_at: S.String,
  enabled: S.Boolean,
  filter_rules: S.optional(ObservabilityFilterRulesConfig),
  id: S.String,
  name: S.optional(S.NullOr(S.String)),
  privacy_mode: S.Boolean,
  sampling_rate: S.Number,
  type: S.Literal("webhook"),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `ObservabilityDestination` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityDestination = ObservabilityArizeDestination | ObservabilityBraintrustDestination | ObservabilityClickhouseDestination | ObservabilityDatadogDestination | ObservabilityGrafanaDestination | ObservabilityLangfuseDestination | ObservabilityLangsmithDestination | ObservabilityNewrelicDestination | ObservabilityOpikDestination | ObservabilityOtelCollectorDestination | ObservabilityPosthogDestination | ObservabilityRampDestination | ObservabilityS3Destination | ObservabilitySentryDestination | ObservabilitySnowflakeDestination | ObservabilityWeaveDestination | ObservabilityWebhookDestination | { readonly type?: string | undefined }

/**
 * The schema of {@link ObservabilityDestination}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityDestination: Schema.Schema<ObservabilityDestination> = S.Union(
  ObservabilityArizeDestination,
  ObservabilityBraintrustDestination,
  ObservabilityClickhouseDestination,
  ObservabilityDatadogDestination,
  ObservabilityGrafanaDestination,
  ObservabilityLangfuseDestination,
  ObservabilityLangsmithDestination,
  ObservabilityNewrelicDestination,
  ObservabilityOpikDestination,
  ObservabilityOtelCollectorDestination,
  ObservabilityPosthogDestination,
  ObservabilityRampDestination,
  ObservabilityS3Destination,
  ObservabilitySentryDestination,
  ObservabilitySnowflakeDestination,
  ObservabilityWeaveDestination,
  ObservabilityWebhookDestination,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `CreateObservabilityDestinationResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateObservabilityDestinationResponse = {
  readonly data: ObservabilityDestination
}

/**
 * The schema of {@link CreateObservabilityDestinationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateObservabilityDestinationResponse: Schema.Schema<CreateObservabilityDestinationResponse> = S.Struct({
  data: ObservabilityDestination
})

/**
 * `DeleteObservabilityDestinationResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteObservabilityDestinationResponse = {
  readonly deleted: boolean
}

/**
 * The schema of {@link DeleteObservabilityDestinationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteObservabilityDestinationResponse: Schema.Schema<DeleteObservabilityDestinationResponse> = S.Struct({
  deleted: S.Boolean
})

/**
 * `GetObservabilityDestinationResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type GetObservabilityDestinationResponse = {
  readonly data: ObservabilityDestination
}

/**
 * The schema of {@link GetObservabilityDestinationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetObservabilityDestinationResponse: Schema.Schema<GetObservabilityDestinationResponse> = S.Struct({
  data: ObservabilityDestination
})

/**
 * `ListObservabilityDestinationsResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListObservabilityDestinationsResponse = {
  readonly data: ReadonlyArray<ObservabilityDestination>
  readonly total_count: number
}

/**
 * The schema of {@link ListObservabilityDestinationsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListObservabilityDestinationsResponse: Schema.Schema<ListObservabilityDestinationsResponse> = S.Struct({
  data: S.Array(ObservabilityDestination),
  total_count: S.Number
})

/**
 * `UpdateObservabilityDestinationRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateObservabilityDestinationRequest = {
  readonly api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly broadcast_generation_cost?: boolean | undefined
  readonly broadcast_generation_identity?: boolean | undefined
  readonly broadcast_generation_request_context?: boolean | undefined
  readonly config?: { readonly [x: string]: unknown } | undefined
  readonly enabled?: boolean | undefined
  readonly filter_rules?: ObservabilityFilterRulesConfigNullable | undefined
  readonly name?: string | undefined
  readonly privacy_mode?: boolean | undefined
  readonly sampling_rate?: number | undefined
}

/**
 * The schema of {@link UpdateObservabilityDestinationRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateObservabilityDestinationRequest: Schema.Schema<UpdateObservabilityDestinationRequest> = S.Struct({
  api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  broadcast_generation_cost: S.optional(S.Boolean),
  broadcast_generation_identity: S.optional(S.Boolean),
  broadcast_generation_request_context: S.optional(S.Boolean),
  config: S.optional(S.JsonObject),
  enabled: S.optional(S.Boolean),
  filter_rules: S.optional(ObservabilityFilterRulesConfigNullable),
  name: S.optional(S.String),
  privacy_mode: S.optional(S.Boolean),
  sampling_rate: S.optional(S.Number)
})

/**
 * `UpdateObservabilityDestinationResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateObservabilityDestinationResponse = {
  readonly data: ObservabilityDestination
}

/**
 * The schema of {@link UpdateObservabilityDestinationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateObservabilityDestinationResponse: Schema.Schema<UpdateObservabilityDestinationResponse> = S.Struct({
  data: ObservabilityDestination
})

/**
 * List observability destinations: `GET /observability/destinations`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listObservabilityDestinations = Operation.make(
  {
    id: "listObservabilityDestinations",
    tag: "Observability",
    method: "GET",
    path: "/observability/destinations",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List observability destinations"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number),
      workspace_id: Schema.optional(Schema.String)
    }))
  }),
  ListObservabilityDestinationsResponse
)

/**
 * Create an observability destination: `POST /observability/destinations`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const createObservabilityDestination = Operation.make(
  {
    id: "createObservabilityDestination",
    tag: "Observability",
    method: "POST",
    path: "/observability/destinations",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Create an observability destination"
  },
  Schema.Struct({
    body: CreateObservabilityDestinationRequest
  }),
  CreateObservabilityDestinationResponse
)

/**
 * Delete an observability destination: `DELETE /observability/destinations/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const deleteObservabilityDestination = Operation.make(
  {
    id: "deleteObservabilityDestination",
    tag: "Observability",
    method: "DELETE",
    path: "/observability/destinations/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Delete an observability destination"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  DeleteObservabilityDestinationResponse
)

/**
 * Get an observability destination: `GET /observability/destinations/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getObservabilityDestination = Operation.make(
  {
    id: "getObservabilityDestination",
    tag: "Observability",
    method: "GET",
    path: "/observability/destinations/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get an observability destination"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  GetObservabilityDestinationResponse
)

/**
 * Update an observability destination: `PATCH /observability/destinations/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const updateObservabilityDestination = Operation.make(
  {
    id: "updateObservabilityDestination",
    tag: "Observability",
    method: "PATCH",
    path: "/observability/destinations/{id}",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Update an observability destination"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: UpdateObservabilityDestinationRequest
  }),
  UpdateObservabilityDestinationResponse
)
