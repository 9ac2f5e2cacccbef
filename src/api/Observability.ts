/**
 * The `Observability` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `ObservabilityFilterRuleGroup` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityFilterRuleGroup = tolerant(Schema.Struct({
  logic: Schema.optional(openLiteral("and", "or")),
  rules: Schema.Array(tolerant(Schema.Struct({
    field: openLiteral("model", "provider", "session_id", "user_id", "api_key_name", "finish_reason", "input", "output", "total_cost", "total_tokens", "prompt_tokens", "completion_tokens"),
    operator: openLiteral("equals", "not_equals", "contains", "not_contains", "regex", "starts_with", "ends_with", "gt", "lt", "gte", "lte", "exists", "not_exists"),
    value: Schema.optional(Schema.Union(
      Schema.String,
      Schema.Number
    ))
  })))
}))

/**
 * The type of {@link ObservabilityFilterRuleGroup}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityFilterRuleGroup = typeof ObservabilityFilterRuleGroup.Type

/**
 * Optional structured filter rules controlling which events are forwarded.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityFilterRulesConfigNullable = Schema.NullOr(tolerant(Schema.Struct({
  enabled: Schema.optional(Schema.Boolean),
  groups: Schema.Array(ObservabilityFilterRuleGroup)
})))

/**
 * The type of {@link ObservabilityFilterRulesConfigNullable}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityFilterRulesConfigNullable = typeof ObservabilityFilterRulesConfigNullable.Type

/**
 * `CreateObservabilityDestinationRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateObservabilityDestinationRequest = tolerant(Schema.Struct({
  api_key_hashes: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  broadcast_generation_cost: Schema.optional(Schema.Boolean),
  broadcast_generation_identity: Schema.optional(Schema.Boolean),
  broadcast_generation_request_context: Schema.optional(Schema.Boolean),
  config: JsonObject,
  enabled: Schema.optional(Schema.Boolean),
  filter_rules: Schema.optional(ObservabilityFilterRulesConfigNullable),
  name: Schema.String,
  privacy_mode: Schema.optional(Schema.Boolean),
  sampling_rate: Schema.optional(Schema.Number),
  type: openLiteral("arize", "braintrust", "clickhouse", "datadog", "grafana", "langfuse", "langsmith", "newrelic", "opik", "otel-collector", "posthog", "ramp", "s3", "sentry", "snowflake", "weave", "webhook"),
  workspace_id: Schema.optional(Schema.String)
}))

/**
 * The type of {@link CreateObservabilityDestinationRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateObservabilityDestinationRequest = typeof CreateObservabilityDestinationRequest.Type

/**
 * Optional structured filter rules controlling which events are forwarded.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityFilterRulesConfig = Schema.NullOr(tolerant(Schema.Struct({
  enabled: Schema.optional(Schema.Boolean),
  groups: Schema.Array(ObservabilityFilterRuleGroup)
})))

/**
 * The type of {@link ObservabilityFilterRulesConfig}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityFilterRulesConfig = typeof ObservabilityFilterRulesConfig.Type

/**
 * `ObservabilityArizeDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityArizeDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    apiKey: Schema.String,
    baseUrl: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    modelId: Schema.String,
    spaceKey: Schema.String
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("arize"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityArizeDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityArizeDestination = typeof ObservabilityArizeDestination.Type

/**
 * `ObservabilityBraintrustDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityBraintrustDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    apiKey: Schema.String,
    baseUrl: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    projectId: Schema.String
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("braintrust"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityBraintrustDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityBraintrustDestination = typeof ObservabilityBraintrustDestination.Type

/**
 * `ObservabilityClickhouseDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityClickhouseDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    database: Schema.String,
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    host: Schema.String,
    password: Schema.String,
    table: Schema.optional(Schema.String),
    username: Schema.String
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("clickhouse"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityClickhouseDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityClickhouseDestination = typeof ObservabilityClickhouseDestination.Type

/**
 * `ObservabilityDatadogDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityDatadogDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    apiKey: Schema.String,
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    mlApp: Schema.String,
    url: Schema.optional(Schema.String)
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("datadog"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityDatadogDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityDatadogDestination = typeof ObservabilityDatadogDestination.Type

/**
 * `ObservabilityGrafanaDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityGrafanaDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    apiKey: Schema.String,
    baseUrl: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    instanceId: Schema.String
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("grafana"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityGrafanaDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityGrafanaDestination = typeof ObservabilityGrafanaDestination.Type

/**
 * `ObservabilityLangfuseDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityLangfuseDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    baseUrl: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    publicKey: Schema.String,
    secretKey: Schema.String
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("langfuse"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityLangfuseDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityLangfuseDestination = typeof ObservabilityLangfuseDestination.Type

/**
 * `ObservabilityLangsmithDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityLangsmithDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    apiKey: Schema.String,
    endpoint: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    project: Schema.optional(Schema.String),
    workspaceId: Schema.optional(Schema.String)
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("langsmith"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityLangsmithDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityLangsmithDestination = typeof ObservabilityLangsmithDestination.Type

/**
 * `ObservabilityNewrelicDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityNewrelicDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    licenseKey: Schema.String,
    region: Schema.optional(openLiteral("us", "eu"))
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("newrelic"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityNewrelicDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityNewrelicDestination = typeof ObservabilityNewrelicDestination.Type

/**
 * `ObservabilityOpikDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityOpikDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    apiKey: Schema.String,
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    projectName: Schema.String,
    workspace: Schema.String
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("opik"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityOpikDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityOpikDestination = typeof ObservabilityOpikDestination.Type

/**
 * `ObservabilityOtelCollectorDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityOtelCollectorDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    endpoint: Schema.String,
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String }))
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("otel-collector"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityOtelCollectorDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityOtelCollectorDestination = typeof ObservabilityOtelCollectorDestination.Type

/**
 * `ObservabilityPosthogDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityPosthogDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    apiKey: Schema.String,
    endpoint: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String }))
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("posthog"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityPosthogDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityPosthogDestination = typeof ObservabilityPosthogDestination.Type

/**
 * `ObservabilityRampDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityRampDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    apiKey: Schema.String,
    baseUrl: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String }))
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("ramp"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityRampDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityRampDestination = typeof ObservabilityRampDestination.Type

/**
 * `ObservabilityS3Destination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityS3Destination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    accessKeyId: Schema.String,
    bucketName: Schema.String,
    endpoint: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    pathTemplate: Schema.optional(Schema.String),
    prefix: Schema.optional(Schema.String),
    region: Schema.optional(Schema.String),
    secretAccessKey: Schema.String,
    sessionToken: Schema.optional(Schema.String)
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("s3"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityS3Destination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityS3Destination = typeof ObservabilityS3Destination.Type

/**
 * `ObservabilitySentryDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilitySentryDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    dsn: Schema.String,
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    otlpEndpoint: Schema.String
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("sentry"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilitySentryDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilitySentryDestination = typeof ObservabilitySentryDestination.Type

/**
 * `ObservabilitySnowflakeDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilitySnowflakeDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    account: Schema.String,
    database: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    schema: Schema.optional(Schema.String),
    table: Schema.optional(Schema.String),
    token: Schema.String,
    warehouse: Schema.optional(Schema.String)
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("snowflake"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilitySnowflakeDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilitySnowflakeDestination = typeof ObservabilitySnowflakeDestination.Type

/**
 * `ObservabilityWeaveDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityWeaveDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    apiKey: Schema.String,
    baseUrl: Schema.optional(Schema.String),
    entity: Schema.String,
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    project: Schema.String
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("weave"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityWeaveDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityWeaveDestination = typeof ObservabilityWeaveDestination.Type

/**
 * `ObservabilityWebhookDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityWebhookDestination = tolerant(Schema.Struct({
  api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  broadcast_generation_cost: Schema.Boolean,
  broadcast_generation_identity: Schema.Boolean,
  broadcast_generation_request_context: Schema.Boolean,
  config: tolerant(Schema.Struct({
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    method: Schema.optional(openLiteral("POST", "PUT")),
    url: Schema.String
  })),
  created_at: Schema.String,
  enabled: Schema.Boolean,
  filter_rules: ObservabilityFilterRulesConfig,
  id: Schema.String,
  name: Schema.NullOr(Schema.String),
  privacy_mode: Schema.Boolean,
  sampling_rate: Schema.Number,
  type: Schema.Literal("webhook"),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ObservabilityWebhookDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityWebhookDestination = typeof ObservabilityWebhookDestination.Type

/**
 * `ObservabilityDestination` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ObservabilityDestination = Schema.Union(
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
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link ObservabilityDestination}.
 *
 * @since 0.1.0
 * @category models
 */
export type ObservabilityDestination = typeof ObservabilityDestination.Type

/**
 * `CreateObservabilityDestinationResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateObservabilityDestinationResponse = tolerant(Schema.Struct({
  data: ObservabilityDestination
}))

/**
 * The type of {@link CreateObservabilityDestinationResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateObservabilityDestinationResponse = typeof CreateObservabilityDestinationResponse.Type

/**
 * `DeleteObservabilityDestinationResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteObservabilityDestinationResponse = tolerant(Schema.Struct({
  deleted: Schema.Boolean
}))

/**
 * The type of {@link DeleteObservabilityDestinationResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteObservabilityDestinationResponse = typeof DeleteObservabilityDestinationResponse.Type

/**
 * `GetObservabilityDestinationResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetObservabilityDestinationResponse = tolerant(Schema.Struct({
  data: ObservabilityDestination
}))

/**
 * The type of {@link GetObservabilityDestinationResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetObservabilityDestinationResponse = typeof GetObservabilityDestinationResponse.Type

/**
 * `ListObservabilityDestinationsResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListObservabilityDestinationsResponse = tolerant(Schema.Struct({
  data: Schema.Array(ObservabilityDestination),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListObservabilityDestinationsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListObservabilityDestinationsResponse = typeof ListObservabilityDestinationsResponse.Type

/**
 * `UpdateObservabilityDestinationRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateObservabilityDestinationRequest = tolerant(Schema.Struct({
  api_key_hashes: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  broadcast_generation_cost: Schema.optional(Schema.Boolean),
  broadcast_generation_identity: Schema.optional(Schema.Boolean),
  broadcast_generation_request_context: Schema.optional(Schema.Boolean),
  config: Schema.optional(JsonObject),
  enabled: Schema.optional(Schema.Boolean),
  filter_rules: Schema.optional(ObservabilityFilterRulesConfigNullable),
  name: Schema.optional(Schema.String),
  privacy_mode: Schema.optional(Schema.Boolean),
  sampling_rate: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link UpdateObservabilityDestinationRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateObservabilityDestinationRequest = typeof UpdateObservabilityDestinationRequest.Type

/**
 * `UpdateObservabilityDestinationResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateObservabilityDestinationResponse = tolerant(Schema.Struct({
  data: ObservabilityDestination
}))

/**
 * The type of {@link UpdateObservabilityDestinationResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateObservabilityDestinationResponse = typeof UpdateObservabilityDestinationResponse.Type

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
