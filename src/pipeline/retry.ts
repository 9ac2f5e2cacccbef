/**
 * Stage: retry per candidate (step 4 of the call, docs/architecture.md). The call's `RetryPolicy` (Schedule, Retry-After
 * aware, wire-aware), stopped early when the candidate's circuit opened meanwhile; each attempt
 * is told how long it waited before it started.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type { OpenRouterError } from "../OpenRouterError.js"
import * as RetryPolicy from "../RetryPolicy.js"
import type { CallContext } from "./types.js"

/** Runs `attempt(n, waitMs)` against `model` until it succeeds or the policy gives up. */
export const perCandidate = <A, R>(
  ctx: CallContext,
  model: string,
  attempt: (n: number, waitMs: number) => Effect.Effect<A, OpenRouterError, R>
): Effect.Effect<A, OpenRouterError, R> =>
  Effect.suspend(() => {
    let pendingWait = 0
    return RetryPolicy.retry(
      (n) => {
        const wait = pendingWait
        pendingWait = 0
        return attempt(n, wait)
      },
      {
        ...ctx.retry,
        wire: ctx.wire,
        deadline: ctx.deadline,
        onRetry: (info) => Effect.sync(() => { pendingWait = Math.round(info.waitMs) }),
        stopIf: () =>
          ctx.guards.breaker === undefined
            ? Effect.succeed(false)
            : Effect.map(ctx.guards.breaker.remaining(model), Option.isSome)
      }
    )
  })
