/**
 * Stage: the request span around a whole chat call (DESIGN §3 step 10's telemetry; the attempt
 * span is opened by `attempt`, the result recorded by `finish`).
 *
 * @internal
 */
import * as Telemetry from "../Telemetry.js"
import type { CallContext } from "./types.js"

const numberOrUndefined = (u: unknown): number | undefined => (typeof u === "number" ? u : undefined)

/** The chat call's request span: model, wire, `max_tokens` and the messages (when recorded). */
export const chatSpan = (ctx: CallContext, stream: boolean) =>
  Telemetry.requestSpan({
    model: ctx.requestedModel,
    stream,
    maxTokens: numberOrUndefined(ctx.body["max_tokens"]),
    messages: Array.isArray(ctx.body["messages"]) ? ctx.body["messages"] : undefined
  })
