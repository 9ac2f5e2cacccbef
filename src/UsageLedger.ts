/**
 * The usage ledger's service tag, row types and call tags: one row per logical call (success,
 * failure, interruption), written *pending* before the first request is sent and settled once
 * when the call ends. The storage lives in the `effect-openrouter/ledger` entry point
 * (`@effect/sql`: an SQLite file by default, PostgreSQL for a fleet); this core module holds no
 * database code, so the core stays free of `@effect/sql` and of Node.
 *
 * When a `UsageLedger` layer is provided to `OpenRouter.layer`, the pipeline writes to it; when
 * it is not, the stage costs nothing.
 *
 * Amounts are exact: pico-USD as `bigint` (what the meter sums) and micro-USD integers; a value
 * that is not known is `null`, never 0.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import { dual } from "effect/Function"
import * as Schema from "effect/Schema"
import type { GenerationResult } from "./Generation.js"
import type { OpenRouterError } from "./OpenRouterError.js"

// =============================================================================
// Tags
// =============================================================================

/**
 * The caller's own tags on a call. `user`, `feature` and `tenant` are columns (groupable,
 * budgetable); `labels` are free-form and stored as JSON.
 *
 * @since 0.1.0
 * @category models
 */
export interface Tags {
  readonly user?: string | undefined
  readonly feature?: string | undefined
  readonly tenant?: string | undefined
  readonly labels?: Readonly<Record<string, string>> | undefined
}

/**
 * The tag columns a report can group by and a budget can cap.
 *
 * @since 0.1.0
 * @category models
 */
export type TagColumn = "user" | "feature" | "tenant"

/**
 * Merges tags: `over` wins per field; labels are merged key by key.
 *
 * @since 0.1.0
 * @category utils
 */
export const mergeTags = (base: Tags, over: Tags | undefined): Tags => {
  if (over === undefined) return base
  const labels = base.labels === undefined && over.labels === undefined
    ? undefined
    : { ...base.labels, ...over.labels }
  return {
    user: over.user ?? base.user,
    feature: over.feature ?? base.feature,
    tenant: over.tenant ?? base.tenant,
    ...(labels !== undefined ? { labels } : {})
  }
}

/**
 * The tags in force for calls made by the current fiber (set with {@link withTags}; the per-call
 * `tags` option and the ledger layer's default tags are merged with these).
 *
 * @since 0.1.0
 * @category fiber refs
 */
export const currentTags: FiberRef.FiberRef<Tags> = FiberRef.unsafeMake<Tags>({})

/**
 * Runs an effect with these tags added to every call it makes.
 *
 * @since 0.1.0
 * @category combinators
 */
export const withTags: {
  (tags: Tags): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, tags: Tags): Effect.Effect<A, E, R>
} = dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, tags: Tags): Effect.Effect<A, E, R> =>
    Effect.locallyWith(self, currentTags, (current) => mergeTags(current, tags))
)

// =============================================================================
// Rows
// =============================================================================

/**
 * How a call ended. `pending` until it does.
 *
 * @since 0.1.0
 * @category models
 */
export type Outcome = "pending" | "success" | "error" | "interrupted"

/**
 * Who closed the row: the call itself, reconciliation through `/generation` after a restart, or
 * reconciliation that found no generation id (the cost of such a call stays unknown).
 *
 * @since 0.1.0
 * @category models
 */
export type SettledBy = "call" | "reconciled" | "abandoned"

/**
 * Where the cost came from: reported by OpenRouter (`usage.cost`), estimated from catalogue
 * prices, read from `/generation`, known to be nothing (a refusal before billing), or unknown
 * (cost `null`).
 *
 * @since 0.1.0
 * @category models
 */
export type CostSource = "reported" | "estimated" | "generation" | "unbilled" | "unknown"

/**
 * Token counts; `null` when the response did not report them.
 *
 * @since 0.1.0
 * @category models
 */
export interface TokenCounts {
  readonly prompt: number | null
  readonly completion: number | null
  readonly cachedRead: number | null
  readonly cacheWrite: number | null
  readonly reasoning: number | null
  readonly image: number | null
}

/**
 * What the pipeline writes before the first request.
 *
 * @since 0.1.0
 * @category models
 */
export interface PendingEntry {
  /** The ledger's request id (one per logical call). */
  readonly id: string
  /** Epoch ms. */
  readonly startedAt: number
  readonly requestedModel: string
  readonly wire: "json" | "stream"
  readonly tags: Tags
}

/**
 * What the pipeline writes when the call ends.
 *
 * @since 0.1.0
 * @category models
 */
export interface Settlement {
  readonly settledAt: number
  readonly outcome: Exclude<Outcome, "pending">
  readonly generationId: string | null
  readonly servedModel: string | null
  readonly provider: string | null
  readonly tokens: TokenCounts
  /** Exact cost in pico-USD; `null` when unknown. */
  readonly costPicos: bigint | null
  readonly costSource: CostSource
  readonly isByok: boolean | null
  /** BYOK: what the upstream provider charged your own key (pico-USD), apart from `costPicos`. */
  readonly upstreamCostPicos: bigint | null
  /** From the start of the call to its end (`null` when reconciled after a crash). */
  readonly latencyMs: number | null
  readonly timeToFirstTokenMs: number | null
  readonly errorTag: string | null
  /** The error's `kind` when it has one (`TimeoutError.kind`: idle, headers, deadline…). */
  readonly errorKind: string | null
  /** HTTP attempts made (0 for a call refused locally; `null` when reconciled after a crash). */
  readonly attempts: number | null
  /** Whether a model other than the requested one was tried (client fallback) or served. */
  readonly fallback: boolean | null
}

/**
 * One ledger row.
 *
 * @since 0.1.0
 * @category models
 */
export interface Row {
  readonly id: string
  readonly startedAt: number
  readonly settledAt: number | null
  readonly settledBy: SettledBy | null
  readonly outcome: Outcome
  readonly requestedModel: string
  readonly servedModel: string | null
  readonly provider: string | null
  readonly wire: string
  readonly generationId: string | null
  readonly tokens: TokenCounts
  readonly costPicos: bigint | null
  readonly costMicros: number | null
  readonly costSource: CostSource | null
  readonly isByok: boolean | null
  readonly upstreamCostPicos: bigint | null
  readonly upstreamCostMicros: number | null
  readonly latencyMs: number | null
  readonly timeToFirstTokenMs: number | null
  readonly errorTag: string | null
  readonly errorKind: string | null
  readonly attempts: number | null
  readonly fallback: boolean | null
  readonly tags: Tags
}

// =============================================================================
// Queries
// =============================================================================

/**
 * What a report groups by.
 *
 * @since 0.1.0
 * @category models
 */
export type GroupBy = "model" | "requested_model" | "provider" | "day" | "outcome" | TagColumn

/**
 * A report query. `since`/`until` are epoch ms (start time of the call, `until` exclusive).
 *
 * @since 0.1.0
 * @category models
 */
export interface ReportQuery {
  readonly by: GroupBy
  readonly since?: number | undefined
  readonly until?: number | undefined
  /** Only calls with these tag values. */
  readonly where?: { readonly [K in TagColumn]?: string | undefined } | undefined
  /** Largest spenders first (by cost), at most this many groups. Default: all, ordered by key. */
  readonly top?: number | undefined
}

/**
 * One group of a report. Token sums are `null` when no call of the group reported them.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReportRow {
  /** The group key (`null`: calls without that tag / provider). `day` is `YYYY-MM-DD` (UTC). */
  readonly key: string | null
  readonly calls: number
  readonly succeeded: number
  readonly failed: number
  readonly interrupted: number
  readonly pending: number
  /** `(failed + interrupted) / settled calls`, 0 when none settled. */
  readonly failureRate: number
  readonly attempts: number
  readonly promptTokens: number | null
  readonly completionTokens: number | null
  readonly cachedTokens: number | null
  readonly reasoningTokens: number | null
  /** Σ reported and reconciled cost (exact pico-USD) and in micro-USD (rounded once). */
  readonly costPicos: bigint
  readonly costMicros: number
  readonly estimatedCalls: number
  readonly estimatedCostPicos: bigint
  readonly estimatedCostMicros: number
  /** Calls that may have been billed with no known cost (never counted as 0). */
  readonly unknownCostCalls: number
  readonly byokCalls: number
  readonly upstreamCostMicros: number
}

/**
 * Filter for {@link Service.rows}.
 *
 * @since 0.1.0
 * @category models
 */
export interface RowsQuery {
  readonly since?: number | undefined
  readonly until?: number | undefined
  readonly outcome?: Outcome | undefined
  readonly limit?: number | undefined
}

/**
 * Options of {@link Service.reconcile}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReconcileOptions {
  /** Only pending rows started at least this long ago (ms). Default 15 minutes (beyond the default 10 min deadline). */
  readonly olderThanMs?: number | undefined
  /** Looks a generation up (`OpenRouter.generation`); its `raw` record is what is settled. */
  readonly generation: (id: string) => Effect.Effect<GenerationResult, OpenRouterError>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface ReconcileSummary {
  /** Pending rows settled from `/generation`. */
  readonly reconciled: number
  /** Pending rows without a generation id (or whose generation was not found): closed with an unknown cost. */
  readonly abandoned: number
  /** Pending rows whose lookup failed for another reason; left pending for the next run. */
  readonly failed: number
}

// =============================================================================
// Errors
// =============================================================================

/**
 * A ledger that cannot start or cannot be read: a bad path, an unreachable database, a schema
 * written by a newer version of this library, a failed migration or query, or a driver package
 * that is not installed.
 *
 * @since 0.1.0
 * @category errors
 */
export class LedgerError extends Schema.TaggedError<LedgerError>()("LedgerError", {
  message: Schema.String,
  reason: Schema.Literal("BadPath", "Unreachable", "SchemaTooNew", "Migration", "Query", "MissingDriver"),
  cause: Schema.optional(Schema.Defect)
}) {}

// =============================================================================
// Service
// =============================================================================

/**
 * @since 0.1.0
 * @category services
 */
export interface Service {
  /** Tags added to every call written through this ledger (per-call tags win). */
  readonly defaultTags: Tags
  /**
   * Writes the pending row. Returns once it is durable (group commit with concurrent calls).
   * A write failure is logged and does not fail the call.
   */
  readonly open: (entry: PendingEntry) => Effect.Effect<void>
  /** Records the generation id on a pending row as soon as it is known (batched, not awaited). */
  readonly served: (id: string, generationId: string) => Effect.Effect<void>
  /** Settles the row (batched, not awaited: `flush` waits for everything queued). */
  readonly settle: (id: string, settlement: Settlement) => Effect.Effect<void>
  /** Waits until every queued write is committed. */
  readonly flush: Effect.Effect<void>
  /** Spend and tokens grouped by model, provider, tag, day or outcome. */
  readonly report: (query: ReportQuery) => Effect.Effect<ReadonlyArray<ReportRow>, LedgerError>
  /** Raw rows, newest first. */
  readonly rows: (query?: RowsQuery) => Effect.Effect<ReadonlyArray<Row>, LedgerError>
  /** Settles pending rows left by a crashed process through `/generation`. */
  readonly reconcile: (options: ReconcileOptions) => Effect.Effect<ReconcileSummary, LedgerError>
  /**
   * Σ cost (exact pico-USD; reported, estimated and reconciled) of calls started in
   * `[since, until)` matching the tag values (a `null` value matches calls without the tag).
   */
  readonly spend: (query: {
    readonly since: number
    readonly until: number
    readonly where?: { readonly [K in TagColumn]?: string | null | undefined } | undefined
  }) => Effect.Effect<bigint, LedgerError>
}

/**
 * @since 0.1.0
 * @category tags
 */
export class UsageLedger extends Context.Tag("effect-openrouter/UsageLedger")<UsageLedger, Service>() {}
