/**
 * What the usage ledger costs a call (`npx tsx bench/ledger.ts`; results in docs/benchmarks.md,
 * section "Usage ledger").
 *
 * Against the benchmark's loopback server (a child process serving precomputed bodies, so the
 * CPU measured is the client's), the same `OpenRouter` service is built three times: without a
 * ledger (`off`), with the SQLite-file ledger, and with the PostgreSQL ledger (local server, a
 * schema of its own, dropped at the end; skipped when unreachable). Entries are interleaved round
 * by round; every figure is a median over rounds.
 *
 * - sequential: calls one after another (a JSON call and a 20-chunk stream): wall time per call
 *   (latency) and CPU per call. Each call waits for its pending row's commit.
 * - concurrent: 500 calls, 50 at a time: CPU per call and wall per batch (group commit at work).
 *
 * Then, as the issue asks and as the test suite cannot within 5 s on this machine: 1,000
 * concurrent calls with faults through the Simulator, checking that the ledger's sums equal the
 * meter's exactly, model by model.
 *
 * Flags: `--quick` (fewer rounds), `--no-pg`, `--no-check`, `--only-check`.
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as CostMeter from "../src/CostMeter.js"
import * as Ledger from "../src/ledger.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import * as UsageLedger from "../src/UsageLedger.js"
import { baseUrlFor, json as jsonScenario, sse } from "./bodies.js"
import { API_KEY, CHAT_REQUEST } from "./clients.js"
import { interleave, startServer } from "./measure.js"
import { median } from "./stats.js"

const args = process.argv.slice(2)
const QUICK = args.includes("--quick")
const PG = !args.includes("--no-pg")
const CHECK = !args.includes("--no-check")
const ONLY_CHECK = args.includes("--only-check")
const ROUNDS = QUICK ? 3 : 7
const SEQ = QUICK ? 50 : 150
const CONC = 500
const PG_URL = process.env["LEDGER_BENCH_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test"
const SCHEMA = `eor_ledger_bench_${process.pid}`
const STREAM = sse(20)

const main = async () => {
  if (ONLY_CHECK) {
    console.log(await checkThousand(path.join(fs.mkdtempSync(path.join(os.tmpdir(), "eor-ledger-bench-")), "check.db")))
    return
  }
  const { child, port } = await startServer()
  const runtime = ManagedRuntime.make(NodeHttpClient.layerUndici)
  const scope = Effect.runSync(Scope.make())
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eor-ledger-bench-"))

  const build = async (ledger: Layer.Layer<UsageLedger.UsageLedger, UsageLedger.LedgerError> | undefined, baseUrl: string) => {
    const base = OpenRouter.layer.pipe(
      Layer.provide(Layer.mergeAll(OpenRouterConfig.layer({ apiKey: API_KEY, baseUrl }), RetryPolicy.none))
    )
    const layer = ledger === undefined ? base : base.pipe(Layer.provideMerge(ledger))
    return runtime.runPromise(
      Layer.buildWithScope(layer, scope).pipe(Effect.orDie, Effect.map(Context.get(OpenRouter.OpenRouter)))
    )
  }

  const ledgers: Record<string, Layer.Layer<UsageLedger.UsageLedger, UsageLedger.LedgerError> | undefined> = {
    off: undefined,
    sqlite: Ledger.layerSqlite({ filename: path.join(dir, "usage.db") })
  }
  if (PG) {
    const probe = await runtime.runPromise(Effect.either(Effect.scoped(Layer.build(Ledger.layerPg({ url: PG_URL, schema: SCHEMA, connectTimeout: "2 seconds" })))))
    if (probe._tag === "Right") ledgers["pg"] = Ledger.layerPg({ url: PG_URL, schema: SCHEMA })
    else console.warn(`PostgreSQL not reachable (${probe.left.message}); pg skipped`)
  }
  // Memoize one ledger layer instance per kind, shared by the JSON and the stream service.
  const services: Record<string, { json: OpenRouter.Service; stream: OpenRouter.Service }> = {}
  for (const [name, ledger] of Object.entries(ledgers)) {
    const memo = ledger === undefined ? undefined : await runtime.runPromise(Layer.memoize(ledger).pipe(Scope.extend(scope)))
    services[name] = {
      json: await build(memo, baseUrlFor(port, jsonScenario)),
      stream: await build(memo, baseUrlFor(port, STREAM))
    }
  }

  const jsonCall = (s: OpenRouter.Service) => s.chat(CHAT_REQUEST, { wire: "json", tags: { feature: "bench" } })
  const streamCall = (s: OpenRouter.Service) => Stream.runDrain(s.chatStream(CHAT_REQUEST, { tags: { feature: "bench" } }))

  const seq = (s: OpenRouter.Service, call: (s: OpenRouter.Service) => Effect.Effect<unknown, unknown>) => () =>
    runtime.runPromise(Effect.repeatN(Effect.asVoid(call(s)), SEQ - 1))
  const conc = (s: OpenRouter.Service) => () =>
    runtime.runPromise(Effect.forEach(Array.from({ length: CONC }), () => jsonCall(s), { concurrency: 50, discard: true }))

  const results: Array<string> = []
  const table = async (title: string, entries: Record<string, () => Promise<unknown>>, per: number) => {
    const samples = await interleave(1, ROUNDS, entries)
    const off = samples["off"] ?? []
    const offWall = median(off.map((x) => x.wall)) / per
    const offCpu = median(off.map((x) => x.cpu)) / per
    results.push(`\n${title}\n\n| ledger | wall per call | CPU per call | wall ratio | CPU ratio |\n|---|--:|--:|--:|--:|`)
    for (const [name, xs] of Object.entries(samples)) {
      const wall = median(xs.map((x) => x.wall)) / per
      const cpu = median(xs.map((x) => x.cpu)) / per
      results.push(`| ${name} | ${(wall * 1000).toFixed(0)} µs | ${(cpu * 1000).toFixed(0)} µs | ${(wall / offWall).toFixed(2)} | ${(cpu / offCpu).toFixed(2)} |`)
    }
    console.log(results.slice(-1 - Object.keys(samples).length).join("\n"))
  }

  const names = Object.keys(services)
  const pick = (f: (s: { json: OpenRouter.Service; stream: OpenRouter.Service }) => () => Promise<unknown>) =>
    Object.fromEntries(names.map((n) => [n, f(services[n] as { json: OpenRouter.Service; stream: OpenRouter.Service })]))
  await table(`sequential JSON calls (${SEQ} per sample)`, pick((s) => seq(s.json, jsonCall)), SEQ)
  await table(`sequential streamed calls, 20 chunks (${SEQ} per sample)`, pick((s) => seq(s.stream, streamCall)), SEQ)
  await table(`${CONC} concurrent JSON calls, 50 at a time`, pick((s) => conc(s.json)), CONC)

  // Rows written, for the record (and a sanity check that the ledgers did write).
  for (const name of names.filter((n) => n !== "off")) {
    const ledger = ledgers[name]
    if (ledger === undefined) continue
    const count = await runtime.runPromise(
      Effect.scoped(Effect.flatMap(Layer.build(ledger), (ctx) => Context.get(ctx, UsageLedger.UsageLedger).report({ by: "feature" })))
    ).then((rows) => rows.reduce((a, r) => a + r.calls, 0), () => -1)
    results.push(`\n${name}: ${count} rows written`)
  }

  await runtime.runPromise(Scope.close(scope, Exit.void))
  child.kill()
  if (PG && ledgers["pg"] !== undefined) {
    const PgClient = await import("@effect/sql-pg/PgClient")
    const SqlClient = await import("@effect/sql/SqlClient")
    const Redacted = await import("effect/Redacted")
    await Effect.runPromise(
      Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`)).pipe(
        Effect.provide(PgClient.layer({ url: Redacted.make(PG_URL) })),
        Effect.orDie
      )
    )
  }

  if (CHECK) results.push(await checkThousand(path.join(dir, "check.db")))
  await runtime.dispose()
  console.log(`\n--- ${new Date().toISOString()} ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`)
  console.log(results.join("\n"))
}

/** 1,000 concurrent calls with faults through the Simulator; the ledger's sums against the meter's. */
const checkThousand = async (file: string): Promise<string> => {
  const MODELS = ["sim/echo", "sim/echo-large", "sim/reasoning", "sim/moderated", "sim/drop-after-3", "sim/no-credits", "sim/flaky-503-1", "sim/rate-limited-1"]
  const program = Effect.gen(function*() {
    const or = yield* OpenRouter.OpenRouter
    const meter = yield* CostMeter.CostMeter
    const ledger = yield* UsageLedger.UsageLedger
    const t0 = Date.now()
    yield* Effect.forEach(Array.from({ length: 1000 }, (_, i) => i), (i) =>
      Effect.either(or.chat(
        { model: MODELS[i % MODELS.length] ?? "sim/echo", messages: [{ role: "user", content: `call ${i}` }], max_tokens: 20 },
        { headers: { "x-sim-retry-after": "0" }, ...(i % 2 === 0 ? { wire: "json" as const } : {}) }
      )), { concurrency: "unbounded", discard: true })
    const took = Date.now() - t0
    yield* ledger.flush
    const s = yield* meter.snapshot
    const report = yield* ledger.report({ by: "model" })
    const mismatches: Array<string> = []
    for (const r of report) {
      const t = s.byModel[r.key ?? ""]
      if (
        t === undefined || t.requests !== r.calls || t.costPicos !== r.costPicos || t.costMicros !== r.costMicros ||
        t.unknownCostRequests !== r.unknownCostCalls || t.attempts !== r.attempts || t.tokens.prompt !== (r.promptTokens ?? 0)
      ) mismatches.push(String(r.key))
    }
    if (report.length !== Object.keys(s.byModel).length) mismatches.push("model set")
    return `\n1,000 concurrent calls with faults through the Simulator (${took} ms): ${s.requests} calls, ${s.succeeded} succeeded, ` +
      `${s.failed} failed, ${s.interrupted} interrupted, meter ${s.costMicros} µUSD, ledger ${report.reduce((a, r) => a + r.costMicros, 0)} µUSD ` +
      `(Σ picos ${report.reduce((a, r) => a + r.costPicos, 0n)} vs ${s.costPicos}): ` +
      (mismatches.length === 0 ? "ledger = meter for every model" : `MISMATCH in ${mismatches.join(", ")}`)
  })
  return Effect.runPromise(program.pipe(Effect.provide(
    OpenRouter.layer.pipe(
      Layer.provideMerge(Layer.mergeAll(RetryPolicy.layer({ maxRetries: 1, schedule: Schedule.spaced("1 millis") }), CostMeter.layer)),
      Layer.provideMerge(Ledger.layerSqlite({ filename: file })),
      Layer.provideMerge(Simulator.layer({ timings: { chunkDelay: "0 millis" } })),
      Layer.provideMerge(NodeHttpClient.layerUndici)
    )
  )))
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
