/**
 * What the caller gets back beside the completion: the routing metadata of the call.
 *
 * @internal
 */
import type { ChatCompletion } from "../ChatCompletion.js"
import type { ChatResult, Completion, RoutingMetadata } from "../ChatResult.js"
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

/**
 * The caller's result: the completion with its metadata and wire shape, written out field by field
 * (`{ ...completion, meta, raw }` costs ~2 µs per call on Node 20: `internal/extend.ts`).
 */
export const chatResult = (completion: Completion, meta: RoutingMetadata, raw: ChatCompletion | undefined): ChatResult => ({
  id: completion.id,
  model: completion.model,
  provider: completion.provider,
  created: completion.created,
  text: completion.text,
  refusal: completion.refusal,
  reasoning: completion.reasoning,
  reasoningDetails: completion.reasoningDetails,
  toolCalls: completion.toolCalls,
  annotations: completion.annotations,
  images: completion.images,
  finishReason: completion.finishReason,
  nativeFinishReason: completion.nativeFinishReason,
  usage: completion.usage,
  meta,
  raw
})
