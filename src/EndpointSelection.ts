/**
 * The cheapest model **and provider** that fits: `ModelSelection`'s ranking run over every
 * (model, endpoint) pair, each priced and limited like that provider (its prices, context length,
 * maximum output and supported parameters, from `GET /models/{author}/{slug}/endpoints` through
 * the registry's cache).
 *
 * Only models that pass the criteria that do not depend on the provider (capabilities,
 * modalities, authors, excluded ids) have their endpoints fetched: one cached request per such
 * model. A model whose endpoints cannot be fetched is ranked at its catalogue values (its
 * candidate has no `endpoint`).
 *
 * ```ts
 * const plan = yield* EndpointSelection.plan(request, { routing: { ignore: ["slowcloud"] }, minUptime: 99 })
 * yield* openrouter.chat({ ...request, model: plan.model, provider: plan.provider }, { fallback: plan.fallback })
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Fallback from "./Fallback.js"
import type { Model } from "./Model.js"
import * as ModelEndpoints from "./ModelEndpoints.js"
import * as ModelRegistry from "./ModelRegistry.js"
import * as ModelSelection from "./ModelSelection.js"
import { type InvalidRequestError, ModelNotFoundError, type OpenRouterError } from "./OpenRouterError.js"

/**
 * What a (model, endpoint) pair must satisfy: `ModelSelection`'s criteria, checked against the
 * endpoint's values, plus the provider routing and health.
 *
 * @since 0.1.0
 * @category models
 */
export interface Criteria extends ModelSelection.Criteria {
  /** Which endpoints may serve (`only`, `ignore`, `quantizations`…); default the request's `provider`. */
  readonly routing?: ModelEndpoints.Routing | undefined
  /** Uptime over the last day (else the last 30 minutes) of at least this many percent. */
  readonly minUptime?: number | undefined
  /** Leave out endpoints whose status is below 0 (degraded or down). Default `true`. */
  readonly healthyOnly?: boolean | undefined
}

/**
 * Why a (model, endpoint) pair was not a candidate.
 *
 * @since 0.1.0
 * @category models
 */
export type Exclusion =
  | ModelSelection.Exclusion
  | { readonly _tag: "ProviderNotAllowed"; readonly tag: string }
  | { readonly _tag: "UptimeTooLow"; readonly uptime: number | undefined; readonly min: number }
  | { readonly _tag: "Unhealthy"; readonly status: number }

/**
 * A (model, endpoint) pair that fits, with the estimate of this request on it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Candidate extends ModelSelection.Candidate {
  /** The provider priced; `undefined` when the model's endpoints could not be fetched. */
  readonly endpoint: ModelEndpoints.Endpoint | undefined
}

/**
 * A (model, endpoint) pair that does not fit, and why.
 *
 * @since 0.1.0
 * @category models
 */
export interface Excluded {
  readonly id: string
  readonly endpoint: ModelEndpoints.Endpoint | undefined
  readonly reasons: readonly [Exclusion, ...Array<Exclusion>]
}

/**
 * The outcome of a ranking.
 *
 * @since 0.1.0
 * @category models
 */
export interface Selection {
  readonly promptTokens: number
  readonly outputTokens: number
  /** Cheapest first (ties: lower id, then lower tag). */
  readonly candidates: ReadonlyArray<Candidate>
  readonly excluded: ReadonlyArray<Excluded>
}

const PRICE_REASONS = new Set(["PriceAboveCap", "CostAboveCap", "Free", "Unpriced", "ContextTooSmall", "OutputLimitTooSmall", "MissingParameter"])

/** Criteria that do not depend on the provider (the pre-filter before endpoints are fetched). */
const providerIndependent = (criteria: Criteria): ModelSelection.Criteria => ({
  ...criteria,
  maxCost: undefined,
  maxPromptPricePerMillion: undefined,
  maxCompletionPricePerMillion: undefined,
  excludeFree: undefined,
  minContext: undefined,
  supportedParameters: undefined
})

/**
 * Ranks (model, endpoint) pairs for a request (no fetch): `endpoints` maps a model id to its
 * endpoints (absent: the model is ranked at its catalogue values).
 *
 * @since 0.1.0
 * @category ranking
 */
export const rankWith = (
  models: ReadonlyArray<Model>,
  endpoints: ReadonlyMap<string, ReadonlyArray<ModelEndpoints.Endpoint>>,
  request: ModelSelection.Request,
  criteria: Criteria = {}
): Either.Either<Selection, InvalidRequestError> =>
  Either.gen(function*() {
    const routing = criteria.routing ?? ModelEndpoints.routingOf(request)
    const healthyOnly = criteria.healthyOnly ?? true
    const pairs: Array<Model> = []
    const endpointOf = new Map<Model, ModelEndpoints.Endpoint>()
    const excluded: Array<Excluded> = []
    for (const model of models) {
      const list = endpoints.get(model.id)
      if (list === undefined || list.length === 0) {
        pairs.push(model)
        continue
      }
      const allowed = new Set(ModelEndpoints.allowedEndpoints(list, routing))
      for (const endpoint of list) {
        const reasons: Array<Exclusion> = []
        if (!allowed.has(endpoint)) reasons.push({ _tag: "ProviderNotAllowed", tag: endpoint.tag })
        if (healthyOnly && endpoint.status !== undefined && endpoint.status < 0) {
          reasons.push({ _tag: "Unhealthy", status: endpoint.status })
        }
        const uptime = endpoint.uptime.last1d ?? endpoint.uptime.last30m
        if (criteria.minUptime !== undefined && (uptime === undefined || uptime < criteria.minUptime)) {
          reasons.push({ _tag: "UptimeTooLow", uptime, min: criteria.minUptime })
        }
        const [first, ...rest] = reasons
        if (first !== undefined) {
          excluded.push({ id: model.id, endpoint, reasons: [first, ...rest] })
          continue
        }
        const routed = ModelEndpoints.routedModel(model, endpoint)
        endpointOf.set(routed, endpoint)
        pairs.push(routed)
      }
    }
    const ranked = yield* ModelSelection.rankModels(pairs, request, criteria)
    const candidates: Array<Candidate> = ranked.candidates.map((c) => ({ ...c, endpoint: endpointOf.get(c.model) }))
    candidates.sort((a, b) =>
      a.picos < b.picos ? -1 : a.picos > b.picos ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 :
      (a.endpoint?.tag ?? "") < (b.endpoint?.tag ?? "") ? -1 : (a.endpoint?.tag ?? "") > (b.endpoint?.tag ?? "") ? 1 : 0
    )
    for (const e of ranked.excluded) excluded.push({ id: e.id, endpoint: endpointOf.get(e.model), reasons: e.reasons })
    return { promptTokens: ranked.promptTokens, outputTokens: ranked.outputTokens, candidates, excluded }
  })

/**
 * Ranks the registry's catalogue per endpoint: the models that pass the provider-independent
 * criteria have their endpoints fetched (through the registry's cache, 4 at a time), and every
 * (model, endpoint) pair is ranked at that provider's prices and limits.
 *
 * @since 0.1.0
 * @category ranking
 */
export const rank = (
  request: ModelSelection.Request,
  criteria: Criteria = {}
): Effect.Effect<Selection, OpenRouterError, ModelRegistry.ModelRegistry> =>
  Effect.gen(function*() {
    const registry = yield* ModelRegistry.ModelRegistry
    const models = yield* registry.models
    const first = yield* ModelSelection.rankModels(models, request, providerIndependent(criteria))
    const worth = new Set([
      ...first.candidates.map((c) => c.id),
      ...first.excluded.filter((e) => e.reasons.every((r) => PRICE_REASONS.has(r._tag))).map((e) => e.id)
    ])
    const shortlisted = models.filter((m) => worth.has(m.id))
    const fetched = yield* Effect.forEach(
      shortlisted,
      (m) => Effect.map(Effect.option(registry.endpoints(m.id)), (eps) => [m.id, eps] as const),
      { concurrency: 4 }
    )
    const endpoints = new Map<string, ReadonlyArray<ModelEndpoints.Endpoint>>()
    for (const [id, eps] of fetched) if (eps._tag === "Some") endpoints.set(id, eps.value)
    return yield* rankWith(shortlisted, endpoints, request, criteria)
  })

/**
 * The model and provider to send, and the fallback options for the other models.
 *
 * @since 0.1.0
 * @category models
 */
export interface Plan {
  readonly model: string
  /**
   * The request's `provider` for the chosen model: its fitting endpoints in price order
   * (`order`). `allow_fallbacks` stays `true`, so the fallback models (other providers) and
   * OpenRouter's own provider fallback still work; set it `false` to pin the price.
   */
  readonly provider: { readonly order: ReadonlyArray<string>; readonly allow_fallbacks: boolean }
  /** For `CallOptions.fallback`: the next cheapest other models. */
  readonly fallback: Partial<Fallback.Options>
  readonly selection: Selection
}

/**
 * Ranks per endpoint and plans the call: the cheapest pair's model, its fitting providers
 * cheapest first, and up to `maxCandidates - 1` other models to fall back to. Fails with
 * `ModelNotFoundError` when no pair fits.
 *
 * @since 0.1.0
 * @category constructors
 */
export const plan = (
  request: ModelSelection.Request,
  criteria: Criteria & ModelSelection.PlanOptions = {}
): Effect.Effect<Plan, OpenRouterError, ModelRegistry.ModelRegistry> =>
  Effect.flatMap(rank(request, criteria), (selection) => {
    const best = selection.candidates[0]
    if (best === undefined) {
      return Effect.fail(
        new ModelNotFoundError({
          message: `no (model, provider) pair fits the selection (${selection.excluded.length} excluded)`,
          model: request.model ?? ModelSelection.AUTO
        })
      )
    }
    const order: Array<string> = []
    for (const c of selection.candidates) {
      if (c.id === best.id && c.endpoint !== undefined && !order.includes(c.endpoint.tag)) order.push(c.endpoint.tag)
    }
    const others: Array<string> = []
    const limit = Math.max(1, Math.floor(criteria.maxCandidates ?? 3))
    for (const c of selection.candidates) {
      if (c.id !== best.id && !others.includes(c.id) && others.length < limit - 1) others.push(c.id)
    }
    return Effect.succeed({
      model: best.id,
      provider: { order, allow_fallbacks: true },
      fallback: { models: others, contextLength: others, contentPolicy: [], serverSide: false },
      selection
    })
  })
