/**
 * The JSON wire (`chat(…, { wire: "json" })`): a plain request per attempt, choice errors and
 * empty filtered answers classified, then the call's outer frame: ledger row, budget settlement,
 * deadline, attempts log, `finish`, request span. A call whose every policy answers from memory
 * makes its first attempt in one step (`fusedAttempt`) and enters the stages only if it fails.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { ChatCompletion } from "../ChatCompletion.js"
import type { ChatResult } from "../ChatResult.js"
import type { OpenRouterError } from "../OpenRouterError.js"
import { settled } from "./finish.js"
import { fusable, fusedAttempt } from "./fusedAttempt.js"
import { answerOf, jsonRequest, resultOf } from "./jsonAnswer.js"
import { chatSpan } from "./telemetry.js"
import { withDeadline } from "./timeouts.js"
import { contextOf } from "./context.js"
import type { CallContext, CallOptions, ChatRequestInput, Env, MadeAttempt } from "./types.js"

// --- JSON wire -------------------------------------------------------------

const sendJson = (env: Env, ctx: CallContext) => (model: string) =>
  Effect.flatMap(
    env.transport.json(jsonRequest(ctx, model), ChatCompletion),
    ({ response, value }) => Effect.clockWith((clock) => answerOf(value, response, model, clock.unsafeCurrentTimeMillis()))
  )

/**
 * The call's attempts through the stages (`run`): all of them, or those after a first attempt
 * already made (`made`).
 */
export const jsonAttempts = (env: Env, ctx: CallContext, made?: MadeAttempt): Effect.Effect<ChatResult, OpenRouterError> =>
  Effect.scoped(
    Effect.zipRight(
      env.ledger.open(ctx, ctx.requestedModel, ctx.wire),
      Effect.flatMap(env.run(ctx, sendJson(env, ctx), made), ({ model, reservation, value }) => {
        const result = resultOf(ctx, model, value)
        return reservation !== undefined
          ? Effect.as(reservation.settleUsd(value.completion.usage?.cost ?? undefined), result)
          : Effect.succeed(result)
      })
    )
  )

/** `chat(…, { wire: "json" })`: the call's context, then its attempts (the first fused when it can be). */
export const chatJson = (env: Env, request: ChatRequestInput, options: CallOptions | undefined): Effect.Effect<ChatResult, OpenRouterError> =>
  Effect.withFiberRuntime((fiber) => {
    const clock = Context.get(fiber.currentDefaultServices, Clock.Clock)
    const made = contextOf(env, request, options, "json", clock.unsafeCurrentTimeMillis())
    if (Either.isLeft(made)) return Effect.fail(made.left)
    const ctx = made.right
    const fused = fusable(ctx, fiber) ? fusedAttempt(env, ctx, fiber, (first) => jsonAttempts(env, ctx, first)) : undefined
    return fused ?? jsonAttempts(env, ctx).pipe(withDeadline(ctx), settled(env, ctx), chatSpan(ctx, false))
  })
