/**
 * Classification of outcomes: the tagged error an exit carries, the breaker outcome it counts
 * as, empty content-filtered answers, billed partial output on errors, JSON replies to a
 * streaming request, stream failures as interrupt reasons. Pure functions, no effects.
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import type { AttemptRecord, Completion, PartialCompletion } from "../ChatResult.js"
import * as ChatStream from "../ChatStream.js"
import * as CircuitBreaker from "../CircuitBreaker.js"
import { type ApiError, header, type InterruptReason, isOpenRouterError, MalformedResponseError, mayHaveBeenBilled, type OpenRouterError, type TransportError } from "../OpenRouterError.js"

export const errorOf = (cause: Cause.Cause<unknown>): OpenRouterError | undefined => {
  const failure = Option.getOrUndefined(Cause.failureOption(cause))
  return isOpenRouterError(failure) ? failure : undefined
}

export const failureOf = <A>(exit: Exit.Exit<A, OpenRouterError>): OpenRouterError | undefined =>
  Exit.isFailure(exit) ? errorOf(exit.cause) : undefined

/** The breaker's outcome of an attempt's exit: a defect (no typed error) is a failure, as in `CircuitBreaker.classifyExit`. */
export const outcomeOf = (exit: Exit.Exit<unknown, OpenRouterError>): CircuitBreaker.Outcome => {
  if (Exit.isSuccess(exit)) return "success"
  if (Exit.isInterrupted(exit)) return "ignored"
  const failure = failureOf(exit)
  return failure === undefined ? "failure" : CircuitBreaker.classify(failure)
}

/**
 * The attempts log's record of an attempt that ended with `exit` (not an interrupted one): the
 * outcome (`Success`, the error's tag, or `Defect`), the status — the error's own, else the
 * response's (`seen`; absent when no response arrived: refused, reset, headers timeout, local
 * rejection) — and whether it may have been billed.
 */
export const attemptRecord = (
  exit: Exit.Exit<unknown, OpenRouterError>,
  attempt: { readonly model: string; readonly n: number; readonly seen: number | undefined; readonly durationMs: number; readonly waitMs: number }
): AttemptRecord => {
  const error = failureOf(exit)
  return {
    model: attempt.model,
    attempt: attempt.n,
    outcome: Exit.isSuccess(exit) ? "Success" : error === undefined ? "Defect" : error._tag,
    status: error !== undefined && "status" in error && typeof error.status === "number" ? error.status : attempt.seen,
    durationMs: attempt.durationMs,
    waitMs: attempt.waitMs,
    mayBeBilled: error === undefined ? true : mayHaveBeenBilled(error)
  }
}

/**
 * A reply stopped by a content filter before producing anything: treated as `ContentPolicyError`
 * (so the `contentPolicy` fallback list applies). A filtered reply that has content is returned
 * as it is, with `finishReason: "content_filter"`.
 */
export const isEmptyFilteredAnswer = (c: Completion): boolean =>
  c.finishReason === "content_filter" && c.text === "" && c.toolCalls.length === 0 &&
  (c.reasoning === undefined || c.reasoning === "")

/** Whether a completion carries generated output (text, refusal, tool calls, reasoning, images). */
export const hasOutput = (c: Completion): boolean =>
  c.text !== "" || (c.refusal !== undefined && c.refusal !== "") || c.toolCalls.length > 0 ||
  (c.reasoning !== undefined && c.reasoning !== "") || c.images.length > 0

/** The billed output a JSON-wire error carries (see `withPartial`), for the meter. */
export const billedPartial = (error: OpenRouterError | undefined): Completion | undefined =>
  error !== undefined && error._tag !== "StreamInterrupted" && "partial" in error ? error.partial : undefined

/** A copy of an API error carrying the billed output it followed (same class, same fields). */
export const withPartial = <E extends ApiError>(error: E, partial: PartialCompletion): E => {
  const copy: E = Object.create(Object.getPrototypeOf(error), Object.getOwnPropertyDescriptors(error))
  Object.defineProperty(copy, "partial", { value: partial, enumerable: true, writable: false, configurable: true })
  return copy
}

/** Whether a response's content type is JSON (`application/json`, `application/…+json`). */
export const isJsonReply = (headers: Readonly<Record<string, string>>): boolean => {
  const type = header(headers, "content-type")
  return type !== undefined && /^\s*application\/(?:[^;\s]*\+)?json\s*(?:;|$)/i.test(type)
}

export const toOpenRouterError = (e: ChatStream.StepFailure | TransportError): InterruptReason =>
  e._tag === "SseLimitExceeded"
    ? new MalformedResponseError({ kind: "size_limit", message: e.message, status: 200, excerpt: "" })
    : e
