/**
 * The pipeline's usage-ledger stage: a pending row before the first request, the generation id
 * as soon as a stream is open, one settlement when the call ends. Costs nothing without a ledger.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import * as Option from "effect/Option"
import type { Completion } from "../ChatResult.js"
import { microsToPicos, parseUsd } from "../Money.js"
import { mayHaveBeenBilled, type OpenRouterError } from "../OpenRouterError.js"
import * as UsageLedger from "../UsageLedger.js"

/** What `finish` knows about a call when it ends. @internal */
export interface CallEnd {
  readonly status: "success" | "error" | "interrupted"
  /** What the settlement reads of the answer: a chat completion, or another metered operation's id, model and usage. */
  readonly completion: Pick<Completion, "id" | "model" | "provider" | "usage"> | undefined
  readonly error: OpenRouterError | undefined
  readonly estimatedCostMicros: number | undefined
  readonly attempts: number
  /** Distinct candidate models tried. */
  readonly modelsTried: number
  readonly requestedModel: string
  readonly startedAt: number
  readonly timeToFirstTokenMs: number | undefined
}

const num = (n: number | null | undefined): number | null => (typeof n === "number" && Number.isFinite(n) ? n : null)

const picos = (usd: number | null | undefined): bigint | null =>
  typeof usd === "number" ? Option.getOrNull(parseUsd(usd)) : null

let counter = 0
/** A request id: time, process-local counter and randomness (unique across processes). */
const newId = (now: number): string => {
  counter = (counter + 1) % 0x100000
  const rand = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, "0")
  return `req_${now.toString(36)}${counter.toString(36).padStart(4, "0")}${rand}`
}

/** Builds the settlement row of a call. @internal */
export const settlementOf = (end: CallEnd, settledAt: number): UsageLedger.Settlement => {
  const usage = end.completion?.usage
  const reported = picos(usage?.cost)
  const error = end.error
  const billed = end.status !== "error" || usage !== undefined || mayHaveBeenBilled(error)
  const [costPicos, costSource]: readonly [bigint | null, UsageLedger.CostSource] = reported !== null
    ? [reported, "reported"]
    : end.estimatedCostMicros !== undefined
    ? [microsToPicos(end.estimatedCostMicros), "estimated"]
    : billed
    ? [null, "unknown"]
    : [0n, "unbilled"]
  const isByok = typeof usage?.is_byok === "boolean" ? usage.is_byok : null
  const servedModel = end.completion?.model ?? null
  const kind = error !== undefined && "kind" in error && typeof error.kind === "string" ? error.kind : null
  return {
    settledAt,
    outcome: end.status,
    generationId: end.completion?.id ?? (error !== undefined && "generationId" in error && typeof error.generationId === "string"
      ? error.generationId
      : null),
    servedModel,
    provider: end.completion?.provider ?? null,
    tokens: {
      prompt: num(usage?.prompt_tokens),
      completion: num(usage?.completion_tokens),
      cachedRead: num(usage?.prompt_tokens_details?.cached_tokens),
      cacheWrite: num(usage?.prompt_tokens_details?.cache_write_tokens),
      reasoning: num(usage?.completion_tokens_details?.reasoning_tokens),
      image: num(usage?.completion_tokens_details?.image_tokens)
    },
    costPicos,
    costSource,
    isByok,
    upstreamCostPicos: isByok === true ? picos(usage?.cost_details?.upstream_inference_cost) : null,
    latencyMs: Math.max(0, settledAt - end.startedAt),
    timeToFirstTokenMs: end.timeToFirstTokenMs ?? null,
    errorTag: error?._tag ?? (end.status === "interrupted" ? "Interrupted" : null),
    errorKind: kind,
    attempts: end.attempts,
    fallback: end.modelsTried > 1 || (servedModel !== null && baseOf(servedModel) !== baseOf(end.requestedModel))
  }
}

const baseOf = (model: string): string => model.split(":")[0] ?? model

/**
 * The stage, for one `OpenRouter` instance. Calls are keyed by their context object.
 *
 * @internal
 */
/** The ledger stage of one pipeline. @internal */
export type LedgerStage = ReturnType<typeof make>

/** The ledger stage over a ledger, or one that does nothing without one. @internal */
export const make = (ledger: UsageLedger.Service | undefined) => {
  const ids = new WeakMap<object, string>()
  return {
    /** Runs `self` with the call's tags in force (the ledger budget reads them). */
    tagged: <A, E, R>(
      tags: UsageLedger.Tags | undefined,
      self: Effect.Effect<A, E, R>
    ): Effect.Effect<A, E, R> =>
      ledger === undefined || tags === undefined ? self : UsageLedger.withTags(self, tags),
    /** Writes the pending row; returns once it is durable. */
    open: (call: object, requestedModel: string, wire: "json" | "stream"): Effect.Effect<void> =>
      ledger === undefined ? Effect.void : Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const tags = UsageLedger.mergeTags(ledger.defaultTags, yield* FiberRef.get(UsageLedger.currentTags))
        const id = newId(now)
        ids.set(call, id)
        yield* ledger.open({ id, startedAt: now, requestedModel, wire, tags })
      }),
    served: (call: object, generationId: string | undefined): Effect.Effect<void> => {
      const id = ids.get(call)
      return ledger === undefined || id === undefined || generationId === undefined
        ? Effect.void
        : ledger.served(id, generationId)
    },
    /** Settles the row once. */
    settle: (call: object, end: CallEnd): Effect.Effect<void> => {
      const id = ids.get(call)
      if (ledger === undefined || id === undefined) return Effect.void
      ids.delete(call)
      return Effect.flatMap(Clock.currentTimeMillis, (now) => ledger.settle(id, settlementOf(end, now)))
    }
  }
}
