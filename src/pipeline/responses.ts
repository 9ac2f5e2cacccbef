/**
 * `POST /responses` on the event-stream wire (`responsesWire`): the Responses API's events, its
 * accumulator and its result.
 *
 * @internal
 */
import type * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import { extend } from "../internal/extend.js"
import type { MessagesRequestInput } from "../Messages.js"
import type { OpenRouterError } from "../OpenRouterError.js"
import { ResponsesRequest, type ResponsesRequestInput } from "../Responses.js"
import * as ResponsesStream from "../ResponsesStream.js"
import { messages, messagesStream } from "./messages.js"
import { type SseApi, type SseCallOptions, sseFold, sseStream } from "./responsesWire.js"
import type { Env } from "./types.js"

const api: SseApi<
  ResponsesStream.ResponsesStreamEvent,
  ResponsesStream.Accumulator,
  ResponsesStream.ResponsesResult["raw"],
  ResponsesStream.ResponsesResult
> = {
  operation: "responses",
  path: "/responses",
  encode: Schema.encodeUnknown(ResponsesRequest, { onExcessProperty: "preserve", errors: "first" }),
  terminalName: "response.completed",
  accumulator: () => new ResponsesStream.Accumulator(),
  isContent: ResponsesStream.isContent,
  raw: (acc) => acc.response(),
  result: (completion, meta, raw) => extend(completion, { meta, raw }),
  done: (result) => ({ _tag: "Done", result }),
  resultOf: (event) => (event._tag === "Done" ? event.result : undefined)
}

/** `responsesStream`: the typed events of one response, ending with `Done`. */
export const responsesStream = (
  env: Env,
  request: ResponsesRequestInput,
  options?: SseCallOptions
): Stream.Stream<ResponsesStream.ResponsesStreamEvent, OpenRouterError> => sseStream(env, api, request, options)

/** `responses`: the stream (or, with `wire: "json"`, the JSON reply) folded into the result. */
export const responses = (
  env: Env,
  request: ResponsesRequestInput,
  options?: SseCallOptions
): Effect.Effect<ResponsesStream.ResponsesResult, OpenRouterError> => sseFold(env, api, request, options)

/** The Responses and Messages calls of the service, over the pipeline's environment. */
export const sseCalls = (env: Env) => ({
  responses: (request: ResponsesRequestInput, options?: SseCallOptions) => responses(env, request, options),
  responsesStream: (request: ResponsesRequestInput, options?: SseCallOptions) => responsesStream(env, request, options),
  messages: (request: MessagesRequestInput, options?: SseCallOptions) => messages(env, request, options),
  messagesStream: (request: MessagesRequestInput, options?: SseCallOptions) => messagesStream(env, request, options)
})
