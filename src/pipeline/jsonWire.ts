/**
 * The JSON wire (`chat(…, { wire: "json" })`): a plain request per attempt, choice errors and
 * empty filtered answers classified, then the call's outer frame: ledger row, budget settlement,
 * deadline, attempts log, `finish`, request span.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { ChatCompletion } from "../ChatCompletion.js"
import type { ChatResult } from "../ChatResult.js"
import { fromCompletion } from "../ChatResult.js"
import { classify, contentFilter, type OpenRouterError, withAttempts } from "../OpenRouterError.js"
import { billedPartial, failureOf, hasOutput, isEmptyFilteredAnswer, withPartial } from "./classify.js"
import { finish } from "./finish.js"
import { metadata } from "./result.js"
import { chatSpan } from "./telemetry.js"
import { withDeadline } from "./timeouts.js"
import type { CallContext, Env } from "./types.js"

// --- JSON wire -------------------------------------------------------------

const sendJson = (env: Env, ctx: CallContext) => (model: string) =>
  Effect.flatMap(
    env.transport.json(
      {
        method: "POST",
        path: "/chat/completions",
        body: { ...ctx.body, model, stream: false },
        model,
        headers: ctx.headers,
        headersTimeout: ctx.timeouts.headers,
        idleTimeout: ctx.timeouts.idle,
        deadline: ctx.deadline
      },
      ChatCompletion
    ),
    ({ response, value }) =>
      Effect.clockWith((clock) => {
        const choice = value.choices[0]
        if (choice !== undefined && (choice.finish_reason === "error" || (choice.error !== undefined && choice.error !== null))) {
          const error = classify({
            status: response.status,
            body: { error: choice.error ?? { message: "The choice finished with an error" } },
            headers: response.headers,
            generationId: response.generationId ?? value.id,
            model,
            nowMillis: clock.unsafeCurrentTimeMillis()
          })
          // Output generated before the error was billed: the error carries it and is not retried
          // by default (`mayHaveBeenBilled`); a choice error with nothing generated stays retryable.
          const completion = fromCompletion(value)
          return Effect.fail(hasOutput(completion) ? withPartial(error, { ...completion, raw: value }) : error)
        }
        const completion = fromCompletion(value)
        if (choice !== undefined && isEmptyFilteredAnswer(completion)) {
          return Effect.fail(contentFilter({ generationId: response.generationId ?? value.id, model }))
        }
        return Effect.succeed({ value, completion, response, endAt: clock.unsafeCurrentTimeMillis() })
      })
  )

export const chatJson = (env: Env, ctx: CallContext): Effect.Effect<ChatResult, OpenRouterError> =>
  Effect.scoped(
    Effect.zipRight(
      env.ledger.open(ctx, ctx.requestedModel, ctx.wire),
      Effect.flatMap(env.run(ctx, sendJson(env, ctx)), ({ model, reservation, value: { completion, endAt, response, value } }) => {
        const result: ChatResult = { ...completion, meta: metadata(ctx, completion, response, model, endAt, undefined), raw: value }
        return reservation !== undefined
          ? Effect.as(reservation.settleUsd(completion.usage?.cost ?? undefined), result)
          : Effect.succeed(result)
      })
    )
  ).pipe(
    withDeadline(ctx),
    Effect.mapError((e) => withAttempts(e, ctx.attempts)),
    Effect.onExit((exit) =>
      Exit.isSuccess(exit)
        ? finish(env, ctx, { completion: exit.value })
        : Exit.isInterrupted(exit)
        ? finish(env, ctx, { interrupted: true })
        : finish(env, ctx, { error: failureOf(exit), partial: billedPartial(failureOf(exit)) })
    ),
    chatSpan(ctx, false)
  )
