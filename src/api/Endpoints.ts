/**
 * The `Endpoints` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { InputModality, InstructType, ModelArchitecture, ModelGroup, OutputModality, Parameter, PricingOverride, ProviderName, Quantization } from "./common.js"

/**
 * `EndpointStatus` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EndpointStatus = Schema.Union(Schema.Literal(0, -1, -2, -3, -5, -10), Schema.Number)

/**
 * The type of {@link EndpointStatus}.
 *
 * @since 0.1.0
 * @category models
 */
export type EndpointStatus = typeof EndpointStatus.Type

/**
 * Latency percentiles in milliseconds over the last 30 minutes.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PercentileStats = Schema.NullOr(tolerant(Schema.Struct({
  p50: Schema.Number,
  p75: Schema.Number,
  p90: Schema.Number,
  p99: Schema.Number
})))

/**
 * The type of {@link PercentileStats}.
 *
 * @since 0.1.0
 * @category models
 */
export type PercentileStats = typeof PercentileStats.Type

/**
 * Information about a specific model endpoint
 *
 * @since 0.1.0
 * @category schemas
 */
export const PublicEndpoint = tolerant(Schema.Struct({
  context_length: Schema.Number,
  latency_last_30m: PercentileStats,
  max_completion_tokens: Schema.NullOr(Schema.Number),
  max_prompt_tokens: Schema.NullOr(Schema.Number),
  model_id: Schema.String,
  model_name: Schema.String,
  name: Schema.String,
  pricing: tolerant(Schema.Struct({
    audio: Schema.optional(Schema.String),
    audio_output: Schema.optional(Schema.String),
    completion: Schema.String,
    discount: Schema.optional(Schema.Number),
    image: Schema.optional(Schema.String),
    image_output: Schema.optional(Schema.String),
    image_token: Schema.optional(Schema.String),
    input_audio_cache: Schema.optional(Schema.String),
    input_cache_read: Schema.optional(Schema.String),
    input_cache_write: Schema.optional(Schema.String),
    input_cache_write_1h: Schema.optional(Schema.String),
    internal_reasoning: Schema.optional(Schema.String),
    overrides: Schema.optional(Schema.Array(PricingOverride)),
    prompt: Schema.String,
    request: Schema.optional(Schema.String),
    web_search: Schema.optional(Schema.String)
  })),
  provider_name: ProviderName,
  quantization: Schema.NullOr(Quantization),
  status: Schema.optional(EndpointStatus),
  supported_parameters: Schema.Array(Parameter),
  supports_implicit_caching: Schema.Boolean,
  supports_voice_cloning: Schema.optional(Schema.Boolean),
  tag: Schema.String,
  throughput_last_30m: PercentileStats,
  uptime_last_1d: Schema.NullOr(Schema.Number),
  uptime_last_30m: Schema.NullOr(Schema.Number),
  uptime_last_5m: Schema.NullOr(Schema.Number)
}))

/**
 * The type of {@link PublicEndpoint}.
 *
 * @since 0.1.0
 * @category models
 */
export type PublicEndpoint = typeof PublicEndpoint.Type

/**
 * List of available endpoints for a model
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListEndpointsResponse = tolerant(Schema.Struct({
  architecture: tolerant(Schema.Struct({
    ...ModelArchitecture.fields,
    input_modalities: Schema.Array(InputModality),
    instruct_type: InstructType,
    modality: Schema.NullOr(Schema.String),
    output_modalities: Schema.Array(OutputModality),
    tokenizer: Schema.NullOr(ModelGroup)
  })),
  created: Schema.Number,
  description: Schema.String,
  endpoints: Schema.Array(PublicEndpoint),
  id: Schema.String,
  name: Schema.String
}))

/**
 * The type of {@link ListEndpointsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListEndpointsResponse = typeof ListEndpointsResponse.Type

/**
 * The response body of `listZdrEndpoints`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListZdrEndpointsResponse = tolerant(Schema.Struct({
  data: Schema.Array(PublicEndpoint)
}))

/**
 * The type of {@link ListZdrEndpointsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListZdrEndpointsResponse = typeof ListZdrEndpointsResponse.Type

/**
 * Preview the impact of ZDR on the available endpoints: `GET /endpoints/zdr`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listZdrEndpoints = Operation.make(
  {
    id: "listEndpointsZdr",
    tag: "Endpoints",
    method: "GET",
    path: "/endpoints/zdr",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Preview the impact of ZDR on the available endpoints"
  },
  Schema.Struct({}),
  ListZdrEndpointsResponse
)

/**
 * The response body of `listEndpoints`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListEndpointsResponseBody = tolerant(Schema.Struct({
  data: ListEndpointsResponse
}))

/**
 * The type of {@link ListEndpointsResponseBody}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListEndpointsResponseBody = typeof ListEndpointsResponseBody.Type

/**
 * List all endpoints for a model: `GET /models/{author}/{slug}/endpoints`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listEndpoints = Operation.make(
  {
    id: "listEndpoints",
    tag: "Endpoints",
    method: "GET",
    path: "/models/{author}/{slug}/endpoints",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List all endpoints for a model"
  },
  Schema.Struct({
    path: Schema.Struct({
      author: Schema.String,
      slug: Schema.String
    })
  }),
  ListEndpointsResponseBody
)
