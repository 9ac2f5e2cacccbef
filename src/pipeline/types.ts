/**
 * The values that walk through the call pipeline (docs/architecture.md): the caller's request and
 * per-call options, the policies in force, the call's context, and what the stages hand forward.
 * Types only: every stage imports this module, and it imports no stage.
 *
 * @internal
 */
import type * as Chunk from "effect/Chunk"
import type * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import type * as FiberSet from "effect/FiberSet"
import type * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import type * as Budget from "../Budget.js"
import type * as Bulkhead from "../Bulkhead.js"
import type { ChatRequest } from "../ChatRequest.js"
import type { AttemptRecord } from "../ChatResult.js"
import type * as ChatStream from "../ChatStream.js"
import type * as CircuitBreaker from "../CircuitBreaker.js"
import type * as CostMeter from "../CostMeter.js"
import type * as Fallback from "../Fallback.js"
import type * as ModelRegistry from "../ModelRegistry.js"
import type * as OpenRouterConfig from "../OpenRouterConfig.js"
import type { InterruptReason, OpenRouterError, TimeoutError } from "../OpenRouterError.js"
import type * as RateLimit from "../RateLimit.js"
import type * as RetryPolicy from "../RetryPolicy.js"
import type * as Transport from "../Transport.js"
import type * as UsageLedger from "../UsageLedger.js"
import type * as LedgerStage from "./ledger.js"

/**
 * A chat request: the wire shape (`ChatRequest`), `stream` is set by the client.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatRequestInput = Omit<ChatRequest, "stream">

/**
 * Per-call overrides. Each beats the corresponding layer for this call only.
 *
 * @since 0.1.0
 * @category models
 */
export interface CallOptions {
  /** `stream` (default): send `stream: true` and fold; `json`: a plain JSON request. */
  readonly wire?: "stream" | "json" | undefined
  readonly retry?: Partial<RetryPolicy.Options> | undefined
  readonly fallback?: Partial<Fallback.Options> | undefined
  readonly timeouts?: Partial<{ readonly [K in keyof OpenRouterConfig.Timeouts]: Duration.DurationInput }> | undefined
  /** Extra request headers for this call. */
  readonly headers?: Readonly<Record<string, string>> | undefined
  /** Registry pre-send checks for this call (needs a `ModelRegistry` layer). */
  readonly preCheck?: ModelRegistry.PreCheckOptions | undefined
  /** This call's circuit breaker: another instance, or `false` to bypass the layer's. */
  readonly circuitBreaker?: CircuitBreaker.Service | false | undefined
  /** This call's client-side rate limiter, or `false` to bypass the layer's. */
  readonly rateLimit?: RateLimit.Service | false | undefined
  /** This call's bulkhead, or `false` to bypass the layer's. */
  readonly bulkhead?: Bulkhead.Service | false | undefined
  /** The caller's tags for the usage ledger (`user`, `feature`, `tenant`, labels); beat the layer's. */
  readonly tags?: UsageLedger.Tags | undefined
}

/**
 * `chat`'s per-call options: `CallOptions` and, on the stream wire, the events as they arrive.
 *
 * @since 0.1.0
 * @category models
 */
export interface ChatOptions extends CallOptions {
  /**
   * Called with each event of the answer as it is decoded, in order: the events `chatStream`
   * emits, `Done` (with the result `chat` returns) last — streaming without a `Stream` (no
   * channel executor per call: see docs/chat-and-streaming.md). The events up to the first
   * content event are held until the attempt that produced them is kept, so those of a retried
   * or fallen-back attempt are never seen; after it, a failure ends the call with
   * `StreamInterrupted` and what was delivered stays delivered. Synchronous: a throw ends the
   * call as a defect and aborts the body. Stream wire only: with `wire: "json"` the call fails
   * with `InvalidRequestError` (field `onEvent`).
   */
  readonly onEvent?: ((event: ChatStream.ChatStreamEvent) => void) | undefined
}

/** The policies in force, resolved from the layer's context. @internal */
export interface Policies {
  readonly retry: RetryPolicy.Options
  readonly fallback: Fallback.Options
  readonly breaker: CircuitBreaker.Service | undefined
  readonly rateLimit: RateLimit.Service | undefined
  readonly bulkhead: Bulkhead.Service | undefined
  readonly meter: CostMeter.Service | undefined
  readonly budget: Budget.Service | undefined
  readonly registry: ModelRegistry.Service | undefined
  readonly ledger?: UsageLedger.Service | undefined
}

/** One logical call as it walks through the stages. @internal */
export interface CallContext {
  /**
   * What is called: a chat completion, embeddings (priced by input only, no fallback), or
   * another operation of the API (its spec `operationId`, e.g. `createRerank`).
   */
  readonly operation: "chat" | "embeddings" | (string & {})
  /** Whether the call costs money: budget check and reservation apply. Default `true`. */
  readonly metered?: boolean | undefined
  readonly requestedModel: string
  readonly body: Record<string, unknown>
  readonly wire: "json" | "stream"
  readonly timeouts: OpenRouterConfig.Timeouts
  readonly headers: Readonly<Record<string, string>> | undefined
  readonly retry: RetryPolicy.Options
  readonly fallback: Fallback.Options
  readonly attempts: Array<AttemptRecord>
  readonly startedAt: number
  readonly preCheck: ModelRegistry.PreCheckOptions
  /** Breaker, rate limit and bulkhead for this call (the layer's, or the call's override). */
  readonly guards: {
    readonly breaker: CircuitBreaker.Service | undefined
    readonly rateLimit: RateLimit.Service | undefined
    readonly bulkhead: Bulkhead.Service | undefined
  }
  /** Budget estimates per candidate (micro-USD; undefined = unpriced), made on first use (`estimate.ts`). */
  estimates?: Map<string, number | undefined>
  /**
   * The call's deadline, when it is kept without a timer fiber (`timeouts.ts`): each exchange
   * carries it to the transport and no retry wait passes it. Absent: a timer bounds the call.
   */
  readonly deadline?: { readonly at: number; readonly error: () => TimeoutError } | undefined
}

/** What one successful attempt hands back: its value, breaker permit and budget reservation. */
export interface Attempted<A> {
  readonly value: A
  readonly permit: CircuitBreaker.Permit | undefined
  readonly reservation: Budget.Reservation | undefined
}

/** A stream attempt that reached its commit point (or ended before any content). */
export interface OpenedStream {
  readonly model: string
  readonly buffered: Array<ChatStream.ChatStreamEvent>
  readonly pull: Effect.Effect<Chunk.Chunk<ChatStream.ChatStreamEvent>, Option.Option<InterruptReason>>
  readonly ended: boolean
  readonly state: ChatStream.DecodeState
  readonly response: Transport.TransportResponse
  readonly firstContentAt: number | undefined
  /**
   * The rest of the events without a pull per read, when the transport pushes the body: handed to
   * `deliver` as they are decoded; fails like `pull` at their end. `undefined`: pull instead.
   */
  readonly drain?: (
    deliver: ((events: ReadonlyArray<ChatStream.ChatStreamEvent>) => void) | undefined
  ) => Effect.Effect<Chunk.Chunk<ChatStream.ChatStreamEvent>, Option.Option<InterruptReason>> | undefined
}

/**
 * The response an attempt got: its HTTP status, noted by the transport when headers arrive. A
 * class, not a literal: it lives as long as the attempt (`internal/longLived.ts`).
 */
export class AttemptResponse {
  status: number | undefined = undefined
}

/** What the pipeline is built from. @internal */
export interface Deps {
  readonly transport: Transport.Service
  readonly config: OpenRouterConfig.Service
  readonly policies: Policies
  readonly preChecks: ModelRegistry.PreCheckOptions
  readonly reconcileCosts: false | CostMeter.ReconcileOptions
  /**
   * Where background work (cost reconciliation) runs: a set owned by the layer's scope, so
   * closing the layer interrupts whatever is still running.
   */
  readonly background: FiberSet.FiberSet
}

/**
 * A first attempt made outside `run` (`fusedAttempt`) that failed: the model it was sent to and
 * its error. Its record is already in `ctx.attempts`; `run` goes on as if its own first attempt
 * on that model had ended so.
 */
export interface MadeAttempt {
  readonly model: string
  readonly error: OpenRouterError
}

/** What a call sends to one candidate model, in the attempt's scope. @internal */
export type Send<A> = (model: string) => Effect.Effect<A, OpenRouterError, Scope.Scope>

/**
 * {@link Send} for a first attempt made in one step (`fusedAttempt.ts`): the attempt's scope
 * given, and the status of the response noted in `seen`. @internal
 */
export type SendIn<A> = (model: string, scope: Scope.Scope, seen: AttemptResponse) => Effect.Effect<A, OpenRouterError>

/**
 * The middle of every call (steps 2–9 of the call, docs/architecture.md), composed in `pipeline.ts`: budget check,
 * candidates, per-candidate checks, retry, attempt. Gives the answer, the model that gave it and
 * its budget reservation (settled by the caller).
 *
 * @internal
 */
export type Run = <A>(
  ctx: CallContext,
  send: Send<A>,
  made?: MadeAttempt
) => Effect.Effect<
  { readonly value: A; readonly reservation: Budget.Reservation | undefined; readonly model: string },
  OpenRouterError,
  Scope.Scope
>

/** What every stage may read: the pipeline's dependencies, the ledger stage and the composed `run`. @internal */
export interface Env extends Omit<Deps, "transport"> {
  /** The transport, observed: each response's status is noted in the running attempt's record. */
  readonly transport: Transport.Service
  /** The transport as provided (for `fusedAttempt`, which notes the status itself). */
  readonly unobserved: Transport.Service
  readonly ledger: LedgerStage.LedgerStage
  readonly run: Run
}
