/**
 * Batched ledger writes (group commit). Two queues, each drained by one writer fiber that takes
 * whatever is queued (up to `maxBatch` operations) and commits it at once: pending rows as one
 * multi-row INSERT (their callers are released as soon as it is committed), generation ids and
 * settlements as UPDATEs in one transaction. Pending rows never wait behind settlements. A call waits
 * only for its pending row (so a crash after sending leaves it on disk); generation ids and
 * settlements are queued and not awaited — a crash before they are committed leaves the row
 * pending, which reconciliation settles on the next start. A failed write is logged and counted;
 * the calls go on.
 *
 * @internal
 */
import * as SqlClient from "@effect/sql/SqlClient"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import type * as Scope from "effect/Scope"
import type * as UsageLedger from "../../UsageLedger.js"
import { CALLS, pendingColumns, settlementColumns } from "./schema.js"

type Op =
  | { readonly _tag: "Open"; readonly entry: UsageLedger.PendingEntry; readonly done: Deferred.Deferred<void> }
  | { readonly _tag: "Served"; readonly id: string; readonly generationId: string }
  | { readonly _tag: "Settle"; readonly id: string; readonly settlement: UsageLedger.Settlement }
  | { readonly _tag: "Flush"; readonly done: Deferred.Deferred<void> }

/** @internal */
export interface WriterOptions {
  /** Most operations in one transaction. Default 256. */
  readonly maxBatch?: number | undefined
  /** Queued operations before callers wait (backpressure). Default 10 000. */
  readonly capacity?: number | undefined
}

/** Rows per INSERT statement (well under SQLite's and PostgreSQL's parameter limits). */
const INSERT_CHUNK = 64

/** @internal */
export interface Writer {
  readonly open: (entry: UsageLedger.PendingEntry) => Effect.Effect<void>
  readonly served: (id: string, generationId: string) => Effect.Effect<void>
  readonly settle: (id: string, settlement: UsageLedger.Settlement) => Effect.Effect<void>
  readonly flush: Effect.Effect<void>
  /** Batches committed and operations written, for the benchmark and tests. */
  readonly stats: () => { readonly batches: number; readonly operations: number; readonly failedBatches: number }
}

/** @internal */
export const make = (
  options: WriterOptions = {}
): Effect.Effect<Writer, never, SqlClient.SqlClient | Scope.Scope> =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const maxBatch = options.maxBatch ?? 256
    const capacity = options.capacity ?? 10_000
    // Two queues, two writer fibers: pending rows (awaited by calls) never wait behind
    // settlements. A settlement can only be queued after its pending row was committed (the call
    // waited for it), so the UPDATE always finds its row.
    const opens = yield* Queue.bounded<Op>(capacity)
    const updates = yield* Queue.bounded<Op>(capacity)
    const stats = { batches: 0, operations: 0, failedBatches: 0 }

    /** Inserts the pending rows (one statement per 64 rows; a single statement needs no transaction). */
    const insert = (ops: ReadonlyArray<Op>) => {
      const rows = ops.flatMap((op) => (op._tag === "Open" ? [pendingColumns(op.entry)] : []))
      if (rows.length === 0) return Effect.void
      const statements = Effect.forEach(
        Array.from({ length: Math.ceil(rows.length / INSERT_CHUNK) }, (_, i) => rows.slice(i * INSERT_CHUNK, (i + 1) * INSERT_CHUNK)),
        (chunk) => sql`INSERT INTO ${sql(CALLS)} ${sql.insert(chunk)}`,
        { discard: true }
      )
      return rows.length > INSERT_CHUNK ? sql.withTransaction(statements) : statements
    }

    /** Generation ids and settlements, in queue order (one transaction when there are several). */
    const update = (ops: ReadonlyArray<Op>) => {
      const statements = ops.flatMap((op) =>
        op._tag === "Served"
          ? [sql`UPDATE ${sql(CALLS)} SET generation_id = ${op.generationId} WHERE id = ${op.id} AND outcome = 'pending'`]
          : op._tag === "Settle"
          // Settled once: a row already closed (reconciled meanwhile) is not overwritten.
          ? [sql`UPDATE ${sql(CALLS)} SET ${sql.update(settlementColumns(op.settlement, "call"))} WHERE id = ${op.id} AND outcome = 'pending'`]
          : []
      )
      if (statements.length === 0) return Effect.void
      const all = Effect.forEach(statements, (st) => st, { discard: true })
      return statements.length > 1 ? sql.withTransaction(all) : all
    }

    const failed = (what: string) => (cause: unknown) =>
      Effect.sync(() => {
        stats.failedBatches++
      }).pipe(Effect.zipRight(Effect.logWarning(`effect-openrouter ledger: ${what} failed; the calls go on`, cause)))

    const drain = (queue: Queue.Queue<Op>, write: (ops: ReadonlyArray<Op>) => Effect.Effect<void, unknown>, what: string) =>
      Effect.gen(function*() {
        while (true) {
          const batch = Array.from(yield* Queue.takeBetween(queue, 1, maxBatch))
          stats.batches++
          stats.operations += batch.length
          yield* Effect.catchAllCause(write(batch), failed(what))
          for (const op of batch) if (op._tag === "Open" || op._tag === "Flush") yield* Deferred.succeed(op.done, undefined)
        }
      })
    yield* Effect.forkScoped(Effect.interruptible(drain(opens, insert, "writing pending rows")))
    yield* Effect.forkScoped(Effect.interruptible(drain(updates, update, "writing settlements")))

    const awaited = (queue: Queue.Queue<Op>, make: (done: Deferred.Deferred<void>) => Op) =>
      Effect.flatMap(Deferred.make<void>(), (done) => Effect.zipRight(Queue.offer(queue, make(done)), Deferred.await(done)))

    // Pending rows first, then the updates queued so far (including those of the rows just written).
    const flush = Effect.zipRight(
      awaited(opens, (done) => ({ _tag: "Flush", done })),
      awaited(updates, (done) => ({ _tag: "Flush", done }))
    )
    // Last act of the layer: everything queued reaches the database.
    yield* Effect.addFinalizer(() => flush)

    return {
      open: (entry) => awaited(opens, (done) => ({ _tag: "Open", entry, done })),
      served: (id, generationId) => Effect.asVoid(Queue.offer(updates, { _tag: "Served", id, generationId })),
      settle: (id, settlement) => Effect.asVoid(Queue.offer(updates, { _tag: "Settle", id, settlement })),
      flush,
      stats: () => ({ ...stats })
    }
  })
