/**
 * Stage: the request span around a whole chat call (the telemetry of step 10 of the call, docs/architecture.md; the attempt
 * span is opened by `attempt`, the result recorded by `finish`).
 *
 * @internal
 */
import * as Telemetry from "../Telemetry.js"
import type { CallContext } from "./types.js"

const numberOrUndefined = (u: unknown): number | undefined => (typeof u === "number" ? u : undefined)

/** The chat call's request span: model, wire, the request's parameters and the messages (when recorded). */
export const chatSpan = (ctx: CallContext, stream: boolean) =>
  Telemetry.requestSpan({
    model: ctx.requestedModel,
    stream,
    maxTokens: numberOrUndefined(ctx.body["max_tokens"]),
    messages: Array.isArray(ctx.body["messages"]) ? ctx.body["messages"] : undefined,
    request: ctx.body
  })

/**
 * A streamed chat call's request span, open for the stream's whole life (its scope): the opening,
 * the attempts and the result recorded when the stream ends all belong to it.
 */
export const chatStreamSpan = (ctx: CallContext) =>
  Telemetry.requestSpanScoped({ model: ctx.requestedModel, stream: true, request: ctx.body })
