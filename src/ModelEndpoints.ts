/**
 * The providers that serve a model (`GET /models/{author}/{slug}/endpoints`) and the providers
 * OpenRouter routes to (`GET /providers`): wire schemas (tolerant) and domain values with exact
 * per-provider prices, context length, maximum output, supported parameters, quantization,
 * status, uptime, latency and throughput.
 *
 * The helpers at the end apply a request's provider routing (`provider.only`, `ignore`, `order`,
 * `allow_fallbacks`, `quantizations`) to a model's endpoints and turn an endpoint into a catalogue
 * `Model` priced and limited like that provider — what `ModelRegistry` (estimates and pre-send
 * checks of a routed request) and `EndpointSelection` (the cheapest model *and provider*) build on.
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as ProvidersApi from "./api/Providers.js"
import * as Schema from "effect/Schema"
import { openLiteral, optionalNullable, tolerant } from "./internal/schema.js"
import { type Model, ModelArchitecture, ModelPricing, type Pricing, pricingOf } from "./Model.js"
import { amount, type Amount } from "./Money.js"
import * as Operation from "./Operation.js"

// =============================================================================
// Wire schemas
// =============================================================================

/**
 * Percentiles of a measure over the last 30 minutes (`null` when unauthenticated).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PercentileStats = tolerant(
  Schema.Struct({
    p50: Schema.Number,
    p75: Schema.Number,
    p90: Schema.Number,
    p99: Schema.Number
  }),
  { identifier: "PercentileStats" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type PercentileStats = typeof PercentileStats.Type

/**
 * An endpoint's quantization (open: unknown values kept).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Quantization = openLiteral(
  "int4",
  "int8",
  "fp4",
  "mxfp4",
  "nvfp4",
  "fp6",
  "fp8",
  "mxfp8",
  "fp16",
  "bf16",
  "fp32",
  "unknown"
)

/**
 * One provider serving a model (`PublicEndpoint`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const PublicEndpoint = tolerant(
  Schema.Struct({
    name: Schema.String,
    model_id: Schema.optional(Schema.String),
    model_name: Schema.optional(Schema.String),
    /** Maximum context length of this endpoint, in tokens. */
    context_length: optionalNullable(Schema.Number),
    max_completion_tokens: optionalNullable(Schema.Number),
    max_prompt_tokens: optionalNullable(Schema.Number),
    /** USD per unit, decimal strings (same shape as the catalogue's). */
    pricing: ModelPricing,
    provider_name: Schema.String,
    /** The slug `provider.only` / `order` / `ignore` accept (`deepinfra/fp8`). */
    tag: Schema.String,
    quantization: optionalNullable(Quantization),
    /** 0 healthy; negative values degraded or down. */
    status: optionalNullable(Schema.Number),
    supported_parameters: optionalNullable(Schema.Array(Schema.String)),
    supports_implicit_caching: optionalNullable(Schema.Boolean),
    supports_voice_cloning: optionalNullable(Schema.Boolean),
    uptime_last_5m: optionalNullable(Schema.Number),
    uptime_last_30m: optionalNullable(Schema.Number),
    uptime_last_1d: optionalNullable(Schema.Number),
    latency_last_30m: optionalNullable(PercentileStats),
    throughput_last_30m: optionalNullable(PercentileStats)
  }),
  { identifier: "PublicEndpoint" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type PublicEndpoint = typeof PublicEndpoint.Type

/**
 * The `data` of `GET /models/{author}/{slug}/endpoints`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EndpointsData = tolerant(
  Schema.Struct({
    id: Schema.String,
    name: Schema.String,
    created: optionalNullable(Schema.Number),
    description: optionalNullable(Schema.String),
    architecture: optionalNullable(ModelArchitecture),
    endpoints: Schema.Array(PublicEndpoint)
  }),
  { identifier: "EndpointsData" }
)

/**
 * `GET /models/{author}/{slug}/endpoints`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EndpointsResponse = tolerant(Schema.Struct({ data: EndpointsData }), { identifier: "EndpointsResponse" })

/**
 * @since 0.1.0
 * @category models
 */
export type EndpointsResponse = typeof EndpointsResponse.Type

/**
 * `GET /providers` (the generated `Api.Providers.ListProvidersResponse`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProvidersResponse = ProvidersApi.ListProvidersResponse

/**
 * @since 0.1.0
 * @category models
 */
export type ProvidersResponse = ProvidersApi.ListProvidersResponse

/**
 * One provider of `GET /providers`.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderWire = ProvidersResponse["data"][number]

// =============================================================================
// Operations
// =============================================================================

/**
 * `GET /models/{author}/{slug}/endpoints` (not metered).
 *
 * @since 0.1.0
 * @category operations
 */
export const listEndpoints: Operation.Operation<
  { readonly path: { readonly author: string; readonly slug: string } },
  EndpointsResponse
> = Operation.make(
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
  Schema.Struct({ path: Schema.Struct({ author: Schema.NonEmptyString, slug: Schema.NonEmptyString }) }),
  EndpointsResponse
)

/**
 * `GET /providers` (not metered; the generated operation).
 *
 * @since 0.1.0
 * @category operations
 */
export const listProviders: Operation.Operation<{}, ProvidersResponse> = ProvidersApi.listProviders

/**
 * The path parameters of a model id (`author/slug`, variants such as `:free` kept in the slug);
 * `undefined` for an id without an author.
 *
 * @since 0.1.0
 * @category utils
 */
export const pathOf = (modelId: string): { readonly author: string; readonly slug: string } | undefined => {
  const id = modelId.trim()
  const slash = id.indexOf("/")
  if (slash <= 0 || slash === id.length - 1) return undefined
  return { author: id.slice(0, slash), slug: id.slice(slash + 1) }
}

// =============================================================================
// Domain values
// =============================================================================

/**
 * Uptime percentages (0–100) over three windows.
 *
 * @since 0.1.0
 * @category models
 */
export interface Uptime {
  readonly last5m: number | undefined
  readonly last30m: number | undefined
  readonly last1d: number | undefined
}

/**
 * One provider serving a model.
 *
 * @since 0.1.0
 * @category models
 */
export interface Endpoint {
  readonly modelId: string
  /** `provider_name`, e.g. `DeepInfra`. */
  readonly provider: string
  /** The routing slug (`deepinfra/fp8`): what `provider.only` / `order` / `ignore` take. */
  readonly tag: string
  readonly name: string
  readonly contextLength: number | undefined
  readonly maxCompletionTokens: number | undefined
  readonly maxPromptTokens: number | undefined
  /** Exact prices in pico-USD per unit; `undefined` when the endpoint's price is unusable. */
  readonly pricing: Pricing | undefined
  /** Prompt price per million tokens, exact. */
  readonly promptPerMillion: Amount | undefined
  /** Completion price per million tokens, exact. */
  readonly completionPerMillion: Amount | undefined
  readonly supportedParameters: ReadonlyArray<string>
  readonly quantization: string | undefined
  /** 0 healthy; negative values degraded or down; `undefined` when not listed. */
  readonly status: number | undefined
  readonly uptime: Uptime
  /** Time to first token percentiles, ms. */
  readonly latency: PercentileStats | undefined
  /** Output tokens per second percentiles. */
  readonly throughput: PercentileStats | undefined
  readonly supportsImplicitCaching: boolean | undefined
  /** The wire endpoint as received (unknown fields included). */
  readonly raw: PublicEndpoint
}

/**
 * What `OpenRouter.endpoints(model)` returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface EndpointsResult {
  readonly id: string
  readonly name: string
  readonly endpoints: ReadonlyArray<Endpoint>
  readonly raw: EndpointsResponse
}

/**
 * One provider OpenRouter routes to.
 *
 * @since 0.1.0
 * @category models
 */
export interface Provider {
  readonly name: string
  readonly slug: string
  readonly headquarters: string | undefined
  readonly datacenters: ReadonlyArray<string>
  readonly privacyPolicyUrl: string | undefined
  readonly termsOfServiceUrl: string | undefined
  readonly statusPageUrl: string | undefined
  readonly raw: ProviderWire
}

const u = <A>(value: A | null | undefined): A | undefined => value ?? undefined
const MILLION = 1_000_000n

/**
 * The endpoint seen as a catalogue entry of its model (`pricing` and limits of this provider),
 * for the registry's arithmetic.
 */
const endpointAsModelShape = (endpoint: PublicEndpoint, modelId: string): Model => ({
  id: modelId,
  name: endpoint.name,
  pricing: endpoint.pricing,
  context_length: endpoint.context_length,
  supported_parameters: endpoint.supported_parameters ?? undefined
})

/**
 * The domain value of a wire endpoint.
 *
 * @since 0.1.0
 * @category constructors
 */
export const endpoint = (wire: PublicEndpoint, modelId: string = wire.model_id ?? ""): Endpoint => {
  const pricing = Option.getOrUndefined(pricingOf(endpointAsModelShape(wire, modelId)))
  return {
    modelId,
    provider: wire.provider_name,
    tag: wire.tag,
    name: wire.name,
    contextLength: u(wire.context_length),
    maxCompletionTokens: u(wire.max_completion_tokens),
    maxPromptTokens: u(wire.max_prompt_tokens),
    pricing,
    promptPerMillion: pricing === undefined ? undefined : amount(pricing.promptPicosPerToken * MILLION),
    completionPerMillion: pricing === undefined ? undefined : amount(pricing.completionPicosPerToken * MILLION),
    supportedParameters: wire.supported_parameters ?? [],
    quantization: u(wire.quantization),
    status: u(wire.status),
    uptime: { last5m: u(wire.uptime_last_5m), last30m: u(wire.uptime_last_30m), last1d: u(wire.uptime_last_1d) },
    latency: u(wire.latency_last_30m),
    throughput: u(wire.throughput_last_30m),
    supportsImplicitCaching: u(wire.supports_implicit_caching),
    raw: wire
  }
}

/**
 * The domain value of a `GET /models/{author}/{slug}/endpoints` response.
 *
 * @since 0.1.0
 * @category constructors
 */
export const endpointsResult = (response: EndpointsResponse): EndpointsResult => ({
  id: response.data.id,
  name: response.data.name,
  endpoints: response.data.endpoints.map((e) => endpoint(e, e.model_id ?? response.data.id)),
  raw: response
})

/**
 * The domain value of a `GET /providers` entry.
 *
 * @since 0.1.0
 * @category constructors
 */
export const provider = (wire: ProviderWire): Provider => ({
  name: wire.name,
  slug: wire.slug,
  headquarters: u(wire.headquarters),
  datacenters: wire.datacenters ?? [],
  privacyPolicyUrl: u(wire.privacy_policy_url),
  termsOfServiceUrl: u(wire.terms_of_service_url),
  statusPageUrl: u(wire.status_page_url),
  raw: wire
})

// =============================================================================
// Provider routing
// =============================================================================

/**
 * The routing fields of a request's `provider` object that choose among a model's endpoints.
 *
 * @since 0.1.0
 * @category models
 */
export interface Routing {
  readonly only?: ReadonlyArray<string> | null | undefined
  readonly ignore?: ReadonlyArray<string> | null | undefined
  readonly order?: ReadonlyArray<string> | null | undefined
  readonly allow_fallbacks?: boolean | null | undefined
  readonly quantizations?: ReadonlyArray<string> | null | undefined
  readonly require_parameters?: boolean | null | undefined
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const strings = (value: unknown): ReadonlyArray<string> | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined

/**
 * The routing of a request (its `provider` field), when it restricts or orders the endpoints
 * (`only`, `ignore`, `order` or `quantizations` non-empty); `undefined` otherwise.
 *
 * @since 0.1.0
 * @category routing
 */
export const routingOf = (request: unknown): Routing | undefined => {
  const p = isRecord(request) ? request["provider"] : undefined
  if (!isRecord(p)) return undefined
  const routing: Routing = {
    only: strings(p["only"]),
    ignore: strings(p["ignore"]),
    order: strings(p["order"]),
    quantizations: strings(p["quantizations"]),
    allow_fallbacks: typeof p["allow_fallbacks"] === "boolean" ? p["allow_fallbacks"] : undefined,
    require_parameters: typeof p["require_parameters"] === "boolean" ? p["require_parameters"] : undefined
  }
  const some = (xs: ReadonlyArray<string> | null | undefined) => xs !== undefined && xs !== null && xs.length > 0
  return some(routing.only) || some(routing.ignore) || some(routing.order) || some(routing.quantizations)
    ? routing
    : undefined
}

const slugify = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")

/**
 * Whether an endpoint answers to a provider slug or name of a routing list: its `tag`
 * (`deepinfra/fp8`), the tag's provider part (`deepinfra`), or its provider name (`DeepInfra`),
 * case-insensitive.
 *
 * @since 0.1.0
 * @category routing
 */
export const matchesProvider = (endpoint: Endpoint, name: string): boolean => {
  const wanted = name.trim().toLowerCase()
  const tag = endpoint.tag.toLowerCase()
  return tag === wanted || tag.split("/")[0] === wanted || endpoint.provider.toLowerCase() === wanted ||
    slugify(endpoint.provider) === wanted
}

/**
 * The endpoints a routing allows, in routing order: `only` keeps the named ones, `ignore` drops
 * some, `quantizations` keeps those whose quantization is listed (or unknown), and `order`
 * puts the named ones first (and, with `allow_fallbacks: false`, keeps only them).
 *
 * @since 0.1.0
 * @category routing
 */
export const allowedEndpoints = (
  endpoints: ReadonlyArray<Endpoint>,
  routing: Routing | undefined
): ReadonlyArray<Endpoint> => {
  if (routing === undefined) return endpoints
  const only = routing.only ?? []
  const ignore = routing.ignore ?? []
  const quantizations = (routing.quantizations ?? []).map((q) => q.toLowerCase())
  const order = routing.order ?? []
  const kept = endpoints.filter((e) =>
    (only.length === 0 || only.some((n) => matchesProvider(e, n))) &&
    !ignore.some((n) => matchesProvider(e, n)) &&
    (quantizations.length === 0 || e.quantization === undefined || quantizations.includes(e.quantization.toLowerCase()))
  )
  if (order.length === 0) return kept
  const rank = (e: Endpoint) => {
    const i = order.findIndex((n) => matchesProvider(e, n))
    return i < 0 ? order.length : i
  }
  const sorted = [...kept].sort((a, b) => rank(a) - rank(b))
  return routing.allow_fallbacks === false ? sorted.filter((e) => rank(e) < order.length) : sorted
}

/**
 * The endpoint a routing picks first, when it picks one: the single allowed endpoint, or the
 * first of `order` with `allow_fallbacks: false`. `undefined` when OpenRouter may serve the
 * request from one of several endpoints.
 *
 * @since 0.1.0
 * @category routing
 */
export const chosenEndpoint = (
  endpoints: ReadonlyArray<Endpoint>,
  routing: Routing | undefined
): Endpoint | undefined => {
  const allowed = allowedEndpoints(endpoints, routing)
  if (allowed.length === 1) return allowed[0]
  if (routing?.allow_fallbacks === false && (routing.order ?? []).length > 0) return allowed[0]
  return undefined
}

/**
 * A catalogue model as served by one endpoint: that provider's prices, context length, maximum
 * output and supported parameters (everything else as the catalogue lists it).
 *
 * @since 0.1.0
 * @category routing
 */
export const routedModel = (model: Model, endpoint: Endpoint): Model => {
  const wire = endpoint.raw
  return {
    ...model,
    pricing: wire.pricing,
    context_length: wire.context_length ?? model.context_length,
    top_provider: {
      ...model.top_provider,
      context_length: wire.context_length ?? model.top_provider?.context_length,
      max_completion_tokens: wire.max_completion_tokens ?? model.top_provider?.max_completion_tokens
    },
    supported_parameters: wire.supported_parameters ?? model.supported_parameters
  }
}
