/**
 * Stage: a JSON chat call's first attempt in one step. When nothing the call does before sending
 * can wait or needs an effect — no rate limit, bulkhead, budget, usage ledger or registry check,
 * no attempt limit, a circuit breaker only on the in-memory store, and no tracer (the stages open
 * the spans) — the first attempt is admitted by the breaker at once, sent, classified and
 * recorded in one step; only when it fails does the call enter the stages (`run`, told that its
 * first attempt was made). The outcome is the stages' own: the same attempts log, breaker
 * outcome, errors, result, meter and telemetry (issue 11: the stages' effects were most of a
 * non-streaming call's cost over the transport).
 *
 * @internal
 */
import type * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Fiber from "effect/Fiber"
import { ChatCompletion } from "../ChatCompletion.js"
import type { ChatResult } from "../ChatResult.js"
import * as CircuitBreaker from "../CircuitBreaker.js"
import { mayHaveBeenBilled, type OpenRouterError } from "../OpenRouterError.js"
import type * as Transport from "../Transport.js"
import { settled } from "./finish.js"
import { answerOf, jsonRequest, resultOf } from "./jsonAnswer.js"
import type { CallContext, Env, MadeAttempt } from "./types.js"

const defaultTracer = Effect.runSync(Effect.tracer)

/** How many calls made their first attempt here (a test hook: shows which way a call went). @internal */
export const fusedCalls = { count: 0 }

/**
 * Whether the call may make its first attempt in one step: no tracer is installed (the stages
 * open the spans), it keeps its deadline on the exchange (`cooperativeDeadline`: nothing in it
 * can wait), has no attempt limit, and its breaker (if any) can admit at once.
 */
export const fusable = (ctx: CallContext, fiber: Fiber.RuntimeFiber<unknown, unknown>): boolean =>
  fiber.currentTracer === defaultTracer && ctx.deadline !== undefined && ctx.timeouts.attempt === undefined &&
  (ctx.guards.breaker === undefined || ctx.guards.breaker.unsafeAdmit !== undefined)

/**
 * The call, its first attempt made in one step; `after` is the stages after a failed first
 * attempt. `undefined` when the breaker cannot admit the call at once (the caller takes the
 * stages from the start).
 */
export const fusedAttempt = (
  env: Env,
  ctx: CallContext,
  clock: Clock.Clock,
  after: (made: MadeAttempt) => Effect.Effect<ChatResult, OpenRouterError>
): Effect.Effect<ChatResult, OpenRouterError> | undefined => {
  const model = ctx.requestedModel
  const start = clock.unsafeCurrentTimeMillis()
  const breaker = ctx.guards.breaker
  const permit = breaker?.unsafeAdmit?.(model, start)
  if (breaker !== undefined && permit === undefined) return undefined
  fusedCalls.count++
  let open = permit !== undefined
  const answered = (replied: Either.Either<{ readonly value: ChatCompletion; readonly response: Transport.TransportResponse }, OpenRouterError>) => {
    const now = clock.unsafeCurrentTimeMillis()
    const answer = Either.isRight(replied) ? answerOf(replied.right.value, replied.right.response, model, now) : replied
    const error = Either.isLeft(answer) ? answer.left : undefined
    // As `attempt` does: the breaker's outcome, then the attempts log.
    open = false
    const recording = permit?.unsafeRecord(
      error === undefined ? "success" : CircuitBreaker.classify(error),
      error !== undefined && "retryAfter" in error ? error.retryAfter : undefined,
      now
    )
    ctx.attempts.push({
      model,
      attempt: 1,
      outcome: error === undefined ? "Success" : error._tag,
      status: error !== undefined && "status" in error && typeof error.status === "number"
        ? error.status
        : Either.isRight(replied)
        ? replied.right.response.status
        : undefined,
      durationMs: now - start,
      waitMs: 0,
      mayBeBilled: error === undefined ? true : mayHaveBeenBilled(error)
    })
    const rest = Either.isRight(answer) ? Effect.succeed(resultOf(ctx, model, answer.right)) : after({ model, error: answer.left })
    return recording === undefined ? rest : Effect.zipRight(recording, rest)
  }
  const sent = Effect.matchEffect(env.unobserved.json(jsonRequest(ctx, model), ChatCompletion), {
    onFailure: (error) => answered(Either.left(error)),
    onSuccess: (reply) => answered(Either.right(reply))
  })
  // Interrupted while sending: the permit's outcome is "ignored" (as `attempt` records it).
  return settled(env, ctx, () => {
    if (open) permit?.unsafeRecord("ignored", undefined, clock.unsafeCurrentTimeMillis())
  })(sent)
}
