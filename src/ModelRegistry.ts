/**
 * The models catalogue (`GET /models`) cached in memory, with exact prices, capability filters,
 * prompt-token and cost estimates, and the pre-send checks (unknown model, context overflow,
 * unsupported parameter) that refuse a request before any HTTP call.
 *
 * **Caching.** The list is fetched through the injected `fetch` effect and kept for `ttl`
 * (default 1 hour, measured on the Effect `Clock`, so `TestClock` drives it):
 *
 * - the first callers (any number, concurrently) share **one** fetch;
 * - after the TTL the stale list is served **immediately** and one refresh runs in the background
 *   (stale-while-revalidate);
 * - a failed refresh keeps serving the stale list, and the next refresh is tried only after
 *   `retryAfterFailure` (default 30 s) so an outage does not turn every call into a fetch;
 * - with no list at all, a failed fetch fails the callers waiting on it and the next call tries
 *   again.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
import {
  contextLength,
  inputModalities,
  outputModalities,
  priceOrUndefined,
  supportedParameters
} from "./internal/registryPricing.js"
import { checkRouted, makeEndpointsCache, routedForEstimate } from "./internal/registryEndpoints.js"
import { countImages, estimatePromptTokens, MEDIA_PART_TOKENS, textTokens } from "./internal/registryTokens.js"
import { webSearchCost } from "./internal/registryWebSearch.js"
import type { Model } from "./Model.js"
import * as ModelModule from "./Model.js"
import * as ModelEndpoints from "./ModelEndpoints.js"
import * as ModelId from "./ModelId.js"
import { parseUsd, picosToMicrosCeil } from "./Money.js"
import {
  ContextLengthError,
  InvalidRequestError,
  ModelNotFoundError,
  type OpenRouterError
} from "./OpenRouterError.js"

// =============================================================================
// Models
// =============================================================================

/**
 * Exact prices of a model in pico-USD (10^-12 USD) per unit (defined in `Model`).
 *
 * @since 0.1.0
 * @category models
 */
export type Pricing = ModelModule.Pricing

/**
 * Capabilities `list` can filter on (defined in `Model`; see `Model.Capability`).
 *
 * @since 0.1.0
 * @category models
 */
export type Capability = ModelModule.Capability

/**
 * Filter for `list`. Every given criterion must hold (AND).
 *
 * @since 0.1.0
 * @category models
 */
export interface Filter {
  /** Every capability listed. */
  readonly capabilities?: ReadonlyArray<Capability> | undefined
  /** Every input modality listed (`text`, `image`, `file`, `audio`, `video`). */
  readonly inputModalities?: ReadonlyArray<string> | undefined
  /** Every output modality listed. */
  readonly outputModalities?: ReadonlyArray<string> | undefined
  /** Every request parameter listed appears in `supported_parameters`. */
  readonly supportedParameters?: ReadonlyArray<string> | undefined
  /** Prompt price at most this, in USD per token (decimal string or number; compared exactly). */
  readonly maxPromptPrice?: number | string | undefined
  /** Completion price at most this, in USD per token (compared exactly). */
  readonly maxCompletionPrice?: number | string | undefined
  /** Context window of at least this many tokens. */
  readonly minContext?: number | undefined
  /** Only models whose prompt, completion and request prices are all zero. */
  readonly freeOnly?: boolean | undefined
}

/**
 * The part of a chat request the estimates and checks read. `ChatRequest` fits it.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestShape {
  readonly model?: string | undefined
  /** Server-side alternatives: the estimate takes the most expensive of `model` and these. */
  readonly models?: ReadonlyArray<string> | undefined
  readonly messages: ReadonlyArray<unknown>
  /** Function tools count as prompt; `openrouter:web_search` server tools as searches. */
  readonly tools?: ReadonlyArray<unknown> | undefined
  readonly max_tokens?: number | null | undefined
  readonly max_completion_tokens?: number | null | undefined
  /** The `web` plugin counts as a search. */
  readonly plugins?: ReadonlyArray<unknown> | null | undefined
  /** Counts as one native search. */
  readonly web_search_options?: unknown
  /**
   * Provider routing (`only`, `ignore`, `order`, `allow_fallbacks`, `quantizations`,
   * `require_parameters`): with `fetchEndpoints`, estimates and checks use the routed endpoints.
   */
  readonly provider?: unknown
}

/**
 * A cost estimate. `picos`/`micros` are `undefined` when the request cannot be priced: the model
 * has no usable price (`unpricedReason: "no-price"`), there is no bound on completion tokens
 * (`"no-completion-bound"`: no `max_tokens`, no model maximum, no context length), or a
 * server-side alternative in `models` is not in the catalogue (`"unknown-model"`). `micros` is
 * rounded **up** so a budget never admits a request that does not fit.
 *
 * @since 0.1.0
 * @category models
 */
export interface CostEstimate {
  /** Catalogue id the price came from: the most expensive candidate (`model` and `models`). */
  readonly model: string
  readonly promptTokens: number
  /** `max_completion_tokens` ?? `max_tokens` ?? the model's top provider maximum ?? context − prompt. */
  readonly maxCompletionTokens: number | undefined
  readonly images: number
  /** Web searches the request can make (web plugin, `:online`, server tool, `web_search_options`). */
  readonly webSearches: number
  /** Their cost on this model, pico-USD (included in `picos`). */
  readonly webSearchPicos: bigint
  readonly picos: bigint | undefined
  readonly micros: number | undefined
  readonly unpricedReason?: "no-price" | "no-completion-bound" | "unknown-model" | undefined
}

/**
 * Which pre-send checks to run. `checkModel` and `checkContext` default to `true`;
 * `checkParameters` defaults to `false`, because OpenRouter ignores an unsupported parameter
 * unless `provider.require_parameters` is set (with that flag set, it defaults to `true`).
 *
 * @since 0.1.0
 * @category models
 */
export interface PreCheckOptions {
  readonly checkModel?: boolean | undefined
  readonly checkContext?: boolean | undefined
  readonly checkParameters?: boolean | undefined
  /** Check against this model instead of the request's `model` (a fallback candidate). */
  readonly model?: string | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Fetches the whole catalogue (`GET /models`, all pages). */
  readonly fetch: Effect.Effect<ReadonlyArray<Model>, OpenRouterError>
  /** How long a fetched list is fresh. Default 1 hour. */
  readonly ttl?: Duration.DurationInput | undefined
  /** After a failed background refresh, wait this long before trying again. Default 30 seconds. */
  readonly retryAfterFailure?: Duration.DurationInput | undefined
  /**
   * Fetches the providers serving a model (`GET /models/{author}/{slug}/endpoints`), cached per
   * model for `ttl` like the catalogue. With it, a request whose `provider` routing (`only`,
   * `ignore`, `order`, `quantizations`) picks among the endpoints is estimated at the chosen
   * endpoint's prices and pre-checked against the allowed endpoints' context and parameters.
   */
  readonly fetchEndpoints?: ((modelId: string) => Effect.Effect<ReadonlyArray<ModelEndpoints.Endpoint>, OpenRouterError>) | undefined
}

/**
 * @since 0.1.0
 * @category services
 */
export interface Service {
  /** The whole catalogue (cached). */
  readonly models: Effect.Effect<ReadonlyArray<Model>, OpenRouterError>
  /**
   * Resolves an id: exact id first (so a listed `…:free` row wins), then without a leading
   * `openrouter/`, then the base id without variants (`:online`, `:nitro`, `:floor`, `:free`…).
   */
  readonly find: (id: string) => Effect.Effect<Option.Option<Model>, OpenRouterError>
  /** Like `find`, failing with `ModelNotFoundError` when the id is unknown. */
  readonly get: (id: string) => Effect.Effect<Model, OpenRouterError>
  readonly list: (filter?: Filter) => Effect.Effect<ReadonlyArray<Model>, OpenRouterError>
  /** Exact prices; `None` when the model has no usable price (negative sentinel, unparsable). */
  readonly pricing: (id: string) => Effect.Effect<Option.Option<Pricing>, OpenRouterError>
  /** Heuristic prompt tokens of messages (+ tool definitions); see docs/costs.md. */
  readonly estimateTokens: (messages: ReadonlyArray<unknown>, tools?: ReadonlyArray<unknown>) => number
  /**
   * The estimate of the most expensive candidate that can serve the request: `options.model` (or
   * the request's `model`, or `models[0]`) and, unless `alternatives: false`, each entry of the
   * request's `models` (OpenRouter's server-side fallback). An unknown primary fails with
   * `ModelNotFoundError`; an unknown alternative makes the estimate unpriced (`"unknown-model"`).
   */
  readonly estimateCost: (
    request: RequestShape,
    options?: { readonly model?: string | undefined; readonly alternatives?: boolean | undefined }
  ) => Effect.Effect<CostEstimate, OpenRouterError>
  /**
   * Refuses a request before it is sent: `ModelNotFoundError` (unknown model),
   * `ContextLengthError` (estimated prompt + `max_tokens` > context length),
   * `InvalidRequestError` (a parameter the model does not list, `field` named).
   */
  readonly preCheck: (request: RequestShape, options?: PreCheckOptions) => Effect.Effect<void, OpenRouterError>
  /**
   * The providers serving a model (cached per model id, like the catalogue); fails with
   * `ModelNotFoundError` for an unknown id, and with `InvalidRequestError` when the registry has
   * no `fetchEndpoints`.
   */
  readonly endpoints: (id: string) => Effect.Effect<ReadonlyArray<ModelEndpoints.Endpoint>, OpenRouterError>
  /** Fetches now (joining a fetch already running) and waits for it. */
  readonly refresh: Effect.Effect<void, OpenRouterError>
  /** Drops the cached list: the next call fetches. */
  readonly invalidate: Effect.Effect<void>
}

/**
 * @since 0.1.0
 * @category services
 */
export class ModelRegistry extends Context.Tag("effect-openrouter/ModelRegistry")<ModelRegistry, Service>() {}

// =============================================================================
// Pure helpers
// =============================================================================

/**
 * Exact prices of a catalogue entry; `None` when `prompt` or `completion` is not a non-negative
 * decimal (router sentinels such as `"-1"`). Same as `Model.pricingOf`.
 *
 * @since 0.1.0
 * @category pricing
 */
export const pricingOf: (model: Model) => Option.Option<Pricing> = ModelModule.pricingOf

/**
 * Whether a model has a capability (see {@link Capability}). Same as `Model.hasCapability`.
 *
 * @since 0.1.0
 * @category filters
 */
export const hasCapability: (model: Model, capability: Capability) => boolean = ModelModule.hasCapability

const limitPicos = (value: number | string | undefined): bigint | undefined => {
  if (value === undefined) return undefined
  const parsed = parseUsd(value)
  return Option.isSome(parsed) ? parsed.value : -1n
}

/**
 * The predicate `list` applies. Price bounds are compared exactly in pico-USD; a model without a
 * usable price never passes a price bound or `freeOnly`.
 *
 * @since 0.1.0
 * @category filters
 */
export const matches = (filter: Filter) => {
  const maxPrompt = limitPicos(filter.maxPromptPrice)
  const maxCompletion = limitPicos(filter.maxCompletionPrice)
  return (model: Model): boolean => {
    if (filter.capabilities?.some((c) => !hasCapability(model, c)) === true) return false
    if (filter.inputModalities?.some((m) => !inputModalities(model).includes(m)) === true) return false
    if (filter.outputModalities?.some((m) => !outputModalities(model).includes(m)) === true) return false
    if (filter.supportedParameters?.some((p) => !supportedParameters(model).includes(p)) === true) return false
    if (filter.minContext !== undefined && (contextLength(model) ?? 0) < filter.minContext) return false
    if (maxPrompt !== undefined || maxCompletion !== undefined || filter.freeOnly === true) {
      const pricing = pricingOf(model)
      if (Option.isNone(pricing)) return false
      const p = pricing.value
      if (maxPrompt !== undefined && p.promptPicosPerToken > maxPrompt) return false
      if (maxCompletion !== undefined && p.completionPicosPerToken > maxCompletion) return false
      if (filter.freeOnly === true && (p.promptPicosPerToken !== 0n || p.completionPicosPerToken !== 0n || p.requestPicos !== 0n)) {
        return false
      }
    }
    return true
  }
}

/**
 * Heuristic prompt-token count: per message 4 tokens of overhead plus its text (Latin characters
 * / 3.6, digits one token per group of three, any other code point one token), 1,000 tokens per
 * image/audio/file part, tool calls as text; 3 tokens to prime the reply; tool definitions as
 * their JSON text plus 10. Measured error: see docs/costs.md.
 *
 * @since 0.1.0
 * @category estimates
 */
export const estimateTokens = (messages: ReadonlyArray<unknown>, tools?: ReadonlyArray<unknown>): number =>
  estimatePromptTokens(messages, tools)

const requestedModel = (request: RequestShape, override: string | undefined): string | undefined =>
  override ?? request.model ?? request.models?.[0]

const completionCap = (request: RequestShape): number | undefined =>
  request.max_completion_tokens ?? request.max_tokens ?? undefined

/**
 * Long-context price tiers: `overrides` entries with a `min_prompt_tokens` the prompt reaches
 * (and no time window) replace prompt/completion prices, later entries winning.
 */
const tieredPrices = (model: Model, pricing: Pricing, promptTokens: number): Pricing => {
  let result = pricing
  for (const override of model.pricing.overrides ?? []) {
    const threshold = override.min_prompt_tokens
    if (threshold === undefined || threshold === null || promptTokens < threshold) continue
    if (override.utc_start !== undefined && override.utc_start !== null) continue
    const prompt = priceOrUndefined(override.prompt)
    const completion = priceOrUndefined(override.completion)
    result = {
      ...result,
      ...(prompt !== undefined ? { promptPicosPerToken: prompt } : {}),
      ...(completion !== undefined ? { completionPicosPerToken: completion } : {})
    }
  }
  return result
}

/**
 * Estimated cost of a request on a given catalogue model:
 * `prompt × prompt price + maxCompletion × max(completion, internal_reasoning) price + request fee
 * + images × image price + web searches`, exact in pico-USD. `servedAs` is the id the request
 * names the model by (its `:online` variant adds the web plugin); default the catalogue id.
 *
 * @since 0.1.0
 * @category estimates
 */
export const estimateCostFor = (model: Model, request: RequestShape, servedAs: string = model.id): CostEstimate => {
  const promptTokens = estimatePromptTokens(request.messages, request.tools)
  const images = countImages(request.messages)
  const context = contextLength(model)
  const maxCompletionTokens = completionCap(request) ?? model.top_provider?.max_completion_tokens ??
    (context !== undefined ? Math.max(0, context - promptTokens) : undefined)
  const web = webSearchCost(model, request as unknown as Readonly<Record<string, unknown>>, servedAs)
  const base = {
    model: model.id,
    promptTokens,
    maxCompletionTokens,
    images,
    webSearches: web.searches,
    webSearchPicos: web.picos
  }
  const pricing = pricingOf(model)
  if (Option.isNone(pricing)) {
    return { ...base, picos: undefined, micros: undefined, unpricedReason: "no-price" }
  }
  if (maxCompletionTokens === undefined) {
    return { ...base, picos: undefined, micros: undefined, unpricedReason: "no-completion-bound" }
  }
  const p = tieredPrices(model, pricing.value, promptTokens)
  const completionRate = p.internalReasoningPicosPerToken !== undefined &&
      p.internalReasoningPicosPerToken > p.completionPicosPerToken
    ? p.internalReasoningPicosPerToken
    : p.completionPicosPerToken
  const picos = BigInt(promptTokens) * p.promptPicosPerToken +
    BigInt(Math.max(0, Math.ceil(maxCompletionTokens))) * completionRate +
    p.requestPicos +
    BigInt(images) * (p.imagePicos ?? 0n) +
    web.picos
  return { ...base, picos, micros: picosToMicrosCeil(picos) }
}

/**
 * The estimate a budget needs when any of several estimates may apply (one per candidate model):
 * an unpriced one if there is one (the cost cannot be bounded), otherwise the most expensive.
 *
 * @since 0.1.0
 * @category estimates
 */
export const mostExpensive = (estimates: ReadonlyArray<CostEstimate>): CostEstimate | undefined => {
  let worst: CostEstimate | undefined = undefined
  for (const estimate of estimates) {
    if (estimate.picos === undefined) return estimate
    if (worst === undefined || (worst.picos !== undefined && estimate.picos > worst.picos)) worst = estimate
  }
  return worst
}

const embeddingInputTokens = (input: unknown): { readonly tokens: number; readonly images: number } => {
  if (typeof input === "string") return { tokens: textTokens(input), images: 0 }
  if (!Array.isArray(input)) return { tokens: 0, images: 0 }
  let tokens = 0
  let images = 0
  for (const item of input) {
    if (typeof item === "string") tokens += textTokens(item)
    else if (typeof item === "number") tokens += 1
    else if (Array.isArray(item)) tokens += item.length
    else if (typeof item === "object" && item !== null && Array.isArray((item as { content?: unknown }).content)) {
      for (const part of (item as { readonly content: ReadonlyArray<unknown> }).content) {
        if (typeof part !== "object" || part === null) continue
        const p = part as Readonly<Record<string, unknown>>
        if (p["type"] === "text" && typeof p["text"] === "string") tokens += textTokens(p["text"])
        else {
          tokens += MEDIA_PART_TOKENS
          if (p["type"] === "image_url") images++
        }
      }
    }
  }
  return { tokens, images }
}

/**
 * Estimated cost of an embeddings request on a catalogue model: `input tokens × prompt price +
 * request fee + images × image price` (strings by the same heuristic as prompts, token-id arrays
 * by their length, media parts 1,000 tokens each), exact in pico-USD. Nothing is generated, so
 * there is no completion term.
 *
 * @since 0.1.0
 * @category estimates
 */
export const estimateEmbeddingsCostFor = (model: Model, input: unknown): CostEstimate => {
  const { images, tokens } = embeddingInputTokens(input)
  const base = {
    model: model.id,
    promptTokens: tokens,
    maxCompletionTokens: 0,
    images,
    webSearches: 0,
    webSearchPicos: 0n
  }
  const pricing = pricingOf(model)
  if (Option.isNone(pricing)) return { ...base, picos: undefined, micros: undefined, unpricedReason: "no-price" }
  const p = pricing.value
  const picos = BigInt(tokens) * p.promptPicosPerToken + p.requestPicos + BigInt(images) * (p.imagePicos ?? 0n)
  return { ...base, picos, micros: picosToMicrosCeil(picos) }
}

/** Request fields checked against `supported_parameters`, with the names that also satisfy them. */
const PARAMETER_ALIASES: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["temperature", ["temperature"]],
  ["top_p", ["top_p"]],
  ["top_k", ["top_k"]],
  ["min_p", ["min_p"]],
  ["top_a", ["top_a"]],
  ["frequency_penalty", ["frequency_penalty"]],
  ["presence_penalty", ["presence_penalty"]],
  ["repetition_penalty", ["repetition_penalty"]],
  ["seed", ["seed"]],
  ["stop", ["stop"]],
  ["logit_bias", ["logit_bias"]],
  ["logprobs", ["logprobs"]],
  ["top_logprobs", ["top_logprobs"]],
  ["max_tokens", ["max_tokens", "max_completion_tokens"]],
  ["max_completion_tokens", ["max_completion_tokens", "max_tokens"]],
  ["response_format", ["response_format", "structured_outputs"]],
  ["tools", ["tools"]],
  ["tool_choice", ["tool_choice", "tools"]],
  ["parallel_tool_calls", ["parallel_tool_calls", "tools"]],
  ["reasoning", ["reasoning", "include_reasoning", "reasoning_effort"]],
  ["reasoning_effort", ["reasoning_effort", "reasoning"]],
  ["include_reasoning", ["include_reasoning", "reasoning"]],
  ["prediction", ["prediction"]],
  ["web_search_options", ["web_search_options"]],
  ["verbosity", ["verbosity"]]
]

const readField = (request: RequestShape, key: string): unknown =>
  (request as unknown as Readonly<Record<string, unknown>>)[key]

const requireParameters = (request: RequestShape): boolean => {
  const provider = readField(request, "provider")
  return typeof provider === "object" && provider !== null &&
    (provider as Readonly<Record<string, unknown>>)["require_parameters"] === true
}

/**
 * The pre-send checks against one catalogue entry (no fetch): context overflow and unsupported
 * parameters. See {@link Service.preCheck}.
 *
 * @since 0.1.0
 * @category checks
 */
export const checkAgainst = (
  model: Model,
  request: RequestShape,
  options: PreCheckOptions = {}
): Effect.Effect<void, ContextLengthError | InvalidRequestError> =>
  Effect.suspend((): Effect.Effect<void, ContextLengthError | InvalidRequestError> => {
    if (options.checkContext ?? true) {
      const context = contextLength(model)
      const requestedTokens = estimatePromptTokens(request.messages, request.tools) + (completionCap(request) ?? 0)
      if (context !== undefined && requestedTokens > context) {
        return Effect.fail(
          new ContextLengthError({
            message:
              `estimated ${requestedTokens} tokens (prompt + max tokens) exceed the ${context}-token context of ${model.id}`,
            model: model.id,
            maxContext: context,
            requestedTokens
          })
        )
      }
    }
    const params = model.supported_parameters
    if ((options.checkParameters ?? requireParameters(request)) && params !== undefined && params !== null) {
      for (const [field, accepted] of PARAMETER_ALIASES) {
        const value = readField(request, field)
        if (value === undefined || value === null) continue
        if (!accepted.some((name) => params.includes(name))) {
          return Effect.fail(
            new InvalidRequestError({
              message: `${model.id} does not support the request parameter "${field}"`,
              model: model.id,
              field
            })
          )
        }
      }
    }
    return Effect.void
  })

/**
 * Resolves an id in an index (see {@link Service.find}).
 *
 * @since 0.1.0
 * @category lookup
 */
export const resolve = (index: ReadonlyMap<string, Model>, id: string): Option.Option<Model> => {
  const trimmed = id.trim()
  const exact = index.get(trimmed)
  if (exact !== undefined) return Option.some(exact)
  const stripped = trimmed.startsWith("openrouter/") && trimmed.slice("openrouter/".length).includes("/")
    ? trimmed.slice("openrouter/".length)
    : trimmed
  const unprefixed = index.get(stripped)
  if (unprefixed !== undefined) return Option.some(unprefixed)
  return Option.fromNullable(index.get(ModelId.base(stripped)))
}

// =============================================================================
// Constructors
// =============================================================================

interface Entry {
  readonly models: ReadonlyArray<Model>
  readonly index: ReadonlyMap<string, Model>
  readonly fetchedAt: number
}

interface State {
  readonly entry: Entry | undefined
  readonly inflight: Deferred.Deferred<Entry, OpenRouterError> | undefined
  /** No background refresh before this time (epoch ms) after a failure. */
  readonly retryAt: number
}

type Action =
  | { readonly _tag: "Ready"; readonly entry: Entry }
  | { readonly _tag: "Wait"; readonly deferred: Deferred.Deferred<Entry, OpenRouterError> }
  | { readonly _tag: "Start"; readonly stale: Entry | undefined }

const notFound = (id: string) =>
  new ModelNotFoundError({ message: `model ${JSON.stringify(id)} is not in the OpenRouter catalogue`, model: id })

/**
 * Builds a registry. Background refreshes run in the current scope and stop when it closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Service, never, Scope.Scope> =>
  Effect.gen(function*() {
    const ttl = Duration.toMillis(Duration.decode(options.ttl ?? "1 hour"))
    const retryAfterFailure = Duration.toMillis(Duration.decode(options.retryAfterFailure ?? "30 seconds"))
    const scope = yield* Effect.scope
    const state = yield* Ref.make<State>({ entry: undefined, inflight: undefined, retryAt: 0 })

    const runFetch = (deferred: Deferred.Deferred<Entry, OpenRouterError>) =>
      options.fetch.pipe(
        Effect.flatMap((models) =>
          Effect.map(Clock.currentTimeMillis, (now): Entry => ({
            models,
            index: new Map(models.map((m) => [m.id, m] as const)),
            fetchedAt: now
          }))
        ),
        Effect.onExit((exit) =>
          Effect.flatMap(Clock.currentTimeMillis, (now) =>
            Ref.update(state, (s): State =>
              Exit.isSuccess(exit)
                ? { entry: exit.value, inflight: undefined, retryAt: 0 }
                : { ...s, inflight: undefined, retryAt: now + retryAfterFailure }).pipe(
                Effect.zipRight(Deferred.done(deferred, exit))
              ))
        ),
        Effect.forkIn(scope),
        Effect.asVoid
      )

    const current = (force: boolean): Effect.Effect<Entry, OpenRouterError> =>
      Effect.uninterruptibleMask((restore) =>
        Effect.gen(function*() {
          const now = yield* Clock.currentTimeMillis
          const fresh = yield* Deferred.make<Entry, OpenRouterError>()
          const action = yield* Ref.modify(state, (s): readonly [Action, State] => {
            if (s.inflight !== undefined) {
              return s.entry !== undefined && !force
                ? [{ _tag: "Ready", entry: s.entry }, s]
                : [{ _tag: "Wait", deferred: s.inflight }, s]
            }
            if (s.entry !== undefined && !force && (now - s.entry.fetchedAt < ttl || now < s.retryAt)) {
              return [{ _tag: "Ready", entry: s.entry }, s]
            }
            return [{ _tag: "Start", stale: force ? undefined : s.entry }, { ...s, inflight: fresh }]
          })
          switch (action._tag) {
            case "Ready":
              return action.entry
            case "Wait":
              return yield* restore(Deferred.await(action.deferred))
            case "Start": {
              yield* runFetch(fresh)
              return action.stale !== undefined ? action.stale : yield* restore(Deferred.await(fresh))
            }
          }
        })
      )

    const find = (id: string) => Effect.map(current(false), (entry) => resolve(entry.index, id))
    const get = (id: string): Effect.Effect<Model, OpenRouterError> =>
      Effect.flatMap(find(id), Option.match({ onNone: () => Effect.fail(notFound(id)), onSome: Effect.succeed }))

    const fetchEndpoints = options.fetchEndpoints
    const cachedEndpoints = fetchEndpoints === undefined ? undefined : yield* makeEndpointsCache(fetchEndpoints, ttl)
    const endpoints = (id: string) =>
      Effect.flatMap(get(id), (model) =>
        cachedEndpoints === undefined
          ? Effect.fail(new InvalidRequestError({ message: "this registry has no endpoints source", field: "endpoints" }))
          : cachedEndpoints(model.id))
    /** The endpoints of a model when the request routes among them (a failed fetch: none). */
    const routedEndpoints = (model: Model, request: RequestShape) =>
      cachedEndpoints === undefined || ModelEndpoints.routingOf(request) === undefined
        ? Effect.succeed([])
        : Effect.orElseSucceed(cachedEndpoints(model.id), () => [])
    const estimateRouted = (model: Model, request: RequestShape, servedAs: string | undefined) =>
      Effect.map(routedEndpoints(model, request), (eps) =>
        estimateCostFor(
          routedForEstimate(model, eps, request, (m) => estimateCostFor(m, request, servedAs).picos) ?? model,
          request,
          servedAs
        ))
    const checkModel = (model: Model, request: RequestShape, opts: PreCheckOptions) =>
      Effect.flatMap(routedEndpoints(model, request), (eps) =>
        checkRouted(model, eps, request, (m) => checkAgainst(m, request, opts)) ?? checkAgainst(model, request, opts))

    const modelOf = (request: RequestShape, override: string | undefined): Effect.Effect<Model, OpenRouterError> => {
      const id = requestedModel(request, override)
      return id === undefined
        ? Effect.fail(new InvalidRequestError({ message: "the request names no model", field: "model" }))
        : get(id)
    }

    return ModelRegistry.of({
      models: Effect.map(current(false), (entry) => entry.models),
      find,
      get,
      list: (filter = {}) => Effect.map(current(false), (entry) => entry.models.filter(matches(filter))),
      pricing: (id) => Effect.map(get(id), pricingOf),
      estimateTokens,
      estimateCost: (request, opts) =>
        Effect.gen(function*() {
          const primaryId = requestedModel(request, opts?.model)
          const primary = yield* modelOf(request, opts?.model)
          const first = yield* estimateRouted(primary, request, primaryId)
          const estimates = [first]
          const seen = new Set<string>(primaryId !== undefined ? [primaryId] : [])
          for (const id of opts?.alternatives === false ? [] : request.models ?? []) {
            if (seen.has(id)) continue
            seen.add(id)
            const alternative = yield* find(id)
            if (Option.isNone(alternative)) {
              return { ...first, model: id, picos: undefined, micros: undefined, unpricedReason: "unknown-model" as const }
            }
            estimates.push(yield* estimateRouted(alternative.value, request, id))
          }
          return mostExpensive(estimates) ?? first
        }),
      preCheck: (request, opts = {}) => {
        const id = requestedModel(request, opts.model)
        if (id === undefined) {
          return Effect.fail(new InvalidRequestError({ message: "the request names no model", field: "model" }))
        }
        if (opts.checkModel === false) {
          return Effect.flatMap(
            find(id),
            Option.match({ onNone: () => Effect.void, onSome: (m) => checkModel(m, request, opts) })
          )
        }
        return Effect.flatMap(get(id), (m) => checkModel(m, request, opts))
      },
      endpoints,
      refresh: Effect.asVoid(current(true)),
      invalidate: Ref.update(state, (s): State => ({ ...s, entry: undefined, retryAt: 0 }))
    })
  })

/**
 * A registry layer over the given fetch.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<ModelRegistry> => Layer.scoped(ModelRegistry, make(options))

/**
 * A registry over a fixed list (tests, offline use): never fetches anything else.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerStatic = (
  models: ReadonlyArray<Model>,
  endpoints?: Readonly<Record<string, ReadonlyArray<ModelEndpoints.Endpoint>>>
): Layer.Layer<ModelRegistry> =>
  layer({
    fetch: Effect.succeed(models),
    ttl: Duration.infinity,
    ...(endpoints !== undefined ? { fetchEndpoints: (id: string) => Effect.succeed(endpoints[id] ?? []) } : {})
  })
