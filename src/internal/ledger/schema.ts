/**
 * The ledger's one schema for SQLite and PostgreSQL (portable types only: TEXT, VARCHAR, BIGINT,
 * INTEGER, SMALLINT; times as epoch ms), its migrations, and row mapping.
 *
 * @internal
 */
import * as Migrator from "@effect/sql/Migrator"
import * as SqlClient from "@effect/sql/SqlClient"
import * as Effect from "effect/Effect"
import { picosToMicros } from "../../Money.js"
import type * as UsageLedger from "../../UsageLedger.js"

/** @internal */
export const CALLS = "effect_openrouter_calls"
/** @internal */
export const MIGRATIONS = "effect_openrouter_migrations"

/** @internal */
export const migrations: Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> = {
  "1_create_calls": Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    yield* sql.unsafe(`CREATE TABLE ${CALLS} (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  started_at BIGINT NOT NULL,
  settled_at BIGINT,
  settled_by VARCHAR(16),
  outcome VARCHAR(16) NOT NULL,
  requested_model TEXT NOT NULL,
  served_model TEXT,
  provider TEXT,
  wire VARCHAR(8) NOT NULL,
  generation_id TEXT,
  prompt_tokens BIGINT,
  completion_tokens BIGINT,
  cached_tokens BIGINT,
  cache_write_tokens BIGINT,
  reasoning_tokens BIGINT,
  image_tokens BIGINT,
  cost_picos BIGINT,
  cost_micros BIGINT,
  cost_source VARCHAR(16),
  is_byok SMALLINT,
  upstream_cost_picos BIGINT,
  upstream_cost_micros BIGINT,
  latency_ms BIGINT,
  ttft_ms BIGINT,
  error_tag TEXT,
  error_kind TEXT,
  attempts INTEGER,
  fallback SMALLINT,
  tag_user TEXT,
  tag_feature TEXT,
  tag_tenant TEXT,
  labels TEXT
)`)
    yield* sql.unsafe(`CREATE INDEX ${CALLS}_started ON ${CALLS} (started_at)`)
    yield* sql.unsafe(`CREATE INDEX ${CALLS}_pending ON ${CALLS} (outcome, started_at)`)
    yield* sql.unsafe(`CREATE INDEX ${CALLS}_tenant ON ${CALLS} (tag_tenant, started_at)`)
    yield* sql.unsafe(`CREATE INDEX ${CALLS}_generation ON ${CALLS} (generation_id)`)
  })
}

/** The newest migration id this version knows. @internal */
export const LATEST = Math.max(...Object.keys(migrations).map((k) => Number(k.split("_")[0])))

/** Runs the migrations (no-op when up to date). @internal */
export const migrate = Migrator.make({})({ loader: Migrator.fromRecord(migrations), table: MIGRATIONS })

/** The newest migration applied to the database, 0 when none (or no migrations table). @internal */
export const appliedVersion: Effect.Effect<number, never, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql.unsafe<{ readonly v: unknown }>(`SELECT MAX(migration_id) AS v FROM ${MIGRATIONS}`)
  const v = rows[0]?.v
  return v === null || v === undefined ? 0 : Number(v)
}).pipe(Effect.orElseSucceed(() => 0))

// -----------------------------------------------------------------------------
// Row mapping
// -----------------------------------------------------------------------------

/** Column list with exact (text) reads of the pico amounts. @internal */
export const SELECT_COLUMNS = `id, started_at, settled_at, settled_by, outcome, requested_model, served_model, provider,
  wire, generation_id, prompt_tokens, completion_tokens, cached_tokens, cache_write_tokens, reasoning_tokens,
  image_tokens, CAST(cost_picos AS TEXT) AS cost_picos, cost_source, is_byok,
  CAST(upstream_cost_picos AS TEXT) AS upstream_cost_picos, latency_ms, ttft_ms, error_tag, error_kind, attempts,
  fallback, tag_user, tag_feature, tag_tenant, labels`

type Raw = Readonly<Record<string, unknown>>

const n = (u: unknown): number | null => (u === null || u === undefined ? null : Number(u))
const s = (u: unknown): string | null => (u === null || u === undefined ? null : String(u))
const big = (u: unknown): bigint | null => (u === null || u === undefined ? null : BigInt(String(u)))
const bool = (u: unknown): boolean | null => (u === null || u === undefined ? null : Number(u) !== 0)

const parseLabels = (u: unknown): Readonly<Record<string, string>> | undefined => {
  if (typeof u !== "string") return undefined
  try {
    const parsed: unknown = JSON.parse(u)
    if (typeof parsed !== "object" || parsed === null) return undefined
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(parsed)) if (typeof v === "string") out[k] = v
    return out
  } catch {
    return undefined
  }
}

/** @internal */
export const decodeRow = (r: Raw): UsageLedger.Row => {
  const costPicos = big(r["cost_picos"])
  const upstream = big(r["upstream_cost_picos"])
  const labels = parseLabels(r["labels"])
  const user = s(r["tag_user"])
  const feature = s(r["tag_feature"])
  const tenant = s(r["tag_tenant"])
  return {
    id: String(r["id"]),
    startedAt: Number(r["started_at"]),
    settledAt: n(r["settled_at"]),
    settledBy: s(r["settled_by"]) as UsageLedger.SettledBy | null,
    outcome: String(r["outcome"]) as UsageLedger.Outcome,
    requestedModel: String(r["requested_model"]),
    servedModel: s(r["served_model"]),
    provider: s(r["provider"]),
    wire: String(r["wire"]),
    generationId: s(r["generation_id"]),
    tokens: {
      prompt: n(r["prompt_tokens"]),
      completion: n(r["completion_tokens"]),
      cachedRead: n(r["cached_tokens"]),
      cacheWrite: n(r["cache_write_tokens"]),
      reasoning: n(r["reasoning_tokens"]),
      image: n(r["image_tokens"])
    },
    costPicos,
    costMicros: costPicos === null ? null : picosToMicros(costPicos),
    costSource: s(r["cost_source"]) as UsageLedger.CostSource | null,
    isByok: bool(r["is_byok"]),
    upstreamCostPicos: upstream,
    upstreamCostMicros: upstream === null ? null : picosToMicros(upstream),
    latencyMs: n(r["latency_ms"]),
    timeToFirstTokenMs: n(r["ttft_ms"]),
    errorTag: s(r["error_tag"]),
    errorKind: s(r["error_kind"]),
    attempts: n(r["attempts"]),
    fallback: bool(r["fallback"]),
    tags: {
      ...(user !== null ? { user } : {}),
      ...(feature !== null ? { feature } : {}),
      ...(tenant !== null ? { tenant } : {}),
      ...(labels !== undefined ? { labels } : {})
    }
  }
}

/** The pending row's columns. @internal */
export const pendingColumns = (e: UsageLedger.PendingEntry): Record<string, unknown> => ({
  id: e.id,
  started_at: e.startedAt,
  outcome: "pending",
  requested_model: e.requestedModel,
  wire: e.wire,
  tag_user: e.tags.user ?? null,
  tag_feature: e.tags.feature ?? null,
  tag_tenant: e.tags.tenant ?? null,
  labels: e.tags.labels === undefined || Object.keys(e.tags.labels).length === 0 ? null : JSON.stringify(e.tags.labels)
})

const bit = (b: boolean | null): number | null => (b === null ? null : b ? 1 : 0)

/**
 * The settlement's columns. Amounts are written as decimal strings (exact in both drivers; the
 * columns are BIGINT).
 *
 * @internal
 */
export const settlementColumns = (
  st: UsageLedger.Settlement,
  settledBy: UsageLedger.SettledBy
): Record<string, unknown> => ({
  settled_at: st.settledAt,
  settled_by: settledBy,
  outcome: st.outcome,
  generation_id: st.generationId,
  served_model: st.servedModel,
  provider: st.provider,
  prompt_tokens: st.tokens.prompt,
  completion_tokens: st.tokens.completion,
  cached_tokens: st.tokens.cachedRead,
  cache_write_tokens: st.tokens.cacheWrite,
  reasoning_tokens: st.tokens.reasoning,
  image_tokens: st.tokens.image,
  cost_picos: st.costPicos,
  cost_micros: st.costPicos === null ? null : picosToMicros(st.costPicos),
  cost_source: st.costSource,
  is_byok: bit(st.isByok),
  upstream_cost_picos: st.upstreamCostPicos,
  upstream_cost_micros: st.upstreamCostPicos === null ? null : picosToMicros(st.upstreamCostPicos),
  latency_ms: st.latencyMs,
  ttft_ms: st.timeToFirstTokenMs,
  error_tag: st.errorTag,
  error_kind: st.errorKind,
  attempts: st.attempts,
  fallback: bit(st.fallback)
})
