/**
 * The call pipeline behind `OpenRouter.chat` and `OpenRouter.chatStream` (DESIGN §3): request
 * validation, pre-send checks, fallback over candidates, retry per candidate, breaker admission,
 * rate limit, bulkhead, budget reservation, per-attempt timeouts, the transport, and the
 * once-per-call bookkeeping (meter, telemetry, attempts log).
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ExecutionStrategy from "effect/ExecutionStrategy"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import * as FiberSet from "effect/FiberSet"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Budget from "../Budget.js"
import * as Bulkhead from "../Bulkhead.js"
import { ChatCompletion } from "../ChatCompletion.js"
import type { AttemptRecord, ChatResult, Completion, PartialCompletion, RoutingMetadata } from "../ChatResult.js"
import { fromCompletion } from "../ChatResult.js"
import * as ChatStream from "../ChatStream.js"
import * as CircuitBreaker from "../CircuitBreaker.js"
import * as CostMeter from "../CostMeter.js"
import { EmbeddingsRequest, EmbeddingsResponse } from "../Embeddings.js"
import * as Fallback from "../Fallback.js"
import { type Generation, GenerationResponse } from "../Generation.js"
import * as ModelId from "../ModelId.js"
import * as ModelRegistry from "../ModelRegistry.js"
import * as OpenRouterConfig from "../OpenRouterConfig.js"
import {
  type ApiError,
  classify,
  contentFilter,
  errorObject,
  header,
  type InterruptReason,
  InvalidRequestError,
  isOpenRouterError,
  MalformedResponseError,
  mayHaveBeenBilled,
  type OpenRouterError,
  StreamInterrupted,
  TimeoutError,
  type TransportError,
  withAttempts
} from "../OpenRouterError.js"
import * as RateLimit from "../RateLimit.js"
import * as RetryPolicy from "../RetryPolicy.js"
import * as Telemetry from "../Telemetry.js"
import * as Transport from "../Transport.js"
import type * as UsageLedger from "../UsageLedger.js"
import * as LedgerStage from "./ledger/hook.js"
import type { CallOptions, ChatRequestInput, Service } from "../OpenRouter.js"
import { resolveTimeouts, validateRequest } from "./request.js"

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

interface CallContext {
  /** What is called: a chat completion, or embeddings (priced by input only, no fallback). */
  readonly operation: "chat" | "embeddings"
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
  /** Budget estimates per candidate (micro-USD; undefined = unpriced). */
  readonly estimates: Map<string, number | undefined>
}

/** What one successful attempt hands back: its value, breaker permit and budget reservation. */
interface Attempted<A> {
  readonly value: A
  readonly permit: CircuitBreaker.Permit | undefined
  readonly reservation: Budget.Reservation | undefined
}

/** A stream attempt that reached its commit point (or ended before any content). */
interface OpenedStream {
  readonly model: string
  readonly buffered: Array<ChatStream.ChatStreamEvent>
  readonly pull: Effect.Effect<Chunk.Chunk<ChatStream.ChatStreamEvent>, Option.Option<InterruptReason>>
  readonly ended: boolean
  readonly state: ChatStream.DecodeState
  readonly response: Transport.TransportResponse
  readonly firstContentAt: number | undefined
}

const errorOf = (cause: Cause.Cause<unknown>): OpenRouterError | undefined => {
  const failure = Option.getOrUndefined(Cause.failureOption(cause))
  return isOpenRouterError(failure) ? failure : undefined
}

/**
 * A reply stopped by a content filter before producing anything: treated as `ContentPolicyError`
 * (so the `contentPolicy` fallback list applies). A filtered reply that has content is returned
 * as it is, with `finishReason: "content_filter"`.
 */
const isEmptyFilteredAnswer = (c: Completion): boolean =>
  c.finishReason === "content_filter" && c.text === "" && c.toolCalls.length === 0 &&
  (c.reasoning === undefined || c.reasoning === "")

/** Whether a completion carries generated output (text, refusal, tool calls, reasoning, images). */
const hasOutput = (c: Completion): boolean =>
  c.text !== "" || (c.refusal !== undefined && c.refusal !== "") || c.toolCalls.length > 0 ||
  (c.reasoning !== undefined && c.reasoning !== "") || c.images.length > 0

/** The billed output a JSON-wire error carries (see `withPartial`), for the meter. */
const billedPartial = (error: OpenRouterError | undefined): Completion | undefined =>
  error !== undefined && error._tag !== "StreamInterrupted" && "partial" in error ? error.partial : undefined

/** A copy of an API error carrying the billed output it followed (same class, same fields). */
const withPartial = <E extends ApiError>(error: E, partial: PartialCompletion): E => {
  const copy: E = Object.create(Object.getPrototypeOf(error), Object.getOwnPropertyDescriptors(error))
  Object.defineProperty(copy, "partial", { value: partial, enumerable: true, writable: false, configurable: true })
  return copy
}

/** Whether a response's content type is JSON (`application/json`, `application/…+json`). */
const isJsonReply = (headers: Readonly<Record<string, string>>): boolean => {
  const type = header(headers, "content-type")
  return type !== undefined && /^\s*application\/(?:[^;\s]*\+)?json\s*(?:;|$)/i.test(type)
}

const decodeCompletion = Transport.decodeWith(ChatCompletion)

/** How long the end of a body is awaited after `[DONE]` before the request is closed anyway. */
const DONE_GRACE_MS = 1000

/** A per-call policy override: `false` turns the policy off for the call, a service replaces it. */
const override = <S>(value: S | false | undefined, layer: S | undefined): S | undefined =>
  value === false ? undefined : value ?? layer

const numberOrUndefined = (u: unknown): number | undefined => (typeof u === "number" ? u : undefined)

const failureOf = <A>(exit: Exit.Exit<A, OpenRouterError>): OpenRouterError | undefined =>
  Exit.isFailure(exit) ? errorOf(exit.cause) : undefined

const outcomeOf = (exit: Exit.Exit<unknown, OpenRouterError>): CircuitBreaker.Outcome =>
  Exit.isSuccess(exit) ? "success" : Exit.isInterrupted(exit) ? "ignored" : CircuitBreaker.classify(failureOf(exit))

const toOpenRouterError = (e: ChatStream.StepFailure | TransportError): InterruptReason =>
  e._tag === "SseLimitExceeded"
    ? new MalformedResponseError({ kind: "size_limit", message: e.message, status: 200, excerpt: "" })
    : e

/** The response an attempt got: its HTTP status, noted by the transport when headers arrive. */
interface AttemptResponse {
  status: number | undefined
}

/** The running attempt's {@link AttemptResponse} (none outside an attempt). */
const currentAttemptResponse = FiberRef.unsafeMake<AttemptResponse | undefined>(undefined)

const noteStatus = (status: number): Effect.Effect<void> =>
  Effect.map(FiberRef.get(currentAttemptResponse), (cell) => {
    if (cell !== undefined) cell.status = status
  })

/**
 * The transport, noting the status of every response it hands back in the running attempt's
 * record (so the attempts log says 200 only for an attempt that got a 200).
 */
const observingTransport = (transport: Transport.Service): Transport.Service => ({
  ...transport,
  send: (request) => Effect.tap(transport.send(request), (response) => noteStatus(response.status)),
  json: (request, schema) => Effect.tap(transport.json(request, schema), (r) => noteStatus(r.response.status))
})

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
 * `chat` and `chatStream` over the given transport and policies.
 *
 * @internal
 */
export const makeChatCalls = (deps: Deps) => {
  const { config, policies, preChecks, reconcileCosts } = deps
  const transport = observingTransport(deps.transport)
  const ledger = LedgerStage.make(policies.ledger)

  const shape = (ctx: CallContext): ModelRegistry.RequestShape => ctx.body as unknown as ModelRegistry.RequestShape

  /**
   * The budget estimate for one candidate (cached per call): the most expensive model the request
   * can be served by (the candidate and the server-side `models`), web searches included. With
   * `served`, the model that answered, alone (the meter's estimate of a call without `usage.cost`).
   */
  const estimateFor = (ctx: CallContext, model: string, served = false): Effect.Effect<number | undefined> =>
    Effect.suspend(() => {
      const key = served ? `served:${model}` : model
      if (ctx.estimates.has(key)) return Effect.succeed(ctx.estimates.get(key))
      const registry = policies.registry
      if (registry === undefined) return Effect.succeed(undefined)
      const estimate = ctx.operation === "embeddings"
        ? Effect.map(registry.get(model), (m) => ModelRegistry.estimateEmbeddingsCostFor(m, ctx.body["input"]))
        : registry.estimateCost(shape(ctx), { model, alternatives: !served })
      return estimate.pipe(
        Effect.map((e) => e.micros),
        Effect.orElseSucceed(() => undefined),
        Effect.tap((micros) => Effect.sync(() => ctx.estimates.set(key, micros)))
      )
    })

  /** Pre-send checks: registry checks and the cheap budget check, before any request. */
  const admitCall = (ctx: CallContext): Effect.Effect<void, OpenRouterError> =>
    Effect.gen(function*() {
      if (policies.budget !== undefined) {
        yield* policies.budget.check(ctx.requestedModel, yield* estimateFor(ctx, ctx.requestedModel))
      }
    }).pipe(Effect.tapError((e) => rejected(ctx, e)))

  /**
   * Registry checks for one candidate, before its first request: a refusal here takes part in
   * the fallback plan like a server answer would (a context overflow moves to the
   * `contextLength` list with no request to the model that cannot take it).
   */
  const preCheckFor = (ctx: CallContext, model: string): Effect.Effect<void, OpenRouterError> => {
    const checks = ctx.preCheck
    if (
      policies.registry === undefined ||
      (checks.checkModel !== true && checks.checkContext !== true && checks.checkParameters !== true)
    ) return Effect.void
    return policies.registry.preCheck(shape(ctx), { ...checks, model })
  }

  const fetchGeneration = (id: string): Effect.Effect<Generation, OpenRouterError> =>
    Effect.map(transport.json({ method: "GET", path: "/generation", query: { id } }, GenerationResponse), (r) => r.value.data)

  const LOCAL_REJECTIONS = new Set(["CircuitOpenError", "RateLimitExceededError", "BulkheadFullError", "BudgetExceededError"])
  const rejected = (ctx: CallContext, error: OpenRouterError): Effect.Effect<void> =>
    LOCAL_REJECTIONS.has(error._tag)
      ? Effect.zipRight(
        policies.meter !== undefined ? policies.meter.recordRejection(error._tag) : Effect.void,
        Telemetry.recordRejection(error._tag, ctx.requestedModel)
      )
      : Effect.void

  /** Records the logical call once: meter and telemetry. */
  const finish = (
    ctx: CallContext,
    outcome: {
      readonly completion?: Completion | undefined
      readonly partial?: Completion | undefined
      readonly error?: OpenRouterError | undefined
      readonly interrupted?: boolean
    },
    firstContentMs?: number
  ): Effect.Effect<void> =>
    Effect.gen(function*() {
      const end = yield* Clock.currentTimeMillis
      const partial = outcome.partial ??
        (outcome.error?._tag === "StreamInterrupted" ? outcome.error.partial : undefined)
      const completion = outcome.completion ?? partial
      const models = new Set(ctx.attempts.map((a) => a.model))
      const status = outcome.completion !== undefined
        ? "success" as const
        : outcome.interrupted === true || outcome.error?._tag === "StreamInterrupted"
        ? "interrupted" as const
        : "error" as const
      const servedModel = completion?.model
      const estimatedCostMicros = completion !== undefined && typeof completion.usage?.cost !== "number"
        ? yield* estimateFor(ctx, servedModel ?? ctx.requestedModel, servedModel !== undefined)
        : undefined
      if (policies.meter !== undefined) {
        yield* policies.meter.record({
          requestedModel: ctx.requestedModel,
          servedModel,
          provider: completion?.provider,
          outcome: status,
          errorTag: outcome.error?._tag,
          attempts: ctx.attempts.length,
          retries: Math.max(0, ctx.attempts.length - models.size),
          fallbacks: Math.max(0, models.size - 1),
          usage: completion?.usage,
          estimatedCostMicros,
          generationId: completion?.id,
          possiblyBilled: outcome.error !== undefined ? mayHaveBeenBilled(outcome.error) : undefined
        })
        const id = completion?.id
        if (
          reconcileCosts !== false && id !== undefined && typeof completion?.usage?.cost !== "number" &&
          (status !== "error" || (outcome.error !== undefined && mayHaveBeenBilled(outcome.error)))
        ) {
          // In the layer's fiber set, not a daemon: it ends when the layer is closed. `finish`
          // runs in an exit handler (uninterruptible), and a fork inherits that: the fiber is
          // made interruptible explicitly, or closing the layer would wait for it.
          yield* FiberSet.run(
            deps.background,
            Effect.interruptible(Effect.ignore(policies.meter.reconcile(id, fetchGeneration(id), reconcileCosts)))
          )
        }
      }
      yield* ledger.settle(ctx, {
        status,
        completion,
        error: outcome.error,
        estimatedCostMicros,
        attempts: ctx.attempts.length,
        modelsTried: models.size,
        requestedModel: ctx.requestedModel,
        startedAt: ctx.startedAt,
        timeToFirstTokenMs: firstContentMs
      })
      yield* Telemetry.recordResult({
        requestedModel: ctx.requestedModel,
        responseModel: servedModel,
        responseId: completion?.id,
        provider: completion?.provider,
        outcome: status,
        errorTag: outcome.error?._tag,
        usage: completion?.usage,
        finishReasons: completion?.finishReason !== undefined && completion.finishReason !== null ? [completion.finishReason] : undefined,
        estimatedCostMicros,
        durationMs: end - ctx.startedAt,
        timeToFirstTokenMs: firstContentMs,
        retries: Math.max(0, ctx.attempts.length - models.size)
      })
    })

  const estimateTokens = (body: Record<string, unknown>): number => {
    const text = JSON.stringify(body["messages"] ?? body["input"] ?? "")
    const max = body["max_tokens"] ?? body["max_completion_tokens"]
    return Math.ceil(text.length / 4) + (typeof max === "number" ? max : 0)
  }

  /**
   * Runs one attempt against `model` in its own scope: breaker admission, rate limit, bulkhead,
   * then `send`. The attempt's scope stays open on success (a stream keeps its permit) and is
   * closed on failure.
   */
  const attempt = <A>(
    ctx: CallContext,
    model: string,
    n: number,
    send: (model: string) => Effect.Effect<A, OpenRouterError, Scope.Scope>,
    waitMs: number
  ): Effect.Effect<Attempted<A>, OpenRouterError, Scope.Scope> =>
    Effect.gen(function*() {
      const parent = yield* Effect.scope
      const scope = yield* Scope.fork(parent, ExecutionStrategy.sequential)
      const start = yield* Clock.currentTimeMillis
      let reservation: Budget.Reservation | undefined = undefined
      // Set once `send` succeeded: the request was answered (and billed), whatever follows.
      let answered = false
      // The status of the response this attempt got, when it got one (noted by `transport`).
      const seen: AttemptResponse = { status: undefined }
      /**
       * What happens to the reservation when the attempt's scope closes. On a failed attempt: a
       * clean refusal (HTTP status) releases it; an ambiguous failure or an interruption keeps
       * the estimate as unsettled spend (or settles to the billed partial's cost). On an answered
       * attempt the caller settles it to the reported cost; if the caller never got to (it was
       * interrupted first), the estimate is kept as unsettled. Every step is idempotent, so this
       * is a no-op once the caller settled.
       */
      const settleLeftover = (r: Budget.Reservation, exit: Exit.Exit<unknown, unknown>): Effect.Effect<void> => {
        if (answered || Exit.isSuccess(exit)) return r.settle(undefined)
        const failure = errorOf(exit.cause)
        return mayHaveBeenBilled(failure) || Exit.isInterrupted(exit)
          ? r.settleUsd(billedPartial(failure)?.usage?.cost ?? undefined)
          : r.release
      }
      const guarded = (permit: CircuitBreaker.Permit | undefined): Effect.Effect<A, OpenRouterError, Scope.Scope> =>
        Effect.gen(function*() {
          if (ctx.guards.rateLimit !== undefined) {
            yield* ctx.guards.rateLimit.acquire({ model, tokens: estimateTokens(ctx.body) })
          }
          if (ctx.guards.bulkhead !== undefined) yield* ctx.guards.bulkhead.permit
          const budget = policies.budget
          if (budget !== undefined) {
            const estimate = yield* estimateFor(ctx, model)
            // Reserving and registering the settlement are one step: no interruption between.
            yield* Effect.uninterruptible(
              Effect.flatMap(budget.reserve(model, estimate), (r) => {
                reservation = r
                return Scope.addFinalizerExit(scope, (exit) => settleLeftover(r, exit))
              })
            )
          }
          // The half-open probe's lease starts here, when it is sent, not while it queued above.
          if (permit !== undefined) yield* permit.start
          const sendOnce = send(model)
          const limit = ctx.timeouts.attempt
          return yield* limit !== undefined
            ? Effect.timeoutFail(sendOnce, {
              duration: limit,
              onTimeout: () =>
                new TimeoutError({ message: `Attempt exceeded ${Duration.format(limit)}`, kind: "attempt", model })
            })
            : sendOnce
        })
      // Breaker admission first (an open circuit rejects at once, holding no rate-limit token or
      // bulkhead slot), then the queues, then the send. The permit's outcome is recorded however
      // the attempt ends (an interrupted probe frees the half-open slot at once). Streams record
      // at their commit point (first content): a long stream does not hold the probe lease, and
      // a late failure surfaces as StreamInterrupted instead.
      const run: Effect.Effect<Attempted<A>, OpenRouterError> = Effect.uninterruptibleMask((restore) =>
        Effect.flatMap(
          ctx.guards.breaker !== undefined ? ctx.guards.breaker.admit(model) : Effect.succeed(undefined),
          (permit) =>
            restore(guarded(permit)).pipe(
              Effect.onExit((exit) => {
                if (Exit.isSuccess(exit)) answered = true
                if (permit === undefined) return Effect.void
                const failure = failureOf(exit)
                return permit.record(
                  outcomeOf(exit),
                  failure !== undefined && "retryAfter" in failure ? failure.retryAfter : undefined
                )
              }),
              Effect.map((value): Attempted<A> => ({ value, permit, reservation }))
            )
        )
      ).pipe(
        Scope.extend(scope),
        Telemetry.attemptSpan({ model, attempt: ctx.attempts.length + 1 }),
        Effect.onExit((exit) => (Exit.isFailure(exit) ? Scope.close(scope, exit) : Effect.void)),
        Effect.locally(currentAttemptResponse, seen)
      )
      const exit = yield* Effect.exit(run)
      const end = yield* Clock.currentTimeMillis
      const error = failureOf(exit)
      if (!(Exit.isInterrupted(exit))) {
        ctx.attempts.push({
          model,
          attempt: n,
          outcome: error === undefined ? "Success" : error._tag,
          // Absent when no response arrived (refused, reset, headers timeout, local rejection).
          status: error !== undefined && "status" in error && typeof error.status === "number"
            ? error.status
            : seen.status,
          durationMs: end - start,
          waitMs,
          mayBeBilled: error === undefined ? true : mayHaveBeenBilled(error)
        })
      }
      if (
        error !== undefined && error._tag === "RateLimitError" && error.retryAfter !== undefined &&
        ctx.guards.rateLimit !== undefined
      ) {
        yield* ctx.guards.rateLimit.pause(error.retryAfter)
      }
      if (error !== undefined) yield* rejected(ctx, error)
      return yield* exit
    })

  /** The whole logical call: fallback over candidates, retry per candidate. */
  const pipeline = <A>(
    ctx: CallContext,
    send: (model: string) => Effect.Effect<A, OpenRouterError, Scope.Scope>
  ) =>
    Effect.gen(function*() {
      const serverModels = Fallback.serverSideModels(ctx.requestedModel, ctx.fallback)
      if (serverModels !== undefined) ctx.body["models"] = serverModels
      const fallbackOptions = serverModels !== undefined ? { ...ctx.fallback, models: [], contextLength: [], contentPolicy: [] } : ctx.fallback
      let pendingWait = 0
      const result = yield* Fallback.run(
        ctx.requestedModel,
        fallbackOptions,
        (model) =>
          Effect.zipRight(preCheckFor(ctx, model), RetryPolicy.retry(
            (n) => {
              const wait = pendingWait
              pendingWait = 0
              return attempt(ctx, model, n, send, wait)
            },
            {
              ...ctx.retry,
              wire: ctx.wire,
              onRetry: (info) => Effect.sync(() => { pendingWait = Math.round(info.waitMs) }),
              stopIf: () =>
                ctx.guards.breaker === undefined
                  ? Effect.succeed(false)
                  : Effect.map(ctx.guards.breaker.remaining(model), Option.isSome)
            }
          )),
        ctx.guards.breaker !== undefined
          ? { unavailable: (model) => (ctx.guards.breaker as CircuitBreaker.Service).remaining(model) }
          : {}
      )
      return { value: result.value.value, reservation: result.value.reservation, model: result.model }
    })

  const makeContext = (
    request: ChatRequestInput,
    options: CallOptions | undefined,
    defaultWire: "json" | "stream"
  ): Effect.Effect<CallContext, InvalidRequestError> =>
    Effect.gen(function*() {
      const { body, model } = yield* validateRequest(request)
      const startedAt = yield* Clock.currentTimeMillis
      const fallback = { ...policies.fallback, ...options?.fallback }
      // Server-side fallback candidates go into the body before the budget check, so the
      // estimate covers the most expensive model OpenRouter may route to.
      const serverModels = Fallback.serverSideModels(model, fallback)
      if (serverModels !== undefined) body["models"] = serverModels
      return {
        operation: "chat",
        requestedModel: model,
        body,
        wire: options?.wire ?? defaultWire,
        timeouts: resolveTimeouts(config.timeouts, options?.timeouts),
        headers: options?.headers,
        retry: { ...policies.retry, ...options?.retry },
        fallback,
        attempts: [],
        startedAt,
        preCheck: options?.preCheck ?? preChecks,
        guards: {
          breaker: override(options?.circuitBreaker, policies.breaker),
          rateLimit: override(options?.rateLimit, policies.rateLimit),
          bulkhead: override(options?.bulkhead, policies.bulkhead)
        },
        estimates: new Map()
      }
    })

  const deadlineError = (ctx: CallContext) =>
    new TimeoutError({
      message: `The call exceeded its deadline of ${Duration.format(ctx.timeouts.deadline)}`,
      kind: "deadline",
      timeout: ctx.timeouts.deadline,
      model: ctx.requestedModel
    })

  const metadata = (
    ctx: CallContext,
    completion: Completion,
    response: Transport.TransportResponse,
    model: string,
    endAt: number,
    firstContentAt: number | undefined
  ): RoutingMetadata => ({
    requestedModel: ctx.requestedModel,
    servedModel: completion.model ?? model,
    provider: completion.provider,
    fallback: model !== ctx.requestedModel ||
      (completion.model !== undefined && ModelId.base(completion.model) !== ModelId.base(ctx.requestedModel)),
    generationId: response.generationId ?? completion.id,
    latencyMs: endAt - response.sentAt,
    timeToFirstTokenMs: firstContentAt !== undefined ? firstContentAt - response.sentAt : undefined,
    wire: ctx.wire,
    headers: response.headers,
    attempts: [...ctx.attempts]
  })

  // --- JSON wire -------------------------------------------------------------

  const sendJson = (ctx: CallContext) => (model: string) =>
    Effect.gen(function*() {
      const body = { ...ctx.body, model, stream: false }
      const { response, value } = yield* transport.json(
        {
          method: "POST",
          path: "/chat/completions",
          body,
          model,
          headers: ctx.headers,
          headersTimeout: ctx.timeouts.headers,
          idleTimeout: ctx.timeouts.idle
        },
        ChatCompletion
      )
      const choice = value.choices[0]
      if (choice !== undefined && (choice.finish_reason === "error" || (choice.error !== undefined && choice.error !== null))) {
        const error = classify({
          status: response.status,
          body: { error: choice.error ?? { message: "The choice finished with an error" } },
          headers: response.headers,
          generationId: response.generationId ?? value.id,
          model,
          nowMillis: yield* Clock.currentTimeMillis
        })
        // Output generated before the error was billed: the error carries it and is not retried
        // by default (`mayHaveBeenBilled`); a choice error with nothing generated stays retryable.
        const completion = fromCompletion(value)
        return yield* Effect.fail(hasOutput(completion) ? withPartial(error, { ...completion, raw: value }) : error)
      }
      if (choice !== undefined && isEmptyFilteredAnswer(fromCompletion(value))) {
        return yield* Effect.fail(contentFilter({ generationId: response.generationId ?? value.id, model }))
      }
      const endAt = yield* Clock.currentTimeMillis
      return { value, response, endAt }
    })

  const chatJson = (ctx: CallContext): Effect.Effect<ChatResult, OpenRouterError> =>
    Effect.scoped(
      Effect.gen(function*() {
        yield* ledger.open(ctx, ctx.requestedModel, ctx.wire)
        yield* admitCall(ctx)
        const { value: { value, response, endAt }, model, reservation } = yield* pipeline(ctx, sendJson(ctx))
        const completion = fromCompletion(value)
        if (reservation !== undefined) yield* reservation.settleUsd(completion.usage?.cost ?? undefined)
        const meta = metadata(ctx, completion, response, model, endAt, undefined)
        return { ...completion, meta, raw: value }
      })
    ).pipe(
      Effect.timeoutFail({ duration: ctx.timeouts.deadline, onTimeout: () => deadlineError(ctx) }),
      Effect.mapError((e) => withAttempts(e, ctx.attempts)),
      Effect.onExit((exit) =>
        Exit.isSuccess(exit)
          ? finish(ctx, { completion: exit.value })
          : Exit.isInterrupted(exit)
          ? finish(ctx, { interrupted: true })
          : finish(ctx, { error: failureOf(exit), partial: billedPartial(failureOf(exit)) })
      ),
      Telemetry.requestSpan({
        model: ctx.requestedModel,
        stream: false,
        maxTokens: numberOrUndefined(ctx.body["max_tokens"]),
        messages: Array.isArray(ctx.body["messages"]) ? ctx.body["messages"] : undefined
      })
    )

  // --- Stream wire -----------------------------------------------------------

  const openStream = (ctx: CallContext) => (model: string): Effect.Effect<OpenedStream, OpenRouterError, Scope.Scope> =>
    Effect.gen(function*() {
      const body = { ...ctx.body, model, stream: true }
      const response = yield* transport.send({
        method: "POST",
        path: "/chat/completions",
        body,
        accept: "sse",
        model,
        headers: ctx.headers,
        headersTimeout: ctx.timeouts.headers,
        // Bounds the read of a JSON reply or an error body (an SSE body has the watchdog below).
        idleTimeout: ctx.timeouts.idle
      })
      // A server, proxy, mock or cassette may answer a streaming request with JSON: decided by
      // the content type, not by the body failing as SSE.
      if (isJsonReply(response.headers)) return yield* openJsonReply(model, response)
      const idleMs = Duration.toMillis(ctx.timeouts.idle)
      const deadlineAt = ctx.startedAt + Duration.toMillis(ctx.timeouts.deadline)
      const clock = yield* Effect.clock
      const watch = { lastReadAt: clock.unsafeCurrentTimeMillis(), fired: undefined as TimeoutError | undefined }
      const decoded = ChatStream.decodeEvents({
        maxEventBytes: config.limits.maxEventBytes,
        model,
        generationId: response.generationId,
        headers: response.headers,
        onRead: () => {
          watch.lastReadAt = clock.unsafeCurrentTimeMillis()
        }
      })(response.stream)
      // One watchdog per attempt instead of a timer per read: it sleeps until the idle or
      // deadline instant, re-arms when bytes arrived meanwhile, and aborts the request when
      // either passes (the body then fails and the failure is reported as this TimeoutError).
      yield* Effect.forkScoped(Effect.gen(function*() {
        while (true) {
          const now = clock.unsafeCurrentTimeMillis()
          // After [DONE] only the end of the body is awaited, briefly (keep-alive reuse).
          const idleAt = watch.lastReadAt + (decoded.state.done ? Math.min(idleMs, DONE_GRACE_MS) : idleMs)
          if (now >= deadlineAt) {
            watch.fired = deadlineError(ctx)
            break
          }
          if (now >= idleAt) {
            watch.fired = new TimeoutError({
              message: `No bytes received for ${Duration.format(ctx.timeouts.idle)}`,
              kind: "idle",
              timeout: ctx.timeouts.idle,
              model
            })
            break
          }
          yield* Effect.sleep(Math.min(idleAt, deadlineAt) - now)
        }
        yield* response.abort
      }))
      const pull = (yield* Stream.toPull(decoded.stream)).pipe(
        Effect.mapError(Option.map((e) => watch.fired ?? toOpenRouterError(e)))
      )
      const buffered: Array<ChatStream.ChatStreamEvent> = []
      let ended = false
      let committed = false
      while (!committed) {
        const next = yield* Effect.either(pull)
        if (Either.isLeft(next)) {
          if (Option.isNone(next.left)) {
            ended = true
            break
          }
          return yield* Effect.fail(next.left.value)
        }
        for (const event of next.right) {
          buffered.push(event)
          if (!committed && ChatStream.isContent(event)) committed = true
        }
      }
      if (!committed && isEmptyFilteredAnswer(decoded.state.accumulator.completion())) {
        return yield* Effect.fail(contentFilter({ generationId: response.generationId, model }))
      }
      const firstContentAt = committed ? yield* Clock.currentTimeMillis : undefined
      const opened: OpenedStream = {
        model,
        buffered,
        pull,
        ended,
        state: decoded.state,
        response,
        firstContentAt
      }
      return opened
    }).pipe(
      Effect.timeoutFail({
        duration: ctx.timeouts.firstContent,
        onTimeout: () =>
          new TimeoutError({
            message: `No content within ${Duration.format(ctx.timeouts.firstContent)} of sending`,
            kind: "firstContent",
            timeout: ctx.timeouts.firstContent,
            model
          })
      })
    )

  /**
   * A JSON reply to a streaming request, decoded as on the JSON wire: an `{error}` body fails with
   * the same typed error; a completion is folded into the events a stream of it would give. A
   * choice error before any output fails like an error chunk before content (retryable); after
   * output, like one after the commit point (`StreamInterrupted`, the output kept).
   */
  const openJsonReply = (
    model: string,
    response: Transport.TransportResponse
  ): Effect.Effect<OpenedStream, OpenRouterError> =>
    Effect.gen(function*() {
      const body = yield* response.json
      const nowMillis = yield* Clock.currentTimeMillis
      const fail = (errorBody: unknown, generationId: string | undefined) =>
        classify({ status: response.status, body: errorBody, headers: response.headers, generationId, model, nowMillis })
      if (typeof body === "object" && body !== null && "error" in body && errorObject(body) !== undefined) {
        return yield* Effect.fail(fail(body, response.generationId))
      }
      const value = yield* decodeCompletion(body, response.status, model)
      const state: ChatStream.DecodeState = { accumulator: new ChatStream.Accumulator(), done: true, sawBytes: true }
      const buffered: Array<ChatStream.ChatStreamEvent> = []
      state.accumulator.adopt(value, buffered)
      const committed = buffered.some(ChatStream.isContent)
      const choice = value.choices[0]
      const choiceError = choice !== undefined && (choice.finish_reason === "error" || (choice.error !== undefined && choice.error !== null))
        ? fail({ error: choice?.error ?? { message: "The choice finished with an error" } }, response.generationId ?? value.id)
        : undefined
      if (choiceError !== undefined && !committed) return yield* Effect.fail(choiceError)
      if (!committed && isEmptyFilteredAnswer(state.accumulator.completion())) {
        return yield* Effect.fail(contentFilter({ generationId: response.generationId ?? value.id, model }))
      }
      const opened: OpenedStream = {
        model,
        buffered,
        pull: Effect.fail(choiceError !== undefined ? Option.some(choiceError) : Option.none()),
        ended: choiceError === undefined,
        state,
        response,
        firstContentAt: committed ? nowMillis : undefined
      }
      return opened
    })

  const streamFor = (
    request: ChatRequestInput,
    options: CallOptions | undefined
  ): Stream.Stream<ChatStream.ChatStreamEvent, OpenRouterError> =>
    Stream.unwrapScoped(ledger.tagged(
      options?.tags,
      Effect.gen(function*() {
        const ctx = yield* makeContext(request, options, "stream")
        yield* ledger.open(ctx, ctx.requestedModel, ctx.wire)
        const end: {
          completion: Completion | undefined
          error: OpenRouterError | undefined
          opened: OpenedStream | undefined
          reservation: Budget.Reservation | undefined
        } = { completion: undefined, error: undefined, opened: undefined, reservation: undefined }
        // Runs once when the stream ends for any reason: settle the budget, record the call.
        yield* Effect.addFinalizer((exit) =>
          Effect.gen(function*() {
            const acc = end.opened?.state.accumulator
            if (end.reservation !== undefined) {
              const cost = acc?.usage?.cost
              yield* typeof cost === "number" ? end.reservation.settleUsd(cost) : end.reservation.settle(undefined)
            }
            const firstContentMs = end.opened?.firstContentAt !== undefined
              ? end.opened.firstContentAt - end.opened.response.sentAt
              : undefined
            const error = end.error ?? (Exit.isFailure(exit) && !Exit.isInterrupted(exit) ? errorOf(exit.cause) : undefined)
            yield* end.completion !== undefined
              ? finish(ctx, { completion: end.completion }, firstContentMs)
              : error !== undefined
              ? finish(ctx, { error }, firstContentMs)
              : finish(ctx, { interrupted: true, partial: acc?.completion() }, firstContentMs)
          })
        )
        const { value: opened, reservation } = yield* admitCall(ctx).pipe(
          Effect.zipRight(pipeline(ctx, openStream(ctx))),
          Effect.timeoutFail({ duration: ctx.timeouts.deadline, onTimeout: () => deadlineError(ctx) }),
          Effect.mapError((e) => withAttempts(e, ctx.attempts)),
          Effect.tapError((e) => Effect.sync(() => { end.error = e })),
          Telemetry.requestSpan({
            model: ctx.requestedModel,
            stream: true,
            maxTokens: numberOrUndefined(ctx.body["max_tokens"]),
            messages: Array.isArray(ctx.body["messages"]) ? ctx.body["messages"] : undefined
          })
        )
        end.opened = opened
        yield* ledger.served(ctx, opened.response.generationId ?? opened.state.accumulator.id)
        end.reservation = reservation
        // The message is the reason's own; validation is off: `partial` folds chunks that were
        // each decoded already (and a tool call whose id never came has none).
        const interrupted = (reason: InterruptReason) =>
          new StreamInterrupted({
            message: reason.message,
            partial: opened.state.accumulator.partial(),
            reason,
            attempts: [...ctx.attempts],
            ...(opened.state.accumulator.id !== undefined ? { generationId: opened.state.accumulator.id } : {}),
            model: opened.state.accumulator.model ?? opened.model
          }, true)
        const doneEvent = Effect.gen(function*() {
          const endAt = yield* Clock.currentTimeMillis
          const completion = opened.state.accumulator.completion()
          const result: ChatResult = {
            ...completion,
            meta: metadata(ctx, completion, opened.response, opened.model, endAt, opened.firstContentAt),
            raw: opened.state.accumulator.raw()
          }
          end.completion = result
          return Chunk.of<ChatStream.ChatStreamEvent>({ _tag: "Done", result })
        })
        // One pull for the whole consumer side (one stream layer per read instead of five): the
        // events held back until the commit point, then the body, then `Done`; a failure after
        // the commit point becomes StreamInterrupted.
        let phase: "buffered" | "body" | "done" | "finished" = "buffered"
        const pull: Effect.Effect<Chunk.Chunk<ChatStream.ChatStreamEvent>, Option.Option<OpenRouterError>> = Effect
          .suspend(() => {
            switch (phase) {
              case "buffered":
                phase = opened.ended ? "done" : "body"
                return Effect.succeed(Chunk.unsafeFromArray(opened.buffered))
              case "body":
                return Effect.catchAll(opened.pull, (e) => {
                  if (Option.isNone(e)) {
                    phase = "done"
                    return Effect.succeed(Chunk.empty<ChatStream.ChatStreamEvent>())
                  }
                  phase = "finished"
                  const error = interrupted(e.value)
                  end.error = error
                  return Effect.fail(Option.some(error))
                })
              case "done":
                phase = "finished"
                return doneEvent
              case "finished":
                return Effect.fail(Option.none())
            }
          })
        return Stream.repeatEffectChunkOption(pull)
      })
    ))

  const chatStreamWire = (request: ChatRequestInput, options: CallOptions | undefined) =>
    streamFor(request, { ...options, wire: "stream" }).pipe(
      Stream.runLast,
      Effect.flatMap((last) =>
        Option.isSome(last) && last.value._tag === "Done"
          ? Effect.succeed(last.value.result)
          : Effect.fail(new MalformedResponseError({ message: "The stream produced no result", excerpt: "" }))
      )
    )

  const chat: Service["chat"] = (request, options) =>
    (options?.wire ?? "stream") === "json"
      ? ledger.tagged(options?.tags, Effect.flatMap(makeContext(request, options, "json"), chatJson))
      : chatStreamWire(request, options)

  // --- Embeddings ------------------------------------------------------------

  /**
   * An embeddings call's context: the layer's retry, breaker, rate limit, bulkhead and budget, the
   * configured timeouts, and no fallback (the chat candidate lists name chat models).
   */
  const embeddingsContext = (request: EmbeddingsRequest): Effect.Effect<CallContext, InvalidRequestError> =>
    Effect.gen(function*() {
      const encoded = yield* Schema.encodeUnknown(EmbeddingsRequest)(request).pipe(
        Effect.mapError((e) =>
          new InvalidRequestError({ message: ParseResult.TreeFormatter.formatErrorSync(e), field: "request" })
        )
      )
      const body: Record<string, unknown> = { ...encoded }
      const model = yield* ModelId.normalize(body["model"])
      body["model"] = model
      const startedAt = yield* Clock.currentTimeMillis
      return {
        operation: "embeddings",
        requestedModel: model,
        body,
        wire: "json",
        timeouts: config.timeouts,
        headers: undefined,
        retry: policies.retry,
        fallback: Fallback.defaults,
        attempts: [],
        startedAt,
        preCheck: { checkModel: false, checkContext: false, checkParameters: false },
        guards: { breaker: policies.breaker, rateLimit: policies.rateLimit, bulkhead: policies.bulkhead },
        estimates: new Map()
      }
    })

  const sendEmbeddings = (ctx: CallContext) => (model: string) =>
    Effect.map(
      transport.json(
        {
          method: "POST",
          path: "/embeddings",
          body: { ...ctx.body, model },
          model,
          headersTimeout: ctx.timeouts.headers,
          idleTimeout: ctx.timeouts.idle
        },
        EmbeddingsResponse
      ),
      (r) => r.value
    )

  /** The embeddings usage in the meter's (chat) shape: no completion tokens. */
  const embeddingsUsage = (u: EmbeddingsResponse["usage"]) =>
    u === undefined || u === null ? undefined : {
      prompt_tokens: u.prompt_tokens ?? 0,
      completion_tokens: 0,
      total_tokens: u.total_tokens ?? u.prompt_tokens ?? 0,
      ...(typeof u.cost === "number" ? { cost: u.cost } : {}),
      ...(typeof u.is_byok === "boolean" ? { is_byok: u.is_byok } : {}),
      ...(u.cost_details !== undefined ? { cost_details: u.cost_details } : {})
    }

  /** Records an embeddings call once in the meter (success as before; failures too, like chat). */
  const finishEmbeddings = (ctx: CallContext, exit: Exit.Exit<EmbeddingsResponse, OpenRouterError>): Effect.Effect<void> =>
    Effect.gen(function*() {
      if (policies.meter === undefined || Exit.isInterrupted(exit)) return
      const models = new Set(ctx.attempts.map((a) => a.model))
      const common = {
        requestedModel: ctx.requestedModel,
        attempts: ctx.attempts.length,
        retries: Math.max(0, ctx.attempts.length - models.size),
        fallbacks: Math.max(0, models.size - 1)
      }
      if (Exit.isSuccess(exit)) {
        const value = exit.value
        const usage = embeddingsUsage(value.usage)
        yield* policies.meter.record({
          ...common,
          servedModel: typeof value.model === "string" ? value.model : ctx.requestedModel,
          provider: typeof value.provider === "string" ? value.provider : undefined,
          outcome: "success",
          usage,
          ...(typeof usage?.cost !== "number"
            ? { estimatedCostMicros: yield* estimateFor(ctx, ctx.requestedModel) }
            : {}),
          ...(typeof value.id === "string" ? { generationId: value.id } : {})
        })
        return
      }
      const error = failureOf(exit)
      yield* policies.meter.record({
        ...common,
        servedModel: undefined,
        provider: undefined,
        outcome: "error",
        errorTag: error?._tag,
        usage: undefined,
        possiblyBilled: error !== undefined ? mayHaveBeenBilled(error) : undefined
      })
    })

  /**
   * `POST /embeddings` through the same pipeline as chat: budget check, retry, breaker, rate
   * limit, bulkhead, budget reservation (settled with `usage.cost`), attempt and request spans,
   * the deadline, the attempts log on the error, and the meter.
   */
  const embeddings = (request: EmbeddingsRequest): Effect.Effect<EmbeddingsResponse, OpenRouterError> =>
    Effect.flatMap(embeddingsContext(request), (ctx) =>
      Effect.scoped(
        Effect.gen(function*() {
          yield* admitCall(ctx)
          const { reservation, value } = yield* pipeline(ctx, sendEmbeddings(ctx))
          if (reservation !== undefined) {
            yield* reservation.settleUsd(typeof value.usage?.cost === "number" ? value.usage.cost : undefined)
          }
          return value
        })
      ).pipe(
        Effect.timeoutFail({ duration: ctx.timeouts.deadline, onTimeout: () => deadlineError(ctx) }),
        Effect.mapError((e) => withAttempts(e, ctx.attempts)),
        Effect.onExit((exit) => finishEmbeddings(ctx, exit)),
        Telemetry.requestSpan({ operation: "embeddings", model: ctx.requestedModel, stream: false })
      ))

  return { chat, chatStream: streamFor, embeddings }
}
