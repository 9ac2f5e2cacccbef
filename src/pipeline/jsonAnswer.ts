/**
 * A JSON chat attempt's answer: its request, the decoded completion classified (choice errors,
 * empty filtered answers), and the caller's result. Pure functions, no effects.
 *
 * @internal
 */
import * as Either from "effect/Either"
import type { ChatCompletion } from "../ChatCompletion.js"
import type { ChatResult, Completion } from "../ChatResult.js"
import { fromCompletion } from "../ChatResult.js"
import { extend } from "../internal/extend.js"
import { classify, contentFilter, type OpenRouterError } from "../OpenRouterError.js"
import type * as Transport from "../Transport.js"
import { hasOutput, isEmptyFilteredAnswer, withPartial } from "./classify.js"
import { chatResult, metadata } from "./result.js"
import type { CallContext } from "./types.js"

/** What a JSON attempt answers: the completion, the wire value and response, when it ended. */
export interface JsonAnswer {
  readonly value: ChatCompletion
  readonly completion: Completion
  readonly response: Transport.TransportResponse
  readonly endAt: number
}

/** The request of one JSON attempt against `model`. */
export const jsonRequest = (ctx: CallContext, model: string): Transport.TransportRequest => ({
  method: "POST",
  path: "/chat/completions",
  body: extend(ctx.body, { model, stream: false }),
  model,
  headers: ctx.headers,
  headersTimeout: ctx.timeouts.headers,
  idleTimeout: ctx.timeouts.idle,
  deadline: ctx.deadline
})

/**
 * A decoded completion as the attempt's answer: a choice that finished with an error is that
 * error (carrying the output generated before it, which was billed and is not retried by
 * default: `mayHaveBeenBilled`; a choice error with nothing generated stays retryable), an empty
 * content-filtered answer is `ContentPolicyError`.
 */
export const answerOf = (
  value: ChatCompletion,
  response: Transport.TransportResponse,
  model: string,
  now: number
): Either.Either<JsonAnswer, OpenRouterError> => {
  const choice = value.choices[0]
  const completion = fromCompletion(value)
  if (choice !== undefined && (choice.finish_reason === "error" || (choice.error !== undefined && choice.error !== null))) {
    const error = classify({
      status: response.status,
      body: { error: choice.error ?? { message: "The choice finished with an error" } },
      headers: response.headers,
      generationId: response.generationId ?? value.id,
      model,
      nowMillis: now
    })
    return Either.left(hasOutput(completion) ? withPartial(error, extend(completion, { raw: value })) : error)
  }
  if (choice !== undefined && isEmptyFilteredAnswer(completion)) {
    return Either.left(contentFilter({ generationId: response.generationId ?? value.id, model }))
  }
  return Either.right({ value, completion, response, endAt: now })
}

/** The caller's result of an answered call. */
export const resultOf = (ctx: CallContext, model: string, { completion, endAt, response, value }: JsonAnswer): ChatResult =>
  chatResult(completion, metadata(ctx, completion, response, model, endAt, undefined), value)

