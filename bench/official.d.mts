import type * as LanguageModel from "@effect/ai/LanguageModel"
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as Layer from "effect/Layer"

/**
 * `@effect/ai-openrouter`'s `OpenRouterLanguageModel.layer({ model })` over its
 * `OpenRouterClient.layer({ apiUrl, apiKey })` (see official.mjs for why this is typed by hand).
 */
export declare const officialLanguageModel: (options: {
  readonly model: string
  readonly apiUrl: string
  readonly apiKey: string
}) => Layer.Layer<LanguageModel.LanguageModel, never, HttpClient.HttpClient>
