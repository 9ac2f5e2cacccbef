/**
 * The JSON wire (`chat(…, { wire: "json" })`): a plain request per attempt, choice errors and
 * empty filtered answers classified, then the call's outer frame: ledger row, budget settlement,
 * deadline, attempts log, `finish`, request span.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
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
  Effect.gen(function*() {
    const body = { ...ctx.body, model, stream: false }
    const { response, value } = yield* env.transport.json(
      {
        method: "POST",
        path: "/chat/completions",
        body,
        model,
        headers: ctx.headers,
        headersTimeout: ctx.timeouts.headers,
        idleTimeout: ctx.timeouts.idle,
        deadline: ctx.deadline
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
    const completion = fromCompletion(value)
    if (choice !== undefined && isEmptyFilteredAnswer(completion)) {
      return yield* Effect.fail(contentFilter({ generationId: response.generationId ?? value.id, model }))
    }
    const endAt = yield* Clock.currentTimeMillis
    return { value, completion, response, endAt }
  })

export const chatJson = (env: Env, ctx: CallContext): Effect.Effect<ChatResult, OpenRouterError> =>
  Effect.scoped(
    Effect.gen(function*() {
      yield* env.ledger.open(ctx, ctx.requestedModel, ctx.wire)
      const { value: { completion, endAt, response, value }, model, reservation } = yield* env.run(ctx, sendJson(env, ctx))
      if (reservation !== undefined) yield* reservation.settleUsd(completion.usage?.cost ?? undefined)
      const meta = metadata(ctx, completion, response, model, endAt, undefined)
      return { ...completion, meta, raw: value }
    })
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
