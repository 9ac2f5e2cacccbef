/**
 * Stage: one attempt's frame (steps 5–9 of the call, docs/architecture.md). Opens the attempt's own scope, asks the
 * breaker for admission, runs the guarded send the pipeline gives it (rate limit, bulkhead,
 * budget reservation, attempt timeout, transport), records the breaker outcome, the attempt
 * span and the attempts log, and reports local rejections. The scope stays open on success (a
 * stream keeps its permit and slot) and is closed on failure.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as CallScope from "../internal/callScope.js"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import * as Scope from "effect/Scope"
import { inScope } from "../internal/inScope.js"
import type * as Budget from "../Budget.js"
import type * as CircuitBreaker from "../CircuitBreaker.js"
import type { OpenRouterError } from "../OpenRouterError.js"
import * as Telemetry from "../Telemetry.js"
import * as Breaker from "./breaker.js"
import { attemptRecord, failureOf } from "./classify.js"
import { rejected } from "./finish.js"
import { currentAttemptResponse } from "./observe.js"
import { pauseOnRateLimit } from "./queues.js"
import { type Attempted, AttemptResponse, type CallContext, type Env } from "./types.js"

/** What the guarded send of an attempt is given. */
export interface AttemptFrame {
  /** The breaker's permit (a half-open probe starts its lease when it is sent). */
  readonly permit: CircuitBreaker.Permit | undefined
  /** The attempt's scope: what it holds is released when the attempt fails or the call ends. */
  readonly scope: Scope.Scope
  /** Whether the send succeeded: the request was answered (and billed), whatever follows. */
  readonly answered: () => boolean
}

/** What the guarded send hands back. */
export interface Guarded<A> {
  readonly value: A
  readonly reservation: Budget.Reservation | undefined
}

/** Runs attempt `n` against `model`, `waitMs` after the previous one. */
export const attempt = <A>(
  env: Env,
  ctx: CallContext,
  model: string,
  n: number,
  waitMs: number,
  guarded: (frame: AttemptFrame) => Effect.Effect<Guarded<A>, OpenRouterError, Scope.Scope>
): Effect.Effect<Attempted<A>, OpenRouterError, Scope.Scope> =>
  Effect.clockWith((clock) =>
    Effect.flatMap(Effect.scope, (parent) => {
      const start = clock.unsafeCurrentTimeMillis()
      let answered = false
      // The status of the response this attempt got, when it got one (noted by the transport).
      const seen = new AttemptResponse()
      // An attempt that can hold nothing (a JSON exchange without bulkhead slot or budget
      // reservation) runs in the call's scope; any other gets a scope of its own, closed when it
      // fails (its slot, reservation or open response released before the next attempt).
      const own = needsOwnScope(env, ctx)
      const opened: Effect.Effect<{ readonly scope: Scope.Scope; readonly close?: Scope.CloseableScope }> = own
        ? Effect.map(CallScope.fork(parent), (scope) => ({ scope, close: scope }))
        : Effect.succeed({ scope: parent })
      // Breaker admission first (an open circuit rejects at once, holding no rate-limit token or
      // bulkhead slot), then the guarded send. The permit's outcome is recorded however the
      // attempt ends. Streams record at their commit point (first content): a long stream does not
      // hold the probe lease, and a late failure surfaces as StreamInterrupted instead.
      const send = (
        scope: Scope.Scope,
        close: Scope.CloseableScope | undefined
      ): Effect.Effect<Attempted<A>, OpenRouterError, Scope.Scope> => {
        const frame = (permit: CircuitBreaker.Permit | undefined) => guarded({ permit, scope, answered: () => answered })
        const sent = ctx.guards.breaker === undefined
          ? Effect.map(frame(undefined), ({ reservation, value }): Attempted<A> => {
            answered = true
            return { value, permit: undefined, reservation }
          })
          : Effect.uninterruptibleMask((restore) =>
            Effect.flatMap(
              Breaker.admit(ctx, model),
              (permit) =>
                restore(frame(permit)).pipe(
                  Effect.onExit((exit) => {
                    if (Exit.isSuccess(exit)) answered = true
                    return Breaker.record(permit, exit)
                  }),
                  Effect.map(({ reservation, value }): Attempted<A> => ({ value, permit, reservation }))
                )
            )
          )
        const traced = Telemetry.attemptSpan({ model, attempt: ctx.attempts.length + 1 })(
          close !== undefined ? inScope(sent, scope) : sent
        )
        return close !== undefined
          ? Effect.onExit(traced, (exit) => (Exit.isFailure(exit) ? Scope.close(close, exit) : Effect.void))
          : traced
      }
      return Effect.flatMap(opened, ({ close, scope }) =>
        Effect.zipRight(FiberRef.set(currentAttemptResponse, seen), Effect.exit(send(scope, close)))).pipe(
          Effect.flatMap((exit) => {
            const error = failureOf(exit)
            if (!(Exit.isInterrupted(exit))) {
              ctx.attempts.push(
                attemptRecord(exit, { model, n, seen: seen.status, durationMs: clock.unsafeCurrentTimeMillis() - start, waitMs })
              )
            }
            if (error === undefined) return exit
            return Effect.zipRight(Effect.zipRight(pauseOnRateLimit(ctx, error), rejected(env, ctx, error)), exit)
          })
        )
    })
  )

/**
 * Whether the attempt needs a scope of its own: whatever can hold something until the attempt
 * ends — a bulkhead slot, a budget reservation, an open response (streams, bytes, SSE and the
 * other operations) — must be released when it fails, before the next attempt.
 */
const needsOwnScope = (env: Env, ctx: CallContext): boolean =>
  !(ctx.wire === "json" && (ctx.operation === "chat" || ctx.operation === "embeddings")) ||
  ctx.guards.bulkhead !== undefined || (env.policies.budget !== undefined && ctx.metered !== false)
