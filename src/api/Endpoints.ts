/**
 * The `Endpoints` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"
import {
  InputModality,
  InstructType,
  ModelGroup,
  OutputModality,
  Parameter,
  PricingOverride,
  ProviderName,
  Quantization
} from "./common.js"

/**
 * `EndpointStatus` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type EndpointStatus = number

/**
 * The schema of {@link EndpointStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EndpointStatus: Schema.Schema<EndpointStatus> = S.NumberEnum(0, -1, -2, -3, -5, -10)

/**
 * Latency percentiles in milliseconds over the last 30 minutes.
 *
 * @since 0.1.0
 * @category models
 */
export type PercentileStats = {
  readonly p50: number
  readonly p75: number
  readonly p90: number
  readonly p99: number
} | null

/**
 * The schema of {@link PercentileStats}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PercentileStats: Schema.Schema<PercentileStats> = S.NullOr(S.Struct({
  p50: S.Number,
  p75: S.Number,
  p90: S.Number,
  p99: S.Number
}))

/**
 * Information about a specific model endpoint
 *
 * @since 0.1.0
 * @category models
 */
export type PublicEndpoint = {
  readonly context_length: number
  readonly latency_last_30m?: PercentileStats | undefined
  readonly max_completion_tokens?: number | null | undefined
  readonly max_prompt_tokens?: number | null | undefined
  readonly model_id: string
  readonly model_name: string
  readonly name: string
  readonly pricing: {
    readonly audio?: string | undefined
    readonly audio_output?: string | undefined
    readonly completion: string
    readonly discount?: number | undefined
    readonly image?: string | undefined
    readonly image_output?: string | undefined
    readonly image_token?: string | undefined
    readonly input_audio_cache?: string | undefined
    readonly input_cache_read?: string | undefined
    readonly input_cache_write?: string | undefined
    readonly input_cache_write_1h?: string | undefined
    readonly internal_reasoning?: string | undefined
    readonly overrides?: ReadonlyArray<PricingOverride> | undefined
    readonly prompt: string
    readonly request?: string | undefined
    readonly web_search?: string | undefined
  }
  readonly provider_name: ProviderName
  readonly quantization?: Quantization | null | undefined
  readonly status?: EndpointStatus | undefined
  readonly supported_parameters: ReadonlyArray<Parameter>
  readonly supports_implicit_caching: boolean
  readonly supports_voice_cloning?: boolean | undefined
  readonly tag: string
  readonly throughput_last_30m: PercentileStats
  readonly uptime_last_1d?: number | null | undefined
  readonly uptime_last_30m?: number | null | undefined
  readonly uptime_last_5m?: number | null | undefined
}

/**
 * The schema of {@link PublicEndpoint}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PublicEndpoint: Schema.Schema<PublicEndpoint> = S.Struct({
  context_length: S.Number,
  latency_last_30m: S.optional(PercentileStats),
  max_completion_tokens: S.optional(S.NullOr(S.Number)),
  max_prompt_tokens: S.optional(S.NullOr(S.Number)),
  model_id: S.String,
  model_name: S.String,
  name: S.String,
  pricing: S.Struct({
    audio: S.optional(S.String),
    audio_output: S.optional(S.String),
    completion: S.String,
    discount: S.optional(S.Number),
    image: S.optional(S.String),
    image_output: S.optional(S.String),
    image_token: S.optional(S.String),
    input_audio_cache: S.optional(S.String),
    input_cache_read: S.optional(S.String),
    input_cache_write: S.optional(S.String),
    input_cache_write_1h: S.optional(S.String),
    internal_reasoning: S.optional(S.String),
    overrides: S.optional(S.Array(PricingOverride)),
    prompt: S.String,
    request: S.optional(S.String),
    web_search: S.optional(S.String)
  }),
  provider_name: ProviderName,
  quantization: S.optional(S.NullOr(Quantization)),
  status: S.optional(EndpointStatus),
  supported_parameters: S.Array(Parameter),
  supports_implicit_caching: S.Boolean,
  supports_voice_cloning: S.optional(S.Boolean),
  tag: S.String,
  throughput_last_30m: PercentileStats,
  uptime_last_1d: S.optional(S.NullOr(S.Number)),
  uptime_last_30m: S.optional(S.NullOr(S.Number)),
  uptime_last_5m: S.optional(S.NullOr(S.Number))
})

/**
 * List of available endpoints for a model
 *
 * @since 0.1.0
 * @category models
 */
export type ListEndpointsResponse = {
  readonly architecture: {
    readonly input_modalities: ReadonlyArray<InputModality>
    readonly instruct_type?: InstructType | undefined
    readonly modality?: string | null | undefined
    readonly output_modalities: ReadonlyArray<OutputModality>
    readonly tokenizer?: ModelGroup | null | undefined
  }
  readonly created: number
  readonly description: string
  readonly endpoints: ReadonlyArray<PublicEndpoint>
  readonly id: string
  readonly name: string
}

/**
 * The schema of {@link ListEndpointsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListEndpointsResponse: Schema.Schema<ListEndpointsResponse> = S.Struct({
  architecture: S.Struct({
    input_modalities: S.Array(InputModality),
    instruct_type: S.optional(InstructType),
    modality: S.optional(S.NullOr(S.String)),
    output_modalities: S.Array(OutputModality),
    tokenizer: S.optional(S.NullOr(ModelGroup))
  }),
  created: S.Number,
  description: S.String,
  endpoints: S.Array(PublicEndpoint),
  id: S.String,
  name: S.String
})

/**
 * The response body of `listZdrEndpoints`.
 *
 * @since 0.1.0
 * @category models
 */
export type ListZdrEndpointsResponse = {
  readonly data: ReadonlyArray<PublicEndpoint>
}

/**
 * The schema of {@link ListZdrEndpointsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListZdrEndpointsResponse: Schema.Schema<ListZdrEndpointsResponse> = S.Struct({
  data: S.Array(PublicEndpoint)
})

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
 * @category models
 */
export type ListEndpointsResponseBody = {
  readonly data: ListEndpointsResponse
}

/**
 * The schema of {@link ListEndpointsResponseBody}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListEndpointsResponseBody: Schema.Schema<ListEndpointsResponseBody> = S.Struct({
  data: ListEndpointsResponse
})

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
