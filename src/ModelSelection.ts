/**
 * The cheapest model that fits: rank every catalogue model for one request under a set of
 * criteria (capabilities, modalities, parameters, context, price caps, providers), with its
 * estimated cost in exact pico-/micro-USD, and say for every other model why it was excluded.
 *
 * - {@link rank}: a one-off query against the `ModelRegistry` (or {@link rankModels} on a list).
 * - {@link plan}: the model to send plus the `Fallback` options that walk down the ranked list.
 * - {@link layer}: wraps the `OpenRouter` service so `chat` / `chatStream` with
 *   `model: "auto-cheapest"` pick the model per call and fall back down the ranked list through
 *   the client's own fallback plan (retry, breaker skipping, budget, meter and telemetry included).
 *
 * Estimates use the registry's own arithmetic (`ModelRegistry.estimateCostFor`: the prompt-token
 * heuristic, long-context price tiers, reasoning price, request fee, images, web searches), with
 * the completion term set to the *expected* output tokens: `expectedOutputTokens` from the
 * criteria, else the request's `max_completion_tokens` / `max_tokens`, else
 * {@link DEFAULT_EXPECTED_OUTPUT_TOKENS}.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type * as Fallback from "./Fallback.js"
import { contextLength, inputModalities, outputModalities, supportedParameters } from "./internal/registryPricing.js"
import { estimatePromptTokens } from "./internal/registryTokens.js"
import type { Model } from "./Model.js"
import * as ModelRegistry from "./ModelRegistry.js"
import { parseUsd, picosToMicrosCeil, picosToUsdString } from "./Money.js"
import * as OpenRouter from "./OpenRouter.js"
import { InvalidRequestError, ModelNotFoundError, type OpenRouterError } from "./OpenRouterError.js"

// =============================================================================
// Criteria
// =============================================================================

/**
 * Expected completion tokens when neither the criteria nor the request say (no
 * `expectedOutputTokens`, no `max_tokens`).
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_EXPECTED_OUTPUT_TOKENS = 1_000

/**
 * The model id that asks the {@link layer} to choose.
 *
 * @since 0.1.0
 * @category constants
 */
export const AUTO = "auto-cheapest"

/**
 * What a model must satisfy. Every given criterion must hold (AND).
 *
 * "Provider" here is the model's **author**, the id prefix (`openai` in `openai/gpt-4o`):
 * `/models` does not list the hosting providers of a model (that is `/models/{id}/endpoints`);
 * to restrict those, use the request's `provider.only` / `provider.ignore` routing fields.
 *
 * @since 0.1.0
 * @category models
 */
export interface Criteria {
  /** Capabilities every candidate has (`tools`, `imageInput`, `structuredOutputs`, …). */
  readonly capabilities?: ReadonlyArray<ModelRegistry.Capability> | undefined
  /** Input modalities every candidate accepts (`image`, `file`, `audio`, `video`). */
  readonly inputModalities?: ReadonlyArray<string> | undefined
  /** Output modalities every candidate produces. */
  readonly outputModalities?: ReadonlyArray<string> | undefined
  /** Request parameters every candidate lists in `supported_parameters`. */
  readonly supportedParameters?: ReadonlyArray<string> | undefined
  /** Context window of at least this many tokens. */
  readonly minContext?: number | undefined
  /** Prompt price at most this many USD per million tokens (compared exactly). */
  readonly maxPromptPricePerMillion?: number | string | undefined
  /** Completion (output) price at most this many USD per million tokens (compared exactly). */
  readonly maxCompletionPricePerMillion?: number | string | undefined
  /** Estimated cost of this request at most this many USD. */
  readonly maxCost?: number | string | undefined
  /** Only models by these authors (id prefixes: `openai`, `anthropic`, …). */
  readonly providers?: ReadonlyArray<string> | undefined
  /** No model by these authors. */
  readonly excludeProviders?: ReadonlyArray<string> | undefined
  /** Never these model ids (exact catalogue ids). */
  readonly excludeModels?: ReadonlyArray<string> | undefined
  /** Leave out models whose prompt, completion and request prices are all zero. Default `false`. */
  readonly excludeFree?: boolean | undefined
  /** Completion tokens to price; beats the request's `max_tokens`. */
  readonly expectedOutputTokens?: number | undefined
  /**
   * Also require what the request itself needs: `tools` when it declares tools,
   * `structuredOutputs` for a `response_format` other than text, the input modality of every
   * image / file / audio / video part, and the output modalities of its `modalities` field
   * (default `text`; checked on models that declare their outputs, unless `outputModalities` is
   * given). Default `true`.
   */
  readonly fromRequest?: boolean | undefined
}

/**
 * The part of a chat request the selection reads: what the registry's estimate reads, plus
 * `response_format` and `modalities`. `ChatRequest` fits it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Request extends ModelRegistry.RequestShape {
  readonly response_format?: unknown
  readonly modalities?: ReadonlyArray<string> | null | undefined
}

// =============================================================================
// Results
// =============================================================================

/**
 * Why a model was not a candidate. A model can have several.
 *
 * @since 0.1.0
 * @category models
 */
export type Exclusion =
  | {
    readonly _tag: "MissingCapability"
    readonly capability: ModelRegistry.Capability
    /** Asked by the criteria, or implied by the request (`fromRequest`). */
    readonly source: "criteria" | "request"
  }
  | {
    readonly _tag: "MissingModality"
    readonly direction: "input" | "output"
    readonly modality: string
    readonly source: "criteria" | "request"
  }
  | { readonly _tag: "MissingParameter"; readonly parameter: string }
  | {
    readonly _tag: "ContextTooSmall"
    /** `undefined` when the catalogue gives no context length. */
    readonly contextLength: number | undefined
    readonly required: number
    /** `minContext` of the criteria, or `request`: estimated prompt + max(expected output, `max_tokens`). */
    readonly rule: "minContext" | "request"
  }
  | {
    readonly _tag: "OutputLimitTooSmall"
    /** The top provider's `max_completion_tokens`. */
    readonly maxCompletionTokens: number
    /** The request's `max_completion_tokens` / `max_tokens`. */
    readonly required: number
  }
  | {
    readonly _tag: "PriceAboveCap"
    readonly price: "prompt" | "completion"
    /** Exact decimal USD per million tokens. */
    readonly usdPerMillion: string
    readonly capUsdPerMillion: string
  }
  | { readonly _tag: "CostAboveCap"; readonly picos: bigint; readonly capPicos: bigint }
  | { readonly _tag: "ProviderExcluded"; readonly provider: string; readonly rule: "not-in-providers" | "excluded" }
  | { readonly _tag: "ModelExcluded" }
  | { readonly _tag: "Free" }
  | {
    readonly _tag: "Unpriced"
    /** No usable price (router sentinels), or no bound on the completion. */
    readonly reason: "no-price" | "no-completion-bound" | "unknown-model"
  }

/**
 * A model that fits, with the estimate of this request on it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Candidate {
  readonly id: string
  readonly model: Model
  readonly estimate: ModelRegistry.CostEstimate
  /** Estimated cost, exact pico-USD. */
  readonly picos: bigint
  /** Estimated cost, micro-USD rounded up (as budgets take it). */
  readonly micros: number
}

/**
 * A model that does not fit, and every reason why.
 *
 * @since 0.1.0
 * @category models
 */
export interface Excluded {
  readonly id: string
  readonly model: Model
  readonly reasons: readonly [Exclusion, ...Array<Exclusion>]
}

/**
 * The outcome of a ranking.
 *
 * @since 0.1.0
 * @category models
 */
export interface Selection {
  /** Estimated prompt tokens of the request (the registry's heuristic, the same for every model). */
  readonly promptTokens: number
  /** Completion tokens priced. */
  readonly outputTokens: number
  readonly outputTokensSource: "criteria" | "max_completion_tokens" | "max_tokens" | "default"
  /** Cheapest first (ties: lower id first). */
  readonly candidates: ReadonlyArray<Candidate>
  /** In catalogue order. */
  readonly excluded: ReadonlyArray<Excluded>
}

/**
 * A readable line for an exclusion (`"missing capability tools (request)"`).
 *
 * @since 0.1.0
 * @category formatting
 */
export const describe = (exclusion: Exclusion): string => {
  switch (exclusion._tag) {
    case "MissingCapability":
      return `missing capability ${exclusion.capability} (${exclusion.source})`
    case "MissingModality":
      return `missing ${exclusion.direction} modality ${exclusion.modality} (${exclusion.source})`
    case "MissingParameter":
      return `missing parameter ${exclusion.parameter}`
    case "ContextTooSmall":
      return `context ${exclusion.contextLength ?? "unknown"} < ${exclusion.required} (${exclusion.rule})`
    case "OutputLimitTooSmall":
      return `max completion ${exclusion.maxCompletionTokens} < ${exclusion.required}`
    case "PriceAboveCap":
      return `${exclusion.price} $${exclusion.usdPerMillion}/M > $${exclusion.capUsdPerMillion}/M`
    case "CostAboveCap":
      return `estimate $${picosToUsdString(exclusion.picos)} > $${picosToUsdString(exclusion.capPicos)}`
    case "ProviderExcluded":
      return `provider ${exclusion.provider} ${exclusion.rule}`
    case "ModelExcluded":
      return "model excluded"
    case "Free":
      return "free model excluded"
    case "Unpriced":
      return `unpriced (${exclusion.reason})`
  }
}

// =============================================================================
// Ranking
// =============================================================================

const MILLION = 1_000_000n

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === "object" && u !== null

const capOf = (
  field: string,
  value: number | string | undefined
): Either.Either<bigint | undefined, InvalidRequestError> => {
  if (value === undefined) return Either.right(undefined)
  const parsed = parseUsd(value)
  return Option.isSome(parsed) && parsed.value >= 0n
    ? Either.right(parsed.value)
    : Either.left(
      new InvalidRequestError({ message: `selection criterion ${field} is not a non-negative USD amount: ${String(value)}`, field })
    )
}

const PART_MODALITY: Readonly<Record<string, string>> = {
  image_url: "image",
  file: "file",
  input_audio: "audio",
  video_url: "video"
}

/** Input modalities the criteria can also ask for as a capability (checked once). */
const MODALITY_CAPABILITY: Readonly<Record<string, ModelRegistry.Capability>> = {
  image: "imageInput",
  file: "fileInput"
}

/** What the request itself needs: capabilities and input modalities. */
const requestNeeds = (request: Request) => {
  const capabilities = new Set<ModelRegistry.Capability>()
  const modalities = new Set<string>()
  const asked = request.modalities
  const outputs: ReadonlyArray<string> = asked !== undefined && asked !== null && asked.length > 0 ? asked : ["text"]
  if (request.tools !== undefined && request.tools.length > 0) capabilities.add("tools")
  const format = request.response_format
  if (isRecord(format) && format["type"] !== "text") capabilities.add("structuredOutputs")
  for (const message of request.messages) {
    if (!isRecord(message) || !Array.isArray(message["content"])) continue
    for (const part of message["content"]) {
      const modality = isRecord(part) && typeof part["type"] === "string" ? PART_MODALITY[part["type"]] : undefined
      if (modality !== undefined) modalities.add(modality)
    }
  }
  return { capabilities, modalities, outputs }
}

const authorOf = (id: string): string => {
  const slash = id.indexOf("/")
  return (slash > 0 ? id.slice(0, slash) : id).replace(/^~/, "")
}

const expectedOutput = (
  request: Request,
  criteria: Criteria
): Pick<Selection, "outputTokens" | "outputTokensSource"> => {
  if (criteria.expectedOutputTokens !== undefined) {
    return { outputTokens: criteria.expectedOutputTokens, outputTokensSource: "criteria" }
  }
  if (typeof request.max_completion_tokens === "number") {
    return { outputTokens: request.max_completion_tokens, outputTokensSource: "max_completion_tokens" }
  }
  if (typeof request.max_tokens === "number") return { outputTokens: request.max_tokens, outputTokensSource: "max_tokens" }
  return { outputTokens: DEFAULT_EXPECTED_OUTPUT_TOKENS, outputTokensSource: "default" }
}

/**
 * Ranks a list of catalogue models for a request (no fetch). Fails only on a criterion that is
 * not a valid amount (`InvalidRequestError` naming it).
 *
 * @since 0.1.0
 * @category ranking
 */
export const rankModels = (
  models: ReadonlyArray<Model>,
  request: Request,
  criteria: Criteria = {}
): Either.Either<Selection, InvalidRequestError> =>
  Either.gen(function*() {
    const maxPrompt = yield* capOf("maxPromptPricePerMillion", criteria.maxPromptPricePerMillion)
    const maxCompletion = yield* capOf("maxCompletionPricePerMillion", criteria.maxCompletionPricePerMillion)
    const maxCost = yield* capOf("maxCost", criteria.maxCost)
    const { outputTokens, outputTokensSource } = expectedOutput(request, criteria)
    if (!Number.isFinite(outputTokens) || outputTokens < 0) {
      return yield* Either.left(
        new InvalidRequestError({ message: `expected output tokens must be ≥ 0: ${outputTokens}`, field: "expectedOutputTokens" })
      )
    }
    const promptTokens = estimatePromptTokens(request.messages, request.tools)
    const requestCap = request.max_completion_tokens ?? request.max_tokens ?? undefined
    const needs = criteria.fromRequest === false
      ? { capabilities: new Set<ModelRegistry.Capability>(), modalities: new Set<string>(), outputs: [] }
      : requestNeeds(request)
    const only = criteria.providers !== undefined ? new Set(criteria.providers) : undefined
    const ignored = new Set(criteria.excludeProviders ?? [])
    const excludedModels = new Set(criteria.excludeModels ?? [])
    // The completion term priced is the expected output, not the registry's worst case.
    const priced: ModelRegistry.RequestShape = { ...request, max_tokens: undefined, max_completion_tokens: outputTokens }

    const candidates: Array<Candidate> = []
    const excluded: Array<Excluded> = []
    for (const model of models) {
      const reasons: Array<Exclusion> = []
      if (excludedModels.has(model.id)) reasons.push({ _tag: "ModelExcluded" })
      const author = authorOf(model.id)
      if (only !== undefined && !only.has(author)) {
        reasons.push({ _tag: "ProviderExcluded", provider: author, rule: "not-in-providers" })
      }
      if (ignored.has(author)) reasons.push({ _tag: "ProviderExcluded", provider: author, rule: "excluded" })
      for (const capability of criteria.capabilities ?? []) {
        if (!ModelRegistry.hasCapability(model, capability)) {
          reasons.push({ _tag: "MissingCapability", capability, source: "criteria" })
        }
      }
      for (const capability of needs.capabilities) {
        if (criteria.capabilities?.includes(capability) === true) continue
        if (!ModelRegistry.hasCapability(model, capability)) {
          reasons.push({ _tag: "MissingCapability", capability, source: "request" })
        }
      }
      const inputs = inputModalities(model)
      for (const modality of criteria.inputModalities ?? []) {
        if (!inputs.includes(modality)) reasons.push({ _tag: "MissingModality", direction: "input", modality, source: "criteria" })
      }
      for (const modality of needs.modalities) {
        if (criteria.inputModalities?.includes(modality) === true) continue
        const asCapability = MODALITY_CAPABILITY[modality]
        if (asCapability !== undefined && criteria.capabilities?.includes(asCapability) === true) continue
        if (!inputs.includes(modality)) reasons.push({ _tag: "MissingModality", direction: "input", modality, source: "request" })
      }
      const outputs = outputModalities(model)
      for (const modality of criteria.outputModalities ?? []) {
        if (!outputs.includes(modality)) reasons.push({ _tag: "MissingModality", direction: "output", modality, source: "criteria" })
      }
      // A model that declares its outputs must produce what the request asks for (an embeddings
      // model is no answer to a chat request); criteria on outputs replace this check.
      if (criteria.outputModalities === undefined && outputs.length > 0) {
        for (const modality of needs.outputs) {
          if (!outputs.includes(modality)) reasons.push({ _tag: "MissingModality", direction: "output", modality, source: "request" })
        }
      }
      const params = supportedParameters(model)
      for (const parameter of criteria.supportedParameters ?? []) {
        if (!params.includes(parameter)) reasons.push({ _tag: "MissingParameter", parameter })
      }
      const context = contextLength(model)
      if (criteria.minContext !== undefined && (context === undefined || context < criteria.minContext)) {
        reasons.push({ _tag: "ContextTooSmall", contextLength: context, required: criteria.minContext, rule: "minContext" })
      }
      // The request must fit with its own max_tokens too (OpenRouter refuses it otherwise).
      const required = promptTokens + Math.ceil(Math.max(outputTokens, requestCap ?? 0))
      if (context !== undefined && required > context) {
        reasons.push({ _tag: "ContextTooSmall", contextLength: context, required, rule: "request" })
      }
      const topMax = model.top_provider?.max_completion_tokens
      if (requestCap !== undefined && typeof topMax === "number" && requestCap > topMax) {
        reasons.push({ _tag: "OutputLimitTooSmall", maxCompletionTokens: topMax, required: requestCap })
      }
      const pricing = ModelRegistry.pricingOf(model)
      if (Option.isSome(pricing)) {
        const p = pricing.value
        if (maxPrompt !== undefined && p.promptPicosPerToken * MILLION > maxPrompt) {
          reasons.push({
            _tag: "PriceAboveCap",
            price: "prompt",
            usdPerMillion: picosToUsdString(p.promptPicosPerToken * MILLION),
            capUsdPerMillion: picosToUsdString(maxPrompt)
          })
        }
        if (maxCompletion !== undefined && p.completionPicosPerToken * MILLION > maxCompletion) {
          reasons.push({
            _tag: "PriceAboveCap",
            price: "completion",
            usdPerMillion: picosToUsdString(p.completionPicosPerToken * MILLION),
            capUsdPerMillion: picosToUsdString(maxCompletion)
          })
        }
        if (
          criteria.excludeFree === true && p.promptPicosPerToken === 0n && p.completionPicosPerToken === 0n &&
          p.requestPicos === 0n
        ) reasons.push({ _tag: "Free" })
      }
      const estimate = ModelRegistry.estimateCostFor(model, priced, model.id)
      if (estimate.picos === undefined) {
        reasons.push({ _tag: "Unpriced", reason: estimate.unpricedReason ?? "no-price" })
      } else if (maxCost !== undefined && estimate.picos > maxCost) {
        reasons.push({ _tag: "CostAboveCap", picos: estimate.picos, capPicos: maxCost })
      }
      const [first, ...rest] = reasons
      if (first !== undefined) {
        excluded.push({ id: model.id, model, reasons: [first, ...rest] })
      } else if (estimate.picos !== undefined) {
        candidates.push({
          id: model.id,
          model,
          estimate,
          picos: estimate.picos,
          micros: estimate.micros ?? picosToMicrosCeil(estimate.picos)
        })
      }
    }
    candidates.sort((a, b) => (a.picos < b.picos ? -1 : a.picos > b.picos ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return { promptTokens, outputTokens, outputTokensSource, candidates, excluded }
  })

/**
 * Ranks the registry's catalogue for a request: the candidates cheapest first with their
 * estimated cost, and every other model with the reasons it was excluded.
 *
 * @since 0.1.0
 * @category ranking
 */
export const rank = (
  request: Request,
  criteria: Criteria = {}
): Effect.Effect<Selection, OpenRouterError, ModelRegistry.ModelRegistry> =>
  Effect.flatMap(ModelRegistry.ModelRegistry, (registry) =>
    Effect.flatMap(registry.models, (models) => rankModels(models, request, criteria)))

// =============================================================================
// Plan and layer
// =============================================================================

/**
 * How a selection becomes a call.
 *
 * @since 0.1.0
 * @category models
 */
export interface PlanOptions {
  /** Candidates tried at most, the first included. Default 3. */
  readonly maxCandidates?: number | undefined
  /** Also fall back down the list after a `ContentPolicyError`. Default `false` (as `Fallback`). */
  readonly contentPolicyFallback?: boolean | undefined
}

/**
 * The model to send and the fallback options that walk down the ranked list.
 *
 * @since 0.1.0
 * @category models
 */
export interface Plan {
  readonly model: string
  /** For the call's `CallOptions.fallback`: the next candidates, in order. */
  readonly fallback: Partial<Fallback.Options>
  readonly selection: Selection
}

const summary = (selection: Selection): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const excluded of selection.excluded) {
    for (const tag of new Set(excluded.reasons.map((r) => r._tag))) counts[tag] = (counts[tag] ?? 0) + 1
  }
  return counts
}

/**
 * Turns a selection into a {@link Plan}: the cheapest candidate, and the next ones (up to
 * `maxCandidates` in all) as the `models` and `contextLength` fallback lists (and
 * `contentPolicy` with `contentPolicyFallback`). Fails with `ModelNotFoundError` (model
 * `"auto-cheapest"`, `metadata.excluded` counting the reasons) when no model fits.
 *
 * @since 0.1.0
 * @category constructors
 */
export const planOf = (
  selection: Selection,
  options: PlanOptions = {},
  requested: string = AUTO
): Either.Either<Plan, ModelNotFoundError> => {
  const limit = Math.max(1, Math.floor(options.maxCandidates ?? 3))
  const ids = selection.candidates.slice(0, limit).map((c) => c.id)
  const [first, ...rest] = ids
  if (first === undefined) {
    const counts = summary(selection)
    const reasons = Object.entries(counts).map(([tag, n]) => `${n} ${tag}`).join(", ")
    return Either.left(
      new ModelNotFoundError({
        message: `no model in the catalogue fits the selection (${selection.excluded.length} excluded: ${reasons})`,
        model: requested,
        metadata: { excluded: counts }
      })
    )
  }
  return Either.right({
    model: first,
    fallback: {
      models: rest,
      contextLength: rest,
      contentPolicy: options.contentPolicyFallback === true ? rest : [],
      serverSide: false
    },
    selection
  })
}

/**
 * Ranks the catalogue for a request and plans the call (see {@link planOf}).
 *
 * @since 0.1.0
 * @category constructors
 */
export const plan = (
  request: Request,
  criteria: Criteria & PlanOptions = {}
): Effect.Effect<Plan, OpenRouterError, ModelRegistry.ModelRegistry> =>
  Effect.flatMap(rank(request, criteria), (selection) => planOf(selection, criteria, request.model ?? AUTO))

/**
 * Options of {@link layer}: the criteria, the plan options, and the model id that asks for a
 * selection.
 *
 * @since 0.1.0
 * @category models
 */
export interface LayerOptions extends Criteria, PlanOptions {
  /** Requests naming this model are selected; others pass through. Default {@link AUTO}. */
  readonly model?: string | undefined
}

/**
 * Wraps an `OpenRouter` service: `chat` and `chatStream` with `model` equal to the selection id
 * ({@link AUTO} by default) rank the catalogue for that request, send the cheapest candidate and
 * give the next ones to the call's fallback plan; every other call passes through unchanged.
 *
 * @since 0.1.0
 * @category constructors
 */
export const wrap = (
  service: OpenRouter.Service,
  registry: ModelRegistry.Service,
  options: LayerOptions = {}
): OpenRouter.Service => {
  const id = options.model ?? AUTO
  const planFor = (request: OpenRouter.ChatRequestInput) =>
    Effect.flatMap(
      registry.models,
      (models) =>
        Effect.flatMap(
          rankModels(models, request, options),
          (selection) => planOf(selection, options, id)
        )
    ).pipe(
      Effect.tap((p) =>
        Effect.annotateCurrentSpan({
          "openrouter.selection.model": p.model,
          "openrouter.selection.candidates": p.selection.candidates.length,
          "openrouter.selection.excluded": p.selection.excluded.length
        })
      )
    )
  const callOptions = <O extends OpenRouter.CallOptions>(p: Plan, callOpts: O | undefined) => ({
    ...callOpts,
    fallback: { ...callOpts?.fallback, ...p.fallback }
  })
  return {
    ...service,
    chat: (request, callOpts) =>
      request.model !== id
        ? service.chat(request, callOpts)
        : Effect.flatMap(planFor(request), (p) => service.chat({ ...request, model: p.model }, callOptions(p, callOpts))),
    chatStream: (request, callOpts) =>
      request.model !== id
        ? service.chatStream(request, callOpts)
        : Stream.unwrap(
          Effect.map(planFor(request), (p) => service.chatStream({ ...request, model: p.model }, callOptions(p, callOpts)))
        )
  }
}

/**
 * An `OpenRouter` layer over another: provide it `OpenRouter` (any of its layers, with whichever
 * policies) and a `ModelRegistry`.
 *
 * @example
 * const Client = ModelSelection.layer({ capabilities: ["tools"], minContext: 128_000 }).pipe(
 *   Layer.provide(OpenRouter.layer),
 *   Layer.provide(OpenRouter.layerModelRegistry()),
 *   Layer.provide(OpenRouterConfig.layerEnv),
 *   Layer.provide(NodeHttpClient.layerUndici)
 * )
 * openrouter.chat({ model: ModelSelection.AUTO, messages, max_tokens: 500 })
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: LayerOptions = {}
): Layer.Layer<OpenRouter.OpenRouter, never, OpenRouter.OpenRouter | ModelRegistry.ModelRegistry> =>
  Layer.effect(
    OpenRouter.OpenRouter,
    Effect.gen(function*() {
      const service = yield* OpenRouter.OpenRouter
      const registry = yield* ModelRegistry.ModelRegistry
      return wrap(service, registry, options)
    })
  )
