/**
 * The usage ledger against a real SQLite file (temp dir) and the real PostgreSQL on 127.0.0.1
 * (a schema of its own per run, dropped afterwards): start-up errors, migrations, the pipeline
 * stage (pending before send, one settlement), tags, reports on both databases, ledger budgets
 * across restarts, reconciliation.
 */
import * as SqliteClient from "@effect/sql-sqlite-node/SqliteClient"
import * as SqlClient from "@effect/sql/SqlClient"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { afterAll, assert, describe, it } from "@effect/vitest"
import { Effect, Either, Fiber, Layer, Schedule } from "effect"
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as LedgerBudget from "../src/internal/ledger/budget.js"
import * as Cli from "../src/internal/ledger/cli.js"
import * as Ledger from "../src/ledger.js"
import { parseUsd } from "../src/Money.js"
import * as OpenRouter from "../src/OpenRouter.js"
import type { OpenRouterError } from "../src/OpenRouterError.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import * as UsageLedger from "../src/UsageLedger.js"
import { dropSchema, findPostgres, pgQuery, schemaName, tempDb } from "./ledgerHelpers.js"

const user = (content: string) => [{ role: "user" as const, content }]

const fastRetry = RetryPolicy.layer({ maxRetries: 2, schedule: Schedule.spaced("1 millis") })

type LedgerLayer = Layer.Layer<UsageLedger.UsageLedger, UsageLedger.LedgerError>

/** OpenRouter + meter + the given ledger, against a Simulator started for the test. */
const stack = (ledger: LedgerLayer, extra: Layer.Layer<never, never, UsageLedger.UsageLedger> = Layer.empty) =>
  OpenRouter.layer.pipe(
    Layer.provideMerge(Layer.mergeAll(fastRetry, CostMeter.layer)),
    Layer.provideMerge(extra),
    Layer.provideMerge(ledger),
    Layer.provideMerge(Simulator.layer({ timings: { chunkDelay: "0 millis" } })),
    Layer.provideMerge(NodeHttpClient.layerUndici)
  )

/** OpenRouter + the given ledger, on the Simulator and HTTP client already in context. */
const onSimulator = (ledger: LedgerLayer) =>
  OpenRouter.layer.pipe(Layer.provide(RetryPolicy.none), Layer.provideMerge(ledger))

const startError = (layer: LedgerLayer) =>
  Effect.flip(Effect.scoped(Layer.build(layer)))

/** The local PostgreSQL, found before the tests are collected (loud skip when absent; an error under CI=true). */
const pgUrl: string | undefined = await findPostgres()
const schema = schemaName()
const pgLedger = (options: Omit<Ledger.PgOptions, "url"> = {}): LedgerLayer =>
  Ledger.layerPg({ url: pgUrl ?? "postgres://unreachable", schema, ...options })

afterAll(async () => {
  if (pgUrl !== undefined) await dropSchema(pgUrl, schema)
})

/** A fixed mix of calls: successes on two models, tags, a retried 503, a refusal, a dropped stream. */
const workload = Effect.gen(function*() {
  const or = yield* OpenRouter.OpenRouter
  const run = (model: string, content: string, options: OpenRouter.CallOptions = {}) =>
    Effect.either(or.chat({ model, messages: user(content), max_tokens: 50 }, options))
  yield* run("sim/echo", "one", { tags: { tenant: "A", feature: "chat", user: "u1" } })
  yield* run("sim/echo", "two", { tags: { tenant: "A", feature: "search" }, wire: "json" })
  yield* run("sim/echo-large", "three", { tags: { tenant: "B", labels: { run: "x" } } })
  yield* run("sim/reasoning", "four", { tags: { tenant: "B" } })
  yield* run("sim/flaky-503-1", "five", { tags: { tenant: "A" } })
  yield* run("sim/moderated", "six", { tags: { tenant: "C" } })
  yield* run("sim/drop-after-3", "seven", { tags: { tenant: "C" }, retry: { maxRetries: 0 } })
  const ledger = yield* UsageLedger.UsageLedger
  yield* ledger.flush
  return ledger
})

const byEvery = ["model", "requested_model", "provider", "day", "outcome", "user", "feature", "tenant"] as const

describe("UsageLedger", () => {
  describe("start-up", () => {
    it.live("a path that cannot be created fails at layer start with BadPath", () =>
      Effect.gen(function*() {
        const file = tempDb()
        fs.writeFileSync(file, "")
        const error = yield* startError(Ledger.layerSqlite({ filename: path.join(file, "sub", "usage.db") }))
        assert.strictEqual(error._tag, "LedgerError")
        assert.strictEqual(error.reason, "BadPath")
        assert.include(error.message, "sub")
      }))

    it.live("a file that is not an SQLite database fails at layer start with BadPath", () =>
      Effect.gen(function*() {
        const file = tempDb()
        fs.writeFileSync(file, "this is not a database, just text that is long enough to have a header".repeat(20))
        const error = yield* startError(Ledger.layerSqlite({ filename: file }))
        assert.strictEqual(error.reason, "BadPath")
      }))

    it.live("an unreachable PostgreSQL fails at layer start with Unreachable (never on the first call)", () =>
      Effect.gen(function*() {
        const error = yield* startError(
          Ledger.layerPg({ url: "postgres://postgres:secret-pw@127.0.0.1:1/test", connectTimeout: "1 second" })
        )
        assert.strictEqual(error.reason, "Unreachable")
        assert.notInclude(error.message, "secret-pw")
      }))

    it.live("SQLite: migrations from empty, then re-run on the same file; a newer schema is refused", () =>
      Effect.gen(function*() {
        const file = tempDb()
        assert.isFalse(fs.existsSync(file))
        for (let i = 0; i < 2; i++) {
          const rows = yield* Effect.scoped(
            Effect.flatMap(Layer.build(Ledger.layerSqlite({ filename: file })), (ctx) =>
              Effect.flatMap(Effect.succeed(ctx.unsafeMap.get(UsageLedger.UsageLedger.key) as UsageLedger.Service), (l) => l.rows()))
          )
          assert.deepStrictEqual(rows, [])
        }
        assert.isTrue(fs.existsSync(file))
        // A version of the library from the future migrated this file.
        const applied = yield* Effect.flatMap(SqlClient.SqlClient, (sql) =>
          Effect.zipLeft(
            sql<{ readonly migration_id: number }>`SELECT migration_id FROM effect_openrouter_migrations`,
            sql`INSERT INTO effect_openrouter_migrations (migration_id, name) VALUES (2, 'future')`
          )).pipe(Effect.provide(SqliteClient.layer({ filename: file })))
        assert.deepStrictEqual(applied.map((r) => r.migration_id), [1])
        const error = yield* startError(Ledger.layerSqlite({ filename: file }))
        assert.strictEqual(error.reason, "SchemaTooNew")
      }))

    it.live("SQLite: two ledgers opening one new file at once (two processes starting together) both start", () =>
      Effect.gen(function*() {
        const file = tempDb()
        const open = Effect.scoped(Effect.flatMap(Layer.build(Ledger.layerSqlite({ filename: file })), () => Effect.void))
        yield* Effect.all([open, open, open], { concurrency: "unbounded" })
      }))

    it.live.skipIf(pgUrl === undefined)("PostgreSQL: migrations from empty, then re-run; a newer schema is refused", () =>
      Effect.gen(function*() {
        const url = pgUrl ?? ""
        const own = schemaName()
        try {
          for (let i = 0; i < 2; i++) {
            yield* Effect.scoped(Layer.build(Ledger.layerPg({ url, schema: own })))
          }
          const applied = yield* Effect.promise(() => pgQuery(url, `SELECT migration_id FROM "${own}".effect_openrouter_migrations`))
          assert.deepStrictEqual(applied.map((r) => Number(r["migration_id"])), [1])
          yield* Effect.promise(() => pgQuery(url, `INSERT INTO "${own}".effect_openrouter_migrations (migration_id, name) VALUES (7, 'future')`))
          const error = yield* startError(Ledger.layerPg({ url, schema: own }))
          assert.strictEqual(error.reason, "SchemaTooNew")
        } finally {
          yield* Effect.promise(() => dropSchema(url, own))
        }
      }))
  })

  describe("the pipeline stage", () => {
    it.live("one row per call with tags, tokens, exact cost; unknown stays NULL", () =>
      Effect.gen(function*() {
        const ledger = yield* workload
        const rows = yield* ledger.rows()
        assert.strictEqual(rows.length, 7)
        assert.isTrue(rows.every((r) => r.outcome !== "pending" && r.settledBy === "call"))
        const byContent = (model: string) => rows.filter((r) => r.requestedModel === model)
        const one = byContent("sim/echo").find((r) => r.wire === "stream")
        assert.isDefined(one)
        if (one === undefined) return
        assert.deepStrictEqual(one.tags, { tenant: "A", feature: "chat", user: "u1" })
        assert.strictEqual(one.outcome, "success")
        assert.strictEqual(one.costSource, "reported")
        assert.isNotNull(one.costPicos)
        assert.isNotNull(one.generationId)
        assert.isNumber(one.tokens.prompt)
        assert.isNumber(one.timeToFirstTokenMs)
        assert.strictEqual(one.attempts, 1)
        assert.strictEqual(one.fallback, false)
        const flaky = byContent("sim/flaky-503-1")[0]
        assert.strictEqual(flaky?.attempts, 2)
        assert.strictEqual(flaky?.outcome, "success")
        const moderated = byContent("sim/moderated")[0]
        assert.strictEqual(moderated?.outcome, "error")
        assert.strictEqual(moderated?.errorTag, "ContentPolicyError")
        assert.strictEqual(moderated?.costSource, "unbilled")
        assert.strictEqual(moderated?.costPicos, 0n)
        assert.deepStrictEqual(moderated?.tokens, { prompt: null, completion: null, cachedRead: null, cacheWrite: null, reasoning: null, image: null })
        const dropped = byContent("sim/drop-after-3")[0]
        assert.strictEqual(dropped?.outcome, "interrupted")
        assert.strictEqual(dropped?.errorTag, "StreamInterrupted")
        assert.strictEqual(dropped?.costSource, "unknown")
        assert.isNull(dropped?.costPicos)
        assert.isNotNull(dropped?.generationId)
        const labelled = byContent("sim/echo-large")[0]
        assert.deepStrictEqual(labelled?.tags, { tenant: "B", labels: { run: "x" } })
        const reasoning = byContent("sim/reasoning")[0]
        assert.isAbove(reasoning?.tokens.reasoning ?? 0, 0)
      }).pipe(Effect.provide(stack(Ledger.layerSqlite({ filename: tempDb() })))))

    it.live("the row is pending before the request is sent, carries the generation id mid-stream, and an interrupted call settles once", () =>
      Effect.gen(function*() {
        const or = yield* OpenRouter.OpenRouter
        const ledger = yield* UsageLedger.UsageLedger
        const sim = yield* Simulator.Simulator
        // A stream that delivers content, then stalls.
        const fiber = yield* Effect.fork(
          or.chat({ model: "sim/stall-2", messages: user("hold") }, { retry: { maxRetries: 0 }, timeouts: { idle: "30 seconds" } })
        )
        let rows: ReadonlyArray<UsageLedger.Row> = []
        for (let i = 0; i < 200; i++) {
          yield* ledger.flush
          rows = yield* ledger.rows()
          if (rows[0]?.generationId !== null && rows[0]?.generationId !== undefined) break
          yield* Effect.sleep("10 millis")
        }
        assert.strictEqual(rows.length, 1)
        assert.strictEqual(rows[0]?.outcome, "pending")
        const received = yield* sim.requests
        assert.strictEqual(received.filter((r) => r.path === "/chat/completions").length, 1)
        assert.isNotNull(rows[0]?.generationId)
        yield* Fiber.interrupt(fiber)
        yield* ledger.flush
        const after = yield* ledger.rows()
        assert.strictEqual(after.length, 1)
        assert.strictEqual(after[0]?.outcome, "interrupted")
        assert.strictEqual(after[0]?.generationId, rows[0]?.generationId)
      }).pipe(Effect.provide(stack(Ledger.layerSqlite({ filename: tempDb() })))))

    it.live("a pending row is written before any request: a call refused by the budget still has its row", () =>
      Effect.gen(function*() {
        const or = yield* OpenRouter.OpenRouter
        const ledger = yield* UsageLedger.UsageLedger
        const sim = yield* Simulator.Simulator
        const error = yield* Effect.flip(or.chat({ model: "sim/echo", messages: user("x") }, { tags: { tenant: "Z" } }))
        assert.strictEqual(error._tag, "BudgetExceededError")
        assert.strictEqual((yield* sim.requests).length, 0)
        yield* ledger.flush
        const rows = yield* ledger.rows()
        assert.strictEqual(rows.length, 1)
        assert.strictEqual(rows[0]?.errorTag, "BudgetExceededError")
        assert.strictEqual(rows[0]?.attempts, 0)
        assert.strictEqual(rows[0]?.costSource, "unbilled")
      }).pipe(Effect.provide(stack(
        Ledger.layerSqlite({ filename: tempDb() }),
        Ledger.layerBudget({ caps: [{ usd: 1, window: "day", per: "tenant" }] }) // unpriced is refused
      ))))

    it.live("tags: layer defaults < withTags < per-call tags; labels merged", () =>
      Effect.gen(function*() {
        const or = yield* OpenRouter.OpenRouter
        const ledger = yield* UsageLedger.UsageLedger
        yield* or.chat({ model: "sim/echo", messages: user("a") })
        yield* UsageLedger.withTags(
          or.chat({ model: "sim/echo", messages: user("b") }, { tags: { user: "call-user", labels: { b: "2" } } }),
          { user: "fiber-user", tenant: "T", labels: { a: "1" } }
        )
        yield* ledger.flush
        const rows = (yield* ledger.rows()).slice().sort((x, y) => x.startedAt - y.startedAt || (x.tags.user ?? "").localeCompare(y.tags.user ?? ""))
        const plain = rows.find((r) => r.tags.user === undefined)
        const tagged = rows.find((r) => r.tags.user === "call-user")
        assert.deepStrictEqual(plain?.tags, { feature: "default-feature", labels: { env: "test" } })
        assert.deepStrictEqual(tagged?.tags, { user: "call-user", feature: "default-feature", tenant: "T", labels: { env: "test", a: "1", b: "2" } })
      }).pipe(Effect.provide(stack(Ledger.layerSqlite({ filename: tempDb(), defaultTags: { feature: "default-feature", labels: { env: "test" } } })))))
  })

  describe("queries", () => {
    it.live.skipIf(pgUrl === undefined)("the same calls give the same report on SQLite and PostgreSQL, for every grouping", () =>
      Effect.gen(function*() {
        const reports = (layer: LedgerLayer) =>
          Effect.gen(function*() {
            const ledger = yield* workload
            const out: Record<string, ReadonlyArray<UsageLedger.ReportRow>> = {}
            for (const by of byEvery) out[by] = yield* ledger.report({ by })
            out["top"] = yield* ledger.report({ by: "model", top: 2 })
            out["where"] = yield* ledger.report({ by: "model", where: { tenant: "A" }, since: Date.now() - 60_000 })
            const rows = (yield* ledger.rows()).map((r) => ({ ...r, id: "", startedAt: 0, settledAt: 0, latencyMs: 0, timeToFirstTokenMs: 0, generationId: "" }))
            return { out, rows: rows.slice().sort((a, b) => JSON.stringify(a, big).localeCompare(JSON.stringify(b, big))) }
          }).pipe(Effect.provide(stack(layer)))
        const sqlite = yield* reports(Ledger.layerSqlite({ filename: tempDb() }))
        const postgres = yield* reports(pgLedger())
        for (const key of Object.keys(sqlite.out)) assert.deepStrictEqual(postgres.out[key], sqlite.out[key], key)
        assert.deepStrictEqual(postgres.rows, sqlite.rows)
        const byModel = sqlite.out["model"] ?? []
        assert.deepStrictEqual(byModel.map((r) => r.key), ["sim/drop-after-3", "sim/echo", "sim/echo-large", "sim/flaky-503-1", "sim/moderated", "sim/reasoning"])
        const echo = byModel.find((r) => r.key === "sim/echo")
        assert.strictEqual(echo?.calls, 2)
        const dropped = byModel.find((r) => r.key === "sim/drop-after-3")
        assert.strictEqual(dropped?.unknownCostCalls, 1)
        assert.isNull(dropped?.promptTokens)
        const tenants = sqlite.out["tenant"] ?? []
        assert.deepStrictEqual(tenants.map((r) => [r.key, r.calls]), [["A", 3], ["B", 2], ["C", 2]])
        const c = tenants.find((r) => r.key === "C")
        assert.strictEqual(c?.failureRate, 1)
      }))
  })

  describe("PostgreSQL for several processes", () => {
    it.live.skipIf(pgUrl === undefined)("two ledgers (two pools, as two processes) migrate the same empty schema at once and write side by side", () =>
      Effect.gen(function*() {
        const url = pgUrl ?? ""
        const shared = schemaName()
        try {
          const run = Effect.flatMap(workload, (l) => l.report({ by: "tenant" })).pipe(
            Effect.provide(stack(Ledger.layerPg({ url, schema: shared })))
          )
          yield* Effect.all([run, run], { concurrency: 2 })
          const total = yield* Effect.flatMap(UsageLedger.UsageLedger, (l) => l.report({ by: "tenant" })).pipe(
            Effect.provide(Ledger.layerPg({ url, schema: shared }))
          )
          assert.deepStrictEqual(total.map((r) => [r.key, r.calls, r.pending]), [["A", 6, 0], ["B", 4, 0], ["C", 4, 0]])
          const applied = yield* Effect.promise(() => pgQuery(url, `SELECT migration_id FROM "${shared}".effect_openrouter_migrations`))
          assert.strictEqual(applied.length, 1)
        } finally {
          yield* Effect.promise(() => dropSchema(url, shared))
        }
      }))
  })

  describe("budgets from the ledger", () => {
    it.live("a daily cap per tenant holds across a restart (a new layer on the same file)", () =>
      Effect.gen(function*() {
        const file = tempDb()
        const caps = Ledger.layerBudget({ caps: [{ usd: "0.0002", window: "day", per: "tenant" }], allowUnpriced: true })
        const spendUntilRefused = Effect.gen(function*() {
          const or = yield* OpenRouter.OpenRouter
          let refused: OpenRouterError | undefined
          let calls = 0
          while (refused === undefined && calls < 200) {
            const r = yield* Effect.either(or.chat({ model: "sim/echo-large", messages: user(`call ${calls}`), max_tokens: 100 }, { tags: { tenant: "A" } }))
            calls++
            if (Either.isLeft(r)) refused = r.left
          }
          return { refused, calls }
        })
        const first = yield* spendUntilRefused.pipe(Effect.provide(stack(Ledger.layerSqlite({ filename: file }), caps)))
        assert.strictEqual(first.refused?._tag, "BudgetExceededError")
        assert.isAbove(first.calls, 1)
        // The process restarts: a new ledger layer and budget on the same file.
        yield* Effect.gen(function*() {
          const or = yield* OpenRouter.OpenRouter
          const sim = yield* Simulator.Simulator
          const a = yield* Effect.flip(or.chat({ model: "sim/echo-large", messages: user("again") }, { tags: { tenant: "A" } }))
          assert.strictEqual(a._tag, "BudgetExceededError")
          if (a._tag === "BudgetExceededError") {
            assert.isAtLeast(a.spentMicros, a.limitMicros)
            assert.strictEqual(a.scope, "tenant=A/day")
          }
          assert.strictEqual((yield* sim.requests).length, 0, "refused before sending")
          const b = yield* or.chat({ model: "sim/echo-large", messages: user("other tenant") }, { tags: { tenant: "B" } })
          assert.isDefined(b.usage)
        }).pipe(Effect.provide(stack(Ledger.layerSqlite({ filename: file }), caps)))
      }))
  })
})

describe("entry points", () => {
  it("the core (src/index.ts and everything it imports) never imports @effect/sql; the ledger entry does", () => {
    const reach = (entry: string): Set<string> => {
      const seen = new Set<string>()
      const visit = (file: string) => {
        if (seen.has(file)) return
        seen.add(file)
        const text = fs.readFileSync(file, "utf8")
        for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)\.js"/g)) {
          visit(path.resolve(path.dirname(file), `${m[1]}.ts`))
        }
      }
      visit(entry)
      return seen
    }
    const sqlUsers = (files: Set<string>) =>
      [...files].filter((f) => /from "@effect\/sql|import\("@effect\/sql/.test(fs.readFileSync(f, "utf8")))
    const src = path.join(__dirname, "..", "src")
    const core = reach(path.join(src, "index.ts"))
    assert.isTrue(core.has(path.join(src, "UsageLedger.ts")))
    assert.deepStrictEqual(sqlUsers(core), [])
    assert.isAbove(sqlUsers(reach(path.join(src, "ledger.ts"))).length, 0)
  })
})

describe("ledger budgets, directly", () => {
  it("windows are UTC calendar days and months", () => {
    const t = Date.UTC(2026, 11, 31, 23, 59, 59)
    assert.deepStrictEqual(LedgerBudget.windowOf("day", t), [Date.UTC(2026, 11, 31), Date.UTC(2027, 0, 1)])
    assert.deepStrictEqual(LedgerBudget.windowOf("month", t), [Date.UTC(2026, 11, 1), Date.UTC(2027, 0, 1)])
  })

  it.live("caps by tag value and window start from what the ledger holds; reserve, settle, release, unsettled", () =>
    Effect.gen(function*() {
      const ledger = yield* UsageLedger.UsageLedger
      const budget = yield* Budget.Budget
      // An earlier process spent 6 µUSD on feature x this month (and 100 µUSD on feature y).
      const seed = (id: string, feature: string, micros: number) =>
        Effect.zipRight(
          ledger.open({ id, startedAt: Date.now() - 1000, requestedModel: "m", wire: "json", tags: { feature } }),
          ledger.settle(id, { ...settled, costPicos: BigInt(micros) * 1_000_000n })
        )
      yield* seed("old-x", "x", 6)
      yield* seed("old-y", "y", 100)
      yield* ledger.flush
      const asX = <A, E>(e: Effect.Effect<A, E>) => UsageLedger.withTags(e, { feature: "x" })
      const r1 = yield* asX(budget.reserve("m", 3)) // 6 + 3 ≤ 10
      const refused = yield* Effect.flip(asX(budget.reserve("m", 2))) // 6 + 3 + 2 > 10
      assert.strictEqual(refused.scope, "feature=x/month")
      assert.strictEqual(refused.spentMicros, 6)
      assert.strictEqual(refused.reservedMicros, 3)
      assert.strictEqual((yield* Effect.flip(asX(budget.check("m", 2)))).scope, "feature=x/month")
      yield* r1.settle(1) // spent 7
      yield* r1.settle(5) // idempotent: the first settlement wins
      const r2 = yield* asX(budget.reserve("m", 2)) // 7 + 2 ≤ 10
      yield* r2.release // nothing billed
      const r3 = yield* asX(budget.reserve("m", 3)) // 7 + 3 = 10
      yield* r3.settle(undefined) // unknown: kept as unsettled
      const snapshot = yield* budget.snapshot
      const x = snapshot.perModel["feature=x/month"]
      assert.deepStrictEqual(x, { limitMicros: 10, spentMicros: 7, reservedMicros: 0, unsettledMicros: 3, remainingMicros: 0 })
      yield* Effect.flip(asX(budget.reserve("m", 0))) // full
      // Calls without feature x are capped only by the daily cap over everything.
      const other = yield* budget.reserve("m", 500)
      yield* other.settleUsd(0.0005)
      const all = (yield* budget.snapshot).perModel["all/day"]
      assert.strictEqual(all?.spentMicros, 6 + 100 + 1 + 500)
      assert.strictEqual(all?.unsettledMicros, 3)
    }).pipe(Effect.provide(Layer.provideMerge(
      Ledger.layerBudget({ caps: [{ usd: "0.00001", window: "month", where: { feature: "x" } }, { usd: 1, window: "day" }] }),
      Ledger.layerSqlite({ filename: tempDb() })
    ))))
})

const settled: UsageLedger.Settlement = {
  settledAt: Date.now(),
  outcome: "success",
  generationId: null,
  servedModel: "m",
  provider: null,
  tokens: { prompt: null, completion: null, cachedRead: null, cacheWrite: null, reasoning: null, image: null },
  costPicos: null,
  costSource: "reported",
  isByok: null,
  upstreamCostPicos: null,
  latencyMs: 1,
  timeToFirstTokenMs: null,
  errorTag: null,
  errorKind: null,
  attempts: 1,
  fallback: false
}

describe("the usage command", () => {
  /** The command in-process (the same code the executable runs). */
  const cli = (args: ReadonlyArray<string>) =>
    Effect.promise(async () => {
      let stdout = ""
      let stderr = ""
      const code = await Cli.run(args, {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
        env: {}
      })
      return { code, stdout, stderr }
    })

  /** The executable itself, as `npx tsx src/cli.ts` runs it. */
  const bin = (args: ReadonlyArray<string>) =>
    Effect.async<{ readonly code: number | null; readonly stdout: string; readonly stderr: string }>((resume) => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "..", "src", "cli.ts"), ...args], {
        stdio: ["ignore", "pipe", "pipe"]
      })
      let stdout = ""
      let stderr = ""
      child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t))
      child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t))
      child.on("close", (code) => resume(Effect.succeed({ code, stdout, stderr })))
      return Effect.sync(() => child.kill())
    })

  it.live("usage --since 7d --by model: a table, --json and --csv with the same numbers as the query API", () =>
    Effect.gen(function*() {
      const file = tempDb()
      const expected = yield* Effect.flatMap(workload, (l) => l.report({ by: "model", since: Date.now() - 7 * 86_400_000 })).pipe(
        Effect.provide(stack(Ledger.layerSqlite({ filename: file })))
      )
      const table = yield* cli(["usage", "--since", "7d", "--by", "model", "--db", file])
      const json = yield* cli(["usage", "--since", "7d", "--by", "model", "--db", file, "--json"])
      const csv = yield* cli(["usage", "--since", "7d", "--by", "model", "--db", file, "--csv"])
      const missing = yield* cli(["usage", "--db", path.join(path.dirname(file), "nope.db")])
      const bad = yield* cli(["usage", "--by", "color", "--db", file])
      assert.strictEqual(table.code, 0, table.stderr)
      assert.include(table.stdout, "sim/echo-large")
      assert.match(table.stdout, /total\s+7\s+/)
      assert.include(table.stdout, "unknown cost: 1 call(s)")
      const parsed = JSON.parse(json.stdout) as ReadonlyArray<{ readonly key: string; readonly costMicros: number; readonly costPicos: string; readonly calls: number }>
      assert.deepStrictEqual(
        parsed.map((r) => [r.key, r.calls, r.costMicros, r.costPicos]),
        expected.map((r) => [r.key, r.calls, r.costMicros, r.costPicos.toString()])
      )
      const lines = csv.stdout.trimEnd().split("\r\n")
      assert.strictEqual(lines[0]?.split(",")[0], "key")
      assert.strictEqual(lines.length, expected.length + 1)
      const costColumn = lines[0]?.split(",").indexOf("cost_micros") ?? -1
      assert.deepStrictEqual(lines.slice(1).map((l) => Number(l.split(",")[costColumn])), expected.map((r) => r.costMicros))
      assert.strictEqual(missing.code, 1)
      assert.include(missing.stderr, "no usage ledger at")
      assert.strictEqual(bad.code, 2)
      assert.include(bad.stderr, "--by must be one of")
    }))

  it.live("usage: help, unknown commands and flags, unreadable values and exclusive formats are told apart by exit code", () =>
    Effect.gen(function*() {
      const file = tempDb()
      yield* Effect.asVoid(workload).pipe(Effect.provide(stack(Ledger.layerSqlite({ filename: file }))))
      for (const args of [[], ["--help"], ["help"], ["usage", "-h"]]) {
        const out = yield* cli(args)
        assert.strictEqual(out.code, 0, args.join(" "))
        assert.include(out.stdout, "Usage: effect-openrouter usage")
      }
      const cases: ReadonlyArray<readonly [ReadonlyArray<string>, number, string]> = [
        [["report"], 2, "unknown command \"report\""],
        [["usage", "--colour"], 2, "Unknown option"],
        [["usage", "--since", "yesterday-ish", "--db", file], 2, "--since: cannot read"],
        [["usage", "--until", "soon", "--db", file], 2, "--until: cannot read"],
        [["usage", "--top", "0", "--db", file], 2, "--top must be a positive integer"],
        [["usage", "--top", "1.5", "--db", file], 2, "--top must be a positive integer"],
        [["usage", "--json", "--csv", "--db", file], 2, "--json and --csv are exclusive"]
      ]
      for (const [args, code, message] of cases) {
        const out = yield* cli(args)
        assert.strictEqual(out.code, code, args.join(" "))
        assert.include(out.stderr, message, args.join(" "))
      }
    }))

  it.live("usage: --until, --top and tag filters narrow the report; EFFECT_OPENROUTER_LEDGER names the file", () =>
    Effect.gen(function*() {
      const file = tempDb()
      const all = yield* Effect.flatMap(workload, (l) => l.report({ by: "tenant", since: Date.now() - 86_400_000 })).pipe(
        Effect.provide(stack(Ledger.layerSqlite({ filename: file })))
      )
      const run = (args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}) =>
        Effect.promise(async () => {
          let stdout = ""
          let stderr = ""
          const code = await Cli.run(args, {
            stdout: { write: (t: string) => (stdout += t) },
            stderr: { write: (t: string) => (stderr += t) },
            env
          })
          return { code, stdout, stderr }
        })
      const rows = (out: { readonly stdout: string }) =>
        (JSON.parse(out.stdout) as ReadonlyArray<{ readonly key: string; readonly calls: number }>).map((r) => [r.key, r.calls])
      // from two days ago until one day ago: nothing (every call was just made)
      const past = yield* run(["usage", "--by", "tenant", "--since", "2d", "--until", "1d", "--db", file, "--json"])
      assert.strictEqual(past.code, 0, past.stderr)
      assert.deepStrictEqual(rows(past), [])
      // --top: the largest spender only
      const top = yield* run(["usage", "--by", "tenant", "--top", "1", "--db", file, "--json"])
      const topRows = JSON.parse(top.stdout) as ReadonlyArray<{ readonly costPicos: string }>
      assert.strictEqual(topRows.length, 1)
      assert.strictEqual(BigInt(topRows[0]?.costPicos ?? "-1"), all.reduce((m, r) => (r.costPicos > m ? r.costPicos : m), 0n))
      const onlyA = yield* run(["usage", "--by", "tenant", "--tenant", "A", "--db", file, "--json"])
      assert.deepStrictEqual(rows(onlyA), [["A", 3]])
      const fromEnv = yield* run(["usage", "--by", "tenant", "--json"], { EFFECT_OPENROUTER_LEDGER: file })
      assert.deepStrictEqual(rows(fromEnv), all.map((r) => [r.key, r.calls]))
      const table = yield* run(["usage", "--by", "tenant", "--until", "0d", "--db", file])
      assert.strictEqual(table.code, 0, table.stderr)
      assert.match(table.stdout, /^Usage by tenant, \S+ \.\. \S+Z\n/)
    }))

  it.live("the executable (src/cli.ts, built to dist/cli.js as the package's bin) prints the report", () =>
    Effect.gen(function*() {
      const file = tempDb()
      yield* Effect.asVoid(workload).pipe(Effect.provide(stack(Ledger.layerSqlite({ filename: file }))))
      const out = yield* bin(["usage", "--by", "tenant", "--db", file, "--json"])
      assert.strictEqual(out.code, 0, out.stderr)
      const rows = JSON.parse(out.stdout) as ReadonlyArray<{ readonly key: string; readonly calls: number }>
      assert.deepStrictEqual(rows.map((r) => [r.key, r.calls]), [["A", 3], ["B", 2], ["C", 2]])
    }), 30_000) // ~2 s; a child process's start-up (tsx) can take far longer on busy cores
})

describe("reconciliation at start", () => {
  it.live("layerReconcile settles old pending rows through /generation before the layer is ready", () =>
    Effect.gen(function*() {
      const file = tempDb()
      // A previous process left two pending rows: one whose stream had started (generation id known), one not.
      const generationId = yield* Effect.gen(function*() {
        const or = yield* OpenRouter.OpenRouter
        const ledger = yield* UsageLedger.UsageLedger
        const result = yield* or.chat({ model: "sim/echo", messages: user("billed") })
        yield* ledger.open({ id: "left-1", startedAt: Date.now() - 60_000, requestedModel: "sim/echo", wire: "stream", tags: { tenant: "A" } })
        yield* ledger.served("left-1", result.id ?? "")
        yield* ledger.open({ id: "left-2", startedAt: Date.now() - 60_000, requestedModel: "sim/echo", wire: "stream", tags: {} })
        yield* ledger.open({ id: "young", startedAt: Date.now(), requestedModel: "sim/echo", wire: "stream", tags: {} })
        return { id: result.id ?? "", cost: result.usage?.cost }
      }).pipe(Effect.provide(onSimulator(Ledger.layerSqlite({ filename: file }))))
      // The restart, against the same Simulator (it remembers the generation).
      const rows = yield* Effect.gen(function*() {
        const ledger = yield* UsageLedger.UsageLedger
        return yield* ledger.rows()
      }).pipe(Effect.provide(Layer.provideMerge(Ledger.layerReconcile({ olderThan: "30 seconds" }), onSimulator(Ledger.layerSqlite({ filename: file })))))
      const left1 = rows.find((r) => r.id === "left-1")
      assert.strictEqual(left1?.settledBy, "reconciled")
      assert.strictEqual(left1?.generationId, generationId.id)
      assert.strictEqual(left1?.costSource, "generation")
      assert.strictEqual(left1?.costPicos, typeof generationId.cost === "number" ? parseUsd(generationId.cost).pipe((o) => (o._tag === "Some" ? o.value : null)) : null)
      assert.isNumber(left1?.tokens.prompt)
      const left2 = rows.find((r) => r.id === "left-2")
      assert.strictEqual(left2?.settledBy, "abandoned")
      assert.isNull(left2?.costPicos)
      assert.strictEqual(rows.find((r) => r.id === "young")?.outcome, "pending", "younger than the grace period: left alone")
    }).pipe(Effect.provide(Layer.merge(Simulator.layer(), NodeHttpClient.layerUndici))))
})

function big(_key: string, value: unknown) {
  return typeof value === "bigint" ? value.toString() : value
}

