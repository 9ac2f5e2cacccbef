/**
 * Additive totals behind `CostMeter`: one request's contribution, and adding (or removing) it.
 *
 * @internal
 */
import { picosToMicros } from "../Money.js"

/**
 * Token counts. `prompt` includes `cachedRead` and `cacheWrite`; `completion` includes `reasoning`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Tokens {
  readonly prompt: number
  readonly completion: number
  /** Prompt tokens read from the provider cache. */
  readonly cachedRead: number
  /** Prompt tokens written to the cache. */
  readonly cacheWrite: number
  readonly reasoning: number
}

/**
 * Additive totals, for the session and for each model / provider.
 *
 * @since 0.1.0
 * @category models
 */
export interface Totals {
  /** Logical requests recorded. */
  readonly requests: number
  readonly succeeded: number
  readonly failed: number
  readonly interrupted: number
  readonly attempts: number
  readonly retries: number
  readonly fallbacks: number
  readonly tokens: Tokens
  /** Requests whose cost OpenRouter reported. */
  readonly reportedRequests: number
  /** Σ reported `usage.cost`, exact pico-USD. */
  readonly costPicos: bigint
  /** `costPicos` in micro-USD (rounded half-up once, from the exact total). */
  readonly costMicros: number
  /** Requests priced from the catalogue because no cost was reported. */
  readonly estimatedRequests: number
  readonly estimatedCostPicos: bigint
  readonly estimatedCostMicros: number
  /** Requests that may have been billed and whose cost is unknown (never counted as 0). */
  readonly unknownCostRequests: number
  /** Failed requests that were not billed. */
  readonly unbilledRequests: number
  readonly byokRequests: number
  /** Σ upstream cost of BYOK requests (charged to your own provider key), kept apart. */
  readonly upstreamCostPicos: bigint
  readonly upstreamCostMicros: number
}

/** How a request's cost is known. @internal */
export type CostKind = "reported" | "estimated" | "unknown" | "unbilled"

/** What one logical request adds to the totals. @internal */
export interface Contribution {
  readonly model: string
  readonly provider: string
  readonly outcome: "success" | "error" | "interrupted"
  readonly attempts: number
  readonly retries: number
  readonly fallbacks: number
  readonly tokens: Tokens
  readonly kind: CostKind
  /** Reported (kind `reported`) or estimated (kind `estimated`) cost. */
  readonly costPicos: bigint
  readonly byok: boolean
  readonly upstreamPicos: bigint
}

/** @internal */
export const zeroTokens: Tokens = { prompt: 0, completion: 0, cachedRead: 0, cacheWrite: 0, reasoning: 0 }

/** @internal */
export const zeroTotals: Totals = {
  requests: 0,
  succeeded: 0,
  failed: 0,
  interrupted: 0,
  attempts: 0,
  retries: 0,
  fallbacks: 0,
  tokens: zeroTokens,
  reportedRequests: 0,
  costPicos: 0n,
  costMicros: 0,
  estimatedRequests: 0,
  estimatedCostPicos: 0n,
  estimatedCostMicros: 0,
  unknownCostRequests: 0,
  unbilledRequests: 0,
  byokRequests: 0,
  upstreamCostPicos: 0n,
  upstreamCostMicros: 0
}

const addTokens = (a: Tokens, b: Tokens, sign: number): Tokens => ({
  prompt: a.prompt + sign * b.prompt,
  completion: a.completion + sign * b.completion,
  cachedRead: a.cachedRead + sign * b.cachedRead,
  cacheWrite: a.cacheWrite + sign * b.cacheWrite,
  reasoning: a.reasoning + sign * b.reasoning
})

/** Adds (`sign = 1`) or removes (`sign = -1`) a contribution. @internal */
export const applyContribution = (t: Totals, c: Contribution, sign: 1 | -1): Totals => {
  const big = BigInt(sign)
  const costPicos = c.kind === "reported" ? t.costPicos + big * c.costPicos : t.costPicos
  const estimatedCostPicos = c.kind === "estimated" ? t.estimatedCostPicos + big * c.costPicos : t.estimatedCostPicos
  const upstreamCostPicos = c.byok ? t.upstreamCostPicos + big * c.upstreamPicos : t.upstreamCostPicos
  return {
    requests: t.requests + sign,
    succeeded: t.succeeded + (c.outcome === "success" ? sign : 0),
    failed: t.failed + (c.outcome === "error" ? sign : 0),
    interrupted: t.interrupted + (c.outcome === "interrupted" ? sign : 0),
    attempts: t.attempts + sign * c.attempts,
    retries: t.retries + sign * c.retries,
    fallbacks: t.fallbacks + sign * c.fallbacks,
    tokens: addTokens(t.tokens, c.tokens, sign),
    reportedRequests: t.reportedRequests + (c.kind === "reported" ? sign : 0),
    costPicos,
    costMicros: picosToMicros(costPicos),
    estimatedRequests: t.estimatedRequests + (c.kind === "estimated" ? sign : 0),
    estimatedCostPicos,
    estimatedCostMicros: picosToMicros(estimatedCostPicos),
    unknownCostRequests: t.unknownCostRequests + (c.kind === "unknown" ? sign : 0),
    unbilledRequests: t.unbilledRequests + (c.kind === "unbilled" ? sign : 0),
    byokRequests: t.byokRequests + (c.byok ? sign : 0),
    upstreamCostPicos,
    upstreamCostMicros: picosToMicros(upstreamCostPicos)
  }
}

/** Applies a contribution to one key of a record of totals. @internal */
export const applyKeyed = (
  record: Readonly<Record<string, Totals>>,
  key: string,
  c: Contribution,
  sign: 1 | -1
): Readonly<Record<string, Totals>> => {
  const next = applyContribution(record[key] ?? zeroTotals, c, sign)
  const copy: Record<string, Totals> = { ...record }
  if (next.requests === 0) delete copy[key]
  else copy[key] = next
  return copy
}
