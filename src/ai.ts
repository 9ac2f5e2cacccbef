/**
 * A provider for `@effect/ai` (0.37) backed by this client: `OpenRouterLanguageModel.layer({ model,
 * config })` provides `LanguageModel.LanguageModel`, and every call goes through the `OpenRouter`
 * service (`chat` / `chatStream`), so the policies of its layer (retry, circuit breaker, fallback,
 * rate limit, bulkhead, budget, meter, ledger) apply underneath. Failures are `AiError`s whose
 * `cause` is this client's typed `OpenRouterError` (see {@link openRouterError}).
 *
 * `@effect/ai` is an optional peer dependency: import this entry only when it is installed.
 *
 * @since 0.1.0
 */
import * as AiError from "@effect/ai/AiError"
import * as LanguageModel from "@effect/ai/LanguageModel"
import * as AiModel from "@effect/ai/Model"
import * as Prompt from "@effect/ai/Prompt"
import type * as Response from "@effect/ai/Response"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { dual } from "effect/Function"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import type { Annotation, ReasoningDetail } from "./ChatCompletion.js"
import type * as ChatRequest from "./ChatRequest.js"
import type { ChatResult } from "./ChatResult.js"
import type * as ChatStream from "./ChatStream.js"
import { toAiErrorOf } from "./internal/ai/errors.js"
import { toMessages, toResponseFormat, toTools } from "./internal/ai/request.js"
import * as OpenRouter from "./OpenRouter.js"
import { isOpenRouterError, type OpenRouterError } from "./OpenRouterError.js"
import type { Usage } from "./Usage.js"

/**
 * The request fields a layer (or {@link withConfigOverride}) may set: everything of the chat request
 * except what `@effect/ai` owns (the messages, tools, tool choice and response format) — sampling,
 * `max_tokens`, `reasoning`, and OpenRouter's own options (`provider` routing, `models[]` fallback
 * list, `plugins`, `transforms`, …), sent as given. `callOptions` are this client's per-call
 * options (retry, fallback, timeouts, headers, tags for the ledger, …).
 *
 * @since 0.1.0
 * @category models
 */
export type Config =
  & Partial<Omit<ChatRequest.ChatRequest, "messages" | "tools" | "tool_choice" | "response_format" | "stream">>
  & { readonly callOptions?: OpenRouter.CallOptions | undefined }

/**
 * Per-call config overrides (see {@link withConfigOverride}).
 *
 * @since 0.1.0
 * @category context
 */
export class ConfigOverride extends Context.Tag("effect-openrouter/ai/ConfigOverride")<ConfigOverride, Config>() {}

/**
 * Overrides the layer's config for the wrapped effect (fields merge; `callOptions` merge too).
 *
 * @since 0.1.0
 * @category configuration
 */
export const withConfigOverride: {
  (overrides: Config): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, Exclude<R, ConfigOverride>>
  <A, E, R>(self: Effect.Effect<A, E, R>, overrides: Config): Effect.Effect<A, E, Exclude<R, ConfigOverride>>
} = dual(2, <A, E, R>(self: Effect.Effect<A, E, R>, overrides: Config) => override(self, overrides))

const override = <A, E, R>(self: Effect.Effect<A, E, R>, overrides: Config) =>
  Effect.flatMap(
    Effect.serviceOption(ConfigOverride),
    (outer) =>
      Effect.provideService(
        self,
        ConfigOverride,
        Option.match(outer, { onNone: () => overrides, onSome: (o) => mergeConfig(o, overrides) })
      )
  )

const mergeConfig = (base: Config, over: Config): Config => {
  const callOptions = base.callOptions === undefined
    ? over.callOptions
    : over.callOptions === undefined
    ? base.callOptions
    : { ...base.callOptions, ...over.callOptions }
  return { ...base, ...over, ...(callOptions === undefined ? {} : { callOptions }) }
}

/**
 * The `OpenRouterError` an `AiError` from this provider carries as its `cause`, if any.
 *
 * @since 0.1.0
 * @category errors
 */
export const openRouterError = (error: AiError.AiError): OpenRouterError | undefined =>
  "cause" in error && isOpenRouterError(error.cause) ? error.cause : undefined

const MODULE = "OpenRouterLanguageModel"

/** Maps this client's typed failure to an `AiError`, keeping it as the `cause`. @internal */
export const toAiError = (method: string): (error: OpenRouterError) => AiError.AiError => toAiErrorOf(MODULE, method)

// -----------------------------------------------------------------------------
// results → response parts
// -----------------------------------------------------------------------------

/** The chat finish reason as `@effect/ai`'s. @internal */
export const finishReason = (reason: string | null | undefined): Response.FinishReason => {
  switch (reason) {
    case "stop":
      return "stop"
    case "length":
      return "length"
    case "content_filter":
      return "content-filter"
    case "tool_calls":
      return "tool-calls"
    case "error":
      return "error"
    case null:
    case undefined:
      return "unknown"
    default:
      return "other"
  }
}

const toUsage = (usage: Usage | undefined): typeof Response.Usage.Encoded => ({
  inputTokens: usage?.prompt_tokens,
  outputTokens: usage?.completion_tokens,
  totalTokens: usage?.total_tokens,
  ...(typeof usage?.completion_tokens_details?.reasoning_tokens === "number"
    ? { reasoningTokens: usage.completion_tokens_details.reasoning_tokens }
    : {}),
  ...(typeof usage?.prompt_tokens_details?.cached_tokens === "number"
    ? { cachedInputTokens: usage.prompt_tokens_details.cached_tokens }
    : {})
})

const finishMetadata = (result: ChatResult) => ({
  openrouter: {
    generationId: result.meta.generationId,
    servedModel: result.meta.servedModel,
    provider: result.meta.provider,
    fallback: result.meta.fallback,
    cost: result.usage?.cost ?? undefined,
    nativeFinishReason: result.nativeFinishReason,
    ...(result.reasoningDetails.length > 0 ? { reasoningDetails: result.reasoningDetails } : {})
  }
})

const parseParams = (method: string, args: string): Effect.Effect<unknown, AiError.AiError> =>
  args.trim().length === 0
    ? Effect.succeed({})
    : Either.match(Schema.decodeEither(Schema.parseJson())(args), {
      onLeft: (error) =>
        Effect.fail(AiError.MalformedOutput.fromParseError({ module: MODULE, method, description: "tool arguments", error })),
      onRight: Effect.succeed
    })

const reasoningMetadata = (details: ReadonlyArray<ReasoningDetail>) =>
  details.length > 0 ? { metadata: { openrouter: { reasoningDetails: details } } } : {}

/** URL citations as `source` parts (other annotation kinds have no `@effect/ai` form). */
const sourceParts = (annotations: ReadonlyArray<Annotation>): Array<Response.UrlSourcePartEncoded> =>
  annotations.flatMap((annotation, i) => {
    const citation = annotation.url_citation
    if (annotation.type !== "url_citation" || typeof citation?.url !== "string") return []
    return [{
      type: "source",
      sourceType: "url",
      id: `source-${i}`,
      url: citation.url,
      title: citation.title ?? citation.url,
      metadata: {
        openrouter: {
          content: citation.content ?? undefined,
          startIndex: citation.start_index ?? undefined,
          endIndex: citation.end_index ?? undefined
        }
      }
    }]
  })

const toParts = (result: ChatResult): Effect.Effect<Array<Response.PartEncoded>, AiError.AiError> =>
  Effect.gen(function*() {
    const parts: Array<Response.PartEncoded> = [{
      type: "response-metadata",
      id: result.meta.generationId ?? result.id,
      modelId: result.model,
      timestamp: result.created !== undefined ? new Date(result.created * 1000).toISOString() : undefined
    }]
    if (result.reasoning !== undefined || result.reasoningDetails.length > 0) {
      parts.push({ type: "reasoning", text: result.reasoning ?? "", ...reasoningMetadata(result.reasoningDetails) })
    }
    if (result.text.length > 0) parts.push({ type: "text", text: result.text })
    parts.push(...sourceParts(result.annotations))
    for (const call of result.toolCalls) {
      parts.push({
        type: "tool-call",
        id: call.id,
        name: call.function.name,
        params: yield* parseParams("generateText", call.function.arguments)
      })
    }
    parts.push({
      type: "finish",
      reason: finishReason(result.finishReason),
      usage: toUsage(result.usage),
      metadata: finishMetadata(result)
    })
    return parts
  })

/** The stream's events as `@effect/ai` stream parts (stateful; one per stream run). @internal */
const streamParts = () => {
  let textOpen = false
  let reasoningOpen = false
  /** Reasoning blocks so far: a block reopened after text gets a new id. */
  let reasoningBlocks = 0
  const reasoningId = () => `reasoning-${reasoningBlocks}`
  let sawMetadata = false
  const toolIds = new Map<number, string>()
  return (event: ChatStream.ChatStreamEvent): Effect.Effect<Array<Response.StreamPartEncoded>, AiError.AiError> =>
    Effect.gen(function*() {
      const out: Array<Response.StreamPartEncoded> = []
      if (!sawMetadata && event._tag !== "Done") {
        sawMetadata = true
        out.push({
          type: "response-metadata",
          id: event.chunk.id,
          modelId: event.chunk.model,
          timestamp: typeof event.chunk.created === "number"
            ? new Date(event.chunk.created * 1000).toISOString()
            : undefined
        })
      }
      switch (event._tag) {
        case "ReasoningDelta": {
          if (!reasoningOpen) {
            reasoningOpen = true
            reasoningBlocks += 1
            out.push({ type: "reasoning-start", id: reasoningId() })
          }
          out.push({ type: "reasoning-delta", id: reasoningId(), delta: event.text, ...reasoningMetadata(event.details) })
          break
        }
        case "TextDelta": {
          if (reasoningOpen) {
            reasoningOpen = false
            out.push({ type: "reasoning-end", id: reasoningId() })
          }
          if (!textOpen) {
            textOpen = true
            out.push({ type: "text-start", id: "text-0" })
          }
          out.push({ type: "text-delta", id: "text-0", delta: event.text })
          break
        }
        case "ToolCallDelta": {
          let id = toolIds.get(event.index)
          if (id === undefined) {
            id = event.id ?? `tool-${event.index}`
            toolIds.set(event.index, id)
            out.push({ type: "tool-params-start", id, name: event.name ?? "" })
          }
          if (event.argumentsDelta.length > 0) out.push({ type: "tool-params-delta", id, delta: event.argumentsDelta })
          break
        }
        case "Done": {
          const result = event.result
          if (reasoningOpen) out.push({ type: "reasoning-end", id: reasoningId() })
          if (textOpen) out.push({ type: "text-end", id: "text-0" })
          for (const id of toolIds.values()) out.push({ type: "tool-params-end", id })
          out.push(...sourceParts(result.annotations))
          for (const call of result.toolCalls) {
            out.push({
              type: "tool-call",
              id: call.id,
              name: call.function.name,
              params: yield* parseParams("streamText", call.function.arguments)
            })
          }
          out.push({
            type: "finish",
            reason: finishReason(result.finishReason),
            usage: toUsage(result.usage),
            metadata: finishMetadata(result)
          })
          break
        }
        default:
          // Usage, Finish, Annotations (sent as sources at the end) and Images: the Done result carries them
          break
      }
      return out
    })
}

// -----------------------------------------------------------------------------
// history
// -----------------------------------------------------------------------------

const detailsOf = (metadata: Response.ProviderMetadata): ReadonlyArray<unknown> => {
  const details = metadata["openrouter"]?.["reasoningDetails"]
  return Array.isArray(details) ? details : []
}

/**
 * `Prompt.fromResponseParts` that keeps the reasoning details: `@effect/ai` 0.37's own drops part
 * metadata (and `Chat` uses it), so the signed / encrypted `reasoning_details` of a response would
 * not go back to the model. Use this when building the next turn's prompt from a response (whole
 * parts or stream parts).
 *
 * @since 0.1.0
 * @category history
 */
export const fromResponseParts = (parts: ReadonlyArray<Response.AnyPart>): Prompt.Prompt => {
  // OpenRouter's reasoning_details belong to the assistant message as a whole (toMessages joins the
  // parts' details), and the finish part carries the message's merged details (streamed deltas
  // carry fragments only), so the first reasoning part gets them all
  const finish = parts.find((part) => part.type === "finish")
  const merged = finish !== undefined
    ? detailsOf(finish.metadata)
    : parts.flatMap((part) => part.type === "reasoning" ? detailsOf(part.metadata) : [])
  const blocks: Array<ReadonlyArray<unknown>> = [merged]
  let index = 0
  return Prompt.fromMessages(Prompt.fromResponseParts(parts).content.map((message) =>
    message.role !== "assistant" ? message : Prompt.assistantMessage({
      options: message.options,
      content: message.content.map((part) => {
        if (part.type !== "reasoning") return part
        const details = blocks[index++] ?? []
        return details.length === 0 ? part : Prompt.reasoningPart({
          text: part.text,
          options: { ...part.options, openrouter: { ...part.options["openrouter"], reasoningDetails: details } }
        })
      })
    })
  ))
}

// -----------------------------------------------------------------------------
// the layer
// -----------------------------------------------------------------------------

/**
 * Options of {@link make} / {@link layer}: the model id and the request config.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly model: string
  readonly config?: Config | undefined
}

/**
 * A `LanguageModel` service backed by the `OpenRouter` service in context.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<LanguageModel.Service, never, OpenRouter.OpenRouter> =>
  Effect.gen(function*() {
    const client = yield* OpenRouter.OpenRouter
    const request = (provider: LanguageModel.ProviderOptions) =>
      Effect.map(Effect.serviceOption(ConfigOverride), (over) => {
        const config = Option.match(over, {
          onNone: () => options.config ?? {},
          onSome: (o) => mergeConfig(options.config ?? {}, o)
        })
        const { callOptions, ...fields } = config
        const body: OpenRouter.ChatRequestInput = {
          model: options.model,
          ...fields,
          messages: toMessages(provider.prompt),
          ...toTools(provider),
          ...toResponseFormat(provider)
        }
        return { body, callOptions }
      })
    return yield* LanguageModel.make({
      generateText: (provider) =>
        Effect.flatMap(request(provider), ({ body, callOptions }) =>
          client.chat(body, callOptions).pipe(
            Effect.mapError(toAiError("generateText")),
            Effect.flatMap(toParts)
          )),
      streamText: (provider) =>
        Stream.unwrap(
          Effect.map(request(provider), ({ body, callOptions }) =>
            Stream.suspend(() => {
              const step = streamParts()
              return client.chatStream(body, callOptions).pipe(
                Stream.mapError(toAiError("streamText")),
                Stream.mapEffect(step),
                Stream.flattenIterables
              )
            }))
        )
    })
  })

/**
 * The `LanguageModel` layer for a model, needing the `OpenRouter` service (with whichever policies
 * its layer carries).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<LanguageModel.LanguageModel, never, OpenRouter.OpenRouter> =>
  Layer.effect(LanguageModel.LanguageModel, make(options))

/**
 * The model as an `@effect/ai` `Model` (provider name `openrouter`), for `Effect.provide(model)`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const model = (
  modelId: string,
  config?: Config
): AiModel.Model<"openrouter", LanguageModel.LanguageModel, OpenRouter.OpenRouter> =>
  AiModel.make("openrouter", layer({ model: modelId, config }))

/**
 * The namespace-style entry, named like the official provider's module so switching is an import
 * change: `OpenRouterLanguageModel.layer({ model })`.
 *
 * @since 0.1.0
 * @category layers
 */
export const OpenRouterLanguageModel = { layer, make, model, withConfigOverride, ConfigOverride, fromResponseParts } as const

/**
 * The `@effect/ai` `EmbeddingModel` provider over this client's `embeddings`:
 * `OpenRouterEmbeddingModel.layerBatched({ model, config })`, `layerDataLoader({ model, config:
 * { window } })`, `model(id, { mode })`, `withConfigOverride` (see docs/effect-ai.md).
 *
 * @since 0.1.0
 * @category layers
 */
export * as OpenRouterEmbeddingModel from "./internal/ai/embeddingModel.js"
