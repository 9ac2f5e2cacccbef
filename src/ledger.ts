/**
 * `effect-openrouter/ledger`: the usage ledger on `@effect/sql` — one row per call on disk (an
 * embedded SQLite file by default, PostgreSQL shared by a fleet), budgets that survive restarts,
 * reconciliation of calls a crash left pending, and spend reports.
 *
 * ```ts
 * import { OpenRouter } from "effect-openrouter"
 * import * as Ledger from "effect-openrouter/ledger"
 *
 * const Live = OpenRouter.layer.pipe(
 *   Layer.provide(Ledger.layerSqlite({ defaultTags: { feature: "chat" } })), // ./.effect-openrouter/usage.db
 *   Layer.provide(OpenRouterConfig.layerEnv),
 *   Layer.provide(NodeHttpClient.layerUndici)
 * )
 * ```
 *
 * Needs the optional peer dependencies `@effect/sql` and `@effect/sql-sqlite-node` (SQLite) or
 * `@effect/sql-pg` (PostgreSQL). See docs/ledger.md.
 *
 * @since 0.1.0
 */
import type * as PgClient from "@effect/sql-pg/PgClient"
import type * as SqliteClient from "@effect/sql-sqlite-node/SqliteClient"
import * as SqlClient from "@effect/sql/SqlClient"
import * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Budget from "./Budget.js"
import * as LedgerBudget from "./internal/ledger/budget.js"
import * as Report from "./internal/ledger/report.js"
import * as Store from "./internal/ledger/store.js"
import * as OpenRouter from "./OpenRouter.js"
import { LedgerError, UsageLedger } from "./UsageLedger.js"
import type * as UsageLedgerTypes from "./UsageLedger.js"

export {
  /** @since 0.1.0 */
  LedgerError,
  /** @since 0.1.0 */
  UsageLedger
}

// =============================================================================
// Options
// =============================================================================

/**
 * Options shared by every ledger layer.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Tags added to every call made through this layer (per-call and `withTags` tags win). */
  readonly defaultTags?: UsageLedgerTypes.Tags | undefined
  /** Most writes committed in one transaction. Default 256. */
  readonly maxBatch?: number | undefined
  /** Writes queued before calls wait for the database (backpressure). Default 10 000. */
  readonly capacity?: number | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface SqliteOptions extends Options {
  /** The database file (created with its directory on first use). Default `./.effect-openrouter/usage.db`. */
  readonly filename?: string | undefined
  /**
   * `NORMAL` (default): commits survive a crash of the process (what the ledger guarantees), a
   * power loss may drop the last ones. `FULL`: an fsync per commit (slower).
   */
  readonly synchronous?: "NORMAL" | "FULL" | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface PgOptions extends Options {
  /** `postgres://user@host:5432/database` (a password in it is never printed). */
  readonly url: string | Redacted.Redacted
  /** A schema to keep the tables in (created if missing; set as the connection's `search_path`). */
  readonly schema?: string | undefined
  /** How long to wait for the server at start. Default 5 s. */
  readonly connectTimeout?: Duration.DurationInput | undefined
  /** Pool size. Default 10 (pg's default). */
  readonly maxConnections?: number | undefined
}

/**
 * The default SQLite file: `.effect-openrouter/usage.db` under the working directory.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultFilename = (): string => path.join(process.cwd(), ".effect-openrouter", "usage.db")

// =============================================================================
// Layers
// =============================================================================

/** Loads an optional driver package, or fails with a message naming what to install. */
const driver = <M>(name: string, load: () => Promise<M>): Effect.Effect<M, LedgerError> =>
  Effect.tryPromise({
    try: load,
    catch: (cause) =>
      new LedgerError({
        message: `The usage ledger needs the optional peer dependency ${name} (npm install ${name} @effect/sql): ${
          cause instanceof Error ? cause.message : String(cause)
        }`,
        reason: "MissingDriver",
        cause
      })
  })

const toLedgerError = (reason: "BadPath" | "Unreachable", description: string) => (cause: Cause.Cause<unknown>): LedgerError => {
  const failure = Option.getOrUndefined(Cause.failureOption(cause))
  if (failure instanceof LedgerError) return failure
  const error = failure ?? Option.getOrUndefined(Cause.dieOption(cause))
  const message = error instanceof Error ? error.message : Cause.pretty(cause)
  return new LedgerError({ message: `Cannot open the usage ledger at ${description}: ${message}`, reason, cause: error })
}

/**
 * A ledger over the `SqlClient` in context (any dialect `@effect/sql` supports; tested on SQLite
 * and PostgreSQL). Migrates at start.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options & { readonly description?: string | undefined } = {}
): Layer.Layer<UsageLedger, LedgerError, SqlClient.SqlClient> =>
  Layer.scoped(
    UsageLedger,
    Store.make({ ...options, description: options.description ?? "the SQL client", unreachableReason: "Unreachable" })
  )

/**
 * The ledger in an SQLite file (WAL mode). A path that cannot be created or opened, or a file
 * that is not an SQLite database, fails here with `LedgerError` (`BadPath`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerSqlite = (options: SqliteOptions = {}): Layer.Layer<UsageLedger, LedgerError> => {
  const filename = path.resolve(options.filename ?? defaultFilename())
  const client = Layer.unwrapEffect(
    Effect.gen(function*() {
      const Sqlite: typeof SqliteClient = yield* driver("@effect/sql-sqlite-node", () => import("@effect/sql-sqlite-node/SqliteClient"))
      yield* Effect.try({
        try: () => fs.mkdirSync(path.dirname(filename), { recursive: true }),
        catch: (cause) =>
          new LedgerError({
            message: `Cannot create the usage ledger directory for ${filename}: ${cause instanceof Error ? cause.message : String(cause)}`,
            reason: "BadPath",
            cause
          })
      })
      return Sqlite.layer({ filename })
    })
  )
  return Layer.scoped(
    UsageLedger,
    Store.make({ ...options, description: filename, unreachableReason: "BadPath" })
  ).pipe(
    Layer.provide(client),
    Layer.catchAllCause((cause) => Layer.fail(toLedgerError("BadPath", filename)(cause)))
  )
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/

const describeUrl = (url: string): string => {
  try {
    const u = new URL(url)
    if (u.password !== "") u.password = "***"
    return u.toString()
  } catch {
    return "<invalid url>"
  }
}

/**
 * The ledger in PostgreSQL, shared by every process pointed at it. An unreachable server fails
 * here with `LedgerError` (`Unreachable`) after `connectTimeout`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerPg = (options: PgOptions): Layer.Layer<UsageLedger, LedgerError> => {
  const raw = Redacted.isRedacted(options.url) ? Redacted.value(options.url) : options.url
  const description = describeUrl(raw)
  const schema = options.schema
  const client = Layer.unwrapEffect(
    Effect.gen(function*() {
      if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
        return yield* new LedgerError({ message: `Invalid schema name ${JSON.stringify(schema)}`, reason: "BadPath" })
      }
      const Pg: typeof PgClient = yield* driver("@effect/sql-pg", () => import("@effect/sql-pg/PgClient"))
      let url = raw
      if (schema !== undefined) {
        const u = yield* Effect.try({
          try: () => new URL(raw),
          catch: () => new LedgerError({ message: `Invalid PostgreSQL url ${description}`, reason: "Unreachable" })
        })
        u.searchParams.set("options", `-c search_path=${schema}`)
        url = u.toString()
      }
      return Pg.layer({
        url: Redacted.make(url),
        connectTimeout: options.connectTimeout ?? Duration.seconds(5),
        ...(options.maxConnections !== undefined ? { maxConnections: options.maxConnections } : {}),
        applicationName: "effect-openrouter-ledger"
      })
    })
  )
  return Layer.scoped(
    UsageLedger,
    Store.make({ ...options, description, unreachableReason: "Unreachable" })
  ).pipe(
    Layer.provide(client),
    Layer.catchAllCause((cause) => Layer.fail(toLedgerError("Unreachable", description)(cause)))
  )
}

/**
 * Settles, at start, the pending rows a crashed process left behind: each one with a generation
 * id is looked up through `GET /generation` (the cost OpenRouter billed); one without is closed
 * with an unknown cost. Rows younger than `olderThan` (default 15 minutes, beyond the default
 * 10-minute call deadline) are left alone: they may belong to a live process sharing the database.
 * Runs before the layer is ready unless `background` is set.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerReconcile = (
  options: { readonly olderThan?: Duration.DurationInput | undefined; readonly background?: boolean | undefined } = {}
): Layer.Layer<never, LedgerError, UsageLedger | OpenRouter.OpenRouter> =>
  Layer.scopedDiscard(Effect.gen(function*() {
    const ledger = yield* UsageLedger
    const openrouter = yield* OpenRouter.OpenRouter
    const run = Effect.tap(
      ledger.reconcile({
        ...(options.olderThan !== undefined ? { olderThanMs: Duration.toMillis(Duration.decode(options.olderThan)) } : {}),
        generation: openrouter.generation
      }),
      (s) =>
        s.reconciled + s.abandoned + s.failed > 0
          ? Effect.logInfo(`effect-openrouter ledger: reconciled ${s.reconciled}, abandoned ${s.abandoned}, failed ${s.failed}`)
          : Effect.void
    )
    if (options.background === true) yield* Effect.forkScoped(Effect.ignoreLogged(run))
    else yield* run
  }))

// =============================================================================
// Budgets
// =============================================================================

/**
 * A spend cap over a ledger window.
 *
 * @since 0.1.0
 * @category models
 */
export type Cap = LedgerBudget.Cap

/**
 * @since 0.1.0
 * @category models
 */
export type BudgetOptions = LedgerBudget.Options

/**
 * A `Budget` whose caps are ledger windows: per UTC day or month, for everything, for calls with
 * given tag values, or for each value of a tag (`{ usd: 5, window: "day", per: "tenant" }`: every
 * tenant may spend $5 a day). Calls over a cap are refused with `BudgetExceededError` before
 * anything is sent. Each cap starts from what the ledger already holds for its window, so a
 * restart does not reset it. A call counts in the window it started in.
 *
 * Within one process the account is exact (reservations before sending, settled to the reported
 * cost). Several processes sharing a PostgreSQL ledger each read the starting point once per
 * window and then count their own calls: they can overshoot a cap by what the others spend in the
 * meantime (see docs/ledger.md).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerBudget = (options: BudgetOptions): Layer.Layer<Budget.Budget, never, UsageLedger> =>
  Layer.effect(Budget.Budget, Effect.flatMap(UsageLedger, (ledger) => LedgerBudget.make(ledger, options)))

// =============================================================================
// Reports
// =============================================================================

/**
 * The report as a plain-text table with a total line and notes (pending, unknown, estimated, BYOK).
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatTable: (rows: ReadonlyArray<UsageLedgerTypes.ReportRow>, by: string) => string = Report.formatTable

/**
 * The report as CSV (amounts in integer micro-USD).
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatCsv: (rows: ReadonlyArray<UsageLedgerTypes.ReportRow>) => string = Report.formatCsv

/**
 * The report as JSON (amounts in integer micro-USD, exact pico-USD as strings).
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatJson: (rows: ReadonlyArray<UsageLedgerTypes.ReportRow>) => string = Report.formatJson

/**
 * Parses `7d`, `24h`, `30m`, `2w` (before `now`) or an ISO date.
 *
 * @since 0.1.0
 * @category utils
 */
export const parseSince: (text: string, now: number) => number | undefined = Report.parseSince

/**
 * A report from the ledger in context.
 *
 * @since 0.1.0
 * @category accessors
 */
export const report = (
  query: UsageLedgerTypes.ReportQuery
): Effect.Effect<ReadonlyArray<UsageLedgerTypes.ReportRow>, LedgerError, UsageLedger> =>
  Effect.flatMap(UsageLedger, (l) => Effect.zipRight(l.flush, l.report(query)))
