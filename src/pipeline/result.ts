/**
 * What the caller gets back beside the completion: the routing metadata of the call.
 *
 * @internal
 */
import type { Completion, RoutingMetadata } from "../ChatResult.js"
import * as ModelId from "../ModelId.js"
import * as Transport from "../Transport.js"
import type { CallContext } from "./types.js"

export const metadata = (
  ctx: CallContext,
  completion: Completion,
  response: Transport.TransportResponse,
  model: string,
  endAt: number,
  firstContentAt: number | undefined
): RoutingMetadata => ({
  requestedModel: ctx.requestedModel,
  servedModel: completion.model ?? model,
  provider: completion.provider,
  fallback: model !== ctx.requestedModel ||
    (completion.model !== undefined && ModelId.base(completion.model) !== ModelId.base(ctx.requestedModel)),
  generationId: response.generationId ?? completion.id,
  latencyMs: endAt - response.sentAt,
  timeToFirstTokenMs: firstContentAt !== undefined ? firstContentAt - response.sentAt : undefined,
  wire: ctx.wire,
  headers: response.headers,
  attempts: [...ctx.attempts]
})

