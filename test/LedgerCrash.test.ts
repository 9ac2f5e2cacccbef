/**
 * Crash test: a child process making calls (test/ledger-crash-child.ts) is killed with SIGKILL
 * mid-run. After a restart on the same SQLite file, reconciliation through `/generation` settles
 * what the crash left pending, and every request the Simulator received has exactly one row.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { spawn } from "node:child_process"
import * as path from "node:path"
import * as Ledger from "../src/ledger.js"
import { parseUsd } from "../src/Money.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as OpenRouterConfig from "../src/OpenRouterConfig.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"
import * as UsageLedger from "../src/UsageLedger.js"
import { bundleChild } from "./childBundle.js"
import { tempDb } from "./ledgerHelpers.js"

const CHILD = path.join(__dirname, "ledger-crash-child.ts")

/** Runs the child until it has settled `after` calls, then kills it with SIGKILL. */
const runAndKill = (script: string, url: string, file: string, after: number) =>
  Effect.async<{ readonly settled: number; readonly signal: string | null }, Error>((resume) => {
    const child = spawn(process.execPath, [script, url, file], { stdio: ["ignore", "pipe", "pipe"] })
    let settled = 0
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      for (const line of text.split("\n")) {
        const m = /^settled (\d+)$/.exec(line)
        if (m !== null) settled = Number(m[1])
      }
      if (settled >= after && child.exitCode === null && !child.killed) child.kill("SIGKILL")
    })
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text
    })
    child.on("exit", (_code, signal) => {
      if (signal === "SIGKILL") resume(Effect.succeed({ settled, signal }))
      else resume(Effect.fail(new Error(`child exited on its own (${String(_code)}): ${stderr}`)))
    })
    return Effect.sync(() => child.kill("SIGKILL"))
  })

describe("UsageLedger crash", () => {
  it.live("SIGKILL mid-run: after restart every request the Simulator received has exactly one ledger row, settled or reconciled", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.serve({})
      const file = tempDb()
      // Bundled, not through tsx: its start-up was most of this test's time.
      const child = yield* Effect.acquireRelease(Effect.promise(() => bundleChild(CHILD)), (c) => Effect.sync(c.remove))
      const killed = yield* runAndKill(child.file, sim.url, file, 6)
      assert.strictEqual(killed.signal, "SIGKILL")

      const restarted = OpenRouter.layer.pipe(
        Layer.provide(RetryPolicy.none),
        Layer.provideMerge(Ledger.layerSqlite({ filename: file })),
        Layer.provide(OpenRouterConfig.layer({ apiKey: sim.apiKey, baseUrl: sim.url })),
        Layer.provide(NodeHttpClient.layerUndici)
      )
      const { after, before, summary } = yield* Effect.gen(function*() {
        const ledger = yield* UsageLedger.UsageLedger
        const or = yield* OpenRouter.OpenRouter
        const before = yield* ledger.rows()
        const summary = yield* ledger.reconcile({ olderThanMs: 0, generation: or.generation })
        const after = yield* ledger.rows()
        return { before, after, summary }
      }).pipe(Effect.provide(restarted))

      const pendingBefore = before.filter((r) => r.outcome === "pending")
      assert.isAbove(pendingBefore.length, 0, "the crash left calls in flight")
      assert.strictEqual(summary.reconciled + summary.abandoned, pendingBefore.length)
      assert.strictEqual(summary.failed, 0)
      assert.isAbove(summary.reconciled, 0, "calls in flight with a generation id were reconciled")
      assert.deepStrictEqual(after.filter((r) => r.outcome === "pending"), [])

      // Every request the Simulator received maps to exactly one row (retries share their call's row).
      const received = (yield* sim.requests).filter((r) => r.path === "/chat/completions")
      assert.isAbove(received.length, killed.settled)
      const rowsByCall = new Map<string, Array<UsageLedger.Row>>()
      for (const row of after) {
        const call = row.tags.labels?.["call"] ?? "?"
        rowsByCall.set(call, [...(rowsByCall.get(call) ?? []), row])
      }
      for (const request of received) {
        const call = request.headers["x-ledger-call"] ?? "missing"
        assert.strictEqual(rowsByCall.get(call)?.length, 1, `call ${call}`)
      }
      // Reconciled rows carry the cost /generation reports (what was billed).
      for (const row of after.filter((r) => r.settledBy === "reconciled")) {
        const g = yield* Effect.flatMap(OpenRouter.OpenRouter, (or) => or.generation(row.generationId ?? "")).pipe(
          Effect.provide(restarted)
        )
        assert.strictEqual(row.costSource, "generation")
        assert.strictEqual(row.costPicos, parseUsd(g.raw.total_cost ?? 0).pipe((o) => (o._tag === "Some" ? o.value : null)))
        assert.strictEqual(row.costPicos, g.totalCost?.picos ?? 0n)
        assert.strictEqual(row.errorTag, "ProcessLost")
      }
      for (const row of after.filter((r) => r.settledBy === "abandoned")) {
        assert.isNull(row.costPicos, "unknown cost stays NULL")
      }
    }).pipe(Effect.scoped), 30_000) // ~1–2 s; a child process's start-up can take far longer on busy cores
})
