/**
 * `POST /messages` (Anthropic-compatible) on the event-stream wire (`responsesWire`): the
 * Messages API's events, its accumulator and its result.
 *
 * @internal
 */
import type * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import { extend } from "../internal/extend.js"
import { MessagesRequest, type MessagesRequestInput } from "../Messages.js"
import * as MessagesStream from "../MessagesStream.js"
import type { OpenRouterError } from "../OpenRouterError.js"
import { type SseApi, type SseCallOptions, sseFold, sseStream } from "./responsesWire.js"
import type { Env } from "./types.js"

const api: SseApi<
  MessagesStream.MessagesStreamEvent,
  MessagesStream.Accumulator,
  MessagesStream.MessagesResult["raw"],
  MessagesStream.MessagesResult
> = {
  operation: "messages",
  path: "/messages",
  encode: Schema.encodeUnknown(MessagesRequest, { onExcessProperty: "preserve", errors: "first" }),
  terminalName: "message_stop",
  accumulator: () => new MessagesStream.Accumulator(),
  isContent: MessagesStream.isContent,
  raw: (acc) => acc.message(),
  result: (completion, meta, raw) => extend(completion, { meta, raw }),
  done: (result) => ({ _tag: "Done", result }),
  resultOf: (event) => (event._tag === "Done" ? event.result : undefined)
}

/** `messagesStream`: the typed events of one message, ending with `Done`. */
export const messagesStream = (
  env: Env,
  request: MessagesRequestInput,
  options?: SseCallOptions
): Stream.Stream<MessagesStream.MessagesStreamEvent, OpenRouterError> => sseStream(env, api, request, options)

/** `messages`: the stream (or, with `wire: "json"`, the JSON reply) folded into the result. */
export const messages = (
  env: Env,
  request: MessagesRequestInput,
  options?: SseCallOptions
): Effect.Effect<MessagesStream.MessagesResult, OpenRouterError> => sseFold(env, api, request, options)
