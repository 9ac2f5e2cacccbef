/**
 * Report output (table, CSV, JSON) and the `--since` parser of the command line.
 *
 * @internal
 */
import { formatUsd, microsToPicos } from "../../Money.js"
import type * as UsageLedger from "../../UsageLedger.js"

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }

/**
 * `7d`, `24h`, `30m`, `2w` before `now`, or an ISO date/time. `undefined` for anything else.
 *
 * @internal
 */
export const parseSince = (text: string, now: number): number | undefined => {
  const rel = /^(\d+)\s*([mhdw])$/i.exec(text.trim())
  if (rel !== null) return now - Number(rel[1]) * (UNITS[(rel[2] ?? "d").toLowerCase()] ?? 0)
  if (!/^\d{4}-\d{2}-\d{2}/.test(text.trim())) return undefined
  const t = Date.parse(text.trim())
  return Number.isFinite(t) ? t : undefined
}

const tokens = (n: number | null) => (n === null ? "" : String(n))

const costCell = (r: UsageLedger.ReportRow) =>
  formatUsd(r.costPicos) + (r.estimatedCalls > 0 ? ` (+~${formatUsd(r.estimatedCostPicos)})` : "") +
  (r.unknownCostCalls > 0 ? ` (+? ${r.unknownCostCalls})` : "")

const total = (rows: ReadonlyArray<UsageLedger.ReportRow>): UsageLedger.ReportRow => {
  const sumN = (f: (r: UsageLedger.ReportRow) => number | null) => {
    const values = rows.map(f).filter((v): v is number => v !== null)
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0)
  }
  const sum = (f: (r: UsageLedger.ReportRow) => number) => rows.reduce((a, r) => a + f(r), 0)
  const costPicos = rows.reduce((a, r) => a + r.costPicos, 0n)
  const estimatedCostPicos = rows.reduce((a, r) => a + r.estimatedCostPicos, 0n)
  const calls = sum((r) => r.calls)
  const failed = sum((r) => r.failed)
  const interrupted = sum((r) => r.interrupted)
  const pending = sum((r) => r.pending)
  return {
    key: "total",
    calls,
    succeeded: sum((r) => r.succeeded),
    failed,
    interrupted,
    pending,
    failureRate: calls - pending === 0 ? 0 : (failed + interrupted) / (calls - pending),
    attempts: sum((r) => r.attempts),
    promptTokens: sumN((r) => r.promptTokens),
    completionTokens: sumN((r) => r.completionTokens),
    cachedTokens: sumN((r) => r.cachedTokens),
    reasoningTokens: sumN((r) => r.reasoningTokens),
    costPicos,
    costMicros: Number((costPicos + 500_000n) / 1_000_000n),
    estimatedCalls: sum((r) => r.estimatedCalls),
    estimatedCostPicos,
    estimatedCostMicros: Number((estimatedCostPicos + 500_000n) / 1_000_000n),
    unknownCostCalls: sum((r) => r.unknownCostCalls),
    byokCalls: sum((r) => r.byokCalls),
    upstreamCostMicros: sum((r) => r.upstreamCostMicros)
  }
}

/**
 * A plain-text table with a total line.
 *
 * @internal
 */
export const formatTable = (rows: ReadonlyArray<UsageLedger.ReportRow>, by: string): string => {
  const header = [by, "calls", "failed", "fail %", "prompt", "completion", "cached", "reasoning", "cost (USD)"]
  const line = (r: UsageLedger.ReportRow): Array<string> => [
    r.key ?? "(none)",
    String(r.calls),
    String(r.failed + r.interrupted),
    (r.failureRate * 100).toFixed(1),
    tokens(r.promptTokens),
    tokens(r.completionTokens),
    tokens(r.cachedTokens),
    tokens(r.reasoningTokens),
    costCell(r)
  ]
  const body = rows.map(line)
  const foot = line(total(rows))
  const all = [header, ...body, foot]
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)))
  const fmt = (r: ReadonlyArray<string>) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ").trimEnd()
  const rule = widths.map((w) => "-".repeat(w)).join("  ")
  const notes: Array<string> = []
  const t = total(rows)
  if (t.pending > 0) notes.push(`pending: ${t.pending} call(s) not settled yet (in flight, or left by a crash until reconciled)`)
  if (t.unknownCostCalls > 0) notes.push(`unknown cost: ${t.unknownCostCalls} call(s) may have been billed; not counted as $0`)
  if (t.estimatedCalls > 0) notes.push(`estimated: ${t.estimatedCalls} call(s), ~${formatUsd(t.estimatedCostPicos)} from catalogue prices`)
  if (t.byokCalls > 0) notes.push(`BYOK: ${t.byokCalls} call(s), upstream ${formatUsd(microsToPicos(t.upstreamCostMicros))} billed to your provider key`)
  return [fmt(header), rule, ...body.map(fmt), rule, fmt(foot), ...notes].join("\n")
}

const COLUMNS: ReadonlyArray<readonly [string, (r: UsageLedger.ReportRow) => string]> = [
  ["key", (r) => r.key ?? ""],
  ["calls", (r) => String(r.calls)],
  ["succeeded", (r) => String(r.succeeded)],
  ["failed", (r) => String(r.failed)],
  ["interrupted", (r) => String(r.interrupted)],
  ["pending", (r) => String(r.pending)],
  ["failure_rate", (r) => String(r.failureRate)],
  ["attempts", (r) => String(r.attempts)],
  ["prompt_tokens", (r) => tokens(r.promptTokens)],
  ["completion_tokens", (r) => tokens(r.completionTokens)],
  ["cached_tokens", (r) => tokens(r.cachedTokens)],
  ["reasoning_tokens", (r) => tokens(r.reasoningTokens)],
  ["cost_micros", (r) => String(r.costMicros)],
  ["estimated_calls", (r) => String(r.estimatedCalls)],
  ["estimated_cost_micros", (r) => String(r.estimatedCostMicros)],
  ["unknown_cost_calls", (r) => String(r.unknownCostCalls)],
  ["byok_calls", (r) => String(r.byokCalls)],
  ["upstream_cost_micros", (r) => String(r.upstreamCostMicros)]
]

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, "\"\"")}"` : s)

/**
 * RFC 4180 CSV with a header line; amounts in integer micro-USD, unknown token sums empty.
 *
 * @internal
 */
export const formatCsv = (rows: ReadonlyArray<UsageLedger.ReportRow>): string =>
  [COLUMNS.map(([h]) => h).join(","), ...rows.map((r) => COLUMNS.map(([, f]) => csvCell(f(r))).join(","))].join("\r\n") + "\r\n"

/**
 * JSON: the rows with amounts as integer micro-USD and exact pico-USD strings.
 *
 * @internal
 */
export const formatJson = (rows: ReadonlyArray<UsageLedger.ReportRow>): string =>
  JSON.stringify(
    rows.map((r) => ({
      ...r,
      costPicos: r.costPicos.toString(),
      estimatedCostPicos: r.estimatedCostPicos.toString()
    })),
    null,
    2
  )
