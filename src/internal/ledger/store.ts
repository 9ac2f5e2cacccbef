/**
 * The ledger over any `@effect/sql` client: start-up checks, migrations, batched writes, queries
 * and reconciliation. Only portable SQL is used, so SQLite and PostgreSQL give the same answers.
 *
 * @internal
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type * as Statement from "@effect/sql/Statement"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import type { Generation } from "../../Generation.js"
import { parseUsd, picosToMicros } from "../../Money.js"
import * as UsageLedger from "../../UsageLedger.js"
import { appliedVersion, CALLS, decodeRow, LATEST, migrate, SELECT_COLUMNS, settlementColumns } from "./schema.js"
import * as Writer from "./writer.js"

/** @internal */
export interface StoreOptions extends Writer.WriterOptions {
  readonly defaultTags?: UsageLedger.Tags | undefined
  /** How the database is named in errors (a file path or a redacted URL). */
  readonly description: string
  /** The `LedgerError` reason when the database cannot be read at start. */
  readonly unreachableReason: "BadPath" | "Unreachable"
  /** PostgreSQL: a schema to create (if missing) before migrating. */
  readonly schema?: string | undefined
  /** SQLite only: `NORMAL` (default; a commit survives a process crash, not a power loss) or `FULL` (fsync per commit). */
  readonly synchronous?: "NORMAL" | "FULL" | undefined
}

const GROUP_KEYS: Record<UsageLedger.GroupBy, string> = {
  model: "COALESCE(served_model, requested_model)",
  requested_model: "requested_model",
  provider: "provider",
  day: "(started_at / 86400000)",
  outcome: "outcome",
  user: "tag_user",
  feature: "tag_feature",
  tenant: "tag_tenant"
}

const TAG_COLUMNS: Record<UsageLedger.TagColumn, string> = { user: "tag_user", feature: "tag_feature", tenant: "tag_tenant" }

const num = (u: unknown): number => (u === null || u === undefined ? 0 : Number(u))
const numOrNull = (u: unknown): number | null => (u === null || u === undefined ? null : Number(u))
const big = (u: unknown): bigint => (u === null || u === undefined ? 0n : BigInt(String(u)))

const queryError = (message: string) => (cause: unknown) =>
  new UsageLedger.LedgerError({ message: `${message}: ${String((cause as { message?: unknown }).message ?? cause)}`, reason: "Query", cause })

const dayKey = (u: unknown): string => new Date(Number(u) * 86_400_000).toISOString().slice(0, 10)

/** What a `/generation` record says about a call that was left pending. @internal */
export const settlementFromGeneration = (
  g: Generation,
  generationId: string,
  now: number
): UsageLedger.Settlement => {
  const cost = Option.getOrNull(parseUsd(g.total_cost ?? g.usage ?? Number.NaN))
  const isByok = typeof g.is_byok === "boolean" ? g.is_byok : null
  const upstream = isByok === true && typeof g.upstream_inference_cost === "number"
    ? Option.getOrNull(parseUsd(g.upstream_inference_cost))
    : null
  return {
    settledAt: now,
    outcome: "interrupted",
    generationId,
    servedModel: g.model ?? null,
    provider: g.provider_name ?? null,
    tokens: {
      prompt: g.native_tokens_prompt ?? g.tokens_prompt ?? null,
      completion: g.native_tokens_completion ?? g.tokens_completion ?? null,
      cachedRead: g.native_tokens_cached ?? null,
      cacheWrite: null,
      reasoning: g.native_tokens_reasoning ?? null,
      image: g.native_tokens_completion_images ?? null
    },
    costPicos: cost,
    costSource: cost === null ? "unknown" : "generation",
    isByok,
    upstreamCostPicos: upstream,
    latencyMs: null,
    timeToFirstTokenMs: null,
    errorTag: "ProcessLost",
    errorKind: null,
    attempts: null,
    fallback: null
  }
}

const abandoned = (now: number, generationId: string | null): UsageLedger.Settlement => ({
  settledAt: now,
  outcome: "interrupted",
  generationId,
  servedModel: null,
  provider: null,
  tokens: { prompt: null, completion: null, cachedRead: null, cacheWrite: null, reasoning: null, image: null },
  costPicos: null,
  costSource: "unknown",
  isByok: null,
  upstreamCostPicos: null,
  latencyMs: null,
  timeToFirstTokenMs: null,
  errorTag: "ProcessLost",
  errorKind: null,
  attempts: null,
  fallback: null
})

/** Any number: the PostgreSQL advisory lock that serializes ledger start-ups (schema, migrations). */
const STARTUP_LOCK = 7_265_400_133

/**
 * Runs `self` while holding a session advisory lock on PostgreSQL, so processes starting at the
 * same time do not race to create the schema and the migrations table. Elsewhere, runs `self`.
 */
const startupLock = <A, R>(
  self: Effect.Effect<A, UsageLedger.LedgerError, R>
): Effect.Effect<A, UsageLedger.LedgerError, R | SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql.onDialectOrElse({
      pg: () =>
        Effect.scoped(Effect.gen(function*() {
          const connection = yield* sql.reserve
          yield* connection.executeRaw(`SELECT pg_advisory_lock(${STARTUP_LOCK})`, [])
          return yield* self.pipe(
            Effect.ensuring(Effect.ignore(connection.executeRaw(`SELECT pg_advisory_unlock(${STARTUP_LOCK})`, [])))
          )
        })).pipe(
          Effect.catchTag("SqlError", (cause) =>
            Effect.fail(new UsageLedger.LedgerError({ message: `Cannot lock the ledger for start-up: ${cause.message}`, reason: "Unreachable", cause })))
        ),
      orElse: () => self
    }))

/**
 * Checks the database, refuses a schema from a newer version, migrates, starts the writer.
 *
 * @internal
 */
export const make = (
  options: StoreOptions
): Effect.Effect<UsageLedger.Service & { readonly stats: Writer.Writer["stats"] }, UsageLedger.LedgerError, SqlClient.SqlClient | Scope.Scope> =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    // A file that is not a database, or a server that went away, fails here and not on a call.
    const probe = sql.onDialectOrElse({
      sqlite: () => sql`SELECT COUNT(*) AS n FROM sqlite_master`,
      orElse: () => sql`SELECT 1 AS n`
    })
    yield* Effect.mapError(probe, (cause) =>
      new UsageLedger.LedgerError({
        message: `Cannot read the usage ledger at ${options.description}: ${cause.message}`,
        reason: options.unreachableReason,
        cause
      }))
    // SQLite: WAL (set by the client) with synchronous=NORMAL commits without an fsync each time;
    // another process (the report CLI) may hold the file briefly, so wait for locks.
    yield* sql.onDialectOrElse({
      sqlite: () =>
        Effect.zipRight(
          sql.unsafe(`PRAGMA synchronous = ${options.synchronous === "FULL" ? "FULL" : "NORMAL"}`),
          sql.unsafe("PRAGMA busy_timeout = 5000")
        ),
      orElse: () => Effect.void
    }).pipe(Effect.orElse(() => Effect.void))
    yield* startupLock(Effect.gen(function*() {
      if (options.schema !== undefined) {
        yield* Effect.mapError(
          sql.unsafe(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`),
          (cause) => new UsageLedger.LedgerError({ message: `Cannot create schema ${options.schema}: ${cause.message}`, reason: "Unreachable", cause })
        )
      }
      const applied = yield* appliedVersion
      if (applied > LATEST) {
        return yield* new UsageLedger.LedgerError({
          message:
            `The usage ledger at ${options.description} has schema version ${applied}, newer than this version of effect-openrouter knows (${LATEST}); upgrade effect-openrouter`,
          reason: "SchemaTooNew"
        })
      }
      yield* migrate.pipe(
        Effect.catchAllDefect((defect) => Effect.fail(defect)),
        Effect.mapError((cause) =>
          new UsageLedger.LedgerError({
            message: `Migrating the usage ledger at ${options.description} failed: ${String((cause as { message?: unknown }).message ?? cause)}`,
            reason: "Migration",
            cause
          })
        )
      )
    }))
    const writer = yield* Writer.make(options)

    const where = (q: {
      readonly since?: number | undefined
      readonly until?: number | undefined
      readonly outcome?: string | undefined
      readonly where?: { readonly [K in UsageLedger.TagColumn]?: string | null | undefined } | undefined
    }): Statement.Fragment => {
      const clauses: Array<Statement.Fragment> = []
      if (q.since !== undefined) clauses.push(sql`started_at >= ${q.since}`)
      if (q.until !== undefined) clauses.push(sql`started_at < ${q.until}`)
      if (q.outcome !== undefined) clauses.push(sql`outcome = ${q.outcome}`)
      for (const [tag, column] of Object.entries(TAG_COLUMNS) as Array<[UsageLedger.TagColumn, string]>) {
        const value = q.where?.[tag]
        if (value === null) clauses.push(sql`${sql(column)} IS NULL`)
        else if (value !== undefined) clauses.push(sql`${sql(column)} = ${value}`)
      }
      return sql.and(clauses)
    }

    const report = (q: UsageLedger.ReportQuery): Effect.Effect<ReadonlyArray<UsageLedger.ReportRow>, UsageLedger.LedgerError> =>
      Effect.gen(function*() {
        const key = GROUP_KEYS[q.by]
        const rows = yield* sql<Record<string, unknown>>`SELECT ${sql.literal(key)} AS k,
  COUNT(*) AS calls,
  SUM(CASE WHEN outcome = 'success' THEN 1 ELSE 0 END) AS succeeded,
  SUM(CASE WHEN outcome = 'error' THEN 1 ELSE 0 END) AS failed,
  SUM(CASE WHEN outcome = 'interrupted' THEN 1 ELSE 0 END) AS interrupted,
  SUM(CASE WHEN outcome = 'pending' THEN 1 ELSE 0 END) AS pending,
  SUM(COALESCE(attempts, 0)) AS attempts,
  SUM(prompt_tokens) AS prompt_tokens,
  SUM(completion_tokens) AS completion_tokens,
  SUM(cached_tokens) AS cached_tokens,
  SUM(reasoning_tokens) AS reasoning_tokens,
  CAST(SUM(CASE WHEN cost_source IN ('reported', 'generation') THEN cost_picos ELSE 0 END) AS TEXT) AS cost_picos,
  SUM(CASE WHEN cost_source = 'estimated' THEN 1 ELSE 0 END) AS estimated_calls,
  CAST(SUM(CASE WHEN cost_source = 'estimated' THEN cost_picos ELSE 0 END) AS TEXT) AS estimated_picos,
  SUM(CASE WHEN cost_source = 'unknown' THEN 1 ELSE 0 END) AS unknown_calls,
  SUM(CASE WHEN is_byok = 1 THEN 1 ELSE 0 END) AS byok_calls,
  CAST(SUM(COALESCE(upstream_cost_picos, 0)) AS TEXT) AS upstream_picos
FROM ${sql(CALLS)} WHERE ${where(q)} GROUP BY 1`.pipe(Effect.mapError(queryError("Ledger report failed")))
        const out = rows.map((r): UsageLedger.ReportRow => {
          const failed = num(r["failed"])
          const interrupted = num(r["interrupted"])
          const calls = num(r["calls"])
          const settled = calls - num(r["pending"])
          const costPicos = big(r["cost_picos"])
          const estimatedCostPicos = big(r["estimated_picos"])
          const k = r["k"]
          return {
            key: k === null || k === undefined ? null : q.by === "day" ? dayKey(k) : String(k),
            calls,
            succeeded: num(r["succeeded"]),
            failed,
            interrupted,
            pending: num(r["pending"]),
            failureRate: settled === 0 ? 0 : (failed + interrupted) / settled,
            attempts: num(r["attempts"]),
            promptTokens: numOrNull(r["prompt_tokens"]),
            completionTokens: numOrNull(r["completion_tokens"]),
            cachedTokens: numOrNull(r["cached_tokens"]),
            reasoningTokens: numOrNull(r["reasoning_tokens"]),
            costPicos,
            costMicros: picosToMicros(costPicos),
            estimatedCalls: num(r["estimated_calls"]),
            estimatedCostPicos,
            estimatedCostMicros: picosToMicros(estimatedCostPicos),
            unknownCostCalls: num(r["unknown_calls"]),
            byokCalls: num(r["byok_calls"]),
            upstreamCostMicros: picosToMicros(big(r["upstream_picos"]))
          }
        })
        if (q.top !== undefined) {
          return out.sort((a, b) => (a.costPicos === b.costPicos ? b.calls - a.calls : a.costPicos < b.costPicos ? 1 : -1))
            .slice(0, Math.max(0, q.top))
        }
        return out.sort((a, b) => (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff"))
      })

    const rows = (q: UsageLedger.RowsQuery = {}) =>
      Effect.map(
        sql<Record<string, unknown>>`SELECT ${sql.literal(SELECT_COLUMNS)} FROM ${sql(CALLS)} WHERE ${where(q)}
ORDER BY started_at DESC, id DESC ${q.limit !== undefined ? sql`LIMIT ${Math.max(0, Math.floor(q.limit))}` : sql.literal("")}`
          .pipe(Effect.mapError(queryError("Reading ledger rows failed"))),
        (raw) => raw.map(decodeRow)
      )

    const spend: UsageLedger.Service["spend"] = (q) =>
      Effect.map(
        sql<{ readonly total: unknown }>`SELECT CAST(SUM(CASE WHEN cost_source IN ('reported', 'generation', 'estimated') THEN cost_picos ELSE 0 END) AS TEXT) AS total
FROM ${sql(CALLS)} WHERE ${where(q)}`.pipe(Effect.mapError(queryError("Reading ledger spend failed"))),
        (r) => big(r[0]?.total)
      )

    const closeRow = (id: string, settlement: UsageLedger.Settlement, by: UsageLedger.SettledBy) =>
      sql`UPDATE ${sql(CALLS)} SET ${sql.update(settlementColumns(settlement, by))} WHERE id = ${id} AND outcome = 'pending'`

    const reconcile = (o: UsageLedger.ReconcileOptions) =>
      Effect.gen(function*() {
        yield* writer.flush
        const now = yield* Clock.currentTimeMillis
        const cutoff = now - (o.olderThanMs ?? 15 * 60_000)
        const pending = yield* sql<{ readonly id: string; readonly generation_id: string | null }>`SELECT id, generation_id
FROM ${sql(CALLS)} WHERE outcome = 'pending' AND started_at <= ${cutoff}`
        const summary = { reconciled: 0, abandoned: 0, failed: 0 }
        yield* Effect.forEach(pending, (row) =>
          Effect.gen(function*() {
            if (row.generation_id === null) {
              yield* closeRow(row.id, abandoned(now, null), "abandoned")
              summary.abandoned++
              return
            }
            const looked = yield* Effect.either(o.generation(row.generation_id))
            if (looked._tag === "Right") {
              yield* closeRow(row.id, settlementFromGeneration(looked.right.raw, row.generation_id, now), "reconciled")
              summary.reconciled++
            } else if (
              looked.left._tag === "NotFoundError" || looked.left._tag === "ModelNotFoundError" ||
              looked.left._tag === "InvalidRequestError"
            ) {
              // `/generation` has no record of it: the cost stays unknown.
              yield* closeRow(row.id, abandoned(now, row.generation_id), "abandoned")
              summary.abandoned++
            } else {
              summary.failed++
            }
          }), { concurrency: 8, discard: true })
        return summary
      }).pipe(Effect.mapError(queryError("Reconciling the ledger failed")))

    const service: UsageLedger.Service & { readonly stats: Writer.Writer["stats"] } = {
      defaultTags: options.defaultTags ?? {},
      open: writer.open,
      served: writer.served,
      settle: writer.settle,
      flush: writer.flush,
      report,
      rows,
      reconcile,
      spend,
      stats: writer.stats
    }
    return service
  })
