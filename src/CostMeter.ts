/**
 * The session cost and token meter: one `record` per logical request (success, failure or
 * interruption), kept in a `SubscriptionRef` so callers can read a snapshot or follow every update.
 *
 * How a request's cost is known (each request lands in exactly one bucket):
 *
 * | bucket | when | counted in |
 * |---|---|---|
 * | reported | `usage.cost` present (also on failures/interruptions with partial usage) | `costPicos` / `costMicros` |
 * | estimated | no `usage.cost`, but the pipeline passed `estimatedCostMicros` (registry pricing) | `estimatedCostPicos` / `estimatedCostMicros`, never in `costMicros` |
 * | unknown | no `usage.cost`, no estimate, and the request may have been billed | `unknownCostRequests`, never counted as 0 |
 * | unbilled | failed with nothing billed (an HTTP error status, a local rejection) | `unbilledRequests` |
 *
 * BYOK requests (`usage.is_byok`) are counted in `byokRequests`; what the upstream provider
 * charged your own key (`cost_details.upstream_inference_cost`) is kept apart in
 * `upstreamCostPicos` and is not part of `costMicros` (OpenRouter credits spent).
 *
 * An estimated or unknown request with a `generationId` can later be turned into a reported one
 * with `reconcile`, which polls `GET /generation` (it answers 404 for a while after a request).
 *
 * Amounts are exact: pico-USD (`bigint`) internally, micro-USD (`number`, rounded half-up once
 * from the exact total) for display and budgets.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as SubscriptionRef from "effect/SubscriptionRef"
import type { Generation } from "./Generation.js"
import {
  applyContribution,
  applyKeyed,
  type Contribution,
  type CostKind,
  type Totals,
  zeroTokens,
  zeroTotals
} from "./internal/costTotals.js"
import { sizeProbes } from "./internal/sizes.js"
import { formatUsd, microsToPicos, parseUsd, picosToMicros } from "./Money.js"
import type { OpenRouterError } from "./OpenRouterError.js"
import type { Usage } from "./Usage.js"

// =============================================================================
// Models
// =============================================================================

/**
 * One logical request, as the pipeline records it once when it ends.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestRecord {
  /** The model the caller asked for. */
  readonly requestedModel: string
  /** The model that answered (`response.model`); `undefined` when none did. */
  readonly servedModel: string | undefined
  /** The provider that answered (`response.provider`). */
  readonly provider: string | undefined
  readonly outcome: "success" | "error" | "interrupted"
  /** `_tag` of the final error, for `outcome: "error"`. */
  readonly errorTag?: string | undefined
  /** HTTP attempts made (local rejections not included). */
  readonly attempts: number
  /** Retries (attempts after the first on the same candidate). */
  readonly retries: number
  /** Fallbacks to another candidate. */
  readonly fallbacks: number
  /** Usage as reported (full, or partial for an interrupted stream); `undefined` when none arrived. */
  readonly usage: Usage | undefined
  /** Cost computed from registry pricing when `usage.cost` is absent (flagged as estimated). */
  readonly estimatedCostMicros?: number | undefined
  /** `X-Generation-Id` / response id; enables `reconcile` and de-duplication. */
  readonly generationId?: string | undefined
  /**
   * Whether a failed request may have been billed (`mayHaveBeenBilled(error)`). When omitted, a
   * failure counts as possibly billed if `errorTag` is `TransportError`, `TimeoutError`,
   * `StreamInterrupted` or `MalformedResponseError`.
   */
  readonly possiblyBilled?: boolean | undefined
  /** De-duplication key: a second `record` with the same key (or `generationId`) is ignored. */
  readonly requestId?: string | undefined
}

/**
 * Token counts. `prompt` includes `cachedRead` and `cacheWrite`; `completion` includes `reasoning`.
 * Additive totals, for the session and for each model / provider (defined with the arithmetic
 * that adds them up, in `internal/costTotals`).
 *
 * @since 0.1.0
 * @category models
 */
export type { Tokens, Totals } from "./internal/costTotals.js"

/**
 * The meter's state.
 *
 * @since 0.1.0
 * @category models
 */
export interface Snapshot extends Totals {
  /** Local rejections per kind (`CircuitOpenError`, `RateLimitExceededError`, `BudgetExceededError`…). */
  readonly rejections: Readonly<Record<string, number>>
  readonly rejectionsTotal: number
  /** Failed requests per final error tag. */
  readonly errorsByTag: Readonly<Record<string, number>>
  /** Totals per served model (the requested one when none answered). */
  readonly byModel: Readonly<Record<string, Totals>>
  /** Totals per provider (`"unknown"` when none answered). */
  readonly byProvider: Readonly<Record<string, Totals>>
  /** Requests turned from estimated/unknown into reported by `reconcile`. */
  readonly reconciledRequests: number
  /** Estimated or unknown requests with a generation id, waiting for `reconcile`. */
  readonly pendingReconciliation: number
}

/**
 * @since 0.1.0
 * @category models
 */
export interface ReconcileOptions {
  /** Delay between lookups while `/generation` answers 404. Default 500 ms × 2, capped at 8 s. */
  readonly schedule?: Schedule.Schedule<unknown, OpenRouterError> | undefined
  /** Lookups after the first. Default 6 (about 23.5 s in all with the default schedule). */
  readonly maxRetries?: number | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface ReconcileResult {
  readonly generation: Generation
  /** Whether the meter changed (the request was pending and the record carried a cost). */
  readonly applied: boolean
  /** The cost the generation record reports, in micro-USD. */
  readonly costMicros: number | undefined
}

/**
 * @since 0.1.0
 * @category services
 */
export interface Service {
  /** Records one logical request. Call it exactly once per request, whatever its outcome. */
  readonly record: (record: RequestRecord) => Effect.Effect<void>
  /** Counts one local rejection (an attempt refused before any HTTP call). */
  readonly recordRejection: (kind: string) => Effect.Effect<void>
  readonly snapshot: Effect.Effect<Snapshot>
  readonly reset: Effect.Effect<void>
  /** The current snapshot, then every update. */
  readonly changes: Stream.Stream<Snapshot>
  /** Generation ids of estimated/unknown requests, oldest first. */
  readonly pending: Effect.Effect<ReadonlyArray<string>>
  /**
   * Looks the generation up (retrying while it 404s) and, when the request is pending, replaces
   * its estimated/unknown cost and tokens by the reported ones (`total_cost`, `native_tokens_*`).
   */
  readonly reconcile: (
    generationId: string,
    fetchGeneration: Effect.Effect<Generation, OpenRouterError>,
    options?: ReconcileOptions
  ) => Effect.Effect<ReconcileResult, OpenRouterError>
}

/**
 * @since 0.1.0
 * @category services
 */
export class CostMeter extends Context.Tag("effect-openrouter/CostMeter")<CostMeter, Service>() {}

// =============================================================================
// Constructors
// =============================================================================

/**
 * Bounds on what the meter keeps, so a long-lived meter does not grow with every model, provider
 * or request it ever saw.
 *
 * - `byModel` / `byProvider` keep their first `maxModels` / `maxProviders` keys apart; requests
 *   for keys beyond that are added to one {@link OTHER} entry (totals stay exact, only the
 *   breakdown is coarser). A key whose requests all leave again (after `reconcile` moved them) frees
 *   its place.
 * - `record` de-duplicates by `requestId` / `generationId` over the last `maxRememberedIds` ids.
 * - At most `maxPending` generations wait for `reconcile`; past that the oldest one stops
 *   waiting (it stays estimated/unknown; `pendingReconciliation` no longer counts it).
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Default 256. */
  readonly maxModels?: number | undefined
  /** Default 256. */
  readonly maxProviders?: number | undefined
  /** Default 10,000. */
  readonly maxRememberedIds?: number | undefined
  /** Default 10,000. */
  readonly maxPending?: number | undefined
}

/**
 * The `byModel` / `byProvider` key that collects keys beyond the caps of {@link Options}.
 *
 * @since 0.1.0
 * @category constants
 */
export const OTHER = "(other)"

/**
 * An empty snapshot.
 *
 * @since 0.1.0
 * @category constructors
 */
export const empty: Snapshot = {
  ...zeroTotals,
  rejections: {},
  rejectionsTotal: 0,
  errorsByTag: {},
  byModel: {},
  byProvider: {},
  reconciledRequests: 0,
  pendingReconciliation: 0
}

const AMBIGUOUS_TAGS: ReadonlySet<string> = new Set([
  "TransportError",
  "TimeoutError",
  "StreamInterrupted",
  "MalformedResponseError"
])

const count = (n: number | null | undefined): number => (typeof n === "number" && Number.isFinite(n) ? n : 0)

const picosOf = (usd: number | null | undefined): bigint | undefined => {
  if (usd === undefined || usd === null) return undefined
  return Option.getOrUndefined(parseUsd(usd))
}

const tokensOfUsage = (usage: Usage | undefined) =>
  usage === undefined ? zeroTokens : {
    prompt: count(usage.prompt_tokens),
    completion: count(usage.completion_tokens),
    cachedRead: count(usage.prompt_tokens_details?.cached_tokens),
    cacheWrite: count(usage.prompt_tokens_details?.cache_write_tokens),
    reasoning: count(usage.completion_tokens_details?.reasoning_tokens)
  }

const contributionOf = (r: RequestRecord): Contribution => {
  const usage = r.usage
  const reported = picosOf(usage?.cost)
  const byok = usage?.is_byok === true
  const billed = r.outcome !== "error" || usage !== undefined ||
    (r.possiblyBilled ?? (r.errorTag !== undefined && AMBIGUOUS_TAGS.has(r.errorTag)))
  const kind: CostKind = reported !== undefined
    ? "reported"
    : r.estimatedCostMicros !== undefined
    ? "estimated"
    : billed
    ? "unknown"
    : "unbilled"
  return {
    model: r.servedModel ?? r.requestedModel,
    provider: r.provider ?? "unknown",
    outcome: r.outcome,
    attempts: r.attempts,
    retries: r.retries,
    fallbacks: r.fallbacks,
    tokens: tokensOfUsage(usage),
    kind,
    costPicos: reported ?? (r.estimatedCostMicros !== undefined ? microsToPicos(r.estimatedCostMicros) : 0n),
    byok,
    upstreamPicos: byok ? picosOf(usage?.cost_details?.upstream_inference_cost) ?? 0n : 0n
  }
}

/** A contribution and the `byModel` / `byProvider` keys it was added under. */
interface Placed {
  readonly c: Contribution
  readonly modelKey: string
  readonly providerKey: string
}

const apply = (s: Snapshot, p: Placed, sign: 1 | -1): Snapshot => ({
  ...s,
  ...applyContribution(s, p.c, sign),
  byModel: applyKeyed(s.byModel, p.modelKey, p.c, sign),
  byProvider: applyKeyed(s.byProvider, p.providerKey, p.c, sign)
})

/** `key` when it has (or can get) its own entry under the cap, else {@link OTHER}. */
const keyUnder = (record: Readonly<Record<string, Totals>>, count: number, key: string, max: number): string =>
  key in record || count < max ? key : OTHER

const positiveInt = (n: number | undefined, fallback: number): number =>
  n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback

const bump = (record: Readonly<Record<string, number>>, key: string): Readonly<Record<string, number>> => ({
  ...record,
  [key]: (record[key] ?? 0) + 1
})

/** Replaces a pending contribution by what the generation record reports. */
const reconciled = (old: Contribution, g: Generation): Contribution | undefined => {
  const cost = picosOf(g.total_cost ?? g.usage)
  if (cost === undefined) return undefined
  const byok = g.is_byok === true || old.byok
  const prompt = g.native_tokens_prompt ?? g.tokens_prompt
  const completion = g.native_tokens_completion ?? g.tokens_completion
  return {
    ...old,
    model: g.model ?? old.model,
    provider: g.provider_name ?? old.provider,
    kind: "reported",
    costPicos: cost,
    byok,
    upstreamPicos: byok ? picosOf(g.upstream_inference_cost) ?? old.upstreamPicos : 0n,
    tokens: {
      prompt: prompt === undefined || prompt === null ? old.tokens.prompt : prompt,
      completion: completion === undefined || completion === null ? old.tokens.completion : completion,
      cachedRead: g.native_tokens_cached ?? old.tokens.cachedRead,
      cacheWrite: old.tokens.cacheWrite,
      reasoning: g.native_tokens_reasoning ?? old.tokens.reasoning
    }
  }
}

/**
 * The default reconciliation schedule: 500 ms, 1 s, 2 s, 4 s, 8 s, 8 s… (no jitter).
 *
 * @since 0.1.0
 * @category constructors
 */
export const reconcileSchedule: Schedule.Schedule<unknown, unknown> = Schedule.exponential("500 millis", 2).pipe(
  Schedule.either(Schedule.spaced("8 seconds")),
  Schedule.asVoid
)

/**
 * A fresh meter with the given bounds (see {@link Options}).
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeWith = (options: Options = {}): Effect.Effect<Service> => Effect.gen(function*() {
  const maxModels = positiveInt(options.maxModels, 256)
  const maxProviders = positiveInt(options.maxProviders, 256)
  const maxRememberedIds = positiveInt(options.maxRememberedIds, 10_000)
  const maxPending = positiveInt(options.maxPending, 10_000)
  const ref = yield* SubscriptionRef.make<Snapshot>(empty)
  // Touched only inside `SubscriptionRef.modify`/`update`, which run one at a time. Both keep
  // insertion order, so the oldest entry is the first one.
  const seen = new Set<string>()
  const pendingById = new Map<string, Placed>()
  // Entry counts of `byModel` / `byProvider` (kept alongside, to avoid counting keys per record).
  let models = 0
  let providers = 0

  /** Places a contribution under its keys (or OTHER) and applies it, keeping the counts. */
  const place = (s: Snapshot, c: Contribution): Placed => ({
    c,
    modelKey: keyUnder(s.byModel, models, c.model, maxModels),
    providerKey: keyUnder(s.byProvider, providers, c.provider, maxProviders)
  })
  const applyCounted = (s: Snapshot, p: Placed, sign: 1 | -1): Snapshot => {
    const next = apply(s, p, sign)
    models += Number(p.modelKey in next.byModel) - Number(p.modelKey in s.byModel)
    providers += Number(p.providerKey in next.byProvider) - Number(p.providerKey in s.byProvider)
    return next
  }

  const remember = (key: string): void => {
    seen.add(key)
    if (seen.size > maxRememberedIds) {
      const oldest = seen.values().next()
      if (oldest.done !== true) seen.delete(oldest.value)
    }
  }

  const record = (r: RequestRecord): Effect.Effect<void> =>
    SubscriptionRef.update(ref, (s) => {
      const key = r.requestId ?? r.generationId
      if (key !== undefined) {
        if (seen.has(key)) return s
        remember(key)
      }
      const placed = place(s, contributionOf(r))
      const c = placed.c
      let pendingReconciliation = s.pendingReconciliation
      if (r.generationId !== undefined && (c.kind === "estimated" || c.kind === "unknown")) {
        if (!pendingById.has(r.generationId)) pendingReconciliation++
        pendingById.set(r.generationId, placed)
        if (pendingById.size > maxPending) {
          const oldest = pendingById.keys().next()
          if (oldest.done !== true) {
            pendingById.delete(oldest.value)
            pendingReconciliation--
          }
        }
      }
      const next = applyCounted(s, placed, 1)
      return {
        ...next,
        pendingReconciliation,
        errorsByTag: r.outcome === "error" ? bump(s.errorsByTag, r.errorTag ?? "UnknownError") : s.errorsByTag
      }
    })

  const reconcile = (
    generationId: string,
    fetchGeneration: Effect.Effect<Generation, OpenRouterError>,
    options: ReconcileOptions = {}
  ): Effect.Effect<ReconcileResult, OpenRouterError> =>
    fetchGeneration.pipe(
      Effect.retry({
        schedule: (options.schedule ?? reconcileSchedule).pipe(
          Schedule.intersect(Schedule.recurs(options.maxRetries ?? 6))
        ),
        // `/generation` answers 404 (`NotFoundError`) until the record is there; a hand-written
        // lookup may still fail with `ModelNotFoundError`, as the client did before 0.2.
        while: (e: OpenRouterError) => e._tag === "NotFoundError" || e._tag === "ModelNotFoundError"
      }),
      Effect.flatMap((generation) =>
        SubscriptionRef.modify(ref, (s): readonly [ReconcileResult, Snapshot] => {
          const costPicos = picosOf(generation.total_cost ?? generation.usage)
          const costMicros = costPicos === undefined ? undefined : picosToMicros(costPicos)
          const old = pendingById.get(generationId)
          const replacement = old === undefined ? undefined : reconciled(old.c, generation)
          if (old === undefined || replacement === undefined) {
            return [{ generation, applied: false, costMicros }, s]
          }
          pendingById.delete(generationId)
          const removed = applyCounted(s, old, -1)
          const next = applyCounted(removed, place(removed, replacement), 1)
          return [
            { generation, applied: true, costMicros },
            {
              ...next,
              reconciledRequests: s.reconciledRequests + 1,
              pendingReconciliation: s.pendingReconciliation - 1
            }
          ]
        })
      )
    )

  const service = CostMeter.of({
    record,
    recordRejection: (kind) =>
      SubscriptionRef.update(ref, (s) => ({
        ...s,
        rejections: bump(s.rejections, kind),
        rejectionsTotal: s.rejectionsTotal + 1
      })),
    snapshot: SubscriptionRef.get(ref),
    reset: SubscriptionRef.update(ref, () => {
      seen.clear()
      pendingById.clear()
      models = 0
      providers = 0
      return empty
    }),
    changes: ref.changes,
    pending: SubscriptionRef.modify(ref, (s) => [Array.from(pendingById.keys()), s] as const),
    reconcile
  })
  sizeProbes.set(service, () => ({ rememberedIds: seen.size, pending: pendingById.size, models, providers }))
  return service
})

/**
 * A fresh meter with the default bounds of {@link Options}.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service> = makeWith()

/**
 * A layer with a fresh meter.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<CostMeter> = Layer.effect(CostMeter, make)

/**
 * A layer with a fresh meter and the given bounds.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: Options): Layer.Layer<CostMeter> => Layer.effect(CostMeter, makeWith(options))

// =============================================================================
// Accessors
// =============================================================================

/**
 * The current snapshot of the meter in context.
 *
 * @since 0.1.0
 * @category accessors
 */
export const snapshot: Effect.Effect<Snapshot, never, CostMeter> = Effect.flatMap(CostMeter, (m) => m.snapshot)

/**
 * Resets the meter in context.
 *
 * @since 0.1.0
 * @category accessors
 */
export const reset: Effect.Effect<void, never, CostMeter> = Effect.flatMap(CostMeter, (m) => m.reset)

/**
 * Every snapshot of the meter in context, starting with the current one.
 *
 * @since 0.1.0
 * @category accessors
 */
export const changes: Stream.Stream<Snapshot, never, CostMeter> = Stream.unwrap(
  Effect.map(CostMeter, (m) => m.changes)
)

/**
 * Records a request on the meter in context.
 *
 * @since 0.1.0
 * @category accessors
 */
export const record = (r: RequestRecord): Effect.Effect<void, never, CostMeter> =>
  Effect.flatMap(CostMeter, (m) => m.record(r))

// =============================================================================
// Formatting
// =============================================================================

const pad = (text: string, width: number, right: boolean) => right ? text.padStart(width) : text.padEnd(width)

/**
 * A plain-text table of a snapshot: one row per served model (requests, tokens, cost) and a total,
 * then the estimated / unknown / BYOK / rejection notes.
 *
 * `failed` counts logical requests that ended in an error or an interruption; a request that was
 * retried or fell back and then succeeded is not failed. The line under the table counts HTTP
 * attempts, and how many of them failed (`attempts − succeeded`: each succeeded request has exactly
 * one successful attempt), whether they were retried, fallen back from, or final. Failed attempts
 * are given for the session only: rows are keyed by the served model, so an attempt that failed on
 * a model fallen back from would otherwise show under the model that served.
 *
 * @since 0.1.0
 * @category formatting
 */
export const format = (s: Snapshot): string => {
  const header = ["model", "requests", "failed", "prompt", "completion", "reasoning", "cached", "cost (USD)"]
  const row = (name: string, t: Totals): Array<string> => [
    name,
    String(t.requests),
    String(t.failed + t.interrupted),
    String(t.tokens.prompt),
    String(t.tokens.completion),
    String(t.tokens.reasoning),
    String(t.tokens.cachedRead),
    formatUsd(t.costPicos) + (t.estimatedRequests > 0 ? ` (+~${formatUsd(t.estimatedCostPicos)})` : "") +
    (t.unknownCostRequests > 0 ? " (+?)" : "")
  ]
  const rows = Object.keys(s.byModel).sort().flatMap((model) => {
    const t = s.byModel[model]
    return t === undefined ? [] : [row(model, t)]
  })
  const all = [header, ...rows, row("total", s)]
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)))
  const line = (r: ReadonlyArray<string>) => r.map((cell, i) => pad(cell, widths[i] ?? 0, i > 0)).join("  ").trimEnd()
  const rule = widths.map((w) => "-".repeat(w)).join("  ")
  const out = [line(header), rule, ...rows.map(line), rule, line(row("total", s))]
  out.push(
    `attempts ${s.attempts} (${Math.max(0, s.attempts - s.succeeded)} failed), retries ${s.retries}, fallbacks ${s.fallbacks}, ` +
      `local rejections ${s.rejectionsTotal}` +
      (s.rejectionsTotal > 0
        ? ` (${Object.entries(s.rejections).map(([k, v]) => `${k} ${v}`).join(", ")})`
        : "")
  )
  if (s.estimatedRequests > 0) {
    out.push(`estimated: ${s.estimatedRequests} request(s), ~${formatUsd(s.estimatedCostPicos)} from catalogue prices`)
  }
  if (s.unknownCostRequests > 0) out.push(`unknown cost: ${s.unknownCostRequests} request(s) (not counted as $0)`)
  if (s.byokRequests > 0) {
    out.push(`BYOK: ${s.byokRequests} request(s), upstream ${formatUsd(s.upstreamCostPicos)} billed to your provider key`)
  }
  return out.join("\n")
}
