// The official provider (@effect/ai-openrouter) as one layer, in plain JavaScript on purpose: its
// type declarations augment @effect/ai's Prompt / Response metadata interfaces with an
// `openrouter` key shaped unlike the one effect-openrouter/ai uses, so a TypeScript file that
// imports it puts that augmentation into the whole program and breaks the typecheck of
// src/ai.ts. The types callers see are in official.d.mts. Used by bench/peers.ts and
// test/AiSideBySide.test.ts.
import * as OpenRouterClient from "@effect/ai-openrouter/OpenRouterClient"
import * as OpenRouterLanguageModel from "@effect/ai-openrouter/OpenRouterLanguageModel"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

/** `OpenRouterLanguageModel.layer({ model })` over `OpenRouterClient.layer({ apiUrl, apiKey })`. */
export const officialLanguageModel = ({ model, apiUrl, apiKey }) =>
  OpenRouterLanguageModel.layer({ model }).pipe(
    Layer.provide(OpenRouterClient.layer({ apiUrl, apiKey: Redacted.make(apiKey) }))
  )
