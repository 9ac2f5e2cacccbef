/**
 * Test helpers for the usage ledger: temp SQLite files, and a PostgreSQL schema of its own per
 * test run on the local server (dropped afterwards).
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as PgClient from "@effect/sql-pg/PgClient"
import * as SqlClient from "@effect/sql/SqlClient"
import { Duration, Effect, Redacted } from "effect"

export const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "eor-ledger-"))

export const tempDb = (): string => path.join(tempDir(), "usage.db")

/** `LEDGER_TEST_PG_URL` when set (only that one), else the local server as `postgres`, then as `root`. */
const CANDIDATES = process.env["LEDGER_TEST_PG_URL"] !== undefined && process.env["LEDGER_TEST_PG_URL"] !== ""
  ? [process.env["LEDGER_TEST_PG_URL"]]
  : ["postgres://postgres@127.0.0.1:5432/test", "postgres://root@127.0.0.1:5432/test"]

/** Runs one statement on a short-lived connection. */
export const pgQuery = (url: string, text: string): Promise<ReadonlyArray<Record<string, unknown>>> =>
  Effect.runPromise(
    Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe<Record<string, unknown>>(text)).pipe(
      Effect.provide(PgClient.layer({ url: Redacted.make(url), connectTimeout: Duration.seconds(2), maxConnections: 1 }))
    )
  )

const tryConnect = (url: string): Promise<boolean> => pgQuery(url, "SELECT 1").then(() => true, () => false)

/**
 * The URL of a reachable PostgreSQL, or `undefined` (with a loud message). Under `CI=true` an
 * unreachable server is an error, not a skip.
 */
export const findPostgres = async (): Promise<string | undefined> => {
  for (const url of CANDIDATES) if (await tryConnect(url)) return url
  const ci = process.env["CI"] === "true"
  const message = `\n${"!".repeat(78)}\n!! PostgreSQL is not reachable (tried ${CANDIDATES.join(", ")}).\n` +
    (ci
      ? "!! CI=true: the PostgreSQL ledger tests FAIL instead of being skipped.\n"
      : "!! The PostgreSQL ledger tests are SKIPPED. Under CI=true this is a failure.\n") +
    `${"!".repeat(78)}\n`
  if (ci) throw new Error(message)
  console.error(message)
  return undefined
}

/** A fresh schema name for this run. */
export const schemaName = (): string => `eor_ledger_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`

export const dropSchema = async (url: string, schema: string): Promise<void> => {
  await pgQuery(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
}
